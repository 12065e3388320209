"""Matrix ops, einsum/tensordot and norms: values against numpy, gradients by gradcheck."""

from __future__ import annotations

import math

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.autograd import gradcheck, gradgradcheck

RNG = np.random.default_rng(7)


def arr(*shape, dtype=np.float64):
    return RNG.standard_normal(shape).astype(dtype)


def t(a, grad=False):
    return torch.tensor(a, requires_grad=grad)


EINSUM = [
    ("ij,jk->ik", [(3, 4), (4, 5)]),
    ("ij,jk", [(3, 4), (4, 5)]),
    ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
    ("ii->i", [(4, 4)]),
    ("ii", [(4, 4)]),
    ("iji->j", [(3, 2, 3)]),
    ("ij->ji", [(3, 4)]),
    ("ij->", [(3, 4)]),
    ("i,i->", [(5,), (5,)]),
    ("i,j->ij", [(3,), (4,)]),
    ("...ij,...jk->...ik", [(2, 1, 3, 4), (5, 4, 2)]),
    ("b...i,b...i->b...", [(2, 3, 4), (2, 1, 4)]),
    ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]),
    ("abc,cd,bd->ad", [(2, 3, 4), (4, 5), (3, 5)]),
    ("ba,ca->bc", [(3, 1), (4, 6)]),  # a size-1 label broadcasts
    ("Ab,bC->AC", [(2, 3), (3, 2)]),
    ("ij,ij->ij", [(0, 3), (0, 3)]),
]


@pytest.mark.parametrize(("eq", "shapes"), EINSUM, ids=[e for e, _ in EINSUM])
def test_einsum_matches_numpy(eq, shapes):
    arrays = [arr(*s) for s in shapes]
    got = torch.einsum(eq, *[t(a) for a in arrays]).numpy()
    want = np.einsum(eq, *arrays)
    assert got.shape == np.shape(want)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


def test_einsum_accepts_a_list_and_differentiates():
    a, b = t(arr(2, 3), True), t(arr(3, 4), True)
    assert torch.einsum("ij,jk->ik", [a, b]).shape == (2, 4)
    assert gradcheck(lambda x, y: torch.einsum("ij,jk->ik", x, y), (a, b))
    c = t(arr(3, 3), True)
    assert gradcheck(lambda x: torch.einsum("ii->i", x), (c,))
    assert gradgradcheck(lambda x, y: torch.einsum("bi,bi->b", x, y), (a, t(arr(2, 3), True)))


@pytest.mark.parametrize(
    ("eq", "shapes", "msg"),
    [
        (
            "ij,jk->ik",
            [(2, 3), (4, 5)],
            "einsum(): subscript j has size 4 for operand 1 which does not broadcast with "
            "previously seen size 3",
        ),
        (
            "ij,jk",
            [(2, 3)],
            "einsum(): fewer operands were provided than specified in the equation",
        ),
        (
            "ij",
            [(2, 3), (3,)],
            "einsum(): more operands were provided than specified in the equation",
        ),
        (
            "ijk->i",
            [(2, 3)],
            "einsum(): the number of subscripts in the equation (3) does not match the number "
            "of dimensions (2) for operand 0 and no ellipsis was given",
        ),
        (
            "ij->k",
            [(2, 3)],
            "einsum(): output subscript k does not appear in the equation for any input operand",
        ),
        ("ij->ii", [(2, 3)], "einsum(): output subscript i appears more than once in the output"),
    ],
)
def test_einsum_errors(eq, shapes, msg):
    with pytest.raises(RuntimeError) as info:
        torch.einsum(eq, *[t(arr(*s)) for s in shapes])
    assert str(info.value) == msg


@pytest.mark.parametrize(
    ("sa", "sb", "dims"),
    [
        ((3, 4, 5), (4, 5, 2), 2),
        ((3, 4), (4, 5), 1),
        ((2, 3), (4,), 0),
        ((3, 4, 5), (5, 3), ([0, 2], [1, 0])),
    ],
)
def test_tensordot_matches_numpy(sa, sb, dims):
    a, b = arr(*sa), arr(*sb)
    got = torch.tensordot(t(a), t(b), dims=dims).numpy()
    np.testing.assert_allclose(got, np.tensordot(a, b, axes=dims), rtol=1e-12, atol=1e-12)


def test_tensordot_error_and_gradient():
    with pytest.raises(
        RuntimeError,
        match="contracted dimensions need to match, but first has size 3 in dim -1 and second "
        "has size 4 in dim 0",
    ):
        torch.tensordot(torch.ones(2, 3), torch.ones(4, 5), dims=1)
    a, b = t(arr(3, 4), True), t(arr(4, 2), True)
    assert gradcheck(lambda x, y: torch.tensordot(x, y, dims=1), (a, b))


def test_products_match_numpy():
    a, b, v = arr(2, 3, 4), arr(2, 4, 5), arr(4)
    m, c = arr(3, 4), arr(3)
    np.testing.assert_allclose(torch.bmm(t(a), t(b)).numpy(), a @ b)
    np.testing.assert_allclose(torch.mv(t(m), t(v)).numpy(), m @ v)
    np.testing.assert_allclose(torch.outer(t(c), t(v)).numpy(), np.outer(c, v))
    np.testing.assert_allclose(t(c).ger(t(v)).numpy(), np.outer(c, v))
    np.testing.assert_allclose(
        torch.addmm(t(c), t(m), t(arr(4, 3) * 0 + 1), beta=0.5, alpha=2).numpy(),
        0.5 * c + 2 * (m @ np.ones((4, 3))),
    )
    np.testing.assert_allclose(torch.addmv(t(c), t(m), t(v)).numpy(), c + m @ v)
    bias = arr(3, 5)
    np.testing.assert_allclose(
        torch.baddbmm(t(bias), t(a), t(b), alpha=-1).numpy(), bias - a @ b, rtol=1e-12
    )


def test_addmm_with_beta_zero_ignores_nan_in_self():
    m = torch.ones(2, 2)
    out = torch.addmm(torch.full((2, 2), math.nan), m, m, beta=0)
    assert out.tolist() == [[2.0, 2.0], [2.0, 2.0]]


@pytest.mark.parametrize(
    ("fn", "msg"),
    [
        (lambda: torch.bmm(torch.ones(2, 3), torch.ones(2, 3)), "batch1 must be a 3D tensor"),
        (
            lambda: torch.bmm(torch.ones(2, 2, 3), torch.ones(3, 3, 4)),
            "Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: "
            "[3, 3].",
        ),
        (
            lambda: torch.mv(torch.ones(2, 3), torch.ones(4)),
            "size mismatch, got input (2), mat (2x3), vec (4)",
        ),
        (
            lambda: torch.mv(torch.ones(3), torch.ones(4)),
            "vector + matrix @ vector expected, got 1, 1, 1",
        ),
        (
            lambda: torch.outer(torch.ones(2, 3), torch.ones(4)),
            "outer: Expected 1-D argument self, but got 2-D",
        ),
        (
            lambda: torch.addmm(torch.ones(2, 2), torch.ones(2, 3), torch.ones(4, 2)),
            "addmm: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x2)",
        ),
        (
            lambda: torch.trace(torch.ones(2, 2, 2)),
            "trace: expected a matrix, but got tensor with dim 3",
        ),
        (lambda: torch.tril(torch.ones(2)), "tril: input tensor must have at least 2 dimensions"),
        (lambda: torch.diag(torch.ones(2, 2, 2)), "diag(): Supports 1D or 2D tensors. Got 3D"),
    ],
)
def test_matrix_errors(fn, msg):
    with pytest.raises(RuntimeError) as info:
        fn()
    assert str(info.value) == msg


@pytest.mark.parametrize(
    ("offset", "d1", "d2"), [(0, 0, 1), (1, 0, 2), (-1, 2, 0), (5, 0, 1), (-2, 1, 2)]
)
def test_diagonal_is_a_view_matching_numpy(offset, d1, d2):
    a = arr(3, 4, 5)
    x = t(a)
    d = x.diagonal(offset, d1, d2)
    np.testing.assert_array_equal(d.numpy(), np.diagonal(a, offset, d1, d2))
    assert d._base is x
    if d.numel():
        d.fill_(100.0)
        assert np.sum(x.numpy() == 100.0) == d.numel()


@pytest.mark.parametrize("k", [-2, -1, 0, 1, 3])
@pytest.mark.parametrize("dtype", ["float32", "int64", "bool", "uint8"])
def test_tril_triu_diag_trace_match_numpy(k, dtype):
    a = (arr(2, 3, 4) * 3).astype(dtype)
    np.testing.assert_array_equal(torch.tril(t(a), k).numpy(), np.tril(a, k))
    np.testing.assert_array_equal(torch.triu(t(a), k).numpy(), np.triu(a, k))
    assert torch.tril(t(a), k).dtype == t(a).dtype
    m = a[0]
    np.testing.assert_array_equal(torch.diag(t(m), k).numpy(), np.diag(m, k))
    np.testing.assert_array_equal(torch.diag(t(m[0]), k).numpy(), np.diag(m[0], k))
    if dtype != "bool":
        assert torch.trace(t(m)).item() == np.trace(m)


def test_tril_in_place_and_through_transposed_input():
    a = arr(4, 4)
    x = t(a.copy())
    x.t().tril_()
    np.testing.assert_array_equal(x.numpy(), np.triu(a))


GRADS = [
    ("diagonal", lambda x: x.diagonal(1), [(3, 4)]),
    ("diagonal 3-d", lambda x: x.diagonal(-1, 0, 2), [(3, 2, 4)]),
    ("diag of a vector", lambda x: torch.diag(x, -1), [(3,)]),
    ("diag of a matrix", lambda x: torch.diag(x), [(3, 3)]),
    ("trace", lambda x: x.trace(), [(3, 3)]),
    ("tril", lambda x: x.tril(-1), [(3, 4)]),
    ("triu of a transposed input", lambda x: x.t().triu(1), [(4, 3)]),
    ("bmm", lambda a, b: a.bmm(b), [(2, 2, 3), (2, 3, 2)]),
    ("mv", lambda a, b: a.mv(b), [(2, 3), (3,)]),
    ("outer", lambda a, b: a.outer(b), [(2,), (3,)]),
    ("addmm", lambda c, a, b: torch.addmm(c, a, b, beta=0.5, alpha=2), [(3,), (2, 4), (4, 3)]),
    ("as_strided", lambda x: x.as_strided((2, 2), (1, 3), 1), [(3, 3)]),
    ("vector_norm 2", lambda x: torch.linalg.vector_norm(x), [(3, 4)]),
    ("vector_norm 1 dim", lambda x: torch.linalg.vector_norm(x, 1, dim=1), [(3, 4)]),
    (
        "vector_norm 3 keepdim",
        lambda x: torch.linalg.vector_norm(x, 3, dim=0, keepdim=True),
        [(3, 4)],
    ),
    ("vector_norm 0.5", lambda x: torch.linalg.vector_norm(x, 0.5), [(5,)]),
    ("vector_norm inf", lambda x: torch.linalg.vector_norm(x, math.inf, dim=(0, 1)), [(3, 4)]),
    ("matrix_norm fro", lambda x: torch.linalg.matrix_norm(x), [(2, 3, 4)]),
    ("matrix_norm 1", lambda x: torch.linalg.matrix_norm(x, 1), [(3, 4)]),
    ("Tensor.norm", lambda x: x.norm(dim=1), [(3, 4)]),
]


@pytest.mark.parametrize(("name", "fn", "shapes"), GRADS, ids=[g[0] for g in GRADS])
def test_gradcheck(name, fn, shapes):
    inputs = tuple(t(arr(*s), True) for s in shapes)
    assert gradcheck(fn, inputs)


def test_norm_gradgradcheck():
    assert gradgradcheck(lambda x: torch.linalg.vector_norm(x, 2, dim=1), (t(arr(2, 3), True),))


@pytest.mark.parametrize("p", [2, 1, 3, math.inf])
def test_norm_gradient_at_zero_is_zero(p):
    x = torch.zeros(3, dtype=torch.float64, requires_grad=True)
    torch.linalg.vector_norm(x, p).backward()
    assert x.grad.tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("p", [0, 1, 2, 3, 0.5, -1, math.inf, -math.inf])
@pytest.mark.parametrize("dim", [None, 0, 1, (0, 1)])
def test_vector_norm_matches_numpy(p, dim):
    a = arr(3, 4)
    got = torch.linalg.vector_norm(t(a), p, dim)
    if dim is None:
        want = np.linalg.norm(a.reshape(-1), p)
    elif isinstance(dim, int):
        want = np.linalg.norm(a, p, axis=dim)
    else:
        want = np.linalg.norm(a.reshape(-1), p)
    np.testing.assert_allclose(got.numpy(), want, rtol=1e-12)


@pytest.mark.parametrize("ord", ["fro", 1, -1, math.inf, -math.inf])
def test_matrix_norm_matches_numpy(ord):
    a = arr(2, 3, 4)
    got = torch.linalg.matrix_norm(t(a), ord)
    want = np.linalg.norm(a, ord, axis=(-2, -1))
    np.testing.assert_allclose(got.numpy(), want, rtol=1e-12)
    kept = torch.linalg.matrix_norm(t(a), ord, keepdim=True)
    assert kept.shape == (2, 1, 1)


def test_linalg_norm_dispatch_and_errors():
    a = arr(3, 4)
    np.testing.assert_allclose(torch.linalg.norm(t(a)).item(), np.linalg.norm(a))
    np.testing.assert_allclose(torch.linalg.norm(t(a), 1).item(), np.linalg.norm(a, 1))
    np.testing.assert_allclose(torch.norm(t(a), p=1).item(), np.abs(a).sum())
    with pytest.raises(
        RuntimeError,
        match=r"If dim is not specified but ord is, the input must be 1D or 2D\. Got 3D\.",
    ):
        torch.linalg.norm(torch.ones(2, 2, 2), 1)
    with pytest.raises(RuntimeError, match="The input tensor A must have at least 2 dimensions"):
        torch.linalg.matrix_norm(torch.ones(3))
    with pytest.raises(
        RuntimeError, match=r"Expected a floating point or complex tensor as input\. Got Long"
    ):
        torch.linalg.vector_norm(torch.ones(3, dtype=torch.int64))
