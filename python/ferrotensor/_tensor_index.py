"""Indexing methods of ``Tensor``: advanced ``x[key]``, gather/scatter, index/mask ops.

Covers ``x[key]``/``x[key] = v`` with tensor, list and mask indices, the ``index_*``
and ``masked_*`` families, ``take``, ``take_along_dim`` and ``nonzero``.

Each method checks its arguments with PyTorch's messages, then either records an
``autograd.functions.index`` Function (when grad mode is on and an input requires
grad) or calls the backend's kernel directly. The kernels check every index again,
so nothing here guards memory safety.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Optional

from . import _errors, _index_key
from . import _index_checks as _checks
from .autograd import _dispatch as _ad
from .autograd.functions import index as _fn
from .autograd.functions import inplace as _inplace_fn
from .autograd.grad_mode import _ENABLED as _GRAD

if TYPE_CHECKING:
    from ._tensor import Tensor

_LEGACY_REDUCE = (
    "The reduce argument of torch.scatter with Tensor src is deprecated and will be removed in "
    "a future PyTorch release. Use torch.scatter_reduce instead for more reduction options."
)
_INTEGER = ("int64", "int32")


def _tracked(*ts: Any) -> bool:
    return _GRAD[0] and any(_ad.requires_grad(t) for t in ts)


_need_tensor = _checks.need_tensor
_typename = _checks.typename
_type_name = _checks.type_name
_number = _checks.number
_dim = _checks.dim


class IndexMixin:
    """Advanced indexing and the index/mask op family."""

    __slots__ = ()
    _raw: Any
    _backend: Any
    _base: Any

    # ---- raw helpers (no autograd) ----

    def _value_raw(self, value: Any) -> Any:
        """A zero-dim handle of self's dtype holding ``value`` (a number or 0-d tensor)."""
        from ._tensor_math import _check_scalar

        b, dt = self._backend, self._raw.dtype
        if hasattr(value, "_raw"):
            return b.to(value._raw, dt)
        value = _number(value)
        _check_scalar(value, dt)
        return b.full([], value, dt)

    def _flat1(self, t: Any) -> Any:
        """``t``'s handle, a 0-d one seen as one element of one dim."""
        return t._raw if t._raw.ndim else self._backend.reshape(t._raw, [1])

    def _adv_get(self, key: Any) -> Tensor:
        b = self._backend
        make = _index_key._lazy("make")
        if key.mask is not None:
            return make(b.masked_select(self._raw, key.mask._raw), b)  # type: ignore[no-any-return]
        view = self._index(key.basic) if key.basic else self._raw  # type: ignore[attr-defined]
        return make(b.index(view, key.raws(), "index"), b)  # type: ignore[no-any-return]

    def _adv_put_(self, key: Any, values: Any, accumulate: bool) -> None:
        b = self._backend
        if key.mask is not None and not accumulate and values._raw.ndim == 0:
            b.masked_fill_(self._raw, key.mask._raw, values._raw)
            return
        view = self._index(key.basic) if key.basic else self._raw  # type: ignore[attr-defined]
        b.index_put_(view, key.raws(), values._raw, accumulate, "index")

    def _along(self, dim: int, index: Any) -> list[Any]:
        idx = index._raw if index._raw.ndim == 1 else self._backend.reshape(index._raw, [-1])
        return [None] * dim + [idx]

    def _index_select(self, dim: int, index: Any) -> Tensor:
        b = self._backend
        if self._raw.ndim == 0:
            if index._raw.numel != 1:
                raise RuntimeError(
                    "index_select(): Index to scalar can have only 1 value, got "
                    f"{index._raw.numel} value(s)"
                )
            r = b.index(b.reshape(self._raw, [1]), self._along(0, index), "index_select")
            return self._new(b.reshape(r, []))  # type: ignore[attr-defined, no-any-return]
        return self._new(b.index(self._raw, self._along(dim, index), "index_select"))  # type: ignore[attr-defined, no-any-return]

    def _scatter_raw_(
        self, dim: int, index: Any, src: Any, reduce: str, include_self: bool
    ) -> None:
        is_value = not hasattr(src, "_raw")
        sraw = self._value_raw(src) if is_value else src._raw
        self._backend.scatter_(self._raw, dim, index._raw, sraw, is_value, reduce, include_self)

    def _index_add_raw_(self, dim: int, index: Any, source: Any, alpha: Any) -> None:
        if alpha != 1:
            source = source._binary_nograd("mul", alpha)
            if source._raw.dtype != self._raw.dtype:
                source = self._new(self._backend.to(source._raw, self._raw.dtype))  # type: ignore[attr-defined]
        self._backend.index_put_(
            self._flat1(self), self._along(dim, index), self._flat1(source), True, "index_add"
        )

    def _index_fill_raw_(self, dim: int, index: Any, value: Any) -> None:
        self._backend.index_put_(
            self._flat1(self), self._along(dim, index), self._value_raw(value), False, "index_fill"
        )

    def _index_copy_raw_(self, dim: int, index: Any, source: Any) -> None:
        self._backend.index_put_(
            self._flat1(self), self._along(dim, index), self._flat1(source), False, "index_copy"
        )

    def _masked_fill_raw_(self, mask: Any, value: Any) -> None:
        self._backend.masked_fill_(self._raw, mask._raw, self._value_raw(value))

    def _take(self, index: Any) -> Tensor:
        b = self._backend
        flat = b.reshape(self._raw, [-1])
        r = b.index(flat, [b.reshape(index._raw, [-1])], "take")
        return self._new(b.reshape(r, list(index._raw.shape)))  # type: ignore[attr-defined, no-any-return]

    def _inplace_apply(self, fn: Any, *args: Any) -> Tensor:
        from ._tensor_math import _check_inplace_allowed

        _check_inplace_allowed(self)
        _inplace_fn.write(self, fn.apply(self, *args))
        return self  # type: ignore[return-value]

    # ---- x[key] and x[key] = value with advanced indices ----

    def _getitem_advanced(self, key: Any) -> Tensor:
        akey, view = _index_key.parse(self, key)
        if not akey.advanced:
            if _tracked(self):
                return _ad.index(self, akey.basic)  # type: ignore[no-any-return]
            return self._view_of(view)  # type: ignore[attr-defined, no-any-return]
        if _tracked(self):
            return _fn.AdvancedIndex.apply(self, akey)  # type: ignore[no-any-return]
        return self._adv_get(akey)

    def _setitem_advanced(self, key: Any, value: Any) -> None:
        from ._tensor import Tensor

        akey, view = _index_key.parse(self, key)
        if not akey.advanced:
            self.__setitem__(akey.basic, value)  # type: ignore[index]
            return
        b, dt = self._backend, self._raw.dtype
        scalar = not isinstance(value, Tensor)
        if scalar:
            value = _number(value)
            if not isinstance(value, (int, float)):
                raise TypeError(f"can't assign a {_typename(value)} to a {self.type()}")  # type: ignore[attr-defined]
        else:
            if value._backend is not b:
                raise RuntimeError(_errors.different_devices(str(self.device), str(value.device)))  # type: ignore[attr-defined]
            if value._raw.dtype != dt:
                raise RuntimeError(
                    "Index put requires the source and destination dtypes match, got "
                    f"{_type_name(self)} for the destination and {_type_name(value)} for the "
                    "source."
                )
            shape = list(value._raw.shape)
            while shape and shape[0] == 1:
                shape.pop(0)
            if len(shape) != value._raw.ndim:
                value = value.reshape(shape)
        if _tracked(self, value):
            self._setitem_tracked_advanced(akey, view, value, scalar)
            return
        vraw = self._value_raw(value) if scalar else value._raw
        if akey.mask is not None and scalar:
            b.masked_fill_(self._raw, akey.mask._raw, vraw)
        else:
            b.index_put_(view, akey.raws(), vraw, False, "index")

    def _setitem_tracked_advanced(self, akey: Any, view: Any, value: Any, scalar: bool) -> None:
        from ._creation import full

        raw = self._raw
        same = (view.shape, view.strides, view.offset) == (raw.shape, raw.strides, raw.offset)
        target = self if same else self._view_of(view)  # type: ignore[attr-defined]
        _inplace_fn.check_inplace(target)
        key = _index_key.AdvKey((), akey._indices, akey.mask, akey.single)
        fn: Any = _fn.IndexPut
        if scalar:
            value = full((), value, dtype=self.dtype, device=self.device)  # type: ignore[attr-defined]
            if akey.mask is not None or akey.single == "mask":
                fn = _fn.IndexPutMaskedFill
            elif akey.single == "long":
                fn = _fn.IndexPutFill
        result = fn.apply(target, key, value, False)
        if target is self:
            _inplace_fn.write(self, result)
        else:
            views = (self,) if self._base is not None else ()
            _inplace_fn.write(target, result, views, rederive_self=False)

    # ---- gather / scatter ----

    def index_select(self, dim: int, index: Tensor) -> Tensor:
        """Return the entries of ``index`` along ``dim`` (a copy).

        Args:
            dim (int): the dimension to index.
            index (Tensor): 1-d (or 0-d) int64 or int32 positions in ``[0, size)``.

        Raises:
            IndexError: for an out-of-range index ("index out of range in self").

        Example::

            >>> import ferrotensor as torch
            >>> torch.arange(6).reshape(2, 3).index_select(1, torch.tensor([2, 0]))
            tensor([[2, 0],
                    [5, 3]])
        """
        _need_tensor("index_select", "index", 2, index)
        if index._raw.dtype not in _INTEGER:
            raise RuntimeError("index_select(): Expected dtype int32 or int64 for index")
        if index._raw.ndim > 1:
            raise IndexError("index_select(): Index is supposed to be a vector")
        d = _dim(dim, self._raw.ndim)
        if _tracked(self):
            return _fn.IndexSelect.apply(self, d, index)  # type: ignore[no-any-return]
        return self._index_select(d, index)

    def gather(self, dim: int, index: Tensor, *, sparse_grad: bool = False) -> Tensor:
        """Gather values along ``dim``: ``out[i][j] = self[i][index[i][j]]`` for ``dim=1``.

        Args:
            dim (int): the axis along which to index.
            index (Tensor): int64/int32 indices, no larger than self apart from ``dim``.
            sparse_grad (bool): accepted for PyTorch compatibility; gradients are dense.

        Raises:
            RuntimeError: for an out-of-range index or mismatched sizes.

        Example::

            >>> import ferrotensor as torch
            >>> torch.tensor([[1, 2], [3, 4]]).gather(1, torch.tensor([[0, 0], [1, 0]]))
            tensor([[1, 1],
                    [4, 3]])
        """
        _need_tensor("gather", "index", 2, index)
        d = dim.__index__()
        if _tracked(self):
            return _fn.Gather.apply(self, d, index)  # type: ignore[no-any-return]
        return self._new(self._backend.gather(self._raw, d, index._raw))  # type: ignore[attr-defined, no-any-return]

    def _scatter_args(self, fn: str, index: Any, src: Any, value: Any, reduce: Any) -> Any:
        _need_tensor(fn, "index", 2, index)
        if src is None:
            src = value
        if src is None:
            raise TypeError(f"{fn}() missing required argument 'src' or 'value'")
        if not hasattr(src, "_raw"):
            src = _number(src)
            if not isinstance(src, (int, float)):
                raise TypeError(
                    f"{fn}(): argument 'src' must be Tensor or Number, not {_typename(src)}"
                )
        if reduce is not None:
            if reduce not in ("add", "multiply"):
                raise RuntimeError("reduce argument must be either add or multiply.")
            if hasattr(src, "_raw"):
                warnings.warn(_LEGACY_REDUCE, UserWarning, stacklevel=3)
        return src

    def scatter(
        self,
        dim: int,
        index: Tensor,
        src: Any = None,
        value: Any = None,
        *,
        reduce: Optional[str] = None,
    ) -> Tensor:
        """Return a copy with ``src`` (a tensor or a number) written at ``index`` along ``dim``.

        ``out[i][index[i][j]] = src[i][j]`` for ``dim=1``; with ``reduce="add"`` or
        ``"multiply"`` the values are combined with the existing ones instead.

        Example::

            >>> import ferrotensor as torch
            >>> torch.zeros(2, 3).scatter(1, torch.tensor([[2], [0]]), 5.0)
            tensor([[0., 0., 5.],
                    [5., 0., 0.]])
        """
        src = self._scatter_args("scatter", index, src, value, reduce)
        d = dim.__index__()
        if _tracked(self, src):
            if reduce is not None:
                return _fn.ScatterLegacyReduce.apply(self, d, index, src, reduce)  # type: ignore[no-any-return]
            fn = _fn.Scatter if hasattr(src, "_raw") else _fn.ScatterValue
            return fn.apply(self, d, index, src)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        out._scatter_raw_(d, index, src, reduce or "none", True)
        return out  # type: ignore[no-any-return]

    def scatter_(
        self,
        dim: int,
        index: Tensor,
        src: Any = None,
        value: Any = None,
        *,
        reduce: Optional[str] = None,
    ) -> Tensor:
        """In-place :meth:`scatter`."""
        from ._tensor_math import _check_no_internal_overlap

        src = self._scatter_args("scatter_", index, src, value, reduce)
        _check_no_internal_overlap(self)
        d = dim.__index__()
        if _tracked(self, src):
            if reduce is not None:
                return self._inplace_apply(_fn.ScatterLegacyReduce, d, index, src, reduce)
            fn = _fn.Scatter if hasattr(src, "_raw") else _fn.ScatterValue
            return self._inplace_apply(fn, d, index, src)
        self._scatter_raw_(d, index, src, reduce or "none", True)
        return self  # type: ignore[return-value]

    def scatter_add(self, dim: int, index: Tensor, src: Tensor) -> Tensor:
        """Return a copy with ``src`` added at ``index`` along ``dim`` (repeats accumulate).

        Example::

            >>> import ferrotensor as torch
            >>> torch.zeros(3).scatter_add(0, torch.tensor([0, 0, 2]), torch.ones(3))
            tensor([2., 0., 1.])
        """
        _need_tensor("scatter_add", "index", 2, index)
        _need_tensor("scatter_add", "src", 3, src)
        d = dim.__index__()
        if _tracked(self, src):
            return _fn.ScatterAdd.apply(self, d, index, src)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        out._scatter_raw_(d, index, src, "sum", True)
        return out  # type: ignore[no-any-return]

    def scatter_add_(self, dim: int, index: Tensor, src: Tensor) -> Tensor:
        """In-place :meth:`scatter_add`."""
        from ._tensor_math import _check_no_internal_overlap

        _need_tensor("scatter_add_", "index", 2, index)
        _need_tensor("scatter_add_", "src", 3, src)
        _check_no_internal_overlap(self)
        d = dim.__index__()
        if _tracked(self, src):
            return self._inplace_apply(_fn.ScatterAdd, d, index, src)
        self._scatter_raw_(d, index, src, "sum", True)
        return self  # type: ignore[return-value]

    def scatter_reduce(
        self, dim: int, index: Tensor, src: Tensor, reduce: str, *, include_self: bool = True
    ) -> Tensor:
        """Return a copy with ``src`` reduced into ``index`` along ``dim``.

        Args:
            dim (int): the axis along which to index.
            index (Tensor): int64/int32 indices.
            src (Tensor): the values (same dtype as self).
            reduce (str): ``"sum"``, ``"prod"``, ``"mean"``, ``"amax"`` or ``"amin"``.
            include_self (bool): whether self's values take part (default: True).

        Example::

            >>> import ferrotensor as torch
            >>> x = torch.tensor([1.0, 2.0])
            >>> x.scatter_reduce(0, torch.tensor([0, 0]), torch.tensor([5.0, 3.0]), "amax")
            tensor([5., 2.])
        """
        _need_tensor("scatter_reduce", "index", 2, index)
        _need_tensor("scatter_reduce", "src", 3, src)
        d = dim.__index__()
        if _tracked(self, src):
            return _fn.ScatterReduce.apply(self, d, index, src, reduce, include_self)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        out._scatter_raw_(d, index, src, reduce, include_self)
        return out  # type: ignore[no-any-return]

    def scatter_reduce_(
        self, dim: int, index: Tensor, src: Tensor, reduce: str, *, include_self: bool = True
    ) -> Tensor:
        """In-place :meth:`scatter_reduce`."""
        from ._tensor_math import _check_no_internal_overlap

        _need_tensor("scatter_reduce_", "index", 2, index)
        _need_tensor("scatter_reduce_", "src", 3, src)
        _check_no_internal_overlap(self)
        d = dim.__index__()
        if _tracked(self, src):
            return self._inplace_apply(_fn.ScatterReduce, d, index, src, reduce, include_self)
        self._scatter_raw_(d, index, src, reduce, include_self)
        return self  # type: ignore[return-value]

    # ---- index_* along one dim ----

    def index_add(self, dim: int, index: Tensor, source: Tensor, *, alpha: Any = 1) -> Tensor:
        """Return a copy with ``alpha * source`` added at ``index`` along ``dim``.

        Repeated indices accumulate.

        Example::

            >>> import ferrotensor as torch
            >>> torch.zeros(3).index_add(0, torch.tensor([0, 0, 2]), torch.tensor([1.0, 2.0, 3.0]))
            tensor([3., 0., 3.])
        """
        d = _checks.along(self, "index_add_", dim, index)
        _checks.source(self, "index_add_", d, index, source)
        if _tracked(self, source):
            return _fn.IndexAdd.apply(self, d, index, source, alpha)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        out._index_add_raw_(d, index, source, alpha)
        return out  # type: ignore[no-any-return]

    def index_add_(self, dim: int, index: Tensor, source: Tensor, *, alpha: Any = 1) -> Tensor:
        """In-place :meth:`index_add`."""
        from ._tensor_math import _check_no_internal_overlap

        d = _checks.along(self, "index_add_", dim, index)
        _checks.source(self, "index_add_", d, index, source)
        _check_no_internal_overlap(self)
        if _tracked(self, source):
            return self._inplace_apply(_fn.IndexAdd, d, index, source, alpha)
        self._index_add_raw_(d, index, source, alpha)
        return self  # type: ignore[return-value]

    def index_fill(self, dim: int, index: Tensor, value: Any) -> Tensor:
        """Return a copy with ``value`` (a number or 0-d tensor) at ``index`` along ``dim``.

        Example::

            >>> import ferrotensor as torch
            >>> torch.zeros(2, 3).index_fill(1, torch.tensor([0, 2]), 1.0)
            tensor([[1., 0., 1.],
                    [1., 0., 1.]])
        """
        d = _checks.along(self, "index_fill_", dim, index)
        value = _checks.fill_value("index_fill_", value)
        if _tracked(self, value):
            fn = _fn.IndexFillTensor if hasattr(value, "_raw") else _fn.IndexFill
            return fn.apply(self, d, index, value)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        out._index_fill_raw_(d, index, value)
        return out  # type: ignore[no-any-return]

    def index_fill_(self, dim: int, index: Tensor, value: Any) -> Tensor:
        """In-place :meth:`index_fill`."""
        d = _checks.along(self, "index_fill_", dim, index)
        value = _checks.fill_value("index_fill_", value)
        if _tracked(self, value):
            fn = _fn.IndexFillTensor if hasattr(value, "_raw") else _fn.IndexFill
            return self._inplace_apply(fn, d, index, value)
        self._index_fill_raw_(d, index, value)
        return self  # type: ignore[return-value]

    def index_copy(self, dim: int, index: Tensor, source: Tensor) -> Tensor:
        """Return a copy with the slices of ``source`` written at ``index`` along ``dim``.

        Example::

            >>> import ferrotensor as torch
            >>> torch.zeros(3).index_copy(0, torch.tensor([2, 0]), torch.tensor([5.0, 6.0]))
            tensor([6., 0., 5.])
        """
        d = _checks.along(self, "index_copy_", dim, index)
        _checks.source(self, "index_copy_", d, index, source)
        if _tracked(self, source):
            return _fn.IndexCopy.apply(self, d, index, source)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        out._index_copy_raw_(d, index, source)
        return out  # type: ignore[no-any-return]

    def index_copy_(self, dim: int, index: Tensor, source: Tensor) -> Tensor:
        """In-place :meth:`index_copy`."""
        d = _checks.along(self, "index_copy_", dim, index)
        _checks.source(self, "index_copy_", d, index, source)
        if _tracked(self, source):
            return self._inplace_apply(_fn.IndexCopy, d, index, source)
        self._index_copy_raw_(d, index, source)
        return self  # type: ignore[return-value]

    def index_put(self, indices: Any, values: Tensor, accumulate: bool = False) -> Tensor:
        """Return a copy with ``values`` written (or, with ``accumulate``, added) at ``indices``.

        ``indices`` is a tuple of index tensors (int64/int32 or bool masks), one per leading
        dim, as in ``x[indices] = values``.

        Example::

            >>> import ferrotensor as torch
            >>> i = (torch.tensor([0, 0]),)
            >>> torch.zeros(2).index_put(i, torch.tensor(1.0), accumulate=True)
            tensor([2., 0.])
        """
        akey = _checks.put_key(self, "index_put", indices, values)
        if _tracked(self, values):
            return _fn.IndexPut.apply(self, akey, values, bool(accumulate))  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(self._raw))  # type: ignore[attr-defined]
        if akey.advanced:
            out._adv_put_(akey, values, bool(accumulate))
        return out  # type: ignore[no-any-return]

    def index_put_(self, indices: Any, values: Tensor, accumulate: bool = False) -> Tensor:
        """In-place :meth:`index_put`."""
        akey = _checks.put_key(self, "index_put_", indices, values)
        if _tracked(self, values):
            return self._inplace_apply(_fn.IndexPut, akey, values, bool(accumulate))
        if akey.advanced:
            self._adv_put_(akey, values, bool(accumulate))
        return self  # type: ignore[return-value]

    # ---- masks ----

    def _broadcast_with(self, mask: Any) -> list[int]:
        from ._core import broadcast_shapes

        return broadcast_shapes(list(mask._raw.shape), list(self._raw.shape))

    def masked_fill(self, mask: Tensor, value: Any) -> Tensor:
        """Return a copy with ``value`` (a number or 0-d tensor) where ``mask`` is True.

        ``mask`` (bool) and self broadcast together.

        Example::

            >>> import ferrotensor as torch
            >>> torch.zeros(3).masked_fill(torch.tensor([True, False, True]), 2.0)
            tensor([2., 0., 2.])
        """
        _need_tensor("masked_fill", "mask", 1, mask)
        value = _checks.fill_value("masked_fill_", value)
        shape = self._broadcast_with(mask)
        x: Any = self if list(self._raw.shape) == shape else self.expand(shape)  # type: ignore[attr-defined]
        if _tracked(x, value):
            fn = _fn.MaskedFillTensor if hasattr(value, "_raw") else _fn.MaskedFill
            return fn.apply(x, mask, value)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(x._raw))  # type: ignore[attr-defined]
        out._masked_fill_raw_(mask, value)
        return out  # type: ignore[no-any-return]

    def masked_fill_(self, mask: Tensor, value: Any) -> Tensor:
        """In-place :meth:`masked_fill` (``mask`` must broadcast to self's shape)."""
        _need_tensor("masked_fill_", "mask", 1, mask)
        value = _checks.fill_value("masked_fill_", value)
        shape = self._broadcast_with(mask)
        if list(self._raw.shape) != shape:
            raise RuntimeError(
                f"output with shape {list(self._raw.shape)} doesn't match the broadcast shape "
                f"{shape}"
            )
        if _tracked(self, value):
            fn = _fn.MaskedFillTensor if hasattr(value, "_raw") else _fn.MaskedFill
            return self._inplace_apply(fn, mask, value)
        self._masked_fill_raw_(mask, value)
        return self  # type: ignore[return-value]

    def masked_select(self, mask: Tensor) -> Tensor:
        """Return the elements where ``mask`` (bool, broadcast with self) is True, as 1-d.

        Example::

            >>> import ferrotensor as torch
            >>> torch.arange(4).masked_select(torch.tensor([True, False, False, True]))
            tensor([0, 3])
        """
        _need_tensor("masked_select", "mask", 1, mask)
        if _tracked(self):
            return _fn.MaskedSelect.apply(self, mask)  # type: ignore[no-any-return]
        return self._new(self._backend.masked_select(self._raw, mask._raw))  # type: ignore[attr-defined, no-any-return]

    def masked_scatter(self, mask: Tensor, source: Tensor) -> Tensor:
        """Return a copy whose masked positions take ``source``'s elements in order.

        Example::

            >>> import ferrotensor as torch
            >>> m = torch.tensor([True, False, True])
            >>> torch.zeros(3).masked_scatter(m, torch.tensor([1.0, 2.0, 3.0]))
            tensor([1., 0., 2.])
        """
        _need_tensor("masked_scatter", "mask", 1, mask)
        _need_tensor("masked_scatter", "source", 2, source)
        shape = self._broadcast_with(mask)
        x: Any = self if list(self._raw.shape) == shape else self.expand(shape)  # type: ignore[attr-defined]
        if _tracked(x, source):
            return _fn.MaskedScatter.apply(x, mask, source)  # type: ignore[no-any-return]
        out = self._new(self._backend.clone(x._raw))  # type: ignore[attr-defined]
        self._backend.masked_scatter_(out._raw, mask._raw, source._raw)
        return out  # type: ignore[no-any-return]

    def masked_scatter_(self, mask: Tensor, source: Tensor) -> Tensor:
        """In-place :meth:`masked_scatter`."""
        _need_tensor("masked_scatter_", "mask", 1, mask)
        _need_tensor("masked_scatter_", "source", 2, source)
        if _tracked(self, source):
            return self._inplace_apply(_fn.MaskedScatter, mask, source)
        self._backend.masked_scatter_(self._raw, mask._raw, source._raw)
        return self  # type: ignore[return-value]

    # ---- take, nonzero ----

    def take(self, index: Tensor) -> Tensor:
        """Return the elements at ``index`` of the flattened tensor (negative ones wrap).

        Example::

            >>> import ferrotensor as torch
            >>> torch.tensor([[4, 3], [5, 7]]).take(torch.tensor([0, -1]))
            tensor([4, 7])
        """
        _need_tensor("take", "index", 1, index)
        if index._raw.dtype != "int64":
            raise RuntimeError(
                f"take(): Expected a long tensor for index, but got {_type_name(index)}"
            )
        if self._raw.numel == 0 and index._raw.numel != 0:
            raise IndexError("take(): tried to take from an empty tensor")
        if _tracked(self):
            return _fn.Take.apply(self, index)  # type: ignore[no-any-return]
        return self._take(index)

    def take_along_dim(self, indices: Tensor, dim: Optional[int] = None) -> Tensor:
        """Gather values along ``dim`` at ``indices``, broadcasting the other dims.

        With ``dim=None`` both tensors are flattened first.

        Example::

            >>> import ferrotensor as torch
            >>> x = torch.tensor([[10, 30, 20], [60, 40, 50]])
            >>> x.take_along_dim(x.argmax(1, keepdim=True), 1)
            tensor([[30],
                    [60]])
        """
        from ._core import broadcast_shapes

        _need_tensor("take_along_dim", "indices", 1, indices)
        if indices._raw.dtype != "int64":
            raise RuntimeError(
                "torch.take_along_dim(): dtype of indices should be Long but got "
                f"{_type_name(indices)}"
            )
        if dim is None:
            return self.reshape(-1).gather(0, indices.reshape(-1))  # type: ignore[attr-defined, no-any-return]
        n = self._raw.ndim
        d = _dim(dim, n)
        if indices._raw.ndim != n:
            raise RuntimeError(
                "torch.take_along_dim(): input and indices should have the same number of "
                f"dimensions, but got {n} dimensions for input, and {indices._raw.ndim} "
                "dimensions for indices"
            )
        sizes = list(self._raw.shape)
        sizes[d] = indices._raw.shape[d]
        shape = broadcast_shapes(sizes, list(indices._raw.shape))
        idx = indices if list(indices._raw.shape) == shape else indices.expand(shape)
        shape[d] = self._raw.shape[d]
        x: Any = self if list(self._raw.shape) == shape else self.expand(shape)  # type: ignore[attr-defined]
        return x.gather(d, idx)  # type: ignore[no-any-return]

    def nonzero(self, *, as_tuple: bool = False) -> Any:
        """Return the coordinates of the nonzero elements.

        Args:
            as_tuple (bool): return one 1-d tensor per dimension instead of an
                ``(n, ndim)`` tensor (default: False).

        Example::

            >>> import ferrotensor as torch
            >>> torch.tensor([[0, 1], [2, 0]]).nonzero()
            tensor([[0, 1],
                    [1, 0]])
        """
        out = self._new(self._backend.nonzero(self._raw))  # type: ignore[attr-defined]
        if not as_tuple:
            return out
        if self._raw.ndim == 0:
            from ._creation import zeros

            return (zeros(out._raw.shape[0], dtype=out.dtype, device=out.device),)
        return tuple(out.select(1, j).contiguous() for j in range(self._raw.ndim))

    def argwhere(self) -> Tensor:
        """Return the coordinates of the nonzero elements as an ``(n, ndim)`` tensor."""
        return self.nonzero()  # type: ignore[no-any-return]
