"""Views with explicit geometry (``as_strided``, ``diagonal``) and their gradients."""

from __future__ import annotations

from typing import Any

from ..function import Function
from .inplace import Geometry, Restride


def geometry(raw: Any, origin: int) -> Geometry:
    """``raw``'s shape, strides and storage offset relative to ``origin``."""
    return tuple(raw.shape), tuple(raw.strides), raw.offset - origin


class AsStrided(Function):
    """A view of ``x`` with the given sizes, strides and storage offset.

    The gradient scatters back through the same geometry; overlapping views (a
    stride of 0 over a size above 1) are refused, since their gradient would need
    to sum over the repeated elements.
    """

    node_name = "AsStridedBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, size: list[int], stride: list[int], offset: int) -> Any:
        raw = x._backend.as_strided(x._raw, size, stride, offset)
        origin = min(x._raw.offset, offset)
        ctx.geoms = (geometry(x._raw, origin), geometry(raw, origin))
        return x._view_of(raw)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        src, view = ctx.geoms
        if any(s == 0 and n > 1 for n, s in zip(view[0], view[1])):
            raise NotImplementedError(
                "the derivative of as_strided with overlapping elements is not implemented"
            )
        return Restride.apply(g, view, src), None, None, None


class Diagonal(AsStrided):
    """``diagonal(offset, dim1, dim2)``: a view whose gradient fills a zero tensor's diagonal."""

    node_name = "DiagonalBackward0"
