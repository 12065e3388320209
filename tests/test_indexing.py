"""Advanced indexing and the index/mask op family, against numpy (values), gradcheck
(gradients) and PyTorch's exact error messages. Cases are one line each."""

# ruff: noqa: E501

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from helpers import NP_DTYPE, assert_tensor, check_raises, make_inputs

DTYPES = ["float32", "float64", "float16", "int64", "int32", "int8", "uint8", "bool"]
L = torch.tensor


def arr(shape, dtype="float32", seed=0):
    return make_inputs([shape], dtype, -9, 9, seed)[0]


def idx(*v):
    return np.asarray(v, dtype=np.int64)


# ---- x[key]: values against numpy fancy indexing ----

# (shape, key builder over a module `m` that is numpy or ferrotensor, expected-like key for numpy)
GETITEM = [
    ((5,), lambda m: m(idx(3, 0, -1, 3))),
    ((5,), lambda m: m(idx(4))),
    ((5,), lambda m: m(np.zeros(0, np.int64))),
    ((4, 3), lambda m: m(idx(1, -4, 2))),
    ((4, 3), lambda m: (slice(None), m(idx(2, 0)))),
    ((4, 3), lambda m: (m(idx(0, 3)), m(idx(2, 1)))),
    ((4, 3), lambda m: (m(idx(0, 3)), m(idx(2)))),
    ((4, 3), lambda m: m(np.array([[0, 1], [3, 2]]))),
    ((2, 3, 4), lambda m: (m(idx(1, 0)), slice(None), m(idx(3, 0)))),
    ((2, 3, 4), lambda m: (slice(None), m(idx(2, 0)), m(idx(1, 3)))),
    ((2, 3, 4), lambda m: (Ellipsis, m(idx(-1, 0)))),
    ((2, 3, 4), lambda m: (None, m(idx(1)), slice(1, 3))),
    ((2, 3, 4), lambda m: (slice(None), None, m(idx(0, 2, 2)))),
    ((2, 3, 4), lambda m: (m(np.array([[1], [0]])), m(idx(0, 2, 1)))),
    ((2, 3, 4), lambda m: (m(idx(1, 0)), slice(None, None, 2), m(np.array([[3], [0]])))),
    ((2, 3, 4), lambda m: (slice(0, 2), m(idx(2, 2, 0)), slice(None, None, 3))),
    ((3, 4), lambda m: m(np.array([True, False, True]))),
    ((3, 4), lambda m: (slice(None), m(np.array([False, True, True, False])))),
    ((3, 4), lambda m: m(np.arange(12).reshape(3, 4) % 3 == 0)),
    ((2, 3, 4), lambda m: m(np.arange(6).reshape(2, 3) % 2 == 0)),
    ((2, 3, 4), lambda m: (m(np.array([True, False])), slice(None), m(idx(1, 2)))),
    ((2, 3, 4), lambda m: (slice(None), m(np.zeros((3, 4), bool)))),
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("shape", "key"), GETITEM)
def test_getitem_matches_numpy(dtype, shape, key):
    a = arr(shape, dtype)
    want = a[key(np.asarray)]
    assert_tensor(torch.tensor(a)[key(torch.tensor)], want, dtype)


@pytest.mark.parametrize(("shape", "key"), GETITEM)
def test_getitem_non_contiguous_input(shape, key):
    a = arr((*shape[::-1],), "float64").T  # a transposed view with `shape`
    t = torch.tensor(np.ascontiguousarray(a.T)).permute(*range(len(shape) - 1, -1, -1))
    assert not t.is_contiguous() or len(shape) == 1
    assert_tensor(t[key(torch.tensor)], a[key(np.asarray)], "float64")


def test_getitem_lists_and_numpy_arrays_index_like_tensors():
    a = arr((4, 5))
    t = torch.tensor(a)
    assert_tensor(t[[2, 0, 2]], a[[2, 0, 2]])
    assert_tensor(t[[True, False, True, True]], a[[True, False, True, True]])
    assert_tensor(t[np.array([1, -1], np.int32)], a[[1, -1]])
    assert_tensor(t[[[0, 1], [3, 3]]], a[[0, 1], [3, 3]])  # a list of lists is a tuple
    assert_tensor(t[[1, slice(None)]], a[1, :])
    assert_tensor(t[[1.9, 0.0]], a[[1, 0]])  # PyTorch truncates float lists
    assert_tensor(t[[]], a[np.zeros(0, np.int64)])


def test_getitem_non_contiguous_index_tensors():
    a = arr((6, 5))
    i = torch.tensor([5, 0, 4, 1, 3, 2])[::2]
    j = torch.tensor([[4], [0]]).expand(2, 3)
    assert_tensor(torch.tensor(a)[i], a[[5, 4, 3]])
    assert_tensor(torch.tensor(a)[:, j], a[:, np.array([[4, 4, 4], [0, 0, 0]])])
    assert_tensor(torch.tensor(a)[i.int(), j], a[[5, 4, 3], np.array([[4, 4, 4], [0, 0, 0]])])


def test_getitem_int_beside_an_advanced_index_is_basic_as_in_pytorch():
    a = arr((2, 3, 4))
    # numpy would give shape (2, 3): PyTorch selects first, then indexes.
    assert_tensor(torch.tensor(a)[1, :, [0, 1]], a[1][:, [0, 1]])
    assert_tensor(torch.tensor(a)[torch.tensor(1), [0, 1]], a[1][[0, 1]])


def test_getitem_python_bools_and_zero_dim_masks():
    a = arr((2, 3))
    t = torch.tensor(a)
    assert_tensor(t[True], a[None])
    assert_tensor(t[False], a[None][:0])
    assert_tensor(t[None, True], a[None, None])
    assert_tensor(t[torch.tensor(True)], a[None])
    assert_tensor(torch.tensor(5.0)[torch.tensor(True)], [5.0])


def test_getitem_uint8_mask_warns_and_masks():
    t = torch.arange(4)
    with pytest.warns(UserWarning, match="indexing with dtype torch.uint8 is now deprecated"):
        out = t[torch.tensor([1, 0, 1, 0], dtype=torch.uint8)]
    assert_tensor(out, [0, 2], "int64")


def test_getitem_copies_while_basic_indexing_stays_a_view():
    t = torch.arange(6.0)
    view, copy = t[1:3], t[[1, 2]]
    t[1] = 9.0
    assert view[0].item() == 9.0
    assert copy[0].item() == 1.0
    assert copy._base is None


def test_getitem_empty_dims():
    a = np.zeros((0, 3), np.float32)
    assert_tensor(torch.tensor(a)[:, [0, 2]], a[:, [0, 2]])
    assert_tensor(torch.zeros(3, 0)[[0, 2]], np.zeros((2, 0)))
    assert tuple(torch.zeros(2, 3)[torch.zeros(0, 2, dtype=torch.int64)].shape) == (0, 2, 3)


def test_getitem_large_gather_runs_in_parallel_and_matches():
    a = np.random.default_rng(1).standard_normal(1 << 20).astype(np.float32)
    i = np.random.default_rng(2).integers(-(1 << 20), 1 << 20, 100_000)
    assert_tensor(torch.tensor(a)[torch.tensor(i)], a[i])
    m = a > 0.5
    assert_tensor(torch.tensor(a)[torch.tensor(m)], a[m])
    b = a.reshape(1024, 1024)
    assert_tensor(torch.tensor(b)[[5, 1000]], b[[5, 1000]])
    assert_tensor(torch.tensor(b)[:, [3, 7, 1]], b[:, [3, 7, 1]])


# ---- x[key] = value and index_put ----

SETITEM = [
    ((5,), lambda m: m(idx(3, 0, -1)), 7),
    ((4, 3), lambda m: m(idx(1, -1)), 2),
    ((4, 3), lambda m: (slice(None), m(idx(2, 0))), 1),
    ((4, 3), lambda m: (m(idx(0, 3)), m(idx(2, 1))), 3),
    ((3, 4), lambda m: m(np.array([True, False, True])), 4),
    ((3, 4), lambda m: m(np.arange(12).reshape(3, 4) % 3 == 0), 5),
    ((2, 3, 4), lambda m: (m(idx(1, 0)), slice(None), m(idx(3, 0))), 6),
    ((2, 3, 4), lambda m: (1, slice(None), m(idx(3, 0))), 6),
]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("shape", "key", "value"), SETITEM)
def test_setitem_scalar_matches_numpy(dtype, shape, key, value):
    a = arr(shape, dtype)
    t = torch.tensor(a)
    a[key(np.asarray)] = value
    t[key(torch.tensor)] = value
    assert_tensor(t, a, dtype)


@pytest.mark.parametrize(("shape", "key", "value"), SETITEM[:-1])  # numpy moves int+list dims
def test_setitem_broadcast_tensor_matches_numpy(shape, key, value):
    a = arr(shape, "float64")
    t = torch.tensor(a)
    target = a[key(np.asarray)].shape
    v = np.arange(target[-1] if target else 1, dtype=np.float64) + value
    a[key(np.asarray)] = v
    t[key(torch.tensor)] = torch.tensor(v)
    assert_tensor(t, a)


def test_setitem_writes_through_views_and_strips_leading_ones():
    base = torch.zeros(4, 6)
    view = base[:, ::2]
    view[[0, 3]] = torch.ones(1, 1, 3)
    want = np.zeros((4, 6))
    want[[0, 3], ::2] = 1
    assert_tensor(base, want, "float32")


def test_setitem_on_a_transposed_tensor():
    a = arr((3, 4), "float64")
    t = torch.tensor(a.T.copy()).t()
    t[[2, 0], [1, 3]] = -1.0
    a[[2, 0], [1, 3]] = -1.0
    assert_tensor(t, a)


def test_setitem_value_aliasing_the_target_is_read_first():
    t = torch.arange(4.0)
    t[torch.tensor([1, 2])] = t[torch.tensor([0, 1])]
    assert_tensor(t, [0.0, 0.0, 1.0, 3.0])
    s = torch.arange(5)
    s[s[:2]] = s[3:]
    assert_tensor(s, [3, 4, 2, 3, 4], "int64")


def test_setitem_truncates_floats_into_integers():
    t = torch.zeros(3, dtype=torch.int64)
    t[[0, 2]] = 2.7
    assert_tensor(t, [2, 0, 2], "int64")


@pytest.mark.parametrize("dtype", ["float32", "float64", "float16", "int64", "int32", "uint8"])
def test_index_put_accumulate_matches_add_at(dtype):
    a = arr((6, 3), dtype)
    i = idx(0, 5, 0, 0, 2, -1)
    v = arr((6, 3), dtype, seed=3)
    want = a.copy()
    np.add.at(want, np.where(i < 0, i + 6, i), v)
    got = torch.tensor(a).index_put_((torch.tensor(i),), torch.tensor(v), accumulate=True)
    assert_tensor(got, want, dtype, atol=1e-2 if dtype == "float16" else 0)


def test_index_put_out_of_place_and_bool_accumulate():
    x = torch.zeros(4)
    y = x.index_put((torch.tensor([1, 1, 3]),), torch.tensor(1.0), accumulate=True)
    assert_tensor(y, [0.0, 2.0, 0.0, 1.0])
    assert_tensor(x, [0.0, 0.0, 0.0, 0.0])
    b = torch.tensor([True, False])
    assert_tensor(b.index_put((L([1, 1]),), L([True, True]), accumulate=True), [True, True], "bool")


def test_index_put_large_parallel_rows():
    a = np.zeros((64, 4096), np.float32)
    i = np.array([3, 60, 3], np.int64)
    v = np.random.default_rng(4).standard_normal((3, 4096)).astype(np.float32)
    want = a.copy()
    np.add.at(want, i, v)
    got = torch.tensor(a).index_put_((torch.tensor(i),), torch.tensor(v), accumulate=True)
    assert_tensor(got, want, atol=1e-6)


# ---- index_select, gather, scatter ----


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(
    ("shape", "dim", "index"),
    [((5,), 0, [4, 0, 4]), ((3, 4), 1, [3, 1]), ((3, 4), -2, [2]), ((2, 3, 4), 1, [])],
)
def test_index_select_matches_take(dtype, shape, dim, index):
    a = arr(shape, dtype)
    i = np.asarray(index, np.int64)
    assert_tensor(torch.tensor(a).index_select(dim, torch.tensor(i)), np.take(a, i, dim), dtype)
    got = torch.index_select(torch.tensor(a), dim, torch.tensor(i, dtype=torch.int32))
    assert_tensor(got, np.take(a, i, dim), dtype)


def test_index_select_zero_dim():
    assert_tensor(torch.tensor(3.0).index_select(0, L([0])), 3.0)
    assert_tensor(torch.arange(6).reshape(2, 3).index_select(0, L(1)), [[3, 4, 5]], "int64")


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("shape", "ishape", "dim"), [((3, 4), (3, 6), 1), ((4, 3), (2, 3), 0)])
def test_gather_matches_take_along_axis(dtype, shape, ishape, dim):
    a = arr(shape, dtype)
    i = np.random.default_rng(1).integers(0, shape[dim], ishape)
    want = np.take_along_axis(a, i, dim)
    assert_tensor(torch.tensor(a).gather(dim, torch.tensor(i)), want, dtype)


def test_gather_index_smaller_than_input_and_non_contiguous():
    a = arr((4, 5), "float64")
    i = np.array([[4, 0], [1, 1], [2, 3]])
    assert_tensor(torch.tensor(a).gather(1, torch.tensor(i)), np.take_along_axis(a[:3], i, 1))
    t = torch.tensor(a.T.copy()).t()
    it = torch.tensor(i.T.copy()).t()
    assert_tensor(t.gather(1, it), np.take_along_axis(a[:3], i, 1))
    assert_tensor(torch.tensor(5.0).gather(0, L([0, 0])), [5.0, 5.0])
    assert_tensor(torch.tensor(5.0).gather(0, L(0)), 5.0)
    assert tuple(torch.zeros(2, 3).gather(1, torch.zeros(5, 0, dtype=torch.int64)).shape) == (5, 0)


def test_gather_large():
    a = np.random.default_rng(0).standard_normal((512, 512)).astype(np.float32)
    i = np.random.default_rng(1).integers(0, 512, (512, 512))
    assert_tensor(torch.tensor(a).gather(1, torch.tensor(i)), np.take_along_axis(a, i, 1))


@pytest.mark.parametrize("dtype", DTYPES)
def test_scatter_matches_put_along_axis(dtype):
    a = arr((3, 5), dtype)
    i = np.array([[4, 0], [1, 2], [3, 3]])
    i[2, 1] = 0
    v = arr((3, 2), dtype, seed=5)
    want = a.copy()
    np.put_along_axis(want, i, v, 1)
    assert_tensor(torch.tensor(a).scatter(1, torch.tensor(i), torch.tensor(v)), want, dtype)
    want = a.copy()
    np.put_along_axis(want, i, np.asarray(1, a.dtype), 1)
    assert_tensor(torch.tensor(a).scatter(1, torch.tensor(i), 1), want, dtype)


def test_scatter_repeated_index_last_write_wins_and_value_keyword():
    assert_tensor(torch.zeros(3).scatter(0, L([1, 1]), L([2.0, 5.0])), [0.0, 5.0, 0.0])
    assert_tensor(torch.zeros(3).scatter(0, L([2]), value=4.0), [0.0, 0.0, 4.0])
    assert_tensor(torch.tensor([1, 2]).scatter(0, L([1, 1]), 2.7), [1, 2], "int64")


def test_scatter_legacy_reduce():
    x = torch.tensor([1.0, 2.0])
    assert_tensor(x.scatter(0, L([1, 1]), 2.0, reduce="multiply"), [1.0, 8.0])
    with pytest.warns(UserWarning, match="The reduce argument of torch.scatter"):
        out = x.scatter(0, L([1, 1]), L([2.0, 3.0]), reduce="add")
    assert_tensor(out, [1.0, 7.0])


def _scatter_add_ref(a, dim, i, v):
    out = a.copy()
    for pos in np.ndindex(*i.shape):
        tgt = list(pos)
        tgt[dim] = i[pos]
        out[tuple(tgt)] += v[pos]
    return out


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int16", "uint8"])
@pytest.mark.parametrize("dim", [0, 1, -1])
def test_scatter_add_matches_a_loop_with_repeats(dtype, dim):
    a = arr((4, 5), dtype)
    i = np.random.default_rng(2).integers(0, a.shape[dim], (3, 4))
    v = arr((3, 4), dtype, seed=7)
    got = torch.tensor(a).scatter_add(dim, torch.tensor(i), torch.tensor(v))
    assert_tensor(got, _scatter_add_ref(a, dim % 2, i, v), dtype, atol=1e-5)


def test_scatter_add_large_with_repeats():
    a = np.zeros(1000, np.float64)
    i = np.random.default_rng(3).integers(0, 1000, 200_000)
    v = np.random.default_rng(4).standard_normal(200_000)
    want = a.copy()
    np.add.at(want, i, v)
    assert_tensor(torch.tensor(a).scatter_add(0, torch.tensor(i), torch.tensor(v)), want, atol=1e-9)
    b = np.zeros((300, 400))
    j = np.random.default_rng(5).integers(0, 300, (300, 400))
    w = np.random.default_rng(6).standard_normal((300, 400))
    got = torch.tensor(b).scatter_add_(0, torch.tensor(j), torch.tensor(w))
    assert_tensor(got, _scatter_add_ref(b, 0, j, w), atol=1e-9)


def _scatter_reduce_ref(a, i, v, reduce, include_self):
    out = a.astype(np.float64).copy()
    groups = {}
    for p in range(len(i)):
        groups.setdefault(int(i[p]), []).append(float(v[p]))
    for k, vals in groups.items():
        vals = ([float(a[k])] if include_self else []) + vals
        out[k] = {
            "sum": np.sum,
            "prod": np.prod,
            "mean": np.mean,
            "amax": np.max,
            "amin": np.min,
        }[reduce](vals)
    return out


@pytest.mark.parametrize("reduce", ["sum", "prod", "mean", "amax", "amin"])
@pytest.mark.parametrize("include_self", [True, False])
def test_scatter_reduce_matches_a_loop(reduce, include_self):
    a = np.array([1.0, -2.0, 3.0, 0.5, 4.0])
    i = np.array([0, 0, 2, 4, 4, 4, 0])
    v = np.array([2.0, -1.0, 0.5, 3.0, -3.0, 1.5, 2.5])
    got = torch.tensor(a).scatter_reduce(
        0, torch.tensor(i), torch.tensor(v), reduce, include_self=include_self
    )
    assert_tensor(got, _scatter_reduce_ref(a, i, v, reduce, include_self), atol=1e-12)


def test_scatter_reduce_integer_mean_rounds_down_and_2d():
    x = torch.tensor([[1, 2, 3]])
    assert_tensor(x.scatter_reduce(1, L([[0, 0]]), L([[4, 5]]), "mean"), [[3, 2, 3]], "int64")
    got = x.scatter_reduce(1, L([[0, 0]]), L([[4, -5]]), "mean", include_self=False)
    assert_tensor(got, [[-1, 2, 3]], "int64")
    a = torch.arange(12.0).reshape(3, 4).t()  # a[i][j] = 4 * j + i, not contiguous
    src = L([[9.0, 0.0, 20.0], [-1.0, 8.0, 30.0]])
    got = a.scatter_reduce(0, L([[3, 3, 0], [1, 3, 0]]), src, "amax")
    want = a.numpy().copy()
    want[3, 0], want[3, 1], want[0, 2] = 9.0, 8.0, 30.0
    assert_tensor(got, want)


def test_scatter_reduce_nan_propagates_in_amax():
    got = torch.tensor([5.0, 1.0]).scatter_reduce(0, L([0, 1]), L([float("nan"), 3.0]), "amax")
    assert_tensor(got, [float("nan"), 3.0])


# ---- index_add, index_fill, index_copy ----


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "int32", "int8"])
@pytest.mark.parametrize("dim", [0, 1])
def test_index_add_matches_add_at(dtype, dim):
    a = arr((5, 4), dtype)
    i = np.array([3, 0, 3, 1], np.int64)
    src = arr((4, 4) if dim == 0 else (5, 4), dtype, seed=2)
    want = a.copy()
    np.add.at(want, i if dim == 0 else (slice(None), i), 2 * src)
    got = torch.tensor(a).index_add(dim, torch.tensor(i), torch.tensor(src), alpha=2)
    assert_tensor(got, want, dtype)


def test_index_add_in_place_zero_dim_and_int_alpha_float():
    t = torch.zeros(2, 3)
    assert t.index_add_(0, L([1, 1]), torch.ones(2, 3)) is t
    assert_tensor(t, [[0.0] * 3, [2.0] * 3])
    assert_tensor(torch.tensor(3.0).index_add(0, L([0]), torch.tensor(2.0)), 5.0)
    got = torch.zeros(2, 3, dtype=torch.int64).index_add(
        0, L([0, 0]), torch.ones(2, 3).long(), alpha=2.5
    )
    assert_tensor(got, [[4, 4, 4], [0, 0, 0]], "int64")


def test_index_add_large_matches_add_at():
    a = np.zeros(1 << 20, np.float32)
    i = np.random.default_rng(0).integers(0, 1 << 20, 100_000)
    v = np.random.default_rng(1).standard_normal(100_000).astype(np.float32)
    want = a.copy()
    np.add.at(want, i, v)
    got = torch.tensor(a).index_add_(0, torch.tensor(i), torch.tensor(v))
    assert_tensor(got, want, atol=1e-5)


@pytest.mark.parametrize("dtype", DTYPES)
def test_index_fill_and_index_copy(dtype):
    a = arr((3, 4), dtype)
    want = a.copy()
    want[:, [0, -1]] = 1
    got = torch.tensor(a).index_fill(1, L([0, -1]), 1)
    assert_tensor(got, want, dtype)
    got = torch.tensor(a).index_fill(1, L([0, -1]), torch.tensor(1))
    assert_tensor(got, want, dtype)
    src = arr((2, 4), dtype, seed=9)
    want = a.copy()
    want[[2, 0]] = src
    assert_tensor(torch.tensor(a).index_copy(0, L([2, 0]), torch.tensor(src)), want, dtype)


def test_index_fill_copy_zero_dim():
    assert_tensor(torch.tensor(1.0).index_fill(0, L([0]), 5.0), 5.0)
    assert_tensor(torch.tensor(1.0).index_copy(0, L([0]), torch.tensor(5.0)), 5.0)
    t = torch.zeros(2, 3)
    assert t.index_fill_(0, L(1), 2.0) is t
    assert_tensor(t, [[0.0] * 3, [2.0] * 3])


# ---- masks, take, nonzero ----


@pytest.mark.parametrize("dtype", DTYPES)
def test_masked_fill_select_scatter(dtype):
    a = arr((3, 4), dtype)
    m = np.random.default_rng(3).random((3, 4)) > 0.5
    assert_tensor(
        torch.tensor(a).masked_fill(torch.tensor(m), 1), np.where(m, 1, a).astype(a.dtype)
    )
    assert_tensor(torch.tensor(a).masked_select(torch.tensor(m)), a[m], dtype)
    src = arr((12,), dtype, seed=4)
    want = a.copy()
    want[m] = src[: m.sum()]
    assert_tensor(torch.tensor(a).masked_scatter(torch.tensor(m), torch.tensor(src)), want, dtype)


def test_masks_broadcast():
    a = arr((2, 3), "float64")
    m = np.array([True, False, True])
    assert_tensor(torch.tensor(a).masked_fill(torch.tensor(m), 0.0), np.where(m, 0.0, a))
    big = np.ones((3, 2, 3), bool)
    assert tuple(torch.tensor(a).masked_fill(torch.tensor(big), 1.0).shape) == (3, 2, 3)
    assert_tensor(
        torch.tensor(a).masked_select(torch.tensor(big)), np.broadcast_to(a, (3, 2, 3))[big]
    )
    t = torch.tensor(a)
    assert t.masked_fill_(torch.tensor(m), torch.tensor(7.0)) is t
    assert_tensor(t, np.where(m, 7.0, a))
    assert tuple(t.masked_scatter(torch.tensor(big), torch.arange(18.0).double()).shape) == (
        3,
        2,
        3,
    )


def test_masks_non_contiguous_and_large():
    a = np.random.default_rng(0).standard_normal((1024, 512)).astype(np.float32)
    t = torch.tensor(a.T.copy()).t()
    m = a > 0.3
    mt = torch.tensor(m.T.copy()).t()
    assert_tensor(t.masked_select(mt), a[m])
    assert_tensor(t[mt], a[m])
    assert_tensor(t.masked_fill(mt, 0.0), np.where(m, 0.0, a))
    src = np.arange(a.size, dtype=np.float32)
    want = a.copy()
    want[m] = src[: m.sum()]
    assert_tensor(t.masked_scatter(mt, torch.tensor(src)), want)
    assert_tensor(torch.tensor(m).nonzero(), np.argwhere(m), "int64")
    assert_tensor(mt.nonzero(), np.argwhere(m), "int64")


@pytest.mark.parametrize("dtype", DTYPES)
def test_take_matches_numpy(dtype):
    a = arr((3, 4), dtype)
    i = np.array([[0, -1], [11, 5]])
    assert_tensor(torch.tensor(a).take(torch.tensor(i)), np.take(a, i), dtype)
    assert_tensor(torch.tensor(a).t().take(torch.tensor(i)), np.take(a.T, i), dtype)
    assert_tensor(torch.take(torch.tensor(a), L(5)), np.take(a, 5), dtype)


def test_take_along_dim():
    a = arr((3, 4), "float64")
    i = np.argsort(a, 1)
    assert_tensor(torch.tensor(a).take_along_dim(torch.tensor(i), 1), np.take_along_axis(a, i, 1))
    assert_tensor(torch.tensor(a).take_along_dim(L([5, 0])), a.reshape(-1)[[5, 0]])
    j = np.array([[0], [3], [1]])
    want = np.take_along_axis(a, j, 1)
    assert_tensor(torch.take_along_dim(torch.tensor(a), torch.tensor(j), dim=-1), want)
    assert_tensor(torch.tensor(a).take_along_dim(L([[0]]), 1), a[:, :1])


@pytest.mark.parametrize("dtype", DTYPES)
def test_nonzero_matches_numpy(dtype):
    a = arr((3, 4, 2), dtype)
    a.reshape(-1)[::3] = 0
    assert_tensor(torch.tensor(a).nonzero(), np.argwhere(a), "int64")
    assert_tensor(torch.argwhere(torch.tensor(a)), np.argwhere(a), "int64")
    for got, want in zip(torch.tensor(a).nonzero(as_tuple=True), np.nonzero(a)):
        assert_tensor(got, want, "int64")
    for got, want in zip(torch.where(torch.tensor(a)), np.nonzero(a)):
        assert_tensor(got, want, "int64")


def test_nonzero_edge_cases():
    assert tuple(torch.tensor(3.0).nonzero().shape) == (1, 0)
    assert tuple(torch.tensor(0.0).nonzero().shape) == (0, 0)
    assert_tensor(torch.tensor(3.0).nonzero(as_tuple=True)[0], [0], "int64")
    assert_tensor(torch.tensor(0.0).nonzero(as_tuple=True)[0], np.zeros(0, np.int64), "int64")
    assert_tensor(torch.tensor([float("nan"), 0.0, -0.0]).nonzero(), [[0]], "int64")
    assert tuple(torch.zeros(0, 3).nonzero().shape) == (0, 2)


# ---- errors: PyTorch's class and words ----

X = torch.arange(6.0).reshape(2, 3)
X3 = torch.arange(24.0).reshape(2, 3, 4)
OOB = "index {} is out of bounds for dimension {} with size {}"
ERRORS = [
    (lambda: X[L([5])], IndexError, OOB.format(5, 0, 2)),
    (lambda: X[L([-5])], IndexError, OOB.format(-5, 0, 2)),
    (lambda: X[:, L([3])], IndexError, OOB.format(3, 0, 3)),
    (lambda: X3[:, [1, 7], [0, 9]], IndexError, OOB.format(7, 0, 3)),
    (lambda: X3[:, [0], [9]], IndexError, OOB.format(9, 1, 4)),
    (lambda: X[[0, 7]], IndexError, OOB.format(7, 0, 2)),
    (lambda: X[L([0.0])], IndexError, "tensors used as indices must be long, int, byte or bool tensors"),
    (lambda: X[L([1], dtype=torch.int16)], IndexError, "tensors used as indices must be long, int, byte or bool tensors"),
    (lambda: X[L([True, False, True])], IndexError, "The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3] at index 0"),
    (lambda: X3[:, torch.ones(4, dtype=torch.bool)], IndexError, "The shape of the mask [4] at index 0 does not match the shape of the indexed tensor [2, 3, 4] at index 1"),
    (lambda: X[L([0]), L([0]), L([0])], IndexError, "too many indices for tensor of dimension 2"),
    (lambda: X[L([0, 1]), L([0, 1, 2])], IndexError, "shape mismatch: indexing tensors could not be broadcast together with shapes [2], [3]"),
    (lambda: torch.tensor(5.0)[L([0])], IndexError, "too many indices for tensor of dimension 0"),
    (lambda: X.clone().__setitem__(L([5]), 1.0), IndexError, OOB.format(5, 0, 2)),
    (lambda: X.clone().__setitem__(L([0]), torch.ones(2)), RuntimeError, "shape mismatch: value tensor of shape [2] cannot be broadcast to indexing result of shape [1, 3]"),
    (lambda: X.clone().__setitem__(L([0]), torch.ones(3).double()), RuntimeError, "Index put requires the source and destination dtypes match, got Float for the destination and Double for the source."),
    (lambda: X.clone().__setitem__(L([0]), np.ones(3)), TypeError, "can't assign a numpy.ndarray to a ferrotensor.FloatTensor"),
    (lambda: X.index_select(0, L([5])), IndexError, "index out of range in self"),
    (lambda: X.index_select(0, L([-1])), IndexError, "index out of range in self"),
    (lambda: X.index_select(0, L([[0]])), IndexError, "index_select(): Index is supposed to be a vector"),
    (lambda: X.index_select(0, L([0.0])), RuntimeError, "index_select(): Expected dtype int32 or int64 for index"),
    (lambda: X.index_select(2, L([0])), IndexError, "Dimension out of range (expected to be in range of [-2, 1], but got 2)"),
    (lambda: X.index_select(0, [0]), TypeError, "index_select(): argument 'index' (position 2) must be Tensor, not list"),
    (lambda: torch.tensor(3.0).index_select(0, L([0, 0])), RuntimeError, "index_select(): Index to scalar can have only 1 value, got 2 value(s)"),
    (lambda: X.gather(1, L([[5]])), RuntimeError, OOB.format(5, 1, 3)),
    (lambda: X.gather(1, L([[-1]])), RuntimeError, OOB.format(-1, 1, 3)),
    (lambda: X.gather(1, L([0])), RuntimeError, "Index tensor must have the same number of dimensions as input tensor"),
    (lambda: X.gather(1, L([[0], [0], [0]])), RuntimeError, "Size does not match at dimension 0 expected index [3, 1] to be no larger than self [2, 3] apart from dimension 1"),
    (lambda: X.gather(1, L([[0]], dtype=torch.int16)), RuntimeError, "gather(): Expected dtype int32/int64 for index"),
    (lambda: X.gather(2, L([[0]])), IndexError, "Dimension out of range (expected to be in range of [-2, 1], but got 2)"),
    (lambda: X.scatter(1, L([[5]]), 1.0), RuntimeError, OOB.format(5, 1, 3)),
    (lambda: X.scatter(1, L([[0, 1]]), torch.ones(1, 1)), RuntimeError, "Expected index [1, 2] to be no larger than self [2, 3] apart from dimension 1 and to be no larger size than src [1, 1]"),
    (lambda: X.scatter(1, L([[0], [0], [0]]), 1.0), RuntimeError, "Expected index [3, 1] to be no larger than self [2, 3] apart from dimension 1"),
    (lambda: X.scatter(1, L([[0]]), torch.ones(1, 1).double()), RuntimeError, "scatter(): Expected self.dtype to be equal to src.dtype"),
    (lambda: X.scatter(1, L([0]), 1.0), RuntimeError, "Index tensor must have the same number of dimensions as self tensor"),
    (lambda: X.scatter(1, L([[0]]), 1.0, reduce="max"), RuntimeError, "reduce argument must be either add or multiply."),
    (lambda: X.scatter(1, L([[0.0]]), 1.0), RuntimeError, "scatter(): Expected dtype int32/int64 for index"),
    (lambda: X.scatter_reduce(1, L([[0]]), torch.ones(1, 1), "foo"), RuntimeError, "reduce argument must be either sum, prod, mean, amax or amin, got foo"),
    (lambda: L([True]).scatter_reduce(0, L([0]), L([True]), "mean"), NotImplementedError, "\"scatter_gather_tensor_cpu_reduce_mean\" not implemented for 'Bool'"),
    (lambda: X.scatter_add(1, L([[5]]), torch.ones(1, 1)), RuntimeError, OOB.format(5, 1, 3)),
    (lambda: X.scatter_add(0, L([[0]]), 1.0), TypeError, "scatter_add(): argument 'src' (position 3) must be Tensor, not float"),
    (lambda: torch.zeros(1).expand(3).scatter_(0, L([0]), 1.0), RuntimeError, "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation."),
    (lambda: X.index_add(0, L([5]), torch.ones(1, 3)), RuntimeError, OOB.format(5, 0, 2)),
    (lambda: X.index_add(0, L([-1]), torch.ones(1, 3)), RuntimeError, OOB.format(-1, 0, 2)),
    (lambda: X.index_add(0, L([0]), torch.ones(1, 2)), RuntimeError, "source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = [2, 3] source.shape = [1, 2]"),
    (lambda: X.index_add(0, L([0]), torch.ones(2, 3)), RuntimeError, "index_add_(): Number of indices (1) should be equal to source.size(dim): (2), for dim: 0"),
    (lambda: X.index_add(0, L([[0]]), torch.ones(1, 3)), IndexError, "index_add_(): Index is supposed to be a vector, but got dim: 2 with type: Long and size: [1, 1]"),
    (lambda: X.index_add(0, L([0.0]), torch.ones(1, 3)), RuntimeError, "index_add_(): Expected dtype int32/int64 for index but got: Float"),
    (lambda: X.index_add(0, L([0]), torch.ones(1, 3).double()), RuntimeError, "index_add_(): self (Float) and source (Double) must have the same scalar type"),
    (lambda: X.index_copy(0, L([5]), torch.ones(1, 3)), IndexError, "index_copy_(): index 5 is out of bounds for dimension 0 with size 2"),
    (lambda: X.index_copy(0, L([0]), torch.ones(1, 2)), RuntimeError, "index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: 3 at dimension 1 and source slice shape: 2 at dimension 1."),
    (lambda: X.index_copy(0, L([0]), torch.ones(2, 3)), IndexError, "index_copy_(): Number of indices (1) should be equal to source.size(dim) (2)"),
    (lambda: X.index_copy(0, L([0]), torch.ones(1, 3).double()), RuntimeError, "index_copy_(): self and source expected to have the same dtype, but got (self) Float and (source) Double"),
    (lambda: X.index_copy(0, L([0], dtype=torch.int32), torch.ones(1, 3)), RuntimeError, "index_copy_(): Expected a long tensor for index, but got Int"),
    (lambda: X.index_copy(0, L([[0]]), torch.ones(1, 3)), IndexError, "index_copy_(): Index should have dimension 1 or 0 (got 2)"),
    (lambda: X.index_fill(0, L([5]), 1.0), IndexError, OOB.format(5, 0, 2)),
    (lambda: X3.index_fill(1, L([-4]), 1.0), IndexError, OOB.format(-4, 1, 3)),
    (lambda: X.index_fill(0, L([0]), L([2.0])), RuntimeError, "index_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s)."),
    (lambda: X.index_fill(0, L([0], dtype=torch.int32), 1.0), IndexError, "index_fill_(): Expected dtype int64 for index."),
    (lambda: X.index_fill(0, L([[0]]), 1.0), RuntimeError, "Index has to be a vector/scalar"),
    (lambda: X.index_put((L([5]),), L(1.0)), IndexError, OOB.format(5, 0, 2)),
    (lambda: X.index_put((L([0]),), L(1.0).double()), RuntimeError, "Index put requires the source and destination dtypes match, got Float for the destination and Double for the source."),
    (lambda: X.index_put((None,), L(1.0)), TypeError, "expected Tensor as element 0 in argument 0, but got NoneType"),
    (lambda: X.index_put(L([0]), L(1.0)), TypeError, "index_put(): argument 'indices' (position 1) must be tuple of Tensors, not Tensor"),
    (lambda: X.index_put((L([0]),), 1.0), TypeError, "index_put(): argument 'values' (position 2) must be Tensor, not float"),
    (lambda: X.index_put((L([0]),) * 3, L(1.0)), IndexError, "too many indices for tensor of dimension 2 (got 3)"),
    (lambda: X.index_put((L([0.0]),), L(1.0)), IndexError, "tensors used as indices must be long, int, byte or bool tensors"),
    (lambda: X.masked_fill(L([1, 0, 1]).byte(), 1.0), RuntimeError, "masked_fill_ only supports boolean masks, but got mask with dtype unsigned char"),
    (lambda: X.masked_fill(L([1, 0, 1]), 1.0), RuntimeError, "masked_fill_ only supports boolean masks, but got mask with dtype long int"),
    (lambda: X.masked_fill(L([True, False, True]), L([1.0])), RuntimeError, "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s)."),
    (lambda: X.masked_fill(L([True, False]), 1.0), RuntimeError, "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1"),
    (lambda: X.clone().masked_fill_(torch.ones(3, 2, 3, dtype=torch.bool), 1.0), RuntimeError, "output with shape [2, 3] doesn't match the broadcast shape [3, 2, 3]"),
    (lambda: torch.zeros(3, dtype=torch.uint8).masked_fill(L([True, False, True]), 300), RuntimeError, "value cannot be converted to type uint8_t without overflow"),
    (lambda: X.masked_select(L([1, 0, 1])), RuntimeError, "masked_select: expected BoolTensor for mask"),
    (lambda: X.masked_select(L([True, False])), RuntimeError, "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1"),
    (lambda: X.masked_select([True, False, True]), TypeError, "masked_select(): argument 'mask' (position 1) must be Tensor, not list"),
    (lambda: X.masked_scatter(L([True, False, True]), torch.ones(3)), RuntimeError, "Number of elements of source < number of ones in mask"),
    (lambda: X.masked_scatter(L([1, 0, 1]), torch.ones(6)), RuntimeError, "masked_scatter_ only supports boolean masks, but got mask with dtype Long"),
    (lambda: X.masked_scatter(L([True, False, True]), torch.ones(6).double()), RuntimeError, "masked_scatter: expected self and source to have same dtypes but gotFloat and Double"),
    (lambda: X.take(L([6])), IndexError, "out of range: tried to access index 6 on a tensor of 6 elements."),
    (lambda: X.take(L([-7])), IndexError, "out of range: tried to access index -7 on a tensor of 6 elements."),
    (lambda: X.take(L([0], dtype=torch.int32)), RuntimeError, "take(): Expected a long tensor for index, but got Int"),
    (lambda: torch.zeros(0).take(L([0])), IndexError, "take(): tried to take from an empty tensor"),
    (lambda: X.take([0]), TypeError, "take(): argument 'index' (position 1) must be Tensor, not list"),
    (lambda: X.take_along_dim(L([0]), 1), RuntimeError, "torch.take_along_dim(): input and indices should have the same number of dimensions, but got 2 dimensions for input, and 1 dimensions for indices"),
    (lambda: X.take_along_dim(L([[0]], dtype=torch.int32), 1), RuntimeError, "torch.take_along_dim(): dtype of indices should be Long but got Int"),
    (lambda: X.take_along_dim(L([[0, 0], [0, 0], [0, 0]]), 1), RuntimeError, "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0"),
]  # fmt: skip


@pytest.mark.parametrize(("fn", "exc", "msg"), ERRORS)
def test_errors_use_pytorch_wording(fn, exc, msg):
    check_raises(fn, exc, msg)


def test_failed_writes_leave_the_tensor_unchanged():
    t = torch.arange(6.0)
    with pytest.raises(IndexError):
        t[L([0, 1, 9])] = 5.0
    with pytest.raises(RuntimeError):
        t.scatter_(0, L([0, 1, 9]), 5.0)
    with pytest.raises(RuntimeError):
        t.index_add_(0, L([0, 9]), torch.ones(2))
    assert_tensor(t, np.arange(6.0, dtype=np.float32))


# ---- the numpy dtype table is the helpers' ----


def test_dtype_table_covers_every_dtype():
    assert set(NP_DTYPE) == set(DTYPES) | {"int16"}


# ---- the wgpu device runs the index ops on the host ----


@pytest.mark.gpu
def test_wgpu_index_ops_match_cpu(gpu_device):
    a = arr((4, 5), "float32")
    i = L([3, 0, 3])
    x, g = torch.tensor(a), torch.tensor(a, device=gpu_device)
    for fn in (
        lambda t: t[i.to(t.device)],
        lambda t: t[:, [4, 0]],
        lambda t: t[t > 0],
        lambda t: t.gather(1, L([[0, 4], [1, 1], [2, 0], [3, 3]]).to(t.device)),
        lambda t: t.index_select(0, i),
        lambda t: t.masked_fill(L([True, False, True, False, True]).to(t.device), 0.0),
        lambda t: t.nonzero(),
    ):
        want, got = fn(x), fn(g)
        assert got.device == gpu_device
        assert_tensor(got.cpu(), to_np(want))
    x[i] = 2.0
    g[i] = 2.0
    x.index_add_(0, i, torch.ones(3, 5))
    g.index_add_(0, i.to(gpu_device), torch.ones(3, 5, device=gpu_device))
    x.scatter_(1, L([[1], [2], [3], [4]]), 7.0)
    g.scatter_(1, L([[1], [2], [3], [4]]).to(gpu_device), 7.0)
    assert_tensor(g.cpu(), to_np(x))


def to_np(t):
    return np.array(t.detach().cpu().numpy(), copy=True)
