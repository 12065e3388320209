"""Indexing Functions: advanced indexing, gather/scatter, index_* and masked_* ops.

Each backward is written in differentiable Tensor ops, and reads and writes are
each other's adjoints (``x[key]`` and a scatter into zeros at ``key``; ``gather``
and ``scatter_add``; ``masked_select`` and ``masked_scatter``), so gradients of
gradients work.
"""

from __future__ import annotations

from typing import Any

from ..function import Function
from ._util import sum_to


def _zeros(meta: tuple[Any, Any, Any]) -> Any:
    from ..._creation import zeros

    shape, dtype, device = meta
    return zeros(shape, dtype=dtype, device=device)


def _meta(x: Any) -> tuple[Any, Any, Any]:
    return tuple(x.shape), x.dtype, x.device


class AdvancedIndex(Function):
    """``x[key]`` with tensor, list or mask indices."""

    node_name = "IndexBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, key: Any) -> Any:
        ctx.meta, ctx.key = _meta(x), key
        return x._adv_get(key)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return IndexPutZeros.apply(g, ctx.meta, ctx.key), None


class IndexPutZeros(Function):
    """Zeros with ``g`` added at ``key`` (repeats accumulate): the adjoint of ``x[key]``."""

    node_name = "IndexPutBackward0"

    @staticmethod
    def forward(ctx: Any, g: Any, meta: Any, key: Any) -> Any:
        ctx.key = key
        z = _zeros(meta)
        if key.mask is not None:
            z._backend.masked_scatter_(z._raw, key.mask._raw, g._raw)
        else:
            z._adv_put_(key, g, True)
        return z

    @staticmethod
    def backward(ctx: Any, gg: Any) -> Any:
        return AdvancedIndex.apply(gg, ctx.key), None, None


class IndexPut(Function):
    """``x.index_put(indices, values, accumulate)`` (and ``x[key] = values``)."""

    node_name = "IndexPutBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, key: Any, values: Any, accumulate: bool) -> Any:
        ctx.key, ctx.acc, ctx.vshape = key, accumulate, tuple(values.shape)
        out = x._new(x._backend.clone(x._raw))
        out._adv_put_(key, values, accumulate)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        from ..._creation import zeros

        gx = gv = None
        if ctx.needs_input_grad[0]:
            zero = zeros((), dtype=g.dtype, device=g.device)
            gx = g if ctx.acc else IndexPut.apply(g, ctx.key, zero, False)
        if ctx.needs_input_grad[2]:
            gv = sum_to(AdvancedIndex.apply(g, ctx.key), ctx.vshape)
        return gx, None, gv, None


class IndexPutFill(IndexPut):
    """``x[long_index] = number``: PyTorch records it as ``index_fill_``."""

    node_name = "IndexFillBackward0"


class IndexPutMaskedFill(IndexPut):
    """``x[mask] = number``: PyTorch records it as ``masked_fill_``."""

    node_name = "MaskedFillBackward0"


class IndexSelect(Function):
    """``index_select(dim, index)``."""

    node_name = "IndexSelectBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any) -> Any:
        ctx.meta, ctx.dim, ctx.index = _meta(x), dim, index
        return x._index_select(dim, index)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return _zeros(ctx.meta).index_add(ctx.dim, ctx.index, g), None, None


class Gather(Function):
    """``gather(dim, index)`` (and ``take_along_dim``)."""

    node_name = "GatherBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any) -> Any:
        ctx.meta, ctx.dim, ctx.index = _meta(x), dim, index
        return x._new(x._backend.gather(x._raw, dim, index._raw))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return _zeros(ctx.meta).scatter_add(ctx.dim, ctx.index, g), None, None


def _scatter(x: Any, dim: int, index: Any, src: Any, reduce: str, include_self: bool) -> Any:
    """A scattered copy of ``x``; ``src`` is a Tensor or a Python number."""
    out = x._new(x._backend.clone(x._raw))
    out._scatter_raw_(dim, index, src, reduce, include_self)
    return out


class Scatter(Function):
    """``scatter(dim, index, src)``: overwritten positions take no gradient from ``x``."""

    node_name = "ScatterBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, src: Any) -> Any:
        ctx.dim, ctx.index = dim, index
        return _scatter(x, dim, index, src, "none", True)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        d, i = ctx.dim, ctx.index
        gx = g.scatter(d, i, 0.0) if ctx.needs_input_grad[0] else None
        gs = g.gather(d, i) if ctx.needs_input_grad[3] else None
        return gx, None, None, gs


class ScatterValue(Function):
    """``scatter(dim, index, value)`` with a Python number."""

    node_name = "ScatterBackward1"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, value: Any) -> Any:
        ctx.dim, ctx.index = dim, index
        return _scatter(x, dim, index, value, "none", True)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g.scatter(ctx.dim, ctx.index, 0.0), None, None, None


class ScatterLegacyReduce(Function):
    """``scatter(..., reduce="add" | "multiply")``, which PyTorch does not differentiate."""

    node_name = "NotImplemented"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, src: Any, reduce: str) -> Any:
        return _scatter(x, dim, index, src, reduce, True)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        raise RuntimeError("derivative for aten::scatter is not implemented")


class ScatterAdd(Function):
    """``scatter_add(dim, index, src)``."""

    node_name = "ScatterAddBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, src: Any) -> Any:
        ctx.dim, ctx.index = dim, index
        return _scatter(x, dim, index, src, "sum", True)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        gs = g.gather(ctx.dim, ctx.index) if ctx.needs_input_grad[3] else None
        return g, None, None, gs


class ScatterReduce(Function):
    """``scatter_reduce(dim, index, src, reduce, include_self)``.

    NOTE: as in PyTorch, ``amax``/``amin`` split the gradient evenly between tied
    values, and ``prod`` recomputes products without the zero factor where a single
    zero sits among the values reduced into a position.
    """

    node_name = "ScatterReduceBackward0"

    @staticmethod
    def forward(
        ctx: Any, x: Any, dim: int, index: Any, src: Any, reduce: str, include_self: bool
    ) -> Any:
        ctx.args = (dim, index, reduce, include_self)
        out = _scatter(x, dim, index, src, reduce, include_self)
        ctx.save_for_backward(x, src, out)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        d, i, reduce, inc = ctx.args
        x, src, out = ctx.saved_tensors
        gx = gs = None
        if reduce == "sum":
            gx, gs = g, g.gather(d, i)
        elif reduce == "mean":
            n = _full(x, 1.0 if inc else 0.0).scatter_add(d, i, _full(src, 1.0)).clamp(min=1)
            gx = g / n
            gs = gx.gather(d, i)
        elif reduce == "prod":
            gx, gs = _prod_grads(g, x, src, out, d, i, inc)
        else:
            # amax/amin: ties share the gradient evenly (self counts even when not included,
            # as in PyTorch).
            x_is = (x == out).to(g.dtype)
            s_is = (src == out.gather(d, i)).to(g.dtype)
            share = g / x_is.scatter_add(d, i, s_is)
            gx = x_is * share
            gs = s_is * share.gather(d, i)
        if not inc:
            gx = gx.scatter(d, i, 0.0)
        return gx, None, None, gs, None, None


def _full(like: Any, value: float) -> Any:
    from ..._creation import full

    return full(tuple(like.shape), value, dtype=like.dtype, device=like.device)


def _prod_grads(g: Any, x: Any, src: Any, out: Any, d: int, i: Any, inc: bool) -> Any:
    """PyTorch's product gradients, exact where one reduced factor is zero."""
    x_safe = x.masked_fill(x == 0, 1)
    gx = g * x_safe.scatter_reduce(d, i, src, "prod", include_self=inc) / x_safe
    src_zero = src == 0
    zeros_in = _full(x, 0.0).scatter_add(d, i, src_zero.to(x.dtype)).gather(d, i)
    single = src_zero.logical_and(zeros_in == 1)
    others = x.scatter_reduce(d, i, src.masked_fill(single, 1), "prod", include_self=inc)
    pick = single.to(g.dtype)
    divided = (g * out).gather(d, i) / src.masked_fill(src_zero, 1)
    gs = (g * others).gather(d, i) * pick + divided * (1 - pick)
    return gx, gs


class IndexAdd(Function):
    """``index_add(dim, index, source, alpha)``."""

    node_name = "IndexAddBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, source: Any, alpha: Any) -> Any:
        ctx.dim, ctx.index, ctx.alpha = dim, index, alpha
        out = x._new(x._backend.clone(x._raw))
        out._index_add_raw_(dim, index, source, alpha)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        gs = None
        if ctx.needs_input_grad[3]:
            gs = g.index_select(ctx.dim, ctx.index)
            if ctx.alpha != 1:
                gs = gs * ctx.alpha
        return g, None, None, gs, None


class IndexFill(Function):
    """``index_fill(dim, index, number)``."""

    node_name = "IndexFillBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, value: Any) -> Any:
        ctx.dim, ctx.index = dim, index
        out = x._new(x._backend.clone(x._raw))
        out._index_fill_raw_(dim, index, value)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g.index_fill(ctx.dim, ctx.index, 0), None, None, None


class IndexFillTensor(IndexFill):
    """``index_fill(dim, index, value)`` with a zero-dim tensor ``value``."""

    node_name = "IndexFillBackward1"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        kept = g.index_fill(ctx.dim, ctx.index, 0)
        gv = (g - kept).sum() if ctx.needs_input_grad[3] else None
        return kept, None, None, gv


class IndexCopy(Function):
    """``index_copy(dim, index, source)``."""

    node_name = "IndexCopyBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, index: Any, source: Any) -> Any:
        ctx.dim, ctx.index = dim, index
        out = x._new(x._backend.clone(x._raw))
        out._index_copy_raw_(dim, index, source)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        d, i = ctx.dim, ctx.index
        gx = g.index_fill(d, i, 0) if ctx.needs_input_grad[0] else None
        gs = g.index_select(d, i) if ctx.needs_input_grad[3] else None
        return gx, None, None, gs


class MaskedFill(Function):
    """``masked_fill(mask, number)`` (``x`` already broadcast to the result)."""

    node_name = "MaskedFillBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, mask: Any, value: Any) -> Any:
        ctx.mask = mask
        out = x._new(x._backend.clone(x._raw))
        out._masked_fill_raw_(mask, value)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g.masked_fill(ctx.mask, 0), None, None


class MaskedFillTensor(MaskedFill):
    """``masked_fill(mask, value)`` with a zero-dim tensor ``value``."""

    node_name = "MaskedFillBackward1"

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        kept = g.masked_fill(ctx.mask, 0)
        gv = (g - kept).sum() if ctx.needs_input_grad[2] else None
        return kept, None, gv


class MaskedSelect(Function):
    """``masked_select(mask)``."""

    node_name = "MaskedSelectBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, mask: Any) -> Any:
        from ..._core import broadcast_shapes

        shape = tuple(broadcast_shapes(list(mask.shape), list(x.shape)))
        ctx.mask, ctx.meta, ctx.shape = mask, (shape, x.dtype, x.device), tuple(x.shape)
        return x._new(x._backend.masked_select(x._raw, mask._raw))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return sum_to(_zeros(ctx.meta).masked_scatter(ctx.mask, g), ctx.shape), None


class MaskedScatter(Function):
    """``masked_scatter(mask, source)``: source's leading elements fill the mask."""

    node_name = "MaskedScatterBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, mask: Any, source: Any) -> Any:
        ctx.mask, ctx.smeta = mask, _meta(source)
        out = x._new(x._backend.clone(x._raw))
        out._backend.masked_scatter_(out._raw, mask._raw, source._raw)
        return out

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        from ..._creation import arange, zeros

        gx = g.masked_fill(ctx.mask, 0) if ctx.needs_input_grad[0] else None
        gs = None
        if ctx.needs_input_grad[2]:
            picked = g.masked_select(ctx.mask)
            shape, dtype, device = ctx.smeta
            flat = zeros(_numel(shape), dtype=dtype, device=device)
            n = picked.shape[0]
            gs = flat.index_copy(0, arange(n, device=device), picked).reshape(shape)
        return gx, None, gs


def _numel(shape: tuple[int, ...]) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


class Take(Function):
    """``take(index)``: elements of the flattened input."""

    node_name = "TakeBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, index: Any) -> Any:
        ctx.meta, ctx.index = _meta(x), index
        return x._take(index)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        shape, dtype, device = ctx.meta
        flat = _zeros(((_numel(shape),), dtype, device))
        out = flat.index_put((ctx.index.reshape(-1),), g.reshape(-1), accumulate=True)
        return out.reshape(shape), None
