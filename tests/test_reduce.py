"""Reductions against numpy values and PyTorch's dtypes, named tuples and errors.

The recorded cases (dtypes, NaN handling, empty and 0-d inputs, messages) come from
PyTorch 2.15 (CPU).
"""

# The recorded-case tables keep each PyTorch message on one line.
# ruff: noqa: E501

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from helpers import NP_DTYPE, assert_tensor, check_raises, dtype_name, make_inputs

NAN = float("nan")
INF = float("inf")
NS = {"torch": torch, "np": np, "t": torch.tensor, "NAN": NAN, "INF": INF}


def dim_error(dim: int, ndim: int) -> str:
    n = max(ndim, 1)
    return f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})"


def run_case(expr: str, want, expected) -> None:
    """Evaluate ``expr``; compare with a recorded result (tensor or tuple) or error."""
    if isinstance(want, type):
        check_raises(lambda: eval(expr, NS), want, expected)
        return
    out = eval(expr, NS)
    if want == "tuple":
        assert len(out) == len(expected)
        for o, (d, v) in zip(out, expected):
            assert_tensor(o, v, d, rtol=1e-6)
        return
    assert_tensor(out, expected, want, rtol=1e-3 if want == "float16" else 1e-6)


KNOWN: dict[str, str] = {}


def cases(table):
    return [
        pytest.param(*c, id=c[0], marks=pytest.mark.xfail(strict=True, reason=KNOWN[c[0]]))
        if c[0] in KNOWN
        else pytest.param(*c, id=c[0])
        for c in table
    ]


# ---- values against numpy ----

LAYOUTS = {
    "contiguous": ((2, 3, 4), lambda x: x),
    "permuted": (
        (4, 2, 3),
        lambda x: x.permute(1, 2, 0) if isinstance(x, torch.Tensor) else x.transpose(1, 2, 0),
    ),
    "sliced": ((2, 6, 5), lambda x: x[:, ::2, 1:]),
    "expanded": (
        (1, 3, 4),
        lambda x: (
            x.expand(2, 3, 4) if isinstance(x, torch.Tensor) else np.broadcast_to(x, (2, 3, 4))
        ),
    ),
}
DIMS = [None, 0, 1, -1, (0, 2), (-1, 0), (0, 1, 2), [1]]


def numpy_reduce(op: str, a: np.ndarray, dim, keepdim: bool, want: str) -> np.ndarray:
    axis = None if dim is None else tuple(dim) if isinstance(dim, (tuple, list)) else dim
    kw = {"axis": axis, "keepdims": keepdim}
    if op == "sum":
        out = np.sum(a, dtype=np.int64 if want == "int64" else np.float64, **kw)
    elif op == "prod":
        out = np.prod(a, dtype=np.int64 if want == "int64" else np.float64, **kw)
    elif op == "mean":
        out = np.mean(a, dtype=np.float64, **kw)
    elif op == "amax":
        out = np.max(a, **kw)
    elif op == "amin":
        out = np.min(a, **kw)
    elif op == "all":
        out = np.all(a, **kw)
    else:
        out = np.any(a, **kw)
    return np.asarray(out).astype(NP_DTYPE[want])


def result_dtype(op: str, dtype: str) -> str:
    if op in ("all", "any"):
        return "bool"
    if op in ("sum", "prod") and dtype in ("int64", "int32", "int16", "int8", "uint8", "bool"):
        return "int64"
    return dtype


def call(t, op: str, dim, keepdim: bool):
    """``t.<op>(dim, keepdim)``; dim None with keepdim reduces every dim by listing them."""
    if dim is None and not keepdim:
        return getattr(t, op)()
    if dim is None:
        if op == "prod":  # prod has no multi-dim form in PyTorch
            return t.prod().reshape([1] * t.ndim)
        return getattr(t, op)(tuple(range(t.ndim)), keepdim=True)
    return getattr(t, op)(dim, keepdim=keepdim)


REDUCE_OPS = [
    ("sum", "float32"),
    ("sum", "float64"),
    ("sum", "int64"),
    ("sum", "int8"),
    ("sum", "uint8"),
    ("sum", "bool"),
    ("mean", "float32"),
    ("mean", "float64"),
    ("prod", "float64"),
    ("prod", "int32"),
    ("amax", "float32"),
    ("amax", "int16"),
    ("amin", "float64"),
    ("amin", "uint8"),
    ("all", "bool"),
    ("all", "float32"),
    ("any", "bool"),
    ("any", "int64"),
]


@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize(
    ("op", "dtype", "dim"),
    [
        pytest.param(op, dtype, dim, id=f"{op}-{dtype}-{dim}")
        for op, dtype in REDUCE_OPS
        for dim in DIMS
        if op != "prod" or not isinstance(dim, (tuple, list))  # prod takes one int dim
    ],
)
def test_reduce_values(op, dtype, layout, dim, keepdim):
    shape, prepare = LAYOUTS[layout]
    lo, hi = (-2, 2) if op == "prod" else (-5, 5)
    (a,) = make_inputs([shape], dtype, lo, hi, seed=7)
    if op in ("all", "any") and dtype != "bool":
        a = np.where(a > 2, np.array(0, a.dtype), a)  # some zeros
    t = prepare(torch.tensor(a))
    a = prepare(a)
    out = call(t, op, dim, keepdim)
    want = result_dtype(op, dtype)
    ref = numpy_reduce(op, a, dim, keepdim, want)
    tol = 1e-5 if want == "float32" else 1e-12
    assert_tensor(out, ref, want, rtol=tol, atol=tol)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int8", "uint8", "float16"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("dim", [0, 1, -1, 2])
@pytest.mark.parametrize("keepdim", [False, True])
@pytest.mark.parametrize("op", ["max", "min"])
def test_max_min_with_dim(op, dim, keepdim, layout, dtype):
    shape, prepare = LAYOUTS[layout]
    (a,) = make_inputs([shape], dtype, -3, 3, seed=11)  # few values: ties on purpose
    t = prepare(torch.tensor(a))
    a = prepare(a)
    res = getattr(t, op)(dim, keepdim=keepdim)
    values, indices = res
    assert res.values is values
    assert res.indices is indices
    assert type(res).__name__ == op
    npf = np.argmax if op == "max" else np.argmin
    idx = npf(a, axis=dim)  # the first of equal values, as in PyTorch
    ref = np.max(a, axis=dim) if op == "max" else np.min(a, axis=dim)
    if keepdim:
        idx, ref = np.expand_dims(idx, dim), np.expand_dims(ref, dim)
    assert_tensor(values, ref, dtype)
    assert_tensor(indices, idx, "int64")
    assert_tensor(getattr(torch, op)(t, dim, keepdim).indices, idx, "int64")


def test_max_named_tuple_protocol():
    t = torch.tensor([[1, 5, 3], [7, 2, 7]])
    values, indices = t.max(dim=1)
    res = t.max(1)
    assert isinstance(res, tuple)
    assert len(res) == 2
    assert_tensor(res[0], [5, 7], "int64")
    assert_tensor(res[1], [1, 0], "int64")
    assert_tensor(values, [5, 7], "int64")
    assert_tensor(indices, [1, 0], "int64")
    assert repr(res).startswith("ferrotensor.return_types.max(")


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int8", "uint8"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("dim", [None, 0, 1, -1])
@pytest.mark.parametrize("op", ["argmax", "argmin"])
def test_argmax_argmin(op, dim, layout, dtype):
    shape, prepare = LAYOUTS[layout]
    (a,) = make_inputs([shape], dtype, -3, 3, seed=12)
    t = prepare(torch.tensor(a))
    a = prepare(a)
    npf = np.argmax if op == "argmax" else np.argmin
    ref = npf(a) if dim is None else npf(a, axis=dim)
    assert_tensor(getattr(t, op)(dim), ref, "int64")
    if dim is not None:
        assert_tensor(getattr(t, op)(dim, keepdim=True), np.expand_dims(ref, dim), "int64")
    assert_tensor(getattr(torch, op)(t, dim), ref, "int64")


def test_module_level_reductions():
    t = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
    assert_tensor(torch.sum(t), 11.0, "float32")
    assert_tensor(torch.sum(t, 1), [3.0, 8.0], "float32")
    assert_tensor(torch.sum(t, dim=1, keepdim=True), [[3.0], [8.0]], "float32")
    assert_tensor(torch.mean(t, (0, 1)), 2.75, "float32")
    assert_tensor(torch.prod(t, 0), [3.0, 10.0], "float32")
    assert_tensor(torch.amax(t, dim=1), [2.0, 5.0], "float32")
    assert_tensor(torch.amin(t, 0), [1.0, 2.0], "float32")
    assert_tensor(torch.max(t), 5.0, "float32")
    assert_tensor(torch.max(t, 1).values, [2.0, 5.0], "float32")
    assert_tensor(torch.max(t, torch.tensor([[4.0, 0.0]])), [[4.0, 2.0], [4.0, 5.0]], "float32")
    assert_tensor(torch.argmin(t, dim=1), [0, 0], "int64")
    assert_tensor(torch.all(t > 0), True, "bool")
    assert_tensor(torch.any(t > 4, 0), [False, True], "bool")


def test_sum_dtype_keyword_and_mean_dtype():
    t = torch.tensor([[1, 2], [3, 4]], dtype=torch.int8)
    assert_tensor(t.sum(dtype=torch.float64), 10.0, "float64")
    assert_tensor(t.mean(dtype=torch.float32), 2.5, "float32")
    assert_tensor(t.prod(dtype=torch.float16), 24.0, "float16")
    assert_tensor(t.sum(1, dtype=torch.int64), [3, 7], "int64")


def test_sum_integer_dtype_keyword_is_kept():
    t = torch.tensor([[100, 100], [3, 4]], dtype=torch.int16)
    assert_tensor(t.sum(1, dtype=torch.int8), [-56, 7], "int8")
    assert_tensor(t.prod(1, dtype=torch.int32), [10000, 12], "int32")


@pytest.mark.parametrize("dtype", ["int64", "int32", "int16", "int8", "uint8", "bool"])
def test_integer_and_bool_sums_are_int64(dtype):
    (a,) = make_inputs([(50, 40)], dtype, -100, 100, seed=3)
    t = torch.tensor(a)
    assert_tensor(t.sum(), a.astype(np.int64).sum(), "int64")
    assert_tensor(t.sum(0), a.astype(np.int64).sum(0), "int64")
    assert_tensor(t.t().sum(0), a.astype(np.int64).sum(1), "int64")
    assert_tensor(
        t.prod(1) if dtype == "bool" else (t[:, :3] % 3).prod(1),
        a.astype(np.int64).prod(1)
        if dtype == "bool"
        else (a[:, :3].astype(np.int64) % 3).prod(1)
        if dtype != "uint8"
        else (a[:, :3] % 3).astype(np.int64).prod(1),
        "int64",
    )


def test_int64_sum_wraps():
    t = torch.tensor([2**62, 2**62, 2**62])
    assert_tensor(t.sum(), np.array([2**62] * 3, dtype=np.int64).sum(), "int64")


# ---- accuracy of large float32 sums ----


@pytest.mark.parametrize("n", [1 << 20, 1_000_003])
def test_float32_sum_accuracy(n):
    rng = np.random.default_rng(0)
    a = rng.random(n, dtype=np.float32)
    ref = a.astype(np.float64).sum()
    t = torch.tensor(a)
    np.testing.assert_allclose(t.sum().item(), ref, rtol=1e-6)
    np.testing.assert_allclose(t.mean().item(), ref / n, rtol=1e-6)
    b = (rng.standard_normal(n) * 100).astype(np.float32)
    err = abs(torch.tensor(b).sum().item() - b.astype(np.float64).sum())
    assert err <= 1e-6 * np.abs(b).astype(np.float64).sum()


def test_float32_sum_accuracy_noncontiguous():
    rng = np.random.default_rng(1)
    a = rng.random((1000, 1000), dtype=np.float32)
    t = torch.tensor(a)
    np.testing.assert_allclose(t.t().sum().item(), a.astype(np.float64).sum(), rtol=1e-5)
    np.testing.assert_allclose(t.sum(0).numpy(), a.astype(np.float64).sum(0), rtol=1e-5)
    np.testing.assert_allclose(t.t().sum(1).numpy(), a.astype(np.float64).sum(0), rtol=1e-5)
    np.testing.assert_allclose(
        t[::3, 1::2].sum().item(), a[::3, 1::2].astype(np.float64).sum(), rtol=1e-5
    )


def test_float16_sum_accumulates_in_float32():
    a = np.full(4096, 0.1, dtype=np.float16)
    out = torch.tensor(a).sum()
    assert dtype_name(out.dtype) == "float16"
    np.testing.assert_allclose(out.item(), 4096 * float(np.float16(0.1)), rtol=1e-3)


# ---- recorded cases ----

REDUCE_CASES = [
    # result dtypes
    ("t([True, True, False]).sum()", "int64", 2),
    ("t([100, 100], dtype=torch.int8).sum()", "int64", 200),
    ("t([200, 100], dtype=torch.uint8).sum()", "int64", 300),
    ("t([30000, 30000], dtype=torch.int16).sum(0)", "int64", 60000),
    ("t([2**31 - 1, 1], dtype=torch.int32).sum()", "int64", 2147483648),
    ("t([1.5, 2.5], dtype=torch.float16).sum()", "float16", 4.0),
    ("t([[True, False], [True, True]]).sum(1)", "int64", [1, 2]),
    ("t([1, 2], dtype=torch.int32).sum(dtype=torch.float64)", "float64", 3.0),
    ("t([1.5, 2.5]).sum(dtype=torch.int64)", "int64", 3),
    ("t([1.5, 2.5], dtype=torch.float64).sum(dtype=torch.float32)", "float32", 4.0),
    ("t([1, 2], dtype=torch.int8).prod()", "int64", 2),
    ("t([100, 3], dtype=torch.int8).prod()", "int64", 300),
    ("t([True, False]).prod()", "int64", 0),
    ("t([True, True]).prod()", "int64", 1),
    ("t([2.0, 3.0], dtype=torch.float16).prod()", "float16", 6.0),
    ("t([1, 2], dtype=torch.uint8).prod()", "int64", 2),
    ("t([[1, 5]]).prod(dtype=torch.float16)", "float16", 5.0),
    ("t([1.0, 2.0], dtype=torch.float16).mean()", "float16", 1.5),
    ("t([1, 2]).mean(dtype=torch.float64)", "float64", 1.5),
    ("t([1, 2], dtype=torch.uint8).mean(dtype=torch.float32)", "float32", 1.5),
    ("t([[1, 0], [1, 1]]).all()", "bool", False),
    ("t([[1, 0], [1, 1]]).all(1)", "bool", [False, True]),
    ("t([[1, 0], [1, 1]]).any(0)", "bool", [True, True]),
    ("t([[1, 0], [1, 1]]).all((0, 1))", "bool", False),
    ("t([[1.0, 0.0], [NAN, 1]]).all(1)", "bool", [False, True]),
    ("t([[1.0, 0.0], [NAN, 1]]).any(1, keepdim=True)", "bool", [[True], [True]]),
    ("t([0.0, -0.0]).any()", "bool", False),
    ("t([200, 3], dtype=torch.uint8).max()", "uint8", 200),
    ("t([-100, 3], dtype=torch.int8).min(0)", "tuple", [("int8", -100), ("int64", 0)]),
    ("t([1.0, 2.0], dtype=torch.float16).max()", "float16", 2.0),
    ("t([1.0, 2.0], dtype=torch.float16).argmax()", "int64", 1),
    ("t([True, False]).max()", "bool", True),
    ("t([True, False]).max(0)", "tuple", [("bool", True), ("int64", 0)]),
    ("t([True, False]).amax()", "bool", True),
    ("t([True, False]).any()", "bool", True),
    # max/min with dim: named tuple, first index of ties
    ("t([[1, 5, 3], [7, 2, 7]]).max(1)", "tuple", [("int64", [5, 7]), ("int64", [1, 0])]),
    ("t([[1, 5, 3], [7, 2, 7]]).max(0)", "tuple", [("int64", [7, 5, 7]), ("int64", [1, 0, 1])]),
    (
        "t([[1, 5, 3], [7, 2, 7]]).max(-1, keepdim=True)",
        "tuple",
        [("int64", [[5], [7]]), ("int64", [[1], [0]])],
    ),
    ("t([[1, 5, 3], [7, 2, 7]]).min(1)", "tuple", [("int64", [1, 2]), ("int64", [0, 1])]),
    ("t([3, 1, 3]).max(0)", "tuple", [("int64", 3), ("int64", 0)]),
    ("t([3, 1, 1]).min(0)", "tuple", [("int64", 1), ("int64", 1)]),
    ("t([3, 1, 3]).argmax()", "int64", 0),
    ("t([1, 1, 0, 0]).argmin()", "int64", 2),
    ("t([[1, 5, 3], [7, 2, 7]]).max(torch.tensor([[4, 4, 4]]))", "int64", [[4, 5, 4], [7, 4, 7]]),
    ("t([[1, 5, 3], [7, 2, 7]]).min(torch.tensor(4))", "int64", [[1, 4, 3], [4, 2, 4]]),
    # NaN
    ("t([1.0, NAN, 3.0]).sum()", "float32", NAN),
    ("t([1.0, NAN, 3.0]).max()", "float32", NAN),
    ("t([1.0, NAN, 3.0]).min()", "float32", NAN),
    ("t([1.0, NAN, 3.0]).max(0)", "tuple", [("float32", NAN), ("int64", 1)]),
    ("t([1.0, NAN, NAN]).min(0)", "tuple", [("float32", NAN), ("int64", 1)]),
    ("t([1.0, NAN, 3.0]).argmax()", "int64", 1),
    ("t([1.0, NAN, 3.0]).argmin()", "int64", 1),
    ("t([1.0, NAN, 3.0]).amax()", "float32", NAN),
    ("t([1.0, NAN, 3.0]).amin()", "float32", NAN),
    ("t([[1.0, NAN], [3.0, 4.0]]).amax(1)", "float32", [NAN, 4.0]),
    ("t([[1.0, NAN], [3.0, 4.0]]).sum(1)", "float32", [NAN, 7.0]),
    ("t([[1.0, NAN], [3.0, 4.0]]).mean()", "float32", NAN),
    ("t([[1.0, NAN], [3.0, 4.0]]).mean(0)", "float32", [2.0, NAN]),
    ("t([[1.0, NAN], [3.0, 4.0]]).prod(1)", "float32", [NAN, 12.0]),
    ("t([[NAN, 1.0], [3.0, NAN]]).max(1)", "tuple", [("float32", [NAN, NAN]), ("int64", [0, 1])]),
    ("t([[NAN, 1.0], [3.0, NAN]]).argmin(1)", "int64", [0, 1]),
    ("t([INF, -INF]).sum()", "float32", NAN),
    ("t([INF, INF]).mean()", "float32", INF),
    ("t([-INF, 1.0]).max()", "float32", 1.0),
    ("t([1e38, 1e38]).sum()", "float32", 1.9999999360571385e38),
    ("t([1e38, 1e38], dtype=torch.float64).sum()", "float64", 2e38),
    ("t([60000.0, 60000.0], dtype=torch.float16).sum()", "float16", INF),
    # 0-d inputs
    ("t(5.0).max()", "float32", 5.0),
    ("t(5.0).max(0)", "tuple", [("float32", 5.0), ("int64", 0)]),
    ("t(5.0).max(-1, keepdim=True)", "tuple", [("float32", 5.0), ("int64", 0)]),
    ("t(5.0).argmax()", "int64", 0),
    ("t(5.0).argmax(0)", "int64", 0),
    ("t(5.0).argmax(0, keepdim=True)", "int64", 0),
    ("t(5.0).amax(0)", "float32", 5.0),
    ("t(5.0).sum()", "float32", 5.0),
    ("t(5.0).mean()", "float32", 5.0),
    ("t(5).prod()", "int64", 5),
    ("t(0).all()", "bool", False),
    ("t(3.0).sum(0)", "float32", 3.0),
    ("t(3.0).sum(-1)", "float32", 3.0),
    ("t(3.0).sum(0, keepdim=True)", "float32", 3.0),
    ("t(2.0).any(0)", "bool", True),
    ("t(2.0).mean(0)", "float32", 2.0),
    ("t(2).prod(0)", "int64", 2),
    (
        "t(3.0).sum(1)",
        IndexError,
        "Dimension out of range (expected to be in range of [-1, 0], but got 1)",
    ),
    (
        "t(3.0).max(1)",
        IndexError,
        "Dimension out of range (expected to be in range of [-1, 0], but got 1)",
    ),
    # empty inputs
    ("torch.zeros(0).sum()", "float32", 0.0),
    ("torch.zeros(0, 3).sum(0)", "float32", [0.0, 0.0, 0.0]),
    ("torch.zeros(0, 3).sum(1)", "float32", []),
    ("torch.zeros(0, 3).prod(0)", "float32", [1.0, 1.0, 1.0]),
    ("torch.zeros(0, dtype=torch.int64).sum()", "int64", 0),
    ("torch.zeros(0).all()", "bool", True),
    ("torch.zeros(0).any()", "bool", False),
    ("torch.zeros(0, 2).all(0)", "bool", [True, True]),
    ("torch.zeros(0).mean()", "float32", NAN),
    ("torch.zeros(0, 3).mean(0)", "float32", [NAN, NAN, NAN]),
    ("torch.zeros(0, 3).mean(1)", "float32", []),
    ("torch.zeros(0, 3).max(1)", "tuple", [("float32", []), ("int64", [])]),
    ("torch.zeros(0, 3).min(1)", "tuple", [("float32", []), ("int64", [])]),
    ("torch.zeros(0, 3).argmax(1)", "int64", []),
    ("torch.zeros(0, 3).amax(1)", "float32", []),
    (
        "torch.zeros(0).max()",
        RuntimeError,
        "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.",
    ),
    (
        "torch.zeros(0).min()",
        RuntimeError,
        "min(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.",
    ),
    (
        "torch.zeros(0).argmax()",
        IndexError,
        "argmax(): Expected reduction dim to be specified for input.numel() == 0.",
    ),
    (
        "torch.zeros(0).argmin()",
        IndexError,
        "argmin(): Expected reduction dim to be specified for input.numel() == 0.",
    ),
    (
        "torch.zeros(0).amax()",
        RuntimeError,
        "amax(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.",
    ),
    (
        "torch.zeros(0).amin()",
        RuntimeError,
        "amin(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.",
    ),
    (
        "torch.zeros(0, 3).max(0)",
        IndexError,
        "max(): Expected reduction dim 0 to have non-zero size.",
    ),
    (
        "torch.zeros(0, 3).amax(0)",
        IndexError,
        "amax(): Expected reduction dim 0 to have non-zero size.",
    ),
    (
        "torch.zeros(0, 3).argmax(0)",
        IndexError,
        "argmax(): Expected reduction dim 0 to have non-zero size.",
    ),
    (
        "torch.zeros(0, dtype=torch.int64).max()",
        RuntimeError,
        "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.",
    ),
    # dims, keepdim, errors
    (
        "torch.arange(24.0).view(2, 3, 4).sum((0, -1), keepdim=True)",
        "float32",
        [[[60.0], [92.0], [124.0]]],
    ),
    ("torch.arange(24.0).view(2, 3, 4).sum(())", "float32", 276.0),
    ("torch.arange(24.0).view(2, 3, 4).sum([])", "float32", 276.0),
    ("torch.arange(24.0).view(2, 3, 4).amax(())", "float32", 23.0),
    ("torch.arange(24.0).view(2, 3, 4).argmax(keepdim=True)", "int64", [[[23]]]),
    (
        "torch.arange(24.0).view(2, 3, 4).sum(3)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got 3)",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).sum(-4)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got -4)",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).sum((0, 0))",
        RuntimeError,
        "dim 0 appears multiple times in the list of dims",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).sum((0, -3))",
        RuntimeError,
        "dim 0 appears multiple times in the list of dims",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).amax(3)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got 3)",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).argmax(3)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got 3)",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).max(3)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got 3)",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).mean(5)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got 5)",
    ),
    (
        "torch.arange(24.0).view(2, 3, 4).prod(3)",
        IndexError,
        "Dimension out of range (expected to be in range of [-3, 2], but got 3)",
    ),
    (
        "t([[1, 0], [1, 1]]).all(2)",
        IndexError,
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)",
    ),
    (
        "t([1, 2]).mean()",
        NotImplementedError,
        "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long",
    ),
    (
        "t([True]).mean()",
        NotImplementedError,
        "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Bool",
    ),
    (
        "t([[1.0, 5]]).mean(dtype=torch.int64)",
        NotImplementedError,
        "mean(): could not infer output dtype. Optional dtype must be either a floating point or complex dtype. Got: Long",
    ),
    ("t([True, False]).argmax()", NotImplementedError, "argmax(): does not support bool input"),
    ("t([True, False]).argmin(0)", NotImplementedError, "argmin(): does not support bool input"),
]


@pytest.mark.parametrize(("expr", "want", "expected"), cases(REDUCE_CASES))
def test_reduce_cases(expr, want, expected):
    run_case(expr, want, expected)


@pytest.mark.parametrize(
    ("fn", "dim", "ndim"),
    [
        (lambda t: t.sum(3), 3, 3),
        (lambda t: t.sum(-4), -4, 3),
        (lambda t: t.mean((0, 5)), 5, 3),
        (lambda t: t.prod(3), 3, 3),
        (lambda t: t.amax(3), 3, 3),
        (lambda t: t.amin((-4,)), -4, 3),
        (lambda t: t.max(3), 3, 3),
        (lambda t: t.min(-4), -4, 3),
        (lambda t: t.argmax(3), 3, 3),
        (lambda t: t.argmin(-4), -4, 3),
        (lambda t: t.all(3), 3, 3),
        (lambda t: t.any(-4), -4, 3),
        (lambda t: t[0, 0, 0].sum(1), 1, 0),
        (lambda t: t[0, 0, 0].max(1), 1, 0),
        (lambda t: t[0, 0, 0].argmax(-2), -2, 0),
    ],
)
def test_reduce_dim_out_of_range(fn, dim, ndim):
    t = torch.arange(24.0).view(2, 3, 4)
    check_raises(lambda: fn(t), IndexError, dim_error(dim, ndim))


@pytest.mark.parametrize(
    ("fn", "msg"),
    [
        (lambda t: t.sum((0, 0)), "dim 0 appears multiple times in the list of dims"),
        (lambda t: t.sum((0, -3)), "dim 0 appears multiple times in the list of dims"),
        (lambda t: t.amax((1, 1)), "dim 1 appears multiple times in the list of dims"),
    ],
)
def test_reduce_repeated_dims(fn, msg):
    check_raises(lambda: fn(torch.arange(24.0).view(2, 3, 4)), RuntimeError, msg)


@pytest.mark.parametrize(
    ("fn", "msg"),
    [
        (
            lambda: torch.tensor([1, 2]).mean(),
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            "complex dtype. Got: Long",
        ),
        (
            lambda: torch.tensor([True]).mean(),
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            "complex dtype. Got: Bool",
        ),
        (
            lambda: torch.tensor([1, 2], dtype=torch.uint8).mean(1 - 1),
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            "complex dtype. Got: Byte",
        ),
        (lambda: torch.tensor([True, False]).argmax(), "argmax(): does not support bool input"),
        (lambda: torch.tensor([True, False]).argmin(0), "argmin(): does not support bool input"),
    ],
)
def test_reduce_unsupported_dtype_messages(fn, msg):
    check_raises(fn, RuntimeError, msg)


def test_mean_of_ints_is_not_implemented_error():
    with pytest.raises(NotImplementedError):
        torch.tensor([1, 2]).mean()


def test_argmax_of_bool_is_not_implemented_error():
    with pytest.raises(NotImplementedError, match="does not support bool input"):
        torch.tensor([True, False]).argmax()


def test_all_any_of_uint8_keep_uint8():
    t = torch.tensor([[1, 0], [1, 1]], dtype=torch.uint8)
    assert_tensor(t.all(1), [0, 1], "uint8")
    assert_tensor(t.any(), 1, "uint8")


@pytest.mark.parametrize(
    ("fn", "exc"),
    [
        (lambda t: t.sum(1.5), TypeError),
        (lambda t: t.sum("a"), TypeError),
        (lambda t: t.max((0, 1)), TypeError),
        (lambda t: t.max(1.5), TypeError),
        (lambda t: t.prod((0, 1)), TypeError),
    ],
)
def test_reduce_bad_dim_types(fn, exc):
    with pytest.raises(exc):
        fn(torch.ones(2, 3))
