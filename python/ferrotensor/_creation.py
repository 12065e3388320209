"""Tensor creation: ``tensor``, ``from_numpy`` and the factories with their ``_like`` forms."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, Optional

import numpy as np

from . import dtypes
from ._tensor import Tensor, _make
from .backends import backend_for, cpu_backend
from .device import to_device

__all__ = [
    "arange",
    "as_tensor",
    "empty",
    "empty_like",
    "eye",
    "from_numpy",
    "full",
    "full_like",
    "linspace",
    "ones",
    "ones_like",
    "tensor",
    "zeros",
    "zeros_like",
]

_NP_KIND = {"f": "float", "i": "int", "u": "int", "b": "bool"}

# torch.tensor() follows the first element of each nesting level for the shape
# (``compute_sizes``), stops after this many levels.
_MAX_DIMS = 64


def _natural_dtype(arr_dtype: np.dtype) -> dtypes.dtype:
    name = {
        "f8": "float64",
        "f4": "float32",
        "f2": "float16",
        "i8": "int64",
        "i4": "int32",
        "i2": "int16",
        "i1": "int8",
        "u1": "uint8",
        "b1": "bool",
    }.get(f"{arr_dtype.kind}{arr_dtype.itemsize}")
    if name is None:
        raise TypeError(
            f"can't convert np.ndarray of type numpy.{arr_dtype.type.__name__}. The only "
            "supported types are: float64, float32, float16, complex64, complex128, int64, "
            "int32, int16, int8, uint64, uint32, uint16, uint8, and bool."
        )
    return dtypes.BY_NAME[name]


def _is_seq(obj: Any) -> bool:
    """PySequence_Check as torch.tensor() sees it: lists, tuples, ranges, str, ndarrays."""
    if isinstance(obj, np.ndarray):
        return True
    return isinstance(obj, Sequence) and not isinstance(obj, Tensor)


def _compute_sizes(data: Any) -> list[int]:
    sizes: list[int] = []
    seq = data
    while _is_seq(seq):
        n = len(seq)
        sizes.append(n)
        if len(sizes) > _MAX_DIMS:
            raise ValueError(f"too many dimensions '{type(seq).__name__}'")
        if n == 0:
            break
        seq = seq[0]
    return sizes


def _promote(a: Optional[dtypes.dtype], b: dtypes.dtype) -> dtypes.dtype:
    from . import _core

    if a is None or a is b:
        return b
    return dtypes.BY_NAME[_core.promote_types(a.name, b.name)]


_PLAIN = {builtins.bool: "bool", builtins.int: "int64", builtins.float: None}


def _scalar_type(obj: Any) -> dtypes.dtype:
    """PyTorch's ``infer_scalar_type``: promote the dtypes of every leaf.

    numpy scalars and tensors bring their own dtype; Python floats the default dtype.
    """
    t = type(obj)
    if t in _PLAIN:
        name = _PLAIN[t]
        return dtypes._DEFAULT[0] if name is None else dtypes.BY_NAME[name]
    if isinstance(obj, np.generic):
        return _natural_dtype(obj.dtype)
    if isinstance(obj, builtins.bool):
        return dtypes.bool
    if isinstance(obj, builtins.int):
        return dtypes.int64
    if isinstance(obj, builtins.float):
        return dtypes._DEFAULT[0]
    if isinstance(obj, Tensor):
        return obj.dtype
    if isinstance(obj, np.ndarray):
        return _natural_dtype(obj.dtype)
    if isinstance(obj, (str, bytes)):
        raise TypeError(f"new(): invalid data type '{t.__name__}'")
    if _is_seq(obj):
        if len(obj) == 0:
            return dtypes._DEFAULT[0]
        out: Optional[dtypes.dtype] = None
        plain = {type(x) for x in obj}
        if plain <= _PLAIN.keys():  # fast path for flat lists of Python numbers
            for k in plain:
                out = _promote(out, _scalar_type(k()))
            return out  # type: ignore[return-value]
        for x in obj:
            out = _promote(out, _scalar_type(x))
        return out  # type: ignore[return-value]
    raise RuntimeError(f"Could not infer dtype of {t.__name__}")


def _store(obj: Any, sizes: list[int], dim: int, target: dtypes.dtype, out: list[Any]) -> None:
    """PyTorch's ``recursive_store`` checks, collecting the leaves into ``out``."""
    if dim == len(sizes):
        out.append(_leaf(obj, target))
        return
    if isinstance(obj, np.ndarray) and list(obj.shape) == sizes[dim:]:
        out.extend(obj.ravel().tolist())
        return
    if not _is_seq(obj):
        raise TypeError("not a sequence")
    n = sizes[dim]
    if len(obj) != n:
        raise ValueError(f"expected sequence of length {n} at dim {dim} (got {len(obj)})")
    if dim + 1 == len(sizes) and {type(x) for x in obj} <= _PLAIN.keys():
        out.extend(obj)
        return
    for x in obj:
        _store(x, sizes, dim + 1, target, out)


def _leaf(obj: Any, target: dtypes.dtype) -> Any:
    """One scalar as ``store_scalar`` unpacks it (Python number out)."""
    if isinstance(obj, (builtins.bool, builtins.int, builtins.float)):
        return obj
    integral = not target.is_floating_point and target is not dtypes.bool
    if isinstance(obj, Tensor):
        if obj.numel() != 1 or (integral and obj.dtype.is_floating_point):
            if integral:
                raise TypeError(
                    "only integer tensors of a single element can be converted to an index"
                )
            raise ValueError("only one element tensors can be converted to Python scalars")
        return obj.item()
    if isinstance(obj, np.generic):
        return obj.item()
    if integral:
        raise TypeError(f"'{type(obj).__name__}' object cannot be interpreted as an integer")
    raise TypeError(f"must be real number, not {type(obj).__name__}")


def _check_leaves(leaves: list[Any], target: dtypes.dtype) -> None:
    """Overflow checks of ``store_scalar`` for integer targets (floats are cast unchecked)."""
    from ._tensor_math import _check_scalar

    if target.is_floating_point or target is dtypes.bool:
        return
    floats = [v for v in leaves if isinstance(v, builtins.float)]
    ints = [v for v in leaves if not isinstance(v, builtins.float)]
    if ints and (builtins.max(ints) > 2**63 - 1 or builtins.min(ints) < -(2**63)):
        raise ValueError("Overflow when unpacking long long")
    for group in (floats, ints):
        if group:
            for v in (builtins.min(group), builtins.max(group)):
                _check_scalar(v, target.name, cpp_name=False)
            if group is floats and builtins.any(v != v for v in floats):
                _check_scalar(builtins.float("nan"), target.name, cpp_name=False)


def _to_numpy(data: Any, dtype: Optional[dtypes.dtype]) -> tuple[np.ndarray, dtypes.dtype]:
    """Turn data into a numpy array plus the dtype PyTorch would give the tensor."""
    if isinstance(data, np.ndarray):
        return data, _natural_dtype(data.dtype) if dtype is None else dtype
    if isinstance(data, Tensor):
        return data.numpy(force=True), data.dtype if dtype is None else dtype
    if isinstance(data, (str, bytes)):
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")
    sizes = _compute_sizes(data)
    target = _scalar_type(data) if dtype is None else dtype
    wide = (
        np.float64 if target.is_floating_point else np.bool_ if target is dtypes.bool else np.int64
    )
    if 0 in sizes:
        return np.zeros(sizes, dtype=wide), target
    leaves: list[Any] = []
    _store(data, sizes, 0, target, leaves)
    _check_leaves(leaves, target)
    return np.array(leaves, dtype=wide).reshape(sizes), target


def _finish(raw: Any, backend: Any, requires_grad: bool) -> Tensor:
    t = _make(raw, backend)
    if requires_grad:
        t.requires_grad_(True)
    return t


def tensor(
    data: Any,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
    pin_memory: bool = False,
) -> Tensor:
    """Construct a tensor that owns a copy of ``data``.

    Args:
        data (array_like): a number, nested lists/tuples, a numpy array or a tensor.
        dtype (dtype, optional): the element type (default: inferred as PyTorch does:
            bool, int64, or the default float dtype for Python floats).
        device (str or device, optional): ``"cpu"`` (default) or ``"gpu"``/``"cuda"``.
        requires_grad (bool): record operations on the result for autograd.
        pin_memory (bool): accepted for compatibility; host memory is not pinned.

    Example::

        >>> import ferrotensor as torch
        >>> torch.tensor([[1, 2], [3, 4]])
        tensor([[1, 2],
                [3, 4]])
        >>> torch.tensor(1.0)
        tensor(1.)
    """
    arr, target = _to_numpy(data, None if dtype is None else dtypes.to_dtype(dtype))
    cpu = cpu_backend()
    raw = cpu.from_numpy(np.ascontiguousarray(arr) if arr.ndim else arr.reshape(()))
    raw = cpu.to(raw, target.name) if raw.dtype != target.name else cpu.clone(raw)
    dev = to_device(device)
    if dev.type != "cpu":
        b = backend_for(dev)
        return _finish(b.from_numpy(cpu.to_numpy(raw)), b, requires_grad)
    return _finish(raw, cpu, requires_grad)


def as_tensor(data: Any, dtype: Any = None, device: Any = None) -> Tensor:
    """Convert ``data`` to a tensor, sharing memory with numpy arrays and tensors when possible."""
    dev = to_device(device)
    if isinstance(data, Tensor):
        out = data
        if dtype is not None:
            out = out.to(dtypes.to_dtype(dtype))
        return out.to(dev) if dev.type != out._backend.name else out
    if isinstance(data, np.ndarray) and dev.type == "cpu":
        out = from_numpy(data)
        return out if dtype is None else out.to(dtypes.to_dtype(dtype))
    return tensor(data, dtype=dtype, device=device)


def from_numpy(ndarray: np.ndarray) -> Tensor:
    """Return a CPU tensor sharing memory with ``ndarray``.

    Writes through either are seen by both; :meth:`Tensor.clone` breaks the link.

    Raises:
        TypeError: for numpy dtypes ferrotensor cannot hold (str, object, complex, ...).
        ValueError: for arrays with negative strides.
    """
    if not isinstance(ndarray, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(ndarray).__name__})")
    cpu = cpu_backend()
    return _make(cpu.from_numpy(ndarray), cpu)


def _typename(v: Any) -> str:
    """The type name PyTorch's argument errors print (``list``, ``numpy.ndarray``)."""
    kind = type(v)
    if kind.__module__ == "builtins" or isinstance(v, Tensor):
        return kind.__name__
    return f"{kind.__module__}.{kind.__name__}"


def _size_arg(fname: str, args: tuple[Any, ...], size: Any = None) -> list[int]:
    """Parse ``f(2, 3)``, ``f((2, 3))``, ``f([2, 3])``, ``f(Size)`` or ``f(size=...)``.

    Raises PyTorch's TypeErrors for anything that is not a sequence of ints.
    """
    if size is not None:
        if args:
            raise TypeError(f"{fname}() got multiple values for argument 'size'")
        args = (size,)
    if not args:
        raise TypeError(f'{fname}() missing 1 required positional arguments: "size"')
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        items, packed = list(args[0]), True
    else:
        items, packed = list(args), False
    out = []
    for i, a in enumerate(items):
        if isinstance(a, (tuple, list)) and not packed:
            raise TypeError(f"{fname}() takes 1 positional argument but {len(args)} were given")
        if isinstance(a, builtins.bool) or not hasattr(a, "__index__"):
            if len(items) == 1 and not packed:
                raise TypeError(
                    f"{fname}(): argument 'size' (position 1) must be tuple of ints, not "
                    f"{_typename(a)}"
                )
            raise TypeError(
                f"{fname}(): argument 'size' failed to unpack the object at pos {i + 1} with "
                f'error "type must be tuple of ints,but got {_typename(a)}"'
            )
        out.append(a.__index__())
    return out


def _factory(
    fname: str,
    shape: Sequence[int],
    value: Any,
    dtype: Any,
    device: Any,
    requires_grad: bool,
    default: Optional[dtypes.dtype] = None,
) -> Tensor:
    from ._tensor_math import _check_scalar

    dt = dtypes.to_dtype(dtype) if dtype is not None else (default or dtypes._DEFAULT[0])
    for d in shape:
        if d < 0:
            if fname == "zeros":
                raise RuntimeError("zeros: Dimension size must be non-negative.")
            raise RuntimeError(
                f"Trying to create tensor with negative dimension {d}: {list(shape)}"
            )
    if value != 0:
        _check_scalar(value, dt.name)
    b = backend_for(to_device(device))
    raw = b.zeros(list(shape), dt.name) if value == 0 else b.full(list(shape), value, dt.name)
    return _finish(raw, b, requires_grad)


def zeros(
    *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kwargs: Any
) -> Tensor:
    """Return a tensor of zeros; ``zeros(2, 3)`` and ``zeros((2, 3))`` both work."""
    return _factory("zeros", _size_arg("zeros", size, **kwargs), 0, dtype, device, requires_grad)


def ones(
    *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kwargs: Any
) -> Tensor:
    """Return a tensor of ones."""
    return _factory("ones", _size_arg("ones", size, **kwargs), 1, dtype, device, requires_grad)


def empty(
    *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kwargs: Any
) -> Tensor:
    """Return an uninitialised tensor (ferrotensor zero-fills it)."""
    return _factory("empty", _size_arg("empty", size, **kwargs), 0, dtype, device, requires_grad)


def _fill_value(fname: str, fill_value: Any) -> Any:
    """A Python number from ``fill_value`` (a number, numpy scalar or 0-d tensor)."""
    if isinstance(fill_value, (builtins.bool, builtins.int, builtins.float)):
        return fill_value
    if isinstance(fill_value, np.generic) and fill_value.dtype.kind in "biuf":
        return fill_value.item()
    if isinstance(fill_value, Tensor) and fill_value.ndim == 0:
        return fill_value.item()
    raise TypeError(
        f"{fname}(): argument 'fill_value' (position 2) must be Number, not {_typename(fill_value)}"
    )


def full(
    size: Sequence[int],
    fill_value: Any,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return a tensor filled with ``fill_value`` (dtype inferred from it when not given).

    Raises:
        TypeError: if ``size`` is not a sequence of ints or ``fill_value`` not a number.
        RuntimeError: if ``fill_value`` does not fit the dtype.
    """
    if not isinstance(size, (tuple, list)):
        raise TypeError(
            f"full(): argument 'size' (position 1) must be tuple of ints, not {_typename(size)}"
        )
    value = _fill_value("full", fill_value)
    if dtype is None:
        default = (
            dtypes.bool
            if isinstance(value, builtins.bool)
            else dtypes.int64
            if isinstance(value, builtins.int)
            else None
        )
    else:
        default = None
    return _factory(
        "full", _size_arg("full", (size,)), value, dtype, device, requires_grad, default
    )


def _like(t: Any, fname: str, dtype: Any, device: Any) -> tuple[Any, Any]:
    if not isinstance(t, Tensor):
        raise TypeError(
            f"{fname}(): argument 'input' (position 1) must be Tensor, not {_typename(t)}"
        )
    return (t.dtype if dtype is None else dtype), (t.device if device is None else device)


def _dense_order(t: Tensor) -> Optional[list[int]]:
    """The dims of a non-overlapping, dense but permuted ``t``, outermost first; else None.

    ``*_like`` keeps such a layout (PyTorch's ``preserve_format``); anything else
    (contiguous, expanded, sliced with steps) gets a contiguous result.
    """
    raw = t._raw
    shape, strides = list(raw.shape), list(raw.strides)
    if raw.is_contiguous() or 0 in shape:
        return None
    order = sorted(range(len(shape)), key=lambda d: (-strides[d], d))
    expected = 1
    for d in reversed(order):
        if shape[d] != 1 and strides[d] != expected:
            return None
        expected *= shape[d]
    return order


def _like_factory(
    t: Tensor, fname: str, value: Any, dtype: Any, device: Any, requires_grad: bool
) -> Tensor:
    dt, dev = _like(t, fname, dtype, device)
    shape = list(t._raw.shape)
    order = _dense_order(t)
    if order is None:
        return _factory(fname, shape, value, dt, dev, requires_grad)
    out = _factory(fname, [shape[d] for d in order], value, dt, dev, requires_grad=False)
    inverse = [order.index(d) for d in range(len(order))]
    out = out.permute(*inverse)
    if requires_grad:
        out.requires_grad_(True)
    return out


def zeros_like(
    input: Tensor,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return zeros with ``input``'s shape, dtype, device and (dense) layout."""
    return _like_factory(input, "zeros_like", 0, dtype, device, requires_grad)


def ones_like(
    input: Tensor,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return ones with ``input``'s shape, dtype, device and (dense) layout."""
    return _like_factory(input, "ones_like", 1, dtype, device, requires_grad)


def empty_like(
    input: Tensor,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return an uninitialised (zero-filled) tensor like ``input``."""
    return _like_factory(input, "empty_like", 0, dtype, device, requires_grad)


def full_like(
    input: Tensor,
    fill_value: Any,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return a tensor like ``input`` filled with ``fill_value``."""
    value = _fill_value("full_like", fill_value)
    return _like_factory(input, "full_like", value, dtype, device, requires_grad)


def _number(fname: str, arg: str, pos: int, v: Any) -> Any:
    if isinstance(v, (builtins.bool, builtins.int, builtins.float)):
        return v
    if isinstance(v, np.generic) and v.dtype.kind in "biuf":
        return v.item()
    if isinstance(v, Tensor) and v.ndim == 0:
        return v.item()
    raise TypeError(
        f"{fname}(): argument '{arg}' (position {pos}) must be Number, not {_typename(v)}"
    )


def arange(
    start: Any = None,
    end: Any = None,
    step: Any = 1,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return ``[start, end)`` in steps of ``step``; int64 unless a bound or step is a float.

    ``arange(end)``, ``arange(start, end)``, ``arange(start, end, step)`` and
    ``arange(end=n)`` are accepted.
    """
    if end is None:
        if start is None:
            raise TypeError("arange() missing required argument 'end' (pos 1)")
        vals = [0, _number("arange", "end", 1, start), _number("arange", "step", 3, step)]
    else:
        vals = [
            _number("arange", "start", 1, 0 if start is None else start),
            _number("arange", "end", 2, end),
            _number("arange", "step", 3, step),
        ]
    if dtype is None:
        any_float = builtins.any(isinstance(v, builtins.float) for v in vals)
        dt = dtypes._DEFAULT[0] if any_float else dtypes.int64
    else:
        dt = dtypes.to_dtype(dtype)
    if dt is dtypes.bool:
        raise NotImplementedError("\"arange_cpu\" not implemented for 'Bool'")
    b = backend_for(to_device(device))
    return _finish(b.arange(*vals, dt.name), b, requires_grad)


def linspace(
    start: Any,
    end: Any,
    steps: int,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return ``steps`` evenly spaced values from ``start`` to ``end`` inclusive."""
    dt = dtypes._DEFAULT[0] if dtype is None else dtypes.to_dtype(dtype)
    if dt is dtypes.bool:
        raise NotImplementedError("\"linspace_cpu\" not implemented for 'Bool'")
    if isinstance(steps, builtins.bool) or not hasattr(steps, "__index__"):
        raise TypeError(
            f"linspace(): argument 'steps' (position 3) must be int, not {type(steps).__name__}"
        )
    steps = steps.__index__()
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    b = backend_for(to_device(device))
    return _finish(
        b.linspace(builtins.float(start), builtins.float(end), steps, dt.name), b, requires_grad
    )


def eye(
    n: int,
    m: Optional[int] = None,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return a 2-D tensor with ones on the diagonal.

    Raises:
        TypeError: if ``n`` or ``m`` is not an int.
        RuntimeError: if ``n`` or ``m`` is negative.
    """
    sizes = []
    for name, pos, v in (("n", 1, n), ("m", 2, n if m is None else m)):
        if isinstance(v, builtins.bool) or not hasattr(v, "__index__"):
            raise TypeError(
                f"eye(): argument '{name}' (position {pos}) must be int, not {type(v).__name__}"
            )
        v = v.__index__()
        if v < 0:
            raise RuntimeError(f"{name} must be greater or equal to 0, got {v}")
        sizes.append(v)
    dt = dtypes._DEFAULT[0] if dtype is None else dtypes.to_dtype(dtype)
    b = backend_for(to_device(device))
    return _finish(b.eye(sizes[0], sizes[1], dt.name), b, requires_grad)


def logspace(
    start: Any,
    end: Any,
    steps: int,
    base: float = 10.0,
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return ``steps`` values ``base ** x`` for ``x`` evenly spaced from ``start`` to ``end``.

    The powers are computed in float64 and rounded once to ``dtype``.
    """
    dt = dtypes._DEFAULT[0] if dtype is None else dtypes.to_dtype(dtype)
    if dt is dtypes.bool:
        raise NotImplementedError("\"logspace_cpu\" not implemented for 'Bool'")
    exps = linspace(start, end, steps, dtype=dtypes.float64).numpy()
    with np.errstate(over="ignore"):
        vals = np.power(builtins.float(base), exps)
    if not dt.is_floating_point:
        vals = np.trunc(vals)
    out = tensor(vals, dtype=dtypes.float64).to(dt)
    dev = to_device(device)
    if dev.type != "cpu":
        out = out.to(dev)
    if requires_grad:
        out.requires_grad_(True)
    return out


def from_dlpack(ext_tensor: Any) -> Tensor:
    """Return a CPU tensor sharing memory with any object that exports DLPack.

    Works with numpy arrays, PyTorch CPU tensors and other DLPack producers;
    a ferrotensor tensor is returned as is.
    """
    if isinstance(ext_tensor, Tensor):
        return ext_tensor
    if not hasattr(ext_tensor, "__dlpack__"):
        raise TypeError(
            f"from_dlpack(): expected an object with __dlpack__, got {_typename(ext_tensor)}"
        )
    try:
        arr = np.from_dlpack(ext_tensor)
    except RuntimeError as e:  # numpy's wording names numpy; say what the caller can do
        raise BufferError(f"from_dlpack(): {e}") from None
    return from_numpy(arr)


def empty_strided(
    size: Sequence[int],
    stride: Sequence[int],
    *,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return an uninitialised (zero-filled) tensor with the given sizes and strides."""
    size, stride = [int(s) for s in size], [int(s) for s in stride]
    if len(size) != len(stride):
        raise RuntimeError(
            f"mismatch in length of strides and shape ({len(stride)} vs {len(size)})"
        )
    span = 0 if 0 in size else 1 + sum((n - 1) * s for n, s in zip(size, stride))
    flat = empty(span, dtype=dtype, device=device)
    out = _make(flat._backend.as_strided(flat._raw, size, stride, 0), flat._backend)
    if requires_grad:
        out.requires_grad_(True)
    return out
