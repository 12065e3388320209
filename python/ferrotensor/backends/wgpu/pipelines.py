"""Pipeline and bind-group caches, and the batched recorder that dispatches kernels.

NOTES-PERF.md prices a lone op (its own encoder, pass and submit) at about
108 µs on lavapipe and another dispatch inside an open pass at about 2 µs. So
dispatches are recorded into one open compute pass; their ``Meta`` records go
into one host-side block, written to a single uniform buffer (bound with a
dynamic offset per dispatch) just before the batch is submitted. A batch is
submitted when the host reads data, or when its meta block is full.
"""

from __future__ import annotations

import struct
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from . import shaders
from .buffers import BufferPool, Storage
from .device import GpuContext

# Meta struct (shaders/common/index.wgsl): head, offsets (u32 x 8), shape (u32 x 8),
# strides (i32 x 24), extra (u32 x 4), inner (i32 x 4).
META_FORMAT = struct.Struct("<16I24i4I4i")
MAX_RANK = 8
# How many read-only storage inputs each shader binds before its output.
INPUTS = {
    "elementwise/binary": 2,
    "elementwise/contiguous": 1,
    "reduce/sum": 1,
    "matmul/tiled": 2,
}
BATCH_SLOTS = 128  # dispatches per submitted batch
BIND_GROUP_CACHE = 1024


class Kernels:
    """Compiles and caches pipelines; records dispatches and submits them in batches."""

    def __init__(self, ctx: GpuContext) -> None:
        import wgpu

        self._wgpu = wgpu
        self.ctx = ctx
        dev = ctx.device
        self.pool = BufferPool(dev)
        self.pool.on_trim = self._bind_groups_clear
        align = int(ctx.limits.get("min-uniform-buffer-offset-alignment", 256))
        self.slot = -(-META_FORMAT.size // align) * align
        self._meta = bytearray(self.slot * BATCH_SLOTS)
        self._meta_buffer = dev.create_buffer(
            size=len(self._meta), usage=wgpu.BufferUsage.UNIFORM | wgpu.BufferUsage.COPY_DST
        )
        # A tiny buffer read back by synchronize(): wgpu 0.32's on_submitted_work_done_sync
        # fails in cffi, and read_buffer waits for all work submitted before it.
        self._fence = dev.create_buffer(size=4, usage=wgpu.BufferUsage.COPY_SRC)
        self._modules: dict[tuple[str, str], Any] = {}
        self._pipelines: dict[tuple[Any, ...], Any] = {}
        self._layouts: dict[int, tuple[Any, Any]] = {}
        self._bind_groups: OrderedDict[tuple[int, ...], Any] = OrderedDict()
        self._retired: list[Any] = []  # bind groups evicted while a batch was open
        self.scalars: OrderedDict[tuple[str, str], Any] = OrderedDict()  # see buffers.scalar
        self._encoder: Any = None
        self._pass: Any = None
        self._current: Any = None  # the pipeline last set in the open pass
        self._count = 0
        self.submits = 0
        self.dispatches = 0

    # ---- caches ----
    def _layout(self, n_in: int) -> tuple[Any, Any]:
        """Bind-group and pipeline layouts: n_in read-only inputs, an output, the meta."""
        hit = self._layouts.get(n_in)
        if hit is None:
            stage = self._wgpu.ShaderStage.COMPUTE
            entries = [
                {"binding": i, "visibility": stage, "buffer": {"type": "read-only-storage"}}
                for i in range(n_in)
            ]
            entries.append({"binding": n_in, "visibility": stage, "buffer": {"type": "storage"}})
            meta = {"type": "uniform", "has_dynamic_offset": True}
            meta["min_binding_size"] = META_FORMAT.size
            entries.append({"binding": n_in + 1, "visibility": stage, "buffer": meta})
            bgl = self.ctx.device.create_bind_group_layout(entries=entries)
            hit = (bgl, self.ctx.device.create_pipeline_layout(bind_group_layouts=[bgl]))
            self._layouts[n_in] = hit
        return hit

    def pipeline(
        self, shader: str, entry: str, wgsl_type: str, constants: tuple[tuple[str, int], ...] = ()
    ) -> Any:
        """The compute pipeline for (shader, entry point, element type, override constants)."""
        key = (shader, entry, wgsl_type, constants)
        p = self._pipelines.get(key)
        if p is None:
            module = self._modules.get((shader, wgsl_type))
            if module is None:
                code = shaders.compose(shader, wgsl_type)
                module = self.ctx.device.create_shader_module(label=shader, code=code)
                self._modules[(shader, wgsl_type)] = module
            stage = {"module": module, "entry_point": entry, "constants": dict(constants)}
            layout = self._layout(INPUTS[shader])[1]
            p = self.ctx.device.create_compute_pipeline(label=shader, layout=layout, compute=stage)
            self._pipelines[key] = p
        return p

    def _bind_group(self, n_in: int, storages: Sequence[Storage]) -> Any:
        key = (n_in, *(id(s.buffer) for s in storages))
        bg = self._bind_groups.get(key)
        if bg is not None:
            self._bind_groups.move_to_end(key)
            return bg
        entries = [
            {"binding": i, "resource": {"buffer": s.buffer, "size": s.nbytes}}
            for i, s in enumerate(storages)
        ]
        meta = {"buffer": self._meta_buffer, "offset": 0, "size": META_FORMAT.size}
        entries.append({"binding": len(storages), "resource": meta})
        bg = self.ctx.device.create_bind_group(layout=self._layout(n_in)[0], entries=entries)
        self._bind_groups[key] = bg
        if len(self._bind_groups) > BIND_GROUP_CACHE:
            # the open pass may still use it: keep it alive until the batch is submitted
            self._retired.append(self._bind_groups.popitem(last=False)[1])
        return bg

    def _bind_groups_clear(self) -> None:
        self._retired.extend(self._bind_groups.values())
        self._bind_groups.clear()

    # ---- recording ----
    def dispatch(
        self,
        pipeline: Any,
        storages: Sequence[Storage],
        meta: Sequence[int],
        groups: tuple[int, int, int],
    ) -> None:
        """Record one dispatch: ``storages`` are the inputs then the output."""
        if self._count == BATCH_SLOTS:
            self.flush()
        if self._pass is None:
            self._encoder = self.ctx.device.create_command_encoder()
            self._pass = self._encoder.begin_compute_pass()
            self._current = None
        off = self._count * self.slot
        META_FORMAT.pack_into(self._meta, off, *meta)
        bg = self._bind_group(len(storages) - 1, storages)
        if pipeline is not self._current:  # each wgpu-py call costs a few µs
            self._pass.set_pipeline(pipeline)
            self._current = pipeline
        self._pass.set_bind_group(0, bg, [off])
        self._pass.dispatch_workgroups(*groups)
        self._count += 1
        self.dispatches += 1

    def flush(self) -> None:
        """Submit the recorded batch (no wait); freed buffers then return to the pool."""
        if self._pass is None:
            return
        self._pass.end()
        used = self._count * self.slot
        self.ctx.queue.write_buffer(self._meta_buffer, 0, memoryview(self._meta)[:used])
        self.ctx.queue.submit([self._encoder.finish()])
        self._pass = self._encoder = None
        self._retired.clear()
        self._count = 0
        self.submits += 1
        self.pool.recycle()

    def read(self, storage: Storage, byte_offset: int, nbytes: int) -> bytearray:
        """Submit pending work and copy ``nbytes`` from ``storage`` to the host."""
        self.flush()
        start = byte_offset - byte_offset % 4
        stop = min(storage.nbytes, -(-(byte_offset + nbytes) // 4) * 4)
        if stop <= start:
            return bytearray()
        data = self.ctx.queue.read_buffer(storage.buffer, start, stop - start)
        lead = byte_offset - start
        return bytearray(memoryview(data)[lead : lead + nbytes])

    def synchronize(self) -> None:
        """Submit pending work and wait until the device is idle."""
        self.flush()
        self.ctx.queue.read_buffer(self._fence, 0, 4)


def grid(groups: int) -> tuple[int, int, int]:
    """A 2-D grid of ``groups`` 1-D workgroups (x capped at 65535, as WebGPU requires)."""
    if groups <= 65535:
        return (max(groups, 1), 1, 1)
    return (65535, -(-groups // 65535), 1)


def pack_meta(
    head: Sequence[int],
    offsets: Sequence[int],
    shape: Sequence[int],
    strides: Sequence[Sequence[int]],
    extra: Sequence[int] = (0, 0, 0, 0),
    inner: Sequence[int] = (0, 0, 0, 0),
) -> list[int]:
    """The flat field list of one Meta record (see ``shaders/common/index.wgsl``)."""
    rank = len(shape)
    if rank > MAX_RANK:
        raise RuntimeError(
            f"wgpu kernels support at most {MAX_RANK} dims after merging contiguous ones "
            f"(got {rank})"
        )
    pad = [0] * (MAX_RANK - rank)
    vals = [*head, 0, 0, 0, 0][:4] + [*offsets, 0, 0, 0, 0][:4] + [*shape, *pad]
    for k in range(3):
        vals += [*strides[k], *pad] if k < len(strides) else [0] * MAX_RANK
    return vals + [*extra, 0, 0, 0, 0][:4] + [*inner, 0, 0, 0, 0][:4]
