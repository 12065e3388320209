"""``Dropout``, ``Dropout1d`` and ``Dropout2d``: random zeroing in training mode only."""

from __future__ import annotations

from ..._tensor import Tensor
from .. import functional as F
from ..module import Module


class _DropoutNd(Module):
    def __init__(self, p: float = 0.5, inplace: bool = False) -> None:
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p = p
        self.inplace = inplace

    def extra_repr(self) -> str:
        """``p=..., inplace=...``."""
        return f"p={self.p}, inplace={self.inplace}"


class Dropout(_DropoutNd):
    """Zero each element with probability ``p`` and scale the rest by ``1 / (1 - p)``.

    In evaluation mode (``module.eval()``) the input passes unchanged.

    Args:
        p (float): the probability of zeroing an element (default: 0.5).
        inplace (bool): overwrite the input (default: False).
    """

    def forward(self, input: Tensor) -> Tensor:
        """Apply dropout (training mode) or return the input (evaluation mode)."""
        return F.dropout(input, self.p, self.training, self.inplace)


class Dropout1d(_DropoutNd):
    """Zero whole channels of ``(N, C, L)`` or ``(C, L)`` input with probability ``p``."""

    def forward(self, input: Tensor) -> Tensor:
        """Apply channel dropout (training mode) or return the input."""
        return F.dropout1d(input, self.p, self.training, self.inplace)


class Dropout2d(_DropoutNd):
    """Zero whole channels of ``(N, C, H, W)`` or ``(C, H, W)`` input with probability ``p``."""

    def forward(self, input: Tensor) -> Tensor:
        """Apply channel dropout (training mode) or return the input."""
        return F.dropout2d(input, self.p, self.training, self.inplace)
