"""Methods of ``Tensor`` along one dim: scans, sorting, order statistics, unique.

Scans are ``cumsum cumprod logcumsumexp cummax cummin``; order statistics are
``topk kthvalue median nanmedian mode``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from . import dtypes, return_types
from .autograd import _dispatch as _ad
from .autograd.functions import sorting as _st
from .autograd.grad_mode import _ENABLED as _GRAD

if TYPE_CHECKING:
    from ._tensor import Tensor


def _dim(fn: str, dim: Any) -> int:
    if isinstance(dim, bool) or not hasattr(dim, "__index__"):
        raise TypeError(
            f"{fn}(): argument 'dim' (position 1) must be int, not {type(dim).__name__}"
        )
    return int(dim.__index__())


def _missing_dim(fn: str) -> TypeError:
    return TypeError(f'{fn}() missing 1 required positional arguments: "dim"')


class SortingMixin:
    """Scans, sorting, order statistics and unique."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    def _wrap(self, raw: Any) -> Tensor:
        from ._tensor import _make

        return _make(raw, self._backend)

    def _needs_graph(self) -> bool:
        return bool(_GRAD[0]) and _ad.requires_grad(self)

    # ---- scans ----

    def cumsum(self, dim: Any = None, *, dtype: Any = None) -> Tensor:
        """Cumulative sum along ``dim``; integers and bool accumulate in int64.

        Args:
            dim (int): the dimension to scan.
            dtype (dtype, optional): cast the input to this dtype first.
        """
        return self._scan("cumsum", _st.CumSum, dim, dtype)

    def cumprod(self, dim: Any = None, *, dtype: Any = None) -> Tensor:
        """Cumulative product along ``dim``; integers and bool accumulate in int64."""
        return self._scan("cumprod", _st.CumProd, dim, dtype)

    def _scan(self, name: str, fn: Any, dim: Any, dtype: Any) -> Tensor:
        if dim is None:
            raise _missing_dim(name)
        d = _dim(name, dim)
        dt = None if dtype is None else dtypes.to_dtype(dtype).name
        if self._needs_graph():
            return fn.apply(self, d, dt)  # type: ignore[no-any-return]
        return self._wrap(self._backend.scan(self._raw, name, d, dt))

    def logcumsumexp(self, dim: Any = None) -> Tensor:
        """``log(cumsum(exp(x)))`` along ``dim``, computed without overflow."""
        if dim is None:
            raise _missing_dim("logcumsumexp")
        d = _dim("logcumsumexp", dim)
        if self._needs_graph():
            return _st.LogCumSumExp.apply(self, d)  # type: ignore[no-any-return]
        return self._wrap(self._backend.scan(self._raw, "logcumsumexp", d, None))

    def cummax(self, dim: Any = None) -> Any:
        """Running maximum along ``dim``: ``(values, indices)`` (the last index of a tie)."""
        return self._cum_extreme("cummax", dim, True)

    def cummin(self, dim: Any = None) -> Any:
        """Running minimum along ``dim``: ``(values, indices)``."""
        return self._cum_extreme("cummin", dim, False)

    def _cum_extreme(self, name: str, dim: Any, is_max: bool) -> Any:
        if dim is None:
            raise _missing_dim(name)
        d = _dim(name, dim)
        rt = getattr(return_types, name)
        if self._needs_graph():
            fn = _st.CumMax if is_max else _st.CumMin
            return rt(*fn.apply(self, d, is_max))
        v, i = self._backend.scan_extreme(self._raw, d, is_max)
        return rt(self._wrap(v), self._wrap(i))

    # ---- sorting ----

    def sort(self, dim: Any = -1, descending: bool = False, *, stable: bool = False) -> Any:
        """Sort along ``dim``: ``(values, indices)``.

        The sort is always stable; NaN sorts as the largest value.
        """
        d = _dim("sort", dim)
        b = self._backend
        if self._needs_graph():

            def run(raw: Any) -> Any:
                return b.sort(raw, d, bool(descending))

            return return_types.sort(*_st.Sort.apply(self, d, run))
        v, i = b.sort(self._raw, d, bool(descending))
        return return_types.sort(self._wrap(v), self._wrap(i))

    def argsort(self, dim: Any = -1, descending: bool = False, *, stable: bool = False) -> Tensor:
        """Indices that sort the tensor along ``dim`` (stable)."""
        d = _dim("argsort", dim)
        return self._wrap(self._backend.sort(self._raw, d, bool(descending))[1])

    def msort(self) -> Tensor:
        """Sort along the first dimension (values only)."""
        return self.sort(0).values  # type: ignore[no-any-return]

    def topk(self, k: int, dim: Any = -1, largest: bool = True, sorted: bool = True) -> Any:
        """The ``k`` largest (or smallest) elements along ``dim``: ``(values, indices)``.

        Raises:
            RuntimeError: if ``k`` is negative or larger than the dimension.
        """
        d = _dim("topk", dim)
        k = int(k)
        b = self._backend
        if self._needs_graph():

            def run(raw: Any) -> Any:
                return b.topk(raw, k, d, bool(largest))

            return return_types.topk(*_st.TopK.apply(self, d, run))
        v, i = b.topk(self._raw, k, d, bool(largest))
        return return_types.topk(self._wrap(v), self._wrap(i))

    # ---- order statistics ----

    def _order_stat(self, pick: str, fn: Any, dim: Any, keepdim: bool, k: int = 1) -> Any:
        d = _dim(pick, dim)
        rt = getattr(return_types, pick)
        if self._needs_graph():
            return rt(*fn.apply(self, pick, d, bool(keepdim), k))
        v, i = self._backend.order_stat(self._raw, pick, d, bool(keepdim), k)
        return rt(self._wrap(v), self._wrap(i))

    def kthvalue(self, k: int, dim: Any = -1, keepdim: bool = False) -> Any:
        """The ``k``-th smallest element along ``dim``: ``(values, indices)``."""
        return self._order_stat("kthvalue", _st.Select, dim, keepdim, int(k))

    def median(self, dim: Any = None, keepdim: Optional[bool] = None) -> Any:
        """The lower median of all elements, or ``(values, indices)`` along ``dim``.

        NaN propagates.
        """
        return self._median("median", dim, keepdim)

    def nanmedian(self, dim: Any = None, keepdim: Optional[bool] = None) -> Any:
        """:meth:`median` ignoring NaN (NaN only where every element is NaN)."""
        return self._median("nanmedian", dim, keepdim)

    def _median(self, name: str, dim: Any, keepdim: Optional[bool]) -> Any:
        if dim is None:
            if keepdim is not None:
                raise _missing_dim(name)
            if self._raw.numel == 0 and self._raw.dtype in ("float64", "float32", "float16"):
                from ._tensor import _make

                return _make(self._backend.full([], float("nan"), self._raw.dtype), self._backend)
            fn = _st.MedianAll if name == "median" else _st.NanMedianAll
            if self._needs_graph():
                return fn.apply(self, name)
            flat = self._backend.reshape(self._raw, [-1])
            return self._wrap(self._backend.order_stat(flat, name, 0, False, 1)[0])
        fn = _st.MedianDim if name == "median" else _st.NanMedianDim
        return self._order_stat(name, fn, dim, bool(keepdim))

    def mode(self, dim: Any = -1, keepdim: bool = False) -> Any:
        """The most frequent value along ``dim`` and its last index: ``(values, indices)``.

        Among equally frequent values the smallest wins.
        """
        return self._order_stat("mode", _st.Mode, dim, keepdim)

    # ---- unique ----

    def unique(
        self,
        sorted: bool = True,
        return_inverse: bool = False,
        return_counts: bool = False,
        dim: Optional[int] = None,
    ) -> Any:
        """The sorted distinct values (or slices along ``dim``).

        Optionally with the inverse indices and the counts. Each NaN is distinct.
        """
        return self._unique(False, return_inverse, return_counts, dim)

    def unique_consecutive(
        self,
        return_inverse: bool = False,
        return_counts: bool = False,
        dim: Optional[int] = None,
    ) -> Any:
        """Collapse runs of equal consecutive values (or slices along ``dim``)."""
        return self._unique(True, return_inverse, return_counts, dim)

    def _unique(self, consecutive: bool, inverse: bool, counts: bool, dim: Any) -> Any:
        if dim is not None:
            dim = _dim("unique", dim)
            if self._raw.ndim == 0:
                raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
        v, i, c = self._backend.unique(self._raw, dim, consecutive)
        out = [self._wrap(v)]
        if inverse:
            out.append(self._wrap(i))
        if counts:
            out.append(self._wrap(c))
        return out[0] if len(out) == 1 else tuple(out)

    def count_nonzero(self, dim: Any = None) -> Tensor:
        """The number of nonzero elements (over ``dim``, an int or a tuple, or all)."""
        return self.ne(0).sum(dim)  # type: ignore[attr-defined, no-any-return]
