//! Fused `logsumexp` along one dim: per lane, the maximum, then `log(sum(exp(x - max)))
//! + max` in a second pass, instead of five separate kernels.
//!
//! The float32 path vectorises (the exponential is [`exp_f32`]); a lane holding NaN
//! gives NaN; an infinite maximum is not subtracted (so `[inf, inf]` gives inf and
//! `[-inf, -inf]` gives -inf, as in PyTorch).

use super::along::{dim_of, for_each_lane, Lanes};
use super::copy::SendPtr;
use super::simd::math::exp_f32;
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::Tensor;

const LANES: usize = 16;

crate::multiversion! {
    /// `(max, any NaN)` of `n >= 1` contiguous f32 values.
    unsafe fn max_f32<T: Copy>(x: *const f32, n: usize, _t: T) -> (f32, bool) {
        // SAFETY: the caller passes n valid elements.
        let x = unsafe { std::slice::from_raw_parts(x, n) };
        let mut m = [f32::NEG_INFINITY; LANES];
        let mut nan = [false; LANES];
        let mut chunks = x.chunks_exact(LANES);
        for c in &mut chunks {
            for k in 0..LANES {
                m[k] = if c[k] > m[k] { c[k] } else { m[k] };
                nan[k] |= c[k].is_nan();
            }
        }
        let mut best = f32::NEG_INFINITY;
        let mut any = nan.iter().any(|&b| b);
        for &v in m.iter().chain(chunks.remainder()) {
            any |= v.is_nan();
            if v > best {
                best = v;
            }
        }
        (best, any)
    }
}

crate::multiversion! {
    /// `sum(exp(x - m))` over `n` contiguous f32 values.
    unsafe fn sum_exp_f32<T: Copy>(x: *const f32, n: usize, m: f32, _t: T) -> f32 {
        // SAFETY: the caller passes n valid elements.
        let x = unsafe { std::slice::from_raw_parts(x, n) };
        let mut acc = [0.0f32; LANES];
        let mut chunks = x.chunks_exact(LANES);
        for c in &mut chunks {
            for k in 0..LANES {
                acc[k] += exp_f32(c[k] - m);
            }
        }
        let mut s: f32 = acc.iter().sum();
        for &v in chunks.remainder() {
            s += exp_f32(v - m);
        }
        s
    }
}

fn lse_f32(row: &[f32]) -> f32 {
    if row.is_empty() {
        return f32::NEG_INFINITY;
    }
    // SAFETY: row is a valid slice.
    let (m, nan) = unsafe { max_f32(row.as_ptr(), row.len(), ()) };
    if nan {
        return f32::NAN;
    }
    let shift = if m.is_finite() { m } else { 0.0 };
    // SAFETY: as above.
    let s = unsafe { sum_exp_f32(row.as_ptr(), row.len(), shift, ()) };
    s.ln() + shift
}

fn lse_f64(row: &[f64]) -> f64 {
    if row.iter().any(|v| v.is_nan()) {
        return f64::NAN;
    }
    let m = row.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    let shift = if m.is_finite() { m } else { 0.0 };
    row.iter().map(|&v| (v - shift).exp()).sum::<f64>().ln() + shift
}

/// `logsumexp(x, dim, keepdim)` of a float tensor.
pub fn logsumexp(x: &Tensor, dim: i64, keepdim: bool) -> Result<Tensor> {
    let dt = x.dtype();
    if !dt.is_float() {
        return Err(Error::NotImplemented {
            op: "logsumexp_cpu".into(),
            dtype: dt.scalar_type_name(),
        });
    }
    let d = dim_of(x, dim)?;
    let compute = if dt == DType::F64 {
        DType::F64
    } else {
        DType::F32
    };
    // Lanes along the last dim are contiguous rows; other dims move last first.
    let moved = if x.rank() == 0 || d + 1 == x.rank() {
        x.to_dtype(compute)?.contiguous()?
    } else {
        let mut perm: Vec<i64> = (0..x.rank())
            .filter(|&i| i != d)
            .map(|i| i64::try_from(i).unwrap_or(0))
            .collect();
        perm.push(i64::try_from(d).unwrap_or(0));
        x.to_dtype(compute)?.permute(&perm)?.contiguous()?
    };
    let mut oshape = x.shape().to_vec();
    if !oshape.is_empty() {
        if keepdim {
            oshape[d] = 1;
        } else {
            oshape.remove(d);
        }
    }
    let l = Lanes::new(x.shape(), d);
    let rows = l.count();
    let n = l.n;
    let out = Tensor::zeros(&oshape, compute)?;
    let po = SendPtr(out.storage().as_ptr());
    macro_rules! go {
        ($t:ty, $f:ident) => {{
            // SAFETY: moved is a contiguous tensor of $t with rows * n elements.
            let data = unsafe { moved.as_slice::<$t>() }.unwrap_or(&[]);
            let po = SendPtr(po.0.cast::<$t>());
            for_each_lane::<(), _>(rows, n.max(1), |r, _: &mut ()| {
                let v = $f(&data[r * n..(r + 1) * n]);
                // SAFETY: out has one element per row, in the kept dims' row-major order.
                unsafe { *po.add(r) = v };
            });
        }};
    }
    if compute == DType::F64 {
        go!(f64, lse_f64);
    } else {
        go!(f32, lse_f32);
    }
    out.to_dtype(dt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_two_pass_formula_and_handles_infinities() {
        let v: Vec<f32> = (0..1003)
            .map(|i| ((i * 37) % 101) as f32 / 7.0 - 5.0)
            .collect();
        let want = {
            let m = v
                .iter()
                .fold(f64::NEG_INFINITY, |a, &b| a.max(f64::from(b)));
            v.iter()
                .map(|&b| (f64::from(b) - m).exp())
                .sum::<f64>()
                .ln()
                + m
        };
        assert!((f64::from(lse_f32(&v)) - want).abs() < 1e-5);
        assert_eq!(lse_f32(&[f32::INFINITY, f32::INFINITY]), f32::INFINITY);
        assert_eq!(lse_f32(&[f32::NEG_INFINITY; 3]), f32::NEG_INFINITY);
        assert!(lse_f32(&[1.0, f32::NAN]).is_nan());
        assert_eq!(lse_f32(&[]), f32::NEG_INFINITY);
        let x = Tensor::from_vec(&[1.0f64, 2.0, 3.0, 4.0], &[2, 2]).unwrap();
        let o = logsumexp(&x, 0, true).unwrap();
        assert_eq!(o.shape(), &[1, 2]);
        let o = o.to_vec::<f64>().unwrap();
        assert!((o[0] - (1f64.exp() + 3f64.exp()).ln()).abs() < 1e-12);
    }
}
