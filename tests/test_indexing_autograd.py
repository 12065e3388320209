"""Gradients of advanced indexing and the index/mask ops (gradcheck in float64, one
line per op), PyTorch's grad_fn names, and in-place writes in the graph."""

# ruff: noqa: E501

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.autograd import gradcheck, gradgradcheck
from helpers import assert_tensor, check_raises

L = torch.tensor


def _d(*shape, seed=0):
    a = np.random.default_rng(seed).uniform(0.5, 2.0, shape)
    return torch.tensor(a, requires_grad=True)


I2 = L([[0, 2, 2], [1, 0, 1]])  # repeats
IU = L([[2, 0, 1], [1, 0, 2]])  # a permutation per row (scatter's gradient needs no repeats)
M = L([[True, False, True], [False, False, True]])
GRADS = [
    ("getitem_long", lambda x: x[L([2, 0, 2])], [(3, 4)]),
    ("getitem_two", lambda x: x[L([2, 0, 2]), L([[1], [3]])], [(3, 4)]),
    ("getitem_mask", lambda x: x[M], [(2, 3)]),
    ("getitem_mixed", lambda x: x[1:, None, [0, 2, 0]], [(3, 4)]),
    ("getitem_partial_mask", lambda x: x[:, L([True, False, True, True])], [(3, 4)]),
    ("setitem", lambda x, v: _setitem(x, (L([0, 2]),), v), [(3, 4), (4,)]),
    ("setitem_scalar", lambda x: _setitem(x, (slice(None), L([1, 1])), 2.0), [(3, 4)]),
    ("setitem_mask", lambda x: _setitem(x, M, 2.0), [(2, 3)]),
    ("index_put_acc", lambda x, v: x.index_put((L([0, 0, 1]),), v, accumulate=True), [(2, 3), (3, 3)]),
    ("index_put", lambda x, v: x.index_put((L([0, 1]), L([2, 2])), v), [(2, 3), (2,)]),
    ("index_select", lambda x: x.index_select(1, L([3, 0, 3])), [(2, 4)]),
    ("gather", lambda x: x.gather(1, I2), [(2, 3)]),
    ("take_along_dim", lambda x: x.take_along_dim(I2, 1), [(2, 3)]),
    ("scatter", lambda x, s: x.scatter(1, L([[2, 0], [1, 0]]), s), [(2, 3), (2, 2)]),
    ("scatter_value", lambda x: x.scatter(1, I2, 3.0), [(2, 3)]),
    ("scatter_add", lambda x, s: x.scatter_add(1, I2, s), [(2, 3), (2, 3)]),
    ("scatter_reduce_sum", lambda x, s: x.scatter_reduce(1, I2, s, "sum"), [(2, 3), (2, 3)]),
    ("scatter_reduce_mean", lambda x, s: x.scatter_reduce(1, I2, s, "mean"), [(2, 3), (2, 3)]),
    ("scatter_reduce_prod", lambda x, s: x.scatter_reduce(1, I2, s, "prod"), [(2, 3), (2, 3)]),
    ("scatter_reduce_amax", lambda x, s: x.scatter_reduce(1, I2, s, "amax"), [(2, 3), (2, 3)]),
    ("scatter_reduce_amin_noself", lambda x, s: x.scatter_reduce(1, I2, s, "amin", include_self=False), [(2, 3), (2, 3)]),
    ("scatter_reduce_mean_noself", lambda x, s: x.scatter_reduce(1, I2, s, "mean", include_self=False), [(2, 3), (2, 3)]),
    ("index_add", lambda x, s: x.index_add(0, L([1, 1]), s, alpha=2), [(2, 3), (2, 3)]),
    ("index_fill", lambda x: x.index_fill(1, L([0, 2]), -1.0), [(2, 3)]),
    ("index_fill_tensor", lambda x, v: x.index_fill(1, L([0, 2, 0]), v), [(2, 3), ()]),
    ("index_copy", lambda x, s: x.index_copy(1, L([2, 0]), s), [(2, 3), (2, 2)]),
    ("masked_fill", lambda x: x.masked_fill(M, 0.5), [(2, 3)]),
    ("masked_fill_bcast", lambda x: x.masked_fill(L([True, False, True]), 0.5), [(2, 1)]),
    ("masked_fill_tensor", lambda x, v: x.masked_fill(M, v), [(2, 3), ()]),
    ("masked_select", lambda x: x.masked_select(M), [(2, 3)]),
    ("masked_select_bcast", lambda x: x.masked_select(M), [(3,)]),
    ("masked_scatter", lambda x, s: x.masked_scatter(M, s), [(2, 3), (5,)]),
    ("take", lambda x: x.take(L([[5, 0], [5, -1]])), [(2, 3)]),
    ("index_add_inplace", lambda x, s: (x * 1).index_add_(0, L([1, 1]), s), [(2, 3), (2, 3)]),
    ("masked_fill_inplace", lambda x: (x * 1).masked_fill_(M, 0.0), [(2, 3)]),
    ("scatter_inplace", lambda x, s: (x * 1).scatter_(1, IU, s), [(2, 3), (2, 3)]),
]  # fmt: skip


def _setitem(x, key, v):
    y = x * 1
    y[key] = v
    return y


@pytest.mark.parametrize(("name", "fn", "shapes"), GRADS, ids=[g[0] for g in GRADS])
def test_gradcheck(name, fn, shapes):
    inputs = tuple(_d(*s, seed=k) for k, s in enumerate(shapes))
    assert gradcheck(fn, inputs)


@pytest.mark.parametrize(
    ("name", "fn", "shapes"),
    [
        g
        for g in GRADS
        if g[0]
        in (
            "getitem_two",
            "gather",
            "scatter_add",
            "masked_select",
            "index_select",
            "index_put_acc",
            "take",
            "scatter_reduce_prod",
        )
    ],
)
def test_gradgradcheck(name, fn, shapes):
    # Squared, so the first derivative depends on the inputs through the op's backward.
    inputs = tuple(_d(*s, seed=k) for k, s in enumerate(shapes))
    assert gradgradcheck(lambda *xs: fn(*xs) ** 2, inputs)


def test_scatter_reduce_prod_gradient_with_a_zero():
    x = torch.tensor([2.0, 3.0], dtype=torch.float64, requires_grad=True)
    s = torch.tensor([0.0, 5.0, 4.0], dtype=torch.float64, requires_grad=True)
    x.scatter_reduce(0, L([0, 0, 1]), s, "prod").sum().backward()
    assert_tensor(x.grad, [0.0, 4.0])
    assert_tensor(s.grad, [10.0, 0.0, 3.0])


def test_amax_ties_share_the_gradient():
    x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
    s = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
    x.scatter_reduce(0, L([0, 0]), s, "amax").sum().backward()
    assert_tensor(x.grad, [1 / 3, 1.0], atol=1e-12)
    assert_tensor(s.grad, [1 / 3, 1 / 3], atol=1e-12)


NODES = [
    (lambda x: x[L([1, 0])], "IndexBackward0"),
    (lambda x: x[x > 2], "IndexBackward0"),
    (lambda x: x[:, [0]], "IndexBackward0"),
    (lambda x: x.index_select(1, L([0])), "IndexSelectBackward0"),
    (lambda x: x.gather(1, L([[0, 1]])), "GatherBackward0"),
    (lambda x: x.take_along_dim(L([[0, 1]]), 1), "GatherBackward0"),
    (lambda x: x.scatter(1, L([[0, 1]]), torch.ones(1, 2)), "ScatterBackward0"),
    (lambda x: x.scatter(1, L([[0, 1]]), 2.0), "ScatterBackward1"),
    (lambda x: x.scatter_add(1, L([[0, 1]]), torch.ones(1, 2)), "ScatterAddBackward0"),
    (lambda x: x.scatter_reduce(1, L([[0, 1]]), torch.ones(1, 2), "sum"), "ScatterReduceBackward0"),
    (lambda x: x.index_add(1, L([0]), torch.ones(2, 1)), "IndexAddBackward0"),
    (lambda x: x.index_fill(1, L([0]), 1.0), "IndexFillBackward0"),
    (lambda x: x.index_fill(1, L([0]), L(1.0)), "IndexFillBackward1"),
    (lambda x: x.index_copy(1, L([0]), torch.ones(2, 1)), "IndexCopyBackward0"),
    (lambda x: x.index_put((L([0]),), L(1.0)), "IndexPutBackward0"),
    (lambda x: x.masked_fill(L([True, False, True]), 1.0), "MaskedFillBackward0"),
    (lambda x: x.masked_fill(L([True, False, True]), L(1.0)), "MaskedFillBackward1"),
    (lambda x: x.masked_select(L([True, False, True])), "MaskedSelectBackward0"),
    (lambda x: x.masked_scatter(L([True, False, True]), torch.ones(6)), "MaskedScatterBackward0"),
    (lambda x: x.take(L([0])), "TakeBackward0"),
    (lambda x: _setitem(x, L([0]), 5.0), "IndexFillBackward0"),
    (lambda x: _setitem(x, L([True, False]), 5.0), "MaskedFillBackward0"),
    (lambda x: _setitem(x, L([0]), torch.ones(3)), "IndexPutBackward0"),
    (lambda x: _setitem(x, (L([0]), L([0])), 5.0), "IndexPutBackward0"),
    (lambda x: _setitem(x, (0, L([0])), 5.0), "CopySlices"),
    (lambda x: (x * 1).index_add_(1, L([0]), torch.ones(2, 1)), "IndexAddBackward0"),
    (lambda x: (x * 1).scatter_(1, L([[0, 1]]), 1.0), "ScatterBackward1"),
]


@pytest.mark.parametrize(("fn", "name"), NODES)
def test_grad_fn_names_match_pytorch(fn, name):
    x = torch.arange(6.0).reshape(2, 3).requires_grad_()
    assert type(fn(x).grad_fn).__name__ == name


def test_legacy_scatter_reduce_has_no_derivative():
    x = torch.ones(3, requires_grad=True)
    y = x.scatter(0, L([0]), 2.0, reduce="add")
    msg = "derivative for aten::scatter is not implemented"
    check_raises(lambda: y.sum().backward(), RuntimeError, msg)


def test_inplace_index_ops_on_leaves_are_refused():
    x = torch.ones(3, requires_grad=True)
    msg = "a leaf Variable that requires grad is being used in an in-place operation."
    check_raises(lambda: x.index_add_(0, L([0]), torch.ones(1)), RuntimeError, msg)
    check_raises(lambda: x.__setitem__(L([0]), 2.0), RuntimeError, msg)
    with torch.no_grad():
        x[L([0, 0])] = 2.0
    assert_tensor(x.detach(), [2.0, 1.0, 1.0])


def test_setitem_gradient_flows_to_base_and_value():
    x = torch.ones(3, 4, dtype=torch.float64, requires_grad=True)
    v = torch.full((4,), 2.0, dtype=torch.float64, requires_grad=True)
    y = x * 3
    y[L([0, 2])] = v * 5
    y.sum().backward()
    want = np.full((3, 4), 3.0)
    want[[0, 2]] = 0
    assert_tensor(x.grad, want)
    assert_tensor(v.grad, np.full(4, 10.0))


def test_results_of_integer_ops_do_not_require_grad():
    x = torch.ones(3, requires_grad=True)
    assert not x.nonzero().requires_grad
    assert x[L([0])].requires_grad
