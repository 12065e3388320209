//! Index kernels: advanced indexing (`x[idx]`, `index_put_`), `gather`/`scatter_`
//! and boolean masks, plus what they share: index validation, PyTorch's wording
//! for out-of-range indices, and the per-dtype reductions of `scatter_reduce`.
//!
//! NOTE: every index is checked against its dimension before any kernel uses it,
//! and writes start only after every check passed, so no value coming from Python
//! can make a kernel touch memory outside the tensors it was given.

pub mod advanced;
pub mod gather;
pub mod mask;

use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::layout::Layout;
use crate::strided::{Plan, PAR_THRESHOLD};
use crate::tensor::Tensor;
use half::f16;
use rayon::prelude::*;

/// How an op reports an out-of-range index, and whether it wraps negative ones.
///
/// PyTorch words the error differently per op (and even picks different
/// exception classes); each variant is one of those families.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oob {
    /// `x[idx]`, `index_put_`: IndexError naming the index tensor's position; wraps.
    Index,
    /// `index_fill_`: IndexError naming the dimension; wraps.
    Fill,
    /// `gather`, `scatter_`, `index_add_`: RuntimeError naming the dimension; no wrapping.
    Runtime,
    /// `index_select`: IndexError "index out of range in self"; no wrapping.
    SelfRange,
    /// `take`: IndexError naming the element count; wraps.
    Take,
    /// `index_copy_`: IndexError with the op's prefix; no wrapping.
    IndexCopy,
}

impl Oob {
    /// Look a style up by the op family name the Python layer passes.
    pub fn parse(name: &str) -> Result<Oob> {
        Ok(match name {
            "index" => Oob::Index,
            "index_fill" => Oob::Fill,
            "gather" | "index_add" => Oob::Runtime,
            "index_select" => Oob::SelfRange,
            "take" => Oob::Take,
            "index_copy" => Oob::IndexCopy,
            other => {
                return Err(Error::InvalidArgument(format!(
                    "unknown index error style '{other}'"
                )))
            }
        })
    }

    /// True when `-size <= i < 0` means `i + size`.
    pub fn wraps(self) -> bool {
        matches!(self, Oob::Index | Oob::Fill | Oob::Take)
    }

    /// The error for `index` outside a dimension of `size` elements; `ordinal` is
    /// the index tensor's position among the index tensors, `dim` the dimension.
    pub fn error(self, index: i64, ordinal: usize, dim: usize, size: usize) -> Error {
        match self {
            Oob::Index => Error::IndexOutOfRange {
                index,
                dim: ordinal,
                size,
            },
            Oob::Fill => Error::IndexOutOfRange { index, dim, size },
            Oob::Runtime => Error::Runtime(format!(
                "index {index} is out of bounds for dimension {dim} with size {size}"
            )),
            Oob::SelfRange => Error::Index("index out of range in self".into()),
            Oob::Take => Error::Index(format!(
                "out of range: tried to access index {index} on a tensor of {size} elements."
            )),
            Oob::IndexCopy => Error::Index(format!(
                "index_copy_(): index {index} is out of bounds for dimension {dim} with size {size}"
            )),
        }
    }
}

/// An index tensor (int64 or int32) as a contiguous int64 tensor. When `written`
/// shares its storage the values are copied, so a kernel never reads indices
/// through memory it is writing.
pub(crate) fn index_values(idx: &Tensor, written: Option<&Tensor>) -> Result<Tensor> {
    if !matches!(idx.dtype(), DType::I64 | DType::I32) {
        return Err(Error::Index(
            "tensors used as indices must be long, int, byte or bool tensors".into(),
        ));
    }
    let t = idx.to_dtype(DType::I64)?.contiguous()?;
    if written.is_some_and(|w| w.same_storage(&t)) {
        return t.deep_clone();
    }
    Ok(t)
}

/// The elements of a contiguous int64 tensor made by [`index_values`].
pub(crate) fn i64s(t: &Tensor) -> &[i64] {
    // SAFETY: `t` is contiguous int64; kernels never write index storage (it was
    // copied when it shared storage with the written tensor).
    unsafe { t.as_slice::<i64>() }.unwrap_or(&[])
}

/// Position of the first index outside `[-size, size)` (wrapping) or `[0, size)`.
pub(crate) fn first_bad(idx: &[i64], size: usize, wraps: bool) -> Option<usize> {
    let (lo, n) = bounds(size, wraps);
    let block = |(k, c): (usize, &[i64])| -> Option<usize> {
        if all_in(c, lo, n) {
            return None;
        }
        c.iter()
            .position(|&v| v < lo || v >= n)
            .map(|p| k * CHECK_BLOCK + p)
    };
    // The screen runs at memory speed; threads pay off only for very long indices.
    if idx.len() >= PAR_CHECK && rayon::current_num_threads() > 1 {
        idx.par_chunks(CHECK_BLOCK)
            .enumerate()
            .with_min_len(PAR_CHECK / CHECK_BLOCK / 4)
            .find_map_first(block)
    } else {
        idx.chunks(CHECK_BLOCK).enumerate().find_map(block)
    }
}

/// The valid index range `[lo, n)` of a dimension of `size` elements.
#[inline(always)]
pub(crate) fn bounds(size: usize, wraps: bool) -> (i64, i64) {
    let n = i64::try_from(size).unwrap_or(i64::MAX);
    (if wraps { -n } else { 0 }, n)
}

/// True when every index of `c` lies in `[lo, n)`. Branch-free: `v` is in range
/// exactly when `v - lo` and `n - 1 - v` are both non-negative, so OR-ing them over
/// the block (which vectorizes) has its sign bit set iff some index is out of range.
#[inline(always)]
pub(crate) fn all_in(c: &[i64], lo: i64, n: i64) -> bool {
    let top = n.wrapping_sub(1);
    c.iter().fold(0i64, |acc, &v| {
        acc | v.wrapping_sub(lo) | top.wrapping_sub(v)
    }) >= 0
}

/// Indices checked per block by [`first_bad`].
const CHECK_BLOCK: usize = 1024;

/// Indices from which [`first_bad`] screens on several threads.
const PAR_CHECK: usize = 1 << 20;

/// Check every index of `idx` against a dimension of `size` elements.
pub(crate) fn check_index(
    idx: &[i64],
    size: usize,
    oob: Oob,
    ordinal: usize,
    dim: usize,
) -> Result<()> {
    match first_bad(idx, size, oob.wraps()) {
        Some(p) => Err(oob.error(idx[p], ordinal, dim, size)),
        None => Ok(()),
    }
}

/// A checked index as a non-negative position (negative ones counted from the end).
#[inline(always)]
pub(crate) fn wrap(i: i64, size: isize) -> isize {
    // Checked indices lie in [-size, size), which fits isize; the sign mask adds
    // `size` to negative ones without a branch.
    let i = isize::try_from(i).unwrap_or(0);
    i + (size & (i >> (isize::BITS - 1)))
}

/// `usize` to `isize` for sizes of real tensors (which always fit).
#[inline(always)]
pub(crate) fn ix(v: usize) -> isize {
    isize::try_from(v).unwrap_or(isize::MAX)
}

/// True when no two elements of `layout` share a memory location. A sufficient
/// test: with dims sorted by stride, each stride steps past everything the
/// smaller dims reach. Kernels write from several threads only when it holds.
pub(crate) fn non_overlapping(layout: &Layout) -> bool {
    let mut dims: Vec<(usize, usize)> = layout
        .shape()
        .iter()
        .zip(layout.strides())
        .filter(|(&n, _)| n > 1)
        .map(|(&n, &s)| (n, s.unsigned_abs()))
        .collect();
    dims.sort_by_key(|d| d.1);
    let mut reach: usize = 0;
    for (n, s) in dims {
        if s <= reach {
            return false;
        }
        reach = reach.saturating_add(s.saturating_mul(n - 1));
    }
    true
}

/// Split `0..n` work units of `weight` elements each into ranges for parallel
/// tasks (a single range when the work is small).
pub(crate) fn ranges(n: usize, weight: usize) -> Vec<(usize, usize)> {
    let threads = rayon::current_num_threads();
    let total = n.saturating_mul(weight.max(1));
    let tasks = if total < PAR_THRESHOLD || threads < 2 {
        1
    } else {
        (threads * 4).min(n).min(total.div_ceil(PAR_THRESHOLD / 2))
    };
    let chunk = n.div_ceil(tasks.max(1)).max(1);
    (0..tasks)
        .map(|t| (t * chunk, ((t + 1) * chunk).min(n)))
        .filter(|(a, b)| a < b)
        .collect()
}

/// Run `f(start, end)` over the [`ranges`] of `0..n`, on the pool when there are several.
pub(crate) fn par_ranges(n: usize, weight: usize, f: impl Fn(usize, usize) + Sync + Send) {
    let r = ranges(n, weight);
    if let [(a, b)] = r.as_slice() {
        f(*a, *b);
    } else {
        r.into_par_iter().for_each(|(a, b)| f(a, b));
    }
}

/// Call `f(offsets, len)` on the pieces of rows covering row-major positions
/// `start..end` of `plan`, in order.
pub(crate) fn for_range<const N: usize>(
    plan: &Plan<N>,
    start: usize,
    end: usize,
    mut f: impl FnMut([isize; N], usize),
) {
    let inner = plan.inner;
    if inner == 0 {
        return;
    }
    let (mut row, mut col) = (start / inner, start % inner);
    let mut pos = start;
    while pos < end {
        let len = (inner - col).min(end - pos);
        let mut off = plan.row_offsets(row);
        for (o, s) in off.iter_mut().zip(plan.inner_strides) {
            *o += ix(col) * s;
        }
        f(off, len);
        pos += len;
        row += 1;
        col = 0;
    }
}

/// The arithmetic `index_put_(accumulate=True)` and `scatter_reduce` need, for
/// every dtype (float16 computes in f32; bool adds as "or" and multiplies as "and").
pub(crate) trait Accum: Element {
    /// Identity of `amax`.
    const LOWEST: Self;
    /// Identity of `amin`.
    const HIGHEST: Self;
    /// `a + b` (integers wrap).
    fn acc_add(self, o: Self) -> Self;
    /// `a * b` (integers wrap).
    fn acc_mul(self, o: Self) -> Self;
    /// Larger of two; NaN propagates.
    fn acc_max(self, o: Self) -> Self;
    /// Smaller of two; NaN propagates.
    fn acc_min(self, o: Self) -> Self;
    /// Mean of a sum over `n` values (integers round toward negative infinity).
    fn div_count(self, n: usize) -> Self;
}

macro_rules! int_accum {
    ($($t:ty),*) => {$(
        impl Accum for $t {
            const LOWEST: Self = <$t>::MIN;
            const HIGHEST: Self = <$t>::MAX;
            #[inline(always)] fn acc_add(self, o: Self) -> Self { self.wrapping_add(o) }
            #[inline(always)] fn acc_mul(self, o: Self) -> Self { self.wrapping_mul(o) }
            #[inline(always)] fn acc_max(self, o: Self) -> Self { if o > self { o } else { self } }
            #[inline(always)] fn acc_min(self, o: Self) -> Self { if o < self { o } else { self } }
            #[inline(always)] fn div_count(self, n: usize) -> Self {
                Self::from_i64(self.to_i64().div_euclid(i64::try_from(n).unwrap_or(i64::MAX).max(1)))
            }
        }
    )*};
}
int_accum!(i64, i32, i16, i8, u8);

macro_rules! float_accum {
    ($($t:ty),*) => {$(
        impl Accum for $t {
            const LOWEST: Self = <$t>::NEG_INFINITY;
            const HIGHEST: Self = <$t>::INFINITY;
            #[inline(always)] fn acc_add(self, o: Self) -> Self { self + o }
            #[inline(always)] fn acc_mul(self, o: Self) -> Self { self * o }
            #[inline(always)] fn acc_max(self, o: Self) -> Self {
                if self.is_nan() || o.is_nan() { <$t>::NAN } else if o > self { o } else { self }
            }
            #[inline(always)] fn acc_min(self, o: Self) -> Self {
                if self.is_nan() || o.is_nan() { <$t>::NAN } else if o < self { o } else { self }
            }
            #[inline(always)]
            #[allow(clippy::cast_precision_loss)]
            fn div_count(self, n: usize) -> Self { self / (n as $t) }
        }
    )*};
}
float_accum!(f64, f32);

impl Accum for f16 {
    const LOWEST: Self = f16::NEG_INFINITY;
    const HIGHEST: Self = f16::INFINITY;
    #[inline(always)]
    fn acc_add(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() + o.to_f32())
    }
    #[inline(always)]
    fn acc_mul(self, o: Self) -> Self {
        f16::from_f32(self.to_f32() * o.to_f32())
    }
    #[inline(always)]
    fn acc_max(self, o: Self) -> Self {
        f16::from_f32(self.to_f32().acc_max(o.to_f32()))
    }
    #[inline(always)]
    fn acc_min(self, o: Self) -> Self {
        f16::from_f32(self.to_f32().acc_min(o.to_f32()))
    }
    #[inline(always)]
    #[allow(clippy::cast_precision_loss)]
    fn div_count(self, n: usize) -> Self {
        f16::from_f32(self.to_f32() / n as f32)
    }
}

impl Accum for bool {
    const LOWEST: Self = false;
    const HIGHEST: Self = true;
    #[inline(always)]
    fn acc_add(self, o: Self) -> Self {
        self | o
    }
    #[inline(always)]
    fn acc_mul(self, o: Self) -> Self {
        self & o
    }
    #[inline(always)]
    fn acc_max(self, o: Self) -> Self {
        self | o
    }
    #[inline(always)]
    fn acc_min(self, o: Self) -> Self {
        self & o
    }
    #[inline(always)]
    fn div_count(self, _n: usize) -> Self {
        self
    }
}

/// Shape and strides with a zero-dim tensor seen as one element of one dim
/// (`gather`/`scatter_` treat scalars that way, as PyTorch does).
pub(crate) fn dims_at_least_1d(layout: &Layout) -> (Vec<usize>, Vec<isize>) {
    if layout.rank() == 0 {
        (vec![1], vec![0])
    } else {
        (layout.shape().to_vec(), layout.strides().to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_styles_accept_negative_indices() {
        assert_eq!(first_bad(&[0, -3, 2], 3, true), None);
        assert_eq!(first_bad(&[0, -3, 2], 3, false), Some(1));
        assert_eq!(first_bad(&[0, 3], 3, true), Some(1));
        assert_eq!(first_bad(&[-4], 3, true), Some(0));
        assert_eq!(first_bad(&[0], 0, true), Some(0));
    }

    #[test]
    fn first_bad_finds_the_earliest_in_parallel() {
        let mut v = vec![1i64; 3 << 20];
        v[3 << 19] = 9;
        v[70_001] = -9;
        assert_eq!(first_bad(&v, 5, true), Some(70_001));
    }

    #[test]
    fn errors_use_pytorch_wording() {
        let e = Oob::Index.error(5, 0, 2, 3).to_string();
        assert_eq!(e, "index 5 is out of bounds for dimension 0 with size 3");
        assert_eq!(
            Oob::SelfRange.error(5, 0, 0, 3).to_string(),
            "index out of range in self"
        );
        assert_eq!(
            Oob::Take.error(6, 0, 0, 6).to_string(),
            "out of range: tried to access index 6 on a tensor of 6 elements."
        );
    }

    #[test]
    fn expanded_and_as_strided_layouts_overlap() {
        assert!(non_overlapping(&Layout::contiguous(&[2, 3])));
        let t = Layout::new(vec![3, 2], vec![1, 3], 0).unwrap();
        assert!(non_overlapping(&t));
        let e = Layout::new(vec![3, 2], vec![0, 1], 0).unwrap();
        assert!(!non_overlapping(&e));
        let o = Layout::new(vec![3, 3], vec![1, 2], 0).unwrap();
        assert!(!non_overlapping(&o));
        let one = Layout::new(vec![1, 4], vec![0, 1], 0).unwrap();
        assert!(non_overlapping(&one));
    }

    #[test]
    fn integer_means_round_down() {
        assert_eq!((-1i64).div_count(2), -1);
        assert_eq!(7i32.div_count(2), 3);
        assert_eq!(7.0f32.div_count(2), 3.5);
    }

    #[test]
    fn ranges_cover_everything_once() {
        for n in [0, 1, 5, 40_000, 1_000_003] {
            let r = ranges(n, 1);
            let total: usize = r.iter().map(|(a, b)| b - a).sum();
            assert_eq!(total, n);
            assert!(r.windows(2).all(|w| w[0].1 == w[1].0));
        }
    }
}
