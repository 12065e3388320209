"""``ferrotensor.linalg``: vector and matrix norms.

The p-norms are one differentiable Function whose gradient is zero (not NaN) at a
zero vector, as PyTorch's. Decompositions (``inv``, ``det``, ``solve``, SVD-based
norms) are not implemented yet.
"""

from __future__ import annotations

import math
from typing import Any, Optional, Union

from ._errors import SCALAR_TYPE
from ._tensor import Tensor
from .autograd import _dispatch as _ad
from .autograd.function import Function
from .autograd.grad_mode import _ENABLED as _GRAD

__all__ = ["matrix_norm", "norm", "vector_norm"]

_Dims = Optional[Union[int, tuple[int, ...], list[int]]]


def _dims(dim: _Dims, ndim: int) -> tuple[int, ...]:
    if dim is None:
        return tuple(range(ndim))
    dims = (dim,) if isinstance(dim, int) else tuple(dim)
    for d in dims:
        if not -max(ndim, 1) <= d < max(ndim, 1):
            raise IndexError(
                f"Dimension out of range (expected to be in range of [{-max(ndim, 1)}, "
                f"{max(ndim, 1) - 1}], but got {d})"
            )
    return tuple(sorted(d % max(ndim, 1) for d in dims)) if ndim else ()


def _pnorm(x: Tensor, p: float, dims: tuple[int, ...], keepdim: bool) -> Tensor:
    """The norm with plain ops (used under no_grad by the Function)."""
    d: Any = dims if dims else None
    if p == math.inf:
        return x.abs().amax(dims, keepdim) if x.dim() else x.abs()
    if p == -math.inf:
        return x.abs().amin(dims, keepdim) if x.dim() else x.abs()
    if p == 0:
        return (x != 0).sum(d, keepdim).to(x.dtype)
    if p == 1:
        return x.abs().sum(d, keepdim)
    if p == 2:
        return (x * x).sum(d, keepdim).sqrt()
    return (x.abs() ** p).sum(d, keepdim) ** (1.0 / p)


class _VectorNorm(Function):
    """``vector_norm``; its backward recomputes the norm so that it stays differentiable."""

    node_name = "LinalgVectorNormBackward0"

    @staticmethod
    def forward(ctx: Any, x: Tensor, p: float, dims: tuple[int, ...], keepdim: bool) -> Any:
        ctx.args = (p, dims, keepdim)
        ctx.save_for_backward(x)
        return _pnorm(x, p, dims, keepdim)

    @staticmethod
    def backward(ctx: Any, g: Tensor) -> Any:
        (x,) = ctx.saved_tensors
        p, dims, keepdim = ctx.args
        if p == 0:
            return x * 0, None, None, None
        out = _VectorNorm.apply(x, p, dims, True)
        if not keepdim:
            for d in dims:
                g = g.unsqueeze(d)
        safe = out + (out == 0).to(out.dtype)  # a zero norm means x is zero there: gradient 0
        if p == 1:
            grad = x.sign()
        elif p == 2:
            grad = x / safe
        elif math.isinf(p):
            hit = (x.abs() == out).to(x.dtype)
            count = hit.sum(dims if dims else None, True) if x.dim() else hit
            grad = x.sign() * hit / count
        else:
            grad = x * x.abs() ** (p - 2) / safe ** (p - 1)
        return g * grad, None, None, None


def vector_norm(
    x: Tensor,
    ord: Union[int, float] = 2,
    dim: _Dims = None,
    keepdim: bool = False,
    *,
    dtype: Any = None,
) -> Tensor:
    """The vector ``ord``-norm of ``x`` over ``dim`` (all elements when None).

    Example::

        >>> ferrotensor.linalg.vector_norm(ferrotensor.tensor([3.0, 4.0]))
        tensor(5.)
    """
    if not x.is_floating_point():
        raise RuntimeError(
            "linalg.vector_norm: Expected a floating point or complex tensor as input. "
            f"Got {SCALAR_TYPE[x._raw.dtype]}"
        )
    if dtype is not None:
        x = x.to(dtype)
    p = float(ord)
    dims = _dims(dim, x.dim())
    if (p < 0 or math.isinf(p)) and any(x.shape[d] == 0 for d in dims):
        raise RuntimeError(
            f"linalg.vector_norm cannot compute the {ord} norm on an empty tensor because "
            "the operation does not have an identity"
        )
    if _GRAD[0] and _ad.requires_grad(x):
        return _VectorNorm.apply(x, p, dims, keepdim)  # type: ignore[no-any-return]
    return _pnorm(x, p, dims, keepdim)


def matrix_norm(
    A: Tensor,
    ord: Union[int, float, str] = "fro",
    dim: tuple[int, int] = (-2, -1),
    keepdim: bool = False,
    *,
    dtype: Any = None,
) -> Tensor:
    """The matrix norm over the two dimensions ``dim``: ``'fro'``, 1, -1, inf or -inf."""
    if A.dim() < 2:
        raise RuntimeError(
            "linalg.matrix_norm: The input tensor A must have at least 2 dimensions."
        )
    if dtype is not None:
        A = A.to(dtype)
    d0, d1 = (d % A.dim() for d in dim)
    if ord == "fro":
        return vector_norm(A, 2, (d0, d1), keepdim)
    if ord in ("nuc", 2, -2):
        raise NotImplementedError(
            f"linalg.matrix_norm: ord={ord!r} needs singular values, which are not implemented yet"
        )
    if ord not in (1, -1, math.inf, -math.inf):
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    # ord 1 / -1: max / min column sum; inf / -inf: max / min row sum.
    summed, picked = (d0, d1) if ord in (1, -1) else (d1, d0)
    sums = A.abs().sum(summed, keepdim=True)
    out = sums.amax(picked, keepdim=True) if ord > 0 else sums.amin(picked, keepdim=True)  # type: ignore[operator]
    return out if keepdim else out.squeeze((d0, d1) if d0 < d1 else (d1, d0))


def norm(
    A: Tensor,
    ord: Any = None,
    dim: _Dims = None,
    keepdim: bool = False,
    *,
    dtype: Any = None,
) -> Tensor:
    """A vector or matrix norm, chosen by ``ord`` and ``dim`` as in ``torch.linalg.norm``."""
    if dim is not None and not isinstance(dim, int) and len(dim) == 2:
        return matrix_norm(A, "fro" if ord is None else ord, tuple(dim), keepdim, dtype=dtype)  # type: ignore[arg-type]
    if ord is None:
        return vector_norm(A, 2, dim, keepdim, dtype=dtype)
    if isinstance(ord, str):
        return matrix_norm(A, ord, (-2, -1), keepdim, dtype=dtype)
    if dim is None:
        if A.dim() == 2:
            return matrix_norm(A, ord, (-2, -1), keepdim, dtype=dtype)
        if A.dim() != 1:
            raise RuntimeError(
                "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. "
                f"Got {A.dim()}D."
            )
    return vector_norm(A, ord, dim, keepdim, dtype=dtype)
