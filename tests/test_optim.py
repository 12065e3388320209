"""Optimizers: trajectories against numpy references of each update rule, parameter groups,
state_dict round trips, zero_grad, and PyTorch's error messages."""

from __future__ import annotations

import copy
import math
import pickle

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.optim.optimizer import required
from helpers import check_raises, to_numpy

F32 = np.float32
SHAPES = [(3, 4), (5,), ()]
STEPS = 6


def _data(seed: int = 0, steps: int = STEPS):
    """Seeded float32 starting values and a gradient per step for each shape."""
    rng = np.random.default_rng(seed)
    p0 = [rng.standard_normal(s).astype(F32) for s in SHAPES]
    grads = [[rng.standard_normal(s).astype(F32) for s in SHAPES] for _ in range(steps)]
    return p0, grads


# ---- numpy references: the update rules as written in the papers / PyTorch's docs ----


def sgd_ref(p, g, st, t, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False,
            maximize=False):  # fmt: skip
    g = -g if maximize else g
    if weight_decay:
        g = g + F32(weight_decay) * p
    if momentum:
        if "b" not in st:
            st["b"] = g.copy()
        else:
            st["b"] = F32(momentum) * st["b"] + F32(1 - dampening) * g
        g = g + F32(momentum) * st["b"] if nesterov else st["b"]
    return p - F32(lr) * g


def adam_ref(p, g, st, t, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
             amsgrad=False, maximize=False, decoupled=False):  # fmt: skip
    b1, b2 = betas
    g = -g if maximize else g
    if weight_decay:
        if decoupled:
            p = p * F32(1 - lr * weight_decay)
        else:
            g = g + F32(weight_decay) * p
    m = st.get("m", np.zeros_like(p))
    v = st.get("v", np.zeros_like(p))
    st["m"] = m = F32(b1) * m + F32(1 - b1) * g
    st["v"] = v = F32(b2) * v + F32(1 - b2) * g * g
    if amsgrad:
        st["vmax"] = v = np.maximum(st.get("vmax", np.zeros_like(p)), v)
    m_hat = m / F32(1 - b1**t)
    v_hat = v / F32(1 - b2**t)
    return p - F32(lr) * m_hat / (np.sqrt(v_hat) + F32(eps))


def adamw_ref(p, g, st, t, weight_decay=1e-2, **kw):
    return adam_ref(p, g, st, t, weight_decay=weight_decay, decoupled=True, **kw)


def rmsprop_ref(p, g, st, t, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
                centered=False, maximize=False):  # fmt: skip
    g = -g if maximize else g
    if weight_decay:
        g = g + F32(weight_decay) * p
    st["v"] = v = F32(alpha) * st.get("v", np.zeros_like(p)) + F32(1 - alpha) * g * g
    if centered:
        st["a"] = a = F32(alpha) * st.get("a", np.zeros_like(p)) + F32(1 - alpha) * g
        v = v - a * a
    d = g / (np.sqrt(v) + F32(eps))
    if momentum:
        st["b"] = d = F32(momentum) * st.get("b", np.zeros_like(p)) + d
    return p - F32(lr) * d


def adagrad_ref(p, g, st, t, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0,
                eps=1e-10, maximize=False):  # fmt: skip
    g = -g if maximize else g
    if weight_decay:
        g = g + F32(weight_decay) * p
    s = st.get("s", np.full_like(p, initial_accumulator_value))
    st["s"] = s = s + g * g
    clr = lr / (1 + (t - 1) * lr_decay)
    return p - F32(clr) * g / (np.sqrt(s) + F32(eps))


def adadelta_ref(p, g, st, t, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, maximize=False):
    g = -g if maximize else g
    if weight_decay:
        g = g + F32(weight_decay) * p
    st["v"] = v = F32(rho) * st.get("v", np.zeros_like(p)) + F32(1 - rho) * g * g
    u = st.get("u", np.zeros_like(p))
    d = np.sqrt(u + F32(eps)) / np.sqrt(v + F32(eps)) * g
    st["u"] = F32(rho) * u + F32(1 - rho) * d * d
    return p - F32(lr) * d


REFS = {
    "SGD": sgd_ref,
    "Adam": adam_ref,
    "AdamW": adamw_ref,
    "RMSprop": rmsprop_ref,
    "Adagrad": adagrad_ref,
    "Adadelta": adadelta_ref,
}

# Every option that changes the formula, alone and combined.
CASES = [
    ("SGD", {"lr": 0.1}),
    ("SGD", {"lr": 0.1, "weight_decay": 0.1}),
    ("SGD", {"lr": 0.1, "momentum": 0.9}),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.3}),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True, "weight_decay": 0.1}),
    ("SGD", {"lr": 0.1, "maximize": True}),
    ("SGD", {"lr": 0.1, "momentum": 0.5, "dampening": 0.5, "weight_decay": 0.2, "maximize": True}),
    ("Adam", {"lr": 0.01}),
    ("Adam", {"lr": 0.01, "weight_decay": 0.1}),
    ("Adam", {"lr": 0.01, "amsgrad": True}),
    ("Adam", {"lr": 0.01, "maximize": True}),
    ("Adam", {"lr": 0.01, "betas": (0.3, 0.8), "eps": 1e-3}),  # lerp weight >= 0.5
    ("Adam", {"lr": 0.01, "weight_decay": 0.1, "amsgrad": True, "maximize": True}),
    ("Adam", {"lr": 0.01, "weight_decay": 0.1, "decoupled_weight_decay": True}),
    ("AdamW", {"lr": 0.01}),
    ("AdamW", {"lr": 0.01, "weight_decay": 0.5}),
    ("AdamW", {"lr": 0.01, "amsgrad": True}),
    ("AdamW", {"lr": 0.01, "weight_decay": 0.5, "amsgrad": True, "maximize": True}),
    ("RMSprop", {}),
    ("RMSprop", {"alpha": 0.9, "eps": 1e-4}),
    ("RMSprop", {"centered": True}),
    ("RMSprop", {"centered": True, "alpha": 0.3}),  # lerp weight >= 0.5
    ("RMSprop", {"momentum": 0.9}),
    ("RMSprop", {"weight_decay": 0.1}),
    ("RMSprop", {"maximize": True}),
    ("RMSprop", {"centered": True, "momentum": 0.9, "weight_decay": 0.1, "maximize": True}),
    ("Adagrad", {}),
    ("Adagrad", {"lr_decay": 0.1}),
    ("Adagrad", {"initial_accumulator_value": 0.5}),
    ("Adagrad", {"weight_decay": 0.1, "eps": 1e-3}),
    ("Adagrad", {"lr": 0.1, "lr_decay": 0.1, "initial_accumulator_value": 0.5, "maximize": True}),
    ("Adadelta", {}),
    ("Adadelta", {"rho": 0.5, "lr": 0.5}),
    ("Adadelta", {"weight_decay": 0.1, "eps": 1e-3}),
    ("Adadelta", {"maximize": True}),
]


CONFIGS_GPU = [
    ("SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True, "weight_decay": 0.1}),
    ("Adam", {"lr": 0.01, "amsgrad": True}),
    ("AdamW", {"lr": 0.01, "maximize": True}),
    ("RMSprop", {"centered": True, "momentum": 0.5}),
    ("Adagrad", {"lr_decay": 0.1}),
    ("Adadelta", {}),
]


def _ids(case):
    name, kw = case
    return name + "-" + "-".join(f"{k}={v}" for k, v in kw.items())


def _ref_kwargs(name, kw):
    kw = dict(kw)
    if name == "Adam" and kw.pop("decoupled_weight_decay", False):
        kw["decoupled"] = True
    return kw


def _reference(name, kw, p0, grads):
    """The reference trajectory: parameters after each step."""
    ref = REFS[name]
    kw = _ref_kwargs(name, kw)
    ps = [p.copy() for p in p0]
    states = [{} for _ in ps]
    out = []
    for t, gs in enumerate(grads, start=1):
        ps = [ref(p, g, st, t, **kw) for p, g, st in zip(ps, gs, states)]
        out.append([p.copy() for p in ps])
    return out


def _run(opt, params, grads):
    out = []
    for gs in grads:
        for p, g in zip(params, gs):
            p.grad = torch.tensor(g)
        opt.step()
        out.append([to_numpy(p) for p in params])
    return out


def _assert_traj(got, want, rtol=2e-5, atol=2e-6):
    for step, (gs, ws) in enumerate(zip(got, want), start=1):
        for i, (g, w) in enumerate(zip(gs, ws)):
            np.testing.assert_allclose(g, w, rtol=rtol, atol=atol, err_msg=f"step {step}, #{i}")


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_trajectory_matches_reference(case):
    name, kw = case
    p0, grads = _data()
    params = [torch.tensor(p, requires_grad=True) for p in p0]
    opt = getattr(torch.optim, name)(params, **kw)
    got = _run(opt, params, grads)
    want = _reference(name, kw, p0, grads)
    _assert_traj(got, want)
    # The displacement too, relative to its own size: small steps (Adadelta's) count.
    moved = [[g - p for g, p in zip(gs, p0)] for gs in got]
    _assert_traj(moved, [[w - p for w, p in zip(ws, p0)] for ws in want], rtol=1e-4, atol=1e-7)
    for p, p_init in zip(params, p0):
        assert p.dtype == torch.float32
        assert p.shape == p_init.shape
        assert p.requires_grad
        assert p.is_leaf


@pytest.mark.parametrize("name", sorted(REFS))
def test_float64_parameters_keep_their_dtype(name):
    p0, grads = _data(seed=3)
    params = [torch.tensor(p.astype(np.float64), requires_grad=True) for p in p0]
    opt = getattr(torch.optim, name)(params, lr=0.01)
    for gs in grads:
        for p, g in zip(params, gs):
            p.grad = torch.tensor(g.astype(np.float64))
        opt.step()
    assert all(p.dtype == torch.float64 for p in params)
    for st in opt.state.values():
        for k, v in st.items():
            assert v.dtype == (torch.float32 if k == "step" else torch.float64)


def test_adamw_is_adam_with_decoupled_weight_decay():
    p0, grads = _data(seed=1)
    a = [torch.tensor(p, requires_grad=True) for p in p0]
    b = [torch.tensor(p, requires_grad=True) for p in p0]
    ga = _run(torch.optim.AdamW(a, lr=0.01, weight_decay=0.3), a, grads)
    gb = _run(torch.optim.Adam(b, lr=0.01, weight_decay=0.3, decoupled_weight_decay=True), b, grads)
    _assert_traj(ga, gb, rtol=0, atol=0)


def test_adam_l2_and_adamw_decay_differ():
    p0, grads = _data(seed=1)
    a = [torch.tensor(p, requires_grad=True) for p in p0]
    b = [torch.tensor(p, requires_grad=True) for p in p0]
    ga = _run(torch.optim.Adam(a, lr=0.01, weight_decay=0.5), a, grads)
    gb = _run(torch.optim.AdamW(b, lr=0.01, weight_decay=0.5), b, grads)
    assert not np.allclose(ga[-1][0], gb[-1][0])


def test_lr_zero_leaves_parameters_but_updates_state():
    p = torch.tensor([1.0, -2.0], requires_grad=True)
    opt = torch.optim.Adam([p], lr=0.0)
    p.grad = torch.tensor([0.5, 0.5])
    opt.step()
    np.testing.assert_array_equal(to_numpy(p), [1.0, -2.0])
    np.testing.assert_allclose(to_numpy(opt.state[p]["exp_avg"]), [0.05, 0.05], rtol=1e-6)


@pytest.mark.gpu
@pytest.mark.parametrize("case", CONFIGS_GPU, ids=_ids)
def test_trajectory_on_gpu_matches_cpu(case, gpu_device):
    name, kw = case
    p0, grads = _data(seed=6, steps=3)
    on_gpu = [torch.tensor(p, device=gpu_device, requires_grad=True) for p in p0]
    on_cpu = [torch.tensor(p, requires_grad=True) for p in p0]
    opt_gpu = getattr(torch.optim, name)(on_gpu, **kw)
    opt_cpu = getattr(torch.optim, name)(on_cpu, **kw)
    for gs in grads:
        for a, b, g in zip(on_gpu, on_cpu, gs):
            a.grad = torch.tensor(g, device=gpu_device)
            b.grad = torch.tensor(g)
        opt_gpu.step()
        opt_cpu.step()
    for a, b in zip(on_gpu, on_cpu):
        assert a.device == gpu_device
        np.testing.assert_allclose(to_numpy(a.cpu()), to_numpy(b), rtol=1e-5, atol=1e-6)


# ---- parameter groups ----


def test_param_groups_with_different_lrs_and_options():
    p0, grads = _data(seed=2)
    params = [torch.tensor(p, requires_grad=True) for p in p0]
    opt = torch.optim.SGD(
        [
            {"params": params[:1]},
            {"params": params[1:2], "lr": 0.5, "momentum": 0.9},
            {"params": params[2:], "lr": 0.01, "weight_decay": 0.1},
        ],
        lr=0.1,
    )
    assert [g["lr"] for g in opt.param_groups] == [0.1, 0.5, 0.01]
    assert [g["momentum"] for g in opt.param_groups] == [0, 0.9, 0]
    got = _run(opt, params, grads)
    kws = [{"lr": 0.1}, {"lr": 0.5, "momentum": 0.9}, {"lr": 0.01, "weight_decay": 0.1}]
    for i, kw in enumerate(kws):
        want = _reference("SGD", kw, [p0[i]], [[g[i]] for g in grads])
        _assert_traj([[s[i]] for s in got], want)


def test_add_param_group_mid_training():
    p0, grads = _data(seed=4)
    a = torch.tensor(p0[0], requires_grad=True)
    b = torch.tensor(p0[1], requires_grad=True)
    opt = torch.optim.Adam([a], lr=0.01)
    a.grad = torch.tensor(grads[0][0])
    opt.step()
    opt.add_param_group({"params": b, "lr": 0.1, "amsgrad": True})
    assert opt.param_groups[1]["params"] == [b]
    assert opt.param_groups[1]["betas"] == (0.9, 0.999)
    assert opt.param_groups[1]["amsgrad"] is True
    b.grad = torch.tensor(grads[1][1])
    opt.step()
    want = _reference("Adam", {"lr": 0.1, "amsgrad": True}, [p0[1]], [[grads[1][1]]])
    _assert_traj([[to_numpy(b)]], want)
    assert float(opt.state[a]["step"]) == 2.0
    assert float(opt.state[b]["step"]) == 1.0


def test_changing_lr_in_group_takes_effect():
    p = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1)
    p.grad = torch.tensor([1.0])
    opt.step()
    opt.param_groups[0]["lr"] = 0.5
    opt.step()
    np.testing.assert_allclose(to_numpy(p), [1.0 - 0.1 - 0.5], rtol=1e-6)


def test_tensor_lr():
    p = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=torch.tensor(0.25))
    p.grad = torch.tensor([2.0])
    opt.step()
    np.testing.assert_allclose(to_numpy(p), [0.5])


def test_named_parameters_are_recorded():
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([("a", a), ("b", b)], lr=0.1)
    assert opt.param_groups[0]["params"] == [a, b]
    assert opt.param_groups[0]["param_names"] == ["a", "b"]
    assert opt.state_dict()["param_groups"][0]["param_names"] == ["a", "b"]


# ---- step: in place, skipping, closure ----


@pytest.mark.parametrize("name", sorted(REFS))
def test_step_updates_in_place(name):
    p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    view = p.detach()[1:]
    ptr, version = p.data_ptr(), p._raw.version
    opt = getattr(torch.optim, name)([p], lr=0.1)
    p.grad = torch.tensor([0.5, 0.5, -0.5])
    opt.step()
    state = {k: v for k, v in opt.state[p].items()}
    p.grad = torch.tensor([0.5, -0.5, 0.5])
    opt.step()
    assert p.data_ptr() == ptr
    assert p._raw.version > version  # autograd sees the write
    assert view.tolist() == p.tolist()[1:]
    for k, v in opt.state[p].items():
        assert v is state[k]  # state tensors are reused, not replaced
    assert float(opt.state[p].get("step", 2)) == 2.0


def test_step_after_forward_invalidates_saved_tensors():
    p = torch.tensor([1.0, 2.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1)
    loss = (p * p).sum()
    loss.backward(retain_graph=True)
    opt.step()
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        loss.backward()


@pytest.mark.parametrize("name", sorted(REFS))
def test_parameters_without_grad_are_skipped(name):
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0], requires_grad=True)
    opt = getattr(torch.optim, name)([a, b], lr=0.1)
    a.grad = torch.tensor([1.0, 1.0])
    opt.step()
    assert b.tolist() == [3.0]
    assert a.tolist() != [1.0, 2.0]
    if name == "Adagrad":  # Adagrad creates its state up front
        assert float(opt.state[b]["step"]) == 0.0
    else:
        assert b not in opt.state


def test_closure_runs_with_grad_and_returns_loss():
    w = torch.tensor([2.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.25)
    calls = []

    def closure():
        opt.zero_grad()
        loss = (w * w).sum()
        loss.backward()
        calls.append(loss.item())
        return loss

    with torch.no_grad():
        loss = opt.step(closure)
    assert calls == [4.0]
    assert loss.item() == 4.0
    assert w.tolist() == [1.0]
    assert opt.step() is None


def test_step_records_no_graph():
    p = torch.tensor([1.0, 2.0], requires_grad=True)
    opt = torch.optim.Adam([p], lr=0.1)
    p.grad = torch.tensor([1.0, 1.0])
    opt.step()
    assert p.is_leaf
    assert p.grad_fn is None
    assert all(not v.requires_grad for v in opt.state[p].values())


# ---- zero_grad ----


def test_zero_grad_sets_to_none_by_default():
    a = torch.tensor([1.0], requires_grad=True)
    b = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([a, b], lr=0.1)
    (a * 3).sum().backward()
    assert a.grad is not None
    assert b.grad is None
    opt.zero_grad()
    assert a.grad is None
    assert b.grad is None


def test_zero_grad_set_to_none_false_zeros_in_place():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    opt = torch.optim.SGD([a], lr=0.1)
    (a * 3).sum().backward()
    g = a.grad
    opt.zero_grad(set_to_none=False)
    assert a.grad is g
    assert g.tolist() == [0.0, 0.0]
    assert not g.requires_grad
    (a * 2).sum().backward()  # accumulates into the zeroed gradient
    assert a.grad.tolist() == [2.0, 2.0]


def test_zero_grad_detaches_a_grad_with_history():
    a = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([a], lr=0.1)
    (a * a).sum().backward(create_graph=True)
    assert a.grad.grad_fn is not None
    g = a.grad
    opt.zero_grad(set_to_none=False)
    assert g.grad_fn is None
    assert g.tolist() == [0.0]


def test_zero_grad_then_step_with_set_to_none_skips():
    p = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    p.grad = torch.tensor([1.0])
    opt.step()
    opt.zero_grad()
    opt.step()  # no grad: momentum does not carry the parameter further
    np.testing.assert_allclose(to_numpy(p), [0.9], rtol=1e-6)
    opt.zero_grad()
    p.grad = torch.tensor([0.0])
    opt.step()  # a zero grad still steps with the momentum buffer
    np.testing.assert_allclose(to_numpy(p), [0.9 - 0.1 * 0.9], rtol=1e-6)


# ---- state_dict ----


CONFIGS = [
    ("SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
    ("Adam", {"lr": 0.01, "amsgrad": True, "weight_decay": 0.1}),
    ("AdamW", {"lr": 0.01}),
    ("RMSprop", {"centered": True, "momentum": 0.5}),
    ("Adagrad", {"lr_decay": 0.1}),
    ("Adadelta", {"weight_decay": 0.1}),
]


@pytest.mark.parametrize("case", CONFIGS, ids=_ids)
def test_state_dict_round_trip_continues_the_trajectory(case):
    name, kw = case
    p0, grads = _data(seed=5, steps=6)
    params = [torch.tensor(p, requires_grad=True) for p in p0]
    opt = getattr(torch.optim, name)(params, **kw)
    _run(opt, params, grads[:3])

    saved = pickle.loads(pickle.dumps(opt.state_dict()))  # as if written to disk
    clones = [torch.tensor(to_numpy(p), requires_grad=True) for p in params]
    fresh = getattr(torch.optim, name)(clones, lr=123.0)  # options come from the state
    fresh.load_state_dict(saved)
    assert fresh.param_groups[0]["lr"] == kw.get("lr", opt.defaults["lr"])
    assert fresh.param_groups[0]["params"] == clones

    want = _run(opt, params, grads[3:])
    got = _run(fresh, clones, grads[3:])
    _assert_traj(got, want, rtol=0, atol=0)
    _assert_traj(got, _reference(name, kw, p0, grads)[3:])


def test_state_dict_format_matches_pytorch():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0], requires_grad=True)
    c = torch.tensor([4.0], requires_grad=True)
    opt = torch.optim.Adam([{"params": [a, b]}, {"params": [c], "lr": 0.1}])
    a.grad = torch.tensor([1.0, 1.0])
    c.grad = torch.tensor([1.0])
    opt.step()
    sd = opt.state_dict()
    assert list(sd) == ["state", "param_groups"]
    assert list(sd["state"]) == [0, 2]  # ids run across groups; b has no state
    assert list(sd["state"][0]) == ["step", "exp_avg", "exp_avg_sq"]
    step = sd["state"][0]["step"]
    assert isinstance(step, torch.Tensor)
    assert step.dim() == 0
    assert step.dtype == torch.float32
    assert step.item() == 1.0
    assert sd["state"][0]["exp_avg"] is opt.state[a]["exp_avg"]  # not a copy, as in PyTorch
    # Recorded from PyTorch 2.15: Adam([...]).state_dict()["param_groups"].
    assert sd["param_groups"] == [
        {"lr": 0.001, "betas": (0.9, 0.999), "eps": 1e-08, "weight_decay": 0,
         "amsgrad": False, "maximize": False, "foreach": None, "capturable": False,
         "differentiable": False, "fused": None, "decoupled_weight_decay": False,
         "params": [0, 1]},
        {"lr": 0.1, "betas": (0.9, 0.999), "eps": 1e-08, "weight_decay": 0,
         "amsgrad": False, "maximize": False, "foreach": None, "capturable": False,
         "differentiable": False, "fused": None, "decoupled_weight_decay": False,
         "params": [2]},
    ]  # fmt: skip
    assert list(sd["param_groups"][0])[-1] == "params"  # PyTorch packs the ids last


def test_state_dict_of_sgd_and_adagrad_match_pytorch():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0], requires_grad=True)
    sgd = torch.optim.SGD([a, b], momentum=0.9)
    a.grad = torch.tensor([1.0, 1.0])
    sgd.step()
    sd = sgd.state_dict()
    assert list(sd["state"]) == [0]
    assert sd["state"][0]["momentum_buffer"].tolist() == [1.0, 1.0]
    assert sd["param_groups"] == [
        {"lr": 0.001, "momentum": 0.9, "dampening": 0, "weight_decay": 0, "nesterov": False,
         "maximize": False, "foreach": None, "differentiable": False, "fused": None,
         "params": [0, 1]}
    ]  # fmt: skip
    assert torch.optim.SGD([a]).state_dict()["state"] == {}
    ada = torch.optim.Adagrad([a]).state_dict()
    assert list(ada["state"][0]) == ["step", "sum"]
    assert ada["state"][0]["step"].item() == 0.0
    assert ada["param_groups"][0] == {
        "lr": 0.01, "lr_decay": 0, "eps": 1e-10, "weight_decay": 0,
        "initial_accumulator_value": 0, "foreach": None, "maximize": False,
        "differentiable": False, "fused": None, "params": [0],
    }  # fmt: skip


def test_load_state_dict_shares_state_tensors_like_pytorch():
    p = torch.tensor([1.0], requires_grad=True)
    q = torch.tensor([1.0], requires_grad=True)
    o1 = torch.optim.Adam([p])
    p.grad = torch.tensor([1.0])
    o1.step()
    o2 = torch.optim.Adam([q])
    o2.load_state_dict(o1.state_dict())
    assert o2.state[q]["exp_avg"] is o1.state[p]["exp_avg"]
    assert o2.param_groups[0] is not o1.param_groups[0]


def test_load_state_dict_casts_state_to_parameter_dtype():
    p = torch.tensor([1.0, 2.0], requires_grad=True)
    opt = torch.optim.Adam([p])
    p.grad = torch.tensor([1.0, 1.0])
    opt.step()
    q = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
    o2 = torch.optim.Adam([q])
    o2.load_state_dict(opt.state_dict())
    assert o2.state[q]["exp_avg"].dtype == torch.float64
    assert o2.state[q]["step"].dtype == torch.float32  # step is kept as saved


def test_load_state_dict_accepts_a_plain_number_step():
    p = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.Adam([p], lr=0.1)
    p.grad = torch.tensor([1.0])
    opt.step()
    sd = copy.deepcopy(opt.state_dict())
    sd["state"][0]["step"] = 1
    q = torch.tensor(to_numpy(p), requires_grad=True)
    o2 = torch.optim.Adam([q], lr=0.1)
    o2.load_state_dict(sd)
    q.grad = torch.tensor([1.0])
    p.grad = torch.tensor([1.0])
    o2.step()
    opt.step()
    assert q.tolist() == p.tolist()
    assert isinstance(o2.state[q]["step"], torch.Tensor)


def test_load_state_dict_errors():
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    one = torch.optim.Adam([a])
    check_raises(
        lambda: one.load_state_dict(
            torch.optim.Adam([{"params": [a]}, {"params": [b]}]).state_dict()
        ),
        ValueError,
        "loaded state dict has a different number of parameter groups",
    )
    check_raises(
        lambda: one.load_state_dict(torch.optim.Adam([a, b]).state_dict()),
        ValueError,
        "loaded state dict contains a parameter group that doesn't match the size of "
        "optimizer's group",
    )


def test_optimizer_pickles():
    p = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    p.grad = torch.tensor([1.0])
    opt.step()
    again = pickle.loads(pickle.dumps(opt))
    assert again.param_groups[0]["lr"] == 0.1
    assert len(again.state) == 1


# ---- construction: defaults, repr, errors ----


def test_defaults_match_pytorch():
    p = torch.zeros(2, requires_grad=True)
    # Recorded from PyTorch 2.15: <Optimizer>([p]).defaults.
    assert torch.optim.SGD([p]).defaults == {
        "lr": 0.001, "momentum": 0, "dampening": 0, "weight_decay": 0, "nesterov": False,
        "maximize": False, "foreach": None, "differentiable": False, "fused": None,
    }  # fmt: skip
    assert torch.optim.AdamW([p]).defaults == {
        "lr": 0.001, "betas": (0.9, 0.999), "eps": 1e-08, "weight_decay": 0.01,
        "amsgrad": False, "maximize": False, "foreach": None, "capturable": False,
        "differentiable": False, "fused": None, "decoupled_weight_decay": True,
    }  # fmt: skip
    assert torch.optim.RMSprop([p]).defaults == {
        "lr": 0.01, "momentum": 0, "alpha": 0.99, "eps": 1e-08, "centered": False,
        "weight_decay": 0, "capturable": False, "foreach": None, "maximize": False,
        "differentiable": False,
    }  # fmt: skip
    assert torch.optim.Adadelta([p]).defaults == {
        "lr": 1.0, "rho": 0.9, "eps": 1e-06, "weight_decay": 0, "maximize": False,
        "capturable": False, "foreach": None, "differentiable": False,
    }  # fmt: skip
    assert torch.optim.Adagrad([p]).defaults["eps"] == 1e-10
    assert torch.optim.Adam([p]).defaults["weight_decay"] == 0


def test_repr_matches_pytorch():
    p = torch.zeros(2, requires_grad=True)
    q = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([{"params": [p]}, {"params": [q], "lr": 0.1, "betas": (0.5, 0.6)}])
    group = (
        "    amsgrad: False\n    betas: {}\n    capturable: False\n"
        "    decoupled_weight_decay: False\n    differentiable: False\n    eps: 1e-08\n"
        "    foreach: None\n    fused: None\n    lr: {}\n    maximize: False\n"
        "    weight_decay: 0\n"
    )
    assert repr(opt) == (
        "Adam (\nParameter Group 0\n"
        + group.format((0.9, 0.999), 0.001)
        + "\nParameter Group 1\n"
        + group.format((0.5, 0.6), 0.1)
        + ")"
    )
    assert str(torch.optim.SGD([p], lr=0.1, momentum=0.9)) == (
        "SGD (\nParameter Group 0\n    dampening: 0\n    differentiable: False\n"
        "    foreach: None\n    fused: None\n    lr: 0.1\n    maximize: False\n"
        "    momentum: 0.9\n    nesterov: False\n    weight_decay: 0\n)"
    )


P = torch.zeros(2, requires_grad=True)
OPTIM = torch.optim

ERRORS = [
    (lambda: OPTIM.SGD(P), TypeError,
     "params argument given to the optimizer should be an iterable of Tensors or dicts, but "
     "got ferrotensor.FloatTensor"),
    (lambda: OPTIM.Adam(torch.zeros(2, dtype=torch.float64)), TypeError,
     "params argument given to the optimizer should be an iterable of Tensors or dicts, but "
     "got ferrotensor.DoubleTensor"),
    (lambda: OPTIM.SGD([]), ValueError, "optimizer got an empty parameter list"),
    (lambda: OPTIM.Adam(iter([])), ValueError, "optimizer got an empty parameter list"),
    (lambda: OPTIM.SGD([P, 3]), TypeError,
     "optimizer can only optimize Tensors, but one of the params is int"),
    (lambda: OPTIM.SGD([np.zeros(2)]), TypeError,
     "optimizer can only optimize Tensors, but one of the params is numpy.ndarray"),
    (lambda: OPTIM.SGD([P * 2]), ValueError, "can't optimize a non-leaf Tensor"),
    (lambda: OPTIM.SGD([{"params": [P]}, {"params": [P]}]), ValueError,
     "some parameters appear in more than one parameter group"),
    (lambda: OPTIM.SGD([{"params": {P}}]), TypeError,
     "optimizer parameters need to be organized in ordered collections, but the ordering of "
     "tensors in sets will change between runs. Please use a list instead."),
    (lambda: OPTIM.SGD([("a", P), torch.zeros(1, requires_grad=True)]), ValueError,
     "all optimizer params should be with/without names. Some param names are missing"),
    (lambda: OPTIM.SGD([P], lr=-0.1), ValueError, "Invalid learning rate: -0.1"),
    (lambda: OPTIM.SGD([P], momentum=-1), ValueError, "Invalid momentum value: -1"),
    (lambda: OPTIM.SGD([P], weight_decay=-1), ValueError, "Invalid weight_decay value: -1"),
    (lambda: OPTIM.SGD([P], nesterov=True), ValueError,
     "Nesterov momentum requires a momentum and zero dampening"),
    (lambda: OPTIM.SGD([P], momentum=0.9, dampening=0.1, nesterov=True), ValueError,
     "Nesterov momentum requires a momentum and zero dampening"),
    (lambda: OPTIM.SGD([P], lr=torch.tensor([0.1, 0.2])), ValueError,
     "Tensor lr must be 1-element"),
    (lambda: OPTIM.Adam([P], lr=-1), ValueError, "Invalid learning rate: -1"),
    (lambda: OPTIM.Adam([P], lr=math.nan), ValueError, "Invalid learning rate: nan"),
    (lambda: OPTIM.Adam([P], eps=-1), ValueError, "Invalid epsilon value: -1"),
    (lambda: OPTIM.Adam([P], betas=(1.0, 0.9)), ValueError,
     "Invalid beta parameter at index 0: 1.0"),
    (lambda: OPTIM.Adam([P], betas=(0.9, -0.1)), ValueError,
     "Invalid beta parameter at index 1: -0.1"),
    (lambda: OPTIM.Adam([P], weight_decay=-0.5), ValueError, "Invalid weight_decay value: -0.5"),
    (lambda: OPTIM.AdamW([P], betas=(0.9, 1.5)), ValueError,
     "Invalid beta parameter at index 1: 1.5"),
    (lambda: OPTIM.AdamW([P], lr=-0.01), ValueError, "Invalid learning rate: -0.01"),
    (lambda: OPTIM.RMSprop([P], lr=-0.1), ValueError, "Invalid learning rate: -0.1"),
    (lambda: OPTIM.RMSprop([P], eps=-0.1), ValueError, "Invalid epsilon value: -0.1"),
    (lambda: OPTIM.RMSprop([P], alpha=-0.1), ValueError, "Invalid alpha value: -0.1"),
    (lambda: OPTIM.RMSprop([P], momentum=-0.1), ValueError, "Invalid momentum value: -0.1"),
    (lambda: OPTIM.RMSprop([P], weight_decay=-0.1), ValueError, "Invalid weight_decay value: -0.1"),
    (lambda: OPTIM.Adagrad([P], lr=-0.1), ValueError, "Invalid learning rate: -0.1"),
    (lambda: OPTIM.Adagrad([P], lr_decay=-0.1), ValueError, "Invalid lr_decay value: -0.1"),
    (lambda: OPTIM.Adagrad([P], weight_decay=-0.1), ValueError, "Invalid weight_decay value: -0.1"),
    (lambda: OPTIM.Adagrad([P], initial_accumulator_value=-0.1), ValueError,
     "Invalid initial_accumulator_value value: -0.1"),
    (lambda: OPTIM.Adagrad([P], eps=-0.1), ValueError, "Invalid epsilon value: -0.1"),
    (lambda: OPTIM.Adadelta([P], lr=-0.1), ValueError, "Invalid learning rate: -0.1"),
    (lambda: OPTIM.Adadelta([P], rho=1.1), ValueError, "Invalid rho value: 1.1"),
    (lambda: OPTIM.Adadelta([P], eps=-1e-6), ValueError, "Invalid epsilon value: -1e-06"),
    (lambda: OPTIM.Adadelta([P], weight_decay=-0.1), ValueError,
     "Invalid weight_decay value: -0.1"),
    (lambda: OPTIM.Adam([P], fused=True, foreach=True), RuntimeError,
     "`fused` and `foreach` cannot be `True` together."),
]  # fmt: skip


@pytest.mark.parametrize(("fn", "exc", "msg"), ERRORS, ids=[e[2][:40] for e in ERRORS])
def test_errors_match_pytorch(fn, exc, msg):
    check_raises(fn, exc, msg)


def test_add_param_group_errors():
    opt = torch.optim.SGD([P], lr=0.1)
    check_raises(
        lambda: opt.add_param_group([P]),
        TypeError,
        "param_group must be a dict, but got <class 'list'>",
    )
    check_raises(
        lambda: opt.add_param_group({"params": P}),
        ValueError,
        "some parameters appear in more than one parameter group",
    )
    check_raises(
        lambda: opt.add_param_group({"params": [("a", torch.zeros(1, requires_grad=True))]}),
        ValueError,
        "all optimizer param groups should be with/without names. cannot add param group with "
        "names to the optimizer",
    )
    assert len(opt.param_groups) == 1


def test_required_option():
    class Custom(torch.optim.Optimizer):
        def __init__(self, params):
            super().__init__(params, {"lr": required, "x": 1})

    assert repr(required) == "<required parameter>"
    check_raises(
        lambda: Custom([P]),
        ValueError,
        "parameter group didn't specify a value of required optimization parameter lr",
    )
    opt = Custom([{"params": [P], "lr": 0.5}])
    assert opt.param_groups[0]["x"] == 1
    assert opt.param_groups[0]["lr"] == 0.5
    with pytest.raises(NotImplementedError):
        opt.step()


def test_warnings_match_pytorch():
    with pytest.warns(UserWarning, match="duplicate parameters") as rec:
        torch.optim.SGD([P, P])
    assert str(rec[0].message) == (
        "optimizer contains a parameter group with duplicate parameters; in future, this will "
        "cause an error; see github.com/pytorch/pytorch/issues/40967 for more information"
    )
    with pytest.warns(FutureWarning, match="ordered collections") as rec:
        opt = torch.optim.SGD({P})
    assert str(rec[0].message) == (
        "optimizer parameters need to be organized in ordered collections, but the ordering of "
        "tensors in sets will change between runs. Please use a list instead. This will be an "
        "error in a future release."
    )
    assert opt.param_groups[0]["params"] == [P]


def test_differentiable_is_refused():
    with pytest.raises(NotImplementedError, match="differentiable=True"):
        torch.optim.Adam([P], differentiable=True)


def test_generator_of_parameters_is_accepted():
    ps = [torch.zeros(1, requires_grad=True) for _ in range(3)]
    opt = torch.optim.SGD((p for p in ps), lr=0.1)
    assert opt.param_groups[0]["params"] == ps


# ---- the seed ----

SEED_1_2_3 = """
import numpy as np
import ferrotensor as torch

# f(x) = a*x**2 + b*x + c的最小值

x = torch.tensor(0.0,requires_grad = True) # x需要被求导
a = torch.tensor(1.0)
b = torch.tensor(-2.0)
c = torch.tensor(1.0)

optimizer = torch.optim.SGD(params=[x],lr = 0.01)


def f(x):
    result = a*torch.pow(x,2) + b*x + c
    return(result)

for i in range(500):
    optimizer.zero_grad()
    y = f(x)
    y.backward()
    optimizer.step()


print("y=",f(x).data,";","x=",x.data)
"""


def test_seed_1_2_3_minimum_with_an_optimizer(capsys):
    exec(compile(SEED_1_2_3, "seed_1_2_3", "exec"), {})
    assert capsys.readouterr().out == "y= tensor(0.) ; x= tensor(1.0000)\n"
