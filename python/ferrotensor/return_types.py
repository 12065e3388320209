"""Named-tuple results of ops such as ``max(dim)``: ``values`` and ``indices``."""

from __future__ import annotations

from typing import Any


class _ReturnType(tuple):
    """A tuple with named fields, printed as PyTorch prints ``torch.return_types``."""

    __slots__ = ()
    _fields: tuple[str, ...] = ("values", "indices")
    _name = ""

    def __new__(cls, values: Any, indices: Any) -> _ReturnType:
        return tuple.__new__(cls, (values, indices))

    @property
    def values(self) -> Any:
        """The reduced values."""
        return self[0]

    @property
    def indices(self) -> Any:
        """The int64 positions of the values."""
        return self[1]

    def __repr__(self) -> str:
        return f"ferrotensor.return_types.{self._name}(\nvalues={self[0]!r},\nindices={self[1]!r})"


def _make_type(name: str) -> type:
    return type(name, (_ReturnType,), {"__slots__": (), "_name": name})


max = _make_type("max")
min = _make_type("min")
