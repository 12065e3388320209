"""Argument checks of the ``index_*`` ops, with PyTorch's exact messages and classes.

PyTorch words each op's checks differently (``index_add_`` raises RuntimeError where
``index_copy_`` raises IndexError for the same mistake); they are kept together here
so the Tensor methods stay short.
"""

from __future__ import annotations

import numbers
from typing import Any

from . import _errors, _index_key


def typename(v: Any) -> str:
    """The type name PyTorch prints in argument errors (``list``, ``numpy.ndarray``)."""
    kind = type(v)
    if kind.__module__ == "builtins" or hasattr(v, "_raw"):
        return kind.__name__
    return f"{kind.__module__}.{kind.__name__}"


def need_tensor(fn: str, arg: str, pos: int, v: Any) -> None:
    """Raise PyTorch's TypeError unless ``v`` is a Tensor."""
    if not hasattr(v, "_raw"):
        raise TypeError(
            f"{fn}(): argument '{arg}' (position {pos}) must be Tensor, not {typename(v)}"
        )


def dim(d: Any, ndim: int) -> int:
    """``d`` wrapped into ``[0, ndim)`` (a 0-d tensor accepts -1 and 0)."""
    d = d.__index__()
    n = max(ndim, 1)
    if d < -n or d >= n:
        raise IndexError(_errors.dim_out_of_range(d, ndim))
    return d + n if d < 0 else d  # type: ignore[no-any-return]


def type_name(t: Any) -> str:
    """PyTorch's scalar-type name of a tensor's dtype (``Float``)."""
    return _errors.SCALAR_TYPE[t._raw.dtype]


def number(value: Any) -> Any:
    """A Python (or numpy) number as a Python number; anything else unchanged."""
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, numbers.Number) and hasattr(value, "item"):
        return value.item()
    return value


def along(t: Any, fn: str, d: Any, index: Any) -> int:
    """Check ``index`` of ``index_add_``/``index_fill_``/``index_copy_``; return the dim."""
    need_tensor(fn, "index", 2, index)
    out = dim(d, t._raw.ndim)
    name = index._raw.dtype
    if fn == "index_add_" and name not in ("int64", "int32"):
        raise RuntimeError(
            f"index_add_(): Expected dtype int32/int64 for index but got: {type_name(index)}"
        )
    if fn == "index_fill_":
        if name != "int64":
            raise IndexError("index_fill_(): Expected dtype int64 for index.")
        if index._raw.ndim > 1:
            raise RuntimeError("Index has to be a vector/scalar")
    if fn == "index_copy_" and name != "int64":
        raise RuntimeError(
            f"index_copy_(): Expected a long tensor for index, but got {type_name(index)}"
        )
    return out


def source(t: Any, fn: str, d: int, index: Any, src_t: Any) -> None:
    """PyTorch's shape and dtype checks of ``index_add_``/``index_copy_``'s source."""
    need_tensor(fn, "source", 3, src_t)
    if fn == "index_add_":
        _add_source(t, d, index, src_t)
    else:
        _copy_source(t, d, index, src_t)


def _add_source(t: Any, d: int, index: Any, src_t: Any) -> None:
    raw, src, n = t._raw, src_t._raw, index._raw.numel
    if index._raw.ndim > 1:
        raise IndexError(
            f"index_add_(): Index is supposed to be a vector, but got dim: {index._raw.ndim} "
            f"with type: {type_name(index)} and size: {list(index._raw.shape)}"
        )
    if src.dtype != raw.dtype:
        raise RuntimeError(
            f"index_add_(): self ({type_name(t)}) and source ({type_name(src_t)}) must have the "
            "same scalar type"
        )
    count = src.shape[d] if src.ndim else 1
    if n != count:
        raise RuntimeError(
            f"index_add_(): Number of indices ({n}) should be equal to source.size(dim): "
            f"({count}), for dim: {d}"
        )
    others = [s for i, s in enumerate(src.shape) if i != d]
    if src.ndim != raw.ndim or others != [s for i, s in enumerate(raw.shape) if i != d]:
        raise RuntimeError(
            "source tensor shape must match self tensor shape, excluding the specified "
            f"dimension. Got self.shape = {list(raw.shape)} source.shape = {list(src.shape)}"
        )


def _copy_source(t: Any, d: int, index: Any, src_t: Any) -> None:
    raw, src, n = t._raw, src_t._raw, index._raw.numel
    if index._raw.ndim > 1:
        raise IndexError(
            f"index_copy_(): Index should have dimension 1 or 0 (got {index._raw.ndim})"
        )
    if src.dtype != raw.dtype:
        raise RuntimeError(
            "index_copy_(): self and source expected to have the same dtype, but got (self) "
            f"{type_name(t)} and (source) {type_name(src_t)}"
        )
    if src.ndim != raw.ndim and ((src.ndim > 0 and raw.ndim > 0) or src.numel != 1):
        raise IndexError(
            "index_copy_(): When source and destination are not scalars, their dimensionality "
            f"must match. Source dimensionality ({src.ndim}), destination dimensionality "
            f"({raw.ndim})"
        )
    for i in range(min(raw.ndim, src.ndim)):
        if i != d and src.shape[i] != raw.shape[i]:
            raise RuntimeError(
                "index_copy_(): Source/destination tensor must have same slice shapes. "
                f"Destination slice shape: {raw.shape[i]} at dimension {i} and source slice "
                f"shape: {src.shape[i]} at dimension {i}."
            )
    count = src.shape[d] if src.ndim else 1
    if n != count:
        raise IndexError(
            f"index_copy_(): Number of indices ({n}) should be equal to source.size(dim) ({count})"
        )


def fill_value(fn: str, value: Any) -> Any:
    """The fill value of ``index_fill_``/``masked_fill_``: a number or a 0-d tensor."""
    if hasattr(value, "_raw"):
        if value._raw.ndim != 0:
            raise RuntimeError(
                f"{fn} only supports a 0-dimensional value tensor, but got tensor with "
                f"{value._raw.ndim} dimension(s)."
            )
        return value
    value = number(value)
    if not isinstance(value, (int, float)):
        raise TypeError(
            f"{fn[:-1]}(): argument 'value' must be Tensor or Number, not {typename(value)}"
        )
    return value


def put_key(t: Any, fn: str, indices: Any, values: Any) -> Any:
    """Check ``index_put``'s arguments; return the parsed key."""
    if not isinstance(indices, (tuple, list)):
        raise TypeError(
            f"{fn}(): argument 'indices' (position 1) must be tuple of Tensors, not "
            f"{typename(indices)}"
        )
    for i, idx in enumerate(indices):
        if not hasattr(idx, "_raw"):
            raise TypeError(
                f"expected Tensor as element {i} in argument 0, but got {typename(idx)}"
            )
    need_tensor(fn, "values", 2, values)
    if len(indices) > t._raw.ndim:
        raise IndexError(
            f"too many indices for tensor of dimension {t._raw.ndim} (got {len(indices)})"
        )
    if values._raw.dtype != t._raw.dtype:
        raise RuntimeError(
            "Index put requires the source and destination dtypes match, got "
            f"{type_name(t)} for the destination and {type_name(values)} for the source."
        )
    akey, _ = _index_key.parse(t, tuple(indices))
    return akey
