"""Grad mode: ``no_grad``, ``enable_grad``, ``set_grad_enabled``, ``is_grad_enabled``."""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# One process-wide flag, read on every op that might record a node.
_ENABLED: list[bool] = [True]


def is_grad_enabled() -> bool:
    """Return True when operations on tensors that require grad are recorded."""
    return _ENABLED[0]


class _Mode:
    """A context manager that is also a decorator, setting grad mode to ``_target``."""

    _target = True

    def __init__(self) -> None:
        self._prev: list[bool] = []

    def __enter__(self) -> None:
        self._prev.append(_ENABLED[0])
        _ENABLED[0] = self._target

    def __exit__(self, *exc: Any) -> None:
        _ENABLED[0] = self._prev.pop()

    def __call__(self, fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self.__class__():
                return fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]


class no_grad(_Mode):
    """Disable graph recording inside the block (or the decorated function).

    Example::

        >>> import ferrotensor as torch
        >>> x = torch.ones(2, requires_grad=True)
        >>> with torch.no_grad():
        ...     y = x * 2
        >>> y.requires_grad
        False
    """

    _target = False


class enable_grad(_Mode):
    """Enable graph recording inside the block (or the decorated function)."""

    _target = True


class inference_mode(no_grad):
    """Alias of :class:`no_grad` (ferrotensor has no separate inference tensors)."""

    def __init__(self, mode: bool = True) -> None:
        super().__init__()
        self._target = not mode


class set_grad_enabled(_Mode):
    """Set grad mode to ``mode``: at once, and inside a ``with`` block until it exits.

    Args:
        mode (bool): whether to record operations.
    """

    def __init__(self, mode: bool) -> None:
        super().__init__()
        self._target = bool(mode)
        self._prev.append(_ENABLED[0])
        _ENABLED[0] = self._target

    def __enter__(self) -> None:
        pass

    def __call__(self, fn: F) -> F:
        """Decorate ``fn`` (undoing the immediate switch the constructor made)."""
        _ENABLED[0] = self._prev.pop()
        target = self._target

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with set_grad_enabled(target):
                return fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]
