"""The index op vocabulary on the wgpu device, run on the host.

NOTE: there are no indexing shaders yet. Each op downloads its operands, runs the
CPU backend's kernel (with its index checks and errors) and uploads the result; the
in-place ops copy the host result back into the device tensor. Correct, but every
call pays two transfers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

from .. import cpu_backend
from .buffers import GpuTensor


class HostIndexMixin:
    """``index``, ``index_put_``, ``gather``, ``scatter_``, masks and ``nonzero`` via the CPU."""

    def from_numpy(self, arr: Any) -> GpuTensor:  # noqa: D102 - provided by WgpuBackend
        raise NotImplementedError

    def to_numpy(self, raw: GpuTensor) -> Any:  # noqa: D102 - provided by WgpuBackend
        raise NotImplementedError

    def copy_(self, raw: GpuTensor, src: Any) -> None:  # noqa: D102 - provided by WgpuBackend
        raise NotImplementedError

    def _host(self, raw: Any) -> Any:
        """A CPU handle with ``raw``'s values (CPU handles pass through)."""
        if isinstance(raw, GpuTensor):
            return cpu_backend().from_numpy(self.to_numpy(raw))
        return raw

    def _hosts(self, raws: Sequence[Optional[Any]]) -> list[Any]:
        return [None if r is None else self._host(r) for r in raws]

    def _upload(self, raw: Any) -> GpuTensor:
        cpu = cpu_backend()
        return self.from_numpy(cpu.to_numpy(cpu.contiguous(raw)))

    def index(self, raw: GpuTensor, indices: Sequence[Optional[Any]], oob: str) -> GpuTensor:
        """``raw[indices]`` (on the host: download, CPU kernel, upload)."""
        return self._upload(cpu_backend().index(self._host(raw), self._hosts(indices), oob))

    def index_put_(
        self,
        raw: GpuTensor,
        indices: Sequence[Optional[Any]],
        values: Any,
        accumulate: bool,
        oob: str,
    ) -> None:
        """``raw[indices] = values`` in place (on the host, then copied back)."""
        host = self._host(raw)
        cpu_backend().index_put_(host, self._hosts(indices), self._host(values), accumulate, oob)
        self.copy_(raw, host)

    def gather(self, raw: GpuTensor, dim: int, index: Any) -> GpuTensor:
        """``torch.gather`` (on the host)."""
        return self._upload(cpu_backend().gather(self._host(raw), dim, self._host(index)))

    def scatter_(
        self,
        raw: GpuTensor,
        dim: int,
        index: Any,
        src: Any,
        src_is_value: bool,
        reduce: str,
        include_self: bool,
    ) -> None:
        """``scatter_`` and its reductions in place (on the host, then copied back)."""
        host = self._host(raw)
        cpu_backend().scatter_(
            host, dim, self._host(index), self._host(src), src_is_value, reduce, include_self
        )
        self.copy_(raw, host)

    def masked_fill_(self, raw: GpuTensor, mask: Any, value: Any) -> None:
        """``masked_fill_`` (on the host, then copied back)."""
        host = self._host(raw)
        cpu_backend().masked_fill_(host, self._host(mask), self._host(value))
        self.copy_(raw, host)

    def masked_select(self, raw: GpuTensor, mask: Any) -> GpuTensor:
        """``masked_select`` (on the host)."""
        return self._upload(cpu_backend().masked_select(self._host(raw), self._host(mask)))

    def masked_scatter_(self, raw: GpuTensor, mask: Any, source: Any) -> None:
        """``masked_scatter_`` (on the host, then copied back)."""
        host = self._host(raw)
        cpu_backend().masked_scatter_(host, self._host(mask), self._host(source))
        self.copy_(raw, host)

    def nonzero(self, raw: GpuTensor) -> GpuTensor:
        """Coordinates of the nonzero elements (on the host)."""
        return self._upload(cpu_backend().nonzero(self._host(raw)))
