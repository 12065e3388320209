"""Elementwise ops against numpy values and PyTorch's dtypes and errors.

Result dtypes, values of the edge cases and error messages were recorded from PyTorch 2.15
(CPU). Errors are checked with PyTorch's class (``NotImplementedError`` for unsupported
dtypes, a subclass of ``RuntimeError``) and its exact message.
"""

# The recorded-case tables keep each PyTorch message on one line.
# ruff: noqa: E501

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from _torch_reference import PROMOTE_TYPES
from helpers import NP_DTYPE, assert_tensor, check_op, check_raises, dtype_name, make_inputs

NAN = float("nan")
INF = float("inf")
DTYPES = ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]
FLOATS = ("float64", "float32", "float16")
NS = {"torch": torch, "np": np, "t": torch.tensor, "NAN": NAN, "INF": INF}
ERR = "error"


def run_case(expr: str, want, expected) -> None:
    """Evaluate ``expr``; compare with a recorded dtype and values, or an error and message."""
    if isinstance(want, type):
        check_raises(lambda: eval(expr, NS), want, expected)
        return
    out = eval(expr, NS)
    rtol = 1e-3 if want == "float16" else 1e-6
    assert_tensor(out, expected, want, rtol=rtol)


def quiet(f, *args):
    """numpy reference without floating point warnings (pytest turns them into errors)."""
    with np.errstate(all="ignore"):
        return np.asarray(f(*args))


def cases(table, known=None):
    """pytest params for a case table, with strict xfails for the known ferrotensor bugs."""
    known = known or {}
    return [
        pytest.param(*c, id=c[0], marks=pytest.mark.xfail(strict=True, reason=known[c[0]]))
        if c[0] in known
        else pytest.param(*c, id=c[0])
        for c in table
    ]


# ---- unary ops: values against numpy ----

# op -> (numpy reference, low, high): inputs are drawn inside the op's domain.
UNARY = {
    "abs": (np.abs, -2, 2),
    "neg": (np.negative, -2, 2),
    "sign": (np.sign, -2, 2),
    "exp": (np.exp, -3, 3),
    "log": (np.log, 0.1, 4),
    "log2": (np.log2, 0.1, 4),
    "log10": (np.log10, 0.1, 4),
    "log1p": (np.log1p, -0.5, 4),
    "expm1": (np.expm1, -2, 2),
    "sqrt": (np.sqrt, 0, 4),
    "rsqrt": (lambda x: 1 / np.sqrt(x), 0.1, 4),
    "reciprocal": (lambda x: 1 / x, 0.5, 4),
    "square": (np.square, -2, 2),
    "sin": (np.sin, -4, 4),
    "cos": (np.cos, -4, 4),
    "tan": (np.tan, -1.2, 1.2),
    "asin": (np.arcsin, -0.99, 0.99),
    "acos": (np.arccos, -0.99, 0.99),
    "atan": (np.arctan, -4, 4),
    "sinh": (np.sinh, -3, 3),
    "cosh": (np.cosh, -3, 3),
    "tanh": (np.tanh, -3, 3),
    "sigmoid": (lambda x: 1 / (1 + np.exp(-x)), -6, 6),
    "relu": (lambda x: np.maximum(x, 0), -2, 2),
    "floor": (np.floor, -3, 3),
    "ceil": (np.ceil, -3, 3),
    "round": (np.round, -3, 3),
    "trunc": (np.trunc, -3, 3),
    "logical_not": (np.logical_not, -1, 1),
    "isnan": (np.isnan, -2, 2),
    "isinf": (np.isinf, -2, 2),
    "isfinite": (np.isfinite, -2, 2),
}

# (shape drawn, transform applied to both the tensor and the array)
LAYOUTS = {
    "contiguous": ((3, 5), None),
    "long": ((1037,), None),  # past every SIMD width, with a remainder
    "transposed": ((5, 3), lambda x: x.T),
    "sliced_step": ((3, 10), lambda x: x[:, ::2]),
    "sliced_2d": ((6, 9), lambda x: x[1::2, 2::3]),
    "expanded": (
        (1, 5),
        lambda x: x.expand(4, 5) if isinstance(x, torch.Tensor) else np.broadcast_to(x, (4, 5)),
    ),
    "zero_dim": ((), None),
    "empty": ((0, 3), None),
}

TOL = {"float64": (1e-12, 1e-12), "float32": (1e-5, 1e-6), "float16": (2e-3, 1e-3)}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("op", list(UNARY))
def test_unary_float_values(op, dtype, layout):
    ref, low, high = UNARY[op]
    shape, prepare = LAYOUTS[layout]
    rtol, atol = TOL[dtype]
    want = "bool" if op in ("logical_not", "isnan", "isinf", "isfinite") else dtype
    check_op(
        [shape],
        lambda x: getattr(x, op)(),
        lambda x: quiet(ref, x).astype(NP_DTYPE[want]),
        dtype=dtype,
        low=low,
        high=high,
        rtol=rtol,
        atol=atol,
        prepare=prepare,
        expect_dtype=want,
    )


@pytest.mark.parametrize("op", list(UNARY))
def test_unary_float16_values(op):
    ref, low, high = UNARY[op]
    want = "bool" if op in ("logical_not", "isnan", "isinf", "isfinite") else "float16"
    check_op(
        [(4, 7)],
        lambda x: getattr(x, op)(),
        lambda x: quiet(ref, x.astype(np.float32)).astype(NP_DTYPE[want]),
        dtype="float16",
        low=low,
        high=high,
        rtol=2e-3,
        atol=2e-3,
        expect_dtype=want,
    )


@pytest.mark.parametrize(
    "layout", ["contiguous", "transposed", "sliced_step", "expanded", "zero_dim", "empty"]
)
@pytest.mark.parametrize("dtype", ["int64", "int32", "int8", "uint8"])
@pytest.mark.parametrize("op", list(UNARY))
def test_unary_int_inputs(op, dtype, layout):
    """Integer inputs: float ops promote to float32 (the default), the rest keep the dtype."""
    want = UNARY_DTYPES[op][DTYPES.index(dtype)]
    ref, low, high = UNARY[op]
    shape, prepare = LAYOUTS[layout]
    lo, hi = (
        (max(low, 1), max(high, 3))
        if op in ("log", "log2", "log10", "rsqrt", "reciprocal")
        else (low, high)
    )
    if dtype == "uint8" and op in ("neg",):
        ref = lambda x: (-x.astype(np.int64)).astype(np.uint8)  # noqa: E731
    if op in ("asin", "acos"):
        lo, hi = -1, 1
    check_op(
        [shape],
        lambda x: getattr(x, op)(),
        lambda x: quiet(ref, x.astype(np.float64) if want == "float32" else x).astype(
            NP_DTYPE[want]
        ),
        dtype=dtype,
        low=lo,
        high=hi,
        rtol=1e-5,
        atol=1e-6,
        prepare=prepare,
        expect_dtype=want,
    )


def test_unary_special_values():
    x = torch.tensor([0.0, -0.0, INF, -INF, NAN, 1e-30, -1e30])
    a = np.array([0.0, -0.0, INF, -INF, NAN, 1e-30, -1e30], dtype=np.float32)
    with np.errstate(all="ignore"):
        for op, ref in [
            ("exp", np.exp),
            ("log", np.log),
            ("sqrt", np.sqrt),
            ("tanh", np.tanh),
            ("abs", np.abs),
            ("neg", np.negative),
            ("floor", np.floor),
            ("isnan", np.isnan),
            ("isinf", np.isinf),
            ("isfinite", np.isfinite),
            ("reciprocal", lambda v: 1 / v),
            ("sigmoid", lambda v: 1 / (1 + np.exp(-v))),
        ]:
            assert_tensor(getattr(x, op)(), ref(a), rtol=1e-6)


def test_unary_module_functions_and_operators():
    x = torch.tensor([-1.5, 0.5, 2.0])
    a = np.array([-1.5, 0.5, 2.0], dtype=np.float32)
    assert_tensor(torch.exp(x), np.exp(a), "float32", rtol=1e-6)
    assert_tensor(torch.abs(x), np.abs(a), "float32")
    assert_tensor(abs(x), np.abs(a), "float32")
    assert_tensor(-x, -a, "float32")
    assert_tensor(+x, a, "float32")
    assert_tensor(torch.negative(x), -a, "float32")
    assert_tensor(
        torch.round(torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5])),
        [0.0, 2.0, 2.0, -0.0, -2.0],
        "float32",
    )


def test_unary_reads_through_views_and_keeps_input():
    base = torch.arange(12.0).view(3, 4)
    out = base.t()[1:, ::2].exp()
    np.testing.assert_allclose(
        out.numpy(), np.exp(np.arange(12.0).reshape(3, 4).T[1:, ::2]), rtol=1e-6
    )
    assert_tensor(base, np.arange(12.0).reshape(3, 4), "float32")


# ---- unary ops: result dtypes ----

# op -> result dtype for inputs of DTYPES (float64 ... bool); ERR where PyTorch raises.
UNARY_DTYPES = {
    "abs": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "neg": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "sign": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"),
    "exp": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "log": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "log2": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "log10": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "log1p": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "expm1": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "sqrt": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "rsqrt": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "reciprocal": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "square": (
        "float64",
        "float32",
        "float16",
        "int64",
        "int32",
        "int16",
        "int8",
        "uint8",
        "int64",
    ),
    "sin": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "cos": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "tan": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "asin": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "acos": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "atan": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "sinh": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "cosh": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "tanh": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "sigmoid": (
        "float64",
        "float32",
        "float16",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
        "float32",
    ),
    "relu": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "floor": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "ceil": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "round": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "trunc": ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", ERR),
    "logical_not": ("bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool"),
    "bitwise_not": (ERR, ERR, ERR, "int64", "int32", "int16", "int8", "uint8", "bool"),
    "isnan": ("bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool"),
    "isinf": ("bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool"),
    "isfinite": ("bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool", "bool"),
}


@pytest.mark.parametrize(
    ("op", "dtype"),
    [
        (op, dtype)
        for op, row in UNARY_DTYPES.items()
        for dtype, want in zip(DTYPES, row)
        if want != ERR  # errors: test_unary_unsupported_dtype
    ],
)
def test_unary_result_dtype(op, dtype):
    want = UNARY_DTYPES[op][DTYPES.index(dtype)]
    x = torch.tensor([[0, 1], [1, 0]], dtype=getattr(torch, dtype))
    assert dtype_name(getattr(x, op)().dtype) == want


UNARY_ERRORS = [
    ("abs", "bool", "\"abs_cpu\" not implemented for 'Bool'"),
    (
        "neg",
        "bool",
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    ("relu", "bool", "Boolean inputs not supported for relu"),
    ("floor", "bool", "\"floor_vml_cpu\" not implemented for 'Bool'"),
    ("ceil", "bool", "\"ceil_vml_cpu\" not implemented for 'Bool'"),
    ("round", "bool", "\"round_vml_cpu\" not implemented for 'Bool'"),
    ("trunc", "bool", "\"trunc_vml_cpu\" not implemented for 'Bool'"),
    ("bitwise_not", "float64", "\"bitwise_not_cpu\" not implemented for 'Double'"),
    ("bitwise_not", "float32", "\"bitwise_not_cpu\" not implemented for 'Float'"),
    ("bitwise_not", "float16", "\"bitwise_not_cpu\" not implemented for 'Half'"),
]


@pytest.mark.parametrize(("op", "dtype", "msg"), UNARY_ERRORS)
def test_unary_unsupported_dtype(op, dtype, msg):
    x = torch.tensor([[0, 1], [1, 0]], dtype=getattr(torch, dtype))
    check_raises(lambda: getattr(x, op)(), NotImplementedError, msg)


def test_bool_square_is_int64():
    assert_tensor(torch.tensor([True, False]).square(), [1, 0], "int64")


def test_sign_of_nan_and_negative_zero():
    out = torch.tensor([-0.0, NAN, -2.5, 3.0]).sign()
    assert out.tolist() == [0.0, 0.0, -1.0, 1.0]
    assert str(out[0].item()) == "0.0"


def test_invert_of_float_is_type_error():
    check_raises(
        lambda: ~torch.tensor([1.5]),
        TypeError,
        "~ (operator.invert) is only implemented on integer and Boolean-type tensors",
    )


# ---- binary ops: result dtypes ----

BINARY_OPS = [
    "add",
    "sub",
    "mul",
    "div",
    "floor_divide",
    "remainder",
    "pow",
    "maximum",
    "minimum",
    "atan2",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "logical_and",
    "logical_or",
    "logical_xor",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
]
COMPARISONS = ("eq", "ne", "lt", "le", "gt", "ge", "logical_and", "logical_or", "logical_xor")


def binary_result(op: str, a: str, b: str) -> str:
    """PyTorch's result dtype of ``op`` on two 1-D tensors, or ERR.

    This rule reproduces all 22 x 81 results recorded from PyTorch 2.15; ``PROMOTE_TYPES``
    is the recorded promotion table.
    """
    p = PROMOTE_TYPES[(a, b)]
    if op in COMPARISONS:
        return "bool"
    if op in ("div", "atan2"):
        return p if p in FLOATS else "float32"
    if op == "sub" and "bool" in (a, b):
        return ERR
    if op in ("floor_divide", "remainder", "pow") and p == "bool":
        return ERR
    if op.startswith("bitwise") and p in FLOATS:
        return ERR
    return p


@pytest.mark.parametrize(
    ("op", "a", "b"), [(op, a, b) for op in BINARY_OPS for a in DTYPES for b in DTYPES]
)
def test_binary_result_dtype(op, a, b):
    want = binary_result(op, a, b)
    x = torch.tensor([1, 2], dtype=getattr(torch, a))
    y = torch.tensor([1, 1], dtype=getattr(torch, b))
    if want == ERR:
        with pytest.raises(NotImplementedError):  # PyTorch's class for every refusal here
            getattr(x, op)(y)
        return
    assert dtype_name(getattr(x, op)(y).dtype) == want


@pytest.mark.parametrize(
    ("op", "msg"),
    [
        ("floor_divide", "\"div_floor_cpu\" not implemented for 'Bool'"),
        ("remainder", "\"remainder_cpu\" not implemented for 'Bool'"),
        ("pow", "\"pow\" not implemented for 'Bool'"),
    ],
)
def test_bool_binary_unsupported(op, msg):
    x = torch.tensor([True, False])
    check_raises(lambda: getattr(x, op)(torch.tensor([True, True])), NotImplementedError, msg)


@pytest.mark.parametrize(
    ("a", "b", "name"),
    [("float64", "int64", "Double"), ("float32", "bool", "Float"), ("int8", "float16", "Half")],
)
@pytest.mark.parametrize("op", ["bitwise_and", "bitwise_or", "bitwise_xor"])
def test_bitwise_on_floats_message(op, a, b, name):
    x = torch.tensor([1, 2], dtype=getattr(torch, a))
    y = torch.tensor([1, 1], dtype=getattr(torch, b))
    check_raises(
        lambda: getattr(x, op)(y), RuntimeError, f"\"{op}_cpu\" not implemented for '{name}'"
    )


# ---- binary ops: values against numpy with broadcasting ----

# op -> (ferrotensor function, numpy reference); values compared after casting to the
# PyTorch result dtype.
BINARY = {
    "add": (lambda x, y: x + y, np.add),
    "sub": (lambda x, y: x - y, np.subtract),
    "mul": (lambda x, y: x * y, np.multiply),
    "div": (lambda x, y: x / y, lambda x, y: np.true_divide(x, y)),
    "floor_divide": (lambda x, y: x // y, np.floor_divide),
    "remainder": (lambda x, y: x % y, np.remainder),
    "pow": (lambda x, y: x**y, np.power),
    "maximum": (torch.maximum, np.maximum),
    "minimum": (torch.minimum, np.minimum),
    "atan2": (torch.atan2, np.arctan2),
    "eq": (lambda x, y: x == y, np.equal),
    "ne": (lambda x, y: x != y, np.not_equal),
    "lt": (lambda x, y: x < y, np.less),
    "le": (lambda x, y: x <= y, np.less_equal),
    "gt": (lambda x, y: x > y, np.greater),
    "ge": (lambda x, y: x >= y, np.greater_equal),
    "logical_and": (torch.logical_and, np.logical_and),
    "logical_or": (torch.logical_or, np.logical_or),
    "logical_xor": (torch.logical_xor, np.logical_xor),
    "bitwise_and": (lambda x, y: x & y, np.bitwise_and),
    "bitwise_or": (lambda x, y: x | y, np.bitwise_or),
    "bitwise_xor": (lambda x, y: x ^ y, np.bitwise_xor),
}

SHAPE_PAIRS = [
    ((3, 5), (3, 5)),
    ((3, 5), (5,)),
    ((3, 1), (1, 5)),
    ((2, 1, 4), (3, 1)),
    ((), (3,)),
    ((4,), ()),
    ((), ()),
    ((0, 3), (1, 3)),
    ((1037,), (1037,)),
]


def binary_inputs(op: str, dtype: str, shapes) -> list:
    """Seeded inputs inside the op's domain (no zero divisors, small exponents)."""
    x, y = make_inputs(shapes, dtype, -4, 4, seed=1)
    if dtype == "bool":
        return [x, y]
    if op in ("div", "floor_divide", "remainder"):
        y = np.where(y == 0, np.array(3, dtype=y.dtype), y)
    if op == "pow":
        if dtype in FLOATS:
            x = np.abs(x) + np.array(0.5, dtype=x.dtype)
        else:
            y = np.abs(y.astype(np.int64)).astype(y.dtype) % 4
    return [x, y]


def numpy_binary(op: str, x: np.ndarray, y: np.ndarray, want: str) -> np.ndarray:
    ref = BINARY[op][1]
    if want in FLOATS and x.dtype.kind != "f" and y.dtype.kind != "f":
        x, y = x.astype(np.float64), y.astype(np.float64)
    with np.errstate(all="ignore"):
        return np.asarray(ref(x, y)).astype(NP_DTYPE[want])


def supported(ops, dtypes):
    """(op, dtype) pairs PyTorch computes (the rest raise; see test_binary_result_dtype)."""
    return [(op, d) for op in ops for d in dtypes if binary_result(op, d, d) != ERR]


@pytest.mark.parametrize(("sa", "sb"), SHAPE_PAIRS, ids=str)
@pytest.mark.parametrize(("op", "dtype"), supported(BINARY, DTYPES))
def test_binary_values(op, dtype, sa, sb):
    want = binary_result(op, dtype, dtype)
    x, y = binary_inputs(op, dtype, [sa, sb])
    tol = {"float16": 2e-3, "float32": 1e-5, "float64": 1e-12}.get(want, 0)
    check_op(
        [],
        BINARY[op][0],
        lambda a, b: numpy_binary(op, a, b, want),
        vals=[x, y],
        dtype=dtype,
        rtol=tol,
        atol=tol,
        expect_dtype=want,
    )


@pytest.mark.parametrize(
    "prepare",
    [
        lambda x: x.T,
        lambda x: x[::2, 1::2],
        lambda x: x[1:],
    ],
    ids=["transposed", "sliced_step", "offset"],
)
@pytest.mark.parametrize(
    ("op", "dtype"),
    supported(
        ["add", "sub", "mul", "div", "floor_divide", "remainder", "maximum", "lt", "bitwise_xor"],
        ["float32", "float64", "int64", "int32", "int8", "uint8"],
    ),
)
def test_binary_noncontiguous(op, dtype, prepare):
    want = binary_result(op, dtype, dtype)
    x, y = binary_inputs(op, dtype, [(6, 8), (6, 8)])
    check_op(
        [],
        BINARY[op][0],
        lambda a, b: numpy_binary(op, a, b, want),
        vals=[x, y],
        prepare=prepare,
        dtype=dtype,
        rtol=1e-5,
        atol=1e-6,
        expect_dtype=want,
    )


def test_binary_expanded_operands():
    a = torch.arange(4.0).view(4, 1).expand(4, 5)
    b = torch.arange(5.0).expand(4, 5)
    ref = np.arange(4.0).reshape(4, 1) * 10 + np.arange(5.0)
    assert_tensor(a * 10 + b, ref, "float32")
    assert_tensor(b.t() - a.t(), (np.arange(5.0)[:, None] - np.arange(4.0)[None, :]), "float32")


def test_binary_mixed_dtypes_values():
    x = np.array([[-3, 5, 7]], dtype=np.int8)
    y = np.array([[1.5], [-2.25]], dtype=np.float64)
    out = torch.tensor(x) * torch.tensor(y)
    assert_tensor(out, x.astype(np.float64) * y, "float64")
    out = torch.tensor(x) + torch.tensor(np.array([200], dtype=np.uint8))
    assert_tensor(out, x.astype(np.int16) + 200, "int16")


@pytest.mark.parametrize(
    ("sa", "sb", "msg"),
    [
        (
            (2,),
            (3,),
            "The size of tensor a (2) must match the size of tensor b (3) at "
            "non-singleton dimension 0",
        ),
        (
            (2, 3),
            (4, 3),
            "The size of tensor a (2) must match the size of tensor b (4) at "
            "non-singleton dimension 0",
        ),
        (
            (0, 3),
            (2, 3),
            "The size of tensor a (0) must match the size of tensor b (2) at "
            "non-singleton dimension 0",
        ),
    ],
)
def test_broadcast_mismatch(sa, sb, msg):
    check_raises(lambda: torch.zeros(sa) + torch.zeros(sb), RuntimeError, msg)


@pytest.mark.parametrize(
    ("sa", "sb", "msg"),
    [
        (
            (2, 3),
            (3, 2),
            "The size of tensor a (3) must match the size of tensor b (2) at "
            "non-singleton dimension 1",
        ),
        (
            (4, 2, 3),
            (5, 1, 2),
            "The size of tensor a (3) must match the size of tensor b (2) at "
            "non-singleton dimension 2",
        ),
    ],
)
def test_broadcast_mismatch_reports_last_dim(sa, sb, msg):
    check_raises(lambda: torch.zeros(sa) + torch.zeros(sb), RuntimeError, msg)


# ---- recorded cases: scalars, wraparound, division, pow, NaN, bitwise, errors ----

SCALAR_CASES = [
    # tensor op Python scalar (and reversed)
    ("t([1, 2]) + 1.5", "float32", [2.5, 3.5]),
    ("t([1, 2]) + True", "int64", [2, 3]),
    ("t([True]) + True", "bool", [True]),
    ("t([True]) + 1", "int64", [2]),
    ("t([True]) * 2.5", "float32", [2.5]),
    ("t([1.5, 2]) * 2", "float32", [3.0, 4.0]),
    ("t([1.5, 2], dtype=torch.float16) * 2.5", "float16", [3.75, 5.0]),
    ("t([1.5, 2], dtype=torch.float64) + 1", "float64", [2.5, 3.0]),
    ("t([1, 2], dtype=torch.int32) * 1.5", "float32", [1.5, 3.0]),
    ("t([1, 2], dtype=torch.int8) + 1", "int8", [2, 3]),
    ("t([1, 2], dtype=torch.uint8) * 2", "uint8", [2, 4]),
    ("t([1, 2], dtype=torch.int16) / 2", "float32", [0.5, 1.0]),
    ("2 - t([1, 5])", "int64", [1, -3]),
    ("2.5 - t([1, 5])", "float32", [1.5, -2.5]),
    ("2 / t([1, 4])", "float32", [2.0, 0.5]),
    ("2 // t([3, -3])", "int64", [0, -1]),
    ("7 % t([3, -3])", "int64", [1, -2]),
    ("2 ** t([0, 3])", "int64", [1, 8]),
    ("2.5 ** t([0, 3])", "float32", [1.0, 15.625]),
    ("2 ** t([0.5, 3])", "float32", [1.4142135381698608, 8.0]),
    ("3 * t([1, 2], dtype=torch.int8)", "int8", [3, 6]),
    ("1.5 + t([1, 2], dtype=torch.uint8)", "float32", [2.5, 3.5]),
    ("10 / t([4.0], dtype=torch.float16)", "float16", [2.5]),
    ("t([1, 2]) == 1.0", "bool", [True, False]),
    ("t([1, 2]) < 1.5", "bool", [True, False]),
    ("1 < t([0, 1, 2])", "bool", [False, False, True]),
    ("t([1, 2], dtype=torch.uint8) > -1", "bool", [False, False]),
    ("t([200], dtype=torch.uint8) == 200", "bool", [True]),
    ("t([100], dtype=torch.int8) < 1000", "bool", [False]),
    ("t([1.0, 2.0]) != 2", "bool", [True, False]),
    # 0-d tensors take part in promotion only by category
    ("t([1], dtype=torch.float16) + t(1.5, dtype=torch.float64)", "float16", [2.5]),
    ("t([1], dtype=torch.int8) + t(1000)", "int8", [-23]),
    ("t([1], dtype=torch.int8) + t(1.5, dtype=torch.float64)", "float64", [2.5]),
    ("t(1, dtype=torch.int8) + t(1000)", "int64", 1001),
    ("t(1, dtype=torch.int8) + t([1000])", "int64", [1001]),
    ("t(1.5) + 2", "float32", 3.5),
    ("t([1, 2], dtype=torch.int16) * t(3, dtype=torch.int64)", "int16", [3, 6]),
    ("t([True, False]) + t(3)", "int64", [4, 3]),
    ("t([1, 2], dtype=torch.uint8) + t(-1, dtype=torch.int8)", "uint8", [0, 1]),
    # numpy scalars behave like Python numbers
    ("t([1, 2]) + np.float64(1.5)", "float32", [2.5, 3.5]),
    ("t([1, 2]) + np.int32(3)", "int64", [4, 5]),
    ("t([1, 2], dtype=torch.int8) + np.int64(3)", "int8", [4, 5]),
    ("t([1, 2], dtype=torch.int8) + np.float32(3)", "float32", [4.0, 5.0]),
    # integer wraparound
    ("t([1], dtype=torch.int8) + 1000", "int8", [-23]),
    ("t([127], dtype=torch.int8) + 1", "int8", [-128]),
    ("t([-128], dtype=torch.int8) - 1", "int8", [127]),
    ("t([1], dtype=torch.uint8) + 300", "uint8", [45]),
    ("t([1], dtype=torch.uint8) - 2", "uint8", [255]),
    ("t([1], dtype=torch.uint8) * -1", "uint8", [255]),
    ("t([200, 100], dtype=torch.uint8) + t([100, 200], dtype=torch.uint8)", "uint8", [44, 44]),
    ("t([2**62], dtype=torch.int64) * 4", "int64", [0]),
    ("t([2**31 - 1], dtype=torch.int32) + 1", "int32", [-2147483648]),
    ("t([30000], dtype=torch.int16) * 2", "int16", [-5536]),
    ("t([100], dtype=torch.int8) * t([3], dtype=torch.int8)", "int8", [44]),
    ("t([-128], dtype=torch.int8).abs()", "int8", [-128]),
    ("t([-128], dtype=torch.int8).neg()", "int8", [-128]),
    ("t([5], dtype=torch.uint8).neg()", "uint8", [251]),
    ("-t([0, 1], dtype=torch.uint8)", "uint8", [0, 255]),
    ("t([100], dtype=torch.int8).square()", "int8", [16]),
    ("t([2, 3], dtype=torch.int8) ** 7", "int8", [-128, -117]),
    ("t([2, 3], dtype=torch.uint8) ** 8", "uint8", [0, 161]),
    # Python-style floor division and remainder
    ("t([-7, -6, 6, 7]) // t([2, -4, -4, 2])", "int64", [-4, 1, -2, 3]),
    ("t([-7, -6, 6, 7]) % t([2, -4, -4, 2])", "int64", [1, -2, -2, 1]),
    ("t([-7, -6, 6, 7]).floor_divide(t([2, -4, -4, 2]))", "int64", [-4, 1, -2, 3]),
    ("t([-7, -6, 6, 7]).remainder(t([2, -4, -4, 2]))", "int64", [1, -2, -2, 1]),
    ("t([-7.5, -6, 6, 7.5]) // t([2, -4, -4, 2.0])", "float32", [-4.0, 1.0, -2.0, 3.0]),
    ("t([-7.5, -6, 6, 7.5]) % t([2, -4, -4, 2.0])", "float32", [0.5, -2.0, -2.0, 1.5]),
    ("t([-7, 7], dtype=torch.int8) % 3", "int8", [2, 1]),
    ("t([-7, 7], dtype=torch.int8) // -3", "int8", [2, -3]),
    ("t([-7, 7], dtype=torch.int8) % -3", "int8", [-1, -2]),
    ("t([-128], dtype=torch.int8) // -1", "int8", [-128]),
    ("t([-128], dtype=torch.int8) % -1", "int8", [0]),
    ("t([200], dtype=torch.uint8) // 7", "uint8", [28]),
    ("t([200], dtype=torch.uint8) % 7", "uint8", [4]),
    ("t([3, 2]) // 2.5", "float32", [1.0, 0.0]),
    ("t([3, 2]) % t([2.5])", "float32", [0.5, 2.0]),
    ("2.5 // t([3, 2])", "float32", [0.0, 1.0]),
    ("torch.remainder(t([-3.0]), 2)", "float32", [1.0]),
    ("t([5.0, -5.0, 0.0]) % 0.0", "float32", [NAN, NAN, NAN]),
    ("t([5.0, -5.0]) // 0.0", "float32", [INF, -INF]),
    ("t([5.0, -5.0, 0.0]) / 0.0", "float32", [INF, -INF, NAN]),
    ("t([5, -5]) / 0", "float32", [INF, -INF]),
    ('t([-7, 7]).div(2, rounding_mode="trunc")', "int64", [-3, 3]),
    ('t([-7, 7]).div(2, rounding_mode="floor")', "int64", [-4, 3]),
    ('t([-7, 7]).div(-2, rounding_mode="trunc")', "int64", [3, -3]),
    ('t([-7, 7]).div(t([2, -2]), rounding_mode="trunc")', "int64", [-3, -3]),
    ('t([-7.5, 7.5]).div(2, rounding_mode="trunc")', "float32", [-3.0, 3.0]),
    ('t([-7, 7]).div(2.0, rounding_mode="trunc")', "float32", [-3.0, 3.0]),
    (
        't([2**62 + 1, -(2**62) - 1]).div(3, rounding_mode="trunc")',
        "int64",
        [1537228672809129301, -1537228672809129301],
    ),
    ('t([7, 200], dtype=torch.uint8).div(t([2]), rounding_mode="trunc")', "int64", [3, 100]),
    ('t([-7, 7], dtype=torch.int8).div(2, rounding_mode="trunc")', "int8", [-3, 3]),
    ("t([-7, 7]).div(2, rounding_mode=None)", "float32", [-3.5, 3.5]),
    # integer division by zero
    ("t([5, -5]) // 0", RuntimeError, "ZeroDivisionError"),
    ("t([5, -5]) % 0", RuntimeError, "ZeroDivisionError"),
    ("t([5], dtype=torch.uint8) // 0", RuntimeError, "ZeroDivisionError"),
    ("t([5], dtype=torch.int8) % 0", RuntimeError, "ZeroDivisionError"),
    ("t([5, 2]) // t([0, 1])", RuntimeError, "ZeroDivisionError"),
    ("t([5, 2]) % t([1, 0])", RuntimeError, "ZeroDivisionError"),
    ('t([5]).div(0, rounding_mode="trunc")', RuntimeError, "ZeroDivisionError"),
    ('t([5]).div(0, rounding_mode="floor")', RuntimeError, "ZeroDivisionError"),
    # pow
    ("t([2, 3]) ** 2", "int64", [4, 9]),
    ("t([2, 3]) ** -1", RuntimeError, "Integers to negative integer powers are not allowed."),
    ("t([1, -1]) ** -2", RuntimeError, "Integers to negative integer powers are not allowed."),
    ("t([2, 3]) ** 0.5", "float32", [1.4142135381698608, 1.7320507764816284]),
    ("t([2, 3]) ** -1.0", "float32", [0.5, 0.3333333432674408]),
    (
        "t([2, 3], dtype=torch.int8) ** -2",
        RuntimeError,
        "Integers to negative integer powers are not allowed.",
    ),
    ("t([3], dtype=torch.int64) ** 40", "int64", [-6289078614652622815]),
    ("t([0.0, -8.0, 4.0]) ** (1 / 3)", "float32", [0.0, NAN, 1.587401032447815]),
    ("t([0.0]) ** 0", "float32", [1.0]),
    ("t([0.0]) ** -1", "float32", [INF]),
    ("t([0]) ** 0", "int64", [1]),
    ("t([2.0], dtype=torch.float16) ** 20", "float16", [INF]),
    ("t([True, False]) ** 2", "int64", [1, 0]),
    ("t([True, False]) ** 2.0", "float32", [1.0, 0.0]),
    ("t([2]) ** True", "int64", [2]),
    ("torch.pow(2, t([1, 2]))", "int64", [2, 4]),
    ("torch.pow(t([1, 2]), 2)", "int64", [1, 4]),
    ("torch.pow(2.0, t([1, 2], dtype=torch.int8))", "float32", [2.0, 4.0]),
    ("t([-2.0, 2.0]) ** 0.5", "float32", [NAN, 1.4142135381698608]),
    ("t([-8.0]) ** 3", "float32", [-512.0]),
    # maximum / minimum propagate NaN
    ("t([1.0, NAN, 3.0]).maximum(t([NAN, 2.0, 1.0]))", "float32", [NAN, NAN, 3.0]),
    ("t([1.0, NAN, 3.0]).minimum(t([NAN, 2.0, 1.0]))", "float32", [NAN, NAN, 1.0]),
    (
        "torch.maximum(t([NAN, 1.0], dtype=torch.float64), t([0.0, NAN], dtype=torch.float64))",
        "float64",
        [NAN, NAN],
    ),
    ("t([1, 5]).maximum(t([3.5]))", "float32", [3.5, 5.0]),
    ("t([1, 5]).maximum(t(2.5))", "float32", [2.5, 5.0]),
    ("t([1, 5]).minimum(t(2, dtype=torch.int8))", "int64", [1, 2]),
    ("t([True, False]).maximum(t([False, False]))", "bool", [True, False]),
    ("torch.maximum(t([1]), t([2], dtype=torch.int8))", "int64", [2]),
    ("t([INF, -INF]).maximum(t([NAN, NAN]))", "float32", [NAN, NAN]),
    ("t([1.0, 2.0]).maximum(t([2], dtype=torch.int64))", "float32", [2.0, 2.0]),
    # comparisons and logical ops
    ("t([NAN]) == t([NAN])", "bool", [False]),
    ("t([NAN]) != t([NAN])", "bool", [True]),
    ("t([NAN, 1.0]) < t([1.0, NAN])", "bool", [False, False]),
    ("t([1, 2]) >= t([[1], [2]])", "bool", [[True, True], [False, True]]),
    ("t([1, 0]).logical_and(t([2.5, 2.5]))", "bool", [True, False]),
    ("t([1, 0]).logical_or(t([0]))", "bool", [True, False]),
    ("t([1, 0]).logical_xor(t([True, True]))", "bool", [False, True]),
    ("torch.logical_not(t([0.0, 2.0, NAN]))", "bool", [True, False, False]),
    ("t([0, 1, 2]).logical_not()", "bool", [True, False, False]),
    ("t([1, 2], dtype=torch.int16).eq(t([1.0]))", "bool", [True, False]),
    # bitwise
    ("t([12, 10]) & t([10, 6])", "int64", [8, 2]),
    ("t([12, 10]) | t([10, 6])", "int64", [14, 14]),
    ("t([12, 10]) ^ t([10, 6])", "int64", [6, 12]),
    ("t([5], dtype=torch.uint8) ^ 3", "uint8", [6]),
    ("3 ^ t([5], dtype=torch.int8)", "int8", [6]),
    ("t([5]) & True", "int64", [1]),
    ("t([True, False]) | t([False, False])", "bool", [True, False]),
    ("t([True, False]) & t([True, True])", "bool", [True, False]),
    ("t([-1], dtype=torch.int8) & t([0x0F], dtype=torch.int8)", "int8", [15]),
    ("~t([0, 5], dtype=torch.uint8)", "uint8", [255, 250]),
    ("~t([0, -1, 5])", "int64", [-1, 0, -6]),
    ("~t([True, False])", "bool", [False, True]),
    ("t([1, 2], dtype=torch.int16).bitwise_and(t([3]))", "int64", [1, 2]),
    ("torch.bitwise_and(t([1, 2]), t([3]))", "int64", [1, 2]),
    ("torch.bitwise_or(t([1, 2]), 3)", "int64", [3, 3]),
    ("t([1, 2]).bitwise_xor(True)", "int64", [0, 3]),
    ("t([1.0]) & t([3.0])", NotImplementedError, "\"bitwise_and_cpu\" not implemented for 'Float'"),
    ("t([5]) & 2.5", NotImplementedError, "\"bitwise_and_cpu\" not implemented for 'Float'"),
    (
        "t([2.0]).bitwise_xor(1)",
        NotImplementedError,
        "\"bitwise_xor_cpu\" not implemented for 'Float'",
    ),
    # atan2
    ("t([1, 2]).atan2(t([1, 2]))", "float32", [0.7853981852531433, 0.7853981852531433]),
    (
        "t([1.0, -1.0, 0.0, -0.0]).atan2(t([0.0, -0.0, -1.0, -1.0]))",
        "float32",
        [1.5707963705062866, -1.5707963705062866, 3.1415927410125732, -3.1415927410125732],
    ),
    (
        "torch.atan2(t([1.0], dtype=torch.float16), t([1.0], dtype=torch.float64))",
        "float64",
        [0.7853981633974483],
    ),
    (
        "t([3, 2], dtype=torch.int8).atan2(t(1.0, dtype=torch.float64))",
        "float64",
        [1.2490457723982544, 1.1071487177940904],
    ),
    # bool arithmetic errors
    (
        "True - t([1])",
        NotImplementedError,
        "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    (
        "t([1]) - True",
        NotImplementedError,
        "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    (
        "t([True]) - 1",
        NotImplementedError,
        "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    (
        "t([True]) - t([True])",
        NotImplementedError,
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.",
    ),
    (
        "t([1.0, 2.0]) - t([True])",
        NotImplementedError,
        "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    (
        "-t([True])",
        NotImplementedError,
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    (
        "t([True]).neg()",
        NotImplementedError,
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
    ),
    (
        "t([True, False]).sub(t([True, False]))",
        NotImplementedError,
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.",
    ),
    # argument types
    (
        "t([1, 5]).maximum(2)",
        TypeError,
        "maximum(): argument 'other' (position 1) must be Tensor, not int",
    ),
    (
        "t([1, 5]).minimum(2.5)",
        TypeError,
        "minimum(): argument 'other' (position 1) must be Tensor, not float",
    ),
    (
        "t([1, 5]).atan2(2)",
        TypeError,
        "atan2(): argument 'other' (position 1) must be Tensor, not int",
    ),
    (
        "t([1, 0]).logical_and(2)",
        TypeError,
        "logical_and(): argument 'other' (position 1) must be Tensor, not int",
    ),
    (
        "t([1, 0]).logical_or(0)",
        TypeError,
        "logical_or(): argument 'other' (position 1) must be Tensor, not int",
    ),
    (
        "t([1, 0]).logical_xor(np.int64(1))",
        TypeError,
        "logical_xor(): argument 'other' (position 1) must be Tensor, not numpy.int64",
    ),
    ('t([1, 2]) + "a"', TypeError, "unsupported operand type(s) for +: 'Tensor' and 'str'"),
    ("t([1, 2]) + None", TypeError, "unsupported operand type(s) for +: 'Tensor' and 'NoneType'"),
    ("t([1, 2]) + [1, 2]", TypeError, "unsupported operand type(s) for +: 'Tensor' and 'list'"),
    # add / sub alpha
    ("t([1.0]).add(t([2.0]), alpha=2)", "float32", [5.0]),
    ("t([1]).add(t([2]), alpha=2)", "int64", [5]),
    ("t([1.0]).sub(2, alpha=3)", "float32", [-5.0]),
    ("t([1], dtype=torch.int8).add(t([1], dtype=torch.int8), alpha=100)", "int8", [101]),
    ("t([True]).add(t([True]), alpha=2)", "bool", [True]),
    (
        "t([1]).add(t([2]), alpha=2.5)",
        RuntimeError,
        "For integral input tensors, argument alpha must not be a floating point number.",
    ),
    (
        "t([1]).sub(t([2]), alpha=0.5)",
        RuntimeError,
        "For integral input tensors, argument alpha must not be a floating point number.",
    ),
    ("t([1.5]).add(t([2]), alpha=0.5)", "float32", [2.5]),
    ("torch.add(t([1]), 2)", "int64", [3]),
    ("torch.sub(t([1.0]), t([2.0]), alpha=2)", "float32", [-3.0]),
    ("torch.mul(t([1]), 2.5)", "float32", [2.5]),
    ("torch.div(t([1]), 2)", "float32", [0.5]),
    ("torch.true_divide(t([3]), 2)", "float32", [1.5]),
]


@pytest.mark.parametrize(("expr", "want", "expected"), cases(SCALAR_CASES))
def test_scalar_and_edge_cases(expr, want, expected):
    run_case(expr, want, expected)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda h: torch.tensor([65505]) + torch.tensor([15.0], dtype=h), [65504.0]),
        (lambda h: torch.tensor([2049]) + torch.tensor([1.0], dtype=h), [2048.0]),
        (
            lambda h: torch.tensor([35.0], dtype=h) - torch.tensor(64.65625, dtype=torch.float64),
            [-29.625],
        ),
        (lambda h: torch.tensor([35.0], dtype=h) - 64.65625, [-29.625]),
    ],
)
def test_mixed_operand_rounds_to_half_first(make, expected):
    assert_tensor(make(torch.float16), expected, "float16")


def test_int_pow_negative_tensor_exponent():
    out = torch.tensor([2, 3, 1, -1, -1]) ** torch.tensor([-1, 2, -3, -3, -2])
    assert_tensor(out, [0, 9, 1, -1, 1], "int64")


# ---- where and clamp ----

WHERE_CLAMP_CASES = [
    # where
    ("torch.where(t([True, False]), t([1, 2]), t([3.5, 4.5]))", "float32", [1.0, 4.5]),
    ("torch.where(t([True, False]), t([1, 2]), 3.5)", "float32", [1.0, 3.5]),
    ("torch.where(t([True, False]), 1.0, 0)", "float32", [1.0, 0.0]),
    ("torch.where(t([True, False]), 1, 0)", "int64", [1, 0]),
    ("torch.where(t([True, False]), 1, 2.5)", "float32", [1.0, 2.5]),
    ("torch.where(t([True, False]), True, 2)", "int64", [1, 2]),
    ("torch.where(t([True, False]), True, False)", "bool", [True, False]),
    ("torch.where(t([True, False]), t([1], dtype=torch.int8), 2.5)", "float32", [1.0, 2.5]),
    ("torch.where(t([True, False]), t([1], dtype=torch.int8), t(300))", "int8", [1, 44]),
    ("torch.where(t([True, False]), 1.5, t([1], dtype=torch.int8))", "float32", [1.5, 1.0]),
    (
        "torch.where(t([True, False]), t(1, dtype=torch.int8), t([2], dtype=torch.int16))",
        "int16",
        [1, 2],
    ),
    ("torch.where(t([[True], [False]]), t([1, 2, 3]), t(0))", "int64", [[1, 2, 3], [0, 0, 0]]),
    (
        "torch.where(t([True, False]), t([1.0], dtype=torch.float16), t([2.0], dtype=torch.float64))",
        "float64",
        [1.0, 2.0],
    ),
    (
        "torch.where(t([True, False]), t([1.0], dtype=torch.float16), t(2.0, dtype=torch.float64))",
        "float16",
        [1.0, 2.0],
    ),
    ("torch.where(t([True, False]), t([1.0], dtype=torch.float16), 2.0)", "float16", [1.0, 2.0]),
    ("torch.where(t([True, False]), t([1]), True)", "int64", [1, 1]),
    (
        "torch.where(t([True, False, True]), t([NAN, NAN, 1.0]), t([0.0]))",
        "float32",
        [NAN, 0.0, 1.0],
    ),
    ("t([1.0, 2.0]).where(t([True, False]), t(0.0))", "float32", [1.0, 0.0]),
    ("t([1.0, 2.0]).where(t([True, False]), 2)", "float32", [1.0, 2.0]),
    (
        "torch.where(t([1, 0]), t([1, 2]), t([3, 4]))",
        RuntimeError,
        "where expected condition to be a boolean tensor, but got a tensor with dtype Long",
    ),
    (
        "torch.where(t([True, False]), t([1, 2]), t([3, 4, 5]))",
        RuntimeError,
        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
    ),
    (
        "torch.where(t([True, False]), t([1], dtype=torch.int8), 300)",
        RuntimeError,
        "value cannot be converted to type int8_t without overflow",
    ),
    ("torch.where(t([True, False]), t([1], dtype=torch.uint8), -1)", "uint8", [1, 255]),
    ("torch.where(t([True, False]), t([1.0], dtype=torch.float16), 1e6)", "float16", [1.0, INF]),
    # clamp
    ("t([1.0, NAN, -2.0]).clamp(0, 0.5)", "float32", [0.5, NAN, 0.0]),
    ("t([1, 5, -3]).clamp(0, 2)", "int64", [1, 2, 0]),
    ("t([1, 5, -3]).clamp(0.5, 2)", "float32", [1.0, 2.0, 0.5]),
    ("t([1, 5, -3]).clamp(min=0)", "int64", [1, 5, 0]),
    ("t([1, 5, -3]).clamp(max=0)", "int64", [0, 0, -3]),
    ("t([1, 5, -3]).clamp(3, 1)", "int64", [1, 1, 1]),
    ("t([1.0, 5.0, -3.0]).clamp(3, 1)", "float32", [1.0, 1.0, 1.0]),
    ("t([1.0, 5, -3]).clamp(t([0.0, 6, 0]), t(4.0))", "float32", [1.0, 4.0, 0.0]),
    ("t([1, 2]).clamp(min=t([2]))", "int64", [2, 2]),
    ("t([1, 2]).clamp(t(0), t(1.5))", "float32", [1.0, 1.5]),
    ("t([1, 2]).clamp(min=t(1.5))", "float32", [1.5, 2.0]),
    ("t([1, 5, -3], dtype=torch.int8).clamp(-200, 200)", "int8", [1, 5, -3]),
    ("t([1, 2], dtype=torch.uint8).clamp(-5, 300)", "uint8", [1, 2]),
    ("t([1, 2], dtype=torch.uint8).clamp(-5)", "uint8", [1, 2]),
    ("t([1, 5, -3], dtype=torch.uint8).clamp(2, 4)", "uint8", [2, 4, 4]),
    ("t([1, 2], dtype=torch.int16).clamp(min=2.5, max=70000)", "float32", [2.5, 2.5]),
    ("t([True, False]).clamp(0, 1)", "int64", [1, 0]),
    ("t([1.0, NAN]).clamp(min=NAN)", "float32", [NAN, NAN]),
    ("t([1.0, 2.0, 3.0], dtype=torch.float16).clamp(1.5, 2.5)", "float16", [1.5, 2.0, 2.5]),
    ("t([1.0, 2.0, 3.0], dtype=torch.float64).clamp(max=-INF)", "float64", [-INF, -INF, -INF]),
    ("torch.clip(t([1.0, 5.0]), 2, 3)", "float32", [2.0, 3.0]),
    ("torch.clamp(t([1.0, 5.0]), max=3)", "float32", [1.0, 3.0]),
    (
        "t([1, 5, -3]).clamp()",
        RuntimeError,
        "torch.clamp: At least one of 'min' or 'max' must not be None",
    ),
    (
        "t([1, 2], dtype=torch.uint8).clamp(max=-5)",
        RuntimeError,
        "Clamp max value -5 is outside the representable range of Byte",
    ),
    (
        "t([1, 2], dtype=torch.uint8).clamp(min=-5, max=-1)",
        RuntimeError,
        "Clamp max value -1 is outside the representable range of Byte",
    ),
    (
        "t([1, 2], dtype=torch.uint8).clamp(min=256)",
        RuntimeError,
        "Clamp min value 256 is outside the representable range of Byte",
    ),
    (
        "t([1, 2], dtype=torch.int8).clamp(min=200)",
        RuntimeError,
        "Clamp min value 200 is outside the representable range of Char",
    ),
    (
        "t([1, 2]).clamp(min=2**63)",
        RuntimeError,
        "Clamp min value 9.22337e+18 is outside the representable range of Long",
    ),
    (
        "t([1.0, 2], dtype=torch.float16).clamp(max=1e6)",
        RuntimeError,
        "value cannot be converted to type c10::Half without overflow",
    ),
    (
        "t([1.0, 2], dtype=torch.float16).clamp(min=1e6)",
        RuntimeError,
        "value cannot be converted to type c10::Half without overflow",
    ),
    (
        "t([1, 2], dtype=torch.float32).clamp(max=1e39)",
        RuntimeError,
        "value cannot be converted to type float without overflow",
    ),
    (
        "t([True, False]).clamp(min=True)",
        NotImplementedError,
        "\"clamp_min_scalar_cpu\" not implemented for 'Bool'",
    ),
    (
        "t([True, False]).clamp(max=False)",
        NotImplementedError,
        "\"clamp_max_scalar_cpu\" not implemented for 'Bool'",
    ),
]


@pytest.mark.parametrize(("expr", "want", "expected"), cases(WHERE_CLAMP_CASES))
def test_where_and_clamp(expr, want, expected):
    run_case(expr, want, expected)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int8", "uint8"])
def test_where_values_against_numpy(dtype):
    (cond,) = make_inputs([(4, 1, 5)], "bool", 0, 1, seed=3)
    x, y = make_inputs([(3, 5), (4, 3, 1)], dtype, -5, 5, seed=4)
    out = torch.where(torch.tensor(cond), torch.tensor(x), torch.tensor(y))
    assert_tensor(out, np.where(cond, x, y), dtype)
    out = torch.where(
        torch.tensor(cond).expand(4, 3, 5).transpose(0, 2),
        torch.tensor(x).t().unsqueeze(2),
        torch.tensor(y).transpose(0, 2),
    )
    ref = np.where(
        np.broadcast_to(cond, (4, 3, 5)).transpose(2, 1, 0), x.T[:, :, None], y.transpose(2, 1, 0)
    )
    assert_tensor(out, ref, dtype)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int16", "uint8"])
def test_clamp_values_against_numpy(dtype):
    (x,) = make_inputs([(5, 7)], dtype, 0 if dtype == "uint8" else -10, 10, seed=5)
    t = torch.tensor(x)
    assert_tensor(t.clamp(2, 6), np.clip(x, 2, 6), dtype)
    assert_tensor(t.t().clamp(min=3), np.maximum(x.T, 3), dtype)
    assert_tensor(t[:, ::2].clamp(max=4), np.minimum(x[:, ::2], 4), dtype)


# ---- in-place ops ----

INPLACE_CASES = [
    # in-place arithmetic keeps the dtype of self
    ("t([1, 2]).add_(1)", "int64", [2, 3]),
    ("t([1, 2]).add_(t([3, 4]))", "int64", [4, 6]),
    ("t([1.5, 2]).add_(1)", "float32", [2.5, 3.0]),
    ("t([1.5, 2]).add_(t([1, 2]))", "float32", [2.5, 4.0]),
    (
        "t([1.0, 2.0], dtype=torch.float16).add_(t([1.0], dtype=torch.float64))",
        "float16",
        [2.0, 3.0],
    ),
    ("t([1, 2], dtype=torch.int8).add_(t([1000]))", "int8", [-23, -22]),
    ("t([1, 2], dtype=torch.int8).add_(1000)", "int8", [-23, -22]),
    ("t([1, 2], dtype=torch.uint8).sub_(3)", "uint8", [254, 255]),
    ("t([True, False]).add_(True)", "bool", [True, True]),
    ("t([True, False]).mul_(t([True, True]))", "bool", [True, False]),
    ("t([1, 2]).mul_(t(3))", "int64", [3, 6]),
    ("t([1.0, 2.0]).mul_(t([[2.0, 3.0]])[0])", "float32", [2.0, 6.0]),
    (
        "t([[1.0, 2.0], [3.0, 4.0]]).mul_(t([10.0, 100.0]))",
        "float32",
        [[10.0, 200.0], [30.0, 400.0]],
    ),
    ("t([[1.0, 2.0], [3.0, 4.0]]).sub_(t([[1.0], [2.0]]))", "float32", [[0.0, 1.0], [1.0, 2.0]]),
    ("t([1.0, 2.0]).add_(t([1.0]), alpha=3)", "float32", [4.0, 5.0]),
    ("t([1.0, 2.0]).sub_(t([1.0]), alpha=3)", "float32", [-2.0, -1.0]),
    ("t([1, 2]).add_(t([1]), alpha=3)", "int64", [4, 5]),
    ("t([4.0, 6.0]).div_(t([2.0, 0.0]))", "float32", [2.0, INF]),
    ("t([4.0, 6.0]).div_(2)", "float32", [2.0, 3.0]),
    ("t([4.0, 6.0], dtype=torch.float16).div_(3)", "float16", [1.3330078125, 2.0]),
    ("t([4.0, 6.0], dtype=torch.float64).div_(t([2], dtype=torch.int64))", "float64", [2.0, 3.0]),
    ("t([1, 2], dtype=torch.int32).mul_(True)", "int32", [1, 2]),
    ("t([1, 1, 1], dtype=torch.int8).mul_(t([2], dtype=torch.int64))", "int8", [2, 2, 2]),
    ("t([1, 2], dtype=torch.uint8).add_(t([1], dtype=torch.int8))", "uint8", [2, 3]),
    (
        "t([1, 2], dtype=torch.int8).add_(2.0)",
        RuntimeError,
        "result type Float can't be cast to the desired output type Char",
    ),
    (
        "t([1, 2]).add_(1.5)",
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    ),
    (
        "t([1, 2]).add_(t([1.5]))",
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    ),
    (
        "t([1, 2]).mul_(t(1.5))",
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    ),
    (
        "t([1, 2]).div_(2)",
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    ),
    (
        "t([1, 2]).div_(t(2))",
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    ),
    (
        "t([1, 2]).add_(t([1]), alpha=1.5)",
        RuntimeError,
        "For integral input tensors, argument alpha must not be a floating point number.",
    ),
    (
        "t([True, False]).add_(1)",
        RuntimeError,
        "result type Long can't be cast to the desired output type Bool",
    ),
    (
        "t([True, False]).sub_(True)",
        NotImplementedError,
        "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.",
    ),
    (
        "t([True, False]).div_(2)",
        RuntimeError,
        "result type Float can't be cast to the desired output type Bool",
    ),
    (
        "t([1, 2], dtype=torch.int8).sub_(t([1.0], dtype=torch.float16))",
        RuntimeError,
        "result type Half can't be cast to the desired output type Char",
    ),
    (
        "t([1.0, 2.0]).add_(t([[1.0], [2.0]]))",
        RuntimeError,
        "output with shape [2] doesn't match the broadcast shape [2, 2]",
    ),
    (
        "t([[1.0, 2.0]]).add_(t([[1.0], [2.0]]))",
        RuntimeError,
        "output with shape [1, 2] doesn't match the broadcast shape [2, 2]",
    ),
    (
        "t([1.0, 2.0]).add_(t([1.0, 2.0, 3.0]))",
        RuntimeError,
        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
    ),
    (
        "t([1.0, 2.0]).expand(2, 2).add_(1)",
        RuntimeError,
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.",
    ),
    (
        "t([1.0, 2.0]).expand(2, 2).mul_(2)",
        RuntimeError,
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.",
    ),
    (
        "t([1.0, 2.0]).expand(2, 2).sub_(1, alpha=2)",
        RuntimeError,
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.",
    ),
    (
        "t([1.0, 2.0]).expand(2, 2).div_(t([1.0, 2.0]))",
        RuntimeError,
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.",
    ),
    # zero_ and fill_
    ("t([4.0, 6.0]).zero_()", "float32", [0.0, 0.0]),
    ("t([4, 6], dtype=torch.int8).zero_()", "int8", [0, 0]),
    ("t([True]).zero_()", "bool", [False]),
    ("t([4.0, 6.0]).fill_(2.5)", "float32", [2.5, 2.5]),
    ("t([4, 6]).fill_(2.5)", "int64", [2, 2]),
    ("t([4, 6]).fill_(-2.5)", "int64", [-2, -2]),
    ("t([4, 6], dtype=torch.uint8).fill_(-1)", "uint8", [255, 255]),
    ("t([4, 6], dtype=torch.bool).fill_(0.5)", "bool", [True, True]),
    ("t([4, 6], dtype=torch.bool).fill_(5)", "bool", [True, True]),
    ("t([4.0, 6.0]).fill_(t(3))", "float32", [3.0, 3.0]),
    ("t([4.0, 6.0]).fill_(t(2.5, dtype=torch.float64))", "float32", [2.5, 2.5]),
    ("t([4.0, 6.0]).fill_(NAN)", "float32", [NAN, NAN]),
    ("t([4.0, 6.0]).fill_(True)", "float32", [1.0, 1.0]),
    ("t([4.0, 6.0]).fill_(np.float32(1.5))", "float32", [1.5, 1.5]),
    ("t([4, 6]).fill_(np.int64(7))", "int64", [7, 7]),
    ("t([4.0, 6.0], dtype=torch.float16).fill_(INF)", "float16", [INF, INF]),
    ("t([4, 6]).fill_(-(2**63))", "int64", [-9223372036854775808, -9223372036854775808]),
    ("t([1.0, 2.0]).expand(2, 2).fill_(1)", "float32", [[1.0, 1.0], [1.0, 1.0]]),
    ("t([1.0, 2.0]).expand(2, 2).zero_()", "float32", [[0.0, 0.0], [0.0, 0.0]]),
    (
        "t([4, 6], dtype=torch.uint8).fill_(300)",
        RuntimeError,
        "value cannot be converted to type uint8_t without overflow",
    ),
    (
        "t([4, 6], dtype=torch.uint8).fill_(-256)",
        RuntimeError,
        "value cannot be converted to type uint8_t without overflow",
    ),
    (
        "t([1, 2], dtype=torch.int8).fill_(200)",
        RuntimeError,
        "value cannot be converted to type int8_t without overflow",
    ),
    (
        "t([1, 2], dtype=torch.int8).fill_(-129)",
        RuntimeError,
        "value cannot be converted to type int8_t without overflow",
    ),
    (
        "t([4.0, 6.0], dtype=torch.float16).fill_(1e5)",
        RuntimeError,
        "value cannot be converted to type c10::Half without overflow",
    ),
    (
        "t([1.0, 2.0]).fill_(1e39)",
        RuntimeError,
        "value cannot be converted to type float without overflow",
    ),
    (
        "t([4, 6]).fill_(NAN)",
        RuntimeError,
        "value cannot be converted to type int64_t without overflow",
    ),
    (
        "t([4, 6]).fill_(2**63)",
        RuntimeError,
        "value cannot be converted to type int64_t without overflow",
    ),
    (
        "t([4.0, 6.0]).fill_(t([3.0]))",
        RuntimeError,
        "fill_ only supports 0-dimension value tensor but got tensor with 1 dimensions.",
    ),
    (
        "t([4.0, 6.0]).fill_(t([3.0, 4.0]))",
        RuntimeError,
        "fill_ only supports 0-dimension value tensor but got tensor with 1 dimensions.",
    ),
    # copy_ broadcasts and casts into self
    ("torch.zeros(2, 3).copy_(t([1, 2, 3]))", "float32", [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]),
    (
        "torch.zeros(2, 3, dtype=torch.int64).copy_(t([1.7, -2.7, 3.5]))",
        "int64",
        [[1, -2, 3], [1, -2, 3]],
    ),
    (
        "torch.zeros(2, 3, dtype=torch.uint8).copy_(t([300, -1, 3]))",
        "uint8",
        [[44, 255, 3], [44, 255, 3]],
    ),
    (
        "torch.zeros(2, 3, dtype=torch.bool).copy_(t([0.0, 0.1, -2]))",
        "bool",
        [[False, True, True], [False, True, True]],
    ),
    (
        "torch.zeros(3, dtype=torch.float16).copy_(t([1.0, 2.0, 3.0], dtype=torch.float64))",
        "float16",
        [1.0, 2.0, 3.0],
    ),
    ("torch.zeros(2, 3).copy_(t(5))", "float32", [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]]),
    ("torch.zeros(2, 3).copy_(t([[1.0], [2.0]]))", "float32", [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]),
    (
        "torch.zeros(2, 3).t().copy_(torch.arange(6.0).view(3, 2))",
        "float32",
        [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]],
    ),
    (
        "torch.zeros(3, 2).copy_(torch.arange(6.0).view(2, 3).t())",
        "float32",
        [[0.0, 3.0], [1.0, 4.0], [2.0, 5.0]],
    ),
    ("torch.zeros(4)[::2].copy_(t([1.0, 2.0]))", "float32", [1.0, 2.0]),
    (
        "torch.zeros(2, 3).copy_(t([1, 2]))",
        RuntimeError,
        "The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1",
    ),
    (
        "torch.zeros(2, 3).copy_(torch.zeros(2, 2, 3))",
        RuntimeError,
        "output with shape [2, 3] doesn't match the broadcast shape [2, 2, 3]",
    ),
    (
        "torch.zeros(2, 3).copy_(torch.zeros(1, 2, 3))",
        RuntimeError,
        "output with shape [2, 3] doesn't match the broadcast shape [1, 2, 3]",
    ),
    (
        "torch.zeros(2, 3).copy_(torch.zeros(3, 1))",
        RuntimeError,
        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
    ),
    (
        "torch.zeros(2, 3).copy_(torch.zeros(0))",
        RuntimeError,
        "The size of tensor a (3) must match the size of tensor b (0) at non-singleton dimension 1",
    ),
    (
        "torch.zeros(2).expand(2, 2).copy_(torch.ones(2, 2))",
        RuntimeError,
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.",
    ),
    (
        "torch.zeros(2, 3).copy_([1, 2, 3])",
        TypeError,
        "copy_(): argument 'other' (position 1) must be Tensor, not list",
    ),
    (
        "torch.zeros(2, 3).copy_(np.ones(3))",
        TypeError,
        "copy_(): argument 'other' (position 1) must be Tensor, not numpy.ndarray",
    ),
    ("torch.zeros(2, 3).copy_(3.0)", "float32", [[3.0, 3.0, 3.0], [3.0, 3.0, 3.0]]),
]


@pytest.mark.parametrize(("expr", "want", "expected"), cases(INPLACE_CASES))
def test_inplace(expr, want, expected):
    run_case(expr, want, expected)


@pytest.mark.parametrize(
    ("method", "arg", "ref"),
    [
        ("add_", 2.0, lambda a: a + 2),
        ("sub_", 0.5, lambda a: a - 0.5),
        ("mul_", 3.0, lambda a: a * 3),
        ("div_", 4.0, lambda a: a / 4),
        ("fill_", 7.0, lambda a: np.full_like(a, 7.0)),
        ("zero_", None, np.zeros_like),
    ],
)
@pytest.mark.parametrize(
    "view",
    [lambda t: t, lambda t: t.T, lambda t: t[:, ::2], lambda t: t[1], lambda t: t[1:, 1:3]],
    ids=["whole", "transposed", "sliced_step", "row", "block"],
)
def test_inplace_writes_through_views(method, arg, ref, view):
    base = torch.arange(12.0).view(3, 4)
    a = np.arange(12.0, dtype=np.float32).reshape(3, 4)
    target = view(base)
    out = getattr(target, method)() if arg is None else getattr(target, method)(arg)
    assert out is target
    va = view(a)
    va[...] = ref(va)
    assert_tensor(base, a, "float32")


def test_inplace_operators_rebind_same_object():
    t = torch.ones(2)
    alias = t
    t += 1
    t *= torch.tensor([2.0, 3.0])
    t -= 0.5
    t /= 2
    assert t is alias
    assert_tensor(t, [1.75, 2.75], "float32")
    i = torch.ones(2, dtype=torch.int64)
    with pytest.raises(
        RuntimeError, match="result type Float can't be cast to the desired output type Long"
    ):
        i += 1.5


def test_inplace_long_from_float_error_message():
    check_raises(
        lambda: torch.tensor([1, 2]).add_(1.5),
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    )


# ---- exact exception class of unsupported dtypes ----


@pytest.mark.parametrize(
    "fn",
    [
        lambda: torch.tensor([1.0]) & torch.tensor([3.0]),
        lambda: torch.tensor([1.5]).bitwise_not(),
        lambda: torch.tensor([True]) - torch.tensor([True]),
        lambda: -torch.tensor([True]),
    ],
)
def test_unsupported_dtype_raises_not_implemented_error(fn):
    with pytest.raises(NotImplementedError):
        fn()
