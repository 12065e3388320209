//! `gather` and `scatter_` along one dimension, with the reductions of
//! `scatter_add_`/`scatter_reduce_` (sum, prod, mean, amax, amin, `include_self`).

use super::{check_index, dims_at_least_1d, i64s, index_values, ix, non_overlapping, ranges};
use super::{Accum, Oob};
use crate::cpu::copy::SendPtr;
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::shape::{contiguous_strides, join, normalize_dim, numel};
use crate::strided::{Plan, PAR_THRESHOLD};
use crate::tensor::Tensor;
use rayon::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

/// What `scatter_` does with the values that land on one position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScatterReduce {
    /// Overwrite (the last write along the dim wins).
    Assign,
    /// Add (`scatter_add_`, `reduce="add"`, `"sum"`).
    Sum,
    /// Multiply (`reduce="multiply"`, `"prod"`).
    Prod,
    /// Average of the values (and of the old value with `include_self`).
    Mean,
    /// Maximum.
    Amax,
    /// Minimum.
    Amin,
}

impl ScatterReduce {
    /// Parse a reduction name (PyTorch's, plus `"none"` for a plain scatter).
    pub fn parse(name: &str) -> Result<ScatterReduce> {
        Ok(match name {
            "none" => ScatterReduce::Assign,
            "sum" | "add" => ScatterReduce::Sum,
            "prod" | "multiply" => ScatterReduce::Prod,
            "mean" => ScatterReduce::Mean,
            "amax" => ScatterReduce::Amax,
            "amin" => ScatterReduce::Amin,
            other => {
                return Err(Error::Runtime(format!(
                    "reduce argument must be either sum, prod, mean, amax or amin, got {other}"
                )))
            }
        })
    }
}

fn check_index_dtype(index: &Tensor, op: &str) -> Result<()> {
    if matches!(index.dtype(), DType::I64 | DType::I32) {
        Ok(())
    } else {
        Err(Error::Runtime(format!(
            "{op}(): Expected dtype int32/int64 for index"
        )))
    }
}

/// `out[..., j, ...] = src[..., index[..., j, ...], ...]` along `dim`.
pub fn gather(src: &Tensor, dim: i64, index: &Tensor) -> Result<Tensor> {
    check_index_dtype(index, "gather")?;
    let d = normalize_dim(dim, src.rank())?;
    let (ss, sst) = dims_at_least_1d(src.layout());
    let (is, _) = dims_at_least_1d(index.layout());
    if is.len() != ss.len() {
        return Err(Error::Runtime(
            "Index tensor must have the same number of dimensions as input tensor".into(),
        ));
    }
    let out = Tensor::uninit(index.shape(), src.dtype())?;
    if out.numel() == 0 {
        return Ok(out);
    }
    if let Some(k) = (0..is.len()).find(|&k| k != d && is[k] > ss[k]) {
        return Err(Error::Runtime(format!(
            "Size does not match at dimension {k} expected index [{}] to be no larger than self \
             [{}] apart from dimension {d}",
            join(index.shape()),
            join(src.shape())
        )));
    }
    let idx = index_values(index, None)?;
    check_index(i64s(&idx), ss[d], Oob::Runtime, 0, d)?;
    let cs = contiguous_strides(&is);
    let mut s_strides = sst;
    let step = std::mem::replace(&mut s_strides[d], 0);
    let plan = Plan::<3>::new(&is, [&cs, &cs, &s_strides], [0, 0, src.layout().offset()]);
    // SAFETY: each type has src's element size; out is fresh and contiguous; every
    // index is in [0, size of dim) and the other coordinates are inside src
    // (index is no larger than src apart from dim).
    unsafe {
        match src.dtype().size() {
            1 => gather_typed::<u8>(&plan, src, &out, &idx, step),
            2 => gather_typed::<u16>(&plan, src, &out, &idx, step),
            4 => gather_typed::<u32>(&plan, src, &out, &idx, step),
            _ => gather_typed::<u64>(&plan, src, &out, &idx, step),
        }
    }
    Ok(out)
}

/// # Safety
/// As in [`gather`]: `T` has the element size, and the plan's offsets plus a
/// checked index times `step` stay inside `src`.
unsafe fn gather_typed<T: Copy + Send + Sync>(
    plan: &Plan<3>,
    src: &Tensor,
    out: &Tensor,
    idx: &Tensor,
    step: isize,
) {
    let po = SendPtr(out.storage().as_ptr().cast::<T>());
    let pi = SendPtr(i64s(idx).as_ptr().cast_mut());
    let ps = SendPtr(src.storage().as_ptr().cast::<T>());
    let [so, si, ss] = plan.inner_strides;
    plan.for_each_piece(true, move |[oo, oi, os], len| {
        // SAFETY: see `gather`; pieces are disjoint in out.
        unsafe {
            let (o, i, s) = (po.at(oo), pi.at(oi), ps.at(os));
            gather_row(Strided(o, so), Strided(i, si), Strided(s, ss), step, len);
        }
    });
}

/// A pointer and the stride (in elements) to step it by.
#[derive(Clone, Copy)]
struct Strided<T>(*mut T, isize);

/// One row of `gather`: `out[j] = src[j + idx[j] * step]`, each with its stride.
/// Everything arrives by value, so the loop keeps it in registers.
///
/// # Safety
/// As in [`gather`]: every offset is inside its buffer; `out` aliases nothing.
#[inline(always)]
unsafe fn gather_row<T: Copy>(
    out: Strided<T>,
    idx: Strided<i64>,
    src: Strided<T>,
    step: isize,
    len: usize,
) {
    let (Strided(o, so), Strided(i, si), Strided(s, ss)) = (out, idx, src);
    // SAFETY: guaranteed by the caller (for the whole body).
    unsafe {
        if so == 1 && si == 1 && ss == 0 {
            // The common case: a contiguous row of indices into one source row.
            let o = std::slice::from_raw_parts_mut(o, len);
            let i = std::slice::from_raw_parts(i, len);
            for (o, &k) in o.iter_mut().zip(i) {
                *o = *s.offset(isize::try_from(k).unwrap_or(0) * step);
            }
            return;
        }
        for j in 0..len {
            let j = ix(j);
            let k = isize::try_from(*i.offset(j * si)).unwrap_or(0);
            *o.offset(j * so) = *s.offset(j * ss + k * step);
        }
    }
}

/// `dst[..., index[..., j, ...], ...] (op)= src[..., j, ...]` along `dim`, in place.
///
/// `src_is_value` marks a zero-dim `src` standing for a Python number (broadcast to
/// the index's shape). `include_self=false` reduces only the scattered values into
/// each written position.
pub fn scatter(
    dst: &Tensor,
    dim: i64,
    index: &Tensor,
    src: &Tensor,
    src_is_value: bool,
    reduce: ScatterReduce,
    include_self: bool,
) -> Result<()> {
    check_index_dtype(index, "scatter")?;
    if !src_is_value && src.dtype() != dst.dtype() {
        return Err(Error::Runtime(
            "scatter(): Expected self.dtype to be equal to src.dtype".into(),
        ));
    }
    let d = normalize_dim(dim, dst.rank())?;
    let (ds, _) = dims_at_least_1d(dst.layout());
    let (is, _) = dims_at_least_1d(index.layout());
    if is.len() != ds.len() {
        return Err(Error::Runtime(
            "Index tensor must have the same number of dimensions as self tensor".into(),
        ));
    }
    let ss = if src_is_value {
        is.clone()
    } else {
        dims_at_least_1d(src.layout()).0
    };
    if ss.len() != is.len() {
        return Err(Error::Runtime(
            "Index tensor must have the same number of dimensions as src tensor".into(),
        ));
    }
    if reduce == ScatterReduce::Mean && dst.dtype() == DType::Bool {
        return Err(Error::NotImplemented {
            op: "scatter_gather_tensor_cpu_reduce_mean".into(),
            dtype: "Bool",
        });
    }
    if index.numel() == 0 {
        return Ok(());
    }
    if (0..is.len()).any(|k| (k != d && is[k] > ds[k]) || is[k] > ss[k]) {
        let tail = if src_is_value {
            String::new()
        } else {
            format!(" and to be no larger size than src [{}]", join(src.shape()))
        };
        return Err(Error::Runtime(format!(
            "Expected index [{}] to be no larger than self [{}] apart from dimension {d}{tail}",
            join(index.shape()),
            join(dst.shape())
        )));
    }
    let idx = index_values(index, Some(dst))?;
    check_index(i64s(&idx), ds[d], Oob::Runtime, 0, d)?;
    let src = if src_is_value {
        src.to_dtype(dst.dtype())?.reshape(&[])?
    } else if src.same_storage(dst) {
        src.deep_clone()?
    } else {
        src.clone()
    };
    dst.storage().bump_version();
    if reduce == ScatterReduce::Mean {
        // Means count the values landing on each position, indexed by position in a
        // contiguous scratch copy.
        let tmp = dst.deep_clone()?;
        scatter_dispatch(&tmp, d, &idx, &src, src_is_value, reduce, include_self);
        return dst.copy_from(&tmp);
    }
    scatter_dispatch(dst, d, &idx, &src, src_is_value, reduce, include_self);
    Ok(())
}

fn scatter_dispatch(
    dst: &Tensor,
    d: usize,
    idx: &Tensor,
    src: &Tensor,
    value: bool,
    reduce: ScatterReduce,
    include_self: bool,
) {
    crate::with_dtype!(dst.dtype(), T, {
        // SAFETY: T is the dtype of dst and src; the caller checked every index and
        // that the index is no larger than dst (apart from d) and src.
        unsafe { scatter_typed::<T>(dst, d, idx, src, value, reduce, include_self) }
    });
}

/// # Safety
/// As in [`scatter`]: `T` is the dtype of `dst` and `src`, the indices were checked,
/// and for `Mean` `dst` is contiguous.
unsafe fn scatter_typed<T: Accum>(
    dst: &Tensor,
    d: usize,
    idx: &Tensor,
    src: &Tensor,
    value: bool,
    reduce: ScatterReduce,
    include_self: bool,
) {
    let (ds, dst_strides) = dims_at_least_1d(dst.layout());
    let (is, _) = dims_at_least_1d(idx.layout());
    let n = is.len();
    let src_strides = if value {
        vec![0; n]
    } else {
        dims_at_least_1d(src.layout()).1
    };
    // Iterate with `d` innermost, so that one row holds every value that can land on
    // the same position: rows run in parallel, each row in order.
    let order: Vec<usize> = (0..n).filter(|&k| k != d).chain([d]).collect();
    let perm = |v: &[isize]| order.iter().map(|&k| v[k]).collect::<Vec<isize>>();
    let shape: Vec<usize> = order.iter().map(|&k| is[k]).collect();
    let mut zeroed = dst_strides.clone();
    zeroed[d] = 0;
    let plan = Plan::<3>::new(
        &shape,
        [
            &perm(&contiguous_strides(&is)),
            &perm(&src_strides),
            &perm(&zeroed),
        ],
        [0, src.layout().offset(), dst.layout().offset()],
    );
    let rows = Rows {
        parallel: plan.numel() >= PAR_THRESHOLD && non_overlapping(dst.layout()),
        step: dst_strides[d],
        base: ix(dst.layout().offset()),
        pi: SendPtr(i64s(idx).as_ptr().cast_mut()),
        ps: SendPtr(src.storage().as_ptr().cast::<T>()),
        pd: SendPtr(dst.storage().as_ptr().cast::<T>()),
        plan,
    };
    if !include_self && reduce != ScatterReduce::Assign {
        let identity = match reduce {
            ScatterReduce::Prod => T::ONE,
            ScatterReduce::Amax => T::LOWEST,
            ScatterReduce::Amin => T::HIGHEST,
            _ => T::ZERO,
        };
        rows.run(|t, _, _| *t = identity);
    }
    match reduce {
        ScatterReduce::Assign => rows.run(|t, x, _| *t = x),
        ScatterReduce::Sum => rows.run(|t, x, _| *t = t.acc_add(x)),
        ScatterReduce::Prod => rows.run(|t, x, _| *t = t.acc_mul(x)),
        ScatterReduce::Amax => rows.run(|t, x, _| *t = t.acc_max(x)),
        ScatterReduce::Amin => rows.run(|t, x, _| *t = t.acc_min(x)),
        ScatterReduce::Mean => {
            let counts: Vec<AtomicU32> = (0..numel(&ds)).map(|_| AtomicU32::new(0)).collect();
            rows.run(|t, x, pos| {
                *t = t.acc_add(x);
                if let Some(c) = counts.get(pos) {
                    c.fetch_add(1, Ordering::Relaxed);
                }
            });
            let extra = u32::from(include_self);
            for (pos, c) in counts.iter().enumerate() {
                let c = c.load(Ordering::Relaxed);
                if c > 0 {
                    // SAFETY: dst is contiguous here and pos < its numel.
                    unsafe {
                        let t = rows.pd.at(rows.base + ix(pos));
                        *t = (*t).div_count((c + extra) as usize);
                    }
                }
            }
        }
    }
}

/// A scatter's iteration: rows of the index (dim innermost) and the three buffers.
struct Rows<T> {
    plan: Plan<3>,
    parallel: bool,
    /// dst's stride along the scattered dim.
    step: isize,
    /// dst's offset (positions handed to `f` are relative to it).
    base: isize,
    pi: SendPtr<i64>,
    ps: SendPtr<T>,
    pd: SendPtr<T>,
}

impl<T: Accum> Rows<T> {
    /// Call `f(target, value, position)` for every index element, rows in parallel
    /// when dst cannot overlap itself (rows never write the same element then).
    fn run(&self, f: impl Fn(&mut T, T, usize) + Sync) {
        let p = &self.plan;
        let [si, ss, sd] = p.inner_strides;
        let row = |r: usize| {
            let [oi, os, od] = p.row_offsets(r);
            // Copies in registers: writes through `pd` could alias `self` otherwise.
            let (pi, ps, pd, step, base) = (self.pi, self.ps, self.pd, self.step, self.base);
            for j in 0..p.inner {
                let j = ix(j);
                // SAFETY: the index was checked against the scattered dim of dst, and
                // the other coordinates come from the index's shape, which is no larger
                // than dst's or src's; no other reference to this element is alive.
                unsafe {
                    let k = isize::try_from(*pi.at(oi + j * si)).unwrap_or(0);
                    let off = od + j * sd + k * step;
                    let pos = usize::try_from(off - base).unwrap_or(usize::MAX);
                    f(&mut *pd.at(off), *ps.at(os + j * ss), pos);
                }
            }
        };
        let parts = ranges(p.rows(), p.inner);
        if self.parallel && parts.len() > 1 {
            parts
                .into_par_iter()
                .for_each(|(a, b)| (a..b).for_each(row));
        } else {
            (0..p.rows()).for_each(row);
        }
    }
}
