//! The nine dtypes, the `Element` trait that ties each to a Rust type, casting
//! with PyTorch's semantics, and PyTorch's type-promotion rules.

use crate::error::{Error, Result};
use half::f16;

/// A tensor element type. The order of variants is not meaningful.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DType {
    /// 64-bit float (`double`).
    F64,
    /// 32-bit float (`float`), the default float dtype.
    F32,
    /// IEEE half precision (`half`).
    F16,
    /// 64-bit signed integer (`long`), the default integer dtype.
    I64,
    /// 32-bit signed integer (`int`).
    I32,
    /// 16-bit signed integer (`short`).
    I16,
    /// 8-bit signed integer.
    I8,
    /// 8-bit unsigned integer.
    U8,
    /// Boolean, stored as one byte holding 0 or 1.
    Bool,
}

/// The three kinds that drive promotion: bool < integer < floating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `bool`.
    Bool,
    /// Any integer dtype.
    Int,
    /// Any floating dtype.
    Float,
}

/// Where an operand sits in PyTorch's promotion: dimensioned tensors outrank
/// zero-dim tensors, which outrank Python scalars, unless a lower category
/// brings a higher [`Kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// A tensor with at least one dimension.
    Dim,
    /// A zero-dim tensor.
    ZeroDim,
    /// A Python number (`int`, `float`, `bool`).
    Scalar,
}

impl DType {
    /// All dtypes, in PyTorch's documentation order.
    pub const ALL: [DType; 9] = [
        DType::F64,
        DType::F32,
        DType::F16,
        DType::I64,
        DType::I32,
        DType::I16,
        DType::I8,
        DType::U8,
        DType::Bool,
    ];

    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            DType::F64 | DType::I64 => 8,
            DType::F32 | DType::I32 => 4,
            DType::F16 | DType::I16 => 2,
            DType::I8 | DType::U8 | DType::Bool => 1,
        }
    }

    /// The canonical name, as in `torch.float32` without the module.
    pub fn name(self) -> &'static str {
        match self {
            DType::F64 => "float64",
            DType::F32 => "float32",
            DType::F16 => "float16",
            DType::I64 => "int64",
            DType::I32 => "int32",
            DType::I16 => "int16",
            DType::I8 => "int8",
            DType::U8 => "uint8",
            DType::Bool => "bool",
        }
    }

    /// PyTorch's scalar-type name used in kernel errors (`'Long'`).
    pub fn scalar_type_name(self) -> &'static str {
        match self {
            DType::F64 => "Double",
            DType::F32 => "Float",
            DType::F16 => "Half",
            DType::I64 => "Long",
            DType::I32 => "Int",
            DType::I16 => "Short",
            DType::I8 => "Char",
            DType::U8 => "Byte",
            DType::Bool => "Bool",
        }
    }

    /// Parse a canonical name or one of PyTorch's aliases.
    pub fn parse(name: &str) -> Result<DType> {
        Ok(match name {
            "float64" | "double" => DType::F64,
            "float32" | "float" => DType::F32,
            "float16" | "half" => DType::F16,
            "int64" | "long" => DType::I64,
            "int32" | "int" => DType::I32,
            "int16" | "short" => DType::I16,
            "int8" => DType::I8,
            "uint8" => DType::U8,
            "bool" => DType::Bool,
            other => return Err(Error::WrongType(format!("unknown dtype '{other}'"))),
        })
    }

    /// The promotion kind.
    pub fn kind(self) -> Kind {
        match self {
            DType::Bool => Kind::Bool,
            DType::F64 | DType::F32 | DType::F16 => Kind::Float,
            _ => Kind::Int,
        }
    }

    /// True for float64, float32 and float16.
    pub fn is_float(self) -> bool {
        self.kind() == Kind::Float
    }

    /// True for the integer dtypes and bool.
    pub fn is_integral(self) -> bool {
        !self.is_float()
    }

    /// Promote two dtypes as `torch.promote_types` does.
    pub fn promote(a: DType, b: DType) -> DType {
        use DType::*;
        if a == b {
            return a;
        }
        match (a.kind(), b.kind()) {
            (Kind::Bool, _) => b,
            (_, Kind::Bool) => a,
            (Kind::Float, Kind::Float) => {
                if a.size() >= b.size() {
                    a
                } else {
                    b
                }
            }
            (Kind::Float, Kind::Int) => a,
            (Kind::Int, Kind::Float) => b,
            (Kind::Int, Kind::Int) => match (a, b) {
                // uint8 mixes with a signed type through the next wider signed type.
                (U8, I8) | (I8, U8) => I16,
                (U8, other) | (other, U8) => other,
                _ => {
                    if a.size() >= b.size() {
                        a
                    } else {
                        b
                    }
                }
            },
        }
    }

    /// `torch.result_type` over operands tagged with their [`Category`].
    ///
    /// Each category is promoted on its own; a lower category then only wins
    /// when it brings a higher kind (e.g. an int tensor plus a Python float).
    pub fn result_type(operands: &[(DType, Category)]) -> DType {
        let mut best: [Option<DType>; 3] = [None, None, None];
        for &(dt, cat) in operands {
            let slot = &mut best[cat as usize];
            *slot = Some(slot.map_or(dt, |cur| DType::promote(cur, dt)));
        }
        let lower = combine(best[1], best[2]);
        combine(best[0], lower).unwrap_or(DType::F32)
    }
}

/// Combine a higher-priority category's dtype with a lower one's.
fn combine(higher: Option<DType>, lower: Option<DType>) -> Option<DType> {
    match (higher, lower) {
        (None, l) => l,
        (h, None) => h,
        (Some(h), Some(l)) => {
            if h.kind() < l.kind() {
                // NOTE: a lower category of a higher kind wins the kind but keeps
                // the higher category's width when that is already the same kind.
                Some(DType::promote(h, l))
            } else {
                Some(h)
            }
        }
    }
}

/// The default dtype of a zero-dim or wrapped Python scalar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar {
    /// A Python `bool`.
    Bool(bool),
    /// A Python `int`.
    Int(i64),
    /// A Python `float`.
    Float(f64),
}

impl Scalar {
    /// The dtype a scalar takes in promotion, given the default float dtype.
    pub fn dtype(self, default_float: DType) -> DType {
        match self {
            Scalar::Bool(_) => DType::Bool,
            Scalar::Int(_) => DType::I64,
            Scalar::Float(_) => default_float,
        }
    }

    /// The value as f64.
    pub fn to_f64(self) -> f64 {
        match self {
            Scalar::Bool(b) => f64::from(u8::from(b)),
            #[allow(clippy::cast_precision_loss)]
            Scalar::Int(i) => i as f64,
            Scalar::Float(f) => f,
        }
    }

    /// Convert to an element type with PyTorch's cast rules.
    pub fn to_elem<T: Element>(self) -> T {
        match self {
            Scalar::Bool(b) => T::from_i64(i64::from(b)),
            Scalar::Int(i) => T::from_i64(i),
            Scalar::Float(f) => T::from_f64(f),
        }
    }
}

/// A Rust type that stores one dtype. Conversions follow PyTorch: float to int
/// truncates toward zero (then wraps), int to int wraps, anything to bool is `!= 0`.
pub trait Element: Copy + Send + Sync + PartialEq + PartialOrd + std::fmt::Debug + 'static {
    /// The dtype this type stores.
    const DTYPE: DType;
    /// Zero.
    const ZERO: Self;
    /// One.
    const ONE: Self;
    /// Convert to f64 (exact for every type but i64 beyond 2^53).
    fn to_f64(self) -> f64;
    /// Convert to i64 (floats truncate toward zero).
    fn to_i64(self) -> i64;
    /// Convert from f64 with PyTorch's cast rules.
    fn from_f64(v: f64) -> Self;
    /// Convert from i64 with PyTorch's cast rules.
    fn from_i64(v: i64) -> Self;
    /// Convert from another element type.
    #[inline(always)]
    fn cast_from<S: Element>(s: S) -> Self {
        if S::DTYPE.is_float() {
            Self::from_f64(s.to_f64())
        } else {
            Self::from_i64(s.to_i64())
        }
    }
}

macro_rules! int_element {
    ($t:ty, $dt:expr) => {
        impl Element for $t {
            const DTYPE: DType = $dt;
            const ZERO: Self = 0;
            const ONE: Self = 1;
            #[inline(always)]
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline(always)]
            #[allow(clippy::cast_lossless)]
            fn to_i64(self) -> i64 {
                self as i64
            }
            #[inline(always)]
            #[allow(clippy::cast_possible_truncation)]
            fn from_f64(v: f64) -> Self {
                // Truncate toward zero through i64, then wrap, as PyTorch does on x86.
                (v as i64) as $t
            }
            #[inline(always)]
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            fn from_i64(v: i64) -> Self {
                v as $t
            }
        }
    };
}
int_element!(i64, DType::I64);
int_element!(i32, DType::I32);
int_element!(i16, DType::I16);
int_element!(i8, DType::I8);
int_element!(u8, DType::U8);

impl Element for f64 {
    const DTYPE: DType = DType::F64;
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    fn to_i64(self) -> i64 {
        self as i64
    }
    #[inline(always)]
    fn from_f64(v: f64) -> Self {
        v
    }
    #[inline(always)]
    #[allow(clippy::cast_precision_loss)]
    fn from_i64(v: i64) -> Self {
        v as f64
    }
}

impl Element for f32 {
    const DTYPE: DType = DType::F32;
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    #[inline(always)]
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    fn to_i64(self) -> i64 {
        self as i64
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    #[inline(always)]
    #[allow(clippy::cast_precision_loss)]
    fn from_i64(v: i64) -> Self {
        v as f32
    }
}

impl Element for f16 {
    const DTYPE: DType = DType::F16;
    const ZERO: Self = f16::ZERO;
    const ONE: Self = f16::ONE;
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self.to_f64()
    }
    #[inline(always)]
    #[allow(clippy::cast_possible_truncation)]
    fn to_i64(self) -> i64 {
        self.to_f32() as i64
    }
    #[inline(always)]
    fn from_f64(v: f64) -> Self {
        f16::from_f64(v)
    }
    #[inline(always)]
    #[allow(clippy::cast_precision_loss)]
    fn from_i64(v: i64) -> Self {
        f16::from_f32(v as f32)
    }
}

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    const ZERO: Self = false;
    const ONE: Self = true;
    #[inline(always)]
    fn to_f64(self) -> f64 {
        f64::from(u8::from(self))
    }
    #[inline(always)]
    fn to_i64(self) -> i64 {
        i64::from(self)
    }
    #[inline(always)]
    fn from_f64(v: f64) -> Self {
        v != 0.0
    }
    #[inline(always)]
    fn from_i64(v: i64) -> Self {
        v != 0
    }
}

/// Run a generic body with `$t` bound to the Rust type of a runtime dtype.
#[macro_export]
macro_rules! with_dtype {
    ($dt:expr, $t:ident, $body:block) => {
        match $dt {
            $crate::DType::F64 => {
                type $t = f64;
                $body
            }
            $crate::DType::F32 => {
                type $t = f32;
                $body
            }
            $crate::DType::F16 => {
                type $t = half::f16;
                $body
            }
            $crate::DType::I64 => {
                type $t = i64;
                $body
            }
            $crate::DType::I32 => {
                type $t = i32;
                $body
            }
            $crate::DType::I16 => {
                type $t = i16;
                $body
            }
            $crate::DType::I8 => {
                type $t = i8;
                $body
            }
            $crate::DType::U8 => {
                type $t = u8;
                $body
            }
            $crate::DType::Bool => {
                type $t = bool;
                $body
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::{Dim, Scalar as Sc, ZeroDim};
    use DType::*;

    #[test]
    fn promote_types_matches_pytorch_table() {
        assert_eq!(DType::promote(U8, I8), I16);
        assert_eq!(DType::promote(U8, I32), I32);
        assert_eq!(DType::promote(I64, F16), F16);
        assert_eq!(DType::promote(Bool, Bool), Bool);
        assert_eq!(DType::promote(Bool, U8), U8);
        assert_eq!(DType::promote(F16, F32), F32);
        assert_eq!(DType::promote(I32, I64), I64);
        assert_eq!(DType::promote(F64, I8), F64);
    }

    #[test]
    fn promotion_is_symmetric() {
        for a in DType::ALL {
            for b in DType::ALL {
                assert_eq!(DType::promote(a, b), DType::promote(b, a), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn scalars_do_not_widen_tensors_of_the_same_kind() {
        assert_eq!(DType::result_type(&[(I8, Dim), (I64, Sc)]), I8);
        assert_eq!(DType::result_type(&[(F16, Dim), (F32, Sc)]), F16);
        assert_eq!(DType::result_type(&[(I64, Dim), (F32, Sc)]), F32);
        assert_eq!(DType::result_type(&[(Bool, Dim), (I64, Sc)]), I64);
        assert_eq!(DType::result_type(&[(U8, Dim), (I64, Sc)]), U8);
    }

    #[test]
    fn zero_dim_tensors_rank_between_tensors_and_scalars() {
        assert_eq!(DType::result_type(&[(F32, Dim), (F64, ZeroDim)]), F32);
        assert_eq!(DType::result_type(&[(I32, Dim), (F64, ZeroDim)]), F64);
        assert_eq!(DType::result_type(&[(I8, Dim), (I64, ZeroDim)]), I8);
        assert_eq!(DType::result_type(&[(I32, ZeroDim), (F32, Sc)]), F32);
        assert_eq!(DType::result_type(&[(F64, ZeroDim), (F64, ZeroDim)]), F64);
    }

    #[test]
    fn casts_follow_pytorch_semantics() {
        assert_eq!(i32::cast_from(-2.7f32), -2);
        assert_eq!(u8::cast_from(-1.5f64), 255);
        assert_eq!(u8::cast_from(300i64), 44);
        assert!(bool::cast_from(0.1f32));
        assert!(!bool::cast_from(0i8));
        assert_eq!(f32::cast_from(true), 1.0);
        assert_eq!(i8::cast_from(200u8), -56);
        assert_eq!(f16::cast_from(1.5f64), f16::from_f32(1.5));
    }
}
