"""Property test of the index kernels: random shapes, strides, dtypes and indices
(often out of range). Every call either matches numpy or raises IndexError or
RuntimeError; nothing crashes, and failed writes leave the tensor as it was."""

from __future__ import annotations

import numpy as np
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import ferrotensor as torch  # noqa: E402

DTYPES = ["float32", "float64", "float16", "int64", "int32", "int8", "uint8", "bool"]
OPS = [
    "getitem",
    "getitem2",
    "setitem",
    "index_select",
    "gather",
    "scatter",
    "scatter_add",
    "index_add",
    "index_put_acc",
    "take",
    "mask",
    "masked_fill",
]


@st.composite
def cases(draw):
    rank = draw(st.integers(1, 3))
    shape = tuple(draw(st.lists(st.integers(0, 4), min_size=rank, max_size=rank)))
    dtype = draw(st.sampled_from(DTYPES))
    seed = draw(st.integers(0, 2**16))
    rng = np.random.default_rng(seed)
    a = (rng.integers(-5, 6, shape) if dtype != "bool" else rng.random(shape) > 0.5).astype(dtype)
    layout = draw(st.sampled_from(["contiguous", "transposed", "strided"]))
    op = draw(st.sampled_from(OPS))
    dim = draw(st.integers(0, rank - 1))
    n_idx = draw(st.integers(0, 5))
    spread = draw(st.sampled_from([0, 1, 3]))  # 0: always in range
    return a, layout, op, dim, n_idx, spread, rng


def _tensor(a, layout):
    """A ferrotensor tensor with ``a``'s values and the requested memory layout."""
    if layout == "transposed" and a.ndim > 1:
        return torch.tensor(np.ascontiguousarray(a.T)).permute(*range(a.ndim - 1, -1, -1))
    if layout == "strided":
        big = np.repeat(a, 2, axis=-1)
        return torch.tensor(big)[..., ::2]
    return torch.tensor(a)


def _indices(rng, size, count, spread):
    lo, hi = (-size, size) if spread == 0 else (-size - spread * 3, size + spread * 3)
    if hi <= lo:
        hi = lo + 1
    return rng.integers(lo, hi, count).astype(np.int64)


def _in(i, size, wrap):
    lo = -size if wrap else 0
    return bool(np.all((i >= lo) & (i < size)))


@given(cases())
@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
def test_index_ops_match_numpy_or_raise(case):
    a, layout, op, dim, n_idx, spread, rng = case
    t = _tensor(a, layout)
    np.testing.assert_array_equal(t.numpy(), a)
    size = a.shape[dim]
    i = _indices(rng, size, n_idx, spread)
    ti = torch.tensor(i)
    key = (slice(None),) * dim + (i,)
    before = a.copy()

    def run(fn, valid, want_fn=None):
        if not valid:
            with pytest.raises((IndexError, RuntimeError)):
                fn()
            np.testing.assert_array_equal(t.numpy(), before)  # no partial writes
            return
        got = fn()
        if want_fn is not None:
            want = want_fn()
            got = got.numpy()
            assert got.shape == np.shape(want)
            np.testing.assert_array_equal(got.astype(np.float64), np.asarray(want, np.float64))

    if op == "getitem":
        run(lambda: t[(slice(None),) * dim + (ti,)], _in(i, size, True), lambda: a[key])
    elif op == "getitem2" and a.ndim >= 2:
        i0 = _indices(rng, a.shape[0], n_idx, spread)
        j = _indices(rng, a.shape[1], n_idx, spread)
        valid = _in(i0, a.shape[0], True) and _in(j, a.shape[1], True)
        run(lambda: t[torch.tensor(i0), torch.tensor(j)], valid, lambda: a[i0, j])
    elif op == "setitem":
        want = a.copy()
        valid = _in(i, size, True)
        if valid:
            want[key] = 1
        run(lambda: t.__setitem__((slice(None),) * dim + (ti,), 1), valid)
        if valid:
            np.testing.assert_array_equal(t.numpy(), want)
    elif op == "index_select":
        valid = _in(i, size, False)
        run(lambda: t.index_select(dim, ti), valid, lambda: np.take(a, i, dim))
    elif op in ("gather", "scatter", "scatter_add"):
        ishape = list(a.shape)
        ishape[dim] = n_idx
        g = (
            rng.integers(-spread, size + spread, ishape)
            if size + spread > 0
            else np.zeros(ishape, np.int64)
        )
        g = g.astype(np.int64)
        valid = _in(g, size, False) or g.size == 0
        tg = torch.tensor(g)
        if op == "gather":
            want = (lambda: np.take_along_axis(a, g, dim)) if g.size else None
            run(lambda: t.gather(dim, tg), valid, want)
        elif op == "scatter":
            run(lambda: t.scatter_(dim, tg, 1), valid)
        else:
            src = torch.tensor(np.ones(ishape, a.dtype))
            run(lambda: t.scatter_add_(dim, tg, src), valid)
    elif op == "index_add":
        sshape = list(a.shape)
        sshape[dim] = n_idx
        src = np.ones(sshape, a.dtype)
        valid = _in(i, size, False)
        want = a.copy()
        if valid and a.dtype != np.bool_:
            np.add.at(want, key, src)
        run(lambda: t.index_add_(dim, ti, torch.tensor(src)), valid)
        if valid and a.dtype != np.bool_:
            np.testing.assert_array_equal(t.numpy(), want)
    elif op == "index_put_acc":
        i0 = _indices(rng, a.shape[0], n_idx, spread)
        valid = _in(i0, a.shape[0], True)
        want = a.copy()
        if valid:
            if a.dtype == np.bool_:
                want[i0] = True
            else:
                np.add.at(want, i0, np.ones((), a.dtype))
        one = torch.tensor(np.ones((), a.dtype))
        run(lambda: t.index_put_((torch.tensor(i0),), one, accumulate=True), valid)
        if valid:
            np.testing.assert_array_equal(t.numpy(), want)
    elif op == "take":
        j = _indices(rng, a.size, n_idx, spread)
        valid = _in(j, a.size, True) and (a.size > 0 or j.size == 0)
        run(lambda: t.take(torch.tensor(j)), valid, (lambda: np.take(a, j)) if a.size else None)
    elif op == "mask":
        m = rng.random(a.shape) > 0.5
        run(lambda: t[torch.tensor(m)], True, lambda: a[m])
        run(lambda: t.masked_select(torch.tensor(m)), True, lambda: a[m])
        run(lambda: t.nonzero(), True, lambda: np.argwhere(a))
    else:
        m = rng.random(a.shape[-1:]) > 0.5
        want = np.where(m, np.ones((), a.dtype), a)
        run(lambda: t.masked_fill(torch.tensor(m), 1), True, lambda: want)
