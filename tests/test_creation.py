"""Tensor creation against numpy values and PyTorch's dtypes and errors.

Expected dtypes, values and messages were recorded from PyTorch 2.15 (CPU).
"""

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from helpers import NP_DTYPE, assert_tensor, check_raises, dtype_name

NAN = float("nan")
INF = float("inf")
ONLY_FLOAT_GRAD = "Only Tensors of floating point and complex dtype can require gradients"


# ---- tensor(): dtype inference ----


@pytest.mark.parametrize(
    ("data", "dtype", "expected"),
    [
        (True, "bool", True),
        ([True, False], "bool", [True, False]),
        ([1, 2], "int64", [1, 2]),
        ([1.0, 2], "float32", [1.0, 2.0]),
        ([True, 1], "int64", [1, 1]),
        ([True, 1.5], "float32", [1.0, 1.5]),
        ([[1, 2], [3, 4]], "int64", [[1, 2], [3, 4]]),
        (((1, 2), (3, 4)), "int64", [[1, 2], [3, 4]]),
        ((True, 2), "int64", [1, 2]),
        (range(3), "int64", [0, 1, 2]),
        (3, "int64", 3),
        (3.5, "float32", 3.5),
        (-0.0, "float32", -0.0),
        ([], "float32", np.zeros(0)),
        ([[]], "float32", np.zeros((1, 0))),
        ([[], []], "float32", np.zeros((2, 0))),
        ([[], [1]], "float32", np.zeros((2, 0))),  # PyTorch skips the stores when numel is 0
        ([[[]]], "float32", np.zeros((1, 1, 0))),
    ],
)
def test_tensor_infers_python_data(data, dtype, expected):
    assert_tensor(torch.tensor(data), expected, dtype)


@pytest.mark.parametrize(
    ("data", "dtype", "expected"),
    [
        (np.float32(2.5), "float32", 2.5),
        (np.float64(2.5), "float64", 2.5),
        (np.float16(1.5), "float16", 1.5),
        (np.int32(7), "int32", 7),
        (np.int8(-7), "int8", -7),
        (np.uint8(200), "uint8", 200),
        (np.bool_(True), "bool", True),
        (np.array([1, 2], dtype=np.int16), "int16", [1, 2]),
        (np.array([1, 2], dtype=np.uint8), "uint8", [1, 2]),
        (np.array([[1.5]], dtype=np.float32), "float32", [[1.5]]),
        (np.array(3.0), "float64", 3.0),
        (np.array([], dtype=np.float64), "float64", np.zeros(0)),
        (np.array([True, False]), "bool", [True, False]),
    ],
)
def test_tensor_infers_numpy_dtype(data, dtype, expected):
    assert_tensor(torch.tensor(data), expected, dtype)


@pytest.mark.parametrize(
    ("data", "dtype", "expected"),
    [
        # leaves promote with promote_types, numpy scalars bringing their own dtype
        ([np.float32(1.0), np.float32(2.0)], "float32", [1.0, 2.0]),
        ([np.float64(1.0), 2], "float64", [1.0, 2.0]),
        ([1, np.float64(2)], "float64", [1.0, 2.0]),
        ([[np.float64(1.0)], [2]], "float64", [[1.0], [2.0]]),
        ([np.int32(1), 2], "int64", [1, 2]),
        ([np.int16(1), np.int8(2)], "int16", [1, 2]),
        ([np.int8(1), True], "int8", [1, 1]),
        ([True, np.int8(3)], "int8", [1, 3]),
        ([np.uint8(200), np.int8(-1)], "int16", [200, -1]),
        ([np.float16(1), 2.0], "float32", [1.0, 2.0]),
        ([np.int16(1), 2.5], "float32", [1.0, 2.5]),
        ([np.uint8(200), 3.5], "float32", [200.0, 3.5]),
    ],
)
def test_tensor_promotes_numpy_scalars_in_lists(data, dtype, expected):
    assert_tensor(torch.tensor(data), expected, dtype)


@pytest.mark.parametrize(
    ("make", "dtype", "expected"),
    [
        (lambda: [torch.tensor(1.0), torch.tensor(2.0)], "float32", [1.0, 2.0]),
        (lambda: [torch.tensor(1), torch.tensor(2)], "int64", [1, 2]),
        (lambda: [torch.tensor(1.0, dtype=torch.float64), 2], "float64", [1.0, 2.0]),
        (lambda: [torch.tensor(1, dtype=torch.int8), 2], "int64", [1, 2]),
        (lambda: [torch.tensor(1), 2.5], "float32", [1.0, 2.5]),
        (lambda: [torch.tensor([1])], "int64", [1]),  # a one-element tensor is a scalar
        (lambda: [np.array([1, 2]), np.array([3, 4])], "int64", [[1, 2], [3, 4]]),
        (lambda: [np.array([1.5]), np.array([2.5])], "float64", [[1.5], [2.5]]),
        (
            lambda: [np.array([1, 2], dtype=np.int16), np.array([3, 4], dtype=np.int16)],
            "int16",
            [[1, 2], [3, 4]],
        ),
        (lambda: [[1, 2], np.array([3, 4])], "int64", [[1, 2], [3, 4]]),
        (lambda: torch.tensor([1, 2], dtype=torch.int16), "int16", [1, 2]),
    ],
)
def test_tensor_of_tensors_and_arrays(make, dtype, expected):
    assert_tensor(torch.tensor(make()), expected, dtype)


def test_tensor_python_floats_follow_default_dtype():
    torch.set_default_dtype(torch.float64)
    assert_tensor(torch.tensor([1.5, 2]), [1.5, 2.0], "float64")
    assert_tensor(torch.tensor([]), np.zeros(0), "float64")
    assert_tensor(torch.tensor([np.float32(1.5)]), [1.5], "float32")
    assert_tensor(torch.tensor([1, 2]), [1, 2], "int64")


def test_tensor_copies_its_data():
    arr = np.array([1.0, 2.0])
    t = torch.tensor(arr)
    arr[0] = 9.0
    assert_tensor(t, [1.0, 2.0], "float64")
    src = torch.tensor([1, 2])
    t2 = torch.tensor(src)
    src[0] = 5
    assert_tensor(t2, [1, 2], "int64")


def test_tensor_of_noncontiguous_array():
    arr = np.arange(12.0).reshape(3, 4)[:, ::2].T
    assert_tensor(torch.tensor(arr), arr, "float64")


# ---- tensor(): explicit dtype ----


@pytest.mark.parametrize(
    ("data", "dtype", "expected"),
    [
        ([1, 2.5], torch.int64, [1, 2]),
        ([-1.7, 2.9], torch.int32, [-1, 2]),
        ([0.0, 1.5, -2], torch.bool, [False, True, True]),
        ([NAN], torch.bool, [True]),
        ([3, 0], torch.bool, [True, False]),
        ([True, False], torch.float16, [1.0, 0.0]),
        ([True, 2], torch.uint8, [1, 2]),
        ([-1], torch.uint8, [255]),  # negative ints wrap into uint8, as in PyTorch
        ([-255], torch.uint8, [1]),
        ([127.9], torch.int8, [127]),
        ([-128.0], torch.int8, [-128]),
        ([255.9], torch.uint8, [255]),
        ([127, -128], torch.int8, [127, -128]),
        ([2**63 - 1], torch.int64, [2**63 - 1]),
        ([2**63], torch.float64, [2.0**63]),
        ([1e40], torch.float32, [INF]),
        ([70000.0], torch.float16, [INF]),
        ([INF], torch.float16, [INF]),
        ([0.1], torch.float64, [0.1]),
        ([[1, 2]], torch.float64, [[1.0, 2.0]]),
        (2, torch.float16, 2.0),
        (np.array([300]), torch.uint8, [44]),  # arrays cast like tensors (wrap)
        (np.array([1.5, -2.5]), torch.int64, [1, -2]),
        (np.array([1, 2], dtype=np.int8), torch.float32, [1.0, 2.0]),
    ],
)
def test_tensor_explicit_dtype(data, dtype, expected):
    assert_tensor(torch.tensor(data, dtype=dtype), expected, dtype_name(dtype))


def test_tensor_explicit_float64_keeps_precision():
    assert torch.tensor(0.1, dtype=torch.float64).item() == 0.1
    assert torch.tensor(0.1).item() == float(np.float32(0.1))


@pytest.mark.parametrize(
    ("data", "dtype", "name"),
    [
        ([300, -1], torch.uint8, "uint8"),
        ([-256], torch.uint8, "uint8"),
        ([256], torch.uint8, "uint8"),
        ([-1.0], torch.uint8, "uint8"),
        ([-0.5], torch.uint8, "uint8"),
        ([-129], torch.int8, "int8"),
        ([128.0], torch.int8, "int8"),
        ([-128.5], torch.int8, "int8"),
        ([1.7, -300.5], torch.int8, "int8"),
        ([70000], torch.int16, "int16"),
        ([2**31], torch.int32, "int32"),
        (NAN, torch.int64, "int64"),
        ([NAN], torch.int64, "int64"),
        ([INF], torch.int64, "int64"),
        (INF, torch.int32, "int32"),
    ],
)
def test_tensor_explicit_dtype_overflow(data, dtype, name):
    check_raises(
        lambda: torch.tensor(data, dtype=dtype),
        RuntimeError,
        f"value cannot be converted to type {name} without overflow",
    )


@pytest.mark.parametrize(
    ("data", "dtype"),
    [(2**63, None), (2**64, None), ([2**63], None), ([-(2**63) - 1], None), (2**63, torch.uint8)],
)
def test_tensor_int_beyond_int64(data, dtype):
    check_raises(
        lambda: torch.tensor(data, dtype=dtype), ValueError, "Overflow when unpacking long long"
    )


def test_tensor_int64_extremes():
    assert_tensor(torch.tensor([-(2**63), 2**63 - 1]), [-(2**63), 2**63 - 1], "int64")


# ---- tensor(): errors ----


@pytest.mark.parametrize(
    ("data", "exc", "msg"),
    [
        ("abc", TypeError, "new(): invalid data type 'str'"),
        (b"ab", TypeError, "new(): invalid data type 'bytes'"),
        (["a"], ValueError, "too many dimensions 'str'"),
        (["ab", "cd"], ValueError, "too many dimensions 'str'"),
        ([[1, 2], "ab"], TypeError, "new(): invalid data type 'str'"),
        ([[1, 2], [3]], ValueError, "expected sequence of length 2 at dim 1 (got 1)"),
        ([[1], [2, 3]], ValueError, "expected sequence of length 1 at dim 1 (got 2)"),
        ([[1], []], ValueError, "expected sequence of length 1 at dim 1 (got 0)"),
        ([[1, 2], [3, 4, 5]], ValueError, "expected sequence of length 2 at dim 1 (got 3)"),
        ([[[1, 2]], [[3]]], ValueError, "expected sequence of length 2 at dim 2 (got 1)"),
        (
            [[[1, 2], [3, 4]], [[5, 6], [7]]],
            ValueError,
            "expected sequence of length 2 at dim 2 (got 1)",
        ),
        (
            [[[1, 2], [3, 4]], [[5, 6]]],
            ValueError,
            "expected sequence of length 2 at dim 1 (got 1)",
        ),
        ([[1, 2], 3], TypeError, "not a sequence"),
        ([1, [2, 3]], TypeError, "'list' object cannot be interpreted as an integer"),
        ([1.0, [2]], TypeError, "must be real number, not list"),
        (None, RuntimeError, "Could not infer dtype of NoneType"),
        ([None], RuntimeError, "Could not infer dtype of NoneType"),
        ([1, None], RuntimeError, "Could not infer dtype of NoneType"),
        ({1: 2}, RuntimeError, "Could not infer dtype of dict"),
        (object(), RuntimeError, "Could not infer dtype of object"),
        ([np.array(1.5), 2], TypeError, "len() of unsized object"),
    ],
)
def test_tensor_bad_data(data, exc, msg):
    check_raises(lambda: torch.tensor(data), exc, msg)


@pytest.mark.parametrize(
    ("make", "dtype", "exc", "msg"),
    [
        (
            lambda: [torch.tensor([1.0, 2.0])],
            None,
            ValueError,
            "only one element tensors can be converted to Python scalars",
        ),
        (
            lambda: [torch.tensor([1, 2]), torch.tensor([3, 4])],
            None,
            TypeError,
            "only integer tensors of a single element can be converted to an index",
        ),
        (
            lambda: [torch.tensor(1.5)],
            torch.int64,
            TypeError,
            "only integer tensors of a single element can be converted to an index",
        ),
        (
            lambda: [torch.tensor([1, 2])],
            torch.float32,
            ValueError,
            "only one element tensors can be converted to Python scalars",
        ),
    ],
)
def test_tensor_multi_element_tensor_leaves(make, dtype, exc, msg):
    data = make()
    check_raises(lambda: torch.tensor(data, dtype=dtype), exc, msg)


def test_tensor_requires_grad():
    t = torch.tensor([1.5], dtype=torch.float64, requires_grad=True)
    assert t.requires_grad
    assert not torch.tensor([1.5]).requires_grad


@pytest.mark.parametrize(
    "make",
    [
        lambda: torch.tensor([1], requires_grad=True),
        lambda: torch.tensor([1.0], dtype=torch.int64, requires_grad=True),
        lambda: torch.ones(2, dtype=torch.int64, requires_grad=True),
        lambda: torch.full((2,), 1, dtype=torch.int64, requires_grad=True),
        lambda: torch.arange(3, requires_grad=True),
        lambda: torch.eye(2, dtype=torch.int64, requires_grad=True),
        lambda: torch.zeros_like(torch.ones(2, dtype=torch.int64), requires_grad=True),
    ],
)
def test_integer_requires_grad_error(make):
    check_raises(make, RuntimeError, ONLY_FLOAT_GRAD)


# ---- zeros / ones / empty ----


@pytest.mark.parametrize(
    ("args", "kwargs", "shape"),
    [
        ((2, 3), {}, (2, 3)),
        (((2, 3),), {}, (2, 3)),
        (([2, 3],), {}, (2, 3)),
        ((torch.Size([2, 3]),), {}, (2, 3)),
        ((), {"size": (2, 3)}, (2, 3)),
        (((),), {}, ()),
        (([],), {}, ()),
        ((0,), {}, (0,)),
        ((2, 0, 3), {}, (2, 0, 3)),
        ((np.int64(3),), {}, (3,)),
        ((torch.tensor(3),), {}, (3,)),
        (((2, torch.tensor(3)),), {}, (2, 3)),
    ],
)
@pytest.mark.parametrize(("factory", "value"), [("zeros", 0.0), ("ones", 1.0), ("empty", None)])
def test_factory_shapes(factory, value, args, kwargs, shape):
    t = getattr(torch, factory)(*args, **kwargs)
    assert tuple(t.shape) == shape
    assert t.dtype is torch.float32
    assert t.is_contiguous()
    if 0 not in shape:
        assert t.stride() == tuple(s // 4 for s in np.zeros(shape, np.float32).strides)
    if value is not None:
        assert_tensor(t, np.full(shape, value), "float32")


@pytest.mark.parametrize(
    "dtype", [torch.float64, torch.float16, torch.int64, torch.int8, torch.uint8, torch.bool]
)
@pytest.mark.parametrize(("factory", "value"), [("zeros", 0), ("ones", 1), ("empty", None)])
def test_factory_dtype_keyword(factory, value, dtype):
    t = getattr(torch, factory)(2, 3, dtype=dtype)
    assert t.dtype is dtype
    if value is not None:
        assert_tensor(t, np.full((2, 3), value), dtype_name(dtype))


def test_factory_default_dtype_and_requires_grad():
    torch.set_default_dtype(torch.float64)
    assert torch.zeros(2).dtype is torch.float64
    assert torch.ones(2).dtype is torch.float64
    t = torch.ones(2, requires_grad=True)
    assert t.requires_grad
    assert t.is_leaf


def test_factory_strides_are_row_major():
    assert torch.zeros(2, 3, 4).stride() == (12, 4, 1)
    assert torch.ones(2, 3).stride() == (3, 1)


@pytest.mark.parametrize(
    ("fn", "msg"),
    [
        (lambda: torch.zeros(2, -1), "zeros: Dimension size must be non-negative."),
        (lambda: torch.zeros((2, -3)), "zeros: Dimension size must be non-negative."),
        (lambda: torch.zeros(-1), "zeros: Dimension size must be non-negative."),
        (lambda: torch.ones(2, -1), "Trying to create tensor with negative dimension -1: [2, -1]"),
        (lambda: torch.ones((-2,)), "Trying to create tensor with negative dimension -2: [-2]"),
        (lambda: torch.empty(-1), "Trying to create tensor with negative dimension -1: [-1]"),
        (
            lambda: torch.empty((3, -2)),
            "Trying to create tensor with negative dimension -2: [3, -2]",
        ),
        (
            lambda: torch.full((2, -1), 1.0),
            "Trying to create tensor with negative dimension -1: [2, -1]",
        ),
    ],
)
def test_factory_negative_dim(fn, msg):
    check_raises(fn, RuntimeError, msg)


@pytest.mark.parametrize(
    ("fn", "msg"),
    [
        (
            lambda: torch.zeros(2.5),
            "zeros(): argument 'size' (position 1) must be tuple of ints, not float",
        ),
        (
            lambda: torch.ones(2.5),
            "ones(): argument 'size' (position 1) must be tuple of ints, not float",
        ),
        (
            lambda: torch.zeros("a"),
            "zeros(): argument 'size' (position 1) must be tuple of ints, not str",
        ),
        (
            lambda: torch.zeros(2, 2.5),
            "zeros(): argument 'size' failed to unpack the object at pos 2 with error \"type must "
            'be tuple of ints,but got float"',
        ),
        (lambda: torch.zeros((2, 3), (4,)), "zeros() takes 1 positional argument but 2 were given"),
        (lambda: torch.zeros(), 'zeros() missing 1 required positional arguments: "size"'),
        (
            lambda: torch.full(3, 1.0),
            "full(): argument 'size' (position 1) must be tuple of ints, not int",
        ),
    ],
)
def test_factory_size_type_errors(fn, msg):
    check_raises(fn, TypeError, msg)


# ---- full ----


@pytest.mark.parametrize(
    ("size", "value", "dtype", "expected_dtype", "expected"),
    [
        ((2, 3), 7, None, "int64", 7),
        ((2, 3), 7.5, None, "float32", 7.5),
        ((2,), True, None, "bool", True),
        ([2, 3], 1, None, "int64", 1),
        ((2, 2), 7, torch.float64, "float64", 7.0),
        ((2, 2), 2.7, torch.int64, "int64", 2),
        ((2,), -1, torch.uint8, "uint8", 255),
        ((2,), 127.5, torch.int8, "int8", 127),
        ((2,), True, torch.int64, "int64", 1),
        ((2,), 1.5, torch.bool, "bool", True),
        ((2,), NAN, None, "float32", NAN),
        ((2,), INF, torch.float16, "float16", INF),
        ((2,), -INF, torch.float32, "float32", -INF),
        ((2,), 65504.0, torch.float16, "float16", 65504.0),
        ((2,), 1e300, torch.float64, "float64", 1e300),
        ((2,), 2**63 - 1, None, "int64", 2**63 - 1),
        ((), 3, None, "int64", 3),
        ([], 1.0, None, "float32", 1.0),
        ((0, 2), 1.0, None, "float32", np.zeros((0, 2))),
        ((2,), np.float32(1.5), None, "float32", 1.5),
        ((2,), np.int8(3), None, "int64", 3),
    ],
)
def test_full(size, value, dtype, expected_dtype, expected):
    t = torch.full(size, value, dtype=dtype)
    shape = tuple(size)
    assert_tensor(t, np.broadcast_to(np.asarray(expected), shape), expected_dtype)


@pytest.mark.parametrize(
    ("make", "dtype", "expected"),
    [
        (lambda: torch.tensor(3), "int64", 3),
        (lambda: torch.tensor(True), "bool", True),
        (lambda: torch.tensor(3, dtype=torch.int8), "int64", 3),
        (lambda: torch.tensor(3.0, dtype=torch.float64), "float32", 3.0),
    ],
)
def test_full_with_zero_dim_tensor_value(make, dtype, expected):
    assert_tensor(torch.full((2,), make()), [expected, expected], dtype)


@pytest.mark.parametrize(
    ("value", "dtype", "ctype"),
    [
        (300, torch.uint8, "uint8_t"),
        (-256, torch.uint8, "uint8_t"),
        (-0.9, torch.uint8, "uint8_t"),
        (-1.0, torch.uint8, "uint8_t"),
        (128, torch.int8, "int8_t"),
        (70000, torch.int16, "int16_t"),
        (2**31, torch.int32, "int"),
        (-2147483648.5, torch.int32, "int"),
        (2**63, torch.int64, "int64_t"),
        (2**63, None, "int64_t"),
        (9.3e18, torch.int64, "int64_t"),
        (NAN, torch.int64, "int64_t"),
        (1e39, torch.float32, "float"),
        (-1e39, torch.float32, "float"),
        (70000.0, torch.float16, "c10::Half"),
        (1e10, torch.float16, "c10::Half"),
    ],
)
def test_full_overflow(value, dtype, ctype):
    check_raises(
        lambda: torch.full((2,), value, dtype=dtype),
        RuntimeError,
        f"value cannot be converted to type {ctype} without overflow",
    )


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("a", "str"),
        (None, "NoneType"),
        (torch.tensor([3.0]), "Tensor"),
        (torch.tensor([3.0, 4.0]), "Tensor"),
    ],
)
def test_full_fill_value_type_error(value, kind):
    check_raises(
        lambda: torch.full((2,), value),
        TypeError,
        f"full(): argument 'fill_value' (position 2) must be Number, not {kind}",
    )


# ---- arange ----


@pytest.mark.parametrize(
    ("args", "kwargs", "dtype", "ref"),
    [
        ((5,), {}, "int64", np.arange(5)),
        ((1, 5), {}, "int64", np.arange(1, 5)),
        ((1, 10, 3), {}, "int64", np.arange(1, 10, 3)),
        ((10, 0, -3), {}, "int64", np.arange(10, 0, -3)),
        ((0, 0), {}, "int64", np.arange(0)),
        ((0, 1, 0.1), {}, "float32", np.arange(0, 1, 0.1)),
        ((5.0,), {}, "float32", np.arange(5.0)),
        ((1, 2.5, 0.5), {}, "float32", np.arange(1, 2.5, 0.5)),
        ((10, 1, -2.5), {}, "float32", np.arange(10, 1, -2.5)),
        ((-0.5, 0.5, 0.1), {}, "float32", np.arange(-0.5, 0.5, 0.1)),
        ((0, 5), {"dtype": torch.float32}, "float32", np.arange(5.0)),
        ((0, 3, 1), {"dtype": torch.float64}, "float64", np.arange(3.0)),
        ((0, 1, 0.3), {"dtype": torch.float64}, "float64", np.arange(0, 1, 0.3)),
        ((0, 5), {"dtype": torch.uint8}, "uint8", np.arange(5)),
        ((0, 5, 2), {"dtype": torch.int8}, "int8", np.arange(0, 5, 2)),
        ((-1.0, 1.0, 0.25), {"dtype": torch.float16}, "float16", np.arange(-1, 1, 0.25)),
        ((5,), {"dtype": torch.float16}, "float16", np.arange(5.0)),
        ((), {"end": 4}, "int64", np.arange(4)),
        ((), {"start": 1, "end": 4}, "int64", np.arange(1, 4)),
        ((torch.tensor(3),), {}, "int64", np.arange(3)),
        ((torch.tensor(3.0),), {}, "float32", np.arange(3.0)),
        ((np.float32(3.0),), {}, "float32", np.arange(3.0)),
        ((np.int64(3),), {}, "int64", np.arange(3)),
    ],
)
def test_arange(args, kwargs, dtype, ref):
    assert_tensor(torch.arange(*args, **kwargs), ref, dtype, rtol=1e-6, atol=1e-6)


def test_arange_default_dtype():
    torch.set_default_dtype(torch.float64)
    assert_tensor(torch.arange(0, 1, 0.25), np.arange(0, 1, 0.25), "float64")
    assert_tensor(torch.arange(3), np.arange(3), "int64")


def test_arange_requires_grad():
    assert torch.arange(3.0, requires_grad=True).requires_grad


@pytest.mark.parametrize(
    ("fn", "exc", "msg"),
    [
        (lambda: torch.arange(0, 5, 0), RuntimeError, "step must be nonzero"),
        (
            lambda: torch.arange(1, 4, dtype=torch.bool),
            NotImplementedError,
            "\"arange_cpu\" not implemented for 'Bool'",
        ),
        (
            lambda: torch.arange(torch.tensor([3.0])),
            TypeError,
            "arange(): argument 'end' (position 1) must be Number, not Tensor",
        ),
        (
            lambda: torch.arange("a"),
            TypeError,
            "arange(): argument 'end' (position 1) must be Number, not str",
        ),
    ],
)
def test_arange_errors(fn, exc, msg):
    check_raises(fn, exc, msg)


@pytest.mark.parametrize("args", [(0, -5), (0, 5, -1)])
def test_arange_step_sign_error(args):
    check_raises(
        lambda: torch.arange(*args),
        RuntimeError,
        "upper bound and lower bound inconsistent with step sign",
    )


def test_arange_nan_bound_error():
    check_raises(lambda: torch.arange(0, NAN), RuntimeError, "unsupported range: 0 -> nan")


# ---- linspace ----


@pytest.mark.parametrize(
    ("args", "dtype", "expected_dtype"),
    [
        ((0, 1, 5), None, "float32"),
        ((0, 1, 2), None, "float32"),
        ((0, 1, 0), None, "float32"),
        ((0, 1, 11), None, "float32"),
        ((1, 0, 5), None, "float32"),
        ((5, 5, 3), None, "float32"),
        ((-2.5, 7.25, 40), None, "float32"),
        ((0, 10, 7), torch.float64, "float64"),
        ((1e10, 1e10 + 10, 3), torch.float64, "float64"),
        ((0.0, 1.0, 3), torch.float16, "float16"),
        ((torch.tensor(0.0), 1, 3), None, "float32"),
    ],
)
def test_linspace(args, dtype, expected_dtype):
    start, end, steps = args
    ref = np.linspace(float(start), float(end), steps)
    atol = 1e-3 if expected_dtype == "float16" else 1e-6
    assert_tensor(torch.linspace(*args, dtype=dtype), ref, expected_dtype, atol=atol, rtol=1e-6)


@pytest.mark.parametrize(
    ("args", "dtype", "expected"),
    [
        ((-3, 3, 7), torch.int64, [-3, -2, -1, 0, 1, 2, 3]),
        ((0, 10, 4), torch.int64, [0, 3, 6, 10]),
        ((-1, 1, 4), torch.int64, [-1, 0, 0, 1]),
        ((0, 1, 5), torch.int32, [0, 0, 0, 0, 1]),
        ((0, 100, 4), torch.uint8, [0, 33, 66, 100]),
        ((-10, 10, 5), torch.int8, [-10, -5, 0, 5, 10]),
    ],
)
def test_linspace_integer_dtypes(args, dtype, expected):
    assert_tensor(torch.linspace(*args, dtype=dtype), expected, dtype_name(dtype))


def test_linspace_one_step_is_start():
    assert_tensor(torch.linspace(0, 1, 1), [0.0], "float32")
    assert_tensor(torch.linspace(3, -1, 1), [3.0], "float32")


@pytest.mark.parametrize(
    ("fn", "exc", "msg"),
    [
        (lambda: torch.linspace(0, 1, -1), RuntimeError, "number of steps must be non-negative"),
        (
            lambda: torch.linspace(0, 1, 5, dtype=torch.bool),
            NotImplementedError,
            "\"linspace_cpu\" not implemented for 'Bool'",
        ),
    ],
)
def test_linspace_errors(fn, exc, msg):
    check_raises(fn, exc, msg)


def test_linspace_steps_must_be_int():
    with pytest.raises(TypeError):
        torch.linspace(0, 1, 2.5)


def test_linspace_requires_grad():
    assert torch.linspace(0, 1, 3, requires_grad=True).requires_grad


# ---- eye ----


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((3,), {}),
        ((2, 4), {}),
        ((4, 2), {}),
        ((0,), {}),
        ((0, 3), {}),
        ((3, 0), {}),
        ((2,), {"m": 3}),
        ((), {"n": 2}),
    ],
)
def test_eye_shapes(args, kwargs):
    n = args[0] if args else kwargs["n"]
    m = args[1] if len(args) > 1 else kwargs.get("m", n)
    assert_tensor(torch.eye(*args, **kwargs), np.eye(n, m), "float32")


@pytest.mark.parametrize(
    "dtype", [torch.float64, torch.float16, torch.int64, torch.uint8, torch.bool]
)
def test_eye_dtypes(dtype):
    assert_tensor(torch.eye(3, 2, dtype=dtype), np.eye(3, 2), dtype_name(dtype))


@pytest.mark.parametrize(
    ("fn", "exc", "msg"),
    [
        (lambda: torch.eye(-1), RuntimeError, "n must be greater or equal to 0, got -1"),
        (lambda: torch.eye(2, -1), RuntimeError, "m must be greater or equal to 0, got -1"),
        (
            lambda: torch.eye(2.5),
            TypeError,
            "eye(): argument 'n' (position 1) must be int, not float",
        ),
    ],
)
def test_eye_errors(fn, exc, msg):
    check_raises(fn, exc, msg)


def test_eye_m_must_be_int():
    with pytest.raises(TypeError):
        torch.eye(2, 2.0)


# ---- *_like ----

LIKE_SOURCES = {
    "contiguous_f32": lambda: torch.ones(2, 3),
    "int8": lambda: torch.tensor([[1, 2]], dtype=torch.int8),
    "bool": lambda: torch.tensor([True, False]),
    "zero_dim": lambda: torch.tensor(3.0),
    "empty": lambda: torch.ones(0, 3),
    "transposed": lambda: torch.ones(2, 3).t(),
    "permuted": lambda: torch.ones(2, 3, 4).permute(2, 0, 1),
    "sliced": lambda: torch.ones(4, 6)[::2, ::3],
    "expanded": lambda: torch.ones(3, 1).expand(3, 4),
}


@pytest.mark.parametrize("source", list(LIKE_SOURCES))
@pytest.mark.parametrize(
    ("factory", "args", "value"),
    [("zeros_like", (), 0), ("ones_like", (), 1), ("empty_like", (), None), ("full_like", (7,), 7)],
)
def test_like_keeps_shape_and_dtype(factory, args, value, source):
    src = LIKE_SOURCES[source]()
    t = getattr(torch, factory)(src, *args)
    assert t.dtype is src.dtype
    assert tuple(t.shape) == tuple(src.shape)
    if value is not None:
        name = dtype_name(src.dtype)
        assert_tensor(t, np.full(tuple(src.shape), value, dtype=NP_DTYPE[name]), name)


@pytest.mark.parametrize(
    ("source", "strides"),
    [
        ("contiguous_f32", (3, 1)),
        ("transposed", (1, 3)),  # dense permutations keep their layout (preserve_format)
        ("permuted", (1, 12, 4)),
        ("sliced", (2, 1)),  # gaps and aliasing give a contiguous result
        ("expanded", (4, 1)),
    ],
)
@pytest.mark.parametrize("factory", ["zeros_like", "ones_like", "empty_like", "full_like"])
def test_like_strides(factory, source, strides):
    args = (7,) if factory == "full_like" else ()
    t = getattr(torch, factory)(LIKE_SOURCES[source](), *args)
    assert t.stride() == strides


@pytest.mark.parametrize(
    ("factory", "args", "dtype", "expected"),
    [
        ("zeros_like", (), torch.int64, 0),
        ("ones_like", (), torch.float64, 1.0),
        ("empty_like", (), torch.int8, None),
        ("full_like", (2.7,), None, 2),  # the source is int64: the value truncates
        ("full_like", (2.7,), torch.float64, 2.7),
        ("full_like", (5,), torch.bool, True),
    ],
)
def test_like_dtype_keyword(factory, args, dtype, expected):
    src = torch.tensor([[1, 2, 3]])
    t = getattr(torch, factory)(src, *args, dtype=dtype)
    want = "int64" if dtype is None else dtype_name(dtype)
    assert dtype_name(t.dtype) == want
    if expected is not None:
        assert_tensor(t, np.full((1, 3), expected), want)


def test_like_requires_grad():
    assert torch.zeros_like(torch.ones(2), requires_grad=True).requires_grad
    assert torch.ones_like(torch.ones(2, 3).t(), requires_grad=True).requires_grad
    assert not torch.zeros_like(torch.ones(2, requires_grad=True)).requires_grad


@pytest.mark.parametrize(
    ("fn", "exc", "msg"),
    [
        (
            lambda: torch.zeros_like([1, 2]),
            TypeError,
            "zeros_like(): argument 'input' (position 1) must be Tensor, not list",
        ),
        (
            lambda: torch.ones_like(np.ones(2)),
            TypeError,
            "ones_like(): argument 'input' (position 1) must be Tensor, not numpy.ndarray",
        ),
        (
            lambda: torch.full_like(torch.ones(2, dtype=torch.uint8), 300),
            RuntimeError,
            "value cannot be converted to type uint8_t without overflow",
        ),
        (
            lambda: torch.full_like(torch.ones(2, dtype=torch.float16), 1e6),
            RuntimeError,
            "value cannot be converted to type c10::Half without overflow",
        ),
    ],
)
def test_like_errors(fn, exc, msg):
    check_raises(fn, exc, msg)


def test_like_of_uint8_wraps_negative_fill():
    assert_tensor(torch.full_like(torch.ones(2, dtype=torch.uint8), -1), [255, 255], "uint8")


def test_factories_allocate_fresh_storage():
    a = torch.zeros(3)
    b = torch.zeros_like(a)
    b.fill_(1.0)
    assert_tensor(a, [0.0, 0.0, 0.0], "float32")
    assert a.data_ptr() != b.data_ptr()
