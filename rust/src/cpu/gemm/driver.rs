//! The five BLIS loops around the micro-kernel, run by one thread on one slab of C.

use super::mat::{MatMut, MatRef};
use super::{pack, Elem};
use rayon::prelude::*;
use std::cell::RefCell;

/// Micro-kernel: the MR×NR tile of C gets (`accumulate`: plus) the sum over `kc` rank-1
/// updates.
///
/// Column `p` of the A micro-panel is MR contiguous elements at `a + p * lda`. B(p, j) of
/// the packed B micro-panel is at `b + p * NR + j`, or with `b_lanes` at `b + j * KC + p`
/// (KC = the spec's `kc`). C element (i, j) is at `c + i + j * csc`.
pub(crate) type MicroFn<T> = unsafe fn(
    kc: usize,
    a: *const T,
    lda: isize,
    b: *const T,
    b_lanes: bool,
    c: *mut T,
    csc: isize,
    accumulate: bool,
);

/// Packs one full MR-lane A micro-panel from a source whose k direction is contiguous:
/// lane t, step p at `s + t * s_w + p` goes to `d + p * MR + t`.
///
/// # Safety
/// The `MR` source lines of `kc` elements are readable and `d` has room for `MR * kc`.
pub(crate) type TransposeFn<T> = unsafe fn(d: *mut T, s: *const T, kc: usize, s_w: isize);

/// A micro-kernel with its tile shape and cache blocking.
///
/// `kc` keeps a KC×NR panel of B in L1 while A micro-panels stream from L2; `mc` keeps the
/// MC×KC block of A in L2; `nc` bounds the packed B panel (L3).
#[derive(Clone, Copy)]
pub(crate) struct KernelSpec<T> {
    /// Tile rows (vector direction).
    pub mr: usize,
    /// Tile columns (broadcast direction).
    pub nr: usize,
    /// Depth of one packed block.
    pub kc: usize,
    /// Rows of the packed A block (upper bound; balanced per call).
    pub mc: usize,
    /// Columns of the packed B panel.
    pub nc: usize,
    /// The micro-kernel.
    pub micro: MicroFn<T>,
    /// A SIMD transpose for packing A with k contiguous, if the level has one.
    pub transpose: Option<TransposeFn<T>>,
}

/// A small A (columns contiguous) is read in place rather than packed.
const DIRECT_A_MAX: usize = 128 * 128;

/// 64-byte aligned storage unit for the packing buffers.
#[repr(C, align(64))]
#[derive(Clone, Copy)]
struct Line([u8; 64]);

thread_local! {
    /// Per-thread buffer for packed A blocks and the edge tile (kept between calls).
    static BUF_A: RefCell<Vec<Line>> = const { RefCell::new(Vec::new()) };
    /// Per-thread buffer for the packed B panel, shared by the workers of one call.
    static BUF_B: RefCell<Vec<Line>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with a 64-byte aligned scratch area of at least `len` elements of `T`.
fn with_buffer<T, R>(
    key: &'static std::thread::LocalKey<RefCell<Vec<Line>>>,
    len: usize,
    f: impl FnOnce(*mut T) -> R,
) -> R {
    let lines = (len * core::mem::size_of::<T>()).div_ceil(64);
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut v) => {
            if v.len() < lines {
                v.resize(lines, Line([0; 64]));
            }
            f(v.as_mut_ptr().cast())
        }
        // Re-entered (a nested call on this thread): use a fresh buffer.
        Err(_) => f(vec![Line([0; 64]); lines].as_mut_ptr().cast()),
    })
}

/// Rounds `x` up to a whole number of 64-byte lines of `T`.
fn lines_of<T>(x: usize) -> usize {
    let per = 64 / core::mem::size_of::<T>();
    x.div_ceil(per) * per
}

/// A buffer pointer shared by the workers of one call (they write disjoint parts).
#[derive(Clone, Copy)]
struct Shared<T>(*mut T);
// SAFETY: workers write disjoint panels, and reads follow the join that ends the writes.
unsafe impl<T> Send for Shared<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Shared<T> {}

impl<T> Shared<T> {
    fn get(self) -> *mut T {
        self.0
    }
}

/// Runs `f(0..parts)`, on rayon's pool when `parts > 1`.
fn run(parts: usize, f: impl Fn(usize) + Send + Sync) {
    if parts == 1 {
        f(0);
    } else {
        (0..parts).into_par_iter().for_each(f);
    }
}

/// C = A·B on `parts` workers that share each packed B panel and split the rows of C.
/// C's row stride should be 1 for full-speed stores; any other layout goes through a
/// scratch tile.
///
/// # Safety
/// As for [`super::sgemm`], with `m, n, k > 0`.
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn gemm_blocked<T: Elem>(
    s: &KernelSpec<T>,
    parts: usize,
    m: usize,
    n: usize,
    k: usize,
    a: MatRef<T>,
    b: MatRef<T>,
    c: MatMut<T>,
) {
    let (mr, nr) = (s.mr, s.nr);
    let kc = s.kc.min(k);
    let nc = s.nc.min(n.next_multiple_of(nr));
    let per = m.div_ceil(mr).div_ceil(parts) * mr;
    let parts = m.div_ceil(per);
    let mc = per.div_ceil(per.div_ceil(s.mc)).next_multiple_of(mr);
    let direct = a.rs == 1 && per * k <= DIRECT_A_MAX;
    // B with k contiguous is packed lane-major: a row copy instead of a transpose.
    let b_lanes = b.rs == 1 && b.cs != 1;
    let b_len = s.kc * nc.next_multiple_of(nr);
    let a_len = lines_of::<T>(kc * if direct { mr } else { mc });
    let t_len = mr * nr;
    with_buffer(&BUF_B, b_len, |bbuf: *mut T| {
        let bbuf = Shared(bbuf);
        for jc in (0..n).step_by(nc) {
            let ncb = nc.min(n - jc);
            let panels = ncb.div_ceil(nr);
            for pc in (0..k).step_by(kc) {
                let kcb = kc.min(k - pc);
                let b_panel = if b_lanes { s.kc } else { kcb } * nr;
                let pp = panels.div_ceil(parts);
                run(parts, |t| {
                    let j0 = (t * pp * nr).min(ncb);
                    let w = ((t + 1) * pp * nr).min(ncb) - j0;
                    let (src, dst) = (b.at(pc, jc + j0), bbuf.get().wrapping_add(t * pp * b_panel));
                    // SAFETY: the B block is inside B; worker t packs its own panels.
                    unsafe {
                        if b_lanes {
                            pack::pack_lanes(dst, src, kcb, w, nr, b.cs, s.kc);
                        } else {
                            pack::pack(dst, src, kcb, w, nr, b.cs, b.rs, None);
                        }
                    }
                });
                run(parts, |t| {
                    let (lo, hi) = (t * per, m.min((t + 1) * per));
                    with_buffer(&BUF_A, a_len + t_len, |abuf: *mut T| {
                        let tile = abuf.wrapping_add(a_len);
                        for ic in (lo..hi).step_by(mc) {
                            let mcb = mc.min(hi - ic);
                            let blk = Block {
                                kcb,
                                ncb,
                                mcb,
                                acc: pc > 0,
                                direct,
                                b_lanes,
                                b_panel,
                            };
                            let (ab, cb) = (a.offset(ic, pc), c.offset(ic, jc));
                            // SAFETY: A and C blocks are inside A and C, rows [lo, hi) of C
                            // belong to this worker, and the buffers fit.
                            unsafe { block(s, &blk, ab, bbuf.get(), abuf, tile, cb) };
                        }
                    });
                });
            }
        }
    });
}

/// Sizes of one MC×NC block of C at one KC step.
struct Block {
    kcb: usize,
    ncb: usize,
    mcb: usize,
    acc: bool,
    direct: bool,
    /// B packed lane-major (see [`MicroFn`]).
    b_lanes: bool,
    /// Elements per packed B micro-panel.
    b_panel: usize,
}

/// Loops 1 and 2 (over NR columns, then MR rows) for one block, packing A first.
///
/// # Safety
/// `a` is the mcb×kcb block of A, `c` the mcb×ncb block of C, `bbuf` the packed B panel,
/// `abuf` room for the packed A block, `tile` room for MR×NR elements.
unsafe fn block<T: Elem>(
    s: &KernelSpec<T>,
    blk: &Block,
    a: MatRef<T>,
    bbuf: *const T,
    abuf: *mut T,
    tile: *mut T,
    c: MatMut<T>,
) {
    let (mr, nr) = (s.mr, s.nr);
    let Block {
        kcb,
        ncb,
        mcb,
        acc,
        direct,
        b_lanes,
        b_panel,
    } = *blk;
    let full_m = mcb / mr * mr;
    // SAFETY: the packed regions fit the buffers by the caller's sizing.
    unsafe {
        if !direct {
            pack::pack(abuf, a.ptr, kcb, mcb, mr, a.rs, a.cs, s.transpose);
        } else if full_m < mcb {
            pack::pack(
                abuf,
                a.at(full_m, 0),
                kcb,
                mcb - full_m,
                mr,
                a.rs,
                a.cs,
                None,
            );
        }
    }
    for jr in (0..ncb).step_by(nr) {
        let nrb = nr.min(ncb - jr);
        // SAFETY: panel `jr / nr` of the packed B block.
        let bp = unsafe { bbuf.add(jr / nr * b_panel) };
        for ir in (0..mcb).step_by(mr) {
            let mrb = mr.min(mcb - ir);
            let (ap, lda) = if !direct {
                // SAFETY: panel `ir / mr` of the packed A block.
                (unsafe { abuf.add(ir * kcb) }.cast_const(), mr as isize)
            } else if mrb == mr {
                (a.at(ir, 0), a.cs)
            } else {
                (abuf.cast_const(), mr as isize)
            };
            let cp = c.at(ir, jr);
            // SAFETY: full tiles with unit row stride are inside C; others go through the
            // scratch tile and are copied element by element.
            unsafe {
                if mrb == mr && nrb == nr && c.rs == 1 {
                    (s.micro)(kcb, ap, lda, bp, b_lanes, cp, c.cs, acc);
                } else {
                    (s.micro)(kcb, ap, lda, bp, b_lanes, tile, mr as isize, false);
                    store_tile(tile, mr, MatMut::new(cp, c.rs, c.cs), mrb, nrb, acc);
                }
            }
        }
    }
}

/// Copies (or adds) the top-left `mrb`×`nrb` of a column-major scratch tile into C.
///
/// # Safety
/// `tile` holds `ld * nrb` elements and the `mrb`×`nrb` corner of `c` is writable.
unsafe fn store_tile<T: Elem>(
    tile: *const T,
    ld: usize,
    c: MatMut<T>,
    mrb: usize,
    nrb: usize,
    acc: bool,
) {
    for j in 0..nrb {
        for i in 0..mrb {
            // SAFETY: (i, j) is inside both the tile and the C corner.
            unsafe {
                let v = *tile.add(i + j * ld);
                let d = c.at(i, j);
                *d = if acc { *d + v } else { v };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpu::gemm::{detect, Level};

    #[test]
    fn shared_b_panels_give_the_same_result_as_one_worker() {
        let (m, n, k) = (700, 90, 410);
        let a: Vec<f32> = (0..m * k).map(|i| ((i * 7 % 13) as f32) - 6.0).collect();
        let b: Vec<f32> = (0..k * n).map(|i| ((i * 5 % 11) as f32) - 5.0).collect();
        for level in [Level::Scalar, detect()] {
            let spec = <f32 as Elem>::spec(level);
            let mut one = vec![0.0f32; m * n];
            let mut two = vec![1.0f32; m * n];
            let (av, bv) = (
                MatRef::new(a.as_ptr(), k as isize, 1),
                MatRef::new(b.as_ptr(), 1, k as isize),
            );
            // SAFETY: row-major A, B^T row-major, column-major C, all in bounds.
            unsafe {
                gemm_blocked(
                    &spec,
                    1,
                    m,
                    n,
                    k,
                    av,
                    bv,
                    MatMut::new(one.as_mut_ptr(), 1, m as isize),
                );
                gemm_blocked(
                    &spec,
                    2,
                    m,
                    n,
                    k,
                    av,
                    bv,
                    MatMut::new(two.as_mut_ptr(), 1, m as isize),
                );
            }
            // Small integers: both orders of summation are exact.
            assert_eq!(one, two, "{level:?}");
        }
    }
}
