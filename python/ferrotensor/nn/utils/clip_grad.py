"""Gradient clipping: ``clip_grad_norm_`` (with ``get_total_norm``) and ``clip_grad_value_``."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Optional, Union

from ... import _creation, _join
from ..._tensor import Tensor
from ...autograd.grad_mode import no_grad

_Tensors = Union[Tensor, Iterable[Tensor]]


def _as_list(tensors: Any) -> list[Tensor]:
    return [tensors] if isinstance(tensors, Tensor) else list(tensors)


def get_total_norm(
    tensors: _Tensors,
    norm_type: float = 2.0,
    error_if_nonfinite: bool = False,
    foreach: Optional[bool] = None,
) -> Tensor:
    """The ``norm_type``-norm of all ``tensors`` together, as if concatenated.

    Raises:
        RuntimeError: with ``error_if_nonfinite``, when the norm is NaN or infinite.
    """
    ts = [t for t in _as_list(tensors) if t is not None]
    p = float(norm_type)
    if not ts:
        return _creation.tensor(0.0)
    with no_grad():
        if math.isinf(p):
            norms = [t.detach().abs().amax() if p > 0 else t.detach().abs().amin() for t in ts]
            total = norms[0] if len(norms) == 1 else _join.stack(norms)
            total = total.amax() if p > 0 else total.amin()
        else:
            norms = [t.detach().norm(p) for t in ts]
            total = norms[0] if len(norms) == 1 else _join.stack(norms).norm(p)
    if error_if_nonfinite and not bool(total.isfinite()):
        raise RuntimeError(
            f"The total norm of order {p} for gradients from `parameters` is non-finite, so it "
            "cannot be clipped. To disable this error and scale the gradients by the non-finite "
            "norm anyway, set `error_if_nonfinite=False`"
        )
    return total


def clip_grads_with_norm_(
    parameters: _Tensors, max_norm: float, total_norm: Tensor, foreach: Optional[bool] = None
) -> None:
    """Scale the gradients by ``max_norm / (total_norm + 1e-6)`` when that is below 1."""
    grads = [p.grad for p in _as_list(parameters) if p.grad is not None]
    if not grads:
        return
    with no_grad():
        coef = (float(max_norm) / (total_norm + 1e-6)).clamp_max(1.0)
        for g in grads:
            g.mul_(coef.to(g.dtype) if coef.dtype is not g.dtype else coef)


def clip_grad_norm_(
    parameters: _Tensors,
    max_norm: float,
    norm_type: float = 2.0,
    error_if_nonfinite: bool = False,
    foreach: Optional[bool] = None,
) -> Tensor:
    """Rescale the gradients so that their total norm is at most ``max_norm``, in place.

    Args:
        parameters (Tensor or iterable of Tensor): the tensors whose ``.grad`` to clip.
        max_norm (float): the largest allowed norm.
        norm_type (float or 'inf'): the p of the norm (default: 2).
        error_if_nonfinite (bool): raise when the total norm is NaN or infinite.
        foreach (bool, optional): accepted for compatibility.

    Returns:
        Tensor: the total norm of the gradients before clipping.
    """
    params = _as_list(parameters)
    grads = [p.grad for p in params if p.grad is not None]
    total = get_total_norm(grads, norm_type, error_if_nonfinite)
    clip_grads_with_norm_(params, max_norm, total)
    return total


def clip_grad_value_(
    parameters: _Tensors, clip_value: float, foreach: Optional[bool] = None
) -> None:
    """Clamp every gradient into ``[-clip_value, clip_value]`` in place."""
    v = float(clip_value)
    with no_grad():
        for p in _as_list(parameters):
            g = p.grad
            if g is not None:
                g.copy_(g.clamp(-v, v))
