"""dtype objects, the default dtype, promotion and casting, against PyTorch's recorded results."""

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from _torch_reference import (
    CAST_FROM_FLOAT64,
    CAST_INPUT,
    PROMOTE_TYPES,
    RESULT_TYPE_SCALAR,
    RESULT_TYPE_ZERO_DIM,
)

NAMES = ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]


def test_dtype_names_and_aliases():
    assert torch.float is torch.float32
    assert torch.double is torch.float64
    assert torch.half is torch.float16
    assert torch.long is torch.int64
    assert torch.int is torch.int32
    assert torch.short is torch.int16
    assert repr(torch.float32) == "ferrotensor.float32"
    assert torch.int8.itemsize == 1
    assert torch.float16.is_floating_point
    assert not torch.uint8.is_signed


def test_default_dtype_drives_python_floats():
    assert torch.get_default_dtype() is torch.float32
    assert torch.tensor(1.5).dtype is torch.float32
    torch.set_default_dtype(torch.float64)
    assert torch.tensor(1.5).dtype is torch.float64
    assert (torch.tensor([1, 2]) * 0.5).dtype is torch.float64
    assert torch.zeros(2).dtype is torch.float64


def test_set_default_dtype_rejects_integers():
    with pytest.raises(TypeError, match="only floating-point types"):
        torch.set_default_dtype(torch.int64)


@pytest.mark.parametrize(("a", "b"), list(PROMOTE_TYPES))
def test_promote_types_matches_pytorch(a, b):
    got = torch.promote_types(getattr(torch, a), getattr(torch, b))
    assert got.name == PROMOTE_TYPES[(a, b)]


@pytest.mark.parametrize(("a", "b"), list(PROMOTE_TYPES))
def test_binary_op_dtype_of_two_dim_tensors(a, b):
    x = torch.ones(2, dtype=getattr(torch, a))
    y = torch.ones(2, dtype=getattr(torch, b))
    want = PROMOTE_TYPES[(a, b)]
    if want == "bool":
        assert (x * y).dtype.name == "bool"
    else:
        assert (x + y).dtype.name == want


@pytest.mark.parametrize(("a", "b"), list(RESULT_TYPE_ZERO_DIM))
def test_zero_dim_operand_ranks_below_dimensioned(a, b):
    x = torch.ones(2, dtype=getattr(torch, a))
    y = torch.ones((), dtype=getattr(torch, b))
    assert torch.result_type(x, y).name == RESULT_TYPE_ZERO_DIM[(a, b)]
    assert (x * y).dtype.name == RESULT_TYPE_ZERO_DIM[(a, b)]


@pytest.mark.parametrize(("a", "s"), list(RESULT_TYPE_SCALAR))
def test_python_scalar_promotion(a, s):
    x = torch.ones(2, dtype=getattr(torch, a))
    assert torch.result_type(x, s).name == RESULT_TYPE_SCALAR[(a, s)]
    assert (x * s).dtype.name == RESULT_TYPE_SCALAR[(a, s)]


@pytest.mark.parametrize("name", list(CAST_FROM_FLOAT64))
def test_float_to_int_casts_truncate_then_wrap(name):
    t = torch.tensor(CAST_INPUT, dtype=torch.float64).to(getattr(torch, name))
    assert t.tolist() == CAST_FROM_FLOAT64[name]


@pytest.mark.parametrize("src", NAMES)
@pytest.mark.parametrize("dst", NAMES)
def test_every_cast_pair_agrees_with_numpy_on_safe_values(src, dst):
    vals = np.array([0, 1, 3, 7, 100], dtype=np.float64)
    if src == "bool" or dst == "bool":
        vals = np.array([0, 1, 1, 0, 1], dtype=np.float64)
    x = torch.tensor(vals).to(getattr(torch, src))
    y = x.to(getattr(torch, dst))
    assert y.dtype.name == dst
    np.testing.assert_array_equal(y.numpy(), vals.astype(src).astype(dst))


def test_anything_to_bool_is_nonzero():
    t = torch.tensor([0.0, -0.0, 0.1, float("nan"), -3.0]).bool()
    assert t.tolist() == [False, False, True, True, True]


def test_conversion_methods():
    x = torch.tensor([1.7, -2.2])
    assert x.long().dtype is torch.int64
    assert x.int().tolist() == [1, -2]
    assert x.short().dtype is torch.int16
    assert x.char().dtype is torch.int8
    assert x.byte().dtype is torch.uint8
    assert x.half().dtype is torch.float16
    assert x.double().dtype is torch.float64
    assert x.bool().dtype is torch.bool
    assert x.float() is x
