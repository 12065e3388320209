"""Joining functions (``cat``, ``stack``, ``hstack``, ...) and the module-level shape functions.

``cat`` allocates its output once and copies each input into a narrow view of it;
``stack`` copies into ``select`` views. Both promote dtypes across their inputs as
PyTorch does, and record one graph node when an input requires grad.
"""

from __future__ import annotations

import builtins
import warnings
from collections.abc import Sequence
from typing import Any, Optional

from . import _core, _errors
from ._tensor import Tensor, _make
from ._tensor_shape import _norm
from .autograd.functions import join as fn
from .autograd.grad_mode import _ENABLED as _GRAD

__all__ = [
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "broadcast_tensors",
    "cat",
    "column_stack",
    "concat",
    "concatenate",
    "dstack",
    "flip",
    "fliplr",
    "flipud",
    "hstack",
    "movedim",
    "moveaxis",
    "repeat_interleave",
    "roll",
    "row_stack",
    "stack",
    "tensor_split",
    "tile",
    "unflatten",
    "vstack",
]


def _tensor_list(tensors: Any, fname: str) -> list[Tensor]:
    """The tensors of a list/tuple argument, with PyTorch's TypeErrors for anything else."""
    if not isinstance(tensors, (list, tuple)):
        raise TypeError(
            f"{fname}(): argument 'tensors' (position 1) must be tuple of Tensors, not "
            f"{type(tensors).__name__}"
        )
    for i, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            raise TypeError(
                f"expected Tensor as element {i} in argument 0, but got {type(t).__name__}"
            )
    return list(tensors)


def _common(tensors: Sequence[Tensor]) -> tuple[Any, str]:
    """The shared backend and the promoted dtype of ``tensors``."""
    b = tensors[0]._backend
    for t in tensors[1:]:
        if t._backend is not b:
            raise RuntimeError(_errors.different_devices(str(tensors[0].device), str(t.device)))
    dtype = _core.result_type([(t._raw.dtype, "dim") for t in tensors])
    return b, dtype


def _any_tracked(tensors: Sequence[Tensor]) -> bool:
    return _GRAD[0] and any(t._ag is not None and t._ag.requires_grad for t in tensors)


def _prepare_out(
    out: Any, tensors: Sequence[Tensor], shape: list[int], dtype: str, fname: str
) -> Any:
    """Check ``out`` (autograd, dtype, device) and resize it to ``shape`` as PyTorch does."""
    if not isinstance(out, Tensor):
        raise TypeError(f"{fname}(): argument 'out' must be Tensor, not {type(out).__name__}")
    if _any_tracked([*tensors, out]):
        raise RuntimeError(
            f"{fname}(): functions with out=... arguments don't support automatic "
            "differentiation, but one of the arguments requires grad."
        )
    if _errors.KIND_ORDER[dtype] > _errors.KIND_ORDER[out._raw.dtype]:
        raise TypeError(
            "ferrotensor.cat(): input types can't be cast to the desired output type "
            f"{_errors.SCALAR_TYPE[out._raw.dtype]}"
        )
    b = tensors[0]._backend
    if out._backend is not b:
        raise RuntimeError(_errors.different_devices(str(tensors[0].device), str(out.device)))
    if list(out._raw.shape) != shape:
        if out._raw.numel:
            warnings.warn(
                "An output with one or more elements was resized since it had shape "
                f"{list(out._raw.shape)}, which does not match the required output shape "
                f"{shape}. This behavior is deprecated, and in a future PyTorch release "
                "outputs will not be resized unless they have zero elements. You can "
                "explicitly reuse an out tensor t by resizing it, inplace, to zero elements "
                "with t.resize_(0).",
                UserWarning,
                stacklevel=4,
            )
        # NOTE: a resize gives ``out`` a new storage; views of the old one keep the old data.
        out._raw = b.zeros(shape, out._raw.dtype)
    return out._raw


def cat(
    tensors: Any, dim: int = 0, *, axis: Optional[int] = None, out: Optional[Tensor] = None
) -> Tensor:
    """Concatenate tensors along an existing dimension.

    All inputs have the same shape except along ``dim``; the result has the promoted
    dtype of all inputs. As in PyTorch, 1-d empty tensors of shape ``(0,)`` are skipped
    whatever the other shapes (they still take part in type promotion).

    Args:
        tensors (sequence of Tensor): the tensors to join (non-empty, none 0-d).
        dim (int): the dimension to join along (default: 0).
        axis (int, optional): an alias of ``dim`` (NumPy's name).
        out (Tensor, optional): the output tensor.

    Returns:
        Tensor: a new tensor.

    Raises:
        ValueError: for an empty sequence.
        RuntimeError: for 0-d inputs, or shapes that differ outside ``dim``.

    Example::

        >>> import ferrotensor as torch
        >>> torch.cat([torch.tensor([[1, 2]]), torch.tensor([[3, 4]])], dim=1)
        tensor([[1, 2, 3, 4]])
    """
    ts = _tensor_list(tensors, "cat")
    if not ts:
        raise ValueError("ferrotensor.cat(): expected a non-empty list of Tensors")
    return _cat(ts, dim if axis is None else axis, out, "cat")


concat = cat
concatenate = cat


def _cat(ts: list[Tensor], dim: int, out: Optional[Tensor], fname: str) -> Tensor:
    raws = [t._raw for t in ts]
    shapes = [r.shape for r in raws]
    for i, s in enumerate(shapes):
        if not s:
            raise RuntimeError(f"zero-dimensional tensor (at position {i}) cannot be concatenated")
    b, dtype = _common(ts)
    ref = next((s for s in shapes if s != (0,)), None)
    if ref is None:  # only legacy empty tensors
        d, shape = 0, [0]
    else:
        n = len(ref)
        d = _norm(dim, n)
        shape = list(ref)
        total = 0
        for i, s in enumerate(shapes):
            if s == (0,) and n != 1:
                raws[i] = None  # skipped whatever the other shapes
                continue
            if s != ref:
                _check_cat_shape(ref, s, d, i)
            total += s[d]
        shape[d] = total
    if out is not None:
        dst = _prepare_out(out, ts, shape, dtype, fname)
        fn.cat_raw(b, raws, d, shape, dtype, dst)
        return out
    if _any_tracked(ts):
        return fn.Cat.apply(d, shape, dtype, *ts)  # type: ignore[no-any-return]
    return _make(fn.cat_raw(b, raws, d, shape, dtype), b)


def _check_cat_shape(ref: Sequence[int], s: Sequence[int], d: int, i: int) -> None:
    """Raise PyTorch's error when shape ``s`` (input ``i``) cannot join ``ref`` along ``d``."""
    if len(s) != len(ref):
        raise RuntimeError(
            f"Tensors must have same number of dimensions: got {len(ref)} and {len(s)}"
        )
    for k, (a, c) in enumerate(zip(ref, s)):
        if k != d and a != c:
            raise RuntimeError(
                f"Sizes of tensors must match except in dimension {d}. Expected size {a} but "
                f"got size {c} for tensor number {i} in the list."
            )


def stack(
    tensors: Any, dim: int = 0, *, axis: Optional[int] = None, out: Optional[Tensor] = None
) -> Tensor:
    """Join tensors of one shape along a new dimension ``dim``.

    Args:
        tensors (sequence of Tensor): the tensors (non-empty, all the same shape).
        dim (int): where the new dimension goes, in ``[-ndim - 1, ndim]`` (default: 0).
        axis (int, optional): an alias of ``dim`` (NumPy's name).
        out (Tensor, optional): the output tensor.

    Raises:
        RuntimeError: for an empty sequence or tensors of different shapes.

    Example::

        >>> import ferrotensor as torch
        >>> torch.stack([torch.tensor([1, 2]), torch.tensor([3, 4])], dim=1)
        tensor([[1, 3],
                [2, 4]])
    """
    ts = _tensor_list(tensors, "stack")
    if not ts:
        raise RuntimeError("stack expects a non-empty TensorList")
    ref = list(ts[0]._raw.shape)
    d = _norm(dim if axis is None else axis, len(ref) + 1)
    for i, t in enumerate(ts):
        if list(t._raw.shape) != ref:
            raise RuntimeError(
                f"stack expects each tensor to be equal size, but got {ref} at entry 0 and "
                f"{list(t._raw.shape)} at entry {i}"
            )
    b, dtype = _common(ts)
    if out is not None:
        shape = list(ref)
        shape.insert(d, len(ts))
        dst = _prepare_out(out, ts, shape, dtype, "stack")
        fn.stack_raw(b, [t._raw for t in ts], d, dtype, dst)
        return out
    if _any_tracked(ts):
        return fn.Stack.apply(d, dtype, *ts)  # type: ignore[no-any-return]
    return _make(fn.stack_raw(b, [t._raw for t in ts], d, dtype), b)


def _atleast(args: tuple[Any, ...], n: int) -> Any:
    single = len(args) == 1 and isinstance(args[0], Tensor)
    ts = list(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple)) else list(args)
    res = []
    for t in _tensor_list(ts, f"atleast_{n}d"):
        nd = t._raw.ndim
        if nd == 0:
            t = t.reshape([1] * n)
        elif nd == 1 and n >= 2:
            t = t.unsqueeze(0)
            if n == 3:
                t = t.unsqueeze(2)
        elif nd == 2 and n == 3:
            t = t.unsqueeze(2)
        res.append(t)
    return res[0] if single else tuple(res)


def atleast_1d(*tensors: Any) -> Any:
    """Return each input viewed with at least one dimension (a tuple for several)."""
    return _atleast(tensors, 1)


def atleast_2d(*tensors: Any) -> Any:
    """Return each input viewed with at least two dimensions (1-d ``(n,)`` becomes ``(1, n)``)."""
    return _atleast(tensors, 2)


def atleast_3d(*tensors: Any) -> Any:
    """Return each input viewed with at least three dimensions (``(n,)`` becomes ``(1, n, 1)``)."""
    return _atleast(tensors, 3)


def _nonempty(tensors: Any, fname: str) -> list[Tensor]:
    ts = _tensor_list(tensors, fname)
    if not ts:
        raise RuntimeError(f"{fname} expects a non-empty TensorList")
    return ts


def hstack(tensors: Any, *, out: Optional[Tensor] = None) -> Tensor:
    """Concatenate horizontally: along dim 0 for 1-d inputs, else dim 1 (0-d become 1-d)."""
    ts = list(atleast_1d(_nonempty(tensors, "hstack")))
    return _cat(ts, 0 if ts[0].ndim == 1 else 1, out, "hstack")


def vstack(tensors: Any, *, out: Optional[Tensor] = None) -> Tensor:
    """Concatenate vertically (dim 0) after viewing each input as at least 2-d."""
    ts = list(atleast_2d(_nonempty(tensors, "vstack")))
    return _cat(ts, 0, out, "vstack")


row_stack = vstack


def dstack(tensors: Any, *, out: Optional[Tensor] = None) -> Tensor:
    """Concatenate depthwise (dim 2) after viewing each input as at least 3-d."""
    ts = list(atleast_3d(_nonempty(tensors, "dstack")))
    return _cat(ts, 2, out, "dstack")


def column_stack(tensors: Any, *, out: Optional[Tensor] = None) -> Tensor:
    """Join as columns: 0-d and 1-d inputs become ``(n, 1)`` columns, then ``hstack``."""
    ts = _nonempty(tensors, "column_stack")
    cols = [t.reshape(t.numel(), 1) if t.ndim <= 1 else t for t in ts]
    return _cat(cols, 1, out, "column_stack")


def broadcast_tensors(*tensors: Any) -> tuple[Tensor, ...]:
    """Return views of the inputs expanded to their common broadcast shape.

    Raises:
        RuntimeError: when the shapes do not broadcast.
    """
    ts = _tensor_list(tensors, "broadcast_tensors")
    shape: list[int] = []
    for t in ts:
        s = list(t._raw.shape)
        n = builtins.max(len(shape), len(s))
        a = [1] * (n - len(shape)) + shape
        c = [1] * (n - len(s)) + s
        for i, (x, y) in enumerate(zip(a, c)):
            if x != y and x != 1 and y != 1:
                raise RuntimeError(_errors.broadcast_mismatch(x, y, i))
        shape = [y if x == 1 else x for x, y in zip(a, c)]
    return tuple(t.expand(shape) for t in ts)


def _check_input(input: Any, fname: str) -> None:
    if not isinstance(input, Tensor):
        raise TypeError(
            f"{fname}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}"
        )


def flip(input: Tensor, dims: Any) -> Tensor:
    """Return a copy of ``input`` reversed along each of ``dims`` (a tuple or list)."""
    _check_input(input, "flip")
    if not isinstance(dims, (list, tuple)):
        raise TypeError(
            f"flip(): argument 'dims' (position 2) must be tuple of ints, not {type(dims).__name__}"
        )
    return input.flip(dims)


def fliplr(input: Tensor) -> Tensor:
    """Reverse the order of columns (dimension 1)."""
    _check_input(input, "fliplr")
    return input.fliplr()


def flipud(input: Tensor) -> Tensor:
    """Reverse the order of rows (dimension 0)."""
    _check_input(input, "flipud")
    return input.flipud()


def roll(input: Tensor, shifts: Any, dims: Any = None) -> Tensor:
    """Roll ``input`` by ``shifts`` along ``dims`` (None: over the flattened tensor)."""
    _check_input(input, "roll")
    return input.roll(shifts, dims)


def tile(input: Tensor, dims: Any) -> Tensor:
    """Repeat ``input`` along each dimension; a shorter ``dims`` is padded with leading 1s."""
    _check_input(input, "tile")
    if not isinstance(dims, (list, tuple)):
        raise TypeError(
            f"tile(): argument 'dims' (position 2) must be tuple of ints, not {type(dims).__name__}"
        )
    return input.tile(dims)


def repeat_interleave(
    input: Tensor,
    repeats: Any = None,
    dim: Optional[int] = None,
    *,
    output_size: Optional[int] = None,
) -> Tensor:
    """Repeat each element of ``input``; with ``input`` alone, repeat the indices ``0..n-1``.

    ``repeat_interleave(repeats)`` (a 1-d integer tensor) returns each index ``i``
    repeated ``repeats[i]`` times, with the dtype of ``repeats``.
    """
    _check_input(input, "repeat_interleave")
    if repeats is not None:
        return input.repeat_interleave(repeats, dim, output_size=output_size)
    if dim is not None:
        raise TypeError("repeat_interleave(): argument 'repeats' is required when 'dim' is given")
    if input.ndim != 1:
        raise RuntimeError("repeat_interleave only accept 1D vector as repeat")
    from ._tensor_join import _repeat_counts

    counts = _repeat_counts(input)
    if output_size is not None and output_size != sum(counts):
        raise RuntimeError("allocated size does not match required size")
    b = input._backend
    idx = b.arange(0, len(counts), 1, input._raw.dtype)
    return _make(fn.repeat_segments_raw(b, idx, 0, counts), b)


def movedim(input: Tensor, source: Any, destination: Any) -> Tensor:
    """Move the dimensions ``source`` of ``input`` to the positions ``destination``."""
    _check_input(input, "movedim")
    return input.movedim(source, destination)


moveaxis = movedim


def unflatten(input: Tensor, dim: int, sizes: Any) -> Tensor:
    """Expand dimension ``dim`` of ``input`` into the dimensions ``sizes``."""
    _check_input(input, "unflatten")
    return input.unflatten(dim, sizes)


def tensor_split(
    input: Tensor, indices_or_sections: Any = None, dim: int = 0, **kwargs: Any
) -> Any:
    """Split ``input`` into ``n`` nearly equal views or at the given indices along ``dim``."""
    _check_input(input, "tensor_split")
    return input.tensor_split(indices_or_sections, dim, **kwargs)
