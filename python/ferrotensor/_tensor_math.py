"""Math methods of ``Tensor``: elementwise ops, reductions, matmul and in-place updates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from . import dtypes, return_types

if TYPE_CHECKING:
    from ._tensor import Tensor

_CAN_CAST_ORDER = {"bool": 0, "uint8": 1, "int8": 1, "int16": 1, "int32": 1, "int64": 1,
                   "float16": 2, "float32": 2, "float64": 2}


def _dims(dim: Any) -> Optional[list[int]]:
    if dim is None:
        return None
    if isinstance(dim, (tuple, list)):
        return [d.__index__() for d in dim]
    return [dim.__index__()]


def _unary(name: str, doc: str) -> Any:
    def method(self: Any) -> Tensor:
        return self._new(self._backend.unary(self._raw, name))

    method.__name__ = name
    method.__doc__ = doc
    return method


class MathMixin:
    """Elementwise math, reductions and matrix products."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    def _new(self, raw: Any) -> Tensor:
        from ._tensor import _make

        return _make(raw, self._backend)

    # ---- elementwise, one operand ----
    abs = _unary("abs", "Return the absolute value of each element.")
    neg = _unary("neg", "Return the negation of each element.")
    negative = neg
    sign = _unary("sign", "Return the sign (-1, 0 or 1) of each element.")
    exp = _unary("exp", "Return ``e`` to the power of each element.")
    log = _unary("log", "Return the natural logarithm of each element.")
    log2 = _unary("log2", "Return the base-2 logarithm of each element.")
    log10 = _unary("log10", "Return the base-10 logarithm of each element.")
    log1p = _unary("log1p", "Return ``log(1 + x)`` of each element.")
    expm1 = _unary("expm1", "Return ``exp(x) - 1`` of each element.")
    sqrt = _unary("sqrt", "Return the square root of each element.")
    rsqrt = _unary("rsqrt", "Return the reciprocal square root of each element.")
    reciprocal = _unary("reciprocal", "Return ``1 / x`` of each element.")
    square = _unary("square", "Return the square of each element.")
    sin = _unary("sin", "Return the sine of each element.")
    cos = _unary("cos", "Return the cosine of each element.")
    tan = _unary("tan", "Return the tangent of each element.")
    asin = _unary("asin", "Return the arcsine of each element.")
    acos = _unary("acos", "Return the arccosine of each element.")
    atan = _unary("atan", "Return the arctangent of each element.")
    sinh = _unary("sinh", "Return the hyperbolic sine of each element.")
    cosh = _unary("cosh", "Return the hyperbolic cosine of each element.")
    tanh = _unary("tanh", "Return the hyperbolic tangent of each element.")
    sigmoid = _unary("sigmoid", "Return the logistic sigmoid of each element.")
    relu = _unary("relu", "Return ``max(x, 0)`` of each element.")
    floor = _unary("floor", "Round each element down.")
    ceil = _unary("ceil", "Round each element up.")
    round = _unary("round", "Round each element to the nearest integer (half to even).")
    trunc = _unary("trunc", "Round each element toward zero.")
    logical_not = _unary("logical_not", "Return ``x == 0`` as bool.")
    bitwise_not = _unary("bitwise_not", "Return the bitwise NOT of integer or bool elements.")
    isnan = _unary("isnan", "Return True where an element is NaN.")
    isinf = _unary("isinf", "Return True where an element is infinite.")
    isfinite = _unary("isfinite", "Return True where an element is finite.")

    # ---- elementwise, two operands ----

    def add(self, other: Any, *, alpha: Any = 1) -> Tensor:
        """Return ``self + alpha * other`` (broadcasting)."""
        if alpha != 1:
            other = other * alpha
        return self._binary("add", other)  # type: ignore[attr-defined]

    def sub(self, other: Any, *, alpha: Any = 1) -> Tensor:
        """Return ``self - alpha * other`` (broadcasting)."""
        if alpha != 1:
            other = other * alpha
        return self._binary("sub", other)  # type: ignore[attr-defined]

    subtract = sub

    def mul(self, other: Any) -> Tensor:
        """Return ``self * other`` (broadcasting)."""
        return self._binary("mul", other)  # type: ignore[attr-defined]

    multiply = mul

    def div(self, other: Any, *, rounding_mode: Optional[str] = None) -> Tensor:
        """Return ``self / other``; ``rounding_mode`` is None, ``"trunc"`` or ``"floor"``."""
        if rounding_mode is None:
            return self._binary("div", other)  # type: ignore[attr-defined]
        if rounding_mode == "floor":
            return self._binary("floor_divide", other)  # type: ignore[attr-defined]
        if rounding_mode == "trunc":
            q = self._binary("div", other)  # type: ignore[attr-defined]
            res = q.trunc()
            if not self.dtype.is_floating_point and not (  # type: ignore[attr-defined]
                isinstance(other, float) or getattr(other, "is_floating_point", lambda: False)()
            ):
                res = res.to(self.dtype)  # type: ignore[attr-defined]
            return res
        raise RuntimeError(
            "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found "
            f"'{rounding_mode}'"
        )

    divide = div
    true_divide = div

    def floor_divide(self, other: Any) -> Tensor:
        """Return ``floor(self / other)``."""
        return self._binary("floor_divide", other)  # type: ignore[attr-defined]

    def remainder(self, other: Any) -> Tensor:
        """Return the Python-style remainder (sign of the divisor)."""
        return self._binary("remainder", other)  # type: ignore[attr-defined]

    def pow(self, exponent: Any) -> Tensor:
        """Return ``self ** exponent``."""
        return self._binary("pow", exponent)  # type: ignore[attr-defined]

    def maximum(self, other: Tensor) -> Tensor:
        """Return the elementwise maximum (NaN propagates)."""
        return self._binary("maximum", other)  # type: ignore[attr-defined]

    def minimum(self, other: Tensor) -> Tensor:
        """Return the elementwise minimum (NaN propagates)."""
        return self._binary("minimum", other)  # type: ignore[attr-defined]

    def atan2(self, other: Tensor) -> Tensor:
        """Return ``atan2(self, other)`` elementwise."""
        return self._binary("atan2", other)  # type: ignore[attr-defined]

    def clamp(self, min: Any = None, max: Any = None) -> Tensor:  # noqa: A002
        """Clamp every element into ``[min, max]``."""
        if min is None and max is None:
            raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
        out: Any = self
        if min is not None:
            out = out._binary("maximum", min)
        if max is not None:
            out = out._binary("minimum", max)
        return out  # type: ignore[no-any-return]

    clip = clamp

    def eq(self, other: Any) -> Tensor:
        """Return ``self == other`` as bool."""
        return self._binary("eq", other)  # type: ignore[attr-defined]

    def ne(self, other: Any) -> Tensor:
        """Return ``self != other`` as bool."""
        return self._binary("ne", other)  # type: ignore[attr-defined]

    def lt(self, other: Any) -> Tensor:
        """Return ``self < other`` as bool."""
        return self._binary("lt", other)  # type: ignore[attr-defined]

    def le(self, other: Any) -> Tensor:
        """Return ``self <= other`` as bool."""
        return self._binary("le", other)  # type: ignore[attr-defined]

    def gt(self, other: Any) -> Tensor:
        """Return ``self > other`` as bool."""
        return self._binary("gt", other)  # type: ignore[attr-defined]

    def ge(self, other: Any) -> Tensor:
        """Return ``self >= other`` as bool."""
        return self._binary("ge", other)  # type: ignore[attr-defined]

    def logical_and(self, other: Any) -> Tensor:
        """Return the elementwise logical AND as bool."""
        return self._binary("logical_and", other)  # type: ignore[attr-defined]

    def logical_or(self, other: Any) -> Tensor:
        """Return the elementwise logical OR as bool."""
        return self._binary("logical_or", other)  # type: ignore[attr-defined]

    def logical_xor(self, other: Any) -> Tensor:
        """Return the elementwise logical XOR as bool."""
        return self._binary("logical_xor", other)  # type: ignore[attr-defined]

    def equal(self, other: Tensor) -> bool:
        """Return True when both tensors have the same shape and elements."""
        if tuple(self._raw.shape) != tuple(other._raw.shape):
            return False
        return bool(self._binary("eq", other).all().item())  # type: ignore[attr-defined]

    # ---- reductions ----

    def _reduce(self, op: str, dim: Any, keepdim: bool, dtype: Any = None) -> Tensor:
        dt = None if dtype is None else dtypes.to_dtype(dtype).name
        return self._new(self._backend.reduce(self._raw, op, _dims(dim), keepdim, dt))

    def sum(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Sum over ``dim`` (an int, a tuple, or None for all); integers sum to int64."""
        return self._reduce("sum", dim, keepdim, dtype)

    def mean(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Mean over ``dim`` (floating point tensors only)."""
        return self._reduce("mean", dim, keepdim, dtype)

    def prod(self, dim: Optional[int] = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Product over ``dim`` (an int) or over all elements."""
        return self._reduce("prod", dim, keepdim, dtype)

    def all(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        """Return True where every element along ``dim`` is nonzero."""
        return self._reduce("all", dim, keepdim)

    def any(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        """Return True where some element along ``dim`` is nonzero."""
        return self._reduce("any", dim, keepdim)

    def amax(self, dim: Any = (), keepdim: bool = False) -> Tensor:
        """Maximum over ``dim`` (a tuple; empty means all)."""
        return self._reduce("max", dim or None, keepdim)

    def amin(self, dim: Any = (), keepdim: bool = False) -> Tensor:
        """Minimum over ``dim`` (a tuple; empty means all)."""
        return self._reduce("min", dim or None, keepdim)

    def _minmax(self, is_max: bool, dim: Any, keepdim: bool) -> Any:
        name = "max" if is_max else "min"
        if dim is None:
            return self._reduce(name, None, False)
        if not isinstance(dim, int):
            from ._tensor import Tensor

            if isinstance(dim, Tensor):
                return self._binary("maximum" if is_max else "minimum", dim)  # type: ignore[attr-defined]
            dim = dim.__index__()
        v, i = self._backend.arg_reduce(self._raw, dim, keepdim, is_max, name)
        rt = return_types.max if is_max else return_types.min
        return rt(self._new(v), self._new(i))

    def max(self, dim: Any = None, keepdim: bool = False) -> Any:
        """Maximum of all elements, or ``(values, indices)`` along ``dim``."""
        return self._minmax(True, dim, keepdim)

    def min(self, dim: Any = None, keepdim: bool = False) -> Any:
        """Minimum of all elements, or ``(values, indices)`` along ``dim``."""
        return self._minmax(False, dim, keepdim)

    def argmax(self, dim: Optional[int] = None, keepdim: bool = False) -> Tensor:
        """Index of the first maximal element (flattened when ``dim`` is None)."""
        return self._new(self._backend.arg_reduce(self._raw, dim, keepdim, True, "argmax")[1])

    def argmin(self, dim: Optional[int] = None, keepdim: bool = False) -> Tensor:
        """Index of the first minimal element (flattened when ``dim`` is None)."""
        return self._new(self._backend.arg_reduce(self._raw, dim, keepdim, False, "argmin")[1])

    # ---- matrix products ----

    def matmul(self, other: Tensor) -> Tensor:
        """Matrix product with ``torch.matmul``'s broadcasting rules."""
        if other._backend is not self._backend:
            self._other(other)  # type: ignore[attr-defined]
        return self._new(self._backend.matmul(self._raw, other._raw))

    def mm(self, mat2: Tensor) -> Tensor:
        """Matrix product of two 2-D tensors."""
        if self._raw.ndim != 2:
            raise RuntimeError("self must be a matrix")
        if mat2._raw.ndim != 2:
            raise RuntimeError("mat2 must be a matrix")
        return self.matmul(mat2)

    def dot(self, other: Tensor) -> Tensor:
        """Inner product of two 1-D tensors."""
        if self._raw.ndim != 1 or other._raw.ndim != 1:
            raise RuntimeError(
                f"1D tensors expected, but got {self._raw.ndim}D and {other._raw.ndim}D tensors"
            )
        return self.matmul(other)

    # ---- in place ----

    def _inplace(self, result: Tensor) -> Tensor:
        dst, got = self._raw.dtype, result._raw.dtype
        if _CAN_CAST_ORDER[got] > _CAN_CAST_ORDER[dst]:
            names = {"float64": "Double", "float32": "Float", "float16": "Half", "int64": "Long",
                     "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte",
                     "bool": "Bool"}
            raise RuntimeError(
                f"result type {names[got]} can't be cast to the desired output type {names[dst]}"
            )
        self._backend.copy_(self._raw, result._raw)
        return self  # type: ignore[return-value]

    def add_(self, other: Any, *, alpha: Any = 1) -> Tensor:
        """In-place ``self += alpha * other``."""
        return self._inplace(self.add(other, alpha=alpha))

    def sub_(self, other: Any, *, alpha: Any = 1) -> Tensor:
        """In-place ``self -= alpha * other``."""
        return self._inplace(self.sub(other, alpha=alpha))

    def mul_(self, other: Any) -> Tensor:
        """In-place ``self *= other``."""
        return self._inplace(self.mul(other))

    def div_(self, other: Any) -> Tensor:
        """In-place ``self /= other``."""
        return self._inplace(self.div(other))

    def fill_(self, value: Any) -> Tensor:
        """Fill with ``value`` in place."""
        if hasattr(value, "_raw"):
            value = value.item()
        self._backend.fill_(self._raw, value)
        return self  # type: ignore[return-value]

    def zero_(self) -> Tensor:
        """Fill with zeros in place."""
        return self.fill_(0)

    def copy_(self, src: Tensor) -> Tensor:
        """Copy ``src`` into self (broadcasting and casting)."""
        if src._backend is not self._backend:
            src = src.to(self.device)  # type: ignore[attr-defined]
        self._backend.copy_(self._raw, src._raw)
        return self  # type: ignore[return-value]
