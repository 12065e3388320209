"""THE place where a backend is chosen: ``backend_for(device)``.

Nothing else imports ``backends.cpu`` or ``backends.wgpu`` (ruff's banned-api
rule enforces it). The wgpu backend, and with it wgpu-py, loads on first use.
"""

from __future__ import annotations

from typing import Any

from ..device import device

_CACHE: dict[str, Any] = {}


def backend_for(dev: device) -> Any:
    """Return the backend object that runs ops for ``dev``."""
    kind = dev.type
    b = _CACHE.get(kind)
    if b is not None:
        return b
    if kind == "cpu":
        from .cpu import CpuBackend

        b = CpuBackend()
    elif kind == "wgpu":
        from .wgpu import WgpuBackend

        b = WgpuBackend()
    else:  # pragma: no cover - device() rejects other names
        raise RuntimeError(f"no backend for device type '{kind}'")
    _CACHE[kind] = b
    return b


def cpu_backend() -> Any:
    """The CPU backend (every tensor's home for host-side work)."""
    return backend_for(device("cpu"))


def gpu_is_available(allow_software: bool) -> bool:
    """Whether a wgpu adapter exists (hardware only unless ``allow_software``)."""
    try:
        from .wgpu import device as wgpu_device
    except ImportError:
        return False
    return bool(wgpu_device.is_available(allow_software))


def gpu_synchronize() -> None:
    """Flush and wait for queued GPU work, when the GPU backend is in use."""
    b = _CACHE.get("wgpu")
    if b is not None:
        b.synchronize()
