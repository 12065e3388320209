"""Autograd: seed examples verbatim, gradients against finite differences, graph semantics."""

from __future__ import annotations

import gc
import warnings
import weakref

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.autograd import gradcheck, gradgradcheck


def run_seed(capsys, code: str) -> str:
    exec(code, {"torch": torch, "np": np})
    return capsys.readouterr().out


SEED_121_SCALAR = """
x = torch.tensor(0.0,requires_grad = True) # x需要被求导
a = torch.tensor(1.0)
b = torch.tensor(-2.0)
c = torch.tensor(1.0)
y = a*torch.pow(x,2) + b*x + c

y.backward()
dy_dx = x.grad
print(dy_dx)
"""

SEED_121_NONSCALAR = """
x = torch.tensor([[0.0,0.0],[1.0,2.0]],requires_grad = True) # x需要被求导
a = torch.tensor(1.0)
b = torch.tensor(-2.0)
c = torch.tensor(1.0)
y = a*torch.pow(x,2) + b*x + c

gradient = torch.tensor([[1.0,1.0],[1.0,1.0]])

print("x:\\n",x)
print("y:\\n",y)
y.backward(gradient = gradient)
x_grad = x.grad
print("x_grad:\\n",x_grad)
"""

SEED_121_VIA_SCALAR = """
x = torch.tensor([[0.0,0.0],[1.0,2.0]],requires_grad = True) # x需要被求导
a = torch.tensor(1.0)
b = torch.tensor(-2.0)
c = torch.tensor(1.0)
y = a*torch.pow(x,2) + b*x + c

gradient = torch.tensor([[1.0,1.0],[1.0,1.0]])
z = torch.sum(y*gradient)

print("x:",x)
print("y:",y)
z.backward()
x_grad = x.grad
print("x_grad:\\n",x_grad)
"""

SEED_122 = """
x = torch.tensor(0.0,requires_grad = True) # x需要被求导
a = torch.tensor(1.0)
b = torch.tensor(-2.0)
c = torch.tensor(1.0)
y = a*torch.pow(x,2) + b*x + c


# create_graph 设置为 True 将允许创建更高阶的导数
dy_dx = torch.autograd.grad(y,x,create_graph=True)[0]
print(dy_dx.data)

# 求二阶导数
dy2_dx2 = torch.autograd.grad(dy_dx,x)[0]

print(dy2_dx2.data)
"""

SEED_134_LEAF = """
x = torch.tensor(3.0,requires_grad=True)
y1 = x + 1
y2 = 2*x
loss = (y1-y2)**2

loss.backward()
print("loss.grad:", loss.grad)
print("y1.grad:", y1.grad)
print("y2.grad:", y2.grad)
print(x.grad)
print(x.is_leaf)
print(y1.is_leaf)
print(y2.is_leaf)
print(loss.is_leaf)
"""

SEED_134_HOOKS = """
#正向传播
x = torch.tensor(3.0,requires_grad=True)
y1 = x + 1
y2 = 2*x
loss = (y1-y2)**2

#非叶子节点梯度显示控制
y1.register_hook(lambda grad: print('y1 grad: ', grad))
y2.register_hook(lambda grad: print('y2 grad: ', grad))
loss.retain_grad()

#反向传播
loss.backward()
print("loss.grad:", loss.grad)
print("x.grad:", x.grad)
"""


def test_seed_121_scalar_backward(capsys):
    assert run_seed(capsys, SEED_121_SCALAR) == "tensor(-2.)\n"


def test_seed_121_non_scalar_backward(capsys):
    assert run_seed(capsys, SEED_121_NONSCALAR) == (
        "x:\n tensor([[0., 0.],\n        [1., 2.]], requires_grad=True)\n"
        "y:\n tensor([[1., 1.],\n        [0., 1.]], grad_fn=<AddBackward0>)\n"
        "x_grad:\n tensor([[-2., -2.],\n        [ 0.,  2.]])\n"
    )


def test_seed_121_non_scalar_through_a_scalar(capsys):
    assert run_seed(capsys, SEED_121_VIA_SCALAR) == (
        "x: tensor([[0., 0.],\n        [1., 2.]], requires_grad=True)\n"
        "y: tensor([[1., 1.],\n        [0., 1.]], grad_fn=<AddBackward0>)\n"
        "x_grad:\n tensor([[-2., -2.],\n        [ 0.,  2.]])\n"
    )


def test_seed_122_second_derivative(capsys):
    assert run_seed(capsys, SEED_122) == "tensor(-2.)\ntensor(2.)\n"


def test_seed_134_non_leaf_grads_are_none_with_pytorchs_warning(capsys):
    with pytest.warns(UserWarning, match="is not a leaf Tensor is being accessed"):
        out = run_seed(capsys, SEED_134_LEAF)
    assert out == (
        "loss.grad: None\ny1.grad: None\ny2.grad: None\ntensor(4.)\nTrue\nFalse\nFalse\nFalse\n"
    )


def test_seed_134_hooks_and_retain_grad(capsys):
    assert run_seed(capsys, SEED_134_HOOKS) == (
        "y2 grad:  tensor(4.)\ny1 grad:  tensor(-4.)\nloss.grad: tensor(1.)\nx.grad: tensor(4.)\n"
    )


def test_graph_is_freed_after_backward():
    w = torch.tensor([[3.0, 1.0]], requires_grad=True)
    b = torch.tensor([[3.0]], requires_grad=True)
    X = torch.tensor(np.random.default_rng(0).standard_normal((10, 2)), dtype=torch.float32)
    Y = torch.tensor(np.random.default_rng(1).standard_normal((10, 1)), dtype=torch.float32)
    loss = torch.mean(torch.pow(X @ w.t() + b - Y, 2))
    loss.backward()
    with pytest.raises(RuntimeError, match="Trying to backward through the graph a second time"):
        loss.backward()


def test_retain_graph_allows_a_second_backward_and_accumulates():
    x = torch.tensor(2.0, requires_grad=True)
    y = x * x
    y.backward(retain_graph=True)
    y.backward()
    assert x.grad.item() == 8.0


# ---- gradients against central finite differences (float64) ----


def _inputs(*shapes, seed=0, positive=False):
    rng = np.random.default_rng(seed)
    out = []
    for s in shapes:
        a = rng.uniform(0.5, 2.0, s) if positive else rng.uniform(-2.0, 2.0, s)
        out.append(torch.tensor(a, dtype=torch.float64, requires_grad=True))
    return out


CASES = [
    ("add", [(2, 3), (3,)], lambda a, b: a + b, False),
    ("add scalar", [(2, 3)], lambda a: 2.5 + a, False),
    ("sub", [(2, 3), (2, 1)], lambda a, b: a - b, False),
    ("rsub", [(4,)], lambda a: 1.0 - a, False),
    ("mul", [(2, 3), (1, 3)], lambda a, b: a * b, False),
    ("div", [(3,), (2, 3)], lambda a, b: a / b, True),
    ("rdiv", [(3,)], lambda a: 2.0 / a, True),
    ("pow scalar", [(5,)], lambda a: a**3, False),
    ("pow tensor", [(4,), (4,)], lambda a, b: a**b, True),
    ("rpow", [(4,)], lambda a: 2.0**a, False),
    ("neg", [(3, 2)], lambda a: -a, False),
    ("exp", [(3, 2)], lambda a: a.exp(), False),
    ("log", [(5,)], lambda a: a.log(), True),
    ("sqrt", [(5,)], lambda a: a.sqrt(), True),
    ("sin cos", [(5,)], lambda a: a.sin() * a.cos(), False),
    ("tanh", [(2, 2)], lambda a: a.tanh(), False),
    ("sigmoid", [(2, 2)], lambda a: a.sigmoid(), False),
    ("relu", [(6,)], lambda a: a.relu(), False),
    ("abs", [(6,)], lambda a: a.abs(), False),
    ("square", [(6,)], lambda a: a.square(), False),
    ("sum all", [(2, 3)], lambda a: a.sum(), False),
    ("sum dim keepdim", [(2, 3, 2)], lambda a: a.sum(1, keepdim=True), False),
    ("sum dims", [(2, 3, 2)], lambda a: a.sum((0, -1)), False),
    ("mean", [(2, 3)], lambda a: a.mean(), False),
    ("mean dim", [(2, 3)], lambda a: a.mean(dim=0), False),
    ("mm", [(2, 3), (3, 4)], lambda a, b: a @ b, False),
    ("mv", [(2, 3), (3,)], lambda a, b: a @ b, False),
    ("dot", [(3,), (3,)], lambda a, b: a @ b, False),
    ("vm", [(3,), (3, 2)], lambda a, b: a @ b, False),
    ("bmm broadcast", [(2, 2, 3), (3, 2)], lambda a, b: a @ b, False),
    ("view", [(2, 3)], lambda a: a.view(3, 2) * 2, False),
    ("reshape of transpose", [(2, 3)], lambda a: a.t().reshape(6), False),
    ("permute", [(2, 3, 4)], lambda a: a.permute(2, 0, 1), False),
    ("transpose", [(2, 3)], lambda a: a.transpose(0, 1), False),
    ("expand", [(3, 1)], lambda a: a.expand(2, 3, 4), False),
    ("squeeze unsqueeze", [(3, 1)], lambda a: a.squeeze(1).unsqueeze(0), False),
    ("flatten", [(2, 3, 2)], lambda a: a.flatten(1), False),
    ("index", [(4, 3)], lambda a: a[1:3, ::2], False),
    ("select", [(4, 3)], lambda a: a[2], False),
    ("clone contiguous", [(2, 3)], lambda a: a.t().contiguous().clone(), False),
    ("zero-dim", [()], lambda a: a * a + a, False),
    ("chain", [(3,), (3,)], lambda a, b: ((a * b).exp() + a / (b * b + 1)).sum(), False),
    ("log1p expm1", [(4,)], lambda a: a.log1p() + a.expm1(), True),
    ("log2 log10", [(4,)], lambda a: a.log2() * a.log10(), True),
    ("rsqrt reciprocal", [(4,)], lambda a: a.rsqrt() + a.reciprocal(), True),
    ("tan atan", [(4,)], lambda a: (a * 0.3).tan() + a.atan(), False),
    ("asin acos", [(4,)], lambda a: (a * 0.2).asin() + (a * 0.2).acos(), False),
    ("sinh cosh", [(4,)], lambda a: a.sinh() * a.cosh(), False),
    ("maximum", [(2, 3), (3,)], lambda a, b: torch.maximum(a, b), False),
    ("minimum", [(2, 3), (2, 1)], lambda a, b: torch.minimum(a, b), False),
    ("amax dim", [(3, 4)], lambda a: a.amax(1), False),
    ("amin", [(3, 4)], lambda a: a.amin(), False),
    ("max all", [(3, 4)], lambda a: a.max(), False),
    ("max dim", [(3, 4)], lambda a: a.max(dim=0).values, False),
    ("min dim keepdim", [(3, 4)], lambda a: a.min(1, keepdim=True)[0], False),
]


@pytest.mark.parametrize(("name", "shapes", "fn", "positive"), CASES, ids=[c[0] for c in CASES])
def test_gradcheck(name, shapes, fn, positive):
    assert gradcheck(fn, tuple(_inputs(*shapes, positive=positive)))


@pytest.mark.parametrize(
    ("name", "shapes", "fn", "positive"),
    [c for c in CASES if c[0] in ("mul", "div", "pow scalar", "exp", "log", "tanh", "mm", "chain")],
    ids=lambda c: c if isinstance(c, str) else None,
)
def test_gradgradcheck(name, shapes, fn, positive):
    assert gradgradcheck(fn, tuple(_inputs(*shapes, positive=positive)))


def test_third_derivative():
    x = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
    y = x**4
    (g1,) = torch.autograd.grad(y, x, create_graph=True)
    (g2,) = torch.autograd.grad(g1, x, create_graph=True)
    (g3,) = torch.autograd.grad(g2, x)
    assert g1.item() == pytest.approx(4 * 1.5**3)
    assert g2.item() == pytest.approx(12 * 1.5**2)
    assert g3.item() == pytest.approx(24 * 1.5)


# ---- graph semantics ----


def test_grad_fn_names_and_next_functions():
    x = torch.ones(2, requires_grad=True)
    y = (x * 2).sum()
    assert y.grad_fn.name() == "SumBackward0"
    ((mul, _),) = y.grad_fn.next_functions
    assert type(mul).__name__ == "MulBackward0"
    acc = mul.next_functions[0][0]
    assert type(acc).__name__ == "AccumulateGrad"
    assert acc.variable is x


def test_no_grad_and_set_grad_enabled():
    x = torch.ones(2, requires_grad=True)
    with torch.no_grad():
        y = x * 2
    assert not y.requires_grad
    assert y.grad_fn is None
    torch.set_grad_enabled(False)
    assert not torch.is_grad_enabled()
    torch.set_grad_enabled(True)

    @torch.no_grad()
    def f(t):
        return t + 1

    assert not f(x).requires_grad
    with torch.no_grad(), torch.enable_grad():
        assert (x + 1).requires_grad


def test_integer_tensors_cannot_require_grad():
    with pytest.raises(RuntimeError, match="Only Tensors of floating point"):
        torch.tensor([1, 2], requires_grad=True)


def test_backward_of_non_scalar_needs_a_gradient():
    x = torch.ones(2, requires_grad=True)
    with pytest.raises(
        RuntimeError, match="grad can be implicitly created only for scalar outputs"
    ):
        (x * 2).backward()


def test_backward_without_graph():
    with pytest.raises(RuntimeError, match="element 0 of tensors does not require grad"):
        torch.ones(1).sum().backward()


def test_retain_grad_requires_grad():
    with pytest.raises(RuntimeError, match="can't retain_grad on Tensor that has requires_grad"):
        torch.ones(1).retain_grad()


def test_in_place_on_a_leaf_that_requires_grad():
    x = torch.ones(2, requires_grad=True)
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad"):
        x.add_(1)
    with torch.no_grad():
        x.add_(1)
    assert x.tolist() == [2.0, 2.0]


def test_hook_can_replace_the_gradient_and_be_removed():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    h = x.register_hook(lambda g: g * 10)
    (x * 1).sum().backward()
    assert x.grad.tolist() == [10.0, 10.0]
    h.remove()
    x.grad = None
    (x * 1).sum().backward()
    assert x.grad.tolist() == [1.0, 1.0]


def test_autograd_grad_does_not_accumulate_and_checks_unused():
    x = torch.tensor(2.0, requires_grad=True)
    z = torch.tensor(1.0, requires_grad=True)
    (g,) = torch.autograd.grad(x * x, x)
    assert g.item() == 4.0
    assert x.grad is None
    with pytest.raises(RuntimeError, match="appears to not have been used in the graph"):
        torch.autograd.grad(x * x, [x, z])
    assert torch.autograd.grad(x * x, [x, z], allow_unused=True)[1] is None


def test_custom_function_with_non_tensor_argument():
    class Scale(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, k):
            ctx.save_for_backward(x)
            ctx.k = k
            return x * k

        @staticmethod
        def backward(ctx, g):
            assert ctx.needs_input_grad == (True, False)
            return g * ctx.k, None

    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = Scale.apply(x, 3.0)
    assert y.grad_fn.name() == "ScaleBackward"
    y.sum().backward()
    assert x.grad.tolist() == [3.0, 3.0]


def test_deep_chain_backpropagates_without_recursion():
    x = torch.tensor(1.0, requires_grad=True)
    y = x
    for _ in range(100_000):
        y = y + 1.0
    y.backward()
    assert x.grad.item() == 1.0


def test_no_reference_cycles_keep_intermediates_alive():
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    loss = (y * y).sum()
    ref_y = weakref.ref(y)
    ref_node = weakref.ref(loss.grad_fn)
    loss.backward()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        del loss, y
    gc.disable()
    try:
        assert ref_y() is None
        assert ref_node() is None
    finally:
        gc.enable()
    assert x.grad.tolist() == [8.0, 8.0, 8.0]


def test_modifying_a_saved_tensor_in_place_is_detected_at_backward():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0, 4.0])
    y = (a * b).sum()
    b.add_(1)
    with pytest.raises(RuntimeError, match="modified by an inplace operation") as info:
        y.backward()
    assert "[ferrotensor.FloatTensor [2]] is at version 1; expected version 0" in str(info.value)


def test_views_share_the_version_counter():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([[3.0, 4.0]])
    y = (a * b[0]).sum()
    b[0, 1] = 5.0
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.backward()


def test_unmodified_saved_tensors_pass_the_version_check():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0, 4.0])
    y = (a * b).sum()
    c = b + 1  # out of place: b keeps its version
    y.backward()
    assert a.grad.tolist() == [3.0, 4.0]
    assert c.tolist() == [4.0, 5.0]


def test_max_ties_share_the_gradient_like_pytorch():
    x = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
    x.max().backward()
    assert x.grad.tolist() == [0.0, 0.5, 0.5]
    y = torch.tensor([[1.0, 3.0, 3.0]], requires_grad=True)
    y.max(dim=1).values.sum().backward()
    assert y.grad.tolist() == [[0.0, 1.0, 0.0]]
    a = torch.tensor([2.0], requires_grad=True)
    b = torch.tensor([2.0], requires_grad=True)
    torch.maximum(a, b).backward()
    assert (a.grad.item(), b.grad.item()) == (0.5, 0.5)
