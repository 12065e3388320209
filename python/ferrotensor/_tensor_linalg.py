"""Matrix methods of ``Tensor``: batched and fused products, diagonals, triangles.

Products reduce to ``matmul`` (the GEMM) so they are differentiable through it;
``diagonal`` and ``as_strided`` are views with their own gradient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .autograd import _dispatch as _ad
from .autograd.functions import strided as _strided
from .autograd.grad_mode import _ENABLED as _GRAD

if TYPE_CHECKING:
    from ._tensor import Tensor


def _norm_dim(dim: int, ndim: int) -> int:
    if not -ndim <= dim < ndim:
        raise IndexError(
            f"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], "
            f"but got {dim})"
        )
    return dim % ndim


def _scaled(t: Any, k: Any) -> Any:
    return t if isinstance(k, (int, float)) and k == 1 else t * k


def _fused(self: Any, prod: Any, beta: Any, alpha: Any) -> Any:
    """``beta * self + alpha * prod``; ``beta == 0`` ignores self (NaN included), as PyTorch."""
    prod = _scaled(prod, alpha)
    if isinstance(beta, (int, float)) and beta == 0:
        self.expand_as(prod)  # still must broadcast to the product's shape
        return prod
    return _scaled(self, beta) + prod


class LinalgMixin:
    """Matrix products, diagonals and triangular parts."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    def bmm(self, mat2: Tensor) -> Tensor:
        """Batched matrix product of two 3-D tensors with equal batch sizes."""
        if self._raw.ndim != 3:
            raise RuntimeError("batch1 must be a 3D tensor")
        if mat2._raw.ndim != 3:
            raise RuntimeError("batch2 must be a 3D tensor")
        b, _, k = self._raw.shape
        if tuple(mat2._raw.shape[:2]) != (b, k):
            raise RuntimeError(
                f"Expected size for first two dimensions of batch2 tensor to be: [{b}, {k}] "
                f"but got: [{mat2._raw.shape[0]}, {mat2._raw.shape[1]}]."
            )
        return self.matmul(mat2)  # type: ignore[attr-defined,no-any-return]

    def mv(self, vec: Tensor) -> Tensor:
        """Matrix-vector product."""
        if self._raw.ndim != 2 or vec._raw.ndim != 1:
            raise RuntimeError(
                f"vector + matrix @ vector expected, got 1, {self._raw.ndim}, {vec._raw.ndim}"
            )
        n, m = self._raw.shape
        if vec._raw.shape[0] != m:
            raise RuntimeError(
                f"size mismatch, got input ({n}), mat ({n}x{m}), vec ({vec._raw.shape[0]})"
            )
        return self.matmul(vec)  # type: ignore[attr-defined,no-any-return]

    def outer(self, vec2: Tensor) -> Tensor:
        """Outer product of two 1-D tensors."""
        if self._raw.ndim != 1:
            raise RuntimeError(f"outer: Expected 1-D argument self, but got {self._raw.ndim}-D")
        if vec2._raw.ndim != 1:
            raise RuntimeError(f"outer: Expected 1-D argument vec2, but got {vec2._raw.ndim}-D")
        return self.reshape(-1, 1) * vec2  # type: ignore[attr-defined,no-any-return]

    ger = outer

    def addmm(self, mat1: Tensor, mat2: Tensor, *, beta: Any = 1, alpha: Any = 1) -> Tensor:
        """``beta * self + alpha * (mat1 @ mat2)``."""
        if mat1._raw.ndim != 2:
            raise RuntimeError(f"mat1 must be a matrix, got {mat1._raw.ndim}-D tensor")
        if mat2._raw.ndim != 2:
            raise RuntimeError(f"mat2 must be a matrix, got {mat2._raw.ndim}-D tensor")
        (n, k), (k2, m) = mat1._raw.shape, mat2._raw.shape
        if k != k2:
            raise RuntimeError(
                f"addmm: mat1 and mat2 shapes cannot be multiplied ({n}x{k} and {k2}x{m})"
            )
        return _fused(self, mat1.matmul(mat2), beta, alpha)  # type: ignore[attr-defined,no-any-return]

    def addmv(self, mat: Tensor, vec: Tensor, *, beta: Any = 1, alpha: Any = 1) -> Tensor:
        """``beta * self + alpha * (mat @ vec)``."""
        return _fused(self, mat.mv(vec), beta, alpha)  # type: ignore[no-any-return]

    def baddbmm(self, batch1: Tensor, batch2: Tensor, *, beta: Any = 1, alpha: Any = 1) -> Tensor:
        """``beta * self + alpha * bmm(batch1, batch2)``."""
        return _fused(self, batch1.bmm(batch2), beta, alpha)  # type: ignore[no-any-return]

    def as_strided(self, size: Any, stride: Any, storage_offset: Optional[int] = None) -> Tensor:
        """A view with explicit sizes, strides and storage offset (elements)."""
        size, stride = [int(s) for s in size], [int(s) for s in stride]
        offset = self._raw.offset if storage_offset is None else int(storage_offset)
        if len(size) != len(stride):
            raise RuntimeError(
                f"mismatch in length of strides and shape ({len(stride)} vs {len(size)})"
            )
        if _GRAD[0] and _ad.requires_grad(self):
            return _strided.AsStrided.apply(self, size, stride, offset)  # type: ignore[no-any-return]
        return self._view_of(self._backend.as_strided(self._raw, size, stride, offset))  # type: ignore[attr-defined,no-any-return]

    def diagonal(self, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
        """The view of the diagonal over ``dim1`` and ``dim2``, moved to the last dimension."""
        nd = self._raw.ndim
        d1, d2 = _norm_dim(dim1, nd), _norm_dim(dim2, nd)
        if d1 == d2:
            raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
        shape, strides = list(self._raw.shape), list(self._raw.strides)
        n1, n2 = shape[d1], shape[d2]
        start = self._raw.offset
        if offset >= 0:
            length = max(0, min(n1, n2 - offset))
            start += offset * strides[d2] if length else 0
        else:
            length = max(0, min(n1 + offset, n2))
            start += -offset * strides[d1] if length else 0
        keep = [i for i in range(nd) if i not in (d1, d2)]
        size = [shape[i] for i in keep] + [length]
        stride = [strides[i] for i in keep] + [strides[d1] + strides[d2]]
        if _GRAD[0] and _ad.requires_grad(self):
            return _strided.Diagonal.apply(self, size, stride, start)  # type: ignore[no-any-return]
        return self._view_of(self._backend.as_strided(self._raw, size, stride, start))  # type: ignore[attr-defined,no-any-return]

    def diag(self, diagonal: int = 0) -> Tensor:
        """A 1-D tensor's values on a matrix diagonal, or a matrix's diagonal as 1-D."""
        nd = self._raw.ndim
        if nd == 2:
            return self.diagonal(diagonal).clone()  # type: ignore[attr-defined,no-any-return]
        if nd != 1:
            raise RuntimeError(f"diag(): Supports 1D or 2D tensors. Got {nd}D")
        from ._creation import zeros

        n = self._raw.shape[0] + abs(diagonal)
        out = zeros(n, n, dtype=self.dtype, device=self.device)  # type: ignore[attr-defined]
        out.diagonal(diagonal).copy_(self)
        return out

    def trace(self) -> Tensor:
        """Sum of the main diagonal of a matrix."""
        if self._raw.ndim != 2:
            raise RuntimeError(
                f"trace: expected a matrix, but got tensor with dim {self._raw.ndim}"
            )
        return self.diagonal().sum()  # type: ignore[no-any-return]

    def _triangle(self, diagonal: int, lower: bool) -> Tensor:
        name = "tril" if lower else "triu"
        if self._raw.ndim < 2:
            raise RuntimeError(f"{name}: input tensor must have at least 2 dimensions")
        from ._creation import arange, zeros
        from ._functional import where

        n, m = self._raw.shape[-2:]
        rows = arange(n, device=self.device).reshape(n, 1)  # type: ignore[attr-defined]
        cols = arange(m, device=self.device)  # type: ignore[attr-defined]
        diff = cols - rows
        keep = diff <= diagonal if lower else diff >= diagonal
        zero = zeros((), dtype=self.dtype, device=self.device)  # type: ignore[attr-defined]
        return where(keep, self, zero)  # type: ignore[no-any-return]

    def tril(self, diagonal: int = 0) -> Tensor:
        """The lower triangle (on and below ``diagonal``); the rest is zero."""
        return self._triangle(diagonal, True)

    def triu(self, diagonal: int = 0) -> Tensor:
        """The upper triangle (on and above ``diagonal``); the rest is zero."""
        return self._triangle(diagonal, False)

    def tril_(self, diagonal: int = 0) -> Tensor:
        """In-place :meth:`tril`."""
        return self._inplace(self.tril(diagonal))  # type: ignore[attr-defined,no-any-return]

    def triu_(self, diagonal: int = 0) -> Tensor:
        """In-place :meth:`triu`."""
        return self._inplace(self.triu(diagonal))  # type: ignore[attr-defined,no-any-return]

    def norm(
        self, p: Any = "fro", dim: Any = None, keepdim: bool = False, dtype: Any = None
    ) -> Tensor:
        """Vector p-norm (``p`` a number; ``'fro'`` is the 2-norm) over ``dim``."""
        from . import linalg

        if p == "fro":
            p = 2
        elif p == "nuc":
            return linalg.matrix_norm(self, "nuc", dim or (-2, -1), keepdim)  # type: ignore[arg-type]
        return linalg.vector_norm(self, p, dim, keepdim, dtype=dtype)  # type: ignore[arg-type]
