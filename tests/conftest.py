"""Shared fixtures: default dtype and print options restored around every test."""

from __future__ import annotations

import pytest

import ferrotensor as torch
from _wgpu_fixtures import check, check_error, cpu_ref, gpu_device, wgpu_backend  # noqa: F401


@pytest.fixture(autouse=True)
def _restore_global_state():
    threads = torch.get_num_threads()
    yield
    torch.set_default_dtype(torch.float32)
    torch.set_printoptions(profile="default")
    torch.set_num_threads(threads)
