"""nn.init and nn.utils: fan rules, gains, distributions, clipping, vector conversion.

Expected values and messages were recorded from PyTorch 2.15.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor import nn


def raises(exc, msg, fn, *args, **kwargs):
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == msg, str(info.value)


# ---- init ----


def test_calculate_gain():
    g = nn.init.calculate_gain
    assert g("linear") == 1
    assert g("conv_transpose2d") == 1
    assert g("sigmoid") == 1
    assert g("tanh") == 5.0 / 3
    assert g("relu") == math.sqrt(2.0)
    assert g("selu") == 0.75
    assert g("leaky_relu") == math.sqrt(2.0 / (1 + 0.01**2))
    assert g("leaky_relu", 0.2) == pytest.approx(1.3867504905630728)
    raises(ValueError, "negative_slope a not a valid number", g, "leaky_relu", "a")
    raises(ValueError, "negative_slope True not a valid number", g, "leaky_relu", True)
    raises(ValueError, "Unsupported nonlinearity foo", g, "foo")


def test_init_distributions():
    torch.manual_seed(0)
    w = torch.empty(200, 300)
    bound = math.sqrt(6 / 500)
    a = nn.init.xavier_uniform_(w).numpy()
    assert np.abs(a).max() <= bound
    assert np.abs(a).max() > 0.99 * bound
    a = nn.init.xavier_normal_(w, gain=2.0).numpy()
    assert abs(a.std() - 2 * math.sqrt(2 / 500)) < 0.005
    a = nn.init.kaiming_uniform_(w, nonlinearity="relu").numpy()
    assert np.abs(a).max() <= math.sqrt(6 / 300)
    a = nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu").numpy()
    assert abs(a.std() - math.sqrt(2 / 200)) < 0.003
    a = nn.init.normal_(w, 3.0, 0.5).numpy()
    assert abs(a.mean() - 3) < 0.01
    assert abs(a.std() - 0.5) < 0.01
    a = nn.init.uniform_(w, -2.0, -1.0).numpy()
    assert a.min() >= -2
    assert a.max() < -1
    a = nn.init.trunc_normal_(w, std=2.0, a=-1.0, b=1.5).numpy()
    assert a.min() >= -1
    assert a.max() <= 1.5
    assert a.std() > 0.5
    conv = torch.empty(8, 4, 3, 3)
    a = nn.init.kaiming_uniform_(conv, a=math.sqrt(5)).numpy()
    assert np.abs(a).max() <= 1 / math.sqrt(36)


def test_init_deterministic_fills():
    assert nn.init.constant_(torch.empty(2), 3).tolist() == [3.0, 3.0]
    assert nn.init.ones_(torch.empty(2)).tolist() == [1.0, 1.0]
    assert nn.init.zeros_(torch.ones(2)).tolist() == [0.0, 0.0]
    assert nn.init.eye_(torch.empty(2, 3)).tolist() == [[1, 0, 0], [0, 1, 0]]
    p = nn.Parameter(torch.ones(2))
    assert nn.init.zeros_(p) is p
    assert p.requires_grad
    assert p.grad_fn is None


def test_orthogonal():
    torch.manual_seed(0)
    for shape in ((6, 4), (4, 6), (3, 2, 2)):
        q = nn.init.orthogonal_(torch.empty(*shape), gain=2.0).numpy().reshape(shape[0], -1)
        small = q if q.shape[0] >= q.shape[1] else q.T
        np.testing.assert_allclose(small.T @ small, 4 * np.eye(small.shape[1]), atol=1e-5)
    raises(
        ValueError,
        "Only tensors with 2 or more dimensions are supported",
        nn.init.orthogonal_,
        torch.empty(3),
    )


def test_init_errors_and_warnings():
    raises(
        ValueError,
        "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions",
        nn.init.xavier_uniform_,
        torch.empty(3),
    )
    raises(
        ValueError,
        "Mode foo not supported, please use one of ['fan_in', 'fan_out']",
        nn.init.kaiming_uniform_,
        torch.empty(3, 3),
        mode="foo",
    )
    raises(
        ValueError,
        "Only tensors with 2 dimensions are supported",
        nn.init.eye_,
        torch.empty(2, 2, 2),
    )
    for fn in (nn.init.kaiming_uniform_, nn.init.kaiming_normal_):
        with pytest.warns(UserWarning, match="zero-element") as rec:
            fn(torch.empty(0, 3))
        assert str(rec[0].message) == "Initializing zero-element tensors is a no-op"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert tuple(nn.init.xavier_uniform_(torch.empty(0, 3)).shape) == (0, 3)
    with pytest.warns(UserWarning, match="more than 2 std") as rec:
        nn.init.trunc_normal_(torch.empty(3), mean=10.0)
    assert str(rec[0].message) == (
        "mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of "
        "values may be incorrect."
    )


# ---- utils ----


def _with_grads(*grads):
    params = []
    for g in grads:
        p = nn.Parameter(torch.zeros(len(g)))
        p.grad = torch.tensor(g)
        params.append(p)
    return params


def test_clip_grad_norm():
    p, q = _with_grads([3.0, 4.0], [12.0])
    total = nn.utils.clip_grad_norm_([p, q], 1.0)
    assert total.item() == 13.0
    np.testing.assert_allclose(p.grad.numpy(), [0.2307692, 0.3076923], rtol=1e-6)
    np.testing.assert_allclose(q.grad.numpy(), [0.9230769], rtol=1e-6)
    (p,) = _with_grads([3.0, -4.0])
    assert nn.utils.clip_grad_norm_(p, 1.0, norm_type="inf").item() == 4.0
    assert p.grad.tolist() == pytest.approx([0.75, -1.0], rel=1e-6)
    (p,) = _with_grads([3.0, -4.0])
    assert nn.utils.clip_grad_norm_(p, 10.0, norm_type=1).item() == 7.0
    assert p.grad.tolist() == [3.0, -4.0]
    assert nn.utils.clip_grad_norm_([nn.Parameter(torch.ones(2))], 1.0).item() == 0.0


def test_clip_grad_norm_nonfinite():
    (p,) = _with_grads([float("inf"), 1.0])
    raises(
        RuntimeError,
        "The total norm of order 2.0 for gradients from `parameters` is non-finite, so it "
        "cannot be clipped. To disable this error and scale the gradients by the non-finite "
        "norm anyway, set `error_if_nonfinite=False`",
        nn.utils.clip_grad_norm_,
        [p],
        1.0,
        error_if_nonfinite=True,
    )


def test_clip_grad_value():
    (p,) = _with_grads([3.0, -4.0])
    assert nn.utils.clip_grad_value_(p, 3.5) is None
    assert p.grad.tolist() == [3.0, -3.5]


def test_parameters_vector_round_trip():
    ps = [nn.Parameter(torch.ones(2, 2)), nn.Parameter(torch.zeros(1))]
    vec = nn.utils.parameters_to_vector(ps)
    assert vec.tolist() == [1.0, 1.0, 1.0, 1.0, 0.0]
    assert type(vec.grad_fn).__name__ == "CatBackward0"
    nn.utils.vector_to_parameters(torch.arange(5.0), ps)
    assert ps[0].tolist() == [[0.0, 1.0], [2.0, 3.0]]
    assert ps[1].tolist() == [4.0]
    assert type(ps[0]).__name__ == "Parameter"
    assert ps[0].requires_grad
    raises(
        TypeError,
        "expected ferrotensor.Tensor, but got: list",
        nn.utils.vector_to_parameters,
        [1, 2],
        ps,
    )
    raises(
        RuntimeError,
        "shape '[2, 2]' is invalid for input of size 3",
        nn.utils.vector_to_parameters,
        torch.arange(3.0),
        [nn.Parameter(torch.ones(2, 2))],
    )
