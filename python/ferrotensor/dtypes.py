"""dtype objects with PyTorch's names and aliases, and the default float dtype."""

from __future__ import annotations

__all__ = [
    "bool",
    "double",
    "dtype",
    "float",
    "float16",
    "float32",
    "float64",
    "get_default_dtype",
    "half",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "long",
    "set_default_dtype",
    "short",
    "uint8",
]

import builtins


class dtype:
    """A tensor element type, e.g. ``ferrotensor.float32``.

    Instances are singletons: compare them with ``is`` or ``==``.
    """

    __slots__ = ("is_floating_point", "is_signed", "itemsize", "name")

    def __init__(
        self, name: str, itemsize: builtins.int, is_float: builtins.bool, signed: builtins.bool
    ):
        self.name = name
        self.itemsize = itemsize
        self.is_floating_point = is_float
        self.is_signed = signed

    def __repr__(self) -> str:
        return f"ferrotensor.{self.name}"

    def __reduce__(self) -> str:
        return self.name

    def to_real(self) -> dtype:
        """Return self (ferrotensor has no complex dtypes)."""
        return self


float64 = dtype("float64", 8, True, True)
float32 = dtype("float32", 4, True, True)
float16 = dtype("float16", 2, True, True)
int64 = dtype("int64", 8, False, True)
int32 = dtype("int32", 4, False, True)
int16 = dtype("int16", 2, False, True)
int8 = dtype("int8", 1, False, True)
uint8 = dtype("uint8", 1, False, False)
bool = dtype("bool", 1, False, False)

double = float64
float = float32
half = float16
long = int64
int = int32
short = int16

BY_NAME: dict[str, dtype] = {
    d.name: d for d in (float64, float32, float16, int64, int32, int16, int8, uint8, bool)
}
ALL: tuple[dtype, ...] = tuple(BY_NAME.values())

# The default float dtype; `_DEFAULT[0]` is read on every op, so keep it a plain list slot.
_DEFAULT: list[dtype] = [float32]


def get_default_dtype() -> dtype:
    """Return the current default floating point dtype (initially ``float32``).

    Example::

        >>> import ferrotensor as torch
        >>> torch.get_default_dtype()
        ferrotensor.float32
    """
    return _DEFAULT[0]


def set_default_dtype(d: dtype) -> None:
    """Set the default floating point dtype used for Python floats and float factories.

    Args:
        d (dtype): ``float32``, ``float64`` or ``float16``.

    Raises:
        TypeError: if ``d`` is not a floating point dtype.
    """
    if not isinstance(d, dtype) or not d.is_floating_point:
        raise TypeError("only floating-point types are supported as the default type")
    from . import _core

    _core.set_default_float(d.name)
    _DEFAULT[0] = d


def to_dtype(d: object) -> dtype:
    """Accept a dtype object or a Python type (``float``, ``int``, ``bool``) as PyTorch does.

    Raises:
        TypeError: for anything else (PyTorch refuses dtype names given as strings).
    """
    if isinstance(d, dtype):
        return d
    if d is builtins.float:
        return float64
    if d is builtins.int:
        return int64
    if d is builtins.bool:
        return bool
    raise TypeError(f"dtype must be a ferrotensor.dtype (got {type(d).__name__})")
