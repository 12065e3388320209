"""In-place writes in the graph: the written tensor takes the history of its new values.

An in-place op on a tensor that takes part in a graph (or that writes values which
require grad) is recorded as its out-of-place form, whose result is then written
back and *rebased*:

- a tensor that is not a view takes the result's ``grad_fn``;
- a view's base gets a ``CopySlices`` node: the new base equals the old base with the
  view's region replaced by the result, so the gradient goes to the old base outside
  the region and to the result inside it. The view itself is then re-derived from the
  new base (``AsStridedBackward0``).

Geometry is handled by :class:`Restride`, which reads the elements of one strided
region of a scratch buffer after writing another; regions are expressed relative
to the lowest storage offset of the base.
"""

from __future__ import annotations

from typing import Any, Optional

from ..function import Function
from ._util import sum_to


def _make(raw: Any, backend: Any) -> Any:
    from ..._tensor import _make as make

    return make(raw, backend)


Geometry = tuple[tuple[int, ...], tuple[int, ...], int]


def _geometry(raw: Any, origin: int) -> Geometry:
    return tuple(raw.shape), tuple(raw.strides), raw.offset - origin


def _span(geoms: tuple[Geometry, ...]) -> int:
    """Elements a scratch buffer needs to hold every region in ``geoms``."""
    end = 1
    for shape, strides, offset in geoms:
        if 0 in shape:
            continue
        end = max(end, offset + 1 + sum((n - 1) * s for n, s in zip(shape, strides)))
    return end


class Restride(Function):
    """Write ``x`` into region ``src`` of a zeroed buffer, read region ``dst`` back.

    With ``dst`` inside ``src`` this selects a sub-region; the other way round it
    scatters into zeros. Each direction is the other's gradient.
    """

    node_name = "AsStridedBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, src: Geometry, dst: Geometry) -> Any:
        ctx.geoms = (src, dst)
        b = x._backend
        buf = b.zeros([_span((src, dst))], x._raw.dtype)
        b.copy_(b.as_strided(buf, list(src[0]), list(src[1]), src[2]), x._raw)
        return _make(b.contiguous(b.as_strided(buf, list(dst[0]), list(dst[1]), dst[2])), b)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        src, dst = ctx.geoms
        return Restride.apply(g, dst, src), None, None


class CopySlices(Function):
    """The new history of a base after one of its views was written in place."""

    node_name = "CopySlices"

    @staticmethod
    def forward(
        ctx: Any, old: Any, result: Any, geoms: tuple[Geometry, Geometry], base: Any
    ) -> Any:
        ctx.geoms = geoms
        return base[0]  # the live base object: it takes this node as its grad_fn

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        base, view = ctx.geoms
        region = Restride.apply(g, base, view)
        g_old = None
        if ctx.needs_input_grad[0]:
            g_old = g - Restride.apply(region, view, base)
        return g_old, region if ctx.needs_input_grad[1] else None, None, None


class ViewOfBase(Function):
    """Re-derives a written view from its base's new history."""

    node_name = "AsStridedBackward0"

    @staticmethod
    def forward(ctx: Any, base: Any, geoms: tuple[Geometry, Geometry], view: Any) -> Any:
        ctx.geoms = geoms
        return view[0]

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        base, view = ctx.geoms
        return Restride.apply(g, view, base), None, None


class Copy(Function):
    """``dst.copy_(src)``: the values of ``src``, broadcast and cast to ``dst``."""

    node_name = "CopyBackwards"

    @staticmethod
    def forward(ctx: Any, dst: Any, src: Any) -> Any:
        b = dst._backend
        raw = src._raw
        ctx.src = (tuple(raw.shape), raw.dtype)
        while raw.ndim > dst._raw.ndim and raw.shape[0] == 1:
            raw = b.squeeze(raw, [0])
        ctx.squeezed = tuple(raw.shape)
        if tuple(raw.shape) != tuple(dst._raw.shape):
            raw = b.expand(raw, list(dst._raw.shape))
        if raw.dtype != dst._raw.dtype:
            raw = b.to(raw, dst._raw.dtype)
        return _make(raw, b)  # a new handle object: Function.apply gives it this node

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        shape, dtype = ctx.src
        g_dst = g * 0 if ctx.needs_input_grad[0] else None
        g_src = None
        if ctx.needs_input_grad[1]:
            g_src = sum_to(g, ctx.squeezed).reshape(shape)
            if g_src.dtype != g.dtype or g._raw.dtype != dtype:
                g_src = g_src._cast(dtype)
        return g_dst, g_src


class Fill(Function):
    """``fill_(number)`` / ``zero_()``: constant values, no gradient to the old ones."""

    node_name = "FillBackward2"

    @staticmethod
    def forward(ctx: Any, x: Any, value: Any) -> Any:
        return _make(x._backend.full(list(x._raw.shape), value, x._raw.dtype), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return g * 0, None


class Zero(Fill):
    """``zero_()``."""

    node_name = "ZeroBackward0"


def _leaf_error(t: Any) -> Optional[str]:
    ag = t._ag
    if ag is not None and ag.requires_grad and ag.grad_fn is None:
        return "a leaf Variable that requires grad is being used in an in-place operation."
    return None


def check_inplace(t: Any) -> None:
    """Refuse in-place writes to leaves that require grad, and to their views."""
    if _leaf_error(t):
        raise RuntimeError(_leaf_error(t))
    base = t._base
    if base is not None and _leaf_error(base):
        raise RuntimeError(
            "a view of a leaf Variable that requires grad is being used in an in-place operation."
        )


def _snapshot(node: Any, t: Any) -> None:
    """Replace ``t`` among ``node``'s saved tensors by a copy of its current values."""
    saved = getattr(node, "_saved", ())
    if not any(s is t for s in saved):
        return
    snap = _make(t._backend.clone(t._raw), t._backend)
    snap._ag = t._ag
    node._saved = tuple(snap if s is t else s for s in saved)
    node._saved_versions = tuple(
        snap._raw.version if s is t else v for s, v in zip(saved, node._saved_versions)
    )


def write(self: Any, result: Any, views: tuple[Any, ...] = (), rederive_self: bool = True) -> None:
    """Write ``result`` into ``self`` and rebase the history of ``self`` (or of its base).

    ``result`` was computed from ``self`` by the out-of-place op, so its graph already
    refers to self's old history. ``views`` are further views of the same base whose
    history is re-derived from the base after the write (``self`` too unless
    ``rederive_self`` is False, for a temporary view).
    """
    from ..._tensor import _AutogradMeta

    rag = result._ag
    tracked = rag is not None and rag.requires_grad
    if tracked:
        _snapshot(rag.grad_fn, self)
        if result._raw.dtype != self._raw.dtype:
            result = result._cast(self._raw.dtype)
            rag = result._ag
    self._backend.copy_(self._raw, result._raw)
    base = self._base
    if base is None:
        if tracked:
            self._ag = _AutogradMeta(True, rag.grad_fn, rag.output_nr)
        return
    origin = base._raw.offset
    base_geom = _geometry(base._raw, origin)
    old = _make(base._raw, base._backend)
    old._ag = base._ag
    CopySlices.apply(old, result, (base_geom, _geometry(self._raw, origin)), [base])
    if base._ag is None or not base._ag.requires_grad:
        return
    for v in (self, *views) if rederive_self else views:
        ViewOfBase.apply(base, (base_geom, _geometry(v._raw, origin)), [v])
