"""Functions along one dim: scans, sort/topk/order statistics, statistical reductions.

The reductions with their own nodes are var/std, logsumexp, nansum and aminmax.
Selections send the gradient back to the picked positions with a scatter-add along
the dim (:class:`ScatterAddAlong`), whose own gradient is a gather, so higher
derivatives work.
"""

from __future__ import annotations

from typing import Any, Optional

from ..function import Function
from .reduce import _expand_back


def _make(raw: Any, backend: Any) -> Any:
    from ..._tensor import _make as make

    return make(raw, backend)


def _norm(dim: int, ndim: int) -> int:
    return dim % ndim if ndim else 0


class GatherAlong(Function):
    """``x`` at int64 ``idx`` along ``dim``."""

    node_name = "GatherBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, idx: Any) -> Any:
        ctx.shape, ctx.dim, ctx.idx = tuple(x._raw.shape), dim, idx
        return _make(x._backend.gather_along(x._raw, dim, idx._raw), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return ScatterAddAlong.apply(ctx.shape, ctx.dim, ctx.idx, g), None, None


class ScatterAddAlong(Function):
    """Zeros of ``shape`` with ``src`` added at ``idx`` along ``dim``."""

    node_name = "ScatterAddBackward0"

    @staticmethod
    def forward(ctx: Any, shape: tuple[int, ...], dim: int, idx: Any, src: Any) -> Any:
        ctx.dim, ctx.idx = dim, idx
        b = src._backend
        return _make(b.scatter_add_along(list(shape), dim, idx._raw, src._raw), b)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return None, None, None, GatherAlong.apply(g, ctx.dim, ctx.idx)


def flip(x: Any, dim: int) -> Any:
    """``x`` reversed along ``dim`` (a gather, so it records a graph)."""
    from ..._creation import arange

    n = x.dim()
    if n == 0:
        return x
    d = _norm(dim, n)
    size = x.shape[d]
    shape = [1] * n
    shape[d] = size
    idx = arange(size - 1, -1, -1, device=x.device).reshape(shape).expand(*x.shape)
    return GatherAlong.apply(x, d, idx)


def reverse_cumsum(g: Any, dim: int) -> Any:
    """``sum_{j >= i} g_j`` along ``dim``."""
    return flip(flip(g, dim).cumsum(dim), dim)


# ---- scans ----


class CumSum(Function):
    """``cumsum(x, dim, dtype)``."""

    node_name = "CumsumBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, dtype: Optional[str]) -> Any:
        ctx.dim, ctx.dtype = dim, x._raw.dtype
        return _make(x._backend.scan(x._raw, "cumsum", dim, dtype), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        out = reverse_cumsum(g, ctx.dim)
        return (out if out._raw.dtype == ctx.dtype else out._cast(ctx.dtype)), None, None


class CumProd(Function):
    """``cumprod(x, dim, dtype)``; exact with zeros in the input."""

    node_name = "CumprodBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, dtype: Optional[str]) -> Any:
        out = _make(x._backend.scan(x._raw, "cumprod", dim, dtype), x._backend)
        ctx.dim, ctx.dtype = dim, x._raw.dtype
        ctx.save_for_backward(x, out)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, out = ctx.saved_tensors
        d = ctx.dim
        if x.dim() == 0:
            return g, None, None
        zero = x == 0
        seen = zero.cumsum(d)
        before = seen == 0  # positions before the first zero of the lane
        first = zero.logical_and(seen == 1)
        # Before the first zero: sum_{j >= k} g_j out_j / x_k.
        safe_x = x * before + before.logical_not()
        part = reverse_cumsum(g * out, d) / safe_x * before
        # At the first zero z: sum_{j >= z} g_j prod_{i <= j, i != z} x_i, which is the
        # reverse cumsum of g times the cumprod of x with that zero replaced by one.
        x1 = x * first.logical_not() + first
        part = part + reverse_cumsum(g * x1.cumprod(d), d) * first
        return (part if part._raw.dtype == ctx.dtype else part._cast(ctx.dtype)), None, None


class LogCumSumExp(Function):
    """``logcumsumexp(x, dim)``."""

    node_name = "LogcumsumexpBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int) -> Any:
        out = _make(x._backend.scan(x._raw, "logcumsumexp", dim, None), x._backend)
        ctx.dim = dim
        ctx.save_for_backward(x, out)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        # grad_k = sum_{j >= k} g_j exp(x_k - out_j), summed in the log domain for the
        # positive and negative parts of g (no overflow, x_k <= out_j).
        x, out = ctx.saved_tensors
        d = ctx.dim
        pos = g.clamp(min=0).log() - out
        neg = (-g).clamp(min=0).log() - out
        rp = flip(flip(pos, d).logcumsumexp(d), d)
        rn = flip(flip(neg, d).logcumsumexp(d), d)
        return (x + rp).exp() - (x + rn).exp(), None


class CumMax(Function):
    """``cummax(x, dim)``: values and indices."""

    node_name = "CummaxBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, is_max: bool) -> Any:
        v, i = x._backend.scan_extreme(x._raw, dim, is_max)
        values, indices = _make(v, x._backend), _make(i, x._backend)
        ctx.mark_non_differentiable(indices)
        ctx.shape, ctx.dim, ctx.indices = tuple(x._raw.shape), dim, indices
        return values, indices

    @staticmethod
    def backward(ctx: Any, g: Any, _gi: Any) -> Any:
        return ScatterAddAlong.apply(ctx.shape, ctx.dim, ctx.indices, g), None, None


class CumMin(CumMax):
    """``cummin(x, dim)``."""

    node_name = "CumminBackward0"


# ---- selections ----


class Sort(Function):
    """``sort``/``topk``: values and indices with the dim kept."""

    node_name = "SortBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, run: Any) -> Any:
        v, i = run(x._raw)
        values, indices = _make(v, x._backend), _make(i, x._backend)
        ctx.mark_non_differentiable(indices)
        ctx.shape, ctx.dim, ctx.indices = tuple(x._raw.shape), dim, indices
        return values, indices

    @staticmethod
    def backward(ctx: Any, g: Any, _gi: Any) -> Any:
        if not ctx.shape:
            return g, None, None
        return ScatterAddAlong.apply(ctx.shape, ctx.dim, ctx.indices, g), None, None


class TopK(Sort):
    """``topk``."""

    node_name = "TopkBackward0"


class Select(Function):
    """``kthvalue``/``median(dim)``/``nanmedian(dim)``/``mode``: one element per lane."""

    node_name = "KthvalueBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, pick: str, dim: int, keepdim: bool, k: int) -> Any:
        v, i = x._backend.order_stat(x._raw, pick, dim, keepdim, k)
        values, indices = _make(v, x._backend), _make(i, x._backend)
        ctx.mark_non_differentiable(indices)
        n = x.dim()
        ctx.shape, ctx.dim, ctx.keepdim = tuple(x._raw.shape), _norm(dim, n), keepdim
        ctx.indices = indices
        return values, indices

    @staticmethod
    def backward(ctx: Any, g: Any, _gi: Any) -> Any:
        if not ctx.shape:
            return g, None, None, None, None
        idx = ctx.indices
        if not ctx.keepdim:
            idx, g = idx.unsqueeze(ctx.dim), g.unsqueeze(ctx.dim)
        return ScatterAddAlong.apply(ctx.shape, ctx.dim, idx, g), None, None, None, None


class MedianDim(Select):
    """``median(dim)``."""

    node_name = "MedianBackward1"


class NanMedianDim(Select):
    """``nanmedian(dim)``."""

    node_name = "NanmedianBackward1"


class Mode(Select):
    """``mode(dim)``."""

    node_name = "ModeBackward0"


class MedianAll(Function):
    """``median()``/``nanmedian()`` of every element."""

    node_name = "MedianBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, pick: str) -> Any:
        b = x._backend
        flat = b.reshape(x._raw, [-1])
        v, i = b.order_stat(flat, pick, 0, False, 1)
        ctx.shape, ctx.index = tuple(x._raw.shape), _make(b.reshape(i, [1]), b)
        return _make(v, b)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        n = 1
        for s in ctx.shape:
            n *= s
        flat = ScatterAddAlong.apply((n,), 0, ctx.index, g.reshape(1))
        return flat.reshape(ctx.shape), None


class NanMedianAll(MedianAll):
    """``nanmedian()``."""

    node_name = "NanmedianBackward0"


# ---- reductions with their own nodes ----


def _all_dims(x: Any, dims: Optional[list[int]]) -> list[int]:
    n = x.dim()
    return list(range(n)) if dims is None or not dims else sorted({d % max(n, 1) for d in dims})


class Var(Function):
    """``var(x, dims, correction, keepdim)`` in two passes (mean, then squares)."""

    node_name = "VarBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], correction: float, keep: bool) -> Any:
        ds = _all_dims(x, dims) if x.dim() else None
        mean = x.mean(ds, keepdim=True) if ds else x
        diff = x - mean
        count = 1
        for d in ds or ():
            count *= x.shape[d]
        dof = max(0.0, count - correction)
        sq = (diff * diff).sum(ds, keepdim=keep) if ds else diff * diff
        out = sq / dof
        ctx.save_for_backward(x, mean)
        ctx.dims, ctx.keep, ctx.dof, ctx.shape = ds, keep, dof, tuple(x.shape)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, mean = ctx.saved_tensors
        ge = _expand_back(g, ctx.shape, ctx.dims, ctx.keep) if ctx.dims else g
        return ge * (x - mean) * (2.0 / ctx.dof if ctx.dof else float("inf")), None, None, None


class Std(Function):
    """``std``: the square root of :class:`Var`."""

    node_name = "StdBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], correction: float, keep: bool) -> Any:
        var = Var.forward(ctx, x, dims, correction, keep)
        out = var.sqrt()
        x, mean = ctx._to_save
        ctx.save_for_backward(x, mean, out)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, mean, out = ctx.saved_tensors
        ds, keep = ctx.dims, ctx.keep
        ge = _expand_back(g / out, ctx.shape, ds, keep) if ds else g / out
        scale = 1.0 / ctx.dof if ctx.dof else float("inf")
        return ge * (x - mean) * scale, None, None, None


class LogSumExp(Function):
    """``log(sum(exp(x)))`` over dims, shifted by the maximum."""

    node_name = "LogsumexpBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: list[int], keep: bool) -> Any:
        from .numeric import where

        ds = _all_dims(x, dims)
        if len(ds) == 1:
            out = _make(x._backend.logsumexp(x._raw, ds[0], keep), x._backend)
            ctx.save_for_backward(x, out)
            ctx.dims, ctx.keep, ctx.shape = ds, keep, tuple(x.shape)
            return out
        if x.numel() == 0 or not ds:
            m = x.sum(ds, keepdim=True) * 0 if ds else x * 0
        else:
            m = x.amax(ds, keepdim=True)
        m = where(m.isfinite(), m, 0.0)
        s = (x - m).exp().sum(ds, keepdim=True) if ds else (x - m).exp()
        out = s.log() + m
        if not keep and ds:
            out = out.squeeze(tuple(ds))
        ctx.save_for_backward(x, out)
        ctx.dims, ctx.keep, ctx.shape = ds, keep, tuple(x.shape)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, out = ctx.saved_tensors
        ds = ctx.dims
        if not ds:
            return g * (x - out).exp(), None, None
        ge = _expand_back(g, ctx.shape, ds, ctx.keep)
        oe = _expand_back(out, ctx.shape, ds, ctx.keep)
        return ge * (x - oe).exp(), None, None


class NanSum(Function):
    """``nansum``: NaNs count as zero."""

    node_name = "NansumBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], keep: bool, dtype: Any) -> Any:
        from .numeric import where

        ctx.save_for_backward(x)
        ctx.dims, ctx.keep, ctx.shape = dims, keep, tuple(x.shape)
        return where(x.isnan(), 0.0, x).sum(dims, keepdim=keep, dtype=dtype)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        ge = _expand_back(g, ctx.shape, ctx.dims, ctx.keep)
        if ge._raw.dtype != x._raw.dtype:
            ge = ge._cast(x._raw.dtype)
        return ge * x.isnan().logical_not(), None, None, None


class AMinMax(Function):
    """``aminmax``: both extremes; ties share each gradient evenly."""

    node_name = "AminmaxBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], keep: bool) -> Any:
        lo = x.amin(dims if dims is not None else (), keepdim=keep)
        hi = x.amax(dims if dims is not None else (), keepdim=keep)
        ctx.save_for_backward(x, lo, hi)
        ctx.dims, ctx.keep, ctx.shape = dims, keep, tuple(x.shape)
        return lo, hi

    @staticmethod
    def backward(ctx: Any, g_lo: Any, g_hi: Any) -> Any:
        x, lo, hi = ctx.saved_tensors
        total = None
        for g, v in ((g_lo, lo), (g_hi, hi)):
            mask = x == _expand_back(v, ctx.shape, ctx.dims, ctx.keep)
            count = mask.sum(ctx.dims, keepdim=True) if ctx.dims is not None else mask.sum()
            part = _expand_back(g, ctx.shape, ctx.dims, ctx.keep) * mask / count
            total = part if total is None else total + part
        return total, None, None
