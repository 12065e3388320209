"""Shape and view methods of ``Tensor``: views never copy, ``reshape`` copies only when it must."""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import _errors
from ._index_key import is_advanced
from .autograd import _dispatch as _ad
from .autograd.grad_mode import _ENABLED as _GRAD

if TYPE_CHECKING:
    from ._tensor import Tensor


_MAKE: list[Any] = []  # ``_tensor._make``, looked up once (that module imports this one)


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
    _base: Any

    def _view_of(self, raw: Any) -> Tensor:
        """Wrap ``raw``; when it shares self's storage, remember the base (PyTorch's ``_base``)."""
        if not _MAKE:
            from ._tensor import _make

            _MAKE.append(_make)
        t = _MAKE[0](raw, self._backend)
        if self._backend.same_storage(raw, self._raw):
            t._base = self._base if self._base is not None else self  # type: ignore[assignment]
        return t

    def view(self, *shape: Any) -> Tensor:
        """Return a tensor with the same data and a new shape, without copying.

        Raises:
            RuntimeError: when the strides do not allow a view; use ``reshape``.
        """
        from .dtypes import dtype

        if len(shape) == 1 and isinstance(shape[0], dtype):
            raise RuntimeError("view(dtype) is not supported yet; use .to(dtype)")
        args = _shape_args(shape)
        if _tracked(self):
            return _ad.view(self, lambda x: x._view_of(x._backend.view(x._raw, args)))
        return self._view_of(self._backend.view(self._raw, args))

    def view_as(self, other: Tensor) -> Tensor:
        """Return ``self.view(other.shape)``."""
        return self.view(other._raw.shape)

    def reshape(self, *shape: Any) -> Tensor:
        """Return a tensor with a new shape: a view when possible, else a copy."""
        args = _shape_args(shape)
        if _tracked(self):
            return _ad.view(self, lambda x: x._view_of(x._backend.reshape(x._raw, args)), True)
        return self._view_of(self._backend.reshape(self._raw, args))

    def reshape_as(self, other: Tensor) -> Tensor:
        """Return ``self.reshape(other.shape)``."""
        return self.reshape(other._raw.shape)

    def permute(self, *dims: Any) -> Tensor:
        """Return a view with the dimensions reordered."""
        args = _shape_args(dims, "permute")
        if _tracked(self):
            return _ad.permute(self, tuple(args))  # type: ignore[no-any-return]
        return self._view_of(self._backend.permute(self._raw, args))

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        """Return a view with ``dim0`` and ``dim1`` swapped."""
        if _tracked(self):
            return _ad.transpose(self, dim0, dim1)  # type: ignore[no-any-return]
        return self._view_of(self._backend.transpose(self._raw, dim0, dim1))

    swapaxes = transpose
    swapdims = transpose

    def t(self) -> Tensor:
        """Transpose a tensor of at most 2 dimensions."""
        n = self._raw.ndim
        if n > 2:
            raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {n}D")
        if n < 2:
            if _tracked(self):
                return _ad.view(self, lambda x: x._view_of(x._raw))
            return self._view_of(self._raw)
        if _tracked(self):
            return _ad.t(self, 0, 1)  # type: ignore[no-any-return]
        return self.transpose(0, 1)

    @property
    def T(self) -> Tensor:
        """The tensor with its dimensions reversed."""
        n = self._raw.ndim
        if n == 0:
            warnings.warn(
                "Tensor.T is deprecated on 0-D tensors. This function is the identity in these "
                "cases.",
                UserWarning,
                stacklevel=2,
            )
        elif n != 2:
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
    def mT(self) -> Tensor:
        """The last two dimensions swapped."""
        if self._raw.ndim == 0:
            warnings.warn(
                "Tensor.mT is deprecated on 0-D tensors. This function is the identity in these "
                "cases.",
                UserWarning,
                stacklevel=2,
            )
            return self._view_of(self._raw)
        if self._raw.ndim < 2:
            raise RuntimeError(
                "tensor.mT is only supported on matrices or batches of matrices. "
                f"Got {self._raw.ndim}-D tensor."
            )
        return self.transpose(-2, -1)

    def expand(self, *sizes: Any) -> Tensor:
        """Return a view broadcast to ``sizes`` (-1 keeps a dimension)."""
        args = _shape_args(sizes, "expand")
        if _tracked(self):
            return _ad.expand(self, args)  # type: ignore[no-any-return]
        return self._view_of(self._backend.expand(self._raw, args))

    def expand_as(self, other: Tensor) -> Tensor:
        """Return ``self.expand(other.shape)``."""
        return self.expand(other._raw.shape)

    def broadcast_to(self, shape: Sequence[int]) -> Tensor:
        """Return a view broadcast to ``shape``."""
        return self.expand(*shape)

    def squeeze(self, dim: Any = None) -> Tensor:
        """Remove dimensions of size 1 (all, or those in ``dim``)."""
        dims = None if dim is None else ([dim] if isinstance(dim, int) else list(dim))
        if _tracked(self):
            return _ad.view(self, lambda x: x._view_of(x._backend.squeeze(x._raw, dims)))
        return self._view_of(self._backend.squeeze(self._raw, dims))

    def unsqueeze(self, dim: int) -> Tensor:
        """Insert a dimension of size 1 at ``dim``."""
        if _tracked(self):
            return _ad.view(self, lambda x: x._view_of(x._backend.unsqueeze(x._raw, dim)))
        return self._view_of(self._backend.unsqueeze(self._raw, dim))

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        """Merge dimensions ``start_dim..end_dim`` into one (a view when possible)."""
        if _tracked(self):
            return _ad.view(
                self, lambda x: x._view_of(x._backend.flatten(x._raw, start_dim, end_dim)), True
            )
        return self._view_of(self._backend.flatten(self._raw, start_dim, end_dim))

    def ravel(self) -> Tensor:
        """Return a flattened tensor (a view when possible)."""
        return self.flatten()

    def select(self, dim: int, index: int) -> Tensor:
        """Return the view at ``index`` along ``dim``, removing that dimension."""
        if _tracked(self):
            self._backend.select(self._raw, dim, index)  # PyTorch's errors for bad arguments
            d = _norm(dim, self._raw.ndim)
            return _ad.index(self, (slice(None),) * d + (int(index),))  # type: ignore[no-any-return]
        return self._view_of(self._backend.select(self._raw, dim, index))

    def contiguous(self) -> Tensor:
        """Return a contiguous tensor (self when already contiguous)."""
        if self._raw.is_contiguous():
            return self  # type: ignore[return-value]
        if _tracked(self):
            return _ad.clone(self)  # type: ignore[no-any-return]
        return self._view_of(self._backend.contiguous(self._raw))

    def clone(self) -> Tensor:
        """Return a copy that shares no memory with self."""
        if _tracked(self):
            return _ad.clone(self)  # type: ignore[no-any-return]
        return self._view_of(self._backend.clone(self._raw))

    # ---- indexing (basic: ints, slices, None, Ellipsis; advanced keys in _tensor_index) ----

    def _index(self, key: Any) -> Any:
        """Apply a basic index; return the resulting handle."""
        if not isinstance(key, tuple):
            key = (key,)
        key = tuple(_as_int_index(k) for k in key)
        raw = self._raw
        b = self._backend
        n_real = sum(1 for k in key if k is not None and k is not Ellipsis)
        if sum(1 for k in key if k is Ellipsis) > 1:
            raise IndexError("an index can only have a single ellipsis ('...')")
        if raw.ndim == 0 and n_real:
            first = next(k for k in key if k is not None and k is not Ellipsis)
            if isinstance(first, slice):
                raise IndexError("slice() cannot be applied to a 0-dim tensor.")
            if isinstance(first, int) and not isinstance(first, bool):
                raise IndexError(
                    "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                    "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
                )
        if n_real > raw.ndim:
            raise IndexError(f"too many indices for tensor of dimension {raw.ndim}")
        dim = 0
        for k in key:
            if k is None:
                raw = b.unsqueeze(raw, dim)
                dim += 1
            elif k is Ellipsis:
                dim += raw.ndim - dim - (n_real - _count_before(key, k))
            elif isinstance(k, slice):
                start, stop, step = (_slice_bound(v) for v in (k.start, k.stop, k.step))
                step = 1 if step is None else step
                if step == 0:
                    raise ValueError("slice step cannot be zero")
                if step < 0:
                    raise ValueError("step must be greater than zero")
                raw = b.slice(raw, dim, start, stop, step)
                dim += 1
            elif isinstance(k, bool) or _is_tensor(k):
                raise IndexError("advanced (tensor and boolean) indexing is not supported yet")
            elif hasattr(k, "__index__"):
                if raw.ndim == 0:
                    raise IndexError(
                        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                        "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
                    )
                i = k.__index__()
                size = raw.shape[dim]
                if not -size <= i < size:
                    raise IndexError(
                        f"index {i} is out of bounds for dimension {dim} with size {size}"
                    )
                raw = b.select(raw, dim, i)
            else:
                raise IndexError(
                    "only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                    "Variables are valid indices (got " + type(k).__name__ + ")"
                )
        return raw

    def __getitem__(self, key: Any) -> Tensor:
        kind = type(key)
        if kind is not int and kind is not slice and is_advanced(key):
            return self._getitem_advanced(key)  # type: ignore[attr-defined, no-any-return]
        if _tracked(self):
            return _ad.index(self, key)  # type: ignore[no-any-return]
        return self._view_of(self._index(key))

    def _view_nograd(self, method: str, *args: Any) -> Tensor:
        return self._view_of(getattr(self._backend, method)(self._raw, *args))

    def __setitem__(self, key: Any, value: Any) -> None:
        """Write ``value`` (a tensor or a Python number) into the view ``self[key]``.

        A tensor value broadcasts to the view after its leading size-1 dimensions are
        dropped, as in PyTorch; lists and arrays are refused (wrap them in a tensor).
        Keys with tensor, list, array or bool indices write with ``index_put_``'s rules.
        """
        kind = type(key)
        if kind is not int and kind is not slice and is_advanced(key):
            self._setitem_advanced(key, value)  # type: ignore[attr-defined]
            return
        from ._tensor import Tensor
        from ._tensor_math import _check_scalar

        if not isinstance(value, (Tensor, int, float)):
            if isinstance(value, numbers.Integral):
                value = value.__index__()  # numpy integers count as ints
            else:
                kind = type(value)
                name = (
                    kind.__name__
                    if kind.__module__ == "builtins"
                    else (f"{kind.__module__}.{kind.__name__}")
                )
                raise TypeError(f"can't assign a {name} to a {self.type()}")  # type: ignore[attr-defined]
        dst = self._index(key)
        if isinstance(value, Tensor) and value._backend is not self._backend:
            raise RuntimeError(
                _errors.different_devices(str(self.device), str(value.device))  # type: ignore[attr-defined]
            )
        if _GRAD[0] and (_ad.requires_grad(self) or _ad.requires_grad(value)):
            self._setitem_tracked(dst, value)
            return
        if isinstance(value, Tensor):
            src = value._raw
            while src.ndim > dst.ndim and src.shape[0] == 1:
                src = self._backend.squeeze(src, [0])
            if tuple(src.shape) != tuple(dst.shape):
                src = self._backend.expand(src, list(dst.shape))
            self._backend.copy_(dst, src)
        else:
            _check_scalar(value, dst.dtype)
            self._backend.fill_(dst, value)

    def _setitem_tracked(self, dst: Any, value: Any) -> None:
        """``self[key] = value`` recorded in the graph (``dst`` is the view ``self[key]``)."""
        from ._tensor_math import _check_scalar
        from .autograd.functions import inplace

        view = self._view_of(dst)
        inplace.check_inplace(view)
        if hasattr(value, "_raw"):
            result = inplace.Copy.apply(view, value)
        else:
            _check_scalar(value, dst.dtype)
            result = inplace.Fill.apply(view, value)
        views = (self,) if self._base is not None else ()
        inplace.write(view, result, views, rederive_self=False)

    def split(self, split_size: Any, dim: int = 0) -> tuple[Tensor, ...]:
        """Split into chunks of ``split_size`` (or the listed sizes) along ``dim``."""
        if self._raw.ndim == 0:
            raise RuntimeError("split expects at least a 1-dimensional tensor")
        d = _norm(dim, self._raw.ndim)
        size = self._raw.shape[d]
        if not isinstance(split_size, (list, tuple)) and hasattr(split_size, "__index__"):
            split_size = split_size.__index__()  # numpy ints and 0-d integer tensors
        if isinstance(split_size, int):
            if split_size < 0:
                raise RuntimeError(
                    f"split expects split_size be non-negative, but got split_size={split_size}"
                )
            if split_size == 0 and size != 0:
                raise RuntimeError(
                    "split_size can only be 0 if dimension size is 0, but got dimension size "
                    f"of {size}"
                )
            sizes = [min(split_size, size - s) for s in range(0, size, max(split_size, 1))] or [0]
        else:
            sizes = [int(s) for s in split_size]
            if any(s < 0 for s in sizes):
                raise RuntimeError(
                    "split_with_sizes expects split_sizes have only non-negative entries, but "
                    f"got split_sizes={sizes}"
                )
            if sum(sizes) != size:
                raise RuntimeError(
                    f"split_with_sizes expects split_sizes to sum exactly to {size} (input "
                    f"tensor's size at dimension {d}), but got split_sizes={sizes}"
                )
        if _tracked(self):
            from .autograd.functions import join

            fn = join.Split if isinstance(split_size, int) else join.SplitWithSizes
            return fn.apply(self, d, sizes)  # type: ignore[no-any-return]
        out, start = [], 0
        for s in sizes:
            out.append(self._view_of(self._backend.narrow(self._raw, d, start, s)))
            start += s
        return tuple(out)

    def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
        """Split into at most ``chunks`` nearly equal views along ``dim``."""
        if self._raw.ndim == 0:
            raise RuntimeError("chunk expects at least a 1-dimensional tensor")
        if chunks <= 0:
            raise RuntimeError(f"chunk expects `chunks` to be greater than 0, got: {chunks}")
        size = self._raw.shape[_norm(dim, self._raw.ndim)]
        if size == 0:
            # PyTorch returns `chunks` empty views for an empty dimension.
            return tuple(self.narrow(dim, 0, 0) for _ in range(chunks))
        return self.split(-(-size // chunks), dim)


def _count_before(key: tuple[Any, ...], ell: Any) -> int:
    n = 0
    for k in key:
        if k is ell:
            break
        if k is not None:
            n += 1
    return n


def _as_int_index(k: Any) -> Any:
    """Numpy integers and 0-d integer tensors index like ints (a view, as in PyTorch)."""
    if isinstance(k, (int, slice)) or k is None or k is Ellipsis:
        return k
    if type(k).__module__ == "numpy" and getattr(k, "ndim", 1) == 0 and k.dtype.kind in "iu":
        return k.__index__()
    raw = getattr(k, "_raw", None)
    if (
        raw is not None
        and raw.ndim == 0
        and raw.dtype not in ("bool", "uint8")
        and (not raw.dtype.startswith("float"))
    ):
        return k.item()
    return k


def _slice_bound(v: Any) -> Any:
    if v is None:
        return None
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(
            "slice indices must be integers or None or have an __index__ method"
        ) from None


def _is_tensor(k: Any) -> bool:
    from ._tensor import Tensor

    return isinstance(k, (Tensor, list)) or type(k).__module__ == "numpy"


def _norm(dim: int, ndim: int) -> int:
    n = max(ndim, 1)
    if dim < -n or dim >= n:
        raise IndexError(_errors.dim_out_of_range(dim, ndim))
    return dim + n if dim < 0 else dim


def _tracked(t: Any) -> bool:
    """True when an op on ``t`` must be recorded in the autograd graph."""
    ag = t._ag
    return ag is not None and ag.requires_grad and _GRAD[0]
