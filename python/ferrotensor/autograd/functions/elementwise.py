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

UNARY = {
    f.__name__.lower(): f for f in (Neg, Exp, Log, Sqrt, Sin, Cos, Tanh, Sigmoid, Relu, Abs, Square)
}
BINARY = {"add": Add, "sub": Sub, "mul": Mul, "div": Div, "pow": Pow}
