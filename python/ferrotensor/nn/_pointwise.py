"""Pointwise autograd Functions of ``nn``: activations and elementwise losses.

One node per call with a closed-form backward in differentiable Tensor ops (so
``create_graph=True`` works), named as PyTorch names them (``<GeluBackward0>``). The
gradient conventions at kinks follow PyTorch (checked against 2.15): e.g. leaky_relu
and elu take the negative branch at 0, hardtanh and hardsigmoid have zero gradient at
their bounds, hardswish uses its middle formula only strictly inside ``(-3, 3)``.
"""

from __future__ import annotations

import math
from typing import Any

from .._functional import where
from ..autograd.function import Function
from ._functions import sum_to_shape

_SQRT_2 = math.sqrt(2.0)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)
_GELU_K = math.sqrt(2.0 / math.pi)
_GELU_C = 0.044715


def erf_forward(x: Any) -> Any:
    """``erf`` of each element (no graph), with the core's kernel."""
    return x.detach().erf()


class Erf(Function):
    """``erf(x)``; backward ``2/sqrt(pi) * exp(-x^2)``."""

    node_name = "ErfBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any) -> Any:
        ctx.save_for_backward(x)
        return erf_forward(x)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        return g * _TWO_OVER_SQRT_PI * (-(x * x)).exp()


class _Activation(Function):
    """A one-input activation with extra non-tensor parameters.

    Subclasses define ``compute(x, *params)`` and ``grad(x, g, *params)``.
    """

    @classmethod
    def forward(cls, ctx: Any, x: Any, *params: Any) -> Any:  # type: ignore[override]
        ctx.save_for_backward(x)
        ctx.params = params
        return cls.compute(x, *params)

    @classmethod
    def backward(cls, ctx: Any, g: Any) -> Any:  # type: ignore[override]
        (x,) = ctx.saved_tensors
        return (cls.grad(x, g, *ctx.params), *(None,) * len(ctx.params))

    @staticmethod
    def compute(x: Any, *params: Any) -> Any:
        """The forward value."""
        raise NotImplementedError

    @staticmethod
    def grad(x: Any, g: Any, *params: Any) -> Any:
        """The input gradient given the output gradient ``g``."""
        raise NotImplementedError


class LeakyRelu(_Activation):
    """``x if x > 0 else slope * x``."""

    node_name = "LeakyReluBackward0"

    @staticmethod
    def compute(x: Any, slope: float) -> Any:
        return where(x > 0, x, x * slope)

    @staticmethod
    def grad(x: Any, g: Any, slope: float) -> Any:
        return where(x > 0, g, g * slope)


class Elu(_Activation):
    """``scale * (x if x > 0 else alpha * (exp(input_scale * x) - 1))`` (ELU, SELU, CELU)."""

    node_name = "EluBackward0"

    @staticmethod
    def compute(x: Any, alpha: float, scale: float, input_scale: float) -> Any:
        neg = (x * input_scale).expm1() * (alpha * scale)
        return where(x > 0, x * scale, neg)

    @staticmethod
    def grad(x: Any, g: Any, alpha: float, scale: float, input_scale: float) -> Any:
        neg = g * (x * input_scale).exp() * (alpha * scale * input_scale)
        return where(x > 0, g * scale, neg)


class Gelu(_Activation):
    """``x * Phi(x)`` with the exact normal CDF."""

    node_name = "GeluBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        return x * 0.5 * (1.0 + erf_forward(x / _SQRT_2))

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        cdf = 0.5 * (1.0 + Erf.apply(x / _SQRT_2))
        pdf = (x * x * -0.5).exp() * _INV_SQRT_2PI
        return g * (cdf + x * pdf)


class GeluTanh(_Activation):
    """``0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))``."""

    node_name = "GeluBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        inner = (x + x * x * x * _GELU_C) * _GELU_K
        return x * 0.5 * (1.0 + inner.tanh())

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        x2 = x * x
        t = ((x + x2 * x * _GELU_C) * _GELU_K).tanh()
        d_inner = (1.0 + x2 * (3.0 * _GELU_C)) * _GELU_K
        return g * (0.5 * (1.0 + t) + x * 0.5 * (1.0 - t * t) * d_inner)


class Silu(_Activation):
    """``x * sigmoid(x)``."""

    node_name = "SiluBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        return x * x.sigmoid()

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        s = x.sigmoid()
        return g * s * (1.0 + x * (1.0 - s))


def _softplus(x: Any) -> Any:
    """``log(1 + exp(x))`` without overflow: ``max(x, 0) + log1p(exp(-|x|))``."""
    return x.clamp_min(0.0) + (-x.abs()).exp().log1p()


class Mish(_Activation):
    """``x * tanh(softplus(x))``."""

    node_name = "MishBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        return x * _softplus(x).tanh()

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        t = _softplus(x).tanh()
        return g * (t + x * x.sigmoid() * (1.0 - t * t))


class LogSigmoid(_Activation):
    """``log(sigmoid(x)) = -softplus(-x)``."""

    node_name = "LogSigmoidBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        return 0.0 - _softplus(-x)

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        return g * (-x).sigmoid()


class Softplus(_Activation):
    """``log(1 + exp(beta x)) / beta``, linear where ``beta x > threshold``."""

    node_name = "SoftplusBackward0"

    @staticmethod
    def compute(x: Any, beta: float, threshold: float) -> Any:
        z = x * beta
        return where(z > threshold, x, _softplus(z) / beta)

    @staticmethod
    def grad(x: Any, g: Any, beta: float, threshold: float) -> Any:
        z = x * beta
        return where(z > threshold, g, g * z.sigmoid())


class Hardtanh(_Activation):
    """``clamp(x, min_val, max_val)``; zero gradient at and beyond the bounds."""

    node_name = "HardtanhBackward0"

    @staticmethod
    def compute(x: Any, lo: float, hi: float) -> Any:
        return x.clamp(lo, hi)

    @staticmethod
    def grad(x: Any, g: Any, lo: float, hi: float) -> Any:
        return where((x > lo) & (x < hi), g, 0.0)


class Hardsigmoid(_Activation):
    """``clamp(x / 6 + 1/2, 0, 1)``."""

    node_name = "HardsigmoidBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        return (x / 6.0 + 0.5).clamp(0.0, 1.0)

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        return where((x > -3.0) & (x < 3.0), g / 6.0, 0.0)


class Hardswish(_Activation):
    """``x * clamp(x + 3, 0, 6) / 6``."""

    node_name = "HardswishBackward0"

    @staticmethod
    def compute(x: Any) -> Any:
        return x * (x + 3.0).clamp(0.0, 6.0) / 6.0

    @staticmethod
    def grad(x: Any, g: Any) -> Any:
        mid = g * (x / 3.0 + 0.5)
        return where(x >= 3.0, g, where(x > -3.0, mid, 0.0))


# ---- elementwise losses ----


def reduce_loss(loss: Any, reduction: str) -> Any:
    """Apply ``reduction`` ('none', 'mean' or 'sum') to an elementwise loss."""
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


def spread_grad(g: Any, shape: Any, numel: int, reduction: str) -> Any:
    """The gradient of each element of the unreduced loss, from that of the reduced one."""
    if reduction == "none":
        return g
    if reduction == "mean":
        g = g / numel
    return g.expand(*shape)


class _PointwiseLoss(Function):
    """``reduce(loss(x, t, *params))`` with closed-form gradients in ``x`` and ``t``.

    Subclasses define ``loss(x, t, *params)`` and ``grads(x, t, g, *params)`` returning
    the gradients of ``x`` and ``t`` for an elementwise cotangent ``g``.
    """

    @classmethod
    def forward(cls, ctx: Any, x: Any, t: Any, reduction: str, *params: Any) -> Any:  # type: ignore[override]
        ctx.save_for_backward(x, t)
        ctx.reduction, ctx.params, ctx.shape = reduction, params, tuple(x.shape)
        return reduce_loss(cls.loss(x, t, *params), reduction)

    @classmethod
    def backward(cls, ctx: Any, g: Any) -> Any:  # type: ignore[override]
        x, t = ctx.saved_tensors
        n = 1
        for d in ctx.shape:
            n *= d
        g = spread_grad(g, ctx.shape, max(n, 1), ctx.reduction)
        gx, gt = cls.grads(x, t, g, *ctx.params)
        need = ctx.needs_input_grad
        return (gx if need[0] else None, gt if need[1] else None, None, *(None,) * len(ctx.params))

    @staticmethod
    def loss(x: Any, t: Any, *params: Any) -> Any:
        """The elementwise loss."""
        raise NotImplementedError

    @staticmethod
    def grads(x: Any, t: Any, g: Any, *params: Any) -> tuple[Any, Any]:
        """Gradients of ``x`` and ``t``."""
        raise NotImplementedError


class MseLoss(_PointwiseLoss):
    """``(x - t)^2``."""

    node_name = "MseLossBackward0"

    @staticmethod
    def loss(x: Any, t: Any) -> Any:
        d = x - t
        return d * d

    @staticmethod
    def grads(x: Any, t: Any, g: Any) -> tuple[Any, Any]:
        gx = g * 2.0 * (x - t)
        return gx, -gx


class SmoothL1Loss(_PointwiseLoss):
    """``0.5 d^2 / beta`` where ``|d| < beta``, else ``|d| - beta / 2``."""

    node_name = "SmoothL1LossBackward0"

    @staticmethod
    def loss(x: Any, t: Any, beta: float) -> Any:
        d = x - t
        ad = d.abs()
        return where(ad < beta, d * d * (0.5 / beta), ad - 0.5 * beta)

    @staticmethod
    def grads(x: Any, t: Any, g: Any, beta: float) -> tuple[Any, Any]:
        d = x - t
        gx = where(d.abs() < beta, g * d / beta, g * d.sign())
        return gx, -gx


class HuberLoss(_PointwiseLoss):
    """``0.5 d^2`` where ``|d| < delta``, else ``delta (|d| - delta / 2)``."""

    node_name = "HuberLossBackward0"

    @staticmethod
    def loss(x: Any, t: Any, delta: float) -> Any:
        d = x - t
        ad = d.abs()
        return where(ad < delta, d * d * 0.5, (ad - 0.5 * delta) * delta)

    @staticmethod
    def grads(x: Any, t: Any, g: Any, delta: float) -> tuple[Any, Any]:
        d = x - t
        gx = where(d.abs() < delta, g * d, g * d.sign() * delta)
        return gx, -gx


def _clamped_logs(x: Any) -> tuple[Any, Any]:
    """``log(x)`` and ``log(1 - x)`` clamped below at -100, as PyTorch's BCE does."""
    return x.log().clamp_min(-100.0), (1.0 - x).log().clamp_min(-100.0)


class BinaryCrossEntropy(Function):
    """``-w (t log x + (1 - t) log(1 - x))`` with logs clamped at -100.

    NOTE: the input gradient is PyTorch's ``w (x - t) / max(x (1 - x), 1e-12)``, not the
    derivative of the clamped logs, so it stays finite and nonzero at 0 and 1.
    """

    node_name = "BinaryCrossEntropyBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, t: Any, w: Any, reduction: str) -> Any:
        ctx.save_for_backward(x, t, w)
        ctx.reduction, ctx.shape = reduction, tuple(x.shape)
        log_x, log_1mx = _clamped_logs(x)
        loss = -(t * log_x + (1.0 - t) * log_1mx)
        if w is not None:
            loss = loss * w
        return reduce_loss(loss, reduction)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, t, w = ctx.saved_tensors
        g = spread_grad(g, ctx.shape, max(x.numel(), 1), ctx.reduction)
        need = ctx.needs_input_grad
        gw_g = g if w is None else g * w
        gx = gt = gw = None
        if need[0]:
            gx = gw_g * (x - t) / (x * (1.0 - x)).clamp_min(1e-12)
        if need[1] or need[2]:
            log_x, log_1mx = _clamped_logs(x)
            if need[1]:
                gt = gw_g * (log_1mx - log_x)
            if need[2]:
                gw = sum_to_shape(-g * (t * log_x + (1.0 - t) * log_1mx), w.shape)
        return gx, gt, gw, None


class BinaryCrossEntropyWithLogits(Function):
    """``w ((1 - t) x + (1 + (pw - 1) t) softplus(-x))``, stable for any ``x``."""

    node_name = "BinaryCrossEntropyWithLogitsBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, t: Any, w: Any, pw: Any, reduction: str) -> Any:
        ctx.save_for_backward(x, t, w, pw)
        ctx.reduction, ctx.shape = reduction, tuple(x.shape)
        sp = _softplus(-x)
        loss = (1.0 - t) * x + (sp if pw is None else (1.0 + (pw - 1.0) * t) * sp)
        if w is not None:
            loss = loss * w
        return reduce_loss(loss, reduction)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, t, w, pw = ctx.saved_tensors
        g = spread_grad(g, ctx.shape, max(x.numel(), 1), ctx.reduction)
        need = ctx.needs_input_grad
        gw_g = g if w is None else g * w
        gx = gt = gw = gpw = None
        if need[0]:
            if pw is None:
                gx = gw_g * (x.sigmoid() - t)
            else:
                lw = 1.0 + (pw - 1.0) * t
                gx = gw_g * ((1.0 - t) - lw * (-x).sigmoid())
        if need[1] or need[2] or need[3]:
            sp = _softplus(-x)
            if need[1]:
                gt = gw_g * (-x if pw is None else (pw - 1.0) * sp - x)
            if need[2]:
                lw = 1.0 if pw is None else 1.0 + (pw - 1.0) * t
                gw = sum_to_shape(g * ((1.0 - t) * x + lw * sp), w.shape)
            if need[3]:
                gpw = sum_to_shape(gw_g * t * sp, pw.shape)
        return gx, gt, gw, gpw, None
