"""Joining, splitting, flipping, rolling and repeating ops against numpy, with gradients.

Error classes and messages were recorded from PyTorch 2.15 (CPU); where PyTorch's text
says ``torch.cat()``, ferrotensor says ``ferrotensor.cat()``.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.autograd import gradcheck, gradgradcheck
from helpers import assert_tensor, check_op, check_raises, dtype_name, to_numpy

DTYPES = ["float32", "float64", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]


def swap(t):
    """A non-contiguous view (numpy and ferrotensor alike)."""
    return t.swapaxes(0, 1)


def dim_error(dim: int, ndim: int) -> str:
    n = max(ndim, 1)
    return f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})"


def arange(*shape: int, dtype=torch.float32) -> torch.Tensor:
    n = int(np.prod(shape)) if shape else 1
    return torch.arange(n).to(dtype).reshape(shape)


# ---- values against numpy (every dtype, contiguous and transposed inputs) ----

# (id, input shapes, ferrotensor fn, numpy fn)
# fmt: off
VALUE_CASES = [
    ("cat0", [(2, 3), (4, 3)], lambda a, b: torch.cat([a, b]), lambda a, b: np.concatenate([a, b])),
    ("cat1", [(2, 3), (2, 1), (2, 0)], lambda a, b, c: torch.cat([a, b, c], 1),
     lambda a, b, c: np.concatenate([a, b, c], 1)),
    ("cat_neg", [(2, 3, 2), (2, 3, 1)], lambda a, b: torch.cat((a, b), dim=-1),
     lambda a, b: np.concatenate([a, b], -1)),
    ("cat_axis", [(2, 3), (2, 3)], lambda a, b: torch.concat([a, b], axis=1),
     lambda a, b: np.concatenate([a, b], 1)),
    ("concatenate", [(1, 3), (2, 3)], lambda a, b: torch.concatenate([a, b]),
     lambda a, b: np.concatenate([a, b])),
    ("cat_single", [(3, 2)], lambda a: torch.cat([a]), lambda a: np.concatenate([a])),
    ("cat_empty", [(0, 3), (2, 3)], lambda a, b: torch.cat([a, b]),
     lambda a, b: np.concatenate([a, b])),
    ("stack0", [(2, 3), (2, 3)], lambda a, b: torch.stack([a, b]), lambda a, b: np.stack([a, b])),
    ("stack_last", [(2, 3), (2, 3), (2, 3)], lambda a, b, c: torch.stack([a, b, c], -1),
     lambda a, b, c: np.stack([a, b, c], -1)),
    ("stack_mid", [(2, 3), (2, 3)], lambda a, b: torch.stack([a, b], 1),
     lambda a, b: np.stack([a, b], 1)),
    ("hstack", [(2, 3), (2, 1)], lambda a, b: torch.hstack([a, b]), lambda a, b: np.hstack([a, b])),
    ("vstack", [(2, 3), (1, 3)], lambda a, b: torch.vstack([a, b]), lambda a, b: np.vstack([a, b])),
    ("row_stack", [(2, 3), (1, 3)], lambda a, b: torch.row_stack([a, b]),
     lambda a, b: np.vstack([a, b])),
    ("dstack", [(2, 3), (2, 3)], lambda a, b: torch.dstack([a, b]), lambda a, b: np.dstack([a, b])),
    ("column_stack", [(3, 2), (3, 1)], lambda a, b: torch.column_stack([a, b]),
     lambda a, b: np.column_stack([a, b])),
    ("flip0", [(3, 4)], lambda a: torch.flip(a, [0]), lambda a: np.flip(a, 0)),
    ("flip01", [(3, 4)], lambda a: a.flip(0, 1), lambda a: np.flip(a, (0, 1))),
    ("flip_neg", [(2, 3, 4)], lambda a: a.flip(-1), lambda a: np.flip(a, -1)),
    ("flip_none", [(2, 3)], lambda a: a.flip([]), lambda a: a.copy()),
    ("fliplr", [(3, 4)], lambda a: torch.fliplr(a), np.fliplr),
    ("flipud", [(3, 4)], lambda a: torch.flipud(a), np.flipud),
    ("roll_flat", [(3, 4)], lambda a: torch.roll(a, 5), lambda a: np.roll(a, 5)),
    ("roll_dim", [(3, 4)], lambda a: a.roll(1, 1), lambda a: np.roll(a, 1, 1)),
    ("roll_neg", [(3, 4)], lambda a: a.roll(-5, -1), lambda a: np.roll(a, -5, -1)),
    ("roll_two", [(3, 4)], lambda a: a.roll((1, -2), (0, 1)),
     lambda a: np.roll(a, (1, -2), (0, 1))),
    ("roll_same_dim", [(3, 4)], lambda a: a.roll((1, 1), (1, 1)), lambda a: np.roll(a, 2, 1)),
    ("repeat", [(2, 3)], lambda a: a.repeat(2, 3), lambda a: np.tile(a, (2, 3))),
    ("repeat_more", [(2, 3)], lambda a: a.repeat(2, 1, 2), lambda a: np.tile(a, (2, 1, 2))),
    ("repeat_zero", [(2, 3)], lambda a: a.repeat(0, 2), lambda a: np.tile(a, (0, 2))),
    ("tile", [(2, 3)], lambda a: torch.tile(a, (2,)), lambda a: np.tile(a, 2)),
    ("tile_more", [(2, 3)], lambda a: a.tile(3, 1, 2), lambda a: np.tile(a, (3, 1, 2))),
    ("ri_flat", [(2, 3)], lambda a: torch.repeat_interleave(a, 2), lambda a: np.repeat(a, 2)),
    ("ri_dim", [(2, 3)], lambda a: a.repeat_interleave(3, dim=1), lambda a: np.repeat(a, 3, 1)),
    ("ri_neg", [(2, 3)], lambda a: a.repeat_interleave(2, -2), lambda a: np.repeat(a, 2, 0)),
    ("ri_tensor", [(3, 2)], lambda a: a.repeat_interleave(torch.tensor([2, 0, 3]), 0),
     lambda a: np.repeat(a, [2, 0, 3], 0)),
    ("ri_tensor_flat", [(2, 2)], lambda a: torch.repeat_interleave(a, torch.tensor([1, 2, 2, 0])),
     lambda a: np.repeat(a, [1, 2, 2, 0])),
    ("ri_tensor_one", [(2, 3)], lambda a: a.repeat_interleave(torch.tensor([2]), 1),
     lambda a: np.repeat(a, 2, 1)),
    ("movedim", [(2, 3, 4)], lambda a: torch.movedim(a, 0, -1), lambda a: np.moveaxis(a, 0, -1)),
    ("movedim_multi", [(2, 3, 4, 5)], lambda a: a.movedim((0, 1), (3, 0)),
     lambda a: np.moveaxis(a, (0, 1), (3, 0))),
    ("moveaxis", [(2, 3, 4)], lambda a: torch.moveaxis(a, [2, 0], [0, 1]),
     lambda a: np.moveaxis(a, [2, 0], [0, 1])),
    ("unflatten", [(2, 12)], lambda a: a.unflatten(1, (3, -1)), lambda a: a.reshape(2, 3, 4)),
    ("unflatten_fn", [(12, 2)], lambda a: torch.unflatten(a, 0, (2, 2, 3)),
     lambda a: a.reshape(2, 2, 3, 2)),
    ("narrow", [(4, 3)], lambda a: a.narrow(0, 1, 2), lambda a: a[1:3]),
    ("narrow_neg", [(4, 3)], lambda a: torch.narrow(a, -1, -2, 2), lambda a: a[:, 1:3]),
    ("expand_as", [(3, 1), (2, 3, 4)], lambda a, b: a.expand_as(b),
     lambda a, b: np.broadcast_to(a, b.shape)),
]

TRANSPOSABLE = {
    "cat0", "cat1", "cat_neg", "stack0", "stack_last", "hstack", "flip0", "flip01", "roll_flat",
    "roll_two", "repeat", "tile", "ri_flat", "ri_dim", "movedim", "unflatten", "narrow",
}
# fmt: on


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(
    ("name", "shapes", "ft", "ref"), VALUE_CASES, ids=[c[0] for c in VALUE_CASES]
)
def test_values(name, shapes, ft, ref, dtype):
    check_op(shapes, ft, ref, dtype=dtype, low=-5, high=5, expect_dtype=dtype)


@pytest.mark.parametrize("dtype", ["float32", "int64", "bool"])
@pytest.mark.parametrize(
    ("name", "shapes", "ft", "ref"),
    [c for c in VALUE_CASES if c[0] in TRANSPOSABLE],
    ids=[c[0] for c in VALUE_CASES if c[0] in TRANSPOSABLE],
)
def test_values_non_contiguous(name, shapes, ft, ref, dtype):
    # The swap of the first two dims makes each input a transposed view.
    shapes = [(s[1], s[0], *s[2:]) for s in shapes]
    check_op(shapes, ft, ref, dtype=dtype, low=-5, high=5, prepare=swap)


@pytest.mark.parametrize("n", [1, 2, 63, 64, 65, 100, 997, 1024, 5000])
def test_flip_long_dimension(n):
    # Above 64 the flip runs in sqrt-sized blocks; check sizes with and without a remainder.
    x = np.arange(3 * n).reshape(3, n)
    assert_tensor(torch.tensor(x).flip(1), np.flip(x, 1))
    assert_tensor(torch.tensor(x).t().flip(0, 1), np.flip(x.T, (0, 1)))


@pytest.mark.parametrize("shift", [-7, -1, 0, 1, 3, 12, 100])
def test_roll_shifts(shift):
    x = np.arange(24).reshape(2, 12)
    assert_tensor(torch.tensor(x).roll(shift, 1), np.roll(x, shift, 1))
    assert_tensor(torch.tensor(x).roll(shift), np.roll(x, shift))


def test_results_are_copies_and_splits_are_views():
    a = arange(2, 3)
    for out in (torch.cat([a]), torch.stack([a])[0], a.flip(0), a.roll(1), a.repeat(1, 1)):
        out.fill_(-1.0)
    assert_tensor(a, np.arange(6.0).reshape(2, 3))
    for piece in (*a.unbind(1), *a.split(2, 1), *a.tensor_split(2, 1), a.narrow(1, 0, 1)):
        piece.fill_(7.0)
    assert_tensor(a, np.full((2, 3), 7.0))


# ---- dtypes, legacy empties, 0-d and empty inputs ----


@pytest.mark.parametrize(
    ("dtypes", "want"),
    [
        (("int32", "float16"), "float16"),
        (("bool", "uint8"), "uint8"),
        (("int8", "uint8"), "int16"),
        (("int8", "float64"), "float64"),
        (("bool", "bool"), "bool"),
        (("float32", "float64"), "float64"),
        (("int64", "int32"), "int64"),
    ],
)
def test_cat_and_stack_promote(dtypes, want):
    ts = [torch.ones(2, dtype=getattr(torch, d)) for d in dtypes]
    assert_tensor(torch.cat(ts), np.ones(4), want)
    assert_tensor(torch.stack(ts), np.ones((2, 2)), want)


def test_cat_mixed_values_promote():
    got = torch.cat([torch.tensor([True, False]), torch.tensor([3, -4], dtype=torch.int8)])
    assert_tensor(got, [1, 0, 3, -4], "int8")
    got = torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])])
    assert_tensor(got, [1.0, 2.0, 0.5], "float32")


def test_cat_legacy_empty_1d_is_skipped():
    a = arange(2, 3)
    assert_tensor(torch.cat([torch.ones(0), a]), to_numpy(a))
    assert_tensor(torch.cat([a, torch.ones(0), a], 1), np.tile(to_numpy(a), (1, 2)))
    # It still takes part in type promotion.
    assert_tensor(torch.cat([torch.zeros(0, dtype=torch.float64), a.int()]), to_numpy(a), "float64")
    assert_tensor(torch.cat([torch.zeros(0, dtype=torch.int64), a]), to_numpy(a), "float32")
    assert_tensor(torch.cat([torch.ones(0), torch.ones(0)], 5), np.zeros(0), "float32")
    assert_tensor(torch.cat([torch.ones(0), torch.ones(0, 3)]), np.zeros((0, 3)))
    assert_tensor(torch.cat([torch.ones(2, 0), a], 1), to_numpy(a))


def test_empty_and_zero_d_cases():
    assert_tensor(torch.stack([torch.tensor(1), torch.tensor(2)]), [1, 2], "int64")
    assert_tensor(torch.stack([torch.tensor(1.0), torch.tensor(2.0)], -1), [1.0, 2.0])
    assert_tensor(torch.stack([torch.ones(0, 2), torch.ones(0, 2)], 1), np.ones((0, 2, 2)))
    assert_tensor(torch.hstack([torch.tensor(1), torch.tensor(2)]), [1, 2])
    assert_tensor(torch.vstack([torch.ones(3), torch.ones(3)]), np.ones((2, 3)))
    assert_tensor(torch.dstack([torch.ones(3), torch.ones(3)]), np.ones((1, 3, 2)))
    assert_tensor(torch.dstack([torch.tensor(1.0), torch.tensor(3.0)]), [[[1.0, 3.0]]])
    assert_tensor(torch.column_stack([torch.tensor(1.0), torch.tensor(2.0)]), [[1.0, 2.0]])
    assert_tensor(torch.flip(torch.tensor(1.0), [0]), 1.0)
    assert_tensor(torch.flip(torch.ones(0, 3), [0, 1]), np.ones((0, 3)))
    assert_tensor(torch.roll(torch.tensor(1.0), 1), 1.0)
    assert_tensor(torch.roll(torch.ones(0, 3), 1, 0), np.ones((0, 3)))
    assert_tensor(torch.roll(torch.ones(3, 0), 1, 1), np.ones((3, 0)))
    assert_tensor(torch.tensor(1.0).repeat(3), [1.0, 1.0, 1.0])
    assert_tensor(torch.tile(torch.tensor(1.0), (2, 3)), np.ones((2, 3)))
    assert_tensor(torch.tile(torch.tensor(1.0), ()), 1.0)
    assert_tensor(torch.repeat_interleave(torch.tensor(5.0), 3), [5.0, 5.0, 5.0])
    assert_tensor(torch.repeat_interleave(torch.ones(0, 3), 2, 0), np.ones((0, 3)))
    empty_counts = torch.tensor([], dtype=torch.int64)
    assert_tensor(torch.repeat_interleave(torch.ones(0, 3), empty_counts, 0), np.ones((0, 3)))
    assert_tensor(torch.movedim(torch.tensor(1.0), -1, 0), 1.0)
    assert_tensor(torch.ones(2, 0).unflatten(1, (3, 0)), np.ones((2, 3, 0)))
    assert torch.unbind(torch.ones(0, 3)) == ()
    assert [tuple(c.shape) for c in torch.chunk(torch.ones(0, 2), 3)] == [(0, 2)] * 3


def test_repeat_interleave_of_counts_alone():
    assert_tensor(torch.repeat_interleave(torch.tensor([1, 2, 3])), [0, 1, 1, 2, 2, 2], "int64")
    counts = torch.tensor([2, 0, 1], dtype=torch.int32)
    assert_tensor(torch.repeat_interleave(counts), [0, 0, 2], "int32")
    assert_tensor(torch.repeat_interleave(torch.ones(2, 3), 2, 0, output_size=4), np.ones((4, 3)))


def test_repeat_interleave_long_runs():
    x = np.arange(10)
    counts = [2, 2, 2, 0, 0, 1, 3, 3, 3, 3]
    assert_tensor(
        torch.repeat_interleave(torch.tensor(x), torch.tensor(counts)), np.repeat(x, counts)
    )


# ---- splitting ----


@pytest.mark.parametrize("dtype", ["float32", "int64", "bool"])
@pytest.mark.parametrize(
    ("spec", "dim"),
    [(2, 1), (3, 0), (4, 1), (1, 0), ([1, 5], 1), ([2, 1], 1), ([-1], 1), ([], 0), ((1, 2), 1)],
)
def test_tensor_split_matches_numpy(spec, dim, dtype):
    x = np.arange(12).reshape(4, 3).astype(dtype)
    got = torch.tensor(x).tensor_split(spec, dim)
    want = np.array_split(x, spec, dim) if isinstance(spec, int) else _np_split_at(x, spec, dim)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert_tensor(g, w, dtype)


def _np_split_at(x, idx, dim):
    n = x.shape[dim]
    bounds = [0, *(min(max(i + n if i < 0 else i, 0), n) for i in idx), n]
    return [np.take(x, range(a, max(a, b)), axis=dim) for a, b in zip(bounds, bounds[1:])]


def test_tensor_split_forms():
    x = torch.arange(7)
    assert [p.tolist() for p in torch.tensor_split(x, 3)] == [[0, 1, 2], [3, 4], [5, 6]]
    assert [p.numel() for p in torch.tensor_split(x, [-10, 10])] == [0, 7, 0]
    assert [p.numel() for p in torch.tensor_split(x, torch.tensor(2))] == [4, 3]
    assert [p.numel() for p in torch.tensor_split(x, torch.tensor([1, 3]))] == [1, 2, 4]
    assert [p.numel() for p in torch.tensor_split(x, sections=2)] == [4, 3]
    assert [p.numel() for p in torch.tensor_split(x, indices=[1])] == [1, 6]
    assert [p.numel() for p in x.tensor_split(2, dim=0)] == [4, 3]


@pytest.mark.parametrize("dim", [0, 1, -1])
def test_unbind_and_chunk_match_numpy(dim):
    x = np.arange(12.0).reshape(3, 4)
    t = torch.tensor(x).t() if dim == 0 else torch.tensor(x)
    ref = x.T if dim == 0 else x
    pieces = t.unbind(dim)
    assert len(pieces) == ref.shape[dim]
    for i, p in enumerate(pieces):
        assert_tensor(p, np.take(ref, i, axis=dim))
    # chunk takes ceil(n / chunks) per piece (so fewer pieces), unlike np.array_split.
    step = -(-ref.shape[dim] // 3)
    want = np.split(ref, range(step, ref.shape[dim], step), axis=dim)
    got = torch.chunk(t, 3, dim)
    assert len(got) == len(want)
    for c, w in zip(got, want):
        assert_tensor(c, w)


def test_split_sizes_and_tensor_size():
    a = arange(2, 3)
    assert [tuple(p.shape) for p in a.split([1, 2], 1)] == [(2, 1), (2, 2)]
    assert [tuple(p.shape) for p in torch.split(a, torch.tensor(1))] == [(1, 3), (1, 3)]


def test_broadcast_tensors_and_atleast():
    out = torch.broadcast_tensors(torch.ones(2, 1), torch.ones(3), torch.tensor(1))
    assert isinstance(out, tuple)
    assert [tuple(t.shape) for t in out] == [(2, 3)] * 3
    assert dtype_name(out[2].dtype) == "int64"
    assert torch.broadcast_tensors() == ()
    a, b = np.arange(4.0).reshape(1, 4), np.arange(3.0).reshape(3, 1, 1)
    x, y = torch.broadcast_tensors(torch.tensor(a), torch.tensor(b))
    ra, rb = np.broadcast_arrays(a, b)
    assert_tensor(x, ra)
    assert_tensor(y, rb)
    assert tuple(torch.atleast_3d(torch.ones(3)).shape) == (1, 3, 1)
    assert tuple(torch.atleast_3d(torch.ones(2, 3)).shape) == (2, 3, 1)
    assert tuple(torch.atleast_2d(torch.ones(3)).shape) == (1, 3)
    assert [tuple(t.shape) for t in torch.atleast_1d([torch.tensor(1), torch.tensor(2)])] == [
        (1,),
        (1,),
    ]


# ---- out= ----


def test_cat_out():
    a = arange(2, 3)
    out = torch.empty(4, 3, dtype=torch.float64)
    assert torch.cat([a, a], out=out) is out
    assert_tensor(out, np.concatenate([to_numpy(a)] * 2), "float64")
    # A zero-element out is resized silently; a wrong-shaped one with a warning.
    out = torch.empty(0)
    torch.cat([a, a], out=out)
    assert tuple(out.shape) == (4, 3)
    out = torch.empty(3, 3)
    with pytest.warns(UserWarning, match="An output with one or more elements was resized"):
        torch.stack([a, a], out=out)
    assert_tensor(out, np.stack([to_numpy(a)] * 2))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        torch.hstack([a, a], out=torch.empty(2, 6))


# ---- errors (PyTorch's classes and wording) ----

A = arange(2, 3)
NOT_DIFF = "functions with out=... arguments don't support automatic differentiation, but one of "
NOT_DIFF += "the arguments requires grad."

# fmt: off
ERROR_CASES = [
    (lambda: torch.cat([A, torch.ones(3, 3)], 1), RuntimeError,
     "Sizes of tensors must match except in dimension 1. Expected size 2 but got size 3 for "
     "tensor number 1 in the list."),
    (lambda: torch.cat([torch.ones(0), A, torch.ones(3, 3)], 1), RuntimeError,
     "Sizes of tensors must match except in dimension 1. Expected size 2 but got size 3 for "
     "tensor number 2 in the list."),
    (lambda: torch.cat([torch.ones(0, 0), A]), RuntimeError,
     "Sizes of tensors must match except in dimension 0. Expected size 0 but got size 3 for "
     "tensor number 1 in the list."),
    (lambda: torch.cat([]), ValueError, "ferrotensor.cat(): expected a non-empty list of Tensors"),
    (lambda: torch.concatenate([]), ValueError,
     "ferrotensor.cat(): expected a non-empty list of Tensors"),
    (lambda: torch.cat([A, torch.ones(2, 3, 1)]), RuntimeError,
     "Tensors must have same number of dimensions: got 2 and 3"),
    (lambda: torch.cat([torch.tensor(1.0), torch.tensor(2.0)]), RuntimeError,
     "zero-dimensional tensor (at position 0) cannot be concatenated"),
    (lambda: torch.cat([torch.ones(0), torch.tensor(1.0)]), RuntimeError,
     "zero-dimensional tensor (at position 1) cannot be concatenated"),
    (lambda: torch.cat([A, A], 2), IndexError, dim_error(2, 2)),
    (lambda: torch.cat([A, A], -3), IndexError, dim_error(-3, 2)),
    (lambda: torch.cat([A, 1]), TypeError,
     "expected Tensor as element 1 in argument 0, but got int"),
    (lambda: torch.cat(A), TypeError,
     "cat(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor"),
    (lambda: torch.cat([A, A], out=torch.empty(4, 3, dtype=torch.int64)), TypeError,
     "ferrotensor.cat(): input types can't be cast to the desired output type Long"),
    (lambda: torch.cat([A, A], out=torch.empty(4, 3, requires_grad=True)), RuntimeError,
     "cat(): " + NOT_DIFF),
    (lambda: torch.stack([A, A.double().requires_grad_()], out=torch.empty(2, 2, 3)),
     RuntimeError, "stack(): " + NOT_DIFF),
    (lambda: torch.stack([A, torch.ones(2, 4)]), RuntimeError,
     "stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [2, 4] at "
     "entry 1"),
    (lambda: torch.stack([A, A, torch.ones(2, 4)]), RuntimeError,
     "stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [2, 4] at "
     "entry 2"),
    (lambda: torch.stack([]), RuntimeError, "stack expects a non-empty TensorList"),
    (lambda: torch.stack([A, A], 3), IndexError, dim_error(3, 3)),
    (lambda: torch.stack([torch.tensor(1.0)], 1), IndexError, dim_error(1, 1)),
    (lambda: torch.hstack([]), RuntimeError, "hstack expects a non-empty TensorList"),
    (lambda: torch.vstack([]), RuntimeError, "vstack expects a non-empty TensorList"),
    (lambda: torch.row_stack([]), RuntimeError, "vstack expects a non-empty TensorList"),
    (lambda: torch.dstack([]), RuntimeError, "dstack expects a non-empty TensorList"),
    (lambda: torch.column_stack([]), RuntimeError, "column_stack expects a non-empty TensorList"),
    (lambda: torch.hstack([torch.ones(2), torch.ones(2, 1)]), RuntimeError,
     "Tensors must have same number of dimensions: got 1 and 2"),
    (lambda: torch.vstack([torch.ones(3), torch.ones(4)]), RuntimeError,
     "Sizes of tensors must match except in dimension 0. Expected size 3 but got size 4 for "
     "tensor number 1 in the list."),
    (lambda: torch.tensor_split(torch.tensor(1.0), 2), RuntimeError,
     "tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims"),
    (lambda: torch.tensor_split(A, 0, 1), RuntimeError,
     "number of sections must be larger than 0, got 0"),
    (lambda: torch.tensor_split(A, torch.tensor([1.0]), 1), RuntimeError,
     "tensor_split expected tensor_indices_or_sections to have dtype of long, but got Float"),
    (lambda: torch.tensor_split(A, torch.tensor([[1]]), 1), RuntimeError,
     "tensor_split expected tensor_indices_or_sections to be a zero-dimensional or "
     "one-dimensional tensor, but got a tensor with 2 dims"),
    (lambda: torch.tensor_split(A, 2, 2), IndexError, dim_error(2, 2)),
    (lambda: torch.chunk(A, 0), RuntimeError,
     "chunk expects `chunks` to be greater than 0, got: 0"),
    (lambda: torch.unbind(torch.tensor(1.0)), IndexError,
     "Dimension specified as 0 but tensor has no dimensions"),
    (lambda: torch.unbind(A, 2), IndexError, dim_error(2, 2)),
    (lambda: torch.split(A, [3, -1]), RuntimeError,
     "split_with_sizes expects split_sizes have only non-negative entries, but got "
     "split_sizes=[3, -1]"),
    (lambda: torch.flip(A, 0), TypeError,
     "flip(): argument 'dims' (position 2) must be tuple of ints, not int"),
    (lambda: torch.flip(A, [0.5]), TypeError,
     "flip(): argument 'dims' (position 2) must be tuple of ints, but found element of type "
     "float at pos 0"),
    (lambda: torch.flip(A, [0, -2]), RuntimeError,
     "dim 0 appears multiple times in the list of dims"),
    (lambda: torch.flip(A, [2]), IndexError, dim_error(2, 2)),
    (lambda: torch.fliplr(torch.ones(3)), RuntimeError, "Input must be >= 2-d."),
    (lambda: torch.flipud(torch.tensor(1.0)), RuntimeError, "Input must be >= 1-d."),
    (lambda: torch.roll(A, (1, 2), (0,)), RuntimeError,
     "shifts and dimensions must align. shifts: 2, dims:1"),
    (lambda: torch.roll(A, (1, 2)), RuntimeError,
     "shifts and dimensions must align. shifts: 2, dims:0"),
    (lambda: torch.roll(A, (), ()), RuntimeError, "`shifts` required"),
    (lambda: torch.roll(A, 1, 2), IndexError, dim_error(2, 2)),
    (lambda: torch.roll(torch.tensor(1.0), 1, 0), IndexError,
     "Dimension specified as 0 but tensor has no dimensions"),
    (lambda: torch.roll(A, 1.5, 1), TypeError,
     "roll(): argument 'shifts' (position 2) must be tuple of ints, not float"),
    (lambda: A.repeat(2), RuntimeError,
     "Number of dimensions of repeat dims can not be smaller than number of dimensions of "
     "tensor"),
    (lambda: A.repeat(2, -1), RuntimeError,
     "Trying to create tensor with negative dimension -3: [4, -3]"),
    (lambda: torch.tensor(1.0).repeat(), TypeError,
     'repeat() missing 1 required positional arguments: "repeats"'),
    (lambda: torch.tile(A, (-1,)), RuntimeError,
     "Trying to create tensor with negative dimension -3: [2, -3]"),
    (lambda: torch.tile(A, 2), TypeError,
     "tile(): argument 'dims' (position 2) must be tuple of ints, not int"),
    (lambda: torch.repeat_interleave(A, -1, 0), RuntimeError, "Repeats must be non-negative"),
    (lambda: torch.repeat_interleave(A, torch.tensor([1, 2])), RuntimeError,
     "repeats must have the same size as input along dim, but got repeats.size(0) = 2 and "
     "input.size(0) = 6"),
    (lambda: torch.repeat_interleave(A, torch.tensor([1, -2]), dim=0), RuntimeError,
     "repeats can not be negative"),
    (lambda: torch.repeat_interleave(A, torch.tensor([1.0, 2.0]), dim=0), NotImplementedError,
     "\"repeat_interleave_cpu\" not implemented for 'Float'"),
    (lambda: torch.repeat_interleave(A, torch.tensor([[1, 2]]), dim=0), RuntimeError,
     "repeats must be 0-dim or 1-dim tensor"),
    (lambda: torch.repeat_interleave(torch.tensor([[1, 2, 3]])), RuntimeError,
     "repeat_interleave only accept 1D vector as repeat"),
    (lambda: torch.repeat_interleave(torch.tensor(5.0), 3, 1), IndexError, dim_error(1, 0)),
    (lambda: torch.repeat_interleave(A, 2, 0, output_size=5), RuntimeError,
     "repeat_interleave: Invalid output_size, expected 4 but got 5"),
    (lambda: torch.repeat_interleave(A, torch.tensor([1, 2]), 0, output_size=5), RuntimeError,
     "allocated size does not match required size"),
    (lambda: torch.movedim(torch.ones(2, 3, 4), (0, 1), (2,)), RuntimeError,
     "movedim: Invalid source or destination dims: source ([0, 1] dims) should contain the "
     "same number of dims as destination ([2] dims)"),
    (lambda: torch.movedim(torch.ones(2, 3, 4), (0, -3), (1, 2)), RuntimeError,
     "movedim: repeated dim in `source` ([0, -3])"),
    (lambda: torch.movedim(torch.ones(2, 3, 4), (0, 1), (2, 2)), RuntimeError,
     "movedim: repeated dim in `destination` ([2, 2])"),
    (lambda: torch.movedim(torch.ones(2, 3, 4), 0, -4), IndexError, dim_error(-4, 3)),
    (lambda: torch.ones(2, 12).unflatten(1, (5, 4)), RuntimeError,
     "unflatten: Provided sizes [5, 4] don't multiply up to the size of dim 1 (12) in the "
     "input tensor"),
    (lambda: torch.ones(2, 12).unflatten(1, (5, -1)), RuntimeError,
     "unflatten: Provided sizes [5, -1] don't multiply up to the size of dim 1 (12) in the "
     "input tensor"),
    (lambda: torch.ones(2, 12).unflatten(1, ()), RuntimeError,
     "unflatten: sizes must be non-empty"),
    (lambda: torch.ones(2, 12).unflatten(2, (3, 4)), IndexError, dim_error(2, 2)),
    (lambda: torch.broadcast_tensors(torch.ones(2, 2), torch.ones(3)), RuntimeError,
     "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1"),
    (lambda: torch.broadcast_tensors([torch.ones(2)]), TypeError,
     "expected Tensor as element 0 in argument 0, but got list"),
    (lambda: torch.narrow(A, 1, 2, 2), RuntimeError,
     "start (2) + length (2) exceeds dimension size (3)."),
    (lambda: torch.narrow(A, 1, -1, 2), RuntimeError,
     "start (2) + length (2) exceeds dimension size (3)."),
    (lambda: torch.narrow(A, 1, 5, -1), RuntimeError, "narrow(): length must be non-negative."),
    (lambda: torch.narrow(A, 1, 4, 0), IndexError,
     "start out of range (expected to be in range of [-3, 3], but got 4)"),
    (lambda: torch.narrow(torch.tensor(1.0), 0, 0, 1), RuntimeError,
     "narrow() cannot be applied to a 0-dim tensor."),
    (lambda: torch.narrow(A, 1, torch.tensor([1]), 1), RuntimeError,
     "start must be an 0-dim integral Tensor."),
]
# fmt: on


@pytest.mark.parametrize(("fn", "exc", "msg"), ERROR_CASES)
def test_errors(fn, exc, msg):
    check_raises(fn, exc, msg)


# ---- gradients ----


def _inputs(*shapes):
    rng = np.random.default_rng(0)
    return tuple(torch.tensor(rng.standard_normal(s), requires_grad=True) for s in shapes)


COUNTS = torch.tensor([2, 0, 3])
# (id, input shapes, fn): each is checked by gradcheck, and its square by gradgradcheck
# (the square makes the cotangent reaching the op's backward depend on the input, so the
# backward formulas themselves are differentiated).
GRAD_CASES = [
    ("cat", [(2, 3), (4, 3)], lambda a, b: torch.cat([a, b])),
    ("cat_dim1_noncontig", [(3, 2), (3, 4)], lambda a, b: torch.cat([a.t(), b.t()], 0)),
    ("cat_legacy_empty", [(2, 3), (0,)], lambda a, b: torch.cat([a, b, a], 1)),
    ("stack", [(2, 3), (2, 3)], lambda a, b: torch.stack([a, b], -1)),
    ("hstack", [(2, 3), (2, 1)], lambda a, b: torch.hstack([a, b])),
    ("vstack", [(3,), (2, 3)], lambda a, b: torch.vstack([a, b])),
    ("dstack", [(2, 3), (2, 3)], lambda a, b: torch.dstack([a, b])),
    ("column_stack", [(3,), (3, 2)], lambda a, b: torch.column_stack([a, b])),
    ("unbind", [(3, 4)], lambda a: a.unbind(1)),
    ("unbind_some", [(3, 4)], lambda a: a.unbind(0)[1]),
    ("split", [(5, 3)], lambda a: a.split(2)),
    ("split_sizes", [(5, 3)], lambda a: a.split([1, 2], 1)),
    ("chunk", [(5, 3)], lambda a: torch.chunk(a, 3)),
    ("tensor_split", [(5, 3)], lambda a: torch.tensor_split(a, [1, 4])),
    ("narrow", [(5, 3)], lambda a: a.narrow(0, 1, 3)),
    ("flip", [(3, 4)], lambda a: a.flip(0, 1)),
    ("flip_long", [(2, 70)], lambda a: torch.flip(a, [1])),
    ("fliplr", [(3, 4)], lambda a: torch.fliplr(a)),
    ("roll", [(3, 4)], lambda a: a.roll((1, -2), (0, 1))),
    ("roll_flat", [(3, 4)], lambda a: torch.roll(a.t(), 5)),
    ("repeat", [(2, 3)], lambda a: a.repeat(2, 1, 3)),
    ("tile", [(2, 3)], lambda a: torch.tile(a, (2,))),
    ("repeat_interleave", [(2, 3)], lambda a: a.repeat_interleave(2, 1)),
    ("repeat_interleave_flat", [(2, 3)], lambda a: torch.repeat_interleave(a, 3)),
    ("repeat_interleave_tensor", [(3, 2)], lambda a: a.repeat_interleave(COUNTS, 0)),
    ("movedim", [(2, 3, 4)], lambda a: torch.movedim(a, (0, 1), (2, 0))),
    ("unflatten", [(2, 6)], lambda a: a.unflatten(1, (2, 3))),
    ("broadcast_tensors", [(2, 1), (3,)], lambda a, b: torch.broadcast_tensors(a, b)),
]


@pytest.mark.parametrize(("name", "shapes", "fn"), GRAD_CASES, ids=[c[0] for c in GRAD_CASES])
def test_gradcheck(name, shapes, fn):
    assert gradcheck(fn, _inputs(*shapes))


def _square(fn):
    def f(*args):
        out = fn(*args)
        return tuple(o * o for o in out) if isinstance(out, tuple) else out * out

    return f


@pytest.mark.parametrize(("name", "shapes", "fn"), GRAD_CASES, ids=[c[0] for c in GRAD_CASES])
def test_gradgradcheck(name, shapes, fn):
    assert gradgradcheck(_square(fn), _inputs(*shapes))


X = torch.ones(2, 3, requires_grad=True)
NODE_CASES = [
    (lambda: torch.cat([X, X]), "CatBackward0"),
    (lambda: torch.concat([X]), "CatBackward0"),
    (lambda: torch.hstack([X, X]), "CatBackward0"),
    (lambda: torch.vstack([X, X]), "CatBackward0"),
    (lambda: torch.dstack([X, X]), "CatBackward0"),
    (lambda: torch.stack([X]), "StackBackward0"),
    (lambda: X.unbind(1)[0], "UnbindBackward0"),
    (lambda: X.split(2, 1)[0], "SplitBackward0"),
    (lambda: X.chunk(2, 1)[1], "SplitBackward0"),
    (lambda: X.split([1, 2], 1)[0], "SplitWithSizesBackward0"),
    (lambda: X.tensor_split(2, 1)[0], "SliceBackward0"),
    (lambda: X.narrow(1, 0, 2), "SliceBackward0"),
    (lambda: X.flip(0), "FlipBackward0"),
    (lambda: X.flip([]), "FlipBackward0"),
    (lambda: torch.fliplr(X), "FlipBackward0"),
    (lambda: X.roll(1), "RollBackward0"),
    (lambda: X.roll(1, 0), "RollBackward0"),
    (lambda: X.repeat(2, 2), "RepeatBackward0"),
    (lambda: X.tile(2), "RepeatBackward0"),
    (lambda: X.repeat_interleave(2), "ViewBackward0"),
    (lambda: X.repeat_interleave(torch.tensor([1, 2]), 0), "IndexSelectBackward0"),
    (lambda: X.movedim(0, 1), "PermuteBackward0"),
    (lambda: X.moveaxis(0, 0), "PermuteBackward0"),
    (lambda: X.unflatten(1, (3, 1)), "ViewBackward0"),
    (lambda: torch.broadcast_tensors(X, torch.ones(3, 1, 3))[0], "ExpandBackward0"),
    (lambda: X.expand_as(torch.ones(2, 2, 3)), "ExpandBackward0"),
]


@pytest.mark.parametrize(("fn", "name"), NODE_CASES)
def test_node_names(fn, name):
    assert fn().grad_fn.name() == name


def test_repeat_interleave_graph_is_pytorchs():
    node = X.repeat_interleave(2).grad_fn
    names = []
    while node is not None and node.next_functions:
        names.append(node.name())
        node = node.next_functions[0][0]
    assert names[:3] == ["ViewBackward0", "CloneBackward0", "ExpandBackward0"]


def test_cat_gradients_keep_each_input_dtype():
    x = torch.ones(3, requires_grad=True)
    y = torch.ones(3, dtype=torch.float64, requires_grad=True)
    z = torch.cat([x, y, torch.arange(3)])
    assert dtype_name(z.dtype) == "float64"
    (z * torch.arange(9.0)).sum().backward()
    assert_tensor(x.grad, [0.0, 1.0, 2.0], "float32")
    assert_tensor(y.grad, [3.0, 4.0, 5.0], "float64")
    s = torch.stack([x, y])
    (s * torch.tensor([[1.0], [2.0]])).sum().backward()
    assert_tensor(x.grad, [1.0, 2.0, 3.0], "float32")


def test_unused_outputs_get_zero_gradients():
    a = torch.ones(2, 3, requires_grad=True)
    (a.unbind(0)[1] * 3).sum().backward()
    assert_tensor(a.grad, [[0.0] * 3, [3.0] * 3])
    a.grad = None
    a.split(1, 1)[2].sum().backward()
    assert_tensor(a.grad, [[0.0, 0.0, 1.0]] * 2)


def test_no_graph_without_grad_mode():
    a = torch.ones(2, 3, requires_grad=True)
    with torch.no_grad():
        outs = [torch.cat([a, a]), a.flip(0), a.roll(1), a.repeat(1, 2), *a.unbind(0)]
    assert all(o.grad_fn is None and not o.requires_grad for o in outs)
    # out= is allowed when grad mode is off.
    with torch.no_grad():
        torch.cat([a, a], out=torch.empty(4, 3))


# ---- wgpu (skipped without an adapter) ----

WGPU_CASES = [
    lambda a: torch.cat([a, a.flip(0)], 1),
    lambda a: torch.stack([a, a], -1),
    lambda a: a.roll((1, -1), (0, 1)),
    lambda a: a.t().repeat(2, 1, 2),
    lambda a: a.repeat_interleave(torch.tensor([1, 0, 2]), 0),
    lambda a: torch.flip(torch.arange(300.0, device=a.device).reshape(3, 100), [1]),
    lambda a: torch.hstack(a.tensor_split(2, 1)),
]


@pytest.mark.parametrize("fn", WGPU_CASES)
def test_wgpu_matches_cpu(fn, gpu_device):
    a = torch.arange(12.0).reshape(3, 4)
    want = fn(a)
    got = fn(a.to(gpu_device))
    assert got.device == gpu_device
    assert_tensor(got.cpu(), to_numpy(want), dtype_name(want.dtype))


def test_wgpu_cat_gradient(gpu_device):
    a = torch.ones(2, 3, device=gpu_device, requires_grad=True)
    (torch.cat([a, a * 2], 1) * torch.arange(6.0, device=gpu_device)).sum().backward()
    assert_tensor(a.grad.cpu(), [[6.0, 9.0, 12.0]] * 2)
