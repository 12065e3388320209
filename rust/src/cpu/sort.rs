//! Sorting along one dim: order-preserving integer keys for every dtype, a stable
//! LSD radix sort of (key, index) pairs, and `sort`/`argsort`/`topk` on top.
//!
//! Keys make every comparison an integer comparison: floats map their bits so that
//! the unsigned order is the numeric one, `-0.0` shares `+0.0`'s key (PyTorch sorts
//! them as equal) and every NaN gets the largest key (NaN sorts last, as in PyTorch).
//! Descending order complements the keys, which keeps the sort stable.

use super::along::{dim_of, for_each_lane, Lanes};
use super::copy::SendPtr;
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::tensor::Tensor;

/// An unsigned key the radix sort can take apart digit by digit.
pub trait RadixKey: Copy + Ord + Send + Sync + std::ops::Not<Output = Self> {
    /// Width of the key in bits.
    const BITS: u32;
    /// The [`DIGIT`]-bit digit starting at bit `shift`.
    fn digit(self, shift: u32) -> usize;
}

/// Bits per radix pass: three passes cover a 32-bit key, six a 64-bit one.
pub const DIGIT: u32 = 11;
const BUCKETS: usize = 1 << DIGIT;

impl RadixKey for u32 {
    const BITS: u32 = 32;
    #[inline(always)]
    fn digit(self, shift: u32) -> usize {
        ((self >> shift) as usize) & (BUCKETS - 1)
    }
}

impl RadixKey for u64 {
    const BITS: u32 = 64;
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    fn digit(self, shift: u32) -> usize {
        ((self >> shift) as usize) & (BUCKETS - 1)
    }
}

/// An element type with an order-preserving key (every dtype but float16, which
/// sorts as float32).
pub trait SortKey: Element {
    /// The key type.
    type K: RadixKey;
    /// The key of one element.
    fn key(self) -> Self::K;
}

impl SortKey for f32 {
    type K = u32;
    #[inline(always)]
    fn key(self) -> u32 {
        if self.is_nan() {
            return u32::MAX;
        }
        let b = (self + 0.0).to_bits(); // -0.0 + 0.0 is +0.0
        if b >> 31 == 1 {
            !b
        } else {
            b | 0x8000_0000
        }
    }
}

impl SortKey for f64 {
    type K = u64;
    #[inline(always)]
    fn key(self) -> u64 {
        if self.is_nan() {
            return u64::MAX;
        }
        let b = (self + 0.0).to_bits();
        if b >> 63 == 1 {
            !b
        } else {
            b | (1 << 63)
        }
    }
}

impl SortKey for i64 {
    type K = u64;
    #[inline(always)]
    #[allow(clippy::cast_sign_loss)]
    fn key(self) -> u64 {
        (self as u64) ^ (1 << 63)
    }
}

impl SortKey for i32 {
    type K = u32;
    #[inline(always)]
    #[allow(clippy::cast_sign_loss)]
    fn key(self) -> u32 {
        (self as u32) ^ (1 << 31)
    }
}

macro_rules! small_key {
    ($t:ty, $bias:expr) => {
        impl SortKey for $t {
            type K = u32;
            #[inline(always)]
            #[allow(clippy::cast_sign_loss)]
            fn key(self) -> u32 {
                // Biased into the low bytes so the radix sort skips the constant ones.
                (i32::from(self) + $bias) as u32
            }
        }
    };
}
small_key!(i16, 32_768);
small_key!(i8, 128);
small_key!(u8, 0);

impl SortKey for bool {
    type K = u32;
    #[inline(always)]
    fn key(self) -> u32 {
        u32::from(self)
    }
}

/// A (key, position) pair; ordering pairs orders by key, then by position.
pub type Item<K> = (K, u32);

/// Below this many items a comparison sort beats the radix passes.
const RADIX_MIN: usize = 256;

/// Sort `items` stably by key (ties keep their order); `tmp` is scratch space. An LSD
/// radix sort, [`DIGIT`] bits per pass; passes in which every key has the same digit
/// are skipped (small integer types take one pass).
pub fn sort_items<K: RadixKey>(items: &mut [Item<K>], tmp: &mut Vec<Item<K>>) {
    let n = items.len();
    if n < RADIX_MIN {
        items.sort_by_key(|it| it.0);
        return;
    }
    let passes = K::BITS.div_ceil(DIGIT) as usize;
    let mut hist = vec![0u32; passes * BUCKETS];
    for it in items.iter() {
        for (p, h) in hist.chunks_exact_mut(BUCKETS).enumerate() {
            h[it.0.digit(p as u32 * DIGIT)] += 1;
        }
    }
    tmp.clear();
    tmp.resize(n, items[0]);
    let n32 = u32::try_from(n).unwrap_or(u32::MAX);
    let mut in_items = true;
    let mut off = vec![0usize; BUCKETS];
    for (p, h) in hist.chunks_exact(BUCKETS).enumerate() {
        if h.contains(&n32) {
            continue; // every key has the same digit here
        }
        let mut s = 0usize;
        for (o, &c) in off.iter_mut().zip(h) {
            *o = s;
            s += c as usize;
        }
        let shift = p as u32 * DIGIT;
        let (src, dst): (&[Item<K>], &mut [Item<K>]) =
            if in_items { (items, tmp) } else { (tmp, items) };
        for it in src {
            let d = it.0.digit(shift);
            dst[off[d]] = *it;
            off[d] += 1;
        }
        in_items = !in_items;
    }
    if !in_items {
        items.copy_from_slice(tmp);
    }
}

/// Merge two sorted runs into `out` (`a` first on equal items).
fn merge<T: Ord + Copy>(a: &[T], b: &[T], out: &mut [T]) {
    let (mut i, mut j) = (0, 0);
    for o in out.iter_mut() {
        if j >= b.len() || (i < a.len() && a[i] <= b[j]) {
            *o = a[i];
            i += 1;
        } else {
            *o = b[j];
            j += 1;
        }
    }
}

/// Sort one long run of items on `parts` threads: each chunk by radix, then rounds of
/// pairwise merges. Items are unique (positions differ), so the result equals the
/// stable sort.
fn par_sort_items<K: RadixKey>(items: &mut Vec<Item<K>>, tmp: &mut Vec<Item<K>>, parts: usize) {
    use rayon::prelude::*;
    let n = items.len();
    let chunk = n.div_ceil(parts.max(1)).max(1);
    items
        .par_chunks_mut(chunk)
        .for_each_init(Vec::new, |t, c| sort_items(c, t));
    tmp.clear();
    tmp.resize(n, items[0]);
    let mut width = chunk;
    let mut in_items = true;
    while width < n {
        let (src, dst): (&[Item<K>], &mut [Item<K>]) =
            if in_items { (items, tmp) } else { (tmp, items) };
        dst.par_chunks_mut(2 * width)
            .zip(src.par_chunks(2 * width))
            .for_each(|(d, s)| {
                let mid = width.min(s.len());
                merge(&s[..mid], &s[mid..], d);
            });
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        std::mem::swap(items, tmp);
    }
}

/// Fill `items` with the keys of lane `base, base + stride, ...` (complemented when `flip`).
///
/// # Safety
/// The `n` lane elements must be valid reads of `T`.
pub unsafe fn load_lane<T: SortKey>(
    items: &mut Vec<Item<T::K>>,
    x: *const T,
    base: usize,
    stride: usize,
    n: usize,
    flip: bool,
) {
    items.clear();
    items.reserve(n);
    for j in 0..n {
        // SAFETY: guaranteed by the caller.
        let k = unsafe { *x.add(base + j * stride) }.key();
        let j = u32::try_from(j).unwrap_or(u32::MAX);
        items.push((if flip { !k } else { k }, j));
    }
}

fn check_lane_len(n: usize, name: &str) -> Result<()> {
    if u32::try_from(n).is_err() {
        return Err(Error::Runtime(format!(
            "{name}(): the dimension is too long ({n} elements, at most 2^32 - 1 supported)"
        )));
    }
    Ok(())
}

/// A contiguous copy of `x` in the dtype its keys are taken in (float16 sorts as float32).
pub(crate) fn keyed_input(x: &Tensor) -> Result<Tensor> {
    if x.dtype() == DType::F16 {
        x.to_dtype(DType::F32)?.contiguous()
    } else {
        x.contiguous()
    }
}

/// Run a generic body with `$t` bound to the key-able type of a compute dtype.
macro_rules! with_key_type {
    ($dt:expr, $t:ident, $body:block) => {
        match $dt {
            DType::F64 => {
                type $t = f64;
                $body
            }
            DType::I64 => {
                type $t = i64;
                $body
            }
            DType::I32 => {
                type $t = i32;
                $body
            }
            DType::I16 => {
                type $t = i16;
                $body
            }
            DType::I8 => {
                type $t = i8;
                $body
            }
            DType::U8 => {
                type $t = u8;
                $body
            }
            DType::Bool => {
                type $t = bool;
                $body
            }
            _ => {
                type $t = f32;
                $body
            }
        }
    };
}
pub(crate) use with_key_type;

/// `sort(x, dim, descending)`: values and int64 indices; always stable, NaN last
/// (first when descending).
pub fn sort(x: &Tensor, dim: i64, descending: bool) -> Result<(Tensor, Tensor)> {
    let d = dim_of(x, dim)?;
    let l = Lanes::new(x.shape(), d);
    check_lane_len(l.n, "sort")?;
    let xc = keyed_input(x)?;
    let values = Tensor::uninit(x.shape(), xc.dtype())?;
    let indices = Tensor::uninit(x.shape(), DType::I64)?;
    with_key_type!(xc.dtype(), T, {
        // SAFETY: T is xc's and values' dtype; all three are contiguous with x's shape.
        unsafe { sort_typed::<T>(&xc, &values, &indices, l, l.n, descending) }
    });
    Ok((values.to_dtype(x.dtype())?, indices))
}

/// `topk(x, k, dim, largest)`: the `k` largest (or smallest) of each lane, in order.
pub fn topk(x: &Tensor, k: i64, dim: i64, largest: bool) -> Result<(Tensor, Tensor)> {
    let d = dim_of(x, dim)?;
    let l = Lanes::new(x.shape(), d);
    let kk = usize::try_from(k).ok().filter(|&k| k <= l.n);
    let Some(kk) = kk else {
        return Err(Error::Runtime("selected index k out of range".into()));
    };
    if x.dtype() == DType::Bool {
        return Err(Error::Unsupported(
            "topk does not support bool dtypes on CPU".into(),
        ));
    }
    check_lane_len(l.n, "topk")?;
    let mut oshape = x.shape().to_vec();
    if x.rank() > 0 {
        oshape[d] = kk;
    }
    let xc = keyed_input(x)?;
    let values = Tensor::uninit(&oshape, xc.dtype())?;
    let indices = Tensor::uninit(&oshape, DType::I64)?;
    if x.rank() == 0 {
        // A zero-dim tensor is its own top element for k = 0 and k = 1 alike.
        crate::cpu::copy::copy_into(&values, &xc)?;
        indices.fill(crate::dtype::Scalar::Int(0));
    } else {
        with_key_type!(xc.dtype(), T, {
            // SAFETY: T is xc's and values' dtype; outputs have `kk` elements per lane.
            unsafe { sort_typed::<T>(&xc, &values, &indices, l, kk, largest) }
        });
    }
    Ok((values.to_dtype(x.dtype())?, indices))
}

/// Sort every lane of `x` and write its first `take` entries into the lanes of the
/// outputs (whose dim has size `take`).
unsafe fn sort_typed<T: SortKey>(
    x: &Tensor,
    values: &Tensor,
    indices: &Tensor,
    l: Lanes,
    take: usize,
    flip: bool,
) {
    // SAFETY: contiguous tensors of T, T and i64 (the caller's contract).
    let (px, pv, pi) = unsafe {
        (
            SendPtr(x.ptr::<T>()),
            SendPtr(values.ptr::<T>()),
            SendPtr(indices.ptr::<i64>()),
        )
    };
    let n = l.n;
    if n == 0 || take == 0 {
        return;
    }
    let threads = rayon::current_num_threads();
    if take == n && n >= PAR_SORT && threads > 1 && l.count() < threads {
        for k in 0..l.count() {
            // SAFETY: forwarded contract; lane k of x and of the outputs.
            unsafe { sort_long_lane::<T>(px, pv, pi, l, k, flip, threads) };
        }
        return;
    }
    let cost = n * 8;
    for_each_lane::<(Vec<Item<T::K>>, Vec<Item<T::K>>), _>(l.count(), cost, |k, (items, tmp)| {
        let base = l.base(k, n);
        // SAFETY: the lane's n elements lie inside x.
        unsafe { load_lane::<T>(items, px.0, base, l.inner, n, flip) };
        if take < n {
            // Partial selection, then order the selected few (ties by position).
            items.select_nth_unstable(take - 1);
            items.truncate(take);
            items.sort_unstable();
        } else {
            sort_items(items, tmp);
        }
        let ob = l.base(k, take);
        for (j, &(_, src)) in items.iter().enumerate() {
            let e = ob + j * l.inner;
            // SAFETY: e lies in lane k of the outputs; src < n lies in lane k of x.
            unsafe {
                *pv.add(e) = *px.add(base + src as usize * l.inner);
                *pi.add(e) = i64::from(src);
            }
        }
    });
}

/// Lanes at least this long are sorted on several threads.
const PAR_SORT: usize = 1 << 16;

/// Sort lane `k` (of length `l.n`) on `threads` threads: keys loaded and results
/// written in parallel chunks, the items sorted by [`par_sort_items`].
unsafe fn sort_long_lane<T: SortKey>(
    px: SendPtr<T>,
    pv: SendPtr<T>,
    pi: SendPtr<i64>,
    l: Lanes,
    k: usize,
    flip: bool,
    threads: usize,
) {
    use rayon::prelude::*;
    let n = l.n;
    let base = l.base(k, n);
    let chunk = n.div_ceil(threads * 4).max(1);
    let mut items: Vec<Item<T::K>> = vec![(T::ZERO.key(), 0); n];
    items
        .par_chunks_mut(chunk)
        .enumerate()
        .for_each(|(c, part)| {
            for (j, it) in part.iter_mut().enumerate() {
                let g = c * chunk + j;
                // SAFETY: g < n, so the read stays inside lane k of x.
                let key = unsafe { *px.add(base + g * l.inner) }.key();
                *it = (if flip { !key } else { key }, u32::try_from(g).unwrap_or(0));
            }
        });
    par_sort_items(&mut items, &mut Vec::new(), threads);
    items.par_chunks(chunk).enumerate().for_each(|(c, part)| {
        for (j, &(_, src)) in part.iter().enumerate() {
            let e = base + (c * chunk + j) * l.inner;
            // SAFETY: e lies in lane k of the outputs; src < n lies in lane k of x.
            unsafe {
                *pv.add(e) = *px.add(base + src as usize * l.inner);
                *pi.add(e) = i64::from(src);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_keys_order_like_numbers_with_nan_last() {
        let xs = [
            f32::NEG_INFINITY,
            -2.5,
            -f32::MIN_POSITIVE,
            0.0,
            1e-40,
            1.0,
            f32::INFINITY,
            f32::NAN,
        ];
        for w in xs.windows(2) {
            assert!(w[0].key() < w[1].key(), "{} < {}", w[0], w[1]);
        }
        assert_eq!((-0.0f32).key(), 0.0f32.key());
        assert_eq!((-f64::NAN).key(), f64::NAN.key());
        assert!(i64::MIN.key() < (-1i64).key() && (-1i64).key() < 0i64.key());
        assert!((-128i8).key() < 127i8.key() && 127i8.key() < 256);
    }

    #[test]
    fn radix_sort_is_stable_and_matches_a_comparison_sort() {
        let mut s = 12_345u64;
        let mut items: Vec<Item<u32>> = (0..5000u32)
            .map(|i| {
                s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (((s >> 33) % 300) as u32, i)
            })
            .collect();
        let mut want = items.clone();
        want.sort_by_key(|it| it.0);
        sort_items(&mut items, &mut Vec::new());
        assert_eq!(items, want);
    }

    #[test]
    fn parallel_chunks_and_merges_give_the_stable_order() {
        let mut s = 99u64;
        let mut items: Vec<Item<u64>> = (0..100_003u32)
            .map(|i| {
                s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                ((s >> 20) % 5000, i)
            })
            .collect();
        let mut want = items.clone();
        want.sort_by_key(|it| it.0);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        pool.install(|| par_sort_items(&mut items, &mut Vec::new(), 3));
        assert_eq!(items, want);
        let v: Vec<f32> = (0..200_000).map(|i| ((i * 7919) % 1001) as f32).collect();
        let x = Tensor::from_vec(&v, &[v.len()]).unwrap();
        let (sv, si) = pool.install(|| sort(&x, 0, true).unwrap());
        let mut order: Vec<usize> = (0..v.len()).collect();
        order.sort_by(|&a, &b| v[b].partial_cmp(&v[a]).unwrap());
        let si = si.to_vec::<i64>().unwrap();
        assert!(si.iter().zip(&order).all(|(&a, &b)| a as usize == b));
        assert_eq!(sv.to_vec::<f32>().unwrap()[0], 1000.0);
    }

    #[test]
    fn sort_descending_puts_nan_first_and_keeps_ties_in_order() {
        let x = Tensor::from_vec(&[3.0f32, f32::NAN, 1.0, 3.0], &[4]).unwrap();
        let (v, i) = sort(&x, 0, true).unwrap();
        let v = v.to_vec::<f32>().unwrap();
        assert!(v[0].is_nan());
        assert_eq!(&v[1..], &[3.0, 3.0, 1.0]);
        assert_eq!(i.to_vec::<i64>().unwrap(), vec![1, 0, 3, 2]);
    }

    #[test]
    fn sort_along_an_outer_dim_and_topk() {
        let x = Tensor::from_vec(&[5i32, 1, 2, 4, 3, 6], &[3, 2]).unwrap();
        let (v, i) = sort(&x, 0, false).unwrap();
        assert_eq!(v.to_vec::<i32>().unwrap(), vec![2, 1, 3, 4, 5, 6]);
        assert_eq!(i.to_vec::<i64>().unwrap(), vec![1, 0, 2, 1, 0, 2]);
        let (v, i) = topk(&x, 2, 0, true).unwrap();
        assert_eq!(v.shape(), &[2, 2]);
        assert_eq!(v.to_vec::<i32>().unwrap(), vec![5, 6, 3, 4]);
        assert_eq!(i.to_vec::<i64>().unwrap(), vec![0, 2, 2, 1]);
        assert!(topk(&x, 4, 0, true).is_err());
    }
}
