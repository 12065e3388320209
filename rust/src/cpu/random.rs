//! Counter-based random numbers (Philox4x32-10) and the kernels that fill a
//! contiguous tensor with uniform, normal, integer, Bernoulli and exponential samples.
//!
//! A fill is keyed by a 64-bit seed and starts at a block offset: element `i` takes
//! lane `i % K` of the Philox block whose counter is `offset + i / K`, where `K` is
//! how many values one 128-bit block yields for that kernel (four 32-bit or two
//! 64-bit draws). Each element therefore depends only on `(seed, offset, i)`, so the
//! results are identical for any number of threads. Every kernel returns the number
//! of blocks it used; the caller (the Python `Generator`) adds it to its offset so
//! the next call draws fresh numbers.

use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::strided::PAR_THRESHOLD;
use crate::tensor::Tensor;
use half::f16;
use rayon::prelude::*;

mod philox;

pub use philox::{philox4x32, philox4x32_10, Stream};

/// Elements per parallel task; a multiple of every lane count `K`.
const CHUNK: usize = 1 << 12;

/// 2^32, the scale of a 32-bit draw.
const TWO_32: f64 = 4_294_967_296.0;

/// A draw in `[0, 1)` from the top 24 bits (every value exact in f32).
#[inline(always)]
#[allow(clippy::cast_precision_loss)]
fn unit_f32(x: u32) -> f32 {
    (x >> 8) as f32 * (1.0 / 16_777_216.0)
}

/// A draw in `[0, 1)` from the top 11 bits (every value exact in f16).
#[inline(always)]
#[allow(clippy::cast_precision_loss)]
fn unit_f16(x: u32) -> f32 {
    (x >> 21) as f32 * (1.0 / 2048.0)
}

/// A 64-bit draw from two words.
#[inline(always)]
fn word64(hi: u32, lo: u32) -> u64 {
    (u64::from(hi) << 32) | u64::from(lo)
}

/// A draw in `[0, 1)` from the top 53 bits of `hi:lo` (every value exact in f64).
#[inline(always)]
#[allow(clippy::cast_precision_loss)]
fn unit_f64(hi: u32, lo: u32) -> f64 {
    (word64(hi, lo) >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
}

/// Number of blocks a fill of `n` elements with `k` lanes uses.
fn blocks(n: usize, k: usize) -> u64 {
    u64::try_from(n.div_ceil(k)).unwrap_or(u64::MAX)
}

/// Fill `out` with `K` values per block: `gen(i, block)` returns elements `i..i + K`
/// (values past the end are dropped). Large outputs run on the rayon pool; the
/// split never changes which block an element reads.
fn fill_blocks<T: Send, const K: usize>(
    out: &mut [T],
    s: Stream,
    gen: impl Fn(usize, [u32; 4]) -> [T; K] + Sync,
) -> u64 {
    let task = |(c, chunk): (usize, &mut [T])| {
        let first = c * CHUNK;
        let mut buf = [[0u32; 4]; CHUNK / 2];
        let blocks = &mut buf[..chunk.len().div_ceil(K)];
        s.blocks_into((first / K) as u64, blocks);
        for (j, (lanes, &block)) in chunk.chunks_mut(K).zip(blocks.iter()).enumerate() {
            for (o, v) in lanes.iter_mut().zip(gen(first + j * K, block)) {
                *o = v;
            }
        }
    };
    if out.len() >= PAR_THRESHOLD {
        out.par_chunks_mut(CHUNK).enumerate().for_each(task);
    } else {
        out.chunks_mut(CHUNK).enumerate().for_each(task);
    }
    blocks(out.len(), K)
}

/// Run `f` over `out`'s elements as a mutable slice of `T`, counting the write in
/// the storage's version.
fn with_slice<T: Element, R>(out: &Tensor, f: impl FnOnce(&mut [T]) -> R) -> Result<R> {
    if T::DTYPE != out.dtype() {
        return Err(Error::Runtime(format!(
            "random kernel for {} called on a {} tensor",
            T::DTYPE.name(),
            out.dtype().name()
        )));
    }
    if !out.layout().is_contiguous() {
        return Err(Error::Runtime(
            "random kernels fill contiguous tensors only; fill a contiguous tensor and copy_ it"
                .into(),
        ));
    }
    out.storage().bump_version();
    let n = out.numel();
    if n == 0 {
        return Ok(f(&mut []));
    }
    // SAFETY: `T` is the storage's element type (checked above), and a contiguous layout
    // of `n > 0` elements lies inside the storage from the layout's offset (checked when
    // the layout was set). Concurrent access from another thread is the caller's race,
    // as for every in-place kernel (see `storage.rs`).
    let slice = unsafe { std::slice::from_raw_parts_mut(out.ptr::<T>(), n) };
    Ok(f(slice))
}

// ---- argument checks, worded as PyTorch's ----

/// A double as C++ streams print it by default (`%g`: six significant digits).
pub fn cpp_g(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.into();
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = format!("{v:.5e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", strip_zeros(mant), exp.abs())
    } else {
        let decimals = usize::try_from(5 - exp).unwrap_or(0);
        strip_zeros(&format!("{v:.decimals$}")).to_string()
    }
}

fn strip_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// The C++ type name PyTorch's range checks print.
fn ctype(dt: DType) -> &'static str {
    match dt {
        DType::F64 => "double",
        DType::F32 => "float",
        DType::F16 => "c10::Half",
        DType::I64 => "long int",
        DType::I32 => "int",
        DType::I16 => "short int",
        DType::I8 => "signed char",
        DType::U8 => "unsigned char",
        DType::Bool => "bool",
    }
}

/// The largest finite value of a float dtype.
fn float_max(dt: DType) -> f64 {
    match dt {
        DType::F16 => 65504.0,
        DType::F32 => f64::from(f32::MAX),
        _ => f64::MAX,
    }
}

/// `[min, max]` of an integral dtype; for floats, the integers they hold exactly
/// (`±2^digits`), the default top of `random_`.
fn int_bounds(dt: DType) -> (i64, i64) {
    match dt {
        DType::F64 => (-(1 << 53), 1 << 53),
        DType::F32 => (-(1 << 24), 1 << 24),
        DType::F16 => (-(1 << 11), 1 << 11),
        DType::I64 => (i64::MIN, i64::MAX),
        DType::I32 => (i32::MIN.into(), i32::MAX.into()),
        DType::I16 => (i16::MIN.into(), i16::MAX.into()),
        DType::I8 => (i8::MIN.into(), i8::MAX.into()),
        DType::U8 => (0, 255),
        DType::Bool => (0, 1),
    }
}

fn not_implemented(op: &str, dt: DType) -> Error {
    Error::NotImplemented {
        op: op.into(),
        dtype: dt.scalar_type_name(),
    }
}

/// PyTorch's `check_uniform_bounds`.
fn check_uniform_bounds(dt: DType, low: f64, high: f64) -> Result<()> {
    if !dt.is_float() {
        return Err(not_implemented("check_uniform_bounds", dt));
    }
    let max = float_max(dt);
    let inside = |v: f64| (-max..=max).contains(&v);
    crate::ensure!(inside(low), "from is out of bounds for {}", ctype(dt));
    crate::ensure!(inside(high), "to is out of bounds for {}", ctype(dt));
    if low > high {
        crate::bail!(
            "uniform_ expects to return a [from, to) range, but found from={} > to={}",
            cpp_g(low),
            cpp_g(high)
        );
    }
    if high - low > max {
        crate::bail!(
            "uniform_ expects to-from <= std::numeric_limits<{}>::max(), but found to={} and \
         from={} which result in to-from to exceed the limit",
            dt.scalar_type_name(),
            cpp_g(high),
            cpp_g(low)
        );
    }
    Ok(())
}

/// PyTorch's `check_from_to_in_range` (errors only: the float precision warning is
/// raised by the Python layer).
fn check_int_in_range(dt: DType, v: i64, what: &str) -> Result<()> {
    #[allow(clippy::cast_precision_loss)]
    let ok = if dt.is_float() {
        (-float_max(dt)..=float_max(dt)).contains(&(v as f64))
    } else {
        let (lo, hi) = int_bounds(dt);
        (lo..=hi).contains(&v)
    };
    crate::ensure!(ok, "{what} is out of bounds for {}", ctype(dt));
    Ok(())
}

// ---- kernels ----

/// Largest f16 below `x` (for finite, non-NaN `x`).
fn f16_next_down(x: f16) -> f16 {
    let b = x.to_bits();
    if b & 0x7fff == 0 {
        f16::from_bits(0x8001)
    } else if b & 0x8000 == 0 {
        f16::from_bits(b - 1)
    } else {
        f16::from_bits(b + 1)
    }
}

/// `uniform_(low, high)`: fill a float tensor with draws from `[low, high)`.
///
/// Returns the Philox blocks used.
pub fn uniform(out: &Tensor, low: f64, high: f64, seed: u64, offset: u64) -> Result<u64> {
    let dt = out.dtype();
    check_uniform_bounds(dt, low, high)?;
    let s = Stream::new(seed, offset);
    match dt {
        DType::F64 => {
            let span = high - low;
            // NOTE: rounding can land a draw on `high`; it is moved just below, so the
            // interval stays half-open as documented.
            let at = move |u: f64| {
                let v = low + u * span;
                if v >= high && high > low {
                    high.next_down()
                } else {
                    v
                }
            };
            with_slice::<f64, _>(out, |o| {
                fill_blocks::<_, 2>(o, s, |_, b| {
                    [at(unit_f64(b[0], b[1])), at(unit_f64(b[2], b[3]))]
                })
            })
        }
        DType::F32 => {
            #[allow(clippy::cast_possible_truncation)]
            let (lo, hi) = (low as f32, high as f32);
            let at = move |u: f32| {
                let v = lo + u * (hi - lo);
                if v >= hi && hi > lo {
                    hi.next_down()
                } else {
                    v
                }
            };
            with_slice::<f32, _>(out, |o| {
                fill_blocks::<_, 4>(o, s, |_, b| b.map(|x| at(unit_f32(x))))
            })
        }
        _ => {
            let (lo, hi) = (f16::from_f64(low), f16::from_f64(high));
            let (lo32, hi32) = (lo.to_f32(), hi.to_f32());
            let at = move |u: f32| {
                let v = f16::from_f32(lo32 + u * (hi32 - lo32));
                if v >= hi && hi > lo {
                    f16_next_down(hi)
                } else {
                    v
                }
            };
            with_slice::<f16, _>(out, |o| {
                fill_blocks::<_, 4>(o, s, |_, b| b.map(|x| at(unit_f16(x))))
            })
        }
    }
}

/// Two standard normal draws from two 32-bit words (Box-Muller, in f32).
#[inline(always)]
fn box_muller_f32(a: u32, b: u32) -> (f32, f32) {
    let u1 = 1.0 - unit_f32(a); // (0, 1], so the log is finite
    let r = (-2.0 * u1.ln()).sqrt();
    let (sin, cos) = (std::f32::consts::TAU * unit_f32(b)).sin_cos();
    (r * cos, r * sin)
}

/// Two standard normal draws from a whole block (Box-Muller on 53-bit uniforms).
#[inline(always)]
fn box_muller_f64(b: [u32; 4]) -> (f64, f64) {
    let u1 = 1.0 - unit_f64(b[0], b[1]);
    let r = (-2.0 * u1.ln()).sqrt();
    let (sin, cos) = (std::f64::consts::TAU * unit_f64(b[2], b[3])).sin_cos();
    (r * cos, r * sin)
}

/// `normal_(mean, std)`: fill a float tensor with normal draws (Box-Muller).
///
/// Returns the Philox blocks used.
pub fn normal(out: &Tensor, mean: f64, std: f64, seed: u64, offset: u64) -> Result<u64> {
    let dt = out.dtype();
    if !dt.is_float() {
        return Err(not_implemented("normal_kernel_cpu", dt));
    }
    if std.is_nan() || std < 0.0 {
        crate::bail!("normal expects std >= 0.0, but found std {}", cpp_g(std));
    }
    let s = Stream::new(seed, offset);
    #[allow(clippy::cast_possible_truncation)]
    let (m32, s32) = (mean as f32, std as f32);
    let four = move |b: [u32; 4]| {
        let (z0, z1) = box_muller_f32(b[0], b[1]);
        let (z2, z3) = box_muller_f32(b[2], b[3]);
        [z0, z1, z2, z3].map(|z| m32 + s32 * z)
    };
    match dt {
        DType::F64 => with_slice::<f64, _>(out, |o| {
            fill_blocks::<_, 2>(o, s, |_, b| {
                let (z0, z1) = box_muller_f64(b);
                [mean + std * z0, mean + std * z1]
            })
        }),
        DType::F32 => with_slice::<f32, _>(out, |o| fill_blocks::<_, 4>(o, s, |_, b| four(b))),
        _ => with_slice::<f16, _>(out, |o| {
            fill_blocks::<_, 4>(o, s, |_, b| four(b).map(f16::from_f32))
        }),
    }
}

/// `random_(from, to)`: fill with integers uniform in `[from, to)`, or in
/// `[from, top]` when `to` is None, where `top` is the dtype's largest value (for
/// floats, `2^digits`, the largest integer below which all are exact). Any dtype.
///
/// Ranges up to 2^16 use one 32-bit word per element, larger ones a 64-bit draw;
/// both map the draw onto the range by a multiply-shift, whose bias is below
/// `range / 2^32` (or `/ 2^64`) relative.
///
/// Returns the Philox blocks used.
pub fn random(out: &Tensor, from: i64, to: Option<i64>, seed: u64, offset: u64) -> Result<u64> {
    let dt = out.dtype();
    // `range` counts the values; 0 stands for 2^64 (the whole int64 range).
    let range: u64 = match to {
        Some(to) => {
            crate::ensure!(
                from < to,
                "random_ expects 'from' to be less than 'to', but got from={from} >= to={to}"
            );
            check_int_in_range(dt, from, "from")?;
            check_int_in_range(dt, to - 1, "to - 1")?;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let r = (i128::from(to) - i128::from(from)) as u64;
            r
        }
        None => {
            let top = int_bounds(dt).1;
            if dt.is_float() {
                crate::ensure!(
                    from < top,
                    "random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' \
                     casted to dtype, but got from={from} > to_inc={top}"
                );
            }
            check_int_in_range(dt, from, "from")?;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let r = (i128::from(top) - i128::from(from) + 1) as u64;
            r
        }
    };
    let s = Stream::new(seed, offset);
    #[allow(clippy::cast_possible_wrap)]
    let value = move |r: u64| from.wrapping_add(r as i64);
    crate::with_dtype!(dt, T, {
        with_slice::<T, _>(out, |o| {
            if range != 0 && range <= 1 << 16 {
                #[allow(clippy::cast_possible_truncation)]
                fill_blocks::<_, 4>(o, s, |_, b| {
                    b.map(|x| T::from_i64(value((u64::from(x) * range) >> 32)))
                })
            } else {
                let pick = move |x: u64| {
                    if range == 0 {
                        x
                    } else {
                        #[allow(clippy::cast_possible_truncation)]
                        let r = ((u128::from(x) * u128::from(range)) >> 64) as u64;
                        r
                    }
                };
                fill_blocks::<_, 2>(o, s, |_, b| {
                    [
                        T::from_i64(value(pick(word64(b[0], b[1])))),
                        T::from_i64(value(pick(word64(b[2], b[3])))),
                    ]
                })
            }
        })
    })
}

/// `bernoulli_(p)`: fill any dtype with 1 with probability `p`, else 0.
///
/// Returns the Philox blocks used.
pub fn bernoulli(out: &Tensor, p: f64, seed: u64, offset: u64) -> Result<u64> {
    crate::ensure!(
        (0.0..=1.0).contains(&p),
        "bernoulli_ expects p to be in [0, 1], but got p={}",
        cpp_g(p)
    );
    let s = Stream::new(seed, offset);
    // A 32-bit draw x is a success when x < p * 2^32: exact at p = 0 and p = 1.
    let threshold = p * TWO_32;
    crate::with_dtype!(out.dtype(), T, {
        with_slice::<T, _>(out, |o| {
            fill_blocks::<_, 4>(o, s, |_, b| {
                b.map(|x| T::from_i64(i64::from(f64::from(x) < threshold)))
            })
        })
    })
}

/// `bernoulli_(p)` with a probability per element: `p` is a float tensor of `out`'s
/// shape (any layout), each value in `[0, 1]`.
///
/// Returns the Philox blocks used.
pub fn bernoulli_tensor(out: &Tensor, p: &Tensor, seed: u64, offset: u64) -> Result<u64> {
    if !p.dtype().is_float() {
        return Err(not_implemented("bernoulli_tensor_cpu_p_", p.dtype()));
    }
    crate::ensure!(
        p.shape() == out.shape(),
        "bernoulli_: probability shape [{}] does not match the output shape [{}]",
        crate::shape::join(p.shape()),
        crate::shape::join(out.shape())
    );
    let probs = p.to_vec::<f64>()?;
    crate::ensure!(
        probs.iter().all(|q| (0.0..=1.0).contains(q)),
        "Expected p_in >= 0 && p_in <= 1 to be true, but got false."
    );
    let s = Stream::new(seed, offset);
    let probs = &probs;
    crate::with_dtype!(out.dtype(), T, {
        with_slice::<T, _>(out, |o| {
            fill_blocks::<_, 4>(o, s, |i, b| {
                let mut vals = [T::ZERO; 4];
                for (lane, (v, x)) in vals.iter_mut().zip(b).enumerate() {
                    let q = probs.get(i + lane).copied().unwrap_or(0.0);
                    *v = T::from_i64(i64::from(f64::from(x) < q * TWO_32));
                }
                vals
            })
        })
    })
}

/// `exponential_(lambd)`: fill a float tensor with draws of density
/// `lambd * exp(-lambd * x)`, by inversion: `-ln(1 - u) / lambd`.
///
/// Returns the Philox blocks used.
pub fn exponential(out: &Tensor, lambd: f64, seed: u64, offset: u64) -> Result<u64> {
    let dt = out.dtype();
    crate::ensure!(
        dt.is_float(),
        "Exponential distribution is a continuous probability distribution. dtype must be a \
         floating point but you specified {}",
        dt.scalar_type_name()
    );
    if lambd.is_nan() || lambd <= 0.0 {
        crate::bail!(
            "exponential_ expects lambda > 0.0, but found lambda={}",
            cpp_g(lambd)
        );
    }
    let s = Stream::new(seed, offset);
    // `0.0 - ln_1p(-u)` is +0.0 at u = 0 (never -0.0) and accurate for small u.
    let at = move |u: f64| (0.0 - (-u).ln_1p()) / lambd;
    match dt {
        DType::F64 => with_slice::<f64, _>(out, |o| {
            fill_blocks::<_, 2>(o, s, |_, b| {
                [at(unit_f64(b[0], b[1])), at(unit_f64(b[2], b[3]))]
            })
        }),
        #[allow(clippy::cast_possible_truncation)]
        DType::F32 => with_slice::<f32, _>(out, |o| {
            fill_blocks::<_, 4>(o, s, |_, b| b.map(|x| at(f64::from(unit_f32(x))) as f32))
        }),
        _ => with_slice::<f16, _>(out, |o| {
            fill_blocks::<_, 4>(o, s, |_, b| {
                b.map(|x| f16::from_f64(at(f64::from(unit_f32(x)))))
            })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh(n: usize, dt: DType) -> Tensor {
        Tensor::zeros(&[n], dt).unwrap()
    }

    #[test]
    fn cpp_g_prints_like_a_cpp_stream() {
        assert_eq!(cpp_g(1.5), "1.5");
        assert_eq!(cpp_g(-1.0), "-1");
        assert_eq!(cpp_g(2.0), "2");
        assert_eq!(cpp_g(3e38), "3e+38");
        assert_eq!(cpp_g(1e-7), "1e-07");
        assert_eq!(cpp_g(1_234_567.0), "1.23457e+06");
        assert_eq!(cpp_g(0.0001), "0.0001");
        assert_eq!(cpp_g(f64::NAN), "nan");
        assert_eq!(cpp_g(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn random_stays_inside_each_dtypes_range() {
        for dt in DType::ALL {
            let (lo, hi) = int_bounds(dt);
            let t = fresh(20_000, dt);
            random(&t, 0, None, 4, 0).unwrap();
            let v = t.to_vec::<f64>().unwrap();
            #[allow(clippy::cast_precision_loss)]
            let top = hi as f64;
            assert!(v.iter().all(|&x| (0.0..=top).contains(&x)), "{dt:?}");
            if dt.is_integral() {
                let t = fresh(20_000, dt);
                let to = if hi == i64::MAX { None } else { Some(hi + 1) };
                random(&t, lo, to, 4, 0).unwrap();
                assert!(t
                    .to_vec::<i64>()
                    .unwrap()
                    .iter()
                    .all(|x| (lo..=hi).contains(x)));
            }
        }
    }
}
