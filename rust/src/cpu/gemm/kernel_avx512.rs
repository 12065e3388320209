//! AVX-512F micro-kernels: 32×12 for `f32`, 16×14 for `f64` (two zmm rows of C per tile
//! column, C held in 24/28 of the 32 zmm registers).
#![cfg(target_arch = "x86_64")]

use super::driver::KernelSpec;
use std::arch::x86_64::*;

/// Depth of one packed `f32` block (also the lane stride of lane-major packed B).
const KC_F32: usize = 384;
/// Depth of one packed `f64` block.
const KC_F64: usize = 256;

/// `f32` AVX-512 kernel and blocking: the A block is 480×384×4 B ≈ 720 KB (L2 is 2 MB).
pub(crate) const F32: KernelSpec<f32> = KernelSpec {
    mr: 32,
    nr: 12,
    kc: KC_F32,
    mc: 480,
    nc: 4092,
    micro: micro_f32,
    transpose: Some(transpose_f32),
};

/// `f64` AVX-512 kernel and blocking.
pub(crate) const F64: KernelSpec<f64> = KernelSpec {
    mr: 16,
    nr: 14,
    kc: KC_F64,
    mc: 384,
    nc: 4088,
    micro: micro_f64,
    transpose: Some(transpose_f64),
};

/// Defines one micro-kernel `$name` (dispatching on B's packed layout to `$body`):
/// `$t` element, `$lanes` per vector, `$nr` columns, `$kc` the lane stride of lane-major B.
macro_rules! micro_kernel {
    ($name:ident, $body:ident, $t:ty, $lanes:expr, $nr:expr, $kc:expr,
     $zero:ident, $load:ident, $store:ident, $set1:ident, $fmadd:ident, $add:ident) => {
        /// See [`super::driver::MicroFn`].
        ///
        /// # Safety
        /// As for [`super::driver::MicroFn`]; the CPU supports AVX-512F.
        #[target_feature(enable = "avx512f")]
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
        /// As for [`super::driver::MicroFn`]; the CPU supports AVX-512F.
        #[target_feature(enable = "avx512f")]
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
    16,
    12,
    KC_F32,
    _mm512_setzero_ps,
    _mm512_loadu_ps,
    _mm512_storeu_ps,
    _mm512_set1_ps,
    _mm512_fmadd_ps,
    _mm512_add_ps
);
micro_kernel!(
    micro_f64,
    body_f64,
    f64,
    8,
    14,
    KC_F64,
    _mm512_setzero_pd,
    _mm512_loadu_pd,
    _mm512_storeu_pd,
    _mm512_set1_pd,
    _mm512_fmadd_pd,
    _mm512_add_pd
);

/// Packs one full 32-lane `f32` A micro-panel whose k direction is contiguous (lane t, step
/// p at `s + t * s_w + p`): 16×16 blocks are transposed in registers (see
/// [`super::driver::TransposeFn`]).
///
/// # Safety
/// As for [`super::driver::TransposeFn`]; the CPU supports AVX-512F.
#[target_feature(enable = "avx512f")]
unsafe fn transpose_f32(d: *mut f32, s: *const f32, kc: usize, s_w: isize) {
    const W: usize = 32;
    let full = kc / 16 * 16;
    for h in 0..2 {
        for p0 in (0..full).step_by(16) {
            let mut r = [_mm512_setzero_ps(); 16];
            for (t, v) in r.iter_mut().enumerate() {
                // SAFETY: lane h * 16 + t has kc >= p0 + 16 elements.
                *v = unsafe { _mm512_loadu_ps(s.offset((h * 16 + t) as isize * s_w).add(p0)) };
            }
            let c = transpose16(r);
            for (j, v) in c.iter().enumerate() {
                // SAFETY: row p0 + j of the panel, lanes h * 16 .. h * 16 + 16.
                unsafe { _mm512_storeu_ps(d.add((p0 + j) * W + h * 16), *v) };
            }
        }
    }
    for p in full..kc {
        for t in 0..W {
            // SAFETY: as above, one element at a time for the last kc % 16 steps.
            unsafe { *d.add(p * W + t) = *s.offset(t as isize * s_w).add(p) };
        }
    }
}

/// Transposes a 16×16 block held as 16 row vectors (unpack, then lane shuffles).
#[target_feature(enable = "avx512f")]
fn transpose16(r: [__m512; 16]) -> [__m512; 16] {
    let mut t = [_mm512_setzero_ps(); 16];
    for i in 0..8 {
        t[2 * i] = _mm512_unpacklo_ps(r[2 * i], r[2 * i + 1]);
        t[2 * i + 1] = _mm512_unpackhi_ps(r[2 * i], r[2 * i + 1]);
    }
    let mut u = [_mm512_setzero_ps(); 16];
    for g in 0..4 {
        let b = 4 * g;
        u[b] = _mm512_shuffle_ps::<0x44>(t[b], t[b + 2]);
        u[b + 1] = _mm512_shuffle_ps::<0xEE>(t[b], t[b + 2]);
        u[b + 2] = _mm512_shuffle_ps::<0x44>(t[b + 1], t[b + 3]);
        u[b + 3] = _mm512_shuffle_ps::<0xEE>(t[b + 1], t[b + 3]);
    }
    for g in 0..2 {
        let b = 8 * g;
        for i in 0..4 {
            t[b + i] = _mm512_shuffle_f32x4::<0x88>(u[b + i], u[b + 4 + i]);
            t[b + 4 + i] = _mm512_shuffle_f32x4::<0xDD>(u[b + i], u[b + 4 + i]);
        }
    }
    for i in 0..8 {
        u[i] = _mm512_shuffle_f32x4::<0x88>(t[i], t[8 + i]);
        u[8 + i] = _mm512_shuffle_f32x4::<0xDD>(t[i], t[8 + i]);
    }
    u
}

/// Packs one full 16-lane `f64` A micro-panel whose k direction is contiguous, with 8×8
/// register transposes (see [`super::driver::TransposeFn`]).
///
/// # Safety
/// As for [`super::driver::TransposeFn`]; the CPU supports AVX-512F.
#[target_feature(enable = "avx512f")]
unsafe fn transpose_f64(d: *mut f64, s: *const f64, kc: usize, s_w: isize) {
    const W: usize = 16;
    let full = kc / 8 * 8;
    for h in 0..2 {
        for p0 in (0..full).step_by(8) {
            let mut r = [_mm512_setzero_pd(); 8];
            for (t, v) in r.iter_mut().enumerate() {
                // SAFETY: lane h * 8 + t has kc >= p0 + 8 elements.
                *v = unsafe { _mm512_loadu_pd(s.offset((h * 8 + t) as isize * s_w).add(p0)) };
            }
            let c = transpose8(r);
            for (j, v) in c.iter().enumerate() {
                // SAFETY: row p0 + j of the panel, lanes h * 8 .. h * 8 + 8.
                unsafe { _mm512_storeu_pd(d.add((p0 + j) * W + h * 8), *v) };
            }
        }
    }
    for p in full..kc {
        for t in 0..W {
            // SAFETY: as above, one element at a time for the last kc % 8 steps.
            unsafe { *d.add(p * W + t) = *s.offset(t as isize * s_w).add(p) };
        }
    }
}

/// Transposes an 8×8 `f64` block held as 8 row vectors.
#[target_feature(enable = "avx512f")]
fn transpose8(r: [__m512d; 8]) -> [__m512d; 8] {
    let mut t = [_mm512_setzero_pd(); 8];
    for i in 0..4 {
        t[2 * i] = _mm512_unpacklo_pd(r[2 * i], r[2 * i + 1]);
        t[2 * i + 1] = _mm512_unpackhi_pd(r[2 * i], r[2 * i + 1]);
    }
    let mut u = [_mm512_setzero_pd(); 8];
    for g in 0..2 {
        let b = 4 * g;
        u[b] = _mm512_shuffle_f64x2::<0x88>(t[b], t[b + 2]);
        u[b + 1] = _mm512_shuffle_f64x2::<0xDD>(t[b], t[b + 2]);
        u[b + 2] = _mm512_shuffle_f64x2::<0x88>(t[b + 1], t[b + 3]);
        u[b + 3] = _mm512_shuffle_f64x2::<0xDD>(t[b + 1], t[b + 3]);
    }
    // u[0..4] hold columns {0,4}, {2,6}, {1,5}, {3,7} of rows 0-3; u[4..8] of rows 4-7.
    let mut c = [_mm512_setzero_pd(); 8];
    for (i, col) in [0, 2, 1, 3].into_iter().enumerate() {
        c[col] = _mm512_shuffle_f64x2::<0x88>(u[i], u[4 + i]);
        c[col + 4] = _mm512_shuffle_f64x2::<0xDD>(u[i], u[4 + i]);
    }
    c
}
