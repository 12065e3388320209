"""Shape and view methods of ``Tensor``: views never copy, ``reshape`` copies only when it must."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import _errors

if TYPE_CHECKING:
    from ._tensor import Tensor


def _shape_args(args: tuple[Any, ...], name: str = "shape") -> list[int]:
    """Accept ``f(2, 3)``, ``f((2, 3))``, ``f([2, 3])`` and ``f(Size)``."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = tuple(args[0])
    out = []
    for a in args:
        try:
            out.append(a.__index__())
        except AttributeError:
            raise TypeError(
                f"{name}(): argument '{name}' must be tuple of ints, but found element of type "
                f"{type(a).__name__}"
            ) from None
    return out


class ShapeMixin:
    """View ops, shape ops and basic indexing."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    def _view_of(self, raw: Any) -> Tensor:
        from ._tensor import _make

        return _make(raw, self._backend)

    def view(self, *shape: Any) -> Tensor:
        """Return a tensor with the same data and a new shape, without copying.

        Raises:
            RuntimeError: when the strides do not allow a view; use ``reshape``.
        """
        from .dtypes import dtype

        if len(shape) == 1 and isinstance(shape[0], dtype):
            raise RuntimeError("view(dtype) is not supported yet; use .to(dtype)")
        return self._view_of(self._backend.view(self._raw, _shape_args(shape)))

    def view_as(self, other: Tensor) -> Tensor:
        """Return ``self.view(other.shape)``."""
        return self.view(other._raw.shape)

    def reshape(self, *shape: Any) -> Tensor:
        """Return a tensor with a new shape: a view when possible, else a copy."""
        return self._view_of(self._backend.reshape(self._raw, _shape_args(shape)))

    def reshape_as(self, other: Tensor) -> Tensor:
        """Return ``self.reshape(other.shape)``."""
        return self.reshape(other._raw.shape)

    def permute(self, *dims: Any) -> Tensor:
        """Return a view with the dimensions reordered."""
        return self._view_of(self._backend.permute(self._raw, _shape_args(dims, "permute")))

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        """Return a view with ``dim0`` and ``dim1`` swapped."""
        return self._view_of(self._backend.transpose(self._raw, dim0, dim1))

    swapaxes = transpose
    swapdims = transpose

    def t(self) -> Tensor:
        """Transpose a tensor of at most 2 dimensions."""
        n = self._raw.ndim
        if n > 2:
            raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {n}D")
        if n < 2:
            return self._view_of(self._raw)
        return self.transpose(0, 1)

    @property
    def T(self) -> Tensor:  # noqa: N802 - PyTorch's name
        """The tensor with its dimensions reversed."""
        n = self._raw.ndim
        if n != 2 and n != 0:
            warnings.warn(
                "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is "
                "deprecated and it will throw an error in a future release. Consider `x.mT` to "
                "transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` "
                "to reverse the dimensions of a tensor.",
                UserWarning,
                stacklevel=2,
            )
        return self.permute(*range(n - 1, -1, -1))

    @property
    def mT(self) -> Tensor:  # noqa: N802 - PyTorch's name
        """The last two dimensions swapped."""
        if self._raw.ndim < 2:
            raise RuntimeError("tensor.mT is only supported on matrices or batches of matrices. "
                               f"Got {self._raw.ndim}-D tensor.")
        return self.transpose(-2, -1)

    def expand(self, *sizes: Any) -> Tensor:
        """Return a view broadcast to ``sizes`` (-1 keeps a dimension)."""
        return self._view_of(self._backend.expand(self._raw, _shape_args(sizes, "expand")))

    def expand_as(self, other: Tensor) -> Tensor:
        """Return ``self.expand(other.shape)``."""
        return self.expand(other._raw.shape)

    def broadcast_to(self, shape: Sequence[int]) -> Tensor:
        """Return a view broadcast to ``shape``."""
        return self.expand(*shape)

    def squeeze(self, dim: Any = None) -> Tensor:
        """Remove dimensions of size 1 (all, or those in ``dim``)."""
        dims = None if dim is None else ([dim] if isinstance(dim, int) else list(dim))
        return self._view_of(self._backend.squeeze(self._raw, dims))

    def unsqueeze(self, dim: int) -> Tensor:
        """Insert a dimension of size 1 at ``dim``."""
        return self._view_of(self._backend.unsqueeze(self._raw, dim))

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        """Merge dimensions ``start_dim..end_dim`` into one (a view when possible)."""
        return self._view_of(self._backend.flatten(self._raw, start_dim, end_dim))

    def ravel(self) -> Tensor:
        """Return a flattened tensor (a view when possible)."""
        return self.flatten()

    def narrow(self, dim: int, start: int, length: int) -> Tensor:
        """Return a view of ``length`` elements of ``dim`` starting at ``start``."""
        return self._view_of(self._backend.narrow(self._raw, dim, int(start), int(length)))

    def select(self, dim: int, index: int) -> Tensor:
        """Return the view at ``index`` along ``dim``, removing that dimension."""
        return self._view_of(self._backend.select(self._raw, dim, index))

    def contiguous(self) -> Tensor:
        """Return a contiguous tensor (self when already contiguous)."""
        if self._raw.is_contiguous():
            return self  # type: ignore[return-value]
        return self._view_of(self._backend.contiguous(self._raw))

    def clone(self) -> Tensor:
        """Return a copy that shares no memory with self."""
        return self._view_of(self._backend.clone(self._raw))

    # ---- indexing (basic: ints, slices, None, Ellipsis) ----

    def _index(self, key: Any) -> Any:
        """Apply a basic index; return the resulting handle."""
        if not isinstance(key, tuple):
            key = (key,)
        raw = self._raw
        b = self._backend
        n_real = sum(1 for k in key if k is not None and k is not Ellipsis)
        if sum(1 for k in key if k is Ellipsis) > 1:
            raise IndexError("an index can only have a single ellipsis ('...')")
        if n_real > raw.ndim:
            raise IndexError(
                f"too many indices for tensor of dimension {raw.ndim}"
            )
        dim = 0
        for k in key:
            if k is None:
                raw = b.unsqueeze(raw, dim)
                dim += 1
            elif k is Ellipsis:
                dim += raw.ndim - dim - (n_real - _count_before(key, k))
            elif isinstance(k, slice):
                step = 1 if k.step is None else k.step.__index__()
                if step <= 0:
                    raise ValueError("step must be greater than zero")
                start = None if k.start is None else k.start.__index__()
                stop = None if k.stop is None else k.stop.__index__()
                raw = b.slice(raw, dim, start, stop, step)
                dim += 1
            elif isinstance(k, bool) or _is_tensor(k):
                raise IndexError(
                    "advanced (tensor and boolean) indexing is not supported yet"
                )
            elif hasattr(k, "__index__"):
                if raw.ndim == 0:
                    raise IndexError(
                        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                        "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
                    )
                raw = b.select(raw, dim, k.__index__())
            else:
                raise IndexError(
                    "only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                    "Variables are valid indices (got " + type(k).__name__ + ")"
                )
        return raw

    def __getitem__(self, key: Any) -> Tensor:
        return self._view_of(self._index(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        from ._tensor import Tensor

        dst = self._index(key)
        if isinstance(value, Tensor):
            if value._backend is not self._backend:
                raise RuntimeError(
                    _errors.different_devices(str(self.device), str(value.device))  # type: ignore[attr-defined]
                )
            self._backend.copy_(dst, value._raw)
        elif isinstance(value, (int, float)):
            self._backend.fill_(dst, value)
        else:
            from ._creation import tensor

            src = tensor(value, dtype=self.dtype, device=self.device)  # type: ignore[attr-defined]
            self._backend.copy_(dst, src._raw)

    def split(self, split_size: Any, dim: int = 0) -> tuple[Tensor, ...]:
        """Split into chunks of ``split_size`` (or the listed sizes) along ``dim``."""
        size = self._raw.shape[_norm(dim, self._raw.ndim)]
        if isinstance(split_size, int):
            sizes = [min(split_size, size - s) for s in range(0, size, max(split_size, 1))] or [0]
        else:
            sizes = list(split_size)
        out, start = [], 0
        for s in sizes:
            out.append(self.narrow(dim, start, s))
            start += s
        return tuple(out)

    def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
        """Split into ``chunks`` nearly equal views along ``dim``."""
        size = self._raw.shape[_norm(dim, self._raw.ndim)]
        step = -(-size // chunks) if chunks > 0 else 0
        return self.split(step, dim) if step else (self,)  # type: ignore[return-value]

    def unbind(self, dim: int = 0) -> tuple[Tensor, ...]:
        """Return every slice along ``dim`` as a view."""
        size = self._raw.shape[_norm(dim, self._raw.ndim)]
        return tuple(self.select(dim, i) for i in range(size))


def _count_before(key: tuple[Any, ...], ell: Any) -> int:
    n = 0
    for k in key:
        if k is ell:
            break
        if k is not None:
            n += 1
    return n


def _is_tensor(k: Any) -> bool:
    from ._tensor import Tensor

    return isinstance(k, (Tensor, list)) or type(k).__module__ == "numpy"


def _norm(dim: int, ndim: int) -> int:
    n = max(ndim, 1)
    if dim < -n or dim >= n:
        raise IndexError(_errors.dim_out_of_range(dim, ndim))
    return dim + n if dim < 0 else dim

