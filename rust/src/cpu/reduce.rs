//! Reductions over all or some dims (sum, mean, prod, max, min, all, any) and
//! the index-returning ones (argmax, argmin, max/min along a dim).

use super::copy::SendPtr;
use super::num::Num;
use crate::dtype::{DType, Element, Scalar};
use crate::error::{Error, Result};
use crate::ops::ReduceOp;
use crate::shape::{normalize_dim, normalize_dims};
use crate::strided::{Plan, PAR_THRESHOLD};
use crate::tensor::Tensor;

/// An associative combine step, as a zero-sized type so it inlines.
pub trait Reducer<T> {
    /// Combine two partial results.
    fn combine(a: T, b: T) -> T;
}

struct SumR;
impl<T: Num> Reducer<T> for SumR {
    #[inline(always)]
    fn combine(a: T, b: T) -> T {
        a.add(b)
    }
}
struct ProdR;
impl<T: Num> Reducer<T> for ProdR {
    #[inline(always)]
    fn combine(a: T, b: T) -> T {
        a.mul(b)
    }
}
struct MaxR;
impl<T: Num> Reducer<T> for MaxR {
    #[inline(always)]
    fn combine(a: T, b: T) -> T {
        a.maximum(b)
    }
}
struct MinR;
impl<T: Num> Reducer<T> for MinR {
    #[inline(always)]
    fn combine(a: T, b: T) -> T {
        a.minimum(b)
    }
}

const LANES: usize = 32;
const BLOCK: usize = 2048;

crate::multiversion! {
    /// Fold `n` contiguous elements in 16 independent lanes (vectorises), starting from `init`.
    unsafe fn fold_lanes<T: Num, R: Reducer<T>>(x: *const T, n: usize, init: T) -> T {
        let mut acc = [init; LANES];
        let full = n / LANES * LANES;
        let mut i = 0;
        while i < full {
            for (j, a) in acc.iter_mut().enumerate() {
                // SAFETY: i + j < full <= n.
                *a = R::combine(*a, unsafe { *x.add(i + j) });
            }
            i += LANES;
        }
        let mut r = init;
        for a in acc {
            r = R::combine(r, a);
        }
        while i < n {
            // SAFETY: i < n.
            r = R::combine(r, unsafe { *x.add(i) });
            i += 1;
        }
        r
    }
}

crate::multiversion! {
    /// `o[i] = R(o[i], x[i])` over `n` contiguous elements.
    unsafe fn accumulate_contig<T: Num, R: Reducer<T>>(o: *mut T, x: *const T, n: usize) {
        for i in 0..n {
            // SAFETY: the caller passes `n` valid elements on each side.
            unsafe { *o.add(i) = R::combine(*o.add(i), *x.add(i)) };
        }
    }
}

/// Pairwise (cascade) fold: error grows with log(n), not n.
unsafe fn fold_pairwise<T: Num, R: Reducer<T>>(x: *const T, n: usize, init: T) -> T {
    if n <= BLOCK {
        // SAFETY: forwarded contract.
        return unsafe { fold_lanes::<T, R>(x, n, init) };
    }
    let half = (n / 2) / LANES * LANES;
    // SAFETY: both halves lie within the n elements.
    unsafe {
        R::combine(
            fold_pairwise::<T, R>(x, half, init),
            fold_pairwise::<T, R>(x.add(half), n - half, init),
        )
    }
}

/// Fold `n` contiguous elements, on several threads when large.
unsafe fn fold_contig<T: Num, R: Reducer<T>>(x: *const T, n: usize, init: T, parallel: bool) -> T {
    if !parallel || n < PAR_THRESHOLD * 4 || rayon::current_num_threads() < 2 {
        // SAFETY: forwarded contract.
        return unsafe { fold_pairwise::<T, R>(x, n, init) };
    }
    use rayon::prelude::*;
    let parts = rayon::current_num_threads() * 4;
    let chunk = n.div_ceil(parts).div_ceil(LANES) * LANES;
    let p = SendPtr(x.cast_mut());
    let partial: Vec<T> = (0..n.div_ceil(chunk))
        .into_par_iter()
        .map(|c| {
            let start = c * chunk;
            let len = chunk.min(n - start);
            // SAFETY: [start, start + len) lies within the n elements.
            unsafe { fold_pairwise::<T, R>(p.at(isize::try_from(start).unwrap_or(0)), len, init) }
        })
        .collect();
    partial.into_iter().fold(init, R::combine)
}

/// Output shape of a reduction over `dims` (sorted, normalised).
fn out_shape(shape: &[usize], dims: &[usize], keepdim: bool) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, &n) in shape.iter().enumerate() {
        if dims.contains(&i) {
            if keepdim {
                out.push(1);
            }
        } else {
            out.push(n);
        }
    }
    out
}

/// Reduce `x` (already of the compute dtype) into a fresh tensor of `oshape`.
unsafe fn reduce_typed<T: Num, R: Reducer<T>>(
    x: &Tensor,
    dims: &[usize],
    oshape: &[usize],
    identity: T,
) -> Result<Tensor> {
    let out = Tensor::zeros(oshape, T::DTYPE)?;
    let rank = x.rank();
    let kept: Vec<usize> = (0..rank).filter(|d| !dims.contains(d)).collect();
    let xl = x.layout();
    let rshape: Vec<usize> = dims.iter().map(|&d| xl.shape()[d]).collect();
    let rstrides: Vec<isize> = dims.iter().map(|&d| xl.strides()[d]).collect();
    let rplan = Plan::<1>::new(&rshape, [&rstrides], [0]);
    let rnum = rplan.numel();
    let po = SendPtr(out.storage().as_ptr().cast::<T>());
    let px = SendPtr(x.storage().as_ptr().cast::<T>());
    if rplan.rows() <= 1 && (rplan.inner_strides[0] == 1 || rnum <= 1) {
        // Reduced dims form one contiguous run: fold it per output element.
        let kshape: Vec<usize> = kept.iter().map(|&d| xl.shape()[d]).collect();
        let kstrides: Vec<isize> = kept.iter().map(|&d| xl.strides()[d]).collect();
        let kcontig = crate::shape::contiguous_strides(&kshape);
        let kplan = Plan::<2>::new(&kshape, [&kcontig, &kstrides], [0, xl.offset()]);
        let nk = kplan.numel();
        let [so, sx] = kplan.inner_strides;
        if nk == 1 {
            // SAFETY: one contiguous run of rnum elements inside x's storage.
            let v = unsafe {
                fold_contig::<T, R>(
                    px.at(isize::try_from(xl.offset()).unwrap_or(0)),
                    rnum,
                    identity,
                    true,
                )
            };
            // SAFETY: out holds one element.
            unsafe { *po.0 = v };
        } else {
            // One fold per output element; split the outputs across threads when the
            // total work (not the output count) is large.
            let fold_range = |lo: usize, hi: usize| {
                let [mut oo, mut ox] = kplan.offsets_at(lo);
                let mut pos = lo;
                while pos < hi {
                    let i = pos % kplan.inner.max(1);
                    if i == 0 && pos != lo {
                        [oo, ox] = kplan.row_offsets(pos / kplan.inner.max(1));
                    }
                    // SAFETY: plan offsets stay inside both layouts; the run of rnum
                    // elements from each x offset is inside x's storage.
                    unsafe { *po.at(oo) = fold_pairwise::<T, R>(px.at(ox), rnum, identity) };
                    oo += so;
                    ox += sx;
                    pos += 1;
                }
            };
            let per = (PAR_THRESHOLD / rnum.max(1)).max(1);
            if nk * rnum >= PAR_THRESHOLD && nk > 1 && rayon::current_num_threads() > 1 {
                use rayon::prelude::*;
                (0..nk.div_ceil(per))
                    .into_par_iter()
                    .for_each(|c| fold_range(c * per, ((c + 1) * per).min(nk)));
            } else {
                fold_range(0, nk);
            }
        }
        return Ok(out);
    }
    // General case: walk x in its own order, accumulating into out (stride 0 on reduced dims).
    // SAFETY: out is contiguous with oshape's numel elements.
    unsafe {
        for i in 0..out.numel() {
            *po.add(i) = identity;
        }
    }
    let mut ostrides = vec![0isize; rank];
    let kept_contig =
        crate::shape::contiguous_strides(&kept.iter().map(|&d| xl.shape()[d]).collect::<Vec<_>>());
    for (j, &d) in kept.iter().enumerate() {
        ostrides[d] = kept_contig[j];
    }
    let plan = Plan::<2>::new(xl.shape(), [&ostrides, xl.strides()], [0, xl.offset()]);
    let [so, sx] = plan.inner_strides;
    let rows = plan.rows();
    if so == 1
        && plan.numel() >= PAR_THRESHOLD
        && plan.inner >= 64
        && rayon::current_num_threads() > 1
    {
        // The innermost dim is kept and contiguous in `out`: give each thread a block of
        // columns and let it accumulate every row into them (no two threads share an output).
        use rayon::prelude::*;
        let parts = rayon::current_num_threads() * 2;
        let width = plan.inner.div_ceil(parts).div_ceil(16) * 16;
        let plan = &plan;
        (0..plan.inner.div_ceil(width))
            .into_par_iter()
            .for_each(|c| {
                let c0 = c * width;
                let len = width.min(plan.inner - c0);
                let c0 = isize::try_from(c0).unwrap_or(0);
                for r in 0..rows {
                    let [oo, ox] = plan.row_offsets(r);
                    // SAFETY: plan offsets stay inside both layouts; this task alone
                    // writes columns [c0, c0 + len) of out.
                    unsafe {
                        if sx == 1 {
                            accumulate_contig::<T, R>(po.at(oo + c0), px.at(ox + c0), len);
                        } else {
                            for i in 0..len {
                                let i = isize::try_from(i).unwrap_or(0) + c0;
                                let o = po.at(oo + i);
                                *o = R::combine(*o, *px.at(ox + i * sx));
                            }
                        }
                    }
                }
            });
        return Ok(out);
    }
    plan.for_each_piece(false, move |[oo, ox], len| {
        // SAFETY: plan offsets stay inside both layouts; runs on one thread.
        unsafe {
            if so == 1 && sx == 1 {
                accumulate_contig::<T, R>(po.at(oo), px.at(ox), len);
            } else if so == 0 {
                let mut acc = *po.at(oo);
                for i in 0..len {
                    acc = R::combine(acc, *px.at(ox + isize::try_from(i).unwrap_or(0) * sx));
                }
                *po.at(oo) = acc;
            } else {
                for i in 0..len {
                    let i = isize::try_from(i).unwrap_or(0);
                    let o = po.at(oo + i * so);
                    *o = R::combine(*o, *px.at(ox + i * sx));
                }
            }
        }
    });
    Ok(out)
}

fn empty_max_error(name: &str, all: bool, dim: usize) -> Error {
    if all {
        Error::Runtime(format!(
            "{name}(): Expected reduction dim to be specified for input.numel() == 0. Specify \
             the reduction dim with the 'dim' argument."
        ))
    } else {
        Error::Index(format!(
            "{name}(): Expected reduction dim {dim} to have non-zero size."
        ))
    }
}

/// Reduce `x` over `dims` (None: every dim), keeping reduced dims as size 1 if `keepdim`.
/// `dtype` casts the input first, as PyTorch's `dtype=` argument does.
pub fn reduce(
    op: ReduceOp,
    x: &Tensor,
    dims: Option<&[i64]>,
    keepdim: bool,
    dtype: Option<DType>,
) -> Result<Tensor> {
    reduce_named(op, op.name(), x, dims, keepdim, dtype)
}

/// [`reduce`] with the name errors use (`amax` runs as `max`).
pub fn reduce_named(
    op: ReduceOp,
    name: &str,
    x: &Tensor,
    dims: Option<&[i64]>,
    keepdim: bool,
    dtype: Option<DType>,
) -> Result<Tensor> {
    let all = dims.is_none_or(<[i64]>::is_empty);
    let mut dims = match dims {
        // A zero-dim tensor accepts dim 0 or -1 and has nothing to reduce over.
        Some(ds) if !ds.is_empty() => {
            let d = normalize_dims(ds, x.rank())?;
            if x.rank() == 0 {
                Vec::new()
            } else {
                d
            }
        }
        _ => (0..x.rank()).collect(),
    };
    dims.sort_unstable();
    let x = match dtype {
        Some(dt) => x.to_dtype(dt)?,
        None => x.clone(),
    };
    let in_dt = x.dtype();
    if op == ReduceOp::Mean && in_dt.is_integral() {
        return Err(Error::Unsupported(format!(
            "mean(): could not infer output dtype. {} dtype must be either a floating point \
             or complex dtype. Got: {}",
            if dtype.is_some() { "Optional" } else { "Input" },
            in_dt.scalar_type_name()
        )));
    }
    let (compute, out_dt) = match op {
        // Integer sums accumulate in int64; an explicit integer dtype= is kept.
        ReduceOp::Sum | ReduceOp::Prod if in_dt.is_integral() => {
            (DType::I64, if dtype.is_some() { in_dt } else { DType::I64 })
        }
        // all/any keep uint8, as PyTorch does; everything else gives bool.
        ReduceOp::All | ReduceOp::Any => (
            DType::Bool,
            if in_dt == DType::U8 {
                DType::U8
            } else {
                DType::Bool
            },
        ),
        _ if in_dt == DType::F16 => (DType::F32, DType::F16),
        _ => (in_dt, in_dt),
    };
    let oshape = out_shape(x.shape(), &dims, keepdim);
    if matches!(op, ReduceOp::Max | ReduceOp::Min) {
        if let Some(&d) = dims.iter().find(|&&d| x.shape()[d] == 0) {
            return Err(empty_max_error(name, all, d));
        }
        if x.rank() == 0 && x.numel() == 0 {
            return Err(empty_max_error(name, all, 0));
        }
    }
    let xc = x.to_dtype(compute)?;
    // A full reduction of a strided tensor would accumulate element by element; a
    // contiguous copy lets it use the pairwise (cascade) sum instead.
    let xc = if dims.len() == x.rank() && !xc.layout().is_contiguous() {
        xc.contiguous()?
    } else {
        xc
    };
    let rnum: usize = dims.iter().map(|&d| x.shape()[d]).product();
    let out = if matches!(op, ReduceOp::Max | ReduceOp::Min) {
        // Seed max/min with the first element of each reduced run (no identity exists).
        let first = reduce_first(&xc, &dims)?;
        crate::with_dtype!(compute, T, {
            minmax_dispatch::<T>(op, &xc, &dims, &oshape, &first)?
        })
    } else {
        match (op, compute) {
            (ReduceOp::All | ReduceOp::Any, _) => {
                let id = op == ReduceOp::All;
                // SAFETY: compute is bool.
                unsafe {
                    if id {
                        reduce_typed::<bool, MinR>(&xc, &dims, &oshape, true)?
                    } else {
                        reduce_typed::<bool, MaxR>(&xc, &dims, &oshape, false)?
                    }
                }
            }
            (_, dt) => sum_prod_dispatch(op, dt, &xc, &dims, &oshape)?,
        }
    };
    let out = if op == ReduceOp::Mean {
        #[allow(clippy::cast_precision_loss)]
        let n = Tensor::full(&[], Scalar::Float(rnum as f64), compute)?;
        super::binary::binary(crate::ops::BinaryOp::Div, &out, &n, compute, compute)?
    } else {
        out
    };
    out.to_dtype(out_dt)
}

fn sum_prod_dispatch(
    op: ReduceOp,
    dt: DType,
    x: &Tensor,
    dims: &[usize],
    oshape: &[usize],
) -> Result<Tensor> {
    macro_rules! go {
        ($t:ty) => {
            // SAFETY: $t is x's element type.
            unsafe {
                if op == ReduceOp::Prod {
                    reduce_typed::<$t, ProdR>(x, dims, oshape, <$t as Element>::ONE)
                } else {
                    reduce_typed::<$t, SumR>(x, dims, oshape, <$t as Element>::ZERO)
                }
            }
        };
    }
    match dt {
        DType::F64 => go!(f64),
        DType::F32 => go!(f32),
        DType::I64 => go!(i64),
        other => Err(Error::NotImplemented {
            op: format!("{}_cpu", op.name()),
            dtype: other.scalar_type_name(),
        }),
    }
}

/// The first element of every reduced run, as a tensor of the kept shape.
fn reduce_first(x: &Tensor, dims: &[usize]) -> Result<Tensor> {
    let mut l = x.clone();
    for &d in dims.iter().rev() {
        l = l.with_layout(l.layout().select(i64::try_from(d).unwrap_or(0), 0)?)?;
    }
    Ok(l)
}

fn minmax_dispatch<T: Element>(
    op: ReduceOp,
    x: &Tensor,
    dims: &[usize],
    oshape: &[usize],
    first: &Tensor,
) -> Result<Tensor> {
    macro_rules! go {
        ($t:ty) => {{
            // SAFETY: $t is x's element type; `first` has the kept shape.
            let out = unsafe {
                if op == ReduceOp::Max {
                    seeded::<$t, MaxR>(x, dims, oshape, first)?
                } else {
                    seeded::<$t, MinR>(x, dims, oshape, first)?
                }
            };
            Ok(out)
        }};
    }
    match T::DTYPE {
        DType::F64 => go!(f64),
        DType::F32 => go!(f32),
        DType::I64 => go!(i64),
        DType::I32 => go!(i32),
        DType::I16 => go!(i16),
        DType::I8 => go!(i8),
        DType::U8 => go!(u8),
        DType::Bool => go!(bool),
        DType::F16 => Err(Error::NotImplemented {
            op: "max_cpu".into(),
            dtype: "Half",
        }),
    }
}

/// Max/min: reduce with the first element as the identity of each run. Using a
/// per-output seed is exact for max/min (combining an element twice is harmless).
unsafe fn seeded<T: Num, R: Reducer<T>>(
    x: &Tensor,
    dims: &[usize],
    oshape: &[usize],
    first: &Tensor,
) -> Result<Tensor> {
    if first.numel() == 1 {
        let seed = first.to_vec::<T>()?[0];
        // SAFETY: forwarded contract.
        return unsafe { reduce_typed::<T, R>(x, dims, oshape, seed) };
    }
    // Per-output seeds: fold each run from its own first element.
    let rank = x.rank();
    let kept: Vec<usize> = (0..rank).filter(|d| !dims.contains(d)).collect();
    let mut perm: Vec<i64> = kept
        .iter()
        .map(|&d| i64::try_from(d).unwrap_or(0))
        .collect();
    perm.extend(dims.iter().map(|&d| i64::try_from(d).unwrap_or(0)));
    let xp = x.permute(&perm)?.contiguous()?;
    let nk: usize = kept.iter().map(|&d| x.shape()[d]).product();
    let rnum = xp.numel() / nk.max(1);
    let out = Tensor::zeros(oshape, T::DTYPE)?;
    let po = SendPtr(out.storage().as_ptr().cast::<T>());
    // SAFETY: xp is contiguous of T with nk * rnum elements.
    let px = SendPtr(unsafe { xp.ptr::<T>() });
    let body = |k: usize| {
        // SAFETY: run k spans [k*rnum, (k+1)*rnum) of xp; out has nk elements.
        unsafe {
            let run = px.at(isize::try_from(k * rnum).unwrap_or(0));
            *po.add(k) = fold_lanes::<T, R>(run, rnum, *run);
        }
    };
    if nk * rnum >= PAR_THRESHOLD {
        use rayon::prelude::*;
        (0..nk).into_par_iter().for_each(body);
    } else {
        (0..nk).for_each(body);
    }
    Ok(out)
}

/// `argmax`/`argmin` and `max(dim)`/`min(dim)`: values and int64 indices.
/// `dim = None` flattens first. The first maximal (or first NaN) element wins.
pub fn arg_reduce(
    x: &Tensor,
    dim: Option<i64>,
    keepdim: bool,
    is_max: bool,
    name: &str,
) -> Result<(Tensor, Tensor)> {
    let orig_rank = x.rank();
    let (x, d) = match dim {
        None => (x.reshape(&[-1])?, 0usize),
        Some(d) => (x.clone(), normalize_dim(d, x.rank())?),
    };
    let rank = x.rank();
    let size = if rank == 0 { 1 } else { x.shape()[d] };
    if dim.is_none() && x.numel() == 0 {
        return Err(Error::Index(format!(
            "{name}(): Expected reduction dim to be specified for input.numel() == 0."
        )));
    }
    if rank > 0 && x.shape()[d] == 0 {
        return Err(Error::Index(format!(
            "{name}(): Expected reduction dim {d} to have non-zero size."
        )));
    }
    let oshape = if rank == 0 {
        vec![]
    } else if keepdim && dim.is_none() {
        vec![1; orig_rank]
    } else if keepdim {
        let mut s = x.shape().to_vec();
        s[d] = 1;
        s
    } else {
        let mut s = x.shape().to_vec();
        s.remove(d);
        s
    };
    let compute = if x.dtype() == DType::F16 {
        DType::F32
    } else {
        x.dtype()
    };
    let xc = x.to_dtype(compute)?;
    let moved = if rank == 0 {
        xc.reshape(&[1, 1])?
    } else {
        let mut perm: Vec<i64> = (0..rank)
            .filter(|&i| i != d)
            .map(|i| i64::try_from(i).unwrap_or(0))
            .collect();
        perm.push(i64::try_from(d).unwrap_or(0));
        xc.permute(&perm)?.contiguous()?
    };
    let values = Tensor::zeros(&oshape, compute)?;
    let indices = Tensor::zeros(&oshape, DType::I64)?;
    if moved.numel() == 0 {
        return Ok((values.to_dtype(x.dtype())?, indices));
    }
    crate::with_dtype!(compute, T, {
        // SAFETY: T is the compute dtype of moved and values.
        unsafe { arg_typed::<T>(&moved, size, is_max, &values, &indices) }
    });
    Ok((values.to_dtype(x.dtype())?, indices))
}

unsafe fn arg_typed<T: Element>(x: &Tensor, size: usize, is_max: bool, v: &Tensor, ix: &Tensor) {
    let runs = x.numel() / size;
    // SAFETY: x is contiguous of T; v and ix have `runs` elements.
    let (px, pv, pi) = unsafe {
        (
            SendPtr(x.ptr::<T>()),
            SendPtr(v.ptr::<T>()),
            SendPtr(ix.ptr::<i64>()),
        )
    };
    let body = |k: usize| {
        // SAFETY: run k spans [k*size, (k+1)*size) of x.
        unsafe {
            let run = px.add(k * size);
            let mut best = *run;
            let mut bi = 0usize;
            let best_nan = |b: T| b.to_f64().is_nan();
            if !best_nan(best) {
                for i in 1..size {
                    let e = *run.add(i);
                    if e.to_f64().is_nan() {
                        best = e;
                        bi = i;
                        break;
                    }
                    let better = if is_max { e > best } else { e < best };
                    if better {
                        best = e;
                        bi = i;
                    }
                }
            }
            *pv.add(k) = best;
            *pi.add(k) = i64::try_from(bi).unwrap_or(0);
        }
    };
    if runs * size >= PAR_THRESHOLD {
        use rayon::prelude::*;
        (0..runs).into_par_iter().for_each(body);
    } else {
        (0..runs).for_each(body);
    }
}
