"""In-place ops inside the graph: rebased history, CopySlices, version checks, errors."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.autograd import gradcheck, gradgradcheck


def _inputs(*shapes, seed=0):
    rng = np.random.default_rng(seed)
    return tuple(
        torch.tensor(rng.uniform(0.5, 1.5, s), dtype=torch.float64, requires_grad=True)
        for s in shapes
    )


def _chain_inplace(a, b):
    y = a * 1.5
    y.mul_(b)
    y.add_(a, alpha=2)
    y.sub_(b)
    y.div_(b)
    return y


def _setitem_tensor(a, b):
    y = a.clone()
    y[1:, ::2] = b * 3
    return y * y


def _setitem_broadcast(a, b):
    y = a * 1
    y[0] = b[0, :1]  # a (1,)-shaped value broadcast over the row
    return y.exp()


def _setitem_scalar(a):
    y = a * 2
    y[:, 1] = 7.0
    return y * a


def _view_inplace(a):
    y = a * 2
    v = y.t()[1]
    v.mul_(v)
    return y * y


def _view_inplace_read_view(a):
    y = a + 0
    v = y[1:]
    v.mul_(3)
    return v * a[1:]


def _fill_zero_copy(a, b):
    y = a * 2
    y[0].fill_(4.0)
    y[1].zero_()
    y[2].copy_(b[0])
    return y * a


def _into_untracked(a):
    out = torch.zeros(3, 4, dtype=torch.float64)
    for i in range(3):
        out[i] = a[i] * (i + 1)
    return out.sum(0)


CASES = [
    ("add_/mul_/sub_/div_ chain", _chain_inplace, [(2, 3), (2, 3)]),
    ("setitem tensor", _setitem_tensor, [(3, 4), (2, 2)]),
    ("setitem broadcast", _setitem_broadcast, [(2, 3), (2, 3)]),
    ("setitem scalar", _setitem_scalar, [(2, 3)]),
    ("in-place on a transposed view", _view_inplace, [(2, 3)]),
    ("read the written view", _view_inplace_read_view, [(3, 2)]),
    ("fill_ zero_ copy_ on rows", _fill_zero_copy, [(3, 2), (1, 2)]),
    ("rows written into an untracked tensor", _into_untracked, [(3, 4)]),
]


@pytest.mark.parametrize(("name", "fn", "shapes"), CASES, ids=[c[0] for c in CASES])
def test_gradcheck_in_place(name, fn, shapes):
    assert gradcheck(fn, _inputs(*shapes))


@pytest.mark.parametrize(
    ("name", "fn", "shapes"),
    [c for c in CASES if c[0] in ("add_/mul_/sub_/div_ chain", "setitem tensor")],
    ids=lambda c: c if isinstance(c, str) else None,
)
def test_gradgradcheck_in_place(name, fn, shapes):
    assert gradgradcheck(fn, _inputs(*shapes))


def test_non_contiguous_base_from_numpy():
    (a,) = _inputs((4,))
    arr = np.zeros((4, 3)).T  # a non-contiguous root tensor
    z = torch.from_numpy(arr)
    z[1] = a * a
    z.sum().backward()
    np.testing.assert_allclose(a.grad.numpy(), 2 * a.detach().numpy())
    np.testing.assert_allclose(arr[1], (a * a).detach().numpy())


def test_grad_fn_names_match_pytorch():
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    y.add_(1)
    assert y.grad_fn.name() == "AddBackward0"
    assert y.grad_fn.next_functions[0][0].name() == "MulBackward0"
    y = x * 2
    y.fill_(3)
    assert y.grad_fn.name() == "FillBackward2"
    y.zero_()
    assert y.grad_fn.name() == "ZeroBackward0"
    y.copy_(torch.ones(3))
    assert y.grad_fn.name() == "CopyBackwards"
    y = x * 2
    y[0] = 5
    assert y.grad_fn.name() == "CopySlices"
    assert y.grad_fn.next_functions[0][0].name() == "MulBackward0"
    v = y[:2]
    v.mul_(2)
    assert v.grad_fn.name() == "AsStridedBackward0"
    assert v.grad_fn.next_functions[0][0] is y.grad_fn
    assert not y.is_leaf
    assert y.requires_grad


def test_writing_values_that_require_grad_into_a_plain_tensor():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    z = torch.zeros(3)
    z[1] = x[0] * 5
    assert z.requires_grad
    assert not z.is_leaf
    assert repr(z) == "tensor([0., 5., 0.], grad_fn=<CopySlices>)"
    z.sum().backward()
    assert x.grad.tolist() == [5.0, 0.0]


def test_values_after_in_place_match_numpy():
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    y = x * 2
    y[0, 1] = -1.0
    y.t()[0].mul_(10)
    expected = np.array([[20.0, -1.0], [60.0, 8.0]])
    np.testing.assert_array_equal(y.detach().numpy(), expected)


@pytest.mark.parametrize(
    ("fn", "msg"),
    [
        (lambda x: x.add_(1), "a leaf Variable that requires grad is being used in an in-place"),
        (lambda x: x.copy_(torch.ones(3)), "a leaf Variable that requires grad"),
        (lambda x: x.zero_(), "a leaf Variable that requires grad"),
        (lambda x: x.__setitem__(0, 1.0), "a view of a leaf Variable that requires grad"),
        (lambda x: x[1:].mul_(2), "a view of a leaf Variable that requires grad"),
    ],
)
def test_in_place_on_leaves_is_refused_before_writing(fn, msg):
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    with pytest.raises(RuntimeError, match=msg):
        fn(x)
    assert x.tolist() == [1.0, 2.0, 3.0]
    assert x._raw.version == 0


def test_in_place_on_leaves_is_allowed_under_no_grad():
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    with torch.no_grad():
        x.mul_(2)
        x[0] = 0.5
    assert x.is_leaf
    assert x.grad_fn is None
    assert x.tolist() == [0.5, 4.0, 6.0]


def test_in_place_under_no_grad_keeps_the_history():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x * 3
    fn = y.grad_fn
    with torch.no_grad():
        y.add_(1)
    assert y.grad_fn is fn
    y.sum().backward()
    assert x.grad.tolist() == [3.0, 3.0]


def test_modifying_a_tensor_saved_by_an_earlier_op_is_detected():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x * 2
    z = y * y  # saves y
    y.add_(1)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        z.sum().backward()


def test_saved_self_of_the_in_place_op_itself_is_kept():
    # y.mul_(w) needs the old y for w's gradient: it must not see the new values.
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    w = torch.tensor([3.0, 5.0], requires_grad=True)
    y = x + 1
    y.mul_(w)
    y.sum().backward()
    assert w.grad.tolist() == [2.0, 3.0]
    assert x.grad.tolist() == [3.0, 5.0]


def test_graph_through_in_place_ops_is_freed():
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    y[0] = 1.0
    y.mul_(3)
    ref = weakref.ref(y.grad_fn)
    loss = y.sum()
    loss.backward()
    del loss, y
    gc.collect()
    assert ref() is None


def test_second_backward_through_copy_slices_needs_retain_graph():
    x = torch.ones(2, requires_grad=True)
    y = x * 2
    y[0] = 3.0
    s = (y * y).sum()
    s.backward()
    with pytest.raises(RuntimeError, match="backward through the graph a second time"):
        s.backward()


def test_fill_with_a_tensor_value_that_requires_grad():
    v = torch.tensor(2.0, requires_grad=True)
    y = torch.zeros(3)
    y.fill_(v)
    (y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
    assert v.grad.item() == 6.0


def test_copy_with_a_cast_sends_the_gradient_back_in_the_source_dtype():
    b = torch.tensor([1.5, 2.5], dtype=torch.float64, requires_grad=True)
    y = torch.zeros(3, 2)  # float32
    y.copy_(b)  # broadcast over rows and cast
    assert y.dtype == torch.float32
    (y * 2).sum().backward()
    assert b.grad.dtype == torch.float64
    assert b.grad.tolist() == [6.0, 6.0]


@pytest.mark.gpu
def test_backward_with_in_place_ops_on_the_gpu_matches_the_cpu(gpu_device):
    rng = np.random.default_rng(3)
    a_np = rng.standard_normal((3, 4)).astype(np.float32)
    w_np = rng.standard_normal((4, 2)).astype(np.float32)
    grads = []
    for dev in ("cpu", gpu_device):
        a = torch.tensor(a_np, device=dev, requires_grad=True)
        w = torch.tensor(w_np, device=dev, requires_grad=True)
        y = a * 2
        y[0] = a[1] * 3
        y.mul_(a)
        loss = (y @ w).sum()
        loss.backward()
        grads.append((a.grad.cpu().numpy(), w.grad.cpu().numpy()))
    np.testing.assert_allclose(grads[1][0], grads[0][0], rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(grads[1][1], grads[0][1], rtol=1e-5, atol=1e-5)


@pytest.mark.gpu
def test_gpu_storage_counts_in_place_writes_for_saved_tensors(gpu_device):
    x = torch.tensor([1.0, 2.0], device=gpu_device, requires_grad=True)
    y = x * 2
    z = y * y
    y[0] = 5.0
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        z.sum().backward()


def test_a_leaf_gradient_takes_the_leafs_dtype():
    w = torch.tensor([1.0, 2.0], requires_grad=True)  # float32
    x = torch.tensor([3.0, 4.0], dtype=torch.float64)
    (w * x).sum().backward()  # the product is float64
    assert w.grad.dtype == torch.float32
    assert w.grad.tolist() == [3.0, 4.0]
