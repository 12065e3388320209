"""Fixtures and helpers for tests that run shaders: the wgpu and CPU backends.

GPU tests skip when no wgpu adapter exists, except when ``FT_REQUIRE_WGPU=1``
(CI with lavapipe), where a missing adapter fails the test instead.
Import these fixtures into ``conftest.py``: ``wgpu_backend``, ``cpu_ref``, ``gpu_device``,
``check``, ``check_error``.
"""

from __future__ import annotations

import functools
import os
from typing import Any, Callable

import numpy as np
import pytest

from ferrotensor import backends
from ferrotensor.device import device


def require_wgpu() -> None:
    """Skip (or fail, under ``FT_REQUIRE_WGPU=1``) when no wgpu adapter exists."""
    if backends.gpu_is_available(True):
        return
    if os.environ.get("FT_REQUIRE_WGPU") == "1":
        pytest.fail("FT_REQUIRE_WGPU=1 but no wgpu adapter was found (is lavapipe installed?)")
    pytest.skip("no wgpu adapter")


@pytest.fixture(scope="session")
def wgpu_backend() -> Any:
    """The wgpu backend object (``backend_for(device("gpu"))``)."""
    require_wgpu()
    return backends.backend_for(device("gpu"))


@pytest.fixture(scope="session")
def cpu_ref() -> Any:
    """The CPU backend, the reference the GPU results are compared with."""
    return backends.cpu_backend()


@pytest.fixture
def gpu_device(wgpu_backend: Any) -> device:
    """``device("gpu")``, after checking that an adapter exists."""
    return device("gpu")


RNG = np.random.default_rng(0)


def rand(shape: tuple[int, ...], dtype: str = "float32") -> np.ndarray:
    """Seeded random values: uniform [-2, 2) floats, ints in [-5, 5], fair bools."""
    if dtype == "bool":
        return np.asarray(RNG.random(shape) > 0.5)
    if dtype in ("int32", "int64"):
        return RNG.integers(-5, 6, shape).astype(dtype)
    return RNG.uniform(-2, 2, shape).astype(dtype)


def same(
    g: Any, c: Any, fn: Callable[..., Any], *arrays: Any, rtol: float = 1e-5, atol: float = 1e-5
) -> None:
    """Run ``fn(backend, *handles)`` on both backends; compare dtype, shape and values."""
    gh = [g.from_numpy(a) if isinstance(a, np.ndarray) else a for a in arrays]
    ch = [c.from_numpy(a.copy()) if isinstance(a, np.ndarray) else a for a in arrays]
    want = c.to_numpy(fn(c, *ch))
    got = g.to_numpy(fn(g, *gh))
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    assert got.shape == want.shape, (got.shape, want.shape)
    if got.dtype.kind == "f":
        np.testing.assert_allclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
    else:
        np.testing.assert_array_equal(got, want)


@pytest.fixture
def check(wgpu_backend: Any, cpu_ref: Any) -> Callable[..., None]:
    """``check(fn, *arrays, rtol=, atol=)``: :func:`same` on the wgpu and CPU backends."""
    return functools.partial(same, wgpu_backend, cpu_ref)


def same_error(g: Any, c: Any, fn: Callable[..., Any], *arrays: Any) -> None:
    """Run ``fn(backend, *handles)`` on both backends; both must raise the same error.

    The same exception class and message, except that a kernel name the CPU spells
    ``..._cpu`` reads ``..._wgpu`` on the GPU (``"abs_wgpu" not implemented for 'Bool'``).
    """
    errors = []
    for be in (c, g):
        handles = [be.from_numpy(a.copy()) if isinstance(a, np.ndarray) else a for a in arrays]
        with pytest.raises(Exception) as info:  # noqa: PT011 (any class; compared below)
            fn(be, *handles)
        errors.append(info.value)
    want, got = errors
    assert type(got) is type(want), (type(got), type(want))
    assert str(got) == str(want).replace('_cpu"', '_wgpu"'), (str(got), str(want))


@pytest.fixture
def check_error(wgpu_backend: Any, cpu_ref: Any) -> Callable[..., None]:
    """``check_error(fn, *arrays)``: :func:`same_error` on the wgpu and CPU backends."""
    return functools.partial(same_error, wgpu_backend, cpu_ref)
