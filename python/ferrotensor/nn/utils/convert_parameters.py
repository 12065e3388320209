"""``parameters_to_vector`` and ``vector_to_parameters``."""

from __future__ import annotations

from collections.abc import Iterable

from ... import _join
from ..._tensor import Tensor
from ...autograd.grad_mode import no_grad
from .._util import typename
from ..parameter import Parameter


def _check_same_device(params: list[Tensor]) -> None:
    devices = {str(p.device) for p in params}
    if len(devices) > 1:
        raise TypeError(
            "Found two parameters on different devices, this is currently not supported."
        )


def parameters_to_vector(parameters: Iterable[Tensor]) -> Tensor:
    """Flatten and concatenate ``parameters`` into one 1-D tensor (differentiable)."""
    params = list(parameters)
    _check_same_device(params)
    return _join.cat([p.view(-1) for p in params])


def vector_to_parameters(vec: Tensor, parameters: Iterable[Tensor]) -> None:
    """Copy consecutive slices of the 1-D ``vec`` into ``parameters`` (which then view it).

    Raises:
        TypeError: when ``vec`` is not a Tensor.
    """
    if not isinstance(vec, Tensor):
        raise TypeError(f"expected ferrotensor.Tensor, but got: {typename(vec)}")
    params = list(parameters)
    _check_same_device(params)
    start = 0
    for p in params:
        n = p.numel()
        piece = vec[start : start + n].view_as(p).data
        if isinstance(p, Parameter):
            p.data = piece  # the parameter now views ``vec``, as in PyTorch
        else:
            with no_grad():
                p.copy_(piece)
        start += n
