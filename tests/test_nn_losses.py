"""nn losses: every loss and reduction against numpy, gradcheck, PyTorch's messages.

Messages and the gradient conventions (BCE at 0 and 1, all-ignored targets) were
recorded from PyTorch 2.15.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import ferrotensor as torch
import ferrotensor.nn.functional as F
from ferrotensor import nn
from ferrotensor.autograd import gradcheck, gradgradcheck

RNG = np.random.default_rng(0)
X = RNG.standard_normal((4, 5))
Y = RNG.standard_normal((4, 5))
P = RNG.uniform(0.05, 0.95, (4, 5))
T = RNG.uniform(0, 1, (4, 5))
IDX = np.array([0, 4, 2, 2])
W5 = RNG.uniform(0.5, 2, 5)
PT = RNG.dirichlet(np.ones(5), 4)
LOGP = np.log(RNG.dirichlet(np.ones(5), 4))
SGN = np.array([1.0, -1.0, 1.0, -1.0])
X3 = RNG.standard_normal((2, 5, 3))
IDX3 = np.array([[0, 2, 4], [1, 1, 3]])
REDUCTIONS = ["mean", "sum", "none"]


def t64(a, grad=True):
    return torch.tensor(np.asarray(a, dtype=np.float64), requires_grad=grad)


def reduce(loss, reduction):
    return {"mean": np.mean, "sum": np.sum, "none": lambda v: v}[reduction](loss)


def raises(exc, msg, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == msg, str(info.value)


def log_softmax(x, axis=1):
    s = x - x.max(axis=axis, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=axis, keepdims=True))


def np_bce(x, t, w=1.0):
    return -w * (t * np.maximum(np.log(x), -100) + (1 - t) * np.maximum(np.log(1 - x), -100))


def np_bce_logits(x, t, w=1.0, pw=None):
    sp = np.logaddexp(0, -x)
    lw = 1.0 if pw is None else 1 + (pw - 1) * t
    return w * ((1 - t) * x + lw * sp)


def np_nll(logp, target, w=None, ignore=-100, reduction="mean"):
    wv = np.ones(logp.shape[1]) if w is None else w
    valid = target != ignore
    safe = np.where(valid, target, 0)
    picked = np.take_along_axis(logp, safe[:, None], 1)[:, 0]
    wt = np.where(valid, wv[safe], 0.0)
    per = -picked * wt
    if reduction == "mean":
        return per.sum() / wt.sum()
    return reduce(per, reduction)


def np_ce_smooth(x, target, w, ignore, ls, reduction):
    c = x.shape[1]
    logp = log_softmax(x)
    nll = np_nll(logp, target, w, ignore, reduction)
    wv = np.ones(c) if w is None else w
    valid = target != ignore
    smooth = np.where(valid, -(logp * wv).sum(1), 0.0)
    if reduction == "mean":
        wt = np.where(valid, wv[np.where(valid, target, 0)], 0.0)
        smooth = smooth.sum() / wt.sum()
    else:
        smooth = reduce(smooth, reduction)
    return (1 - ls) * nll + smooth * ls / c


def np_ce_probs(x, p, w, ls, reduction):
    c = x.shape[1]
    p = p * (1 - ls) + ls / c
    term = log_softmax(x) * p * (1.0 if w is None else w)
    if reduction == "none":
        return -term.sum(1)
    total = -term.sum()
    return total / (x.size / c) if reduction == "mean" else total


def np_smooth_l1(d, beta):
    ad = np.abs(d)
    return np.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)


def np_huber(d, delta):
    ad = np.abs(d)
    return np.where(ad < delta, 0.5 * d * d, delta * (ad - 0.5 * delta))


def np_kl(x, t, log_target=False):
    if log_target:
        return np.exp(t) * (t - x)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(t == 0, 0.0, t * np.log(np.where(t == 0, 1.0, t))) - t * x


def np_cos_emb(a, b, y, margin):
    cos = (a * b).sum(1) / np.sqrt(((a * a).sum(1) + 1e-12) * ((b * b).sum(1) + 1e-12))
    return np.where(y == 1, 1 - cos, 0.0) + np.where(y == -1, np.maximum(cos - margin, 0), 0.0)


def _li(a):
    return torch.tensor(np.asarray(a))


# (name, ferrotensor call on float tensors and reduction, numpy reference, inputs)
CASES = [
    (
        "mse",
        lambda a, b, r: F.mse_loss(a, b, reduction=r),
        lambda a, b, r: reduce((a - b) ** 2, r),
        (X, Y),
    ),
    (
        "l1",
        lambda a, b, r: F.l1_loss(a, b, reduction=r),
        lambda a, b, r: reduce(np.abs(a - b), r),
        (X, Y),
    ),
    (
        "smooth_l1",
        lambda a, b, r: F.smooth_l1_loss(a, b, reduction=r, beta=0.5),
        lambda a, b, r: reduce(np_smooth_l1(a - b, 0.5), r),
        (X, Y),
    ),
    (
        "smooth_l1_beta0",
        lambda a, b, r: F.smooth_l1_loss(a, b, reduction=r, beta=0.0),
        lambda a, b, r: reduce(np.abs(a - b), r),
        (X, Y),
    ),
    (
        "huber",
        lambda a, b, r: F.huber_loss(a, b, reduction=r, delta=0.7),
        lambda a, b, r: reduce(np_huber(a - b, 0.7), r),
        (X, Y),
    ),
    (
        "bce",
        lambda a, b, r: F.binary_cross_entropy(a, b, reduction=r),
        lambda a, b, r: reduce(np_bce(a, b), r),
        (P, T),
    ),
    (
        "bce_weight",
        lambda a, b, r: F.binary_cross_entropy(a, b, weight=_li(W5).to(a.dtype), reduction=r),
        lambda a, b, r: reduce(np_bce(a, b, W5), r),
        (P, T),
    ),
    (
        "bce_logits",
        lambda a, b, r: F.binary_cross_entropy_with_logits(a, b, reduction=r),
        lambda a, b, r: reduce(np_bce_logits(a, b), r),
        (X * 20, T),
    ),
    (
        "bce_logits_weights",
        lambda a, b, r: F.binary_cross_entropy_with_logits(
            a,
            b,
            weight=_li(W5).to(a.dtype),
            pos_weight=_li(W5[::-1].copy()).to(a.dtype),
            reduction=r,
        ),
        lambda a, b, r: reduce(np_bce_logits(a, b, W5, W5[::-1]), r),
        (X, T),
    ),
    (
        "kl_div",
        lambda a, b, r: F.kl_div(a, b, reduction=r if r != "mean" else "batchmean"),
        lambda a, b, r: reduce(np_kl(a, b), r) if r != "mean" else np_kl(a, b).sum() / 4,
        (LOGP, PT * (PT > 0.15)),
    ),
    (
        "kl_div_log_target",
        lambda a, b, r: F.kl_div(
            a, b, reduction=r if r != "mean" else "batchmean", log_target=True
        ),
        lambda a, b, r: (
            reduce(np_kl(a, b, True), r) if r != "mean" else np_kl(a, b, True).sum() / 4
        ),
        (LOGP, np.log(PT)),
    ),
    (
        "margin_ranking",
        lambda a, b, r: F.margin_ranking_loss(a, b, _li(SGN).to(a.dtype), margin=0.3, reduction=r),
        lambda a, b, r: reduce(np.maximum(-SGN * (a - b) + 0.3, 0), r),
        (X[:, 0], Y[:, 0]),
    ),
    (
        "cosine_embedding",
        lambda a, b, r: F.cosine_embedding_loss(
            a, b, _li(SGN).to(a.dtype), margin=0.1, reduction=r
        ),
        lambda a, b, r: reduce(np_cos_emb(a, b, SGN, 0.1), r),
        (X, Y),
    ),
    (
        "cross_entropy",
        lambda a, r_: F.cross_entropy(a, _li(IDX), reduction=r_),
        lambda a, r_: np_nll(log_softmax(a), IDX, reduction=r_),
        (X,),
    ),
    (
        "cross_entropy_weight_ignore",
        lambda a, r_: F.cross_entropy(
            a, _li(IDX), weight=_li(W5).to(a.dtype), ignore_index=2, reduction=r_
        ),
        lambda a, r_: np_nll(log_softmax(a), IDX, W5, 2, r_),
        (X,),
    ),
    (
        "cross_entropy_label_smoothing",
        lambda a, r_: F.cross_entropy(a, _li(IDX), label_smoothing=0.3, reduction=r_),
        lambda a, r_: np_ce_smooth(a, IDX, None, -100, 0.3, r_),
        (X,),
    ),
    (
        "cross_entropy_smoothing_weight_ignore",
        lambda a, r_: F.cross_entropy(
            a,
            _li(IDX),
            weight=_li(W5).to(a.dtype),
            ignore_index=4,
            label_smoothing=0.3,
            reduction=r_,
        ),
        lambda a, r_: np_ce_smooth(a, IDX, W5, 4, 0.3, r_),
        (X,),
    ),
    (
        "cross_entropy_probs",
        lambda a, r_: F.cross_entropy(a, _li(PT).to(a.dtype), reduction=r_),
        lambda a, r_: np_ce_probs(a, PT, None, 0.0, r_),
        (X,),
    ),
    (
        "cross_entropy_probs_weight_smoothing",
        lambda a, r_: F.cross_entropy(
            a, _li(PT).to(a.dtype), weight=_li(W5).to(a.dtype), label_smoothing=0.2, reduction=r_
        ),
        lambda a, r_: np_ce_probs(a, PT, W5, 0.2, r_),
        (X,),
    ),
    (
        "cross_entropy_3d",
        lambda a, r_: F.cross_entropy(a, _li(IDX3), reduction=r_),
        lambda a, r_: np_nll(
            log_softmax(a).transpose(0, 2, 1).reshape(-1, 5), IDX3.reshape(-1), reduction=r_
        ).reshape(() if r_ != "none" else (2, 3)),
        (X3,),
    ),
    (
        "nll",
        lambda a, r_: F.nll_loss(a, _li(IDX), reduction=r_),
        lambda a, r_: np_nll(a, IDX, reduction=r_),
        (LOGP,),
    ),
    (
        "nll_weight_ignore",
        lambda a, r_: F.nll_loss(
            a, _li(IDX), weight=_li(W5).to(a.dtype), ignore_index=0, reduction=r_
        ),
        lambda a, r_: np_nll(a, IDX, W5, 0, r_),
        (LOGP,),
    ),
]
CASE_IDS = [c[0] for c in CASES]


@pytest.mark.parametrize(("name", "fn", "ref", "inputs"), CASES, ids=CASE_IDS)
@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_loss_forward(name, fn, ref, inputs, reduction, dtype):
    tensors = [torch.tensor(a.astype(dtype)) for a in inputs]
    out = fn(*tensors, reduction)
    want = np.asarray(ref(*inputs, reduction))
    assert tuple(out.shape) == want.shape
    assert out.dtype == tensors[0].dtype
    tol = 2e-5 if dtype == "float32" else 1e-11
    np.testing.assert_allclose(out.numpy(), want, rtol=tol, atol=tol)


@pytest.mark.parametrize(("name", "fn", "ref", "inputs"), CASES, ids=CASE_IDS)
@pytest.mark.parametrize("reduction", REDUCTIONS)
def test_loss_gradcheck(name, fn, ref, inputs, reduction):
    # BCE targets are probabilities and kl_div's has zeros: perturbing them leaves the domain.
    fixed_target = name.startswith("bce") or name == "kl_div"
    tensors = [t64(a, grad=not fixed_target or i == 0) for i, a in enumerate(inputs)]
    assert gradcheck(lambda *ts: fn(*ts, reduction), tuple(tensors))


@pytest.mark.parametrize(
    "fn",
    [
        lambda x: F.cross_entropy(x, _li(IDX)),
        lambda x: F.cross_entropy(x, _li(IDX), label_smoothing=0.2, weight=t64(W5, False)),
        lambda x: F.nll_loss(F.log_softmax(x, 1), _li(IDX)),
        lambda x: F.mse_loss(x.tanh(), t64(Y, False)),
        lambda x: F.binary_cross_entropy_with_logits(x, t64(T, False)),
        lambda x: F.binary_cross_entropy(x.sigmoid(), t64(T, False)),
        lambda x: F.smooth_l1_loss(x, t64(Y, False), reduction="sum"),
    ],
)
def test_loss_second_derivatives(fn):
    assert gradgradcheck(fn, (t64(X),))


def test_bce_target_gradient():
    assert gradcheck(lambda a, b: F.binary_cross_entropy(a.sigmoid(), b), (t64(X), t64(T)))
    assert gradcheck(
        lambda a, b: F.binary_cross_entropy_with_logits(a, b, pos_weight=t64(W5, False)),
        (t64(X), t64(T)),
    )


@pytest.mark.parametrize(
    ("fn", "node"),
    [
        (lambda x: F.mse_loss(x, torch.rand(2), reduction="sum"), "MseLossBackward0"),
        (lambda x: F.l1_loss(x, torch.rand(2), reduction="sum"), "SumBackward0"),
        (lambda x: F.smooth_l1_loss(x, torch.rand(2), reduction="sum"), "SmoothL1LossBackward0"),
        (lambda x: F.huber_loss(x, torch.rand(2), reduction="sum"), "HuberLossBackward0"),
        (lambda x: F.binary_cross_entropy(x, torch.rand(2)), "BinaryCrossEntropyBackward0"),
        (
            lambda x: F.binary_cross_entropy_with_logits(x, torch.rand(2)),
            "BinaryCrossEntropyWithLogitsBackward0",
        ),
        (lambda x: F.kl_div(x, torch.rand(2), reduction="sum"), "SumBackward0"),
        (lambda x: F.cross_entropy(x.reshape(1, 2), torch.tensor([1])), "NllLossBackward0"),
        (lambda x: F.nll_loss(x.reshape(1, 2), torch.tensor([1])), "NllLossBackward0"),
    ],
)
def test_loss_grad_fn_names(fn, node):
    x = torch.tensor([0.3, 0.6], requires_grad=True)
    assert type(fn(x).grad_fn).__name__ == node


def test_bce_clamps_log_and_keeps_pytorch_gradient_at_the_ends():
    x = torch.tensor([0.0, 1.0], requires_grad=True)
    loss = F.binary_cross_entropy(x, torch.tensor([1.0, 0.0]))
    assert loss.item() == 100.0
    loss.backward()
    np.testing.assert_allclose(x.grad.numpy(), [-5e11, 5e11], rtol=1e-6)


def test_bce_with_logits_is_stable_for_large_logits():
    x = torch.tensor([-200.0, 200.0, 0.0], requires_grad=True)
    loss = F.binary_cross_entropy_with_logits(x, torch.tensor([1.0, 0.0, 1.0]), reduction="none")
    np.testing.assert_allclose(loss.detach().numpy(), [200.0, 200.0, np.log(2)], rtol=1e-6)
    loss.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [-1.0, 1.0, -0.5])


def test_cross_entropy_is_stable_and_matches_log_softmax_path():
    x = torch.tensor([[1000.0, 0.0, -1000.0], [5.0, 5.0, 5.0]], requires_grad=True)
    loss = F.cross_entropy(x, torch.tensor([0, 2]), reduction="none")
    np.testing.assert_allclose(loss.detach().numpy(), [0.0, np.log(3)], atol=1e-6)
    loss.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [[0, 0, 0], [1 / 3, 1 / 3, -2 / 3]], atol=1e-6)


def test_cross_entropy_ignored_targets():
    x = torch.rand(2, 3, requires_grad=True)
    assert np.isnan(F.cross_entropy(x, torch.tensor([-100, -100])).item())
    s = F.cross_entropy(x, torch.tensor([-100, -100]), reduction="sum")
    assert s.item() == 0.0
    assert not np.signbit(s.item())
    none = F.cross_entropy(x, torch.tensor([1, -100]), reduction="none")
    assert none[1].item() == 0.0
    assert not np.signbit(none[1].item())
    none.sum().backward()
    assert x.grad[1].tolist() == [0.0, 0.0, 0.0]


def test_cross_entropy_target_shapes():
    assert (
        tuple(F.cross_entropy(torch.rand(2, 3, 4), torch.zeros(2, 4, dtype=torch.long)).shape) == ()
    )
    assert tuple(
        F.cross_entropy(
            torch.rand(2, 3, 4), torch.zeros(2, 4, dtype=torch.long), reduction="none"
        ).shape
    ) == (2, 4)
    x1 = torch.tensor([1.0, 2.0, 3.0])
    np.testing.assert_allclose(F.cross_entropy(x1, torch.tensor(1)).item(), 1.4076059, rtol=1e-6)
    none = F.cross_entropy(x1, torch.tensor(1), reduction="none")
    assert tuple(none.shape) == ()
    np.testing.assert_allclose(
        F.cross_entropy(
            torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([2], dtype=torch.uint8)
        ).item(),
        0.4076059,
        rtol=1e-6,
    )
    assert tuple(F.cross_entropy(torch.rand(2, 3), torch.rand(2, 3), reduction="none").shape) == (
        2,
    )


def test_cross_entropy_recorded_values():
    # PyTorch 2.15 results for these inputs (label smoothing with weights and ignore_index).
    x = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 2.0], [1.0, 1.0, 1.0]])
    kw = {"weight": torch.tensor([1.0, 2.0, 3.0]), "label_smoothing": 0.2, "ignore_index": 1}
    np.testing.assert_allclose(
        F.cross_entropy(x, torch.tensor([0, 2, 1]), **kw).item(), 0.8412, atol=1e-4
    )
    none = F.cross_entropy(x, torch.tensor([0, 2, 1]), reduction="none", **kw)
    np.testing.assert_allclose(none.numpy(), [2.3558, 1.0089, 0.0], atol=1e-4)
    probs = torch.tensor([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])
    out = F.cross_entropy(x[:2], probs, weight=kw["weight"], label_smoothing=0.2)
    np.testing.assert_allclose(out.item(), 2.1584, atol=1e-4)


def test_kl_div_recorded_values():
    out = F.kl_div(
        torch.tensor([-1.0, -2.0]), torch.tensor([-0.5, -3.0]), reduction="sum", log_target=True
    )
    np.testing.assert_allclose(out.item(), 0.2535, atol=1e-4)
    none = F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([0.0, 0.5]), reduction="none")
    np.testing.assert_allclose(none.numpy(), [0.0, 0.6534], atol=1e-4)
    neg = F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([-1.0, 0.5]), reduction="none")
    assert np.isnan(neg[0].item())


def test_kl_div_mean_warns():
    with pytest.warns(UserWarning, match="divides the total loss") as rec:
        out = F.kl_div(torch.tensor(LOGP), torch.tensor(PT))
    assert str(rec[0].message) == (
        "reduction: 'mean' divides the total loss by both the batch size and the support "
        "size.'batchmean' divides only by the batch size, and aligns with the KL div math "
        "definition.'mean' will be changed to behave the same as 'batchmean' in the next major "
        "release."
    )
    np.testing.assert_allclose(out.item(), np_kl(LOGP, PT).mean(), rtol=1e-12)


def test_size_mismatch_warning_and_broadcast():
    for fn in (F.mse_loss, F.l1_loss, F.smooth_l1_loss, F.huber_loss):
        with pytest.warns(UserWarning, match="Using a target size") as rec:
            out = fn(torch.ones(3, 1), torch.zeros(3))
        assert str(rec[0].message) == (
            "Using a target size (torch.Size([3])) that is different to the input size "
            "(torch.Size([3, 1])). This will likely lead to incorrect results due to "
            "broadcasting. Please ensure they have the same size."
        )
        assert out.item() == (1.0 if fn is not F.smooth_l1_loss and fn is not F.huber_loss else 0.5)


@pytest.mark.parametrize(
    ("call", "exc", "msg"),
    [
        (
            lambda: F.binary_cross_entropy(torch.rand(3, 1), torch.rand(3)),
            ValueError,
            "Using a target size (torch.Size([3])) that is different to the input size "
            "(torch.Size([3, 1])) is deprecated. Please ensure they have the same size.",
        ),
        (
            lambda: nn.BCELoss()(torch.rand(3, 1), torch.rand(3)),
            ValueError,
            "Using a target size (torch.Size([3])) that is different to the input size "
            "(torch.Size([3, 1])) is deprecated. Please ensure they have the same size.",
        ),
        (
            lambda: F.binary_cross_entropy_with_logits(torch.rand(3, 1), torch.rand(3)),
            ValueError,
            "Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 1]))",
        ),
        (
            lambda: F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.0])),
            RuntimeError,
            "all elements of input should be between 0 and 1",
        ),
        (
            lambda: F.binary_cross_entropy(torch.tensor([-0.5]), torch.tensor([1.0])),
            RuntimeError,
            "all elements of input should be between 0 and 1",
        ),
        (
            lambda: F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([2.0])),
            RuntimeError,
            "all elements of target should be between 0 and 1",
        ),
        (
            lambda: F.binary_cross_entropy(
                torch.rand(2, 3), torch.rand(2, 3), weight=torch.ones(4)
            ),
            RuntimeError,
            "Attempting to broadcast a dimension of length 4 at -1! Mismatching argument at index "
            "1 had torch.Size([4]); but expected shape should be broadcastable to [2, 3]",
        ),
        (
            lambda: F.binary_cross_entropy_with_logits(
                torch.rand(2, 3), torch.rand(2, 3), pos_weight=torch.ones(4)
            ),
            RuntimeError,
            "The size of tensor a (4) must match the size of tensor b (3) at non-singleton "
            "dimension 1",
        ),
        (
            lambda: F.mse_loss(torch.ones(2), torch.ones(2), reduction="foo"),
            ValueError,
            "foo is not a valid value for reduction",
        ),
        (
            lambda: F.l1_loss(torch.ones(2), torch.ones(2), reduction="foo"),
            ValueError,
            "foo is not a valid value for reduction",
        ),
        (
            lambda: F.binary_cross_entropy(torch.ones(2), torch.ones(2), reduction="foo"),
            ValueError,
            "foo is not a valid value for reduction",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0, 1]), reduction="foo"),
            ValueError,
            "foo is not a valid value for reduction",
        ),
        (
            lambda: F.nll_loss(torch.rand(2, 3), torch.tensor([0, 1]), reduction="foo"),
            ValueError,
            "foo is not a valid value for reduction",
        ),
        (
            lambda: F.kl_div(torch.ones(2), torch.ones(2), reduction="foo"),
            ValueError,
            "foo is not a valid value for reduction",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0, 3])),
            IndexError,
            "Target 3 is out of bounds.",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0, -2])),
            IndexError,
            "Target -2 is out of bounds.",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0, 1, 2])),
            ValueError,
            "Expected input batch_size (2) to match target batch_size (3).",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.rand(2, 4)),
            RuntimeError,
            "0D or 1D target tensor expected, multi-target not supported",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0.0, 1.0])),
            RuntimeError,
            "expected target dtype to be Long or Byte, but got Float",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0, 1], dtype=torch.int32)),
            RuntimeError,
            "expected target dtype to be Long or Byte, but got Int",
        ),
        (
            lambda: F.cross_entropy(torch.tensor(1.0), torch.tensor(0)),
            RuntimeError,
            "Expected floating point type for target with class probabilities, got Long",
        ),
        (
            lambda: F.cross_entropy(torch.rand(2, 3), torch.tensor([0, 1]), label_smoothing=1.5),
            RuntimeError,
            "label_smoothing must be between 0.0 and 1.0. Got: 1.5",
        ),
        (
            lambda: F.nll_loss(torch.rand(2, 3), torch.tensor([0, 1]), weight=torch.ones(4)),
            RuntimeError,
            "weight tensor should be defined either for all 3 classes or no classes but got "
            "weight tensor of shape: [4]",
        ),
        (
            lambda: F.nll_loss(torch.rand(2, 3), torch.zeros(2, 1, dtype=torch.long)),
            RuntimeError,
            "0D or 1D target tensor expected, multi-target not supported",
        ),
        (
            lambda: F.nll_loss(torch.rand(2, 3, 4), torch.zeros(2, 5, dtype=torch.long)),
            RuntimeError,
            "Expected target size [2, 4], got [2, 5]",
        ),
        (
            lambda: F.nll_loss(torch.rand(2, 3, 4), torch.zeros(2, dtype=torch.long)),
            RuntimeError,
            "Expected target size [2, 4], got [2]",
        ),
        (
            lambda: F.nll_loss(torch.tensor(1.0), torch.tensor(0)),
            ValueError,
            "Expected 1 or more dimensions (got 0)",
        ),
        (
            lambda: F.nll_loss(torch.rand(2, 3), torch.zeros(2)),
            RuntimeError,
            "expected target dtype to be Long or Byte, but got Float",
        ),
        (
            lambda: F.smooth_l1_loss(torch.ones(2), torch.zeros(2), beta=-1.0),
            RuntimeError,
            "smooth_l1_loss does not support negative values for beta.",
        ),
        (
            lambda: F.huber_loss(torch.ones(2), torch.zeros(2), delta=0.0),
            RuntimeError,
            "huber_loss does not support non-positive values for delta.",
        ),
        (
            lambda: F.margin_ranking_loss(torch.ones(2), torch.ones(2, 1), torch.ones(2)),
            RuntimeError,
            "margin_ranking_loss : All input tensors should have same dimension but got sizes: "
            "input1: torch.Size([2]), input2: torch.Size([2, 1]), target: torch.Size([2]) ",
        ),
        (
            lambda: F.margin_ranking_loss(torch.rand(2), torch.rand(3), torch.ones(2)),
            RuntimeError,
            "The size of tensor a (2) must match the size of tensor b (3) at non-singleton "
            "dimension 0",
        ),
        (
            lambda: F.cosine_embedding_loss(
                torch.rand(2, 3, 1), torch.rand(2, 3, 1), torch.ones(2)
            ),
            RuntimeError,
            "1D target tensor expects 2D input tensors, but found inputs with sizes [2, 3, 1] "
            "and [2, 3, 1].",
        ),
        (
            lambda: F.cosine_embedding_loss(torch.rand(2, 3), torch.rand(2, 4), torch.ones(2)),
            RuntimeError,
            "The size of tensor a (3) must match the size of tensor b (4) at non-singleton "
            "dimension 1",
        ),
        (
            lambda: F.mse_loss(torch.tensor([-3, 2]), torch.tensor([1, 2])),
            NotImplementedError,
            "\"mse_cpu\" not implemented for 'Long'",
        ),
    ],
)
def test_loss_errors(call, exc, msg):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raises(exc, msg, call)


def test_cosine_embedding_unbatched_and_margin_ranking_0d():
    a, b = RNG.standard_normal(3), RNG.standard_normal(3)
    out = F.cosine_embedding_loss(torch.tensor(a), torch.tensor(b), torch.tensor(1.0))
    np.testing.assert_allclose(out.item(), np_cos_emb(a[None], b[None], np.array([1.0]), 0)[0])
    zero = F.margin_ranking_loss(torch.tensor(0.5), torch.tensor(0.1), torch.tensor(1.0))
    assert zero.item() == 0.0


# ---- loss modules ----


LOSS_REPRS = [
    (nn.MSELoss(), "MSELoss()"),
    (nn.L1Loss(), "L1Loss()"),
    (nn.SmoothL1Loss(), "SmoothL1Loss()"),
    (nn.HuberLoss(), "HuberLoss()"),
    (nn.BCELoss(), "BCELoss()"),
    (nn.BCEWithLogitsLoss(), "BCEWithLogitsLoss()"),
    (nn.CrossEntropyLoss(), "CrossEntropyLoss()"),
    (nn.CrossEntropyLoss(torch.ones(3), ignore_index=1, label_smoothing=0.1), "CrossEntropyLoss()"),
    (nn.NLLLoss(), "NLLLoss()"),
    (nn.KLDivLoss(), "KLDivLoss()"),
    (nn.CosineEmbeddingLoss(), "CosineEmbeddingLoss()"),
    (nn.MarginRankingLoss(), "MarginRankingLoss()"),
]


@pytest.mark.parametrize(("module", "text"), LOSS_REPRS, ids=[r[1] for r in LOSS_REPRS])
def test_loss_reprs(module, text):
    assert repr(module) == text


def test_loss_modules_match_functions():
    x, y = torch.tensor(X), torch.tensor(Y)
    p, t = torch.tensor(P), torch.tensor(T)
    idx, w = torch.tensor(IDX), torch.tensor(W5)
    pairs = [
        (nn.MSELoss(reduction="sum")(x, y), F.mse_loss(x, y, reduction="sum")),
        (nn.L1Loss()(x, y), F.l1_loss(x, y)),
        (nn.SmoothL1Loss(beta=0.3)(x, y), F.smooth_l1_loss(x, y, beta=0.3)),
        (nn.HuberLoss(delta=0.3)(x, y), F.huber_loss(x, y, delta=0.3)),
        (nn.BCELoss(weight=w)(p, t), F.binary_cross_entropy(p, t, weight=w)),
        (
            nn.BCEWithLogitsLoss(pos_weight=w)(x, t),
            F.binary_cross_entropy_with_logits(x, t, pos_weight=w),
        ),
        (
            nn.CrossEntropyLoss(w, ignore_index=2, label_smoothing=0.1)(x, idx),
            F.cross_entropy(x, idx, w, ignore_index=2, label_smoothing=0.1),
        ),
        (nn.NLLLoss(w)(x, idx), F.nll_loss(x, idx, w)),
        (
            nn.KLDivLoss(reduction="batchmean", log_target=True)(x, y),
            F.kl_div(x, y, reduction="batchmean", log_target=True),
        ),
        (
            nn.CosineEmbeddingLoss(0.2)(x, y, torch.tensor(SGN)),
            F.cosine_embedding_loss(x, y, torch.tensor(SGN), 0.2),
        ),
        (
            nn.MarginRankingLoss(0.2)(x[:, 0], y[:, 0], torch.tensor(SGN)),
            F.margin_ranking_loss(x[:, 0], y[:, 0], torch.tensor(SGN), 0.2),
        ),
    ]
    for got, want in pairs:
        np.testing.assert_array_equal(got.numpy(), want.numpy())


def test_loss_weights_are_buffers():
    ce = nn.CrossEntropyLoss(weight=torch.ones(3))
    assert list(ce.state_dict()) == ["weight"]
    assert list(nn.CrossEntropyLoss().state_dict()) == []
    bce = nn.BCEWithLogitsLoss(pos_weight=torch.ones(3))
    assert list(bce.state_dict()) == ["pos_weight"]
    assert [n for n, _ in bce.named_buffers()] == ["pos_weight"]


def test_legacy_size_average_and_reduce():
    with pytest.warns(UserWarning, match="size_average and reduce") as rec:
        loss = nn.MSELoss(size_average=False)
    assert str(rec[0].message) == (
        "size_average and reduce args will be deprecated, please use reduction='sum' instead."
    )
    assert loss.reduction == "sum"
    with pytest.warns(UserWarning, match="reduction='none'"):
        assert nn.L1Loss(reduce=False).reduction == "none"
    with pytest.warns(UserWarning, match="reduction='sum'"):
        out = F.mse_loss(torch.ones(2), torch.zeros(2), size_average=False)
    assert out.item() == 2.0


def test_bce_loss_trains_a_logistic_regression():
    torch.manual_seed(0)
    rng = np.random.default_rng(1)
    pts = rng.standard_normal((200, 2)).astype(np.float32)
    labels = (pts @ np.array([1.5, -2.0], dtype=np.float32) > 0.3).astype(np.float32)[:, None]
    x, y = torch.tensor(pts), torch.tensor(labels)
    model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
    loss_fn = nn.BCELoss()
    for _ in range(200):
        loss = loss_fn(model(x), y)
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p -= 1.0 * p.grad
    accuracy = ((model(x) > 0.5).float() == y).float().mean().item()
    assert accuracy > 0.95
