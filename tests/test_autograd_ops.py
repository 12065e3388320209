"""Autograd of clamp, where, prod, atan2 and remainder, and what Functions save for backward."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.autograd import gradcheck, gradgradcheck


def _inputs(*shapes, seed=0, positive=False):
    rng = np.random.default_rng(seed)
    out = []
    for s in shapes:
        a = rng.uniform(0.5, 2.0, s) if positive else rng.uniform(-2.0, 2.0, s)
        out.append(torch.tensor(a, dtype=torch.float64, requires_grad=True))
    return out


def _cond(*shape):
    return torch.tensor(np.random.default_rng(1).uniform(size=shape) > 0.5)


COND23 = _cond(2, 3)

CASES = [
    ("clamp", [(3, 4)], lambda a: a.clamp(-0.5, 0.5), False),
    ("clamp min only", [(3, 4)], lambda a: a.clamp(min=-0.3), False),
    ("clamp max only", [(3, 4)], lambda a: a.clamp(max=0.4), False),
    ("clamp transposed", [(4, 3)], lambda a: a.t().clamp(-1, 1), False),
    ("clamp zero-dim", [()], lambda a: a.clamp(-3.0, 3.0), False),
    ("clip", [(5,)], lambda a: a.clip(-1.0, 1.0), False),
    ("torch.clamp", [(5,)], lambda a: torch.clamp(a, -1.0, 0.5), False),
    ("clamp_min", [(2, 3)], lambda a: a.clamp_min(0.1), False),
    ("clamp_max", [(2, 3)], lambda a: a.clamp_max(0.1), False),
    ("clamp tensor bounds", [(2, 3), (2, 3), (2, 3)], lambda a, b, c: a.clamp(b - 1, c + 1), False),
    ("clamp tensor broadcast", [(2, 3), (3,), (2, 1)], lambda a, b, c: a.clamp(b, c), False),
    ("clamp tensor min only", [(2, 3), (3,)], lambda a, b: a.clamp(min=b), False),
    ("clamp_min tensor", [(3, 2), (2,)], lambda a, b: a.t().clamp_min(b.unsqueeze(1)), False),
    ("clamp_max tensor zero-dim", [(2, 3), ()], lambda a, b: a.clamp_max(b), False),
    ("where", [(2, 3), (2, 3)], lambda a, b: a.where(COND23, b), False),
    ("where broadcast", [(3,), (2, 1)], lambda a, b: a.where(COND23, b), False),
    ("where transposed", [(3, 2), (2, 3)], lambda a, b: a.t().where(COND23, b), False),
    ("where zero-dim", [(), (2, 3)], lambda a, b: a.where(COND23, b), False),
    ("where number", [(2, 3)], lambda a: a.where(COND23, 0.5), False),
    ("atan2", [(2, 3), (2, 3)], lambda a, b: a.atan2(b), False),
    ("atan2 broadcast", [(2, 3), (3,)], lambda a, b: torch.atan2(a, b), False),
    ("atan2 transposed zero-dim", [(3, 2), ()], lambda a, b: a.t().atan2(b), False),
    ("remainder", [(2, 3), (2, 3)], lambda a, b: (a * 3).remainder(b), True),
    ("remainder broadcast", [(2, 3), (3,)], lambda a, b: (a * 3) % b, True),
    ("remainder number", [(2, 3)], lambda a: a % 0.7, True),
    ("number remainder", [(2, 3)], lambda a: 3.0 % a, True),
    ("remainder negative", [(4,), (4,)], lambda a, b: (a * -3).remainder(b), True),
    ("prod", [(2, 3)], lambda a: a.prod(), False),
    ("prod dim", [(2, 3, 2)], lambda a: a.prod(1), False),
    ("prod keepdim negative dim", [(2, 3)], lambda a: a.prod(-1, keepdim=True), False),
    ("prod transposed", [(2, 3)], lambda a: a.t().prod(1), False),
    ("prod zero-dim", [()], lambda a: a.prod(), False),
    ("prod zero-dim dim", [()], lambda a: a.prod(0), False),
    ("torch.prod", [(3,)], lambda a: torch.prod(a, 0), False),
    ("prod size-0", [(0, 3)], lambda a: a.prod(0), False),
    ("clamp size-0", [(0, 2)], lambda a: a.clamp(-1.0, 1.0), False),
    ("where size-0", [(0, 3), (3,)], lambda a, b: a.where(a > 0, b), False),
    ("mul broadcast", [(2, 3), (3,)], lambda a, b: a * b, False),
    ("mul transposed", [(3, 2), (2, 3)], lambda a, b: a.t() * b, False),
    ("div broadcast", [(2, 3), (2, 1)], lambda a, b: a / b, True),
    ("pow tensor broadcast", [(2, 3), (3,)], lambda a, b: a**b, True),
    ("rpow zero-dim", [()], lambda a: 3.0**a, False),
    ("neg", [(2, 3)], lambda a: -a.t(), False),
]

# Cases whose gradient depends on the inputs (for piecewise linear ops it depends only on
# the incoming gradient, which test_backward_is_linear_in_the_incoming_gradient covers).
DOUBLE = {
    "atan2 broadcast",
    "prod",
    "prod dim",
    "prod transposed",
    "mul broadcast",
    "div broadcast",
    "pow tensor broadcast",
}


@pytest.mark.parametrize(("name", "shapes", "fn", "positive"), CASES, ids=[c[0] for c in CASES])
def test_gradcheck(name, shapes, fn, positive):
    assert gradcheck(fn, tuple(_inputs(*shapes, positive=positive)))


@pytest.mark.parametrize(
    ("name", "shapes", "fn", "positive"),
    [c for c in CASES if c[0] in DOUBLE],
    ids=[c[0] for c in CASES if c[0] in DOUBLE],
)
def test_gradgradcheck(name, shapes, fn, positive):
    assert gradgradcheck(fn, tuple(_inputs(*shapes, positive=positive)))


def test_every_double_case_exists():
    assert DOUBLE.issubset(c[0] for c in CASES)


@pytest.mark.parametrize(("name", "shapes", "fn", "positive"), CASES, ids=[c[0] for c in CASES])
def test_backward_is_linear_in_the_incoming_gradient(name, shapes, fn, positive):
    # The vector-Jacobian product v -> J^T v, recorded with create_graph, differentiated in v.
    xs = _inputs(*shapes, positive=positive)
    shape = tuple(fn(*xs).shape)
    v = torch.tensor(np.random.default_rng(2).standard_normal(shape), requires_grad=True)

    def vjp(v):
        return torch.autograd.grad(fn(*xs), xs, v, create_graph=True)

    assert gradcheck(vjp, (v,))


# ---- prod with zeros ----


def _prod_grad_reference(x, dim):
    """The exact gradient of ``x.prod(dim).sum()``: the product of the other elements."""
    x = np.asarray(x, dtype=np.float64)
    if dim is None:
        flat = x.reshape(-1)
        others = [np.prod(np.delete(flat, i)) for i in range(flat.size)]
        return np.array(others).reshape(x.shape)
    moved = np.moveaxis(x, dim, -1)
    out = np.empty_like(moved)
    for idx in np.ndindex(moved.shape[:-1]):
        row = moved[idx]
        out[idx] = [np.prod(np.delete(row, i)) for i in range(row.size)]
    return np.moveaxis(out, -1, dim)


PROD_VALUES = {
    "no zero": [[2.0, -1.5, 3.0], [0.5, 4.0, -2.0]],
    "one zero": [[2.0, 0.0, 3.0], [0.5, 4.0, -2.0]],
    "one zero per row": [[2.0, 0.0, 3.0], [0.0, 4.0, -2.0]],
    "two zeros": [[0.0, 0.0, 3.0], [0.5, 0.0, -2.0]],
    "all zeros": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
}


@pytest.mark.parametrize("dim", [None, 0, 1])
@pytest.mark.parametrize("values", list(PROD_VALUES), ids=list(PROD_VALUES))
def test_prod_grad_with_zeros_matches_the_product_of_the_others(values, dim):
    x = torch.tensor(PROD_VALUES[values], dtype=torch.float64, requires_grad=True)
    y = x.prod() if dim is None else x.prod(dim)
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), _prod_grad_reference(x.detach().numpy(), dim))


@pytest.mark.parametrize("dim", [None, 0, 1])
@pytest.mark.parametrize("values", list(PROD_VALUES), ids=list(PROD_VALUES))
def test_prod_second_derivatives_with_zeros(values, dim):
    x = torch.tensor(PROD_VALUES[values], dtype=torch.float64, requires_grad=True)
    assert gradgradcheck(lambda t: t.prod() if dim is None else t.prod(dim), (x,))


def test_prod_one_zero_gradient_values():
    x = torch.tensor([2.0, 0.0, 3.0, 4.0], requires_grad=True)
    x.prod().backward()
    assert x.grad.tolist() == [0.0, 24.0, 0.0, 0.0]
    y = torch.tensor([2.0, 0.0, 0.0, 4.0], requires_grad=True)
    y.prod().backward()
    assert y.grad.tolist() == [0.0, 0.0, 0.0, 0.0]


def test_prod_with_dtype_gives_the_input_dtype_gradient():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x.prod(dtype=torch.float64)
    assert y.dtype == torch.float64
    y.backward()
    assert x.grad.dtype == torch.float32
    assert x.grad.tolist() == [6.0, 3.0, 2.0]


# ---- clamp at the boundaries ----

# Recorded from PyTorch 2.15 (derivatives.yaml: clamp_min/clamp_max compare strictly,
# tensor bounds split ties). x, min and max run over itertools.product of GRID; each
# character is one gradient: 0, h (one half) or 1.
GRID = (0.0, 1.0, 2.0, math.nan)
CLAMP_TENSOR = (
    "1hh10000000011110h1101h10000011100h100h1001100111111111111111111",
    "0hh0011000100000000000h00010000000000000000000000000000000000000",
    "00001000110000001h0010001100000011h011h0110000000000100011000000",
)
CLAMP_MIN_TENSOR = (
    "hhhh0000000011111111hhhh0000111111111111hhhh11111111111111111111",
    "hhhh1111111111110000hhhh1111111100000000hhhh11111111111111111111",
)
CLAMP_MAX_TENSOR = (
    "h111h111h111h1110h110h110h110h1100h100h100h100h11111111111111111",
    "h001h001h001h0011h011h011h011h0111h111h111h111h11111111111111111",
)
CLAMP_NUMBERS = "0000000000000000001000000000000000000000000000000000000000000000"
CLAMP_MIN_NUMBER = "0000000000000000111100000000000011111111000000000000000000000000"
CLAMP_MAX_NUMBER = "0110011001100110001000100010001000000000000000000000000000000000"


def _decode(code):
    return [{"0": 0.0, "h": 0.5, "1": 1.0}[c] for c in code]


def _grid_tensors():
    cols = list(zip(*itertools.product(GRID, repeat=3)))
    return [torch.tensor(c, dtype=torch.float64, requires_grad=True) for c in cols]


def _grads(y, *ts):
    y.backward(torch.ones_like(y))
    return [t.grad.tolist() for t in ts]


def test_clamp_tensor_bounds_boundaries_match_pytorch():
    x, lo, hi = _grid_tensors()
    assert _grads(x.clamp(lo, hi), x, lo, hi) == [_decode(c) for c in CLAMP_TENSOR]


@pytest.mark.parametrize("method", ["clamp", "clamp_min"])
def test_clamp_tensor_min_boundaries_match_pytorch(method):
    x, lo, _ = _grid_tensors()
    y = x.clamp(min=lo) if method == "clamp" else x.clamp_min(lo)
    assert _grads(y, x, lo) == [_decode(c) for c in CLAMP_MIN_TENSOR]


@pytest.mark.parametrize("method", ["clamp", "clamp_max"])
def test_clamp_tensor_max_boundaries_match_pytorch(method):
    x, _, hi = _grid_tensors()
    y = x.clamp(max=hi) if method == "clamp" else x.clamp_max(hi)
    assert _grads(y, x, hi) == [_decode(c) for c in CLAMP_MAX_TENSOR]


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("both", CLAMP_NUMBERS),
        ("min", CLAMP_MIN_NUMBER),
        ("max", CLAMP_MAX_NUMBER),
        ("clamp_min", CLAMP_MIN_NUMBER),
        ("clamp_max", CLAMP_MAX_NUMBER),
    ],
)
def test_clamp_number_bounds_boundaries_match_pytorch(kind, code):
    got = []
    for x, lo, hi in itertools.product(GRID, repeat=3):
        t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
        y = {
            "both": lambda t, lo=lo, hi=hi: t.clamp(lo, hi),
            "min": lambda t, lo=lo: t.clamp(min=lo),
            "max": lambda t, hi=hi: t.clamp(max=hi),
            "clamp_min": lambda t, lo=lo: t.clamp_min(lo),
            "clamp_max": lambda t, hi=hi: t.clamp_max(hi),
        }[kind](t)
        y.backward()
        got.append(t.grad.item())
    assert got == _decode(code)


def test_clamp_gradient_is_one_strictly_inside_and_zero_on_the_bounds():
    x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
    y = x.clamp(0.0, 1.0)
    assert y.tolist() == [0.0, 0.0, 0.5, 1.0, 1.0]
    y.sum().backward()
    assert x.grad.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0]


def test_clamp_tensor_bound_that_does_not_require_grad():
    x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
    lo = torch.tensor([0.0, 0.0, 0.0])
    x.clamp(lo, 1.0).sum().backward()
    assert x.grad.tolist() == [0.0, 1.0, 0.0]
    assert lo.grad is None


def test_clamp_of_a_tensor_without_grad_by_a_bound_with_grad():
    x = torch.tensor([-1.0, 0.5, 2.0])
    hi = torch.tensor(1.0, requires_grad=True)
    y = x.clamp(max=hi)
    assert y.grad_fn.name() == "ClampBackward0"
    y.sum().backward()
    assert hi.grad.item() == 1.0


def test_clamp_without_grad_records_nothing():
    x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
    with torch.no_grad():
        y = x.clamp(0.0, 1.0)
    assert y.grad_fn is None
    assert y.tolist() == [0.0, 0.5, 1.0]
    assert torch.tensor([1, 5, 9]).clamp(2, 6).tolist() == [2, 5, 6]


# ---- names ----


def _ten(*values, grad=True):
    return torch.tensor(list(values), requires_grad=grad)


NAMES = [
    ("ClampBackward1", lambda a, b: a.clamp(-0.5, 0.5)),
    ("ClampBackward1", lambda a, b: a.clamp(min=-0.5)),
    ("ClampBackward1", lambda a, b: a.clamp(max=0.5)),
    ("ClampBackward1", lambda a, b: a.clip(0, 1)),
    ("ClampBackward1", lambda a, b: torch.clamp(a, 0, 1)),
    ("ClampBackward0", lambda a, b: a.clamp(b, b + 1)),
    ("ClampBackward0", lambda a, b: a.clamp(min=b)),
    ("ClampBackward0", lambda a, b: a.clamp(max=b)),
    ("ClampMinBackward0", lambda a, b: a.clamp_min(0.5)),
    ("ClampMinBackward1", lambda a, b: a.clamp_min(b)),
    ("ClampMaxBackward0", lambda a, b: a.clamp_max(0.5)),
    ("ClampMaxBackward1", lambda a, b: a.clamp_max(b)),
    ("WhereBackward0", lambda a, b: a.where(a > 0, b)),
    ("WhereBackward0", lambda a, b: a.where(a > 0, 0.0)),
    ("Atan2Backward0", lambda a, b: a.atan2(b)),
    ("RemainderBackward0", lambda a, b: a % 2.0),
    ("RemainderBackward0", lambda a, b: a.remainder(2.0)),
    ("RemainderBackward1", lambda a, b: a % b),
    ("ProdBackward0", lambda a, b: a.prod()),
    ("ProdBackward1", lambda a, b: a.prod(0)),
    ("ProdBackward1", lambda a, b: a.prod(0, keepdim=True)),
    ("PowBackward0", lambda a, b: a**2),
    ("PowBackward1", lambda a, b: a**b),
    ("PowBackward2", lambda a, b: 2.0**a),
    ("NegBackward0", lambda a, b: -a),
]


@pytest.mark.parametrize(("name", "fn"), NAMES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(NAMES)])
def test_grad_fn_names(name, fn):
    out = fn(_ten(0.3, -1.2, 2.0), _ten(1.5, 0.5, -0.5))
    assert out.grad_fn.name() == name


def test_where_condition_and_unused_branch():
    a = _ten(1.0, 2.0, 3.0)
    b = _ten(4.0, 5.0, 6.0)
    cond = torch.tensor([True, False, True])
    out = a.where(cond, b)
    assert out.tolist() == [1.0, 5.0, 3.0]
    assert [e[0] is None for e in out.grad_fn.next_functions] == [True, False, False]
    out.backward(torch.tensor([10.0, 20.0, 30.0]))
    assert a.grad.tolist() == [10.0, 0.0, 30.0]
    assert b.grad.tolist() == [0.0, 20.0, 0.0]


def test_where_gradient_ignores_inf_in_the_unselected_branch():
    a = _ten(1.0, 2.0)
    g = torch.tensor([math.inf, 1.0])
    a.where(torch.tensor([False, True]), 0.0).backward(g)
    assert a.grad.tolist() == [0.0, 1.0]


def test_pow_exponent_gradient_at_a_zero_base():
    base = torch.tensor([0.0, 1.0, 0.0], dtype=torch.float64)
    p = torch.tensor([2.0, 3.0, -1.0], dtype=torch.float64, requires_grad=True)
    (base**p).sum().backward()
    assert p.grad.tolist() == [0.0, 0.0, -math.inf]
    p.grad = None
    (0.0**p).sum().backward()
    assert p.grad.tolist() == [0.0, 0.0, -math.inf]


def test_remainder_and_atan2_values():
    a = torch.tensor([[1.0, -2.0, 0.5]], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([[0.3], [-1.5]], dtype=torch.float64, requires_grad=True)
    (a % b).sum().backward()
    assert a.grad.tolist() == [[2.0, 2.0, 2.0]]
    # -sum(floor(a / b)) per row: floor([3.33, -6.67, 1.67]) and floor([-0.67, 1.33, -0.33]).
    assert b.grad.tolist() == [[3.0], [1.0]]
    a.grad = b.grad = None
    a.atan2(b).sum().backward()
    an, bn = a.detach().numpy(), b.detach().numpy()
    r2 = an**2 + bn**2
    np.testing.assert_allclose(a.grad.numpy(), (bn / r2).sum(0, keepdims=True))
    np.testing.assert_allclose(b.grad.numpy(), (-an / r2).sum(1, keepdims=True))


# ---- Functions save only what backward reads ----


def _modify_in_place(*ts):
    with torch.no_grad():
        for t in ts:
            t.add_(1)


def test_mul_with_only_self_requiring_grad_does_not_save_self():
    a = _ten(1.0, 2.0)
    b = _ten(3.0, 4.0, grad=False)
    y = (a * b).sum()
    _modify_in_place(a)
    y.backward()
    assert a.grad.tolist() == [3.0, 4.0]


def test_mul_with_only_other_requiring_grad_does_not_save_other():
    a = _ten(1.0, 2.0, grad=False)
    b = _ten(3.0, 4.0)
    y = (a * b).sum()
    _modify_in_place(b)
    y.backward()
    assert b.grad.tolist() == [1.0, 2.0]


def test_mul_still_detects_a_modified_tensor_it_needs():
    a = _ten(1.0, 2.0)
    b = _ten(3.0, 4.0, grad=False)
    y = (a * b).sum()
    _modify_in_place(b)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.backward()


def test_div_saves_the_dividend_only_for_the_divisor_gradient():
    a = _ten(1.0, 2.0)
    b = _ten(4.0, 8.0, grad=False)
    y = (a / b).sum()
    _modify_in_place(a)
    y.backward()
    assert a.grad.tolist() == [0.25, 0.125]
    c = _ten(1.0, 2.0, grad=False)
    d = _ten(4.0, 8.0)
    z = (c / d).sum()
    _modify_in_place(c)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        z.backward()


@pytest.mark.parametrize(
    ("name", "fn", "grad"),
    [
        ("add", lambda a, b: a + b, [1.0, 1.0]),
        ("sub", lambda a, b: b - a, [-1.0, -1.0]),
        ("neg", lambda a, b: -a, [-1.0, -1.0]),
        ("where", lambda a, b: a.where(torch.tensor([True, False]), b), [1.0, 0.0]),
        ("remainder by a tensor", lambda a, b: a % b, [1.0, 1.0]),
        ("remainder by a number", lambda a, b: a % 3.0, [1.0, 1.0]),
        ("mul by a number", lambda a, b: a * 3.0, [3.0, 3.0]),
    ],
)
def test_gradients_that_read_no_input_survive_in_place_changes(name, fn, grad):
    a = _ten(5.0, 7.0)
    b = _ten(3.0, 4.0, grad=False)
    y = fn(a, b).sum()
    _modify_in_place(a, b)
    y.backward()
    assert a.grad.tolist() == grad


@pytest.mark.parametrize(
    ("name", "fn"),
    [
        ("clamp", lambda a, b: a.clamp(0.0, 6.0)),
        ("remainder divisor", lambda a, b: b % a),
        ("atan2", lambda a, b: a.atan2(b)),
        ("prod", lambda a, b: a.prod()),
    ],
)
def test_gradients_that_read_an_input_detect_in_place_changes(name, fn):
    a = _ten(5.0, 7.0)
    b = _ten(3.0, 4.0, grad=False)
    y = fn(a, b).sum()
    _modify_in_place(a)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.backward()
