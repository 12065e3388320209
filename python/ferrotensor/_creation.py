"""Tensor creation: ``tensor``, ``from_numpy`` and the factories with their ``_like`` forms."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, Optional

import numpy as np

from . import dtypes
from ._tensor import Tensor, _make
from ._tensor_shape import _shape_args
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


def _infer(data: Any) -> tuple[str, list[int]]:
    """Walk nested sequences: return the kind (bool < int < float) and the shape."""
    if isinstance(data, builtins.bool):
        return "bool", []
    if isinstance(data, builtins.int):
        return "int", []
    if isinstance(data, builtins.float):
        return "float", []
    if isinstance(data, Tensor):
        if data._raw.ndim != 0:
            return "tensor", list(data._raw.shape)
        return ("float" if data.dtype.is_floating_point else "int"), []
    if isinstance(data, np.generic):
        return _NP_KIND.get(data.dtype.kind, "bad"), []
    if isinstance(data, (str, bytes)):
        raise TypeError(f"new(): invalid data type '{type(data).__name__}'")
    if not isinstance(data, Sequence):
        raise TypeError(
            f"Could not infer dtype of {type(data).__name__}"
        )
    if len(data) == 0:
        return "float", [0]
    kinds, shapes = zip(*(_infer(x) for x in data))
    first = shapes[0]
    for s in shapes[1:]:
        if s != first:
            dim = len(first)
            raise ValueError(
                f"expected sequence of length {first[0] if first else 0} at dim 1 "
                f"(got {s[0] if s else 0})" if dim else "setting an array element with a sequence."
            )
    order = {"bool": 0, "int": 1, "float": 2}
    kind = builtins.max(kinds, key=lambda k: order.get(k, 3))
    return kind, [len(data), *first]


def _natural_dtype(arr_dtype: np.dtype) -> dtypes.dtype:
    name = {"f8": "float64", "f4": "float32", "f2": "float16", "i8": "int64", "i4": "int32",
            "i2": "int16", "i1": "int8", "u1": "uint8", "b1": "bool"}.get(
        f"{arr_dtype.kind}{arr_dtype.itemsize}"
    )
    if name is None:
        raise TypeError(
            f"can't convert np.ndarray of type numpy.{arr_dtype.type.__name__}. The only "
            "supported types are: float64, float32, float16, complex64, complex128, int64, "
            "int32, int16, int8, uint64, uint32, uint16, uint8, and bool."
        )
    return dtypes.BY_NAME[name]


def _to_numpy(data: Any) -> tuple[np.ndarray, dtypes.dtype]:
    """Turn Python data into a numpy array plus the dtype PyTorch would infer."""
    if isinstance(data, np.ndarray):
        return data, _natural_dtype(data.dtype)
    if isinstance(data, np.generic):
        return np.asarray(data), _natural_dtype(data.dtype)
    if isinstance(data, Tensor):
        return data.numpy(force=True), data.dtype
    kind, _shape = _infer(data)
    if kind == "tensor":
        arr = np.array([np.asarray(x) for x in data])
        return arr, _natural_dtype(arr.dtype)
    if kind == "bad":
        raise TypeError("can't convert this numpy scalar type to a tensor")
    np_dt = {"bool": np.bool_, "int": np.int64, "float": np.float64}[kind]
    try:
        arr = np.array(data, dtype=np_dt)
    except OverflowError:
        raise RuntimeError("Overflow when unpacking long") from None
    default = {"bool": dtypes.bool, "int": dtypes.int64, "float": dtypes._DEFAULT[0]}[kind]
    return arr, default


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

    Example::

        >>> import ferrotensor as torch
        >>> torch.tensor([[1, 2], [3, 4]])
        tensor([[1, 2],
                [3, 4]])
        >>> torch.tensor(1.0)
        tensor(1.)
    """
    arr, natural = _to_numpy(data)
    target = natural if dtype is None else dtypes.to_dtype(dtype)
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


def _factory(shape: Sequence[int], value: Any, dtype: Any, device: Any, requires_grad: bool,
             default: Optional[dtypes.dtype] = None) -> Tensor:
    dt = dtypes.to_dtype(dtype) if dtype is not None else (default or dtypes._DEFAULT[0])
    for d in shape:
        if d < 0:
            raise RuntimeError(
                f"Trying to create tensor with negative dimension {d}: {list(shape)}"
            )
    b = backend_for(to_device(device))
    raw = b.zeros(list(shape), dt.name) if value == 0 else b.full(list(shape), value, dt.name)
    return _finish(raw, b, requires_grad)


def zeros(*size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False) -> Tensor:
    """Return a tensor of zeros; ``zeros(2, 3)`` and ``zeros((2, 3))`` both work."""
    return _factory(_shape_args(size, "size"), 0, dtype, device, requires_grad)


def ones(*size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False) -> Tensor:
    """Return a tensor of ones."""
    return _factory(_shape_args(size, "size"), 1, dtype, device, requires_grad)


def empty(*size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False) -> Tensor:
    """Return an uninitialised tensor (ferrotensor zero-fills it)."""
    return _factory(_shape_args(size, "size"), 0, dtype, device, requires_grad)


def full(size: Sequence[int], fill_value: Any, *, dtype: Any = None, device: Any = None,
         requires_grad: bool = False) -> Tensor:
    """Return a tensor filled with ``fill_value`` (dtype inferred from it when not given)."""
    if dtype is None:
        default = (dtypes.bool if isinstance(fill_value, builtins.bool)
                   else dtypes.int64 if isinstance(fill_value, builtins.int) else None)
    else:
        default = None
    return _factory(_shape_args((size,), "size"), fill_value, dtype, device, requires_grad,
                    default)


def _like(t: Tensor, dtype: Any, device: Any) -> tuple[Any, Any]:
    return (t.dtype if dtype is None else dtype), (t.device if device is None else device)


def zeros_like(input: Tensor, *, dtype: Any = None, device: Any = None,  # noqa: A002
               requires_grad: bool = False) -> Tensor:
    """Return zeros with ``input``'s shape, dtype and device."""
    dt, dev = _like(input, dtype, device)
    return zeros(input._raw.shape, dtype=dt, device=dev, requires_grad=requires_grad)


def ones_like(input: Tensor, *, dtype: Any = None, device: Any = None,  # noqa: A002
              requires_grad: bool = False) -> Tensor:
    """Return ones with ``input``'s shape, dtype and device."""
    dt, dev = _like(input, dtype, device)
    return ones(input._raw.shape, dtype=dt, device=dev, requires_grad=requires_grad)


def empty_like(input: Tensor, *, dtype: Any = None, device: Any = None,  # noqa: A002
               requires_grad: bool = False) -> Tensor:
    """Return an uninitialised (zero-filled) tensor like ``input``."""
    return zeros_like(input, dtype=dtype, device=device, requires_grad=requires_grad)


def full_like(input: Tensor, fill_value: Any, *, dtype: Any = None,  # noqa: A002
              device: Any = None, requires_grad: bool = False) -> Tensor:
    """Return a tensor like ``input`` filled with ``fill_value``."""
    dt, dev = _like(input, dtype, device)
    return full(input._raw.shape, fill_value, dtype=dt, device=dev, requires_grad=requires_grad)


def arange(start: Any, end: Any = None, step: Any = 1, *, dtype: Any = None, device: Any = None,
           requires_grad: bool = False) -> Tensor:
    """Return ``[start, end)`` in steps of ``step``; int64 unless a bound or step is a float."""
    if end is None:
        start, end = 0, start
    vals = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    if dtype is None:
        any_float = builtins.any(isinstance(v, builtins.float) for v in vals)
        dt = dtypes._DEFAULT[0] if any_float else dtypes.int64
    else:
        dt = dtypes.to_dtype(dtype)
    b = backend_for(to_device(device))
    return _finish(b.arange(*vals, dt.name), b, requires_grad)


def linspace(start: Any, end: Any, steps: int, *, dtype: Any = None, device: Any = None,
             requires_grad: bool = False) -> Tensor:
    """Return ``steps`` evenly spaced values from ``start`` to ``end`` inclusive."""
    dt = dtypes._DEFAULT[0] if dtype is None else dtypes.to_dtype(dtype)
    b = backend_for(to_device(device))
    return _finish(b.linspace(builtins.float(start), builtins.float(end), steps, dt.name), b,
                   requires_grad)


def eye(n: int, m: Optional[int] = None, *, dtype: Any = None, device: Any = None,
        requires_grad: bool = False) -> Tensor:
    """Return a 2-D tensor with ones on the diagonal."""
    dt = dtypes._DEFAULT[0] if dtype is None else dtypes.to_dtype(dtype)
    b = backend_for(to_device(device))
    return _finish(b.eye(n, n if m is None else m, dt.name), b, requires_grad)
