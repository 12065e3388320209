//! `unique`, `unique_consecutive` (flattened or along a dim) and `searchsorted`.
//!
//! NaNs are never equal to each other here, as in PyTorch: each NaN is its own
//! unique value.

use super::along::dim_of;
use super::sort::{keyed_input, sort_items, with_key_type, Item, SortKey};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::Tensor;

/// Unique values (sorted), the int64 inverse (input shape, or the dim's length) and
/// int64 counts.
pub struct Uniques {
    /// The distinct values or slices.
    pub values: Tensor,
    /// Position of each input element (or slice) in `values`.
    pub inverse: Tensor,
    /// How often each value occurs.
    pub counts: Tensor,
}

#[allow(clippy::eq_op)]
#[inline(always)]
fn is_nan<T: PartialEq>(x: T) -> bool {
    x != x
}

fn i64_of(v: usize) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// The input as `rows x width` (dim moved first, contiguous), in its keyed dtype.
fn as_rows(x: &Tensor, dim: Option<i64>) -> Result<(Tensor, usize, usize, Option<usize>)> {
    match dim {
        None => {
            let flat = keyed_input(&x.reshape(&[-1])?)?;
            let n = flat.numel();
            Ok((flat, n, 1, None))
        }
        Some(dim) => {
            let d = dim_of(x, dim)?;
            if x.rank() == 0 {
                let t = keyed_input(&x.reshape(&[1, 1])?)?;
                return Ok((t, 1, 1, Some(0)));
            }
            let mut perm = vec![i64_of(d)];
            perm.extend((0..x.rank()).filter(|&i| i != d).map(i64_of));
            let t = keyed_input(&x.permute(&perm)?)?;
            let n = x.shape()[d];
            let w = t.numel().checked_div(n).unwrap_or(0);
            Ok((t, n, w, Some(d)))
        }
    }
}

/// Undo [`as_rows`] for `u` result rows.
fn from_rows(x: &Tensor, rows: Tensor, u: usize, d: Option<usize>) -> Result<Tensor> {
    let Some(d) = d else {
        return rows.to_dtype(x.dtype());
    };
    if x.rank() == 0 {
        return rows.reshape(&[])?.to_dtype(x.dtype());
    }
    let mut moved: Vec<i64> = vec![i64_of(u)];
    moved.extend(
        x.shape()
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != d)
            .map(|(_, &s)| i64_of(s)),
    );
    let r = rows.reshape(&moved)?;
    // Move the first dim back to position d.
    let mut perm: Vec<i64> = (1..x.rank()).map(i64_of).collect();
    perm.insert(d, 0);
    r.permute(&perm)?.contiguous()?.to_dtype(x.dtype())
}

/// `torch.unique(x, sorted=True, dim=dim)` with inverse and counts.
pub fn unique(x: &Tensor, dim: Option<i64>) -> Result<Uniques> {
    let (rows, n, w, d) = as_rows(x, dim)?;
    if u32::try_from(n).is_err() {
        return Err(Error::Runtime("unique(): input too long".into()));
    }
    let (vals, inverse, counts) = with_key_type!(rows.dtype(), T, {
        // SAFETY: rows is a contiguous tensor of T with n * w elements.
        let data = unsafe { rows.as_slice::<T>() }.unwrap_or(&[]);
        let (picked, inverse, counts) = unique_rows::<T>(data, n, w);
        (gather_rows(data, &picked, w)?, inverse, counts)
    });
    let u = counts.len();
    let inv_shape: Vec<usize> = if d.is_some() {
        vec![n]
    } else {
        x.shape().to_vec()
    };
    Ok(Uniques {
        values: from_rows(x, vals, u, d)?,
        inverse: Tensor::from_vec(&inverse, &inv_shape)?,
        counts: Tensor::from_vec(&counts, &[u])?,
    })
}

/// The elements of the picked rows of width `w`, as a flat tensor.
fn gather_rows<T: crate::dtype::Element>(data: &[T], picked: &[usize], w: usize) -> Result<Tensor> {
    let v: Vec<T> = picked
        .iter()
        .flat_map(|&r| data[r * w..r * w + w].iter().copied())
        .collect();
    Tensor::from_vec(&v, &[picked.len() * w])
}

/// Sort the `n` rows of width `w`, group equal ones: (first row of each group,
/// inverse per row, count per group).
fn unique_rows<T: SortKey>(data: &[T], n: usize, w: usize) -> (Vec<usize>, Vec<i64>, Vec<i64>) {
    let mut order: Vec<u32> = (0..u32::try_from(n).unwrap_or(0)).collect();
    if w == 1 {
        let mut items: Vec<Item<T::K>> = data
            .iter()
            .zip(0u32..)
            .map(|(&v, i)| (v.key(), i))
            .collect();
        sort_items(&mut items, &mut Vec::new());
        order = items.iter().map(|it| it.1).collect();
    } else {
        let keys: Vec<T::K> = data.iter().map(|v| v.key()).collect();
        let row = |r: u32| &keys[r as usize * w..r as usize * w + w];
        order.sort_by(|&a, &b| row(a).cmp(row(b)));
    }
    let same = |a: u32, b: u32| -> bool {
        let (a, b) = (a as usize * w, b as usize * w);
        (0..w).all(|j| data[a + j] == data[b + j] && !is_nan(data[a + j]))
    };
    let mut picked = Vec::new();
    let mut inverse = vec![0i64; n];
    let mut counts: Vec<i64> = Vec::new();
    for (j, &r) in order.iter().enumerate() {
        if j == 0 || !same(order[j - 1], r) {
            picked.push(r as usize);
            counts.push(0);
        }
        if let Some(c) = counts.last_mut() {
            *c += 1;
        }
        inverse[r as usize] = i64_of(counts.len() - 1);
    }
    (picked, inverse, counts)
}

/// `torch.unique_consecutive(x, dim=dim)` with inverse and counts.
pub fn unique_consecutive(x: &Tensor, dim: Option<i64>) -> Result<Uniques> {
    let (rows, n, w, d) = as_rows(x, dim)?;
    let (vals, inverse, counts) = with_key_type!(rows.dtype(), T, {
        // SAFETY: rows is a contiguous tensor of T with n * w elements.
        let data = unsafe { rows.as_slice::<T>() }.unwrap_or(&[]);
        let mut picked = Vec::new();
        let mut inverse = vec![0i64; n];
        let mut counts: Vec<i64> = Vec::new();
        for r in 0..n {
            let same = r > 0 && (0..w).all(|j| data[(r - 1) * w + j] == data[r * w + j]);
            if !same {
                picked.push(r);
                counts.push(0);
            }
            if let Some(c) = counts.last_mut() {
                *c += 1;
            }
            inverse[r] = i64_of(counts.len() - 1);
        }
        (gather_rows(data, &picked, w)?, inverse, counts)
    });
    let u = counts.len();
    let inv_shape: Vec<usize> = if d.is_some() {
        vec![n]
    } else {
        x.shape().to_vec()
    };
    Ok(Uniques {
        values: from_rows(x, vals, u, d)?,
        inverse: Tensor::from_vec(&inverse, &inv_shape)?,
        counts: Tensor::from_vec(&counts, &[u])?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_sorts_counts_and_keeps_each_nan() {
        let x = Tensor::from_vec(&[3.0f32, f32::NAN, 1.0, 3.0, f32::NAN], &[5]).unwrap();
        let u = unique(&x, None).unwrap();
        let v = u.values.to_vec::<f32>().unwrap();
        assert_eq!(&v[..2], &[1.0, 3.0]);
        assert!(v[2].is_nan() && v[3].is_nan());
        assert_eq!(u.counts.to_vec::<i64>().unwrap(), vec![1, 2, 1, 1]);
        assert_eq!(u.inverse.to_vec::<i64>().unwrap(), vec![1, 2, 0, 1, 3]);
    }

    #[test]
    fn unique_rows_and_consecutive_runs_along_a_dim() {
        let x = Tensor::from_vec(&[1i64, 2, 1, 2, 0, 5], &[3, 2]).unwrap();
        let u = unique(&x, Some(0)).unwrap();
        assert_eq!(u.values.shape(), &[2, 2]);
        assert_eq!(u.values.to_vec::<i64>().unwrap(), vec![0, 5, 1, 2]);
        assert_eq!(u.inverse.to_vec::<i64>().unwrap(), vec![1, 1, 0]);
        let c = unique_consecutive(&x, Some(0)).unwrap();
        assert_eq!(c.counts.to_vec::<i64>().unwrap(), vec![2, 1]);
        let t = unique(&x, Some(1)).unwrap();
        assert_eq!(t.values.to_vec::<i64>().unwrap(), vec![1, 2, 1, 2, 0, 5]);
    }
}
