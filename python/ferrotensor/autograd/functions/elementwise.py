"""Elementwise Functions: forward on the backend, backward in differentiable Tensor ops."""

from __future__ import annotations

from typing import Any

from ..function import Function
from ._util import sum_to


def _shape(x: Any) -> tuple[int, ...]:
    return tuple(x.shape) if hasattr(x, "shape") else ()


def _raw_binary(a: Any, op: str, b: Any, reverse: bool = False) -> Any:
    return a._binary_nograd(op, b, reverse)


class _Binary(Function):
    """Shared forward of two-operand ops: ``a op b`` (``b`` may be a Python number)."""

    op = ""

    @classmethod
    def forward(cls, ctx: Any, a: Any, b: Any) -> Any:  # type: ignore[override]
        ctx.shapes = (_shape(a), _shape(b))
        ctx.save_for_backward(a, b)
        if hasattr(a, "_binary_nograd"):
            return _raw_binary(a, cls.op, b)
        return _raw_binary(b, cls.op, a, True)


class Add(_Binary):
    """``a + b``."""

    op = "add"
    node_name = "AddBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        sa, sb = ctx.shapes
        return (
            sum_to(g, sa) if ctx.needs_input_grad[0] else None,
            sum_to(g, sb) if ctx.needs_input_grad[1] else None,
        )


class Sub(_Binary):
    """``a - b``."""

    op = "sub"
    node_name = "SubBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        sa, sb = ctx.shapes
        return (
            sum_to(g, sa) if ctx.needs_input_grad[0] else None,
            sum_to(-g, sb) if ctx.needs_input_grad[1] else None,
        )


class Mul(_Binary):
    """``a * b``."""

    op = "mul"
    node_name = "MulBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        return (
            sum_to(g * b, sa) if ctx.needs_input_grad[0] else None,
            sum_to(g * a, sb) if ctx.needs_input_grad[1] else None,
        )


class Div(_Binary):
    """``a / b``."""

    op = "div"
    node_name = "DivBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        return (
            sum_to(g / b, sa) if ctx.needs_input_grad[0] else None,
            sum_to(-g * a / (b * b), sb) if ctx.needs_input_grad[1] else None,
        )


class Pow(_Binary):
    """``a ** b`` (named as PyTorch names its three overloads)."""

    op = "pow"
    node_name = "PowBackward1"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        ga = gb = None
        if ctx.needs_input_grad[0]:
            if isinstance(b, (int, float)):
                ga = g * b * a ** (b - 1) if b != 0 else g * 0
            else:
                ga = sum_to(g * b * a ** (b - 1), sa)
        if ctx.needs_input_grad[1]:
            out = a**b
            ln = a.log() if hasattr(a, "log") else __import__("math").log(a)
            gb = sum_to(g * out * ln, sb)
        return ga, gb


class PowScalar(Pow):
    """``tensor ** number``."""

    node_name = "PowBackward0"


class RPow(Pow):
    """``number ** tensor``."""

    node_name = "PowBackward2"


def _unary(name: str, node: str, grad: Any, save_out: bool = False) -> type[Function]:
    def forward(ctx: Any, x: Any) -> Any:
        out = x._unary_nograd(name)
        ctx.save_for_backward(x)
        return out

    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        return grad(x, g)

    cls = type(
        name.capitalize(),
        (Function,),
        {
            "forward": staticmethod(forward),
            "backward": staticmethod(backward),
            "node_name": node,
            "__doc__": f"``{name}(x)``.",
        },
    )
    return cls


Neg = _unary("neg", "NegBackward0", lambda x, g: -g)
Exp = _unary("exp", "ExpBackward0", lambda x, g: g * x.exp())
Log = _unary("log", "LogBackward0", lambda x, g: g / x)
Sqrt = _unary("sqrt", "SqrtBackward0", lambda x, g: g / (2 * x.sqrt()))
Sin = _unary("sin", "SinBackward0", lambda x, g: g * x.cos())
Cos = _unary("cos", "CosBackward0", lambda x, g: -g * x.sin())
Tanh = _unary("tanh", "TanhBackward0", lambda x, g: g * (1 - x.tanh() ** 2))
Sigmoid = _unary("sigmoid", "SigmoidBackward0", lambda x, g: g * x.sigmoid() * (1 - x.sigmoid()))
Relu = _unary("relu", "ReluBackward0", lambda x, g: g * (x > 0))
Abs = _unary("abs", "AbsBackward0", lambda x, g: g * x.sign())
Square = _unary("square", "PowBackward0", lambda x, g: g * 2 * x)

Log1p = _unary("log1p", "Log1PBackward0", lambda x, g: g / (x + 1))
Expm1 = _unary("expm1", "Expm1Backward0", lambda x, g: g * x.exp())
Log2 = _unary("log2", "Log2Backward0", lambda x, g: g / (x * 0.6931471805599453))
Log10 = _unary("log10", "Log10Backward0", lambda x, g: g / (x * 2.302585092994046))
Rsqrt = _unary("rsqrt", "RsqrtBackward0", lambda x, g: -0.5 * g * x.rsqrt() ** 3)
Reciprocal = _unary("reciprocal", "ReciprocalBackward0", lambda x, g: -g / (x * x))
Tan = _unary("tan", "TanBackward0", lambda x, g: g * (1 + x.tan() ** 2))
Asin = _unary("asin", "AsinBackward0", lambda x, g: g / (1 - x * x).sqrt())
Acos = _unary("acos", "AcosBackward0", lambda x, g: -g / (1 - x * x).sqrt())
Atan = _unary("atan", "AtanBackward0", lambda x, g: g / (1 + x * x))
Sinh = _unary("sinh", "SinhBackward0", lambda x, g: g * x.cosh())
Cosh = _unary("cosh", "CoshBackward0", lambda x, g: g * x.sinh())

UNARY = {
    f.__name__.lower(): f
    for f in (
        Neg,
        Exp,
        Log,
        Sqrt,
        Sin,
        Cos,
        Tanh,
        Sigmoid,
        Relu,
        Abs,
        Square,
        Log1p,
        Expm1,
        Log2,
        Log10,
        Rsqrt,
        Reciprocal,
        Tan,
        Asin,
        Acos,
        Atan,
        Sinh,
        Cosh,
    )
}


class _MaxMin(_Binary):
    """``maximum``/``minimum``: the gradient goes to the selected operand, split on ties."""

    @classmethod
    def _grads(cls, ctx: Any, g: Any, pick_a: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        tie = a == b
        ga = gb = None
        if ctx.needs_input_grad[0]:
            ga = sum_to(g * pick_a + g * tie * 0.5, sa)
        if ctx.needs_input_grad[1]:
            gb = sum_to(g * ((~pick_a) & (~tie)) + g * tie * 0.5, sb)
        return ga, gb


class Maximum(_MaxMin):
    """``maximum(a, b)``."""

    op = "maximum"
    node_name = "MaximumBackward0"

    @classmethod
    def backward(cls, ctx: Any, g: Any) -> Any:  # type: ignore[override]
        a, b = ctx.saved_tensors
        return cls._grads(ctx, g, a > b)


class Minimum(_MaxMin):
    """``minimum(a, b)``."""

    op = "minimum"
    node_name = "MinimumBackward0"

    @classmethod
    def backward(cls, ctx: Any, g: Any) -> Any:  # type: ignore[override]
        a, b = ctx.saved_tensors
        return cls._grads(ctx, g, a < b)


BINARY = {
    "add": Add,
    "sub": Sub,
    "mul": Mul,
    "div": Div,
    "pow": Pow,
    "maximum": Maximum,
    "minimum": Minimum,
}
