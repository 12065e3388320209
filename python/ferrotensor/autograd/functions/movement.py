"""View and copy Functions: gradients flow back through reshapes, permutes and indexing."""

from __future__ import annotations

from typing import Any

from ..function import Function


class View(Function):
    """``view``/``reshape``/``flatten``/``squeeze``/``unsqueeze``: any change of shape."""

    node_name = "ViewBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, fn: Any) -> Any:
        ctx.shape = tuple(x.shape)
        return fn(x)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g.reshape(ctx.shape), None


class Reshape(View):
    """``reshape``."""

    node_name = "UnsafeViewBackward0"


class Permute(Function):
    """``permute(dims)``."""

    node_name = "PermuteBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: tuple[int, ...]) -> Any:
        n = x.dim()
        ctx.dims = [d % n if n else 0 for d in dims]
        return x._view_nograd("permute", list(dims))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        inv = [0] * len(ctx.dims)
        for i, d in enumerate(ctx.dims):
            inv[d] = i
        return g.permute(*inv), None


class Transpose(Function):
    """``transpose(d0, d1)``."""

    node_name = "TransposeBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, d0: int, d1: int) -> Any:
        ctx.d = (d0, d1)
        return x._view_nograd("transpose", d0, d1)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g.transpose(*ctx.d), None, None


class T(Transpose):
    """``t()``."""

    node_name = "TBackward0"


class Expand(Function):
    """``expand(sizes)``."""

    node_name = "ExpandBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, sizes: list[int]) -> Any:
        ctx.shape = tuple(x.shape)
        return x._view_nograd("expand", sizes)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        from ._util import sum_to

        return sum_to(g, ctx.shape), None


class Index(Function):
    """Basic indexing ``x[key]``: the gradient is scattered into zeros of x's shape."""

    node_name = "SelectBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, key: Any) -> Any:
        ctx.shape, ctx.dtype, ctx.device, ctx.key = tuple(x.shape), x.dtype, x.device, key
        return x._view_of(x._index(key))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        from ..._creation import zeros

        out = zeros(ctx.shape, dtype=ctx.dtype, device=ctx.device)
        if g.requires_grad:
            # A differentiable scatter: build the result from g through the same view.
            return _scatter_differentiable(out, ctx.key, g), None
        out[ctx.key] = g
        return out, None


def _scatter_differentiable(zero: Any, key: Any, g: Any) -> Any:
    """``zero`` with ``g`` written at ``key``, as a graph that differentiates back to ``g``."""
    return IndexPut.apply(zero, key, g)


class IndexPut(Function):
    """``zero[key] = g`` as an op whose gradient w.r.t. ``g`` is ``grad[key]``."""

    node_name = "CopySlices"

    @staticmethod
    def forward(ctx: Any, zero: Any, key: Any, g: Any) -> Any:
        ctx.key = key
        out = zero.clone()
        out[key] = g
        return out

    @staticmethod
    def backward(ctx: Any, grad: Any) -> Any:
        return None, None, grad[ctx.key]


class Clone(Function):
    """``clone()``."""

    node_name = "CloneBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any) -> Any:
        return x._view_of(x._backend.clone(x._raw))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g


class ToCopy(Function):
    """A dtype change between floating dtypes."""

    node_name = "ToCopyBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, name: str) -> Any:
        ctx.name = x._raw.dtype
        return x._view_of(x._backend.to(x._raw, name))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g._cast(ctx.name), None
