"""nn containers: Sequential, ModuleList, ModuleDict, ParameterList, ParameterDict.

Expected reprs and messages were recorded from PyTorch 2.15 (type names read
``ferrotensor`` where PyTorch prints ``torch``).
"""

from __future__ import annotations

from collections import OrderedDict

import pytest

import ferrotensor as torch
from ferrotensor import nn


def test_container_reprs():
    od = nn.Sequential(OrderedDict([("fc", nn.Linear(1, 1)), ("act", nn.Sigmoid())]))
    assert repr(od) == (
        "Sequential(\n  (fc): Linear(in_features=1, out_features=1, bias=True)\n"
        "  (act): Sigmoid()\n)"
    )
    ml = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)] + [nn.ReLU(), nn.ReLU(), nn.Tanh()])
    assert repr(ml) == (
        "ModuleList(\n"
        "  (0-2): 3 x Linear(in_features=2, out_features=2, bias=True)\n"
        "  (3-4): 2 x ReLU()\n"
        "  (5): Tanh()\n"
        ")"
    )
    assert repr(nn.ModuleList()) == "ModuleList()"
    md = nn.ModuleDict({"a": nn.ReLU(), "b": nn.Linear(1, 2)})
    assert repr(md) == (
        "ModuleDict(\n  (a): ReLU()\n  (b): Linear(in_features=1, out_features=2, bias=True)\n)"
    )


def test_parameter_container_reprs():
    pl = nn.ParameterList(
        [nn.Parameter(torch.zeros(2, 3)), nn.Parameter(torch.zeros(4, dtype=torch.float64))]
    )
    assert repr(pl) == (
        "ParameterList(\n"
        "    (0): Parameter containing: [ferrotensor.float32 of size 2x3]\n"
        "    (1): Parameter containing: [ferrotensor.float64 of size 4]\n"
        ")"
    )
    pd = nn.ParameterDict(
        {"x": nn.Parameter(torch.zeros(2, 3)), "y": nn.Parameter(torch.zeros(1), False)}
    )
    assert repr(pd) == (
        "ParameterDict(\n"
        "    (x): Parameter containing: [ferrotensor.FloatTensor of size 2x3]\n"
        "    (y): Parameter containing: [ferrotensor.FloatTensor of size 1]\n"
        ")"
    )


# ---- Sequential ----


def _seq():
    return nn.Sequential(nn.Linear(1, 2), nn.ReLU(), nn.Linear(2, 1))


def test_sequential_indexing_and_slicing():
    s = _seq()
    assert repr(s[0]) == "Linear(in_features=1, out_features=2, bias=True)"
    assert repr(s[-1]) == "Linear(in_features=2, out_features=1, bias=True)"
    tail = s[1:]
    assert type(tail).__name__ == "Sequential"
    assert repr(tail) == (
        "Sequential(\n  (1): ReLU()\n  (2): Linear(in_features=2, out_features=1, bias=True)\n)"
    )
    assert tail[1] is s[2]
    assert len(s) == 3
    assert [type(m).__name__ for m in s] == ["Linear", "ReLU", "Linear"]
    with pytest.raises(IndexError) as info:
        s[5]
    assert str(info.value) == "index 5 is out of range"
    with pytest.raises(TypeError) as info:
        s["a"]
    assert str(info.value) == "'str' object cannot be interpreted as an integer"


def test_sequential_mutation():
    s = nn.Sequential(nn.ReLU())
    assert s.append(nn.Tanh()) is s
    assert [type(m).__name__ for m in s] == ["ReLU", "Tanh"]
    s.insert(1, nn.Sigmoid())
    assert [type(m).__name__ for m in s] == ["ReLU", "Sigmoid", "Tanh"]
    s.extend([nn.Identity()])
    del s[1]
    assert list(s._modules) == ["0", "1", "2"]
    assert [type(m).__name__ for m in s] == ["ReLU", "Tanh", "Identity"]
    s[0] = nn.ELU()
    assert type(s[0]).__name__ == "ELU"
    popped = s.pop(1)
    assert type(popped).__name__ == "Tanh"
    assert len(s) == 2
    both = nn.Sequential(nn.ReLU()) + nn.Sequential(nn.Tanh())
    assert repr(both) == "Sequential(\n  (0): ReLU()\n  (1): Tanh()\n)"


def test_sequential_forward_chains_modules():
    s = nn.Sequential(nn.ReLU(), nn.Linear(2, 1))
    x = torch.tensor([[-1.0, 2.0]])
    expected = s[1](s[0](x))
    assert s(x).tolist() == expected.tolist()


def test_sequential_parameters_and_state_dict_keys():
    s = _seq()
    assert list(s.state_dict()) == ["0.weight", "0.bias", "2.weight", "2.bias"]


# ---- ModuleList / ModuleDict ----


def test_module_list_operations():
    ml = nn.ModuleList([nn.ReLU(), nn.Tanh()])
    assert len(ml) == 2
    assert type(ml[-1]).__name__ == "Tanh"
    assert repr(ml[1:]) == "ModuleList(\n  (0): Tanh()\n)"
    ml.append(nn.Sigmoid())
    ml.insert(0, nn.ELU())
    assert [type(m).__name__ for m in ml] == ["ELU", "ReLU", "Tanh", "Sigmoid"]
    del ml[0]
    assert list(ml._modules) == ["0", "1", "2"]
    ml += [nn.Identity()]
    assert len(ml + nn.ModuleList([nn.ReLU()])) == 5
    ml[0] = nn.SiLU()
    assert type(ml.pop(0)).__name__ == "SiLU"
    with pytest.raises(IndexError) as info:
        ml[7]
    assert str(info.value) == "index 7 is out of range"
    with pytest.raises(TypeError) as info:
        nn.ModuleList().extend(3)
    assert str(info.value) == "ModuleList.extend should be called with an iterable, but got int"
    with pytest.raises(NotImplementedError) as info:
        ml(torch.zeros(1))
    assert str(info.value) == 'Module [ModuleList] is missing the required "forward" function'


def test_module_list_registers_parameters():
    class Stack(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])

    assert [n for n, _ in Stack().named_parameters()] == [
        "layers.0.weight",
        "layers.0.bias",
        "layers.1.weight",
        "layers.1.bias",
    ]


def test_module_dict_operations():
    md = nn.ModuleDict([("x", nn.ReLU()), ("y", nn.Tanh())])
    assert list(md.keys()) == ["x", "y"]
    assert "x" in md
    assert len(md) == 2
    assert [k for k in md] == ["x", "y"]
    md["z"] = nn.Sigmoid()
    md.update({"w": nn.Identity()})
    assert [k for k, _ in md.items()] == ["x", "y", "z", "w"]
    assert type(md.pop("x")).__name__ == "ReLU"
    del md["y"]
    assert list(md.keys()) == ["z", "w"]
    with pytest.raises(KeyError):
        md["nope"]
    md.clear()
    assert repr(md) == "ModuleDict()"
    with pytest.raises(TypeError) as info:
        md.update(3)
    assert str(info.value) == (
        "ModuleDict.update should be called with an iterable of key/value pairs, but got int"
    )
    with pytest.raises(ValueError, match="has length 3") as info:
        md.update([("a", nn.ReLU(), 1)])
    assert str(info.value) == "ModuleDict update sequence element #0 has length 3; 2 is required"


# ---- ParameterList / ParameterDict ----


def test_parameter_list():
    pl = nn.ParameterList([torch.zeros(2), nn.Parameter(torch.ones(1))])
    assert type(pl[0]).__name__ == "Parameter"
    assert pl[0].requires_grad
    pl.append(torch.ones(3))
    assert len(pl) == 3
    assert [tuple(p.shape) for p in pl] == [(2,), (1,), (3,)]
    assert [n for n, _ in pl.named_parameters()] == ["0", "1", "2"]
    pl[0] = torch.full((2,), 5.0)
    assert pl[0].tolist() == [5.0, 5.0]
    assert len(pl[1:]) == 2
    with pytest.raises(RuntimeError, match=r"ParameterList should not be called\."):
        pl()


def test_parameter_dict():
    pd = nn.ParameterDict({"b": torch.zeros(1), "a": nn.Parameter(torch.ones(2))})
    assert list(pd.keys()) == ["a", "b"]  # a plain dict is added in sorted order
    assert type(pd["b"]).__name__ == "Parameter"
    pd["c"] = torch.ones(3)
    assert "c" in pd
    assert len(pd) == 3
    assert [n for n, _ in pd.named_parameters()] == ["a", "b", "c"]
    assert tuple(pd.pop("a").shape) == (2,)
    assert pd.get("zz") is None
    assert [k for k, _ in pd.items()] == ["b", "c"]
    pd.clear()
    assert len(pd) == 0
