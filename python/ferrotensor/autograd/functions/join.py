"""Joining, splitting and reordering: raw-handle kernels and their Functions.

The ``*_raw`` helpers work on backend handles and are shared by the Tensor methods
(the path without autograd) and by the Functions' ``forward``. Each builds its result
from backend views and ``copy_`` calls: no op here needs a kernel of its own.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any, Optional

from ..function import Function

# Flip a dimension with one copy per index up to this size; above it, use two passes
# over sqrt-sized blocks so the number of backend calls stays O(sqrt(n)).
_FLIP_DIRECT = 64


def _make(raw: Any, backend: Any) -> Any:
    from ..._tensor import _make as make

    return make(raw, backend)


# ---- raw kernels ----


def cat_raw(
    b: Any, raws: Sequence[Any], dim: int, shape: Sequence[int], dtype: str, dst: Any = None
) -> Any:
    """Copy each handle into its slice of one output along ``dim``; skip ``None`` entries."""
    out = b.zeros(list(shape), dtype) if dst is None else dst
    start = 0
    for r in raws:
        if r is None:
            continue
        n = r.shape[dim]
        if n:
            b.copy_(b.narrow(out, dim, start, n), r)
        start += n
    return out


def stack_raw(b: Any, raws: Sequence[Any], dim: int, dtype: str, dst: Any = None) -> Any:
    """Copy each handle into ``out.select(dim, i)`` of a new (or given) output."""
    shape = list(raws[0].shape)
    shape.insert(dim, len(raws))
    out = b.zeros(shape, dtype) if dst is None else dst
    for i, r in enumerate(raws):
        b.copy_(b.select(out, dim, i), r)
    return out


def _split_dim(b: Any, raw: Any, dim: int, sizes: Sequence[int]) -> Any:
    """View ``dim`` of ``raw`` as the dimensions ``sizes`` (always possible without a copy)."""
    shape = list(raw.shape)
    shape[dim : dim + 1] = list(sizes)
    return b.reshape(raw, shape)


def _flip_dim(b: Any, raw: Any, d: int) -> Any:
    """A new contiguous handle with ``raw`` reversed along ``d``."""
    shape = list(raw.shape)
    n = shape[d]
    out = b.zeros(shape, raw.dtype)
    if n <= _FLIP_DIRECT:
        for i in range(n):
            b.copy_(b.select(out, d, i), b.select(raw, d, n - 1 - i))
        return out
    # x = [head (r) | body (q blocks of w)] reverses to [rev(body) | rev(head)]; rev(body)
    # reverses the order of the blocks and the elements inside each block, one pass each.
    w = math.isqrt(n)
    q, r = divmod(n, w)
    body = _split_dim(b, b.narrow(raw, d, r, q * w), d, (q, w))
    tmp_shape = list(shape)
    tmp_shape[d : d + 1] = [q, w]
    tmp = b.zeros(tmp_shape, raw.dtype)
    for j in range(w):
        b.copy_(b.select(tmp, d + 1, j), b.select(body, d + 1, w - 1 - j))
    out_body = _split_dim(b, b.narrow(out, d, 0, q * w), d, (q, w))
    for i in range(q):
        b.copy_(b.select(out_body, d, i), b.select(tmp, d, q - 1 - i))
    for i in range(r):
        b.copy_(b.select(out, d, q * w + i), b.select(raw, d, r - 1 - i))
    return out


def flip_raw(b: Any, raw: Any, dims: Sequence[int]) -> Any:
    """``raw`` reversed along each of ``dims`` (normalised, distinct), as a new handle."""
    out = raw
    for d in dims:
        if raw.ndim and raw.shape[d] > 1:
            out = _flip_dim(b, out, d)
    return b.clone(raw) if out is raw else out


def roll_raw(b: Any, raw: Any, shifts: Sequence[int], dims: Optional[Sequence[int]]) -> Any:
    """``raw`` rolled by ``shifts`` along ``dims`` (None: the flattened tensor), as a new handle.

    All dims are rolled at once: each combination of the two pieces of every dim is one
    copy, so k rolled dims cost 2**k copies and a single output buffer.
    """
    if dims is None:
        flat = b.reshape(raw, [raw.numel])
        return b.view(roll_raw(b, flat, shifts, [0]), list(raw.shape))
    total: dict[int, int] = {}
    for s, d in zip(shifts, dims):
        total[d] = total.get(d, 0) + s
    out = b.zeros(list(raw.shape), raw.dtype)
    pieces = []  # per dim: (dst start, src start, length) of the pieces that move
    for d, s in total.items():
        n = raw.shape[d]
        s = s % n if n else 0
        pieces.append([(d, dst, src, m) for dst, src, m in ((s, 0, n - s), (0, n - s, s)) if m])
    for combo in itertools.product(*pieces):
        dst, src = out, raw
        for d, ds, ss, m in combo:
            dst = b.narrow(dst, d, ds, m)
            src = b.narrow(src, d, ss, m)
        b.copy_(dst, src)
    if not total:
        b.copy_(out, raw)
    return out


def repeat_raw(b: Any, raw: Any, repeats: Sequence[int]) -> Any:
    """``raw`` tiled ``repeats[i]`` times along each dim: one copy of an expanded view."""
    shape = [1] * (len(repeats) - raw.ndim) + list(raw.shape)
    x = b.reshape(raw, shape)
    for i in range(len(shape)):
        x = b.unsqueeze(x, 2 * i)
    x = b.expand(x, [v for r, s in zip(repeats, shape) for v in (r, s)])
    return b.view(b.clone(x), [r * s for r, s in zip(repeats, shape)])


def _runs(counts: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(first index, run length, count)`` of each run of equal consecutive counts."""
    runs, i = [], 0
    for c, group in itertools.groupby(counts):
        k = len(list(group))
        runs.append((i, k, c))
        i += k
    return runs


def repeat_segments_raw(b: Any, raw: Any, dim: int, counts: Sequence[int]) -> Any:
    """Repeat index ``i`` of ``dim`` ``counts[i]`` times (one copy per run of equal counts)."""
    shape = list(raw.shape)
    shape[dim] = sum(counts)
    out = b.zeros(shape, raw.dtype)
    off = 0
    for i, k, c in _runs(counts):
        if c:
            dst = _split_dim(b, b.narrow(out, dim, off, k * c), dim, (k, c))
            b.copy_(dst, b.unsqueeze(b.narrow(raw, dim, i, k), dim + 1))
        off += k * c
    return out


def segment_sum_raw(b: Any, raw: Any, dim: int, counts: Sequence[int]) -> Any:
    """Sum consecutive segments of ``counts[i]`` indices of ``dim`` (the adjoint of repeating)."""
    shape = list(raw.shape)
    shape[dim] = len(counts)
    out = b.zeros(shape, raw.dtype)
    off = 0
    for i, k, c in _runs(counts):
        if c:
            seg = _split_dim(b, b.narrow(raw, dim, off, k * c), dim, (k, c))
            b.copy_(b.narrow(out, dim, i, k), b.reduce(seg, "sum", [dim + 1], False, raw.dtype))
        off += k * c
    return out


# ---- Functions ----


def _zeros(like: Any, shape: Sequence[int], dtype: Optional[str] = None) -> Any:
    b = like._backend
    return _make(b.zeros(list(shape), dtype or like._raw.dtype), b)


def cat_tensors(tensors: Sequence[Any], dim: int) -> Any:
    """Differentiable ``cat`` of same-dtype tensors whose shapes already agree (for backward)."""
    if len(tensors) == 1:
        return tensors[0]
    shape = list(tensors[0].shape)
    shape[dim] = sum(t.shape[dim] for t in tensors)
    return Cat.apply(dim, shape, tensors[0]._raw.dtype, *tensors)


class Cat(Function):
    """``cat``: one output buffer, each input copied into its slice.

    A legacy empty ``(0,)`` input joined to tensors of more dimensions is skipped, and its
    gradient is an empty tensor.
    """

    node_name = "CatBackward0"

    @staticmethod
    def forward(ctx: Any, dim: int, shape: Sequence[int], dtype: str, *tensors: Any) -> Any:
        legacy = [t._raw.ndim == 1 and t._raw.shape[0] == 0 and len(shape) != 1 for t in tensors]
        ctx.dim = dim
        ctx.meta = [
            (None if skip else t._raw.shape[dim], t._raw.dtype) for t, skip in zip(tensors, legacy)
        ]
        b = tensors[0]._backend
        raws = [None if skip else t._raw for t, skip in zip(tensors, legacy)]
        return _make(cat_raw(b, raws, dim, shape, dtype), b)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        grads: list[Any] = [None, None, None]
        start = 0
        for need, (n, dtype) in zip(ctx.needs_input_grad[3:], ctx.meta):
            if n is None:
                grads.append(_zeros(g, [0], dtype) if need else None)
                continue
            grads.append(Narrow.apply(g, ctx.dim, start, n)._cast(dtype) if need else None)
            start += n
        return tuple(grads)


class Stack(Function):
    """``stack``: each input copied into ``out.select(dim, i)``."""

    node_name = "StackBackward0"

    @staticmethod
    def forward(ctx: Any, dim: int, dtype: str, *tensors: Any) -> Any:
        ctx.dim = dim
        ctx.dtypes = [t._raw.dtype for t in tensors]
        b = tensors[0]._backend
        return _make(stack_raw(b, [t._raw for t in tensors], dim, dtype), b)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        parts = Unbind.apply(g, ctx.dim)
        return (
            None,
            None,
            *(
                p._cast(dt) if need else None
                for p, dt, need in zip(parts, ctx.dtypes, ctx.needs_input_grad[2:])
            ),
        )


class Unbind(Function):
    """``unbind(dim)``: every index of ``dim`` as a view."""

    node_name = "UnbindBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int) -> Any:
        ctx.dim = dim
        b, raw = x._backend, x._raw
        return tuple(x._view_of(b.select(raw, dim, i)) for i in range(raw.shape[dim]))

    @staticmethod
    def backward(ctx: Any, *grads: Any) -> Any:
        # NOTE: an unbind of an empty dim has no outputs, so this never runs with no grads.
        return Stack.apply(ctx.dim, grads[0]._raw.dtype, *grads), None


class Split(Function):
    """``split(int)``: consecutive views of the given sizes along ``dim``."""

    node_name = "SplitBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, sizes: Sequence[int]) -> Any:
        ctx.dim = dim
        b, raw = x._backend, x._raw
        out, start = [], 0
        for n in sizes:
            out.append(x._view_of(b.narrow(raw, dim, start, n)))
            start += n
        return tuple(out)

    @staticmethod
    def backward(ctx: Any, *grads: Any) -> Any:
        return cat_tensors(grads, ctx.dim), None, None


class SplitWithSizes(Split):
    """``split(list of sizes)``."""

    node_name = "SplitWithSizesBackward0"


class Narrow(Function):
    """``narrow``/``tensor_split`` pieces: a view of ``length`` indices from ``start``."""

    node_name = "SliceBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, start: int, length: int) -> Any:
        ctx.dim, ctx.start, ctx.size = dim, start, x._raw.shape[dim]
        return x._view_of(x._backend.narrow(x._raw, dim, start, length))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        d, start = ctx.dim, ctx.start
        after = ctx.size - start - g.shape[d]
        parts = []
        for n in (start, None, after):
            if n is None:
                parts.append(g)
            elif n:
                shape = list(g.shape)
                shape[d] = n
                parts.append(_zeros(g, shape))
        return cat_tensors(parts, d), None, None, None


class Flip(Function):
    """``flip(dims)``; its own adjoint."""

    node_name = "FlipBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dims: Sequence[int]) -> Any:
        ctx.dims = dims
        return _make(flip_raw(x._backend, x._raw, dims), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return Flip.apply(g, ctx.dims), None


class Roll(Function):
    """``roll(shifts, dims)``; the gradient rolls back by ``-shifts``."""

    node_name = "RollBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, shifts: Sequence[int], dims: Optional[Sequence[int]]) -> Any:
        ctx.shifts, ctx.dims = shifts, dims
        return _make(roll_raw(x._backend, x._raw, shifts, dims), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return Roll.apply(g, [-s for s in ctx.shifts], ctx.dims), None, None


class Repeat(Function):
    """``repeat``/``tile``: the gradient sums the copies of each element."""

    node_name = "RepeatBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, repeats: Sequence[int]) -> Any:
        ctx.shape, ctx.repeats = tuple(x._raw.shape), list(repeats)
        return _make(repeat_raw(x._backend, x._raw, repeats), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        reps = ctx.repeats
        shape = [1] * (len(reps) - len(ctx.shape)) + list(ctx.shape)
        g = g.reshape([v for r, s in zip(reps, shape) for v in (r, s)])
        if reps:
            g = g.sum(tuple(range(0, 2 * len(reps), 2)))
        return g.reshape(ctx.shape), None


class RepeatInterleave(Function):
    """``repeat_interleave`` with per-index counts (PyTorch records an ``index_select``)."""

    node_name = "IndexSelectBackward0"

    @staticmethod
    def forward(ctx: Any, x: Any, dim: int, counts: Sequence[int]) -> Any:
        ctx.dim, ctx.counts = dim, counts
        return _make(repeat_segments_raw(x._backend, x._raw, dim, counts), x._backend)

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        return SegmentSum.apply(g, ctx.dim, ctx.counts), None, None


class SegmentSum(Function):
    """Sums of consecutive segments along ``dim``: the adjoint of :class:`RepeatInterleave`."""

    node_name = "IndexAddBackward0"

    @staticmethod
    def forward(ctx: Any, g: Any, dim: int, counts: Sequence[int]) -> Any:
        ctx.dim, ctx.counts = dim, counts
        return _make(segment_sum_raw(g._backend, g._raw, dim, counts), g._backend)

    @staticmethod
    def backward(ctx: Any, gg: Any) -> Any:
        return RepeatInterleave.apply(gg, ctx.dim, ctx.counts), None, None
