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
use crate::strided::PAR_THRESHOLD;
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
    /// The element of a key; exact for every element whose [`SortKey::exact`] holds.
    fn from_key(k: Self::K) -> Self;
    /// Whether `from_key(key(x))` gives `x` back (not for NaN payloads and `-0.0`).
    #[inline(always)]
    fn exact(self) -> bool {
        true
    }
}

impl SortKey for f32 {
    type K = u32;
    #[inline(always)]
    #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap)]
    fn key(self) -> u32 {
        // Branch-free (signs are random in real data): negatives flip every bit,
        // non-negatives only the sign bit. -0.0 + 0.0 is +0.0.
        let b = (self + 0.0).to_bits();
        let neg = ((b as i32) >> 31) as u32;
        let k = b ^ (neg | 0x8000_0000);
        if self.is_nan() {
            u32::MAX
        } else {
            k
        }
    }
    #[inline(always)]
    #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap)]
    fn from_key(k: u32) -> f32 {
        let pos = ((k as i32) >> 31) as u32;
        f32::from_bits(k ^ (!pos | 0x8000_0000))
    }
    #[inline(always)]
    fn exact(self) -> bool {
        !self.is_nan() && (self != 0.0 || self.is_sign_positive())
    }
}

impl SortKey for f64 {
    type K = u64;
    #[inline(always)]
    #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap)]
    fn key(self) -> u64 {
        let b = (self + 0.0).to_bits();
        let neg = ((b as i64) >> 63) as u64;
        let k = b ^ (neg | (1 << 63));
        if self.is_nan() {
            u64::MAX
        } else {
            k
        }
    }
    #[inline(always)]
    #[allow(clippy::cast_sign_loss, clippy::cast_possible_wrap)]
    fn from_key(k: u64) -> f64 {
        let pos = ((k as i64) >> 63) as u64;
        f64::from_bits(k ^ (!pos | (1 << 63)))
    }
    #[inline(always)]
    fn exact(self) -> bool {
        !self.is_nan() && (self != 0.0 || self.is_sign_positive())
    }
}

impl SortKey for i64 {
    type K = u64;
    #[inline(always)]
    #[allow(clippy::cast_sign_loss)]
    fn key(self) -> u64 {
        (self as u64) ^ (1 << 63)
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_wrap)]
    fn from_key(k: u64) -> i64 {
        (k ^ (1 << 63)) as i64
    }
}

impl SortKey for i32 {
    type K = u32;
    #[inline(always)]
    #[allow(clippy::cast_sign_loss)]
    fn key(self) -> u32 {
        (self as u32) ^ (1 << 31)
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_wrap)]
    fn from_key(k: u32) -> i32 {
        (k ^ (1 << 31)) as i32
    }
}

macro_rules! small_key {
    ($t:ty, $bias:expr) => {
        impl SortKey for $t {
            type K = u32;
            #[inline(always)]
            #[allow(clippy::cast_sign_loss)]
            fn key(self) -> u32 {
                // Biased into the low bits so the radix sort skips the constant digits.
                (i32::from(self) + $bias) as u32
            }
            #[inline(always)]
            #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)]
            fn from_key(k: u32) -> $t {
                (k as i32 - $bias) as $t
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
    #[inline(always)]
    fn from_key(k: u32) -> bool {
        k != 0
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
    if take == n && n >= LONG_LANE {
        let threads = rayon::current_num_threads();
        if l.count() < threads {
            for k in 0..l.count() {
                // SAFETY: forwarded contract; lane k of x and of the outputs.
                unsafe { sort_long_lane::<T>(px, pv, pi, l, k, flip, threads) };
            }
        } else {
            for_each_lane::<(), _>(l.count(), PAR_THRESHOLD, |k, _: &mut ()| {
                // SAFETY: forwarded contract; lanes are disjoint.
                unsafe { sort_long_lane::<T>(px, pv, pi, l, k, flip, 1) };
            });
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

/// Lanes at least this long sort by a most-significant-digit pass first (see
/// [`sort_long_lane`]); on several threads when there are fewer such lanes than threads.
const LONG_LANE: usize = 1 << 15;

/// Sort lane `k` (of length `l.n`) on `parts` threads. One counting pass over the input
/// and one scatter put (key, position) items into buckets of the top [`DIGIT`] key bits,
/// in input order; each bucket is then small enough to radix-sort in cache, and its
/// results are written straight to the outputs. Values come back from the keys when
/// that is exact (no NaN, no `-0.0` in the lane), else from the input.
unsafe fn sort_long_lane<T: SortKey>(
    px: SendPtr<T>,
    pv: SendPtr<T>,
    pi: SendPtr<i64>,
    l: Lanes,
    k: usize,
    flip: bool,
    parts: usize,
) {
    use rayon::prelude::*;
    let n = l.n;
    let base = l.base(k, n);
    let top = <T::K as RadixKey>::BITS - DIGIT;
    let key_at = |j: usize| -> T::K {
        // SAFETY: callers pass j < n, which keeps the read inside lane k of x.
        let key = unsafe { *px.add(base + j * l.inner) }.key();
        if flip {
            !key
        } else {
            key
        }
    };
    // NOTE: the histogram and scatter loops below are the hot ones; keys are computed
    // branch-free so random signs cost no mispredictions.
    let parts = parts.clamp(1, n.div_ceil(LONG_LANE / 2).max(1));
    let chunk = n.div_ceil(parts);
    let count = |c: usize| {
        // Four interleaved counters per bucket: runs of equal digits (common, since
        // float exponents cluster) would otherwise wait on one counter's last store.
        let mut h4 = vec![0u32; BUCKETS * 4];
        let mut exact = true;
        for j in c * chunk..((c + 1) * chunk).min(n) {
            // SAFETY: j < n (see key_at).
            let v = unsafe { *px.add(base + j * l.inner) };
            exact &= v.exact();
            let key = if flip { !v.key() } else { v.key() };
            h4[key.digit(top) * 4 + (j & 3)] += 1;
        }
        let h: Vec<usize> = h4
            .chunks_exact(4)
            .map(|q| q.iter().map(|&c| c as usize).sum())
            .collect();
        (h, exact)
    };
    let counts: Vec<(Vec<usize>, bool)> = if parts > 1 {
        (0..parts).into_par_iter().map(count).collect()
    } else {
        vec![count(0)]
    };
    let exact = counts.iter().all(|c| c.1);
    // Bucket starts, and each chunk's write position inside every bucket.
    let mut starts = vec![0usize; BUCKETS + 1];
    let mut offs: Vec<Vec<usize>> = vec![vec![0; BUCKETS]; parts];
    let mut s = 0usize;
    for b in 0..BUCKETS {
        starts[b] = s;
        for (c, (h, _)) in counts.iter().enumerate() {
            offs[c][b] = s;
            s += h[b];
        }
    }
    starts[BUCKETS] = n;
    let mut buf: Vec<Item<T::K>> = vec![(key_at(0), 0); n];
    let pb = SendPtr(buf.as_mut_ptr());
    let scatter = |(c, mut off): (usize, Vec<usize>)| {
        for j in c * chunk..((c + 1) * chunk).min(n) {
            let key = key_at(j);
            let d = key.digit(top);
            // SAFETY: the chunks' offsets partition [0, n); each slot is written once.
            unsafe { *pb.add(off[d]) = (key, u32::try_from(j).unwrap_or(0)) };
            off[d] += 1;
        }
    };
    if parts > 1 {
        offs.into_par_iter().enumerate().for_each(scatter);
    } else {
        offs.into_iter().enumerate().for_each(scatter);
    }
    // Buckets, grouped into tasks of similar size, are sorted and written out.
    let per_task = n.div_ceil(parts * 8).max(1);
    let mut tasks: Vec<(usize, usize)> = Vec::new();
    let mut b0 = 0;
    while b0 < BUCKETS {
        let mut b1 = b0 + 1;
        while b1 < BUCKETS && starts[b1] - starts[b0] < per_task {
            b1 += 1;
        }
        tasks.push((starts[b0], starts[b1]));
        b0 = b1;
    }
    let finish = |tmp: &mut Vec<Item<T::K>>, (lo, hi): (usize, usize)| {
        if lo == hi {
            return;
        }
        // SAFETY: tasks cover disjoint ranges of buf.
        let part = unsafe { std::slice::from_raw_parts_mut(pb.add(lo), hi - lo) };
        sort_items(part, tmp);
        for (j, &(key, src)) in part.iter().enumerate() {
            let e = base + (lo + j) * l.inner;
            // SAFETY: e lies in lane k of the outputs; src < n lies in lane k of x.
            unsafe {
                *pv.add(e) = if exact {
                    T::from_key(if flip { !key } else { key })
                } else {
                    *px.add(base + src as usize * l.inner)
                };
                *pi.add(e) = i64::from(src);
            }
        }
    };
    if parts > 1 {
        tasks.into_par_iter().for_each_init(Vec::new, finish);
    } else {
        let mut tmp = Vec::new();
        for t in tasks {
            finish(&mut tmp, t);
        }
    }
    drop(buf);
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
    fn long_lanes_on_several_threads_give_the_stable_order() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let v: Vec<f32> = (0..200_000).map(|i| ((i * 7919) % 1001) as f32).collect();
        let x = Tensor::from_vec(&v, &[v.len()]).unwrap();
        let (sv, si) = pool.install(|| sort(&x, 0, true).unwrap());
        let mut order: Vec<usize> = (0..v.len()).collect();
        order.sort_by(|&a, &b| v[b].partial_cmp(&v[a]).unwrap());
        let si = si.to_vec::<i64>().unwrap();
        assert!(si.iter().zip(&order).all(|(&a, &b)| a as usize == b));
        assert_eq!(sv.to_vec::<f32>().unwrap()[0], 1000.0);
        // With a NaN and a negative zero the values come from the input, not the keys.
        let mut w: Vec<f64> = (0..100_000)
            .map(|i| f64::from((i * 31) % 977) - 400.0)
            .collect();
        w[5] = f64::NAN;
        w[7] = -0.0;
        let y = Tensor::from_vec(&w, &[2, w.len() / 2]).unwrap();
        let (yv, yi) = pool.install(|| sort(&y, 1, false).unwrap());
        let (yv, yi) = (yv.to_vec::<f64>().unwrap(), yi.to_vec::<i64>().unwrap());
        let half = w.len() / 2;
        assert!(yv[half - 1].is_nan() && yi[half - 1] == 5);
        let z = yi.iter().position(|&i| i == 7).unwrap();
        assert!(yv[z] == 0.0 && yv[z].is_sign_negative());
        for r in 0..2 {
            let row = &yv[r * half..(r + 1) * half];
            assert!(row.windows(2).all(|p| p[0] <= p[1] || p[1].is_nan()));
        }
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
