//! AVX2+FMA micro-kernels: 16×6 for `f32`, 8×6 for `f64` (two ymm rows of C per tile
//! column, C held in 12 of the 16 ymm registers).
#![cfg(target_arch = "x86_64")]

use super::driver::KernelSpec;
use std::arch::x86_64::*;

/// Depth of one packed `f32` block (also the lane stride of lane-major packed B).
const KC_F32: usize = 256;
/// Depth of one packed `f64` block.
const KC_F64: usize = 256;

/// `f32` AVX2 kernel and blocking.
pub(crate) const F32: KernelSpec<f32> = KernelSpec {
    mr: 16,
    nr: 6,
    kc: KC_F32,
    mc: 384,
    nc: 4092,
    micro: micro_f32,
    transpose: None,
};

/// `f64` AVX2 kernel and blocking.
pub(crate) const F64: KernelSpec<f64> = KernelSpec {
    mr: 8,
    nr: 6,
    kc: KC_F64,
    mc: 256,
    nc: 4092,
    micro: micro_f64,
    transpose: None,
};

/// Defines one micro-kernel `$name` (dispatching on B's packed layout to `$body`):
/// `$t` element, `$lanes` per vector, `$nr` columns, `$kc` the lane stride of lane-major B.
macro_rules! micro_kernel {
    ($name:ident, $body:ident, $t:ty, $lanes:expr, $nr:expr, $kc:expr,
     $zero:ident, $load:ident, $store:ident, $set1:ident, $fmadd:ident, $add:ident) => {
        /// See [`super::driver::MicroFn`].
        ///
        /// # Safety
        /// As for [`super::driver::MicroFn`]; the CPU supports AVX2 and FMA.
        #[target_feature(enable = "avx2,fma")]
        #[allow(clippy::too_many_arguments)]
        unsafe fn $name(
            kc: usize,
            a: *const $t,
            lda: isize,
            b: *const $t,
            b_lanes: bool,
            c: *mut $t,
            csc: isize,
            accumulate: bool,
        ) {
            // SAFETY: forwarded; the two layouts differ only in where B(p, j) sits.
            unsafe {
                if b_lanes {
                    $body::<$kc, 1>(kc, a, lda, b, c, csc, accumulate)
                } else {
                    $body::<1, $nr>(kc, a, lda, b, c, csc, accumulate)
                }
            }
        }

        /// The kernel for B(p, j) at `b + j * BJ + p * BP`.
        ///
        /// # Safety
        /// As for [`super::driver::MicroFn`]; the CPU supports AVX2 and FMA.
        #[target_feature(enable = "avx2,fma")]
        #[inline]
        unsafe fn $body<const BJ: usize, const BP: usize>(
            kc: usize,
            a: *const $t,
            lda: isize,
            b: *const $t,
            c: *mut $t,
            csc: isize,
            accumulate: bool,
        ) {
            const NR: usize = $nr;
            const L: usize = $lanes;
            let mut c0 = [$zero(); NR];
            let mut c1 = [$zero(); NR];
            for j in 0..NR {
                let cj = c.wrapping_offset(j as isize * csc);
                // Prefetches never fault, so any address is fine.
                _mm_prefetch::<_MM_HINT_T0>(cj.cast());
                _mm_prefetch::<_MM_HINT_T0>(cj.wrapping_add(2 * L - 1).cast());
            }
            let (mut a, mut b) = (a, b);
            for _ in 0..kc {
                // SAFETY: column p of A has 2L elements and B(p, j) is in the B panel.
                unsafe {
                    let a0 = $load(a);
                    let a1 = $load(a.add(L));
                    for j in 0..NR {
                        let bj = $set1(*b.add(j * BJ));
                        c0[j] = $fmadd(a0, bj, c0[j]);
                        c1[j] = $fmadd(a1, bj, c1[j]);
                    }
                    a = a.offset(lda);
                    b = b.add(BP);
                }
            }
            for j in 0..NR {
                // SAFETY: column j of the tile holds 2L elements of C.
                unsafe {
                    let cj = c.offset(j as isize * csc);
                    let (mut v0, mut v1) = (c0[j], c1[j]);
                    if accumulate {
                        v0 = $add(v0, $load(cj));
                        v1 = $add(v1, $load(cj.add(L)));
                    }
                    $store(cj, v0);
                    $store(cj.add(L), v1);
                }
            }
        }
    };
}

micro_kernel!(
    micro_f32,
    body_f32,
    f32,
    8,
    6,
    KC_F32,
    _mm256_setzero_ps,
    _mm256_loadu_ps,
    _mm256_storeu_ps,
    _mm256_set1_ps,
    _mm256_fmadd_ps,
    _mm256_add_ps
);
micro_kernel!(
    micro_f64,
    body_f64,
    f64,
    4,
    6,
    KC_F64,
    _mm256_setzero_pd,
    _mm256_loadu_pd,
    _mm256_storeu_pd,
    _mm256_set1_pd,
    _mm256_fmadd_pd,
    _mm256_add_pd
);
