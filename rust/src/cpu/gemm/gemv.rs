//! Matrix-vector product (the m == 1 and n == 1 cases of GEMM): memory-bound, so plain
//! loops that the compiler vectorises, compiled once per SIMD level.

use super::mat::MatRef;
use super::{Elem, Level, PAR_FMAS};
use rayon::prelude::*;

/// Accumulator lanes for the dot-product loop (independent chains the compiler can vectorise).
const LANES: usize = 16;
/// Rows per pass of the column-major (axpy) loop.
const ROWS: usize = 256;

/// A raw output pointer that may cross threads (slabs are disjoint).
#[derive(Clone, Copy)]
struct OutPtr<T>(*mut T);
// SAFETY: each thread writes a disjoint range of rows.
unsafe impl<T: Send> Send for OutPtr<T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for OutPtr<T> {}

impl<T> OutPtr<T> {
    /// The pointer (a method, so closures capture the whole wrapper).
    fn get(self) -> *mut T {
        self.0
    }
}

/// y = A·x with A m×k, x of stride `incx`, y of stride `incy` (overwritten).
///
/// # Safety
/// All addressed elements are valid; y does not overlap A or x.
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn gemv<T: Elem>(
    level: Level,
    m: usize,
    k: usize,
    a: MatRef<T>,
    x: *const T,
    incx: isize,
    y: *mut T,
    incy: isize,
) {
    let threads = rayon::current_num_threads();
    let xs = MatRef::new(x, incx, 0);
    if threads <= 1 || m * k < PAR_FMAS || m < 2 * ROWS {
        // SAFETY: forwarded.
        return unsafe { gemv_level(level, m, k, a, xs, y, incy) };
    }
    let per = m.div_ceil(threads).next_multiple_of(ROWS);
    let out = OutPtr(y);
    (0..m.div_ceil(per)).into_par_iter().for_each(|t| {
        let lo = t * per;
        let rows = per.min(m - lo);
        let yo = out.get().wrapping_offset(lo as isize * incy);
        // SAFETY: rows [lo, lo + rows) of A and y; slabs are disjoint.
        unsafe { gemv_level(level, rows, k, a.offset(lo, 0), xs, yo, incy) };
    });
}

/// Dispatches one slab to the body compiled for `level`.
///
/// # Safety
/// As for [`gemv`]; `level` is supported by the CPU.
unsafe fn gemv_level<T: Elem>(
    level: Level,
    m: usize,
    k: usize,
    a: MatRef<T>,
    x: MatRef<T>,
    y: *mut T,
    incy: isize,
) {
    // SAFETY: forwarded; the level was checked by the caller.
    unsafe {
        match level {
            #[cfg(target_arch = "x86_64")]
            Level::Avx512 => gemv_avx512(m, k, a, x, y, incy),
            #[cfg(target_arch = "x86_64")]
            Level::Avx2 => gemv_avx2(m, k, a, x, y, incy),
            _ => gemv_body(m, k, a, x, y, incy),
        }
    }
}

/// [`gemv_body`] compiled for AVX-512F.
///
/// # Safety
/// As for [`gemv_body`]; the CPU supports AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx2,fma")]
unsafe fn gemv_avx512<T: Elem>(
    m: usize,
    k: usize,
    a: MatRef<T>,
    x: MatRef<T>,
    y: *mut T,
    incy: isize,
) {
    // SAFETY: forwarded.
    unsafe { gemv_body(m, k, a, x, y, incy) }
}

/// [`gemv_body`] compiled for AVX2.
///
/// # Safety
/// As for [`gemv_body`]; the CPU supports AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn gemv_avx2<T: Elem>(
    m: usize,
    k: usize,
    a: MatRef<T>,
    x: MatRef<T>,
    y: *mut T,
    incy: isize,
) {
    // SAFETY: forwarded.
    unsafe { gemv_body(m, k, a, x, y, incy) }
}

/// y = A·x; `x.rs` is x's stride.
///
/// # Safety
/// As for [`gemv`].
#[inline(always)]
unsafe fn gemv_body<T: Elem>(
    m: usize,
    k: usize,
    a: MatRef<T>,
    x: MatRef<T>,
    y: *mut T,
    incy: isize,
) {
    let xv = |p: usize| x.at(p, 0);
    if a.cs == 1 && x.rs == 1 {
        // Rows contiguous: one dot product per row, in LANES independent sums.
        for i in 0..m {
            let row = a.at(i, 0);
            let mut acc = [T::ZERO; LANES];
            let full = k / LANES * LANES;
            for p0 in (0..full).step_by(LANES) {
                for (l, s) in acc.iter_mut().enumerate() {
                    // SAFETY: p0 + l < k.
                    unsafe { *s = *s + *row.add(p0 + l) * *xv(p0 + l) };
                }
            }
            let mut sum = acc.iter().fold(T::ZERO, |s, &v| s + v);
            for p in full..k {
                // SAFETY: p < k.
                unsafe { sum = sum + *row.add(p) * *xv(p) };
            }
            // SAFETY: i < m.
            unsafe { *y.offset(i as isize * incy) = sum };
        }
    } else if a.rs == 1 {
        // Columns contiguous: y += x[p] * A[:, p], a block of rows at a time.
        let mut buf = [T::ZERO; ROWS];
        for i0 in (0..m).step_by(ROWS) {
            let rows = ROWS.min(m - i0);
            buf[..rows].fill(T::ZERO);
            for p in 0..k {
                // SAFETY: p < k and rows i0..i0 + rows of column p are in A.
                unsafe {
                    let xp = *xv(p);
                    let col = a.at(i0, p);
                    for (t, b) in buf[..rows].iter_mut().enumerate() {
                        *b = *b + *col.add(t) * xp;
                    }
                }
            }
            for (t, &v) in buf[..rows].iter().enumerate() {
                // SAFETY: i0 + t < m.
                unsafe { *y.offset((i0 + t) as isize * incy) = v };
            }
        }
    } else {
        for i in 0..m {
            let mut sum = T::ZERO;
            for p in 0..k {
                // SAFETY: (i, p) is in A and p < k.
                unsafe { sum = sum + *a.at(i, p) * *xv(p) };
            }
            // SAFETY: i < m.
            unsafe { *y.offset(i as isize * incy) = sum };
        }
    }
}
