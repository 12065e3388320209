//! Packing of A and B blocks into contiguous, zero-padded micro-panels.

use super::driver::TransposeFn;
use super::Elem;

/// Packs a `width`×`kc` block into micro-panels of `w` lanes, zero-padding the last.
///
/// Source element (t, p) (lane t along the panel width, p along k) is at
/// `src + t * s_w + p * s_k`. Panel q starts at `dst + q * w * kc`, and within it element
/// (t, p) goes to `p * w + t`. Any strides work; unit `s_w` (plain copy) and unit `s_k`
/// (transpose, with `fast` for full panels when given) get their own loops so that reads
/// stay contiguous.
///
/// # Safety
/// All addressed source elements are readable; `dst` has room for
/// `width.next_multiple_of(w) * kc` elements; `fast` packs `w`-lane panels.
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn pack<T: Elem>(
    dst: *mut T,
    src: *const T,
    kc: usize,
    width: usize,
    w: usize,
    s_w: isize,
    s_k: isize,
    fast: Option<TransposeFn<T>>,
) {
    if s_w == 1 {
        // SAFETY: forwarded.
        return unsafe { pack_copy(dst, src, kc, width, w, s_k) };
    }
    for (q, t0) in (0..width).step_by(w).enumerate() {
        let wq = w.min(width - t0);
        // SAFETY: panel q lies inside `dst`; the source panel inside the block.
        unsafe {
            let d = dst.add(q * w * kc);
            let s = src.wrapping_offset(t0 as isize * s_w);
            if let (1, Some(f), true) = (s_k, fast, wq == w) {
                f(d, s, kc, s_w);
            } else if s_k == 1 {
                pack_transpose(d, s, kc, wq, w, s_w);
            } else {
                pack_general(d, s, kc, wq, w, s_w, s_k);
            }
        }
    }
}

/// Lanes contiguous in the source: walk each source line (fixed p) once, dealing `w`-long
/// pieces to the panels, so reads are sequential.
///
/// # Safety
/// As for [`pack`].
unsafe fn pack_copy<T: Elem>(
    dst: *mut T,
    src: *const T,
    kc: usize,
    width: usize,
    w: usize,
    s_k: isize,
) {
    let full = width / w;
    let rest = width - full * w;
    for p in 0..kc {
        // SAFETY: line p of the source has `width` elements; each piece lands in row p of
        // its panel.
        unsafe {
            let sp = src.offset(p as isize * s_k);
            for q in 0..full {
                let (from, to) = (sp.add(q * w), dst.add(q * w * kc + p * w));
                // Constant lengths for the usual tile heights let the copy inline.
                match w {
                    8 => core::ptr::copy_nonoverlapping(from, to, 8),
                    16 => core::ptr::copy_nonoverlapping(from, to, 16),
                    32 => core::ptr::copy_nonoverlapping(from, to, 32),
                    _ => core::ptr::copy_nonoverlapping(from, to, w),
                }
            }
            if rest > 0 {
                let to = dst.add(full * w * kc + p * w);
                core::ptr::copy_nonoverlapping(sp.add(full * w), to, rest);
                for t in rest..w {
                    *to.add(t) = T::ZERO;
                }
            }
        }
    }
}

/// k contiguous in the source: read each lane's row, write it with stride `w`.
///
/// # Safety
/// As for [`pack`], for one panel.
unsafe fn pack_transpose<T: Elem>(
    d: *mut T,
    s: *const T,
    kc: usize,
    wq: usize,
    w: usize,
    s_w: isize,
) {
    // Blocks of k keep the `w` source streams and the written lines in L1.
    const KB: usize = 64;
    for p0 in (0..kc).step_by(KB) {
        let pe = KB.min(kc - p0);
        for t in 0..w {
            // SAFETY: lanes t < wq are in the source; all writes are inside the panel.
            unsafe {
                let dt = d.add(p0 * w + t);
                if t < wq {
                    let st = s.offset(t as isize * s_w).add(p0);
                    for p in 0..pe {
                        *dt.add(p * w) = *st.add(p);
                    }
                } else {
                    for p in 0..pe {
                        *dt.add(p * w) = T::ZERO;
                    }
                }
            }
        }
    }
}

/// Any strides: element by element.
///
/// # Safety
/// As for [`pack`], for one panel.
unsafe fn pack_general<T: Elem>(
    d: *mut T,
    s: *const T,
    kc: usize,
    wq: usize,
    w: usize,
    s_w: isize,
    s_k: isize,
) {
    for p in 0..kc {
        for t in 0..w {
            // SAFETY: lanes t < wq are in the source; the write is inside the panel.
            unsafe {
                *d.add(p * w + t) = if t < wq {
                    *s.offset(t as isize * s_w + p as isize * s_k)
                } else {
                    T::ZERO
                };
            }
        }
    }
}

/// Packs a `width`×`kc` block whose k direction is contiguous (`src + t * s_w + p`) into
/// lane-major micro-panels: panel q starts at `dst + q * w * ld`, and within it element
/// (t, p) goes to `t * ld + p`; missing lanes are zero.
///
/// # Safety
/// All addressed source elements are readable; `kc <= ld`; `dst` has room for
/// `width.next_multiple_of(w) * ld` elements.
pub(crate) unsafe fn pack_lanes<T: Elem>(
    dst: *mut T,
    src: *const T,
    kc: usize,
    width: usize,
    w: usize,
    s_w: isize,
    ld: usize,
) {
    for t in 0..width.next_multiple_of(w) {
        // SAFETY: lane t < width is a source row of kc elements; the row of `dst` fits.
        unsafe {
            let d = dst.add(t * ld);
            if t < width {
                core::ptr::copy_nonoverlapping(src.offset(t as isize * s_w), d, kc);
            } else {
                core::ptr::write_bytes(d, 0, kc);
            }
        }
    }
}
