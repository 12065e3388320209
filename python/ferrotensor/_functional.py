"""Module-level functions (``ferrotensor.add``, ``ferrotensor.sum``, ...) over Tensor methods."""

from __future__ import annotations

from typing import Any

from ._tensor import Tensor

# Functions that are exactly ``input.<name>(*args, **kwargs)``.
_METHOD_FUNCTIONS = [
    "abs",
    "neg",
    "negative",
    "sign",
    "exp",
    "log",
    "log2",
    "log10",
    "log1p",
    "expm1",
    "sqrt",
    "rsqrt",
    "reciprocal",
    "square",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "sinh",
    "cosh",
    "tanh",
    "sigmoid",
    "relu",
    "floor",
    "ceil",
    "round",
    "trunc",
    "logical_not",
    "bitwise_not",
    "isnan",
    "isinf",
    "isfinite",
    "add",
    "sub",
    "subtract",
    "mul",
    "multiply",
    "div",
    "divide",
    "true_divide",
    "floor_divide",
    "remainder",
    "maximum",
    "minimum",
    "atan2",
    "clamp",
    "clip",
    "clamp_min",
    "clamp_max",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "logical_and",
    "logical_or",
    "logical_xor",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "equal",
    "sum",
    "mean",
    "prod",
    "all",
    "any",
    "amax",
    "amin",
    "max",
    "min",
    "argmax",
    "argmin",
    "matmul",
    "mm",
    "dot",
    "view_as",
    "reshape",
    "permute",
    "transpose",
    "swapaxes",
    "swapdims",
    "t",
    "squeeze",
    "unsqueeze",
    "flatten",
    "ravel",
    "narrow",
    "select",
    "split",
    "chunk",
    "unbind",
    "clone",
    "numel",
    "bmm",
    "mv",
    "outer",
    "ger",
    "addmm",
    "addmv",
    "baddbmm",
    "as_strided",
    "diagonal",
    "diag",
    "trace",
    "tril",
    "triu",
    "norm",
    "index_select",
    "gather",
    "scatter",
    "scatter_add",
    "scatter_reduce",
    "index_add",
    "index_fill",
    "index_copy",
    "index_put",
    "index_put_",
    "masked_fill",
    "masked_select",
    "masked_scatter",
    "take",
    "take_along_dim",
    "nonzero",
    "argwhere",
]


def _make_function(name: str) -> Any:
    method = getattr(Tensor, name)

    def function(input: Tensor, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(input, Tensor):
            raise TypeError(
                f"{name}(): argument 'input' (position 1) must be Tensor, not "
                f"{type(input).__name__}"
            )
        return method(input, *args, **kwargs)

    function.__name__ = name
    function.__qualname__ = name
    function.__doc__ = method.__doc__
    return function


for _name in _METHOD_FUNCTIONS:
    globals()[_name] = _make_function(_name)

__all__ = [  # the generated names, then the hand-written ones
    *_METHOD_FUNCTIONS,
    "can_cast",
    "is_floating_point",
    "is_tensor",
    "pow",
    "promote_types",
    "result_type",
    "where",
]


def pow(input: Any, exponent: Any) -> Tensor:
    """Return ``input ** exponent``; either may be a Python number."""
    if isinstance(input, Tensor):
        return input.pow(exponent)
    if isinstance(exponent, Tensor):
        return exponent.__rpow__(input)
    raise TypeError("pow(): at least one argument must be a Tensor")


def where(condition: Tensor, input: Any = None, other: Any = None) -> Any:
    """Return elements of ``input`` where ``condition`` holds, else of ``other``.

    With only ``condition``, return ``condition.nonzero(as_tuple=True)``.
    """
    from ._tensor import _make

    if input is None and other is None:
        return condition.nonzero(as_tuple=True)  # type: ignore[no-any-return]
    from ._tensor_math import _check_scalar
    from .autograd import _dispatch as _ad
    from .autograd.grad_mode import _ENABLED

    if _ENABLED[0] and (_ad.requires_grad(input) or _ad.requires_grad(other)):
        return _ad.where(condition, input, other)  # type: ignore[no-any-return]
    b = condition._backend
    a_raw = input._raw if isinstance(input, Tensor) else input
    o_raw = other._raw if isinstance(other, Tensor) else other
    if not (isinstance(input, Tensor) and isinstance(other, Tensor)):
        # A Python number must fit an integer result dtype, as PyTorch checks when it
        # converts it (float results take inf instead).
        rt = result_type(input, other)
        for v in (input, other):
            if not isinstance(v, Tensor) and not rt.is_floating_point:
                _check_scalar(v, rt.name)
    return _make(b.where(condition._raw, a_raw, o_raw), b)


def is_tensor(obj: Any) -> bool:
    """Return True if ``obj`` is a ferrotensor Tensor."""
    return isinstance(obj, Tensor)


def is_floating_point(input: Tensor) -> bool:
    """Return True for floating point tensors."""
    return input.is_floating_point()


def result_type(tensor1: Any, tensor2: Any) -> Any:
    """Return the dtype PyTorch's promotion gives two operands (tensors or numbers)."""
    from . import _core, dtypes

    def tag(x: Any) -> tuple[str, str]:
        if isinstance(x, Tensor):
            return x._raw.dtype, ("zerodim" if x._raw.ndim == 0 else "dim")
        if isinstance(x, bool):
            return "bool", "scalar"
        if isinstance(x, int):
            return "int64", "scalar"
        return dtypes._DEFAULT[0].name, "scalar"

    return dtypes.BY_NAME[_core.result_type([tag(tensor1), tag(tensor2)])]


def promote_types(type1: Any, type2: Any) -> Any:
    """Return the smallest dtype both ``type1`` and ``type2`` convert to."""
    from . import _core, dtypes

    return dtypes.BY_NAME[_core.promote_types(type1.name, type2.name)]


def can_cast(from_: Any, to: Any) -> bool:
    """Return True when casting ``from_`` to ``to`` keeps the kind (bool < int < float)."""
    from . import _errors

    order = _errors.KIND_ORDER
    return order[from_.name] <= order[to.name]
