"""nn layers, activations, dropout, init and utils: numpy references, gradcheck, messages.

Expected reprs, gradient conventions at kinks and messages were recorded from
PyTorch 2.15.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

import ferrotensor as torch
import ferrotensor.nn.functional as F
from ferrotensor import nn
from ferrotensor.autograd import gradcheck, gradgradcheck

RNG = np.random.default_rng(0)
X = RNG.standard_normal((3, 5))
_erf = np.vectorize(math.erf)


def t64(a, grad=True):
    return torch.tensor(np.asarray(a, dtype=np.float64), requires_grad=grad)


def close(got, want, rtol=1e-6, atol=1e-7):
    np.testing.assert_allclose(got.detach().numpy(), want, rtol=rtol, atol=atol)


def raises(exc, msg, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == msg, str(info.value)


def _np_softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _np_log_softmax(x, axis):
    s = x - x.max(axis=axis, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=axis, keepdims=True))


SELU_A, SELU_S = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946

# (name, ferrotensor function, numpy reference, input scale)
ACTIVATIONS = [
    ("relu", F.relu, lambda x: np.maximum(x, 0), 1),
    ("leaky_relu", lambda x: F.leaky_relu(x, 0.2), lambda x: np.where(x > 0, x, 0.2 * x), 1),
    ("elu", lambda x: F.elu(x, 0.7), lambda x: np.where(x > 0, x, 0.7 * np.expm1(x)), 1),
    ("selu", F.selu, lambda x: SELU_S * np.where(x > 0, x, SELU_A * np.expm1(x)), 1),
    (
        "celu",
        lambda x: F.celu(x, 0.5),
        lambda x: np.maximum(0, x) + np.minimum(0, 0.5 * np.expm1(x / 0.5)),
        1,
    ),
    ("gelu", F.gelu, lambda x: 0.5 * x * (1 + _erf(x / math.sqrt(2))), 1),
    (
        "gelu_tanh",
        lambda x: F.gelu(x, approximate="tanh"),
        lambda x: 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3))),
        1,
    ),
    ("silu", F.silu, lambda x: x / (1 + np.exp(-x)), 1),
    ("mish", F.mish, lambda x: x * np.tanh(np.logaddexp(0, x)), 3),
    ("sigmoid", F.sigmoid, lambda x: 1 / (1 + np.exp(-x)), 1),
    ("tanh", F.tanh, np.tanh, 1),
    (
        "softplus",
        lambda x: F.softplus(x, 2.0, 5.0),
        lambda x: np.where(2 * x > 5, x, np.log1p(np.exp(2 * x)) / 2),
        3,
    ),
    ("hardtanh", lambda x: F.hardtanh(x, -0.5, 0.7), lambda x: np.clip(x, -0.5, 0.7), 1),
    ("relu6", F.relu6, lambda x: np.clip(x, 0, 6), 4),
    ("hardsigmoid", F.hardsigmoid, lambda x: np.clip(x / 6 + 0.5, 0, 1), 4),
    ("hardswish", F.hardswish, lambda x: x * np.clip(x + 3, 0, 6) / 6, 4),
    ("logsigmoid", F.logsigmoid, lambda x: -np.logaddexp(0, -x), 10),
    ("softmax", lambda x: F.softmax(x, 1), lambda x: _np_softmax(x, 1), 5),
    ("softmax_dim0", lambda x: F.softmax(x, 0), lambda x: _np_softmax(x, 0), 5),
    ("log_softmax", lambda x: F.log_softmax(x, -1), lambda x: _np_log_softmax(x, -1), 5),
    ("softmin", lambda x: F.softmin(x, 1), lambda x: _np_softmax(-x, 1), 1),
]


@pytest.mark.parametrize(
    ("name", "fn", "ref", "scale"), ACTIVATIONS, ids=[a[0] for a in ACTIVATIONS]
)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_activation_forward(name, fn, ref, scale, dtype):
    x = (X * scale).astype(dtype)
    out = fn(torch.tensor(x))
    assert out.dtype == torch.tensor(x).dtype
    tol = 1e-5 if dtype == "float32" else 1e-12
    np.testing.assert_allclose(out.numpy(), ref(x.astype(np.float64)), rtol=tol, atol=tol)


@pytest.mark.parametrize(
    ("name", "fn", "ref", "scale"), ACTIVATIONS, ids=[a[0] for a in ACTIVATIONS]
)
def test_activation_gradcheck(name, fn, ref, scale):
    assert gradcheck(fn, (t64(X * scale),))


@pytest.mark.parametrize(
    "fn",
    [
        lambda x: F.softmax(x, 1),
        lambda x: F.log_softmax(x, 0),
        F.gelu,
        lambda x: F.gelu(x, approximate="tanh"),
        F.silu,
        F.mish,
        F.elu,
        lambda x: F.softplus(x, 2.0, 5.0),
        lambda x: F.linear(x, x.t() * 0.5 + 1),
    ],
)
def test_second_derivatives(fn):
    assert gradgradcheck(fn, (t64(X[:, :3]),))


@pytest.mark.parametrize(
    ("fn", "vals", "grad"),
    [
        (F.leaky_relu, [0.0], [0.01]),
        (lambda x: F.elu(x, 0.5), [0.0], [0.5]),
        (F.selu, [0.0], [SELU_S * SELU_A]),
        (F.hardswish, [-3.0, 0.0, 3.0, 2.999], [0.0, 0.5, 1.0, 1.4996667]),
        (F.hardsigmoid, [-3.0, 3.0, 0.0], [0.0, 0.0, 1 / 6]),
        (F.hardtanh, [-1.0, 1.0, 0.0, 6.0], [0.0, 0.0, 1.0, 0.0]),
        (F.relu6, [-1.0, 1.0, 0.0, 6.0], [0.0, 1.0, 0.0, 0.0]),
        (F.relu, [0.0, 1.0], [0.0, 1.0]),
        (lambda x: F.softplus(x, 1, 20), [20.0, 20.0001], [1.0, 1.0]),
    ],
)
def test_activation_gradient_at_kinks(fn, vals, grad):
    x = torch.tensor(vals, requires_grad=True)
    fn(x).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), grad, rtol=1e-5)


@pytest.mark.parametrize(
    ("fn", "node"),
    [
        (F.relu, "ReluBackward0"),
        (F.leaky_relu, "LeakyReluBackward0"),
        (F.elu, "EluBackward0"),
        (F.selu, "EluBackward0"),
        (F.gelu, "GeluBackward0"),
        (F.silu, "SiluBackward0"),
        (F.mish, "MishBackward0"),
        (F.sigmoid, "SigmoidBackward0"),
        (F.tanh, "TanhBackward0"),
        (F.softplus, "SoftplusBackward0"),
        (F.hardtanh, "HardtanhBackward0"),
        (F.relu6, "HardtanhBackward0"),
        (F.hardsigmoid, "HardsigmoidBackward0"),
        (F.hardswish, "HardswishBackward0"),
        (lambda x: F.softmax(x, 0), "SoftmaxBackward0"),
        (lambda x: F.log_softmax(x, 0), "LogSoftmaxBackward0"),
    ],
)
def test_activation_grad_fn_names(fn, node):
    assert type(fn(torch.ones(2, requires_grad=True)).grad_fn).__name__ == node


def test_softmax_numerically_stable():
    x = torch.tensor([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1e4]])
    sm = F.softmax(x, 1)
    np.testing.assert_allclose(sm.numpy(), [[0.09003057, 0.24472847, 0.66524096], [0.5, 0.5, 0]])
    ls = F.log_softmax(x, 1)
    np.testing.assert_allclose(ls[0].numpy(), [-2.40760596, -1.40760596, -0.40760596], rtol=1e-6)
    assert F.log_softmax(torch.tensor([float("-inf"), 0.0]), 0).tolist() == [float("-inf"), 0.0]
    assert np.isnan(F.softmax(torch.tensor([float("-inf")] * 2), 0).numpy()).all()
    assert F.softmax(torch.tensor(3.0), 0).item() == 1.0
    assert tuple(F.softmax(torch.zeros(0, 3), 1).shape) == (0, 3)


def test_softmax_3d_and_dtype():
    x3 = RNG.standard_normal((2, 3, 4))
    close(F.log_softmax(torch.tensor(x3), 1), _np_log_softmax(x3, 1), rtol=1e-10)
    out = F.softmax(torch.tensor([1.0, 2.0]), dim=0, dtype=torch.float64)
    assert out.dtype == torch.float64
    np.testing.assert_allclose(out.numpy(), [0.26894142, 0.73105858])
    assert gradcheck(lambda x: F.log_softmax(x, 1), (t64(x3),))


def test_softmax_implicit_dim_warns():
    for fn, name in ((F.softmax, "softmax"), (F.log_softmax, "log_softmax")):
        with pytest.warns(UserWarning, match="Implicit dimension choice") as rec:
            out = fn(torch.zeros(2, 3))
        assert str(rec[0].message) == (
            f"Implicit dimension choice for {name} has been deprecated. Change the call to "
            "include dim=X as an argument."
        )
        assert out.sum(1).tolist() == ([1.0, 1.0] if name == "softmax" else out.sum(1).tolist())
    with pytest.warns(UserWarning, match="Implicit dimension choice for softmax"):
        nn.Softmax()(torch.zeros(3))


def test_softmax_errors():
    raises(
        IndexError,
        "Dimension out of range (expected to be in range of [-2, 1], but got 2)",
        F.softmax,
        torch.rand(2, 3),
        dim=2,
    )
    raises(
        NotImplementedError,
        "\"softmax_lastdim_kernel_impl\" not implemented for 'Long'",
        F.softmax,
        torch.tensor([1, 2]),
        dim=0,
    )


def test_gelu_bad_approximate():
    raises(
        RuntimeError,
        "approximate argument must be either none or tanh.",
        F.gelu,
        torch.zeros(1),
        "foo",
    )


@pytest.mark.parametrize(
    ("fn", "kernel"),
    [
        (F.leaky_relu, "leaky_relu_cpu"),
        (F.gelu, "GeluKernelImpl"),
        (F.silu, "silu_cpu"),
        (F.elu, "elu_cpu"),
    ],
)
def test_activation_integer_input(fn, kernel):
    raises(
        NotImplementedError, f"\"{kernel}\" not implemented for 'Long'", fn, torch.tensor([-1, 2])
    )


def test_integer_relu_family():
    assert F.relu(torch.tensor([-1, 2])).tolist() == [0, 2]
    assert F.relu6(torch.tensor([-1, 7])).tolist() == [0, 6]
    assert F.hardtanh(torch.tensor([-3, 2])).tolist() == [-1, 1]
    assert F.hardtanh(torch.tensor([-3, 2])).dtype == torch.int64


def test_inplace_activations():
    for fn in (F.relu_, F.leaky_relu_, F.elu_, F.selu_, F.hardtanh_):
        x = torch.tensor([-1.0, 2.0])
        y = fn(x)
        assert y is x
    x = torch.tensor([-1.0, 2.0])
    nn.ReLU(inplace=True)(x)
    assert x.tolist() == [0.0, 2.0]
    raises(
        RuntimeError,
        "a leaf Variable that requires grad is being used in an in-place operation.",
        F.relu,
        torch.ones(2, requires_grad=True),
        inplace=True,
    )


def test_inplace_activation_in_graph_gradient():
    x = t64([-1.0, 0.5, 2.0])
    for fn in (F.relu, F.leaky_relu, F.silu, F.hardswish):
        h = x * 1.0
        fn(h, inplace=True)
        (g,) = torch.autograd.grad(h.sum(), x)
        (want,) = torch.autograd.grad(fn(x * 1.0).sum(), x)
        np.testing.assert_allclose(g.numpy(), want.numpy())


ACT_REPRS = [
    (nn.ReLU(), "ReLU()"),
    (nn.ReLU(inplace=True), "ReLU(inplace=True)"),
    (nn.LeakyReLU(), "LeakyReLU(negative_slope=0.01)"),
    (nn.LeakyReLU(0.2, True), "LeakyReLU(negative_slope=0.2, inplace=True)"),
    (nn.ELU(), "ELU(alpha=1.0)"),
    (nn.ELU(0.5, True), "ELU(alpha=0.5, inplace=True)"),
    (nn.SELU(), "SELU()"),
    (nn.SELU(True), "SELU(inplace=True)"),
    (nn.GELU(), "GELU(approximate='none')"),
    (nn.GELU("tanh"), "GELU(approximate='tanh')"),
    (nn.SiLU(), "SiLU()"),
    (nn.SiLU(True), "SiLU(inplace=True)"),
    (nn.Mish(True), "Mish(inplace=True)"),
    (nn.Sigmoid(), "Sigmoid()"),
    (nn.Tanh(), "Tanh()"),
    (nn.Softmax(), "Softmax(dim=None)"),
    (nn.Softmax(dim=1), "Softmax(dim=1)"),
    (nn.LogSoftmax(dim=-1), "LogSoftmax(dim=-1)"),
    (nn.Softplus(), "Softplus(beta=1.0, threshold=20.0)"),
    (nn.Softplus(2, 10), "Softplus(beta=2, threshold=10)"),
    (nn.Hardtanh(), "Hardtanh(min_val=-1.0, max_val=1.0)"),
    (nn.Hardtanh(-2, 2, True), "Hardtanh(min_val=-2, max_val=2, inplace=True)"),
    (nn.ReLU6(), "ReLU6()"),
    (nn.ReLU6(True), "ReLU6(inplace=True)"),
    (nn.Hardsigmoid(True), "Hardsigmoid()"),
    (nn.Hardswish(True), "Hardswish()"),
    (nn.Identity(54, unused="x"), "Identity()"),
    (nn.Flatten(), "Flatten(start_dim=1, end_dim=-1)"),
    (nn.Unflatten(1, (2, 3)), "Unflatten(dim=1, unflattened_size=(2, 3))"),
    (nn.Unflatten(1, [2, 3]), "Unflatten(dim=1, unflattened_size=[2, 3])"),
    (nn.Dropout(), "Dropout(p=0.5, inplace=False)"),
    (nn.Dropout(0.2, inplace=True), "Dropout(p=0.2, inplace=True)"),
    (nn.Dropout1d(0.2), "Dropout1d(p=0.2, inplace=False)"),
    (nn.Dropout2d(), "Dropout2d(p=0.5, inplace=False)"),
    (nn.Linear(3, 2), "Linear(in_features=3, out_features=2, bias=True)"),
    (nn.Linear(3, 2, bias=False), "Linear(in_features=3, out_features=2, bias=False)"),
    (nn.Bilinear(3, 4, 5), "Bilinear(in1_features=3, in2_features=4, out_features=5, bias=True)"),
    (nn.Embedding(10, 3), "Embedding(10, 3)"),
    (
        nn.Embedding(10, 3, padding_idx=0, max_norm=1.0),
        "Embedding(10, 3, padding_idx=0, max_norm=1.0)",
    ),
    (
        nn.Embedding(3, 2, norm_type=1.0, scale_grad_by_freq=True, sparse=True),
        "Embedding(3, 2, norm_type=1.0, scale_grad_by_freq=True, sparse=True)",
    ),
]


@pytest.mark.parametrize(("module", "text"), ACT_REPRS, ids=[r[1] for r in ACT_REPRS])
def test_layer_reprs(module, text):
    assert repr(module) == text


def test_activation_modules_match_functions():
    x = torch.tensor(X)
    pairs = [
        (nn.ReLU(), F.relu(x)),
        (nn.LeakyReLU(0.3), F.leaky_relu(x, 0.3)),
        (nn.ELU(0.4), F.elu(x, 0.4)),
        (nn.SELU(), F.selu(x)),
        (nn.GELU("tanh"), F.gelu(x, approximate="tanh")),
        (nn.SiLU(), F.silu(x)),
        (nn.Mish(), F.mish(x)),
        (nn.Sigmoid(), x.sigmoid()),
        (nn.Tanh(), x.tanh()),
        (nn.Softmax(dim=0), F.softmax(x, 0)),
        (nn.LogSoftmax(dim=1), F.log_softmax(x, 1)),
        (nn.Softmin(dim=1), F.softmin(x, 1)),
        (nn.LogSigmoid(), F.logsigmoid(x)),
        (nn.Softplus(2, 3), F.softplus(x, 2, 3)),
        (nn.Hardtanh(-0.2, 0.3), F.hardtanh(x, -0.2, 0.3)),
        (nn.ReLU6(), F.relu6(x)),
        (nn.Hardsigmoid(), F.hardsigmoid(x)),
        (nn.Hardswish(), F.hardswish(x)),
    ]
    for module, want in pairs:
        np.testing.assert_array_equal(module(x).numpy(), want.numpy())


def test_hardtanh_bounds_check():
    raises(AssertionError, "max_val (1) must be greater than min_val (2)", nn.Hardtanh, 2, 1)


# ---- Linear ----


def test_linear_forward_against_numpy():
    lin = nn.Linear(5, 4)
    w, b = lin.weight.detach().numpy(), lin.bias.detach().numpy()
    x2 = X.astype(np.float32)
    close(lin(torch.tensor(x2)), x2 @ w.T + b, rtol=1e-5, atol=1e-6)
    x3 = RNG.standard_normal((2, 3, 5)).astype(np.float32)
    close(lin(torch.tensor(x3)), x3 @ w.T + b, rtol=1e-5, atol=1e-6)
    close(lin(torch.tensor(x2[0])), x2[0] @ w.T + b, rtol=1e-5, atol=1e-6)
    nb = nn.Linear(5, 4, bias=False)
    close(nb(torch.tensor(x2)), x2 @ nb.weight.detach().numpy().T, rtol=1e-5, atol=1e-6)
    assert tuple(lin(torch.zeros(0, 5)).shape) == (0, 4)


def test_linear_default_init_bounds():
    torch.manual_seed(0)
    lin = nn.Linear(64, 100)
    bound = 1 / math.sqrt(64)
    w = lin.weight.detach().numpy()
    b = lin.bias.detach().numpy()
    assert np.abs(w).max() <= bound
    assert np.abs(w).max() > 0.95 * bound
    assert np.abs(b).max() <= bound
    assert abs(w.std() - bound / math.sqrt(3)) < 0.01
    assert lin.weight.requires_grad
    assert type(lin.weight).__name__ == "Parameter"
    lin2 = nn.Linear(2, 3, dtype=torch.float64)
    assert lin2.weight.dtype == torch.float64
    assert lin2.bias.dtype == torch.float64


def test_linear_gradcheck_and_grad_fn():
    x, w, b = t64(X), t64(RNG.standard_normal((4, 5))), t64(RNG.standard_normal(4))
    assert gradcheck(F.linear, (x, w, b))
    assert gradcheck(F.linear, (t64(RNG.standard_normal((2, 3, 5))), w, b))
    assert gradcheck(F.linear, (t64(X[0]), w))
    assert type(F.linear(x, w, b).grad_fn).__name__ == "AddmmBackward0"
    assert type(F.linear(x, w).grad_fn).__name__ == "MmBackward0"
    assert type(F.linear(x.reshape(1, 3, 5), w, b).grad_fn).__name__ == "UnsafeViewBackward0"
    assert tuple(F.linear(torch.rand(2, 3), torch.rand(3)).shape) == (2,)


def test_linear_parameter_gradients():
    lin = nn.Linear(5, 4, dtype=torch.float64)
    x = torch.tensor(X)
    g = RNG.standard_normal((3, 4))
    (lin(x) * torch.tensor(g)).sum().backward()
    np.testing.assert_allclose(lin.weight.grad.numpy(), g.T @ X)
    np.testing.assert_allclose(lin.bias.grad.numpy(), g.sum(0))


@pytest.mark.parametrize(
    ("call", "exc", "msg"),
    [
        (
            lambda: nn.Linear(5, 2)(torch.rand(4, 3)),
            RuntimeError,
            "addmm: mat1 and mat2 shapes cannot be multiplied (4x3 and 5x2)",
        ),
        (
            lambda: F.linear(torch.rand(4, 3), torch.rand(2, 5)),
            RuntimeError,
            "mm: mat1 and mat2 shapes cannot be multiplied (4x3 and 5x2)",
        ),
        (
            lambda: nn.Linear(5, 2)(torch.rand(2, 4, 3)),
            RuntimeError,
            "addmm: mat1 and mat2 shapes cannot be multiplied (8x3 and 5x2)",
        ),
        (
            lambda: nn.Linear(5, 2)(torch.rand(3)),
            RuntimeError,
            "addmm: mat1 and mat2 shapes cannot be multiplied (1x3 and 5x2)",
        ),
        (
            lambda: nn.Linear(5, 2)(torch.tensor(1.0)),
            RuntimeError,
            "both arguments to linear need to be at least 1D, but they are 0D and 2D",
        ),
        (
            lambda: nn.Linear(5, 2)(torch.rand(1, 5, dtype=torch.float64)),
            RuntimeError,
            "mat1 and mat2 must have the same dtype, but got Double and Float",
        ),
        (
            lambda: nn.Linear(5, 2)(torch.ones(1, 5, dtype=torch.long)),
            RuntimeError,
            "mat1 and mat2 must have the same dtype, but got Long and Float",
        ),
        (
            lambda: F.linear(torch.rand(2, 3), torch.rand(4, 3), torch.rand(5)),
            RuntimeError,
            "The expanded size of the tensor (4) must match the existing size (5) at "
            "non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [5]",
        ),
        (
            lambda: F.linear(torch.rand(2, 3), torch.rand(3), torch.rand(())),
            RuntimeError,
            "addmm: mat2 must be a matrix, got 1-D tensor",
        ),
    ],
)
def test_linear_errors(call, exc, msg):
    raises(exc, msg, call)


# ---- Bilinear ----


def test_bilinear_forward_and_gradcheck():
    bl = nn.Bilinear(3, 2, 4, dtype=torch.float64)
    x1, x2 = RNG.standard_normal((5, 3)), RNG.standard_normal((5, 2))
    w, b = bl.weight.detach().numpy(), bl.bias.detach().numpy()
    want = np.einsum("ni,oij,nj->no", x1, w, x2) + b
    close(bl(torch.tensor(x1), torch.tensor(x2)), want, rtol=1e-12)
    x1b, x2b = RNG.standard_normal((2, 5, 3)), RNG.standard_normal((2, 5, 2))
    close(bl(torch.tensor(x1b), torch.tensor(x2b)), np.einsum("bni,oij,bnj->bno", x1b, w, x2b) + b)
    assert tuple(bl(torch.tensor(x1[0]), torch.tensor(x2[0])).shape) == (4,)
    assert type(bl(torch.tensor(x1), torch.tensor(x2)).grad_fn).__name__ == "AddBackward0"
    args = (t64(x1), t64(x2), t64(w), t64(b))
    assert gradcheck(F.bilinear, args)
    bound = 1 / math.sqrt(3)
    assert np.abs(w).max() <= bound
    assert np.abs(b).max() <= bound


@pytest.mark.parametrize(
    ("x1", "x2", "msg"),
    [
        (
            (5, 3),
            (5, 3),
            "bilinear(): input1 size does not match weight size: got 3 but expected 2",
        ),
        ((5, 2), (5, 1, 3), "bilinear(): input dimensions do not match: got 2 and 3"),
        ((2, 2), (3, 3), "bilinear(): input batch dimensions do not match at dim 0: got 2 and 3"),
        (
            (2, 2),
            (2, 5),
            "bilinear(): input2 size does not match weight size: got 5 but expected 3",
        ),
    ],
)
def test_bilinear_errors(x1, x2, msg):
    raises(RuntimeError, msg, nn.Bilinear(2, 3, 4), torch.ones(*x1), torch.ones(*x2))


# ---- Embedding ----


def test_embedding_forward_and_gradient():
    emb = nn.Embedding(6, 3, dtype=torch.float64)
    idx = np.array([[0, 2, 2], [5, 1, 2]])
    w = emb.weight.detach().numpy().copy()
    out = emb(torch.tensor(idx))
    close(out, w[idx], rtol=0, atol=0)
    assert type(out.grad_fn).__name__ == "EmbeddingBackward0"
    g = RNG.standard_normal((2, 3, 3))
    (out * torch.tensor(g)).sum().backward()
    want = np.zeros((6, 3))
    np.add.at(want, idx.reshape(-1), g.reshape(-1, 3))
    np.testing.assert_allclose(emb.weight.grad.numpy(), want)
    assert tuple(emb(torch.tensor(1)).shape) == (3,)
    assert tuple(emb(torch.tensor([1], dtype=torch.int32)).shape) == (1, 3)


def test_embedding_gradcheck_and_double_backward():
    idx = torch.tensor([[0, 2], [2, 3]])
    w = t64(RNG.standard_normal((4, 3)))
    assert gradcheck(lambda w: F.embedding(idx, w), (w,))
    assert gradgradcheck(lambda w: F.embedding(idx, w) ** 2, (w,))
    # NOTE: padding_idx and scale_grad_by_freq change the gradient on purpose (not checked).


def test_embedding_padding_idx():
    emb = nn.Embedding(3, 2, padding_idx=1)
    assert emb.weight[1].tolist() == [0.0, 0.0]
    emb(torch.tensor([[0, 1, 1], [2, 1, 0]])).sum().backward()
    assert emb.weight.grad.tolist() == [[2.0, 2.0], [0.0, 0.0], [1.0, 1.0]]
    assert nn.Embedding(10, 3, padding_idx=-1).padding_idx == 9


def test_embedding_scale_grad_by_freq():
    emb = nn.Embedding(3, 2, padding_idx=1, scale_grad_by_freq=True)
    emb(torch.tensor([[0, 0, 1], [2, 0, 1]])).sum().backward()
    assert emb.weight.grad.tolist() == [[1.0, 1.0], [0.0, 0.0], [1.0, 1.0]]


def test_embedding_from_pretrained_and_max_norm():
    table = torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
    emb = nn.Embedding.from_pretrained(table, max_norm=1.0)
    assert not emb.weight.requires_grad
    out = emb(torch.tensor([0, 0, 1]))
    np.testing.assert_allclose(out.numpy(), [[0.6, 0.8], [0.6, 0.8], [0.3, 0.4]], rtol=1e-6)
    np.testing.assert_allclose(
        emb.weight.detach().numpy(), [[0.6, 0.8], [0.3, 0.4], [6.0, 8.0]], rtol=1e-6
    )
    unfrozen = nn.Embedding.from_pretrained(torch.ones(2, 3), freeze=False, padding_idx=1)
    assert unfrozen.weight.requires_grad
    assert repr(unfrozen) == "Embedding(2, 3, padding_idx=1)"


def test_embedding_init_is_standard_normal():
    torch.manual_seed(0)
    w = nn.Embedding(1000, 50).weight.detach().numpy()
    assert abs(w.mean()) < 0.01
    assert abs(w.std() - 1) < 0.01


@pytest.mark.parametrize(
    ("call", "exc", "msg"),
    [
        (lambda: nn.Embedding(3, 2)(torch.tensor([3])), IndexError, "index out of range in self"),
        (lambda: nn.Embedding(3, 2)(torch.tensor([-1])), IndexError, "index out of range in self"),
        (
            lambda: nn.Embedding(3, 2)(torch.tensor([1.0])),
            RuntimeError,
            "Expected tensor for argument #1 'indices' to have one of the following scalar "
            "types: Long, Int; but got ferrotensor.FloatTensor instead (while checking "
            "arguments for embedding)",
        ),
        (
            lambda: nn.Embedding(3, 2, padding_idx=3),
            AssertionError,
            "Padding_idx must be within num_embeddings",
        ),
        (
            lambda: nn.Embedding(3, 2, padding_idx=-4),
            AssertionError,
            "Padding_idx must be within num_embeddings",
        ),
        (
            lambda: nn.Embedding.from_pretrained(torch.ones(3)),
            AssertionError,
            "Embeddings parameter is expected to be 2-dimensional",
        ),
    ],
)
def test_embedding_errors(call, exc, msg):
    raises(exc, msg, call)


def test_one_hot():
    assert F.one_hot(torch.tensor([0, 2, 1])).tolist() == [[1, 0, 0], [0, 0, 1], [0, 1, 0]]
    oh = F.one_hot(torch.tensor([0, 2]), 4)
    assert oh.tolist() == [[1, 0, 0, 0], [0, 0, 1, 0]]
    assert oh.dtype == torch.int64
    assert tuple(F.one_hot(torch.tensor([[0, 1], [2, 0]])).shape) == (2, 2, 3)
    assert tuple(F.one_hot(torch.tensor([], dtype=torch.long), 3).shape) == (0, 3)
    raises(
        RuntimeError,
        "Class values must be smaller than num_classes.",
        F.one_hot,
        torch.tensor([0, 5]),
        4,
    )
    raises(RuntimeError, "Class values must be non-negative.", F.one_hot, torch.tensor([0, -1]))
    raises(
        RuntimeError,
        "one_hot is only applicable to index tensor of type LongTensor.",
        F.one_hot,
        torch.tensor([0.0, 1.0]),
    )
    raises(
        RuntimeError,
        "Can not infer total number of classes from empty tensor.",
        F.one_hot,
        torch.tensor([], dtype=torch.long),
    )


# ---- Dropout ----


def test_dropout_train_statistics_and_scaling():
    torch.manual_seed(0)
    x = torch.ones(100000)
    out = F.dropout(x, 0.3)
    vals = out.numpy()
    assert abs((vals == 0).mean() - 0.3) < 0.01
    np.testing.assert_allclose(vals[vals != 0], 1 / 0.7, rtol=1e-6)
    assert type(F.dropout(torch.ones(2, requires_grad=True)).grad_fn).__name__ == "MulBackward0"


def test_dropout_gradient_uses_the_same_mask():
    torch.manual_seed(1)
    x = torch.ones(1000, requires_grad=True)
    out = nn.Dropout(0.5)(x)
    out.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), out.detach().numpy())


def test_dropout_eval_and_edge_probabilities():
    x = torch.rand(4, 4)
    d = nn.Dropout(0.9).eval()
    assert d(x) is x
    assert F.dropout(x, 0.5, training=False) is x
    assert F.dropout(x, 0.0) is x
    assert F.dropout(x, 1.0).tolist() == [[0.0] * 4] * 4
    y = torch.ones(1000)
    F.dropout(y, 0.5, inplace=True)
    assert set(np.unique(y.numpy())) <= {0.0, 2.0}


def test_dropout_is_seeded():
    torch.manual_seed(3)
    a = F.dropout(torch.ones(50)).numpy()
    torch.manual_seed(3)
    b = F.dropout(torch.ones(50)).numpy()
    np.testing.assert_array_equal(a, b)


def test_channel_dropout():
    torch.manual_seed(0)
    out = F.dropout1d(torch.ones(8, 16, 5), 0.5).numpy()
    assert ((out == 0).all(-1) | (out != 0).all(-1)).all()
    assert 0 < (out == 0).mean() < 1
    out2 = nn.Dropout2d(0.5)(torch.ones(4, 16, 3, 3)).numpy()
    assert ((out2 == 0).all((-1, -2)) | (out2 != 0).all((-1, -2))).all()
    unbatched = F.dropout1d(torch.ones(16, 5), 0.5).numpy()
    assert ((unbatched == 0).all(-1) | (unbatched != 0).all(-1)).all()


def test_dropout_errors_and_warnings():
    msg = "dropout probability has to be between 0 and 1, but got 1.5"
    raises(ValueError, msg, nn.Dropout, 1.5)
    raises(ValueError, msg, F.dropout, torch.ones(2), 1.5)
    raises(
        RuntimeError,
        "dropout1d: Expected 2D or 3D input, but received a 4D input. Note that dropout1d "
        "exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel "
        "dimension, and an optional batch dimension (i.e. 2D or 3D inputs).",
        F.dropout1d,
        torch.ones(1, 2, 3, 4),
    )
    with pytest.warns(UserWarning, match="dropout2d: Received a 3D input to dropout2d"):
        out = F.dropout2d(torch.ones(2, 3, 4))
    assert ((out.numpy() == 0).all(-1) | (out.numpy() != 0).all(-1)).all()
    with pytest.warns(UserWarning, match="dropout2d: Received a 2-D input to dropout2d, which is"):
        F.dropout2d(torch.ones(2, 3))
    raises(
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
        F.dropout,
        torch.tensor([-3, 2]),
    )


# ---- Identity / Flatten / Unflatten ----


def test_identity_flatten_unflatten():
    x = torch.rand(2, 3, 4)
    assert nn.Identity()(x) is x
    assert tuple(nn.Flatten()(x).shape) == (2, 12)
    assert tuple(nn.Flatten(0, 1)(x).shape) == (6, 4)
    assert tuple(nn.Unflatten(1, (2, -1))(torch.ones(2, 6)).shape) == (2, 2, 3)
    np.testing.assert_array_equal(nn.Unflatten(2, (2, 2))(x).numpy(), x.numpy().reshape(2, 3, 2, 2))
    raises(
        IndexError,
        "Dimension out of range (expected to be in range of [-1, 0], but got 1)",
        nn.Flatten(),
        torch.ones(3),
    )
    raises(
        RuntimeError,
        "unflatten: Provided sizes [2, 2] don't multiply up to the size of dim 1 (3) in the "
        "input tensor",
        nn.Unflatten(1, (2, 2)),
        torch.ones(2, 3),
    )
    raises(
        TypeError,
        "unflattened_size must be a tuple of ints, but found type int",
        nn.Unflatten,
        1,
        3,
    )
    raises(
        TypeError,
        "unflattened_size must be tuple of ints, but found element of type str at pos 1",
        nn.Unflatten,
        1,
        (2, "a"),
    )


# ---- end to end ----


def test_mlp_gradient_descent_learns_separable_problem():
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    pts = rng.uniform(-2, 2, (400, 2)).astype(np.float32)
    labels = ((pts**2).sum(1) > 1.5).astype(np.int64)
    x, y = torch.tensor(pts), torch.tensor(labels)
    model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 2))
    loss_fn = nn.CrossEntropyLoss()
    first = None
    for _ in range(300):
        loss = loss_fn(model(x), y)
        first = loss.item() if first is None else first
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= 0.5 * p.grad
    accuracy = (model(x).argmax(1) == y).float().mean().item()
    assert accuracy > 0.95
    assert loss.item() < first / 4
