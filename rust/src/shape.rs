//! Shape helpers: dim normalisation (negative dims), numel, broadcasting.

use crate::error::{Error, Result};

/// Element count of a shape (1 for a zero-dim shape).
pub fn numel(shape: &[usize]) -> usize {
    shape.iter().product()
}

/// Element count of a shape, or an error when it does not fit in `isize`.
pub fn checked_numel(shape: &[usize]) -> Result<usize> {
    let mut n: usize = 1;
    for &d in shape {
        n = n.checked_mul(d).ok_or_else(numel_overflow)?;
    }
    if isize::try_from(n).is_err() {
        return Err(numel_overflow());
    }
    Ok(n)
}

fn numel_overflow() -> Error {
    Error::Runtime("numel: integer multiplication overflow".into())
}

/// Map a possibly negative `dim` into `0..rank`; a zero-dim tensor accepts -1 and 0.
pub fn normalize_dim(dim: i64, rank: usize) -> Result<usize> {
    let r = i64::try_from(rank.max(1)).unwrap_or(i64::MAX);
    if dim < -r || dim >= r {
        return Err(Error::DimOutOfRange {
            dim,
            min: -r,
            max: r - 1,
        });
    }
    let d = if dim < 0 { dim + r } else { dim };
    Ok(usize::try_from(d).unwrap_or(0))
}

/// Normalise a list of dims and reject repeats (PyTorch's wording).
pub fn normalize_dims(dims: &[i64], rank: usize) -> Result<Vec<usize>> {
    let mut out = Vec::with_capacity(dims.len());
    for &d in dims {
        let n = normalize_dim(d, rank)?;
        if out.contains(&n) {
            return Err(Error::Runtime(format!(
                "dim {n} appears multiple times in the list of dims"
            )));
        }
        out.push(n);
    }
    Ok(out)
}

/// Contiguous (row-major) strides of a shape, in elements.
pub fn contiguous_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc: isize = 1;
    for i in (0..shape.len()).rev() {
        strides[i] = acc;
        acc = acc.saturating_mul(isize::try_from(shape[i].max(1)).unwrap_or(isize::MAX));
    }
    strides
}

/// The broadcast of two shapes, with PyTorch's error on a mismatch.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Result<Vec<usize>> {
    let rank = a.len().max(b.len());
    let mut out = vec![0usize; rank];
    // PyTorch reports the last mismatching dimension, so walk from the end.
    for i in (0..rank).rev() {
        let da = if i + a.len() >= rank {
            a[i + a.len() - rank]
        } else {
            1
        };
        let db = if i + b.len() >= rank {
            b[i + b.len() - rank]
        } else {
            1
        };
        out[i] = if da == db || db == 1 {
            da
        } else if da == 1 {
            db
        } else {
            return Err(Error::BroadcastMismatch {
                a: da,
                b: db,
                dim: i,
            });
        };
    }
    Ok(out)
}

/// Format a shape as PyTorch does inside messages: `2, 3`.
pub fn join(shape: &[usize]) -> String {
    shape
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Resolve a requested shape that may hold one `-1`.
pub fn infer_shape(requested: &[i64], numel: usize) -> Result<Vec<usize>> {
    let as_text = || {
        requested
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut infer = None;
    let mut known: usize = 1;
    for (i, &d) in requested.iter().enumerate() {
        if d == -1 {
            if infer.is_some() {
                return Err(Error::Runtime("only one dimension can be inferred".into()));
            }
            infer = Some(i);
        } else if d < 0 {
            return Err(Error::Runtime(format!(
                "invalid shape dimension {d} at index {i} of shape [{}]",
                as_text()
            )));
        } else {
            known = known.saturating_mul(usize::try_from(d).unwrap_or(usize::MAX));
        }
    }
    let mut shape: Vec<usize> = requested
        .iter()
        .map(|&d| usize::try_from(d.max(0)).unwrap_or(0))
        .collect();
    match infer {
        Some(i) => {
            if known == 0 && numel == 0 {
                return Err(Error::Runtime(format!(
                    "cannot reshape tensor of 0 elements into shape [{}] because the \
                     unspecified dimension size -1 can be any value and is ambiguous",
                    as_text()
                )));
            }
            if known == 0 || !numel.is_multiple_of(known) {
                return Err(Error::ReshapeNumel {
                    shape: as_text(),
                    numel,
                });
            }
            shape[i] = numel / known;
        }
        None => {
            if known != numel {
                return Err(Error::ReshapeNumel {
                    shape: as_text(),
                    numel,
                });
            }
        }
    }
    Ok(shape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcast_aligns_trailing_dims() {
        assert_eq!(
            broadcast_shapes(&[4, 1, 3], &[5, 1]).unwrap(),
            vec![4, 5, 3]
        );
        assert_eq!(broadcast_shapes(&[], &[2]).unwrap(), vec![2]);
        assert_eq!(broadcast_shapes(&[0], &[1]).unwrap(), vec![0]);
    }

    #[test]
    fn broadcast_mismatch_names_the_dimension() {
        let e = broadcast_shapes(&[2, 3], &[2, 4]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "The size of tensor a (3) must match the size of tensor b (4) at non-singleton \
             dimension 1"
        );
    }

    #[test]
    fn negative_dims_wrap_and_out_of_range_is_an_error() {
        assert_eq!(normalize_dim(-1, 3).unwrap(), 2);
        assert_eq!(normalize_dim(0, 0).unwrap(), 0);
        let e = normalize_dim(2, 2).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Dimension out of range (expected to be in range of [-2, 1], but got 2)"
        );
    }

    #[test]
    fn infer_shape_fills_minus_one() {
        assert_eq!(infer_shape(&[-1, 4], 8).unwrap(), vec![2, 4]);
        assert_eq!(
            infer_shape(&[2, 3], 5).unwrap_err().to_string(),
            "shape '[2, 3]' is invalid for input of size 5"
        );
        assert!(infer_shape(&[-1, -1], 4).is_err());
    }
}
