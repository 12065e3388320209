"""Fused autograd Functions of ``nn``: softmax, log_softmax, NLL/cross-entropy, linear, embedding.

Each forward runs on the backend (grad mode is off inside ``Function.forward``) and
each backward is a closed form in differentiable Tensor ops, so ``create_graph=True``
works. Outputs that a backward reads are kept detached (no reference cycle through the
node); with ``create_graph`` the output is recomputed from the input through the
Function itself, so second derivatives see it as a function of the input.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from .. import _creation, _errors
from .._functional import where
from ..autograd.function import Function
from ..autograd.functions._util import sum_to
from ..autograd.grad_mode import _ENABLED


def norm_dim(dim: int, ndim: int) -> int:
    """``dim`` as a non-negative dimension of an ``ndim``-dimensional tensor."""
    n = max(ndim, 1)
    if not -n <= dim < n:
        raise IndexError(_errors.dim_out_of_range(dim, ndim))
    return dim % n


def softmax_forward(x: Any, dim: int) -> Any:
    """``exp(x - max) / sum(exp(x - max))`` along ``dim`` (no graph)."""
    e = (x - x.amax(dim, keepdim=True)).exp()
    return e / e.sum(dim, keepdim=True)


def log_softmax_forward(x: Any, dim: int) -> Any:
    """``x - max - log(sum(exp(x - max)))`` along ``dim`` (no graph)."""
    s = x - x.amax(dim, keepdim=True)
    return s - s.exp().sum(dim, keepdim=True).log()


class Softmax(Function):
    """``softmax(x, dim)``; backward ``y * (g - sum(g * y))``."""

    node_name = "SoftmaxBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int) -> Any:
        y = softmax_forward(x, dim)
        ctx.dim, ctx.input = dim, x
        ctx.save_for_backward(y.detach())
        return y

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        dim = ctx.dim
        y = Softmax.apply(ctx.input, dim) if _ENABLED[0] else ctx.saved_tensors[0]
        return y * (g - (g * y).sum(dim, keepdim=True)), None


class LogSoftmax(Function):
    """``log_softmax(x, dim)``; backward ``g - exp(y) * sum(g)``."""

    node_name = "LogSoftmaxBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int) -> Any:
        y = log_softmax_forward(x, dim)
        ctx.dim, ctx.input = dim, x
        ctx.save_for_backward(y.detach())
        return y

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        dim = ctx.dim
        y = LogSoftmax.apply(ctx.input, dim) if _ENABLED[0] else ctx.saved_tensors[0]
        return g - y.exp() * g.sum(dim, keepdim=True), None


def _nll_coef(g: Any, wt: Any, reduction: str, total: float) -> Any:
    """Each sample's gradient coefficient, shaped to broadcast along the class dim 1."""
    if reduction == "mean":
        g = g / total
    if wt is not None:
        g = g * wt
    return g.unsqueeze(1) if g.dim() else g


def _nll_forward(logp: Any, mask: Any, wt: Any, reduction: str, total: float) -> Any:
    per = where(mask, logp, 0.0).sum(1)
    if wt is not None:
        per = per * wt
    # ``0 - x`` rather than ``-x``: ignored targets give 0, not -0, as in PyTorch.
    if reduction == "none":
        return 0.0 - per
    out = 0.0 - per.sum()
    return out / total if reduction == "mean" else out


class NllLoss(Function):
    """``nll_loss`` on ``(N, C, ...)`` log-probabilities.

    ``mask`` is the boolean one-hot of the (non-ignored) targets along dim 1, ``wt`` the
    weight of each sample's class (0 where ignored; None when all are 1) and ``total``
    the sum of the weights.
    """

    node_name = "NllLossBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, mask: Any, wt: Any, reduction: str, total: float) -> Any:
        ctx.mask, ctx.wt, ctx.reduction, ctx.total = mask, wt, reduction, total
        return _nll_forward(x, mask, wt, reduction, total)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        coef = _nll_coef(g, ctx.wt, ctx.reduction, ctx.total)
        return where(ctx.mask, 0.0 - coef, 0.0), None, None, None, None


class CrossEntropy(Function):
    """``nll_loss(log_softmax(x, 1))`` in one node; backward ``(softmax - onehot) * w * g``."""

    node_name = "NllLossBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, mask: Any, wt: Any, reduction: str, total: float) -> Any:
        logp = log_softmax_forward(x, 1)
        ctx.mask, ctx.wt, ctx.reduction, ctx.total = mask, wt, reduction, total
        ctx.input, ctx.logp = x, logp
        return _nll_forward(logp, mask, wt, reduction, total)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        coef = _nll_coef(g, ctx.wt, ctx.reduction, ctx.total)
        sm = Softmax.apply(ctx.input, 1) if _ENABLED[0] else ctx.logp.exp()
        onehot = ctx.mask.to(sm.dtype)
        return (sm - onehot) * coef, None, None, None, None


class Linear(Function):
    """``x @ w.T + b`` over the last dimension of ``x`` (a 2-D weight)."""

    node_name = "UnsafeViewBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, w: Any, b: Any) -> Any:
        need = ctx.needs_input_grad
        ctx.save_for_backward(x if need[1] else None, w if need[0] else None)
        shape = tuple(x.shape)
        x2 = x if len(shape) == 2 else x.reshape(-1, shape[-1])
        out = x2.matmul(w.t())
        if b is not None:
            out = out + b
        if len(shape) != 2:
            out = out.reshape(*shape[:-1], w.shape[0])
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, w = ctx.saved_tensors
        need = ctx.needs_input_grad
        g2 = g if g.dim() == 2 else g.reshape(-1, g.shape[-1])
        gx = gw = gb = None
        if need[0]:
            gx = g2.matmul(w)
            if g.dim() != 2:
                gx = gx.reshape(*g.shape[:-1], w.shape[1])
        if need[1]:
            x2 = x if x.dim() == 2 else x.reshape(-1, x.shape[-1])
            gw = g2.t().matmul(x2)
        if need[2]:
            gb = g2.sum(0)
        return gx, gw, gb


class LinearAddmm(Linear):
    """Linear on a 2-D input with a bias."""

    node_name = "AddmmBackward0"


class LinearMm(Linear):
    """Linear on a 2-D input without a bias."""

    node_name = "MmBackward0"


def linear_function(x: Any, bias: Any) -> type[Linear]:
    """The Function whose node PyTorch's ``linear`` would show for these operands."""
    if x.dim() != 2:
        return Linear
    return LinearMm if bias is None else LinearAddmm


# ---- embedding: a gather and its adjoint scatter-add ----


def _index_array(idx: Any) -> np.ndarray:
    """The indices on the host (padding and frequency scaling are computed there)."""
    return np.asarray(idx.numpy(force=True), dtype=np.int64)


def gather_rows(weight: Any, idx: Any) -> Any:
    """``weight[idx]`` for an integer tensor ``idx`` (no graph), with the core's kernel."""
    d = weight.shape[1]
    return weight.index_select(0, idx.reshape(-1)).reshape(*idx.shape, d)


def scatter_rows(g: Any, idx: Any, num: int) -> Any:
    """The adjoint of :func:`gather_rows`: rows of ``g`` summed into a ``(num, D)`` tensor."""
    d = g.shape[-1]
    out = _creation.zeros(num, d, dtype=g.dtype, device=g.device)
    return out.index_add(0, idx.reshape(-1), g.reshape(-1, d))


class Embedding(Function):
    """``weight[idx]``; the gradient scatters back, skipping ``padding_idx``."""

    node_name = "EmbeddingBackward0"

    @staticmethod
    def forward(ctx: Any, weight: Any, idx: Any, padding_idx: Optional[int], scale: bool) -> Any:
        ctx.idx, ctx.num, ctx.padding_idx, ctx.scale = idx, weight.shape[0], padding_idx, scale
        return gather_rows(weight, idx)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        factor = _row_factor(ctx.idx, ctx.padding_idx, ctx.scale, g)
        if factor is not None:
            g = g * factor
        return EmbeddingDenseBackward.apply(g, ctx.idx, ctx.num), None, None, None


class EmbeddingDenseBackward(Function):
    """The scatter-add of embedding gradients; its own gradient is the gather."""

    node_name = "EmbeddingDenseBackward0"

    @staticmethod
    def forward(ctx: Any, g: Any, idx: Any, num: int) -> Any:
        ctx.idx = idx
        return scatter_rows(g, idx, num)

    @staticmethod
    def backward(ctx: Any, gg: Any) -> Any:
        return Embedding.apply(gg, ctx.idx, None, False), None, None


def _row_factor(idx: Any, padding_idx: Optional[int], scale: bool, like: Any) -> Any:
    """Per-position gradient factors: 0 at ``padding_idx``, ``1/count`` with ``scale``."""
    if padding_idx is None and not scale:
        return None

    ids = _index_array(idx)
    factor = np.ones(ids.shape, dtype=np.float64)
    if scale:
        _, inverse, counts = np.unique(ids, return_inverse=True, return_counts=True)
        factor = factor / counts[inverse.reshape(ids.shape)]
    if padding_idx is not None:
        factor[ids == padding_idx] = 0.0
    return _creation.tensor(factor[..., None], dtype=like.dtype, device=like.device)


def sum_to_shape(g: Any, shape: Any) -> Any:
    """Re-export of autograd's ``sum_to`` for the pointwise Functions."""
    return sum_to(g, tuple(shape))
