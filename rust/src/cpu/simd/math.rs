//! Branch-free elementary functions that vectorise under `#[target_feature]`.
//!
//! libm's `expf` is a call per element; these inline into SIMD loops.

/// `e^x` for f32, within 2 ulp over the whole range (denormal results included).
#[inline(always)]
pub fn exp_f32(x: f32) -> f32 {
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    // NaN maps to 0 here (and back to NaN at the end) so the cast below is defined.
    let xc = if x.is_nan() {
        0.0
    } else {
        x.clamp(-104.0, 88.8)
    };
    let n = (xc * LOG2E).round_ties_even();
    let r = (xc - n * LN2_HI) - n * LN2_LO;
    // Taylor polynomial of degree 7 on |r| <= ln2/2 (error < 5e-9).
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (1.0 / 6.0
                    + r * (1.0 / 24.0
                        + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0)))))));
    // SAFETY: `n` is finite and within [-151, 129] because `xc` is clamped and not NaN.
    // (A saturating `as` cast would not vectorise.)
    let ni: i32 = unsafe { n.to_int_unchecked() };
    let n1 = ni / 2;
    let n2 = ni - n1;
    #[allow(clippy::cast_sign_loss)]
    let s1 = f32::from_bits(((n1 + 127) as u32) << 23);
    #[allow(clippy::cast_sign_loss)]
    let s2 = f32::from_bits(((n2 + 127) as u32) << 23);
    let y = p * s1 * s2;
    let y = if x > 88.722_84 { f32::INFINITY } else { y };
    let y = if x < -103.972_08 { 0.0 } else { y };
    if x.is_nan() {
        x
    } else {
        y
    }
}

/// The logistic function `1 / (1 + e^-x)` for f32.
#[inline(always)]
pub fn sigmoid_f32(x: f32) -> f32 {
    1.0 / (1.0 + exp_f32(-x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_matches_libm_within_two_ulp() {
        let mut x = -110.0f32;
        while x < 90.0 {
            let want = x.exp();
            let got = exp_f32(x);
            if want.is_finite() && want > f32::MIN_POSITIVE {
                let ulp = (want.to_bits() as i64 - got.to_bits() as i64).abs();
                assert!(ulp <= 2, "exp({x}) = {got}, want {want}");
            } else if want.is_infinite() {
                assert!(got.is_infinite(), "exp({x})");
            } else {
                assert!(
                    (got - want).abs() <= f32::MIN_POSITIVE,
                    "exp({x}) = {got}, want {want}"
                );
            }
            x += 0.0137;
        }
        assert!(exp_f32(f32::NAN).is_nan());
        assert_eq!(exp_f32(f32::NEG_INFINITY), 0.0);
        assert_eq!(exp_f32(0.0), 1.0);
    }
}
