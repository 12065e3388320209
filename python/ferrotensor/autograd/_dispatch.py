"""Routing from Tensor methods to Functions when an input requires grad.

Tensor methods check ``_ag`` (None for tensors that never required grad) and grad
mode first, so the path without autograd stays as short as before.
"""

from __future__ import annotations

from typing import Any

from .functions import elementwise as ew
from .functions import matmul as mm
from .functions import movement as mv
from .functions import numeric as nm
from .functions import reduce as rd

# Ops whose results carry no gradient (bool or integer results, or piecewise constant).
NON_DIFFERENTIABLE = {
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
    "floor_divide",
    "logical_not",
    "bitwise_not",
    "isnan",
    "isinf",
    "isfinite",
    "sign",
    "floor",
    "ceil",
    "round",
    "trunc",
}


def requires_grad(x: Any) -> bool:
    """True for a tensor that requires grad."""
    ag = getattr(x, "_ag", None)
    return ag is not None and ag.requires_grad


def binary(a: Any, op: str, other: Any, reverse: bool) -> Any:
    """``a op other`` (or ``other op a``) recorded in the graph."""
    if op in NON_DIFFERENTIABLE:
        return a._binary_nograd(op, other, reverse)
    fn = ew.BINARY.get(op) or nm.BINARY.get(op)
    if fn is None:
        raise NotImplementedError(f"the derivative for '{op}' is not implemented.")
    x, y = (other, a) if reverse else (a, other)
    if not hasattr(y, "_raw"):
        fn = ew.SCALAR_OTHER.get(op, fn)
    elif not hasattr(x, "_raw"):
        fn = ew.SCALAR_SELF.get(op, fn)
    fn = getattr(fn, "scalar_variant", fn) if not hasattr(y, "_raw") else fn
    return fn.apply(x, y)


def unary(x: Any, op: str) -> Any:
    """``op(x)`` recorded in the graph."""
    if op in NON_DIFFERENTIABLE:
        return x._unary_nograd(op)
    fn = ew.UNARY.get(op) or nm.UNARY.get(op)
    if fn is None:
        raise NotImplementedError(f"the derivative for '{op}' is not implemented.")
    return fn.apply(x)


def reduce(x: Any, op: str, dims: Any, keepdim: bool, dtype: Any) -> Any:
    """Reductions recorded in the graph."""
    if op == "sum":
        return (rd.SumAll if dims is None else rd.Sum).apply(x, dims, keepdim, dtype)
    if op == "mean":
        return (rd.MeanAll if dims is None else rd.Mean).apply(x, dims, keepdim, dtype)
    if op == "prod":
        return (rd.ProdAll if dims is None else rd.Prod).apply(x, dims, keepdim, dtype)
    if op in ("all", "any"):
        return x._reduce_nograd(op, dims, keepdim, dtype)
    if op in ("max", "min", "amax", "amin"):
        kinds = {"max": rd.MaxAll, "min": rd.MinAll, "amax": rd.AMax, "amin": rd.AMin}
        return kinds[op].apply(x, op, dims, keepdim)
    raise NotImplementedError(f"the derivative for '{op}' is not implemented.")


_CLAMPS = {
    ("clamp", False): ew.Clamp,
    ("clamp", True): ew.ClampTensor,
    ("clamp_min", False): ew.ClampMin,
    ("clamp_min", True): ew.ClampMinTensor,
    ("clamp_max", False): ew.ClampMax,
    ("clamp_max", True): ew.ClampMaxTensor,
}


def clamp(x: Any, lo: Any, hi: Any, name: str = "clamp") -> Any:
    """``clamp``/``clamp_min``/``clamp_max`` recorded in the graph; bounds may be None."""
    tensor_bounds = hasattr(lo, "_raw") or hasattr(hi, "_raw")
    return _CLAMPS[name, tensor_bounds].apply(x, lo, hi)


where = ew.Where.apply


def view(x: Any, fn: Any, reshape: bool = False) -> Any:
    """A shape change recorded in the graph."""
    return (mv.Reshape if reshape else mv.View).apply(x, fn)


def matmul(a: Any, b: Any) -> Any:
    """``a @ b`` recorded in the graph."""
    return mm.matmul_function(a, b).apply(a, b)


permute = mv.Permute.apply
transpose = mv.Transpose.apply
t = mv.T.apply
expand = mv.Expand.apply
index = mv.Index.apply
clone = mv.Clone.apply
to_copy = mv.ToCopy.apply


def max_dim(x: Any, dim: int, keepdim: bool, is_max: bool) -> Any:
    """``max(dim)``/``min(dim)`` recorded in the graph: ``(values, indices)``."""
    return (rd.MaxDim if is_max else rd.MinDim).apply(x, dim, keepdim, is_max)
