"""Elementwise Functions: forward on the backend, backward in differentiable Tensor ops.

Each Function saves only the operands its needed gradients read (``ctx.needs_input_grad``),
as PyTorch does: a tensor written in place after the forward makes backward raise only
when backward would have read it.
"""

from __future__ import annotations

import math
from typing import Any

from ..function import Function
from ._util import sum_to


def _shape(x: Any) -> tuple[int, ...]:
    raw = getattr(x, "_raw", None)
    return raw.shape if raw is not None else ()


def _is_tensor(x: Any) -> bool:
    return hasattr(x, "_raw")


def _raw_binary(a: Any, op: str, b: Any, reverse: bool = False) -> Any:
    return a._binary_nograd(op, b, reverse)


def _save_needed(ctx: Any, uses: tuple[tuple[int, ...], ...], *operands: Any) -> None:
    """Save the operands that the gradients of the inputs needing grad read.

    ``uses[i]`` lists the operands input ``i``'s gradient reads. Python numbers and None
    are kept as they are: nothing can modify them in place.
    """
    key = (uses, ctx.needs_input_grad)
    wanted = _WANTED.get(key)
    if wanted is None:
        wanted = _WANTED[key] = frozenset(
            j for i, need in enumerate(ctx.needs_input_grad) if need for j in uses[i]
        )
    ctx.save_for_backward(
        *(x if j in wanted or not _is_tensor(x) else None for j, x in enumerate(operands))
    )


# (uses, needs_input_grad) -> the operand positions to save; a handful of keys per op.
_WANTED: dict[Any, frozenset[int]] = {}


def _where(cond: Any, a: Any, b: Any) -> Any:
    """``where(cond, a, b)``, recorded in the graph when ``a`` or ``b`` requires grad."""
    return Where.apply(cond, a, b)


class _Binary(Function):
    """Shared forward of two-operand ops: ``a op b`` (``b`` may be a Python number)."""

    op = ""
    # uses[i]: the operands (0 for a, 1 for b) that the gradient of input i reads.
    uses: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    @classmethod
    def forward(cls, ctx: Any, a: Any, b: Any) -> Any:  # type: ignore[override]
        ctx.shapes = (_shape(a), _shape(b))
        _save_needed(ctx, cls.uses, a, b)
        if hasattr(a, "_binary_nograd"):
            return a._binary_nograd(cls.op, b, False)
        return b._binary_nograd(cls.op, a, True)


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
    """``a * b``: the gradient of ``a`` reads ``b`` and that of ``b`` reads ``a``."""

    op = "mul"
    node_name = "MulBackward0"
    uses = ((1,), (0,))

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
    uses = ((1,), (0, 1))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        return (
            sum_to(g / b, sa) if ctx.needs_input_grad[0] else None,
            sum_to(-g * a / (b * b), sb) if ctx.needs_input_grad[1] else None,
        )


def _log_number(a: float) -> float:
    return math.log(a) if a > 0 else (-math.inf if a == 0 else math.nan)


class Pow(_Binary):
    """``a ** b`` (named as PyTorch names its three overloads)."""

    op = "pow"
    node_name = "PowBackward1"
    uses = ((0, 1), (0, 1))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        ga = gb = None
        if ctx.needs_input_grad[0]:
            if not _is_tensor(b):
                ga = g * b * a ** (b - 1) if b != 0 else g * 0
            else:
                ga = sum_to(g * b * a ** (b - 1), sa)
        if ctx.needs_input_grad[1]:
            out = a**b
            if _is_tensor(a):
                term = g * out * a.log()
                gb = _where((a == 0) & (b >= 0), 0.0, term)
            else:
                term = g * out * _log_number(a)
                # NOTE: as in PyTorch, 0 ** b has gradient 0 (not nan) in b where b >= 0.
                gb = _where(b >= 0, 0.0, term) if a == 0 else term
            gb = sum_to(gb, sb)
        return ga, gb


class PowScalar(Pow):
    """``tensor ** number``."""

    node_name = "PowBackward0"


class RPow(Pow):
    """``number ** tensor``."""

    node_name = "PowBackward2"


class Atan2(_Binary):
    """``atan2(a, b)``."""

    op = "atan2"
    node_name = "Atan2Backward0"
    uses = ((0, 1), (0, 1))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        gr = g / (a * a + b * b)
        return (
            sum_to(gr * b, sa) if ctx.needs_input_grad[0] else None,
            sum_to(-gr * a, sb) if ctx.needs_input_grad[1] else None,
        )


class Remainder(_Binary):
    """``remainder(a, b)`` with a tensor divisor: ``a - b * floor(a / b)``.

    NOTE: ``number % tensor`` uses this Function too; PyTorch records a node there whose
    backward raises, while the formula below is the gradient.
    """

    op = "remainder"
    node_name = "RemainderBackward1"
    uses = ((), (0, 1))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        sa, sb = ctx.shapes
        return (
            sum_to(g, sa) if ctx.needs_input_grad[0] else None,
            # floor_divide is piecewise constant: it records nothing.
            sum_to(-g * (a // b), sb) if ctx.needs_input_grad[1] else None,
        )


class RemainderScalar(Remainder):
    """``remainder(tensor, number)``."""

    node_name = "RemainderBackward0"


def _unary(name: str, node: str, grad: Any, save: bool = True) -> type[Function]:
    """A one-input Function; ``save=False`` for gradients that do not read the input."""

    def forward(ctx: Any, x: Any) -> Any:
        out = x._unary_nograd(name)
        if save:
            ctx.save_for_backward(x)
        return out

    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors if save else (None,)
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


Neg = _unary("neg", "NegBackward0", lambda x, g: -g, save=False)
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

    uses = ((0, 1), (0, 1))

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


class Where(Function):
    """``where(cond, a, b)``: each branch gets the gradient where it was selected."""

    node_name = "WhereBackward0"

    @staticmethod
    def forward(ctx: Any, cond: Any, a: Any, b: Any) -> Any:
        from ..._functional import where

        ctx.shapes = (_shape(a), _shape(b))
        ctx.save_for_backward(cond)
        return where(cond, a, b)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (cond,) = ctx.saved_tensors
        sa, sb = ctx.shapes
        return (
            None,
            sum_to(_where(cond, g, 0.0), sa) if ctx.needs_input_grad[1] else None,
            sum_to(_where(cond, 0.0, g), sb) if ctx.needs_input_grad[2] else None,
        )


class Clamp(Function):
    """``clamp(x, min, max)``; either bound may be None, a number or a tensor.

    NOTE: the gradient rules follow PyTorch (checked against 2.15, ties and NaN
    included), not the older "1 where min <= x <= max". With number
    bounds, ``x`` gets the gradient only strictly inside ``(min, max)``: 0 at a bound
    and at NaN. With tensor bounds, a tie between ``x`` and the bound it meets splits
    the gradient in half (as ``maximum``/``minimum`` do), and where ``min > max`` the
    result is ``max``, which takes the whole gradient.
    """

    node_name = "ClampBackward1"

    @staticmethod
    def forward(ctx: Any, x: Any, lo: Any, hi: Any) -> Any:
        ctx.shapes = (_shape(x), _shape(lo), _shape(hi))
        ctx.tensor_bounds = _is_tensor(lo) or _is_tensor(hi)
        if ctx.tensor_bounds:
            ctx.save_for_backward(x, lo, hi)
        else:
            ctx.save_for_backward(x)
            ctx.bounds = (lo, hi)
        out = x
        if lo is not None:
            out = _raw_binary(out, "maximum", lo)
        if hi is not None:
            out = _raw_binary(out, "minimum", hi)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        if not ctx.tensor_bounds:
            (x,) = ctx.saved_tensors
            lo, hi = ctx.bounds
            inside = x > lo if lo is not None else None
            if hi is not None:
                inside = x < hi if inside is None else inside & (x < hi)
            return _where(inside, g, 0.0), None, None
        x, lo, hi = ctx.saved_tensors
        if lo is not None and hi is not None:
            grads = _clamp_both(g, x, lo, hi)
        elif lo is not None:
            grads = (*_clamp_one(g, x, lo, x < lo, x > lo), None)
        else:
            gx, ghi = _clamp_one(g, x, hi, x > hi, x < hi)
            grads = (gx, None, ghi)
        return tuple(
            sum_to(t, s) if need and t is not None else None
            for t, s, need in zip(grads, ctx.shapes, ctx.needs_input_grad)
        )


def _clamp_one(g: Any, x: Any, bound: Any, bound_wins: Any, x_wins: Any) -> tuple[Any, Any]:
    """Gradients of ``clamp_min``/``clamp_max`` by a tensor: ``(x, bound)``, ties split.

    NOTE: as in PyTorch, a NaN in ``x`` or ``bound`` sends the whole gradient to both.
    """
    half = _where(x == bound, g * 0.5, g)
    return _where(bound_wins, 0.0, half), _where(x_wins, 0.0, half)


def _clamp_both(g: Any, x: Any, lo: Any, hi: Any) -> tuple[Any, Any, Any]:
    """Gradients of ``clamp(x, lo, hi)`` with tensor bounds: ``(x, lo, hi)``."""
    half = g * 0.5
    proper = lo < hi
    gx = _where((x < lo) | (x > hi), 0.0, _where(((x == lo) | (x == hi)) & proper, half, g))
    glo = _where((x < lo) & (lo <= hi), g, _where((x == lo) & proper, half, 0.0))
    ghi = _where(((x > hi) & (lo <= hi)) | (lo > hi), g, _where((x == hi) & proper, half, 0.0))
    return gx, glo, ghi


class ClampTensor(Clamp):
    """``clamp`` with tensor bounds."""

    node_name = "ClampBackward0"


class ClampMin(Clamp):
    """``clamp_min(x, number)``."""

    node_name = "ClampMinBackward0"


class ClampMinTensor(Clamp):
    """``clamp_min(x, tensor)``."""

    node_name = "ClampMinBackward1"


class ClampMax(Clamp):
    """``clamp_max(x, number)``."""

    node_name = "ClampMaxBackward0"


class ClampMaxTensor(Clamp):
    """``clamp_max(x, tensor)``."""

    node_name = "ClampMaxBackward1"


BINARY = {
    "add": Add,
    "sub": Sub,
    "mul": Mul,
    "div": Div,
    "pow": Pow,
    "maximum": Maximum,
    "minimum": Minimum,
    "atan2": Atan2,
    "remainder": Remainder,
}

# The Function of ``tensor op number`` and of ``number op tensor``, where it differs.
SCALAR_OTHER = {"pow": PowScalar, "remainder": RemainderScalar}
SCALAR_SELF = {"pow": RPow}
