"""``ferrotensor.cuda``: PyTorch's CUDA entry points, answered by the wgpu device.

``is_available()`` is True only for a hardware GPU adapter, so that scripts doing
``device = "cuda" if torch.cuda.is_available() else "cpu"`` never land on a slow
software adapter; ``FT_GPU_ALLOW_SOFTWARE=1`` lets lavapipe count (tests, CI).
"""

from __future__ import annotations

import os

from . import backends


def is_available() -> bool:
    """Return True when a GPU adapter usable for ``device="cuda"`` exists."""
    allow_software = os.environ.get("FT_GPU_ALLOW_SOFTWARE") == "1"
    return backends.gpu_is_available(allow_software)


def device_count() -> int:
    """Return 1 when a GPU is available, else 0."""
    return 1 if is_available() else 0


def manual_seed(seed: int) -> None:
    """Accepted for compatibility; the GPU has no separate generator yet."""


def synchronize() -> None:
    """Wait for queued GPU work to finish."""
    backends.gpu_synchronize()
