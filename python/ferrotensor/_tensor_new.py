"""``Tensor.new_*`` factories and DLPack export.

``new_*`` create tensors with self's dtype and device unless told otherwise.
DLPack export goes through numpy's exporter over a zero-copy view of the CPU
storage, so the capsule keeps that storage alive for its consumer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._tensor import Tensor

_KDLCPU = 1


class NewMixin:
    """``new_tensor``, ``new_zeros``, ``new_ones``, ``new_full``, ``new_empty`` and DLPack."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    def _defaults(self, dtype: Any, device: Any) -> tuple[Any, Any]:
        return (
            self.dtype if dtype is None else dtype,  # type: ignore[attr-defined]
            self.device if device is None else device,  # type: ignore[attr-defined]
        )

    def new_tensor(
        self, data: Any, *, dtype: Any = None, device: Any = None, requires_grad: bool = False
    ) -> Tensor:
        """A new tensor holding a copy of ``data``, with self's dtype and device by default."""
        from ._creation import tensor

        if hasattr(data, "_raw"):
            data = data.detach().cpu().numpy()
        dt, dev = self._defaults(dtype, device)
        return tensor(data, dtype=dt, device=dev, requires_grad=requires_grad)

    def new_zeros(
        self, *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False
    ) -> Tensor:
        """Zeros of ``size`` with self's dtype and device by default."""
        from ._creation import zeros

        dt, dev = self._defaults(dtype, device)
        return zeros(*size, dtype=dt, device=dev, requires_grad=requires_grad)

    def new_ones(
        self, *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False
    ) -> Tensor:
        """Ones of ``size`` with self's dtype and device by default."""
        from ._creation import ones

        dt, dev = self._defaults(dtype, device)
        return ones(*size, dtype=dt, device=dev, requires_grad=requires_grad)

    def new_empty(
        self, *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False
    ) -> Tensor:
        """An uninitialised (zero-filled) tensor of ``size``."""
        from ._creation import empty

        dt, dev = self._defaults(dtype, device)
        return empty(*size, dtype=dt, device=dev, requires_grad=requires_grad)

    def new_full(
        self,
        size: Any,
        fill_value: Any,
        *,
        dtype: Any = None,
        device: Any = None,
        requires_grad: bool = False,
    ) -> Tensor:
        """A tensor of ``size`` filled with ``fill_value``, with self's dtype by default."""
        from ._creation import full

        dt, dev = self._defaults(dtype, device)
        return full(size, fill_value, dtype=dt, device=dev, requires_grad=requires_grad)

    def __dlpack__(self, *, stream: Any = None, **kwargs: Any) -> Any:
        """Export as a DLPack capsule sharing memory (CPU tensors only)."""
        ag = getattr(self, "_ag", None)
        if ag is not None and ag.requires_grad:
            raise RuntimeError("Can't export tensors that require gradient, use tensor.detach()")
        if self._backend.name != "cpu":
            raise BufferError("DLPack export of GPU tensors is not supported; call .cpu() first")
        arr = self._backend.to_numpy(self._raw)
        return arr.__dlpack__(stream=stream, **kwargs)

    def __dlpack_device__(self) -> tuple[int, int]:
        """``(device type, device id)`` in DLPack's enumeration (1 is the CPU)."""
        if self._backend.name != "cpu":
            raise BufferError("DLPack export of GPU tensors is not supported")
        return (_KDLCPU, 0)
