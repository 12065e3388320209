"""Zero-copy numpy interop in both directions, lifetimes, and refused inputs."""

from __future__ import annotations

import gc
import warnings

import numpy as np
import pytest

import ferrotensor as torch


@pytest.mark.parametrize(
    "dtype", ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]
)
def test_from_numpy_shares_memory_both_ways(dtype):
    arr = np.zeros((2, 3), dtype=dtype)
    t = torch.from_numpy(arr)
    assert t.dtype.name == dtype
    t[0, 1] = 1
    assert arr[0, 1] == 1
    arr[1, 2] = 1
    assert t[1, 2].item() == 1


def test_numpy_shares_memory_and_clone_breaks_the_link():
    t = torch.zeros(3)
    a = t.numpy()
    a[0] = 5
    assert t[0].item() == 5
    c = t.clone()
    c[1] = 7
    assert a[1] == 0
    assert np.shares_memory(a, t.numpy())


def test_numpy_array_outlives_the_tensor():
    t = torch.arange(1000, dtype=torch.float32)
    a = t.numpy()
    del t
    gc.collect()
    junk = [torch.ones(1000) for _ in range(20)]
    assert a[999] == 999.0
    assert float(a.sum()) == 999 * 1000 / 2
    del junk


def test_tensor_outlives_the_numpy_array():
    arr = np.arange(1000, dtype=np.int64)
    t = torch.from_numpy(arr)
    del arr
    gc.collect()
    junk = [np.ones(1000) for _ in range(20)]
    assert t.sum().item() == 999 * 1000 // 2
    del junk


def test_views_of_a_shared_tensor_write_through_to_numpy():
    arr = np.zeros((4, 4), dtype=np.float32)
    t = torch.from_numpy(arr)
    t.t()[1:3, 0] = 2.0
    np.testing.assert_array_equal(arr[0], [0, 2, 2, 0])


def test_strided_numpy_input_is_shared_with_its_strides():
    arr = np.arange(24, dtype=np.float64).reshape(4, 6)[::2, 1::2]
    t = torch.from_numpy(arr)
    assert t.shape == (2, 3)
    assert t.stride() == (12, 2)
    np.testing.assert_array_equal(t.numpy(), arr)


def test_negative_strides_are_refused_with_pytorchs_message():
    arr = np.arange(5.0)[::-1]
    with pytest.raises(
        ValueError, match="At least one stride in the given numpy array is negative"
    ):
        torch.from_numpy(arr)


@pytest.mark.parametrize("bad", [np.array(["a"]), np.array([1 + 2j]), np.array([object()])])
def test_unsupported_numpy_kinds_raise_type_error_naming_the_dtype(bad):
    with pytest.raises(TypeError, match=f"numpy.{bad.dtype.type.__name__}"):
        torch.from_numpy(bad)
    with pytest.raises(TypeError):
        torch.tensor(bad)


def test_non_native_byte_order_is_converted():
    arr = np.arange(4, dtype=">i4")
    t = torch.from_numpy(arr)
    assert t.tolist() == [0, 1, 2, 3]


def test_read_only_arrays_are_copied_with_a_warning():
    arr = np.arange(3.0)
    arr.flags.writeable = False
    with pytest.warns(UserWarning, match="not writable"):
        t = torch.from_numpy(arr)
    t[0] = 9.0
    assert arr[0] == 0.0


def test_numpy_of_a_tensor_that_requires_grad_raises():
    t = torch.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match=r"Can't call numpy\(\) on Tensor that requires grad"):
        t.numpy()
    assert t.detach().numpy().tolist() == [1.0, 1.0]


def test_array_protocol_and_item_and_tolist():
    t = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
    assert np.asarray(t).dtype == np.int32
    assert t.tolist() == [[1, 2], [3, 4]]
    assert torch.tensor(2.5).item() == 2.5
    assert isinstance(torch.tensor(3).item(), int)
    assert torch.tensor(True).item() is True


def test_item_on_many_elements_raises():
    with pytest.raises(
        RuntimeError, match="a Tensor with 2 elements cannot be converted to Scalar"
    ):
        torch.ones(2).item()


def test_zero_size_and_zero_dim_arrays():
    assert torch.from_numpy(np.zeros((0, 3))).shape == (0, 3)
    t = torch.from_numpy(np.array(4.0))
    assert t.dim() == 0
    assert t.item() == 4.0


def test_no_warning_for_ordinary_arrays():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        torch.from_numpy(np.ones(3))


def test_bool_array_with_non_canonical_bytes_is_normalised():
    raw = np.array([0, 1, 2, 255], dtype=np.uint8)
    t = torch.from_numpy(raw.view(np.bool_))
    assert t.tolist() == [False, True, True, True]
    assert (~t).tolist() == [True, False, False, False]
