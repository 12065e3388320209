//! Elementwise ops of two broadcast operands and `where`: PyTorch's promotion,
//! then one kernel per (op, dtype).

use super::loops::{run_binary, BinaryFn};
use super::num::{Float, Num};
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::ops::BinaryOp;
use crate::shape::broadcast_shapes;
use crate::tensor::Tensor;

macro_rules! num_fn {
    ($name:ident, |$a:ident, $b:ident| $e:expr) => {
        struct $name;
        impl<T: Num> BinaryFn<T, T> for $name {
            #[inline(always)]
            fn call($a: T, $b: T) -> T {
                $e
            }
        }
    };
}

macro_rules! cmp_fn {
    ($name:ident, |$a:ident, $b:ident| $e:expr) => {
        struct $name;
        impl<T: Num> BinaryFn<T, bool> for $name {
            #[inline(always)]
            fn call($a: T, $b: T) -> bool {
                $e
            }
        }
    };
}

num_fn!(AddK, |a, b| a.add(b));
num_fn!(SubK, |a, b| a.sub(b));
num_fn!(MulK, |a, b| a.mul(b));
num_fn!(DivK, |a, b| a.div(b));
num_fn!(PowK, |a, b| a.pow(b));
num_fn!(MaxK, |a, b| a.maximum(b));
num_fn!(MinK, |a, b| a.minimum(b));
num_fn!(RemK, |a, b| a.rem(b));
num_fn!(FloorDivK, |a, b| a.floordiv(b));
cmp_fn!(EqK, |a, b| a == b);
cmp_fn!(NeK, |a, b| a != b);
cmp_fn!(LtK, |a, b| a < b);
cmp_fn!(LeK, |a, b| a <= b);
cmp_fn!(GtK, |a, b| a > b);
cmp_fn!(GeK, |a, b| a >= b);

struct Atan2K;
impl<T: Float> BinaryFn<T, T> for Atan2K {
    #[inline(always)]
    fn call(a: T, b: T) -> T {
        T::from_f64(a.to_f64().atan2(b.to_f64()))
    }
}

/// C's `fmod`: the remainder of truncated division, with the dividend's sign.
struct FmodK;
macro_rules! fmod_int {
    ($($t:ty),*) => {$(
        impl BinaryFn<$t, $t> for FmodK {
            #[inline(always)]
            fn call(a: $t, b: $t) -> $t {
                // Zero divisors are refused before the kernel runs.
                if b == 0 { 0 } else { a.wrapping_rem(b) }
            }
        }
    )*};
}
fmod_int!(i64, i32, i16, i8, u8);
impl BinaryFn<f64, f64> for FmodK {
    #[inline(always)]
    fn call(a: f64, b: f64) -> f64 {
        a % b
    }
}
impl BinaryFn<f32, f32> for FmodK {
    #[inline(always)]
    fn call(a: f32, b: f32) -> f32 {
        a % b
    }
}

macro_rules! float_bin {
    ($name:ident, |$a:ident, $b:ident| $e:expr) => {
        struct $name;
        impl<T: Float> BinaryFn<T, T> for $name {
            #[inline(always)]
            fn call(a: T, b: T) -> T {
                let ($a, $b) = (a.to_f64(), b.to_f64());
                T::from_f64($e)
            }
        }
    };
}

float_bin!(HypotK, |a, b| a.hypot(b));
float_bin!(CopysignK, |a, b| a.copysign(b));
float_bin!(LogaddexpK, |a, b| logaddexp(a, b));
// `polygamma(n, x)` runs as `x op n`, so `n` broadcasts like any second operand.
float_bin!(PolygammaK, |x, n| super::special::polygamma(n, x));

/// `log(exp(a) + exp(b))` without overflow; equal infinities give themselves.
#[inline(always)]
pub(crate) fn logaddexp(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == b && a.is_infinite() {
        return a;
    }
    a.max(b) + (-(a - b).abs()).exp().ln_1p()
}

struct LogicalK<const OP: u8>;
impl<const OP: u8> BinaryFn<bool, bool> for LogicalK<OP> {
    #[inline(always)]
    fn call(a: bool, b: bool) -> bool {
        match OP {
            0 => a & b,
            1 => a | b,
            _ => a ^ b,
        }
    }
}

macro_rules! bitwise {
    ($($t:ty),*) => {
        struct BitK<const OP: u8>;
        $(impl<const OP: u8> BinaryFn<$t, $t> for BitK<OP> {
            #[inline(always)]
            fn call(a: $t, b: $t) -> $t {
                match OP { 0 => a & b, 1 => a | b, _ => a ^ b }
            }
        })*
    };
}
bitwise!(i64, i32, i16, i8, u8, bool);

fn not_impl(op: BinaryOp, dt: DType) -> Error {
    Error::NotImplemented {
        op: format!("{}_cpu", op.name()),
        dtype: dt.scalar_type_name(),
    }
}

macro_rules! each_num {
    ($dt:expr, $k:ty, $a:expr, $b:expr, $o:expr, $op:expr) => {
        // SAFETY: the type matches the runtime dtype in each arm.
        unsafe {
            match $dt {
                DType::F64 => run_binary::<f64, f64, $k>($a, $b, $o),
                DType::F32 => run_binary::<f32, f32, $k>($a, $b, $o),
                DType::I64 => run_binary::<i64, i64, $k>($a, $b, $o),
                DType::I32 => run_binary::<i32, i32, $k>($a, $b, $o),
                DType::I16 => run_binary::<i16, i16, $k>($a, $b, $o),
                DType::I8 => run_binary::<i8, i8, $k>($a, $b, $o),
                DType::U8 => run_binary::<u8, u8, $k>($a, $b, $o),
                DType::Bool => run_binary::<bool, bool, $k>($a, $b, $o),
                DType::F16 => return Err(not_impl($op, DType::F16)),
            }
        }
    };
}

macro_rules! each_cmp {
    ($dt:expr, $k:ty, $a:expr, $b:expr, $o:expr, $op:expr) => {
        // SAFETY: the type matches the runtime dtype in each arm; output is bool.
        unsafe {
            match $dt {
                DType::F64 => run_binary::<f64, bool, $k>($a, $b, $o),
                DType::F32 => run_binary::<f32, bool, $k>($a, $b, $o),
                DType::I64 => run_binary::<i64, bool, $k>($a, $b, $o),
                DType::I32 => run_binary::<i32, bool, $k>($a, $b, $o),
                DType::I16 => run_binary::<i16, bool, $k>($a, $b, $o),
                DType::I8 => run_binary::<i8, bool, $k>($a, $b, $o),
                DType::U8 => run_binary::<u8, bool, $k>($a, $b, $o),
                DType::Bool => run_binary::<bool, bool, $k>($a, $b, $o),
                DType::F16 => return Err(not_impl($op, DType::F16)),
            }
        }
    };
}

macro_rules! each_float {
    ($dt:expr, $k:ty, $a:expr, $b:expr, $o:expr, $op:expr) => {
        // SAFETY: the type matches the runtime dtype in each arm.
        unsafe {
            match $dt {
                DType::F64 => run_binary::<f64, f64, $k>($a, $b, $o),
                DType::F32 => run_binary::<f32, f32, $k>($a, $b, $o),
                other => return Err(not_impl($op, other)),
            }
        }
    };
}

/// The compute and result dtypes of `op` on operands of `result` dtype.
pub fn binary_dtypes(op: BinaryOp, result: DType, default_float: DType) -> Result<(DType, DType)> {
    let out = if op.is_predicate() {
        DType::Bool
    } else if op.is_float_op() && result.is_integral() {
        default_float
    } else {
        result
    };
    if (op.is_bitwise() && result.is_float()) || (op.is_float_only() && !result.is_float()) {
        return Err(not_impl(op, result));
    }
    let compute = match op {
        BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::LogicalXor => DType::Bool,
        _ if op.is_predicate() => result,
        _ => out,
    };
    let compute = if compute == DType::F16 {
        DType::F32
    } else {
        compute
    };
    Ok((compute, out))
}

fn check_bool_sub(op: BinaryOp, a: DType, b: DType) -> Result<()> {
    if op == BinaryOp::Sub && (a == DType::Bool || b == DType::Bool) {
        return Err(Error::Unsupported(
            if a == DType::Bool && b == DType::Bool {
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` \
             or `logical_xor()` operator instead."
                .into()
            } else {
                "Subtraction, the `-` operator, with a bool tensor is not supported. If you are \
             trying to invert a mask, use the `~` or `logical_not()` operator instead."
                    .into()
            },
        ));
    }
    Ok(())
}

fn any_zero(t: &Tensor) -> Result<bool> {
    let z = t.to_dtype(DType::I64)?.to_vec::<i64>()?;
    Ok(z.contains(&0))
}

/// Apply `op` to `a` and `b` with broadcasting. `result` is the promoted dtype
/// ([`DType::result_type`] of the operands, which the caller computes because a
/// Python scalar arrives as a zero-dim tensor whose promotion dtype differs).
pub fn binary(
    op: BinaryOp,
    a: &Tensor,
    b: &Tensor,
    result: DType,
    default_float: DType,
) -> Result<Tensor> {
    check_bool_sub(op, a.dtype(), b.dtype())?;
    if result == DType::Bool {
        let kernel = match op {
            BinaryOp::FloorDivide => Some("div_floor_cpu"),
            BinaryOp::Remainder => Some("remainder_cpu"),
            BinaryOp::Fmod => Some("fmod_cpu"),
            BinaryOp::Pow => Some("pow"),
            _ => None,
        };
        if let Some(k) = kernel {
            return Err(Error::NotImplemented {
                op: k.into(),
                dtype: "Bool",
            });
        }
    }
    let (compute, out_dt) = binary_dtypes(op, result, default_float)?;
    let shape = broadcast_shapes(a.shape(), b.shape())?;
    // Operands are first rounded to the promoted dtype (a float16 result rounds a
    // Python float or a wider tensor to half first, as PyTorch does), then widened to
    // the compute dtype.
    let prepare = |t: &Tensor| -> Result<Tensor> {
        let t = if t.dtype() != result && result == DType::F16 {
            t.to_dtype(result)?
        } else {
            t.clone()
        };
        t.to_dtype(compute)?.broadcast_to(&shape)
    };
    let (a_cast, b_cast);
    let a = if a.dtype() == compute && a.shape() == shape.as_slice() {
        a
    } else {
        a_cast = prepare(a)?;
        &a_cast
    };
    let b = if b.dtype() == compute && b.shape() == shape.as_slice() {
        b
    } else {
        b_cast = prepare(b)?;
        &b_cast
    };
    if compute.is_integral()
        && compute != DType::Bool
        && matches!(
            op,
            BinaryOp::FloorDivide | BinaryOp::Remainder | BinaryOp::Fmod
        )
        && any_zero(b)?
    {
        return Err(Error::Runtime("ZeroDivisionError".into()));
    }
    let res_dt = if op.is_predicate() {
        DType::Bool
    } else {
        compute
    };
    let out = Tensor::uninit(&shape, res_dt)?;
    let (ar, br, o) = (a, b, &out);
    match op {
        BinaryOp::Add => each_num!(compute, AddK, ar, br, o, op),
        BinaryOp::Sub => each_num!(compute, SubK, ar, br, o, op),
        BinaryOp::Mul => each_num!(compute, MulK, ar, br, o, op),
        BinaryOp::Div => each_num!(compute, DivK, ar, br, o, op),
        BinaryOp::Pow => each_num!(compute, PowK, ar, br, o, op),
        BinaryOp::Maximum => each_num!(compute, MaxK, ar, br, o, op),
        BinaryOp::Minimum => each_num!(compute, MinK, ar, br, o, op),
        BinaryOp::Remainder => each_num!(compute, RemK, ar, br, o, op),
        BinaryOp::FloorDivide => each_num!(compute, FloorDivK, ar, br, o, op),
        BinaryOp::Eq => each_cmp!(compute, EqK, ar, br, o, op),
        BinaryOp::Ne => each_cmp!(compute, NeK, ar, br, o, op),
        BinaryOp::Lt => each_cmp!(compute, LtK, ar, br, o, op),
        BinaryOp::Le => each_cmp!(compute, LeK, ar, br, o, op),
        BinaryOp::Gt => each_cmp!(compute, GtK, ar, br, o, op),
        BinaryOp::Ge => each_cmp!(compute, GeK, ar, br, o, op),
        // SAFETY: logical ops compute in bool, as cast above.
        BinaryOp::LogicalAnd => unsafe { run_binary::<bool, bool, LogicalK<0>>(ar, br, o) },
        // SAFETY: as above.
        BinaryOp::LogicalOr => unsafe { run_binary::<bool, bool, LogicalK<1>>(ar, br, o) },
        // SAFETY: as above.
        BinaryOp::LogicalXor => unsafe { run_binary::<bool, bool, LogicalK<2>>(ar, br, o) },
        BinaryOp::BitwiseAnd | BinaryOp::BitwiseOr | BinaryOp::BitwiseXor => {
            bitwise_dispatch(op, compute, ar, br, o)?;
        }
        BinaryOp::Atan2 => each_float!(compute, Atan2K, ar, br, o, op),
        BinaryOp::Hypot => each_float!(compute, HypotK, ar, br, o, op),
        BinaryOp::Copysign => each_float!(compute, CopysignK, ar, br, o, op),
        BinaryOp::Logaddexp => each_float!(compute, LogaddexpK, ar, br, o, op),
        BinaryOp::Polygamma => each_float!(compute, PolygammaK, ar, br, o, op),
        BinaryOp::Fmod => {
            // SAFETY: the type matches the runtime dtype in each arm.
            unsafe {
                match compute {
                    DType::F64 => run_binary::<f64, f64, FmodK>(ar, br, o),
                    DType::F32 => run_binary::<f32, f32, FmodK>(ar, br, o),
                    DType::I64 => run_binary::<i64, i64, FmodK>(ar, br, o),
                    DType::I32 => run_binary::<i32, i32, FmodK>(ar, br, o),
                    DType::I16 => run_binary::<i16, i16, FmodK>(ar, br, o),
                    DType::I8 => run_binary::<i8, i8, FmodK>(ar, br, o),
                    DType::U8 => run_binary::<u8, u8, FmodK>(ar, br, o),
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

fn bitwise_dispatch(op: BinaryOp, dt: DType, a: &Tensor, b: &Tensor, o: &Tensor) -> Result<()> {
    macro_rules! go {
        ($k:literal) => {
            // SAFETY: the type matches the runtime dtype in each arm.
            unsafe {
                match dt {
                    DType::I64 => run_binary::<i64, i64, BitK<$k>>(a, b, o),
                    DType::I32 => run_binary::<i32, i32, BitK<$k>>(a, b, o),
                    DType::I16 => run_binary::<i16, i16, BitK<$k>>(a, b, o),
                    DType::I8 => run_binary::<i8, i8, BitK<$k>>(a, b, o),
                    DType::U8 => run_binary::<u8, u8, BitK<$k>>(a, b, o),
                    DType::Bool => run_binary::<bool, bool, BitK<$k>>(a, b, o),
                    other => return Err(not_impl(op, other)),
                }
            }
        };
    }
    match op {
        BinaryOp::BitwiseAnd => go!(0),
        BinaryOp::BitwiseOr => go!(1),
        _ => go!(2),
    }
    Ok(())
}

/// `where(cond, a, b)`: elements of `a` where `cond` is true, else of `b`.
pub fn where_(cond: &Tensor, a: &Tensor, b: &Tensor, dt: DType) -> Result<Tensor> {
    if cond.dtype() != DType::Bool {
        return Err(Error::Runtime(format!(
            "where expected condition to be a boolean tensor, but got a tensor with dtype {}",
            cond.dtype().scalar_type_name()
        )));
    }
    let shape = broadcast_shapes(&broadcast_shapes(cond.shape(), a.shape())?, b.shape())?;
    let c = cond.broadcast_to(&shape)?;
    let a = a.to_dtype(dt)?.broadcast_to(&shape)?;
    let b = b.to_dtype(dt)?.broadcast_to(&shape)?;
    let out = Tensor::uninit(&shape, dt)?;
    crate::with_dtype!(dt, T, {
        // SAFETY: T is dt's element type for a, b and out; c is bool.
        unsafe { where_typed::<T>(&c, &a, &b, &out) }
    });
    Ok(out)
}

unsafe fn where_typed<T: Element>(c: &Tensor, a: &Tensor, b: &Tensor, out: &Tensor) {
    use super::copy::SendPtr;
    let plan = crate::strided::Plan::<4>::new(
        out.shape(),
        [
            out.layout().strides(),
            c.layout().strides(),
            a.layout().strides(),
            b.layout().strides(),
        ],
        [
            out.layout().offset(),
            c.layout().offset(),
            a.layout().offset(),
            b.layout().offset(),
        ],
    );
    let (po, pc) = (
        SendPtr(out.storage().as_ptr().cast::<T>()),
        SendPtr(c.storage().as_ptr()),
    );
    let pa = SendPtr(a.storage().as_ptr().cast::<T>());
    let pb = SendPtr(b.storage().as_ptr().cast::<T>());
    let [so, sc, sa, sb] = plan.inner_strides;
    plan.for_each_piece(true, move |[oo, oc, oa, ob], len| {
        for i in 0..len {
            let i = isize::try_from(i).unwrap_or(0);
            // SAFETY: plan offsets stay inside the checked layouts.
            unsafe {
                let take_a = *pc.at(oc + i * sc) != 0;
                *po.at(oo + i * so) = if take_a {
                    *pa.at(oa + i * sa)
                } else {
                    *pb.at(ob + i * sb)
                };
            }
        }
    });
}
