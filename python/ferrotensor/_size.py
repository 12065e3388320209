"""``ferrotensor.Size``: the tuple subclass returned by ``Tensor.shape``."""

from __future__ import annotations

__all__ = ["Size"]


class Size(tuple):
    """The sizes of a tensor's dimensions; a tuple of ints.

    Example::

        >>> import ferrotensor as torch
        >>> torch.zeros(2, 3).shape
        ferrotensor.Size([2, 3])
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"ferrotensor.Size([{', '.join(str(d) for d in self)}])"

    def numel(self) -> int:
        """Return the number of elements a tensor of this shape holds."""
        n = 1
        for d in self:
            n *= d
        return n

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        out = tuple.__getitem__(self, key)
        return Size(out) if isinstance(key, slice) else out

    def __add__(self, other):  # type: ignore[no-untyped-def]
        return Size(tuple.__add__(self, tuple(other)))
