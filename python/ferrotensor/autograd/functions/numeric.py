"""Pointwise Functions of the numeric family, with PyTorch's node names.

The special functions, fmod/hypot/copysign/logaddexp/xlogy, and composites (logit,
sinc, lerp, ...). Forward passes run with grad recording off and may use any Tensor
op; backward formulas are written in differentiable Tensor ops, so ``create_graph``
works.
"""

from __future__ import annotations

import math
from typing import Any

from ..function import Function
from ._util import sum_to
from .elementwise import _Binary, _unary

_SQRT_PI = math.sqrt(math.pi)
_LN2 = math.log(2.0)


def _is_tensor(x: Any) -> bool:
    return hasattr(x, "_raw")


def _shape(x: Any) -> tuple[int, ...]:
    return tuple(x._raw.shape) if _is_tensor(x) else ()


def _like(g: Any, x: Any) -> Any:
    """``g`` summed to ``x``'s shape and cast to its dtype (None when ``x`` is a number)."""
    if not _is_tensor(x):
        return None
    g = sum_to(g, _shape(x))
    return g if g._raw.dtype == x._raw.dtype else g._cast(x._raw.dtype)


def where(cond: Any, a: Any, b: Any) -> Any:
    """``where(cond, a, b)`` that records a graph (``a``/``b`` tensors or numbers)."""
    return Where.apply(cond, a, b)


class Where(Function):
    """``where(cond, a, b)``: the gradient goes to the selected operand."""

    node_name = "WhereBackward0"

    @staticmethod
    def forward(ctx: Any, cond: Any, a: Any, b: Any) -> Any:
        from ..._tensor import _make

        ctx.cond, ctx.a, ctx.b = cond, a, b
        raw = cond._backend.where(
            cond._raw, a._raw if _is_tensor(a) else a, b._raw if _is_tensor(b) else b
        )
        return _make(raw, cond._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        c = ctx.cond
        ga = _like(g * c, ctx.a) if ctx.needs_input_grad[1] else None
        gb = _like(g * c.logical_not(), ctx.b) if ctx.needs_input_grad[2] else None
        return None, ga, gb


# ---- one operand ----

Asinh = _unary("asinh", "AsinhBackward0", lambda x, g: g * (x * x + 1).rsqrt())
Acosh = _unary("acosh", "AcoshBackward0", lambda x, g: g * (x * x - 1).rsqrt())
Atanh = _unary("atanh", "AtanhBackward0", lambda x, g: g / (1 - x * x))
Erf = _unary("erf", "ErfBackward0", lambda x, g: g * (2 / _SQRT_PI) * (-(x * x)).exp())
Erfc = _unary("erfc", "ErfcBackward0", lambda x, g: g * (-2 / _SQRT_PI) * (-(x * x)).exp())
Erfinv = _unary(
    "erfinv", "ErfinvBackward0", lambda x, g: g * (_SQRT_PI / 2) * x.erfinv().square().exp()
)
Exp2 = _unary("exp2", "Exp2Backward0", lambda x, g: g * x.exp2() * _LN2)
Lgamma = _unary("lgamma", "LgammaBackward0", lambda x, g: g * x.digamma())
Digamma = _unary("digamma", "DigammaBackward0", lambda x, g: g * x.polygamma(1))

UNARY = {
    f.__name__.lower(): f for f in (Asinh, Acosh, Atanh, Erf, Erfc, Erfinv, Exp2, Lgamma, Digamma)
}


# ---- two operands ----


class Fmod(_Binary):
    """``fmod(a, b)``: ``a - trunc(a / b) * b``."""

    op = "fmod"
    node_name = "FmodBackward1"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        ga = _like(g, a) if ctx.needs_input_grad[0] else None
        gb = None
        if ctx.needs_input_grad[1]:
            gb = _like(-g * a.div(b, rounding_mode="trunc"), b)
        return ga, gb


class FmodScalar(Fmod):
    """``fmod(tensor, number)``."""

    node_name = "FmodBackward0"


class Hypot(_Binary):
    """``hypot(a, b)``."""

    op = "hypot"
    node_name = "HypotBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        out = a.hypot(b)
        return (
            _like(g * a / out, a) if ctx.needs_input_grad[0] else None,
            _like(g * b / out, b) if ctx.needs_input_grad[1] else None,
        )


class Copysign(_Binary):
    """``copysign(a, b)``: the magnitude of ``a`` with the sign of ``b``."""

    op = "copysign"
    node_name = "CopysignBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        ga = gb = None
        if ctx.needs_input_grad[0]:
            # d|a| sign(b) / da: sign(a) sign(b), zero where a is zero.
            ratio = where(a == 0, 0.0, a.copysign(b) / where(a == 0, 1.0, a))
            ga = _like(g * ratio, a)
        if ctx.needs_input_grad[1]:
            gb = _like(g * 0, b)
        return ga, gb


class CopysignScalar(Copysign):
    """``copysign(tensor, number)``."""

    node_name = "CopysignBackward1"


class Logaddexp(_Binary):
    """``log(exp(a) + exp(b))``."""

    op = "logaddexp"
    node_name = "LogaddexpBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        return (
            _like(g / (1 + (b - a).exp()), a) if ctx.needs_input_grad[0] else None,
            _like(g / (1 + (a - b).exp()), b) if ctx.needs_input_grad[1] else None,
        )


class Polygamma(_Binary):
    """``polygamma(n, x)``, run as ``x op n``."""

    op = "polygamma"
    node_name = "PolygammaBackward0"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, n = ctx.saved_tensors
        return g * x.polygamma(n + 1), None


# Every gradient here reads both operands (see ``_Binary.uses``).
for _cls in (Fmod, Hypot, Copysign, Logaddexp, Polygamma):
    _cls.uses = ((0, 1), (0, 1))

Fmod.scalar_variant = FmodScalar  # type: ignore[attr-defined]
Copysign.scalar_variant = CopysignScalar  # type: ignore[attr-defined]

BINARY = {
    "fmod": Fmod,
    "hypot": Hypot,
    "copysign": Copysign,
    "logaddexp": Logaddexp,
    "polygamma": Polygamma,
}


# ---- composites with their own nodes ----


class Xlogy(Function):
    """``x * log(y)``, zero where ``x`` is zero (unless ``y`` is NaN)."""

    node_name = "XlogyBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, y: Any, dtype: str) -> Any:
        ctx.save_for_backward(x, y)
        return _xlogy(x, y, dtype)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, y = ctx.saved_tensors
        ga = gb = None
        if ctx.needs_input_grad[0]:
            # d/dx = log(y), zero only where x == 0 and y <= 0 (PyTorch's convention).
            mask = (x == 0).logical_and(y <= 0) if _is_tensor(y) else None
            d = Xlogy.apply(g, y, g._raw.dtype)
            ga = _like(d if mask is None else where(mask, 0.0, d), x)
        if ctx.needs_input_grad[1]:
            gb = _like(g * x / y, y)
        return ga, gb, None


def _xlogy(x: Any, y: Any, dtype: str) -> Any:
    """Forward of ``xlogy`` in ``dtype`` (either operand may be a number)."""
    from ..._tensor import _make

    b = (x if _is_tensor(x) else y)._backend

    def cast(v: Any) -> Any:
        return v._cast(dtype) if _is_tensor(v) else _make(b.full([], float(v), dtype), b)

    xt, yt = cast(x), cast(y)
    zero = (xt == 0).logical_and(yt.isnan().logical_not())
    safe_y = where(zero, 1.0, yt)
    return where(zero, 0.0, xt * safe_y.log())


class Logit(Function):
    """``log(x / (1 - x))`` of ``x`` clamped to ``[eps, 1 - eps]``."""

    node_name = "LogitBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, eps: Any) -> Any:
        ctx.save_for_backward(x)
        ctx.eps = eps
        z = x if eps is None else x.clamp(eps, 1 - eps)
        return (z / (1 - z)).log()

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        if ctx.eps is None:
            return g / (x * (1 - x)), None
        inside = (x >= ctx.eps).logical_and(x <= 1 - ctx.eps)
        safe = where(inside, x, 0.5)
        return where(inside, g / (safe * (1 - safe)), 0.0), None


class Frac(Function):
    """``x - trunc(x)``."""

    node_name = "FracBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any) -> Any:
        return x - x.trunc()

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g


class Sinc(Function):
    """``sin(pi x) / (pi x)``, 1 at 0."""

    node_name = "SincBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any) -> Any:
        ctx.save_for_backward(x)
        zero = x == 0
        px = where(zero, 1.0, x) * math.pi
        return where(zero, 1.0, px.sin() / px)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        zero = x == 0
        safe = where(zero, 1.0, x)
        px = safe * math.pi
        d = (px.cos() * px - px.sin()) / (px * safe)
        return g * where(zero, 0.0, d)


class NanToNum(Function):
    """``nan_to_num``: the gradient passes where the input was finite."""

    node_name = "NanToNumBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, nan: float, posinf: float, neginf: float) -> Any:
        ctx.save_for_backward(x)
        out = where(x.isnan(), nan, x)
        out = where(out == math.inf, posinf, out)
        return where(out == -math.inf, neginf, out)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        return g * x.isfinite(), None, None, None


class Deg2Rad(Function):
    """``x * pi / 180``."""

    node_name = "Deg2RadBackward0"
    factor = math.pi / 180.0

    @classmethod
    def forward(cls, ctx: Any, x: Any) -> Any:  # type: ignore[override]
        return x * cls.factor

    @classmethod
    def backward(cls, ctx: Any, g: Any) -> Any:  # type: ignore[override]
        return g * cls.factor


class Rad2Deg(Deg2Rad):
    """``x * 180 / pi``."""

    node_name = "Rad2DegBackward0"
    factor = 180.0 / math.pi


class Lerp(Function):
    """``start + weight * (end - start)`` for a number ``weight``."""

    node_name = "LerpBackward0"

    @staticmethod
    def forward(ctx: Any, start: Any, end: Any, weight: Any) -> Any:
        ctx.save_for_backward(start, end, weight)
        if _is_tensor(weight):
            return start + weight * (end - start)
        # PyTorch's two-sided form: exact at both ends.
        if abs(weight) < 0.5:
            return start + weight * (end - start)
        return end - (end - start) * (1 - weight)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        start, end, w = ctx.saved_tensors
        gs = _like(g * (1 - w), start) if ctx.needs_input_grad[0] else None
        ge = _like(g * w, end) if ctx.needs_input_grad[1] else None
        gw = None
        if ctx.needs_input_grad[2]:
            gw = _like(g * (end - start), w)
        return gs, ge, gw


class LerpTensor(Lerp):
    """``lerp`` with a tensor weight."""

    node_name = "LerpBackward1"


class Addcmul(Function):
    """``input + value * t1 * t2``."""

    node_name = "AddcmulBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, t1: Any, t2: Any, value: Any) -> Any:
        ctx.save_for_backward(x, t1, t2)
        ctx.value = value
        prod = t1 * t2
        return x + (prod if value == 1 else prod * value)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, t1, t2 = ctx.saved_tensors
        v = ctx.value
        n = ctx.needs_input_grad
        return (
            _like(g, x) if n[0] else None,
            _like(g * v * t2, t1) if n[1] else None,
            _like(g * v * t1, t2) if n[2] else None,
            None,
        )


class Addcdiv(Function):
    """``input + value * t1 / t2``."""

    node_name = "AddcdivBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, t1: Any, t2: Any, value: Any) -> Any:
        ctx.save_for_backward(x, t1, t2)
        ctx.value = value
        q = t1 / t2
        return x + (q if value == 1 else q * value)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, t1, t2 = ctx.saved_tensors
        v = ctx.value
        n = ctx.needs_input_grad
        return (
            _like(g, x) if n[0] else None,
            _like(g * v / t2, t1) if n[1] else None,
            _like(-g * v * t1 / (t2 * t2), t2) if n[2] else None,
            None,
        )
