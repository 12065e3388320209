//! Boolean masks: `masked_fill_`, `masked_select`, `masked_scatter_` and `nonzero`.
//!
//! Masks are read as bytes (0 or 1), never as `bool`, so no byte pattern in a
//! mask's memory is undefined behaviour. Selection runs in two passes over
//! ranges of positions: count, then write at each range's prefix-sum offset.

use super::{for_range, ix, non_overlapping, ranges};
use crate::cpu::copy::SendPtr;
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::shape::{broadcast_shapes, numel};
use crate::strided::Plan;
use crate::tensor::Tensor;
use rayon::prelude::*;

/// The C++ type name PyTorch prints in `masked_fill_`'s dtype error.
fn cpp_name(dt: DType) -> &'static str {
    match dt {
        DType::F64 => "double",
        DType::F32 => "float",
        DType::F16 => "c10::Half",
        DType::I64 => "long int",
        DType::I32 => "int",
        DType::I16 => "short int",
        DType::I8 => "signed char",
        DType::U8 => "unsigned char",
        DType::Bool => "bool",
    }
}

/// Count the set mask bytes in each range of `plan`'s positions (mask is operand `k`).
fn count_ranges<const N: usize>(
    plan: &Plan<N>,
    mask: *const u8,
    k: usize,
) -> Vec<(usize, usize, usize)> {
    let pm = SendPtr(mask.cast_mut());
    let step = plan.inner_strides[k];
    let count = |(a, b): (usize, usize)| {
        let mut c = 0usize;
        for_range(plan, a, b, |off, len| {
            // SAFETY: plan offsets lie inside the mask's checked layout.
            c += unsafe { count_run(pm.at(off[k]), step, len) };
        });
        (a, b, c)
    };
    let parts = ranges(plan.numel(), 1);
    if parts.len() > 1 {
        parts.into_par_iter().map(count).collect()
    } else {
        parts.into_iter().map(count).collect()
    }
}

/// The number of nonzero bytes among `len` bytes `step` apart.
///
/// # Safety
/// All `len` bytes lie inside one buffer.
#[inline(always)]
unsafe fn count_run(m: *const u8, step: isize, len: usize) -> usize {
    if step == 1 {
        // SAFETY: guaranteed by the caller.
        let m = unsafe { std::slice::from_raw_parts(m, len) };
        // 16 byte lanes counted in u8 (at most 255 blocks each), so it vectorizes.
        let mut total = 0usize;
        for c in m.chunks(16 * 255) {
            let mut lanes = [0u8; 16];
            let blocks = c.chunks_exact(16);
            let tail = blocks.remainder();
            for blk in blocks {
                for (l, &b) in lanes.iter_mut().zip(blk) {
                    *l += u8::from(b != 0);
                }
            }
            total += lanes.iter().map(|&l| usize::from(l)).sum::<usize>();
            total += tail.iter().filter(|&&b| b != 0).count();
        }
        return total;
    }
    // SAFETY: guaranteed by the caller.
    (0..len)
        .filter(|&j| unsafe { *m.offset(ix(j) * step) } != 0)
        .count()
}

/// Copy the elements whose mask byte is set into `out[k..kend]`, stopping once
/// `kend` is reached; returns the next free slot. The copy is branch-free: every
/// element is written to `out[k]`, and `k` advances only past selected ones.
///
/// # Safety
/// The `len` source elements and mask bytes lie inside their buffers, `out` has
/// room up to `kend`, and no other thread writes `out[k..kend]`.
#[inline(always)]
unsafe fn select_run<T: Copy>(
    src: (*const T, isize),
    mask: (*const u8, isize),
    out: *mut T,
    mut k: usize,
    kend: usize,
    len: usize,
) -> usize {
    let ((s, ss), (m, sm)) = (src, mask);
    let mut j = 0usize;
    if ss == 1 && sm == 1 {
        // Eight mask bytes at a time: skip all-clear words, copy all-set ones whole.
        const ONES: u64 = 0x0101_0101_0101_0101;
        while j + 8 <= len && kend - k >= 8 {
            // SAFETY: j + 8 <= len bytes of the mask; k + 8 <= kend slots of out.
            unsafe {
                let w = m.add(j).cast::<u64>().read_unaligned();
                if w == ONES {
                    std::ptr::copy_nonoverlapping(s.add(j), out.add(k), 8);
                    k += 8;
                } else if w != 0 {
                    for l in j..j + 8 {
                        *out.add(k) = *s.add(l);
                        k += usize::from(*m.add(l) != 0);
                    }
                }
            }
            j += 8;
        }
    }
    while j < len && k < kend {
        let jj = ix(j);
        // SAFETY: guaranteed by the caller; k < kend.
        unsafe {
            *out.add(k) = *s.offset(jj * ss);
            k += usize::from(*m.offset(jj * sm) != 0);
        }
        j += 1;
    }
    k
}

/// Ranges with the number of selected elements before each.
fn with_prefix(parts: Vec<(usize, usize, usize)>) -> (Vec<(usize, usize, usize)>, usize) {
    let mut total = 0;
    let out = parts
        .into_iter()
        .map(|(a, b, c)| {
            let start = total;
            total += c;
            (a, b, start)
        })
        .collect();
    (out, total)
}

/// Each range's first output slot and end slot (the next range's first).
fn slots(parts: &[(usize, usize, usize)], total: usize) -> Vec<usize> {
    parts.iter().skip(1).map(|p| p.2).chain([total]).collect()
}

fn check_bool(mask: &Tensor, msg: impl FnOnce() -> String) -> Result<()> {
    if mask.dtype() == DType::Bool {
        Ok(())
    } else {
        Err(Error::Runtime(msg()))
    }
}

/// `dst[mask] = value` in place; `mask` broadcasts to `dst`, `value` is zero-dim.
pub fn masked_fill(dst: &Tensor, mask: &Tensor, value: &Tensor) -> Result<()> {
    check_bool(mask, || {
        format!(
            "masked_fill_ only supports boolean masks, but got mask with dtype {}",
            cpp_name(mask.dtype())
        )
    })?;
    if value.rank() != 0 {
        return Err(Error::Runtime(format!(
            "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with {} \
             dimension(s).",
            value.rank()
        )));
    }
    let mask = if mask.same_storage(dst) {
        mask.deep_clone()?
    } else {
        mask.clone()
    };
    let m = mask.broadcast_to(dst.shape())?;
    let v = value.item()?;
    dst.storage().bump_version();
    let plan = Plan::<2>::new(
        dst.shape(),
        [dst.layout().strides(), m.layout().strides()],
        [dst.layout().offset(), m.layout().offset()],
    );
    let parallel = non_overlapping(dst.layout());
    let pm = SendPtr(m.storage().as_ptr());
    let [sd, sm] = plan.inner_strides;
    crate::with_dtype!(dst.dtype(), T, {
        let v: T = v.to_elem::<T>();
        let pd = SendPtr(dst.storage().as_ptr().cast::<T>());
        plan.for_each_piece(parallel, move |[od, om], len| {
            for j in 0..len {
                let j = ix(j);
                // SAFETY: plan offsets lie inside both checked layouts; pieces are
                // disjoint in dst when it runs in parallel.
                unsafe {
                    if *pm.at(om + j * sm) != 0 {
                        *pd.at(od + j * sd) = v;
                    }
                }
            }
        });
    });
    Ok(())
}

/// The elements of `src` where `mask` is set, in row-major order of their
/// broadcast shape, as a 1-d tensor.
pub fn masked_select(src: &Tensor, mask: &Tensor) -> Result<Tensor> {
    check_bool(mask, || {
        "masked_select: expected BoolTensor for mask".into()
    })?;
    let shape = broadcast_shapes(mask.shape(), src.shape())?;
    let (s, m) = (src.broadcast_to(&shape)?, mask.broadcast_to(&shape)?);
    let plan = Plan::<2>::new(
        &shape,
        [s.layout().strides(), m.layout().strides()],
        [s.layout().offset(), m.layout().offset()],
    );
    let (parts, total) = with_prefix(count_ranges(&plan, m.storage().as_ptr(), 1));
    let out = Tensor::uninit(&[total], src.dtype())?;
    if total == 0 {
        return Ok(out);
    }
    // SAFETY: each type has src's element size; out holds `total` elements, the
    // number of set mask bytes counted over the same plan.
    unsafe {
        match src.dtype().size() {
            1 => select_typed::<u8>(&plan, &parts, &s, &m, &out),
            2 => select_typed::<u16>(&plan, &parts, &s, &m, &out),
            4 => select_typed::<u32>(&plan, &parts, &s, &m, &out),
            _ => select_typed::<u64>(&plan, &parts, &s, &m, &out),
        }
    }
    Ok(out)
}

/// # Safety
/// As in [`masked_select`].
unsafe fn select_typed<T: Copy + Send + Sync>(
    plan: &Plan<2>,
    parts: &[(usize, usize, usize)],
    s: &Tensor,
    m: &Tensor,
    out: &Tensor,
) {
    let ps = SendPtr(s.storage().as_ptr().cast::<T>());
    let pm = SendPtr(m.storage().as_ptr());
    let po = SendPtr(out.storage().as_ptr().cast::<T>());
    let [ss, sm] = plan.inner_strides;
    let ends = slots(parts, out.numel());
    let write = |(&(a, b, mut k), &kend): (&(usize, usize, usize), &usize)| {
        for_range(plan, a, b, |[os, om], len| {
            // SAFETY: offsets inside the checked layouts; this range owns out[k..kend],
            // exactly the slots its set mask bytes need.
            k = unsafe { select_run((ps.at(os), ss), (pm.at(om), sm), po.get(), k, kend, len) };
        });
    };
    if parts.len() > 1 {
        parts.par_iter().zip(&ends).for_each(write);
    } else {
        parts.iter().zip(&ends).for_each(write);
    }
}

/// `dst[mask] = source[:n]` in place: the i-th set position takes `source`'s i-th
/// element (row-major); `mask` broadcasts to `dst`.
pub fn masked_scatter(dst: &Tensor, mask: &Tensor, source: &Tensor) -> Result<()> {
    check_bool(mask, || {
        format!(
            "masked_scatter_ only supports boolean masks, but got mask with dtype {}",
            mask.dtype().scalar_type_name()
        )
    })?;
    if source.dtype() != dst.dtype() {
        return Err(Error::Runtime(format!(
            "masked_scatter: expected self and source to have same dtypes but got{} and {}",
            dst.dtype().scalar_type_name(),
            source.dtype().scalar_type_name()
        )));
    }
    let mask = if mask.same_storage(dst) {
        mask.deep_clone()?
    } else {
        mask.clone()
    };
    let m = mask.broadcast_to(dst.shape())?;
    let plan = Plan::<2>::new(
        dst.shape(),
        [dst.layout().strides(), m.layout().strides()],
        [dst.layout().offset(), m.layout().offset()],
    );
    let (parts, total) = with_prefix(count_ranges(&plan, m.storage().as_ptr(), 1));
    if total > source.numel() {
        return Err(Error::Runtime(
            "Number of elements of source < number of ones in mask".into(),
        ));
    }
    let src = if source.same_storage(dst) {
        source.deep_clone()?
    } else {
        source.contiguous()?
    };
    dst.storage().bump_version();
    if total == 0 {
        return Ok(());
    }
    let parallel = parts.len() > 1 && non_overlapping(dst.layout());
    // SAFETY: each type has the element size of dst and src; src is contiguous with
    // at least `total` elements.
    unsafe {
        match dst.dtype().size() {
            1 => scatter_typed::<u8>(&plan, &parts, dst, &m, &src, parallel),
            2 => scatter_typed::<u16>(&plan, &parts, dst, &m, &src, parallel),
            4 => scatter_typed::<u32>(&plan, &parts, dst, &m, &src, parallel),
            _ => scatter_typed::<u64>(&plan, &parts, dst, &m, &src, parallel),
        }
    }
    Ok(())
}

/// # Safety
/// As in [`masked_scatter`].
unsafe fn scatter_typed<T: Copy + Send + Sync>(
    plan: &Plan<2>,
    parts: &[(usize, usize, usize)],
    dst: &Tensor,
    m: &Tensor,
    src: &Tensor,
    parallel: bool,
) {
    let pd = SendPtr(dst.storage().as_ptr().cast::<T>());
    let pm = SendPtr(m.storage().as_ptr());
    // SAFETY: src's offset lies inside its storage.
    let ps = SendPtr(unsafe {
        src.storage()
            .as_ptr()
            .cast::<T>()
            .add(src.layout().offset())
    });
    let [sd, sm] = plan.inner_strides;
    let write = |&(a, b, mut k): &(usize, usize, usize)| {
        for_range(plan, a, b, |[od, om], len| {
            for j in 0..len {
                let j = ix(j);
                // SAFETY: offsets inside the checked layouts; k < total <= src's numel.
                unsafe {
                    if *pm.at(om + j * sm) != 0 {
                        *pd.at(od + j * sd) = *ps.add(k);
                        k += 1;
                    }
                }
            }
        });
    };
    if parallel {
        parts.par_iter().for_each(write);
    } else {
        parts.iter().for_each(write);
    }
}

/// The coordinates of the nonzero elements of `src`, one row each: shape `[n, rank]`.
pub fn nonzero(src: &Tensor) -> Result<Tensor> {
    let shape = src.shape().to_vec();
    let rank = shape.len();
    let plan = Plan::<1>::new(&shape, [src.layout().strides()], [src.layout().offset()]);
    // Bool elements are read as bytes.
    let dt = if src.dtype() == DType::Bool {
        DType::U8
    } else {
        src.dtype()
    };
    let (parts, total) = crate::with_dtype!(dt, T, {
        let p = SendPtr(src.storage().as_ptr().cast::<T>());
        let s = plan.inner_strides[0];
        let count = |(a, b): (usize, usize)| {
            let mut c = 0usize;
            for_range(&plan, a, b, |[o], len| {
                for j in 0..len {
                    // SAFETY: plan offsets lie inside src's checked layout.
                    c += usize::from(unsafe { *p.at(o + ix(j) * s) } != T::ZERO);
                }
            });
            (a, b, c)
        };
        let parts = ranges(plan.numel(), 1);
        let counted: Vec<_> = if parts.len() > 1 {
            parts.into_par_iter().map(count).collect()
        } else {
            parts.into_iter().map(count).collect()
        };
        with_prefix(counted)
    });
    let out = Tensor::zeros(&[total, rank], DType::I64)?;
    if total == 0 || rank == 0 {
        return Ok(out);
    }
    let po = SendPtr(out.storage().as_ptr().cast::<i64>());
    crate::with_dtype!(dt, T, {
        let p = SendPtr(src.storage().as_ptr().cast::<T>());
        let s = plan.inner_strides[0];
        let write = |&(a, b, mut k): &(usize, usize, usize)| {
            // The coordinates of position `a`, then counted up like an odometer.
            let mut coord = vec![0usize; rank];
            let mut rem = a;
            for d in (0..rank).rev() {
                coord[d] = rem % shape[d];
                rem /= shape[d];
            }
            for_range(&plan, a, b, |[o], len| {
                for j in 0..len {
                    // SAFETY: plan offsets lie inside src's layout; k < total rows of out.
                    unsafe {
                        if *p.at(o + ix(j) * s) != T::ZERO {
                            for (d, &c) in coord.iter().enumerate() {
                                *po.add(k * rank + d) = i64::try_from(c).unwrap_or(0);
                            }
                            k += 1;
                        }
                    }
                    for d in (0..rank).rev() {
                        coord[d] += 1;
                        if coord[d] < shape[d] {
                            break;
                        }
                        coord[d] = 0;
                    }
                }
            });
        };
        if parts.len() > 1 {
            parts.par_iter().for_each(write);
        } else {
            parts.iter().for_each(write);
        }
    });
    debug_assert_eq!(numel(out.shape()), total * rank);
    Ok(out)
}
