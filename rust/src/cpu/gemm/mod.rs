//! Own SGEMM/DGEMM: public API, SIMD level dispatch, problem normalisation and threading.
//!
//! The structure is BLIS's (Van Zee & van de Geijn, "BLIS: A Framework for Rapidly
//! Instantiating BLAS Functionality", 2015): five loops around a register micro-kernel,
//! with packed micro-panels of A and B. `driver.rs` holds the loops, `pack.rs` the packing,
//! `kernel_*.rs` the micro-kernels and `gemv.rs` the matrix-vector path.

mod driver;
mod gemv;
mod kernel_avx2;
mod kernel_avx512;
mod kernel_scalar;
mod mat;
mod pack;

use driver::KernelSpec;
use mat::{MatMut, MatRef};
use rayon::prelude::*;

/// Below this many multiply-adds, GEMM runs on one thread.
const PAR_FMAS: usize = 48 * 48 * 256;
/// Whether large problems (`SHARED_FMAS` and up) have the threads share packed B panels
/// (see [`gemm`]).
///
/// NOTE: off. On the 2-core dev machine (shared with other jobs) the two joins per KC step
/// measured slower than one join with duplicated packing: f32 2048 76-85 ms vs 89-111 ms,
/// f64 1024 14.6-15.0 ms vs 16-21 ms. Re-measure on more cores before lowering it.
const SHARE_B_PANELS: bool = false;
/// From this many multiply-adds on, B panels may be shared (see [`SHARE_B_PANELS`]).
const SHARED_FMAS: usize = 384 * 384 * 384;

/// The SIMD instruction set a GEMM call may use.
///
/// Ordered: `Scalar < Avx2 < Avx512`. A level the CPU lacks is lowered to the best one it
/// has, so any level is safe to request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Portable Rust, no explicit SIMD (also the reference in tests).
    Scalar,
    /// AVX2 + FMA, 256-bit vectors.
    Avx2,
    /// AVX-512F, 512-bit vectors.
    Avx512,
}

/// The best level this CPU supports (detected at run time).
pub fn detect() -> Level {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            return Level::Avx512;
        }
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            return Level::Avx2;
        }
    }
    Level::Scalar
}

/// Element types with a GEMM: `f32` and `f64`.
pub(crate) trait Elem:
    Copy + Send + Sync + 'static + core::ops::Add<Output = Self> + core::ops::Mul<Output = Self>
{
    /// Additive identity.
    const ZERO: Self;
    /// Micro-kernel and blocking for `level` (already supported by the CPU).
    fn spec(level: Level) -> KernelSpec<Self>;
}

impl Elem for f32 {
    const ZERO: Self = 0.0;
    fn spec(level: Level) -> KernelSpec<Self> {
        match level {
            #[cfg(target_arch = "x86_64")]
            Level::Avx512 => kernel_avx512::F32,
            #[cfg(target_arch = "x86_64")]
            Level::Avx2 => kernel_avx2::F32,
            _ => kernel_scalar::F32,
        }
    }
}

impl Elem for f64 {
    const ZERO: Self = 0.0;
    fn spec(level: Level) -> KernelSpec<Self> {
        match level {
            #[cfg(target_arch = "x86_64")]
            Level::Avx512 => kernel_avx512::F64,
            #[cfg(target_arch = "x86_64")]
            Level::Avx2 => kernel_avx2::F64,
            _ => kernel_scalar::F64,
        }
    }
}

/// C = A·B (overwriting C), A is m×k, B is k×n, C is m×n; strides in elements, any layout.
///
/// `rsX`/`csX` are the row and column strides of each matrix. `k == 0` writes zeros.
/// Runs on `rayon::current_num_threads()` threads when the problem is large enough.
///
/// # Safety
/// Every element addressed through the pointers and strides must be valid (reads for A
/// and B, writes for C), C must not overlap A or B, and no two (i, j) of C may share an
/// address.
#[allow(clippy::too_many_arguments)]
pub unsafe fn sgemm(
    level: Level,
    m: usize,
    n: usize,
    k: usize,
    a: *const f32,
    rsa: isize,
    csa: isize,
    b: *const f32,
    rsb: isize,
    csb: isize,
    c: *mut f32,
    rsc: isize,
    csc: isize,
) {
    let (a, b) = (MatRef::new(a, rsa, csa), MatRef::new(b, rsb, csb));
    // SAFETY: forwarded from this function's contract.
    unsafe { gemm(level, m, n, k, a, b, MatMut::new(c, rsc, csc)) }
}

/// C = A·B for `f64`; see [`sgemm`] for the arguments.
///
/// # Safety
/// As for [`sgemm`].
#[allow(clippy::too_many_arguments)]
pub unsafe fn dgemm(
    level: Level,
    m: usize,
    n: usize,
    k: usize,
    a: *const f64,
    rsa: isize,
    csa: isize,
    b: *const f64,
    rsb: isize,
    csb: isize,
    c: *mut f64,
    rsc: isize,
    csc: isize,
) {
    let (a, b) = (MatRef::new(a, rsa, csa), MatRef::new(b, rsb, csb));
    // SAFETY: forwarded from this function's contract.
    unsafe { gemm(level, m, n, k, a, b, MatMut::new(c, rsc, csc)) }
}

/// Generic entry: trivial cases, gemv, orientation, then the threaded BLIS driver.
///
/// # Safety
/// As for [`sgemm`].
unsafe fn gemm<T: Elem>(
    level: Level,
    m: usize,
    n: usize,
    k: usize,
    a: MatRef<T>,
    b: MatRef<T>,
    c: MatMut<T>,
) {
    if m == 0 || n == 0 {
        return;
    }
    let level = level.min(detect());
    if k == 0 {
        for j in 0..n {
            for i in 0..m {
                // SAFETY: (i, j) is inside C.
                unsafe { *c.at(i, j) = T::ZERO };
            }
        }
        return;
    }
    if n == 1 {
        // SAFETY: C is m×1 and B is k×1, so they are vectors.
        return unsafe { gemv::gemv(level, m, k, a, b.ptr, b.rs, c.ptr, c.rs) };
    }
    if m == 1 {
        // SAFETY: c^T = B^T a^T.
        return unsafe { gemv::gemv(level, n, k, b.t(), a.ptr, a.cs, c.ptr, c.cs) };
    }
    // The micro-kernel writes columns of C as vectors, so make C's row stride the unit one:
    // C^T = B^T A^T turns a row-major C into a column-major one.
    let swap = c.rs != 1 && (c.cs == 1 || c.cs.abs() < c.rs.abs());
    let (m, n, a, b, c) = if swap {
        (n, m, b.t(), a.t(), c.t())
    } else {
        (m, n, a, b, c)
    };
    let spec = T::spec(level);
    let threads = rayon::current_num_threads();
    if threads <= 1 || m * n * k < PAR_FMAS {
        // SAFETY: forwarded.
        return unsafe { driver::gemm_blocked(&spec, 1, m, n, k, a, b, c) };
    }
    if SHARE_B_PANELS && m * n * k >= SHARED_FMAS && m >= threads * spec.mc / 2 {
        // Large: the workers share each packed B panel and split the rows of C (two joins
        // per KC step).
        // SAFETY: forwarded.
        return unsafe { driver::gemm_blocked(&spec, threads, m, n, k, a, b, c) };
    }
    // Medium: each thread runs the whole loop nest on its own slab of C (one join; the
    // operand not split is packed by every thread). Splitting the longer side means the
    // operand packed twice is the smaller one.
    let split_n = n >= m;
    let (len, unit) = if split_n { (n, spec.nr) } else { (m, spec.mr) };
    let units = len.div_ceil(unit);
    let parts = threads.min(units);
    let per = units.div_ceil(parts) * unit;
    (0..parts).into_par_iter().for_each(|t| {
        let lo = t * per;
        let hi = len.min(lo + per);
        if lo >= hi {
            return;
        }
        // SAFETY: slabs [lo, hi) are disjoint parts of C, and A, B are only read.
        unsafe {
            if split_n {
                let (bs, cs) = (b.offset(0, lo), c.offset(0, lo));
                driver::gemm_blocked(&spec, 1, m, hi - lo, k, a, bs, cs);
            } else {
                let (as_, cs) = (a.offset(lo, 0), c.offset(lo, 0));
                driver::gemm_blocked(&spec, 1, hi - lo, n, k, as_, b, cs);
            }
        }
    });
}
