"""Parsing ``x[key]`` keys that hold advanced indices (tensors, lists, arrays, bools).

A key becomes an :class:`AdvKey`: a *basic* key (ints, slices, None, Ellipsis) that
selects a view, then one optional integer index tensor per dim of that view. Boolean
masks become the index tensors of their nonzero positions, and a Python bool becomes
a new dim indexed by ``[0]`` (True) or ``[]`` (False), as in PyTorch.

NOTE: PyTorch treats an int as a basic index even beside tensors (``x[1, :, [0, 1]]``
selects first, so its result differs from numpy's), and so does this module.
"""

from __future__ import annotations

import numbers
import warnings
from typing import Any, Optional

import numpy as np

_BAD_TYPE = "tensors used as indices must be long, int, byte or bool tensors"
_UINT8 = "indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead."
_FULL = slice(None)
_INVALID = (
    "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid "
    "indices (got {})"
)


class AdvKey:
    """A parsed key: ``basic`` selects a view; ``indices[d]`` indexes its dim ``d``.

    ``mask`` is set when the key is one boolean mask of the tensor's whole shape, which
    ``masked_select`` serves in one pass; ``indices`` is then derived on first use.
    ``single`` is ``"mask"`` or ``"long"`` when the key held exactly one index tensor
    (PyTorch records ``x[key] = number`` as ``masked_fill_``/``index_fill_`` then).
    """

    __slots__ = ("_indices", "basic", "mask", "single")

    def __init__(
        self, basic: tuple[Any, ...], indices: Any, mask: Any = None, single: Any = None
    ) -> None:
        self.basic = basic
        self._indices: Optional[list[Any]] = indices
        self.mask = mask
        self.single = single

    @property
    def indices(self) -> list[Any]:
        """Index tensors (int64/int32 Tensors, or None) per dim of the basic view."""
        if self._indices is None:
            cols = self.mask.nonzero()
            self._indices = [cols.select(1, j) for j in range(cols.shape[1])]
        return self._indices

    def raws(self) -> list[Any]:
        """The index tensors' backend handles."""
        return [None if t is None else t._raw for t in self.indices]

    @property
    def advanced(self) -> bool:
        """Whether any dim is indexed by a tensor."""
        return self.mask is not None or any(t is not None for t in self.indices)


def is_advanced(key: Any) -> bool:
    """Whether ``key`` needs more than ints, slices, None and Ellipsis (cheap to ask)."""
    kind = type(key)
    if kind is int or kind is slice or key is None or key is Ellipsis:
        return False
    if kind is tuple:
        for k in key:
            tk = type(k)
            if tk is int or tk is slice or k is None or k is Ellipsis:
                continue
            if _advanced_item(k):
                return True
        return False
    return kind is list or _advanced_item(key)


def _advanced_item(k: Any) -> bool:
    if isinstance(k, (bool, np.bool_, list, tuple)):
        return True
    raw = getattr(k, "_raw", None)
    if raw is not None:
        return raw.ndim != 0 or raw.dtype in ("bool", "uint8") or raw.dtype.startswith("float")
    if isinstance(k, np.ndarray):
        return k.ndim != 0 or k.dtype.kind not in "iu"
    return False


def _as_tuple(key: Any) -> tuple[Any, ...]:
    """Split a key into its items.

    PyTorch's (and old numpy's) rule: a short list holding a sequence, slice, None,
    Ellipsis or tensor is a tuple of indices; any other list is one index array.
    """
    if isinstance(key, tuple):
        return key
    if isinstance(key, list) and len(key) < 32:
        for k in key:
            if (
                k is None
                or k is Ellipsis
                or isinstance(k, (slice, list, tuple, np.ndarray))
                or hasattr(k, "_raw")
            ):
                return tuple(key)
    return (key,)


_LAZY: dict[str, Any] = {}


def _lazy(name: str) -> Any:
    """``Tensor``, ``_make``, ``tensor``, ``zeros``: imported on first use (they import us)."""
    f = _LAZY.get(name)
    if f is None:
        from . import _creation, _tensor

        _LAZY.update(Tensor=_tensor.Tensor, make=_tensor._make)
        _LAZY.update(tensor=_creation.tensor, zeros=_creation.zeros)
        f = _LAZY[name]
    return f


def index_tensor(k: Any, backend: Any) -> Any:
    """An index as a Tensor: int64/int32 values, or a bool mask (uint8 masks warn)."""
    tensor = _lazy("tensor")
    if isinstance(k, _lazy("Tensor")):
        name = k._raw.dtype
        if name == "uint8":
            warnings.warn(_UINT8, UserWarning, stacklevel=4)
            return k.bool()
        if name not in ("int64", "int32", "bool"):
            raise IndexError(_BAD_TYPE)
        if k._backend is not backend and k._backend.name != "cpu":
            raise RuntimeError(
                "indices should be either on cpu or on the same device as the indexed tensor "
                f"({'cpu' if backend.name == 'cpu' else 'wgpu:0'})"
            )
        return k
    arr = np.asarray(k)
    if arr.dtype == np.bool_:
        return tensor(arr)
    if arr.dtype == np.uint8:
        warnings.warn(_UINT8, UserWarning, stacklevel=4)
        return tensor(arr != 0)
    if arr.dtype.kind not in "iuf":
        raise IndexError(_BAD_TYPE)
    return tensor(arr.astype(np.int64))


def _int_index(k: Any) -> Optional[int]:
    """``k`` as an int when it indexes like one (ints, numpy ints, 0-d int tensors)."""
    if isinstance(k, (bool, np.bool_)):
        return None
    if isinstance(k, numbers.Integral):
        return k.__index__()
    raw = getattr(k, "_raw", None)
    if raw is not None and raw.ndim == 0 and raw.dtype in ("int64", "int32", "int16", "int8"):
        return int(k.item())
    if isinstance(k, np.ndarray) and k.ndim == 0 and k.dtype.kind in "iu" and k.dtype != np.uint8:
        return int(k)
    return None


def parse(t: Any, key: Any) -> tuple[AdvKey, Any]:
    """Parse ``key`` for tensor ``t``: the key and the basic view's handle.

    Raises:
        IndexError: for bad index types, out-of-range ints, mask shapes that do not
            match, and too many indices, with PyTorch's messages.
    """
    raw = getattr(key, "_raw", None)
    if (
        raw is not None
        and raw.dtype in ("int64", "int32")
        and t._raw.ndim
        and (key._backend is t._backend or key._backend.name == "cpu")
    ):
        return AdvKey((), [key], None, "long"), t._raw  # the common x[idx]
    zeros = _lazy("zeros")
    b, raw = t._backend, t._raw
    items: list[Any] = []
    consumed = 0
    for k in _as_tuple(key):
        if k is None or k is Ellipsis or isinstance(k, slice):
            items.append(k)
            consumed += isinstance(k, slice)
            continue
        if isinstance(k, (bool, np.bool_)):
            items.append(("bool", bool(k)))
            continue
        i = _int_index(k)
        if i is not None:
            items.append(i)
            consumed += 1
            continue
        if not (hasattr(k, "_raw") or isinstance(k, (list, tuple, np.ndarray))):
            raise IndexError(_INVALID.format(type(k).__name__))
        idx = index_tensor(k, b)
        items.append(idx)
        consumed += idx._raw.ndim if idx._raw.dtype == "bool" else 1
    if sum(1 for k in items if k is Ellipsis) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    ndim = raw.ndim
    if consumed > ndim:
        raise IndexError(f"too many indices for tensor of dimension {ndim}")
    if (
        len(items) == 1
        and hasattr(items[0], "_raw")
        and items[0]._raw.dtype == "bool"
        and ndim > 0
        and tuple(items[0]._raw.shape) == tuple(raw.shape)
    ):
        return AdvKey((), None, items[0], "mask"), raw
    basic: list[Any] = []
    adv: dict[int, Any] = {}
    dim = 0
    for k in items:
        if k is None:
            raw = b.unsqueeze(raw, dim)
            basic.append(None)
            dim += 1
        elif k is Ellipsis:
            basic.append(Ellipsis)
            dim += ndim - consumed
        elif isinstance(k, slice):
            if k != _FULL:
                raw = _slice(b, raw, dim, k)
            basic.append(k)
            dim += 1
        elif isinstance(k, int):
            size = raw.shape[dim]
            if not -size <= k < size:
                raise IndexError(f"index {k} is out of bounds for dimension {dim} with size {size}")
            raw = b.select(raw, dim, k)
            basic.append(k)
        elif isinstance(k, tuple):  # a Python bool
            raw = b.unsqueeze(raw, dim)
            basic.append(None)
            adv[dim] = zeros(1 if k[1] else 0, dtype=_long())
            dim += 1
        elif k._raw.dtype == "bool":
            m = k._raw.ndim
            _check_mask(k._raw.shape, raw.shape, dim)
            if m == 0:
                raw = b.unsqueeze(raw, dim)
                basic.append(None)
                adv[dim] = zeros(1 if k.item() else 0, dtype=_long())
                dim += 1
                continue
            cols = k.nonzero()
            for j in range(m):
                adv[dim + j] = cols.select(1, j)
                basic.append(slice(None))
            dim += m
        else:
            adv[dim] = k
            basic.append(slice(None))
            dim += 1
    indices = [adv.get(d) for d in range(max(adv) + 1)] if adv else []
    if raw is t._raw:
        basic = []  # only full slices and Ellipsis: the view is the tensor itself
    tensors = [k for k in items if hasattr(k, "_raw")]
    single = None
    if len(tensors) == 1 and not any(isinstance(k, tuple) for k in items):
        single = "mask" if tensors[0]._raw.dtype == "bool" else "long"
    return AdvKey(tuple(basic), indices, None, single), raw


def _long() -> Any:
    from .dtypes import int64

    return int64


def _slice(b: Any, raw: Any, dim: int, k: slice) -> Any:
    from ._tensor_shape import _slice_bound

    start, stop, step = (_slice_bound(v) for v in (k.start, k.stop, k.step))
    step = 1 if step is None else step
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step < 0:
        raise ValueError("step must be greater than zero")
    return b.slice(raw, dim, start, stop, step)


def _check_mask(mask_shape: Any, shape: Any, dim: int) -> None:
    for j, n in enumerate(mask_shape):
        if dim + j >= len(shape) or shape[dim + j] != n:
            raise IndexError(
                f"The shape of the mask {list(mask_shape)} at index {j} does not match the "
                f"shape of the indexed tensor {list(shape)} at index {dim + j}"
            )
