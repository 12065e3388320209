"""``Parameter`` (a Tensor that a Module registers as learnable) and ``Buffer``."""

from __future__ import annotations

import copy
from typing import Any, Optional

from .. import _creation
from .._tensor import Tensor


def _plain(data: Any) -> Tensor:
    """``data`` detached: a plain Tensor sharing its storage (an empty one for None)."""
    if data is None:
        return _creation.empty(0)
    # NOTE: like PyTorch, anything that is not a tensor fails on ``detach``.
    return data.detach()  # type: ignore[no-any-return]


class Parameter(Tensor):
    """A Tensor that is a module parameter.

    Assigning a Parameter as a :class:`Module` attribute registers it, so it appears in
    :meth:`Module.parameters` and in the ``state_dict``. The parameter shares storage with
    ``data`` and is always a leaf.

    Args:
        data (Tensor, optional): the values (default: an empty tensor).
        requires_grad (bool, optional): whether the parameter requires gradient
            (default: True).

    Example::

        >>> import ferrotensor as torch
        >>> torch.nn.Parameter(torch.tensor([1.0, 2.0]))
        Parameter containing:
        tensor([1., 2.], requires_grad=True)
    """

    def __new__(cls, data: Optional[Tensor] = None, requires_grad: bool = True) -> Parameter:
        """Wrap ``data``'s storage as a leaf that requires grad (by default)."""
        base = _plain(data)
        p = Tensor.__new__(cls)
        p._raw = base._raw
        p._backend = base._backend
        p._ag = None
        p._base = None
        if requires_grad:
            p.requires_grad_(True)
        return p

    def __init__(self, data: Optional[Tensor] = None, requires_grad: bool = True) -> None:
        pass  # everything happens in __new__ (Tensor.__init__ refuses direct construction)

    @property  # type: ignore[override]
    def data(self) -> Tensor:
        """The values without autograd history (shares storage); assignable."""
        from .._tensor import _make

        return _make(self._raw, self._backend)

    @data.setter
    def data(self, value: Tensor) -> None:
        if not isinstance(value, Tensor):
            raise TypeError(f"Variable data has to be a tensor, but got {type(value).__name__}")
        self._raw = value._raw
        self._backend = value._backend

    def __repr__(self) -> str:
        return "Parameter containing:\n" + Tensor.__repr__(self)

    __str__ = __repr__

    def __reduce_ex__(self, protocol: Any) -> Any:
        return (_rebuild_parameter, (self.data, self.requires_grad))

    def __deepcopy__(self, memo: dict[int, Any]) -> Parameter:
        if id(self) in memo:
            return memo[id(self)]  # type: ignore[no-any-return]
        out = type(self)(self.data.clone(), self.requires_grad)
        memo[id(self)] = out
        if self.grad is not None:
            out.grad = copy.deepcopy(self.grad, memo)
        return out


def _rebuild_parameter(data: Tensor, requires_grad: bool) -> Parameter:
    return Parameter(data, requires_grad)


class Buffer(Tensor):
    """A Tensor that a :class:`Module` registers as a buffer when assigned as an attribute.

    Buffers are state that is not learnt (running statistics, masks). The module keeps a
    plain tensor sharing the Buffer's storage.

    Args:
        data (Tensor, optional): the values (default: an empty tensor).
        persistent (bool, optional): whether the buffer is part of the module's
            ``state_dict`` (default: True).
    """

    persistent: bool

    def __new__(cls, data: Optional[Tensor] = None, *, persistent: bool = True) -> Buffer:
        """Wrap ``data``'s storage, marked to become a buffer."""
        base = _plain(data)
        b = Tensor.__new__(cls)
        b._raw = base._raw
        b._backend = base._backend
        b._ag = None
        b._base = None
        b.persistent = persistent
        return b

    def __init__(self, data: Optional[Tensor] = None, *, persistent: bool = True) -> None:
        pass
