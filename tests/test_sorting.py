"""Scans, sorting, order statistics, unique, searchsorted and the statistical reductions,
against numpy references; dtypes, errors and warnings as PyTorch 2.x (CPU) gives them."""

from __future__ import annotations

import warnings
from collections import Counter

import numpy as np
import pytest

import ferrotensor as torch
from helpers import NP_DTYPE, assert_tensor, check_raises, dtype_name, make_inputs

NAN = float("nan")
INF = float("inf")
ALL = ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]
NUMERIC = [d for d in ALL if d != "bool"]
FLOATS = ["float64", "float32", "float16"]


def arr(shape, dtype, low=-50, high=50, seed=0):
    return make_inputs([shape], dtype, low, high, seed)[0]


def t(a):
    """A tensor of a list (default dtypes, as ``torch.tensor``) or of a numpy array."""
    return torch.tensor(a) if isinstance(a, list) else torch.tensor(np.asarray(a))


def grad_ok(fn, *shapes, low=-2.0, high=2.0, seed=0):
    rng = np.random.default_rng(seed)
    xs = [
        torch.tensor(rng.uniform(low, high, size=s), dtype=torch.float64, requires_grad=True)
        for s in shapes
    ]
    assert torch.autograd.gradcheck(fn, tuple(xs))


# ---- cumsum / cumprod / logcumsumexp ----


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("dim", [0, 1, -1])
def test_cumsum_matches_numpy(dtype, dim):
    a = arr((5, 7), dtype, -5, 5)
    out = t(a).cumsum(dim)
    want_dt = "int64" if dtype in ("bool", "int64", "int32", "int16", "int8", "uint8") else dtype
    ref = np.cumsum(a.astype(NP_DTYPE[want_dt]), axis=dim)
    assert_tensor(out, ref, want_dt, rtol=1e-2 if dtype == "float16" else 1e-6)


@pytest.mark.parametrize("dtype", ["float64", "float32", "int64", "int8", "uint8", "bool"])
def test_cumprod_matches_numpy(dtype):
    a = arr((4, 6), dtype, -2, 3)
    want_dt = dtype if dtype.startswith("float") else "int64"
    ref = np.cumprod(a.astype(NP_DTYPE[want_dt]), axis=1)
    assert_tensor(t(a).cumprod(1), ref, want_dt, rtol=1e-6)
    assert_tensor(torch.cumprod(t(a), 0), np.cumprod(a.astype(NP_DTYPE[want_dt]), 0), want_dt)


def test_cumsum_dtype_argument_casts_first():
    x = t([1.5, 2.5, 3.5])
    assert_tensor(x.cumsum(0, dtype=torch.int32), [1, 3, 6], "int32")
    assert_tensor(torch.cumsum(t([1, 2]), 0, dtype=torch.float16), [1.0, 3.0], "float16")


def test_cumsum_noncontiguous_zero_dim_and_empty():
    a = arr((6, 5), "float32")
    x = t(a).t()
    assert_tensor(x.cumsum(1), np.cumsum(a.T, 1), "float32", rtol=1e-6)
    assert_tensor(t(np.float32(2.5)).cumsum(0), 2.5, "float32")
    assert_tensor(t(np.zeros((0, 3), np.float32)).cumsum(0), np.zeros((0, 3)), "float32")
    e = torch.ones(3).expand(4, 3)
    assert_tensor(e.cumsum(0), np.cumsum(np.ones((4, 3)), 0), "float32")


@pytest.mark.parametrize("n", [300_001, 1 << 20])
def test_cumsum_long_rows_split_across_threads(n):
    a = np.random.default_rng(1).integers(-1000, 1000, n)
    assert_tensor(t(a).cumsum(0), np.cumsum(a), "int64")
    f = np.random.default_rng(2).standard_normal(n)
    out = t(f).cumsum(0).numpy()
    np.testing.assert_allclose(out, np.cumsum(f), atol=1e-9 * np.sqrt(n))


def test_logcumsumexp_matches_numpy():
    a = arr((3, 8), "float64", -30, 30)
    ref = np.logaddexp.accumulate(a, axis=1)
    assert_tensor(t(a).logcumsumexp(1), ref, "float64", rtol=1e-12)
    x = t([-INF, -INF, INF, 0.0])
    assert_tensor(torch.logcumsumexp(x, 0), [-INF, -INF, INF, INF], "float32")
    h = t(np.array([1.0, 2.0], np.float16)).logcumsumexp(0)
    assert_tensor(h, [1.0, 2.3125], "float16")


def test_scan_errors():
    check_raises(
        lambda: torch.logcumsumexp(t([1, 2]), 0),
        NotImplementedError,
        "\"logcumsumexp_out_cpu\" not implemented for 'Long'",
    )
    check_raises(
        lambda: torch.cumsum(t([1.0]), 1),
        IndexError,
        "Dimension out of range (expected to be in range of [-1, 0], but got 1)",
    )
    check_raises(
        lambda: torch.cumsum(t([1.0])),
        TypeError,
        'cumsum() missing 1 required positional arguments: "dim"',
    )


def _cum_extreme_ref(a, is_max):
    vals, idx = [], []
    best, bi = None, 0
    for j, v in enumerate(a):
        if best is None or (
            not np.isnan(best) and (np.isnan(v) or (v >= best if is_max else v <= best))
        ):
            best, bi = v, j
        vals.append(best)
        idx.append(bi)
    return vals, idx


@pytest.mark.parametrize("is_max", [True, False])
@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "uint8", "bool", "float16"])
def test_cummax_cummin_match_reference(is_max, dtype):
    a = arr((3, 9), dtype, -3, 3)
    x = t(a)
    res = x.cummax(1) if is_max else torch.cummin(x, 1)
    assert type(res).__name__ == ("cummax" if is_max else "cummin")
    for r in range(3):
        v, i = _cum_extreme_ref(list(a[r]), is_max)
        assert_tensor(res.values[r], np.array(v, dtype=a.dtype), dtype)
        assert_tensor(res.indices[r], i, "int64")


def test_cummax_nan_sticks_and_ties_take_the_last_index():
    v, i = torch.cummax(t([1.0, 3.0, 3.0, 2.0, NAN, 5.0]), 0)
    assert_tensor(v, [1.0, 3.0, 3.0, 3.0, NAN, NAN], "float32")
    assert_tensor(i, [0, 1, 2, 2, 4, 4], "int64")
    v, i = torch.cummin(t([3.0, 1.0, 1.0, 2.0, NAN, 0.0]), 0)
    assert_tensor(i, [0, 1, 2, 2, 4, 4], "int64")


# ---- sort / argsort / msort / topk ----


def _stable_desc(a):
    """Indices of a stable descending sort with NaN first (PyTorch's order)."""
    keyed = sorted(
        range(len(a)), key=lambda j: (0, 0) if np.isnan(float(a[j])) else (1, -float(a[j]))
    )
    return np.array(keyed)


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("n", [7, 300, 5000])
def test_sort_matches_numpy_stable(dtype, n):
    a = arr((n,), dtype, -20, 20, seed=n)
    x = t(a)
    v, i = x.sort()
    ref_i = np.argsort(a, kind="stable")
    assert_tensor(i, ref_i, "int64")
    assert_tensor(v, a[ref_i], dtype)
    v, i = torch.sort(x, descending=True)
    ref_i = _stable_desc(a)
    assert_tensor(i, ref_i, "int64")
    assert_tensor(v, a[ref_i], dtype)


def test_sort_nan_last_and_signed_zeros_tie():
    x = t([3.0, NAN, 1.0, 2.0, NAN, 1.0])
    v, i = torch.sort(x)
    assert_tensor(v, [1.0, 1.0, 2.0, 3.0, NAN, NAN], "float32")
    assert_tensor(i, [2, 5, 3, 0, 1, 4], "int64")
    assert_tensor(torch.argsort(x, descending=True), [1, 4, 0, 3, 2, 5], "int64")
    v, i = torch.sort(t([-0.0, 0.0, -0.0]), stable=True)
    assert_tensor(i, [0, 1, 2], "int64")
    assert np.signbit(v.numpy()[0])
    assert not np.signbit(v.numpy()[1])


def test_sort_along_dims_noncontiguous_zero_dim_and_empty():
    a = arr((6, 40, 5), "float32")
    x = t(a)
    for dim in (0, 1, 2, -2):
        v, i = x.sort(dim)
        assert_tensor(i, np.argsort(a, axis=dim, kind="stable"), "int64")
        assert_tensor(v, np.sort(a, axis=dim, kind="stable"), "float32")
    xt = x.permute(2, 0, 1)
    assert_tensor(xt.sort(1).values, np.sort(a.transpose(2, 0, 1), axis=1), "float32")
    v, i = torch.sort(t(np.float32(3.0)))
    assert_tensor(v, 3.0, "float32")
    assert_tensor(i, 0, "int64")
    v, i = torch.sort(t(np.zeros((0, 4), np.float32)), 0)
    assert tuple(v.shape) == (0, 4)
    assert dtype_name(i.dtype) == "int64"
    assert_tensor(torch.msort(t([[3, 1], [1, 2]])), [[1, 1], [3, 2]], "int64")


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int16", "uint8", "float16"])
def test_sort_large_rows_radix_path(dtype):
    a = arr((3, 70_000), dtype, -1000, 1000, seed=3)
    v, i = t(a).sort(1)
    assert_tensor(i, np.argsort(a, axis=1, kind="stable"), "int64")
    assert_tensor(v, np.sort(a, axis=1, kind="stable"), dtype)


@pytest.mark.parametrize("largest", [True, False])
@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "uint8", "float16"])
def test_topk_matches_sorted_reference(largest, dtype):
    rng = np.random.default_rng(5)
    a = rng.permutation(200).reshape(4, 50).astype(NP_DTYPE[dtype])  # distinct values
    v, i = torch.topk(t(a), 7, 1, largest=largest)
    order = np.argsort(-a.astype(np.float64) if largest else a, axis=1, kind="stable")[:, :7]
    assert_tensor(i, order, "int64")
    assert_tensor(v, np.take_along_axis(a, order, 1), dtype)
    v, i = t(a).topk(2, dim=0, largest=largest)
    assert tuple(v.shape) == (2, 50)


def test_topk_nan_is_largest_and_edge_cases():
    x = t([3.0, NAN, 1.0, 2.0])
    v, i = x.topk(2)
    assert_tensor(v, [NAN, 3.0], "float32")
    assert_tensor(i, [1, 0], "int64")
    v, i = torch.topk(t(np.float32(3.0)), 1)
    assert_tensor(v, 3.0, "float32")
    v, _ = torch.topk(t([1.0, 2.0]), 0)
    assert tuple(v.shape) == (0,)
    check_raises(
        lambda: torch.topk(t([1.0, 2.0]), 3), RuntimeError, "selected index k out of range"
    )
    check_raises(
        lambda: torch.topk(t([1.0, 2.0]), -1), RuntimeError, "selected index k out of range"
    )
    check_raises(
        lambda: torch.topk(t([True, False]), 1),
        NotImplementedError,
        "topk does not support bool dtypes on CPU",
    )


# ---- kthvalue / median / nanmedian / mode ----


@pytest.mark.parametrize("dtype", NUMERIC)
def test_kthvalue_and_median_match_numpy(dtype):
    rng = np.random.default_rng(7)
    a = rng.permutation(60).reshape(5, 12).astype(NP_DTYPE[dtype])
    x = t(a)
    srt = np.sort(a, axis=1)
    v, i = torch.kthvalue(x, 4, 1)
    assert_tensor(v, srt[:, 3], dtype)
    assert_tensor(i, np.argsort(a, 1)[:, 3], "int64")
    v, i = x.median(1, keepdim=True)
    assert_tensor(v, srt[:, 5:6], dtype)  # the lower median of 12
    assert_tensor(i, np.argsort(a, 1)[:, 5:6], "int64")
    assert_tensor(x.median(), np.sort(a, axis=None)[29], dtype)
    v, _ = x.median(0)
    assert_tensor(v, np.sort(a, 0)[2], dtype)


def test_median_ties_nan_and_empty():
    v, i = torch.median(t([1.0, 1.0, 1.0]), 0)
    assert (float(v), int(i)) == (1.0, 1)
    x = t([3.0, NAN, 1.0, 2.0, NAN, 1.0])
    assert np.isnan(float(torch.median(x)))
    v, i = torch.median(x, 0)
    assert np.isnan(float(v))
    assert int(i) == 1
    assert float(torch.nanmedian(x)) == 1.0
    v, i = torch.nanmedian(x, 0)
    assert (float(v), int(i)) == (1.0, 5)
    v, i = torch.nanmedian(t([NAN, NAN]), 0)
    assert np.isnan(float(v))
    assert int(i) == 0
    assert np.isnan(float(torch.median(t(np.zeros(0, np.float32)))))
    check_raises(
        lambda: torch.median(t(np.zeros((1, 0), np.float32)), 1),
        IndexError,
        "median(): Expected reduction dim 1 to have non-zero size.",
    )


def test_order_statistic_errors():
    check_raises(
        lambda: torch.kthvalue(t([3.0, 1.0, 2.0]), 4),
        RuntimeError,
        "kthvalue(): selected number k out of range for dimension 0",
    )
    check_raises(
        lambda: torch.kthvalue(t([3.0, 1.0]), 0),
        RuntimeError,
        "kthvalue(): selected number k out of range for dimension 0",
    )
    check_raises(
        lambda: torch.kthvalue(t([True, False]), 1),
        NotImplementedError,
        "\"kthvalue_cpu\" not implemented for 'Bool'",
    )
    check_raises(
        lambda: torch.median(t([True, False])),
        NotImplementedError,
        "\"median_cpu\" not implemented for 'Bool'",
    )
    check_raises(
        lambda: torch.mode(t(np.zeros(0, np.float32))),
        IndexError,
        "mode(): Expected reduction dim 0 to have non-zero size.",
    )
    check_raises(
        lambda: torch.median(t([1.0, 2.0]), keepdim=True),
        TypeError,
        'median() missing 1 required positional arguments: "dim"',
    )


def _mode_ref(row):
    c = Counter(row.tolist())
    best = max(c.values())
    value = min(k for k, n in c.items() if n == best)
    last = max(j for j, e in enumerate(row.tolist()) if e == value)
    return value, last


@pytest.mark.parametrize("dtype", ["float32", "int64", "int8", "uint8", "bool", "float16"])
def test_mode_matches_counter_reference(dtype):
    a = arr((4, 30), dtype, 0, 5, seed=11)
    v, i = torch.mode(t(a))
    for r in range(4):
        value, last = _mode_ref(a[r])
        assert_tensor(v[r], np.array(value, dtype=a.dtype), dtype)
        assert int(i[r]) == last
    v, i = t(np.float32(5.0)).mode()
    assert (float(v), int(i)) == (5.0, 0)


# ---- unique / unique_consecutive / count_nonzero ----


@pytest.mark.parametrize("dtype", ALL)
def test_unique_matches_numpy(dtype):
    a = arr((6, 7), dtype, -4, 4, seed=4)
    vals, inv, counts = torch.unique(t(a), return_inverse=True, return_counts=True)
    rv, ri, rc = np.unique(a, return_inverse=True, return_counts=True)
    assert_tensor(vals, rv, dtype)
    assert_tensor(inv, ri.reshape(a.shape), "int64")
    assert_tensor(counts, rc, "int64")
    assert_tensor(t(a).unique(sorted=False), rv, dtype)


def test_unique_nan_distinct_dim_and_zero_dim():
    assert_tensor(torch.unique(t([NAN, 1.0, NAN])), [1.0, NAN, NAN], "float32")
    a = np.array([[1, 2], [1, 2], [0, 5]])
    v, i, c = torch.unique(t(a), dim=0, return_inverse=True, return_counts=True)
    assert_tensor(v, [[0, 5], [1, 2]], "int64")
    assert_tensor(i, [1, 1, 0], "int64")
    assert_tensor(c, [1, 2], "int64")
    b = np.array([[3, 1, 3], [2, 0, 2]])
    v, i = torch.unique(t(b), dim=1, return_inverse=True)
    rv, ri = np.unique(b, axis=1, return_inverse=True)
    assert_tensor(v, rv, "int64")
    assert_tensor(i, ri.ravel(), "int64")
    assert_tensor(torch.unique(t(np.int64(3))), [3], "int64")
    check_raises(
        lambda: torch.unique(t(np.int64(3)), dim=0),
        IndexError,
        "Dimension specified as 0 but tensor has no dimensions",
    )


def test_unique_consecutive():
    v, i, c = torch.unique_consecutive(
        t([1, 1, 2, 2, 3, 1, 1]), return_inverse=True, return_counts=True
    )
    assert_tensor(v, [1, 2, 3, 1], "int64")
    assert_tensor(i, [0, 0, 1, 1, 2, 3, 3], "int64")
    assert_tensor(c, [2, 2, 1, 2], "int64")
    v, c = torch.unique_consecutive(t([NAN, NAN, 1.0]), return_counts=True)
    assert_tensor(c, [1, 1, 1], "int64")
    v, i = torch.unique_consecutive(t([[1, 2], [1, 2], [3, 3]]), dim=0, return_inverse=True)
    assert_tensor(v, [[1, 2], [3, 3]], "int64")
    assert_tensor(i, [0, 0, 1], "int64")


def test_count_nonzero():
    a = np.array([[0, 1, 3], [2, 0, 0]])
    assert_tensor(torch.count_nonzero(t(a)), 3, "int64")
    assert_tensor(t(a).count_nonzero(0), np.count_nonzero(a, axis=0), "int64")
    assert_tensor(torch.count_nonzero(t(a), dim=(0, 1)), 3, "int64")
    assert_tensor(torch.count_nonzero(t([NAN, 0.0])), 1, "int64")


# ---- searchsorted / bucketize ----


def test_searchsorted_matches_numpy():
    b = np.sort(arr((50,), "float64", -10, 10))
    v = arr((4, 6), "float64", -12, 12, seed=9)
    for right in (False, True):
        side = "right" if right else "left"
        out = torch.searchsorted(t(b), t(v), right=right)
        assert_tensor(out, np.searchsorted(b, v, side=side), "int64")
        assert_tensor(torch.searchsorted(t(b), t(v), side=side), np.searchsorted(b, v, side=side))
    out = torch.searchsorted(t(b), 3.5, out_int32=True)
    assert_tensor(out, np.searchsorted(b, 3.5), "int32")
    bb = np.sort(arr((3, 10), "int64", 0, 20), axis=1)
    vv = arr((3, 4), "int64", 0, 20, seed=2)
    out = torch.searchsorted(t(bb), t(vv))
    assert_tensor(out, np.stack([np.searchsorted(bb[r], vv[r]) for r in range(3)]), "int64")
    out = torch.searchsorted(t([5.0, 1.0, 3.0]), t([2.0, 4.0]), sorter=t([1, 2, 0]))
    assert_tensor(out, [1, 2], "int64")
    assert_tensor(torch.bucketize(t([3.0, 6.0, 9.0]), t([1.0, 3.0, 5.0, 7.0])), [1, 3, 4], "int64")
    assert_tensor(torch.bucketize(3, t([1.0, 3.0, 5.0]), right=True), 2, "int64")


def test_searchsorted_errors():
    check_raises(
        lambda: torch.searchsorted(t([[1.0, 3.0], [2.0, 4.0]]), t([[3.0], [3.0], [1.0]])),
        RuntimeError,
        "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 "
        "dimensions of boundaries tensor and input value tensor must match, but we got "
        "boundaries tensor [2, 2] and input value tensor [3, 1]",
    )
    check_raises(
        lambda: torch.searchsorted(t([1.0]), t([3.0]), side="middle"),
        RuntimeError,
        "torch.searchsorted(): side can only be 'left' or 'right' but got middle",
    )
    check_raises(
        lambda: torch.searchsorted(t([1.0]), t([3.0]), side="left", right=True),
        RuntimeError,
        "torch.searchsorted(): side and right can't be set to opposites, got side of left "
        "while right was True",
    )
    check_raises(
        lambda: torch.searchsorted(t(np.float32(1.0)), t([3.0])),
        RuntimeError,
        "torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 "
        "dimension",
    )
    check_raises(
        lambda: torch.bucketize(t([3.0]), t([[1.0, 2.0]])),
        RuntimeError,
        "boundaries tensor must be 1 dimension, but got dim(2)",
    )


# ---- var / std / logsumexp / nansum / nanmean / aminmax ----

A = np.array([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]], np.float32)


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize(
    ("kwargs", "axis", "ddof"),
    [
        ({}, None, 1),
        ({"dim": 1}, 1, 1),
        ({"dim": 0, "unbiased": False}, 0, 0),
        ({"dim": (0, 1), "correction": 0}, None, 0),
        ({"dim": 1, "correction": 2}, 1, 2),
        ({"dim": -1, "correction": 0.5}, -1, 0.5),
    ],
)
def test_var_std_match_numpy(dtype, kwargs, axis, ddof):
    a = arr((4, 5), dtype, -3, 3)
    x = t(a)
    tol = 1e-2 if dtype == "float16" else 1e-6
    ref = np.var(a.astype(np.float64), axis=axis, ddof=ddof)
    assert_tensor(x.var(**kwargs), ref, dtype, rtol=tol)
    assert_tensor(torch.std(x, **kwargs), np.sqrt(ref), dtype, rtol=tol)


def test_var_overloads_keepdim_and_tuples():
    x = t(A)
    assert_tensor(torch.var(x, 1, True, True), np.var(A, 1, ddof=1, keepdims=True), rtol=1e-6)
    assert_tensor(torch.var(x, True), np.var(A, ddof=1), rtol=1e-6)
    s, m = torch.std_mean(x, 1)
    assert_tensor(s, np.std(A, 1, ddof=1), rtol=1e-6)
    assert_tensor(m, A.mean(1), rtol=1e-6)
    v, m = torch.var_mean(x, dim=None, correction=0)
    assert_tensor(v, np.var(A), rtol=1e-6)
    assert_tensor(m, A.mean(), rtol=1e-6)
    assert_tensor(x.var((0, 1), correction=0, keepdim=True), [[np.var(A)]], rtol=1e-6)
    assert_tensor(x.t().var(0), np.var(A.T, 0, ddof=1), rtol=1e-6)


def test_var_degrees_of_freedom_warn():
    msg = "degrees of freedom is <= 0"
    with pytest.warns(UserWarning, match=msg):
        assert_tensor(t(A).var(dim=0, correction=2), [INF, INF, INF], "float32")
    with pytest.warns(UserWarning, match=msg):
        assert np.isnan(float(torch.var(t([1.0]))))
    with pytest.warns(UserWarning, match="std\\(\\): degrees"):
        assert np.isnan(float(torch.std(t(np.zeros(0, np.float32)))))
    with pytest.warns(UserWarning, match=msg):
        assert np.isnan(float(torch.var(t(np.float32(2.0)))))
    check_raises(
        lambda: torch.var(t([1, 2])),
        NotImplementedError,
        "std and var only support floating point and complex dtypes",
    )


def test_logsumexp_matches_stable_reference():
    a = arr((4, 6), "float64", -500, 500)
    m = a.max(1, keepdims=True)
    ref = np.log(np.exp(a - m).sum(1)) + m[:, 0]
    assert_tensor(torch.logsumexp(t(a), 1), ref, "float64", rtol=1e-12)
    assert_tensor(t(a).logsumexp((0, 1)), np.log(np.exp(a - a.max()).sum()) + a.max(), rtol=1e-12)
    assert_tensor(t(a).logsumexp(1, keepdim=True), ref[:, None], rtol=1e-12)
    m0 = a.max(0)
    ref0 = np.log(np.exp(a - m0).sum(0)) + m0
    assert_tensor(torch.logsumexp(t(a), 0), ref0, "float64", rtol=1e-12)
    assert_tensor(t(a).t().logsumexp(-1), ref0, "float64", rtol=1e-12)
    b = arr((3, 40), "float32", -20, 20)
    mb = b.astype(np.float64).max(1)
    refb = np.log(np.exp(b - mb[:, None]).sum(1)) + mb
    assert_tensor(t(b).logsumexp(-1), refb, "float32", rtol=1e-6)
    h = t(b.astype(np.float16)).logsumexp(1)
    assert_tensor(h, refb, "float16", rtol=2e-3)
    assert_tensor(torch.logsumexp(t([INF, INF]), 0), INF, "float32")
    assert_tensor(torch.logsumexp(t([-INF, -INF]), 0), -INF, "float32")
    assert_tensor(torch.logsumexp(t([INF, -INF]), 0), INF, "float32")
    assert np.isnan(float(torch.logsumexp(t([NAN, 1.0]), 0)))
    assert_tensor(torch.logsumexp(t([1, 2]), 0), np.logaddexp(1, 2), "float32", rtol=1e-6)
    assert_tensor(torch.logsumexp(t(np.zeros(0, np.float32)), 0), -INF, "float32")
    check_raises(
        lambda: torch.logsumexp(t(A)),
        TypeError,
        'logsumexp() missing 1 required positional arguments: "dim"',
    )


def test_nansum_nanmean():
    a = np.array([[1.0, NAN, 2.0], [NAN, NAN, NAN]], np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        assert_tensor(torch.nansum(t(a)), np.nansum(a), "float32")
        assert_tensor(t(a).nansum(1), np.nansum(a, 1), "float32")
        assert_tensor(torch.nanmean(t(a), 1), np.nanmean(a, 1), "float32")
        assert_tensor(t(a).nanmean(), np.nanmean(a), "float32")
    assert_tensor(torch.nansum(t([1, 2])), 3, "int64")
    assert_tensor(torch.nansum(t([True])), 1, "int64")
    assert_tensor(torch.nansum(t([1.0, 2.0]), dtype=torch.float64), 3.0, "float64")
    check_raises(
        lambda: torch.nanmean(t([1, 2])),
        NotImplementedError,
        "nanmean(): expected input to have floating point or complex dtype but got Long",
    )


def test_aminmax():
    r = torch.aminmax(t(A))
    assert type(r).__name__ == "aminmax"
    assert (float(r.min), float(r.max)) == (1.0, 9.0)
    r = torch.aminmax(t(A), dim=1, keepdim=True)
    assert_tensor(r.min, [[1.0], [3.0]], "float32")
    assert_tensor(r[1], [[4.0], [9.0]], "float32")
    lo, hi = torch.aminmax(t([True, False]))
    assert_tensor(lo, False, "bool")
    assert_tensor(hi, True, "bool")
    check_raises(
        lambda: torch.aminmax(t(np.zeros(0, np.float32))),
        RuntimeError,
        "aminmax(): cannot compute aminmax over an empty dimension as the operation has no "
        "identity.",
    )


# ---- out= ----


def test_sort_out_tuple_requires_exact_dtypes():
    vals, idx = torch.empty(3, dtype=torch.long), torch.empty(3, dtype=torch.long)
    r = torch.sort(t([3, 1, 2]), out=(vals, idx))
    assert r.values is vals
    assert r.indices is idx
    assert_tensor(vals, [1, 2, 3], "int64")
    check_raises(
        lambda: torch.sort(t([3, 1]), out=(torch.empty(2), torch.empty(2, dtype=torch.long))),
        RuntimeError,
        "Expected out tensor to have dtype long int, but got float instead",
    )
    o = torch.empty(3)
    torch.cumsum(t([1, 2, 3]), 0, out=o)
    assert_tensor(o, [1.0, 3.0, 6.0], "float32")


# ---- gradients (gradcheck in float64, one line per op) ----


@pytest.mark.parametrize(
    ("name", "fn", "shapes"),
    [
        ("cumsum", lambda x: x.cumsum(1), [(3, 5)]),
        ("cumsum dim0", lambda x: torch.cumsum(x, 0), [(4, 3)]),
        ("cumprod", lambda x: x.cumprod(1), [(3, 5)]),
        ("logcumsumexp", lambda x: x.logcumsumexp(1), [(3, 5)]),
        ("cummax", lambda x: x.cummax(1).values, [(3, 6)]),
        ("cummin", lambda x: torch.cummin(x, 0)[0], [(5, 2)]),
        ("sort", lambda x: x.sort(1).values, [(3, 6)]),
        ("sort desc", lambda x: torch.sort(x, 0, descending=True)[0], [(5, 3)]),
        ("msort", lambda x: torch.msort(x), [(5, 3)]),
        ("topk", lambda x: x.topk(2, 1).values, [(3, 6)]),
        ("kthvalue", lambda x: torch.kthvalue(x, 2, 0)[0], [(4, 3)]),
        ("median dim", lambda x: x.median(1).values, [(3, 5)]),
        ("median keepdim", lambda x: x.median(0, keepdim=True).values, [(5, 2)]),
        ("median all", lambda x: x.median(), [(3, 5)]),
        ("nanmedian", lambda x: torch.nanmedian(x, 1)[0], [(3, 5)]),
        ("nanmedian all", lambda x: torch.nanmedian(x), [(4,)]),
        ("mode", lambda x: x.mode(1).values, [(3, 5)]),
        ("var", lambda x: x.var(1), [(3, 5)]),
        ("var all", lambda x: torch.var(x, correction=0), [(3, 5)]),
        ("std", lambda x: x.std(0, keepdim=True), [(4, 3)]),
        ("std_mean", lambda x: torch.std_mean(x, 1), [(3, 4)]),
        ("logsumexp", lambda x: x.logsumexp(1), [(3, 5)]),
        ("logsumexp all", lambda x: torch.logsumexp(x, (0, 1)), [(3, 5)]),
        ("nansum", lambda x: x.nansum(1), [(3, 5)]),
        ("nanmean", lambda x: x.nanmean(0), [(3, 5)]),
        ("aminmax", lambda x: torch.aminmax(x, dim=1), [(3, 5)]),
    ],
)
def test_gradcheck(name, fn, shapes):
    grad_ok(fn, *shapes)


def test_cumprod_gradient_with_zeros():
    x = torch.tensor([[2.0, 0.0, 3.0, 0.0, 5.0], [1.5, -2.0, 0.0, 4.0, 1.0]], dtype=torch.float64)
    x.requires_grad_()
    assert torch.autograd.gradcheck(lambda v: v.cumprod(1), (x,))
    y = torch.tensor([0.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
    y.cumprod(0).sum().backward()
    assert_tensor(y.grad, [1.0 + 2.0 + 6.0, 0.0, 0.0], "float64")


def test_node_names_and_double_backward():
    x = torch.tensor([1.5, 0.5, 2.5], dtype=torch.float64, requires_grad=True)
    assert type(x.cumsum(0).grad_fn).__name__ == "CumsumBackward0"
    assert type(x.sort()[0].grad_fn).__name__ == "SortBackward0"
    assert type(x.topk(1)[0].grad_fn).__name__ == "TopkBackward0"
    assert type(x.median().grad_fn).__name__ == "MedianBackward0"
    assert type(x.median(0)[0].grad_fn).__name__ == "MedianBackward1"
    assert type(x.cummax(0)[0].grad_fn).__name__ == "CummaxBackward0"
    assert type(x.var().grad_fn).__name__ == "VarBackward0"
    assert type(x.logsumexp(0).grad_fn).__name__ == "LogsumexpBackward0"
    assert x.sort()[1].requires_grad is False
    (g,) = torch.autograd.grad((x.cumprod(0) ** 2).sum(), x, create_graph=True)
    assert torch.autograd.gradcheck(
        lambda v: torch.autograd.grad((v.cumprod(0) ** 2).sum(), v, create_graph=True)[0], (x,)
    )
    assert g.requires_grad
