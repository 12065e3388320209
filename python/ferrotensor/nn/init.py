"""``ferrotensor.nn.init``: in-place initialisations with PyTorch's fan rules and gains.

Every function fills its tensor in place without recording a graph and returns it.
"""

from __future__ import annotations

import math
import warnings
from typing import Any, Optional

import numpy as np

from .. import _creation
from .._tensor import Tensor
from ..autograd.grad_mode import no_grad

__all__ = [
    "calculate_gain",
    "constant_",
    "eye_",
    "kaiming_normal_",
    "kaiming_uniform_",
    "normal_",
    "ones_",
    "orthogonal_",
    "trunc_normal_",
    "uniform_",
    "xavier_normal_",
    "xavier_uniform_",
    "zeros_",
]

_LINEAR_FNS = (
    "linear",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
)


def calculate_gain(nonlinearity: str, param: Any = None) -> float:
    """The recommended gain for a nonlinearity (e.g. ``sqrt(2)`` for relu).

    Args:
        nonlinearity (str): ``'linear'``, a convolution name, ``'sigmoid'``, ``'tanh'``,
            ``'relu'``, ``'leaky_relu'`` or ``'selu'``.
        param (float, optional): the negative slope of ``'leaky_relu'`` (default 0.01).

    Raises:
        ValueError: for an unknown nonlinearity or a slope that is not a number.
    """
    if nonlinearity in _LINEAR_FNS or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, (int, float)):
            slope = param
        else:
            raise ValueError(f"negative_slope {param} not a valid number")
        return math.sqrt(2.0 / (1 + slope**2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def _calculate_fan_in_and_fan_out(tensor: Tensor) -> tuple[int, int]:
    """``(fan_in, fan_out)``: dim 1 and dim 0 times the receptive field (dims 2+)."""
    if tensor.dim() < 2:
        raise ValueError(
            "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions"
        )
    receptive = 1
    for d in tensor.shape[2:]:
        receptive *= d
    return tensor.shape[1] * receptive, tensor.shape[0] * receptive


def _calculate_correct_fan(tensor: Tensor, mode: str) -> int:
    mode = mode.lower()
    valid = ["fan_in", "fan_out"]
    if mode not in valid:
        raise ValueError(f"Mode {mode} not supported, please use one of {valid}")
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == "fan_in" else fan_out


def uniform_(
    tensor: Tensor, a: float = 0.0, b: float = 1.0, generator: Optional[Any] = None
) -> Tensor:
    """Fill with draws from ``U(a, b)``."""
    with no_grad():
        return tensor.uniform_(a, b, generator=generator)


def normal_(
    tensor: Tensor, mean: float = 0.0, std: float = 1.0, generator: Optional[Any] = None
) -> Tensor:
    """Fill with draws from ``N(mean, std^2)``."""
    with no_grad():
        return tensor.normal_(mean, std, generator=generator)


def trunc_normal_(
    tensor: Tensor,
    mean: float = 0.0,
    std: float = 1.0,
    a: float = -2.0,
    b: float = 2.0,
    generator: Optional[Any] = None,
) -> Tensor:
    """Fill with draws from ``N(mean, std^2)`` truncated to ``[a, b]``.

    NOTE: draws outside ``[a, b]`` are redrawn (rejection sampling) for up to 100 rounds
    and any left are clamped; PyTorch inverts the CDF instead, which needs ``erfinv``.
    Both give the truncated normal; the samples differ.
    """
    if mean < a - 2 * std or mean > b + 2 * std:
        warnings.warn(
            "mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of "
            "values may be incorrect.",
            stacklevel=2,
        )

    n = tensor.numel()
    out = np.empty(n, dtype=np.float64)
    todo = np.arange(n)
    for _ in range(100):
        if todo.size == 0:
            break
        draw = _creation.empty(int(todo.size), dtype=tensor.dtype).normal_(
            mean, std, generator=generator
        )
        vals = draw.numpy().astype(np.float64)
        out[todo] = vals
        todo = todo[(vals < a) | (vals > b)]
    np.clip(out, a, b, out=out)
    values = _creation.tensor(out.reshape(tuple(tensor.shape)), dtype=tensor.dtype)
    with no_grad():
        return tensor.copy_(values)


def constant_(tensor: Tensor, val: float) -> Tensor:
    """Fill with ``val``."""
    with no_grad():
        return tensor.fill_(val)


def ones_(tensor: Tensor) -> Tensor:
    """Fill with ones."""
    return constant_(tensor, 1.0)


def zeros_(tensor: Tensor) -> Tensor:
    """Fill with zeros."""
    with no_grad():
        return tensor.zero_()


def eye_(tensor: Tensor) -> Tensor:
    """Fill a 2-D tensor with the identity matrix (ones on the main diagonal).

    Raises:
        ValueError: for a tensor that is not 2-D.
    """
    if tensor.dim() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")

    with no_grad():
        return tensor.copy_(_creation.eye(*tensor.shape, dtype=tensor.dtype))


def xavier_uniform_(tensor: Tensor, gain: float = 1.0, generator: Optional[Any] = None) -> Tensor:
    """Glorot uniform: ``U(-a, a)`` with ``a = gain * sqrt(6 / (fan_in + fan_out))``."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out)) if fan_in + fan_out else 0.0
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound, generator)


def xavier_normal_(tensor: Tensor, gain: float = 1.0, generator: Optional[Any] = None) -> Tensor:
    """Glorot normal: ``N(0, std^2)`` with ``std = gain * sqrt(2 / (fan_in + fan_out))``."""
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out)) if fan_in + fan_out else 0.0
    return normal_(tensor, 0.0, std, generator)


def _kaiming_std(tensor: Tensor, a: float, mode: str, nonlinearity: str) -> Optional[float]:
    if 0 in tuple(tensor.shape):
        warnings.warn("Initializing zero-element tensors is a no-op", stacklevel=3)
        return None
    fan = _calculate_correct_fan(tensor, mode)
    return calculate_gain(nonlinearity, a) / math.sqrt(fan)


def kaiming_uniform_(
    tensor: Tensor,
    a: float = 0,
    mode: str = "fan_in",
    nonlinearity: str = "leaky_relu",
    generator: Optional[Any] = None,
) -> Tensor:
    """He uniform: ``U(-b, b)`` with ``b = gain * sqrt(3 / fan)``.

    Args:
        tensor (Tensor): the tensor to fill.
        a (float): the negative slope of the rectifier that follows (for leaky_relu).
        mode (str): ``'fan_in'`` (keeps forward variance) or ``'fan_out'`` (backward).
        nonlinearity (str): the nonlinearity that follows (see :func:`calculate_gain`).
        generator (Generator, optional): the generator to draw from.
    """
    std = _kaiming_std(tensor, a, mode, nonlinearity)
    if std is None:
        return tensor
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound, generator)


def kaiming_normal_(
    tensor: Tensor,
    a: float = 0,
    mode: str = "fan_in",
    nonlinearity: str = "leaky_relu",
    generator: Optional[Any] = None,
) -> Tensor:
    """He normal: ``N(0, std^2)`` with ``std = gain / sqrt(fan)``."""
    std = _kaiming_std(tensor, a, mode, nonlinearity)
    if std is None:
        return tensor
    return normal_(tensor, 0.0, std, generator)


def orthogonal_(tensor: Tensor, gain: float = 1.0, generator: Optional[Any] = None) -> Tensor:
    """Fill with a (semi-)orthogonal matrix: Q of the QR of a normal sample, times ``gain``.

    Dimensions after the first are flattened. The QR runs in numpy on the host.

    Raises:
        ValueError: for a tensor with fewer than 2 dimensions.
    """
    if tensor.dim() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if tensor.numel() == 0:
        return tensor

    rows = tensor.shape[0]
    cols = tensor.numel() // rows
    sample = _creation.empty(rows, cols, dtype=tensor.dtype).normal_(0.0, 1.0, generator=generator)
    flat = sample.numpy().astype(np.float64)
    if rows < cols:
        flat = flat.T
    q, r = np.linalg.qr(flat)
    q = q * np.sign(np.diag(r))  # make the factorisation unique
    if rows < cols:
        q = q.T
    values = _creation.tensor(q.reshape(tuple(tensor.shape)) * gain, dtype=tensor.dtype)
    with no_grad():
        return tensor.copy_(values)
