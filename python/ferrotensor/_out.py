"""``out=`` for module-level functions, with PyTorch's rules.

Same-kind-or-wider casts, resizing with PyTorch's deprecation warning, exact dtypes for
tuple results, and no autograd.
"""

from __future__ import annotations

import warnings
from typing import Any, Callable

from . import _errors
from .autograd.grad_mode import _ENABLED as _GRAD

_CPP = {
    "float64": "double",
    "float32": "float",
    "float16": "c10::Half",
    "int64": "long int",
    "int32": "int",
    "int16": "short int",
    "int8": "signed char",
    "uint8": "unsigned char",
    "bool": "bool",
}


def _resize(out: Any, shape: tuple[int, ...]) -> None:
    """Give ``out`` fresh storage of ``shape`` (its dtype and device kept)."""
    old = tuple(out._raw.shape)
    if old == shape:
        return
    if out._raw.numel != 0:
        warnings.warn(
            f"An output with one or more elements was resized since it had shape {list(old)}, "
            f"which does not match the required output shape {list(shape)}. This behavior is "
            "deprecated, and in a future PyTorch release outputs will not be resized unless they "
            "have zero elements. You can explicitly reuse an out tensor t by resizing it, "
            "inplace, to zero elements with t.resize_(0).",
            UserWarning,
            stacklevel=4,
        )
    out._raw = out._backend.zeros(list(shape), out._raw.dtype)
    out._base = None


def _check_out(name: str, out: Any) -> None:
    if not hasattr(out, "_raw"):
        raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type(out).__name__}")


def write(name: str, result: Any, out: Any) -> Any:
    """Write ``result`` (a tensor, or a tuple of tensors) into ``out`` and return ``out``.

    Raises:
        RuntimeError: when a result needs grad, or its dtype cannot be cast to ``out``'s.
    """
    results = result if isinstance(result, tuple) else (result,)
    if _GRAD[0] and any(getattr(r, "requires_grad", False) for r in results):
        raise RuntimeError(
            f"{name}(): functions with out=... arguments don't support automatic "
            "differentiation, but one of the arguments requires grad."
        )
    if isinstance(result, tuple):
        if not isinstance(out, (tuple, list)) or len(out) != len(result):
            raise TypeError(f"{name}(): argument 'out' must be tuple of {len(result)} Tensors")
        for r, o in zip(result, out):
            _check_out(name, o)
            if r._raw.dtype != o._raw.dtype:
                raise RuntimeError(
                    f"Expected out tensor to have dtype {_CPP[r._raw.dtype]}, but got "
                    f"{_CPP[o._raw.dtype]} instead"
                )
            _resize(o, tuple(r._raw.shape))
            o._backend.copy_(o._raw, r._raw)
        return type(result)(*out) if hasattr(result, "_fields") else tuple(out)
    _check_out(name, out)
    got, dst = result._raw.dtype, out._raw.dtype
    if _errors.KIND_ORDER[got] > _errors.KIND_ORDER[dst]:
        names = _errors.SCALAR_TYPE
        raise RuntimeError(
            f"result type {names[got]} can't be cast to the desired output type {names[dst]}"
        )
    _resize(out, tuple(result._raw.shape))
    out._backend.copy_(out._raw, result._raw)
    return out


def with_out(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``fn`` with an ``out=`` keyword."""

    def function(*args: Any, out: Any = None, **kwargs: Any) -> Any:
        if out is None:
            return fn(*args, **kwargs)
        return write(name, fn(*args, **kwargs), out)

    function.__name__ = getattr(fn, "__name__", name)
    function.__qualname__ = function.__name__
    function.__doc__ = fn.__doc__
    return function
