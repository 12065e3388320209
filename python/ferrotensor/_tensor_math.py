"""Math methods of ``Tensor``: elementwise ops, reductions, matmul and in-place updates."""

from __future__ import annotations

import math
import numbers
from typing import TYPE_CHECKING, Any, Optional

from . import _errors, dtypes, return_types
from .autograd import _dispatch as _ad
from .autograd.functions import inplace as _inplace_fn
from .autograd.grad_mode import _ENABLED as _GRAD

if TYPE_CHECKING:
    from ._tensor import Tensor

_CAN_CAST_ORDER = _errors.KIND_ORDER


# Range of each dtype for PyTorch's ``checked_convert`` (c10::overflows) and the C++ type
# name its message uses.
_LIMITS = {
    "float64": (-math.inf, math.inf, "double"),
    "float32": (-3.4028234663852886e38, 3.4028234663852886e38, "float"),
    "float16": (-65520.0, 65520.0, "c10::Half"),  # values that do not round to inf
    "int64": (-(2**63), 2**63 - 1, "int64_t"),
    "int32": (-(2**31), 2**31 - 1, "int"),
    "int16": (-(2**15), 2**15 - 1, "int16_t"),
    "int8": (-128, 127, "int8_t"),
    "uint8": (0, 255, "uint8_t"),
}


def _overflows(value: Any, dtype_name: str) -> bool:
    """PyTorch's ``c10::overflows``: would converting a Python number to ``dtype_name`` overflow?

    Floats may hold inf and NaN; integers may not. Unsigned targets accept negative
    Python ints down to ``-max`` (they wrap, as ``a - b`` on uint8 relies on).
    """
    lim = _LIMITS.get(dtype_name)
    if lim is None or isinstance(value, bool):
        return False
    lo, hi, _ = lim
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return not dtype_name.startswith("float")
        if not dtype_name.startswith("float"):
            return value < lo or value >= hi + 1  # PyTorch truncates 127.9 to 127 for int8
        return value < lo or value > hi
    if dtype_name == "uint8" and value < 0:
        return -value > hi
    return value < lo or value > hi


def _check_scalar(value: Any, dtype_name: str, cpp_name: bool = True) -> None:
    """Raise PyTorch's RuntimeError when a Python number does not fit ``dtype_name``.

    ``cpp_name`` picks the wording: fills and scalar arguments name the C++ type
    (``uint8_t``), ``tensor(data)`` names the dtype (``uint8``).
    """
    if _overflows(value, dtype_name):
        name = _LIMITS[dtype_name][2] if cpp_name else dtype_name
        raise RuntimeError(f"value cannot be converted to type {name} without overflow")


def _check_no_internal_overlap(t: Any) -> None:
    """In-place writes to a tensor whose elements alias (``expand``) are refused, as in PyTorch."""
    raw = t._raw
    if any(st == 0 and sz > 1 for st, sz in zip(raw.strides, raw.shape)):
        raise RuntimeError(
            "unsupported operation: more than one element of the written-to tensor refers to a "
            "single memory location. Please clone() the tensor before performing the operation."
        )


def _broadcast_shape(a: Any, b: Any) -> list[int]:
    """PyTorch's ``infer_size``: broadcast two shapes, checking from the last dimension."""
    n = max(len(a), len(b))
    out = []
    for i in range(n - 1, -1, -1):
        da = a[i - n + len(a)] if i - n + len(a) >= 0 else 1
        db = b[i - n + len(b)] if i - n + len(b) >= 0 else 1
        if da != db and da != 1 and db != 1:
            raise RuntimeError(_errors.broadcast_mismatch(da, db, i))
        out.append(db if da == 1 else da)
    return out[::-1]


def _require_tensor(fn: str, other: Any) -> None:
    from ._tensor import Tensor

    if not isinstance(other, Tensor):
        kind = type(other)
        name = (
            kind.__name__
            if kind.__module__ == "builtins"
            else (f"{kind.__module__}.{kind.__name__}")
        )
        raise TypeError(f"{fn}(): argument 'other' (position 1) must be Tensor, not {name}")


def _dim_arg(fn: str, d: Any) -> int:
    try:
        return d.__index__()  # type: ignore[no-any-return]
    except AttributeError:
        raise TypeError(
            f"{fn}(): argument 'dim' must be int or tuple of ints, not {type(d).__name__}"
        ) from None


def _dims(dim: Any, fn: str = "sum") -> Optional[list[int]]:
    if dim is None:
        return None
    if isinstance(dim, (tuple, list)):
        return [_dim_arg(fn, d) for d in dim]
    return [_dim_arg(fn, dim)]


def _unary(name: str, doc: str) -> Any:
    def method(self: Any) -> Tensor:
        ag = self._ag
        if ag is not None and ag.requires_grad and _GRAD[0]:
            return _ad.unary(self, name)
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

    def _alpha_op(self, op: str, other: Any, alpha: Any) -> Tensor:
        """``self <op> alpha * other`` computed in the dtype of ``self <op> other``."""
        if alpha is True or (alpha == 1 and not isinstance(alpha, float)):
            return self._binary(op, other)  # type: ignore[attr-defined, no-any-return]
        from ._functional import result_type

        rt = result_type(self, other)
        if isinstance(alpha, float) and not rt.is_floating_point:
            raise RuntimeError(
                "For integral input tensors, argument alpha must not be a floating point number."
            )
        out = self._binary(op, other * alpha)  # type: ignore[attr-defined]
        return out if out.dtype is rt else out.to(rt)  # type: ignore[no-any-return]

    def add(self, other: Any, *, alpha: Any = 1) -> Tensor:
        """Return ``self + alpha * other`` (broadcasting)."""
        return self._alpha_op("add", other, alpha)

    def sub(self, other: Any, *, alpha: Any = 1) -> Tensor:
        """Return ``self - alpha * other`` (broadcasting)."""
        return self._alpha_op("sub", other, alpha)

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
            q = self._binary("floor_divide", other)  # type: ignore[attr-defined]
            if q.dtype.is_floating_point:
                return self._binary("div", other).trunc()  # type: ignore[attr-defined, no-any-return]
            # Integer truncation, exact for all of int64: floor, plus one where the remainder
            # is nonzero and the operands' signs differ (the remainder takes the divisor's sign).
            r = self._binary("remainder", other)  # type: ignore[attr-defined]
            fix = (r != 0).logical_and((r < 0).logical_xor(self < 0))  # type: ignore[operator]
            return q._binary("add", fix)  # type: ignore[no-any-return]
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
        from ._tensor import _check_int_pow

        _check_int_pow(self, exponent)  # type: ignore[arg-type]
        return self._binary("pow", exponent)  # type: ignore[attr-defined]

    def maximum(self, other: Tensor) -> Tensor:
        """Return the elementwise maximum (NaN propagates)."""
        _require_tensor("maximum", other)
        return self._binary("maximum", other)  # type: ignore[attr-defined]

    def minimum(self, other: Tensor) -> Tensor:
        """Return the elementwise minimum (NaN propagates)."""
        _require_tensor("minimum", other)
        return self._binary("minimum", other)  # type: ignore[attr-defined]

    def atan2(self, other: Tensor) -> Tensor:
        """Return ``atan2(self, other)`` elementwise."""
        _require_tensor("atan2", other)
        return self._binary("atan2", other)  # type: ignore[attr-defined]

    def bitwise_and(self, other: Any) -> Tensor:
        """Return the bitwise AND of integer or bool elements."""
        return self._binary("bitwise_and", other)  # type: ignore[attr-defined]

    def bitwise_or(self, other: Any) -> Tensor:
        """Return the bitwise OR of integer or bool elements."""
        return self._binary("bitwise_or", other)  # type: ignore[attr-defined]

    def bitwise_xor(self, other: Any) -> Tensor:
        """Return the bitwise XOR of integer or bool elements."""
        return self._binary("bitwise_xor", other)  # type: ignore[attr-defined]

    def where(self, condition: Tensor, other: Any) -> Tensor:
        """Return ``torch.where(condition, self, other)``."""
        from ._functional import where

        return where(condition, self, other)

    def clamp(self, min: Any = None, max: Any = None) -> Tensor:
        """Clamp every element into ``[min, max]``.

        Python-number bounds follow PyTorch: on integer tensors a bound beyond the dtype's
        range is clipped to it when harmless and raises when no value could satisfy it.
        """
        if min is None and max is None:
            raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
        name = self._raw.dtype
        bounds = {"min": min, "max": max}
        for which, v in bounds.items():
            if v is None or hasattr(v, "_raw"):
                continue
            if name == "bool" and (min is None or max is None):
                raise NotImplementedError(
                    f"\"clamp_{which}_scalar_cpu\" not implemented for 'Bool'"
                )
            if name in _LIMITS and not name.startswith("float"):
                if isinstance(v, float):
                    continue  # promotes the result to a float dtype
                lo, hi, _ = _LIMITS[name]
                if (which == "min" and v > hi) or (which == "max" and v < lo):
                    shown = v if lo <= v <= hi or abs(v) < 2**63 else f"{float(v):g}"
                    raise RuntimeError(
                        f"Clamp {which} value {shown} is outside the representable range of "
                        f"{_errors.SCALAR_TYPE[name]}"
                    )
                bounds[which] = lo if v < lo else hi if v > hi else v
            elif name in ("float16", "float32"):
                _check_scalar(v, name)
        if _GRAD[0] and _ad.requires_grad(self) and not any(hasattr(v, "_raw") for v in (min, max)):
            from .autograd.functions.numeric import Clamp

            return Clamp.apply(self, bounds["min"], bounds["max"])  # type: ignore[no-any-return]
        out: Any = self
        if bounds["min"] is not None:
            out = out._binary("maximum", bounds["min"])
        if bounds["max"] is not None:
            out = out._binary("minimum", bounds["max"])
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
        _require_tensor("logical_and", other)
        return self._binary("logical_and", other)  # type: ignore[attr-defined]

    def logical_or(self, other: Any) -> Tensor:
        """Return the elementwise logical OR as bool."""
        _require_tensor("logical_or", other)
        return self._binary("logical_or", other)  # type: ignore[attr-defined]

    def logical_xor(self, other: Any) -> Tensor:
        """Return the elementwise logical XOR as bool."""
        _require_tensor("logical_xor", other)
        return self._binary("logical_xor", other)  # type: ignore[attr-defined]

    def equal(self, other: Tensor) -> bool:
        """Return True when both tensors have the same shape and elements."""
        if tuple(self._raw.shape) != tuple(other._raw.shape):
            return False
        return bool(self._binary("eq", other).all().item())  # type: ignore[attr-defined]

    # ---- reductions ----

    def _unary_nograd(self, name: str) -> Tensor:
        return self._new(self._backend.unary(self._raw, name))

    def _reduce(self, op: str, dim: Any, keepdim: bool, dtype: Any = None) -> Tensor:
        dt = None if dtype is None else dtypes.to_dtype(dtype).name
        dims = _dims(dim, op)
        ag = self._ag
        if ag is not None and ag.requires_grad and _GRAD[0]:
            return _ad.reduce(self, op, dims, keepdim, dt)  # type: ignore[no-any-return]
        return self._new(self._backend.reduce(self._raw, op, dims, keepdim, dt))

    def _reduce_nograd(self, op: str, dims: Any, keepdim: bool, dt: Any) -> Tensor:
        return self._new(self._backend.reduce(self._raw, op, dims, keepdim, dt))

    def sum(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Sum over ``dim`` (an int, a tuple, or None for all); integers sum to int64."""
        return self._reduce("sum", dim, keepdim, dtype)

    def mean(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        """Mean over ``dim`` (floating point tensors only)."""
        return self._reduce("mean", dim, keepdim, dtype)

    def prod(
        self, dim: Optional[int] = None, keepdim: bool = False, *, dtype: Any = None
    ) -> Tensor:
        """Product over ``dim`` (an int) or over all elements."""
        if dim is not None and not hasattr(dim, "__index__"):
            raise TypeError(
                f"prod(): argument 'dim' (position 1) must be int, not {type(dim).__name__}"
            )
        return self._reduce("prod", dim, keepdim, dtype)

    def all(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        """Return True where every element along ``dim`` is nonzero."""
        return self._reduce("all", dim, keepdim)

    def any(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        """Return True where some element along ``dim`` is nonzero."""
        return self._reduce("any", dim, keepdim)

    def amax(self, dim: Any = (), keepdim: bool = False) -> Tensor:
        """Maximum over ``dim`` (a tuple; empty means all)."""
        return self._reduce("amax", None if dim in ((), []) else dim, keepdim)

    def amin(self, dim: Any = (), keepdim: bool = False) -> Tensor:
        """Minimum over ``dim`` (a tuple; empty means all)."""
        return self._reduce("amin", None if dim in ((), []) else dim, keepdim)

    def _minmax(self, is_max: bool, dim: Any, keepdim: bool) -> Any:
        name = "max" if is_max else "min"
        if dim is None:
            return self._reduce(name, None, False)
        if not isinstance(dim, int):
            from ._tensor import Tensor

            if isinstance(dim, Tensor):
                return self._binary("maximum" if is_max else "minimum", dim)  # type: ignore[attr-defined]
            if not hasattr(dim, "__index__"):
                raise TypeError(
                    f"{name}(): argument 'dim' (position 1) must be int, not {type(dim).__name__}"
                )
            dim = dim.__index__()
        rt = return_types.max if is_max else return_types.min
        if _GRAD[0] and _ad.requires_grad(self):
            return rt(*_ad.max_dim(self, dim, keepdim, is_max))
        v, i = self._backend.arg_reduce(self._raw, dim, keepdim, is_max, name)
        return rt(self._new(v), self._new(i))

    def max(self, dim: Any = None, keepdim: bool = False) -> Any:
        """Maximum of all elements, or ``(values, indices)`` along ``dim``."""
        return self._minmax(True, dim, keepdim)

    def min(self, dim: Any = None, keepdim: bool = False) -> Any:
        """Minimum of all elements, or ``(values, indices)`` along ``dim``."""
        return self._minmax(False, dim, keepdim)

    def _arg(self, name: str, dim: Any, keepdim: bool) -> Tensor:
        if self._raw.dtype == "bool":
            raise NotImplementedError(f"{name}(): does not support bool input")
        is_max = name == "argmax"
        return self._new(self._backend.arg_reduce(self._raw, dim, keepdim, is_max, name)[1])

    def argmax(self, dim: Optional[int] = None, keepdim: bool = False) -> Tensor:
        """Index of the first maximal element (flattened when ``dim`` is None)."""
        return self._arg("argmax", dim, keepdim)

    def argmin(self, dim: Optional[int] = None, keepdim: bool = False) -> Tensor:
        """Index of the first minimal element (flattened when ``dim`` is None)."""
        return self._arg("argmin", dim, keepdim)

    # ---- matrix products ----

    def matmul(self, other: Tensor) -> Tensor:
        """Matrix product with ``torch.matmul``'s broadcasting rules."""
        if other._backend is not self._backend:
            self._other(other)  # type: ignore[attr-defined]
        if _GRAD[0] and (_ad.requires_grad(self) or _ad.requires_grad(other)):
            return _ad.matmul(self, other)  # type: ignore[no-any-return]
        return self._new(self._backend.matmul(self._raw, other._raw))

    def mm(self, mat2: Tensor) -> Tensor:
        """Matrix product of two 2-D tensors."""
        if self._raw.ndim != 2:
            raise RuntimeError(f"mm: self must be a matrix, got {self._raw.ndim}-D tensor")
        if mat2._raw.ndim != 2:
            raise RuntimeError(f"mm: mat2 must be a matrix, got {mat2._raw.ndim}-D tensor")
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
        _check_inplace_allowed(self)
        _check_no_internal_overlap(self)
        if tuple(result._raw.shape) != tuple(self._raw.shape):
            raise RuntimeError(
                f"output with shape {list(self._raw.shape)} doesn't match the broadcast shape "
                f"{list(result._raw.shape)}"
            )
        dst, got = self._raw.dtype, result._raw.dtype
        if _CAN_CAST_ORDER[got] > _CAN_CAST_ORDER[dst]:
            names = _errors.SCALAR_TYPE
            raise RuntimeError(
                f"result type {names[got]} can't be cast to the desired output type {names[dst]}"
            )
        if _GRAD[0] and _ad.requires_grad(result):
            _inplace_fn.write(self, result)
        else:
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
        """Fill with ``value`` in place.

        Raises:
            RuntimeError: for a value tensor with dimensions or a value the dtype cannot hold.
        """
        if hasattr(value, "_raw"):
            if value._raw.ndim != 0:
                raise RuntimeError(
                    "fill_ only supports 0-dimension value tensor but got tensor with "
                    f"{value._raw.ndim} dimensions."
                )
            if _GRAD[0] and _ad.requires_grad(value):
                return self.copy_(value)
            value = value.item()
        elif not isinstance(value, (int, float)):
            if not isinstance(value, numbers.Real):
                raise TypeError(
                    "fill_(): argument 'value' (position 1) must be Number, not "
                    f"{type(value).__name__}"
                )
            value = value.item() if hasattr(value, "item") else float(value)
        _check_scalar(value, self._raw.dtype)
        _check_inplace_allowed(self)
        if _GRAD[0] and _ad.requires_grad(self):
            _inplace_fn.write(self, _inplace_fn.Fill.apply(self, value))
        else:
            self._backend.fill_(self._raw, value)
        return self  # type: ignore[return-value]

    def zero_(self) -> Tensor:
        """Fill with zeros in place."""
        if _GRAD[0] and _ad.requires_grad(self):
            _check_inplace_allowed(self)
            _inplace_fn.write(self, _inplace_fn.Zero.apply(self, 0))
            return self  # type: ignore[return-value]
        return self.fill_(0)

    def copy_(self, src: Tensor) -> Tensor:
        """Copy ``src`` into self (broadcasting and casting)."""
        from ._tensor import Tensor

        if isinstance(src, (int, float)):
            return self.fill_(src)  # PyTorch wraps a Python number into a 0-d tensor
        if not isinstance(src, Tensor):
            kind = type(src)
            name = (
                kind.__name__
                if kind.__module__ == "builtins"
                else (f"{kind.__module__}.{kind.__name__}")
            )
            raise TypeError(f"copy_(): argument 'other' (position 1) must be Tensor, not {name}")
        shape = list(self._raw.shape)
        if _broadcast_shape(shape, list(src._raw.shape)) != shape:
            raise RuntimeError(
                f"output with shape {shape} doesn't match the broadcast shape "
                f"{_broadcast_shape(shape, list(src._raw.shape))}"
            )
        _check_no_internal_overlap(self)
        _check_inplace_allowed(self)
        if src._backend is not self._backend:
            src = src.to(self.device)  # type: ignore[attr-defined]
        if _GRAD[0] and (_ad.requires_grad(self) or _ad.requires_grad(src)):
            _inplace_fn.write(self, _inplace_fn.Copy.apply(self, src))
        else:
            self._backend.copy_(self._raw, src._raw)
        return self  # type: ignore[return-value]


def _check_inplace_allowed(t: Any) -> None:
    """Refuse in-place writes to leaves that require grad, or their views, while recording."""
    if _GRAD[0]:
        _inplace_fn.check_inplace(t)
