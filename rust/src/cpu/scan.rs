//! Cumulative ops along one dim: `cumsum`, `cumprod`, `logcumsumexp` and the
//! index-returning `cummax`/`cummin`.
//!
//! A scan along the last dim runs row by row (a long single row is split across
//! threads: chunk totals first, then each chunk scans from its offset). Along any
//! other dim whole rows of the `inner` block are combined at once, which vectorises.

use super::along::{dim_of, for_each_lane, Lanes};
use super::copy::SendPtr;
use super::num::{Float, Num};
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::ops::ScanOp;
use crate::strided::PAR_THRESHOLD;
use crate::tensor::Tensor;

/// One step of a scan, as a zero-sized type so it inlines.
pub trait Step<T> {
    /// `acc (+) x`.
    fn step(acc: T, x: T) -> T;
}

struct SumS;
impl<T: Num> Step<T> for SumS {
    #[inline(always)]
    fn step(acc: T, x: T) -> T {
        acc.add(x)
    }
}

struct ProdS;
impl<T: Num> Step<T> for ProdS {
    #[inline(always)]
    fn step(acc: T, x: T) -> T {
        acc.mul(x)
    }
}

struct LogAddExpS;
impl<T: Float> Step<T> for LogAddExpS {
    #[inline(always)]
    fn step(acc: T, x: T) -> T {
        T::from_f64(super::binary::logaddexp(acc.to_f64(), x.to_f64()))
    }
}

crate::multiversion! {
    /// `o[i] = S(prev[i], x[i])` over `n` contiguous elements (one row of the inner block).
    unsafe fn step_rows<T: Element, S: Step<T>>(prev: *const T, x: *const T, o: *mut T, n: usize) {
        for i in 0..n {
            // SAFETY: the caller passes `n` valid elements behind each pointer.
            unsafe { *o.add(i) = S::step(*prev.add(i), *x.add(i)) };
        }
    }
}

/// Below this row length a single row is not split across threads.
const PAR_ROW: usize = 1 << 17;

/// Scan contiguous `x` into contiguous `out` (both of `T`) along the lanes `l`.
unsafe fn scan_typed<T: Element, S: Step<T>>(x: &Tensor, out: &Tensor, l: Lanes, assoc: bool) {
    // SAFETY: both tensors are contiguous of T (the caller's contract).
    let (px, po) = unsafe { (SendPtr(x.ptr::<T>()), SendPtr(out.ptr::<T>())) };
    let n = l.n;
    if n == 0 || l.count() == 0 {
        return;
    }
    if l.inner == 1 {
        let threads = rayon::current_num_threads();
        if assoc && n >= PAR_ROW && threads > 1 && l.outer < threads {
            for r in 0..l.outer {
                // SAFETY: row r spans [r*n, (r+1)*n) of both tensors.
                unsafe {
                    scan_row_parallel::<T, S>(
                        SendPtr(px.add(r * n)),
                        SendPtr(po.add(r * n)),
                        n,
                        threads,
                    );
                }
            }
            return;
        }
        for_each_lane::<(), _>(l.outer, n, |r, _: &mut ()| {
            // SAFETY: row r spans [r*n, (r+1)*n) of both tensors; rows are disjoint.
            unsafe { scan_row::<T, S>(px.add(r * n), po.add(r * n), n, None) };
        });
        return;
    }
    // Along an outer dim: a task owns a block of columns of one outer index and
    // combines whole rows of that block (vectorised), row after row.
    let width = if l.outer >= rayon::current_num_threads() {
        l.inner
    } else {
        (PAR_THRESHOLD / n).clamp(64, l.inner.max(64))
    };
    let chunks = l.inner.div_ceil(width);
    for_each_lane::<(), _>(l.outer * chunks, n * width.min(l.inner), |t, _: &mut ()| {
        let (o, c) = (t / chunks, t % chunks);
        let c0 = c * width;
        let w = width.min(l.inner - c0);
        let base = o * n * l.inner + c0;
        // SAFETY: this task alone touches columns [c0, c0 + w) of block o, which lie
        // inside both tensors.
        unsafe {
            std::ptr::copy_nonoverlapping(px.add(base), po.add(base), w);
            for j in 1..n {
                let cur = base + j * l.inner;
                step_rows::<T, S>(po.add(cur - l.inner), px.add(cur), po.add(cur), w);
            }
        }
    });
}

/// Sequential scan of one contiguous row, optionally continuing from `carry`.
unsafe fn scan_row<T: Element, S: Step<T>>(x: *const T, o: *mut T, n: usize, carry: Option<T>) {
    // SAFETY: the caller passes `n` valid elements behind each pointer.
    unsafe {
        let mut acc = match carry {
            Some(c) => S::step(c, *x),
            None => *x,
        };
        *o = acc;
        for j in 1..n {
            acc = S::step(acc, *x.add(j));
            *o.add(j) = acc;
        }
    }
}

/// Scan one long row on several threads: each chunk's total, the running totals
/// of the chunks, then every chunk scanned from its carry.
unsafe fn scan_row_parallel<T: Element, S: Step<T>>(
    x: SendPtr<T>,
    o: SendPtr<T>,
    n: usize,
    threads: usize,
) {
    use rayon::prelude::*;
    let parts = threads.min(n);
    let chunk = n.div_ceil(parts);
    let totals: Vec<T> = (0..parts)
        .into_par_iter()
        .map(|c| {
            let (s, e) = (c * chunk, ((c + 1) * chunk).min(n));
            // SAFETY: [s, e) lies inside the row.
            unsafe { fold_chunk::<T, S>(x.add(s), e - s) }
        })
        .collect();
    let mut carries: Vec<Option<T>> = Vec::with_capacity(parts);
    let mut run: Option<T> = None;
    for &t in &totals {
        carries.push(run);
        run = Some(run.map_or(t, |r| S::step(r, t)));
    }
    (0..parts).into_par_iter().for_each(|c| {
        let (s, e) = (c * chunk, ((c + 1) * chunk).min(n));
        if s < e {
            // SAFETY: [s, e) lies inside the row; chunks are disjoint.
            unsafe { scan_row::<T, S>(x.add(s), o.add(s), e - s, carries[c]) };
        }
    });
}

/// The combination of `n >= 1` contiguous elements, in eight independent chains.
unsafe fn fold_chunk<T: Element, S: Step<T>>(x: *const T, n: usize) -> T {
    // SAFETY: the caller passes `n >= 1` valid elements.
    unsafe {
        if n < 16 {
            let mut acc = *x;
            for j in 1..n {
                acc = S::step(acc, *x.add(j));
            }
            return acc;
        }
        let mut acc: [T; 8] = std::array::from_fn(|k| *x.add(k));
        let full = n / 8 * 8;
        let mut j = 8;
        while j < full {
            for (k, a) in acc.iter_mut().enumerate() {
                *a = S::step(*a, *x.add(j + k));
            }
            j += 8;
        }
        let mut r = acc[0];
        for &a in &acc[1..] {
            r = S::step(r, a);
        }
        for i in full..n {
            r = S::step(r, *x.add(i));
        }
        r
    }
}

fn not_impl(name: &str, dt: DType) -> Error {
    Error::NotImplemented {
        op: name.into(),
        dtype: dt.scalar_type_name(),
    }
}

/// `cumsum`, `cumprod` or `logcumsumexp` of `x` along `dim`. `dtype` casts the input
/// first (cumsum/cumprod); integer and bool inputs otherwise accumulate in int64.
pub fn scan(op: ScanOp, x: &Tensor, dim: i64, dtype: Option<DType>) -> Result<Tensor> {
    let d = dim_of(x, dim)?;
    let x = match dtype {
        Some(dt) => x.to_dtype(dt)?,
        None => x.clone(),
    };
    let out_dt = match op {
        ScanOp::LogCumSumExp => {
            if !x.dtype().is_float() {
                return Err(not_impl("logcumsumexp_out_cpu", x.dtype()));
            }
            x.dtype()
        }
        ScanOp::CumSum | ScanOp::CumProd => {
            if dtype.is_none() && x.dtype().is_integral() {
                DType::I64
            } else {
                x.dtype()
            }
        }
        ScanOp::CumMax | ScanOp::CumMin => {
            return Err(Error::InvalidArgument(format!(
                "scan: {} returns indices; use scan_extreme",
                op.name()
            )))
        }
    };
    if out_dt == DType::Bool {
        return Err(not_impl(&format!("{}_out_cpu", op.name()), DType::Bool));
    }
    let compute = if out_dt == DType::F16 {
        DType::F32
    } else {
        out_dt
    };
    let xc = x.to_dtype(compute)?.contiguous()?;
    let out = Tensor::uninit(x.shape(), compute)?;
    let l = Lanes::new(x.shape(), d);
    macro_rules! num {
        ($t:ty) => {
            // SAFETY: $t is the compute dtype of xc and out, both contiguous.
            unsafe {
                if op == ScanOp::CumSum {
                    scan_typed::<$t, SumS>(&xc, &out, l, true)
                } else {
                    scan_typed::<$t, ProdS>(&xc, &out, l, true)
                }
            }
        };
    }
    match (op, compute) {
        (ScanOp::LogCumSumExp, DType::F64) => {
            // SAFETY: f64 is the compute dtype of xc and out.
            unsafe { scan_typed::<f64, LogAddExpS>(&xc, &out, l, false) }
        }
        (ScanOp::LogCumSumExp, _) => {
            // SAFETY: the compute dtype of a float input other than f64 is f32.
            unsafe { scan_typed::<f32, LogAddExpS>(&xc, &out, l, false) }
        }
        (_, DType::F64) => num!(f64),
        (_, DType::F32) => num!(f32),
        (_, DType::I64) => num!(i64),
        (_, DType::I32) => num!(i32),
        (_, DType::I16) => num!(i16),
        (_, DType::I8) => num!(i8),
        (_, DType::U8) => num!(u8),
        (_, other) => return Err(not_impl(op.name(), other)),
    }
    out.to_dtype(out_dt)
}

#[allow(clippy::eq_op)]
#[inline(always)]
fn is_nan<T: PartialEq>(x: T) -> bool {
    x != x
}

/// `cummax` (`is_max`) or `cummin` along `dim`: running extremes and the index where
/// each was last reached. NaN, once seen, wins (with its own index).
pub fn scan_extreme(x: &Tensor, dim: i64, is_max: bool) -> Result<(Tensor, Tensor)> {
    let d = dim_of(x, dim)?;
    let dt = x.dtype();
    let compute = if dt == DType::F16 { DType::F32 } else { dt };
    let xc = x.to_dtype(compute)?.contiguous()?;
    let values = Tensor::uninit(x.shape(), compute)?;
    let indices = Tensor::uninit(x.shape(), DType::I64)?;
    let l = Lanes::new(x.shape(), d);
    crate::with_dtype!(compute, T, {
        // SAFETY: T is the compute dtype of xc and values; indices is int64.
        unsafe { extreme_typed::<T>(&xc, &values, &indices, l, is_max) }
    });
    Ok((values.to_dtype(dt)?, indices))
}

unsafe fn extreme_typed<T: Element>(x: &Tensor, v: &Tensor, ix: &Tensor, l: Lanes, is_max: bool) {
    if l.n == 0 {
        return;
    }
    // SAFETY: contiguous tensors of T, T and i64 (the caller's contract).
    let (px, pv, pi) = unsafe {
        (
            SendPtr(x.ptr::<T>()),
            SendPtr(v.ptr::<T>()),
            SendPtr(ix.ptr::<i64>()),
        )
    };
    for_each_lane::<(), _>(l.count(), l.n, |k, _: &mut ()| {
        let b = l.base(k, l.n);
        // SAFETY: every position b + j * inner (j < n) lies in lane k of all three tensors.
        unsafe {
            let mut best = *px.add(b);
            let mut bi = 0i64;
            let mut nan = is_nan(best);
            for j in 0..l.n {
                let e = b + j * l.inner;
                let cur = *px.add(e);
                if !nan {
                    let take = if is_max { cur >= best } else { cur <= best };
                    if is_nan(cur) || take {
                        best = cur;
                        bi = i64::try_from(j).unwrap_or(0);
                        nan = is_nan(cur);
                    }
                }
                *pv.add(e) = best;
                *pi.add(e) = bi;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cs(x: &Tensor, dim: i64) -> Vec<f64> {
        scan(ScanOp::CumSum, x, dim, None)
            .unwrap()
            .to_vec::<f64>()
            .unwrap()
    }

    #[test]
    fn cumsum_along_each_dim() {
        let x = Tensor::from_vec(&[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]).unwrap();
        assert_eq!(cs(&x, 1), vec![1.0, 3.0, 6.0, 4.0, 9.0, 15.0]);
        assert_eq!(cs(&x, 0), vec![1.0, 2.0, 3.0, 5.0, 7.0, 9.0]);
        let t = x.transpose(0, 1).unwrap();
        assert_eq!(cs(&t, 1), vec![1.0, 5.0, 2.0, 7.0, 3.0, 9.0]);
    }

    #[test]
    fn long_rows_split_across_threads_match_the_serial_scan() {
        let n = 300_001;
        let v: Vec<i64> = (0..n).map(|i| (i * 7919) % 1000 - 500).collect();
        let x = Tensor::from_vec(&v, &[n as usize]).unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let got = pool.install(|| scan(ScanOp::CumSum, &x, 0, None).unwrap());
        let mut acc = 0i64;
        let want: Vec<i64> = v
            .iter()
            .map(|&e| {
                acc += e;
                acc
            })
            .collect();
        assert_eq!(got.to_vec::<i64>().unwrap(), want);
    }

    #[test]
    fn integer_cumprod_widens_to_int64() {
        let x = Tensor::from_vec(&[100u8, 100, 100], &[3]).unwrap();
        let out = scan(ScanOp::CumProd, &x, 0, None).unwrap();
        assert_eq!(out.dtype(), DType::I64);
        assert_eq!(out.to_vec::<i64>().unwrap(), vec![100, 10_000, 1_000_000]);
    }

    #[test]
    fn cummax_keeps_the_last_tie_and_sticks_to_nan() {
        let x = Tensor::from_vec(&[1.0f32, 3.0, 3.0, 2.0, f32::NAN, 5.0], &[6]).unwrap();
        let (v, i) = scan_extreme(&x, 0, true).unwrap();
        let v = v.to_vec::<f32>().unwrap();
        assert_eq!(&v[..4], &[1.0, 3.0, 3.0, 3.0]);
        assert!(v[4].is_nan() && v[5].is_nan());
        assert_eq!(i.to_vec::<i64>().unwrap(), vec![0, 1, 2, 2, 4, 4]);
    }

    #[test]
    fn logcumsumexp_is_stable_and_refuses_integers() {
        let x = Tensor::from_vec(&[1000.0f64, 1000.0], &[2]).unwrap();
        let out = scan(ScanOp::LogCumSumExp, &x, 0, None)
            .unwrap()
            .to_vec::<f64>()
            .unwrap();
        assert!((out[1] - (1000.0 + 2f64.ln())).abs() < 1e-9);
        let i = Tensor::from_vec(&[1i64], &[1]).unwrap();
        assert!(scan(ScanOp::LogCumSumExp, &i, 0, None).is_err());
    }
}
