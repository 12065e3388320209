//! CPU kernels: dispatch from (op, dtype) to a kernel, the thread pool, and
//! creation kernels (`arange`, `linspace`, `eye`).

pub mod along;
pub mod binary;
pub mod copy;
pub mod gemm;
pub mod index;
pub mod loops;
pub mod lse;
pub mod matmul;
pub mod num;
pub mod random;
pub mod reduce;
pub mod scan;
pub mod search;
pub mod select;
pub mod simd;
pub mod sort;
pub mod special;
pub mod unary;
pub mod unique;

use crate::dtype::{DType, Element, Scalar};
use crate::error::{Error, Result};
use crate::tensor::Tensor;
use std::sync::{Arc, RwLock};

static POOL: RwLock<Option<Arc<rayon::ThreadPool>>> = RwLock::new(None);

/// Run `f` on ferrotensor's thread pool (created on first use with one thread per
/// core, or as many as `set_num_threads` chose).
pub fn with_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    let pool = POOL.read().ok().and_then(|g| g.clone());
    let pool = match pool {
        Some(p) => p,
        None => {
            let n = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
            if set_num_threads(n).is_err() {
                return f();
            }
            match POOL.read().ok().and_then(|g| g.clone()) {
                Some(p) => p,
                None => return f(),
            }
        }
    };
    pool.install(f)
}

/// Use `n` threads for kernels from now on (`torch.set_num_threads`).
pub fn set_num_threads(n: usize) -> Result<()> {
    if n == 0 {
        return Err(Error::Runtime(
            "set_num_threads expects a positive integer".into(),
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| Error::Runtime(e.to_string()))?;
    if let Ok(mut g) = POOL.write() {
        *g = Some(Arc::new(pool));
    }
    Ok(())
}

/// The number of threads kernels use.
pub fn get_num_threads() -> usize {
    POOL.read()
        .ok()
        .and_then(|g| g.as_ref().map(|p| p.current_num_threads()))
        .unwrap_or_else(rayon::current_num_threads)
}

/// Number of elements `arange(start, end, step)` produces, with PyTorch's checks.
pub fn arange_len(start: f64, end: f64, step: f64) -> Result<usize> {
    if step == 0.0 {
        return Err(Error::Runtime("step must be nonzero".into()));
    }
    if !start.is_finite() || !end.is_finite() {
        return Err(Error::Runtime(format!(
            "unsupported range: {} -> {}",
            fmt_bound(start),
            fmt_bound(end)
        )));
    }
    if (step > 0.0 && end < start) || (step < 0.0 && end > start) {
        return Err(Error::Runtime(
            "upper bound and lower bound inconsistent with step sign".into(),
        ));
    }
    let n = ((end - start) / step).ceil();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(n.max(0.0) as usize)
}

fn fmt_bound(v: f64) -> String {
    if v.is_nan() {
        "nan".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else {
        v.to_string()
    }
}

/// `arange(start, end, step)` computed as `start + i * step` in the target dtype's domain.
pub fn arange(start: Scalar, end: Scalar, step: Scalar, dtype: DType) -> Result<Tensor> {
    let n = arange_len(start.to_f64(), end.to_f64(), step.to_f64())?;
    let out = Tensor::zeros(&[n], dtype)?;
    crate::with_dtype!(dtype, T, {
        // SAFETY: out is a fresh contiguous tensor of n elements of T.
        let p = unsafe { out.ptr::<T>() };
        let int_domain = matches!((start, end, step), (Scalar::Int(_), _, Scalar::Int(_)))
            && dtype.is_integral();
        for i in 0..n {
            #[allow(clippy::cast_precision_loss, clippy::cast_possible_wrap)]
            let v = if int_domain {
                T::from_i64(start.to_f64() as i64 + (i as i64) * (step.to_f64() as i64))
            } else {
                T::from_f64(start.to_f64() + (i as f64) * step.to_f64())
            };
            // SAFETY: i < n.
            unsafe { *p.add(i) = v };
        }
    });
    Ok(out)
}

/// `linspace(start, end, steps)`, symmetric from both ends as PyTorch computes it.
pub fn linspace(start: f64, end: f64, steps: i64, dtype: DType) -> Result<Tensor> {
    if steps < 0 {
        return Err(Error::Runtime(
            "number of steps must be non-negative".into(),
        ));
    }
    let n = usize::try_from(steps).unwrap_or(0);
    let out = Tensor::zeros(&[n], dtype)?;
    #[allow(clippy::cast_precision_loss)]
    let step = if n > 1 {
        (end - start) / (n - 1) as f64
    } else {
        0.0
    };
    let half = n / 2;
    crate::with_dtype!(dtype, T, {
        // SAFETY: out is a fresh contiguous tensor of n elements of T.
        let p = unsafe { out.ptr::<T>() };
        for i in 0..n {
            #[allow(clippy::cast_precision_loss)]
            let v = if n == 1 {
                start
            } else if i < half {
                start + step * i as f64
            } else {
                end - step * (n - 1 - i) as f64
            };
            // SAFETY: i < n.
            unsafe { *p.add(i) = T::from_f64(v) };
        }
    });
    Ok(out)
}

/// `eye(n, m)`.
pub fn eye(n: usize, m: usize, dtype: DType) -> Result<Tensor> {
    let out = Tensor::zeros(&[n, m], dtype)?;
    crate::with_dtype!(dtype, T, {
        // SAFETY: out is a fresh contiguous n x m tensor of T.
        let p = unsafe { out.ptr::<T>() };
        for i in 0..n.min(m) {
            // SAFETY: i * m + i < n * m.
            unsafe { *p.add(i * m + i) = T::ONE };
        }
    });
    Ok(out)
}
