//! `searchsorted`: binary search of values in sorted boundaries (1-D, or batched
//! over matching leading dims), in the same total order `sort` uses (NaN last).

use super::along::for_each_lane;
use super::copy::SendPtr;
use super::sort::{keyed_input, with_key_type, SortKey};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::Tensor;

fn shape_text(s: &[usize]) -> String {
    format!("[{}]", crate::shape::join(s))
}

/// For every value, the number of boundaries below it (`right`: not above it).
/// `sorter` (int64, boundaries' shape) gives the sorted order of unsorted boundaries.
pub fn searchsorted(
    boundaries: &Tensor,
    values: &Tensor,
    right: bool,
    out_int32: bool,
    sorter: Option<&Tensor>,
) -> Result<Tensor> {
    if boundaries.rank() == 0 {
        return Err(Error::Runtime(
            "torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 \
             dimension"
                .into(),
        ));
    }
    let batched = boundaries.rank() > 1;
    let lead = &boundaries.shape()[..boundaries.rank() - 1];
    if batched
        && (values.rank() != boundaries.rank() || &values.shape()[..values.rank() - 1] != lead)
    {
        return Err(Error::Runtime(format!(
            "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 \
             dimensions of boundaries tensor and input value tensor must match, but we got \
             boundaries tensor {} and input value tensor {}",
            shape_text(boundaries.shape()),
            shape_text(values.shape())
        )));
    }
    let m = boundaries.shape()[boundaries.rank() - 1];
    let common = DType::promote(boundaries.dtype(), values.dtype());
    let mut b = keyed_input(&boundaries.to_dtype(common)?)?;
    if let Some(s) = sorter {
        if s.shape() != boundaries.shape() {
            return Err(Error::Runtime(format!(
                "torch.searchsorted(): boundary and sorter must have the same size, but got \
                 boundary tensor {}and got sorter tensor {}",
                shape_text(boundaries.shape()),
                shape_text(s.shape())
            )));
        }
        let last = i64::try_from(boundaries.rank() - 1).unwrap_or(0);
        b = super::along::gather_along(&b, last, &s.to_dtype(DType::I64)?)?;
    }
    let v = keyed_input(&values.to_dtype(common)?)?;
    let out = Tensor::zeros(values.shape(), DType::I64)?;
    // Values per batch row (all of them when the boundaries are 1-D).
    let k = if batched {
        values.shape()[values.rank() - 1]
    } else {
        values.numel()
    };
    let rows = if batched {
        lead.iter().product()
    } else {
        1usize
    };
    with_key_type!(b.dtype(), T, {
        // SAFETY: b and v are contiguous tensors of T; out is contiguous int64 with
        // rows * k elements; b has rows * m elements.
        unsafe { search_typed::<T>(&b, &v, &out, rows, m, k, right) }
    });
    if out_int32 {
        out.to_dtype(DType::I32)
    } else {
        Ok(out)
    }
}

unsafe fn search_typed<T: SortKey>(
    b: &Tensor,
    v: &Tensor,
    out: &Tensor,
    rows: usize,
    m: usize,
    k: usize,
    right: bool,
) {
    if k == 0 {
        return;
    }
    // SAFETY: contiguous tensors of T, T and i64 (the caller's contract).
    let (pb, pv, po) = unsafe {
        (
            SendPtr(b.ptr::<T>()),
            SendPtr(v.ptr::<T>()),
            SendPtr(out.ptr::<i64>()),
        )
    };
    // One task per row and chunk of values.
    let chunk = 4096usize;
    let chunks = k.div_ceil(chunk);
    let cost = chunk * (usize::BITS - m.leading_zeros()) as usize;
    for_each_lane::<(), _>(rows * chunks, cost, |t, _: &mut ()| {
        let (r, c) = (t / chunks, t % chunks);
        // SAFETY: row r of b holds m elements; values [c*chunk, ..) of row r exist.
        unsafe {
            let row: &[T] = std::slice::from_raw_parts(pb.add(r * m), m);
            for j in c * chunk..((c + 1) * chunk).min(k) {
                let key = (*pv.add(r * k + j)).key();
                let pos = if right {
                    row.partition_point(|e| e.key() <= key)
                } else {
                    row.partition_point(|e| e.key() < key)
                };
                *po.add(r * k + j) = i64::try_from(pos).unwrap_or(i64::MAX);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_and_right_positions_with_nan_last() {
        let b = Tensor::from_vec(&[1.0f32, 3.0, 5.0, 7.0], &[4]).unwrap();
        let v = Tensor::from_vec(&[3.0f32, 6.0, 9.0, f32::NAN], &[4]).unwrap();
        let l = searchsorted(&b, &v, false, false, None).unwrap();
        assert_eq!(l.to_vec::<i64>().unwrap(), vec![1, 3, 4, 4]);
        let r = searchsorted(&b, &v, true, true, None).unwrap();
        assert_eq!(r.dtype(), DType::I32);
        assert_eq!(r.to_vec::<i32>().unwrap(), vec![2, 3, 4, 4]);
    }

    #[test]
    fn batched_rows_and_sorter() {
        let b = Tensor::from_vec(&[1i64, 3, 2, 4], &[2, 2]).unwrap();
        let v = Tensor::from_vec(&[3i64, 3], &[2, 1]).unwrap();
        let o = searchsorted(&b, &v, false, false, None).unwrap();
        assert_eq!(o.to_vec::<i64>().unwrap(), vec![1, 1]);
        let bad = Tensor::from_vec(&[3i64, 3, 1], &[3, 1]).unwrap();
        assert!(searchsorted(&b, &bad, false, false, None).is_err());
        let u = Tensor::from_vec(&[5.0f64, 1.0, 3.0], &[3]).unwrap();
        let s = Tensor::from_vec(&[1i64, 2, 0], &[3]).unwrap();
        let w = Tensor::from_vec(&[2.0f64, 4.0], &[2]).unwrap();
        let o = searchsorted(&u, &w, false, false, Some(&s)).unwrap();
        assert_eq!(o.to_vec::<i64>().unwrap(), vec![1, 2]);
    }
}
