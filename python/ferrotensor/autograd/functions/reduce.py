"""Reduction Functions (sum, mean, prod, max/min) with dims and keepdim."""

from __future__ import annotations

from typing import Any, Optional

from ..function import Function
from .elementwise import Where


def _expand_back(g: Any, shape: tuple[int, ...], dims: Optional[list[int]], keepdim: bool) -> Any:
    """Broadcast a reduced gradient back over the reduced dims."""
    n = len(shape)
    if dims is None:
        return g.expand(*shape) if n else g  # a 0-d gradient broadcasts as it is
    if not keepdim and n:
        for d in sorted(d % n for d in dims):
            g = g.unsqueeze(d)
    return g.expand(*shape) if n else g


class Sum(Function):
    """``sum(x, dims, keepdim)``."""

    node_name = "SumBackward1"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], keepdim: bool, dtype: Any) -> Any:
        ctx.shape, ctx.dims, ctx.keepdim = tuple(x.shape), dims, keepdim
        return x._reduce_nograd("sum", dims, keepdim, dtype)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return _expand_back(g, ctx.shape, ctx.dims, ctx.keepdim), None, None, None


class SumAll(Sum):
    """``sum(x)`` over every element."""

    node_name = "SumBackward0"


class Mean(Function):
    """``mean(x, dims, keepdim)``."""

    node_name = "MeanBackward1"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], keepdim: bool, dtype: Any) -> Any:
        ctx.shape, ctx.dims, ctx.keepdim = tuple(x.shape), dims, keepdim
        out = x._reduce_nograd("mean", dims, keepdim, dtype)
        ctx.count = max(x.numel(), 1) // max(out.numel(), 1)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return _expand_back(g / ctx.count, ctx.shape, ctx.dims, ctx.keepdim), None, None, None


class MeanAll(Mean):
    """``mean(x)`` over every element."""

    node_name = "MeanBackward0"


class Prod(Function):
    """``prod(x, dim, keepdim)``."""

    node_name = "ProdBackward1"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Optional[list[int]], keepdim: bool, dtype: Any) -> Any:
        ctx.shape, ctx.dims, ctx.keepdim = tuple(x.shape), dims, keepdim
        ctx.save_for_backward(x)
        return x._reduce_nograd("prod", dims, keepdim, dtype)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        (x,) = ctx.saved_tensors
        grad = _expand_back(g, ctx.shape, ctx.dims, ctx.keepdim) * _prod_of_others(x, ctx.dims)
        if grad.dtype != x.dtype:
            grad = grad.to(x.dtype)
        return grad, None, None, None


class ProdAll(Prod):
    """``prod(x)`` over every element."""

    node_name = "ProdBackward0"


def _prod_of_others(x: Any, dims: Optional[list[int]]) -> Any:
    """For each element, the product of the other elements of its slice along ``dims``.

    Zeros need care, since ``prod / x`` divides by them. With ``v`` = ``x`` with zeros
    replaced by 1, ``P = prod(v)`` and ``s`` = the sum of the zeros of the slice (0, but
    it carries their derivatives), the product of the others is ``P / x`` in a slice
    without zeros; with one zero it is ``P`` at the zero and ``s * P / x`` elsewhere; with
    two it is ``(s - x) * P`` at each zero and 0 elsewhere; with more it is 0. Written in
    differentiable ops, this is exact to every order with at most one zero per slice,
    and to the second order (what gradgrad needs) always.
    """

    def reduce(t: Any, op: str) -> Any:
        if dims is None:
            return getattr(t, op)()
        return getattr(t, op)(dims[0] if op == "prod" else dims, keepdim=True)

    where = Where.apply
    zero = x == 0
    v = where(zero, 1.0, x)
    count = reduce(zero, "sum")
    s = reduce(where(zero, x, 0.0), "sum")
    two = where((count == 2) & zero, s - x, 0.0)
    factor = where(count == 0, 1.0, where(count == 1, where(zero, 1.0, s), two))
    return reduce(v, "prod") / v * factor


class AMax(Function):
    """``amax``/``amin`` and full ``max()``/``min()``: ties share the gradient evenly."""

    node_name = "AmaxBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, op: str, dims: Optional[list[int]], keepdim: bool) -> Any:
        out = x._reduce_nograd(op, dims, keepdim, None)
        ctx.dims, ctx.keepdim, ctx.shape = dims, keepdim, tuple(x.shape)
        ctx.save_for_backward(x, out)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        x, out = ctx.saved_tensors
        mask = x == _expand_back(out, ctx.shape, ctx.dims, ctx.keepdim)
        count = mask.sum(ctx.dims, keepdim=True) if ctx.dims is not None else mask.sum()
        share = _expand_back(g, ctx.shape, ctx.dims, ctx.keepdim) * mask
        return share / count, None, None, None


class MaxAll(AMax):
    """``max()`` of every element."""

    node_name = "MaxBackward1"


class MinAll(AMax):
    """``min()`` of every element."""

    node_name = "MinBackward1"


class AMin(AMax):
    """``amin``."""

    node_name = "AminBackward0"


class MaxDim(Function):
    """``max(dim)``/``min(dim)``: values get the gradient at the returned index."""

    node_name = "MaxBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, keepdim: bool, is_max: bool) -> Any:
        name = "max" if is_max else "min"
        v, i = x._backend.arg_reduce(x._raw, dim, keepdim, is_max, name)
        values, indices = x._view_of(v), x._view_of(i)
        ctx.mark_non_differentiable(indices)
        ctx.dim = dim % max(x.dim(), 1)
        ctx.keepdim, ctx.shape = keepdim, tuple(x.shape)
        ctx.indices = indices
        return values, indices

    @staticmethod
    def backward(ctx: Any, g: Any, _gi: Any) -> Any:
        from ..._creation import arange

        n = len(ctx.shape)
        if n == 0:
            return g, None, None, None
        idx, gv = ctx.indices, g
        if not ctx.keepdim:
            idx, gv = idx.unsqueeze(ctx.dim), gv.unsqueeze(ctx.dim)
        pos_shape = [1] * n
        pos_shape[ctx.dim] = ctx.shape[ctx.dim]
        pos = arange(ctx.shape[ctx.dim], device=g.device).reshape(pos_shape)
        return gv * (pos == idx), None, None, None


class MinDim(MaxDim):
    """``min(dim)``."""

    node_name = "MinBackward0"
