"""nn.Module, Parameter and the containers: registration, traversal, state_dict, hooks, repr.

Expected reprs and messages were recorded from PyTorch 2.15 (type names read
``ferrotensor`` where PyTorch prints ``torch``, except the ``torch.Size`` that
``load_state_dict`` messages keep).
"""

from __future__ import annotations

import copy
import pickle

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(2, 1))
        self.b = nn.Parameter(torch.zeros(1, 1))
        self.register_buffer("running", torch.zeros(2))
        self.register_buffer("tmp", torch.zeros(1), persistent=False)
        self.body = nn.Sequential(nn.Linear(2, 3), nn.ReLU())

    def forward(self, x):
        return x @ self.w + self.b


# ---- the seed's example (section 1.3.5), verbatim but for the import ----

SEED_NET = """
from ferrotensor import nn
class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.w = nn.Parameter(torch.randn(2,1))
        self.b = nn.Parameter(torch.zeros(1,1))

    def forward(self, x):
        y = x@self.w + self.b
        return y

net = Net()
"""


def test_seed_net_example():
    scope = {"torch": torch}
    exec(SEED_NET, scope)
    net = scope["net"]
    assert [n for n, _ in net.named_parameters()] == ["w", "b"]
    y = net(torch.rand(10, 2))
    assert tuple(y.shape) == (10, 1)
    y.sum().backward()
    assert tuple(net.w.grad.shape) == (2, 1)
    assert net.b.grad.item() == 10.0
    assert repr(net) == "Net()"


# ---- Parameter ----


def test_parameter_repr_and_type():
    p = nn.Parameter(torch.tensor([1.0, 2.0]))
    assert repr(p) == "Parameter containing:\ntensor([1., 2.], requires_grad=True)"
    assert str(p) == repr(p)
    assert isinstance(p, torch.Tensor)
    assert p.is_leaf
    assert p.requires_grad
    assert type(p * 2).__name__ == "Tensor"
    assert type(p.detach()).__name__ == "Tensor"
    assert type(p.data).__name__ == "Tensor"
    assert type(p.clone()).__name__ == "Tensor"


def test_parameter_repr_no_grad_and_double():
    p = nn.Parameter(torch.zeros(2, 2), requires_grad=False)
    assert repr(p) == "Parameter containing:\ntensor([[0., 0.],\n        [0., 0.]])"
    d = nn.Parameter(torch.zeros(2, dtype=torch.float64))
    assert repr(d) == (
        "Parameter containing:\ntensor([0., 0.], dtype=ferrotensor.float64, requires_grad=True)"
    )
    assert repr(nn.Parameter()) == "Parameter containing:\ntensor([], requires_grad=True)"


def test_parameter_shares_storage_and_is_leaf():
    t = torch.ones(2)
    p = nn.Parameter(t)
    assert p.data_ptr() == t.data_ptr()
    q = nn.Parameter(torch.ones(2, requires_grad=True) * 2)
    assert q.is_leaf


def test_parameter_int_requires_grad_error():
    with pytest.raises(RuntimeError, match=r"^Only Tensors of floating point and complex dtype"):
        nn.Parameter(torch.tensor([1, 2]))
    p = nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
    assert repr(p) == "Parameter containing:\ntensor([1, 2])"


def test_parameter_deepcopy_and_pickle_keep_type():
    p = nn.Parameter(torch.ones(2), requires_grad=False)
    c = copy.deepcopy(p)
    assert type(c).__name__ == "Parameter"
    assert not c.requires_grad
    assert c.data_ptr() != p.data_ptr()
    r = pickle.loads(pickle.dumps(nn.Parameter(torch.tensor([3.0]))))
    assert type(r).__name__ == "Parameter"
    assert r.requires_grad
    assert r.item() == 3.0


def test_parameter_data_setter_swaps_storage():
    p = nn.Parameter(torch.zeros(2))
    p.data = torch.ones(3, dtype=torch.float64)
    assert p.tolist() == [1.0, 1.0, 1.0]
    assert p.dtype == torch.float64
    assert p.requires_grad


def test_buffer_assignment_registers_buffer():
    m = nn.Module()
    m.stats = nn.Buffer(torch.ones(2))
    m.scratch = nn.Buffer(torch.zeros(1), persistent=False)
    assert [n for n, _ in m.named_buffers()] == ["stats", "scratch"]
    assert list(m.state_dict()) == ["stats"]
    assert type(m.stats).__name__ == "Tensor"


# ---- registration ----


def test_setattr_registers_parameters_buffers_and_modules():
    net = Net()
    assert list(net._parameters) == ["w", "b"]
    assert list(net._buffers) == ["running", "tmp"]
    assert list(net._modules) == ["body"]
    assert "w" not in net.__dict__


def test_assign_none_to_parameter_keeps_the_slot():
    m = nn.Linear(2, 2)
    m.weight = None
    assert m.weight is None
    assert list(m.state_dict()) == ["bias"]
    assert [n for n, _ in m.named_parameters()] == ["bias"]


def test_assign_none_to_buffer_keeps_the_slot():
    m = nn.Linear(2, 2)
    m.register_buffer("buf2", torch.zeros(1))
    m.buf2 = None
    assert list(m.state_dict()) == ["weight", "bias"]
    assert "buf2" in m._buffers


@pytest.mark.parametrize(
    ("action", "exc", "msg"),
    [
        (
            lambda m: setattr(m, "weight", 3),
            TypeError,
            "cannot assign 'int' as parameter 'weight' (ferrotensor.nn.Parameter or None expected)",
        ),
        (
            lambda m: setattr(m, "weight", torch.zeros(2, 2)),
            TypeError,
            "cannot assign 'ferrotensor.FloatTensor' as parameter 'weight' "
            "(ferrotensor.nn.Parameter or None expected)",
        ),
        (
            lambda m: (m.register_buffer("buf", torch.zeros(1)), setattr(m, "buf", 3)),
            TypeError,
            "cannot assign 'int' as buffer 'buf' (ferrotensor.nn.Buffer, ferrotensor.Tensor or "
            "None expected)",
        ),
        (
            lambda m: (setattr(m, "sub", nn.ReLU()), setattr(m, "sub", 3)),
            TypeError,
            "cannot assign 'int' as child module 'sub' (ferrotensor.nn.Module or None expected)",
        ),
        (
            lambda m: m.register_buffer("x", 3),
            TypeError,
            "cannot assign 'int' object to buffer 'x' (ferrotensor Tensor or None required)",
        ),
        (
            lambda m: m.register_buffer("a.b", torch.zeros(1)),
            KeyError,
            'buffer name can\'t contain "."',
        ),
        (
            lambda m: m.register_buffer("", torch.zeros(1)),
            KeyError,
            'buffer name can\'t be empty string ""',
        ),
        (
            lambda m: m.register_buffer("in_features", torch.zeros(1)),
            KeyError,
            "attribute 'in_features' already exists",
        ),
        (
            lambda m: m.register_buffer(1, torch.zeros(1)),
            TypeError,
            "buffer name should be a string. Got int",
        ),
        (
            lambda m: m.register_buffer("weight", torch.zeros(1)),
            KeyError,
            "attribute 'weight' already exists",
        ),
        (
            lambda m: m.register_parameter("p", torch.zeros(1)),
            TypeError,
            "cannot assign 'ferrotensor.FloatTensor' object to parameter 'p' "
            "(ferrotensor.nn.Parameter or None required)",
        ),
        (
            lambda m: m.register_parameter("a.b", nn.Parameter(torch.zeros(1))),
            KeyError,
            'parameter name can\'t contain "."',
        ),
        (
            lambda m: m.register_parameter("", None),
            KeyError,
            'parameter name can\'t be empty string ""',
        ),
        (
            lambda m: m.register_parameter("in_features", None),
            KeyError,
            "attribute 'in_features' already exists",
        ),
        (
            lambda m: m.register_parameter(3, None),
            TypeError,
            "parameter name should be a string. Got int",
        ),
        (lambda m: m.add_module("x", 3), TypeError, "int is not a Module subclass"),
        (
            lambda m: m.add_module("a.b", nn.ReLU()),
            KeyError,
            'module name can\'t contain ".", got: a.b',
        ),
        (lambda m: m.add_module("", nn.ReLU()), KeyError, 'module name can\'t be empty string ""'),
        (
            lambda m: m.add_module("in_features", nn.ReLU()),
            KeyError,
            "attribute 'in_features' already exists",
        ),
        (
            lambda m: m.add_module(3, nn.ReLU()),
            TypeError,
            "module name should be a string. Got int",
        ),
        (lambda m: m.foo, AttributeError, "'Linear' object has no attribute 'foo'"),
    ],
)
def test_registration_errors(action, exc, msg):
    m = nn.Linear(2, 2)
    with pytest.raises(exc) as info:
        action(m)
    text = info.value.args[0]
    assert text == msg


def test_assign_before_init_errors():
    class P(nn.Module):
        def __init__(self):
            self.x = nn.Parameter(torch.zeros(1))

    class M(nn.Module):
        def __init__(self):
            self.x = nn.ReLU()

    class B(nn.Module):
        def __init__(self):
            self.register_buffer("x", torch.zeros(1))

    for cls, what in ((P, "parameters"), (M, "module"), (B, "buffer")):
        with pytest.raises(AttributeError) as info:
            cls()
        assert str(info.value) == f"cannot assign {what} before Module.__init__() call"


def test_forward_unimplemented():
    with pytest.raises(NotImplementedError) as info:
        nn.Module()(torch.zeros(1))
    assert str(info.value) == 'Module [Module] is missing the required "forward" function'


def test_reassigning_moves_between_registries():
    m = nn.Module()
    m.x = nn.Parameter(torch.zeros(1))
    with pytest.raises(TypeError) as info:
        m.x = nn.ReLU()
    assert str(info.value) == (
        "cannot assign 'ferrotensor.nn.modules.activation.ReLU' as parameter 'x' "
        "(ferrotensor.nn.Parameter or None expected)"
    )
    m.y = nn.ReLU()
    m.y = nn.Parameter(torch.zeros(1))
    assert list(m._parameters) == ["x", "y"]
    assert list(m._modules) == []
    m.z = 5
    assert m.z == 5
    assert "z" in m.__dict__


def test_delattr():
    net = Net()
    del net.w
    del net.running
    del net.body
    assert list(net._parameters) == ["b"]
    assert list(net._buffers) == ["tmp"]
    assert list(net._modules) == []
    with pytest.raises(AttributeError):
        del net.nothing


def test_dir_lists_members():
    names = dir(Net())
    assert {"w", "b", "running", "body", "forward"} <= set(names)


def test_register_module_and_add_module():
    m = nn.Module()
    m.register_module("a", nn.ReLU())
    m.add_module("b", None)
    assert list(m._modules) == ["a", "b"]
    assert [n for n, _ in m.named_children()] == ["a"]


# ---- lookup by path ----


def test_get_submodule_parameter_buffer():
    s = nn.Sequential(nn.Linear(1, 2), nn.ReLU(), nn.Linear(2, 1))
    assert s.get_submodule("0") is s[0]
    assert s.get_submodule("") is s
    assert tuple(s.get_parameter("0.bias").shape) == (2,)
    net = Net()
    assert net.get_buffer("running") is net.running


@pytest.mark.parametrize(
    ("call", "msg"),
    [
        (lambda s: s.get_submodule("5"), "Sequential has no attribute `5`"),
        (lambda s: s.get_submodule("0.foo"), "Linear has no attribute `foo`"),
        (lambda s: s.get_submodule("0.weight"), "`weight` is not an nn.Module"),
        (lambda s: s.get_parameter("0.foo"), "Linear has no attribute `foo`"),
        (lambda s: s.get_parameter("0.in_features"), "`in_features` is not an nn.Parameter"),
        (lambda s: s.get_parameter("1"), "`1` is not an nn.Parameter"),
        (lambda s: s.get_buffer("0.foo"), "Linear has no attribute `foo`"),
        (lambda s: s.get_buffer("0.weight"), "`weight` is not a buffer"),
    ],
)
def test_get_by_path_errors(call, msg):
    s = nn.Sequential(nn.Linear(1, 2), nn.ReLU(), nn.Linear(2, 1))
    with pytest.raises(AttributeError) as info:
        call(s)
    assert str(info.value) == msg


# ---- traversal ----


def test_named_members_as_pytorch():
    net = Net()
    assert [n for n, _ in net.named_parameters()] == ["w", "b", "body.0.weight", "body.0.bias"]
    assert [n for n, _ in net.named_buffers()] == ["running", "tmp"]
    assert [n for n, _ in net.named_modules()] == ["", "body", "body.0", "body.1"]
    assert [n for n, _ in net.named_children()] == ["body"]
    assert [n for n, _ in net.named_modules(prefix="m")] == ["m", "m.body", "m.body.0", "m.body.1"]
    assert [n for n, _ in net.named_parameters(recurse=False)] == ["w", "b"]
    assert [n for n, _ in net.named_parameters(prefix="x")] == [
        "x.w",
        "x.b",
        "x.body.0.weight",
        "x.body.0.bias",
    ]
    assert len(list(net.parameters())) == 4
    assert len(list(net.buffers(recurse=False))) == 2
    assert [type(m).__name__ for m in net.modules()] == ["Net", "Sequential", "Linear", "ReLU"]
    assert [type(m).__name__ for m in net.children()] == ["Sequential"]


def test_shared_modules_and_parameters_deduplicated():
    lin = nn.Linear(2, 2)
    s = nn.Sequential(lin, nn.ReLU(), lin)
    assert [n for n, _ in s.named_modules()] == ["", "0", "1"]
    assert [n for n, _ in s.named_modules(remove_duplicate=False)] == ["", "0", "1", "2"]
    assert [n for n, _ in s.named_parameters()] == ["0.weight", "0.bias"]
    assert [n for n, _ in s.named_parameters(remove_duplicate=False)] == [
        "0.weight",
        "0.bias",
        "2.weight",
        "2.bias",
    ]
    assert list(s.state_dict()) == ["0.weight", "0.bias", "2.weight", "2.bias"]


# ---- modes, gradients, apply ----


def test_train_eval():
    s = nn.Sequential(nn.Linear(1, 2), nn.Dropout())
    assert s.training
    assert s[1].training
    assert s.eval() is s
    assert not s.training
    assert not s[1].training
    assert s.train() is s
    assert s[1].training
    for bad in (1, "a"):
        with pytest.raises(ValueError, match="boolean") as info:
            s.train(bad)
        assert str(info.value) == "training mode is expected to be boolean"


def test_zero_grad_to_none_and_to_zeros():
    lin = nn.Linear(2, 2)
    lin(torch.ones(1, 2)).sum().backward()
    lin.zero_grad(set_to_none=False)
    assert lin.weight.grad.tolist() == [[0.0, 0.0], [0.0, 0.0]]
    lin(torch.ones(1, 2)).sum().backward()
    lin.zero_grad()
    assert lin.weight.grad is None
    assert lin.bias.grad is None


def test_requires_grad_and_apply():
    lin = nn.Linear(2, 2)
    assert lin.requires_grad_(False) is lin
    assert not lin.weight.requires_grad
    assert not lin.bias.requires_grad
    s = nn.Sequential(nn.Linear(1, 2), nn.ReLU(), nn.Linear(2, 1))
    seen = []
    assert s.apply(lambda m: seen.append(type(m).__name__)) is s
    assert seen == ["Linear", "ReLU", "Linear", "Sequential"]


def test_apply_init_pattern():
    def init_weights(m):
        if isinstance(m, nn.Linear):
            nn.init.constant_(m.weight, 0.5)
            nn.init.zeros_(m.bias)

    s = nn.Sequential(nn.Linear(2, 2), nn.ReLU()).apply(init_weights)
    assert s[0].weight.tolist() == [[0.5, 0.5], [0.5, 0.5]]
    assert s[0].weight.requires_grad


# ---- conversion ----


def test_double_keeps_parameter_objects_and_grads():
    lin = nn.Linear(2, 2)
    lin(torch.ones(1, 2)).sum().backward()
    w = lin.weight
    assert lin.double() is lin
    assert lin.weight is w
    assert type(lin.weight).__name__ == "Parameter"
    assert lin.weight.dtype == torch.float64
    assert lin.weight.requires_grad
    assert lin.weight.grad.dtype == torch.float64
    assert lin(torch.ones(1, 2, dtype=torch.float64)).dtype == torch.float64


def test_half_float_to_leave_integer_buffers():
    lin = nn.Linear(2, 2)
    lin.register_buffer("idx", torch.zeros(2, dtype=torch.long))
    lin.half()
    assert (lin.idx.dtype, lin.weight.dtype) == (torch.int64, torch.float16)
    lin.float()
    assert lin.weight.dtype == torch.float32
    lin.to(torch.float64)
    assert (lin.idx.dtype, lin.weight.dtype) == (torch.int64, torch.float64)
    lin.to("cpu", dtype=torch.float32)
    assert lin.weight.dtype == torch.float32
    assert str(lin.weight.device) == "cpu"
    lin.to(torch.zeros(1, dtype=torch.float64))
    assert lin.weight.dtype == torch.float64
    assert lin.cpu() is lin


def test_to_integer_dtype_error():
    with pytest.raises(TypeError) as info:
        nn.Linear(2, 2).to(torch.long)
    assert str(info.value) == (
        "nn.Module.to only accepts floating point or complex dtypes, but got desired "
        "dtype=ferrotensor.int64"
    )


# ---- state_dict ----


def test_state_dict_keys_values_and_options():
    net = Net()
    sd = net.state_dict()
    assert type(sd).__name__ == "OrderedDict"
    assert list(sd) == ["w", "b", "running", "body.0.weight", "body.0.bias"]
    assert not sd["w"].requires_grad
    assert type(sd["w"]).__name__ == "Tensor"
    assert sd["w"].data_ptr() == net.w.data_ptr()
    assert type(net.state_dict(keep_vars=True)["w"]).__name__ == "Parameter"
    assert next(iter(net.state_dict(prefix="pre."))) == "pre.w"
    dest = {}
    assert net.state_dict(destination=dest) is dest
    assert len(dest) == 5


def _load_error(net, sd, strict=True):
    with pytest.raises(RuntimeError) as info:
        net.load_state_dict(sd, strict=strict)
    return str(info.value)


def test_load_state_dict_missing_keys_message():
    assert _load_error(Net(), {"w": torch.zeros(2, 1)}) == (
        'Error(s) in loading state_dict for Net:\n\tMissing key(s) in state_dict: "b", '
        '"running", "body.0.weight", "body.0.bias". '
    )


def test_load_state_dict_unexpected_keys_message():
    net = Net()
    sd = {**net.state_dict(), "foo": torch.zeros(1), "body.bar": torch.zeros(1)}
    assert _load_error(net, sd) == (
        "Error(s) in loading state_dict for Net:\n\tUnexpected key(s) in state_dict: "
        '"foo", "body.bar". '
    )


def test_load_state_dict_size_mismatch_message():
    net = Net()
    assert _load_error(net, {**net.state_dict(), "w": torch.zeros(3, 1)}) == (
        "Error(s) in loading state_dict for Net:\n\tsize mismatch for w: copying a param with "
        "shape torch.Size([3, 1]) from checkpoint, the shape in current model is "
        "torch.Size([2, 1])."
    )
    lin = nn.Linear(3, 3)
    msg = _load_error(lin, {"weight": torch.zeros(2, 3), "bias": torch.zeros(3)})
    assert msg == (
        "Error(s) in loading state_dict for Linear:\n\tsize mismatch for weight: copying a "
        "param with shape torch.Size([2, 3]) from checkpoint, the shape in current model is "
        "torch.Size([3, 3])."
    )


def test_load_state_dict_all_errors_in_order():
    net = Net()
    sd = {k: v for k, v in net.state_dict().items() if k not in ("b",)}
    sd.update(w=torch.zeros(3, 1), zz=torch.zeros(1))
    assert _load_error(net, sd) == (
        "Error(s) in loading state_dict for Net:\n"
        '\tMissing key(s) in state_dict: "b". \n'
        '\tUnexpected key(s) in state_dict: "zz". \n'
        "\tsize mismatch for w: copying a param with shape torch.Size([3, 1]) from checkpoint, "
        "the shape in current model is torch.Size([2, 1])."
    )


def test_load_state_dict_results():
    net = Net()
    res = net.load_state_dict(net.state_dict())
    assert repr(res) == "<All keys matched successfully>"
    assert str(res) == repr(res)
    res = net.load_state_dict({"w": torch.zeros(2, 1), "q": torch.ones(1)}, strict=False)
    assert repr(res) == (
        "_IncompatibleKeys(missing_keys=['b', 'running', 'body.0.weight', 'body.0.bias'], "
        "unexpected_keys=['q'])"
    )
    assert res.missing_keys[0] == "b"
    assert res.unexpected_keys == ["q"]
    _missing, unexpected = net.load_state_dict({"w": torch.zeros(2, 1)}, strict=False)
    assert unexpected == []
    # size mismatches raise even when not strict
    msg = _load_error(net, {"w": torch.zeros(3, 1)}, strict=False)
    assert msg.startswith("Error(s) in loading state_dict for Net:\n\tsize mismatch for w:")


def test_load_state_dict_bad_values():
    net = Net()
    with pytest.raises(TypeError) as info:
        net.load_state_dict([1, 2])
    assert str(info.value) == "Expected state_dict to be dict-like, got <class 'list'>."
    msg = _load_error(net, {**net.state_dict(), "w": [[0.0], [0.0]]})
    assert msg == (
        'Error(s) in loading state_dict for Net:\n\tWhile copying the parameter named "w", '
        "expected ferrotensor.Tensor or Tensor-like object from checkpoint but received "
        "<class 'list'>"
    )
    lin = nn.Linear(1, 1)
    msg = _load_error(lin, {"weight": torch.zeros(1, 1), "bias": torch.tensor(3.0)})
    assert msg.endswith(
        "size mismatch for bias: copying a param with shape torch.Size([]) from checkpoint, "
        "the shape in current model is torch.Size([1])."
    )


def test_load_state_dict_copies_values_in_place():
    src = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
    dst = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
    w = dst[0].weight
    dst.load_state_dict(src.state_dict())
    assert dst[0].weight is w
    x = torch.rand(5, 3)
    np.testing.assert_array_equal(dst(x).detach().numpy(), src(x).detach().numpy())


def test_load_state_dict_accepts_numpy_arrays():
    src = nn.Linear(3, 2)
    sd = {k: v.numpy().astype(np.float64) for k, v in src.state_dict().items()}
    dst = nn.Linear(3, 2)
    assert repr(dst.load_state_dict(sd)) == "<All keys matched successfully>"
    np.testing.assert_allclose(dst.weight.detach().numpy(), src.weight.detach().numpy())
    assert dst.weight.dtype == torch.float32


def test_load_state_dict_assign_and_legacy_scalar():
    lin = nn.Linear(2, 1)
    new_w = torch.ones(1, 2)
    lin.load_state_dict({"weight": new_w, "bias": torch.zeros(1)}, assign=True)
    assert type(lin.weight).__name__ == "Parameter"
    assert lin.weight.requires_grad
    assert lin.weight.data_ptr() == new_w.data_ptr()
    m = nn.Module()
    m.scale = nn.Parameter(torch.tensor(1.0))
    m.load_state_dict({"scale": torch.tensor([4.0])})
    assert m.scale.item() == 4.0


def test_load_state_dict_buffers_and_non_persistent():
    net = Net()
    sd = net.state_dict()
    assert "tmp" not in sd
    sd["running"] = torch.tensor([1.0, 2.0])
    net.load_state_dict(sd)
    assert net.running.tolist() == [1.0, 2.0]


def test_custom_load_from_state_dict_hook_point():
    class Legacy(nn.Linear):
        def _load_from_state_dict(self, state_dict, prefix, *args):
            old = prefix + "w"
            if old in state_dict:
                state_dict[prefix + "weight"] = state_dict.pop(old)
            super()._load_from_state_dict(state_dict, prefix, *args)

    m = nn.Sequential(Legacy(2, 1))
    m.load_state_dict({"0.w": torch.ones(1, 2), "0.bias": torch.zeros(1)})
    assert m[0].weight.tolist() == [[1.0, 1.0]]


def test_deepcopy_and_pickle_module():
    net = Net()
    c = copy.deepcopy(net)
    assert c.w is not net.w
    assert type(c.w).__name__ == "Parameter"
    assert [n for n, _ in c.named_parameters()] == [n for n, _ in net.named_parameters()]
    r = pickle.loads(pickle.dumps(nn.Sequential(nn.Linear(2, 2), nn.ReLU())))
    assert repr(r[0]) == "Linear(in_features=2, out_features=2, bias=True)"
    assert r[0].weight.requires_grad


# ---- hooks ----


def test_forward_pre_hook_replaces_input():
    lin = nn.Identity()
    h = lin.register_forward_pre_hook(lambda m, args: args[0] * 2)
    assert lin(torch.tensor([1.0])).tolist() == [2.0]
    h.remove()
    assert lin(torch.tensor([1.0])).tolist() == [1.0]
    h.remove()  # a second remove is harmless


def test_forward_hook_replaces_output_and_sees_inputs():
    seen = []
    m = nn.ReLU()

    def hook(mod, args, out):
        seen.append((mod, args[0].tolist(), out.tolist()))
        return out + 1

    with m.register_forward_hook(hook):
        assert m(torch.tensor([-1.0, 2.0])).tolist() == [1.0, 3.0]
    assert seen == [(m, [-1.0, 2.0], [0.0, 2.0])]
    assert m(torch.tensor([-1.0])).tolist() == [0.0]


def test_hooks_with_kwargs_prepend_and_order():
    class Scale(nn.Module):
        def forward(self, x, factor=1.0):
            return x * factor

    m = Scale()
    order = []
    m.register_forward_pre_hook(lambda mod, args: order.append("a"))
    m.register_forward_pre_hook(lambda mod, args: order.append("b"), prepend=True)
    m.register_forward_pre_hook(lambda mod, args, kwargs: (args, {"factor": 3.0}), with_kwargs=True)
    m.register_forward_hook(lambda mod, args, kwargs, out: out + kwargs["factor"], with_kwargs=True)
    assert m(torch.tensor([1.0]), factor=2.0).tolist() == [6.0]
    assert order == ["b", "a"]


def test_forward_hook_always_call():
    class Boom(nn.Module):
        def forward(self, x):
            raise ValueError("boom")

    m = Boom()
    calls = []
    m.register_forward_hook(lambda mod, args, out: calls.append("always"), always_call=True)
    m.register_forward_hook(lambda mod, args, out: calls.append("normal"))
    with pytest.raises(ValueError, match="boom"):
        m(torch.zeros(1))
    assert calls == ["always"]


def test_bad_pre_hook_with_kwargs_result():
    m = nn.Identity()
    m.register_forward_pre_hook(lambda mod, a, k: 5, with_kwargs=True)
    with pytest.raises(RuntimeError) as info:
        m(torch.zeros(1))
    assert str(info.value) == (
        "forward pre-hook must return None or a tuple of (new_args, new_kwargs), but got 5."
    )


def test_handle_ids_increase():
    m = nn.Identity()
    h1 = m.register_forward_hook(lambda *a: None)
    h2 = m.register_forward_hook(lambda *a: None)
    assert h2.id > h1.id


# ---- repr ----


def test_module_tree_repr():
    assert repr(Net()) == (
        "Net(\n"
        "  (body): Sequential(\n"
        "    (0): Linear(in_features=2, out_features=3, bias=True)\n"
        "    (1): ReLU()\n"
        "  )\n"
        ")"
    )
    s = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Sequential(nn.Linear(2, 2), nn.Tanh()))
    assert repr(s) == (
        "Sequential(\n"
        "  (0): Linear(in_features=3, out_features=2, bias=True)\n"
        "  (1): ReLU()\n"
        "  (2): Sequential(\n"
        "    (0): Linear(in_features=2, out_features=2, bias=True)\n"
        "    (1): Tanh()\n"
        "  )\n"
        ")"
    )


def test_multiline_extra_repr_with_children():
    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(1, 1)

        def extra_repr(self):
            return "first\nsecond"

    assert repr(Block()) == (
        "Block(\n  first\n  second\n  (fc): Linear(in_features=1, out_features=1, bias=True)\n)"
    )
