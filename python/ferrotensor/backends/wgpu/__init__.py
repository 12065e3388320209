"""The GPU backend through wgpu-py: ``WgpuBackend`` implements ``backends.base.Backend``.

Handles are :class:`~.buffers.GpuTensor` (a pooled buffer plus a ``_core.Layout``),
so views use the same Rust layout code as the CPU. Importing this package does not
import ``wgpu``; creating a ``WgpuBackend`` does (and picks the adapter).

Dtypes: float32, int32 and bool (as u32) are native; float16 needs the adapter's
``shader-f16``; int64 is stored as int32, with a checked narrowing on upload;
float64 raises a RuntimeError, the 8/16-bit integer dtypes a NotImplementedError.

Kernels so far: strided copies and casts, the binary ops (arithmetic, pow,
maximum/minimum, comparisons), neg/square/abs/relu/reciprocal/sqrt/rsqrt through the
binary kernel, sum and mean, and matmul; the index ops (``index``, ``gather``,
``scatter_``, masks, ...) run on the host through the CPU kernels (``host_index``);
other ops raise PyTorch's "no kernel" error (``"exp_wgpu" not implemented for
'Float'``, a NotImplementedError).

Dtypes the CPU refuses are refused here with the same exception class and message
(bool ``-``, ``//``, ``%``, ``**``, neg, abs and relu), except that a kernel name the
CPU spells ``..._cpu`` reads ``..._wgpu`` here: ``"abs_wgpu" not implemented for 'Bool'``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

import numpy as np

from ... import _core, _errors, dtypes
from .. import cpu_backend
from ..base import Number
from . import buffers, device, ops
from .buffers import GpuTensor
from .device import storage_kind
from .host_index import HostIndexMixin
from .pipelines import Kernels

__all__ = ["GpuTensor", "WgpuBackend"]


# Unary ops as (binary op, scalar, reverse); the binary kernel's promotion gives
# the unary dtype rules (ints to the default float for the float ops).
_UNARY_AS_BINARY = {
    "neg": ("mul", -1, False),
    "reciprocal": ("div", 1, True),
    "sqrt": ("pow", 0.5, False),
    "rsqrt": ("pow", -0.5, False),
    "relu": ("maximum", 0, False),
}
_NEG_BOOL = (
    "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert "
    "a mask, use the `~` or `logical_not()` operator instead."
)


def _no_kernel(op: str, dtype: str) -> NotImplementedError:
    return NotImplementedError(_errors.no_kernel(f"{op}_wgpu", _errors.SCALAR_TYPE[dtype]))


class WgpuBackend(HostIndexMixin):
    """Runs the op vocabulary with WGSL compute shaders on the chosen wgpu adapter."""

    name = "wgpu"

    def __init__(self) -> None:
        self.ctx = device.context()
        self.kernels = Kernels(self.ctx)

    # ---- creation and transfer ----
    def zeros(self, shape: Sequence[int], dtype: str) -> GpuTensor:
        """A zero-filled contiguous tensor."""
        return self.full(shape, 0, dtype)

    def full(self, shape: Sequence[int], value: Number, dtype: str) -> GpuTensor:
        """A contiguous tensor filled with ``value`` (filled by a shader, no upload)."""
        out = ops.empty(self.kernels, list(shape), dtype, "fill_")
        ops.fill(self.kernels, out, value)
        return out

    def arange(self, start: Number, end: Number, step: Number, dtype: str) -> GpuTensor:
        """``[start, end)`` in steps of ``step`` (computed on the CPU, then uploaded)."""
        storage_kind(dtype, "arange")
        cpu = cpu_backend()
        return self.from_numpy(cpu.to_numpy(cpu.arange(start, end, step, dtype)))

    def linspace(self, start: float, end: float, steps: int, dtype: str) -> GpuTensor:
        """``steps`` evenly spaced values (computed on the CPU, then uploaded)."""
        storage_kind(dtype, "linspace")
        cpu = cpu_backend()
        return self.from_numpy(cpu.to_numpy(cpu.linspace(start, end, steps, dtype)))

    def eye(self, n: int, m: int, dtype: str) -> GpuTensor:
        """An ``n x m`` identity (computed on the CPU, then uploaded)."""
        storage_kind(dtype, "eye")
        cpu = cpu_backend()
        return self.from_numpy(cpu.to_numpy(cpu.eye(n, m, dtype)))

    def from_numpy(self, arr: np.ndarray) -> GpuTensor:
        """Copy ``arr`` to the device (GPU memory is never shared with numpy)."""
        return buffers.upload(self.kernels, arr)

    def to_numpy(self, raw: GpuTensor) -> np.ndarray:
        """Copy the values to a new host array (submits queued work and waits)."""
        return ops.download(self.kernels, raw)

    def item(self, raw: GpuTensor) -> Number:
        """The single element as a Python number."""
        if raw.numel != 1:
            raise RuntimeError(_errors.item_numel(raw.numel))
        value: Number = self.to_numpy(raw).reshape(()).item()
        return value

    def synchronize(self) -> None:
        """Submit queued work and wait for the device to finish it."""
        self.kernels.synchronize()

    # ---- views (no data movement) ----
    def view(self, raw: GpuTensor, shape: Sequence[int]) -> GpuTensor:
        """``view``."""
        return raw.with_layout(raw.layout.view(list(shape)))

    def reshape(self, raw: GpuTensor, shape: Sequence[int]) -> GpuTensor:
        """``reshape``: a view when the strides allow, else a contiguous copy."""
        resolved, layout = raw.layout.reshape(list(shape))
        if layout is not None:
            return raw.with_layout(layout)
        return ops.clone(self.kernels, raw).with_layout(_core.Layout(list(resolved)))

    def permute(self, raw: GpuTensor, dims: Sequence[int]) -> GpuTensor:
        """``permute``."""
        return raw.with_layout(raw.layout.permute(list(dims)))

    def transpose(self, raw: GpuTensor, d0: int, d1: int) -> GpuTensor:
        """``transpose``."""
        return raw.with_layout(raw.layout.transpose(d0, d1))

    def expand(self, raw: GpuTensor, sizes: Sequence[int]) -> GpuTensor:
        """``expand``."""
        return raw.with_layout(raw.layout.expand(list(sizes)))

    def narrow(self, raw: GpuTensor, dim: int, start: int, length: int) -> GpuTensor:
        """``narrow``."""
        return raw.with_layout(raw.layout.narrow(dim, start, length))

    def slice(
        self, raw: GpuTensor, dim: int, start: Optional[int], stop: Optional[int], step: int
    ) -> GpuTensor:
        """``start:stop:step`` along ``dim``."""
        return raw.with_layout(raw.layout.slice(dim, start, stop, step))

    def select(self, raw: GpuTensor, dim: int, index: int) -> GpuTensor:
        """``select``."""
        return raw.with_layout(raw.layout.select(dim, index))

    def squeeze(self, raw: GpuTensor, dims: Optional[Sequence[int]]) -> GpuTensor:
        """``squeeze``."""
        return raw.with_layout(raw.layout.squeeze(None if dims is None else list(dims)))

    def unsqueeze(self, raw: GpuTensor, dim: int) -> GpuTensor:
        """``unsqueeze``."""
        return raw.with_layout(raw.layout.unsqueeze(dim))

    def flatten(self, raw: GpuTensor, start: int, end: int) -> GpuTensor:
        """``flatten`` (a view when possible)."""
        return self.reshape(raw, raw.layout.flatten_shape(start, end))

    def broadcast_to(self, raw: GpuTensor, shape: Sequence[int]) -> GpuTensor:
        """Broadcast view."""
        return raw.with_layout(raw.layout.broadcast_to(list(shape)))

    def as_strided(
        self,
        raw: GpuTensor,
        size: Sequence[int],
        stride: Sequence[int],
        offset: Optional[int] = None,
    ) -> GpuTensor:
        """A view with explicit geometry, refused when it reaches past the storage."""
        start = raw.layout.offset if offset is None else offset
        layout = _core.Layout(list(size), list(stride), start)
        if layout.numel > 0 and layout.extent > raw.storage.numel:
            raise RuntimeError(
                f"setStorage: sizes {list(size)}, strides {list(stride)}, storage offset "
                f"{start} are out of bounds for storage of size {raw.storage.numel}"
            )
        return raw.with_layout(layout)

    def same_storage(self, a: GpuTensor, b: GpuTensor) -> bool:
        """Whether two handles view the same storage."""
        return a.storage is b.storage

    # ---- copies ----
    def contiguous(self, raw: GpuTensor) -> GpuTensor:
        """``raw`` itself when contiguous, else a contiguous copy."""
        return raw if raw.is_contiguous() else ops.clone(self.kernels, raw)

    def clone(self, raw: GpuTensor) -> GpuTensor:
        """A contiguous copy sharing nothing."""
        return ops.clone(self.kernels, raw)

    def to(self, raw: GpuTensor, dtype: str) -> GpuTensor:
        """Cast (the same handle when the dtype matches)."""
        return ops.cast(self.kernels, raw, dtype)

    def copy_(self, raw: GpuTensor, src: Any) -> None:
        """Broadcast and cast ``src`` (a GPU or CPU handle) into ``raw`` in place."""
        if not isinstance(src, GpuTensor):  # cast on the host: the source may be float64
            cpu = cpu_backend()
            src = self.from_numpy(cpu.to_numpy(cpu.contiguous(cpu.to(src, raw.dtype))))
        view = src.with_layout(src.layout.broadcast_to(list(raw.shape)))
        ops.copy_into(self.kernels, raw, view)
        raw.storage.version += 1

    def fill_(self, raw: GpuTensor, value: Number) -> None:
        """Set every element in place."""
        ops.fill(self.kernels, raw, value)
        raw.storage.version += 1

    # ---- math ----
    def unary(self, raw: GpuTensor, op: str) -> GpuTensor:
        """Elementwise op of one operand: the few that the binary kernel can express."""
        k, df = self.kernels, dtypes._DEFAULT[0].name
        if raw.dtype == "bool":  # PyTorch's rules, as on the CPU
            if op == "neg":
                raise NotImplementedError(_NEG_BOOL)
            if op == "relu":
                raise NotImplementedError("Boolean inputs not supported for relu")
            if op == "abs":
                raise _no_kernel("abs", "bool")
            if op == "square":  # square is pow(x, 2): bool gives int64
                raw = ops.cast(k, raw, "int64")
        if op == "square":
            return ops.binary(k, raw, "mul", raw, False, df)
        if op == "abs":
            return ops.binary(k, raw, "maximum", self.unary(raw, "neg"), False, df)
        spec = _UNARY_AS_BINARY.get(op)
        if spec is None:
            raise _no_kernel(op, raw.dtype)
        return ops.binary(k, raw, spec[0], spec[1], spec[2], df)

    def binary(self, raw: GpuTensor, op: str, other: Any, reverse: bool = False) -> GpuTensor:
        """Elementwise op with broadcasting; ``other`` is a handle or a Python number."""
        return ops.binary(self.kernels, raw, op, other, reverse, dtypes._DEFAULT[0].name)

    def where(self, cond: GpuTensor, a: Any, b: Any) -> GpuTensor:
        """``where(cond, a, b)`` (no kernel yet)."""
        raise _no_kernel("where", a.dtype if isinstance(a, GpuTensor) else cond.dtype)

    def reduce(
        self,
        raw: GpuTensor,
        op: str,
        dims: Optional[Sequence[int]],
        keepdim: bool,
        dtype: Optional[str],
    ) -> GpuTensor:
        """``sum``, ``mean``, ``max``/``amax`` and ``min``/``amin`` over dims (None: all)."""
        return ops.reduce(self.kernels, raw, op, dims, keepdim, dtype)

    def arg_reduce(
        self, raw: GpuTensor, dim: Optional[int], keepdim: bool, is_max: bool, name: str
    ) -> tuple[GpuTensor, GpuTensor]:
        """Values and indices of the max or min along ``dim`` (no kernel yet)."""
        raise _no_kernel(name, raw.dtype)

    def matmul(self, a: GpuTensor, b: GpuTensor) -> GpuTensor:
        """``torch.matmul`` (float32, and float16 with shader-f16)."""
        return ops.matmul(self.kernels, a, b)

    # ---- along one dim: no kernels yet ----
    def scan(self, raw: GpuTensor, op: str, dim: int, dtype: Optional[str] = None) -> Any:
        """``cumsum``/``cumprod``/``logcumsumexp`` (no kernel yet)."""
        raise _no_kernel(op, raw.dtype)

    def scan_extreme(self, raw: GpuTensor, dim: int, is_max: bool) -> Any:
        """``cummax``/``cummin`` (no kernel yet)."""
        raise _no_kernel("cummax" if is_max else "cummin", raw.dtype)

    def sort(self, raw: GpuTensor, dim: int, descending: bool) -> Any:
        """Sort along ``dim`` (no kernel yet)."""
        raise _no_kernel("sort", raw.dtype)

    def topk(self, raw: GpuTensor, k: int, dim: int, largest: bool) -> Any:
        """``topk`` (no kernel yet)."""
        raise _no_kernel("topk", raw.dtype)

    def order_stat(self, raw: GpuTensor, pick: str, dim: int, keepdim: bool, k: int = 1) -> Any:
        """``kthvalue``/``median``/``nanmedian``/``mode`` (no kernel yet)."""
        raise _no_kernel(pick, raw.dtype)

    def unique(self, raw: GpuTensor, dim: Optional[int] = None, consecutive: bool = False) -> Any:
        """``unique`` (no kernel yet)."""
        raise _no_kernel("unique", raw.dtype)

    def searchsorted(
        self,
        boundaries: GpuTensor,
        values: Any,
        right: bool = False,
        out_int32: bool = False,
        sorter: Any = None,
    ) -> Any:
        """``searchsorted`` (no kernel yet)."""
        raise _no_kernel("searchsorted", boundaries.dtype)

    def logsumexp(self, raw: GpuTensor, dim: int, keepdim: bool) -> Any:
        """Fused ``logsumexp`` (no kernel yet)."""
        raise _no_kernel("logsumexp", raw.dtype)

    def gather_along(self, raw: GpuTensor, dim: int, idx: Any) -> Any:
        """Gather along a dim (no kernel yet)."""
        raise _no_kernel("gather", raw.dtype)

    def scatter_add_along(self, shape: Sequence[int], dim: int, idx: Any, src: GpuTensor) -> Any:
        """Scatter-add along a dim (no kernel yet)."""
        raise _no_kernel("scatter_add", src.dtype)
