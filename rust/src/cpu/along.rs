//! Ops along one dim: the `[outer, n, inner]` view every scan, sort and selection
//! kernel walks, a lane runner that splits lanes across threads, and the
//! gather/scatter-add along a dim that their backward passes use.

use super::copy::SendPtr;
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::shape::normalize_dim;
use crate::strided::PAR_THRESHOLD;
use crate::tensor::Tensor;

/// A contiguous tensor seen as `outer x n x inner` around one dim. A lane is the `n`
/// elements at one (outer, inner) position: element `j` sits at `base + j * inner`.
#[derive(Debug, Clone, Copy)]
pub struct Lanes {
    /// Product of the sizes before the dim.
    pub outer: usize,
    /// Size of the dim (1 for a zero-dim tensor).
    pub n: usize,
    /// Product of the sizes after the dim (the stride between lane elements).
    pub inner: usize,
}

impl Lanes {
    /// The lanes of `shape` along `dim` (already normalised; 0 for a zero-dim shape).
    pub fn new(shape: &[usize], dim: usize) -> Lanes {
        if shape.is_empty() {
            return Lanes {
                outer: 1,
                n: 1,
                inner: 1,
            };
        }
        Lanes {
            outer: shape[..dim].iter().product(),
            n: shape[dim],
            inner: shape[dim + 1..].iter().product(),
        }
    }

    /// Number of lanes.
    pub fn count(&self) -> usize {
        self.outer * self.inner
    }

    /// Offset of the first element of lane `k`, for a lane of length `n`.
    pub fn base(&self, k: usize, n: usize) -> usize {
        (k / self.inner.max(1)) * n * self.inner + k % self.inner.max(1)
    }
}

/// Run `f(lane, scratch)` for every lane, on several threads when the total work
/// (`lanes * cost_per_lane`) is large; `scratch` is reused within a thread.
pub fn for_each_lane<S: Default, F>(lanes: usize, cost_per_lane: usize, f: F)
where
    F: Fn(usize, &mut S) + Sync + Send,
{
    if lanes.saturating_mul(cost_per_lane) < PAR_THRESHOLD
        || lanes < 2
        || rayon::current_num_threads() < 2
    {
        let mut s = S::default();
        for k in 0..lanes {
            f(k, &mut s);
        }
        return;
    }
    use rayon::prelude::*;
    let per = (PAR_THRESHOLD / cost_per_lane.max(1)).clamp(1, lanes.div_ceil(2));
    (0..lanes.div_ceil(per))
        .into_par_iter()
        .for_each_init(S::default, |s, c| {
            for k in c * per..((c + 1) * per).min(lanes) {
                f(k, s);
            }
        });
}

/// Normalise `dim` for an op along one dim, with a zero-dim tensor taking 0 and -1.
pub fn dim_of(x: &Tensor, dim: i64) -> Result<usize> {
    let d = normalize_dim(dim, x.rank())?;
    Ok(if x.rank() == 0 { 0 } else { d })
}

fn check_index_shape(name: &str, idx: &Tensor, src: &Tensor) -> Result<()> {
    if idx.dtype() != DType::I64 {
        return Err(Error::Runtime(format!(
            "{name}(): Expected dtype int64 for index"
        )));
    }
    if idx.shape() != src.shape() {
        return Err(Error::Runtime(format!(
            "{name}(): index and source shapes differ ([{}] vs [{}])",
            crate::shape::join(idx.shape()),
            crate::shape::join(src.shape())
        )));
    }
    Ok(())
}

fn lane_index(v: i64, n: usize, dim: usize) -> Result<usize> {
    let ni = i64::try_from(n).unwrap_or(i64::MAX);
    if v < -ni || v >= ni {
        return Err(Error::IndexOutOfRange {
            index: v,
            dim,
            size: n,
        });
    }
    Ok(usize::try_from(if v < 0 { v + ni } else { v }).unwrap_or(0))
}

/// `out[..., j, ...] = x[..., idx[..., j, ...], ...]` along `dim`, where `idx` has
/// `x`'s shape except along `dim`. Indices are bounds-checked.
pub fn gather_along(x: &Tensor, dim: i64, idx: &Tensor) -> Result<Tensor> {
    let d = dim_of(x, dim)?;
    if idx.rank() != x.rank()
        || idx
            .shape()
            .iter()
            .zip(x.shape())
            .enumerate()
            .any(|(i, (a, b))| i != d && a != b)
    {
        return Err(Error::Runtime(format!(
            "gather_along(): index shape [{}] does not match input shape [{}] outside dim {d}",
            crate::shape::join(idx.shape()),
            crate::shape::join(x.shape())
        )));
    }
    if idx.dtype() != DType::I64 {
        return Err(Error::Runtime(
            "gather_along(): Expected dtype int64 for index".into(),
        ));
    }
    let xc = x.contiguous()?;
    let ic = idx.contiguous()?;
    let out = Tensor::zeros(idx.shape(), x.dtype())?;
    let xl = Lanes::new(x.shape(), d);
    let il = Lanes::new(idx.shape(), d);
    // SAFETY: ic is a contiguous int64 tensor.
    let iv = unsafe { ic.as_slice::<i64>() }.unwrap_or(&[]);
    let mut pos = Vec::with_capacity(iv.len());
    for &v in iv {
        pos.push(lane_index(v, xl.n, d)?);
    }
    crate::with_dtype!(x.dtype(), T, {
        // SAFETY: T is the dtype of xc and out; positions were checked against the lane length.
        unsafe { gather_typed::<T>(&xc, &out, &pos, xl, il) }
    });
    Ok(out)
}

unsafe fn gather_typed<T: Element>(x: &Tensor, out: &Tensor, pos: &[usize], xl: Lanes, il: Lanes) {
    // SAFETY: both are contiguous tensors of T (the caller's contract).
    let (px, po) = unsafe { (SendPtr(x.ptr::<T>()), SendPtr(out.ptr::<T>())) };
    for_each_lane::<(), _>(il.count(), il.n, |k, _: &mut ()| {
        let (bi, bx) = (il.base(k, il.n), xl.base(k, xl.n));
        for j in 0..il.n {
            let e = bi + j * il.inner;
            // SAFETY: e < out.numel(); pos[e] < xl.n, so the read stays in lane k of x.
            unsafe { *po.add(e) = *px.add(bx + pos[e] * xl.inner) };
        }
    });
}

/// A zero tensor of `shape` with `src` added at `idx` along `dim`
/// (`out[..., idx[..., j, ...], ...] += src[..., j, ...]`), the adjoint of [`gather_along`].
pub fn scatter_add_along(shape: &[usize], dim: i64, idx: &Tensor, src: &Tensor) -> Result<Tensor> {
    check_index_shape("scatter_add_along", idx, src)?;
    let out = Tensor::zeros(shape, src.dtype())?;
    let d = dim_of(&out, dim)?;
    if src.rank() != shape.len()
        || src
            .shape()
            .iter()
            .zip(shape)
            .enumerate()
            .any(|(i, (a, b))| i != d && a != b)
    {
        return Err(Error::Runtime(format!(
            "scatter_add_along(): source shape [{}] does not match output shape [{}] outside \
             dim {d}",
            crate::shape::join(src.shape()),
            crate::shape::join(shape)
        )));
    }
    let sc = src.contiguous()?;
    let ic = idx.contiguous()?;
    let ol = Lanes::new(shape, d);
    let sl = Lanes::new(src.shape(), d);
    // SAFETY: ic is a contiguous int64 tensor.
    let iv = unsafe { ic.as_slice::<i64>() }.unwrap_or(&[]);
    let mut pos = Vec::with_capacity(iv.len());
    for &v in iv {
        pos.push(lane_index(v, ol.n, d)?);
    }
    let dt = src.dtype();
    if dt == DType::F16 {
        let wide = scatter_add_along(shape, dim, idx, &src.to_dtype(DType::F32)?)?;
        return wide.to_dtype(DType::F16);
    }
    macro_rules! go {
        ($t:ty) => {
            // SAFETY: $t is the dtype of sc and out; positions were checked.
            unsafe { scatter_typed::<$t>(&sc, &out, &pos, ol, sl) }
        };
    }
    match dt {
        DType::F64 => go!(f64),
        DType::F32 => go!(f32),
        DType::I64 => go!(i64),
        DType::I32 => go!(i32),
        DType::I16 => go!(i16),
        DType::I8 => go!(i8),
        DType::U8 => go!(u8),
        DType::Bool => go!(bool),
        DType::F16 => {}
    }
    Ok(out)
}

unsafe fn scatter_typed<T: super::num::Num>(
    src: &Tensor,
    out: &Tensor,
    pos: &[usize],
    ol: Lanes,
    sl: Lanes,
) {
    // SAFETY: both are contiguous tensors of T (the caller's contract).
    let (ps, po) = unsafe { (SendPtr(src.ptr::<T>()), SendPtr(out.ptr::<T>())) };
    // Each lane writes only inside its own lane of `out`, so lanes may run in parallel.
    for_each_lane::<(), _>(sl.count(), sl.n, |k, _: &mut ()| {
        let (bs, bo) = (sl.base(k, sl.n), ol.base(k, ol.n));
        for j in 0..sl.n {
            let e = bs + j * sl.inner;
            // SAFETY: e < src.numel(); pos[e] < ol.n keeps the write inside lane k of out.
            unsafe {
                let o = po.add(bo + pos[e] * ol.inner);
                *o = (*o).add(*ps.add(e));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_cover_every_element_once() {
        let l = Lanes::new(&[2, 3, 4], 1);
        let mut seen = [0u8; 24];
        for k in 0..l.count() {
            for j in 0..l.n {
                seen[l.base(k, l.n) + j * l.inner] += 1;
            }
        }
        assert!(seen.iter().all(|&c| c == 1));
    }

    #[test]
    fn scatter_add_is_the_adjoint_of_gather() {
        let x = Tensor::from_vec(&[1.0f64, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]).unwrap();
        let idx = Tensor::from_vec(&[2i64, 0, 0, 1], &[2, 2]).unwrap();
        let g = gather_along(&x, 1, &idx).unwrap();
        assert_eq!(g.to_vec::<f64>().unwrap(), vec![3.0, 1.0, 4.0, 5.0]);
        let s = scatter_add_along(&[2, 3], 1, &idx, &g).unwrap();
        assert_eq!(
            s.to_vec::<f64>().unwrap(),
            vec![1.0, 0.0, 3.0, 4.0, 5.0, 0.0]
        );
    }

    #[test]
    fn out_of_range_indices_are_errors() {
        let x = Tensor::from_vec(&[1.0f32, 2.0], &[2]).unwrap();
        let idx = Tensor::from_vec(&[2i64], &[1]).unwrap();
        assert!(matches!(
            gather_along(&x, 0, &idx),
            Err(Error::IndexOutOfRange { .. })
        ));
        let src = Tensor::from_vec(&[1.0f32], &[1]).unwrap();
        assert!(scatter_add_along(&[2], 0, &idx, &src).is_err());
    }
}
