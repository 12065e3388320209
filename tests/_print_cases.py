"""Expected tensor reprs for test_printing.py, captured from PyTorch 2.15.0 (CPU).

Generated offline by a script that built each tensor from the same NumPy source, printed
it with real PyTorch under the given print options, and replaced ``torch.`` with
``ferrotensor.``. Device cases were printed as ``device='cpu'`` (by making PyTorch treat
CPU as non-default) and renamed to the equally long ``device='gpu'``. The grad_fn cases
used ``.clone()``, hence ``CloneBackward0``. Do not edit by hand.
"""
# ruff: noqa: E501

from typing import Any, NamedTuple

import numpy as np
from numpy import inf, nan


class Case(NamedTuple):
    """One expected print: values, dtype name, print options, tensor_repr kwargs, text."""

    name: str
    values: np.ndarray
    dtype: str
    options: dict[str, Any]
    kwargs: dict[str, Any]
    expected: str


CASES: list[Case] = [
    Case(
        "scalar_f32_-2.0",
        np.array(-2.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(-2.)",
    ),
    Case(
        "scalar_f32_1.0",
        np.array(1.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.)",
    ),
    Case(
        "scalar_f32_0.0",
        np.array(0.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(0.)",
    ),
    Case(
        "scalar_f32_4.0",
        np.array(4.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(4.)",
    ),
    Case(
        "scalar_f32_1.00001",
        np.array(1.00001, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.0000)",
    ),
    Case(
        "scalar_f32_0.99999",
        np.array(0.99999, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.0000)",
    ),
    Case(
        "scalar_f32_1.5",
        np.array(1.5, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.5000)",
    ),
    Case(
        "scalar_f32_-0.0",
        np.array(-0.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(-0.)",
    ),
    Case(
        "scalar_f32_nan",
        np.array(nan, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(nan)",
    ),
    Case(
        "scalar_f32_inf",
        np.array(inf, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(inf)",
    ),
    Case(
        "scalar_f32_-inf",
        np.array(-inf, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(-inf)",
    ),
    Case(
        "scalar_f32_10000000000.0",
        np.array(10000000000.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.0000e+10)",
    ),
    Case(
        "scalar_f32_1e-05",
        np.array(1e-05, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.0000e-05)",
    ),
    Case(
        "scalar_f32_123456789.0",
        np.array(123456789.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.2346e+08)",
    ),
    Case(
        "scalar_f32_0.1",
        np.array(0.1, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(0.1000)",
    ),
    Case(
        "scalar_f32_2.5",
        np.array(2.5, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(2.5000)",
    ),
    Case(
        "scalar_f32_-3.25",
        np.array(-3.25, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(-3.2500)",
    ),
    Case(
        "scalar_f32_100000000.0",
        np.array(100000000.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(100000000.)",
    ),
    Case(
        "scalar_f32_100000000.5",
        np.array(100000000.5, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(100000000.)",
    ),
    Case(
        "scalar_f32_0.0001",
        np.array(0.0001, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.0000e-04)",
    ),
    Case(
        "scalar_f32_65504.0",
        np.array(65504.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(65504.)",
    ),
    Case(
        "scalar_f32_1e+38",
        np.array(1e38, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(1.0000e+38)",
    ),
    Case(
        "scalar_f64_0.1",
        np.array(0.1, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(0.1000, dtype=ferrotensor.float64)",
    ),
    Case(
        "scalar_f64_1e-300",
        np.array(1e-300, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(1.0000e-300, dtype=ferrotensor.float64)",
    ),
    Case(
        "scalar_f64_1.7976931348623157e+308",
        np.array(1.7976931348623157e308, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(1.7977e+308, dtype=ferrotensor.float64)",
    ),
    Case(
        "scalar_f64_-12345.678901",
        np.array(-12345.678901, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(-12345.6789, dtype=ferrotensor.float64)",
    ),
    Case(
        "scalar_f64_3.0",
        np.array(3.0, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(3., dtype=ferrotensor.float64)",
    ),
    Case(
        "scalar_f16_0.1",
        np.array(0.1, dtype=np.float16),
        "float16",
        {},
        {},
        "tensor(0.1000, dtype=ferrotensor.float16)",
    ),
    Case(
        "scalar_f16_65504.0",
        np.array(65504.0, dtype=np.float16),
        "float16",
        {},
        {},
        "tensor(65504., dtype=ferrotensor.float16)",
    ),
    Case(
        "scalar_f16_6e-08",
        np.array(6e-08, dtype=np.float16),
        "float16",
        {},
        {},
        "tensor(5.9605e-08, dtype=ferrotensor.float16)",
    ),
    Case(
        "scalar_f16_-2.0",
        np.array(-2.0, dtype=np.float16),
        "float16",
        {},
        {},
        "tensor(-2., dtype=ferrotensor.float16)",
    ),
    Case(
        "scalar_bf16",
        np.array(0.10009765625, dtype=np.float32),
        "bfloat16",
        {},
        {},
        "tensor(0.1001, dtype=ferrotensor.bfloat16)",
    ),
    Case(
        "scalar_int64_5",
        np.array(5, dtype=np.int64),
        "int64",
        {},
        {},
        "tensor(5)",
    ),
    Case(
        "scalar_int64_-7",
        np.array(-7, dtype=np.int64),
        "int64",
        {},
        {},
        "tensor(-7)",
    ),
    Case(
        "scalar_int32_-7",
        np.array(-7, dtype=np.int32),
        "int32",
        {},
        {},
        "tensor(-7, dtype=ferrotensor.int32)",
    ),
    Case(
        "scalar_int16_300",
        np.array(300, dtype=np.int16),
        "int16",
        {},
        {},
        "tensor(300, dtype=ferrotensor.int16)",
    ),
    Case(
        "scalar_int8_-128",
        np.array(-128, dtype=np.int8),
        "int8",
        {},
        {},
        "tensor(-128, dtype=ferrotensor.int8)",
    ),
    Case(
        "scalar_uint8_255",
        np.array(255, dtype=np.uint8),
        "uint8",
        {},
        {},
        "tensor(255, dtype=ferrotensor.uint8)",
    ),
    Case(
        "scalar_bool_True",
        np.array(True, dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor(True)",
    ),
    Case(
        "scalar_bool_False",
        np.array(False, dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor(False)",
    ),
    Case(
        "scalar_requires_grad",
        np.array(3.5, dtype=np.float32),
        "float32",
        {},
        {"requires_grad": True},
        "tensor(3.5000, requires_grad=True)",
    ),
    Case(
        "scalar_grad_fn",
        np.array(-1.0, dtype=np.float64),
        "float64",
        {},
        {"grad_fn": "CloneBackward0"},
        "tensor(-1., dtype=ferrotensor.float64, grad_fn=<CloneBackward0>)",
    ),
    Case(
        "seed_requires_grad",
        np.array([[0.0, 0.0], [1.0, 2.0]], dtype=np.float32),
        "float32",
        {},
        {"requires_grad": True},
        ("tensor([[0., 0.],\n        [1., 2.]], requires_grad=True)"),
    ),
    Case(
        "seed_int_valued",
        np.array([[-2.0, -2.0], [0.0, 2.0]], dtype=np.float32),
        "float32",
        {},
        {},
        ("tensor([[-2., -2.],\n        [ 0.,  2.]])"),
    ),
    Case(
        "arange10_int64",
        np.arange(10, dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])",
    ),
    Case(
        "arange10_int32",
        np.arange(10, dtype=np.int32),
        "int32",
        {},
        {},
        "tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=ferrotensor.int32)",
    ),
    Case(
        "arange10_int16",
        np.arange(10, dtype=np.int16),
        "int16",
        {},
        {},
        "tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=ferrotensor.int16)",
    ),
    Case(
        "arange10_int8",
        np.arange(10, dtype=np.int8),
        "int8",
        {},
        {},
        "tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=ferrotensor.int8)",
    ),
    Case(
        "arange10_uint8",
        np.arange(10, dtype=np.uint8),
        "uint8",
        {},
        {},
        "tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=ferrotensor.uint8)",
    ),
    Case(
        "ints_neg",
        np.array([-100, 5, 0, 12, -3], dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([-100,    5,    0,   12,   -3])",
    ),
    Case(
        "ints_neg_i32",
        np.array([[-100, 5], [0, 12], [-3, 7]], dtype=np.int32),
        "int32",
        {},
        {},
        (
            "tensor([[-100,    5],\n"
            "        [   0,   12],\n"
            "        [  -3,    7]], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "int64_big",
        np.array([9223372036854775807, -9223372036854775808, 0], dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([ 9223372036854775807, -9223372036854775808,                    0])",
    ),
    Case(
        "uint8_2d",
        np.array([[0, 255], [17, 3]], dtype=np.uint8),
        "uint8",
        {},
        {},
        ("tensor([[  0, 255],\n        [ 17,   3]], dtype=ferrotensor.uint8)"),
    ),
    Case(
        "bool_1d",
        np.array([True, False, True], dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([ True, False,  True])",
    ),
    Case(
        "bool_all_true",
        np.array([True, True], dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([True, True])",
    ),
    Case(
        "bool_2d",
        np.array([[True, False], [False, False]], dtype=np.bool_),
        "bool",
        {},
        {},
        ("tensor([[ True, False],\n        [False, False]])"),
    ),
    Case(
        "f_precision_round",
        np.array([1.12345], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([1.1235])",
    ),
    Case(
        "f_simple",
        np.array([0.1, 0.2, -0.3], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([ 0.1000,  0.2000, -0.3000])",
    ),
    Case(
        "f_mixed",
        np.array([1.5, -22.25, 333.125], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([  1.5000, -22.2500, 333.1250])",
    ),
    Case(
        "f_sci_small",
        np.array([1e-05, 1.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([1.0000e-05, 1.0000e+00])",
    ),
    Case(
        "f_sci_large",
        np.array([10000000000.0, 1.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([1.0000e+10, 1.0000e+00])",
    ),
    Case(
        "f_ratio_1000",
        np.array([0.001, 1.0], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([0.0010, 1.0000], dtype=ferrotensor.float64)",
    ),
    Case(
        "f_ratio_1001",
        np.array([0.001, 1.001], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([1.0000e-03, 1.0010e+00], dtype=ferrotensor.float64)",
    ),
    Case(
        "f_min_1e-4_f32",
        np.array([0.0001, 0.1], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([1.0000e-04, 1.0000e-01])",
    ),
    Case(
        "f_min_1e-4_f64",
        np.array([0.0001, 0.1], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([0.0001, 0.1000], dtype=ferrotensor.float64)",
    ),
    Case(
        "f_max_1e8",
        np.array([100000000.0, 1000000.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([100000000.,   1000000.])",
    ),
    Case(
        "f_max_above_1e8",
        np.array([100000008.0, 1000000.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([1.0000e+08, 1.0000e+06])",
    ),
    Case(
        "f_int_big",
        np.array([12345678.0, -1.0], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([ 1.2346e+07, -1.0000e+00], dtype=ferrotensor.float64)",
    ),
    Case(
        "f_nan_one",
        np.array([nan, 1.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([nan, 1.])",
    ),
    Case(
        "f_inf_mix",
        np.array([inf, -inf, 1.5], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([   inf,   -inf, 1.5000])",
    ),
    Case(
        "f_nan_inf",
        np.array([nan, inf], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([nan, inf])",
    ),
    Case(
        "f_nan_only",
        np.array([nan], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([nan])",
    ),
    Case(
        "f_neg_inf_int",
        np.array([-inf, 1.0, 100.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([-inf,   1., 100.])",
    ),
    Case(
        "f_zero_nan",
        np.array([0.0, nan], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([0., nan])",
    ),
    Case(
        "f_negzero_zero",
        np.array([-0.0, 0.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([-0., 0.])",
    ),
    Case(
        "f_negzero_one",
        np.array([-0.0, 1.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([-0., 1.])",
    ),
    Case(
        "f_negzero_frac",
        np.array([-0.0, 1.5], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([-0.0000, 1.5000])",
    ),
    Case(
        "f_negzero_sci",
        np.array([-0.0, 1e-06, 1.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([-0.0000e+00, 1.0000e-06, 1.0000e+00])",
    ),
    Case(
        "f_zeros",
        np.array([0.0, 0.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([0., 0.])",
    ),
    Case(
        "f_zeros_2d",
        np.array([[0.0, 0.0], [0.0, 0.0]], dtype=np.float64),
        "float64",
        {},
        {},
        ("tensor([[0., 0.],\n        [0., 0.]], dtype=ferrotensor.float64)"),
    ),
    Case(
        "f_sci_nan",
        np.array([nan, 1e-08, 1.0, -inf], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([       nan, 1.0000e-08, 1.0000e+00,       -inf])",
    ),
    Case(
        "f_sci_exp3",
        np.array([1e-120, 1.0, 1e150], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([1.0000e-120,  1.0000e+00, 1.0000e+150], dtype=ferrotensor.float64)",
    ),
    Case(
        "f_sci_int",
        np.array([1000000000000.0, 3.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([1.0000e+12, 3.0000e+00])",
    ),
    Case(
        "f16_mixed",
        np.array([0.1, 1000.5, 65504.0], dtype=np.float16),
        "float16",
        {},
        {},
        "tensor([9.9976e-02, 1.0005e+03, 6.5504e+04], dtype=ferrotensor.float16)",
    ),
    Case(
        "f16_sub",
        np.array([6e-08, 1.0], dtype=np.float16),
        "float16",
        {},
        {},
        "tensor([5.9605e-08, 1.0000e+00], dtype=ferrotensor.float16)",
    ),
    Case(
        "f16_int",
        np.array([[1.0, 2.0], [-3.0, 4.0]], dtype=np.float16),
        "float16",
        {},
        {},
        ("tensor([[ 1.,  2.],\n        [-3.,  4.]], dtype=ferrotensor.float16)"),
    ),
    Case(
        "bf16_vals",
        np.array([0.10009765625, 3.0, -1.5], dtype=np.float32),
        "bfloat16",
        {},
        {},
        "tensor([ 0.1001,  3.0000, -1.5000], dtype=ferrotensor.bfloat16)",
    ),
    Case(
        "f64_1d",
        np.array([1.0, 2.5, 3.0], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([1.0000, 2.5000, 3.0000], dtype=ferrotensor.float64)",
    ),
    Case(
        "f64_2d",
        np.array([[1.0, 2.5], [3.0, 4.0]], dtype=np.float64),
        "float64",
        {},
        {},
        ("tensor([[1.0000, 2.5000],\n        [3.0000, 4.0000]], dtype=ferrotensor.float64)"),
    ),
    Case(
        "f64_int",
        np.array([1.0, 2.0], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([1., 2.], dtype=ferrotensor.float64)",
    ),
    Case(
        "f64_precise",
        np.array([0.123456789, 1.987654321], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([0.1235, 1.9877], dtype=ferrotensor.float64)",
    ),
    Case(
        "round_up_width",
        np.array([9.99996, 1.0], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([10.0000,  1.0000], dtype=ferrotensor.float64)",
    ),
    Case(
        "round_half",
        np.array([5e-05, 0.5], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([5.0000e-05, 5.0000e-01], dtype=ferrotensor.float64)",
    ),
    Case(
        "wrap_arange100",
        np.arange(100, dtype=np.float32),
        "float32",
        {},
        {},
        (
            "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n"
            "        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n"
            "        28., 29., 30., 31., 32., 33., 34., 35., 36., 37., 38., 39., 40., 41.,\n"
            "        42., 43., 44., 45., 46., 47., 48., 49., 50., 51., 52., 53., 54., 55.,\n"
            "        56., 57., 58., 59., 60., 61., 62., 63., 64., 65., 66., 67., 68., 69.,\n"
            "        70., 71., 72., 73., 74., 75., 76., 77., 78., 79., 80., 81., 82., 83.,\n"
            "        84., 85., 86., 87., 88., 89., 90., 91., 92., 93., 94., 95., 96., 97.,\n"
            "        98., 99.])"
        ),
    ),
    Case(
        "wrap_arange100_i",
        np.arange(100, dtype=np.int64),
        "int64",
        {},
        {},
        (
            "tensor([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16, 17,\n"
            "        18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n"
            "        36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,\n"
            "        54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n"
            "        72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,\n"
            "        90, 91, 92, 93, 94, 95, 96, 97, 98, 99])"
        ),
    ),
    Case(
        "wrap_frac",
        np.arange(40, dtype=np.float32) / 8 - 2,
        "float32",
        {},
        {},
        (
            "tensor([-2.0000, -1.8750, -1.7500, -1.6250, -1.5000, -1.3750, -1.2500, -1.1250,\n"
            "        -1.0000, -0.8750, -0.7500, -0.6250, -0.5000, -0.3750, -0.2500, -0.1250,\n"
            "         0.0000,  0.1250,  0.2500,  0.3750,  0.5000,  0.6250,  0.7500,  0.8750,\n"
            "         1.0000,  1.1250,  1.2500,  1.3750,  1.5000,  1.6250,  1.7500,  1.8750,\n"
            "         2.0000,  2.1250,  2.2500,  2.3750,  2.5000,  2.6250,  2.7500,  2.8750])"
        ),
    ),
    Case(
        "wrap_f64",
        np.arange(30, dtype=np.float64) * 1.5,
        "float64",
        {},
        {},
        (
            "tensor([ 0.0000,  1.5000,  3.0000,  4.5000,  6.0000,  7.5000,  9.0000, 10.5000,\n"
            "        12.0000, 13.5000, 15.0000, 16.5000, 18.0000, 19.5000, 21.0000, 22.5000,\n"
            "        24.0000, 25.5000, 27.0000, 28.5000, 30.0000, 31.5000, 33.0000, 34.5000,\n"
            "        36.0000, 37.5000, 39.0000, 40.5000, 42.0000, 43.5000],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "wrap_sci",
        np.arange(30, dtype=np.float64) * 1e10,
        "float64",
        {},
        {},
        (
            "tensor([0.0000e+00, 1.0000e+10, 2.0000e+10, 3.0000e+10, 4.0000e+10, 5.0000e+10,\n"
            "        6.0000e+10, 7.0000e+10, 8.0000e+10, 9.0000e+10, 1.0000e+11, 1.1000e+11,\n"
            "        1.2000e+11, 1.3000e+11, 1.4000e+11, 1.5000e+11, 1.6000e+11, 1.7000e+11,\n"
            "        1.8000e+11, 1.9000e+11, 2.0000e+11, 2.1000e+11, 2.2000e+11, 2.3000e+11,\n"
            "        2.4000e+11, 2.5000e+11, 2.6000e+11, 2.7000e+11, 2.8000e+11, 2.9000e+11],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "summ_1d_f",
        np.arange(2000, dtype=np.float32),
        "float32",
        {},
        {},
        (
            "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n"
            "        1.9990e+03])"
        ),
    ),
    Case(
        "summ_1d_i",
        np.arange(2000, dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([   0,    1,    2,  ..., 1997, 1998, 1999])",
    ),
    Case(
        "summ_1d_i32",
        np.arange(-1000, 1000, dtype=np.int32),
        "int32",
        {},
        {},
        "tensor([-1000,  -999,  -998,  ...,   997,   998,   999], dtype=ferrotensor.int32)",
    ),
    Case(
        "summ_1d_bool",
        np.arange(1500) % 3 == 0,
        "bool",
        {},
        {},
        "tensor([ True, False, False,  ...,  True, False, False])",
    ),
    Case(
        "summ_1d_width_hidden",
        np.concatenate([np.ones(3), np.full(1000, 123456.5), np.ones(3)]),
        "float32",
        {},
        {},
        "tensor([1., 1., 1.,  ..., 1., 1., 1.])",
    ),
    Case(
        "summ_2d",
        np.arange(1600, dtype=np.float32).reshape(40, 40),
        "float32",
        {},
        {},
        (
            "tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 3.7000e+01, 3.8000e+01,\n"
            "         3.9000e+01],\n"
            "        [4.0000e+01, 4.1000e+01, 4.2000e+01,  ..., 7.7000e+01, 7.8000e+01,\n"
            "         7.9000e+01],\n"
            "        [8.0000e+01, 8.1000e+01, 8.2000e+01,  ..., 1.1700e+02, 1.1800e+02,\n"
            "         1.1900e+02],\n"
            "        ...,\n"
            "        [1.4800e+03, 1.4810e+03, 1.4820e+03,  ..., 1.5170e+03, 1.5180e+03,\n"
            "         1.5190e+03],\n"
            "        [1.5200e+03, 1.5210e+03, 1.5220e+03,  ..., 1.5570e+03, 1.5580e+03,\n"
            "         1.5590e+03],\n"
            "        [1.5600e+03, 1.5610e+03, 1.5620e+03,  ..., 1.5970e+03, 1.5980e+03,\n"
            "         1.5990e+03]])"
        ),
    ),
    Case(
        "summ_2d_f64",
        np.arange(2000, dtype=np.float64).reshape(40, 50),
        "float64",
        {},
        {},
        (
            "tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 4.7000e+01, 4.8000e+01,\n"
            "         4.9000e+01],\n"
            "        [5.0000e+01, 5.1000e+01, 5.2000e+01,  ..., 9.7000e+01, 9.8000e+01,\n"
            "         9.9000e+01],\n"
            "        [1.0000e+02, 1.0100e+02, 1.0200e+02,  ..., 1.4700e+02, 1.4800e+02,\n"
            "         1.4900e+02],\n"
            "        ...,\n"
            "        [1.8500e+03, 1.8510e+03, 1.8520e+03,  ..., 1.8970e+03, 1.8980e+03,\n"
            "         1.8990e+03],\n"
            "        [1.9000e+03, 1.9010e+03, 1.9020e+03,  ..., 1.9470e+03, 1.9480e+03,\n"
            "         1.9490e+03],\n"
            "        [1.9500e+03, 1.9510e+03, 1.9520e+03,  ..., 1.9970e+03, 1.9980e+03,\n"
            "         1.9990e+03]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "summ_2d_wide",
        np.arange(1200, dtype=np.float32).reshape(2, 600) / 4,
        "float32",
        {},
        {},
        (
            "tensor([[0.0000e+00, 2.5000e-01, 5.0000e-01,  ..., 1.4925e+02, 1.4950e+02,\n"
            "         1.4975e+02],\n"
            "        [1.5000e+02, 1.5025e+02, 1.5050e+02,  ..., 2.9925e+02, 2.9950e+02,\n"
            "         2.9975e+02]])"
        ),
    ),
    Case(
        "summ_2d_tall",
        np.arange(1200, dtype=np.int64).reshape(600, 2),
        "int64",
        {},
        {},
        (
            "tensor([[   0,    1],\n"
            "        [   2,    3],\n"
            "        [   4,    5],\n"
            "        ...,\n"
            "        [1194, 1195],\n"
            "        [1196, 1197],\n"
            "        [1198, 1199]])"
        ),
    ),
    Case(
        "summ_3d",
        np.arange(1100, dtype=np.float32).reshape(10, 10, 11) - 500,
        "float32",
        {},
        {},
        (
            "tensor([[[-500., -499., -498.,  ..., -492., -491., -490.],\n"
            "         [-489., -488., -487.,  ..., -481., -480., -479.],\n"
            "         [-478., -477., -476.,  ..., -470., -469., -468.],\n"
            "         ...,\n"
            "         [-423., -422., -421.,  ..., -415., -414., -413.],\n"
            "         [-412., -411., -410.,  ..., -404., -403., -402.],\n"
            "         [-401., -400., -399.,  ..., -393., -392., -391.]],\n"
            "\n"
            "        [[-390., -389., -388.,  ..., -382., -381., -380.],\n"
            "         [-379., -378., -377.,  ..., -371., -370., -369.],\n"
            "         [-368., -367., -366.,  ..., -360., -359., -358.],\n"
            "         ...,\n"
            "         [-313., -312., -311.,  ..., -305., -304., -303.],\n"
            "         [-302., -301., -300.,  ..., -294., -293., -292.],\n"
            "         [-291., -290., -289.,  ..., -283., -282., -281.]],\n"
            "\n"
            "        [[-280., -279., -278.,  ..., -272., -271., -270.],\n"
            "         [-269., -268., -267.,  ..., -261., -260., -259.],\n"
            "         [-258., -257., -256.,  ..., -250., -249., -248.],\n"
            "         ...,\n"
            "         [-203., -202., -201.,  ..., -195., -194., -193.],\n"
            "         [-192., -191., -190.,  ..., -184., -183., -182.],\n"
            "         [-181., -180., -179.,  ..., -173., -172., -171.]],\n"
            "\n"
            "        ...,\n"
            "\n"
            "        [[ 270.,  271.,  272.,  ...,  278.,  279.,  280.],\n"
            "         [ 281.,  282.,  283.,  ...,  289.,  290.,  291.],\n"
            "         [ 292.,  293.,  294.,  ...,  300.,  301.,  302.],\n"
            "         ...,\n"
            "         [ 347.,  348.,  349.,  ...,  355.,  356.,  357.],\n"
            "         [ 358.,  359.,  360.,  ...,  366.,  367.,  368.],\n"
            "         [ 369.,  370.,  371.,  ...,  377.,  378.,  379.]],\n"
            "\n"
            "        [[ 380.,  381.,  382.,  ...,  388.,  389.,  390.],\n"
            "         [ 391.,  392.,  393.,  ...,  399.,  400.,  401.],\n"
            "         [ 402.,  403.,  404.,  ...,  410.,  411.,  412.],\n"
            "         ...,\n"
            "         [ 457.,  458.,  459.,  ...,  465.,  466.,  467.],\n"
            "         [ 468.,  469.,  470.,  ...,  476.,  477.,  478.],\n"
            "         [ 479.,  480.,  481.,  ...,  487.,  488.,  489.]],\n"
            "\n"
            "        [[ 490.,  491.,  492.,  ...,  498.,  499.,  500.],\n"
            "         [ 501.,  502.,  503.,  ...,  509.,  510.,  511.],\n"
            "         [ 512.,  513.,  514.,  ...,  520.,  521.,  522.],\n"
            "         ...,\n"
            "         [ 567.,  568.,  569.,  ...,  575.,  576.,  577.],\n"
            "         [ 578.,  579.,  580.,  ...,  586.,  587.,  588.],\n"
            "         [ 589.,  590.,  591.,  ...,  597.,  598.,  599.]]])"
        ),
    ),
    Case(
        "summ_4d",
        np.arange(1260, dtype=np.int16).reshape(7, 3, 3, 20),
        "int16",
        {},
        {},
        (
            "tensor([[[[   0,    1,    2,  ...,   17,   18,   19],\n"
            "          [  20,   21,   22,  ...,   37,   38,   39],\n"
            "          [  40,   41,   42,  ...,   57,   58,   59]],\n"
            "\n"
            "         [[  60,   61,   62,  ...,   77,   78,   79],\n"
            "          [  80,   81,   82,  ...,   97,   98,   99],\n"
            "          [ 100,  101,  102,  ...,  117,  118,  119]],\n"
            "\n"
            "         [[ 120,  121,  122,  ...,  137,  138,  139],\n"
            "          [ 140,  141,  142,  ...,  157,  158,  159],\n"
            "          [ 160,  161,  162,  ...,  177,  178,  179]]],\n"
            "\n"
            "\n"
            "        [[[ 180,  181,  182,  ...,  197,  198,  199],\n"
            "          [ 200,  201,  202,  ...,  217,  218,  219],\n"
            "          [ 220,  221,  222,  ...,  237,  238,  239]],\n"
            "\n"
            "         [[ 240,  241,  242,  ...,  257,  258,  259],\n"
            "          [ 260,  261,  262,  ...,  277,  278,  279],\n"
            "          [ 280,  281,  282,  ...,  297,  298,  299]],\n"
            "\n"
            "         [[ 300,  301,  302,  ...,  317,  318,  319],\n"
            "          [ 320,  321,  322,  ...,  337,  338,  339],\n"
            "          [ 340,  341,  342,  ...,  357,  358,  359]]],\n"
            "\n"
            "\n"
            "        [[[ 360,  361,  362,  ...,  377,  378,  379],\n"
            "          [ 380,  381,  382,  ...,  397,  398,  399],\n"
            "          [ 400,  401,  402,  ...,  417,  418,  419]],\n"
            "\n"
            "         [[ 420,  421,  422,  ...,  437,  438,  439],\n"
            "          [ 440,  441,  442,  ...,  457,  458,  459],\n"
            "          [ 460,  461,  462,  ...,  477,  478,  479]],\n"
            "\n"
            "         [[ 480,  481,  482,  ...,  497,  498,  499],\n"
            "          [ 500,  501,  502,  ...,  517,  518,  519],\n"
            "          [ 520,  521,  522,  ...,  537,  538,  539]]],\n"
            "\n"
            "\n"
            "        ...,\n"
            "\n"
            "\n"
            "        [[[ 720,  721,  722,  ...,  737,  738,  739],\n"
            "          [ 740,  741,  742,  ...,  757,  758,  759],\n"
            "          [ 760,  761,  762,  ...,  777,  778,  779]],\n"
            "\n"
            "         [[ 780,  781,  782,  ...,  797,  798,  799],\n"
            "          [ 800,  801,  802,  ...,  817,  818,  819],\n"
            "          [ 820,  821,  822,  ...,  837,  838,  839]],\n"
            "\n"
            "         [[ 840,  841,  842,  ...,  857,  858,  859],\n"
            "          [ 860,  861,  862,  ...,  877,  878,  879],\n"
            "          [ 880,  881,  882,  ...,  897,  898,  899]]],\n"
            "\n"
            "\n"
            "        [[[ 900,  901,  902,  ...,  917,  918,  919],\n"
            "          [ 920,  921,  922,  ...,  937,  938,  939],\n"
            "          [ 940,  941,  942,  ...,  957,  958,  959]],\n"
            "\n"
            "         [[ 960,  961,  962,  ...,  977,  978,  979],\n"
            "          [ 980,  981,  982,  ...,  997,  998,  999],\n"
            "          [1000, 1001, 1002,  ..., 1017, 1018, 1019]],\n"
            "\n"
            "         [[1020, 1021, 1022,  ..., 1037, 1038, 1039],\n"
            "          [1040, 1041, 1042,  ..., 1057, 1058, 1059],\n"
            "          [1060, 1061, 1062,  ..., 1077, 1078, 1079]]],\n"
            "\n"
            "\n"
            "        [[[1080, 1081, 1082,  ..., 1097, 1098, 1099],\n"
            "          [1100, 1101, 1102,  ..., 1117, 1118, 1119],\n"
            "          [1120, 1121, 1122,  ..., 1137, 1138, 1139]],\n"
            "\n"
            "         [[1140, 1141, 1142,  ..., 1157, 1158, 1159],\n"
            "          [1160, 1161, 1162,  ..., 1177, 1178, 1179],\n"
            "          [1180, 1181, 1182,  ..., 1197, 1198, 1199]],\n"
            "\n"
            "         [[1200, 1201, 1202,  ..., 1217, 1218, 1219],\n"
            "          [1220, 1221, 1222,  ..., 1237, 1238, 1239],\n"
            "          [1240, 1241, 1242,  ..., 1257, 1258, 1259]]]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "summ_4d_big",
        np.arange(1024, dtype=np.float32).reshape(8, 2, 8, 8) / 3,
        "float32",
        {},
        {},
        (
            "tensor([[[[0.0000e+00, 3.3333e-01, 6.6667e-01,  ..., 1.6667e+00,\n"
            "           2.0000e+00, 2.3333e+00],\n"
            "          [2.6667e+00, 3.0000e+00, 3.3333e+00,  ..., 4.3333e+00,\n"
            "           4.6667e+00, 5.0000e+00],\n"
            "          [5.3333e+00, 5.6667e+00, 6.0000e+00,  ..., 7.0000e+00,\n"
            "           7.3333e+00, 7.6667e+00],\n"
            "          ...,\n"
            "          [1.3333e+01, 1.3667e+01, 1.4000e+01,  ..., 1.5000e+01,\n"
            "           1.5333e+01, 1.5667e+01],\n"
            "          [1.6000e+01, 1.6333e+01, 1.6667e+01,  ..., 1.7667e+01,\n"
            "           1.8000e+01, 1.8333e+01],\n"
            "          [1.8667e+01, 1.9000e+01, 1.9333e+01,  ..., 2.0333e+01,\n"
            "           2.0667e+01, 2.1000e+01]],\n"
            "\n"
            "         [[2.1333e+01, 2.1667e+01, 2.2000e+01,  ..., 2.3000e+01,\n"
            "           2.3333e+01, 2.3667e+01],\n"
            "          [2.4000e+01, 2.4333e+01, 2.4667e+01,  ..., 2.5667e+01,\n"
            "           2.6000e+01, 2.6333e+01],\n"
            "          [2.6667e+01, 2.7000e+01, 2.7333e+01,  ..., 2.8333e+01,\n"
            "           2.8667e+01, 2.9000e+01],\n"
            "          ...,\n"
            "          [3.4667e+01, 3.5000e+01, 3.5333e+01,  ..., 3.6333e+01,\n"
            "           3.6667e+01, 3.7000e+01],\n"
            "          [3.7333e+01, 3.7667e+01, 3.8000e+01,  ..., 3.9000e+01,\n"
            "           3.9333e+01, 3.9667e+01],\n"
            "          [4.0000e+01, 4.0333e+01, 4.0667e+01,  ..., 4.1667e+01,\n"
            "           4.2000e+01, 4.2333e+01]]],\n"
            "\n"
            "\n"
            "        [[[4.2667e+01, 4.3000e+01, 4.3333e+01,  ..., 4.4333e+01,\n"
            "           4.4667e+01, 4.5000e+01],\n"
            "          [4.5333e+01, 4.5667e+01, 4.6000e+01,  ..., 4.7000e+01,\n"
            "           4.7333e+01, 4.7667e+01],\n"
            "          [4.8000e+01, 4.8333e+01, 4.8667e+01,  ..., 4.9667e+01,\n"
            "           5.0000e+01, 5.0333e+01],\n"
            "          ...,\n"
            "          [5.6000e+01, 5.6333e+01, 5.6667e+01,  ..., 5.7667e+01,\n"
            "           5.8000e+01, 5.8333e+01],\n"
            "          [5.8667e+01, 5.9000e+01, 5.9333e+01,  ..., 6.0333e+01,\n"
            "           6.0667e+01, 6.1000e+01],\n"
            "          [6.1333e+01, 6.1667e+01, 6.2000e+01,  ..., 6.3000e+01,\n"
            "           6.3333e+01, 6.3667e+01]],\n"
            "\n"
            "         [[6.4000e+01, 6.4333e+01, 6.4667e+01,  ..., 6.5667e+01,\n"
            "           6.6000e+01, 6.6333e+01],\n"
            "          [6.6667e+01, 6.7000e+01, 6.7333e+01,  ..., 6.8333e+01,\n"
            "           6.8667e+01, 6.9000e+01],\n"
            "          [6.9333e+01, 6.9667e+01, 7.0000e+01,  ..., 7.1000e+01,\n"
            "           7.1333e+01, 7.1667e+01],\n"
            "          ...,\n"
            "          [7.7333e+01, 7.7667e+01, 7.8000e+01,  ..., 7.9000e+01,\n"
            "           7.9333e+01, 7.9667e+01],\n"
            "          [8.0000e+01, 8.0333e+01, 8.0667e+01,  ..., 8.1667e+01,\n"
            "           8.2000e+01, 8.2333e+01],\n"
            "          [8.2667e+01, 8.3000e+01, 8.3333e+01,  ..., 8.4333e+01,\n"
            "           8.4667e+01, 8.5000e+01]]],\n"
            "\n"
            "\n"
            "        [[[8.5333e+01, 8.5667e+01, 8.6000e+01,  ..., 8.7000e+01,\n"
            "           8.7333e+01, 8.7667e+01],\n"
            "          [8.8000e+01, 8.8333e+01, 8.8667e+01,  ..., 8.9667e+01,\n"
            "           9.0000e+01, 9.0333e+01],\n"
            "          [9.0667e+01, 9.1000e+01, 9.1333e+01,  ..., 9.2333e+01,\n"
            "           9.2667e+01, 9.3000e+01],\n"
            "          ...,\n"
            "          [9.8667e+01, 9.9000e+01, 9.9333e+01,  ..., 1.0033e+02,\n"
            "           1.0067e+02, 1.0100e+02],\n"
            "          [1.0133e+02, 1.0167e+02, 1.0200e+02,  ..., 1.0300e+02,\n"
            "           1.0333e+02, 1.0367e+02],\n"
            "          [1.0400e+02, 1.0433e+02, 1.0467e+02,  ..., 1.0567e+02,\n"
            "           1.0600e+02, 1.0633e+02]],\n"
            "\n"
            "         [[1.0667e+02, 1.0700e+02, 1.0733e+02,  ..., 1.0833e+02,\n"
            "           1.0867e+02, 1.0900e+02],\n"
            "          [1.0933e+02, 1.0967e+02, 1.1000e+02,  ..., 1.1100e+02,\n"
            "           1.1133e+02, 1.1167e+02],\n"
            "          [1.1200e+02, 1.1233e+02, 1.1267e+02,  ..., 1.1367e+02,\n"
            "           1.1400e+02, 1.1433e+02],\n"
            "          ...,\n"
            "          [1.2000e+02, 1.2033e+02, 1.2067e+02,  ..., 1.2167e+02,\n"
            "           1.2200e+02, 1.2233e+02],\n"
            "          [1.2267e+02, 1.2300e+02, 1.2333e+02,  ..., 1.2433e+02,\n"
            "           1.2467e+02, 1.2500e+02],\n"
            "          [1.2533e+02, 1.2567e+02, 1.2600e+02,  ..., 1.2700e+02,\n"
            "           1.2733e+02, 1.2767e+02]]],\n"
            "\n"
            "\n"
            "        ...,\n"
            "\n"
            "\n"
            "        [[[2.1333e+02, 2.1367e+02, 2.1400e+02,  ..., 2.1500e+02,\n"
            "           2.1533e+02, 2.1567e+02],\n"
            "          [2.1600e+02, 2.1633e+02, 2.1667e+02,  ..., 2.1767e+02,\n"
            "           2.1800e+02, 2.1833e+02],\n"
            "          [2.1867e+02, 2.1900e+02, 2.1933e+02,  ..., 2.2033e+02,\n"
            "           2.2067e+02, 2.2100e+02],\n"
            "          ...,\n"
            "          [2.2667e+02, 2.2700e+02, 2.2733e+02,  ..., 2.2833e+02,\n"
            "           2.2867e+02, 2.2900e+02],\n"
            "          [2.2933e+02, 2.2967e+02, 2.3000e+02,  ..., 2.3100e+02,\n"
            "           2.3133e+02, 2.3167e+02],\n"
            "          [2.3200e+02, 2.3233e+02, 2.3267e+02,  ..., 2.3367e+02,\n"
            "           2.3400e+02, 2.3433e+02]],\n"
            "\n"
            "         [[2.3467e+02, 2.3500e+02, 2.3533e+02,  ..., 2.3633e+02,\n"
            "           2.3667e+02, 2.3700e+02],\n"
            "          [2.3733e+02, 2.3767e+02, 2.3800e+02,  ..., 2.3900e+02,\n"
            "           2.3933e+02, 2.3967e+02],\n"
            "          [2.4000e+02, 2.4033e+02, 2.4067e+02,  ..., 2.4167e+02,\n"
            "           2.4200e+02, 2.4233e+02],\n"
            "          ...,\n"
            "          [2.4800e+02, 2.4833e+02, 2.4867e+02,  ..., 2.4967e+02,\n"
            "           2.5000e+02, 2.5033e+02],\n"
            "          [2.5067e+02, 2.5100e+02, 2.5133e+02,  ..., 2.5233e+02,\n"
            "           2.5267e+02, 2.5300e+02],\n"
            "          [2.5333e+02, 2.5367e+02, 2.5400e+02,  ..., 2.5500e+02,\n"
            "           2.5533e+02, 2.5567e+02]]],\n"
            "\n"
            "\n"
            "        [[[2.5600e+02, 2.5633e+02, 2.5667e+02,  ..., 2.5767e+02,\n"
            "           2.5800e+02, 2.5833e+02],\n"
            "          [2.5867e+02, 2.5900e+02, 2.5933e+02,  ..., 2.6033e+02,\n"
            "           2.6067e+02, 2.6100e+02],\n"
            "          [2.6133e+02, 2.6167e+02, 2.6200e+02,  ..., 2.6300e+02,\n"
            "           2.6333e+02, 2.6367e+02],\n"
            "          ...,\n"
            "          [2.6933e+02, 2.6967e+02, 2.7000e+02,  ..., 2.7100e+02,\n"
            "           2.7133e+02, 2.7167e+02],\n"
            "          [2.7200e+02, 2.7233e+02, 2.7267e+02,  ..., 2.7367e+02,\n"
            "           2.7400e+02, 2.7433e+02],\n"
            "          [2.7467e+02, 2.7500e+02, 2.7533e+02,  ..., 2.7633e+02,\n"
            "           2.7667e+02, 2.7700e+02]],\n"
            "\n"
            "         [[2.7733e+02, 2.7767e+02, 2.7800e+02,  ..., 2.7900e+02,\n"
            "           2.7933e+02, 2.7967e+02],\n"
            "          [2.8000e+02, 2.8033e+02, 2.8067e+02,  ..., 2.8167e+02,\n"
            "           2.8200e+02, 2.8233e+02],\n"
            "          [2.8267e+02, 2.8300e+02, 2.8333e+02,  ..., 2.8433e+02,\n"
            "           2.8467e+02, 2.8500e+02],\n"
            "          ...,\n"
            "          [2.9067e+02, 2.9100e+02, 2.9133e+02,  ..., 2.9233e+02,\n"
            "           2.9267e+02, 2.9300e+02],\n"
            "          [2.9333e+02, 2.9367e+02, 2.9400e+02,  ..., 2.9500e+02,\n"
            "           2.9533e+02, 2.9567e+02],\n"
            "          [2.9600e+02, 2.9633e+02, 2.9667e+02,  ..., 2.9767e+02,\n"
            "           2.9800e+02, 2.9833e+02]]],\n"
            "\n"
            "\n"
            "        [[[2.9867e+02, 2.9900e+02, 2.9933e+02,  ..., 3.0033e+02,\n"
            "           3.0067e+02, 3.0100e+02],\n"
            "          [3.0133e+02, 3.0167e+02, 3.0200e+02,  ..., 3.0300e+02,\n"
            "           3.0333e+02, 3.0367e+02],\n"
            "          [3.0400e+02, 3.0433e+02, 3.0467e+02,  ..., 3.0567e+02,\n"
            "           3.0600e+02, 3.0633e+02],\n"
            "          ...,\n"
            "          [3.1200e+02, 3.1233e+02, 3.1267e+02,  ..., 3.1367e+02,\n"
            "           3.1400e+02, 3.1433e+02],\n"
            "          [3.1467e+02, 3.1500e+02, 3.1533e+02,  ..., 3.1633e+02,\n"
            "           3.1667e+02, 3.1700e+02],\n"
            "          [3.1733e+02, 3.1767e+02, 3.1800e+02,  ..., 3.1900e+02,\n"
            "           3.1933e+02, 3.1967e+02]],\n"
            "\n"
            "         [[3.2000e+02, 3.2033e+02, 3.2067e+02,  ..., 3.2167e+02,\n"
            "           3.2200e+02, 3.2233e+02],\n"
            "          [3.2267e+02, 3.2300e+02, 3.2333e+02,  ..., 3.2433e+02,\n"
            "           3.2467e+02, 3.2500e+02],\n"
            "          [3.2533e+02, 3.2567e+02, 3.2600e+02,  ..., 3.2700e+02,\n"
            "           3.2733e+02, 3.2767e+02],\n"
            "          ...,\n"
            "          [3.3333e+02, 3.3367e+02, 3.3400e+02,  ..., 3.3500e+02,\n"
            "           3.3533e+02, 3.3567e+02],\n"
            "          [3.3600e+02, 3.3633e+02, 3.3667e+02,  ..., 3.3767e+02,\n"
            "           3.3800e+02, 3.3833e+02],\n"
            "          [3.3867e+02, 3.3900e+02, 3.3933e+02,  ..., 3.4033e+02,\n"
            "           3.4067e+02, 3.4100e+02]]]])"
        ),
    ),
    Case(
        "summ_rand",
        np.random.RandomState(0).uniform(-5, 5, (50, 30)).astype(np.float32),
        "float32",
        {},
        {},
        (
            "tensor([[ 0.4881,  2.1519,  1.0276,  ...,  4.4467,  0.2185, -0.8534],\n"
            "        [-2.3544,  2.7423, -0.4385,  ..., -2.4671, -0.3369, -2.5557],\n"
            "        [-3.4103, -3.8962,  1.5633,  ..., -4.0606,  0.7595,  4.2930],\n"
            "        ...,\n"
            "        [-2.9981,  1.7365,  1.4422,  ...,  4.3516,  3.8476,  2.0198],\n"
            "        [-0.1032, -3.6831, -1.0299,  ..., -3.0355,  1.7153,  3.4297],\n"
            "        [-4.8375,  1.4280, -0.5713,  ..., -3.8775, -4.5764, -2.7226]])"
        ),
    ),
    Case(
        "summ_rand_grad",
        np.random.RandomState(1).uniform(-1, 1, (1001,)),
        "float64",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-0.1660,  0.4406, -0.9998,  ..., -0.3481,  0.5490, -0.3484],\n"
            "       dtype=ferrotensor.float64, grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "summ_rand_dev",
        np.random.RandomState(2).uniform(0, 1e-3, (20, 60)).astype(np.float32),
        "float32",
        {},
        {"device": "gpu"},
        (
            "tensor([[4.3599e-04, 2.5926e-05, 5.4966e-04,  ..., 6.7144e-05, 9.9385e-04,\n"
            "         9.7058e-04],\n"
            "        [8.0026e-04, 6.0182e-04, 7.6496e-04,  ..., 1.7671e-04, 5.9126e-04,\n"
            "         4.8927e-04],\n"
            "        [5.4791e-04, 6.9952e-04, 2.4581e-04,  ..., 7.7710e-04, 5.0278e-04,\n"
            "         9.5675e-04],\n"
            "        ...,\n"
            "        [6.1434e-04, 3.8101e-04, 6.8347e-04,  ..., 3.2426e-04, 7.6369e-04,\n"
            "         4.6026e-04],\n"
            "        [5.6793e-04, 5.9521e-04, 1.7456e-04,  ..., 6.1718e-04, 9.0737e-04,\n"
            "         8.3671e-04],\n"
            "        [1.4613e-04, 4.2276e-04, 5.3301e-04,  ..., 9.7891e-04, 7.1542e-05,\n"
            "         4.7582e-04]], device='gpu')"
        ),
    ),
    Case(
        "rand_2d",
        np.random.RandomState(3).uniform(-5, 5, (5, 4)).astype(np.float32),
        "float32",
        {},
        {},
        (
            "tensor([[ 0.5080,  2.0815, -2.0910,  0.1083],\n"
            "        [ 3.9295,  3.9629, -3.7441, -2.9276],\n"
            "        [-4.4853, -0.5919, -4.7012, -0.4317],\n"
            "        [ 1.4914, -2.2151,  1.7625,  0.9086],\n"
            "        [-4.7602,  0.5885, -2.4075, -0.8490]])"
        ),
    ),
    Case(
        "rand_3d",
        np.random.RandomState(4).uniform(-1, 1, (2, 3, 4)).astype(np.float32),
        "float32",
        {},
        {},
        (
            "tensor([[[ 0.9341,  0.0945,  0.9454,  0.4296],\n"
            "         [ 0.3955, -0.5678,  0.9525, -0.9875],\n"
            "         [-0.4940, -0.1304,  0.5588, -0.6046]],\n"
            "\n"
            "        [[ 0.7260,  0.9668, -0.6723,  0.1947],\n"
            "         [-0.9820, -0.2269, -0.9117,  0.9133],\n"
            "         [-0.1277,  0.8980,  0.5726,  0.7326]]])"
        ),
    ),
    Case(
        "rand_4d",
        np.random.RandomState(5).uniform(-1, 1, (2, 2, 2, 2)),
        "float64",
        {},
        {},
        (
            "tensor([[[[-0.5560,  0.7415],\n"
            "          [-0.5866,  0.8372]],\n"
            "\n"
            "         [[-0.0232,  0.2235],\n"
            "          [ 0.5318,  0.0368]]],\n"
            "\n"
            "\n"
            "        [[[-0.4064, -0.6246],\n"
            "          [-0.8385,  0.4769]],\n"
            "\n"
            "         [[-0.1174, -0.6834],\n"
            "          [ 0.7599, -0.4518]]]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "rand_5d",
        np.random.RandomState(6).randint(-9, 9, (2, 1, 2, 1, 3)),
        "int64",
        {},
        {},
        (
            "tensor([[[[[ 1,  0, -6]],\n"
            "\n"
            "          [[ 1,  4,  6]]]],\n"
            "\n"
            "\n"
            "\n"
            "        [[[[ 1,  7, -8]],\n"
            "\n"
            "          [[ 2,  4,  6]]]]])"
        ),
    ),
    Case(
        "rand_3d_wrap",
        np.random.RandomState(7).uniform(-100, 100, (2, 2, 20)).astype(np.float32),
        "float32",
        {},
        {},
        (
            "tensor([[[-8.4738e+01,  5.5984e+01, -1.2318e+01,  4.4693e+01,  9.5598e+01,\n"
            "           7.6992e+00,  2.2409e-01, -8.5590e+01, -4.6312e+01, -2.3500e-02,\n"
            "           3.5846e+01,  6.0748e+01, -2.3812e+01, -8.6813e+01, -4.2371e+01,\n"
            "           8.1919e+01, -5.7323e+01, -9.5752e+00,  8.6241e+01, -9.5020e+01],\n"
            "         [ 2.0110e+01,  9.0026e+01, -5.3939e+01,  9.6980e+00,  8.1826e+01,\n"
            "          -7.3366e+01,  4.6825e+00,  5.0082e+01,  3.3803e+01, -6.4494e+00,\n"
            "          -5.9030e+01, -1.8468e+00, -2.5523e+01, -4.5198e+00, -2.6822e+01,\n"
            "           6.7584e+01,  5.3729e+01, -3.7201e+01,  1.4525e+01, -4.4790e+01]],\n"
            "\n"
            "        [[-9.4314e+00, -2.9404e+01,  3.1480e+01, -2.5930e+01, -8.1814e+00,\n"
            "           4.3865e+01, -1.7402e+01,  8.1285e+01, -6.3910e+01,  4.8224e+01,\n"
            "          -1.5525e+01, -1.4709e+01,  2.6876e+01,  4.5812e+00, -1.7023e+01,\n"
            "          -9.9715e+01, -8.1548e+01,  4.1879e+01,  4.8691e+00,  3.9232e+01],\n"
            "         [ 9.1094e+01,  3.6583e+01, -8.9374e+01, -3.8229e+01,  1.8519e+01,\n"
            "          -5.2976e+01,  9.2994e+01,  8.9010e+01,  6.9680e+01, -5.5352e+00,\n"
            "           6.8295e+01, -7.3778e+01, -3.8253e+01, -7.4007e+00,  4.8369e+01,\n"
            "          -2.8350e+00, -7.2625e+01, -3.1293e+01, -3.5115e+01, -3.9916e+01]]])"
        ),
    ),
    Case(
        "rand_6d_bool",
        np.random.RandomState(8).randint(0, 2, (2, 2, 1, 2, 1, 2)).astype(bool),
        "bool",
        {},
        {},
        (
            "tensor([[[[[[ True, False]],\n"
            "\n"
            "           [[ True,  True]]]],\n"
            "\n"
            "\n"
            "\n"
            "         [[[[ True, False]],\n"
            "\n"
            "           [[False,  True]]]]],\n"
            "\n"
            "\n"
            "\n"
            "\n"
            "        [[[[[False,  True]],\n"
            "\n"
            "           [[False,  True]]]],\n"
            "\n"
            "\n"
            "\n"
            "         [[[[ True, False]],\n"
            "\n"
            "           [[ True,  True]]]]]])"
        ),
    ),
    Case(
        "empty_(0,)_float32",
        np.zeros((0,), dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([])",
    ),
    Case(
        "empty_(0,)_float64",
        np.zeros((0,), dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([], dtype=ferrotensor.float64)",
    ),
    Case(
        "empty_(0,)_int64",
        np.zeros((0,), dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([], dtype=ferrotensor.int64)",
    ),
    Case(
        "empty_(0,)_bool",
        np.zeros((0,), dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([], dtype=ferrotensor.bool)",
    ),
    Case(
        "empty_(0,)_int32",
        np.zeros((0,), dtype=np.int32),
        "int32",
        {},
        {},
        "tensor([], dtype=ferrotensor.int32)",
    ),
    Case(
        "empty_(0, 3)_float32",
        np.zeros((0, 3), dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([], size=(0, 3))",
    ),
    Case(
        "empty_(0, 3)_float64",
        np.zeros((0, 3), dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([], size=(0, 3), dtype=ferrotensor.float64)",
    ),
    Case(
        "empty_(0, 3)_int64",
        np.zeros((0, 3), dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([], size=(0, 3), dtype=ferrotensor.int64)",
    ),
    Case(
        "empty_(0, 3)_bool",
        np.zeros((0, 3), dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([], size=(0, 3), dtype=ferrotensor.bool)",
    ),
    Case(
        "empty_(0, 3)_int32",
        np.zeros((0, 3), dtype=np.int32),
        "int32",
        {},
        {},
        "tensor([], size=(0, 3), dtype=ferrotensor.int32)",
    ),
    Case(
        "empty_(2, 0, 4)_float32",
        np.zeros((2, 0, 4), dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([], size=(2, 0, 4))",
    ),
    Case(
        "empty_(2, 0, 4)_float64",
        np.zeros((2, 0, 4), dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([], size=(2, 0, 4), dtype=ferrotensor.float64)",
    ),
    Case(
        "empty_(2, 0, 4)_int64",
        np.zeros((2, 0, 4), dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([], size=(2, 0, 4), dtype=ferrotensor.int64)",
    ),
    Case(
        "empty_(2, 0, 4)_bool",
        np.zeros((2, 0, 4), dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([], size=(2, 0, 4), dtype=ferrotensor.bool)",
    ),
    Case(
        "empty_(2, 0, 4)_int32",
        np.zeros((2, 0, 4), dtype=np.int32),
        "int32",
        {},
        {},
        "tensor([], size=(2, 0, 4), dtype=ferrotensor.int32)",
    ),
    Case(
        "empty_(3, 0)_float32",
        np.zeros((3, 0), dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([], size=(3, 0))",
    ),
    Case(
        "empty_(3, 0)_float64",
        np.zeros((3, 0), dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([], size=(3, 0), dtype=ferrotensor.float64)",
    ),
    Case(
        "empty_(3, 0)_int64",
        np.zeros((3, 0), dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([], size=(3, 0), dtype=ferrotensor.int64)",
    ),
    Case(
        "empty_(3, 0)_bool",
        np.zeros((3, 0), dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([], size=(3, 0), dtype=ferrotensor.bool)",
    ),
    Case(
        "empty_(3, 0)_int32",
        np.zeros((3, 0), dtype=np.int32),
        "int32",
        {},
        {},
        "tensor([], size=(3, 0), dtype=ferrotensor.int32)",
    ),
    Case(
        "empty_default64",
        np.zeros((0,), dtype=np.float32),
        "float32",
        {},
        {"default_dtype": "float64"},
        "tensor([], dtype=ferrotensor.float32)",
    ),
    Case(
        "empty_default64_f64",
        np.zeros((0, 2), dtype=np.float64),
        "float64",
        {},
        {"default_dtype": "float64"},
        "tensor([], size=(0, 2))",
    ),
    Case(
        "empty_grad",
        np.zeros((0,), dtype=np.float32),
        "float32",
        {},
        {"requires_grad": True},
        "tensor([], requires_grad=True)",
    ),
    Case(
        "empty_dev",
        np.zeros((1, 0), dtype=np.float32),
        "float32",
        {},
        {"device": "gpu"},
        "tensor([], device='gpu', size=(1, 0))",
    ),
    Case(
        "def64_f32",
        np.array([1.0, 2.5], dtype=np.float32),
        "float32",
        {},
        {"default_dtype": "float64"},
        "tensor([1.0000, 2.5000], dtype=ferrotensor.float32)",
    ),
    Case(
        "def64_f64",
        np.array([1.0, 2.5], dtype=np.float64),
        "float64",
        {},
        {"default_dtype": "float64"},
        "tensor([1.0000, 2.5000])",
    ),
    Case(
        "def64_i64",
        np.array([1, 2], dtype=np.int64),
        "int64",
        {},
        {"default_dtype": "float64"},
        "tensor([1, 2])",
    ),
    Case(
        "def16_f16",
        np.array([1.0, 2.5], dtype=np.float16),
        "float16",
        {},
        {"default_dtype": "float16"},
        "tensor([1.0000, 2.5000])",
    ),
    Case(
        "def16_f32",
        np.array([1.0, 2.5], dtype=np.float32),
        "float32",
        {},
        {"default_dtype": "float16"},
        "tensor([1.0000, 2.5000], dtype=ferrotensor.float32)",
    ),
    Case(
        "sfx_grad",
        np.array([1.0, 2.0], dtype=np.float32),
        "float32",
        {},
        {"requires_grad": True},
        "tensor([1., 2.], requires_grad=True)",
    ),
    Case(
        "sfx_grad_fn",
        np.array([[1.0, 2.0]], dtype=np.float32),
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        "tensor([[1., 2.]], grad_fn=<CloneBackward0>)",
    ),
    Case(
        "sfx_f64_grad",
        np.array([1.5, 2.0], dtype=np.float64),
        "float64",
        {},
        {"requires_grad": True},
        "tensor([1.5000, 2.0000], dtype=ferrotensor.float64, requires_grad=True)",
    ),
    Case(
        "sfx_dev",
        np.array([1.0, 2.0], dtype=np.float32),
        "float32",
        {},
        {"device": "gpu"},
        "tensor([1., 2.], device='gpu')",
    ),
    Case(
        "sfx_dev_i32",
        np.array([1, 2], dtype=np.int32),
        "int32",
        {},
        {"device": "gpu"},
        "tensor([1, 2], device='gpu', dtype=ferrotensor.int32)",
    ),
    Case(
        "sfx_all",
        np.array([[1.0, 2.0], [3.0, 4.5]], dtype=np.float16),
        "float16",
        {},
        {"device": "gpu", "grad_fn": "CloneBackward0"},
        (
            "tensor([[1.0000, 2.0000],\n"
            "        [3.0000, 4.5000]], device='gpu', dtype=ferrotensor.float16,\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_f64_8",
        np.arange(8, dtype=np.float64) * 1.25 - 3,
        "float64",
        {},
        {},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "sfx_wrap_grad_8",
        np.arange(8, dtype=np.float32) * 1.25 - 3,
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500],\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_i8_18",
        np.arange(18, dtype=np.int8) - 9,
        "int8",
        {},
        {"device": "gpu", "requires_grad": False},
        (
            "tensor([-9, -8, -7, -6, -5, -4, -3, -2, -1,  0,  1,  2,  3,  4,  5,  6,  7,  8],\n"
            "       device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "sfx_wrap_f64_9",
        np.arange(9, dtype=np.float64) * 1.25 - 3,
        "float64",
        {},
        {},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "sfx_wrap_grad_9",
        np.arange(9, dtype=np.float32) * 1.25 - 3,
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000], grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_i8_19",
        np.arange(19, dtype=np.int8) - 9,
        "int8",
        {},
        {"device": "gpu", "requires_grad": False},
        (
            "tensor([-9, -8, -7, -6, -5, -4, -3, -2, -1,  0,  1,  2,  3,  4,  5,  6,  7,  8,\n"
            "         9], device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "sfx_wrap_f64_10",
        np.arange(10, dtype=np.float64) * 1.25 - 3,
        "float64",
        {},
        {},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "sfx_wrap_grad_10",
        np.arange(10, dtype=np.float32) * 1.25 - 3,
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500], grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_i8_20",
        np.arange(20, dtype=np.int8) - 9,
        "int8",
        {},
        {"device": "gpu", "requires_grad": False},
        (
            "tensor([-9, -8, -7, -6, -5, -4, -3, -2, -1,  0,  1,  2,  3,  4,  5,  6,  7,  8,\n"
            "         9, 10], device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "sfx_wrap_f64_11",
        np.arange(11, dtype=np.float64) * 1.25 - 3,
        "float64",
        {},
        {},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500,  9.5000], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "sfx_wrap_grad_11",
        np.arange(11, dtype=np.float32) * 1.25 - 3,
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500,  9.5000], grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_i8_21",
        np.arange(21, dtype=np.int8) - 9,
        "int8",
        {},
        {"device": "gpu", "requires_grad": False},
        (
            "tensor([-9, -8, -7, -6, -5, -4, -3, -2, -1,  0,  1,  2,  3,  4,  5,  6,  7,  8,\n"
            "         9, 10, 11], device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "sfx_wrap_f64_12",
        np.arange(12, dtype=np.float64) * 1.25 - 3,
        "float64",
        {},
        {},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500,  9.5000, 10.7500], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "sfx_wrap_grad_12",
        np.arange(12, dtype=np.float32) * 1.25 - 3,
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500,  9.5000, 10.7500], grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_i8_22",
        np.arange(22, dtype=np.int8) - 9,
        "int8",
        {},
        {"device": "gpu", "requires_grad": False},
        (
            "tensor([-9, -8, -7, -6, -5, -4, -3, -2, -1,  0,  1,  2,  3,  4,  5,  6,  7,  8,\n"
            "         9, 10, 11, 12], device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "sfx_wrap_f64_13",
        np.arange(13, dtype=np.float64) * 1.25 - 3,
        "float64",
        {},
        {},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500,  9.5000, 10.7500, 12.0000], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "sfx_wrap_grad_13",
        np.arange(13, dtype=np.float32) * 1.25 - 3,
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-3.0000, -1.7500, -0.5000,  0.7500,  2.0000,  3.2500,  4.5000,  5.7500,\n"
            "         7.0000,  8.2500,  9.5000, 10.7500, 12.0000], grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "sfx_wrap_i8_23",
        np.arange(23, dtype=np.int8) - 9,
        "int8",
        {},
        {"device": "gpu", "requires_grad": False},
        (
            "tensor([-9, -8, -7, -6, -5, -4, -3, -2, -1,  0,  1,  2,  3,  4,  5,  6,  7,  8,\n"
            "         9, 10, 11, 12, 13], device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "sfx_wrap_2d_f64_12",
        np.arange(24, dtype=np.float64).reshape(2, 12) / 4,
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.2500, 1.5000, 1.7500, 2.0000,\n"
            "         2.2500, 2.5000, 2.7500],\n"
            "        [3.0000, 3.2500, 3.5000, 3.7500, 4.0000, 4.2500, 4.5000, 4.7500, 5.0000,\n"
            "         5.2500, 5.5000, 5.7500]], dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "sfx_wrap_2d_f64_13",
        np.arange(26, dtype=np.float64).reshape(2, 13) / 4,
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.2500, 1.5000, 1.7500, 2.0000,\n"
            "         2.2500, 2.5000, 2.7500, 3.0000],\n"
            "        [3.2500, 3.5000, 3.7500, 4.0000, 4.2500, 4.5000, 4.7500, 5.0000, 5.2500,\n"
            "         5.5000, 5.7500, 6.0000, 6.2500]], dtype=ferrotensor.float64,\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "sfx_wrap_2d_f64_14",
        np.arange(28, dtype=np.float64).reshape(2, 14) / 4,
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.2500, 1.5000, 1.7500, 2.0000,\n"
            "         2.2500, 2.5000, 2.7500, 3.0000, 3.2500],\n"
            "        [3.5000, 3.7500, 4.0000, 4.2500, 4.5000, 4.7500, 5.0000, 5.2500, 5.5000,\n"
            "         5.7500, 6.0000, 6.2500, 6.5000, 6.7500]], dtype=ferrotensor.float64,\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "sfx_wrap_2d_f64_15",
        np.arange(30, dtype=np.float64).reshape(2, 15) / 4,
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.2500, 1.5000, 1.7500, 2.0000,\n"
            "         2.2500, 2.5000, 2.7500, 3.0000, 3.2500, 3.5000],\n"
            "        [3.7500, 4.0000, 4.2500, 4.5000, 4.7500, 5.0000, 5.2500, 5.5000, 5.7500,\n"
            "         6.0000, 6.2500, 6.5000, 6.7500, 7.0000, 7.2500]], dtype=ferrotensor.float64,\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "sfx_wrap_2d_f64_16",
        np.arange(32, dtype=np.float64).reshape(2, 16) / 4,
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.2500, 1.5000, 1.7500, 2.0000,\n"
            "         2.2500, 2.5000, 2.7500, 3.0000, 3.2500, 3.5000, 3.7500],\n"
            "        [4.0000, 4.2500, 4.5000, 4.7500, 5.0000, 5.2500, 5.5000, 5.7500, 6.0000,\n"
            "         6.2500, 6.5000, 6.7500, 7.0000, 7.2500, 7.5000, 7.7500]],\n"
            "       dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "prefix",
        np.array([1.0, 2.0], dtype=np.float32),
        "float32",
        {},
        {"prefix": "MyTensor"},
        "MyTensor([1., 2.])",
    ),
    Case(
        "prefix_wrap",
        np.arange(40, dtype=np.float64) / 3,
        "float64",
        {},
        {"prefix": "Buffer", "requires_grad": True},
        (
            "Buffer([ 0.0000,  0.3333,  0.6667,  1.0000,  1.3333,  1.6667,  2.0000,  2.3333,\n"
            "         2.6667,  3.0000,  3.3333,  3.6667,  4.0000,  4.3333,  4.6667,  5.0000,\n"
            "         5.3333,  5.6667,  6.0000,  6.3333,  6.6667,  7.0000,  7.3333,  7.6667,\n"
            "         8.0000,  8.3333,  8.6667,  9.0000,  9.3333,  9.6667, 10.0000, 10.3333,\n"
            "        10.6667, 11.0000, 11.3333, 11.6667, 12.0000, 12.3333, 12.6667, 13.0000],\n"
            "       dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "prefix_2d",
        np.arange(6, dtype=np.int32).reshape(2, 3),
        "int32",
        {},
        {"prefix": "T"},
        ("T([[0, 1, 2],\n   [3, 4, 5]], dtype=ferrotensor.int32)"),
    ),
    Case(
        "opt_precision2",
        np.array([1.12345, -2.5], dtype=np.float32),
        "float32",
        {"precision": 2},
        {},
        "tensor([ 1.12, -2.50])",
    ),
    Case(
        "opt_precision6",
        np.array([1.12345, -2.5], dtype=np.float64),
        "float64",
        {"precision": 6},
        {},
        "tensor([ 1.123450, -2.500000], dtype=ferrotensor.float64)",
    ),
    Case(
        "opt_precision0",
        np.array([1.5, 2.5, 0.4], dtype=np.float64),
        "float64",
        {"precision": 0},
        {},
        "tensor([2, 2, 0], dtype=ferrotensor.float64)",
    ),
    Case(
        "opt_precision0_sci",
        np.array([15000000000.0, 2.5], dtype=np.float64),
        "float64",
        {"precision": 0},
        {},
        "tensor([2e+10, 2e+00], dtype=ferrotensor.float64)",
    ),
    Case(
        "opt_precision10",
        np.array([0.1], dtype=np.float32),
        "float32",
        {"precision": 10},
        {},
        "tensor([0.1000000015])",
    ),
    Case(
        "opt_threshold5",
        np.arange(10, dtype=np.int64),
        "int64",
        {"threshold": 5},
        {},
        "tensor([0, 1, 2,  ..., 7, 8, 9])",
    ),
    Case(
        "opt_threshold5_f",
        np.arange(10, dtype=np.float32) / 3,
        "float32",
        {"threshold": 5},
        {},
        "tensor([0.0000, 0.3333, 0.6667,  ..., 2.3333, 2.6667, 3.0000])",
    ),
    Case(
        "opt_threshold0",
        np.arange(4, dtype=np.float32),
        "float32",
        {"threshold": 0},
        {},
        "tensor([0., 1., 2., 3.])",
    ),
    Case(
        "opt_threshold0_scalar",
        np.array(3.5, dtype=np.float32),
        "float32",
        {"threshold": 0},
        {},
        "tensor(3.5000)",
    ),
    Case(
        "opt_edge1",
        np.arange(2000, dtype=np.float32).reshape(20, 100),
        "float32",
        {"edgeitems": 1},
        {},
        ("tensor([[   0.,  ...,   99.],\n        ...,\n        [1900.,  ..., 1999.]])"),
    ),
    Case(
        "opt_edge0_1d",
        np.arange(2000, dtype=np.float32),
        "float32",
        {"edgeitems": 0},
        {},
        "tensor([...], size=(2000,))",
    ),
    Case(
        "opt_edge0_2d",
        np.arange(2000, dtype=np.int64).reshape(40, 50),
        "int64",
        {"edgeitems": 0},
        {},
        "tensor([...], size=(40, 50))",
    ),
    Case(
        "opt_edge0_small",
        np.arange(6, dtype=np.float32),
        "float32",
        {"edgeitems": 0},
        {},
        "tensor([0., 1., 2., 3., 4., 5.], size=(6,))",
    ),
    Case(
        "opt_edge0_3d_small",
        np.arange(8, dtype=np.float64).reshape(2, 2, 2),
        "float64",
        {"edgeitems": 0, "threshold": 4},
        {},
        "tensor([...], size=(2, 2, 2), dtype=ferrotensor.float64)",
    ),
    Case(
        "opt_edge5",
        np.arange(2000, dtype=np.int32).reshape(40, 50),
        "int32",
        {"edgeitems": 5},
        {},
        (
            "tensor([[   0,    1,    2,    3,    4,  ...,   45,   46,   47,   48,   49],\n"
            "        [  50,   51,   52,   53,   54,  ...,   95,   96,   97,   98,   99],\n"
            "        [ 100,  101,  102,  103,  104,  ...,  145,  146,  147,  148,  149],\n"
            "        [ 150,  151,  152,  153,  154,  ...,  195,  196,  197,  198,  199],\n"
            "        [ 200,  201,  202,  203,  204,  ...,  245,  246,  247,  248,  249],\n"
            "        ...,\n"
            "        [1750, 1751, 1752, 1753, 1754,  ..., 1795, 1796, 1797, 1798, 1799],\n"
            "        [1800, 1801, 1802, 1803, 1804,  ..., 1845, 1846, 1847, 1848, 1849],\n"
            "        [1850, 1851, 1852, 1853, 1854,  ..., 1895, 1896, 1897, 1898, 1899],\n"
            "        [1900, 1901, 1902, 1903, 1904,  ..., 1945, 1946, 1947, 1948, 1949],\n"
            "        [1950, 1951, 1952, 1953, 1954,  ..., 1995, 1996, 1997, 1998, 1999]],\n"
            "       dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "opt_linewidth40",
        np.arange(30, dtype=np.float32) / 7,
        "float32",
        {"linewidth": 40},
        {},
        (
            "tensor([0.0000, 0.1429, 0.2857, 0.4286,\n"
            "        0.5714, 0.7143, 0.8571, 1.0000,\n"
            "        1.1429, 1.2857, 1.4286, 1.5714,\n"
            "        1.7143, 1.8571, 2.0000, 2.1429,\n"
            "        2.2857, 2.4286, 2.5714, 2.7143,\n"
            "        2.8571, 3.0000, 3.1429, 3.2857,\n"
            "        3.4286, 3.5714, 3.7143, 3.8571,\n"
            "        4.0000, 4.1429])"
        ),
    ),
    Case(
        "opt_linewidth120",
        np.arange(60, dtype=np.float32) / 7,
        "float32",
        {"linewidth": 120},
        {},
        (
            "tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429, 1.2857, 1.4286, 1.5714, 1.7143, 1.8571,\n"
            "        2.0000, 2.1429, 2.2857, 2.4286, 2.5714, 2.7143, 2.8571, 3.0000, 3.1429, 3.2857, 3.4286, 3.5714, 3.7143, 3.8571,\n"
            "        4.0000, 4.1429, 4.2857, 4.4286, 4.5714, 4.7143, 4.8571, 5.0000, 5.1429, 5.2857, 5.4286, 5.5714, 5.7143, 5.8571,\n"
            "        6.0000, 6.1429, 6.2857, 6.4286, 6.5714, 6.7143, 6.8571, 7.0000, 7.1429, 7.2857, 7.4286, 7.5714, 7.7143, 7.8571,\n"
            "        8.0000, 8.1429, 8.2857, 8.4286])"
        ),
    ),
    Case(
        "opt_linewidth10",
        np.arange(12, dtype=np.float64).reshape(3, 4) / 7,
        "float64",
        {"linewidth": 10},
        {},
        (
            "tensor([[0.0000,\n"
            "         0.1429,\n"
            "         0.2857,\n"
            "         0.4286],\n"
            "        [0.5714,\n"
            "         0.7143,\n"
            "         0.8571,\n"
            "         1.0000],\n"
            "        [1.1429,\n"
            "         1.2857,\n"
            "         1.4286,\n"
            "         1.5714]],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "opt_linewidth40_2d",
        np.arange(40, dtype=np.int64).reshape(2, 20) * 1001,
        "int64",
        {"linewidth": 40},
        {"requires_grad": False, "device": "gpu"},
        (
            "tensor([[    0,  1001,  2002,  3003,\n"
            "          4004,  5005,  6006,  7007,\n"
            "          8008,  9009, 10010, 11011,\n"
            "         12012, 13013, 14014, 15015,\n"
            "         16016, 17017, 18018, 19019],\n"
            "        [20020, 21021, 22022, 23023,\n"
            "         24024, 25025, 26026, 27027,\n"
            "         28028, 29029, 30030, 31031,\n"
            "         32032, 33033, 34034, 35035,\n"
            "         36036, 37037, 38038, 39039]],\n"
            "       device='gpu')"
        ),
    ),
    Case(
        "opt_short",
        np.arange(2000, dtype=np.float32).reshape(40, 50) / 3,
        "float32",
        {"profile": "short"},
        {},
        (
            "tensor([[0.00e+00, 3.33e-01,  ..., 1.60e+01, 1.63e+01],\n"
            "        [1.67e+01, 1.70e+01,  ..., 3.27e+01, 3.30e+01],\n"
            "        ...,\n"
            "        [6.33e+02, 6.34e+02,  ..., 6.49e+02, 6.50e+02],\n"
            "        [6.50e+02, 6.50e+02,  ..., 6.66e+02, 6.66e+02]])"
        ),
    ),
    Case(
        "opt_full",
        np.arange(1200, dtype=np.int64),
        "int64",
        {"profile": "full"},
        {},
        (
            "tensor([   0,    1,    2,    3,    4,    5,    6,    7,    8,    9,   10,   11,\n"
            "          12,   13,   14,   15,   16,   17,   18,   19,   20,   21,   22,   23,\n"
            "          24,   25,   26,   27,   28,   29,   30,   31,   32,   33,   34,   35,\n"
            "          36,   37,   38,   39,   40,   41,   42,   43,   44,   45,   46,   47,\n"
            "          48,   49,   50,   51,   52,   53,   54,   55,   56,   57,   58,   59,\n"
            "          60,   61,   62,   63,   64,   65,   66,   67,   68,   69,   70,   71,\n"
            "          72,   73,   74,   75,   76,   77,   78,   79,   80,   81,   82,   83,\n"
            "          84,   85,   86,   87,   88,   89,   90,   91,   92,   93,   94,   95,\n"
            "          96,   97,   98,   99,  100,  101,  102,  103,  104,  105,  106,  107,\n"
            "         108,  109,  110,  111,  112,  113,  114,  115,  116,  117,  118,  119,\n"
            "         120,  121,  122,  123,  124,  125,  126,  127,  128,  129,  130,  131,\n"
            "         132,  133,  134,  135,  136,  137,  138,  139,  140,  141,  142,  143,\n"
            "         144,  145,  146,  147,  148,  149,  150,  151,  152,  153,  154,  155,\n"
            "         156,  157,  158,  159,  160,  161,  162,  163,  164,  165,  166,  167,\n"
            "         168,  169,  170,  171,  172,  173,  174,  175,  176,  177,  178,  179,\n"
            "         180,  181,  182,  183,  184,  185,  186,  187,  188,  189,  190,  191,\n"
            "         192,  193,  194,  195,  196,  197,  198,  199,  200,  201,  202,  203,\n"
            "         204,  205,  206,  207,  208,  209,  210,  211,  212,  213,  214,  215,\n"
            "         216,  217,  218,  219,  220,  221,  222,  223,  224,  225,  226,  227,\n"
            "         228,  229,  230,  231,  232,  233,  234,  235,  236,  237,  238,  239,\n"
            "         240,  241,  242,  243,  244,  245,  246,  247,  248,  249,  250,  251,\n"
            "         252,  253,  254,  255,  256,  257,  258,  259,  260,  261,  262,  263,\n"
            "         264,  265,  266,  267,  268,  269,  270,  271,  272,  273,  274,  275,\n"
            "         276,  277,  278,  279,  280,  281,  282,  283,  284,  285,  286,  287,\n"
            "         288,  289,  290,  291,  292,  293,  294,  295,  296,  297,  298,  299,\n"
            "         300,  301,  302,  303,  304,  305,  306,  307,  308,  309,  310,  311,\n"
            "         312,  313,  314,  315,  316,  317,  318,  319,  320,  321,  322,  323,\n"
            "         324,  325,  326,  327,  328,  329,  330,  331,  332,  333,  334,  335,\n"
            "         336,  337,  338,  339,  340,  341,  342,  343,  344,  345,  346,  347,\n"
            "         348,  349,  350,  351,  352,  353,  354,  355,  356,  357,  358,  359,\n"
            "         360,  361,  362,  363,  364,  365,  366,  367,  368,  369,  370,  371,\n"
            "         372,  373,  374,  375,  376,  377,  378,  379,  380,  381,  382,  383,\n"
            "         384,  385,  386,  387,  388,  389,  390,  391,  392,  393,  394,  395,\n"
            "         396,  397,  398,  399,  400,  401,  402,  403,  404,  405,  406,  407,\n"
            "         408,  409,  410,  411,  412,  413,  414,  415,  416,  417,  418,  419,\n"
            "         420,  421,  422,  423,  424,  425,  426,  427,  428,  429,  430,  431,\n"
            "         432,  433,  434,  435,  436,  437,  438,  439,  440,  441,  442,  443,\n"
            "         444,  445,  446,  447,  448,  449,  450,  451,  452,  453,  454,  455,\n"
            "         456,  457,  458,  459,  460,  461,  462,  463,  464,  465,  466,  467,\n"
            "         468,  469,  470,  471,  472,  473,  474,  475,  476,  477,  478,  479,\n"
            "         480,  481,  482,  483,  484,  485,  486,  487,  488,  489,  490,  491,\n"
            "         492,  493,  494,  495,  496,  497,  498,  499,  500,  501,  502,  503,\n"
            "         504,  505,  506,  507,  508,  509,  510,  511,  512,  513,  514,  515,\n"
            "         516,  517,  518,  519,  520,  521,  522,  523,  524,  525,  526,  527,\n"
            "         528,  529,  530,  531,  532,  533,  534,  535,  536,  537,  538,  539,\n"
            "         540,  541,  542,  543,  544,  545,  546,  547,  548,  549,  550,  551,\n"
            "         552,  553,  554,  555,  556,  557,  558,  559,  560,  561,  562,  563,\n"
            "         564,  565,  566,  567,  568,  569,  570,  571,  572,  573,  574,  575,\n"
            "         576,  577,  578,  579,  580,  581,  582,  583,  584,  585,  586,  587,\n"
            "         588,  589,  590,  591,  592,  593,  594,  595,  596,  597,  598,  599,\n"
            "         600,  601,  602,  603,  604,  605,  606,  607,  608,  609,  610,  611,\n"
            "         612,  613,  614,  615,  616,  617,  618,  619,  620,  621,  622,  623,\n"
            "         624,  625,  626,  627,  628,  629,  630,  631,  632,  633,  634,  635,\n"
            "         636,  637,  638,  639,  640,  641,  642,  643,  644,  645,  646,  647,\n"
            "         648,  649,  650,  651,  652,  653,  654,  655,  656,  657,  658,  659,\n"
            "         660,  661,  662,  663,  664,  665,  666,  667,  668,  669,  670,  671,\n"
            "         672,  673,  674,  675,  676,  677,  678,  679,  680,  681,  682,  683,\n"
            "         684,  685,  686,  687,  688,  689,  690,  691,  692,  693,  694,  695,\n"
            "         696,  697,  698,  699,  700,  701,  702,  703,  704,  705,  706,  707,\n"
            "         708,  709,  710,  711,  712,  713,  714,  715,  716,  717,  718,  719,\n"
            "         720,  721,  722,  723,  724,  725,  726,  727,  728,  729,  730,  731,\n"
            "         732,  733,  734,  735,  736,  737,  738,  739,  740,  741,  742,  743,\n"
            "         744,  745,  746,  747,  748,  749,  750,  751,  752,  753,  754,  755,\n"
            "         756,  757,  758,  759,  760,  761,  762,  763,  764,  765,  766,  767,\n"
            "         768,  769,  770,  771,  772,  773,  774,  775,  776,  777,  778,  779,\n"
            "         780,  781,  782,  783,  784,  785,  786,  787,  788,  789,  790,  791,\n"
            "         792,  793,  794,  795,  796,  797,  798,  799,  800,  801,  802,  803,\n"
            "         804,  805,  806,  807,  808,  809,  810,  811,  812,  813,  814,  815,\n"
            "         816,  817,  818,  819,  820,  821,  822,  823,  824,  825,  826,  827,\n"
            "         828,  829,  830,  831,  832,  833,  834,  835,  836,  837,  838,  839,\n"
            "         840,  841,  842,  843,  844,  845,  846,  847,  848,  849,  850,  851,\n"
            "         852,  853,  854,  855,  856,  857,  858,  859,  860,  861,  862,  863,\n"
            "         864,  865,  866,  867,  868,  869,  870,  871,  872,  873,  874,  875,\n"
            "         876,  877,  878,  879,  880,  881,  882,  883,  884,  885,  886,  887,\n"
            "         888,  889,  890,  891,  892,  893,  894,  895,  896,  897,  898,  899,\n"
            "         900,  901,  902,  903,  904,  905,  906,  907,  908,  909,  910,  911,\n"
            "         912,  913,  914,  915,  916,  917,  918,  919,  920,  921,  922,  923,\n"
            "         924,  925,  926,  927,  928,  929,  930,  931,  932,  933,  934,  935,\n"
            "         936,  937,  938,  939,  940,  941,  942,  943,  944,  945,  946,  947,\n"
            "         948,  949,  950,  951,  952,  953,  954,  955,  956,  957,  958,  959,\n"
            "         960,  961,  962,  963,  964,  965,  966,  967,  968,  969,  970,  971,\n"
            "         972,  973,  974,  975,  976,  977,  978,  979,  980,  981,  982,  983,\n"
            "         984,  985,  986,  987,  988,  989,  990,  991,  992,  993,  994,  995,\n"
            "         996,  997,  998,  999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007,\n"
            "        1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019,\n"
            "        1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031,\n"
            "        1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043,\n"
            "        1044, 1045, 1046, 1047, 1048, 1049, 1050, 1051, 1052, 1053, 1054, 1055,\n"
            "        1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063, 1064, 1065, 1066, 1067,\n"
            "        1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077, 1078, 1079,\n"
            "        1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089, 1090, 1091,\n"
            "        1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102, 1103,\n"
            "        1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115,\n"
            "        1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127,\n"
            "        1128, 1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139,\n"
            "        1140, 1141, 1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151,\n"
            "        1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163,\n"
            "        1164, 1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175,\n"
            "        1176, 1177, 1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187,\n"
            "        1188, 1189, 1190, 1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199])"
        ),
    ),
    Case(
        "opt_full_2d",
        np.arange(1012, dtype=np.float32).reshape(11, 92) / 4,
        "float32",
        {"profile": "full"},
        {},
        (
            "tensor([[0.0000e+00, 2.5000e-01, 5.0000e-01, 7.5000e-01, 1.0000e+00, 1.2500e+00,\n"
            "         1.5000e+00, 1.7500e+00, 2.0000e+00, 2.2500e+00, 2.5000e+00, 2.7500e+00,\n"
            "         3.0000e+00, 3.2500e+00, 3.5000e+00, 3.7500e+00, 4.0000e+00, 4.2500e+00,\n"
            "         4.5000e+00, 4.7500e+00, 5.0000e+00, 5.2500e+00, 5.5000e+00, 5.7500e+00,\n"
            "         6.0000e+00, 6.2500e+00, 6.5000e+00, 6.7500e+00, 7.0000e+00, 7.2500e+00,\n"
            "         7.5000e+00, 7.7500e+00, 8.0000e+00, 8.2500e+00, 8.5000e+00, 8.7500e+00,\n"
            "         9.0000e+00, 9.2500e+00, 9.5000e+00, 9.7500e+00, 1.0000e+01, 1.0250e+01,\n"
            "         1.0500e+01, 1.0750e+01, 1.1000e+01, 1.1250e+01, 1.1500e+01, 1.1750e+01,\n"
            "         1.2000e+01, 1.2250e+01, 1.2500e+01, 1.2750e+01, 1.3000e+01, 1.3250e+01,\n"
            "         1.3500e+01, 1.3750e+01, 1.4000e+01, 1.4250e+01, 1.4500e+01, 1.4750e+01,\n"
            "         1.5000e+01, 1.5250e+01, 1.5500e+01, 1.5750e+01, 1.6000e+01, 1.6250e+01,\n"
            "         1.6500e+01, 1.6750e+01, 1.7000e+01, 1.7250e+01, 1.7500e+01, 1.7750e+01,\n"
            "         1.8000e+01, 1.8250e+01, 1.8500e+01, 1.8750e+01, 1.9000e+01, 1.9250e+01,\n"
            "         1.9500e+01, 1.9750e+01, 2.0000e+01, 2.0250e+01, 2.0500e+01, 2.0750e+01,\n"
            "         2.1000e+01, 2.1250e+01, 2.1500e+01, 2.1750e+01, 2.2000e+01, 2.2250e+01,\n"
            "         2.2500e+01, 2.2750e+01],\n"
            "        [2.3000e+01, 2.3250e+01, 2.3500e+01, 2.3750e+01, 2.4000e+01, 2.4250e+01,\n"
            "         2.4500e+01, 2.4750e+01, 2.5000e+01, 2.5250e+01, 2.5500e+01, 2.5750e+01,\n"
            "         2.6000e+01, 2.6250e+01, 2.6500e+01, 2.6750e+01, 2.7000e+01, 2.7250e+01,\n"
            "         2.7500e+01, 2.7750e+01, 2.8000e+01, 2.8250e+01, 2.8500e+01, 2.8750e+01,\n"
            "         2.9000e+01, 2.9250e+01, 2.9500e+01, 2.9750e+01, 3.0000e+01, 3.0250e+01,\n"
            "         3.0500e+01, 3.0750e+01, 3.1000e+01, 3.1250e+01, 3.1500e+01, 3.1750e+01,\n"
            "         3.2000e+01, 3.2250e+01, 3.2500e+01, 3.2750e+01, 3.3000e+01, 3.3250e+01,\n"
            "         3.3500e+01, 3.3750e+01, 3.4000e+01, 3.4250e+01, 3.4500e+01, 3.4750e+01,\n"
            "         3.5000e+01, 3.5250e+01, 3.5500e+01, 3.5750e+01, 3.6000e+01, 3.6250e+01,\n"
            "         3.6500e+01, 3.6750e+01, 3.7000e+01, 3.7250e+01, 3.7500e+01, 3.7750e+01,\n"
            "         3.8000e+01, 3.8250e+01, 3.8500e+01, 3.8750e+01, 3.9000e+01, 3.9250e+01,\n"
            "         3.9500e+01, 3.9750e+01, 4.0000e+01, 4.0250e+01, 4.0500e+01, 4.0750e+01,\n"
            "         4.1000e+01, 4.1250e+01, 4.1500e+01, 4.1750e+01, 4.2000e+01, 4.2250e+01,\n"
            "         4.2500e+01, 4.2750e+01, 4.3000e+01, 4.3250e+01, 4.3500e+01, 4.3750e+01,\n"
            "         4.4000e+01, 4.4250e+01, 4.4500e+01, 4.4750e+01, 4.5000e+01, 4.5250e+01,\n"
            "         4.5500e+01, 4.5750e+01],\n"
            "        [4.6000e+01, 4.6250e+01, 4.6500e+01, 4.6750e+01, 4.7000e+01, 4.7250e+01,\n"
            "         4.7500e+01, 4.7750e+01, 4.8000e+01, 4.8250e+01, 4.8500e+01, 4.8750e+01,\n"
            "         4.9000e+01, 4.9250e+01, 4.9500e+01, 4.9750e+01, 5.0000e+01, 5.0250e+01,\n"
            "         5.0500e+01, 5.0750e+01, 5.1000e+01, 5.1250e+01, 5.1500e+01, 5.1750e+01,\n"
            "         5.2000e+01, 5.2250e+01, 5.2500e+01, 5.2750e+01, 5.3000e+01, 5.3250e+01,\n"
            "         5.3500e+01, 5.3750e+01, 5.4000e+01, 5.4250e+01, 5.4500e+01, 5.4750e+01,\n"
            "         5.5000e+01, 5.5250e+01, 5.5500e+01, 5.5750e+01, 5.6000e+01, 5.6250e+01,\n"
            "         5.6500e+01, 5.6750e+01, 5.7000e+01, 5.7250e+01, 5.7500e+01, 5.7750e+01,\n"
            "         5.8000e+01, 5.8250e+01, 5.8500e+01, 5.8750e+01, 5.9000e+01, 5.9250e+01,\n"
            "         5.9500e+01, 5.9750e+01, 6.0000e+01, 6.0250e+01, 6.0500e+01, 6.0750e+01,\n"
            "         6.1000e+01, 6.1250e+01, 6.1500e+01, 6.1750e+01, 6.2000e+01, 6.2250e+01,\n"
            "         6.2500e+01, 6.2750e+01, 6.3000e+01, 6.3250e+01, 6.3500e+01, 6.3750e+01,\n"
            "         6.4000e+01, 6.4250e+01, 6.4500e+01, 6.4750e+01, 6.5000e+01, 6.5250e+01,\n"
            "         6.5500e+01, 6.5750e+01, 6.6000e+01, 6.6250e+01, 6.6500e+01, 6.6750e+01,\n"
            "         6.7000e+01, 6.7250e+01, 6.7500e+01, 6.7750e+01, 6.8000e+01, 6.8250e+01,\n"
            "         6.8500e+01, 6.8750e+01],\n"
            "        [6.9000e+01, 6.9250e+01, 6.9500e+01, 6.9750e+01, 7.0000e+01, 7.0250e+01,\n"
            "         7.0500e+01, 7.0750e+01, 7.1000e+01, 7.1250e+01, 7.1500e+01, 7.1750e+01,\n"
            "         7.2000e+01, 7.2250e+01, 7.2500e+01, 7.2750e+01, 7.3000e+01, 7.3250e+01,\n"
            "         7.3500e+01, 7.3750e+01, 7.4000e+01, 7.4250e+01, 7.4500e+01, 7.4750e+01,\n"
            "         7.5000e+01, 7.5250e+01, 7.5500e+01, 7.5750e+01, 7.6000e+01, 7.6250e+01,\n"
            "         7.6500e+01, 7.6750e+01, 7.7000e+01, 7.7250e+01, 7.7500e+01, 7.7750e+01,\n"
            "         7.8000e+01, 7.8250e+01, 7.8500e+01, 7.8750e+01, 7.9000e+01, 7.9250e+01,\n"
            "         7.9500e+01, 7.9750e+01, 8.0000e+01, 8.0250e+01, 8.0500e+01, 8.0750e+01,\n"
            "         8.1000e+01, 8.1250e+01, 8.1500e+01, 8.1750e+01, 8.2000e+01, 8.2250e+01,\n"
            "         8.2500e+01, 8.2750e+01, 8.3000e+01, 8.3250e+01, 8.3500e+01, 8.3750e+01,\n"
            "         8.4000e+01, 8.4250e+01, 8.4500e+01, 8.4750e+01, 8.5000e+01, 8.5250e+01,\n"
            "         8.5500e+01, 8.5750e+01, 8.6000e+01, 8.6250e+01, 8.6500e+01, 8.6750e+01,\n"
            "         8.7000e+01, 8.7250e+01, 8.7500e+01, 8.7750e+01, 8.8000e+01, 8.8250e+01,\n"
            "         8.8500e+01, 8.8750e+01, 8.9000e+01, 8.9250e+01, 8.9500e+01, 8.9750e+01,\n"
            "         9.0000e+01, 9.0250e+01, 9.0500e+01, 9.0750e+01, 9.1000e+01, 9.1250e+01,\n"
            "         9.1500e+01, 9.1750e+01],\n"
            "        [9.2000e+01, 9.2250e+01, 9.2500e+01, 9.2750e+01, 9.3000e+01, 9.3250e+01,\n"
            "         9.3500e+01, 9.3750e+01, 9.4000e+01, 9.4250e+01, 9.4500e+01, 9.4750e+01,\n"
            "         9.5000e+01, 9.5250e+01, 9.5500e+01, 9.5750e+01, 9.6000e+01, 9.6250e+01,\n"
            "         9.6500e+01, 9.6750e+01, 9.7000e+01, 9.7250e+01, 9.7500e+01, 9.7750e+01,\n"
            "         9.8000e+01, 9.8250e+01, 9.8500e+01, 9.8750e+01, 9.9000e+01, 9.9250e+01,\n"
            "         9.9500e+01, 9.9750e+01, 1.0000e+02, 1.0025e+02, 1.0050e+02, 1.0075e+02,\n"
            "         1.0100e+02, 1.0125e+02, 1.0150e+02, 1.0175e+02, 1.0200e+02, 1.0225e+02,\n"
            "         1.0250e+02, 1.0275e+02, 1.0300e+02, 1.0325e+02, 1.0350e+02, 1.0375e+02,\n"
            "         1.0400e+02, 1.0425e+02, 1.0450e+02, 1.0475e+02, 1.0500e+02, 1.0525e+02,\n"
            "         1.0550e+02, 1.0575e+02, 1.0600e+02, 1.0625e+02, 1.0650e+02, 1.0675e+02,\n"
            "         1.0700e+02, 1.0725e+02, 1.0750e+02, 1.0775e+02, 1.0800e+02, 1.0825e+02,\n"
            "         1.0850e+02, 1.0875e+02, 1.0900e+02, 1.0925e+02, 1.0950e+02, 1.0975e+02,\n"
            "         1.1000e+02, 1.1025e+02, 1.1050e+02, 1.1075e+02, 1.1100e+02, 1.1125e+02,\n"
            "         1.1150e+02, 1.1175e+02, 1.1200e+02, 1.1225e+02, 1.1250e+02, 1.1275e+02,\n"
            "         1.1300e+02, 1.1325e+02, 1.1350e+02, 1.1375e+02, 1.1400e+02, 1.1425e+02,\n"
            "         1.1450e+02, 1.1475e+02],\n"
            "        [1.1500e+02, 1.1525e+02, 1.1550e+02, 1.1575e+02, 1.1600e+02, 1.1625e+02,\n"
            "         1.1650e+02, 1.1675e+02, 1.1700e+02, 1.1725e+02, 1.1750e+02, 1.1775e+02,\n"
            "         1.1800e+02, 1.1825e+02, 1.1850e+02, 1.1875e+02, 1.1900e+02, 1.1925e+02,\n"
            "         1.1950e+02, 1.1975e+02, 1.2000e+02, 1.2025e+02, 1.2050e+02, 1.2075e+02,\n"
            "         1.2100e+02, 1.2125e+02, 1.2150e+02, 1.2175e+02, 1.2200e+02, 1.2225e+02,\n"
            "         1.2250e+02, 1.2275e+02, 1.2300e+02, 1.2325e+02, 1.2350e+02, 1.2375e+02,\n"
            "         1.2400e+02, 1.2425e+02, 1.2450e+02, 1.2475e+02, 1.2500e+02, 1.2525e+02,\n"
            "         1.2550e+02, 1.2575e+02, 1.2600e+02, 1.2625e+02, 1.2650e+02, 1.2675e+02,\n"
            "         1.2700e+02, 1.2725e+02, 1.2750e+02, 1.2775e+02, 1.2800e+02, 1.2825e+02,\n"
            "         1.2850e+02, 1.2875e+02, 1.2900e+02, 1.2925e+02, 1.2950e+02, 1.2975e+02,\n"
            "         1.3000e+02, 1.3025e+02, 1.3050e+02, 1.3075e+02, 1.3100e+02, 1.3125e+02,\n"
            "         1.3150e+02, 1.3175e+02, 1.3200e+02, 1.3225e+02, 1.3250e+02, 1.3275e+02,\n"
            "         1.3300e+02, 1.3325e+02, 1.3350e+02, 1.3375e+02, 1.3400e+02, 1.3425e+02,\n"
            "         1.3450e+02, 1.3475e+02, 1.3500e+02, 1.3525e+02, 1.3550e+02, 1.3575e+02,\n"
            "         1.3600e+02, 1.3625e+02, 1.3650e+02, 1.3675e+02, 1.3700e+02, 1.3725e+02,\n"
            "         1.3750e+02, 1.3775e+02],\n"
            "        [1.3800e+02, 1.3825e+02, 1.3850e+02, 1.3875e+02, 1.3900e+02, 1.3925e+02,\n"
            "         1.3950e+02, 1.3975e+02, 1.4000e+02, 1.4025e+02, 1.4050e+02, 1.4075e+02,\n"
            "         1.4100e+02, 1.4125e+02, 1.4150e+02, 1.4175e+02, 1.4200e+02, 1.4225e+02,\n"
            "         1.4250e+02, 1.4275e+02, 1.4300e+02, 1.4325e+02, 1.4350e+02, 1.4375e+02,\n"
            "         1.4400e+02, 1.4425e+02, 1.4450e+02, 1.4475e+02, 1.4500e+02, 1.4525e+02,\n"
            "         1.4550e+02, 1.4575e+02, 1.4600e+02, 1.4625e+02, 1.4650e+02, 1.4675e+02,\n"
            "         1.4700e+02, 1.4725e+02, 1.4750e+02, 1.4775e+02, 1.4800e+02, 1.4825e+02,\n"
            "         1.4850e+02, 1.4875e+02, 1.4900e+02, 1.4925e+02, 1.4950e+02, 1.4975e+02,\n"
            "         1.5000e+02, 1.5025e+02, 1.5050e+02, 1.5075e+02, 1.5100e+02, 1.5125e+02,\n"
            "         1.5150e+02, 1.5175e+02, 1.5200e+02, 1.5225e+02, 1.5250e+02, 1.5275e+02,\n"
            "         1.5300e+02, 1.5325e+02, 1.5350e+02, 1.5375e+02, 1.5400e+02, 1.5425e+02,\n"
            "         1.5450e+02, 1.5475e+02, 1.5500e+02, 1.5525e+02, 1.5550e+02, 1.5575e+02,\n"
            "         1.5600e+02, 1.5625e+02, 1.5650e+02, 1.5675e+02, 1.5700e+02, 1.5725e+02,\n"
            "         1.5750e+02, 1.5775e+02, 1.5800e+02, 1.5825e+02, 1.5850e+02, 1.5875e+02,\n"
            "         1.5900e+02, 1.5925e+02, 1.5950e+02, 1.5975e+02, 1.6000e+02, 1.6025e+02,\n"
            "         1.6050e+02, 1.6075e+02],\n"
            "        [1.6100e+02, 1.6125e+02, 1.6150e+02, 1.6175e+02, 1.6200e+02, 1.6225e+02,\n"
            "         1.6250e+02, 1.6275e+02, 1.6300e+02, 1.6325e+02, 1.6350e+02, 1.6375e+02,\n"
            "         1.6400e+02, 1.6425e+02, 1.6450e+02, 1.6475e+02, 1.6500e+02, 1.6525e+02,\n"
            "         1.6550e+02, 1.6575e+02, 1.6600e+02, 1.6625e+02, 1.6650e+02, 1.6675e+02,\n"
            "         1.6700e+02, 1.6725e+02, 1.6750e+02, 1.6775e+02, 1.6800e+02, 1.6825e+02,\n"
            "         1.6850e+02, 1.6875e+02, 1.6900e+02, 1.6925e+02, 1.6950e+02, 1.6975e+02,\n"
            "         1.7000e+02, 1.7025e+02, 1.7050e+02, 1.7075e+02, 1.7100e+02, 1.7125e+02,\n"
            "         1.7150e+02, 1.7175e+02, 1.7200e+02, 1.7225e+02, 1.7250e+02, 1.7275e+02,\n"
            "         1.7300e+02, 1.7325e+02, 1.7350e+02, 1.7375e+02, 1.7400e+02, 1.7425e+02,\n"
            "         1.7450e+02, 1.7475e+02, 1.7500e+02, 1.7525e+02, 1.7550e+02, 1.7575e+02,\n"
            "         1.7600e+02, 1.7625e+02, 1.7650e+02, 1.7675e+02, 1.7700e+02, 1.7725e+02,\n"
            "         1.7750e+02, 1.7775e+02, 1.7800e+02, 1.7825e+02, 1.7850e+02, 1.7875e+02,\n"
            "         1.7900e+02, 1.7925e+02, 1.7950e+02, 1.7975e+02, 1.8000e+02, 1.8025e+02,\n"
            "         1.8050e+02, 1.8075e+02, 1.8100e+02, 1.8125e+02, 1.8150e+02, 1.8175e+02,\n"
            "         1.8200e+02, 1.8225e+02, 1.8250e+02, 1.8275e+02, 1.8300e+02, 1.8325e+02,\n"
            "         1.8350e+02, 1.8375e+02],\n"
            "        [1.8400e+02, 1.8425e+02, 1.8450e+02, 1.8475e+02, 1.8500e+02, 1.8525e+02,\n"
            "         1.8550e+02, 1.8575e+02, 1.8600e+02, 1.8625e+02, 1.8650e+02, 1.8675e+02,\n"
            "         1.8700e+02, 1.8725e+02, 1.8750e+02, 1.8775e+02, 1.8800e+02, 1.8825e+02,\n"
            "         1.8850e+02, 1.8875e+02, 1.8900e+02, 1.8925e+02, 1.8950e+02, 1.8975e+02,\n"
            "         1.9000e+02, 1.9025e+02, 1.9050e+02, 1.9075e+02, 1.9100e+02, 1.9125e+02,\n"
            "         1.9150e+02, 1.9175e+02, 1.9200e+02, 1.9225e+02, 1.9250e+02, 1.9275e+02,\n"
            "         1.9300e+02, 1.9325e+02, 1.9350e+02, 1.9375e+02, 1.9400e+02, 1.9425e+02,\n"
            "         1.9450e+02, 1.9475e+02, 1.9500e+02, 1.9525e+02, 1.9550e+02, 1.9575e+02,\n"
            "         1.9600e+02, 1.9625e+02, 1.9650e+02, 1.9675e+02, 1.9700e+02, 1.9725e+02,\n"
            "         1.9750e+02, 1.9775e+02, 1.9800e+02, 1.9825e+02, 1.9850e+02, 1.9875e+02,\n"
            "         1.9900e+02, 1.9925e+02, 1.9950e+02, 1.9975e+02, 2.0000e+02, 2.0025e+02,\n"
            "         2.0050e+02, 2.0075e+02, 2.0100e+02, 2.0125e+02, 2.0150e+02, 2.0175e+02,\n"
            "         2.0200e+02, 2.0225e+02, 2.0250e+02, 2.0275e+02, 2.0300e+02, 2.0325e+02,\n"
            "         2.0350e+02, 2.0375e+02, 2.0400e+02, 2.0425e+02, 2.0450e+02, 2.0475e+02,\n"
            "         2.0500e+02, 2.0525e+02, 2.0550e+02, 2.0575e+02, 2.0600e+02, 2.0625e+02,\n"
            "         2.0650e+02, 2.0675e+02],\n"
            "        [2.0700e+02, 2.0725e+02, 2.0750e+02, 2.0775e+02, 2.0800e+02, 2.0825e+02,\n"
            "         2.0850e+02, 2.0875e+02, 2.0900e+02, 2.0925e+02, 2.0950e+02, 2.0975e+02,\n"
            "         2.1000e+02, 2.1025e+02, 2.1050e+02, 2.1075e+02, 2.1100e+02, 2.1125e+02,\n"
            "         2.1150e+02, 2.1175e+02, 2.1200e+02, 2.1225e+02, 2.1250e+02, 2.1275e+02,\n"
            "         2.1300e+02, 2.1325e+02, 2.1350e+02, 2.1375e+02, 2.1400e+02, 2.1425e+02,\n"
            "         2.1450e+02, 2.1475e+02, 2.1500e+02, 2.1525e+02, 2.1550e+02, 2.1575e+02,\n"
            "         2.1600e+02, 2.1625e+02, 2.1650e+02, 2.1675e+02, 2.1700e+02, 2.1725e+02,\n"
            "         2.1750e+02, 2.1775e+02, 2.1800e+02, 2.1825e+02, 2.1850e+02, 2.1875e+02,\n"
            "         2.1900e+02, 2.1925e+02, 2.1950e+02, 2.1975e+02, 2.2000e+02, 2.2025e+02,\n"
            "         2.2050e+02, 2.2075e+02, 2.2100e+02, 2.2125e+02, 2.2150e+02, 2.2175e+02,\n"
            "         2.2200e+02, 2.2225e+02, 2.2250e+02, 2.2275e+02, 2.2300e+02, 2.2325e+02,\n"
            "         2.2350e+02, 2.2375e+02, 2.2400e+02, 2.2425e+02, 2.2450e+02, 2.2475e+02,\n"
            "         2.2500e+02, 2.2525e+02, 2.2550e+02, 2.2575e+02, 2.2600e+02, 2.2625e+02,\n"
            "         2.2650e+02, 2.2675e+02, 2.2700e+02, 2.2725e+02, 2.2750e+02, 2.2775e+02,\n"
            "         2.2800e+02, 2.2825e+02, 2.2850e+02, 2.2875e+02, 2.2900e+02, 2.2925e+02,\n"
            "         2.2950e+02, 2.2975e+02],\n"
            "        [2.3000e+02, 2.3025e+02, 2.3050e+02, 2.3075e+02, 2.3100e+02, 2.3125e+02,\n"
            "         2.3150e+02, 2.3175e+02, 2.3200e+02, 2.3225e+02, 2.3250e+02, 2.3275e+02,\n"
            "         2.3300e+02, 2.3325e+02, 2.3350e+02, 2.3375e+02, 2.3400e+02, 2.3425e+02,\n"
            "         2.3450e+02, 2.3475e+02, 2.3500e+02, 2.3525e+02, 2.3550e+02, 2.3575e+02,\n"
            "         2.3600e+02, 2.3625e+02, 2.3650e+02, 2.3675e+02, 2.3700e+02, 2.3725e+02,\n"
            "         2.3750e+02, 2.3775e+02, 2.3800e+02, 2.3825e+02, 2.3850e+02, 2.3875e+02,\n"
            "         2.3900e+02, 2.3925e+02, 2.3950e+02, 2.3975e+02, 2.4000e+02, 2.4025e+02,\n"
            "         2.4050e+02, 2.4075e+02, 2.4100e+02, 2.4125e+02, 2.4150e+02, 2.4175e+02,\n"
            "         2.4200e+02, 2.4225e+02, 2.4250e+02, 2.4275e+02, 2.4300e+02, 2.4325e+02,\n"
            "         2.4350e+02, 2.4375e+02, 2.4400e+02, 2.4425e+02, 2.4450e+02, 2.4475e+02,\n"
            "         2.4500e+02, 2.4525e+02, 2.4550e+02, 2.4575e+02, 2.4600e+02, 2.4625e+02,\n"
            "         2.4650e+02, 2.4675e+02, 2.4700e+02, 2.4725e+02, 2.4750e+02, 2.4775e+02,\n"
            "         2.4800e+02, 2.4825e+02, 2.4850e+02, 2.4875e+02, 2.4900e+02, 2.4925e+02,\n"
            "         2.4950e+02, 2.4975e+02, 2.5000e+02, 2.5025e+02, 2.5050e+02, 2.5075e+02,\n"
            "         2.5100e+02, 2.5125e+02, 2.5150e+02, 2.5175e+02, 2.5200e+02, 2.5225e+02,\n"
            "         2.5250e+02, 2.5275e+02]])"
        ),
    ),
    Case(
        "opt_full_prec",
        np.arange(1010, dtype=np.float32) / 4,
        "float32",
        {"profile": "full", "precision": 2},
        {},
        (
            "tensor([0.00e+00, 2.50e-01, 5.00e-01, 7.50e-01, 1.00e+00, 1.25e+00, 1.50e+00,\n"
            "        1.75e+00, 2.00e+00, 2.25e+00, 2.50e+00, 2.75e+00, 3.00e+00, 3.25e+00,\n"
            "        3.50e+00, 3.75e+00, 4.00e+00, 4.25e+00, 4.50e+00, 4.75e+00, 5.00e+00,\n"
            "        5.25e+00, 5.50e+00, 5.75e+00, 6.00e+00, 6.25e+00, 6.50e+00, 6.75e+00,\n"
            "        7.00e+00, 7.25e+00, 7.50e+00, 7.75e+00, 8.00e+00, 8.25e+00, 8.50e+00,\n"
            "        8.75e+00, 9.00e+00, 9.25e+00, 9.50e+00, 9.75e+00, 1.00e+01, 1.02e+01,\n"
            "        1.05e+01, 1.08e+01, 1.10e+01, 1.12e+01, 1.15e+01, 1.18e+01, 1.20e+01,\n"
            "        1.22e+01, 1.25e+01, 1.28e+01, 1.30e+01, 1.32e+01, 1.35e+01, 1.38e+01,\n"
            "        1.40e+01, 1.42e+01, 1.45e+01, 1.48e+01, 1.50e+01, 1.52e+01, 1.55e+01,\n"
            "        1.58e+01, 1.60e+01, 1.62e+01, 1.65e+01, 1.68e+01, 1.70e+01, 1.72e+01,\n"
            "        1.75e+01, 1.78e+01, 1.80e+01, 1.82e+01, 1.85e+01, 1.88e+01, 1.90e+01,\n"
            "        1.92e+01, 1.95e+01, 1.98e+01, 2.00e+01, 2.02e+01, 2.05e+01, 2.08e+01,\n"
            "        2.10e+01, 2.12e+01, 2.15e+01, 2.18e+01, 2.20e+01, 2.22e+01, 2.25e+01,\n"
            "        2.28e+01, 2.30e+01, 2.32e+01, 2.35e+01, 2.38e+01, 2.40e+01, 2.42e+01,\n"
            "        2.45e+01, 2.48e+01, 2.50e+01, 2.52e+01, 2.55e+01, 2.58e+01, 2.60e+01,\n"
            "        2.62e+01, 2.65e+01, 2.68e+01, 2.70e+01, 2.72e+01, 2.75e+01, 2.78e+01,\n"
            "        2.80e+01, 2.82e+01, 2.85e+01, 2.88e+01, 2.90e+01, 2.92e+01, 2.95e+01,\n"
            "        2.98e+01, 3.00e+01, 3.02e+01, 3.05e+01, 3.08e+01, 3.10e+01, 3.12e+01,\n"
            "        3.15e+01, 3.18e+01, 3.20e+01, 3.22e+01, 3.25e+01, 3.28e+01, 3.30e+01,\n"
            "        3.32e+01, 3.35e+01, 3.38e+01, 3.40e+01, 3.42e+01, 3.45e+01, 3.48e+01,\n"
            "        3.50e+01, 3.52e+01, 3.55e+01, 3.58e+01, 3.60e+01, 3.62e+01, 3.65e+01,\n"
            "        3.68e+01, 3.70e+01, 3.72e+01, 3.75e+01, 3.78e+01, 3.80e+01, 3.82e+01,\n"
            "        3.85e+01, 3.88e+01, 3.90e+01, 3.92e+01, 3.95e+01, 3.98e+01, 4.00e+01,\n"
            "        4.02e+01, 4.05e+01, 4.08e+01, 4.10e+01, 4.12e+01, 4.15e+01, 4.18e+01,\n"
            "        4.20e+01, 4.22e+01, 4.25e+01, 4.28e+01, 4.30e+01, 4.32e+01, 4.35e+01,\n"
            "        4.38e+01, 4.40e+01, 4.42e+01, 4.45e+01, 4.48e+01, 4.50e+01, 4.52e+01,\n"
            "        4.55e+01, 4.58e+01, 4.60e+01, 4.62e+01, 4.65e+01, 4.68e+01, 4.70e+01,\n"
            "        4.72e+01, 4.75e+01, 4.78e+01, 4.80e+01, 4.82e+01, 4.85e+01, 4.88e+01,\n"
            "        4.90e+01, 4.92e+01, 4.95e+01, 4.98e+01, 5.00e+01, 5.02e+01, 5.05e+01,\n"
            "        5.08e+01, 5.10e+01, 5.12e+01, 5.15e+01, 5.18e+01, 5.20e+01, 5.22e+01,\n"
            "        5.25e+01, 5.28e+01, 5.30e+01, 5.32e+01, 5.35e+01, 5.38e+01, 5.40e+01,\n"
            "        5.42e+01, 5.45e+01, 5.48e+01, 5.50e+01, 5.52e+01, 5.55e+01, 5.58e+01,\n"
            "        5.60e+01, 5.62e+01, 5.65e+01, 5.68e+01, 5.70e+01, 5.72e+01, 5.75e+01,\n"
            "        5.78e+01, 5.80e+01, 5.82e+01, 5.85e+01, 5.88e+01, 5.90e+01, 5.92e+01,\n"
            "        5.95e+01, 5.98e+01, 6.00e+01, 6.02e+01, 6.05e+01, 6.08e+01, 6.10e+01,\n"
            "        6.12e+01, 6.15e+01, 6.18e+01, 6.20e+01, 6.22e+01, 6.25e+01, 6.28e+01,\n"
            "        6.30e+01, 6.32e+01, 6.35e+01, 6.38e+01, 6.40e+01, 6.42e+01, 6.45e+01,\n"
            "        6.48e+01, 6.50e+01, 6.52e+01, 6.55e+01, 6.58e+01, 6.60e+01, 6.62e+01,\n"
            "        6.65e+01, 6.68e+01, 6.70e+01, 6.72e+01, 6.75e+01, 6.78e+01, 6.80e+01,\n"
            "        6.82e+01, 6.85e+01, 6.88e+01, 6.90e+01, 6.92e+01, 6.95e+01, 6.98e+01,\n"
            "        7.00e+01, 7.02e+01, 7.05e+01, 7.08e+01, 7.10e+01, 7.12e+01, 7.15e+01,\n"
            "        7.18e+01, 7.20e+01, 7.22e+01, 7.25e+01, 7.28e+01, 7.30e+01, 7.32e+01,\n"
            "        7.35e+01, 7.38e+01, 7.40e+01, 7.42e+01, 7.45e+01, 7.48e+01, 7.50e+01,\n"
            "        7.52e+01, 7.55e+01, 7.58e+01, 7.60e+01, 7.62e+01, 7.65e+01, 7.68e+01,\n"
            "        7.70e+01, 7.72e+01, 7.75e+01, 7.78e+01, 7.80e+01, 7.82e+01, 7.85e+01,\n"
            "        7.88e+01, 7.90e+01, 7.92e+01, 7.95e+01, 7.98e+01, 8.00e+01, 8.02e+01,\n"
            "        8.05e+01, 8.08e+01, 8.10e+01, 8.12e+01, 8.15e+01, 8.18e+01, 8.20e+01,\n"
            "        8.22e+01, 8.25e+01, 8.28e+01, 8.30e+01, 8.32e+01, 8.35e+01, 8.38e+01,\n"
            "        8.40e+01, 8.42e+01, 8.45e+01, 8.48e+01, 8.50e+01, 8.52e+01, 8.55e+01,\n"
            "        8.58e+01, 8.60e+01, 8.62e+01, 8.65e+01, 8.68e+01, 8.70e+01, 8.72e+01,\n"
            "        8.75e+01, 8.78e+01, 8.80e+01, 8.82e+01, 8.85e+01, 8.88e+01, 8.90e+01,\n"
            "        8.92e+01, 8.95e+01, 8.98e+01, 9.00e+01, 9.02e+01, 9.05e+01, 9.08e+01,\n"
            "        9.10e+01, 9.12e+01, 9.15e+01, 9.18e+01, 9.20e+01, 9.22e+01, 9.25e+01,\n"
            "        9.28e+01, 9.30e+01, 9.32e+01, 9.35e+01, 9.38e+01, 9.40e+01, 9.42e+01,\n"
            "        9.45e+01, 9.48e+01, 9.50e+01, 9.52e+01, 9.55e+01, 9.58e+01, 9.60e+01,\n"
            "        9.62e+01, 9.65e+01, 9.68e+01, 9.70e+01, 9.72e+01, 9.75e+01, 9.78e+01,\n"
            "        9.80e+01, 9.82e+01, 9.85e+01, 9.88e+01, 9.90e+01, 9.92e+01, 9.95e+01,\n"
            "        9.98e+01, 1.00e+02, 1.00e+02, 1.00e+02, 1.01e+02, 1.01e+02, 1.01e+02,\n"
            "        1.02e+02, 1.02e+02, 1.02e+02, 1.02e+02, 1.02e+02, 1.03e+02, 1.03e+02,\n"
            "        1.03e+02, 1.04e+02, 1.04e+02, 1.04e+02, 1.04e+02, 1.04e+02, 1.05e+02,\n"
            "        1.05e+02, 1.05e+02, 1.06e+02, 1.06e+02, 1.06e+02, 1.06e+02, 1.06e+02,\n"
            "        1.07e+02, 1.07e+02, 1.07e+02, 1.08e+02, 1.08e+02, 1.08e+02, 1.08e+02,\n"
            "        1.08e+02, 1.09e+02, 1.09e+02, 1.09e+02, 1.10e+02, 1.10e+02, 1.10e+02,\n"
            "        1.10e+02, 1.10e+02, 1.11e+02, 1.11e+02, 1.11e+02, 1.12e+02, 1.12e+02,\n"
            "        1.12e+02, 1.12e+02, 1.12e+02, 1.13e+02, 1.13e+02, 1.13e+02, 1.14e+02,\n"
            "        1.14e+02, 1.14e+02, 1.14e+02, 1.14e+02, 1.15e+02, 1.15e+02, 1.15e+02,\n"
            "        1.16e+02, 1.16e+02, 1.16e+02, 1.16e+02, 1.16e+02, 1.17e+02, 1.17e+02,\n"
            "        1.17e+02, 1.18e+02, 1.18e+02, 1.18e+02, 1.18e+02, 1.18e+02, 1.19e+02,\n"
            "        1.19e+02, 1.19e+02, 1.20e+02, 1.20e+02, 1.20e+02, 1.20e+02, 1.20e+02,\n"
            "        1.21e+02, 1.21e+02, 1.21e+02, 1.22e+02, 1.22e+02, 1.22e+02, 1.22e+02,\n"
            "        1.22e+02, 1.23e+02, 1.23e+02, 1.23e+02, 1.24e+02, 1.24e+02, 1.24e+02,\n"
            "        1.24e+02, 1.24e+02, 1.25e+02, 1.25e+02, 1.25e+02, 1.26e+02, 1.26e+02,\n"
            "        1.26e+02, 1.26e+02, 1.26e+02, 1.27e+02, 1.27e+02, 1.27e+02, 1.28e+02,\n"
            "        1.28e+02, 1.28e+02, 1.28e+02, 1.28e+02, 1.29e+02, 1.29e+02, 1.29e+02,\n"
            "        1.30e+02, 1.30e+02, 1.30e+02, 1.30e+02, 1.30e+02, 1.31e+02, 1.31e+02,\n"
            "        1.31e+02, 1.32e+02, 1.32e+02, 1.32e+02, 1.32e+02, 1.32e+02, 1.33e+02,\n"
            "        1.33e+02, 1.33e+02, 1.34e+02, 1.34e+02, 1.34e+02, 1.34e+02, 1.34e+02,\n"
            "        1.35e+02, 1.35e+02, 1.35e+02, 1.36e+02, 1.36e+02, 1.36e+02, 1.36e+02,\n"
            "        1.36e+02, 1.37e+02, 1.37e+02, 1.37e+02, 1.38e+02, 1.38e+02, 1.38e+02,\n"
            "        1.38e+02, 1.38e+02, 1.39e+02, 1.39e+02, 1.39e+02, 1.40e+02, 1.40e+02,\n"
            "        1.40e+02, 1.40e+02, 1.40e+02, 1.41e+02, 1.41e+02, 1.41e+02, 1.42e+02,\n"
            "        1.42e+02, 1.42e+02, 1.42e+02, 1.42e+02, 1.43e+02, 1.43e+02, 1.43e+02,\n"
            "        1.44e+02, 1.44e+02, 1.44e+02, 1.44e+02, 1.44e+02, 1.45e+02, 1.45e+02,\n"
            "        1.45e+02, 1.46e+02, 1.46e+02, 1.46e+02, 1.46e+02, 1.46e+02, 1.47e+02,\n"
            "        1.47e+02, 1.47e+02, 1.48e+02, 1.48e+02, 1.48e+02, 1.48e+02, 1.48e+02,\n"
            "        1.49e+02, 1.49e+02, 1.49e+02, 1.50e+02, 1.50e+02, 1.50e+02, 1.50e+02,\n"
            "        1.50e+02, 1.51e+02, 1.51e+02, 1.51e+02, 1.52e+02, 1.52e+02, 1.52e+02,\n"
            "        1.52e+02, 1.52e+02, 1.53e+02, 1.53e+02, 1.53e+02, 1.54e+02, 1.54e+02,\n"
            "        1.54e+02, 1.54e+02, 1.54e+02, 1.55e+02, 1.55e+02, 1.55e+02, 1.56e+02,\n"
            "        1.56e+02, 1.56e+02, 1.56e+02, 1.56e+02, 1.57e+02, 1.57e+02, 1.57e+02,\n"
            "        1.58e+02, 1.58e+02, 1.58e+02, 1.58e+02, 1.58e+02, 1.59e+02, 1.59e+02,\n"
            "        1.59e+02, 1.60e+02, 1.60e+02, 1.60e+02, 1.60e+02, 1.60e+02, 1.61e+02,\n"
            "        1.61e+02, 1.61e+02, 1.62e+02, 1.62e+02, 1.62e+02, 1.62e+02, 1.62e+02,\n"
            "        1.63e+02, 1.63e+02, 1.63e+02, 1.64e+02, 1.64e+02, 1.64e+02, 1.64e+02,\n"
            "        1.64e+02, 1.65e+02, 1.65e+02, 1.65e+02, 1.66e+02, 1.66e+02, 1.66e+02,\n"
            "        1.66e+02, 1.66e+02, 1.67e+02, 1.67e+02, 1.67e+02, 1.68e+02, 1.68e+02,\n"
            "        1.68e+02, 1.68e+02, 1.68e+02, 1.69e+02, 1.69e+02, 1.69e+02, 1.70e+02,\n"
            "        1.70e+02, 1.70e+02, 1.70e+02, 1.70e+02, 1.71e+02, 1.71e+02, 1.71e+02,\n"
            "        1.72e+02, 1.72e+02, 1.72e+02, 1.72e+02, 1.72e+02, 1.73e+02, 1.73e+02,\n"
            "        1.73e+02, 1.74e+02, 1.74e+02, 1.74e+02, 1.74e+02, 1.74e+02, 1.75e+02,\n"
            "        1.75e+02, 1.75e+02, 1.76e+02, 1.76e+02, 1.76e+02, 1.76e+02, 1.76e+02,\n"
            "        1.77e+02, 1.77e+02, 1.77e+02, 1.78e+02, 1.78e+02, 1.78e+02, 1.78e+02,\n"
            "        1.78e+02, 1.79e+02, 1.79e+02, 1.79e+02, 1.80e+02, 1.80e+02, 1.80e+02,\n"
            "        1.80e+02, 1.80e+02, 1.81e+02, 1.81e+02, 1.81e+02, 1.82e+02, 1.82e+02,\n"
            "        1.82e+02, 1.82e+02, 1.82e+02, 1.83e+02, 1.83e+02, 1.83e+02, 1.84e+02,\n"
            "        1.84e+02, 1.84e+02, 1.84e+02, 1.84e+02, 1.85e+02, 1.85e+02, 1.85e+02,\n"
            "        1.86e+02, 1.86e+02, 1.86e+02, 1.86e+02, 1.86e+02, 1.87e+02, 1.87e+02,\n"
            "        1.87e+02, 1.88e+02, 1.88e+02, 1.88e+02, 1.88e+02, 1.88e+02, 1.89e+02,\n"
            "        1.89e+02, 1.89e+02, 1.90e+02, 1.90e+02, 1.90e+02, 1.90e+02, 1.90e+02,\n"
            "        1.91e+02, 1.91e+02, 1.91e+02, 1.92e+02, 1.92e+02, 1.92e+02, 1.92e+02,\n"
            "        1.92e+02, 1.93e+02, 1.93e+02, 1.93e+02, 1.94e+02, 1.94e+02, 1.94e+02,\n"
            "        1.94e+02, 1.94e+02, 1.95e+02, 1.95e+02, 1.95e+02, 1.96e+02, 1.96e+02,\n"
            "        1.96e+02, 1.96e+02, 1.96e+02, 1.97e+02, 1.97e+02, 1.97e+02, 1.98e+02,\n"
            "        1.98e+02, 1.98e+02, 1.98e+02, 1.98e+02, 1.99e+02, 1.99e+02, 1.99e+02,\n"
            "        2.00e+02, 2.00e+02, 2.00e+02, 2.00e+02, 2.00e+02, 2.01e+02, 2.01e+02,\n"
            "        2.01e+02, 2.02e+02, 2.02e+02, 2.02e+02, 2.02e+02, 2.02e+02, 2.03e+02,\n"
            "        2.03e+02, 2.03e+02, 2.04e+02, 2.04e+02, 2.04e+02, 2.04e+02, 2.04e+02,\n"
            "        2.05e+02, 2.05e+02, 2.05e+02, 2.06e+02, 2.06e+02, 2.06e+02, 2.06e+02,\n"
            "        2.06e+02, 2.07e+02, 2.07e+02, 2.07e+02, 2.08e+02, 2.08e+02, 2.08e+02,\n"
            "        2.08e+02, 2.08e+02, 2.09e+02, 2.09e+02, 2.09e+02, 2.10e+02, 2.10e+02,\n"
            "        2.10e+02, 2.10e+02, 2.10e+02, 2.11e+02, 2.11e+02, 2.11e+02, 2.12e+02,\n"
            "        2.12e+02, 2.12e+02, 2.12e+02, 2.12e+02, 2.13e+02, 2.13e+02, 2.13e+02,\n"
            "        2.14e+02, 2.14e+02, 2.14e+02, 2.14e+02, 2.14e+02, 2.15e+02, 2.15e+02,\n"
            "        2.15e+02, 2.16e+02, 2.16e+02, 2.16e+02, 2.16e+02, 2.16e+02, 2.17e+02,\n"
            "        2.17e+02, 2.17e+02, 2.18e+02, 2.18e+02, 2.18e+02, 2.18e+02, 2.18e+02,\n"
            "        2.19e+02, 2.19e+02, 2.19e+02, 2.20e+02, 2.20e+02, 2.20e+02, 2.20e+02,\n"
            "        2.20e+02, 2.21e+02, 2.21e+02, 2.21e+02, 2.22e+02, 2.22e+02, 2.22e+02,\n"
            "        2.22e+02, 2.22e+02, 2.23e+02, 2.23e+02, 2.23e+02, 2.24e+02, 2.24e+02,\n"
            "        2.24e+02, 2.24e+02, 2.24e+02, 2.25e+02, 2.25e+02, 2.25e+02, 2.26e+02,\n"
            "        2.26e+02, 2.26e+02, 2.26e+02, 2.26e+02, 2.27e+02, 2.27e+02, 2.27e+02,\n"
            "        2.28e+02, 2.28e+02, 2.28e+02, 2.28e+02, 2.28e+02, 2.29e+02, 2.29e+02,\n"
            "        2.29e+02, 2.30e+02, 2.30e+02, 2.30e+02, 2.30e+02, 2.30e+02, 2.31e+02,\n"
            "        2.31e+02, 2.31e+02, 2.32e+02, 2.32e+02, 2.32e+02, 2.32e+02, 2.32e+02,\n"
            "        2.33e+02, 2.33e+02, 2.33e+02, 2.34e+02, 2.34e+02, 2.34e+02, 2.34e+02,\n"
            "        2.34e+02, 2.35e+02, 2.35e+02, 2.35e+02, 2.36e+02, 2.36e+02, 2.36e+02,\n"
            "        2.36e+02, 2.36e+02, 2.37e+02, 2.37e+02, 2.37e+02, 2.38e+02, 2.38e+02,\n"
            "        2.38e+02, 2.38e+02, 2.38e+02, 2.39e+02, 2.39e+02, 2.39e+02, 2.40e+02,\n"
            "        2.40e+02, 2.40e+02, 2.40e+02, 2.40e+02, 2.41e+02, 2.41e+02, 2.41e+02,\n"
            "        2.42e+02, 2.42e+02, 2.42e+02, 2.42e+02, 2.42e+02, 2.43e+02, 2.43e+02,\n"
            "        2.43e+02, 2.44e+02, 2.44e+02, 2.44e+02, 2.44e+02, 2.44e+02, 2.45e+02,\n"
            "        2.45e+02, 2.45e+02, 2.46e+02, 2.46e+02, 2.46e+02, 2.46e+02, 2.46e+02,\n"
            "        2.47e+02, 2.47e+02, 2.47e+02, 2.48e+02, 2.48e+02, 2.48e+02, 2.48e+02,\n"
            "        2.48e+02, 2.49e+02, 2.49e+02, 2.49e+02, 2.50e+02, 2.50e+02, 2.50e+02,\n"
            "        2.50e+02, 2.50e+02, 2.51e+02, 2.51e+02, 2.51e+02, 2.52e+02, 2.52e+02,\n"
            "        2.52e+02, 2.52e+02])"
        ),
    ),
    Case(
        "opt_sci_true",
        np.array([1.0, 2.5], dtype=np.float32),
        "float32",
        {"sci_mode": True},
        {},
        "tensor([1.0000e+00, 2.5000e+00])",
    ),
    Case(
        "opt_sci_true_int",
        np.array([[1.0, 200.0], [-3.0, 0.0]], dtype=np.float32),
        "float32",
        {"sci_mode": True},
        {},
        ("tensor([[ 1.0000e+00,  2.0000e+02],\n        [-3.0000e+00,  0.0000e+00]])"),
    ),
    Case(
        "opt_sci_false",
        np.array([1e-08, 10000000000.0], dtype=np.float64),
        "float64",
        {"sci_mode": False},
        {},
        "tensor([          0.0000, 10000000000.0000], dtype=ferrotensor.float64)",
    ),
    Case(
        "opt_sci_false_int",
        np.array([1e20, 1.0], dtype=np.float64),
        "float64",
        {"sci_mode": False},
        {},
        "tensor([100000000000000000000.,                     1.], dtype=ferrotensor.float64)",
    ),
    Case(
        "opt_sci_true_ints",
        np.array([1, 2], dtype=np.int64),
        "int64",
        {"sci_mode": True},
        {},
        "tensor([1, 2])",
    ),
    Case(
        "opt_sci_true_prec",
        np.array([0.5, 1e-09, nan], dtype=np.float32),
        "float32",
        {"sci_mode": True, "precision": 1},
        {},
        "tensor([5.0e-01, 1.0e-09,     nan])",
    ),
    Case(
        "fuzz_000",
        np.array(
            [
                [[True, False], [False, False], [False, False], [False, False], [False, True]],
                [[True, True], [False, False], [False, False], [False, False], [False, True]],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([[[ True, False],\n"
            "         [False, False],\n"
            "         [False, False],\n"
            "         [False, False],\n"
            "         [False,  True]],\n"
            "\n"
            "        [[ True,  True],\n"
            "         [False, False],\n"
            "         [False, False],\n"
            "         [False, False],\n"
            "         [False,  True]]])"
        ),
    ),
    Case(
        "fuzz_001",
        np.array(
            [
                [
                    8.319000244227936e-08,
                    9.099999687123272e-08,
                    9.749000184910983e-08,
                    6.561000276406048e-08,
                ],
                [
                    8.119999961309077e-08,
                    1.026999996156519e-08,
                    2.3749999300548552e-08,
                    3.793000047380701e-08,
                ],
                [
                    6.991999867977938e-08,
                    4.849000134754533e-08,
                    4.1519999882666525e-08,
                    6.386999729102172e-08,
                ],
                [
                    7.592999651251375e-08,
                    5.5750000171883585e-08,
                    6.935000129715263e-08,
                    9.133000133942915e-08,
                ],
                [
                    2.4599999814967077e-09,
                    8.373999804689447e-08,
                    3.831999961789734e-08,
                    2.9879998919568607e-08,
                ],
                [
                    6.299999966152825e-10,
                    4.3760000068004956e-08,
                    7.37899981118062e-08,
                    3.75800013330263e-08,
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[8.3190e-08, 9.1000e-08, 9.7490e-08, 6.5610e-08],\n"
            "        [8.1200e-08, 1.0270e-08, 2.3750e-08, 3.7930e-08],\n"
            "        [6.9920e-08, 4.8490e-08, 4.1520e-08, 6.3870e-08],\n"
            "        [7.5930e-08, 5.5750e-08, 6.9350e-08, 9.1330e-08],\n"
            "        [2.4600e-09, 8.3740e-08, 3.8320e-08, 2.9880e-08],\n"
            "        [6.3000e-10, 4.3760e-08, 7.3790e-08, 3.7580e-08]])"
        ),
    ),
    Case(
        "fuzz_002",
        np.array(
            [
                [-1178377536, 1711794509],
                [-1095326456, 1234093448],
                [1257569426, 934007407],
                [-20734321, -240560294],
                [1782813728, 1077573100],
                [1912857458, 678168160],
            ],
            dtype=np.int32,
        ),
        "int32",
        {},
        {},
        (
            "tensor([[-1178377536,  1711794509],\n"
            "        [-1095326456,  1234093448],\n"
            "        [ 1257569426,   934007407],\n"
            "        [  -20734321,  -240560294],\n"
            "        [ 1782813728,  1077573100],\n"
            "        [ 1912857458,   678168160]], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_003",
        np.array(
            [
                2,
                19,
                16,
                9,
                3,
                5,
                19,
                13,
                9,
                14,
                19,
                10,
                14,
                12,
                11,
                4,
                12,
                8,
                0,
                1,
                6,
                18,
                0,
                13,
                5,
                8,
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {},
        {},
        (
            "tensor([ 2, 19, 16,  9,  3,  5, 19, 13,  9, 14, 19, 10, 14, 12, 11,  4, 12,  8,\n"
            "         0,  1,  6, 18,  0, 13,  5,  8], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_004",
        np.array(False, dtype=np.bool_),
        "bool",
        {"threshold": 26},
        {},
        "tensor(False)",
    ),
    Case(
        "fuzz_005",
        np.array(
            [
                -67844.0,
                -62672.0,
                -98851.0,
                -13540.0,
                -76833.0,
                -78253.0,
                -86003.0,
                -33945.0,
                -3847.0,
                -36435.0,
                -8997.0,
                -78331.0,
                -70645.0,
                -13987.0,
                -69944.0,
                -24304.0,
                -77500.0,
                -34650.0,
                -50170.0,
                -16949.0,
                -44479.0,
                -1986.0,
                -36963.0,
                -68847.0,
                -48992.0,
                -83219.0,
                -30648.0,
                -8110.0,
                -52854.0,
                -85488.0,
                -85003.0,
                -55759.0,
                -66638.0,
                -27795.0,
                -32520.0,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"threshold": 2},
        {},
        "tensor([-67844., -62672., -98851.,  ..., -66638., -27795., -32520.])",
    ),
    Case(
        "fuzz_006",
        np.array(False, dtype=np.bool_),
        "bool",
        {},
        {"device": "gpu"},
        "tensor(False, device='gpu')",
    ),
    Case(
        "fuzz_007",
        np.array(
            [
                8.411,
                -2.667,
                -9.844,
                3.1,
                -6.639,
                -0.071,
                5.816,
                6.359,
                -2.665,
                nan,
                -6.058,
                -9.582,
                2.671,
                -0.428,
                -5.751,
                -4.69,
                -6.223,
                7.796,
                inf,
                -8.629,
                -5.087,
                8.407,
                -5.902,
                -0.682,
                5.261,
                0.647,
                1.02,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"requires_grad": True, "grad_fn": "CloneBackward0"},
        (
            "tensor([ 8.4110, -2.6670, -9.8440,  3.1000, -6.6390, -0.0710,  5.8160,  6.3590,\n"
            "        -2.6650,     nan, -6.0580, -9.5820,  2.6710, -0.4280, -5.7510, -4.6900,\n"
            "        -6.2230,  7.7960,     inf, -8.6290, -5.0870,  8.4070, -5.9020, -0.6820,\n"
            "         5.2610,  0.6470,  1.0200], dtype=ferrotensor.float64,\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_008",
        np.array(
            [
                63,
                95,
                182,
                217,
                50,
                32,
                38,
                252,
                126,
                114,
                72,
                248,
                7,
                166,
                200,
                182,
                248,
                37,
                142,
                250,
                251,
                20,
                204,
                205,
                163,
                159,
                215,
                84,
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {"sci_mode": True},
        {},
        (
            "tensor([ 63,  95, 182, 217,  50,  32,  38, 252, 126, 114,  72, 248,   7, 166,\n"
            "        200, 182, 248,  37, 142, 250, 251,  20, 204, 205, 163, 159, 215,  84],\n"
            "       dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_009",
        np.array(
            [
                [
                    [15824.0, 43232.0, inf, 52704.0, 23584.0],
                    [39424.0, 48512.0, inf, inf, inf],
                    [642.0, 22640.0, 45440.0, 17632.0, 39392.0],
                    [48896.0, inf, 60736.0, inf, 17744.0],
                    [inf, 56576.0, 26016.0, 60832.0, 26512.0],
                    [inf, 63808.0, 63744.0, inf, 56704.0],
                ],
                [
                    [8092.0, 36128.0, 9264.0, inf, 39328.0],
                    [inf, inf, 41472.0, 55520.0, 23040.0],
                    [37664.0, 3908.0, 62112.0, 58016.0, inf],
                    [53344.0, inf, 58592.0, 12752.0, 5640.0],
                    [inf, 27696.0, inf, inf, 38592.0],
                    [32272.0, 36640.0, 42880.0, inf, inf],
                ],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"sci_mode": False},
        {},
        (
            "tensor([[[15824., 43232.,    inf, 52704., 23584.],\n"
            "         [39424., 48512.,    inf,    inf,    inf],\n"
            "         [  642., 22640., 45440., 17632., 39392.],\n"
            "         [48896.,    inf, 60736.,    inf, 17744.],\n"
            "         [   inf, 56576., 26016., 60832., 26512.],\n"
            "         [   inf, 63808., 63744.,    inf, 56704.]],\n"
            "\n"
            "        [[ 8092., 36128.,  9264.,    inf, 39328.],\n"
            "         [   inf,    inf, 41472., 55520., 23040.],\n"
            "         [37664.,  3908., 62112., 58016.,    inf],\n"
            "         [53344.,    inf, 58592., 12752.,  5640.],\n"
            "         [   inf, 27696.,    inf,    inf, 38592.],\n"
            "         [32272., 36640., 42880.,    inf,    inf]]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_010",
        np.array([18, 19, 19, 6], dtype=np.uint8),
        "uint8",
        {},
        {},
        "tensor([18, 19, 19,  6], dtype=ferrotensor.uint8)",
    ),
    Case(
        "fuzz_011",
        np.array(nan, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(nan)",
    ),
    Case(
        "fuzz_012",
        np.array(
            [
                [True, False, True, False, True],
                [False, False, True, False, True],
                [False, True, False, True, True],
                [False, False, False, False, True],
                [True, False, False, True, True],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([[ True, False,  True, False,  True],\n"
            "        [False, False,  True, False,  True],\n"
            "        [False,  True, False,  True,  True],\n"
            "        [False, False, False, False,  True],\n"
            "        [ True, False, False,  True,  True]])"
        ),
    ),
    Case(
        "fuzz_013",
        np.array(
            [
                9198,
                527,
                -8832,
                -15522,
                -7421,
                -15323,
                -22946,
                -2163,
                -26750,
                26275,
                26498,
                27951,
                -27708,
                30233,
                3635,
                -17243,
                9882,
                -5627,
                1899,
                -3986,
                -12547,
                1711,
                -9179,
                17875,
                -19920,
                -26314,
            ],
            dtype=np.int16,
        ),
        "int16",
        {},
        {},
        (
            "tensor([  9198,    527,  -8832, -15522,  -7421, -15323, -22946,  -2163, -26750,\n"
            "         26275,  26498,  27951, -27708,  30233,   3635, -17243,   9882,  -5627,\n"
            "          1899,  -3986, -12547,   1711,  -9179,  17875, -19920, -26314],\n"
            "       dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_014",
        np.array(
            [[[76, -15, -43, -108], [120, 55, -7, -106], [85, 6, 125, 11], [113, 86, 62, -19]]],
            dtype=np.int8,
        ),
        "int8",
        {},
        {},
        (
            "tensor([[[  76,  -15,  -43, -108],\n"
            "         [ 120,   55,   -7, -106],\n"
            "         [  85,    6,  125,   11],\n"
            "         [ 113,   86,   62,  -19]]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_015",
        np.array(
            [
                [True, False, False, False, True, True],
                [False, False, False, False, True, False],
                [True, True, False, False, True, False],
                [True, True, True, False, False, True],
                [True, True, False, True, True, True],
                [True, False, False, True, True, False],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([[ True, False, False, False,  True,  True],\n"
            "        [False, False, False, False,  True, False],\n"
            "        [ True,  True, False, False,  True, False],\n"
            "        [ True,  True,  True, False, False,  True],\n"
            "        [ True,  True, False,  True,  True,  True],\n"
            "        [ True, False, False,  True,  True, False]])"
        ),
    ),
    Case(
        "fuzz_016",
        np.array(-3.2941601581671344e26, dtype=np.float32),
        "float32",
        {"linewidth": 108},
        {},
        "tensor(-3.2942e+26)",
    ),
    Case(
        "fuzz_017",
        np.array(-6282.0, dtype=np.float64),
        "float64",
        {"precision": 8},
        {"requires_grad": True, "default_dtype": "float64"},
        "tensor(-6282., requires_grad=True)",
    ),
    Case(
        "fuzz_018",
        np.array([[-4.649162292480469e-06], [inf]], dtype=np.float16),
        "float16",
        {},
        {},
        ("tensor([[-4.6492e-06],\n        [        inf]], dtype=ferrotensor.float16)"),
    ),
    Case(
        "fuzz_019",
        np.array([[2442.0, 843.0, 1424.0, 7237.0]], dtype=np.float32),
        "float32",
        {"linewidth": 35, "sci_mode": True},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([[2.4420e+03, 8.4300e+02,\n"
            "         1.4240e+03, 7.2370e+03]],\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_020",
        np.array(
            [
                -3.509765625,
                -inf,
                5.28125,
                7.19140625,
                0.91015625,
                -3.51953125,
                -1.8798828125,
                -7.80859375,
                -7.25,
                4.91015625,
                7.53125,
                -4.8203125,
                3.7109375,
                -2.8203125,
                -9.8828125,
                5.21875,
                nan,
                -3.3203125,
                -4.44140625,
                1.849609375,
                -3.5,
                8.7421875,
                -8.078125,
                7.671875,
                1.3603515625,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"threshold": 5},
        {"requires_grad": True, "default_dtype": "float64"},
        (
            "tensor([-3.5098,    -inf,  5.2812,  ..., -8.0781,  7.6719,  1.3604],\n"
            "       dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_021",
        np.array(116, dtype=np.uint8),
        "uint8",
        {"edgeitems": 2},
        {},
        "tensor(116, dtype=ferrotensor.uint8)",
    ),
    Case(
        "fuzz_022",
        np.array(
            [
                [9585.0, 1149.0, 6962.0, -inf],
                [9276.0, 9618.0, 2651.0, 2065.0],
                [1019.0, 799.0, 3260.0, 2454.0],
                [9980.0, 4292.0, 4082.0, 5352.0],
                [8025.0, 3299.0, 5876.0, 5011.0],
                [6791.0, 8981.0, 9911.0, 5160.0],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[9585., 1149., 6962.,  -inf],\n"
            "        [9276., 9618., 2651., 2065.],\n"
            "        [1019.,  799., 3260., 2454.],\n"
            "        [9980., 4292., 4082., 5352.],\n"
            "        [8025., 3299., 5876., 5011.],\n"
            "        [6791., 8981., 9911., 5160.]])"
        ),
    ),
    Case(
        "fuzz_023",
        np.array(
            [
                False,
                True,
                False,
                False,
                True,
                True,
                True,
                True,
                True,
                False,
                True,
                True,
                False,
                False,
                False,
                True,
                True,
                True,
                False,
                False,
                True,
                True,
                True,
                True,
                True,
                True,
                True,
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([False,  True, False, False,  True,  True,  True,  True,  True, False,\n"
            "         True,  True, False, False, False,  True,  True,  True, False, False,\n"
            "         True,  True,  True,  True,  True,  True,  True])"
        ),
    ),
    Case(
        "fuzz_024",
        np.array(
            [
                [
                    [[43602.0, -0.31887999176979065, 3.2815999917445993e-10]],
                    [[-6.771699867513803e-10, 1334000000.0, -28775.0]],
                    [[-7.238899797812337e-06, 0.006889800075441599, -3.9542001672998595e-08]],
                    [[0.0033237000461667776, -47282.0, -4.278199838836372e-08]],
                    [[0.008045800030231476, -18.363000869750977, -6.001199892580189e-08]],
                ],
                [
                    [[0.04019400104880333, -615200000.0, -1866.699951171875]],
                    [[-1166400000.0, -1.5359999451902695e-05, 3.0224000511225313e-06]],
                    [[2.794599929245578e-08, -1794.300048828125, -8721100.0]],
                    [[90.74299621582031, -48.611000061035156, -4.296999931335449]],
                    [[-6.641300201416016, 0.6812999844551086, 612.1900024414062]],
                ],
                [
                    [[-8.780800271779299e-05, -5.232599869486876e-05, 4.646099841920659e-05]],
                    [[-68.81600189208984, 7.531800179094716e-07, -3.6189000240938185e-08]],
                    [[-3.2835998808877775e-07, 16.280000686645508, -9.320699691772461]],
                    [[-144820000.0, -0.00014971000200603157, -2.134399890899658]],
                    [[8.923700079321861e-06, -1972300.0, 67.74099731445312]],
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"linewidth": 64},
        {},
        (
            "tensor([[[[ 4.3602e+04, -3.1888e-01,  3.2816e-10]],\n"
            "\n"
            "         [[-6.7717e-10,  1.3340e+09, -2.8775e+04]],\n"
            "\n"
            "         [[-7.2389e-06,  6.8898e-03, -3.9542e-08]],\n"
            "\n"
            "         [[ 3.3237e-03, -4.7282e+04, -4.2782e-08]],\n"
            "\n"
            "         [[ 8.0458e-03, -1.8363e+01, -6.0012e-08]]],\n"
            "\n"
            "\n"
            "        [[[ 4.0194e-02, -6.1520e+08, -1.8667e+03]],\n"
            "\n"
            "         [[-1.1664e+09, -1.5360e-05,  3.0224e-06]],\n"
            "\n"
            "         [[ 2.7946e-08, -1.7943e+03, -8.7211e+06]],\n"
            "\n"
            "         [[ 9.0743e+01, -4.8611e+01, -4.2970e+00]],\n"
            "\n"
            "         [[-6.6413e+00,  6.8130e-01,  6.1219e+02]]],\n"
            "\n"
            "\n"
            "        [[[-8.7808e-05, -5.2326e-05,  4.6461e-05]],\n"
            "\n"
            "         [[-6.8816e+01,  7.5318e-07, -3.6189e-08]],\n"
            "\n"
            "         [[-3.2836e-07,  1.6280e+01, -9.3207e+00]],\n"
            "\n"
            "         [[-1.4482e+08, -1.4971e-04, -2.1344e+00]],\n"
            "\n"
            "         [[ 8.9237e-06, -1.9723e+06,  6.7741e+01]]]])"
        ),
    ),
    Case(
        "fuzz_025",
        np.array(
            [
                [
                    [[inf, inf, inf], [-inf, -inf, -inf], [inf, -inf, -inf]],
                    [[-inf, -inf, inf], [inf, inf, -inf], [inf, inf, inf]],
                    [[-inf, -inf, inf], [inf, -inf, inf], [-inf, -inf, inf]],
                    [[inf, -inf, -inf], [-inf, inf, -inf], [-inf, inf, -inf]],
                    [[inf, inf, inf], [-inf, inf, -inf], [-inf, inf, inf]],
                    [[-inf, -inf, inf], [inf, -inf, inf], [inf, -inf, inf]],
                ]
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 2, "threshold": 24},
        {},
        (
            "tensor([[[[inf, inf, inf],\n"
            "          [-inf, -inf, -inf],\n"
            "          [inf, -inf, -inf]],\n"
            "\n"
            "         [[-inf, -inf, inf],\n"
            "          [inf, inf, -inf],\n"
            "          [inf, inf, inf]],\n"
            "\n"
            "         [[-inf, -inf, inf],\n"
            "          [inf, -inf, inf],\n"
            "          [-inf, -inf, inf]],\n"
            "\n"
            "         [[inf, -inf, -inf],\n"
            "          [-inf, inf, -inf],\n"
            "          [-inf, inf, -inf]],\n"
            "\n"
            "         [[inf, inf, inf],\n"
            "          [-inf, inf, -inf],\n"
            "          [-inf, inf, inf]],\n"
            "\n"
            "         [[-inf, -inf, inf],\n"
            "          [inf, -inf, inf],\n"
            "          [inf, -inf, inf]]]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_026",
        np.array(
            [
                0.9990021,
                0.9996094,
                0.9990576,
                1.0000995,
                0.9993504,
                1.0001801,
                0.9990102,
                0.999564,
                1.0005196,
                1.0007439,
                0.0,
                0.9999675,
                -0.0,
                1.0005016,
                1.0006627,
                1.0007321,
                1.0006536,
                0.9999992,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([0.9990, 0.9996, 0.9991, 1.0001, 0.9994, 1.0002, 0.9990, 0.9996, 1.0005,\n"
            "        1.0007, 0.0000, 1.0000, -0.0000, 1.0005, 1.0007, 1.0007, 1.0007, 1.0000],\n"
            "       dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_027",
        np.array(0.0, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(0., dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_028",
        np.array(
            [
                5.203e-09,
                4.649e-09,
                7.895e-09,
                1.281e-09,
                8.924e-09,
                1.7640000000000001e-09,
                4.349e-09,
                1.494e-09,
                6.888e-09,
                8.14e-09,
                1.9250000000000003e-09,
                5.781e-09,
                7.209e-09,
                4.751000000000001e-09,
                2.62e-09,
                7.341e-09,
                3.4920000000000003e-09,
                6.715e-09,
                5.510000000000001e-10,
                8.97e-09,
                5.215999999999999e-09,
                2.752e-09,
                8.435e-09,
                4.425e-09,
                6.6920000000000005e-09,
                9.926e-09,
                8.527000000000001e-09,
                9.335e-09,
                8.621e-09,
                6.700000000000001e-10,
                2.918e-09,
                1.963e-09,
                4.11e-09,
                4.192e-09,
                9.583e-09,
                9.241e-09,
                9.837e-09,
                3.813e-09,
                9.641e-09,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"edgeitems": 0},
        {},
        (
            "tensor([5.2030e-09, 4.6490e-09, 7.8950e-09, 1.2810e-09, 8.9240e-09, 1.7640e-09,\n"
            "        4.3490e-09, 1.4940e-09, 6.8880e-09, 8.1400e-09, 1.9250e-09, 5.7810e-09,\n"
            "        7.2090e-09, 4.7510e-09, 2.6200e-09, 7.3410e-09, 3.4920e-09, 6.7150e-09,\n"
            "        5.5100e-10, 8.9700e-09, 5.2160e-09, 2.7520e-09, 8.4350e-09, 4.4250e-09,\n"
            "        6.6920e-09, 9.9260e-09, 8.5270e-09, 9.3350e-09, 8.6210e-09, 6.7000e-10,\n"
            "        2.9180e-09, 1.9630e-09, 4.1100e-09, 4.1920e-09, 9.5830e-09, 9.2410e-09,\n"
            "        9.8370e-09, 3.8130e-09, 9.6410e-09], size=(39,), dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_029",
        np.array(
            [
                [[0.9994239807128906, 1.0003820657730103, 1.0002431869506836, 1.0004348754882812]],
                [[0.9993054270744324, 0.9991884827613831, 1.0009024143218994, 0.9998078942298889]],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"threshold": 4},
        {},
        (
            "tensor([[[0.9994, 1.0004, 1.0002, 1.0004]],\n"
            "\n"
            "        [[0.9993, 0.9992, 1.0009, 0.9998]]])"
        ),
    ),
    Case(
        "fuzz_030",
        np.array(inf, dtype=np.float16),
        "float16",
        {"edgeitems": 3},
        {"requires_grad": True},
        "tensor(inf, dtype=ferrotensor.float16, requires_grad=True)",
    ),
    Case(
        "fuzz_031",
        np.array(
            [
                [212, 75, 105],
                [59, 225, 24],
                [183, 240, 33],
                [169, 34, 99],
                [40, 25, 212],
                [244, 87, 81],
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {},
        {},
        (
            "tensor([[212,  75, 105],\n"
            "        [ 59, 225,  24],\n"
            "        [183, 240,  33],\n"
            "        [169,  34,  99],\n"
            "        [ 40,  25, 212],\n"
            "        [244,  87,  81]], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_032",
        np.array(
            [
                True,
                True,
                False,
                False,
                False,
                True,
                True,
                True,
                False,
                True,
                True,
                True,
                True,
                False,
                True,
                False,
                False,
                False,
                True,
                True,
                True,
                True,
                False,
                False,
                True,
                True,
                False,
                True,
                False,
                False,
                True,
                True,
                True,
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"linewidth": 117},
        {},
        (
            "tensor([ True,  True, False, False, False,  True,  True,  True, False,  True,  True,  True,  True, False,  True,\n"
            "        False, False, False,  True,  True,  True,  True, False, False,  True,  True, False,  True, False, False,\n"
            "         True,  True,  True])"
        ),
    ),
    Case(
        "fuzz_033",
        np.array(
            [
                -6570600000.0,
                9746300000.0,
                46854100000.0,
                52764000000.0,
                67178800000.00001,
                73661400000.0,
                -85282900000.0,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {},
        (
            "tensor([-6.5706e+09,  9.7463e+09,  4.6854e+10,  5.2764e+10,  6.7179e+10,\n"
            "         7.3661e+10, -8.5283e+10], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_034",
        np.array(
            [
                [inf, inf, -inf, inf, -inf, -inf],
                [-inf, inf, -inf, -inf, -inf, -inf],
                [-inf, -inf, inf, inf, inf, -inf],
                [inf, -inf, -inf, -inf, inf, inf],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([[inf, inf, -inf, inf, -inf, -inf],\n"
            "        [-inf, inf, -inf, -inf, -inf, -inf],\n"
            "        [-inf, -inf, inf, inf, inf, -inf],\n"
            "        [inf, -inf, -inf, -inf, inf, inf]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_035",
        np.array([[-54208.0], [-0.0]], dtype=np.float16),
        "float16",
        {"edgeitems": 1},
        {"default_dtype": "float64"},
        ("tensor([[-54208.],\n        [    -0.]], dtype=ferrotensor.float16)"),
    ),
    Case(
        "fuzz_036",
        np.array(
            [
                9.5367431640625e-07,
                6.556510925292969e-07,
                9.5367431640625e-07,
                1.7881393432617188e-07,
                5.364418029785156e-07,
                2.384185791015625e-07,
                1.7881393432617188e-07,
                1.1920928955078125e-07,
                1.1920928955078125e-07,
                1.1920928955078125e-07,
                3.5762786865234375e-07,
                2.980232238769531e-07,
                3.5762786865234375e-07,
                3.5762786865234375e-07,
                1.1920928955078125e-07,
                5.364418029785156e-07,
                9.5367431640625e-07,
                9.5367431640625e-07,
                5.960464477539063e-08,
                2.384185791015625e-07,
                8.344650268554688e-07,
                8.940696716308594e-07,
                2.384185791015625e-07,
                2.384185791015625e-07,
                0.0,
                5.960464477539062e-07,
                8.940696716308594e-07,
                8.344650268554688e-07,
                8.940696716308594e-07,
                7.748603820800781e-07,
                3.5762786865234375e-07,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"linewidth": 139},
        {},
        (
            "tensor([9.5367e-07, 6.5565e-07, 9.5367e-07, 1.7881e-07, 5.3644e-07, 2.3842e-07, 1.7881e-07, 1.1921e-07, 1.1921e-07, 1.1921e-07, 3.5763e-07,\n"
            "        2.9802e-07, 3.5763e-07, 3.5763e-07, 1.1921e-07, 5.3644e-07, 9.5367e-07, 9.5367e-07, 5.9605e-08, 2.3842e-07, 8.3447e-07, 8.9407e-07,\n"
            "        2.3842e-07, 2.3842e-07, 0.0000e+00, 5.9605e-07, 8.9407e-07, 8.3447e-07, 8.9407e-07, 7.7486e-07, 3.5763e-07], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_037",
        np.array(
            [
                [
                    [
                        [0.999505, 0.999276, 1.0007935, 1.0000445],
                        [0.9990467, 1.0003715, 1.0005588, 1.000934],
                        [0.9997352, 0.9992266, 0.9990927, 1.0009675],
                        [1.0000624, 1.0002088, 0.9991801, 0.9998303],
                        [1.0005925, 0.9994707, 0.9995723, 0.9991141],
                    ]
                ],
                [
                    [
                        [1.0001255, 0.999889, 0.9990398, 1.0006034],
                        [0.9991652, 0.9990773, 1.0000016, 1.0007752],
                        [1.0002214, 0.9993309, 0.999804, 1.0007126],
                        [0.9990843, 1.0006249, 0.9994894, 0.9996324],
                        [0.9999696, 0.9996291, 0.9992377, 1.0004378],
                    ]
                ],
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {},
        (
            "tensor([[[[0.9995, 0.9993, 1.0008, 1.0000],\n"
            "          [0.9990, 1.0004, 1.0006, 1.0009],\n"
            "          [0.9997, 0.9992, 0.9991, 1.0010],\n"
            "          [1.0001, 1.0002, 0.9992, 0.9998],\n"
            "          [1.0006, 0.9995, 0.9996, 0.9991]]],\n"
            "\n"
            "\n"
            "        [[[1.0001, 0.9999, 0.9990, 1.0006],\n"
            "          [0.9992, 0.9991, 1.0000, 1.0008],\n"
            "          [1.0002, 0.9993, 0.9998, 1.0007],\n"
            "          [0.9991, 1.0006, 0.9995, 0.9996],\n"
            "          [1.0000, 0.9996, 0.9992, 1.0004]]]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_038",
        np.array(
            [
                4.0971598625183105,
                -9.281869888305664,
                -3.200269937515259,
                8.781060218811035,
                0.09337999671697617,
                3.238719940185547,
                -4.250909805297852,
                6.176239967346191,
                9.194379806518555,
                -1.2176300287246704,
                -4.710470199584961,
                0.9063299894332886,
                6.693230152130127,
                -8.958749771118164,
                -6.77662992477417,
                -9.147809982299805,
                -9.89249038696289,
                -2.4230198860168457,
                9.543800354003906,
                -6.627289772033691,
                3.783979892730713,
                1.072540044784546,
                -4.1292500495910645,
                -8.105170249938965,
                -9.767000198364258,
                -0.7223399877548218,
                9.188159942626953,
                1.5670599937438965,
                -0.0,
                1.3135900497436523,
                3.192470073699951,
                2.296099901199341,
                -0.2782999873161316,
                -9.70713996887207,
                -6.193419933319092,
                7.836639881134033,
                -0.9874600172042847,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 8, "edgeitems": 3, "linewidth": 41},
        {},
        (
            "tensor([ 4.09715986, -9.28186989,\n"
            "        -3.20026994,  8.78106022,\n"
            "         0.09338000,  3.23871994,\n"
            "        -4.25090981,  6.17623997,\n"
            "         9.19437981, -1.21763003,\n"
            "        -4.71047020,  0.90632999,\n"
            "         6.69323015, -8.95874977,\n"
            "        -6.77662992, -9.14780998,\n"
            "        -9.89249039, -2.42301989,\n"
            "         9.54380035, -6.62728977,\n"
            "         3.78397989,  1.07254004,\n"
            "        -4.12925005, -8.10517025,\n"
            "        -9.76700020, -0.72233999,\n"
            "         9.18815994,  1.56705999,\n"
            "        -0.00000000,  1.31359005,\n"
            "         3.19247007,  2.29609990,\n"
            "        -0.27829999, -9.70713997,\n"
            "        -6.19341993,  7.83663988,\n"
            "        -0.98746002])"
        ),
    ),
    Case(
        "fuzz_039",
        np.array([[30], [-52], [-4], [-63], [-81]], dtype=np.int8),
        "int8",
        {"linewidth": 88},
        {"default_dtype": "float64"},
        (
            "tensor([[ 30],\n"
            "        [-52],\n"
            "        [ -4],\n"
            "        [-63],\n"
            "        [-81]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_040",
        np.array(
            [
                5.662441253662109e-06,
                4.76837158203125e-07,
                5.424022674560547e-06,
                2.384185791015625e-07,
                7.152557373046875e-07,
                6.556510925292969e-06,
                2.8014183044433594e-06,
                7.748603820800781e-06,
                4.291534423828125e-06,
                5.304813385009766e-06,
                4.0531158447265625e-06,
                7.092952728271484e-06,
                2.3245811462402344e-06,
                2.2649765014648438e-06,
                6.556510925292969e-07,
                8.344650268554688e-07,
                6.020069122314453e-06,
                6.258487701416016e-06,
                3.6954879760742188e-06,
                3.2782554626464844e-06,
                4.410743713378906e-06,
                9.5367431640625e-07,
                1.6689300537109375e-06,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"threshold": 5, "linewidth": 26},
        {},
        (
            "tensor([5.6624e-06,\n"
            "        4.7684e-07,\n"
            "        5.4240e-06,\n"
            "         ...,\n"
            "        4.4107e-06,\n"
            "        9.5367e-07,\n"
            "        1.6689e-06],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_041",
        np.array(
            [0.9995228, 0.9991837, 0.999361, 0.9995943, 1.0006835, 1.0001457], dtype=np.float64
        ),
        "float64",
        {"linewidth": 115},
        {},
        "tensor([0.9995, 0.9992, 0.9994, 0.9996, 1.0007, 1.0001], dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_042",
        np.array(
            [
                [-69491998720.0, 1.6694999549482503e-10],
                [0.0006385999731719494, 56902000640.0],
                [3.474999903119169e-05, 72159.0],
                [257850.0, 884380032.0],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[-6.9492e+10,  1.6695e-10],\n"
            "        [ 6.3860e-04,  5.6902e+10],\n"
            "        [ 3.4750e-05,  7.2159e+04],\n"
            "        [ 2.5785e+05,  8.8438e+08]])"
        ),
    ),
    Case(
        "fuzz_043",
        np.array(
            [
                -38176.0,
                -20432.0,
                -20352.0,
                -inf,
                -16192.0,
                -31936.0,
                -inf,
                -inf,
                -57024.0,
                -13672.0,
                -41536.0,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"linewidth": 32},
        {"default_dtype": "float64"},
        (
            "tensor([-38176., -20432.,\n"
            "        -20352.,    -inf,\n"
            "        -16192., -31936.,\n"
            "           -inf,    -inf,\n"
            "        -57024., -13672.,\n"
            "        -41536.],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_044",
        np.array(
            [
                1.0006599426269531,
                1.0002261400222778,
                0.999083399772644,
                1.0005587339401245,
                1.0007716417312622,
                0.9992786049842834,
                1.000564694404602,
                0.9997509121894836,
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([1.0007, 1.0002, 0.9991, 1.0006, 1.0008, 0.9993, 1.0006, 0.9998],\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_045",
        np.array(4, dtype=np.int32),
        "int32",
        {},
        {},
        "tensor(4, dtype=ferrotensor.int32)",
    ),
    Case(
        "fuzz_046",
        np.array(
            [
                -inf,
                -inf,
                -inf,
                -inf,
                -inf,
                -inf,
                -inf,
                inf,
                inf,
                inf,
                -inf,
                inf,
                -inf,
                inf,
                -inf,
                -inf,
                -inf,
                -inf,
                -inf,
                inf,
                -inf,
                -inf,
                -inf,
                inf,
                inf,
                -0.0,
                inf,
                -inf,
                -inf,
                inf,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([-inf, -inf, -inf, -inf, -inf, -inf, -inf, inf, inf, inf, -inf, inf, -inf, inf, -inf, -inf, -inf, -inf, -inf, inf, -inf, -inf, -inf, inf,\n"
            "        inf, -0., inf, -inf, -inf, inf], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_047",
        np.array(
            [
                [[2.6608299589679186e18, -9.254500310548742e18]],
                [[8.705089743311864e18, 4.8121998995357696e17]],
                [[-2.436939979616682e18, -5.5630000401730765e17]],
                [[nan, -4.033409972426506e18]],
                [[-5.736340178595742e18, -4.284999879496827e17]],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 7},
        {},
        (
            "tensor([[[ 2.6608300e+18, -9.2545003e+18]],\n"
            "\n"
            "        [[ 8.7050897e+18,  4.8121999e+17]],\n"
            "\n"
            "        [[-2.4369400e+18, -5.5630000e+17]],\n"
            "\n"
            "        [[           nan, -4.0334100e+18]],\n"
            "\n"
            "        [[-5.7363402e+18, -4.2849999e+17]]])"
        ),
    ),
    Case(
        "fuzz_048",
        np.array(4.176000118255615, dtype=np.float32),
        "float32",
        {"threshold": 18},
        {},
        "tensor(4.1760)",
    ),
    Case(
        "fuzz_049",
        np.array(
            [
                [
                    [
                        0.9997807741165161,
                        0.9991819262504578,
                        0.9991956949234009,
                        1.0006917715072632,
                        1.0005382299423218,
                        1.0008646249771118,
                    ]
                ],
                [
                    [
                        1.0003771781921387,
                        0.999437689781189,
                        0.9990770220756531,
                        0.9991943836212158,
                        0.9993726015090942,
                        1.0002505779266357,
                    ]
                ],
                [
                    [
                        1.0005576610565186,
                        1.0007412433624268,
                        0.9990655779838562,
                        0.9992831945419312,
                        1.0004061460494995,
                        0.9997473955154419,
                    ]
                ],
                [
                    [
                        0.9994177222251892,
                        0.9998478293418884,
                        1.0003068447113037,
                        1.0008084774017334,
                        0.9994264245033264,
                        0.9995507001876831,
                    ]
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"threshold": 13, "sci_mode": False},
        {"requires_grad": True},
        (
            "tensor([[[0.9998, 0.9992, 0.9992, 1.0007, 1.0005, 1.0009]],\n"
            "\n"
            "        [[1.0004, 0.9994, 0.9991, 0.9992, 0.9994, 1.0003]],\n"
            "\n"
            "        [[1.0006, 1.0007, 0.9991, 0.9993, 1.0004, 0.9997]],\n"
            "\n"
            "        [[0.9994, 0.9998, 1.0003, 1.0008, 0.9994, 0.9996]]],\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_050",
        np.array(17, dtype=np.uint8),
        "uint8",
        {},
        {},
        "tensor(17, dtype=ferrotensor.uint8)",
    ),
    Case(
        "fuzz_051",
        np.array(
            [
                [128, 67, 183, 15, 118],
                [125, 249, 45, 210, 20],
                [163, 148, 122, 56, 143],
                [156, 97, 160, 31, 93],
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {},
        {},
        (
            "tensor([[128,  67, 183,  15, 118],\n"
            "        [125, 249,  45, 210,  20],\n"
            "        [163, 148, 122,  56, 143],\n"
            "        [156,  97, 160,  31,  93]], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_052",
        np.array(
            [
                [4.15, -6.99, 3.4, -5.59],
                [-8.74, 4.62, -8.07, -1.26],
                [0.72, 6.97, 7.55, -3.61],
                [-8.31, -0.58, 4.8, -7.64],
                [-1.12, -3.1, -1.48, 3.95],
                [-2.58, -2.51, 5.13, 0.78],
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[ 4.1500, -6.9900,  3.4000, -5.5900],\n"
            "        [-8.7400,  4.6200, -8.0700, -1.2600],\n"
            "        [ 0.7200,  6.9700,  7.5500, -3.6100],\n"
            "        [-8.3100, -0.5800,  4.8000, -7.6400],\n"
            "        [-1.1200, -3.1000, -1.4800,  3.9500],\n"
            "        [-2.5800, -2.5100,  5.1300,  0.7800]], dtype=ferrotensor.float64,\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_053",
        np.array(1, dtype=np.int8),
        "int8",
        {},
        {},
        "tensor(1, dtype=ferrotensor.int8)",
    ),
    Case(
        "fuzz_054",
        np.array([[78, 87]], dtype=np.int8),
        "int8",
        {},
        {},
        "tensor([[78, 87]], dtype=ferrotensor.int8)",
    ),
    Case(
        "fuzz_055",
        np.array(
            [
                [
                    [2.673828125, 1.9560546875],
                    [-1.755859375, -8.1875],
                    [-1.69921875, 9.7421875],
                    [-5.90625, -7.55859375],
                ],
                [
                    [4.15234375, -1.66015625],
                    [-3.849609375, -8.703125],
                    [-5.98828125, 4.31640625],
                    [0.958984375, -8.9375],
                ],
                [
                    [-0.744140625, -0.156982421875],
                    [-0.0, -5.76953125],
                    [4.125, 0.94384765625],
                    [-3.90234375, 6.8203125],
                ],
                [
                    [-0.341064453125, 8.359375],
                    [7.8359375, -5.0625],
                    [2.73046875, 1.685546875],
                    [-4.87890625, 6.046875],
                ],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"sci_mode": True},
        {"default_dtype": "float64"},
        (
            "tensor([[[ 2.6738e+00,  1.9561e+00],\n"
            "         [-1.7559e+00, -8.1875e+00],\n"
            "         [-1.6992e+00,  9.7422e+00],\n"
            "         [-5.9062e+00, -7.5586e+00]],\n"
            "\n"
            "        [[ 4.1523e+00, -1.6602e+00],\n"
            "         [-3.8496e+00, -8.7031e+00],\n"
            "         [-5.9883e+00,  4.3164e+00],\n"
            "         [ 9.5898e-01, -8.9375e+00]],\n"
            "\n"
            "        [[-7.4414e-01, -1.5698e-01],\n"
            "         [-0.0000e+00, -5.7695e+00],\n"
            "         [ 4.1250e+00,  9.4385e-01],\n"
            "         [-3.9023e+00,  6.8203e+00]],\n"
            "\n"
            "        [[-3.4106e-01,  8.3594e+00],\n"
            "         [ 7.8359e+00, -5.0625e+00],\n"
            "         [ 2.7305e+00,  1.6855e+00],\n"
            "         [-4.8789e+00,  6.0469e+00]]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_056",
        np.array(
            [
                -9339,
                -28006,
                -25747,
                -8443,
                -9127,
                -26107,
                7488,
                -847,
                19711,
                4248,
                22173,
                -8794,
                -20400,
                -7959,
                -6680,
                -4936,
                -30473,
                26598,
                31985,
                11586,
                -1828,
                13850,
                28286,
                -23936,
                -28123,
                21642,
                8365,
                -11982,
                -25494,
                -6034,
                14362,
                782,
                11212,
                -5592,
                26952,
                29690,
                26096,
            ],
            dtype=np.int16,
        ),
        "int16",
        {"precision": 6},
        {},
        (
            "tensor([ -9339, -28006, -25747,  -8443,  -9127, -26107,   7488,   -847,  19711,\n"
            "          4248,  22173,  -8794, -20400,  -7959,  -6680,  -4936, -30473,  26598,\n"
            "         31985,  11586,  -1828,  13850,  28286, -23936, -28123,  21642,   8365,\n"
            "        -11982, -25494,  -6034,  14362,    782,  11212,  -5592,  26952,  29690,\n"
            "         26096], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_057",
        np.array(
            [
                1.7069,
                -4.23047,
                -6.11332,
                5.89372,
                -4.548,
                -7.09513,
                -2.456,
                -9.92711,
                6.98044,
                -9.42399,
                8.98176,
                9.15898,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"precision": 3},
        {},
        (
            "tensor([ 1.707, -4.230, -6.113,  5.894, -4.548, -7.095, -2.456, -9.927,  6.980,\n"
            "        -9.424,  8.982,  9.159], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_058",
        np.array([[1.0008129], [0.9992958], [0.9995592]], dtype=np.float64),
        "float64",
        {"sci_mode": False},
        {"requires_grad": True},
        (
            "tensor([[1.0008],\n"
            "        [0.9993],\n"
            "        [0.9996]], dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_059",
        np.array(
            [
                [
                    3.248453140258789e-05,
                    4.976987838745117e-05,
                    2.6345252990722656e-05,
                    4.6193599700927734e-05,
                    4.202127456665039e-05,
                    7.778406143188477e-05,
                ],
                [
                    2.5331974029541016e-05,
                    6.449222564697266e-05,
                    7.110834121704102e-05,
                    8.177757263183594e-05,
                    7.11679458618164e-05,
                    5.352497100830078e-05,
                ],
                [
                    4.076957702636719e-05,
                    5.918741226196289e-05,
                    2.5093555450439453e-05,
                    9.894371032714844e-06,
                    7.37905502319336e-05,
                    inf,
                ],
                [
                    4.6133995056152344e-05,
                    2.5510787963867188e-05,
                    3.1113624572753906e-05,
                    3.7670135498046875e-05,
                    6.794929504394531e-05,
                    7.164478302001953e-05,
                ],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([[3.2485e-05, 4.9770e-05, 2.6345e-05, 4.6194e-05, 4.2021e-05, 7.7784e-05],\n"
            "        [2.5332e-05, 6.4492e-05, 7.1108e-05, 8.1778e-05, 7.1168e-05, 5.3525e-05],\n"
            "        [4.0770e-05, 5.9187e-05, 2.5094e-05, 9.8944e-06, 7.3791e-05,        inf],\n"
            "        [4.6134e-05, 2.5511e-05, 3.1114e-05, 3.7670e-05, 6.7949e-05, 7.1645e-05]],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_060",
        np.array(
            [
                False,
                False,
                False,
                True,
                True,
                False,
                True,
                False,
                True,
                True,
                True,
                True,
                True,
                False,
                True,
                False,
                True,
                True,
                False,
                False,
                True,
                True,
                True,
                False,
                False,
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"threshold": 17},
        {},
        "tensor([False, False, False,  ...,  True, False, False])",
    ),
    Case(
        "fuzz_061",
        np.array(
            [
                2.9000000000000003e-07,
                7.273e-06,
                2.6190000000000003e-06,
                7.933e-06,
                8.372e-06,
                6.635e-06,
                5.550000000000001e-07,
                8.551e-06,
                4.113e-06,
                5e-09,
                8.984e-06,
                9.106e-06,
                3.963e-06,
                9.539e-06,
                1.1800000000000001e-07,
                5.725e-06,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"device": "gpu"},
        (
            "tensor([2.9000e-07, 7.2730e-06, 2.6190e-06, 7.9330e-06, 8.3720e-06, 6.6350e-06,\n"
            "        5.5500e-07, 8.5510e-06, 4.1130e-06, 5.0000e-09, 8.9840e-06, 9.1060e-06,\n"
            "        3.9630e-06, 9.5390e-06, 1.1800e-07, 5.7250e-06], device='gpu',\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_062",
        np.array(
            [
                False,
                False,
                False,
                False,
                True,
                False,
                True,
                False,
                True,
                True,
                False,
                False,
                True,
                False,
                True,
                True,
                True,
                True,
                False,
                False,
                True,
                True,
                False,
                False,
                False,
                True,
                True,
                False,
                False,
                True,
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"linewidth": 33, "sci_mode": True},
        {},
        (
            "tensor([False, False, False,\n"
            "        False,  True, False,\n"
            "         True, False,  True,\n"
            "         True, False, False,\n"
            "         True, False,  True,\n"
            "         True,  True,  True,\n"
            "        False, False,  True,\n"
            "         True, False, False,\n"
            "        False,  True,  True,\n"
            "        False, False,  True])"
        ),
    ),
    Case(
        "fuzz_063",
        np.array(
            [
                [
                    1.9318900230556436e28,
                    4.662100114051911e28,
                    8.748450250985652e28,
                    -3.834439983153218e28,
                ]
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 2, "threshold": 26},
        {"device": "gpu"},
        "tensor([[ 1.93e+28,  4.66e+28,  8.75e+28, -3.83e+28]], device='gpu')",
    ),
    Case(
        "fuzz_064",
        np.array(
            [
                False,
                False,
                True,
                False,
                False,
                True,
                False,
                False,
                True,
                True,
                True,
                True,
                False,
                True,
                False,
                True,
                True,
                True,
                False,
                False,
                False,
                True,
                True,
                False,
                False,
                True,
                False,
                True,
                True,
                False,
                False,
                False,
                False,
                True,
                False,
                True,
                False,
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"threshold": 3, "edgeitems": 4, "linewidth": 134},
        {},
        "tensor([False, False,  True, False,  ...,  True, False,  True, False])",
    ),
    Case(
        "fuzz_065",
        np.array(
            [
                [
                    -8.355500114021197e-08,
                    12076000.0,
                    -9.565999984741211,
                    -7.949299885012806e-09,
                    -79099000.0,
                    0.005132699850946665,
                ],
                [
                    111830.0,
                    -8.427400075561309e-07,
                    -4.882999782296338e-09,
                    -6.7066999065446e-08,
                    -0.07215800136327744,
                    -77036000.0,
                ],
                [
                    47133999104.0,
                    -0.002275200095027685,
                    -6.435000159399351e-07,
                    -198540000.0,
                    396850.0,
                    0.06130500137805939,
                ],
                [
                    0.5894700288772583,
                    -5.294400029498547e-09,
                    0.009547799825668335,
                    1.531999987491872e-05,
                    -69494996992.0,
                    0.004921399988234043,
                ],
                [
                    160320000.0,
                    -2.6516999707126843e-09,
                    1.1518000064825173e-06,
                    -0.38385000824928284,
                    -7128.89990234375,
                    -1.0033999681472778,
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 3, "threshold": 14, "linewidth": 54},
        {},
        (
            "tensor([[-8.356e-08,  1.208e+07, -9.566e+00,\n"
            "         -7.949e-09, -7.910e+07,  5.133e-03],\n"
            "        [ 1.118e+05, -8.427e-07, -4.883e-09,\n"
            "         -6.707e-08, -7.216e-02, -7.704e+07],\n"
            "        [ 4.713e+10, -2.275e-03, -6.435e-07,\n"
            "         -1.985e+08,  3.968e+05,  6.131e-02],\n"
            "        [ 5.895e-01, -5.294e-09,  9.548e-03,\n"
            "          1.532e-05, -6.949e+10,  4.921e-03],\n"
            "        [ 1.603e+08, -2.652e-09,  1.152e-06,\n"
            "         -3.839e-01, -7.129e+03, -1.003e+00]])"
        ),
    ),
    Case(
        "fuzz_066",
        np.array(
            [
                [0.9990849, 1.0008438, 1.000582, 0.9994265, 0.9997484],
                [0.9994166, 0.9991548, 1.0002273, 0.9998458, 0.9997114],
                [1.0001826, 1.0004378, 0.9995308, 0.9993542, 0.9996787],
                [0.9993267, 1.0008616, 1.0009611, 1.0008279, 0.9990897],
                [1.0006916, 0.9993291, 0.9997422, 1.0003127, 0.9991536],
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"default_dtype": "float64"},
        (
            "tensor([[0.9991, 1.0008, 1.0006, 0.9994, 0.9997],\n"
            "        [0.9994, 0.9992, 1.0002, 0.9998, 0.9997],\n"
            "        [1.0002, 1.0004, 0.9995, 0.9994, 0.9997],\n"
            "        [0.9993, 1.0009, 1.0010, 1.0008, 0.9991],\n"
            "        [1.0007, 0.9993, 0.9997, 1.0003, 0.9992]])"
        ),
    ),
    Case(
        "fuzz_067",
        np.array(609.0, dtype=np.float32),
        "float32",
        {},
        {"requires_grad": True},
        "tensor(609., requires_grad=True)",
    ),
    Case(
        "fuzz_068",
        np.array([7, 19, 18, 19, 1, 5, 1, 14, 7, 0, 4, 6, 7], dtype=np.uint8),
        "uint8",
        {},
        {"device": "gpu"},
        (
            "tensor([ 7, 19, 18, 19,  1,  5,  1, 14,  7,  0,  4,  6,  7], device='gpu',\n"
            "       dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_069",
        np.array(
            [
                [3.643e-07, 1.384e-07, 4.178e-07, 5.17e-07, 4.3849999999999996e-07, 6.489e-07],
                [
                    6.316e-07,
                    7.12e-08,
                    9.12e-07,
                    7.688000000000001e-07,
                    8.798999999999999e-07,
                    3.888e-07,
                ],
                [
                    1.768e-07,
                    7.879e-07,
                    3.89e-07,
                    7.443999999999999e-07,
                    3.677e-07,
                    7.389999999999999e-07,
                ],
                [5.325e-07, 9.949e-07, 7.45e-08, 8.427e-07, 1.0359999999999999e-07, 4.809e-07],
                [
                    4.087e-07,
                    3.2009999999999996e-07,
                    3.916e-07,
                    5.329e-07,
                    8.585e-07,
                    7.452999999999999e-07,
                ],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"threshold": 15, "edgeitems": 2},
        {"device": "gpu", "default_dtype": "float64"},
        (
            "tensor([[3.6430e-07, 1.3840e-07,  ..., 4.3850e-07, 6.4890e-07],\n"
            "        [6.3160e-07, 7.1200e-08,  ..., 8.7990e-07, 3.8880e-07],\n"
            "        ...,\n"
            "        [5.3250e-07, 9.9490e-07,  ..., 1.0360e-07, 4.8090e-07],\n"
            "        [4.0870e-07, 3.2010e-07,  ..., 8.5850e-07, 7.4530e-07]], device='gpu')"
        ),
    ),
    Case(
        "fuzz_070",
        np.array(
            [
                [-9478, 12137, 22461],
                [-15062, 14991, 15247],
                [32693, 6912, -23517],
                [5236, 7964, 11095],
                [-31138, 27853, -29577],
                [29408, 1242, 7683],
            ],
            dtype=np.int16,
        ),
        "int16",
        {},
        {},
        (
            "tensor([[ -9478,  12137,  22461],\n"
            "        [-15062,  14991,  15247],\n"
            "        [ 32693,   6912, -23517],\n"
            "        [  5236,   7964,  11095],\n"
            "        [-31138,  27853, -29577],\n"
            "        [ 29408,   1242,   7683]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_071",
        np.array(-992.0, dtype=np.float16),
        "float16",
        {"precision": 8, "threshold": 25},
        {"device": "gpu"},
        "tensor(-992., device='gpu', dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_072",
        np.array(
            [
                5.781650543212891e-06,
                6.67572021484375e-06,
                2.5033950805664062e-06,
                6.079673767089844e-06,
                5.364418029785156e-06,
                4.351139068603516e-06,
                4.172325134277344e-06,
                2.205371856689453e-06,
                3.5762786865234375e-06,
                1.4901161193847656e-06,
                1.1920928955078125e-07,
                3.159046173095703e-06,
                7.748603820800781e-06,
                1.5497207641601562e-06,
                1.9669532775878906e-06,
                1.7881393432617188e-06,
                6.377696990966797e-06,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {"default_dtype": "float64"},
        (
            "tensor([5.7817e-06, 6.6757e-06, 2.5034e-06, 6.0797e-06, 5.3644e-06, 4.3511e-06,\n"
            "        4.1723e-06, 2.2054e-06, 3.5763e-06, 1.4901e-06, 1.1921e-07, 3.1590e-06,\n"
            "        7.7486e-06, 1.5497e-06, 1.9670e-06, 1.7881e-06, 6.3777e-06],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_073",
        np.array([-4, 8, -9, 18, 11, 11, 11, -19, -11, -13, 10, 3], dtype=np.int64),
        "int64",
        {},
        {},
        "tensor([ -4,   8,  -9,  18,  11,  11,  11, -19, -11, -13,  10,   3])",
    ),
    Case(
        "fuzz_074",
        np.array(
            [
                [172, 78, 85, 163, 91],
                [197, 233, 234, 160, 242],
                [7, 149, 90, 231, 228],
                [238, 38, 105, 56, 86],
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {"linewidth": 99},
        {},
        (
            "tensor([[172,  78,  85, 163,  91],\n"
            "        [197, 233, 234, 160, 242],\n"
            "        [  7, 149,  90, 231, 228],\n"
            "        [238,  38, 105,  56,  86]], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_075",
        np.array([[-9.195600000000001e-10, 389.23999999999995]], dtype=np.float64),
        "float64",
        {},
        {},
        "tensor([[-9.1956e-10,  3.8924e+02]], dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_076",
        np.array(
            [
                -154953357,
                -1649033213,
                -260960609,
                -1607197412,
                1336308558,
                1455847678,
                -1050133145,
                -991799227,
                -783952355,
                749556826,
                1480597035,
                727783148,
                -793026333,
                1214156024,
                338909714,
                892930695,
                -1750499816,
                -1550579921,
                -1935629312,
                571372678,
                1258012165,
                -1162280723,
                21864988,
                1642886129,
                829832466,
                -1245897794,
            ],
            dtype=np.int32,
        ),
        "int32",
        {},
        {},
        (
            "tensor([ -154953357, -1649033213,  -260960609, -1607197412,  1336308558,\n"
            "         1455847678, -1050133145,  -991799227,  -783952355,   749556826,\n"
            "         1480597035,   727783148,  -793026333,  1214156024,   338909714,\n"
            "          892930695, -1750499816, -1550579921, -1935629312,   571372678,\n"
            "         1258012165, -1162280723,    21864988,  1642886129,   829832466,\n"
            "        -1245897794], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_077",
        np.array(True, dtype=np.bool_),
        "bool",
        {"linewidth": 134},
        {},
        "tensor(True)",
    ),
    Case(
        "fuzz_078",
        np.array([[-inf], [-inf], [-inf], [inf], [inf]], dtype=np.float16),
        "float16",
        {},
        {"requires_grad": True},
        (
            "tensor([[-inf],\n"
            "        [-inf],\n"
            "        [-inf],\n"
            "        [inf],\n"
            "        [inf]], dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_079",
        np.array(
            [
                [[False, True, False, True], [False, True, True, False]],
                [[False, False, False, False], [False, True, False, True]],
                [[True, False, False, True], [True, False, False, False]],
                [[True, True, True, False], [True, True, True, True]],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"threshold": 27},
        {},
        (
            "tensor([[[False,  True, False,  True],\n"
            "         [False,  True,  True, False]],\n"
            "\n"
            "        [[False, False, False, False],\n"
            "         [False,  True, False,  True]],\n"
            "\n"
            "        [[ True, False, False,  True],\n"
            "         [ True, False, False, False]],\n"
            "\n"
            "        [[ True,  True,  True, False],\n"
            "         [ True,  True,  True,  True]]])"
        ),
    ),
    Case(
        "fuzz_080",
        np.array(4.24356, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(4.2436, dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_081",
        np.array(
            [
                -63872.0,
                -36960.0,
                -24256.0,
                -inf,
                -inf,
                -21568.0,
                -inf,
                -21440.0,
                -21392.0,
                -inf,
                -29424.0,
                -inf,
                -58496.0,
                -inf,
                -34528.0,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {"requires_grad": True, "device": "gpu"},
        (
            "tensor([-63872., -36960., -24256.,    -inf,    -inf, -21568.,    -inf, -21440.,\n"
            "        -21392.,    -inf, -29424.,    -inf, -58496.,    -inf, -34528.],\n"
            "       device='gpu', dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_082",
        np.array(0, dtype=np.int16),
        "int16",
        {},
        {},
        "tensor(0, dtype=ferrotensor.int16)",
    ),
    Case(
        "fuzz_083",
        np.array(
            [[[False, False, True, True, True, True]], [[True, False, True, False, True, True]]],
            dtype=np.bool_,
        ),
        "bool",
        {"precision": 0},
        {},
        (
            "tensor([[[False, False,  True,  True,  True,  True]],\n"
            "\n"
            "        [[ True, False,  True, False,  True,  True]]])"
        ),
    ),
    Case(
        "fuzz_084",
        np.array(
            [[[6977.0], [79268.0]], [[269.0], [83227.0]], [[76373.0], [46301.0]]], dtype=np.float64
        ),
        "float64",
        {"threshold": 20},
        {},
        (
            "tensor([[[ 6977.],\n"
            "         [79268.]],\n"
            "\n"
            "        [[  269.],\n"
            "         [83227.]],\n"
            "\n"
            "        [[76373.],\n"
            "         [46301.]]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_085",
        np.array([[[[2.1779999999999997e-08, 0.0], [9.786e-08, inf]]]], dtype=np.float64),
        "float64",
        {"edgeitems": 4},
        {},
        (
            "tensor([[[[2.1780e-08, 0.0000e+00],\n"
            "          [9.7860e-08,        inf]]]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_086",
        np.array(False, dtype=np.bool_),
        "bool",
        {"edgeitems": 0, "linewidth": 130},
        {},
        "tensor(False, size=())",
    ),
    Case(
        "fuzz_087",
        np.array([[-27012]], dtype=np.int16),
        "int16",
        {},
        {"default_dtype": "float64"},
        "tensor([[-27012]], dtype=ferrotensor.int16)",
    ),
    Case(
        "fuzz_088",
        np.array(
            [
                305674287970,
                -511375499789,
                303167244345,
                841067726537,
                677441010199,
                413466073945,
                -221796378989,
                -253697692810,
                -524322248288,
                564343385376,
                -392555996072,
                559854026400,
                -737136308518,
                7778950955,
                192212982055,
                894325848193,
                639593302011,
                -251070126102,
                -819200136492,
                1020445800375,
            ],
            dtype=np.int64,
        ),
        "int64",
        {"linewidth": 52},
        {},
        (
            "tensor([ 305674287970, -511375499789,  303167244345,\n"
            "         841067726537,  677441010199,  413466073945,\n"
            "        -221796378989, -253697692810, -524322248288,\n"
            "         564343385376, -392555996072,  559854026400,\n"
            "        -737136308518,    7778950955,  192212982055,\n"
            "         894325848193,  639593302011, -251070126102,\n"
            "        -819200136492, 1020445800375])"
        ),
    ),
    Case(
        "fuzz_089",
        np.array(3440.0, dtype=np.float32),
        "float32",
        {},
        {},
        "tensor(3440.)",
    ),
    Case(
        "fuzz_090",
        np.array([[92.0, 17.0], [32.0, 26.0], [21.0, 72.0], [81.0, 36.0]], dtype=np.float32),
        "float32",
        {},
        {},
        ("tensor([[92., 17.],\n        [32., 26.],\n        [21., 72.],\n        [81., 36.]])"),
    ),
    Case(
        "fuzz_091",
        np.array(
            [[9118100000.0, nan, -7259830000.0, 5260750000.0, -150570000.0, 6658170000.0]],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([[ 9.1181e+09,         nan, -7.2598e+09,  5.2608e+09, -1.5057e+08,\n"
            "          6.6582e+09]], dtype=ferrotensor.float64, grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_092",
        np.array([33, 196, 197, 166, 20, 1, 21, 16, 55, 4], dtype=np.uint8),
        "uint8",
        {},
        {},
        "tensor([ 33, 196, 197, 166,  20,   1,  21,  16,  55,   4], dtype=ferrotensor.uint8)",
    ),
    Case(
        "fuzz_093",
        np.array(
            [
                -876276774807,
                286780789842,
                957262113294,
                -264462035816,
                525473549294,
                -997360194145,
                116733653483,
                324206270103,
                686044586584,
                19824922702,
                -585862825594,
                -589202964255,
                544214349342,
                -842523980936,
                -146888024907,
                -609226708955,
                -837415455786,
                -689796140110,
                421581432663,
                -117502254093,
                -214022514996,
                -540146027824,
                -943690597044,
                -588713678423,
                49467407457,
            ],
            dtype=np.int64,
        ),
        "int64",
        {"threshold": 3},
        {},
        (
            "tensor([-876276774807,  286780789842,  957262113294,  ...,\n"
            "        -943690597044, -588713678423,   49467407457])"
        ),
    ),
    Case(
        "fuzz_094",
        np.array(-15, dtype=np.int16),
        "int16",
        {},
        {},
        "tensor(-15, dtype=ferrotensor.int16)",
    ),
    Case(
        "fuzz_095",
        np.array(
            [
                -643923875,
                -1411588347,
                -527915204,
                585601431,
                -865522967,
                -1804651093,
                -1975462940,
                -502834538,
                -34001762,
                1684675415,
                -297515946,
                -188576835,
                -81662502,
                1711088098,
                -1113044764,
                185725817,
                1046148522,
                -1383777976,
                1322493845,
                1490876279,
                -412279179,
                248104595,
                -1372631456,
                2048134839,
                1244160493,
            ],
            dtype=np.int32,
        ),
        "int32",
        {},
        {"device": "gpu"},
        (
            "tensor([ -643923875, -1411588347,  -527915204,   585601431,  -865522967,\n"
            "        -1804651093, -1975462940,  -502834538,   -34001762,  1684675415,\n"
            "         -297515946,  -188576835,   -81662502,  1711088098, -1113044764,\n"
            "          185725817,  1046148522, -1383777976,  1322493845,  1490876279,\n"
            "         -412279179,   248104595, -1372631456,  2048134839,  1244160493],\n"
            "       device='gpu', dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_096",
        np.array(
            [
                [
                    [[-75, 19, -100], [12, 122, 90], [20, -89, -86]],
                    [[72, 39, -25], [98, 104, -47], [-103, 15, 21]],
                    [[-99, 18, 33], [-11, 96, -15], [119, -109, 89]],
                ]
            ],
            dtype=np.int8,
        ),
        "int8",
        {"threshold": 27},
        {},
        (
            "tensor([[[[ -75,   19, -100],\n"
            "          [  12,  122,   90],\n"
            "          [  20,  -89,  -86]],\n"
            "\n"
            "         [[  72,   39,  -25],\n"
            "          [  98,  104,  -47],\n"
            "          [-103,   15,   21]],\n"
            "\n"
            "         [[ -99,   18,   33],\n"
            "          [ -11,   96,  -15],\n"
            "          [ 119, -109,   89]]]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_097",
        np.array(
            [
                [-7.3932, -3.77898, -6.3013, -0.0, -0.23614, -5.58047],
                [-6.20132, -4.65364, 7.96098, 5.01847, -7.48906, -0.30455],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"threshold": 15},
        {},
        (
            "tensor([[-7.3932, -3.7790, -6.3013, -0.0000, -0.2361, -5.5805],\n"
            "        [-6.2013, -4.6536,  7.9610,  5.0185, -7.4891, -0.3045]],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_098",
        np.array(
            [
                [-915549010976, 82989046008, 1037054620963, -467434926824],
                [-65453458888, -443449279871, 19606037343, -585307548472],
                [955574498230, -685807064160, 588549868282, 457177667869],
            ],
            dtype=np.int64,
        ),
        "int64",
        {"edgeitems": 2},
        {},
        (
            "tensor([[-915549010976,   82989046008, 1037054620963, -467434926824],\n"
            "        [ -65453458888, -443449279871,   19606037343, -585307548472],\n"
            "        [ 955574498230, -685807064160,  588549868282,  457177667869]])"
        ),
    ),
    Case(
        "fuzz_099",
        np.array(
            [
                [
                    [7.52734375, 4.01171875],
                    [-2.857421875, -1.2333984375],
                    [-0.921875, 4.953125],
                    [7.9453125, 1.0146484375],
                    [7.1328125, 4.265625],
                ],
                [
                    [0.75, -4.6015625],
                    [-8.5, -0.8974609375],
                    [2.685546875, -8.8984375],
                    [0.5986328125, -9.109375],
                    [-4.640625, -1.0341796875],
                ],
                [
                    [-8.078125, 3.71875],
                    [1.626953125, -5.421875],
                    [-1.3408203125, -1.673828125],
                    [5.81640625, -2.646484375],
                    [-1.921875, -5.56640625],
                ],
                [
                    [4.328125, -4.26953125],
                    [-5.3203125, -9.5625],
                    [1.8125, -5.84765625],
                    [8.7421875, -1.9208984375],
                    [-1.0712890625, 4.76953125],
                ],
                [
                    [-4.34375, -7.58203125],
                    [5.390625, -9.2109375],
                    [-8.5078125, -1.8154296875],
                    [4.19921875, 9.9140625],
                    [-6.73046875, 2.546875],
                ],
                [
                    [9.1328125, 9.421875],
                    [7.58203125, 1.1474609375],
                    [-2.619140625, 5.390625],
                    [-6.23828125, 8.8203125],
                    [3.291015625, -8.09375],
                ],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([[[ 7.5273,  4.0117],\n"
            "         [-2.8574, -1.2334],\n"
            "         [-0.9219,  4.9531],\n"
            "         [ 7.9453,  1.0146],\n"
            "         [ 7.1328,  4.2656]],\n"
            "\n"
            "        [[ 0.7500, -4.6016],\n"
            "         [-8.5000, -0.8975],\n"
            "         [ 2.6855, -8.8984],\n"
            "         [ 0.5986, -9.1094],\n"
            "         [-4.6406, -1.0342]],\n"
            "\n"
            "        [[-8.0781,  3.7188],\n"
            "         [ 1.6270, -5.4219],\n"
            "         [-1.3408, -1.6738],\n"
            "         [ 5.8164, -2.6465],\n"
            "         [-1.9219, -5.5664]],\n"
            "\n"
            "        [[ 4.3281, -4.2695],\n"
            "         [-5.3203, -9.5625],\n"
            "         [ 1.8125, -5.8477],\n"
            "         [ 8.7422, -1.9209],\n"
            "         [-1.0713,  4.7695]],\n"
            "\n"
            "        [[-4.3438, -7.5820],\n"
            "         [ 5.3906, -9.2109],\n"
            "         [-8.5078, -1.8154],\n"
            "         [ 4.1992,  9.9141],\n"
            "         [-6.7305,  2.5469]],\n"
            "\n"
            "        [[ 9.1328,  9.4219],\n"
            "         [ 7.5820,  1.1475],\n"
            "         [-2.6191,  5.3906],\n"
            "         [-6.2383,  8.8203],\n"
            "         [ 3.2910, -8.0938]]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_100",
        np.array(
            [
                1.0002058744430542,
                0.9994699954986572,
                0.9994992017745972,
                1.0002005100250244,
                0.9992197155952454,
                1.0008586645126343,
                0.9996598958969116,
                0.9992123246192932,
                0.999379575252533,
                0.9999769926071167,
                1.000818133354187,
                1.0004125833511353,
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([1.0002, 0.9995, 0.9995, 1.0002, 0.9992, 1.0009, 0.9997, 0.9992, 0.9994,\n"
            "        1.0000, 1.0008, 1.0004])"
        ),
    ),
    Case(
        "fuzz_101",
        np.array([[False, False, True, True, False]], dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor([[False, False,  True,  True, False]])",
    ),
    Case(
        "fuzz_102",
        np.array(
            [
                [
                    [
                        [0.16060000658035278, 2.424700085157383e-07],
                        [4.360299863037653e-05, 986.1199951171875],
                        [-251.9600067138672, -399010.0],
                        [-5.717899931312331e-09, 0.9575099945068359],
                        [4976.5, 4.723999882116914e-05],
                        [-5.334000110626221, 7.175799954239892e-10],
                    ],
                    [
                        [-9.731699890380696e-08, 446410.0],
                        [0.00030574999982491136, 1.3894000403524842e-06],
                        [97272.0, 6.225900142453611e-05],
                        [4655.2001953125, -2.895199941121973e-06],
                        [-0.9605399966239929, -13710.0],
                        [4.045999958179891e-05, -6.440400213136854e-09],
                    ],
                ]
            ],
            dtype=np.float32,
        ),
        "float32",
        {"sci_mode": False},
        {"device": "gpu"},
        (
            "tensor([[[[      0.1606,       0.0000],\n"
            "          [      0.0000,     986.1200],\n"
            "          [   -251.9600, -399010.0000],\n"
            "          [     -0.0000,       0.9575],\n"
            "          [   4976.5000,       0.0000],\n"
            "          [     -5.3340,       0.0000]],\n"
            "\n"
            "         [[     -0.0000,  446410.0000],\n"
            "          [      0.0003,       0.0000],\n"
            "          [  97272.0000,       0.0001],\n"
            "          [   4655.2002,      -0.0000],\n"
            "          [     -0.9605,  -13710.0000],\n"
            "          [      0.0000,      -0.0000]]]], device='gpu')"
        ),
    ),
    Case(
        "fuzz_103",
        np.array(
            [
                [[1.0009765625, 1.0009765625, 1.0009765625], [1.0, 0.9990234375, 1.0]],
                [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
                [[0.99951171875, 1.0009765625, 1.0], [0.99951171875, 1.0, 0.99951171875]],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([[[1.0010, 1.0010, 1.0010],\n"
            "         [1.0000, 0.9990, 1.0000]],\n"
            "\n"
            "        [[1.0000, 1.0000, 1.0000],\n"
            "         [1.0000, 1.0000, 1.0000]],\n"
            "\n"
            "        [[0.9995, 1.0010, 1.0000],\n"
            "         [0.9995, 1.0000, 0.9995]]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_104",
        np.array(
            [
                [0.9990757, 1.0008144, 0.9995418],
                [0.9993765, 1.0002515, 1.000391],
                [1.0003113, 0.9998411, 0.9992018],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"linewidth": 92},
        {},
        (
            "tensor([[0.9991, 1.0008, 0.9995],\n"
            "        [0.9994, 1.0003, 1.0004],\n"
            "        [1.0003, 0.9998, 0.9992]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_105",
        np.array(
            [
                [-121, -126, -5, 106, 125],
                [92, 67, -2, -126, 120],
                [-78, -10, -123, 117, 76],
                [-20, -26, -23, -48, -49],
                [18, -12, 13, -64, 117],
            ],
            dtype=np.int8,
        ),
        "int8",
        {},
        {"default_dtype": "float64"},
        (
            "tensor([[-121, -126,   -5,  106,  125],\n"
            "        [  92,   67,   -2, -126,  120],\n"
            "        [ -78,  -10, -123,  117,   76],\n"
            "        [ -20,  -26,  -23,  -48,  -49],\n"
            "        [  18,  -12,   13,  -64,  117]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_106",
        np.array(
            [
                [
                    0.9996269941329956,
                    0.999682605266571,
                    1.0006940364837646,
                    0.9994240999221802,
                    0.9995638132095337,
                ],
                [
                    1.00026273727417,
                    1.0000221729278564,
                    1.0005383491516113,
                    1.0003105401992798,
                    1.0008602142333984,
                ],
                [
                    0.9994506239891052,
                    0.9990056157112122,
                    1.0006343126296997,
                    1.0004535913467407,
                    1.0006883144378662,
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[0.9996, 0.9997, 1.0007, 0.9994, 0.9996],\n"
            "        [1.0003, 1.0000, 1.0005, 1.0003, 1.0009],\n"
            "        [0.9995, 0.9990, 1.0006, 1.0005, 1.0007]])"
        ),
    ),
    Case(
        "fuzz_107",
        np.array(
            [
                [0.0, -inf, -0.390625, 9424.0, inf, 6.11328125],
                [-3.89453125, inf, 5.602836608886719e-06, 5.960464477539063e-08, -inf, -1281.0],
                [inf, 0.0, -inf, 0.00803375244140625, -0.0, -38.15625],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"threshold": 1},
        {"default_dtype": "float64"},
        (
            "tensor([[ 0.0000e+00,        -inf, -3.9062e-01,  9.4240e+03,         inf,\n"
            "          6.1133e+00],\n"
            "        [-3.8945e+00,         inf,  5.6028e-06,  5.9605e-08,        -inf,\n"
            "         -1.2810e+03],\n"
            "        [        inf,  0.0000e+00,        -inf,  8.0338e-03, -0.0000e+00,\n"
            "         -3.8156e+01]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_108",
        np.array(
            [
                [
                    [[4.16e-09, 3.763e-08], [3.3459999999999997e-08, 6.301999999999999e-08]],
                    [
                        [7.3199999999999995e-09, 4.123e-08],
                        [7.589999999999999e-09, 8.347999999999999e-08],
                    ],
                ],
                [
                    [[6.933e-08, 6.026e-08], [9.431e-08, 2.008e-08]],
                    [[9.089e-08, 4.2189999999999996e-08], [9.051e-08, 1.4280000000000001e-08]],
                ],
                [
                    [[7.36e-08, 2.847e-08], [3.656e-08, 7.551999999999999e-08]],
                    [[3.071999999999999e-08, 5.3600000000000004e-08], [2.857e-08, 6.451e-08]],
                ],
                [
                    [[1.522e-08, 2.367e-08], [2.973e-08, 3.163e-08]],
                    [
                        [2.2109999999999997e-08, 7.167999999999999e-08],
                        [4.893e-08, 8.934999999999999e-08],
                    ],
                ],
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {},
        (
            "tensor([[[[4.1600e-09, 3.7630e-08],\n"
            "          [3.3460e-08, 6.3020e-08]],\n"
            "\n"
            "         [[7.3200e-09, 4.1230e-08],\n"
            "          [7.5900e-09, 8.3480e-08]]],\n"
            "\n"
            "\n"
            "        [[[6.9330e-08, 6.0260e-08],\n"
            "          [9.4310e-08, 2.0080e-08]],\n"
            "\n"
            "         [[9.0890e-08, 4.2190e-08],\n"
            "          [9.0510e-08, 1.4280e-08]]],\n"
            "\n"
            "\n"
            "        [[[7.3600e-08, 2.8470e-08],\n"
            "          [3.6560e-08, 7.5520e-08]],\n"
            "\n"
            "         [[3.0720e-08, 5.3600e-08],\n"
            "          [2.8570e-08, 6.4510e-08]]],\n"
            "\n"
            "\n"
            "        [[[1.5220e-08, 2.3670e-08],\n"
            "          [2.9730e-08, 3.1630e-08]],\n"
            "\n"
            "         [[2.2110e-08, 7.1680e-08],\n"
            "          [4.8930e-08, 8.9350e-08]]]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_109",
        np.array(
            [
                [85.398, -260629.99999999997, 9712600000.0, -0.00061327, 3.7445e-06],
                [9.465900000000001, -644130.0, -0.00082339, -0.0004835, 3.1699e-10],
                [
                    1.3055000000000001e-05,
                    978060000.0,
                    -1.1208999999999999e-07,
                    -579570.0,
                    0.0018015000000000001,
                ],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"linewidth": 84},
        {},
        (
            "tensor([[ 8.5398e+01, -2.6063e+05,  9.7126e+09, -6.1327e-04,  3.7445e-06],\n"
            "        [ 9.4659e+00, -6.4413e+05, -8.2339e-04, -4.8350e-04,  3.1699e-10],\n"
            "        [ 1.3055e-05,  9.7806e+08, -1.1209e-07, -5.7957e+05,  1.8015e-03]],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_110",
        np.array(71, dtype=np.uint8),
        "uint8",
        {"threshold": 11},
        {},
        "tensor(71, dtype=ferrotensor.uint8)",
    ),
    Case(
        "fuzz_111",
        np.array(
            [
                8,
                -8,
                5,
                2,
                -8,
                -14,
                -13,
                -15,
                19,
                10,
                -20,
                -15,
                -10,
                16,
                -6,
                2,
                19,
                -19,
                4,
                0,
                -5,
                13,
                -20,
                5,
                -14,
                -13,
                0,
                -10,
                16,
            ],
            dtype=np.int64,
        ),
        "int64",
        {},
        {},
        (
            "tensor([  8,  -8,   5,   2,  -8, -14, -13, -15,  19,  10, -20, -15, -10,  16,\n"
            "         -6,   2,  19, -19,   4,   0,  -5,  13, -20,   5, -14, -13,   0, -10,\n"
            "         16])"
        ),
    ),
    Case(
        "fuzz_112",
        np.array(
            [
                [
                    [7.1796875, inf, 5.796875],
                    [2.205078125, -5.57421875, 9.8828125],
                    [8.1328125, 3.130859375, 5.51171875],
                ]
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {"device": "gpu"},
        (
            "tensor([[[ 7.1797,     inf,  5.7969],\n"
            "         [ 2.2051, -5.5742,  9.8828],\n"
            "         [ 8.1328,  3.1309,  5.5117]]], device='gpu', dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_113",
        np.array([[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]], dtype=np.float16),
        "float16",
        {},
        {"requires_grad": True, "grad_fn": "CloneBackward0"},
        (
            "tensor([[0., 0.],\n"
            "        [0., 0.],\n"
            "        [0., 0.]], dtype=ferrotensor.float16, grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_114",
        np.array([[inf, inf, 51424.0, inf, inf]], dtype=np.float16),
        "float16",
        {"sci_mode": True},
        {},
        (
            "tensor([[       inf,        inf, 5.1424e+04,        inf,        inf]],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_115",
        np.array(
            [
                [[[32766, 12785]], [[31850, 27866]], [[28662, -15461]]],
                [[[16179, 17507]], [[-13106, 14572]], [[4873, 23114]]],
                [[[31707, -12841]], [[31468, -14842]], [[19433, -31298]]],
                [[[-21746, -1701]], [[-21193, 30750]], [[-14211, -11677]]],
                [[[-10256, 16593]], [[-12768, -9631]], [[22032, 14047]]],
                [[[-11134, -26162]], [[-1904, -13053]], [[-19085, -3959]]],
            ],
            dtype=np.int16,
        ),
        "int16",
        {"sci_mode": True},
        {},
        (
            "tensor([[[[ 32766,  12785]],\n"
            "\n"
            "         [[ 31850,  27866]],\n"
            "\n"
            "         [[ 28662, -15461]]],\n"
            "\n"
            "\n"
            "        [[[ 16179,  17507]],\n"
            "\n"
            "         [[-13106,  14572]],\n"
            "\n"
            "         [[  4873,  23114]]],\n"
            "\n"
            "\n"
            "        [[[ 31707, -12841]],\n"
            "\n"
            "         [[ 31468, -14842]],\n"
            "\n"
            "         [[ 19433, -31298]]],\n"
            "\n"
            "\n"
            "        [[[-21746,  -1701]],\n"
            "\n"
            "         [[-21193,  30750]],\n"
            "\n"
            "         [[-14211, -11677]]],\n"
            "\n"
            "\n"
            "        [[[-10256,  16593]],\n"
            "\n"
            "         [[-12768,  -9631]],\n"
            "\n"
            "         [[ 22032,  14047]]],\n"
            "\n"
            "\n"
            "        [[[-11134, -26162]],\n"
            "\n"
            "         [[ -1904, -13053]],\n"
            "\n"
            "         [[-19085,  -3959]]]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_116",
        np.array([[-inf]], dtype=np.float64),
        "float64",
        {"precision": 0},
        {},
        "tensor([[-inf]], dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_117",
        np.array(
            [[-0.040597], [nan], [-0.83823], [-8.838999999999999e-09], [inf]], dtype=np.float64
        ),
        "float64",
        {"threshold": 6},
        {"requires_grad": True},
        (
            "tensor([[-4.0597e-02],\n"
            "        [        nan],\n"
            "        [-8.3823e-01],\n"
            "        [-8.8390e-09],\n"
            "        [        inf]], dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_118",
        np.array(
            [
                [[16, -11, -17, 13]],
                [[-18, -14, -6, 2]],
                [[13, 7, -3, 10]],
                [[-11, -10, -13, -14]],
                [[8, -14, -2, 14]],
            ],
            dtype=np.int16,
        ),
        "int16",
        {"precision": 8},
        {},
        (
            "tensor([[[ 16, -11, -17,  13]],\n"
            "\n"
            "        [[-18, -14,  -6,   2]],\n"
            "\n"
            "        [[ 13,   7,  -3,  10]],\n"
            "\n"
            "        [[-11, -10, -13, -14]],\n"
            "\n"
            "        [[  8, -14,  -2,  14]]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_119",
        np.array(
            [
                [-0.004618499893695116, 2470300.0],
                [0.0008575899992138147, nan],
                [-7192.89990234375, -45757001728.0],
                [-741560.0, -1.9132000428356832e-09],
                [1.4713000059127808, 6.885000208844971e-11],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"edgeitems": 3},
        {"requires_grad": True},
        (
            "tensor([[-4.6185e-03,  2.4703e+06],\n"
            "        [ 8.5759e-04,         nan],\n"
            "        [-7.1929e+03, -4.5757e+10],\n"
            "        [-7.4156e+05, -1.9132e-09],\n"
            "        [ 1.4713e+00,  6.8850e-11]], requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_120",
        np.array(
            [
                [
                    1.0002772808074951,
                    0.9992557168006897,
                    1.0009760856628418,
                    0.9993028044700623,
                    0.9992114901542664,
                    0.9999210834503174,
                ],
                [
                    0.9994593262672424,
                    0.9995958805084229,
                    1.00043785572052,
                    0.9996470212936401,
                    0.9996302723884583,
                    0.9993684887886047,
                ],
                [
                    0.9993942975997925,
                    0.9995687007904053,
                    1.0009537935256958,
                    1.000809907913208,
                    1.0007554292678833,
                    1.0003509521484375,
                ],
                [
                    0.999909520149231,
                    1.0004298686981201,
                    1.0007716417312622,
                    0.999579906463623,
                    0.9999257922172546,
                    0.9992319941520691,
                ],
                [
                    1.000382661819458,
                    0.9998505711555481,
                    0.9996392726898193,
                    0.9992014765739441,
                    1.0009247064590454,
                    0.9995591044425964,
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 0, "linewidth": 50},
        {},
        (
            "tensor([[1, 1, 1, 1, 1, 1],\n"
            "        [1, 1, 1, 1, 1, 1],\n"
            "        [1, 1, 1, 1, 1, 1],\n"
            "        [1, 1, 1, 1, 1, 1],\n"
            "        [1, 1, 1, 1, 1, 1]])"
        ),
    ),
    Case(
        "fuzz_121",
        np.array(-54, dtype=np.int8),
        "int8",
        {"precision": 3, "sci_mode": False},
        {},
        "tensor(-54, dtype=ferrotensor.int8)",
    ),
    Case(
        "fuzz_122",
        np.array(
            [
                [865962000.0, -719704000.0, 834727000.0],
                [11054000.0, 139176000.0, 559659000.0],
                [513611000.00000006, -527509000.0, -867032000.0],
                [481144000.0, 218183000.0, 531651000.0],
                [-945090000.0, -948164000.0, -287757000.0],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"threshold": 24},
        {"requires_grad": True, "default_dtype": "float64"},
        (
            "tensor([[ 8.6596e+08, -7.1970e+08,  8.3473e+08],\n"
            "        [ 1.1054e+07,  1.3918e+08,  5.5966e+08],\n"
            "        [ 5.1361e+08, -5.2751e+08, -8.6703e+08],\n"
            "        [ 4.8114e+08,  2.1818e+08,  5.3165e+08],\n"
            "        [-9.4509e+08, -9.4816e+08, -2.8776e+08]], requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_123",
        np.array(
            [
                [[[-1], [9], [4]], [[-11], [17], [17]]],
                [[[16], [-15], [-10]], [[-20], [0], [6]]],
                [[[17], [9], [12]], [[-18], [-3], [15]]],
                [[[3], [-13], [-15]], [[12], [-19], [-20]]],
            ],
            dtype=np.int32,
        ),
        "int32",
        {},
        {},
        (
            "tensor([[[[ -1],\n"
            "          [  9],\n"
            "          [  4]],\n"
            "\n"
            "         [[-11],\n"
            "          [ 17],\n"
            "          [ 17]]],\n"
            "\n"
            "\n"
            "        [[[ 16],\n"
            "          [-15],\n"
            "          [-10]],\n"
            "\n"
            "         [[-20],\n"
            "          [  0],\n"
            "          [  6]]],\n"
            "\n"
            "\n"
            "        [[[ 17],\n"
            "          [  9],\n"
            "          [ 12]],\n"
            "\n"
            "         [[-18],\n"
            "          [ -3],\n"
            "          [ 15]]],\n"
            "\n"
            "\n"
            "        [[[  3],\n"
            "          [-13],\n"
            "          [-15]],\n"
            "\n"
            "         [[ 12],\n"
            "          [-19],\n"
            "          [-20]]]], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_124",
        np.array(
            [
                5.7e-09,
                5.92e-09,
                9.602e-09,
                7.023e-09,
                7.784e-09,
                2.45e-09,
                6.076e-09,
                4.862e-09,
                6.002e-09,
                7.290000000000001e-10,
                8.914999999999999e-09,
                7.727e-09,
                1.2540000000000002e-09,
                6.319e-09,
                4e-09,
                1.932e-09,
                9.345e-09,
                9.199e-09,
                9.467e-09,
                5.716e-09,
                6.523e-09,
                5.343e-09,
                1.4810000000000002e-09,
                4.7880000000000004e-09,
                -0.0,
                8.040000000000001e-09,
                2.168e-09,
                nan,
                2.783e-09,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"precision": 2},
        {},
        (
            "tensor([5.70e-09, 5.92e-09, 9.60e-09, 7.02e-09, 7.78e-09, 2.45e-09, 6.08e-09,\n"
            "        4.86e-09, 6.00e-09, 7.29e-10, 8.91e-09, 7.73e-09, 1.25e-09, 6.32e-09,\n"
            "        4.00e-09, 1.93e-09, 9.35e-09, 9.20e-09, 9.47e-09, 5.72e-09, 6.52e-09,\n"
            "        5.34e-09, 1.48e-09, 4.79e-09, -0.00e+00, 8.04e-09, 2.17e-09,      nan,\n"
            "        2.78e-09], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_125",
        np.array(
            [
                [-9, -5, 7, -14],
                [17, 7, 14, 4],
                [-20, 11, -11, 4],
                [-2, -2, 4, 16],
                [-7, 0, 8, -5],
                [-13, 1, 15, 6],
            ],
            dtype=np.int8,
        ),
        "int8",
        {"sci_mode": False},
        {"default_dtype": "float64"},
        (
            "tensor([[ -9,  -5,   7, -14],\n"
            "        [ 17,   7,  14,   4],\n"
            "        [-20,  11, -11,   4],\n"
            "        [ -2,  -2,   4,  16],\n"
            "        [ -7,   0,   8,  -5],\n"
            "        [-13,   1,  15,   6]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_126",
        np.array(6.758e-06, dtype=np.float64),
        "float64",
        {"linewidth": 106},
        {},
        "tensor(6.7580e-06, dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_127",
        np.array(
            [
                5.649999999999999e-09,
                6.846e-09,
                8.589e-09,
                8.459e-09,
                1.898e-09,
                1.1500000000000002e-09,
                6.16e-10,
                5.835000000000001e-09,
                8.947e-09,
                8.604e-09,
                5.182e-09,
                5.727e-09,
                2.863e-09,
                1.922e-09,
                5.239000000000001e-09,
                9.65e-09,
                7.104e-09,
                9.74e-09,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"linewidth": 32},
        {},
        (
            "tensor([5.6500e-09, 6.8460e-09,\n"
            "        8.5890e-09, 8.4590e-09,\n"
            "        1.8980e-09, 1.1500e-09,\n"
            "        6.1600e-10, 5.8350e-09,\n"
            "        8.9470e-09, 8.6040e-09,\n"
            "        5.1820e-09, 5.7270e-09,\n"
            "        2.8630e-09, 1.9220e-09,\n"
            "        5.2390e-09, 9.6500e-09,\n"
            "        7.1040e-09, 9.7400e-09],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_128",
        np.array([False, False], dtype=np.bool_),
        "bool",
        {"threshold": 1},
        {},
        "tensor([False, False])",
    ),
    Case(
        "fuzz_129",
        np.array(
            [
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                -inf,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                inf,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"edgeitems": 2, "linewidth": 133},
        {"device": "gpu"},
        (
            "tensor([0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0., -inf, 0., 0., 0., 0., 0., 0., 0., 0., inf, 0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0.],\n"
            "       device='gpu', dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_130",
        np.array(
            [
                [13409300480.0, -93075996672.0, 69783601152.0],
                [442800000.0, -11569399808.0, 57134301184.0],
                [-80664903680.0, -22540400640.0, 91629395968.0],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 2},
        {},
        (
            "tensor([[ 1.34e+10, -9.31e+10,  6.98e+10],\n"
            "        [ 4.43e+08, -1.16e+10,  5.71e+10],\n"
            "        [-8.07e+10, -2.25e+10,  9.16e+10]])"
        ),
    ),
    Case(
        "fuzz_131",
        np.array([[[0.9990234375, 1.0, 0.99951171875, 1.0009765625]]], dtype=np.float16),
        "float16",
        {},
        {},
        "tensor([[[0.9990, 1.0000, 0.9995, 1.0010]]], dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_132",
        np.array(
            [
                [[[-4], [3], [7]], [[5], [2], [17]]],
                [[[14], [17], [12]], [[-8], [9], [-3]]],
                [[[2], [-2], [19]], [[12], [-15], [9]]],
                [[[8], [17], [-20]], [[2], [-18], [6]]],
                [[[3], [-20], [4]], [[-13], [-16], [14]]],
            ],
            dtype=np.int8,
        ),
        "int8",
        {},
        {},
        (
            "tensor([[[[ -4],\n"
            "          [  3],\n"
            "          [  7]],\n"
            "\n"
            "         [[  5],\n"
            "          [  2],\n"
            "          [ 17]]],\n"
            "\n"
            "\n"
            "        [[[ 14],\n"
            "          [ 17],\n"
            "          [ 12]],\n"
            "\n"
            "         [[ -8],\n"
            "          [  9],\n"
            "          [ -3]]],\n"
            "\n"
            "\n"
            "        [[[  2],\n"
            "          [ -2],\n"
            "          [ 19]],\n"
            "\n"
            "         [[ 12],\n"
            "          [-15],\n"
            "          [  9]]],\n"
            "\n"
            "\n"
            "        [[[  8],\n"
            "          [ 17],\n"
            "          [-20]],\n"
            "\n"
            "         [[  2],\n"
            "          [-18],\n"
            "          [  6]]],\n"
            "\n"
            "\n"
            "        [[[  3],\n"
            "          [-20],\n"
            "          [  4]],\n"
            "\n"
            "         [[-13],\n"
            "          [-16],\n"
            "          [ 14]]]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_133",
        np.array(
            [
                [False, True, True, True, False],
                [True, False, True, True, False],
                [True, False, True, False, True],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([[False,  True,  True,  True, False],\n"
            "        [ True, False,  True,  True, False],\n"
            "        [ True, False,  True, False,  True]])"
        ),
    ),
    Case(
        "fuzz_134",
        np.array(
            [
                [1.0693359375, -2.2578125, -5.33203125],
                [-2.119140625, 3.42578125, -8.8984375],
                [3.140625, 0.85791015625, -9.578125],
                [8.3046875, -0.82080078125, -9.4296875],
                [-0.04400634765625, 5.4375, 6.5546875],
                [8.8046875, 8.03125, 4.671875],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([[ 1.0693, -2.2578, -5.3320],\n"
            "        [-2.1191,  3.4258, -8.8984],\n"
            "        [ 3.1406,  0.8579, -9.5781],\n"
            "        [ 8.3047, -0.8208, -9.4297],\n"
            "        [-0.0440,  5.4375,  6.5547],\n"
            "        [ 8.8047,  8.0312,  4.6719]], dtype=ferrotensor.float16,\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_135",
        np.array(
            [
                11,
                0,
                19,
                14,
                9,
                2,
                1,
                17,
                3,
                17,
                7,
                12,
                6,
                6,
                16,
                10,
                11,
                9,
                16,
                16,
                14,
                18,
                18,
                4,
                2,
                12,
                11,
                11,
                11,
                8,
                8,
                17,
                8,
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {"linewidth": 63},
        {},
        (
            "tensor([11,  0, 19, 14,  9,  2,  1, 17,  3, 17,  7, 12,  6,  6,\n"
            "        16, 10, 11,  9, 16, 16, 14, 18, 18,  4,  2, 12, 11, 11,\n"
            "        11,  8,  8, 17,  8], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_136",
        np.array(
            [
                9,
                -13,
                17,
                -5,
                4,
                3,
                19,
                4,
                11,
                3,
                -14,
                -12,
                0,
                1,
                -9,
                8,
                1,
                -11,
                -20,
                4,
                -12,
                7,
                -17,
                -3,
                -17,
                -17,
                -3,
                17,
                0,
                -12,
                5,
            ],
            dtype=np.int8,
        ),
        "int8",
        {},
        {},
        (
            "tensor([  9, -13,  17,  -5,   4,   3,  19,   4,  11,   3, -14, -12,   0,   1,\n"
            "         -9,   8,   1, -11, -20,   4, -12,   7, -17,  -3, -17, -17,  -3,  17,\n"
            "          0, -12,   5], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_137",
        np.array(
            [
                [48544.0, 29360.0, inf, 60928.0, inf, 11312.0],
                [37888.0, inf, inf, 5744.0, 15488.0, 37440.0],
                [53088.0, 37728.0, 4028.0, inf, inf, 63584.0],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 4},
        {},
        (
            "tensor([[48544., 29360.,    inf, 60928.,    inf, 11312.],\n"
            "        [37888.,    inf,    inf,  5744., 15488., 37440.],\n"
            "        [53088., 37728.,  4028.,    inf,    inf, 63584.]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_138",
        np.array(1.0004422, dtype=np.float64),
        "float64",
        {"threshold": 27},
        {"requires_grad": True},
        "tensor(1.0004, dtype=ferrotensor.float64, requires_grad=True)",
    ),
    Case(
        "fuzz_139",
        np.array(
            [
                [-253972365254, -1001141340763],
                [-1093865403456, -270500671063],
                [597633193672, 751020541931],
                [-474710199669, -87344088889],
            ],
            dtype=np.int64,
        ),
        "int64",
        {},
        {},
        (
            "tensor([[ -253972365254, -1001141340763],\n"
            "        [-1093865403456,  -270500671063],\n"
            "        [  597633193672,   751020541931],\n"
            "        [ -474710199669,   -87344088889]])"
        ),
    ),
    Case(
        "fuzz_140",
        np.array(
            [
                -7.0,
                2.0,
                1.0,
                4.0,
                8.0,
                -9.0,
                2.0,
                -3.0,
                -5.0,
                9.0,
                -3.0,
                -3.0,
                5.0,
                4.0,
                8.0,
                3.0,
                6.0,
                8.0,
                -3.0,
                -1.0,
                -7.0,
                2.0,
                -1.0,
                -5.0,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"edgeitems": 4},
        {"default_dtype": "float64"},
        (
            "tensor([-7.,  2.,  1.,  4.,  8., -9.,  2., -3., -5.,  9., -3., -3.,  5.,  4.,\n"
            "         8.,  3.,  6.,  8., -3., -1., -7.,  2., -1., -5.], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_141",
        np.array([[inf], [inf], [-inf], [-inf], [-inf]], dtype=np.float16),
        "float16",
        {},
        {},
        (
            "tensor([[inf],\n"
            "        [inf],\n"
            "        [-inf],\n"
            "        [-inf],\n"
            "        [-inf]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_142",
        np.array(
            [
                [[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0]],
                [[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0]],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"edgeitems": 4},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([[[0., 0., 0., 0., 0.],\n"
            "         [0., 0., 0., 0., 0.],\n"
            "         [0., 0., 0., 0., 0.]],\n"
            "\n"
            "        [[0., 0., 0., 0., 0.],\n"
            "         [0., 0., 0., 0., 0.],\n"
            "         [0., 0., 0., 0., 0.]]], dtype=ferrotensor.float16, grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_143",
        np.array(-4, dtype=np.int16),
        "int16",
        {},
        {},
        "tensor(-4, dtype=ferrotensor.int16)",
    ),
    Case(
        "fuzz_144",
        np.array(
            [
                [0.9990902, 1.0000657, 1.0005472, 0.9990273, 0.9993392],
                [1.0002424, 1.0003361, 0.9991527, 1.0005866, 0.9996819],
                [1.0002232, 0.9992488, 1.0008082, 1.0002947, 1.0002704],
                [0.9990159, 1.0009886, 1.0008481, 0.9992903, 1.0002908],
                [0.9990248, 0.9994485, 1.0008539, 1.0003994, 0.9994894],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"precision": 8, "threshold": 18},
        {},
        (
            "tensor([[0.99909020, 1.00006570, 1.00054720, 0.99902730, 0.99933920],\n"
            "        [1.00024240, 1.00033610, 0.99915270, 1.00058660, 0.99968190],\n"
            "        [1.00022320, 0.99924880, 1.00080820, 1.00029470, 1.00027040],\n"
            "        [0.99901590, 1.00098860, 1.00084810, 0.99929030, 1.00029080],\n"
            "        [0.99902480, 0.99944850, 1.00085390, 1.00039940, 0.99948940]],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_145",
        np.array(
            [
                16,
                8,
                3,
                17,
                11,
                7,
                12,
                11,
                5,
                17,
                10,
                8,
                18,
                17,
                8,
                5,
                11,
                17,
                14,
                2,
                11,
                14,
                13,
                13,
                4,
                15,
                4,
                11,
            ],
            dtype=np.uint8,
        ),
        "uint8",
        {},
        {},
        (
            "tensor([16,  8,  3, 17, 11,  7, 12, 11,  5, 17, 10,  8, 18, 17,  8,  5, 11, 17,\n"
            "        14,  2, 11, 14, 13, 13,  4, 15,  4, 11], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_146",
        np.array(
            [
                [7808.0, 659.0, 4020.0, 3030.0, 5380.0, 7672.0],
                [9600.0, 322.0, 154.0, 2684.0, 2912.0, 8736.0],
                [6500.0, 1304.0, 833.0, 7228.0, 2278.0, 7672.0],
                [3154.0, 4940.0, 7232.0, 5904.0, 7144.0, 981.0],
                [1341.0, 6992.0, 9328.0, 1682.0, 7304.0, 5148.0],
                [7644.0, 4276.0, 5264.0, 7964.0, 8240.0, 3832.0],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 4, "sci_mode": False},
        {"requires_grad": True},
        (
            "tensor([[7808.,  659., 4020., 3030., 5380., 7672.],\n"
            "        [9600.,  322.,  154., 2684., 2912., 8736.],\n"
            "        [6500., 1304.,  833., 7228., 2278., 7672.],\n"
            "        [3154., 4940., 7232., 5904., 7144.,  981.],\n"
            "        [1341., 6992., 9328., 1682., 7304., 5148.],\n"
            "        [7644., 4276., 5264., 7964., 8240., 3832.]], dtype=ferrotensor.float16,\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_147",
        np.array([[-86, 49, -14]], dtype=np.int8),
        "int8",
        {},
        {},
        "tensor([[-86,  49, -14]], dtype=ferrotensor.int8)",
    ),
    Case(
        "fuzz_148",
        np.array(
            [
                [
                    [[-inf, -0.0, 0.0]],
                    [[-5.960464477539063e-08, -inf, -0.00823211669921875]],
                    [[9.8671875, -0.0, -0.0]],
                ],
                [
                    [[-3572.0, inf, inf]],
                    [[-0.0, -1.7881393432617188e-07, -0.0]],
                    [[-inf, -3.634765625, 5.960464477539063e-08]],
                ],
                [
                    [[0.0, -inf, 0.0]],
                    [[-0.000507354736328125, 0.00048804283142089844, -inf]],
                    [[0.022125244140625, -0.00408172607421875, -0.08544921875]],
                ],
                [
                    [[-0.0, 0.1856689453125, 5.960464477539063e-08]],
                    [[-inf, 4556.0, -inf]],
                    [[inf, -1.5437602996826172e-05, 418.0]],
                ],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 6, "linewidth": 43},
        {"requires_grad": True},
        (
            "tensor([[[[         -inf, -0.000000e+00,\n"
            "            0.000000e+00]],\n"
            "\n"
            "         [[-5.960464e-08,          -inf,\n"
            "           -8.232117e-03]],\n"
            "\n"
            "         [[ 9.867188e+00, -0.000000e+00,\n"
            "           -0.000000e+00]]],\n"
            "\n"
            "\n"
            "        [[[-3.572000e+03,           inf,\n"
            "                     inf]],\n"
            "\n"
            "         [[-0.000000e+00, -1.788139e-07,\n"
            "           -0.000000e+00]],\n"
            "\n"
            "         [[         -inf, -3.634766e+00,\n"
            "            5.960464e-08]]],\n"
            "\n"
            "\n"
            "        [[[ 0.000000e+00,          -inf,\n"
            "            0.000000e+00]],\n"
            "\n"
            "         [[-5.073547e-04,  4.880428e-04,\n"
            "                    -inf]],\n"
            "\n"
            "         [[ 2.212524e-02, -4.081726e-03,\n"
            "           -8.544922e-02]]],\n"
            "\n"
            "\n"
            "        [[[-0.000000e+00,  1.856689e-01,\n"
            "            5.960464e-08]],\n"
            "\n"
            "         [[         -inf,  4.556000e+03,\n"
            "                    -inf]],\n"
            "\n"
            "         [[          inf, -1.543760e-05,\n"
            "            4.180000e+02]]]],\n"
            "       dtype=ferrotensor.float16,\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_149",
        np.array(-12, dtype=np.int16),
        "int16",
        {},
        {},
        "tensor(-12, dtype=ferrotensor.int16)",
    ),
    Case(
        "fuzz_150",
        np.array(-5378.0, dtype=np.float64),
        "float64",
        {"precision": 5},
        {"requires_grad": True, "device": "gpu"},
        "tensor(-5378., device='gpu', dtype=ferrotensor.float64, requires_grad=True)",
    ),
    Case(
        "fuzz_151",
        np.array(False, dtype=np.bool_),
        "bool",
        {},
        {},
        "tensor(False)",
    ),
    Case(
        "fuzz_152",
        np.array([[[-6.631, -8.82]], [[4.558, -0.85]], [[-9.223, -5.288]]], dtype=np.float64),
        "float64",
        {"edgeitems": 0},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([[[-6.6310, -8.8200]],\n"
            "\n"
            "        [[ 4.5580, -0.8500]],\n"
            "\n"
            "        [[-9.2230, -5.2880]]], size=(3, 1, 2), dtype=ferrotensor.float64,\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_153",
        np.array(
            [
                8.259e-06,
                5.589e-06,
                6.093e-06,
                9.949e-06,
                4.1220000000000005e-06,
                3.280000000000001e-07,
                3.6900000000000002e-06,
                5.280000000000001e-07,
                5.865000000000001e-06,
                5.706e-06,
                2.979e-06,
                5.847e-06,
                5.731000000000001e-06,
                9.391e-06,
                4.935e-06,
                6.448000000000001e-06,
                3.458e-06,
                2.9800000000000005e-07,
                2.4790000000000003e-06,
                5.359000000000001e-06,
                5.163e-06,
                8.045e-06,
                4.108e-06,
                8.208e-06,
                5.3110000000000005e-06,
                1.331e-06,
                9.404e-06,
                5.09e-06,
                7.943e-06,
                7.718000000000001e-06,
                5.0020000000000006e-06,
                2.419e-06,
                2.672e-06,
                3.872e-06,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"threshold": 9},
        {},
        (
            "tensor([8.2590e-06, 5.5890e-06, 6.0930e-06,  ..., 2.4190e-06, 2.6720e-06,\n"
            "        3.8720e-06], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_154",
        np.array([[[0]], [[-12]], [[-7]], [[-16]], [[2]]], dtype=np.int8),
        "int8",
        {"precision": 5, "edgeitems": 1},
        {},
        (
            "tensor([[[  0]],\n"
            "\n"
            "        [[-12]],\n"
            "\n"
            "        [[ -7]],\n"
            "\n"
            "        [[-16]],\n"
            "\n"
            "        [[  2]]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_155",
        np.array(
            [-10, 5, 7, 3, 1, -18, -8, 10, 13, 19, -10, 0, 4, 1, 7, 1, 16, -19, -7, -14],
            dtype=np.int32,
        ),
        "int32",
        {},
        {},
        (
            "tensor([-10,   5,   7,   3,   1, -18,  -8,  10,  13,  19, -10,   0,   4,   1,\n"
            "          7,   1,  16, -19,  -7, -14], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_156",
        np.array(
            [
                -99485.0,
                -704.0,
                -66429.0,
                -3471.0,
                -65693.0,
                -53442.0,
                -86820.0,
                -51888.0,
                -42289.0,
                -7666.0,
                -90206.0,
                -75051.0,
                -824.0,
                -40731.0,
                -15414.0,
                -12330.0,
                -71273.0,
                -51261.0,
                -51429.0,
                -54090.0,
                -28224.0,
                -90815.0,
                -52825.0,
                -1449.0,
                -52765.0,
                -52327.0,
                -1597.0,
                -49674.0,
                -12513.0,
                -74368.0,
                -53739.0,
                -80612.0,
                -6888.0,
                -14751.0,
                -49604.0,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([-99485.,   -704., -66429.,  -3471., -65693., -53442., -86820., -51888.,\n"
            "        -42289.,  -7666., -90206., -75051.,   -824., -40731., -15414., -12330.,\n"
            "        -71273., -51261., -51429., -54090., -28224., -90815., -52825.,  -1449.,\n"
            "        -52765., -52327.,  -1597., -49674., -12513., -74368., -53739., -80612.,\n"
            "         -6888., -14751., -49604.], dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_157",
        np.array(
            [
                0.006591796875,
                -6.020069122314453e-06,
                0.0,
                2043.0,
                -5.960464477539063e-08,
                inf,
                -inf,
                -inf,
                -0.01302337646484375,
                inf,
                -0.0086212158203125,
                -inf,
                -inf,
                -0.0215911865234375,
                0.004642486572265625,
                0.009613037109375,
                -0.0,
                -inf,
                5496.0,
                53.375,
                inf,
                -0.01171875,
                53344.0,
                -0.005252838134765625,
                -inf,
                8344.0,
                -0.0005040168762207031,
                -1.4189453125,
                inf,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"threshold": 0, "linewidth": 109},
        {},
        (
            "tensor([ 6.5918e-03, -6.0201e-06,  0.0000e+00,  ..., -5.0402e-04, -1.4189e+00,         inf],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_158",
        np.array(
            [
                [-4.336999893188477, -4.730999946594238, 5.439000129699707],
                [1.9600000381469727, 3.299999952316284, 1.5709999799728394],
                [0.06499999761581421, -8.880000114440918, -7.361999988555908],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {"default_dtype": "float64"},
        (
            "tensor([[-4.3370, -4.7310,  5.4390],\n"
            "        [ 1.9600,  3.3000,  1.5710],\n"
            "        [ 0.0650, -8.8800, -7.3620]], dtype=ferrotensor.float32)"
        ),
    ),
    Case(
        "fuzz_159",
        np.array(
            [
                3.933906555175781e-06,
                8.404254913330078e-06,
                4.5299530029296875e-06,
                6.377696990966797e-06,
                5.364418029785156e-06,
                4.351139068603516e-06,
                4.947185516357422e-06,
                8.463859558105469e-06,
                5.4836273193359375e-06,
                1.0132789611816406e-06,
                2.1457672119140625e-06,
                3.874301910400391e-06,
                5.9604644775390625e-06,
                2.682209014892578e-06,
                7.450580596923828e-06,
                7.748603820800781e-06,
                2.5033950805664062e-06,
                3.933906555175781e-06,
                4.0531158447265625e-06,
                3.6954879760742188e-06,
                3.2186508178710938e-06,
                6.9141387939453125e-06,
                2.086162567138672e-06,
                3.159046173095703e-06,
                2.1457672119140625e-06,
                8.106231689453125e-06,
                2.384185791015625e-06,
                5.0067901611328125e-06,
                5.841255187988281e-06,
                4.649162292480469e-06,
                7.927417755126953e-06,
                4.947185516357422e-06,
                5.304813385009766e-06,
                8.64267349243164e-06,
                4.351139068603516e-06,
                1.1920928955078125e-07,
                5.841255187988281e-06,
                1.2516975402832031e-06,
                7.450580596923828e-06,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([3.9339e-06, 8.4043e-06, 4.5300e-06, 6.3777e-06, 5.3644e-06, 4.3511e-06,\n"
            "        4.9472e-06, 8.4639e-06, 5.4836e-06, 1.0133e-06, 2.1458e-06, 3.8743e-06,\n"
            "        5.9605e-06, 2.6822e-06, 7.4506e-06, 7.7486e-06, 2.5034e-06, 3.9339e-06,\n"
            "        4.0531e-06, 3.6955e-06, 3.2187e-06, 6.9141e-06, 2.0862e-06, 3.1590e-06,\n"
            "        2.1458e-06, 8.1062e-06, 2.3842e-06, 5.0068e-06, 5.8413e-06, 4.6492e-06,\n"
            "        7.9274e-06, 4.9472e-06, 5.3048e-06, 8.6427e-06, 4.3511e-06, 1.1921e-07,\n"
            "        5.8413e-06, 1.2517e-06, 7.4506e-06], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_160",
        np.array(
            [
                6.70000008540228e-06,
                2.885999947466189e-06,
                2.026999936788343e-06,
                3.160999995088787e-06,
                2.9519999316107715e-06,
                8.12700000096811e-06,
                7.254000138345873e-06,
                2.9099999210302485e-06,
                4.09399990530801e-06,
                7.974000254762359e-06,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"sci_mode": True},
        {},
        (
            "tensor([6.7000e-06, 2.8860e-06, 2.0270e-06, 3.1610e-06, 2.9520e-06, 8.1270e-06,\n"
            "        7.2540e-06, 2.9100e-06, 4.0940e-06, 7.9740e-06])"
        ),
    ),
    Case(
        "fuzz_161",
        np.array(-inf, dtype=np.float16),
        "float16",
        {},
        {"default_dtype": "float64"},
        "tensor(-inf, dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_162",
        np.array(
            [
                [
                    9.36699962039711e-06,
                    8.813000022200868e-06,
                    4.3119998736074194e-06,
                    6.104000021878164e-06,
                    9.786999726202339e-06,
                ],
                [7.779000043228734e-06, inf, 5.718000011256663e-06, inf, 8.947000424086582e-06],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {"requires_grad": True},
        (
            "tensor([[9.3670e-06, 8.8130e-06, 4.3120e-06, 6.1040e-06, 9.7870e-06],\n"
            "        [7.7790e-06,        inf, 5.7180e-06,        inf, 8.9470e-06]],\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_163",
        np.array(
            [
                53120.0,
                -inf,
                -32928.0,
                inf,
                -inf,
                -inf,
                8880.0,
                -inf,
                -inf,
                -inf,
                inf,
                -inf,
                -inf,
                -inf,
                inf,
                inf,
                inf,
                inf,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([ 53120.,    -inf, -32928.,     inf,    -inf,    -inf,   8880.,    -inf,\n"
            "           -inf,    -inf,     inf,    -inf,    -inf,    -inf,     inf,     inf,\n"
            "            inf,     inf], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_164",
        np.array(1.0002731, dtype=np.float64),
        "float64",
        {},
        {},
        "tensor(1.0003, dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_165",
        np.array(
            [
                0.9999305009841919,
                1.000061273574829,
                1.000864863395691,
                1.0007559061050415,
                0.999660313129425,
                1.000118374824524,
                1.0006463527679443,
                1.0002899169921875,
                0.9997267127037048,
                1.0007750988006592,
                1.0004314184188843,
                0.9991261959075928,
                1.00080406665802,
                0.9999207258224487,
                1.0008878707885742,
                0.9999210834503174,
                1.0004245042800903,
                1.0005098581314087,
                0.9994091987609863,
                1.0005855560302734,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 5, "threshold": 2},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([0.99993, 1.00006, 1.00086,  ..., 1.00051, 0.99941, 1.00059],\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_166",
        np.array(
            [
                0.9990234375,
                1.0009765625,
                0.9990234375,
                1.0,
                1.0009765625,
                0.9990234375,
                1.0009765625,
                1.0009765625,
                0.99951171875,
                0.9990234375,
                1.0,
                0.99951171875,
                0.99951171875,
                1.0,
                1.0009765625,
                1.0009765625,
                1.0009765625,
                0.99951171875,
                1.0009765625,
                1.0,
                1.0,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"sci_mode": False},
        {"requires_grad": True},
        (
            "tensor([0.9990, 1.0010, 0.9990, 1.0000, 1.0010, 0.9990, 1.0010, 1.0010, 0.9995,\n"
            "        0.9990, 1.0000, 0.9995, 0.9995, 1.0000, 1.0010, 1.0010, 1.0010, 0.9995,\n"
            "        1.0010, 1.0000, 1.0000], dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_167",
        np.array(-1074025262313, dtype=np.int64),
        "int64",
        {"sci_mode": True},
        {},
        "tensor(-1074025262313)",
    ),
    Case(
        "fuzz_168",
        np.array(
            [[7, -18, -18, -8, 18, -6], [-16, -6, 6, -5, 14, -1], [4, 10, 13, -2, 19, 11]],
            dtype=np.int64,
        ),
        "int64",
        {"precision": 3, "threshold": 18},
        {},
        (
            "tensor([[  7, -18, -18,  -8,  18,  -6],\n"
            "        [-16,  -6,   6,  -5,  14,  -1],\n"
            "        [  4,  10,  13,  -2,  19,  11]])"
        ),
    ),
    Case(
        "fuzz_169",
        np.array(
            [
                [-inf, -inf, -inf],
                [inf, -inf, -inf],
                [-inf, inf, inf],
                [-inf, inf, inf],
                [-inf, inf, inf],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 8, "threshold": 15, "sci_mode": False},
        {"device": "gpu"},
        (
            "tensor([[-inf, -inf, -inf],\n"
            "        [inf, -inf, -inf],\n"
            "        [-inf, inf, inf],\n"
            "        [-inf, inf, inf],\n"
            "        [-inf, inf, inf]], device='gpu', dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_170",
        np.array(1.0009708404541016, dtype=np.float32),
        "float32",
        {"edgeitems": 2},
        {},
        "tensor(1.0010)",
    ),
    Case(
        "fuzz_171",
        np.array(
            [
                4.3689998840967803e-10,
                -9699700.0,
                -507.3299865722656,
                3154.60009765625,
                -7.771500110626221,
                36.08100128173828,
                3.0176000595092773,
                8390.0,
                59.95199966430664,
                -0.1261499971151352,
                131150.0,
                -64660.0,
                -43767.0,
                -7.1819000244140625,
                82619.0,
                -0.000238389999140054,
                -293530.0,
                -7451300.0,
                -4.3704000063371495e-07,
                -3.4996999602299184e-05,
                3.2830000691319583e-06,
                1.672200050961692e-05,
                194.77999877929688,
                0.004991599824279547,
                -42280.0,
                -93933.0,
                1155.0,
                283.30999755859375,
                9.92229964857927e-10,
                -2.9346999497192883e-08,
                -4618400.0,
                -592470.0,
                -2.26200008392334,
                5.4679999351501465,
                7.975700100359973e-10,
                -700499968.0,
                -0.0518920011818409,
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([ 4.3690e-10, -9.6997e+06, -5.0733e+02,  3.1546e+03, -7.7715e+00,\n"
            "         3.6081e+01,  3.0176e+00,  8.3900e+03,  5.9952e+01, -1.2615e-01,\n"
            "         1.3115e+05, -6.4660e+04, -4.3767e+04, -7.1819e+00,  8.2619e+04,\n"
            "        -2.3839e-04, -2.9353e+05, -7.4513e+06, -4.3704e-07, -3.4997e-05,\n"
            "         3.2830e-06,  1.6722e-05,  1.9478e+02,  4.9916e-03, -4.2280e+04,\n"
            "        -9.3933e+04,  1.1550e+03,  2.8331e+02,  9.9223e-10, -2.9347e-08,\n"
            "        -4.6184e+06, -5.9247e+05, -2.2620e+00,  5.4680e+00,  7.9757e-10,\n"
            "        -7.0050e+08, -5.1892e-02])"
        ),
    ),
    Case(
        "fuzz_172",
        np.array(
            [
                4.9114227294921875e-05,
                1.1682510375976562e-05,
                3.927946090698242e-05,
                3.2901763916015625e-05,
                5.0187110900878906e-05,
                4.982948303222656e-05,
                9.870529174804688e-05,
                2.8431415557861328e-05,
                3.7550926208496094e-05,
                6.633996963500977e-05,
                5.4836273193359375e-06,
                9.417533874511719e-05,
                3.796815872192383e-05,
                5.131959915161133e-05,
                1.0907649993896484e-05,
                7.599592208862305e-05,
                1.1920928955078125e-06,
                3.236532211303711e-05,
                9.715557098388672e-05,
                4.297494888305664e-05,
                2.294778823852539e-05,
                8.70823860168457e-05,
                5.626678466796875e-05,
                8.320808410644531e-05,
                4.887580871582031e-06,
                7.700920104980469e-05,
                9.757280349731445e-05,
                1.4066696166992188e-05,
                6.437301635742188e-05,
                7.098913192749023e-05,
                1.138448715209961e-05,
                1.0132789611816406e-05,
                2.2292137145996094e-05,
                5.078315734863281e-05,
                2.7477741241455078e-05,
                2.4497509002685547e-05,
                3.337860107421875e-05,
                1.1205673217773438e-05,
                8.058547973632812e-05,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([4.9114e-05, 1.1683e-05, 3.9279e-05, 3.2902e-05, 5.0187e-05, 4.9829e-05,\n"
            "        9.8705e-05, 2.8431e-05, 3.7551e-05, 6.6340e-05, 5.4836e-06, 9.4175e-05,\n"
            "        3.7968e-05, 5.1320e-05, 1.0908e-05, 7.5996e-05, 1.1921e-06, 3.2365e-05,\n"
            "        9.7156e-05, 4.2975e-05, 2.2948e-05, 8.7082e-05, 5.6267e-05, 8.3208e-05,\n"
            "        4.8876e-06, 7.7009e-05, 9.7573e-05, 1.4067e-05, 6.4373e-05, 7.0989e-05,\n"
            "        1.1384e-05, 1.0133e-05, 2.2292e-05, 5.0783e-05, 2.7478e-05, 2.4498e-05,\n"
            "        3.3379e-05, 1.1206e-05, 8.0585e-05], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_173",
        np.array(
            [
                [-6, 10, -8, 14, -10, 0],
                [-16, -19, -1, 18, -6, -12],
                [-13, -4, 9, 6, -2, -19],
                [18, 4, -16, 13, 13, -2],
            ],
            dtype=np.int64,
        ),
        "int64",
        {},
        {},
        (
            "tensor([[ -6,  10,  -8,  14, -10,   0],\n"
            "        [-16, -19,  -1,  18,  -6, -12],\n"
            "        [-13,  -4,   9,   6,  -2, -19],\n"
            "        [ 18,   4, -16,  13,  13,  -2]])"
        ),
    ),
    Case(
        "fuzz_174",
        np.array(
            [
                -2,
                -12,
                -17,
                -13,
                -11,
                16,
                -1,
                0,
                8,
                -17,
                -17,
                -18,
                13,
                0,
                -10,
                -8,
                -8,
                3,
                -20,
                -5,
                5,
                1,
                15,
                -5,
                18,
                -19,
                -4,
                1,
                -10,
                9,
            ],
            dtype=np.int32,
        ),
        "int32",
        {"edgeitems": 2},
        {},
        (
            "tensor([ -2, -12, -17, -13, -11,  16,  -1,   0,   8, -17, -17, -18,  13,   0,\n"
            "        -10,  -8,  -8,   3, -20,  -5,   5,   1,  15,  -5,  18, -19,  -4,   1,\n"
            "        -10,   9], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_175",
        np.array(
            [
                1.0009765625,
                0.9990234375,
                1.0009765625,
                1.0009765625,
                1.0,
                1.0,
                1.0,
                1.0,
                1.0009765625,
                1.0,
                0.99951171875,
                0.9990234375,
                0.99951171875,
                1.0009765625,
                0.9990234375,
                0.99951171875,
                1.0,
                1.0009765625,
                1.0,
                1.0009765625,
                0.99951171875,
                1.0,
                1.0009765625,
                0.99951171875,
                1.0,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 3},
        {},
        (
            "tensor([1.001, 0.999, 1.001, 1.001, 1.000, 1.000, 1.000, 1.000, 1.001, 1.000,\n"
            "        1.000, 0.999, 1.000, 1.001, 0.999, 1.000, 1.000, 1.001, 1.000, 1.001,\n"
            "        1.000, 1.000, 1.001, 1.000, 1.000], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_176",
        np.array(
            [
                [
                    [[-263806032], [-932366902], [403459267], [-1396749154]],
                    [[-1251082967], [-525508604], [-819784247], [946078460]],
                    [[-387300197], [-1021150371], [-1991381953], [-529067548]],
                    [[1920851018], [1047364460], [-1260586534], [-1812761647]],
                ]
            ],
            dtype=np.int32,
        ),
        "int32",
        {"edgeitems": 3},
        {},
        (
            "tensor([[[[ -263806032],\n"
            "          [ -932366902],\n"
            "          [  403459267],\n"
            "          [-1396749154]],\n"
            "\n"
            "         [[-1251082967],\n"
            "          [ -525508604],\n"
            "          [ -819784247],\n"
            "          [  946078460]],\n"
            "\n"
            "         [[ -387300197],\n"
            "          [-1021150371],\n"
            "          [-1991381953],\n"
            "          [ -529067548]],\n"
            "\n"
            "         [[ 1920851018],\n"
            "          [ 1047364460],\n"
            "          [-1260586534],\n"
            "          [-1812761647]]]], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_177",
        np.array(
            [
                0.0,
                5.960464477539063e-08,
                5.960464477539063e-08,
                0.0,
                5.960464477539063e-08,
                5.960464477539063e-08,
                5.960464477539063e-08,
                0.0,
                5.960464477539063e-08,
                5.960464477539063e-08,
                5.960464477539063e-08,
                5.960464477539063e-08,
                5.960464477539063e-08,
                1.1920928955078125e-07,
                0.0,
                0.0,
                5.960464477539063e-08,
                0.0,
                0.0,
                1.1920928955078125e-07,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 1},
        {},
        (
            "tensor([0.0e+00, 6.0e-08, 6.0e-08, 0.0e+00, 6.0e-08, 6.0e-08, 6.0e-08, 0.0e+00,\n"
            "        6.0e-08, 6.0e-08, 6.0e-08, 6.0e-08, 6.0e-08, 1.2e-07, 0.0e+00, 0.0e+00,\n"
            "        6.0e-08, 0.0e+00, 0.0e+00, 1.2e-07], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_178",
        np.array(
            [
                [[[-inf, -inf, inf, -inf, inf]], [[-inf, inf, -inf, -inf, -inf]]],
                [[[-inf, inf, inf, -inf, inf]], [[-inf, inf, inf, inf, inf]]],
                [[[inf, inf, -inf, inf, inf]], [[inf, -inf, inf, inf, inf]]],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([[[[-inf, -inf, inf, -inf, inf]],\n"
            "\n"
            "         [[-inf, inf, -inf, -inf, -inf]]],\n"
            "\n"
            "\n"
            "        [[[-inf, inf, inf, -inf, inf]],\n"
            "\n"
            "         [[-inf, inf, inf, inf, inf]]],\n"
            "\n"
            "\n"
            "        [[[inf, inf, -inf, inf, inf]],\n"
            "\n"
            "         [[inf, -inf, inf, inf, inf]]]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_179",
        np.array(
            [
                [
                    [2.700000047683716],
                    [-3.4000000953674316],
                    [5.199999809265137],
                    [3.200000047683716],
                    [4.5],
                    [4.0],
                ]
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 3, "edgeitems": 4, "sci_mode": False},
        {},
        (
            "tensor([[[ 2.700],\n"
            "         [-3.400],\n"
            "         [ 5.200],\n"
            "         [ 3.200],\n"
            "         [ 4.500],\n"
            "         [ 4.000]]])"
        ),
    ),
    Case(
        "fuzz_180",
        np.array(
            [[[-5], [0], [12], [-2]], [[2], [-4], [-16], [2]], [[-15], [-19], [-2], [-1]]],
            dtype=np.int64,
        ),
        "int64",
        {},
        {},
        (
            "tensor([[[ -5],\n"
            "         [  0],\n"
            "         [ 12],\n"
            "         [ -2]],\n"
            "\n"
            "        [[  2],\n"
            "         [ -4],\n"
            "         [-16],\n"
            "         [  2]],\n"
            "\n"
            "        [[-15],\n"
            "         [-19],\n"
            "         [ -2],\n"
            "         [ -1]]])"
        ),
    ),
    Case(
        "fuzz_181",
        np.array(
            [[-155830000000.0], [5201640000000.0], [-6254430000000.0], [-3213559999999.9995]],
            dtype=np.float64,
        ),
        "float64",
        {"sci_mode": False},
        {"requires_grad": True},
        (
            "tensor([[ -155830000000.0000],\n"
            "        [ 5201640000000.0000],\n"
            "        [-6254430000000.0000],\n"
            "        [-3213559999999.9995]], dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_182",
        np.array(
            [
                [-1009367279, -983326628, 1526275875, -463949994, 68181869, 2077696129],
                [-1887178458, 1981635302, 926519216, -1685130987, 1019951899, -881047074],
                [964327894, 2048985203, 453200133, 1490220662, 494803569, 190247448],
            ],
            dtype=np.int32,
        ),
        "int32",
        {},
        {"default_dtype": "float64"},
        (
            "tensor([[-1009367279,  -983326628,  1526275875,  -463949994,    68181869,\n"
            "          2077696129],\n"
            "        [-1887178458,  1981635302,   926519216, -1685130987,  1019951899,\n"
            "          -881047074],\n"
            "        [  964327894,  2048985203,   453200133,  1490220662,   494803569,\n"
            "           190247448]], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_183",
        np.array(
            [
                -7559540000000.0,
                -5204020000000.0,
                -7305050000000.0,
                -7978020000000.0,
                5645790000000.001,
                -4179320000000.0005,
                2543000000000.0005,
                -9772790000000.0,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([-7.5595e+12, -5.2040e+12, -7.3050e+12, -7.9780e+12,  5.6458e+12,\n"
            "        -4.1793e+12,  2.5430e+12, -9.7728e+12], dtype=ferrotensor.float64,\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_184",
        np.array(True, dtype=np.bool_),
        "bool",
        {"linewidth": 20},
        {},
        "tensor(True)",
    ),
    Case(
        "fuzz_185",
        np.array([[True, False, False], [True, True, False]], dtype=np.bool_),
        "bool",
        {"threshold": 22},
        {},
        ("tensor([[ True, False, False],\n        [ True,  True, False]])"),
    ),
    Case(
        "fuzz_186",
        np.array(
            [
                [97446.0, -5144.0, inf, 7422.0, 45735.0, -4522.0],
                [70155.0, 60424.0, 65195.0, 7193.0, 99417.0, 62677.0],
                [-4335.0, 11764.0, 92799.0, 73293.0, -0.0, 53192.0],
                [99518.0, 75775.0, 6972.0, 58629.0, -1384.0, 54664.0],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"threshold": 29, "edgeitems": 2, "sci_mode": False},
        {},
        (
            "tensor([[97446., -5144.,    inf,  7422., 45735., -4522.],\n"
            "        [70155., 60424., 65195.,  7193., 99417., 62677.],\n"
            "        [-4335., 11764., 92799., 73293.,    -0., 53192.],\n"
            "        [99518., 75775.,  6972., 58629., -1384., 54664.]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_187",
        np.array(
            [[True, False, False, True, True], [True, False, True, True, False]], dtype=np.bool_
        ),
        "bool",
        {},
        {},
        (
            "tensor([[ True, False, False,  True,  True],\n"
            "        [ True, False,  True,  True, False]])"
        ),
    ),
    Case(
        "fuzz_188",
        np.array([-18, -3], dtype=np.int64),
        "int64",
        {"sci_mode": True},
        {},
        "tensor([-18,  -3])",
    ),
    Case(
        "fuzz_189",
        np.array(
            [
                4.589557647705078e-06,
                8.52346420288086e-06,
                9.119510650634766e-06,
                8.940696716308594e-07,
                5.781650543212891e-06,
                1.7285346984863281e-06,
                8.702278137207031e-06,
                5.066394805908203e-06,
                5.185604095458984e-06,
                8.046627044677734e-06,
                7.808208465576172e-06,
                7.510185241699219e-06,
                1.9669532775878906e-06,
                5.960464477539063e-08,
                4.5299530029296875e-06,
                6.973743438720703e-06,
                8.344650268554688e-06,
                6.198883056640625e-06,
                7.569789886474609e-06,
                8.64267349243164e-06,
                8.225440979003906e-06,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 4},
        {},
        (
            "tensor([4.5896e-06, 8.5235e-06, 9.1195e-06, 8.9407e-07, 5.7817e-06, 1.7285e-06,\n"
            "        8.7023e-06, 5.0664e-06, 5.1856e-06, 8.0466e-06, 7.8082e-06, 7.5102e-06,\n"
            "        1.9670e-06, 5.9605e-08, 4.5300e-06, 6.9737e-06, 8.3447e-06, 6.1989e-06,\n"
            "        7.5698e-06, 8.6427e-06, 8.2254e-06], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_190",
        np.array(1.8890000000000004e-05, dtype=np.float64),
        "float64",
        {"precision": 6},
        {},
        "tensor(1.889000e-05, dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_191",
        np.array(
            [
                -6.446703910827637,
                9.494806289672852,
                7.1873459815979,
                -6.2257208824157715,
                5.9692559242248535,
                9.854799270629883,
                -2.343203067779541,
                8.467891693115234,
                -9.308167457580566,
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {"requires_grad": True},
        (
            "tensor([-6.4467,  9.4948,  7.1873, -6.2257,  5.9693,  9.8548, -2.3432,  8.4679,\n"
            "        -9.3082], requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_192",
        np.array([[inf, -inf, nan]], dtype=np.float16),
        "float16",
        {"threshold": 16},
        {},
        "tensor([[inf, -inf, nan]], dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_193",
        np.array(
            [
                [7.078125, 3.099609375, 1.9296875, 9.890625, -3.44921875, -1.4296875],
                [-2.23046875, -0.52978515625, 0.360107421875, -7.03125, -4.01953125, -1.7099609375],
                [-7.578125, 7.16015625, -9.359375, 8.140625, 5.87890625, 6.25],
                [-4.01171875, -4.359375, 1.4501953125, -6.05859375, -6.51171875, 9.5],
                [9.921875, 2.98046875, 9.8203125, 4.640625, -2.009765625, 6.328125],
                [8.78125, -7.33984375, 6.01953125, 8.421875, -1.0, -8.1796875],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"threshold": 17, "linewidth": 109},
        {"requires_grad": True},
        (
            "tensor([[ 7.0781,  3.0996,  1.9297,  9.8906, -3.4492, -1.4297],\n"
            "        [-2.2305, -0.5298,  0.3601, -7.0312, -4.0195, -1.7100],\n"
            "        [-7.5781,  7.1602, -9.3594,  8.1406,  5.8789,  6.2500],\n"
            "        [-4.0117, -4.3594,  1.4502, -6.0586, -6.5117,  9.5000],\n"
            "        [ 9.9219,  2.9805,  9.8203,  4.6406, -2.0098,  6.3281],\n"
            "        [ 8.7812, -7.3398,  6.0195,  8.4219, -1.0000, -8.1797]], dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_194",
        np.array(
            [
                6705,
                -25053,
                -30467,
                16170,
                20854,
                -1590,
                27564,
                -17620,
                -20696,
                6750,
                -20352,
                29866,
                -7710,
                8723,
                13037,
                29273,
                4897,
                15568,
                -6244,
                -31908,
                194,
                19434,
                -11661,
                -23424,
                22201,
                29995,
                -20667,
                -24444,
                23682,
                -23496,
                18223,
                1182,
                -26715,
            ],
            dtype=np.int16,
        ),
        "int16",
        {},
        {},
        (
            "tensor([  6705, -25053, -30467,  16170,  20854,  -1590,  27564, -17620, -20696,\n"
            "          6750, -20352,  29866,  -7710,   8723,  13037,  29273,   4897,  15568,\n"
            "         -6244, -31908,    194,  19434, -11661, -23424,  22201,  29995, -20667,\n"
            "        -24444,  23682, -23496,  18223,   1182, -26715], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_195",
        np.array([-9.734400000000001e-05, 0.0, -0.0095134, 0.94863], dtype=np.float64),
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([-9.7344e-05,  0.0000e+00, -9.5134e-03,  9.4863e-01],\n"
            "       dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_196",
        np.array(
            [
                [7.06e-05, 8.611e-05, 7.855e-05, 7.31e-06, 6.802e-05],
                [
                    6.918999999999999e-05,
                    6.361000000000001e-05,
                    5.0570000000000005e-05,
                    9.89e-06,
                    7.411000000000001e-05,
                ],
                [6.166e-05, 3.332e-05, 6.016000000000001e-05, 8.233e-05, 7.514e-05],
                [8.265e-05, 6.82e-06, 7.362e-05, 4.686e-05, 5.01e-06],
                [7.608e-05, 6.922e-05, 2.6000000000000002e-05, 2.961e-05, 3.9290000000000005e-05],
                [
                    2.7510000000000003e-05,
                    3.1e-06,
                    9.850000000000001e-05,
                    2.1360000000000002e-05,
                    4.359e-05,
                ],
            ],
            dtype=np.float64,
        ),
        "float64",
        {"precision": 7},
        {"requires_grad": True, "default_dtype": "float64"},
        (
            "tensor([[7.0600000e-05, 8.6110000e-05, 7.8550000e-05, 7.3100000e-06,\n"
            "         6.8020000e-05],\n"
            "        [6.9190000e-05, 6.3610000e-05, 5.0570000e-05, 9.8900000e-06,\n"
            "         7.4110000e-05],\n"
            "        [6.1660000e-05, 3.3320000e-05, 6.0160000e-05, 8.2330000e-05,\n"
            "         7.5140000e-05],\n"
            "        [8.2650000e-05, 6.8200000e-06, 7.3620000e-05, 4.6860000e-05,\n"
            "         5.0100000e-06],\n"
            "        [7.6080000e-05, 6.9220000e-05, 2.6000000e-05, 2.9610000e-05,\n"
            "         3.9290000e-05],\n"
            "        [2.7510000e-05, 3.1000000e-06, 9.8500000e-05, 2.1360000e-05,\n"
            "         4.3590000e-05]], requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_197",
        np.array(
            [
                [
                    35259102003200.0,
                    inf,
                    -63256198643712.0,
                    -57482198122496.0,
                    29523800227840.0,
                    -22803199819776.0,
                ]
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[ 3.5259e+13,         inf, -6.3256e+13, -5.7482e+13,  2.9524e+13,\n"
            "         -2.2803e+13]])"
        ),
    ),
    Case(
        "fuzz_198",
        np.array([[9527, 12056, -12048, -22659, -12164]], dtype=np.int16),
        "int16",
        {"threshold": 1},
        {},
        "tensor([[  9527,  12056, -12048, -22659, -12164]], dtype=ferrotensor.int16)",
    ),
    Case(
        "fuzz_199",
        np.array(
            [
                7.748603820800781e-07,
                669.0,
                -0.0005488395690917969,
                inf,
                -0.00882720947265625,
                -inf,
                -inf,
                -inf,
                -0.0,
                inf,
                inf,
                -5.960464477539063e-08,
                0.83056640625,
                1.1920928955078125e-07,
                -4488.0,
                3.921985626220703e-05,
                -0.0,
                -inf,
                -0.0004475116729736328,
                0.0,
                0.0,
                320.75,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 7, "edgeitems": 4},
        {},
        (
            "tensor([ 7.7486038e-07,  6.6900000e+02, -5.4883957e-04,            inf,\n"
            "        -8.8272095e-03,           -inf,           -inf,           -inf,\n"
            "        -0.0000000e+00,            inf,            inf, -5.9604645e-08,\n"
            "         8.3056641e-01,  1.1920929e-07, -4.4880000e+03,  3.9219856e-05,\n"
            "        -0.0000000e+00,           -inf, -4.4751167e-04,  0.0000000e+00,\n"
            "         0.0000000e+00,  3.2075000e+02], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_200",
        np.array([1.000487, 0.9998709, 0.9996451, 0.9998433], dtype=np.float64),
        "float64",
        {"linewidth": 113},
        {},
        "tensor([1.0005, 0.9999, 0.9996, 0.9998], dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_201",
        np.array([[[191.0, 7673.0, -9093.0]]], dtype=np.float32),
        "float32",
        {"edgeitems": 2},
        {},
        "tensor([[[  191.,  7673., -9093.]]])",
    ),
    Case(
        "fuzz_202",
        np.array(
            [
                [
                    [False, False, True, True, False, True],
                    [True, False, True, True, True, True],
                    [True, False, False, True, True, False],
                ],
                [
                    [False, False, True, False, False, False],
                    [True, False, True, True, False, True],
                    [True, False, False, False, True, False],
                ],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"sci_mode": False},
        {},
        (
            "tensor([[[False, False,  True,  True, False,  True],\n"
            "         [ True, False,  True,  True,  True,  True],\n"
            "         [ True, False, False,  True,  True, False]],\n"
            "\n"
            "        [[False, False,  True, False, False, False],\n"
            "         [ True, False,  True,  True, False,  True],\n"
            "         [ True, False, False, False,  True, False]]])"
        ),
    ),
    Case(
        "fuzz_203",
        np.array(
            [
                [False, True, True, True],
                [False, True, False, False],
                [True, False, True, True],
                [False, False, True, False],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {"threshold": 24, "edgeitems": 1},
        {},
        (
            "tensor([[False,  True,  True,  True],\n"
            "        [False,  True, False, False],\n"
            "        [ True, False,  True,  True],\n"
            "        [False, False,  True, False]])"
        ),
    ),
    Case(
        "fuzz_204",
        np.array([-14, -13, 18, -13, 2, 13, 2, -9, 12, -19, -14, 3], dtype=np.int32),
        "int32",
        {"sci_mode": True},
        {},
        (
            "tensor([-14, -13,  18, -13,   2,  13,   2,  -9,  12, -19, -14,   3],\n"
            "       dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_205",
        np.array([-8.61608e27, -inf], dtype=np.float64),
        "float64",
        {"precision": 2},
        {},
        "tensor([-8.62e+27,      -inf], dtype=ferrotensor.float64)",
    ),
    Case(
        "fuzz_206",
        np.array(
            [
                -5.2449,
                0.3157,
                -3.8543,
                -8.3793,
                -3.1265,
                8.6438,
                -4.0147,
                3.5191,
                9.7677,
                8.1331,
                -6.8969,
                -9.7742,
                -4.9194,
                -9.5209,
                3.1507,
                -5.2437,
                -4.6261,
                -2.8265,
                -0.4378,
                -4.0022,
                -5.2732,
                -9.5123,
                -7.6829,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"threshold": 3, "sci_mode": True},
        {},
        (
            "tensor([-5.2449e+00,  3.1570e-01, -3.8543e+00,  ..., -5.2732e+00,\n"
            "        -9.5123e+00, -7.6829e+00], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_207",
        np.array(
            [
                [
                    [3.456e-08, 5.475e-08, 8.617e-08, 2.5829999999999997e-08],
                    [3.722e-08, 3.946e-08, 4.566e-08, 5.24e-08],
                ]
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"requires_grad": True, "grad_fn": "CloneBackward0"},
        (
            "tensor([[[3.4560e-08, 5.4750e-08, 8.6170e-08, 2.5830e-08],\n"
            "         [3.7220e-08, 3.9460e-08, 4.5660e-08, 5.2400e-08]]],\n"
            "       dtype=ferrotensor.float64, grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_208",
        np.array(
            [
                -2147.0,
                -3659.0,
                -562.0,
                -3132.0,
                -6437.0,
                -4918.0,
                -1446.0,
                -6244.0,
                -8787.0,
                -4264.0,
                -2098.0,
                -2444.0,
                -3802.0,
                -7881.0,
                -9902.0,
                -5221.0,
                -9929.0,
                -0.0,
                -4743.0,
                -4434.0,
                -5814.0,
                -823.0,
                -1706.0,
                -3322.0,
                -9001.0,
                -5814.0,
                -3373.0,
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {"requires_grad": True},
        (
            "tensor([-2147., -3659.,  -562., -3132., -6437., -4918., -1446., -6244., -8787.,\n"
            "        -4264., -2098., -2444., -3802., -7881., -9902., -5221., -9929.,    -0.,\n"
            "        -4743., -4434., -5814.,  -823., -1706., -3322., -9001., -5814., -3373.],\n"
            "       requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_209",
        np.array(
            [
                -99731.0,
                -32400.0,
                -16902.0,
                -17312.0,
                -77459.0,
                -22652.0,
                -69262.0,
                -23312.0,
                -67689.0,
                -44080.0,
                -77646.0,
                -71654.0,
                -77465.0,
                -84152.0,
                -3584.0,
                -78381.0,
                -47140.0,
                -89227.0,
                -50380.0,
                -49545.0,
                -9178.0,
                -77662.0,
                -85980.0,
                -30579.0,
                -55835.0,
                -49461.0,
                -99057.0,
                -6315.0,
                -18003.0,
                -85273.0,
                -74807.0,
                -6691.0,
                -71710.0,
                -75789.0,
                -9481.0,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {},
        (
            "tensor([-99731., -32400., -16902., -17312., -77459., -22652., -69262., -23312.,\n"
            "        -67689., -44080., -77646., -71654., -77465., -84152.,  -3584., -78381.,\n"
            "        -47140., -89227., -50380., -49545.,  -9178., -77662., -85980., -30579.,\n"
            "        -55835., -49461., -99057.,  -6315., -18003., -85273., -74807.,  -6691.,\n"
            "        -71710., -75789.,  -9481.], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_210",
        np.array([-4799.8, -68427000.0, -7.190199999999999e-07, -74484000000.0], dtype=np.float64),
        "float64",
        {},
        {"device": "gpu"},
        (
            "tensor([-4.7998e+03, -6.8427e+07, -7.1902e-07, -7.4484e+10], device='gpu',\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_211",
        np.array(
            [
                [
                    579759480658,
                    985419131175,
                    -630616419708,
                    524664371055,
                    751233976967,
                    427372299780,
                ],
                [
                    386752420880,
                    -677933166017,
                    -171226862315,
                    210291898732,
                    801427705658,
                    -930446296157,
                ],
                [
                    1066483063576,
                    -755822618174,
                    -379397294557,
                    -73801625209,
                    283033079366,
                    -226141019194,
                ],
                [
                    1042246112132,
                    368052125404,
                    116061315477,
                    237075144527,
                    861515004981,
                    152672585685,
                ],
            ],
            dtype=np.int64,
        ),
        "int64",
        {},
        {},
        (
            "tensor([[ 579759480658,  985419131175, -630616419708,  524664371055,\n"
            "          751233976967,  427372299780],\n"
            "        [ 386752420880, -677933166017, -171226862315,  210291898732,\n"
            "          801427705658, -930446296157],\n"
            "        [1066483063576, -755822618174, -379397294557,  -73801625209,\n"
            "          283033079366, -226141019194],\n"
            "        [1042246112132,  368052125404,  116061315477,  237075144527,\n"
            "          861515004981,  152672585685]])"
        ),
    ),
    Case(
        "fuzz_212",
        np.array(
            [
                [[0.999686598777771, 0.9999737739562988]],
                [[0.9990987777709961, 1.0004100799560547]],
                [[1.0002820491790771, 1.000276803970337]],
                [[0.999257504940033, 1.0003007650375366]],
                [[0.9993392825126648, 1.0003957748413086]],
                [[0.9999849200248718, 0.9997109174728394]],
            ],
            dtype=np.float32,
        ),
        "float32",
        {"precision": 3, "edgeitems": 3},
        {},
        (
            "tensor([[[1.000, 1.000]],\n"
            "\n"
            "        [[0.999, 1.000]],\n"
            "\n"
            "        [[1.000, 1.000]],\n"
            "\n"
            "        [[0.999, 1.000]],\n"
            "\n"
            "        [[0.999, 1.000]],\n"
            "\n"
            "        [[1.000, 1.000]]])"
        ),
    ),
    Case(
        "fuzz_213",
        np.array(
            [
                [[False, True], [True, False], [False, True], [True, False]],
                [[False, False], [True, True], [True, True], [False, True]],
                [[True, True], [False, False], [False, True], [False, False]],
                [[False, True], [True, False], [True, False], [True, False]],
                [[False, False], [False, True], [False, True], [True, False]],
                [[True, False], [True, False], [False, False], [True, False]],
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([[[False,  True],\n"
            "         [ True, False],\n"
            "         [False,  True],\n"
            "         [ True, False]],\n"
            "\n"
            "        [[False, False],\n"
            "         [ True,  True],\n"
            "         [ True,  True],\n"
            "         [False,  True]],\n"
            "\n"
            "        [[ True,  True],\n"
            "         [False, False],\n"
            "         [False,  True],\n"
            "         [False, False]],\n"
            "\n"
            "        [[False,  True],\n"
            "         [ True, False],\n"
            "         [ True, False],\n"
            "         [ True, False]],\n"
            "\n"
            "        [[False, False],\n"
            "         [False,  True],\n"
            "         [False,  True],\n"
            "         [ True, False]],\n"
            "\n"
            "        [[ True, False],\n"
            "         [ True, False],\n"
            "         [False, False],\n"
            "         [ True, False]]])"
        ),
    ),
    Case(
        "fuzz_214",
        np.array(
            [
                -36759.0,
                -9.453799975744914e-06,
                -0.07953000068664551,
                964460032.0,
                -4.030800027976511e-06,
                -622600000.0,
                939310016.0,
                690330.0,
                -965929984.0,
                -52369.0,
                0.736050009727478,
                528540.0,
                -0.07570499926805496,
                0.6503499746322632,
                231020000.0,
                -8111099904.0,
                -74725998592.0,
                361560.0,
                3.0399999104702147e-06,
                -358660.0,
                23449.0,
                0.0003750300093088299,
                3.5320999813848175e-07,
                -6.510900020599365,
                4.7081999809961417e-07,
                6.726600076945033e-08,
                8.009399721231603e-07,
                3684000000.0,
                -39699000.0,
                -1732.0999755859375,
                -112.9000015258789,
                -689380.0,
                -927.0800170898438,
                593480.0,
                5.26110000009794e-09,
                0.0016374000115320086,
                742.8099975585938,
                -666.75,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"threshold": 7},
        {},
        (
            "tensor([-3.6759e+04, -9.4538e-06, -7.9530e-02,  ...,  1.6374e-03,\n"
            "         7.4281e+02, -6.6675e+02])"
        ),
    ),
    Case(
        "fuzz_215",
        np.array(
            [
                [
                    [
                        [5.199000000000001e-09, 6.572e-09, 3.111e-09, 6.18e-09],
                        [9.092e-09, 9.676e-09, 2.5290000000000003e-09, 2.681e-09],
                        [8.546000000000001e-09, 1.819e-09, 7.66e-10, 2.996e-09],
                        [3.552e-09, 6.865e-09, 1.611e-09, 5.494e-09],
                        [5.259e-09, 5.512e-09, 6.054000000000001e-09, 4.593e-09],
                    ]
                ]
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"requires_grad": True},
        (
            "tensor([[[[5.1990e-09, 6.5720e-09, 3.1110e-09, 6.1800e-09],\n"
            "          [9.0920e-09, 9.6760e-09, 2.5290e-09, 2.6810e-09],\n"
            "          [8.5460e-09, 1.8190e-09, 7.6600e-10, 2.9960e-09],\n"
            "          [3.5520e-09, 6.8650e-09, 1.6110e-09, 5.4940e-09],\n"
            "          [5.2590e-09, 5.5120e-09, 6.0540e-09, 4.5930e-09]]]],\n"
            "       dtype=ferrotensor.float64, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_216",
        np.array(-650564619237, dtype=np.int64),
        "int64",
        {"precision": 5},
        {"default_dtype": "float64"},
        "tensor(-650564619237)",
    ),
    Case(
        "fuzz_217",
        np.array([[-37775.0, -19975.0, -49317.0, -10986.0, inf, -2785.0]], dtype=np.float64),
        "float64",
        {"linewidth": 54},
        {"default_dtype": "float64"},
        ("tensor([[-37775., -19975., -49317., -10986.,     inf,\n          -2785.]])"),
    ),
    Case(
        "fuzz_218",
        np.array([True, False, False, True, True, False, False, True], dtype=np.bool_),
        "bool",
        {"threshold": 20},
        {},
        "tensor([ True, False, False,  True,  True, False, False,  True])",
    ),
    Case(
        "fuzz_219",
        np.array(
            [
                1.0006128549575806,
                inf,
                0.9999991059303284,
                0.9993264079093933,
                -inf,
                1.0003188848495483,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"threshold": 9},
        {"grad_fn": "CloneBackward0"},
        (
            "tensor([1.0006,    inf, 1.0000, 0.9993,   -inf, 1.0003],\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_220",
        np.array(
            [
                [
                    1.0004689693450928,
                    0.9998819828033447,
                    0.9999523758888245,
                    0.9996501803398132,
                    1.0000895261764526,
                ],
                [
                    1.0001472234725952,
                    1.0009853839874268,
                    0.9991878867149353,
                    1.0005351305007935,
                    0.999187707901001,
                ],
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[1.0005, 0.9999, 1.0000, 0.9997, 1.0001],\n"
            "        [1.0001, 1.0010, 0.9992, 1.0005, 0.9992]])"
        ),
    ),
    Case(
        "fuzz_221",
        np.array(
            [
                True,
                False,
                True,
                True,
                True,
                False,
                True,
                False,
                True,
                True,
                False,
                True,
                True,
                True,
                True,
                True,
                True,
                False,
                False,
                True,
                False,
                False,
                False,
                False,
                False,
                True,
                False,
            ],
            dtype=np.bool_,
        ),
        "bool",
        {},
        {},
        (
            "tensor([ True, False,  True,  True,  True, False,  True, False,  True,  True,\n"
            "        False,  True,  True,  True,  True,  True,  True, False, False,  True,\n"
            "        False, False, False, False, False,  True, False])"
        ),
    ),
    Case(
        "fuzz_222",
        np.array([-5259.0, -9326.0, -557.0, 0.0, -4013.0, -8985.0], dtype=np.float32),
        "float32",
        {},
        {},
        "tensor([-5259., -9326.,  -557.,     0., -4013., -8985.])",
    ),
    Case(
        "fuzz_223",
        np.array([[-3, -3, -4, 12, -16, 11], [18, 3, -11, -12, 18, 12]], dtype=np.int16),
        "int16",
        {"threshold": 4},
        {},
        (
            "tensor([[ -3,  -3,  -4,  12, -16,  11],\n"
            "        [ 18,   3, -11, -12,  18,  12]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_224",
        np.array(-1112571869, dtype=np.int32),
        "int32",
        {"linewidth": 80},
        {"device": "gpu"},
        "tensor(-1112571869, device='gpu', dtype=ferrotensor.int32)",
    ),
    Case(
        "fuzz_225",
        np.array([[8, -18, -8], [-8, -5, 8]], dtype=np.int32),
        "int32",
        {},
        {},
        ("tensor([[  8, -18,  -8],\n        [ -8,  -5,   8]], dtype=ferrotensor.int32)"),
    ),
    Case(
        "fuzz_226",
        np.array(
            [
                [inf, 42.90625, 0.021484375, 5920.0, 4828.0],
                [-65.6875, 9872.0, -3.5762786865234375e-07, 0.00011402368545532227, inf],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {"grad_fn": "CloneBackward0", "device": "gpu"},
        (
            "tensor([[        inf,  4.2906e+01,  2.1484e-02,  5.9200e+03,  4.8280e+03],\n"
            "        [-6.5688e+01,  9.8720e+03, -3.5763e-07,  1.1402e-04,         inf]],\n"
            "       device='gpu', dtype=ferrotensor.float16, grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_227",
        np.array(
            [
                [[[28883], [20209], [-6048], [31547], [28807], [26535]]],
                [[[-31616], [16364], [-2736], [-23574], [-1723], [3373]]],
                [[[12179], [-6354], [19499], [-20147], [-31740], [-15712]]],
            ],
            dtype=np.int16,
        ),
        "int16",
        {"sci_mode": False},
        {"default_dtype": "float64"},
        (
            "tensor([[[[ 28883],\n"
            "          [ 20209],\n"
            "          [ -6048],\n"
            "          [ 31547],\n"
            "          [ 28807],\n"
            "          [ 26535]]],\n"
            "\n"
            "\n"
            "        [[[-31616],\n"
            "          [ 16364],\n"
            "          [ -2736],\n"
            "          [-23574],\n"
            "          [ -1723],\n"
            "          [  3373]]],\n"
            "\n"
            "\n"
            "        [[[ 12179],\n"
            "          [ -6354],\n"
            "          [ 19499],\n"
            "          [-20147],\n"
            "          [-31740],\n"
            "          [-15712]]]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_228",
        np.array([[-8]], dtype=np.int8),
        "int8",
        {"edgeitems": 0},
        {},
        "tensor([[-8]], size=(1, 1), dtype=ferrotensor.int8)",
    ),
    Case(
        "fuzz_229",
        np.array(
            [
                [1.0009765625, 1.0, 1.0009765625, 0.99951171875, 0.99951171875],
                [1.0009765625, 1.0009765625, 1.0, 0.9990234375, 1.0],
                [-inf, 0.99951171875, 1.0009765625, 0.99951171875, 1.0],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([[1.0010, 1.0000, 1.0010, 0.9995, 0.9995],\n"
            "        [1.0010, 1.0010, 1.0000, 0.9990, 1.0000],\n"
            "        [  -inf, 0.9995, 1.0010, 0.9995, 1.0000]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_230",
        np.array(
            [
                9.028162002563477,
                -1.5211230516433716,
                9.432665824890137,
                -2.383730888366699,
                -3.9751930236816406,
                -6.8951239585876465,
                6.91201114654541,
                -4.912160873413086,
                -3.71920108795166,
                -2.109947919845581,
                1.3916070461273193,
                -2.0161590576171875,
                -3.8569130897521973,
                -1.0571470260620117,
                -8.523482322692871,
                -6.487030029296875,
                -7.100484848022461,
                2.5070929527282715,
                -1.6275219917297363,
                3.0624380111694336,
                0.18390299379825592,
                6.43306303024292,
                4.212800979614258,
                6.2955241203308105,
                9.893072128295898,
                5.357008934020996,
                -1.003978967666626,
                -2.9700379371643066,
                6.365431785583496,
                3.055082082748413,
                -9.543130874633789,
                -2.6602089405059814,
                0.03996900096535683,
                -5.259237766265869,
                -3.321708917617798,
                -8.7489595413208,
                3.27620005607605,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"sci_mode": False},
        {},
        (
            "tensor([ 9.0282, -1.5211,  9.4327, -2.3837, -3.9752, -6.8951,  6.9120, -4.9122,\n"
            "        -3.7192, -2.1099,  1.3916, -2.0162, -3.8569, -1.0571, -8.5235, -6.4870,\n"
            "        -7.1005,  2.5071, -1.6275,  3.0624,  0.1839,  6.4331,  4.2128,  6.2955,\n"
            "         9.8931,  5.3570, -1.0040, -2.9700,  6.3654,  3.0551, -9.5431, -2.6602,\n"
            "         0.0400, -5.2592, -3.3217, -8.7490,  3.2762])"
        ),
    ),
    Case(
        "fuzz_231",
        np.array(
            [11, 17, -20, 8, 9, 11, 19, 13, 17, 16, -7, 1, -10, -13, 4, 10, -11, 12, -9, 7],
            dtype=np.int32,
        ),
        "int32",
        {},
        {},
        (
            "tensor([ 11,  17, -20,   8,   9,  11,  19,  13,  17,  16,  -7,   1, -10, -13,\n"
            "          4,  10, -11,  12,  -9,   7], dtype=ferrotensor.int32)"
        ),
    ),
    Case(
        "fuzz_232",
        np.array(
            [
                60592.0,
                84632.0,
                94487.0,
                88688.0,
                47901.0,
                81517.0,
                98707.0,
                15574.0,
                20078.0,
                62884.0,
                79707.0,
                72213.0,
                82712.0,
            ],
            dtype=np.float32,
        ),
        "float32",
        {"linewidth": 60},
        {"default_dtype": "float64"},
        (
            "tensor([60592., 84632., 94487., 88688., 47901., 81517.,\n"
            "        98707., 15574., 20078., 62884., 79707., 72213.,\n"
            "        82712.], dtype=ferrotensor.float32)"
        ),
    ),
    Case(
        "fuzz_233",
        np.array(2019756622, dtype=np.int32),
        "int32",
        {},
        {},
        "tensor(2019756622, dtype=ferrotensor.int32)",
    ),
    Case(
        "fuzz_234",
        np.array(
            [
                -46152.0,
                0.0,
                -72423.0,
                -72524.0,
                -59462.0,
                -19302.0,
                40249.0,
                -91274.0,
                -94531.0,
                68341.0,
                -14867.0,
                26553.0,
                8275.0,
                -82493.0,
                12747.0,
                2240.0,
                -20031.0,
                -98781.0,
                -56052.0,
                -31256.0,
                -90184.0,
                92408.0,
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([-46152.,      0., -72423., -72524., -59462., -19302.,  40249., -91274.,\n"
            "        -94531.,  68341., -14867.,  26553.,   8275., -82493.,  12747.,   2240.,\n"
            "        -20031., -98781., -56052., -31256., -90184.,  92408.])"
        ),
    ),
    Case(
        "fuzz_235",
        np.array([1.0009765625], dtype=np.float16),
        "float16",
        {"linewidth": 57},
        {"device": "gpu"},
        "tensor([1.0010], device='gpu', dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_236",
        np.array([[-2, 7], [-20, 14], [-8, 8], [-13, -2]], dtype=np.int8),
        "int8",
        {},
        {},
        (
            "tensor([[ -2,   7],\n"
            "        [-20,  14],\n"
            "        [ -8,   8],\n"
            "        [-13,  -2]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_237",
        np.array([[False, True, False], [False, True, True]], dtype=np.bool_),
        "bool",
        {},
        {},
        ("tensor([[False,  True, False],\n        [False,  True,  True]])"),
    ),
    Case(
        "fuzz_238",
        np.array([[[[-inf, inf]]], [[[-0.0, -inf]]]], dtype=np.float16),
        "float16",
        {"precision": 4},
        {"requires_grad": True},
        (
            "tensor([[[[-inf, inf]]],\n"
            "\n"
            "\n"
            "        [[[-0., -inf]]]], dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_239",
        np.array(2.384185791015625e-07, dtype=np.float16),
        "float16",
        {},
        {},
        "tensor(2.3842e-07, dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_240",
        np.array(
            [
                5.960464477539062e-07,
                7.748603820800781e-07,
                8.940696716308594e-07,
                8.940696716308594e-07,
                0.0,
                5.960464477539063e-08,
                8.344650268554688e-07,
                1.0132789611816406e-06,
                2.980232238769531e-07,
                7.152557373046875e-07,
                8.940696716308594e-07,
                1.7881393432617188e-07,
                3.5762786865234375e-07,
                9.5367431640625e-07,
                8.344650268554688e-07,
                2.980232238769531e-07,
                0.0,
                9.5367431640625e-07,
                4.76837158203125e-07,
                1.1920928955078125e-07,
                8.940696716308594e-07,
                4.172325134277344e-07,
                4.76837158203125e-07,
                9.5367431640625e-07,
                2.384185791015625e-07,
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {},
        (
            "tensor([5.9605e-07, 7.7486e-07, 8.9407e-07, 8.9407e-07, 0.0000e+00, 5.9605e-08,\n"
            "        8.3447e-07, 1.0133e-06, 2.9802e-07, 7.1526e-07, 8.9407e-07, 1.7881e-07,\n"
            "        3.5763e-07, 9.5367e-07, 8.3447e-07, 2.9802e-07, 0.0000e+00, 9.5367e-07,\n"
            "        4.7684e-07, 1.1921e-07, 8.9407e-07, 4.1723e-07, 4.7684e-07, 9.5367e-07,\n"
            "        2.3842e-07], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_241",
        np.array(
            [
                inf,
                inf,
                inf,
                -inf,
                inf,
                inf,
                inf,
                inf,
                inf,
                inf,
                inf,
                inf,
                -inf,
                -inf,
                inf,
                -inf,
                -inf,
                -inf,
                inf,
                inf,
                -inf,
                -inf,
                inf,
                -inf,
                inf,
                -inf,
                inf,
                -inf,
                -inf,
                -inf,
                inf,
                inf,
                inf,
                inf,
                inf,
                inf,
            ],
            dtype=np.float16,
        ),
        "float16",
        {"edgeitems": 0, "linewidth": 136},
        {},
        (
            "tensor([inf, inf, inf, -inf, inf, inf, inf, inf, inf, inf, inf, inf, -inf, -inf, inf, -inf, -inf, -inf, inf, inf, -inf, -inf, inf, -inf, inf, -inf, inf, -inf, -inf, -inf, inf, inf, inf, inf, inf, inf],\n"
            "       size=(36,), dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_242",
        np.array(-14, dtype=np.int8),
        "int8",
        {"precision": 3},
        {},
        "tensor(-14, dtype=ferrotensor.int8)",
    ),
    Case(
        "fuzz_243",
        np.array(
            [
                [-107, -11, -65, -78, -29],
                [-53, -47, 33, 60, 94],
                [26, 92, 32, 21, -120],
                [-59, -69, 6, -118, 26],
                [-5, 10, 30, 120, 13],
            ],
            dtype=np.int8,
        ),
        "int8",
        {"linewidth": 38},
        {},
        (
            "tensor([[-107,  -11,  -65,  -78,  -29],\n"
            "        [ -53,  -47,   33,   60,   94],\n"
            "        [  26,   92,   32,   21, -120],\n"
            "        [ -59,  -69,    6, -118,   26],\n"
            "        [  -5,   10,   30,  120,   13]],\n"
            "       dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_244",
        np.array(230, dtype=np.uint8),
        "uint8",
        {"sci_mode": True},
        {},
        "tensor(230, dtype=ferrotensor.uint8)",
    ),
    Case(
        "fuzz_245",
        np.array(
            [
                7,
                -3,
                2,
                -8,
                13,
                13,
                12,
                5,
                15,
                -2,
                10,
                6,
                -18,
                1,
                -16,
                19,
                10,
                -3,
                -14,
                15,
                -12,
                0,
                -7,
                -12,
                -17,
                -19,
                14,
                -2,
                14,
                -4,
            ],
            dtype=np.int8,
        ),
        "int8",
        {"precision": 2},
        {},
        (
            "tensor([  7,  -3,   2,  -8,  13,  13,  12,   5,  15,  -2,  10,   6, -18,   1,\n"
            "        -16,  19,  10,  -3, -14,  15, -12,   0,  -7, -12, -17, -19,  14,  -2,\n"
            "         14,  -4], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_246",
        np.array(-inf, dtype=np.float16),
        "float16",
        {},
        {},
        "tensor(-inf, dtype=ferrotensor.float16)",
    ),
    Case(
        "fuzz_247",
        np.array(
            [
                0.999721,
                1.0009877,
                0.9991035,
                1.0005963,
                0.9991201,
                0.9994901,
                0.9994614,
                0.9998531,
                0.9993324,
                0.999918,
                1.0004609,
                1.0007029,
            ],
            dtype=np.float64,
        ),
        "float64",
        {"edgeitems": 3, "linewidth": 68},
        {},
        (
            "tensor([0.9997, 1.0010, 0.9991, 1.0006, 0.9991, 0.9995, 0.9995,\n"
            "        0.9999, 0.9993, 0.9999, 1.0005, 1.0007],\n"
            "       dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_248",
        np.array(
            [
                [-13, -12, 17, -17, 9],
                [-3, -19, 17, -13, -13],
                [15, -8, 16, -15, -16],
                [12, 17, -6, -17, -8],
                [-12, 5, -18, 13, -16],
                [-7, -9, 19, -10, 5],
            ],
            dtype=np.int8,
        ),
        "int8",
        {"linewidth": 81},
        {},
        (
            "tensor([[-13, -12,  17, -17,   9],\n"
            "        [ -3, -19,  17, -13, -13],\n"
            "        [ 15,  -8,  16, -15, -16],\n"
            "        [ 12,  17,  -6, -17,  -8],\n"
            "        [-12,   5, -18,  13, -16],\n"
            "        [ -7,  -9,  19, -10,   5]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_249",
        np.array(
            [
                [
                    [
                        [0.99951171875, 1.0, 1.0],
                        [1.0009765625, 1.0, 0.9990234375],
                        [1.0009765625, 0.9990234375, 0.99951171875],
                        [1.0, 1.0, 1.0],
                        [1.0009765625, 1.0009765625, 1.0],
                        [1.0009765625, 1.0, 1.0],
                    ]
                ],
                [
                    [
                        [1.0009765625, 1.0, 0.99951171875],
                        [0.9990234375, 1.0009765625, 1.0009765625],
                        [1.0009765625, 0.99951171875, 0.99951171875],
                        [1.0, 1.0009765625, 1.0009765625],
                        [1.0009765625, 0.9990234375, 0.99951171875],
                        [0.99951171875, 1.0, 0.9990234375],
                    ]
                ],
                [
                    [
                        [1.0, 0.99951171875, 1.0],
                        [0.9990234375, 1.0, 0.99951171875],
                        [1.0009765625, 1.0, 1.0009765625],
                        [1.0, 0.99951171875, 0.99951171875],
                        [0.99951171875, 0.99951171875, 1.0],
                        [1.0, 1.0009765625, 1.0],
                    ]
                ],
            ],
            dtype=np.float16,
        ),
        "float16",
        {},
        {"requires_grad": True},
        (
            "tensor([[[[0.9995, 1.0000, 1.0000],\n"
            "          [1.0010, 1.0000, 0.9990],\n"
            "          [1.0010, 0.9990, 0.9995],\n"
            "          [1.0000, 1.0000, 1.0000],\n"
            "          [1.0010, 1.0010, 1.0000],\n"
            "          [1.0010, 1.0000, 1.0000]]],\n"
            "\n"
            "\n"
            "        [[[1.0010, 1.0000, 0.9995],\n"
            "          [0.9990, 1.0010, 1.0010],\n"
            "          [1.0010, 0.9995, 0.9995],\n"
            "          [1.0000, 1.0010, 1.0010],\n"
            "          [1.0010, 0.9990, 0.9995],\n"
            "          [0.9995, 1.0000, 0.9990]]],\n"
            "\n"
            "\n"
            "        [[[1.0000, 0.9995, 1.0000],\n"
            "          [0.9990, 1.0000, 0.9995],\n"
            "          [1.0010, 1.0000, 1.0010],\n"
            "          [1.0000, 0.9995, 0.9995],\n"
            "          [0.9995, 0.9995, 1.0000],\n"
            "          [1.0000, 1.0010, 1.0000]]]], dtype=ferrotensor.float16, requires_grad=True)"
        ),
    ),
    Case(
        "fuzz_250",
        np.array(
            [
                2.283e-08,
                2.877e-08,
                5.482e-08,
                5.783e-08,
                2.5009999999999997e-08,
                2.414e-08,
                5.815e-08,
                8.967e-08,
                6.703e-08,
                2.7429999999999998e-08,
                7.154e-08,
                6.065e-08,
                5.3600000000000004e-08,
                4.61e-09,
                6.878e-08,
                5.302e-08,
                6.087e-08,
                1.554e-08,
                7.458e-08,
                2.84e-09,
                4.469e-08,
                6.606e-08,
                7.389e-08,
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {"grad_fn": "CloneBackward0", "default_dtype": "float64"},
        (
            "tensor([2.2830e-08, 2.8770e-08, 5.4820e-08, 5.7830e-08, 2.5010e-08, 2.4140e-08,\n"
            "        5.8150e-08, 8.9670e-08, 6.7030e-08, 2.7430e-08, 7.1540e-08, 6.0650e-08,\n"
            "        5.3600e-08, 4.6100e-09, 6.8780e-08, 5.3020e-08, 6.0870e-08, 1.5540e-08,\n"
            "        7.4580e-08, 2.8400e-09, 4.4690e-08, 6.6060e-08, 7.3890e-08],\n"
            "       grad_fn=<CloneBackward0>)"
        ),
    ),
    Case(
        "fuzz_251",
        np.array([[-10, 12, -3, -1], [-16, 0, 1, 13], [-6, 16, 3, -11]], dtype=np.int16),
        "int16",
        {},
        {},
        (
            "tensor([[-10,  12,  -3,  -1],\n"
            "        [-16,   0,   1,  13],\n"
            "        [ -6,  16,   3, -11]], dtype=ferrotensor.int16)"
        ),
    ),
    Case(
        "fuzz_252",
        np.array([[15, -19, -10], [7, 10, 3], [2, -5, -13]], dtype=np.int8),
        "int8",
        {},
        {},
        (
            "tensor([[ 15, -19, -10],\n"
            "        [  7,  10,   3],\n"
            "        [  2,  -5, -13]], dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_253",
        np.array(
            [
                [
                    [5.18736e18, 1.4450000000000002e16, -5.71974e18],
                    [3.59911e18, -7.52958e18, -8.25521e18],
                    [nan, -8.64818e18, -7.27285e18],
                ],
                [
                    [1.55646e18, 8.56896e18, 5.22604e18],
                    [7.52597e18, -4.81477e18, -5.31145e18],
                    [-7.82164e18, 2.56294e18, -3.25616e18],
                ],
                [
                    [5.46257e18, 4.0954e18, -7.62063e18],
                    [7.14655e18, 8.53985e18, -5.5055e18],
                    [-6.04029e18, 9.87445e18, -7.04524e18],
                ],
                [
                    [5.85237e18, -7.75523e18, -1.15698e18],
                    [-3.34059e18, 4.38005e18, 3.29925e18],
                    [-2.92328e18, -8.83101e18, -3.9893e18],
                ],
                [
                    [1.20497e18, -3.52486e18, -3.04261e18],
                    [1.35093e18, -9.66843e18, -9.3982e18],
                    [-9.36676e18, 9.3057e17, -2.51854e18],
                ],
                [
                    [9.01459e18, 3.95986e18, 3.638e17],
                    [-4.96951e18, 9.39143e18, 4.6247000000000006e17],
                    [inf, -1.89026e18, 4.98624e18],
                ],
            ],
            dtype=np.float64,
        ),
        "float64",
        {},
        {},
        (
            "tensor([[[ 5.1874e+18,  1.4450e+16, -5.7197e+18],\n"
            "         [ 3.5991e+18, -7.5296e+18, -8.2552e+18],\n"
            "         [        nan, -8.6482e+18, -7.2728e+18]],\n"
            "\n"
            "        [[ 1.5565e+18,  8.5690e+18,  5.2260e+18],\n"
            "         [ 7.5260e+18, -4.8148e+18, -5.3114e+18],\n"
            "         [-7.8216e+18,  2.5629e+18, -3.2562e+18]],\n"
            "\n"
            "        [[ 5.4626e+18,  4.0954e+18, -7.6206e+18],\n"
            "         [ 7.1466e+18,  8.5398e+18, -5.5055e+18],\n"
            "         [-6.0403e+18,  9.8744e+18, -7.0452e+18]],\n"
            "\n"
            "        [[ 5.8524e+18, -7.7552e+18, -1.1570e+18],\n"
            "         [-3.3406e+18,  4.3800e+18,  3.2992e+18],\n"
            "         [-2.9233e+18, -8.8310e+18, -3.9893e+18]],\n"
            "\n"
            "        [[ 1.2050e+18, -3.5249e+18, -3.0426e+18],\n"
            "         [ 1.3509e+18, -9.6684e+18, -9.3982e+18],\n"
            "         [-9.3668e+18,  9.3057e+17, -2.5185e+18]],\n"
            "\n"
            "        [[ 9.0146e+18,  3.9599e+18,  3.6380e+17],\n"
            "         [-4.9695e+18,  9.3914e+18,  4.6247e+17],\n"
            "         [        inf, -1.8903e+18,  4.9862e+18]]], dtype=ferrotensor.float64)"
        ),
    ),
    Case(
        "fuzz_254",
        np.array([[5, -8, -17, 2, 15, 12], [-2, -7, -5, 7, 2, 5]], dtype=np.int8),
        "int8",
        {},
        {"device": "gpu"},
        (
            "tensor([[  5,  -8, -17,   2,  15,  12],\n"
            "        [ -2,  -7,  -5,   7,   2,   5]], device='gpu', dtype=ferrotensor.int8)"
        ),
    ),
    Case(
        "fuzz_255",
        np.array(
            [
                [
                    [inf, -0.0, -inf, -inf, inf],
                    [
                        15648.0,
                        -0.0007300376892089844,
                        -3.337860107421875e-06,
                        0.0014638900756835938,
                        0.004718780517578125,
                    ],
                    [-9.921875, -0.0, 1.7881393432617188e-07, inf, -0.006694793701171875],
                    [inf, -7.0078125, -30.65625, -inf, 5.960464477539063e-08],
                    [-inf, -19616.0, -8.344650268554688e-07, -inf, -0.0],
                ]
            ],
            dtype=np.float16,
        ),
        "float16",
        {"precision": 2, "threshold": 3},
        {},
        (
            "tensor([[[      inf, -0.00e+00,      -inf,      -inf,       inf],\n"
            "         [ 1.56e+04, -7.30e-04, -3.34e-06,  1.46e-03,  4.72e-03],\n"
            "         [-9.92e+00, -0.00e+00,  1.79e-07,       inf, -6.69e-03],\n"
            "         [      inf, -7.01e+00, -3.07e+01,      -inf,  5.96e-08],\n"
            "         [     -inf, -1.96e+04, -8.34e-07,      -inf, -0.00e+00]]],\n"
            "       dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_256",
        np.array(
            [16, 11, 5, 1, 2, 10, 13, 10, 2, 8, 17, 10, 14, 8, 15, 14, 1, 5, 14, 12, 6],
            dtype=np.uint8,
        ),
        "uint8",
        {},
        {},
        (
            "tensor([16, 11,  5,  1,  2, 10, 13, 10,  2,  8, 17, 10, 14,  8, 15, 14,  1,  5,\n"
            "        14, 12,  6], dtype=ferrotensor.uint8)"
        ),
    ),
    Case(
        "fuzz_257",
        np.array(
            [
                [-5.05078125, 2.509765625],
                [-1.7197265625, -5.53125],
                [-5.921875, 6.16015625],
                [7.44140625, 6.109375],
            ],
            dtype=np.float16,
        ),
        "float16",
        {"threshold": 13},
        {},
        (
            "tensor([[-5.0508,  2.5098],\n"
            "        [-1.7197, -5.5312],\n"
            "        [-5.9219,  6.1602],\n"
            "        [ 7.4414,  6.1094]], dtype=ferrotensor.float16)"
        ),
    ),
    Case(
        "fuzz_258",
        np.array(nan, dtype=np.float32),
        "float32",
        {"sci_mode": False},
        {},
        "tensor(nan)",
    ),
    Case(
        "fuzz_259",
        np.array(
            [
                [
                    [
                        [
                            9.214639663696289,
                            -4.986400127410889,
                            -9.177729606628418,
                            1.8370100259780884,
                            -5.620689868927002,
                            -6.649119853973389,
                        ],
                        [
                            -9.476730346679688,
                            5.842710018157959,
                            -0.2248300015926361,
                            2.2269699573516846,
                            4.600689888000488,
                            -8.440790176391602,
                        ],
                    ]
                ]
            ],
            dtype=np.float32,
        ),
        "float32",
        {},
        {},
        (
            "tensor([[[[ 9.2146, -4.9864, -9.1777,  1.8370, -5.6207, -6.6491],\n"
            "          [-9.4767,  5.8427, -0.2248,  2.2270,  4.6007, -8.4408]]]])"
        ),
    ),
]
