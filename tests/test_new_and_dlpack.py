"""``new_*`` factories, ``logspace``, ``empty_strided`` and DLPack exchange with numpy."""

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch


def test_new_factories_inherit_dtype_and_device():
    x = torch.ones(2, dtype=torch.int32)
    for out in (x.new_zeros(2, 3), x.new_ones((2, 3)), x.new_empty(2, 3), x.new_full((2, 3), 7)):
        assert out.dtype == torch.int32
        assert out.shape == (2, 3)
    assert x.new_full((2,), 7).tolist() == [7, 7]
    assert x.new_tensor([1.7, 2.2]).tolist() == [1, 2]
    y = x.new_zeros(3, dtype=torch.float64, requires_grad=True)
    assert y.dtype == torch.float64
    assert y.requires_grad


def test_new_tensor_copies():
    src = torch.tensor([1.0, 2.0])
    out = src.new_tensor(src)
    out[0] = 5.0
    assert src.tolist() == [1.0, 2.0]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((0, 3, 4), {}), ((-1, 1, 5), {"base": 2.0}), ((1, 2, 1), {}), ((0, 2, 0), {})],
)
def test_logspace_matches_numpy(args, kwargs):
    got = torch.logspace(*args, **kwargs)
    want = np.logspace(*args, **kwargs).astype(np.float32)
    assert got.dtype == torch.float32
    np.testing.assert_allclose(got.numpy(), want, rtol=1e-6)


def test_logspace_integer_dtype_and_bool_error():
    assert torch.logspace(0, 2, 3, dtype=torch.int64).tolist() == [1, 10, 100]
    with pytest.raises(NotImplementedError, match="logspace_cpu"):
        torch.logspace(0, 1, 2, dtype=torch.bool)


def test_empty_strided_has_the_requested_geometry():
    t = torch.empty_strided((2, 3), (1, 2))
    assert t.stride() == (1, 2)
    assert t.shape == (2, 3)
    with pytest.raises(RuntimeError, match="mismatch in length of strides and shape"):
        torch.empty_strided((2, 3), (1,))


@pytest.mark.parametrize(
    "dtype", ["float64", "float32", "float16", "int64", "int8", "uint8", "bool"]
)
def test_dlpack_round_trip_with_numpy_shares_memory(dtype):
    a = (np.arange(12).reshape(3, 4) % 3).astype(dtype)
    t = torch.from_dlpack(a)
    assert t.dtype == getattr(torch, dtype)
    back = np.from_dlpack(t)
    np.testing.assert_array_equal(back, a)
    if dtype != "bool":
        a[0, 0] = 2
        assert t[0, 0].item() == 2
        assert back[0, 0] == 2


def test_dlpack_export_of_a_strided_view_keeps_the_storage_alive():
    t = torch.arange(12.0).reshape(3, 4).t()
    arr = np.from_dlpack(t)
    del t
    np.testing.assert_array_equal(arr, np.arange(12.0).reshape(3, 4).T)
    assert torch.ones(1).__dlpack_device__() == (1, 0)


def test_dlpack_refuses_tensors_that_require_grad():
    x = torch.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match="Can't export tensors that require gradient"):
        x.__dlpack__()
    assert np.from_dlpack(x.detach()).tolist() == [1.0, 1.0]


def test_from_dlpack_rejects_other_objects():
    with pytest.raises(TypeError, match="expected an object with __dlpack__"):
        torch.from_dlpack([1, 2])
