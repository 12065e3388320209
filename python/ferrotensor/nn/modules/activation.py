"""Activation modules: thin wrappers over ``nn.functional`` with PyTorch's reprs."""

from __future__ import annotations

from typing import Any, Optional

from ..._tensor import Tensor
from .. import functional as F
from ..module import Module


def _inplace_repr(inplace: bool) -> str:
    return "inplace=True" if inplace else ""


class ReLU(Module):
    """``max(x, 0)`` elementwise.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.relu(input, inplace=self.inplace)

    def extra_repr(self) -> str:
        """``inplace=True`` when set."""
        return _inplace_repr(self.inplace)


class LeakyReLU(Module):
    """``x`` where positive, ``negative_slope * x`` elsewhere.

    Args:
        negative_slope (float): the slope for negative inputs (default: 0.01).
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, negative_slope: float = 1e-2, inplace: bool = False) -> None:
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.leaky_relu(input, self.negative_slope, self.inplace)

    def extra_repr(self) -> str:
        """``negative_slope=...`` (and ``inplace=True``)."""
        extra = ", inplace=True" if self.inplace else ""
        return f"negative_slope={self.negative_slope}{extra}"


class ELU(Module):
    """``x`` where positive, ``alpha * (exp(x) - 1)`` elsewhere.

    Args:
        alpha (float): the saturation value for negative inputs (default: 1.0).
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, alpha: float = 1.0, inplace: bool = False) -> None:
        super().__init__()
        self.alpha = alpha
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.elu(input, self.alpha, self.inplace)

    def extra_repr(self) -> str:
        """``alpha=...`` (and ``inplace=True``)."""
        extra = ", inplace=True" if self.inplace else ""
        return f"alpha={self.alpha}{extra}"


class SELU(Module):
    """Scaled ELU with the self-normalising constants.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.selu(input, self.inplace)

    def extra_repr(self) -> str:
        """``inplace=True`` when set."""
        return _inplace_repr(self.inplace)


class GELU(Module):
    """``x * Phi(x)`` (Gaussian error linear unit).

    Args:
        approximate (str): ``'none'`` (exact) or ``'tanh'`` (default: ``'none'``).
    """

    def __init__(self, approximate: str = "none") -> None:
        super().__init__()
        self.approximate = approximate

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.gelu(input, approximate=self.approximate)

    def extra_repr(self) -> str:
        """``approximate='...'``."""
        return f"approximate={self.approximate!r}"


class SiLU(Module):
    """``x * sigmoid(x)``.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.silu(input, inplace=self.inplace)

    def extra_repr(self) -> str:
        """``inplace=True`` when set."""
        return _inplace_repr(self.inplace)


class Mish(Module):
    """``x * tanh(softplus(x))``.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.mish(input, inplace=self.inplace)

    def extra_repr(self) -> str:
        """``inplace=True`` when set."""
        return _inplace_repr(self.inplace)


class Sigmoid(Module):
    """``1 / (1 + exp(-x))`` elementwise."""

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return input.sigmoid()


class Tanh(Module):
    """Hyperbolic tangent elementwise."""

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return input.tanh()


class LogSigmoid(Module):
    """``log(sigmoid(x))`` elementwise."""

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.logsigmoid(input)


class Softplus(Module):
    """``log(1 + exp(beta * x)) / beta``, linear where ``beta * x > threshold``.

    Args:
        beta (float): sharpness (default: 1.0).
        threshold (float): above this ``beta * x`` the output is ``x`` (default: 20.0).
    """

    def __init__(self, beta: float = 1.0, threshold: float = 20.0) -> None:
        super().__init__()
        self.beta = beta
        self.threshold = threshold

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.softplus(input, self.beta, self.threshold)

    def extra_repr(self) -> str:
        """``beta=..., threshold=...``."""
        return f"beta={self.beta}, threshold={self.threshold}"


class Hardtanh(Module):
    """``clamp(x, min_val, max_val)``.

    Args:
        min_val (float): lower bound (default: -1).
        max_val (float): upper bound (default: 1).
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> None:
        super().__init__()
        self.min_val = min_val
        self.max_val = max_val
        self.inplace = inplace
        if not self.max_val > self.min_val:
            raise AssertionError(
                f"max_val ({self.max_val}) must be greater than min_val ({self.min_val})"
            )

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.hardtanh(input, self.min_val, self.max_val, self.inplace)

    def extra_repr(self) -> str:
        """``min_val=..., max_val=...`` (and ``inplace=True``)."""
        extra = ", inplace=True" if self.inplace else ""
        return f"min_val={self.min_val}, max_val={self.max_val}{extra}"


class ReLU6(Hardtanh):
    """``min(max(x, 0), 6)``.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__(0.0, 6.0, inplace)

    def extra_repr(self) -> str:
        """``inplace=True`` when set."""
        return _inplace_repr(self.inplace)


class Hardsigmoid(Module):
    """``clamp(x / 6 + 1/2, 0, 1)``.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.hardsigmoid(input, self.inplace)


class Hardswish(Module):
    """``x * clamp(x + 3, 0, 6) / 6``.

    Args:
        inplace (bool): overwrite the input (default: False).
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input: Tensor) -> Tensor:
        """Apply the activation."""
        return F.hardswish(input, self.inplace)


class _SoftmaxBase(Module):
    def __init__(self, dim: Optional[int] = None) -> None:
        super().__init__()
        self.dim = dim

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if "dim" not in self.__dict__:
            self.dim = None

    def extra_repr(self) -> str:
        """``dim=...``."""
        return f"dim={self.dim}"


class Softmax(_SoftmaxBase):
    """``exp(x) / sum(exp(x))`` along ``dim``.

    Args:
        dim (int): the dimension the outputs sum to 1 along.
    """

    def forward(self, input: Tensor) -> Tensor:
        """Apply the softmax."""
        return F.softmax(input, self.dim, _stacklevel=5)


class Softmin(_SoftmaxBase):
    """``softmax(-x)`` along ``dim``."""

    def forward(self, input: Tensor) -> Tensor:
        """Apply the softmin."""
        return F.softmin(input, self.dim, _stacklevel=5)


class LogSoftmax(_SoftmaxBase):
    """``log(softmax(x))`` along ``dim``, computed stably.

    Args:
        dim (int): the dimension to normalise along.
    """

    def forward(self, input: Tensor) -> Tensor:
        """Apply the log-softmax."""
        return F.log_softmax(input, self.dim, _stacklevel=5)
