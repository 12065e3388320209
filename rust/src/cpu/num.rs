//! Per-type arithmetic the kernels are generic over, with PyTorch's semantics:
//! integers wrap, `%` takes the divisor's sign, float max/min propagate NaN.

use crate::dtype::Element;

/// Arithmetic on an element type (every dtype but float16, which kernels run in f32).
pub trait Num: Element {
    /// `a + b` (wrapping; logical or for bool).
    fn add(self, o: Self) -> Self;
    /// `a - b` (wrapping).
    fn sub(self, o: Self) -> Self;
    /// `a * b` (wrapping; logical and for bool).
    fn mul(self, o: Self) -> Self;
    /// `a / b` (floats only reach this).
    fn div(self, o: Self) -> Self;
    /// Python-style remainder: the result takes the divisor's sign.
    fn rem(self, o: Self) -> Self;
    /// `floor(a / b)`.
    fn floordiv(self, o: Self) -> Self;
    /// `a ** b`.
    fn pow(self, o: Self) -> Self;
    /// Larger of two (NaN wins).
    fn maximum(self, o: Self) -> Self;
    /// Smaller of two (NaN wins).
    fn minimum(self, o: Self) -> Self;
    /// `-a` (wrapping).
    fn neg(self) -> Self;
    /// `|a|` (wrapping for the most negative integer).
    fn abs(self) -> Self;
    /// True only for a float NaN.
    fn is_nan(self) -> bool;
    /// `sign(a)` as -1, 0 or 1 (NaN stays NaN... as 0 for ints).
    fn sign(self) -> Self;
}

macro_rules! int_num {
    ($($t:ty),*) => {$(
        impl Num for $t {
            #[inline(always)] fn add(self, o: Self) -> Self { self.wrapping_add(o) }
            #[inline(always)] fn sub(self, o: Self) -> Self { self.wrapping_sub(o) }
            #[inline(always)] fn mul(self, o: Self) -> Self { self.wrapping_mul(o) }
            #[inline(always)] fn div(self, o: Self) -> Self {
                if o == 0 { 0 } else { self.wrapping_div(o) }
            }
            #[inline(always)] fn rem(self, o: Self) -> Self {
                if o == 0 { return 0; }
                let r = self.wrapping_rem(o);
                #[allow(unused_comparisons)]
                if r != 0 && ((r < 0) != (o < 0)) { r.wrapping_add(o) } else { r }
            }
            #[inline(always)] fn floordiv(self, o: Self) -> Self {
                if o == 0 { return 0; }
                let q = self.wrapping_div(o);
                let r = self.wrapping_rem(o);
                #[allow(unused_comparisons)]
                if r != 0 && ((r < 0) != (o < 0)) { q.wrapping_sub(1) } else { q }
            }
            #[inline(always)] fn pow(self, o: Self) -> Self {
                #[allow(unused_comparisons)]
                if o < 0 {
                    // Only |base| == 1 has an integer reciprocal power.
                    return if self == 1 {
                        1
                    } else if self == (0 as $t).wrapping_sub(1) {
                        if o & 1 == 0 { 1 } else { self }
                    } else {
                        0
                    };
                }
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                self.wrapping_pow(o as u32)
            }
            #[inline(always)] fn maximum(self, o: Self) -> Self { if self >= o { self } else { o } }
            #[inline(always)] fn minimum(self, o: Self) -> Self { if self <= o { self } else { o } }
            #[inline(always)] fn neg(self) -> Self { (0 as $t).wrapping_sub(self) }
            #[inline(always)] fn abs(self) -> Self {
                #[allow(unused_comparisons)]
                if self < 0 { (0 as $t).wrapping_sub(self) } else { self }
            }
            #[inline(always)] fn is_nan(self) -> bool { false }
            #[inline(always)] fn sign(self) -> Self {
                #[allow(unused_comparisons)]
                if self > 0 { 1 } else if self < 0 { (0 as $t).wrapping_sub(1) } else { 0 }
            }
        }
    )*};
}
int_num!(i64, i32, i16, i8, u8);

macro_rules! float_num {
    ($($t:ty),*) => {$(
        impl Num for $t {
            #[inline(always)] fn add(self, o: Self) -> Self { self + o }
            #[inline(always)] fn sub(self, o: Self) -> Self { self - o }
            #[inline(always)] fn mul(self, o: Self) -> Self { self * o }
            #[inline(always)] fn div(self, o: Self) -> Self { self / o }
            #[inline(always)] fn rem(self, o: Self) -> Self {
                let r = self % o;
                if r != 0.0 && ((r < 0.0) != (o < 0.0)) { r + o } else { r }
            }
            #[inline(always)] fn floordiv(self, o: Self) -> Self { (self / o).floor() }
            #[inline(always)] fn pow(self, o: Self) -> Self { self.powf(o) }
            #[inline(always)] fn maximum(self, o: Self) -> Self {
                if self.is_nan() || o.is_nan() { Self::NAN } else if self >= o { self } else { o }
            }
            #[inline(always)] fn minimum(self, o: Self) -> Self {
                if self.is_nan() || o.is_nan() { Self::NAN } else if self <= o { self } else { o }
            }
            #[inline(always)] fn neg(self) -> Self { -self }
            #[inline(always)] fn abs(self) -> Self { self.abs() }
            #[inline(always)] fn is_nan(self) -> bool { self.is_nan() }
            #[inline(always)] fn sign(self) -> Self {
                if self > 0.0 { 1.0 } else if self < 0.0 { -1.0 } else { 0.0 }
            }
        }
    )*};
}
float_num!(f64, f32);

impl Num for bool {
    #[inline(always)]
    fn add(self, o: Self) -> Self {
        self | o
    }
    #[inline(always)]
    fn sub(self, o: Self) -> Self {
        self ^ o
    }
    #[inline(always)]
    fn mul(self, o: Self) -> Self {
        self & o
    }
    #[inline(always)]
    fn div(self, o: Self) -> Self {
        self & o
    }
    #[inline(always)]
    fn rem(self, _o: Self) -> Self {
        false
    }
    #[inline(always)]
    fn floordiv(self, o: Self) -> Self {
        self & o
    }
    #[inline(always)]
    fn pow(self, o: Self) -> Self {
        self | !o
    }
    #[inline(always)]
    fn maximum(self, o: Self) -> Self {
        self | o
    }
    #[inline(always)]
    fn minimum(self, o: Self) -> Self {
        self & o
    }
    #[inline(always)]
    fn neg(self) -> Self {
        self
    }
    #[inline(always)]
    fn abs(self) -> Self {
        self
    }
    #[inline(always)]
    fn is_nan(self) -> bool {
        false
    }
    #[inline(always)]
    fn sign(self) -> Self {
        self
    }
}

/// Transcendental functions (f32 and f64).
pub trait Float: Num {
    /// `e^x`.
    fn exp_(self) -> Self;
    /// Natural log.
    fn ln_(self) -> Self;
    /// Apply a libm function through f64 when no inlined version exists.
    fn via_f64(self, f: fn(f64) -> f64) -> Self;
    /// `1 / (1 + e^-x)`.
    fn sigmoid_(self) -> Self;
    /// `sqrt(x)`.
    fn sqrt_(self) -> Self;
}

impl Float for f32 {
    #[inline(always)]
    fn exp_(self) -> Self {
        super::simd::math::exp_f32(self)
    }
    #[inline(always)]
    fn ln_(self) -> Self {
        self.ln()
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    fn via_f64(self, f: fn(f64) -> f64) -> Self {
        f(f64::from(self)) as f32
    }
    #[inline(always)]
    fn sigmoid_(self) -> Self {
        super::simd::math::sigmoid_f32(self)
    }
    #[inline(always)]
    fn sqrt_(self) -> Self {
        self.sqrt()
    }
}

impl Float for f64 {
    #[inline(always)]
    fn exp_(self) -> Self {
        self.exp()
    }
    #[inline(always)]
    fn ln_(self) -> Self {
        self.ln()
    }
    #[inline(always)]
    fn via_f64(self, f: fn(f64) -> f64) -> Self {
        f(self)
    }
    #[inline(always)]
    fn sigmoid_(self) -> Self {
        1.0 / (1.0 + (-self).exp())
    }
    #[inline(always)]
    fn sqrt_(self) -> Self {
        self.sqrt()
    }
}
