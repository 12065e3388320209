"""Statistical reductions of ``Tensor``: var, std, logsumexp, nansum, nanmean, aminmax.

Also the module-level ``std_mean`` and ``var_mean``.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Optional

from . import _errors, dtypes, return_types
from ._tensor_math import _dims
from .autograd.functions import sorting as _st

if TYPE_CHECKING:
    from ._tensor import Tensor

_FLOATS = ("float64", "float32", "float16")


def _correction(name: str, unbiased: Optional[bool], correction: Any) -> float:
    if unbiased is not None and correction is not None:
        raise TypeError(
            f"{name}() received an invalid combination of arguments - got (Tensor, "
            f"unbiased=bool, correction={type(correction).__name__}), but expected one of:\n"
            " * (Tensor input, tuple of ints dim, bool unbiased = True, bool keepdim = False, *, "
            "Tensor out = None)\n"
            " * (Tensor input, tuple of ints dim = None, *, Number correction = None, bool "
            "keepdim = False, Tensor out = None)\n"
            " * (Tensor input, bool unbiased = True)\n"
        )
    if correction is not None:
        return float(correction)
    return 0.0 if unbiased is False else 1.0


def _checked_dims(dims: Optional[list[int]], ndim: int) -> Optional[list[int]]:
    """``dims`` with each one checked against ``ndim`` (PyTorch's IndexError)."""
    n = max(ndim, 1)
    for d in dims or ():
        if d < -n or d >= n:
            raise IndexError(_errors.dim_out_of_range(d, ndim))
    return dims


def _var(x: Any, name: str, dim: Any, unbiased: Any, keepdim: bool, correction: Any) -> Any:
    """``var``/``std`` with PyTorch's overloads.

    They are ``(dim, unbiased, keepdim)``, ``(dim, *, correction, keepdim)`` and ``(unbiased)``.
    """
    if isinstance(dim, bool):  # var(True): the legacy unbiased-only overload
        dim, unbiased = None, dim
    c = _correction(name, unbiased, correction)
    dt = x._raw.dtype
    if dt not in _FLOATS:
        raise NotImplementedError("std and var only support floating point and complex dtypes")
    dims = _checked_dims(_dims(dim, name), x._raw.ndim)
    n_in = x._raw.numel
    shape = x._raw.shape
    if dims is None or not dims or not shape:
        count = n_in
    else:
        count = 1
        for d in dims:
            count *= shape[d % len(shape)]
    if count - c <= 0:
        warnings.warn(
            f"{name}(): degrees of freedom is <= 0. Correction should be strictly less than the "
            "reduction factor (input numel divided by output numel).",
            UserWarning,
            stacklevel=3,
        )
    src = x._cast("float32") if dt == "float16" else x
    fn = _st.Var if name == "var" else _st.Std
    out = fn.apply(src, dims, c, bool(keepdim))
    return out._cast(dt) if dt == "float16" else out


class StatsMixin:
    """Variance, standard deviation, logsumexp, NaN-ignoring sums, aminmax."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    def var(
        self,
        dim: Any = None,
        unbiased: Optional[bool] = None,
        keepdim: bool = False,
        *,
        correction: Any = None,
    ) -> Tensor:
        """Variance over ``dim`` with ``correction`` (Bessel's, 1, by default).

        ``unbiased=False`` is ``correction=0``. With ``correction`` at or above the number
        of reduced elements the result is inf or NaN, with PyTorch's warning.
        """
        return _var(self, "var", dim, unbiased, keepdim, correction)  # type: ignore[no-any-return]

    def std(
        self,
        dim: Any = None,
        unbiased: Optional[bool] = None,
        keepdim: bool = False,
        *,
        correction: Any = None,
    ) -> Tensor:
        """Standard deviation over ``dim``; arguments as :meth:`var`."""
        return _var(self, "std", dim, unbiased, keepdim, correction)  # type: ignore[no-any-return]

    def logsumexp(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        """``log(sum(exp(x)))`` over ``dim`` (an int or a tuple).

        Shifted by the maximum, so it does not overflow. Integer inputs give the default
        float dtype.
        """
        if dim is None:
            raise TypeError('logsumexp() missing 1 required positional arguments: "dim"')
        dims = _checked_dims(_dims(dim, "logsumexp"), self._raw.ndim) or []
        x: Any = self
        if self._raw.dtype not in _FLOATS:
            x = x._cast(dtypes._DEFAULT[0].name)
        return _st.LogSumExp.apply(x, dims, bool(keepdim))  # type: ignore[no-any-return]

    def nansum(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Sum over ``dim`` with NaN counted as zero."""
        dt = None if dtype is None else dtypes.to_dtype(dtype)
        if self._raw.dtype not in _FLOATS:
            return self.sum(dim, keepdim, dtype=dt)  # type: ignore[attr-defined, no-any-return]
        dims = _dims(dim, "nansum")
        return _st.NanSum.apply(self, dims, bool(keepdim), dt)  # type: ignore[no-any-return]

    def nanmean(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Mean over ``dim`` of the non-NaN elements (NaN where there are none).

        Raises:
            NotImplementedError: for integer and bool tensors.
        """
        name = self._raw.dtype
        if name not in _FLOATS:
            raise NotImplementedError(
                "nanmean(): expected input to have floating point or complex dtype but got "
                f"{_errors.SCALAR_TYPE[name]}"
            )
        count = self.isnan().logical_not().sum(dim, keepdim)  # type: ignore[attr-defined]
        return self.nansum(dim, keepdim, dtype=dtype) / count  # type: ignore[no-any-return]

    def aminmax(self, *, dim: Optional[int] = None, keepdim: bool = False) -> Any:
        """Both the minimum and the maximum: ``(min, max)``, over all elements or ``dim``.

        Raises:
            RuntimeError: for an empty tensor without ``dim``.
        """
        if dim is None and self._raw.numel == 0:
            raise RuntimeError(
                "aminmax(): cannot compute aminmax over an empty dimension as the operation "
                "has no identity."
            )
        dims = None if dim is None else _checked_dims([int(dim)], self._raw.ndim)
        if dims is not None and self._raw.ndim and self._raw.shape[dims[0]] == 0:
            d = dims[0] % self._raw.ndim
            raise IndexError(f"aminmax: Expected reduction dim {d} to have non-zero size.")
        lo, hi = _st.AMinMax.apply(self, dims, bool(keepdim))
        return return_types.aminmax(lo, hi)


def std_mean(
    input: Any,
    dim: Any = None,
    unbiased: Any = None,
    keepdim: bool = False,
    *,
    correction: Any = None,
) -> tuple[Any, Any]:
    """``(std, mean)`` over ``dim``; arguments as :meth:`Tensor.var`."""
    return _with_mean(input, "std", dim, unbiased, keepdim, correction)


def var_mean(
    input: Any,
    dim: Any = None,
    unbiased: Any = None,
    keepdim: bool = False,
    *,
    correction: Any = None,
) -> tuple[Any, Any]:
    """``(var, mean)`` over ``dim``; arguments as :meth:`Tensor.var`."""
    return _with_mean(input, "var", dim, unbiased, keepdim, correction)


def _with_mean(x: Any, name: str, dim: Any, unbiased: Any, keepdim: bool, corr: Any) -> Any:
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    spread = _var(x, name, dim, unbiased, keepdim, corr)
    dims = _dims(dim, name)
    mean = x.mean(dims if dims else None, keepdim) if dims else x.mean()
    if keepdim and not dims and x.dim():
        mean = x.mean(list(range(x.dim())), True)
    return spread, mean
