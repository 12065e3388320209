//! Portable micro-kernel (no explicit SIMD): the fallback and the reference level.

use super::driver::KernelSpec;
use super::Elem;

const MR: usize = 8;
const NR: usize = 4;
/// Depth of one packed block (also the lane stride of lane-major packed B).
const KC: usize = 256;

/// `f32` scalar kernel and blocking.
pub(crate) const F32: KernelSpec<f32> = KernelSpec {
    mr: MR,
    nr: NR,
    kc: KC,
    mc: 128,
    nc: 4096,
    micro: micro::<f32>,
    transpose: None,
};

/// `f64` scalar kernel and blocking.
pub(crate) const F64: KernelSpec<f64> = KernelSpec {
    mr: MR,
    nr: NR,
    kc: KC,
    mc: 128,
    nc: 4096,
    micro: micro::<f64>,
    transpose: None,
};

/// MR×NR tile in local arrays (see [`super::driver::MicroFn`]).
///
/// # Safety
/// As for [`super::driver::MicroFn`].
#[allow(clippy::too_many_arguments)]
unsafe fn micro<T: Elem>(
    kc: usize,
    a: *const T,
    lda: isize,
    b: *const T,
    b_lanes: bool,
    c: *mut T,
    csc: isize,
    accumulate: bool,
) {
    let (bj, bp) = if b_lanes { (KC, 1) } else { (1, NR) };
    let mut acc = [[T::ZERO; MR]; NR];
    for p in 0..kc {
        // SAFETY: column p of the A panel and B(p, 0..NR) are in bounds.
        let (av, bv) = unsafe {
            (
                *a.offset(p as isize * lda).cast::<[T; MR]>(),
                core::array::from_fn::<T, NR, _>(|j| *b.add(j * bj + p * bp)),
            )
        };
        for j in 0..NR {
            for i in 0..MR {
                acc[j][i] = acc[j][i] + av[i] * bv[j];
            }
        }
    }
    for (j, col) in acc.iter().enumerate() {
        for (i, &v) in col.iter().enumerate() {
            // SAFETY: (i, j) is inside the C tile.
            unsafe {
                let d = c.offset(i as isize + j as isize * csc);
                *d = if accumulate { *d + v } else { v };
            }
        }
    }
}
