"""GPU storage (pooled ``GPUBuffer``s), ``GpuTensor`` (the wgpu backend's handle), uploads.

A ``GpuTensor`` is a ``Storage`` plus a ``ferrotensor._core.Layout``: views share
the storage, as on the CPU. Buffers return to a size-class pool when their
storage dies. A buffer freed while the current batch is being recorded may still
be read by a dispatch of that batch: kernel outputs may reuse it at once (the
queue runs dispatches in order), but uploads may not, because
``queue.write_buffer`` lands before any command not yet submitted. So such a
buffer waits in ``_pending`` until :meth:`BufferPool.recycle` (after the submit).

The pool holds every buffer it created until :meth:`BufferPool.trim` destroys it, so a
buffer never dies with its storage: when a storage is part of a reference cycle (say, a
tensor in the frame of a caught exception), the cyclic GC would otherwise finalize the
``GPUBuffer`` (releasing its native handle) and then ``Storage.__del__`` would return the
dead buffer to the pool, and the next bind group using it would abort the process.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Callable, Optional

import numpy as np

from ... import _core
from .device import ITEMSIZE, storage_kind

if TYPE_CHECKING:
    from .pipelines import Kernels

MIN_BYTES = 256
_POW2_LIMIT = 4 << 20  # above 4 MiB, size classes step by 1 MiB instead of doubling
_STEP = 1 << 20
NUMPY_OF_KIND = {"f32": np.float32, "i32": np.int32, "u32": np.uint32, "f16": np.float16}
I32_MIN, I32_MAX = -(2**31), 2**31 - 1
FLOATS = frozenset(("float32", "float16", "float64"))
NUMPY_DTYPE = {"f4": "float32", "f2": "float16", "f8": "float64", "i8": "int64", "i4": "int32",
               "i2": "int16", "i1": "int8", "u1": "uint8", "b1": "bool"}  # fmt: skip


def size_class(nbytes: int) -> int:
    """The pooled size for a request of ``nbytes`` (at least 256 bytes)."""
    n = max(int(nbytes), MIN_BYTES)
    if n <= _POW2_LIMIT:
        return 1 << (n - 1).bit_length()
    return -(-n // _STEP) * _STEP


class Storage:
    """One GPU buffer holding elements of one WGSL type (``kind``)."""

    __slots__ = ("__weakref__", "_pool", "buffer", "kind", "nbytes", "version")

    def __init__(self, pool: Optional[BufferPool], buffer: Any, nbytes: int, kind: str) -> None:
        self._pool = pool
        self.buffer = buffer
        self.nbytes = nbytes
        self.kind = kind
        self.version = 0  # in-place writes so far (autograd checks saved tensors with it)

    @property
    def numel(self) -> int:
        """How many elements of ``kind`` the storage holds."""
        return self.nbytes // ITEMSIZE[self.kind]

    def __del__(self) -> None:
        pool = self._pool
        if pool is not None:
            with contextlib.suppress(Exception):  # at interpreter shutdown
                pool.release(self.buffer)


class BufferPool:
    """Reuses buffers by size class; freed buffers wait for the next submit."""

    def __init__(self, device: Any, max_free_bytes: int = 256 << 20) -> None:
        import wgpu

        self._device = device
        self.max_bytes = int(device.limits.get("max-storage-buffer-binding-size", 1 << 27))
        self._usage = wgpu.BufferUsage.STORAGE | wgpu.BufferUsage.COPY_SRC
        self._usage |= wgpu.BufferUsage.COPY_DST
        self._free: dict[int, list[Any]] = {}
        self._pending: dict[int, list[Any]] = {}
        self._owned: set[Any] = set()  # every live buffer (see the module docstring)
        self._free_bytes = 0
        self.max_free_bytes = max_free_bytes
        self.on_trim: Optional[Callable[[], None]] = None
        self.created = 0

    def alloc(self, nelem: int, kind: str, for_upload: bool = False) -> Storage:
        """A storage of at least ``nelem`` elements of ``kind`` (contents undefined).

        Args:
            nelem (int): the element count.
            kind (str): the WGSL element type.
            for_upload (bool): the caller writes it with ``queue.write_buffer``, so it must
                not be one the current batch still uses (default: False).
        """
        need = nelem * ITEMSIZE[kind]
        if need > self.max_bytes:
            raise RuntimeError(
                f"wgpu: a tensor of {nelem} elements ({need} bytes) exceeds this adapter's "
                f"max-storage-buffer-binding-size of {self.max_bytes} bytes"
            )
        nbytes = size_class(need)
        if nbytes > self.max_bytes:
            nbytes = -(-need // 4) * 4
        pending = None if for_upload else self._pending.get(nbytes)
        free = self._free.get(nbytes)
        if pending:
            buf = pending.pop()
        elif free:
            buf = free.pop()
            self._free_bytes -= nbytes
        else:
            buf = self._device.create_buffer(size=nbytes, usage=self._usage)
            self._owned.add(buf)
            self.created += 1
        return Storage(self, buf, nbytes, kind)

    def upload(self, arr: np.ndarray, kind: str) -> Storage:
        """A storage holding ``arr``'s bytes (C-contiguous, already of ``kind``'s numpy type)."""
        st = self.alloc(arr.size, kind, for_upload=True)
        data = arr.tobytes()
        if len(data) % 4:
            data += b"\0" * (4 - len(data) % 4)
        if data:
            self._device.queue.write_buffer(st.buffer, 0, data)
        return st

    def release(self, buffer: Any) -> None:
        """Take back a buffer: kernel outputs may reuse it now, uploads after :meth:`recycle`."""
        self._pending.setdefault(int(buffer.size), []).append(buffer)

    def recycle(self) -> None:
        """Call after each submit: pending buffers join the pool, which is then trimmed."""
        pending, self._pending = self._pending, {}
        for size, bufs in pending.items():
            self._free.setdefault(size, []).extend(bufs)
            self._free_bytes += size * len(bufs)
        if self._free_bytes > self.max_free_bytes:
            self.trim(self.max_free_bytes // 2)

    def trim(self, keep_bytes: int = 0) -> None:
        """Destroy free buffers, largest first, until at most ``keep_bytes`` stay pooled."""
        for size in sorted(self._free, reverse=True):
            bufs = self._free[size]
            while bufs and self._free_bytes > keep_bytes:
                buf = bufs.pop()
                self._owned.discard(buf)
                buf.destroy()
                self._free_bytes -= size
        if self.on_trim is not None:
            self.on_trim()


class GpuTensor:
    """The wgpu backend's tensor handle: a storage and a layout over it."""

    __slots__ = ("dtype", "layout", "storage")

    def __init__(self, storage: Storage, layout: Any, dtype: str) -> None:
        self.storage = storage
        self.layout = layout
        self.dtype = dtype

    @classmethod
    def contiguous_of(cls, storage: Storage, shape: Sequence[int], dtype: str) -> GpuTensor:
        """A row-major tensor at the start of ``storage``."""
        return cls(storage, _core.Layout(list(shape)), dtype)

    def with_layout(self, layout: Any) -> GpuTensor:
        """A view of the same storage."""
        return GpuTensor(self.storage, layout, self.dtype)

    @property
    def shape(self) -> tuple[int, ...]:  # noqa: D102
        return tuple(self.layout.shape)

    @property
    def strides(self) -> tuple[int, ...]:  # noqa: D102
        return tuple(self.layout.strides)

    @property
    def offset(self) -> int:  # noqa: D102
        return int(self.layout.offset)

    @property
    def ndim(self) -> int:  # noqa: D102
        return int(self.layout.ndim)

    @property
    def version(self) -> int:
        """The storage's count of in-place writes, shared by all its views."""
        return self.storage.version

    @property
    def numel(self) -> int:  # noqa: D102
        return int(self.layout.numel)

    @property
    def kind(self) -> str:
        """The WGSL storage type (``f32``, ``i32``, ``u32`` or ``f16``)."""
        return self.storage.kind

    @property
    def data_ptr(self) -> int:
        """A stable identity of the first element (not a host address)."""
        return id(self.storage.buffer) + self.offset * ITEMSIZE[self.storage.kind]

    def is_contiguous(self) -> bool:  # noqa: D102
        return bool(self.layout.is_contiguous())

    def __repr__(self) -> str:
        return f"GpuTensor(shape={list(self.shape)}, dtype={self.dtype})"


# ---- uploads ----
def int32_overflow(value: int) -> str:
    """Message of the RuntimeError for an integer the wgpu device cannot hold."""
    return (
        f"value {value} is out of range for the wgpu device, which stores int64 as int32 "
        f"(range [{I32_MIN}, {I32_MAX}])"
    )


def upload(k: Kernels, arr: np.ndarray) -> GpuTensor:
    """Copy a numpy array to a new GPU tensor (int64 is narrowed to int32, checked)."""
    arr = np.asarray(arr)
    dtype = NUMPY_DTYPE.get(f"{arr.dtype.kind}{arr.dtype.itemsize}")
    if dtype is None:
        raise TypeError(
            f"can't convert np.ndarray of type numpy.{arr.dtype.type.__name__}. The only "
            "supported types are: float64, float32, float16, int64, int32, int16, int8, uint8, "
            "and bool."
        )
    kind = storage_kind(dtype, "copy")
    if dtype == "int64" and arr.size:
        lo, hi = int(arr.min()), int(arr.max())
        if lo < I32_MIN or hi > I32_MAX:
            raise RuntimeError(int32_overflow(lo if lo < I32_MIN else hi))
    data = np.ascontiguousarray(arr, dtype=NUMPY_OF_KIND[kind])
    return GpuTensor.contiguous_of(k.pool.upload(data, kind), arr.shape, dtype)


def scalar(k: Kernels, value: Any, dtype: str) -> GpuTensor:
    """A cached zero-dim GPU tensor holding ``value`` converted to ``dtype``."""
    key = (dtype, repr(value))  # repr keeps -0.0, 1 and True apart
    cache = k.scalars
    hit = cache.get(key)
    if hit is not None:
        cache.move_to_end(key)
        return hit
    if dtype == "bool":
        v: Any = bool(value)
    elif dtype in FLOATS:
        v = float(value)
    else:
        v = int(value)
        if not I32_MIN <= v <= I32_MAX:
            raise RuntimeError(int32_overflow(v))
    t = upload(k, np.array(v, dtype=np.dtype(dtype)))
    cache[key] = t
    if len(cache) > 256:
        cache.popitem(last=False)
    return t
