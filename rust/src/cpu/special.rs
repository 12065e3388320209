//! Special functions in f64 for the unary kernels: `erf`, `erfc`, `erfinv`, `lgamma`
//! and `digamma` (Rust's std has none of them). f32 and f16 go through these too.
//!
//! Methods: erf by its everywhere-positive series `exp(-x^2) sum (2x^2)^n x / (2n+1)!!`,
//! erfc by its continued fraction (Abramowitz & Stegun 7.1.14) evaluated with Lentz's
//! method, erfinv by a closed-form first guess (Winitzki 2008) refined with Halley
//! steps, lgamma and digamma by upward recurrence to x >= 10, then the Stirling /
//! asymptotic series, and reflection for negative arguments.

use std::f64::consts::{FRAC_2_SQRT_PI, PI};

/// Iteration cap for the series and the continued fraction (never reached for finite
/// inputs in their ranges; it only bounds the loops).
const MAX_ITER: usize = 500;

/// `exp(-x^2)` with `x^2` split into a high and a low part, so large `x` loses no accuracy.
fn exp_neg_sq(x: f64) -> f64 {
    #[allow(clippy::cast_possible_truncation)]
    let hi = f64::from(x as f32);
    let lo = x - hi;
    (-hi * hi).exp() * (-(lo * (x + hi))).exp()
}

/// erf by the positive-term series; accurate for |x| < 2.5.
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut term = x;
    let mut sum = x;
    let mut n = 0.0;
    for _ in 0..MAX_ITER {
        n += 1.0;
        term *= 2.0 * x2 / (2.0 * n + 1.0);
        sum += term;
        if term.abs() <= sum.abs() * 1e-17 {
            break;
        }
    }
    FRAC_2_SQRT_PI * exp_neg_sq(x) * sum
}

/// erfc by its continued fraction `x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))`; x >= 1.5.
fn erfc_fraction(x: f64) -> f64 {
    let mut f = x;
    let mut c = x;
    let mut d = 0.0;
    let mut a = 0.0;
    for _ in 0..MAX_ITER {
        a += 0.5;
        d = 1.0 / (x + a * d);
        c = x + a / c;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    exp_neg_sq(x) / (PI.sqrt() * f)
}

/// The error function.
pub fn erf(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a < 2.5 {
        return if x.is_nan() { x } else { erf_series(x) };
    }
    if a > 6.0 {
        return 1f64.copysign(x);
    }
    (1.0 - erfc_fraction(a)).copysign(x)
}

/// The complementary error function `1 - erf(x)`, accurate in the far tail.
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 1.5 {
        if x > -2.5 {
            return 1.0 - erf_series(x);
        }
        return if x > -6.0 {
            2.0 - erfc_fraction(-x)
        } else {
            2.0
        };
    }
    if x > 27.3 {
        return 0.0;
    }
    erfc_fraction(x)
}

/// The inverse error function on [-1, 1] (NaN outside, infinities at the ends).
pub fn erfinv(y: f64) -> f64 {
    let w = y.abs();
    if y.is_nan() || w > 1.0 {
        return f64::NAN;
    }
    if w == 1.0 {
        return f64::INFINITY.copysign(y);
    }
    if y == 0.0 {
        return y;
    }
    // First guess within 2e-3 (Winitzki's approximation, a = 0.147).
    const A: f64 = 0.147;
    let ln = (-w * w).ln_1p();
    let t = 2.0 / (PI * A) + 0.5 * ln;
    let mut x = ((t * t - ln / A).sqrt() - t).sqrt();
    // Halley steps on f(x) = erf(x) - w; near 1 the same residual is formed from erfc,
    // where 1 - w is exact.
    for _ in 0..3 {
        let f = if w <= 0.5 {
            erf(x) - w
        } else {
            (1.0 - w) - erfc(x)
        };
        let fp = FRAC_2_SQRT_PI * exp_neg_sq(x);
        if fp == 0.0 {
            break;
        }
        x -= f / (fp + x * f);
    }
    x.copysign(y)
}

/// `sin(pi x)`, exact zeros at the integers.
fn sin_pi(x: f64) -> f64 {
    let mut r = x - 2.0 * (x / 2.0).round();
    if r > 0.5 {
        r = 1.0 - r;
    } else if r < -0.5 {
        r = -1.0 - r;
    }
    (PI * r).sin()
}

/// `cos(pi x)`.
fn cos_pi(x: f64) -> f64 {
    let r = (x - 2.0 * (x / 2.0).round()).abs();
    -(PI * (r - 0.5)).sin()
}

const HALF_LN_2PI: f64 = 0.918_938_533_204_672_8;

/// `ln |Gamma(x)|`.
pub fn lgamma(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() || (x <= 0.0 && x == x.floor()) {
        return f64::INFINITY;
    }
    if x < 0.0 {
        // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
        return (PI / sin_pi(x).abs()).ln() - lgamma(1.0 - x);
    }
    let mut x = x;
    let mut shift = 0.0;
    if x < 10.0 {
        let mut p = 1.0;
        while x < 10.0 {
            p *= x;
            x += 1.0;
        }
        shift = -p.ln();
    }
    let r = 1.0 / x;
    let r2 = r * r;
    // Stirling's series: sum B_2k / (2k (2k - 1) x^(2k - 1)), seven terms.
    let s = r
        * (1.0 / 12.0
            + r2 * (-1.0 / 360.0
                + r2 * (1.0 / 1260.0
                    + r2 * (-1.0 / 1680.0
                        + r2 * (1.0 / 1188.0 + r2 * (-691.0 / 360_360.0 + r2 / 156.0))))));
    shift + (x - 0.5) * x.ln() - x + HALF_LN_2PI + s
}

/// The digamma function `Gamma'(x) / Gamma(x)`, with PyTorch's values at the poles:
/// `-inf` at `+0`, `+inf` at `-0`, NaN at the negative integers.
pub fn digamma(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x == 0.0 {
        return f64::INFINITY.copysign(-x);
    }
    if x.is_infinite() {
        return if x > 0.0 { x } else { f64::NAN };
    }
    if x < 0.0 {
        if x == x.floor() {
            return f64::NAN;
        }
        // Reflection: psi(1 - x) - psi(x) = pi cot(pi x).
        return digamma(1.0 - x) - PI * cos_pi(x) / sin_pi(x);
    }
    let mut x = x;
    let mut acc = 0.0;
    while x < 10.0 {
        acc -= 1.0 / x;
        x += 1.0;
    }
    let r2 = 1.0 / (x * x);
    let s = r2
        * (1.0 / 12.0
            - r2 * (1.0 / 120.0
                - r2 * (1.0 / 252.0
                    - r2 * (1.0 / 240.0
                        - r2 * (1.0 / 132.0 - r2 * (691.0 / 32760.0 - r2 / 12.0))))));
    acc + x.ln() - 0.5 / x - s
}

/// Bernoulli numbers `B_2 .. B_20`, for the asymptotic series of the polygamma functions.
const BERNOULLI: [f64; 10] = [
    1.0 / 6.0,
    -1.0 / 30.0,
    1.0 / 42.0,
    -1.0 / 30.0,
    5.0 / 66.0,
    -691.0 / 2730.0,
    7.0 / 6.0,
    -3617.0 / 510.0,
    43867.0 / 798.0,
    -174_611.0 / 330.0,
];

/// The polygamma function `psi^(n)(x)`, the n-th derivative of digamma (`n` a
/// non-negative integer). `(-1)^(n+1) n! sum_k (x + k)^-(n+1)`: the first terms
/// directly until `x` is large, the tail by Euler-Maclaurin.
pub fn polygamma(n: f64, x: f64) -> f64 {
    if n == 0.0 {
        return digamma(x);
    }
    // NOTE: below -1e6 the direct sum would take too long; PyTorch's values there are
    // not meaningful either.
    if x.is_nan() || n.is_nan() || n < 0.0 || x < -1e6 {
        return f64::NAN;
    }
    let m = n + 1.0;
    let big = (n + 10.0).max(20.0);
    let mut x = x;
    let mut acc = 0.0;
    while x < big {
        acc += x.powf(-m);
        x += 1.0;
    }
    let xn = x.powf(n);
    let mut tail = 1.0 / (n * xn) + 0.5 / (xn * x);
    let mut rising = n + 1.0; // (n+1)(n+2)...(n+2j-1)
    let mut fact = 2.0; // (2j)!
    let mut xp = xn * x * x; // x^(n+2j)
    for (j, b) in BERNOULLI.iter().enumerate() {
        let term = b / fact * rising / xp;
        tail += term;
        if term.abs() <= tail.abs() * 1e-17 {
            break;
        }
        let k = 2.0 * (j as f64 + 1.0);
        rising *= (n + k) * (n + k + 1.0);
        fact *= (k + 1.0) * (k + 2.0);
        xp *= x * x;
    }
    let mut nfact = 1.0;
    let mut i = 2.0;
    while i <= n {
        nfact *= i;
        i += 1.0;
    }
    let sign = if n % 2.0 == 1.0 { 1.0 } else { -1.0 };
    sign * nfact * (acc + tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(a: f64, b: f64) -> f64 {
        if a == b {
            0.0
        } else {
            (a - b).abs() / b.abs().max(1e-300)
        }
    }

    #[test]
    fn erf_and_erfc_match_reference_values() {
        // Reference values from the closed forms' published tables (15+ digits).
        let cases = [
            (0.1, 0.112_462_916_018_284_9, 0.887_537_083_981_715),
            (0.5, 0.520_499_877_813_046_5, 0.479_500_122_186_953_5),
            (1.0, 0.842_700_792_949_714_9, 0.157_299_207_050_285_1),
            (2.0, 0.995_322_265_018_952_7, 0.004_677_734_981_047_266),
            (3.0, 0.999_977_909_503_001_4, 2.209_049_699_858_544e-5),
            (10.0, 1.0, 2.088_487_583_762_545e-45),
        ];
        for (x, e, c) in cases {
            assert!(rel(erf(x), e) < 1e-15, "erf({x}) = {}", erf(x));
            assert!(rel(erf(-x), -e) < 1e-15, "erf(-{x})");
            assert!(rel(erfc(x), c) < 4e-15, "erfc({x}) = {}", erfc(x));
            assert!(rel(erfc(-x), 2.0 - c) < 1e-15, "erfc(-{x})");
        }
        assert!(erf(f64::NAN).is_nan() && erfc(f64::NAN).is_nan());
        assert_eq!(erf(f64::INFINITY), 1.0);
        assert_eq!(erf(f64::NEG_INFINITY), -1.0);
        assert_eq!(erfc(f64::INFINITY), 0.0);
        assert_eq!(erfc(f64::NEG_INFINITY), 2.0);
        assert_eq!(erf(-0.0).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn erfinv_inverts_erf() {
        let mut y = -0.999_999;
        while y < 1.0 {
            let x = erfinv(y);
            assert!(rel(erf(x), y) < 1e-13, "erf(erfinv({y}))");
            y += 0.001_37;
        }
        for k in 1..16 {
            let w = 1.0 - 10f64.powi(-k);
            assert!(rel(erfc(erfinv(w)), 1.0 - w) < 1e-12, "near 1: {w}");
        }
        assert_eq!(erfinv(1.0), f64::INFINITY);
        assert_eq!(erfinv(-1.0), f64::NEG_INFINITY);
        assert!(erfinv(1.5).is_nan() && erfinv(f64::NAN).is_nan());
        assert!(rel(erfinv(0.5), 0.476_936_276_204_469_9) < 1e-15);
    }

    #[test]
    fn lgamma_matches_factorials_and_reflection() {
        let mut fact = 1.0f64;
        for n in 1..30 {
            // lgamma(n + 1) = ln(n!)
            fact *= f64::from(n);
            let want = fact.ln();
            assert!((lgamma(f64::from(n) + 1.0) - want).abs() < 1e-13 * want.max(1.0));
        }
        assert!(rel(lgamma(0.5), 0.5 * PI.ln()) < 1e-14);
        // Gamma(-0.5) = -2 sqrt(pi)
        assert!(rel(lgamma(-0.5), (2.0 * PI.sqrt()).ln()) < 1e-14);
        assert_eq!(lgamma(0.0), f64::INFINITY);
        assert_eq!(lgamma(-3.0), f64::INFINITY);
        assert_eq!(lgamma(f64::NEG_INFINITY), f64::INFINITY);
        assert!(lgamma(f64::NAN).is_nan());
    }

    #[test]
    fn digamma_matches_known_values() {
        const EULER: f64 = 0.577_215_664_901_532_9;
        assert!(rel(digamma(1.0), -EULER) < 1e-15);
        assert!(rel(digamma(0.5), -EULER - 2.0 * 2f64.ln()) < 1e-15);
        // psi(n + 1) = H_n - gamma
        let mut h = 0.0;
        for n in 1..40 {
            h += 1.0 / f64::from(n);
            assert!(rel(digamma(f64::from(n) + 1.0), h - EULER) < 1e-14);
        }
        assert_eq!(digamma(0.0), f64::NEG_INFINITY);
        assert_eq!(digamma(-0.0), f64::INFINITY);
        assert!(digamma(-2.0).is_nan() && digamma(f64::NEG_INFINITY).is_nan());
        assert!(rel(digamma(-2.5), 1.103_156_640_645_243) < 1e-14);
    }

    #[test]
    fn polygamma_matches_zeta_values() {
        // psi^(n)(1) = (-1)^(n+1) n! zeta(n + 1)
        let zeta2 = PI * PI / 6.0;
        let zeta3 = 1.202_056_903_159_594_2;
        let zeta4 = PI.powi(4) / 90.0;
        assert!(rel(polygamma(1.0, 1.0), zeta2) < 1e-14);
        assert!(rel(polygamma(2.0, 1.0), -2.0 * zeta3) < 1e-14);
        assert!(rel(polygamma(3.0, 1.0), 6.0 * zeta4) < 1e-14);
        // psi'(1/2) = pi^2 / 2; negative arguments through the same sum
        assert!(rel(polygamma(1.0, 0.5), PI * PI / 2.0) < 1e-14);
        assert!(rel(polygamma(1.0, -2.5), 9.539_246_644_937_52) < 1e-11);
        assert_eq!(polygamma(0.0, 1.0), digamma(1.0));
        assert!(polygamma(1.0, f64::NAN).is_nan());
    }
}
