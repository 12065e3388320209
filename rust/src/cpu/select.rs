//! Order statistics along one dim: `kthvalue`, `median`/`nanmedian` (the lower
//! median) and `mode`, each returning values and int64 indices.
//!
//! Selection works on (key, position) pairs, so among equal values the k-th in
//! position order is picked, as a stable sort would.

use super::along::{dim_of, for_each_lane, Lanes};
use super::copy::SendPtr;
use super::sort::{keyed_input, load_lane, sort_items, with_key_type, Item, SortKey};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::Tensor;

/// What to pick from each lane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The k-th smallest (1-based).
    Kth(usize),
    /// The lower median; NaN (the first one) if the lane holds any.
    Median,
    /// The lower median of the non-NaN values; NaN only for an all-NaN lane.
    NanMedian,
    /// The most frequent value (the smallest among equally frequent ones), at the
    /// last position it occurs.
    Mode,
}

impl Pick {
    /// The name errors use (PyTorch's nanmedian reports itself as median).
    fn name(self) -> &'static str {
        match self {
            Pick::Kth(_) => "kthvalue",
            Pick::Median | Pick::NanMedian => "median",
            Pick::Mode => "mode",
        }
    }
}

fn reduced_shape(shape: &[usize], d: usize, keepdim: bool) -> Vec<usize> {
    let mut s = shape.to_vec();
    if s.is_empty() {
        return s;
    }
    if keepdim {
        s[d] = 1;
    } else {
        s.remove(d);
    }
    s
}

/// Pick one element of every lane along `dim`: values and their int64 positions.
pub fn select(x: &Tensor, pick: Pick, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor)> {
    let d = dim_of(x, dim)?;
    let l = Lanes::new(x.shape(), d);
    let name = pick.name();
    if x.dtype() == DType::Bool && matches!(pick, Pick::Median | Pick::NanMedian | Pick::Kth(_)) {
        let kernel = if let Pick::Kth(_) = pick {
            "kthvalue_cpu"
        } else {
            "median_cpu"
        };
        return Err(Error::NotImplemented {
            op: kernel.into(),
            dtype: "Bool",
        });
    }
    if let Pick::Kth(k) = pick {
        if k == 0 || k > l.n {
            return Err(Error::Runtime(format!(
                "kthvalue(): selected number k out of range for dimension {d}"
            )));
        }
    } else if l.n == 0 {
        return Err(Error::Index(format!(
            "{name}(): Expected reduction dim {d} to have non-zero size."
        )));
    }
    if u32::try_from(l.n).is_err() {
        return Err(Error::Runtime(format!(
            "{name}(): the dimension is too long ({} elements)",
            l.n
        )));
    }
    let oshape = reduced_shape(x.shape(), d, keepdim);
    let xc = keyed_input(x)?;
    let values = Tensor::uninit(&oshape, xc.dtype())?;
    let indices = Tensor::uninit(&oshape, DType::I64)?;
    with_key_type!(xc.dtype(), T, {
        // SAFETY: T is the dtype of xc and values; outputs hold one element per lane.
        unsafe { select_typed::<T>(&xc, &values, &indices, l, pick) }
    });
    Ok((values.to_dtype(x.dtype())?, indices))
}

#[allow(clippy::eq_op)]
#[inline(always)]
fn is_nan<T: PartialEq>(x: T) -> bool {
    x != x
}

/// The position picked in one lane, given its loaded items (which it may reorder).
fn pick_lane<K: Ord + Copy + super::sort::RadixKey, T: PartialEq + Copy>(
    items: &mut Vec<Item<K>>,
    tmp: &mut Vec<Item<K>>,
    value: impl Fn(u32) -> T,
    pick: Pick,
) -> u32 {
    let n = items.len();
    let nth = |items: &mut Vec<Item<K>>, k: usize| -> u32 {
        items.select_nth_unstable(k);
        items[k].1
    };
    match pick {
        Pick::Kth(k) => nth(items, k - 1),
        Pick::Median => {
            // NaN keys are the largest: any NaN in the lane ends up last.
            let first_nan = items.iter().find(|it| is_nan(value(it.1))).map(|it| it.1);
            match first_nan {
                Some(p) => p,
                None => nth(items, (n - 1) / 2),
            }
        }
        Pick::NanMedian => {
            let valid = items.iter().filter(|it| !is_nan(value(it.1))).count();
            if valid == 0 {
                0
            } else {
                nth(items, (valid - 1) / 2)
            }
        }
        Pick::Mode => {
            sort_items(items, tmp);
            let (mut best, mut best_count) = (items[0].1, 0usize);
            let mut start = 0usize;
            for j in 1..=n {
                if j == n || items[j].0 != items[start].0 {
                    if j - start > best_count {
                        best_count = j - start;
                        best = items[j - 1].1; // the run's last position
                    }
                    start = j;
                }
            }
            best
        }
    }
}

unsafe fn select_typed<T: SortKey>(x: &Tensor, v: &Tensor, ix: &Tensor, l: Lanes, pick: Pick) {
    // SAFETY: contiguous tensors of T, T and i64 (the caller's contract).
    let (px, pv, pi) = unsafe {
        (
            SendPtr(x.ptr::<T>()),
            SendPtr(v.ptr::<T>()),
            SendPtr(ix.ptr::<i64>()),
        )
    };
    let n = l.n;
    for_each_lane::<(Vec<Item<T::K>>, Vec<Item<T::K>>), _>(l.count(), n * 4, |k, (items, tmp)| {
        let base = l.base(k, n);
        // SAFETY: the lane's n elements lie inside x.
        unsafe { load_lane::<T>(items, px.0, base, l.inner, n, false) };
        // SAFETY: positions below n lie in lane k of x.
        let value = |p: u32| unsafe { *px.add(base + p as usize * l.inner) };
        let p = pick_lane(items, tmp, value, pick);
        // SAFETY: output k exists (one element per lane); p < n.
        unsafe {
            *pv.add(k) = value(p);
            *pi.add(k) = i64::from(p);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(v: &[f32], p: Pick) -> (f32, i64) {
        let x = Tensor::from_vec(v, &[v.len()]).unwrap();
        let (a, b) = select(&x, p, 0, false).unwrap();
        (a.to_vec::<f32>().unwrap()[0], b.to_vec::<i64>().unwrap()[0])
    }

    #[test]
    fn median_is_the_lower_one_and_nan_wins() {
        assert_eq!(pick(&[3.0, 1.0, 2.0, 4.0], Pick::Median), (2.0, 2));
        assert_eq!(pick(&[1.0, 1.0, 1.0], Pick::Median), (1.0, 1));
        let (v, i) = pick(&[3.0, f32::NAN, 1.0, f32::NAN], Pick::Median);
        assert!(v.is_nan() && i == 1);
        assert_eq!(pick(&[3.0, f32::NAN, 1.0, 2.0], Pick::NanMedian), (2.0, 3));
        let (v, i) = pick(&[f32::NAN, f32::NAN], Pick::NanMedian);
        assert!(v.is_nan() && i == 0);
    }

    #[test]
    fn kthvalue_and_mode() {
        assert_eq!(pick(&[3.0, 1.0, 2.0], Pick::Kth(2)), (2.0, 2));
        assert_eq!(
            pick(&[1.0, 2.0, 2.0, 3.0, 3.0, 1.0, 1.0], Pick::Mode),
            (1.0, 6)
        );
        assert_eq!(pick(&[3.0, 2.0, 2.0, 3.0], Pick::Mode), (2.0, 2));
        let x = Tensor::from_vec(&[1.0f32], &[1]).unwrap();
        assert!(select(&x, Pick::Kth(2), 0, false).is_err());
    }

    #[test]
    fn lanes_of_an_outer_dim_with_keepdim() {
        let x = Tensor::from_vec(&[5i64, 1, 2, 4, 3, 6], &[3, 2]).unwrap();
        let (v, i) = select(&x, Pick::Median, 0, true).unwrap();
        assert_eq!(v.shape(), &[1, 2]);
        assert_eq!(v.to_vec::<i64>().unwrap(), vec![3, 4]);
        assert_eq!(i.to_vec::<i64>().unwrap(), vec![2, 1]);
    }
}
