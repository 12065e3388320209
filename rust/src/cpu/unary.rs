//! Elementwise ops of one operand: dtype rules, then one kernel per (op, dtype).

use super::loops::{run_unary, UnaryFn};
use super::num::{Float, Num};
use super::special;
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::ops::UnaryOp;
use crate::tensor::Tensor;

macro_rules! num_fn {
    ($name:ident, |$x:ident| $e:expr) => {
        struct $name;
        impl<T: Num> UnaryFn<T, T> for $name {
            #[inline(always)]
            fn call($x: T) -> T {
                $e
            }
        }
    };
}

macro_rules! float_fn {
    ($name:ident, |$x:ident| $e:expr) => {
        struct $name;
        impl<T: Float> UnaryFn<T, T> for $name {
            #[inline(always)]
            fn call($x: T) -> T {
                $e
            }
        }
    };
}

macro_rules! pred_fn {
    ($name:ident, |$x:ident| $e:expr) => {
        struct $name;
        impl<T: Num> UnaryFn<T, bool> for $name {
            #[inline(always)]
            fn call($x: T) -> bool {
                $e
            }
        }
    };
}

num_fn!(NegK, |x| x.neg());
num_fn!(AbsK, |x| x.abs());
num_fn!(SignK, |x| x.sign());
num_fn!(SquareK, |x| x.mul(x));
num_fn!(ReluK, |x| if x > T::ZERO || x.is_nan() {
    x
} else {
    T::ZERO
});
float_fn!(ExpK, |x| x.exp_());
float_fn!(LogK, |x| x.ln_());
float_fn!(SqrtK, |x| x.sqrt_());
float_fn!(RsqrtK, |x| T::ONE.div(x.sqrt_()));
float_fn!(ReciprocalK, |x| T::ONE.div(x));
float_fn!(SigmoidK, |x| x.sigmoid_());
float_fn!(Log2K, |x| x.via_f64(f64::log2));
float_fn!(Log10K, |x| x.via_f64(f64::log10));
float_fn!(Log1pK, |x| x.via_f64(f64::ln_1p));
float_fn!(Expm1K, |x| x.via_f64(f64::exp_m1));
float_fn!(SinK, |x| x.via_f64(f64::sin));
float_fn!(CosK, |x| x.via_f64(f64::cos));
float_fn!(TanK, |x| x.via_f64(f64::tan));
float_fn!(AsinK, |x| x.via_f64(f64::asin));
float_fn!(AcosK, |x| x.via_f64(f64::acos));
float_fn!(AtanK, |x| x.via_f64(f64::atan));
float_fn!(SinhK, |x| x.via_f64(f64::sinh));
float_fn!(CoshK, |x| x.via_f64(f64::cosh));
float_fn!(TanhK, |x| x.via_f64(f64::tanh));
float_fn!(FloorK, |x| x.via_f64(f64::floor));
float_fn!(CeilK, |x| x.via_f64(f64::ceil));
float_fn!(RoundK, |x| x.via_f64(f64::round_ties_even));
float_fn!(TruncK, |x| x.via_f64(f64::trunc));
float_fn!(AsinhK, |x| x.via_f64(f64::asinh));
float_fn!(AcoshK, |x| x.via_f64(f64::acosh));
float_fn!(AtanhK, |x| x.via_f64(f64::atanh));
float_fn!(ErfK, |x| x.via_f64(special::erf));
float_fn!(ErfcK, |x| x.via_f64(special::erfc));
float_fn!(ErfinvK, |x| x.via_f64(special::erfinv));
float_fn!(Exp2K, |x| x.via_f64(f64::exp2));
float_fn!(LgammaK, |x| x.via_f64(special::lgamma));
float_fn!(DigammaK, |x| x.via_f64(special::digamma));
pred_fn!(LogicalNotK, |x| x == T::ZERO);
pred_fn!(IsNanK, |x| x.is_nan());
pred_fn!(IsInfK, |x| !x.is_nan() && x.to_f64().is_infinite());
pred_fn!(IsFiniteK, |x| !x.is_nan() && x.to_f64().is_finite());

macro_rules! bitnot {
    ($($t:ty),*) => {
        struct BitNotK;
        $(impl UnaryFn<$t, $t> for BitNotK {
            #[inline(always)]
            fn call(x: $t) -> $t { !x }
        })*
    };
}
bitnot!(i64, i32, i16, i8, u8, bool);

/// Dispatch a kernel over the dtypes that implement `Num` (all but float16).
macro_rules! each_num {
    ($dt:expr, $k:ident, $x:expr, $out:expr, $op:expr) => {
        // SAFETY: the type matches the runtime dtype in each arm.
        unsafe {
            match $dt {
                DType::F64 => run_unary::<f64, f64, $k>($x, $out),
                DType::F32 => run_unary::<f32, f32, $k>($x, $out),
                DType::I64 => run_unary::<i64, i64, $k>($x, $out),
                DType::I32 => run_unary::<i32, i32, $k>($x, $out),
                DType::I16 => run_unary::<i16, i16, $k>($x, $out),
                DType::I8 => run_unary::<i8, i8, $k>($x, $out),
                DType::U8 => run_unary::<u8, u8, $k>($x, $out),
                DType::Bool => run_unary::<bool, bool, $k>($x, $out),
                DType::F16 => return Err(not_impl($op, DType::F16)),
            }
        }
    };
}

macro_rules! each_pred {
    ($dt:expr, $k:ident, $x:expr, $out:expr, $op:expr) => {
        // SAFETY: the type matches the runtime dtype in each arm; output is bool.
        unsafe {
            match $dt {
                DType::F64 => run_unary::<f64, bool, $k>($x, $out),
                DType::F32 => run_unary::<f32, bool, $k>($x, $out),
                DType::I64 => run_unary::<i64, bool, $k>($x, $out),
                DType::I32 => run_unary::<i32, bool, $k>($x, $out),
                DType::I16 => run_unary::<i16, bool, $k>($x, $out),
                DType::I8 => run_unary::<i8, bool, $k>($x, $out),
                DType::U8 => run_unary::<u8, bool, $k>($x, $out),
                DType::Bool => run_unary::<bool, bool, $k>($x, $out),
                DType::F16 => return Err(not_impl($op, DType::F16)),
            }
        }
    };
}

macro_rules! each_float {
    ($dt:expr, $k:ident, $x:expr, $out:expr, $op:expr) => {
        // SAFETY: the type matches the runtime dtype in each arm.
        unsafe {
            match $dt {
                DType::F64 => run_unary::<f64, f64, $k>($x, $out),
                DType::F32 => run_unary::<f32, f32, $k>($x, $out),
                other => return Err(not_impl($op, other)),
            }
        }
    };
}

fn not_impl(op: UnaryOp, dt: DType) -> Error {
    Error::NotImplemented {
        op: format!("{}_cpu", op.name()),
        dtype: dt.scalar_type_name(),
    }
}

/// The dtype `op` computes in and the dtype it returns, for an input dtype.
pub fn unary_dtypes(op: UnaryOp, dt: DType, default_float: DType) -> Result<(DType, DType)> {
    if op == UnaryOp::Neg && dt == DType::Bool {
        return Err(Error::Unsupported(
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying \
             to invert a mask, use the `~` or `logical_not()` operator instead."
                .into(),
        ));
    }
    if op == UnaryOp::BitwiseNot && dt.is_float() {
        return Err(not_impl(op, dt));
    }
    if dt == DType::Bool {
        let kernel = match op {
            UnaryOp::Abs => Some("abs_cpu"),
            UnaryOp::Floor => Some("floor_vml_cpu"),
            UnaryOp::Ceil => Some("ceil_vml_cpu"),
            UnaryOp::Round => Some("round_vml_cpu"),
            UnaryOp::Trunc => Some("trunc_vml_cpu"),
            _ => None,
        };
        if let Some(k) = kernel {
            return Err(Error::NotImplemented {
                op: k.into(),
                dtype: "Bool",
            });
        }
        if op == UnaryOp::Relu {
            return Err(Error::Unsupported(
                "Boolean inputs not supported for relu".into(),
            ));
        }
        if op == UnaryOp::Square {
            // PyTorch squares bools as int64 (square is pow(x, 2), and bool ** int is int64).
            return Ok((DType::I64, DType::I64));
        }
    }
    let out = if op.is_predicate() {
        DType::Bool
    } else if op.is_float_op() && dt.is_integral() {
        default_float
    } else {
        dt
    };
    // float16 (and integer inputs of float ops) compute in a wider float.
    let compute = if op.is_predicate() {
        if dt == DType::F16 {
            DType::F32
        } else {
            dt
        }
    } else if out == DType::F16 {
        DType::F32
    } else {
        out
    };
    Ok((compute, out))
}

/// Apply `op` elementwise.
pub fn unary(op: UnaryOp, x: &Tensor, default_float: DType) -> Result<Tensor> {
    let (compute, out_dt) = unary_dtypes(op, x.dtype(), default_float)?;
    let x_cast;
    let x = if x.dtype() == compute {
        x
    } else {
        x_cast = x.to_dtype(compute)?;
        &x_cast
    };
    let res_dt = if op.is_predicate() {
        DType::Bool
    } else {
        compute
    };
    let out = Tensor::uninit(x.shape(), res_dt)?;
    let (xr, o) = (x, &out);
    let floats_are_integral = compute.is_integral()
        && matches!(
            op,
            UnaryOp::Floor | UnaryOp::Ceil | UnaryOp::Round | UnaryOp::Trunc
        );
    if floats_are_integral {
        // Rounding an integer is the identity.
        crate::cpu::copy::copy_into(o, xr)?;
        return out.to_dtype(out_dt);
    }
    match op {
        UnaryOp::Neg => each_num!(compute, NegK, xr, o, op),
        UnaryOp::Abs => each_num!(compute, AbsK, xr, o, op),
        UnaryOp::Sign => each_num!(compute, SignK, xr, o, op),
        UnaryOp::Square => each_num!(compute, SquareK, xr, o, op),
        UnaryOp::Relu => each_num!(compute, ReluK, xr, o, op),
        UnaryOp::Exp => each_float!(compute, ExpK, xr, o, op),
        UnaryOp::Log => each_float!(compute, LogK, xr, o, op),
        UnaryOp::Sqrt => each_float!(compute, SqrtK, xr, o, op),
        UnaryOp::Rsqrt => each_float!(compute, RsqrtK, xr, o, op),
        UnaryOp::Reciprocal => each_float!(compute, ReciprocalK, xr, o, op),
        UnaryOp::Sigmoid => each_float!(compute, SigmoidK, xr, o, op),
        UnaryOp::Log2 => each_float!(compute, Log2K, xr, o, op),
        UnaryOp::Log10 => each_float!(compute, Log10K, xr, o, op),
        UnaryOp::Log1p => each_float!(compute, Log1pK, xr, o, op),
        UnaryOp::Expm1 => each_float!(compute, Expm1K, xr, o, op),
        UnaryOp::Sin => each_float!(compute, SinK, xr, o, op),
        UnaryOp::Cos => each_float!(compute, CosK, xr, o, op),
        UnaryOp::Tan => each_float!(compute, TanK, xr, o, op),
        UnaryOp::Asin => each_float!(compute, AsinK, xr, o, op),
        UnaryOp::Acos => each_float!(compute, AcosK, xr, o, op),
        UnaryOp::Atan => each_float!(compute, AtanK, xr, o, op),
        UnaryOp::Sinh => each_float!(compute, SinhK, xr, o, op),
        UnaryOp::Cosh => each_float!(compute, CoshK, xr, o, op),
        UnaryOp::Tanh => each_float!(compute, TanhK, xr, o, op),
        UnaryOp::Floor => each_float!(compute, FloorK, xr, o, op),
        UnaryOp::Ceil => each_float!(compute, CeilK, xr, o, op),
        UnaryOp::Round => each_float!(compute, RoundK, xr, o, op),
        UnaryOp::Trunc => each_float!(compute, TruncK, xr, o, op),
        UnaryOp::Asinh => each_float!(compute, AsinhK, xr, o, op),
        UnaryOp::Acosh => each_float!(compute, AcoshK, xr, o, op),
        UnaryOp::Atanh => each_float!(compute, AtanhK, xr, o, op),
        UnaryOp::Erf => each_float!(compute, ErfK, xr, o, op),
        UnaryOp::Erfc => each_float!(compute, ErfcK, xr, o, op),
        UnaryOp::Erfinv => each_float!(compute, ErfinvK, xr, o, op),
        UnaryOp::Exp2 => each_float!(compute, Exp2K, xr, o, op),
        UnaryOp::Lgamma => each_float!(compute, LgammaK, xr, o, op),
        UnaryOp::Digamma => each_float!(compute, DigammaK, xr, o, op),
        UnaryOp::LogicalNot => each_pred!(compute, LogicalNotK, xr, o, op),
        UnaryOp::IsNan => each_pred!(compute, IsNanK, xr, o, op),
        UnaryOp::IsInf => each_pred!(compute, IsInfK, xr, o, op),
        UnaryOp::IsFinite => each_pred!(compute, IsFiniteK, xr, o, op),
        UnaryOp::BitwiseNot => {
            // SAFETY: the type matches the runtime dtype in each arm.
            unsafe {
                match compute {
                    DType::I64 => run_unary::<i64, i64, BitNotK>(xr, o),
                    DType::I32 => run_unary::<i32, i32, BitNotK>(xr, o),
                    DType::I16 => run_unary::<i16, i16, BitNotK>(xr, o),
                    DType::I8 => run_unary::<i8, i8, BitNotK>(xr, o),
                    DType::U8 => run_unary::<u8, u8, BitNotK>(xr, o),
                    DType::Bool => run_unary::<bool, bool, BitNotK>(xr, o),
                    other => return Err(not_impl(op, other)),
                }
            }
        }
    }
    if out_dt == res_dt {
        Ok(out)
    } else {
        out.to_dtype(out_dt)
    }
}
