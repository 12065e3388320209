"""The wgpu adapter and device, created lazily on first use, and the GPU dtype table.

``import ferrotensor`` never imports ``wgpu``: the module is imported, and an
adapter requested, only when :func:`context` or :func:`is_available` is called.
"""

from __future__ import annotations

import threading
from typing import Any, Optional

from ... import _errors

# dtype name -> WGSL storage type. int64 is stored as i32 (checked narrowing at upload).
KIND = {"float32": "f32", "float16": "f16", "int32": "i32", "int64": "i32", "bool": "u32"}
ITEMSIZE = {"f32": 4, "i32": 4, "u32": 4, "f16": 2}
SOFTWARE_NAMES = ("llvmpipe", "lavapipe", "swiftshader", "software", "warp")

_LOCK = threading.Lock()
_STATE: dict[str, Any] = {"probed": False, "adapter": None, "context": None}


class GpuContext:
    """The device, its queue and the facts the ops need about them."""

    def __init__(self, adapter: Any) -> None:
        features = set(adapter.features)
        self.has_f16 = "shader-f16" in features
        limits = adapter.limits
        wanted = ("max-storage-buffer-binding-size", "max-buffer-size")
        required = {k: limits[k] for k in wanted if k in limits}
        self.device = adapter.request_device_sync(
            required_features=["shader-f16"] if self.has_f16 else [],
            required_limits=required,
        )
        self.queue = self.device.queue
        self.limits = self.device.limits
        self.adapter_info = dict(adapter.info)


def _probe() -> Optional[Any]:
    """Request a high-performance adapter once; None when wgpu or an adapter is missing."""
    with _LOCK:
        if not _STATE["probed"]:
            _STATE["probed"] = True
            try:
                import wgpu

                _STATE["adapter"] = wgpu.gpu.request_adapter_sync(
                    power_preference="high-performance"
                )
            except Exception:  # any failure means "no adapter"
                _STATE["adapter"] = None
        return _STATE["adapter"]


def is_available(allow_software: bool = False) -> bool:
    """Whether a wgpu adapter exists; software adapters count only if ``allow_software``."""
    adapter = _probe()
    if adapter is None:
        return False
    return allow_software or not _is_software(adapter)


def is_software_adapter() -> bool:
    """Whether the chosen adapter is a software rasteriser (lavapipe, llvmpipe, WARP)."""
    adapter = _probe()
    return adapter is not None and _is_software(adapter)


def _is_software(adapter: Any) -> bool:
    info = adapter.info
    if str(info.get("adapter_type", "")).upper() == "CPU":
        return True
    text = f"{info.get('vendor', '')} {info.get('device', '')}".lower()
    return any(name in text for name in SOFTWARE_NAMES)


def adapter_summary() -> str:
    """A one-line description of the chosen adapter (or why there is none)."""
    adapter = _probe()
    if adapter is None:
        return "no wgpu adapter"
    info = adapter.info
    return (
        f"{info.get('device', '?')} ({info.get('backend_type', '?')}, {info.get('adapter_type')})"
    )


def context() -> GpuContext:
    """The shared device context, created on first call.

    Raises:
        RuntimeError: when wgpu is not installed or finds no adapter.
    """
    ctx = _STATE["context"]
    if ctx is not None:
        return ctx  # type: ignore[no-any-return]
    adapter = _probe()
    if adapter is None:
        raise RuntimeError(
            "no wgpu adapter found; install wgpu (pip install wgpu) and a GPU driver, or Mesa's "
            "lavapipe (mesa-vulkan-drivers) for a software adapter"
        )
    with _LOCK:
        if _STATE["context"] is None:
            _STATE["context"] = GpuContext(adapter)
    return _STATE["context"]  # type: ignore[no-any-return]


def float64_unsupported() -> str:
    """Message of the RuntimeError for float64 on the wgpu device."""
    return (
        "float64 (double) is not supported on the wgpu device; convert the tensor with "
        ".float() first"
    )


def float16_unsupported() -> str:
    """Message of the RuntimeError for float16 on an adapter without shader-f16."""
    return (
        "float16 (half) needs the 'shader-f16' feature, which this wgpu adapter lacks; "
        "convert the tensor with .float() first"
    )


def storage_kind(dtype: str, op: str) -> str:
    """The WGSL storage type of ``dtype``; raises PyTorch-style errors naming ``op``.

    float64 and float16 without shader-f16 raise a RuntimeError; the dtypes with no
    storage type here (8/16-bit integers) raise ``"{op}_wgpu" not implemented for ...``
    as a NotImplementedError, the class PyTorch gives that message.
    """
    kind = KIND.get(dtype)
    if kind is None:
        if dtype == "float64":
            raise RuntimeError(float64_unsupported())
        raise NotImplementedError(_errors.no_kernel(f"{op}_wgpu", _errors.SCALAR_TYPE[dtype]))
    if kind == "f16" and not context().has_f16:
        raise RuntimeError(float16_unsupported())
    return kind
