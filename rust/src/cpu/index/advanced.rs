//! Advanced indexing: `x[i0, :, i2]` reads ([`index`]) and writes ([`index_put`]).
//!
//! The geometry is numpy's and PyTorch's: the index tensors broadcast to one shape
//! `B`. When the indexed dims are adjacent, `B` takes their place in the result;
//! otherwise it goes first. Result element `(pre, b, post)` is the source element
//! at `pre_off + adv[b] + post_off`, where `pre` and `post` walk the dims that no
//! index tensor touches and `adv[b]` sums each index tensor's offset.

use super::{check_index, i64s, index_values, ix, non_overlapping, ranges, wrap, Accum, Oob};
use crate::cpu::copy::SendPtr;
use crate::error::{Error, Result};
use crate::layout::Layout;
use crate::shape::{broadcast_shapes, join, numel};
use crate::strided::{offsets, Plan, PAR_THRESHOLD};
use crate::tensor::Tensor;
use rayon::prelude::*;

/// The offsets the index tensors add, one per position of the broadcast shape.
enum Adv {
    /// A single index tensor, read directly (no table).
    One {
        /// Contiguous int64 values, all checked.
        vals: Tensor,
        /// Stride of the indexed dim.
        stride: isize,
        /// Size of the indexed dim (for wrapping negative indices).
        size: isize,
    },
    /// Several index tensors: the summed offsets, precomputed.
    Many(Vec<isize>),
}

/// Bind `$a` to a `Fn(usize) -> isize` giving `adv[b]`, then run `$body` (once per
/// representation, so the hot loops inline the lookup).
macro_rules! with_adv {
    ($g:expr, $a:ident => $body:expr) => {
        match &$g.adv {
            Adv::One { vals, stride, size } => {
                let (v, st, sz) = (i64s(vals), *stride, *size);
                let $a = move |b: usize| wrap(v[b], sz) * st;
                $body
            }
            Adv::Many(t) => {
                let t = t.as_slice();
                let $a = move |b: usize| t[b];
                $body
            }
        }
    };
}

/// Where the result's elements come from: the dims before and after the
/// broadcast index shape, and the index offsets.
struct Geometry {
    out_shape: Vec<usize>,
    pre_shape: Vec<usize>,
    pre_strides: Vec<isize>,
    post_shape: Vec<usize>,
    post_strides: Vec<isize>,
    bshape: Vec<usize>,
    nb: usize,
    adv: Adv,
    /// False while a single index tensor's values are still to be checked (a gather
    /// checks them block by block as it reads them).
    checked: bool,
    oob: Oob,
    /// The indexed dim (the first one when there are several).
    first: usize,
}

impl Geometry {
    /// Check the index tensors against `layout` and lay out the result.
    fn new(
        layout: &Layout,
        indices: &[Option<Tensor>],
        oob: Oob,
        written: Option<&Tensor>,
        defer_check: bool,
    ) -> Result<Geometry> {
        let rank = layout.rank();
        if indices.len() > rank {
            return Err(Error::Index(format!(
                "too many indices for tensor of dimension {rank}"
            )));
        }
        let mut dims = Vec::new();
        let mut vals = Vec::new();
        for (d, t) in indices.iter().enumerate() {
            if let Some(t) = t {
                dims.push(d);
                vals.push(index_values(t, written)?);
            }
        }
        let Some(&first) = dims.first() else {
            return Err(Error::Runtime(
                "index: expected at least one index tensor".into(),
            ));
        };
        let mut bshape = vals[0].shape().to_vec();
        for v in &vals[1..] {
            bshape = broadcast_shapes(&bshape, v.shape()).map_err(|_| {
                let shapes: Vec<String> = vals
                    .iter()
                    .map(|v| format!("[{}]", join(v.shape())))
                    .collect();
                Error::Index(format!(
                    "shape mismatch: indexing tensors could not be broadcast together with \
                     shapes {}",
                    shapes.join(", ")
                ))
            })?;
        }
        let (shape, strides) = (layout.shape(), layout.strides());
        let checked = !(defer_check && vals.len() == 1);
        if checked {
            for (k, (&d, v)) in dims.iter().zip(&vals).enumerate() {
                check_index(i64s(v), shape[d], oob, k, d)?;
            }
        }
        let adjacent = dims.windows(2).all(|w| w[1] == w[0] + 1);
        let rest: Vec<usize> = (0..rank).filter(|d| !dims.contains(d)).collect();
        let p = if adjacent {
            rest.iter().filter(|&&d| d < first).count()
        } else {
            0
        };
        let pick = |ds: &[usize]| -> (Vec<usize>, Vec<isize>) {
            (
                ds.iter().map(|&d| shape[d]).collect(),
                ds.iter().map(|&d| strides[d]).collect(),
            )
        };
        let (pre_shape, pre_strides) = pick(&rest[..p]);
        let (post_shape, post_strides) = pick(&rest[p..]);
        let out_shape = [pre_shape.as_slice(), &bshape, &post_shape].concat();
        crate::shape::checked_numel(&out_shape)?;
        let nb = numel(&bshape);
        let adv = if vals.len() == 1 {
            Adv::One {
                stride: strides[first],
                size: ix(shape[first]),
                vals: vals.swap_remove(0),
            }
        } else {
            let mut table = vec![0isize; nb];
            for (&d, v) in dims.iter().zip(&vals) {
                let bl = Layout::contiguous(v.shape()).broadcast_to(&bshape)?;
                let (vv, size, stride) = (i64s(v), ix(shape[d]), strides[d]);
                for (t, o) in table.iter_mut().zip(offsets(&bshape, bl.strides(), 0)) {
                    *t += wrap(vv[usize::try_from(o).unwrap_or(0)], size) * stride;
                }
            }
            Adv::Many(table)
        };
        Ok(Geometry {
            out_shape,
            pre_shape,
            pre_strides,
            post_shape,
            post_strides,
            bshape,
            nb,
            adv,
            checked,
            oob,
            first,
        })
    }

    /// Check the index values a deferred geometry has not checked yet.
    fn check(&self) -> Result<()> {
        match &self.adv {
            Adv::One { vals, size, .. } if !self.checked => {
                check_index(i64s(vals), size.unsigned_abs(), self.oob, 0, self.first)
            }
            _ => Ok(()),
        }
    }

    /// The error for the (first) bad index at position `b`.
    fn error_at(&self, b: usize) -> Error {
        match &self.adv {
            Adv::One { vals, size, .. } => {
                self.oob
                    .error(i64s(vals)[b], 0, self.first, size.unsigned_abs())
            }
            Adv::Many(_) => Error::Runtime("index: unchecked indices".into()),
        }
    }
}

/// `src[indices]`, where `indices[d]` indexes dim `d` and None keeps the whole dim
/// (the advanced part of `x[...]`, and `index_select`/`take` with their own `oob`).
pub fn index(src: &Tensor, indices: &[Option<Tensor>], oob: Oob) -> Result<Tensor> {
    let g = Geometry::new(src.layout(), indices, oob, None, true)?;
    let out = Tensor::uninit(&g.out_shape, src.dtype())?;
    // Only the one-element-per-index gather checks as it goes.
    if out.numel() == 0 || numel(&g.post_shape) != 1 {
        g.check()?;
    }
    if out.numel() == 0 {
        return Ok(out);
    }
    // A gather only moves bytes, so it runs on unsigned integers of the element size.
    // SAFETY: each type has the element size of src and out; out is fresh and
    // contiguous with g.out_shape, and every index was checked in Geometry::new.
    unsafe {
        match src.dtype().size() {
            1 => gather_typed::<u8>(src, &out, &g),
            2 => gather_typed::<u16>(src, &out, &g),
            4 => gather_typed::<u32>(src, &out, &g),
            _ => gather_typed::<u64>(src, &out, &g),
        }
    }?;
    Ok(out)
}

/// `out[k] = src[base + adv(b0 + k)]` for `k < n`. Everything arrives by value so
/// the loop keeps it in registers (writes through `out` could alias a reference).
///
/// # Safety
/// `out` is valid for `n` writes and aliases nothing; every offset is inside `src`.
#[inline(always)]
unsafe fn gather_run<T: Copy>(
    out: *mut T,
    src: *const T,
    base: isize,
    adv: impl Fn(usize) -> isize + Copy,
    b0: usize,
    n: usize,
) {
    // SAFETY: guaranteed by the caller.
    let out = unsafe { std::slice::from_raw_parts_mut(out, n) };
    for (k, o) in out.iter_mut().enumerate() {
        // SAFETY: guaranteed by the caller.
        *o = unsafe { *src.offset(base + adv(b0 + k)) };
    }
}

/// `out[k] = src[base + wrap(vals[k]) * stride]`, checking each index as it is read
/// (a predictable branch that overlaps the loads); returns the first bad position,
/// having written the elements before it.
///
/// # Safety
/// `out` is valid for `vals.len()` writes and aliases nothing; `base + j * stride`
/// is inside `src` for every `j` in `[0, size)`.
#[inline(always)]
unsafe fn gather_checked<T: Copy>(
    out: *mut T,
    src: *const T,
    base: isize,
    vals: &[i64],
    stride: isize,
    size: isize,
    wraps: bool,
) -> Option<usize> {
    // SAFETY: guaranteed by the caller; a unit stride is spelled out so the common
    // case compiles without the multiply.
    unsafe {
        if stride == 1 {
            checked_loop(out, src, base, vals, 1, size, wraps)
        } else {
            checked_loop(out, src, base, vals, stride, size, wraps)
        }
    }
}

/// The loop of [`gather_checked`].
///
/// # Safety
/// As for [`gather_checked`].
#[inline(always)]
unsafe fn checked_loop<T: Copy>(
    out: *mut T,
    src: *const T,
    base: isize,
    vals: &[i64],
    stride: isize,
    size: isize,
    wraps: bool,
) -> Option<usize> {
    let n = i64::try_from(size).unwrap_or(i64::MAX);
    let lo = if wraps { -n } else { 0 };
    let span = n.wrapping_sub(lo).cast_unsigned();
    // SAFETY: guaranteed by the caller.
    let out = unsafe { std::slice::from_raw_parts_mut(out, vals.len()) };
    for (k, (o, &v)) in out.iter_mut().zip(vals).enumerate() {
        if v.wrapping_sub(lo).cast_unsigned() >= span {
            return Some(k);
        }
        // SAFETY: v is in [lo, size), so wrap(v) is in [0, size).
        *o = unsafe { *src.offset(base + wrap(v, size) * stride) };
    }
    None
}

/// # Safety
/// `T` has the element size of `src` and `out`; `out` is fresh, contiguous and of
/// `g.out_shape`; `g` was built from `src`'s layout, and checked unless one element
/// is gathered per index.
unsafe fn gather_typed<T: Copy + Send + Sync>(
    src: &Tensor,
    out: &Tensor,
    g: &Geometry,
) -> Result<()> {
    let base = ix(src.layout().offset());
    let ps = SendPtr(src.storage().as_ptr().cast::<T>());
    // SAFETY: out's offset lies inside its storage (checked when its layout was set).
    let po = SendPtr(unsafe {
        out.storage()
            .as_ptr()
            .cast::<T>()
            .add(out.layout().offset())
    });
    let pre = offsets(&g.pre_shape, &g.pre_strides, 0);
    let post = Plan::<1>::new(&g.post_shape, [&g.post_strides], [0]);
    let (rows, inner, sp) = (post.rows(), post.inner, post.inner_strides[0]);
    let post_rows: Vec<isize> = (0..rows).map(|r| post.row_offsets(r)[0]).collect();
    let (nb, npost) = (g.nb, rows * inner);
    let units = pre.len() * nb;
    if npost == 1 {
        // One element per (pre, b): the `x[idx]` and `take` case. Unchecked indices
        // are checked as they are read (the first bad one stops the range).
        let unchecked = match &g.adv {
            Adv::One { vals, stride, size } if !g.checked => Some((i64s(vals), *stride, *size)),
            _ => None,
        };
        let wraps = g.oob.wraps();
        let first_bad = with_adv!(g, adv => {
            let range = |(lo, hi): (usize, usize)| -> Option<usize> {
                let mut u = lo;
                while u < hi {
                    let (i, b) = (u / nb, u % nb);
                    let n = (nb - b).min(hi - u);
                    let s0 = base + pre[i];
                    // SAFETY: u + n <= units = out.numel(); source offsets are in-range
                    // coordinates times src's strides (indices checked here or before).
                    unsafe {
                        let o = po.add(u);
                        if let Some((vals, st, size)) = unchecked {
                            let vals = &vals[b..b + n];
                            if let Some(p) = gather_checked(o, ps.get(), s0, vals, st, size, wraps) {
                                return Some(b + p);
                            }
                        } else {
                            gather_run(o, ps.get(), s0, adv, b, n);
                        }
                    }
                    u += n;
                }
                None
            };
            let parts = ranges(units, 1);
            if parts.len() > 1 {
                parts.into_par_iter().filter_map(range).min()
            } else {
                parts.into_iter().find_map(range)
            }
        });
        return first_bad.map_or(Ok(()), |b| Err(g.error_at(b)));
    }
    // Items are (unit, post row, chunk of the row); rows are split into chunks only
    // when there are too few units and rows to keep every thread busy.
    let threads = rayon::current_num_threads();
    let pieces = units * rows;
    let chunks = if units * npost >= PAR_THRESHOLD && pieces < 4 * threads {
        (4 * threads).div_ceil(pieces).min(inner).max(1)
    } else {
        1
    };
    let clen = inner.div_ceil(chunks);
    let per_unit = rows * chunks;
    with_adv!(g, adv => super::par_ranges(units * per_unit, clen, |lo, hi| {
        for item in lo..hi {
            let (u, rem) = (item / per_unit, item % per_unit);
            let (r, c) = (rem / chunks, rem % chunks);
            let start = c * clen;
            if start >= inner {
                continue;
            }
            let len = clen.min(inner - start);
            let s0 = base + pre[u / nb] + adv(u % nb) + post_rows[r] + ix(start) * sp;
            let o0 = u * npost + r * inner + start;
            // SAFETY: o0 + len <= out.numel(); source offsets are in-range coordinates
            // times src's strides; out is fresh, so the ranges cannot overlap.
            unsafe {
                if sp == 1 {
                    std::ptr::copy_nonoverlapping(ps.at(s0), po.add(o0), len);
                } else {
                    for j in 0..len {
                        *po.add(o0 + j) = *ps.at(s0 + ix(j) * sp);
                    }
                }
            }
        }
    }));
    Ok(())
}

/// `dst[indices] = values` (or `+=` with `accumulate`), in place: `index_put_`, and
/// `index_fill_`/`index_copy_`/`index_add_` along one dim. `values` broadcasts to
/// the indexing result; with repeated indices and no accumulation the last write wins.
pub fn index_put(
    dst: &Tensor,
    indices: &[Option<Tensor>],
    values: &Tensor,
    accumulate: bool,
    oob: Oob,
) -> Result<()> {
    if values.dtype() != dst.dtype() {
        return Err(Error::Runtime(format!(
            "Index put requires the source and destination dtypes match, got {} for the \
             destination and {} for the source.",
            dst.dtype().scalar_type_name(),
            values.dtype().scalar_type_name()
        )));
    }
    let g = Geometry::new(dst.layout(), indices, oob, Some(dst), false)?;
    let values = if values.same_storage(dst) {
        values.deep_clone()?
    } else {
        values.clone()
    };
    let vl = values.layout().broadcast_to(&g.out_shape).map_err(|_| {
        Error::Runtime(format!(
            "shape mismatch: value tensor of shape [{}] cannot be broadcast to indexing \
                 result of shape [{}]",
            join(values.shape()),
            join(&g.out_shape)
        ))
    })?;
    let values = values.with_layout(vl)?;
    dst.storage().bump_version();
    if values.numel() == 0 {
        return Ok(());
    }
    crate::with_dtype!(dst.dtype(), T, {
        // SAFETY: T is the dtype of dst and values; g was built from dst's layout and
        // values was broadcast to g.out_shape.
        unsafe { put_typed::<T>(dst, &values, &g, accumulate) }
    });
    Ok(())
}

/// The buffers and inner strides of one `index_put` piece.
#[derive(Clone, Copy)]
struct Run<T> {
    dst: *mut T,
    vals: *const T,
    sd: isize,
    sv: isize,
    len: usize,
}

/// For each `b`: `len` elements from `vals[v0 + vb(b)]` (stride `sv`) into
/// `dst[d0 + adv(b)]` (stride `sd`), added when `ACC`. Everything arrives by value so
/// the loop keeps it in registers.
///
/// # Safety
/// Every offset is inside its buffer; no other thread writes these elements.
#[inline(always)]
unsafe fn put_run<T: Accum, const ACC: bool>(
    r: Run<T>,
    (d0, v0, nb): (isize, isize, usize),
    adv: impl Fn(usize) -> isize + Copy,
    vb: impl Fn(usize) -> isize + Copy,
) {
    let Run {
        dst,
        vals,
        sd,
        sv,
        len,
    } = r;
    if len == 1 {
        // One element per index (1-d `index_add_`, `x[idx] = v`): the shortest loop.
        for b in 0..nb {
            // SAFETY: guaranteed by the caller.
            unsafe {
                let x = *vals.offset(v0 + vb(b));
                let t = dst.offset(d0 + adv(b));
                *t = if ACC { (*t).acc_add(x) } else { x };
            }
        }
        return;
    }
    for b in 0..nb {
        let (d, v) = (d0 + adv(b), v0 + vb(b));
        for j in 0..len {
            let j = ix(j);
            // SAFETY: guaranteed by the caller.
            unsafe {
                let x = *vals.offset(v + j * sv);
                let t = dst.offset(d + j * sd);
                *t = if ACC { (*t).acc_add(x) } else { x };
            }
        }
    }
}

/// `dst[d0 + wrap(idx[b]) * sd] (+)= src[s0 + b * ss]` for each `b`, in order; each
/// buffer is `(pointer, first offset, stride)`.
///
/// # Safety
/// Every index is checked against `size`, and every offset is inside its buffer.
#[inline(always)]
unsafe fn put_1d<T: Accum, const ACC: bool>(
    (dst, d0, sd): (*mut T, isize, isize),
    (src, s0, ss): (*const T, isize, isize),
    idx: &[i64],
    size: isize,
) {
    // SAFETY: guaranteed by the caller; unit strides are spelled out so the common
    // case compiles without multiplies.
    unsafe {
        if sd == 1 && ss == 1 {
            put_1d_loop::<T, ACC>((dst, d0, 1), (src, s0, 1), idx, size);
        } else {
            put_1d_loop::<T, ACC>((dst, d0, sd), (src, s0, ss), idx, size);
        }
    }
}

/// The loop of [`put_1d`].
///
/// # Safety
/// As for [`put_1d`].
#[inline(always)]
unsafe fn put_1d_loop<T: Accum, const ACC: bool>(
    (dst, d0, sd): (*mut T, isize, isize),
    (src, s0, ss): (*const T, isize, isize),
    idx: &[i64],
    size: isize,
) {
    let mut s = s0;
    for &i in idx {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let t = dst.offset(d0 + wrap(i, size) * sd);
            let x = *src.offset(s);
            *t = if ACC { (*t).acc_add(x) } else { x };
        }
        s += ss;
    }
}

/// # Safety
/// `T` is the element type of `dst` and `values`; `g` was built from `dst`'s layout;
/// `values` has shape `g.out_shape`.
unsafe fn put_typed<T: Accum>(dst: &Tensor, values: &Tensor, g: &Geometry, accumulate: bool) {
    let (p, lb) = (g.pre_shape.len(), g.bshape.len());
    let vs = values.layout().strides();
    let (vpre, rest) = vs.split_at(p);
    let (vb, vpost) = rest.split_at(lb);
    let dpre = offsets(&g.pre_shape, &g.pre_strides, 0);
    let vpre = offsets(&g.pre_shape, vpre, 0);
    // The values' offset of each b: one stride when B coalesces to a line, else a table.
    let bplan = Plan::<1>::new(&g.bshape, [vb], [0]);
    let (vline, vtable) = if bplan.rows() <= 1 {
        (Some(bplan.inner_strides[0]), Vec::new())
    } else {
        (None, offsets(&g.bshape, vb, 0))
    };
    let post = Plan::<2>::new(&g.post_shape, [&g.post_strides, vpost], [0, 0]);
    let (rows, inner) = (post.rows(), post.inner);
    let [sd, sv] = post.inner_strides;
    let row_offs: Vec<[isize; 2]> = (0..rows).map(|r| post.row_offsets(r)).collect();
    let threads = rayon::current_num_threads();
    let parallel = values.numel() >= PAR_THRESHOLD && threads > 1 && non_overlapping(dst.layout());
    let pieces = dpre.len() * rows;
    // Work is split by (pre, post row, chunk of the row): two pieces never write the
    // same element of a non-overlapping dst, whatever the indices. A single piece
    // (1-d `index_add_`) runs on one thread: its writes may collide.
    let chunks = if parallel && pieces < 4 * threads {
        (4 * threads).div_ceil(pieces).min(inner).max(1)
    } else {
        1
    };
    let clen = inner.div_ceil(chunks);
    let (dbase, vbase) = (ix(dst.layout().offset()), ix(values.layout().offset()));
    let pd = SendPtr(dst.storage().as_ptr().cast::<T>());
    let pv = SendPtr(values.storage().as_ptr().cast::<T>());
    let nb = g.nb;
    if let (Adv::One { vals, stride, size }, Some(vst), 1, 1) = (&g.adv, vline, pieces, inner) {
        // 1-d `index_add_` / `x[idx] = v`: one element per index, the shortest loop.
        let dst = (pd.get(), dbase + dpre[0] + row_offs[0][0], *stride);
        let src = (pv.get().cast_const(), vbase + vpre[0] + row_offs[0][1], vst);
        // SAFETY: as below (one piece, on this thread).
        unsafe {
            if accumulate {
                put_1d::<T, true>(dst, src, i64s(vals), *size);
            } else {
                put_1d::<T, false>(dst, src, i64s(vals), *size);
            }
        }
        return;
    }
    with_adv!(g, adv => {
        let work = |w: usize| {
            let (i, rem) = (w / (rows * chunks), w % (rows * chunks));
            let (r, c) = (rem / chunks, rem % chunks);
            let start = c * clen;
            if start >= inner {
                return;
            }
            let run = Run { dst: pd.get(), vals: pv.get(), sd, sv, len: clen.min(inner - start) };
            let d0 = dbase + dpre[i] + row_offs[r][0] + ix(start) * sd;
            let v0 = vbase + vpre[i] + row_offs[r][1] + ix(start) * sv;
            let at = (d0, v0, nb);
            let table = vtable.as_slice();
            // SAFETY: in-range coordinates (indices checked) times each layout's
            // strides; pieces write disjoint elements of a non-overlapping dst, and
            // values shares no storage with dst.
            unsafe {
                match (vline, accumulate) {
                    (Some(st), true) => put_run::<T, true>(run, at, adv, move |b| ix(b) * st),
                    (Some(st), false) => put_run::<T, false>(run, at, adv, move |b| ix(b) * st),
                    (None, true) => put_run::<T, true>(run, at, adv, |b| table[b]),
                    (None, false) => put_run::<T, false>(run, at, adv, |b| table[b]),
                }
            }
        };
        let units = pieces * chunks;
        if parallel && units > 1 {
            (0..units).into_par_iter().for_each(work);
        } else {
            (0..units).for_each(work);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(v: &[i64]) -> Tensor {
        Tensor::from_vec(v, &[v.len()]).unwrap()
    }

    #[test]
    fn adjacent_indices_stay_in_place_and_separated_ones_move_first() {
        let x =
            Tensor::from_vec(&(0..24).map(|v| v as f32).collect::<Vec<_>>(), &[2, 3, 4]).unwrap();
        let i = long(&[0, 2]);
        let a = index(
            &x,
            &[None, Some(i.clone()), Some(long(&[1, 3]))],
            Oob::Index,
        )
        .unwrap();
        assert_eq!(a.shape(), &[2, 2]);
        assert_eq!(a.to_vec::<f32>().unwrap(), vec![1.0, 11.0, 13.0, 23.0]);
        let b = index(
            &x,
            &[Some(long(&[1, 0])), None, Some(long(&[0, 3]))],
            Oob::Index,
        )
        .unwrap();
        assert_eq!(b.shape(), &[2, 3]);
        assert_eq!(
            b.to_vec::<f32>().unwrap(),
            vec![12.0, 16.0, 20.0, 3.0, 7.0, 11.0]
        );
    }
}
