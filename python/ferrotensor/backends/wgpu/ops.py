"""The wgpu backend's ops: downloads, strided copies and casts, binary ops, sum, matmul.

Dtype and op branching happens here (STYLE.md §8): each call picks a shader, an
entry point, an element type and override constants; the shader runs one
expression. Every dispatch is recorded into the current batch (``pipelines.Kernels``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ... import _core, _errors
from .buffers import FLOATS, NUMPY_OF_KIND, GpuTensor, scalar
from .device import ITEMSIZE, storage_kind
from .pipelines import Kernels, grid, pack_meta

WG_SIZE = 256
MM_TILE = 64  # TILE in shaders/matmul/tiled.wgsl
# Op codes of shaders/elementwise/binary.wgsl.
OP_CODE = {
    "add": 0, "sub": 1, "mul": 2, "div": 3, "pow": 4, "maximum": 6, "minimum": 7,
    "eq": 8, "ne": 9, "lt": 10, "le": 11, "gt": 12, "ge": 13,
}  # fmt: skip
POW_INT, LOGICAL_OR, LOGICAL_AND = 5, 14, 15
BOOL_CODE = {"add": LOGICAL_OR, "mul": LOGICAL_AND, "maximum": LOGICAL_OR,
             "minimum": LOGICAL_AND}  # fmt: skip
PREDICATES = frozenset(("eq", "ne", "lt", "le", "gt", "ge"))
# Binary ops PyTorch refuses for a bool result, with the kernel name its error gives.
# The CPU says "div_floor_cpu", "remainder_cpu" and "pow"; here _cpu reads _wgpu.
BOOL_UNSUPPORTED = {"floor_divide": "div_floor_wgpu", "remainder": "remainder_wgpu", "pow": "pow"}


# ---- layout helpers ----
def coalesce(
    shape: Sequence[int], strides: Sequence[Sequence[int]]
) -> tuple[list[int], list[list[int]]]:
    """Drop size-1 dims and merge neighbours every operand walks as one (fewer index steps)."""
    dims: list[tuple[int, list[int]]] = []
    for d, n in enumerate(shape):
        if n == 1:
            continue
        st = [s[d] for s in strides]
        if dims and all(p == c * n for p, c in zip(dims[-1][1], st)):
            dims[-1] = (dims[-1][0] * n, st)
        else:
            dims.append((n, st))
    return [n for n, _ in dims], [[st[k] for _, st in dims] for k in range(len(strides))]


def _flat_stride(t: GpuTensor) -> int | None:
    """1 for a contiguous tensor, 0 for a broadcast single element, else None."""
    if t.is_contiguous():
        return 1
    return 0 if not any(t.strides) else None


def empty(k: Kernels, shape: Sequence[int], dtype: str, op: str = "empty") -> GpuTensor:
    """A fresh contiguous tensor with undefined contents."""
    kind = storage_kind(dtype, op)
    return GpuTensor.contiguous_of(k.pool.alloc(math.prod(shape), kind), shape, dtype)


def elementwise(
    k: Kernels,
    shader: str,
    entry: str,
    wgsl_type: str,
    constants: tuple[tuple[str, int], ...],
    inputs: Sequence[GpuTensor],
    out: GpuTensor,
) -> None:
    """Dispatch an elementwise shader over ``out``'s shape (inputs already broadcast to it)."""
    numel = out.numel
    if numel == 0:
        return
    operands = (*inputs, out)
    flat = [_flat_stride(t) for t in operands]
    if None not in flat:  # the common case: contiguous operands and broadcast scalars
        shape, strides = [numel], [[f] for f in flat]
    else:
        shape, strides = coalesce(out.shape, [t.strides for t in operands])
    meta = pack_meta((numel, len(shape)), [t.offset for t in operands], shape, strides)
    pipe = k.pipeline(shader, entry, wgsl_type, (*constants, ("WG_SIZE", WG_SIZE)))
    k.dispatch(pipe, [t.storage for t in operands], meta, grid(-(-numel // WG_SIZE)))


# ---- downloads ----
def download(k: Kernels, t: GpuTensor) -> np.ndarray:
    """The values of ``t`` as a new, writable numpy array of ``t.dtype``."""
    np_dtype = np.dtype(t.dtype)
    if t.numel == 0:
        return np.zeros(t.shape, np_dtype)
    if not t.is_contiguous():
        t = clone(k, t)
    size = ITEMSIZE[t.kind]
    data = k.read(t.storage, t.offset * size, t.numel * size)
    arr = np.frombuffer(data, NUMPY_OF_KIND[t.kind]).reshape(t.shape)
    return arr if arr.dtype == np_dtype else arr.astype(np_dtype)


# ---- copies and casts ----
def copy_into(k: Kernels, dst: GpuTensor, src: GpuTensor) -> None:
    """``dst[...] = src`` elementwise (same shape), converting to ``dst``'s storage type."""
    if dst.kind == "u32" and src.kind != "u32":
        src = binary(k, src, "ne", 0, False, "float32")  # a cast to bool is x != 0
    if src.storage is dst.storage:
        src = clone(k, src)
    elementwise(k, "elementwise/contiguous", f"main_{src.kind}", dst.kind, (), [src], dst)


def clone(k: Kernels, t: GpuTensor) -> GpuTensor:
    """A contiguous copy of ``t`` in a new storage."""
    out = empty(k, t.shape, t.dtype, "clone")
    elementwise(k, "elementwise/contiguous", f"main_{t.kind}", t.kind, (), [t], out)
    return out


def cast(k: Kernels, t: GpuTensor, dtype: str) -> GpuTensor:
    """``t`` converted to ``dtype`` (a new tensor; ``t`` itself when the dtype matches)."""
    if dtype == t.dtype:
        return t
    if dtype == "bool":
        return binary(k, t, "ne", 0, False, "float32")
    out = empty(k, t.shape, dtype, "to")
    copy_into(k, out, t)
    return out


def fill(k: Kernels, t: GpuTensor, value: Any) -> None:
    """Set every element of ``t`` (any layout) to ``value``."""
    if t.numel == 0:
        return
    s = scalar(k, value, t.dtype)
    src = s.with_layout(s.layout.broadcast_to(list(t.shape)))
    elementwise(k, "elementwise/contiguous", f"main_{s.kind}", t.kind, (), [src], t)


# ---- binary ops ----
def _check_bool(op: str, a: str, b: str, result: str) -> None:
    """PyTorch's NotImplementedError for bool subtraction and bool ``//``, ``%`` and ``**``."""
    if op == "sub" and "bool" in (a, b):
        if a == b:
            raise NotImplementedError(
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the "
                "`^` or `logical_xor()` operator instead."
            )
        raise NotImplementedError(
            "Subtraction, the `-` operator, with a bool tensor is not supported. If you are "
            "trying to invert a mask, use the `~` or `logical_not()` operator instead."
        )
    if result == "bool" and op in BOOL_UNSUPPORTED:
        raise NotImplementedError(_errors.no_kernel(BOOL_UNSUPPORTED[op], "Bool"))


def _operand(other: Any, default_float: str) -> tuple[Any, str, str]:
    """(value, dtype, category) of a binary operand, PyTorch's promotion categories."""
    if isinstance(other, GpuTensor):
        return other, other.dtype, "dim" if other.ndim else "zerodim"
    if isinstance(other, np.generic):
        other = other.item()
    if isinstance(other, bool):
        return other, "bool", "scalar"
    if isinstance(other, int):
        return other, "int64", "scalar"
    if isinstance(other, float):
        return other, default_float, "scalar"
    raise TypeError(f"unsupported operand type: '{type(other).__name__}'")


def _in_kind(k: Kernels, t: GpuTensor, dtype: str, kind: str) -> GpuTensor:
    """``t`` readable as ``kind`` words: bool's 0/1 words already are valid i32."""
    if t.kind == kind or (t.kind == "u32" and kind == "i32"):
        return t
    return cast(k, t, dtype)


def binary(
    k: Kernels, a: GpuTensor, op: str, other: Any, reverse: bool, default_float: str
) -> GpuTensor:
    """``a op other`` (``other op a`` when ``reverse``) with broadcasting and promotion."""
    b, bdt, bcat = _operand(other, default_float)
    result = _core.result_type([(a.dtype, "dim" if a.ndim else "zerodim"), (bdt, bcat)])
    _check_bool(op, a.dtype, bdt, result)
    if op not in OP_CODE:
        raise NotImplementedError(_errors.no_kernel(f"{op}_wgpu", _errors.SCALAR_TYPE[result]))
    if op in PREDICATES:
        out_dt, compute = "bool", result
    elif op == "div" and result not in FLOATS:
        out_dt = compute = default_float
    else:
        out_dt = compute = result
    storage_kind(out_dt, op)
    if compute == "float16":
        compute = "float32"  # as on the CPU: half math runs in float, rounded at the end
    kind = storage_kind(compute, op)
    code = OP_CODE[op]
    if compute == "bool":
        code = BOOL_CODE.get(op, code)
    elif op == "pow" and kind == "i32":
        code = POW_INT
        if not isinstance(b, GpuTensor) and not reverse and b < 0:
            raise RuntimeError("Integers to negative integer powers are not allowed.")
    av = _in_kind(k, a, compute, kind)
    bv = b if not isinstance(b, GpuTensor) else _in_kind(k, b, compute, kind)
    if not isinstance(bv, GpuTensor):
        bv = scalar(k, bv, compute)
    if reverse:
        av, bv = bv, av
    shape = _core.broadcast_shapes(list(av.shape), list(bv.shape))
    av = av.with_layout(av.layout.broadcast_to(shape))
    bv = bv.with_layout(bv.layout.broadcast_to(shape))
    out = empty(k, shape, "bool" if op in PREDICATES else compute, op)
    elementwise(k, "elementwise/binary", "main", kind, (("OP", code),), [av, bv], out)
    if out_dt == "float16":
        return cast(k, out, "float16")
    out.dtype = out_dt
    return out


# ---- reductions ----
def _normalize_dims(dims: Sequence[int], ndim: int) -> list[int]:
    n = max(ndim, 1)
    out: list[int] = []
    for d in dims:
        if not -n <= d < n:
            raise IndexError(_errors.dim_out_of_range(d, ndim))
        d = d % n
        if d in out:
            raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
        out.append(d)
    return sorted(out)


_REDUCE_OP = {"sum": 0, "mean": 0, "max": 1, "amax": 1, "min": 2, "amin": 2}


def _sum_rows(
    k: Kernels, x: GpuTensor, rows: int, r: int, wgsl_type: str, code: int = 0
) -> GpuTensor:
    """Sums (max, min for ``code`` 1, 2) of the ``rows`` runs of ``r`` elements of ``x``."""
    parts = 1 if r <= 8192 or rows >= 256 else min(256, -(-r // 4096))
    chunk = -(-r // parts)
    groups = rows * parts
    shape, strides = coalesce(x.shape, [x.strides])
    meta = pack_meta(
        (rows * r, len(shape), r, chunk), (x.offset,), shape, strides, extra=(parts, groups)
    )
    wg = 64 if chunk <= 64 else 256
    out = GpuTensor.contiguous_of(k.pool.alloc(groups, x.kind), (rows, parts), x.dtype)
    pipe = k.pipeline(
        "reduce/sum",
        "main",
        wgsl_type,
        (("WG_SIZE", wg), ("OP", code), ("IS_FLOAT", int(wgsl_type == "f32"))),
    )
    k.dispatch(pipe, [x.storage, out.storage], meta, grid(groups))
    if parts > 1:
        return _sum_rows(k, out, rows, parts, wgsl_type, code)
    return out


def reduce(
    k: Kernels,
    x: GpuTensor,
    op: str,
    dims: Sequence[int] | None,
    keepdim: bool,
    dtype: str | None,
) -> GpuTensor:
    """``sum``, ``mean``, ``max``/``amax``, ``min``/``amin`` over ``dims`` (None: all).

    Output dtypes follow PyTorch: integer sums give int64; max and min keep the dtype.
    """
    if dtype is not None:
        x = cast(k, x, dtype)
    extreme = op in ("max", "amax", "min", "amin")
    if op not in ("sum", "mean") and not (extreme and x.dtype != "bool"):
        raise NotImplementedError(_errors.no_kernel(f"{op}_wgpu", _errors.SCALAR_TYPE[x.dtype]))
    if op == "mean" and x.dtype not in FLOATS:
        raise NotImplementedError(
            f"mean(): could not infer output dtype. {'Input' if dtype is None else 'Optional'} "
            "dtype must be either a floating point or complex dtype. Got: "
            f"{_errors.SCALAR_TYPE[x.dtype]}"
        )
    ndim, shape = x.ndim, x.shape
    dl = _normalize_dims(dims, ndim) if dims else list(range(ndim))
    dl = [d for d in dl if d < ndim]  # a 0-d tensor accepts dim 0 / -1
    out_dt = x.dtype if x.dtype in FLOATS or extreme else "int64"
    oshape = [1 if d in dl else n for d, n in enumerate(shape) if keepdim or d not in dl]
    if extreme and any(shape[d] == 0 for d in dl):
        from ..cpu import CpuBackend  # the CPU raises PyTorch's error for this case

        CpuBackend.reduce(CpuBackend.zeros(list(shape), x.dtype), op, dims, keepdim, None)
    kept = [d for d in range(ndim) if d not in dl]
    if x.dtype == "float16":
        x = cast(k, x, "float32")  # accumulate half in float, as the CPU does
    view = x.with_layout(x.layout.permute(kept + dl)) if ndim else x
    rows = math.prod(shape[d] for d in kept)
    r = math.prod(shape[d] for d in dl)
    if rows == 0:
        return empty(k, oshape, out_dt, op)
    wgsl_type = "f32" if x.kind == "f32" else "i32"
    if x.kind == "u32":
        view = GpuTensor(view.storage, view.layout, "int32")  # bool words are valid i32
    out = _sum_rows(k, view, rows, r, wgsl_type, _REDUCE_OP[op])
    out = out.with_layout(_core.Layout(oshape))
    if op == "mean":
        out = binary(k, out, "div", r, False, "float32")
    if extreme:
        out.dtype = "float32" if out.kind == "f32" else "int32"
    else:
        out.dtype = "float32" if out.kind == "f32" else "int64"
    return cast(k, out, out_dt)


# ---- matmul ----
def _dtype_name(dt: str) -> str:
    return _errors.SCALAR_TYPE[dt].lower().replace("long", "long int")


def _check_matmul(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    """PyTorch's shape errors for the 1-D and 2-D cases."""
    ra, rb = len(a), len(b)
    if ra == 0 or rb == 0:
        raise RuntimeError(
            f"both arguments to matmul need to be at least 1D, but they are {ra}D and {rb}D"
        )
    if ra == rb == 1 and a[0] != b[0]:
        raise RuntimeError(
            f"inconsistent tensor size, expected tensor [{a[0]}] and src [{b[0]}] to have the "
            f"same number of elements, but got {a[0]} and {b[0]} elements respectively"
        )
    if ra == 2 and rb == 1 and a[1] != b[0]:
        raise RuntimeError(f"size mismatch, got input ({a[0]}), mat ({a[0]}x{a[1]}), vec ({b[0]})")
    if rb == 2 and ra <= 2 and a[-1] != b[0]:
        m = a[0] if ra == 2 else 1
        raise RuntimeError(
            f"mat1 and mat2 shapes cannot be multiplied ({m}x{a[-1]} and {b[0]}x{b[1]})"
        )


def matmul(k: Kernels, a: GpuTensor, b: GpuTensor) -> GpuTensor:
    """``torch.matmul``: 1-D, 2-D and batched operands with broadcast batch dims."""
    if a.dtype != b.dtype:
        raise RuntimeError(
            "expected m1 and m2 to have the same dtype, but got: "
            f"{_dtype_name(a.dtype)} != {_dtype_name(b.dtype)}"
        )
    if a.dtype not in ("float32", "float16"):
        storage_kind(a.dtype, "addmm")  # float64's own message
        raise NotImplementedError(_errors.no_kernel("addmm_wgpu", _errors.SCALAR_TYPE[a.dtype]))
    kind = storage_kind(a.dtype, "addmm")
    _check_matmul(a.shape, b.shape)
    la = a.layout.unsqueeze(0) if a.ndim == 1 else a.layout
    lb = b.layout.unsqueeze(1) if b.ndim == 1 else b.layout
    (m, ka), (kb, n) = la.shape[-2:], lb.shape[-2:]
    bshape = list(_core.broadcast_shapes(list(la.shape[:-2]), list(lb.shape[:-2])))
    batch = math.prod(bshape)
    if ka != kb:
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: [{batch}, {ka}] "
            f"but got: [{batch}, {kb}]."
        )
    la, lb = la.broadcast_to([*bshape, m, ka]), lb.broadcast_to([*bshape, kb, n])
    out = empty(k, [*bshape, m, n], a.dtype, "addmm")
    final = [*bshape] + ([m] if a.ndim > 1 else []) + ([n] if b.ndim > 1 else [])
    if batch * m * n:
        nb = len(bshape)
        shape, strides = coalesce(bshape, [la.strides[:nb], lb.strides[:nb]])
        inner = (*la.strides[nb:], *lb.strides[nb:])
        pipe = k.pipeline("matmul/tiled", "main", kind)
        storages = [a.storage, b.storage, out.storage]
        for start in range(0, batch, 65535):
            meta = pack_meta(
                (batch, len(shape)), (la.offset, lb.offset), shape, strides,
                extra=(m, n, ka, start), inner=inner,
            )  # fmt: skip
            k.dispatch(
                pipe,
                storages,
                meta,
                (-(-n // MM_TILE), -(-m // MM_TILE), min(65535, batch - start)),
            )
    return out.with_layout(_core.Layout(final))
