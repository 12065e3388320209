//! Runtime SIMD selection: the one place that asks the CPU what it supports.
//!
//! Kernels are written once as generic `#[inline(always)]` loops; the
//! [`multiversion!`](crate::multiversion) macro compiles each loop again under
//! `#[target_feature]` for AVX-512 and AVX2+FMA, and picks one per call from
//! [`level`]. `FT_CPU=scalar` (or `avx2`, `avx512`) forces a level; the scalar
//! level is the reference every other level is tested against. On aarch64 NEON
//! is part of the baseline, so the baseline build is the NEON path.

pub mod math;

use std::sync::atomic::{AtomicU8, Ordering};

/// An instruction-set level the kernels are compiled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Baseline code generation (SSE2 on x86-64, NEON on aarch64).
    Scalar,
    /// AVX2 + FMA + F16C.
    Avx2,
    /// AVX-512 F/BW/VL on top of AVX2.
    Avx512,
}

impl Level {
    /// Lower-case name, as accepted by `FT_CPU`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Scalar => "scalar",
            Level::Avx2 => "avx2",
            Level::Avx512 => "avx512",
        }
    }
}

static LEVEL: AtomicU8 = AtomicU8::new(u8::MAX);

fn detect() -> Level {
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("avx512f")
            && std::is_x86_feature_detected!("avx512bw")
            && std::is_x86_feature_detected!("avx512vl")
            && std::is_x86_feature_detected!("avx2")
            && std::is_x86_feature_detected!("fma")
            && std::is_x86_feature_detected!("f16c")
        {
            return Level::Avx512;
        }
        if std::is_x86_feature_detected!("avx2")
            && std::is_x86_feature_detected!("fma")
            && std::is_x86_feature_detected!("f16c")
        {
            return Level::Avx2;
        }
    }
    Level::Scalar
}

/// The best level this CPU supports (ignores `FT_CPU`).
pub fn detected() -> Level {
    detect()
}

/// The level kernels use: detected once, lowered by `FT_CPU` or [`set_level`].
pub fn level() -> Level {
    match LEVEL.load(Ordering::Relaxed) {
        0 => Level::Scalar,
        1 => Level::Avx2,
        2 => Level::Avx512,
        _ => {
            let best = detect();
            let chosen = match std::env::var("FT_CPU").ok().as_deref() {
                Some("scalar") => Level::Scalar,
                Some("avx2") if best != Level::Scalar => Level::Avx2,
                _ => best,
            };
            store(chosen);
            chosen
        }
    }
}

fn store(l: Level) {
    LEVEL.store(
        match l {
            Level::Scalar => 0,
            Level::Avx2 => 1,
            Level::Avx512 => 2,
        },
        Ordering::Relaxed,
    );
}

/// Force a level (clamped to what the CPU supports); used by tests and benches.
pub fn set_level(l: Level) -> Level {
    let best = detect();
    let chosen = match (l, best) {
        (Level::Avx512, Level::Avx512) => Level::Avx512,
        (Level::Avx512 | Level::Avx2, Level::Avx512 | Level::Avx2) => Level::Avx2,
        _ => Level::Scalar,
    };
    store(chosen);
    chosen
}

/// Define an `unsafe fn` whose generic body is compiled once per SIMD level and
/// dispatched on [`level`]. Each generic parameter takes exactly one bound.
#[macro_export]
macro_rules! multiversion {
    (
        $(#[$meta:meta])*
        $vis:vis unsafe fn $name:ident<$($g:ident: $bound:path),* $(,)?>
        ($($arg:ident: $ty:ty),* $(,)?) $(-> $ret:ty)? $body:block
    ) => {
        $(#[$meta])*
        ///
        /// # Safety
        /// Every pointer must be valid for the element counts passed, as the body reads them.
        $vis unsafe fn $name<$($g: $bound),*>($($arg: $ty),*) $(-> $ret)? {
            #[inline(always)]
            #[allow(clippy::too_many_arguments)]
            unsafe fn body<$($g: $bound),*>($($arg: $ty),*) $(-> $ret)? $body

            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx2,fma,f16c")]
            #[allow(clippy::too_many_arguments)]
            unsafe fn v512<$($g: $bound),*>($($arg: $ty),*) $(-> $ret)? {
                // SAFETY: same contract as the outer function.
                unsafe { body::<$($g),*>($($arg),*) }
            }

            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx2,fma,f16c")]
            #[allow(clippy::too_many_arguments)]
            unsafe fn v256<$($g: $bound),*>($($arg: $ty),*) $(-> $ret)? {
                // SAFETY: same contract as the outer function.
                unsafe { body::<$($g),*>($($arg),*) }
            }

            match $crate::cpu::simd::level() {
                #[cfg(target_arch = "x86_64")]
                // SAFETY: `level()` only reports AVX-512 when the CPU has it.
                $crate::cpu::simd::Level::Avx512 => unsafe { v512::<$($g),*>($($arg),*) },
                #[cfg(target_arch = "x86_64")]
                // SAFETY: `level()` only reports AVX2 when the CPU has it.
                $crate::cpu::simd::Level::Avx2 => unsafe { v256::<$($g),*>($($arg),*) },
                // SAFETY: baseline code, same contract as the outer function.
                _ => unsafe { body::<$($g),*>($($arg),*) },
            }
        }
    };
}
