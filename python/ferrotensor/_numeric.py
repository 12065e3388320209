"""Module-level functions of the numeric family, with ``out=`` where PyTorch has it.

``ferrotensor.erf``, ``ferrotensor.sort``, ``ferrotensor.std_mean`` ..., ``out=`` on the
functions PyTorch gives it, and the module-level in-place forms (``ferrotensor.exp_``).
"""

from __future__ import annotations

from typing import Any

from . import _functional
from ._functional import _make_function
from ._out import with_out
from ._tensor import Tensor
from ._tensor_pointwise import INPLACE
from ._tensor_pointwise import isclose as _isclose
from ._tensor_pointwise import xlogy as _xlogy
from ._tensor_stats import std_mean as std_mean
from ._tensor_stats import var_mean as var_mean

# Functions that are exactly ``input.<name>(*args, **kwargs)``.
# fmt: off
_METHODS = [
    "asinh", "acosh", "atanh", "erf", "erfc", "erfinv", "exp2", "lgamma", "digamma", "frac",
    "logit", "sinc", "deg2rad", "rad2deg", "nan_to_num", "fmod", "copysign", "lerp", "addcmul",
    "addcdiv", "float_power", "clamp_min", "clamp_max", "absolute", "arcsin", "arccos", "arctan",
    "arcsinh", "arccosh", "arctanh", "arctan2", "fix", "greater", "greater_equal", "less",
    "less_equal", "not_equal", "cumsum", "cumprod", "logcumsumexp", "cummax", "cummin", "sort",
    "argsort", "msort", "topk", "kthvalue", "median", "nanmedian", "mode", "unique_consecutive",
    "count_nonzero", "var", "std", "logsumexp", "nansum", "nanmean", "aminmax",
]
# fmt: on

for _name in _METHODS:
    globals()[_name] = _make_function(_name)


def _tensor_arg(fn: str, pos: int, name: str, x: Any) -> None:
    if not isinstance(x, Tensor):
        raise TypeError(
            f"{fn}(): argument '{name}' (position {pos}) must be Tensor, not {type(x).__name__}"
        )


def hypot(input: Tensor, other: Tensor) -> Tensor:
    """Return ``sqrt(input**2 + other**2)`` elementwise."""
    _tensor_arg("hypot", 1, "input", input)
    _tensor_arg("hypot", 2, "other", other)
    return input.hypot(other)


def logaddexp(input: Tensor, other: Tensor) -> Tensor:
    """Return ``log(exp(input) + exp(other))`` elementwise."""
    _tensor_arg("logaddexp", 1, "input", input)
    _tensor_arg("logaddexp", 2, "other", other)
    return input.logaddexp(other)


def xlogy(input: Any, other: Any) -> Tensor:
    """Return ``input * log(other)``, zero where ``input`` is zero; either may be a number."""
    return _xlogy(input, other)  # type: ignore[no-any-return]


def isclose(
    input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False
) -> Tensor:
    """Return where ``|input - other| <= atol + rtol * |other|`` (or the two are equal)."""
    _tensor_arg("isclose", 1, "input", input)
    return _isclose(input, other, rtol, atol, equal_nan)  # type: ignore[no-any-return]


def allclose(
    input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False
) -> bool:
    """Return True when every element of ``input`` is close to ``other``."""
    _tensor_arg("allclose", 1, "input", input)
    return bool(_isclose(input, other, rtol, atol, equal_nan).all().item())


def polygamma(n: int, input: Tensor) -> Tensor:
    """Return the ``n``-th derivative of the digamma function of ``input``."""
    _tensor_arg("polygamma", 2, "input", input)
    return input.polygamma(n)


def float_power(input: Any, exponent: Any) -> Tensor:
    """Return ``input ** exponent`` in float64; either may be a number."""
    if isinstance(input, Tensor):
        return input.float_power(exponent)
    if not isinstance(exponent, Tensor):
        raise TypeError("float_power(): at least one argument must be a Tensor")
    return exponent._cast("float64").__rpow__(input)


def unique(
    input: Tensor,
    sorted: bool = True,
    return_inverse: bool = False,
    return_counts: bool = False,
    dim: Any = None,
) -> Any:
    """The sorted unique elements of ``input`` (see :meth:`Tensor.unique`)."""
    _tensor_arg("unique", 1, "input", input)
    return input.unique(sorted, return_inverse, return_counts, dim)


def searchsorted(
    sorted_sequence: Tensor,
    input: Any,
    *,
    out_int32: bool = False,
    right: bool = False,
    side: Any = None,
    sorter: Any = None,
) -> Tensor:
    """Indices where ``input`` would be inserted to keep ``sorted_sequence`` sorted.

    Args:
        sorted_sequence (Tensor): sorted along its last dim (1-D, or batched with the
            leading dims of ``input``).
        input (Tensor or number): the values to place.
        out_int32 (bool): return int32 instead of int64.
        right (bool): place after equal boundaries instead of before them.
        side (str, optional): ``"left"`` or ``"right"``, an alternative to ``right``.
        sorter (Tensor, optional): indices that sort an unsorted ``sorted_sequence``.
    """
    from ._tensor import _make

    if side is not None:
        if side not in ("left", "right"):
            raise RuntimeError(
                f"torch.searchsorted(): side can only be 'left' or 'right' but got {side}"
            )
        if right and side == "left":
            raise RuntimeError(
                "torch.searchsorted(): side and right can't be set to opposites, got side of "
                "left while right was True"
            )
        right = side == "right"
    b = sorted_sequence._backend
    if isinstance(input, Tensor):
        values = input._raw
    else:
        from ._functional import result_type

        values = b.full([], input, result_type(sorted_sequence, input).name)
    raw = b.searchsorted(
        sorted_sequence._raw,
        values,
        bool(right),
        bool(out_int32),
        None if sorter is None else sorter._raw,
    )
    return _make(raw, b)


def bucketize(
    input: Any, boundaries: Tensor, *, out_int32: bool = False, right: bool = False
) -> Tensor:
    """The index of the bucket of ``boundaries`` each element of ``input`` falls in."""
    if boundaries.dim() != 1:
        raise RuntimeError(
            f"boundaries tensor must be 1 dimension, but got dim({boundaries.dim()})"
        )
    return searchsorted(boundaries, input, out_int32=out_int32, right=right)


# out= on the functions PyTorch gives it (the new ones and the existing elementwise and
# reduction functions).
# fmt: off
_OUT = (
    [
        "abs", "neg", "negative", "sign", "exp", "log", "log2", "log10", "log1p", "expm1", "sqrt",
        "rsqrt", "reciprocal", "square", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
        "cosh", "tanh", "sigmoid", "floor", "ceil", "round", "trunc", "logical_not", "bitwise_not",
        "add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide",
        "floor_divide", "remainder", "maximum", "minimum", "atan2", "clamp", "clip", "eq", "ne",
        "lt", "le", "gt", "ge", "logical_and", "logical_or", "logical_xor", "bitwise_and",
        "bitwise_or", "bitwise_xor", "sum", "mean", "prod", "amax", "amin", "max", "min", "argmax",
        "argmin", "matmul", "mm", "dot", "pow",
    ]
    + [n for n in _METHODS if n not in ("count_nonzero", "unique_consecutive", "msort")]
    + ["hypot", "logaddexp", "xlogy", "polygamma", "float_power", "searchsorted", "bucketize"]
)
# fmt: on

for _name in _OUT:
    _fn = globals().get(_name) or getattr(_functional, _name)
    globals()[_name] = with_out(_fn, _name)


def _inplace_function(name: str) -> Any:
    method = getattr(Tensor, f"{name}_")

    def function(input: Tensor, *args: Any, **kwargs: Any) -> Any:
        return method(input, *args, **kwargs)

    function.__name__ = function.__qualname__ = f"{name}_"
    function.__doc__ = method.__doc__
    return function


for _name in INPLACE:
    globals()[f"{_name}_"] = _inplace_function(_name)
del _name

__all__ = sorted(
    {
        *_METHODS,
        *_OUT,
        *(f"{n}_" for n in INPLACE),
        "allclose",
        "isclose",
        "std_mean",
        "unique",
        "var_mean",
    }
)
