"""Helpers shared across ``nn``: type names and shapes as PyTorch prints them, reductions."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, Optional

from .._tensor import Tensor

REDUCTIONS = ("none", "mean", "sum")


def typename(obj: Any) -> str:
    """PyTorch's ``torch.typename``: ``'ferrotensor.FloatTensor'``, ``'int'``, ...."""
    if isinstance(obj, Tensor):
        return obj.type()  # type: ignore[no-any-return]
    kind = type(obj)
    module = getattr(kind, "__module__", "")
    if module in ("", "builtins"):
        return kind.__qualname__
    return f"{module}.{kind.__qualname__}"


def size_str(shape: Sequence[int]) -> str:
    """A shape as PyTorch's messages print it: ``torch.Size([2, 3])``.

    NOTE: nn's messages keep PyTorch's exact text, ``torch.Size`` included, so that they
    match what PyTorch users search for and what its tests assert.
    """
    return f"torch.Size([{', '.join(str(int(d)) for d in shape)}])"


def check_reduction(reduction: str) -> str:
    """Validate ``reduction`` ('none', 'mean' or 'sum'; 'elementwise_mean' is 'mean').

    Raises:
        ValueError: for any other value.
    """
    if reduction in REDUCTIONS:
        return reduction
    if reduction == "elementwise_mean":
        warnings.warn(
            "reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.",
            stacklevel=3,
        )
        return "mean"
    raise ValueError(f"{reduction} is not a valid value for reduction")


def legacy_reduction(
    size_average: Optional[bool], reduce: Optional[bool], emit_warning: bool = True
) -> str:
    """The ``reduction`` string for the deprecated ``size_average``/``reduce`` pair."""
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if size_average and reduce:
        out = "mean"
    elif reduce:
        out = "sum"
    else:
        out = "none"
    if emit_warning:
        warnings.warn(
            f"size_average and reduce args will be deprecated, please use reduction='{out}' "
            "instead.",
            stacklevel=3,
        )
    return out


def reduction_of(reduction: str, size_average: Optional[bool], reduce: Optional[bool]) -> str:
    """The effective reduction of a functional loss call (legacy arguments win)."""
    if size_average is not None or reduce is not None:
        return legacy_reduction(size_average, reduce)
    return check_reduction(reduction)
