"""Reduction Functions (sum, mean) with dims and keepdim."""

from __future__ import annotations

from typing import Any, Optional

from ..function import Function


def _expand_back(g: Any, shape: tuple[int, ...], dims: Optional[list[int]], keepdim: bool) -> Any:
    """Broadcast a reduced gradient back over the reduced dims."""
    n = len(shape)
    if dims is None:
        dims = list(range(n))
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
