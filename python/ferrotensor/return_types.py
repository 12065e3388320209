"""Named-tuple results of ops such as ``max(dim)`` and ``sort``.

Fields are ``values`` and ``indices`` (``min`` and ``max`` for ``aminmax``).
"""

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
        a, b = self._fields
        return f"ferrotensor.return_types.{self._name}(\n{a}={self[0]!r},\n{b}={self[1]!r})"


def _make_type(name: str, fields: tuple[str, str] = ("values", "indices")) -> type:
    ns: dict[str, Any] = {"__slots__": (), "_name": name, "_fields": fields}
    if fields != _ReturnType._fields:
        for i, f in enumerate(fields):
            ns[f] = property(lambda self, i=i: self[i], doc=f"The ``{f}`` result.")
    return type(name, (_ReturnType,), ns)


max = _make_type("max")
min = _make_type("min")
sort = _make_type("sort")
topk = _make_type("topk")
kthvalue = _make_type("kthvalue")
median = _make_type("median")
nanmedian = _make_type("nanmedian")
mode = _make_type("mode")
cummax = _make_type("cummax")
cummin = _make_type("cummin")
aminmax = _make_type("aminmax", ("min", "max"))
