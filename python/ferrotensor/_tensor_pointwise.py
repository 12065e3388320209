"""Pointwise methods of ``Tensor``: special functions, composites and in-place forms.

The special functions (``erf lgamma ...``), ``fmod hypot copysign logaddexp``, composites
(``logit lerp addcmul xlogy isclose ...``), PyTorch's aliases, and the in-place form of
every elementwise op.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from . import _errors, dtypes
from ._tensor_math import _require_tensor, _unary
from .autograd import _dispatch as _ad
from .autograd.functions import numeric as _nm
from .autograd.grad_mode import _ENABLED as _GRAD

if TYPE_CHECKING:
    from ._tensor import Tensor

# The largest finite value of each float dtype (nan_to_num's default replacements).
_FLOAT_MAX = {
    "float64": 1.7976931348623157e308,
    "float32": 3.4028234663852886e38,
    "float16": 65504.0,
}

# C++ names PyTorch uses in some dtype messages (``expected dtype float ...``).
CPP_TYPE = {
    "float64": "double",
    "float32": "float",
    "float16": "c10::Half",
    "int64": "long int",
    "int32": "int",
    "int16": "short int",
    "int8": "signed char",
    "uint8": "unsigned char",
    "bool": "bool",
}


def _is_tensor(x: Any) -> bool:
    return hasattr(x, "_raw")


def _tracked(t: Any) -> bool:
    return bool(_GRAD[0]) and _ad.requires_grad(t)


def _float_name(t: Any) -> str:
    """The dtype a float-valued function of ``t`` returns (ints give the default float)."""
    name: str = t._raw.dtype
    return name if name in _FLOAT_MAX else dtypes._DEFAULT[0].name


def _as_float(t: Any) -> Any:
    return t._cast(_float_name(t))


class PointwiseMixin:
    """Elementwise special functions, composites, aliases and in-place forms."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    # ---- one operand ----
    asinh = _unary("asinh", "Return the inverse hyperbolic sine of each element.")
    acosh = _unary("acosh", "Return the inverse hyperbolic cosine of each element.")
    atanh = _unary("atanh", "Return the inverse hyperbolic tangent of each element.")
    erf = _unary("erf", "Return the error function of each element.")
    erfc = _unary("erfc", "Return the complementary error function ``1 - erf(x)``.")
    erfinv = _unary("erfinv", "Return the inverse error function of each element.")
    exp2 = _unary("exp2", "Return ``2`` to the power of each element.")
    lgamma = _unary("lgamma", "Return ``log|Gamma(x)|`` of each element.")
    digamma = _unary("digamma", "Return the digamma function (``Gamma'/Gamma``) of each element.")

    def polygamma(self, n: int) -> Tensor:
        """Return the ``n``-th derivative of the digamma function of each element.

        Raises:
            RuntimeError: for a negative ``n``.
        """
        if n < 0:
            raise RuntimeError("polygamma(n, x) does not support negative n.")
        if n == 0:
            return self.digamma()
        return self._binary("polygamma", int(n))  # type: ignore[attr-defined, no-any-return]

    def frac(self) -> Tensor:
        """Return the fractional part ``x - trunc(x)`` (sign of ``x``)."""
        name = self._raw.dtype
        if name not in _FLOAT_MAX:
            raise NotImplementedError(_errors.no_kernel("frac_cpu", _errors.SCALAR_TYPE[name]))
        return _nm.Frac.apply(self)  # type: ignore[no-any-return]

    def logit(self, eps: Optional[float] = None) -> Tensor:
        """Return ``log(x / (1 - x))``, with ``x`` clamped to ``[eps, 1 - eps]`` when given."""
        return _nm.Logit.apply(_as_float(self), eps)  # type: ignore[no-any-return]

    def sinc(self) -> Tensor:
        """Return the normalised sinc ``sin(pi x) / (pi x)`` (1 at 0)."""
        return _nm.Sinc.apply(_as_float(self))  # type: ignore[no-any-return]

    def deg2rad(self) -> Tensor:
        """Convert angles from degrees to radians."""
        return _nm.Deg2Rad.apply(_as_float(self))  # type: ignore[no-any-return]

    def rad2deg(self) -> Tensor:
        """Convert angles from radians to degrees."""
        return _nm.Rad2Deg.apply(_as_float(self))  # type: ignore[no-any-return]

    def nan_to_num(
        self,
        nan: float = 0.0,
        posinf: Optional[float] = None,
        neginf: Optional[float] = None,
    ) -> Tensor:
        """Replace NaN, +inf and -inf by ``nan``, ``posinf`` and ``neginf``.

        The infinities default to the dtype's largest finite values; integer and bool
        tensors are returned as a copy.
        """
        name = self._raw.dtype
        if name not in _FLOAT_MAX:
            return self.clone()  # type: ignore[attr-defined, no-any-return]
        big = _FLOAT_MAX[name]
        hi = big if posinf is None else posinf
        lo = -big if neginf is None else neginf
        return _nm.NanToNum.apply(self, nan, hi, lo)  # type: ignore[no-any-return]

    # ---- two operands ----

    def fmod(self, other: Any) -> Tensor:
        """Return the remainder of truncated division (the sign of ``self``), as C's fmod."""
        return self._binary("fmod", other)  # type: ignore[attr-defined, no-any-return]

    def hypot(self, other: Tensor) -> Tensor:
        """Return ``sqrt(self**2 + other**2)`` without intermediate overflow."""
        _require_tensor("hypot", other)
        return self._binary("hypot", other)  # type: ignore[attr-defined, no-any-return]

    def copysign(self, other: Any) -> Tensor:
        """Return the magnitude of ``self`` with the sign of ``other``."""
        return self._binary("copysign", other)  # type: ignore[attr-defined, no-any-return]

    def logaddexp(self, other: Tensor) -> Tensor:
        """Return ``log(exp(self) + exp(other))`` without overflow."""
        _require_tensor("logaddexp", other)
        return self._binary("logaddexp", other)  # type: ignore[attr-defined, no-any-return]

    def xlogy(self, other: Any) -> Tensor:
        """Return ``self * log(other)``, zero where ``self`` is zero (unless other is NaN)."""
        return xlogy(self, other)

    def float_power(self, exponent: Any) -> Tensor:
        """Return ``self ** exponent`` computed in float64."""
        base = self._cast("float64")  # type: ignore[attr-defined]
        e = exponent._cast("float64") if _is_tensor(exponent) else exponent
        return base.pow(e)  # type: ignore[no-any-return]

    def lerp(self, end: Tensor, weight: Any) -> Tensor:
        """Return ``self + weight * (end - self)``.

        Raises:
            TypeError: if ``end`` is not a tensor.
            RuntimeError: if ``end`` has another dtype.
        """
        _require_tensor("lerp", end)
        name, other = self._raw.dtype, end._raw.dtype
        if name not in _FLOAT_MAX:
            kernel = "lerp_kernel_tensor" if _is_tensor(weight) else "lerp_kernel_scalar"
            raise NotImplementedError(_errors.no_kernel(kernel, _errors.SCALAR_TYPE[name]))
        if other != name:
            raise RuntimeError(
                f"expected dtype {CPP_TYPE[name]} for `end` but got dtype {CPP_TYPE[other]}"
            )
        if _is_tensor(weight):
            w = weight if weight._raw.dtype == name else weight._cast(name)
            return _nm.LerpTensor.apply(self, end, w)  # type: ignore[no-any-return]
        return _nm.Lerp.apply(self, end, weight)  # type: ignore[no-any-return]

    def addcmul(self, tensor1: Tensor, tensor2: Tensor, *, value: Any = 1) -> Tensor:
        """Return ``self + value * tensor1 * tensor2``."""
        from ._functional import promote_types

        rt = promote_types(promote_types(self.dtype, tensor1.dtype), tensor2.dtype)  # type: ignore[attr-defined]
        if not rt.is_floating_point and not isinstance(value, bool):
            value = int(value)
        return _nm.Addcmul.apply(self, tensor1, tensor2, value)  # type: ignore[no-any-return]

    def addcdiv(self, tensor1: Tensor, tensor2: Tensor, *, value: Any = 1) -> Tensor:
        """Return ``self + value * tensor1 / tensor2``.

        Raises:
            RuntimeError: when both ``tensor1`` and ``tensor2`` are integer tensors.
        """
        if tensor1._raw.dtype not in _FLOAT_MAX and tensor2._raw.dtype not in _FLOAT_MAX:
            raise RuntimeError(_ADDCDIV_INT)
        return _nm.Addcdiv.apply(self, tensor1, tensor2, value)  # type: ignore[no-any-return]

    def isclose(
        self, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False
    ) -> Tensor:
        """Return where ``|self - other| <= atol + rtol * |other|`` (or the two are equal).

        Raises:
            RuntimeError: for operands of different dtypes or a negative tolerance.
        """
        return isclose(self, other, rtol, atol, equal_nan)

    def allclose(
        self, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False
    ) -> bool:
        """Return True when every element is close (see :meth:`isclose`)."""
        return bool(isclose(self, other, rtol, atol, equal_nan).all().item())

    # ---- PyTorch's aliases ----
    def absolute(self) -> Tensor:
        """Alias of :meth:`abs`."""
        return self.abs()  # type: ignore[attr-defined, no-any-return]

    def arcsin(self) -> Tensor:
        """Alias of :meth:`asin`."""
        return self.asin()  # type: ignore[attr-defined, no-any-return]

    def arccos(self) -> Tensor:
        """Alias of :meth:`acos`."""
        return self.acos()  # type: ignore[attr-defined, no-any-return]

    def arctan(self) -> Tensor:
        """Alias of :meth:`atan`."""
        return self.atan()  # type: ignore[attr-defined, no-any-return]

    def arcsinh(self) -> Tensor:
        """Alias of :meth:`asinh`."""
        return self.asinh()

    def arccosh(self) -> Tensor:
        """Alias of :meth:`acosh`."""
        return self.acosh()

    def arctanh(self) -> Tensor:
        """Alias of :meth:`atanh`."""
        return self.atanh()

    def arctan2(self, other: Tensor) -> Tensor:
        """Alias of :meth:`atan2`."""
        return self.atan2(other)  # type: ignore[attr-defined, no-any-return]

    def fix(self) -> Tensor:
        """Alias of :meth:`trunc`."""
        return self.trunc()  # type: ignore[attr-defined, no-any-return]

    def greater(self, other: Any) -> Tensor:
        """Alias of :meth:`gt`."""
        return self.gt(other)  # type: ignore[attr-defined, no-any-return]

    def greater_equal(self, other: Any) -> Tensor:
        """Alias of :meth:`ge`."""
        return self.ge(other)  # type: ignore[attr-defined, no-any-return]

    def less(self, other: Any) -> Tensor:
        """Alias of :meth:`lt`."""
        return self.lt(other)  # type: ignore[attr-defined, no-any-return]

    def less_equal(self, other: Any) -> Tensor:
        """Alias of :meth:`le`."""
        return self.le(other)  # type: ignore[attr-defined, no-any-return]

    def not_equal(self, other: Any) -> Tensor:
        """Alias of :meth:`ne`."""
        return self.ne(other)  # type: ignore[attr-defined, no-any-return]

    # ---- in place ----

    def float_power_(self, exponent: Any) -> Tensor:
        """In-place :meth:`float_power` (the tensor must be float64).

        Raises:
            RuntimeError: when ``self`` is not float64.
        """
        name = self._raw.dtype
        if name != "float64":
            raise RuntimeError(
                f"the base given to float_power_ has dtype {_errors.SCALAR_TYPE[name]} but the "
                "operation's result requires dtype Double"
            )
        return self._inplace(self.float_power(exponent))  # type: ignore[attr-defined, no-any-return]

    def cumsum_(self, dim: int, *, dtype: Any = None) -> Tensor:
        """In-place :meth:`cumsum` (accumulates in self's dtype)."""
        return self._inplace(self.cumsum(dim, dtype=self.dtype))  # type: ignore[attr-defined, no-any-return]

    def cumprod_(self, dim: int, *, dtype: Any = None) -> Tensor:
        """In-place :meth:`cumprod` (accumulates in self's dtype)."""
        return self._inplace(self.cumprod(dim, dtype=self.dtype))  # type: ignore[attr-defined, no-any-return]


_ADDCDIV_INT = (
    "Integer division with addcdiv is no longer supported, and in a future  release addcdiv "
    "will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can "
    "be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for "
    "integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future "
    "addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), "
    "for all dtypes."
)


def xlogy(input: Any, other: Any) -> Any:
    """``input * log(other)``; either may be a Python number (not both)."""
    from ._functional import result_type

    if not _is_tensor(input) and not _is_tensor(other):
        raise TypeError("xlogy(): at least one argument must be a Tensor")
    rt = result_type(input, other)
    name = rt.name if rt.is_floating_point else dtypes._DEFAULT[0].name
    return _nm.Xlogy.apply(input, other, name)


def isclose(a: Any, b: Any, rtol: float, atol: float, equal_nan: bool) -> Any:
    """PyTorch's ``isclose``: ``a == b`` or ``|a - b| <= atol + rtol * |b|``."""
    if not _is_tensor(b):
        raise TypeError(
            f"isclose(): argument 'other' (position 2) must be Tensor, not {type(b).__name__}"
        )
    da, db = a._raw.dtype, b._raw.dtype
    if da != db:
        names = _errors.SCALAR_TYPE
        raise RuntimeError(f"{names[da]} did not match {names[db]}")
    if rtol < 0:
        raise RuntimeError(f"rtol must be greater than or equal to zero, but got {rtol}")
    if atol < 0:
        raise RuntimeError(f"atol must be greater than or equal to zero, but got {atol}")
    a, b = a.detach(), b.detach()
    if da == "bool":
        return a == b
    if da not in _FLOAT_MAX:
        a, b = a._cast("float64"), b._cast("float64")  # no wrap-around for unsigned types
    close = (a == b).logical_or((a - b).abs() <= (b.abs() * rtol + atol))
    if equal_nan:
        close = close.logical_or(a.isnan().logical_and(b.isnan()))
    return close


def _inplace_of(name: str) -> Any:
    """The in-place form ``name_``: compute ``name``, then write it back into self."""

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        return self._inplace(getattr(self, name)(*args, **kwargs))

    method.__name__ = f"{name}_"
    method.__qualname__ = f"Tensor.{name}_"
    method.__doc__ = f"In-place :meth:`{name}`."
    return method


# Elementwise ops PyTorch has an in-place form of (add_/sub_/mul_/div_ live in
# _tensor_math; float_power_, cumsum_ and cumprod_ are written out above).
# fmt: off
INPLACE = [
    "abs", "absolute", "acos", "arccos", "acosh", "arccosh", "asin", "arcsin", "asinh", "arcsinh",
    "atan", "arctan", "atanh", "arctanh", "atan2", "arctan2", "bitwise_and", "bitwise_not",
    "bitwise_or", "bitwise_xor", "ceil", "clamp", "clamp_max", "clamp_min", "clip", "copysign",
    "cos", "cosh", "deg2rad", "digamma", "divide", "true_divide", "eq", "erf", "erfc", "erfinv",
    "exp", "exp2", "expm1", "fix", "floor", "floor_divide", "fmod", "frac", "ge", "greater",
    "greater_equal", "gt", "hypot", "le", "lerp", "less", "less_equal", "lgamma", "log", "log10",
    "log1p", "log2", "logical_and", "logical_not", "logical_or", "logical_xor", "logit", "lt",
    "multiply", "nan_to_num", "ne", "neg", "negative", "not_equal", "polygamma", "pow", "rad2deg",
    "reciprocal", "relu", "remainder", "round", "rsqrt", "sigmoid", "sign", "sin", "sinc", "sinh",
    "sqrt", "square", "subtract", "tan", "tanh", "trunc", "xlogy", "addcdiv", "addcmul",
]
# fmt: on


def _clamp_inplace_of(name: str) -> Any:
    """``clamp_`` and its aliases: PyTorch words their cast error with C++ type names."""
    plain = _inplace_of(name)

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self, name)(*args, **kwargs)
        dst, got = self._raw.dtype, result._raw.dtype
        if _errors.KIND_ORDER[got] > _errors.KIND_ORDER[dst]:
            raise RuntimeError(
                f"result type {_errors.SCALAR_TYPE[got]} can't be cast to the desired output "
                f"type {CPP_TYPE[dst]}"
            )
        return self._inplace(result)

    method.__name__ = plain.__name__
    method.__qualname__ = plain.__qualname__
    method.__doc__ = plain.__doc__
    return method


for _name in INPLACE:
    make = _clamp_inplace_of if _name.startswith(("clamp", "clip")) else _inplace_of
    setattr(PointwiseMixin, f"{_name}_", make(_name))
del _name, make
