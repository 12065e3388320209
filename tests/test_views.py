"""Views, reshapes and basic indexing against numpy: values, shapes, strides and shared storage.

Error classes and messages were recorded from PyTorch 2.15 (CPU). Messages that name a
tensor type use ferrotensor's spelling (``ferrotensor.FloatTensor``, as ``Tensor.type()``
returns), where PyTorch says ``torch.FloatTensor``.
"""

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from helpers import assert_tensor, check_raises, to_numpy

VIEW_INCOMPATIBLE = (
    "view size is not compatible with input tensor's size and stride (at least one dimension "
    "spans across two contiguous subspaces). Use .reshape(...) instead."
)


def dim_error(dim: int, ndim: int) -> str:
    n = max(ndim, 1)
    return f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})"


def base(*shape: int) -> tuple[torch.Tensor, np.ndarray]:
    """A float64 tensor 0, 1, 2, ... of ``shape`` and the numpy array sharing its memory."""
    n = int(np.prod(shape)) if shape else 1
    t = torch.arange(n, dtype=torch.float64).reshape(shape)
    return t, t.numpy()


def assert_view(t: torch.Tensor, ref: np.ndarray) -> None:
    """``t`` matches the numpy view ``ref``: shape, values and strides (in elements).

    Strides of size-1 dimensions are free in both libraries and are not compared.
    """
    ref = np.asarray(ref)
    assert_tensor(t, ref)
    if ref.size == 0:
        return  # strides of empty arrays are arbitrary
    want = tuple(s // ref.itemsize for s in ref.strides)
    got = t.stride()
    for d, size in enumerate(ref.shape):
        if size != 1:
            assert got[d] == want[d], f"stride {got} != numpy {want} (shape {ref.shape})"


def assert_shares(view: torch.Tensor, src: torch.Tensor, src_np: np.ndarray) -> None:
    """Writing through ``view`` shows in ``src`` and in the numpy array ``src_np``."""
    if view.numel() == 0:
        return
    before = to_numpy(src)
    view.fill_(-7.0)
    after = to_numpy(src)
    assert (after == -7.0).sum() >= 1
    assert (after != before).any()
    np.testing.assert_array_equal(src_np, after)


# ---- view / reshape ----


@pytest.mark.parametrize(
    ("shape", "new"),
    [
        ((12,), (3, 4)),
        ((12,), (-1, 6)),
        ((3, 4), (12,)),
        ((3, 4), (-1,)),
        ((2, 3, 4), (6, 4)),
        ((2, 3, 4), (2, -1)),
        ((2, 3, 4), (4, 1, 6)),
        ((6,), (1, 6, 1)),
        ((1,), ()),
        ((), (1, 1)),
        ((), (-1,)),
        ((0, 3), (-1,)),
        ((0, 3), (3, 0)),
        ((0, 3), (3, -1)),
    ],
)
def test_view_of_contiguous(shape, new):
    t, a = base(*shape)
    v = t.view(new)
    assert_view(v, a.reshape(new))
    assert v.is_contiguous()
    assert_shares(v, t, a)


@pytest.mark.parametrize(
    "form",
    [
        lambda t: t.view(2, 3),
        lambda t: t.view((2, 3)),
        lambda t: t.view([2, 3]),
        lambda t: t.view(torch.Size([2, 3])),
        lambda t: t.view_as(torch.zeros(2, 3)),
        lambda t: t.reshape((2, 3)),
        lambda t: t.reshape_as(torch.zeros(2, 3)),
    ],
)
def test_view_argument_forms(form):
    t, a = base(6)
    assert_view(form(t), a.reshape(2, 3))


@pytest.mark.parametrize(
    ("make", "new"),
    [
        # non-contiguous inputs whose strides still allow these views
        (lambda t: t[::2], (2, 12)),
        (lambda t: t[::2], (2, 3, 2, 2)),
        (lambda t: t[:, 1:], (4, 8)),
        (lambda t: t[:, :, 1:3], (12, 2)),
        (lambda t: t.permute(1, 0, 2), (3, 4, 2, 2)),
        (lambda t: t[:, ::2], (4, 2, 2, 2)),
        (lambda t: t[0].expand(4, 3, 4), (4, 12)),
        (lambda t: t[0].expand(4, 3, 4), (2, 2, 3, 2, 2)),
    ],
)
def test_view_of_noncontiguous(make, new):
    t, _ = base(4, 3, 4)
    src = make(t)
    v = src.view(*new)
    assert_tensor(v, to_numpy(src).reshape(new))
    assert v.data_ptr() == src.data_ptr()


@pytest.mark.parametrize(
    ("make", "new"),
    [
        (lambda t: t.t(), (12,)),
        (lambda t: t.t(), (-1,)),
        (lambda t: t[::2, ::2], (4,)),
        (lambda t: t[:, 1:3], (6,)),
        (lambda t: t[:, :1].expand(3, 4), (12,)),
    ],
)
def test_view_incompatible_strides(make, new):
    t, _ = base(3, 4)
    check_raises(lambda: make(t).view(*new), RuntimeError, VIEW_INCOMPATIBLE)


def test_view_incompatible_permute():
    t, _ = base(2, 3, 4)
    check_raises(lambda: t.permute(0, 2, 1).view(2, 12), RuntimeError, VIEW_INCOMPATIBLE)


@pytest.mark.parametrize(
    ("shape", "new", "msg"),
    [
        ((12,), (5, -1), "shape '[5, -1]' is invalid for input of size 12"),
        ((12,), (2, 7), "shape '[2, 7]' is invalid for input of size 12"),
        ((12,), (-1, -1), "only one dimension can be inferred"),
        ((6,), (), "shape '[]' is invalid for input of size 6"),
    ],
)
@pytest.mark.parametrize("method", ["view", "reshape"])
def test_view_bad_shape(method, shape, new, msg):
    t, _ = base(*shape)
    check_raises(lambda: getattr(t, method)(new), RuntimeError, msg)


@pytest.mark.parametrize("method", ["view", "reshape"])
def test_view_negative_size_message(method):
    t, _ = base(12)
    check_raises(
        lambda: getattr(t, method)(-2, 6),
        RuntimeError,
        "invalid shape dimension -2 at index 0 of shape [-2, 6]",
    )


def test_view_negative_size_is_runtime_error():
    t, _ = base(12)
    with pytest.raises(RuntimeError, match="invalid shape dimension -2"):
        t.view(-2, 6)


@pytest.mark.parametrize("new", [(0, -1), (-1, 0)])
def test_view_ambiguous_minus_one_on_empty(new):
    t = torch.zeros(0, 3)
    check_raises(
        lambda: t.reshape(*new),
        RuntimeError,
        f"cannot reshape tensor of 0 elements into shape {list(new)} because the unspecified "
        "dimension size -1 can be any value and is ambiguous",
    )


def test_view_non_int_shape():
    t, _ = base(6)
    with pytest.raises(TypeError):
        t.view(2.0, 3)


@pytest.mark.parametrize(
    ("make", "new", "is_view"),
    [
        (lambda t: t, (4, 3), True),
        (lambda t: t, (-1,), True),
        (lambda t: t[1:], (8,), True),
        (lambda t: t[::2], (2, 4), True),
        (lambda t: t.t(), (4, 3), True),  # the same shape is always a view
        (lambda t: t[:, ::2], (6,), True),
        (lambda t: t.t(), (12,), False),
        (lambda t: t.t(), (2, 6), False),
        (lambda t: t[::2, ::2], (4,), False),
        (lambda t: t[:, 1:3], (6,), False),
        (lambda t: t[:, :1].expand(3, 4), (12,), False),
        (lambda t: t[:, :1].expand(3, 4), (3, 2, 2), True),
    ],
)
def test_reshape_copies_only_when_needed(make, new, is_view):
    t, a = base(3, 4)
    src = make(t)
    ref = to_numpy(src).reshape(new)
    r = src.reshape(*new)
    assert_tensor(r, ref)
    assert (r.data_ptr() == src.data_ptr()) is is_view
    r.fill_(-1.0)
    if is_view:
        assert (a == -1.0).any(), "reshape copied although a view was possible"
    else:
        assert r.is_contiguous()
        assert not (a == -1.0).any(), "reshape returned a view of an incompatible layout"


def test_reshape_copy_is_contiguous_rowmajor():
    t, a = base(3, 4)
    r = t.t().reshape(12)
    assert r.stride() == (1,)
    assert_tensor(r, a.T.reshape(12))


# ---- permute / transpose / t / T / mT ----


@pytest.mark.parametrize(
    ("shape", "dims"),
    [
        ((2, 3, 4), (2, 0, 1)),
        ((2, 3, 4), (-1, 0, 1)),
        ((2, 3, 4), (0, 1, 2)),
        ((2, 3, 4, 5), (3, 1, 0, 2)),
        ((5,), (0,)),
        ((), ()),
        ((2, 0, 3), (1, 2, 0)),
    ],
)
def test_permute(shape, dims):
    t, a = base(*shape)
    p = t.permute(*dims) if dims else t.permute(dims)
    assert_view(p, a.transpose(dims))
    assert_shares(p, t, a)
    assert_view(t.permute(dims), a.transpose(dims))


@pytest.mark.parametrize(
    ("dims", "exc", "msg"),
    [
        ((0, 1, 3), IndexError, dim_error(3, 3)),
        ((0, 1, -4), IndexError, dim_error(-4, 3)),
        ((0, 1, 1), RuntimeError, "permute(): duplicate dims are not allowed."),
    ],
)
def test_permute_errors(dims, exc, msg):
    t, _ = base(2, 3, 4)
    check_raises(lambda: t.permute(*dims), exc, msg)


def test_permute_wrong_length():
    t, _ = base(2, 3, 4)
    with pytest.raises(RuntimeError, match="does not match the length of the desired ordering"):
        t.permute(0, 1)


@pytest.mark.parametrize(
    ("shape", "d0", "d1"),
    [
        ((2, 3, 4), 0, 2),
        ((2, 3, 4), -1, 0),
        ((2, 3, 4), 1, 1),
        ((3, 4), 0, 1),
        ((5,), 0, 0),
        ((5,), 0, -1),
        ((), 0, -1),
        ((), 0, 0),
    ],
)
def test_transpose(shape, d0, d1):
    t, a = base(*shape)
    tr = t.transpose(d0, d1)
    assert_view(tr, np.swapaxes(a, d0, d1) if a.ndim else a)
    assert_view(t.swapaxes(d0, d1), np.swapaxes(a, d0, d1) if a.ndim else a)
    assert_view(torch.transpose(t, d0, d1), np.swapaxes(a, d0, d1) if a.ndim else a)
    assert_shares(tr, t, a)


@pytest.mark.parametrize(("d0", "d1", "bad"), [(0, 3, 3), (-4, 0, -4)])
def test_transpose_dim_out_of_range(d0, d1, bad):
    t, _ = base(2, 3, 4)
    check_raises(lambda: t.transpose(d0, d1), IndexError, dim_error(bad, 3))


@pytest.mark.parametrize("shape", [(3, 4), (5,), (), (1, 4), (0, 2)])
def test_t(shape):
    t, a = base(*shape)
    assert_view(t.t(), a.T)
    assert_view(torch.t(t), a.T)


def test_t_rejects_3d():
    t, _ = base(2, 3, 4)
    check_raises(t.t, RuntimeError, "t() expects a tensor with <= 2 dimensions, but self is 3D")


def test_T_of_matrix():
    t, a = base(2, 3)
    assert_view(t.T, a.T)
    assert_shares(t.T, t, a)


@pytest.mark.parametrize("shape", [(5,), (2, 3, 4)])
def test_T_of_non_matrix_warns(shape):
    t, a = base(*shape)
    with pytest.warns(UserWarning, match="dimension other than 2 to reverse their shape"):
        out = t.T
    assert_view(out, a.T)


def test_T_of_zero_dim_warns():
    t, _ = base()
    with pytest.warns(UserWarning, match="Tensor.T is deprecated on 0-D tensors"):
        out = t.T
    assert tuple(out.shape) == ()


@pytest.mark.parametrize("shape", [(2, 3), (2, 3, 4), (2, 1, 3, 4)])
def test_mT(shape):
    t, a = base(*shape)
    assert_view(t.mT, np.swapaxes(a, -1, -2))
    assert_shares(t.mT, t, a)


def test_mT_needs_a_matrix():
    t, _ = base(3)
    check_raises(
        lambda: t.mT,
        RuntimeError,
        "tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.",
    )


def test_mT_of_zero_dim_warns():
    t, _ = base()
    with pytest.warns(UserWarning, match="Tensor.mT is deprecated on 0-D tensors"):
        out = t.mT
    assert_tensor(out, 0.0)


# ---- expand ----


@pytest.mark.parametrize(
    ("shape", "sizes"),
    [
        ((3,), (2, 3)),
        ((3,), (2, -1)),
        ((3, 1), (3, 4)),
        ((3, 1), (-1, 4)),
        ((2, 3), (4, 2, 3)),
        ((1, 3), (2, 5, 3)),
        ((), (2, 2)),
        ((3,), (3,)),
        ((3,), (0, 3)),
        ((1, 0), (3, 0)),
        ((3, 1), (3, 0)),
        ((3,), (2, 3, 3)),
    ],
)
def test_expand(shape, sizes):
    t, a = base(*shape)
    out_shape = tuple(
        s if s != -1 else shape[i - len(sizes) + len(shape)] for i, s in enumerate(sizes)
    )
    e = t.expand(*sizes)
    ref = np.broadcast_to(a, out_shape)
    assert_view(e, ref)
    assert_view(t.expand(sizes), ref)
    assert_view(t.expand_as(torch.zeros(out_shape)), ref)
    if e.numel():
        assert e.data_ptr() == t.data_ptr()
    if e.numel() > 1 and t.numel() < e.numel():
        assert not e.is_contiguous()


def test_expand_keeps_values_live():
    t, a = base(3, 1)
    e = t.expand(3, 4)
    t[1, 0] = 100.0
    assert_tensor(e[1], [100.0] * 4)
    a[2, 0] = -5.0
    assert_tensor(e[2], [-5.0] * 4)


@pytest.mark.parametrize(
    ("shape", "sizes", "msg"),
    [
        (
            (3,),
            (4,),
            "The expanded size of the tensor (4) must match the existing size (3) at "
            "non-singleton dimension 0.  Target sizes: [4].  Tensor sizes: [3]",
        ),
        (
            (3,),
            (2, 4),
            "The expanded size of the tensor (4) must match the existing size (3) at "
            "non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [3]",
        ),
        (
            (3,),
            (-1, 3),
            "The expanded size of the tensor (-1) isn't allowed in a leading, "
            "non-existing dimension 0",
        ),
        (
            (2, 1),
            (2,),
            "expand(ferrotensor.FloatTensor{[2, 1]}, size=[2]): the number of sizes "
            "provided (1) must be greater or equal to the number of dimensions in "
            "the tensor (2)",
        ),
    ],
)
def test_expand_errors(shape, sizes, msg):
    t = torch.zeros(shape)
    check_raises(lambda: t.expand(*sizes), RuntimeError, msg)


@pytest.mark.parametrize(
    ("shape", "sizes", "msg"),
    [
        (
            (3, 2),
            (2, 3),
            "The expanded size of the tensor (3) must match the existing size (2) at "
            "non-singleton dimension 1.  Target sizes: [2, 3].  Tensor sizes: [3, 2]",
        ),
        (
            (3, 2, 5),
            (2, 3, 5),
            "The expanded size of the tensor (3) must match the existing size "
            "(2) at non-singleton dimension 1.  Target sizes: [2, 3, 5].  "
            "Tensor sizes: [3, 2, 5]",
        ),
    ],
)
def test_expand_error_reports_last_mismatch(shape, sizes, msg):
    t = torch.zeros(shape)
    check_raises(lambda: t.expand(*sizes), RuntimeError, msg)


def test_expand_error_names_the_dtype():
    t = torch.zeros(2, 4, dtype=torch.int64)
    check_raises(
        lambda: t.expand(4),
        RuntimeError,
        "expand(ferrotensor.LongTensor{[2, 4]}, size=[4]): the number of sizes provided (1) "
        "must be greater or equal to the number of dimensions in the tensor (2)",
    )


# ---- squeeze / unsqueeze / flatten ----


@pytest.mark.parametrize(
    ("shape", "dim", "out"),
    [
        ((1, 2, 1, 3), None, (2, 3)),
        ((1, 2, 1, 3), 0, (2, 1, 3)),
        ((1, 2, 1, 3), 1, (1, 2, 1, 3)),
        ((1, 2, 1, 3), -2, (1, 2, 3)),
        ((1, 2, 1, 3), (0, 2), (2, 3)),
        ((1, 2, 1, 3), (0, 1), (2, 1, 3)),
        ((), None, ()),
        ((), 0, ()),
        ((), -1, ()),
        ((1, 0, 1), None, (0,)),
        ((1, 1), None, ()),
    ],
)
def test_squeeze(shape, dim, out):
    t, a = base(*shape)
    s = t.squeeze() if dim is None else t.squeeze(dim)
    assert_view(s, a.reshape(out))
    assert s.data_ptr() == t.data_ptr()


@pytest.mark.parametrize(("dim", "bad"), [(4, 4), (-5, -5), ((0, 4), 4)])
def test_squeeze_dim_out_of_range(dim, bad):
    t, _ = base(1, 2, 1, 3)
    check_raises(lambda: t.squeeze(dim), IndexError, dim_error(bad, 4))


@pytest.mark.parametrize("dims", [(0, 0), (0, -4)])
def test_squeeze_repeated_dim(dims):
    t, _ = base(1, 2, 1, 3)
    check_raises(
        lambda: t.squeeze(dims), RuntimeError, "dim 0 appears multiple times in the list of dims"
    )


def test_squeeze_zero_dim_out_of_range():
    t, _ = base()
    check_raises(lambda: t.squeeze(1), IndexError, dim_error(1, 0))


@pytest.mark.parametrize(
    ("shape", "dim"),
    [
        ((2, 3), 0),
        ((2, 3), 1),
        ((2, 3), 2),
        ((2, 3), -1),
        ((2, 3), -3),
        ((), 0),
        ((), -1),
        ((0,), 0),
    ],
)
def test_unsqueeze(shape, dim):
    t, a = base(*shape)
    u = t.unsqueeze(dim)
    assert_view(u, np.expand_dims(a, dim))
    assert_shares(u, t, a)


@pytest.mark.parametrize(
    ("shape", "dim", "ndim"), [((2, 3), 3, 3), ((2, 3), -4, 3), ((), 1, 1), ((), -2, 1)]
)
def test_unsqueeze_dim_out_of_range(shape, dim, ndim):
    t, _ = base(*shape)
    check_raises(lambda: t.unsqueeze(dim), IndexError, dim_error(dim, ndim))


def test_unsqueeze_noncontiguous_strides():
    t, a = base(2, 3)
    assert_view(t.t().unsqueeze(1), np.expand_dims(a.T, 1))
    assert_view(t[:, ::2].unsqueeze(2), np.expand_dims(a[:, ::2], 2))


@pytest.mark.parametrize(
    ("shape", "start", "end"),
    [
        ((2, 3, 4), 0, -1),
        ((2, 3, 4), 1, -1),
        ((2, 3, 4), 0, 1),
        ((2, 3, 4), -2, -1),
        ((2, 3, 4), 1, 1),
        ((), 0, -1),
        ((5,), 0, 0),
        ((2, 0, 3), 0, 1),
    ],
)
def test_flatten(shape, start, end):
    t, a = base(*shape)
    f = t.flatten(start, end)
    if a.ndim == 0:
        ref = a.reshape(1)
    else:
        s, e = start % a.ndim, end % a.ndim
        ref = a.reshape((*a.shape[:s], int(np.prod(a.shape[s : e + 1])), *a.shape[e + 1 :]))
    assert_view(f, ref)
    assert f.data_ptr() == t.data_ptr()


def test_flatten_of_permuted_copies_or_views():
    t, a = base(2, 3, 4)
    p = t.permute(2, 0, 1)
    assert_view(p.flatten(1), a.transpose(2, 0, 1).reshape(4, 6))  # dims 0,1 merge as a view
    assert p.flatten(1).data_ptr() == t.data_ptr()
    assert_tensor(p.flatten(), a.transpose(2, 0, 1).reshape(-1))
    assert_tensor(t.ravel(), a.ravel())


@pytest.mark.parametrize(
    ("args", "exc", "msg"),
    [
        ((1, 0), RuntimeError, "flatten() has invalid args: start_dim cannot come after end_dim"),
        ((0, 3), IndexError, dim_error(3, 3)),
        ((3,), IndexError, dim_error(3, 3)),
    ],
)
def test_flatten_errors(args, exc, msg):
    t, _ = base(2, 3, 4)
    check_raises(lambda: t.flatten(*args), exc, msg)


# ---- narrow / select ----


@pytest.mark.parametrize(
    ("dim", "start", "length", "key"),
    [
        (1, 1, 2, (slice(None), slice(1, 3))),
        (0, -2, 2, (slice(1, 3),)),
        (-1, 2, 2, (slice(None), slice(2, 4))),
        (1, 4, 0, (slice(None), slice(4, 4))),
        (0, 0, 3, (slice(None),)),
    ],
)
def test_narrow(dim, start, length, key):
    t, a = base(3, 4)
    n = t.narrow(dim, start, length)
    assert_view(n, a[key])
    assert_shares(n, t, a)
    assert_view(torch.narrow(t, dim, start, length), a[key])


def test_narrow_storage_offset():
    t, _ = base(3, 4)
    assert t.narrow(-1, 2, 2).storage_offset() == 2
    assert t.narrow(0, 1, 2).storage_offset() == 4


@pytest.mark.parametrize(
    ("args", "exc", "msg"),
    [
        ((1, 3, 2), RuntimeError, "start (3) + length (2) exceeds dimension size (4)."),
        ((2, 0, 1), IndexError, dim_error(2, 2)),
        ((1, 0, -1), RuntimeError, "narrow(): length must be non-negative."),
    ],
)
def test_narrow_errors(args, exc, msg):
    t, _ = base(3, 4)
    check_raises(lambda: t.narrow(*args), exc, msg)


def test_narrow_zero_dim():
    check_raises(
        lambda: torch.tensor(3.0).narrow(0, 0, 1),
        RuntimeError,
        "narrow() cannot be applied to a 0-dim tensor.",
    )


@pytest.mark.parametrize("start", [5, -5])
def test_narrow_start_out_of_range(start):
    t, _ = base(3, 4)
    check_raises(
        lambda: t.narrow(1, start, 0 if start > 0 else 1),
        IndexError,
        f"start out of range (expected to be in range of [-4, 4], but got {start})",
    )


@pytest.mark.parametrize(("dim", "index"), [(1, 2), (0, -1), (-1, 0), (0, 0), (1, -4)])
def test_select(dim, index):
    t, a = base(3, 4)
    s = t.select(dim, index)
    ref = a[(slice(None),) * (dim % 2) + (index,)]
    assert_view(s, ref)
    assert_shares(s, t, a)
    assert_view(torch.select(t, dim, index), ref)


def test_select_storage_offset():
    t, _ = base(3, 4)
    assert t.select(1, 2).storage_offset() == 2
    assert t.select(0, 2).storage_offset() == 8


def test_select_dim_out_of_range():
    t, _ = base(3, 4)
    check_raises(lambda: t.select(2, 0), IndexError, dim_error(2, 2))


@pytest.mark.parametrize(
    ("shape", "dim", "index", "msg"),
    [
        ((3, 4), 1, 4, "select(): index 4 out of range for tensor of size [3, 4] at dimension 1"),
        ((3, 4), 1, -5, "select(): index -5 out of range for tensor of size [3, 4] at dimension 1"),
        ((), 0, 0, "select() cannot be applied to a 0-dim tensor."),
    ],
)
def test_select_index_errors(shape, dim, index, msg):
    t, _ = base(*shape)
    check_raises(lambda: t.select(dim, index), IndexError, msg)


def test_select_index_out_of_range_is_index_error():
    t, _ = base(3, 4)
    with pytest.raises(IndexError):
        t.select(1, 4)
    with pytest.raises(IndexError):
        t.select(0, -4)


# ---- split / chunk / unbind ----


@pytest.mark.parametrize(
    ("shape", "size", "dim", "sizes"),
    [
        ((10,), 3, 0, [3, 3, 3, 1]),
        ((10,), 5, 0, [5, 5]),
        ((10,), 20, 0, [10]),
        ((10,), [2, 3, 5], 0, [2, 3, 5]),
        ((10,), (0, 10), 0, [0, 10]),
        ((3, 4), 3, 1, [3, 1]),
        ((3, 4), 3, -1, [3, 1]),
        ((3, 4), (1, 3), 1, [1, 3]),
        ((3, 4), 2, 0, [2, 1]),
        ((0,), 2, 0, [0]),
        ((0,), 0, 0, [0]),
    ],
)
def test_split(shape, size, dim, sizes):
    t, a = base(*shape)
    parts = t.split(size, dim)
    assert isinstance(parts, tuple)
    refs = np.split(a, np.cumsum(sizes)[:-1], axis=dim)
    assert [p.shape[dim] for p in parts] == sizes
    for p, r in zip(parts, refs):
        assert_view(p, r)
        assert_shares(p, t, a)
    assert len(torch.split(t, size, dim)) == len(sizes)


def test_split_storage_offsets():
    t, _ = base(10)
    assert [p.storage_offset() for p in t.split(3)] == [0, 3, 6, 9]
    t2, _ = base(3, 4)
    assert t2.split(2, 0)[1].stride() == (4, 1)


@pytest.mark.parametrize(
    ("shape", "size", "dim", "exc", "msg"),
    [
        (
            (10,),
            [2, 3, 4],
            0,
            RuntimeError,
            "split_with_sizes expects split_sizes to sum exactly to 10 (input tensor's size at "
            "dimension 0), but got split_sizes=[2, 3, 4]",
        ),
        (
            (10,),
            [2, 3, 6],
            0,
            RuntimeError,
            "split_with_sizes expects split_sizes to sum exactly to 10 (input tensor's size at "
            "dimension 0), but got split_sizes=[2, 3, 6]",
        ),
        (
            (10,),
            0,
            0,
            RuntimeError,
            "split_size can only be 0 if dimension size is 0, but got dimension size of 10",
        ),
        (
            (10,),
            -1,
            0,
            RuntimeError,
            "split expects split_size be non-negative, but got split_size=-1",
        ),
        ((), 1, 0, RuntimeError, "split expects at least a 1-dimensional tensor"),
        ((3, 4), 3, 2, IndexError, dim_error(2, 2)),
    ],
)
def test_split_errors(shape, size, dim, exc, msg):
    t, _ = base(*shape)
    check_raises(lambda: t.split(size, dim), exc, msg)


@pytest.mark.parametrize(
    ("shape", "chunks", "dim", "sizes"),
    [
        ((10,), 3, 0, [4, 4, 2]),
        ((10,), 4, 0, [3, 3, 3, 1]),
        ((10,), 6, 0, [2, 2, 2, 2, 2]),
        ((10,), 11, 0, [1] * 10),
        ((5,), 4, 0, [2, 2, 1]),
        ((6,), 4, 0, [2, 2, 2]),
        ((0,), 3, 0, [0, 0, 0]),
        ((3, 4), 2, 1, [2, 2]),
        ((3, 4), 2, -1, [2, 2]),
    ],
)
def test_chunk(shape, chunks, dim, sizes):
    t, a = base(*shape)
    parts = t.chunk(chunks, dim)
    assert [p.shape[dim] for p in parts] == sizes
    refs = np.split(a, np.cumsum(sizes)[:-1], axis=dim)
    for p, r in zip(parts, refs):
        assert_view(p, r)
    assert len(torch.chunk(t, chunks, dim)) == len(sizes)


@pytest.mark.parametrize(
    ("shape", "chunks", "dim", "exc", "msg"),
    [
        ((10,), 0, 0, RuntimeError, "chunk expects `chunks` to be greater than 0, got: 0"),
        ((10,), -1, 0, RuntimeError, "chunk expects `chunks` to be greater than 0, got: -1"),
        ((3, 4), 2, 2, IndexError, dim_error(2, 2)),
    ],
)
def test_chunk_errors(shape, chunks, dim, exc, msg):
    t, _ = base(*shape)
    check_raises(lambda: t.chunk(chunks, dim), exc, msg)


@pytest.mark.parametrize(
    ("shape", "dim"),
    [((3, 4), 0), ((3, 4), 1), ((3, 4), -1), ((2, 3, 4), 1), ((0, 3), 0), ((3, 0), 0)],
)
def test_unbind(shape, dim):
    t, a = base(*shape)
    parts = t.unbind(dim)
    assert len(parts) == a.shape[dim]
    for i, p in enumerate(parts):
        assert_view(p, a[(slice(None),) * (dim % a.ndim) + (i,)])
        assert_shares(p, t, a)
    assert len(torch.unbind(t, dim)) == a.shape[dim]


@pytest.mark.parametrize(
    ("shape", "dim", "msg"),
    [
        ((3, 4), 2, dim_error(2, 2)),
        ((), 0, "Dimension specified as 0 but tensor has no dimensions"),
    ],
)
def test_unbind_errors(shape, dim, msg):
    t, _ = base(*shape)
    check_raises(lambda: t.unbind(dim), IndexError, msg)


# ---- basic indexing ----

KEYS = [
    1,
    -1,
    (1, 2),
    (-1, -2),
    (1, 2, 3),
    (slice(None), 1),
    (Ellipsis, 1),
    (1, Ellipsis),
    (1, Ellipsis, 2),
    (Ellipsis, 1, 2, 3),
    (Ellipsis,),
    None,
    (None, Ellipsis, None),
    (slice(None), None, 1),
    (Ellipsis, None),
    (None, 1, None, slice(None), None, 2),
    (slice(None, None, 2), slice(None, None, 2), slice(None, None, 3)),
    (slice(None), slice(1, None), slice(1, 3)),
    (slice(1, None), slice(None, -1)),
    (slice(-100, 100),),
    (slice(2, 1),),
    (slice(None), slice(3, None)),
    (slice(0, 2), slice(None, None, 2), -1),
    (),
]


@pytest.mark.parametrize("key", KEYS, ids=repr)
def test_getitem_matches_numpy(key):
    t, a = base(2, 3, 4)
    v = t[key]
    assert_view(v, a[key])
    if isinstance(a[key], np.ndarray) and a[key].size:
        assert v.data_ptr() == a[key].ctypes.data
    assert_shares(v, t, a)


@pytest.mark.parametrize(
    "key",
    [
        slice(2, 8, 3),
        slice(-3, None),
        slice(None, -3),
        slice(8, 100, 4),
        slice(100, None),
        slice(5, 2),
        slice(None, None, 7),
        0,
        -10,
        9,
    ],
    ids=repr,
)
def test_getitem_1d(key):
    t, a = base(10)
    assert_view(t[key], a[key])


@pytest.mark.parametrize(
    ("make", "key", "ref"),
    [
        (lambda t: t.t(), (slice(1, 3), slice(None, None, 2)), lambda a: a.T[1:3, ::2]),
        (lambda t: t.t(), 0, lambda a: a.T[0]),
        (lambda t: t[:, ::2], (Ellipsis, 1), lambda a: a[:, ::2][..., 1]),
        (
            lambda t: t[0].expand(3, 2, 6),
            (slice(1, None), slice(None), slice(None, None, 2)),
            lambda a: np.broadcast_to(a[0], (3, 2, 6))[1:, :, ::2],
        ),
    ],
)
def test_getitem_of_noncontiguous(make, key, ref):
    t, a = base(4, 6)
    assert_view(make(t)[key], ref(a))
    t2, a2 = base(2, 4, 6)  # with a storage offset
    assert_view(make(t2[1])[key], ref(a2[1]))


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (np.int64(3), 3.0),
        (np.int32(-1), 9.0),
        (torch.tensor(3), 3.0),
        (torch.tensor(2, dtype=torch.int8), 2.0),
    ],
    ids=repr,
)
def test_getitem_integer_scalars(key, expected):
    t, _ = base(10)
    v = t[key]
    assert_tensor(v, expected)
    v.fill_(-1.0)
    assert t[int(expected)].item() == -1.0


def test_getitem_numpy_and_tensor_slice_bounds():
    t, a = base(10)
    assert_view(t[np.int64(1) : np.int64(5)], a[1:5])
    assert_view(t[torch.tensor(1) : torch.tensor(8) : torch.tensor(3)], a[1:8:3])


def test_getitem_zero_dim():
    t = torch.tensor(5.0)
    assert tuple(t[None].shape) == (1,)
    assert tuple(t[None, None].shape) == (1, 1)
    assert tuple(t[...].shape) == ()
    assert tuple(t[()].shape) == ()
    t[...].fill_(2.0)
    assert t.item() == 2.0


def test_getitem_empty():
    t = torch.zeros(0, 3)
    assert tuple(t[:, 1].shape) == (0,)
    assert tuple(t[1:].shape) == (0, 3)


@pytest.mark.parametrize(
    ("shape", "key", "exc", "msg"),
    [
        ((10,), 10, IndexError, "index 10 is out of bounds for dimension 0 with size 10"),
        ((10,), -11, IndexError, "index -11 is out of bounds for dimension 0 with size 10"),
        ((10,), (1, 2), IndexError, "too many indices for tensor of dimension 1"),
        ((2, 3, 4), 2, IndexError, "index 2 is out of bounds for dimension 0 with size 2"),
        (
            (2, 3, 4),
            (slice(None), 3),
            IndexError,
            "index 3 is out of bounds for dimension 1 with size 3",
        ),
        (
            (2, 3, 4),
            (slice(None), slice(None), -5),
            IndexError,
            "index -5 is out of bounds for dimension 2 with size 4",
        ),
        ((2, 3, 4), (1, 1, 1, 1), IndexError, "too many indices for tensor of dimension 3"),
        ((0, 3), 0, IndexError, "index 0 is out of bounds for dimension 0 with size 0"),
        (
            (),
            0,
            IndexError,
            "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` "
            "in C++ to convert a 0-dim tensor to a number",
        ),
        ((), slice(None), IndexError, "slice() cannot be applied to a 0-dim tensor."),
        ((10,), slice(None, None, -1), ValueError, "step must be greater than zero"),
        ((10,), slice(None, None, 0), ValueError, "slice step cannot be zero"),
        (
            (10,),
            1.5,
            IndexError,
            "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are "
            "valid indices (got float)",
        ),
        (
            (10,),
            slice(1.0, 3),
            TypeError,
            "slice indices must be integers or None or have an __index__ method",
        ),
    ],
    ids=repr,
)
def test_getitem_errors(shape, key, exc, msg):
    t, _ = base(*shape)
    check_raises(lambda: t[key], exc, msg)


# ---- __setitem__ ----


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (1, 7.0),
        (1, 7),
        ((slice(None), 1), -2.5),
        ((Ellipsis, slice(None, None, 2)), -1),
        ((0, slice(1, 3)), 9),
        (slice(None), 3.0),
        ((), 4.0),
        (Ellipsis, 4.0),
        (None, 4.0),
        ((slice(None), None, 1), 6.0),
        ((slice(2, 1),), 5.0),
    ],
    ids=repr,
)
def test_setitem_scalar(key, value):
    t, a = base(3, 4)
    ref = a.copy()
    ref[key] = value
    t[key] = value
    assert_tensor(t, ref)
    np.testing.assert_array_equal(a, ref)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ((slice(None), 1), lambda: torch.tensor([1.5, 2.5, 3.5])),
        (slice(None), lambda: torch.tensor([1.0, 2.0, 3.0, 4.0])),
        (slice(None), lambda: torch.tensor([[1.0], [2.0], [3.0]])),
        (0, lambda: torch.tensor([[1.0, 2.0, 3.0, 4.0]])),  # leading 1s are dropped
        (0, lambda: torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])),
        (slice(None), lambda: torch.tensor(5.0)),
        ((slice(None), slice(None, None, 2)), lambda: torch.tensor([[7.0, 8.0]])),
        (1, lambda: torch.arange(8.0, dtype=torch.float64)[::2]),
        (slice(None), lambda: torch.arange(12.0, dtype=torch.float64).view(4, 3).t()),
        ((Ellipsis, 1), lambda: torch.tensor(2.0).expand(3)),
    ],
)
def test_setitem_tensor(key, value):
    t, a = base(3, 4)
    v = value()
    ref = a.copy()
    ref[key] = to_numpy(v)
    t[key] = v
    assert_tensor(t, ref)


@pytest.mark.parametrize(
    ("dtype", "value", "expected"),
    [
        (torch.int64, 7.5, 7),
        (torch.int64, -7.5, -7),
        (torch.int32, True, 1),
        (torch.bool, 2.7, True),
        (torch.bool, 0, False),
        (torch.uint8, -1, 255),
        (torch.float32, True, 1.0),
        (torch.float16, 1e-8, 0.0),
        (torch.int8, np.int64(3), 3),
        (torch.float32, np.float64(2.5), 2.5),
    ],
)
def test_setitem_scalar_casts(dtype, value, expected):
    t = torch.zeros(3, dtype=dtype)
    t[1] = value
    assert t[1].item() == expected
    assert t[0].item() == 0


@pytest.mark.parametrize(
    ("dtype", "src", "expected"),
    [
        (torch.int64, lambda: torch.tensor([1.5, -2.5, 3.9]), [1, -2, 3]),
        (torch.float32, lambda: torch.tensor([1, 2, 3]), [1.0, 2.0, 3.0]),
        (torch.bool, lambda: torch.tensor([0.0, 0.1, -2.0]), [False, True, True]),
        (torch.uint8, lambda: torch.tensor([300, -1, 3]), [44, 255, 3]),
        (torch.float16, lambda: torch.tensor([1, 2, 3], dtype=torch.float64), [1.0, 2.0, 3.0]),
    ],
)
def test_setitem_tensor_casts(dtype, src, expected):
    t = torch.zeros(2, 3, dtype=dtype)
    t[1] = src()
    assert t[1].tolist() == expected
    assert t[0].tolist() == [0] * 3


def test_setitem_through_views():
    t, a = base(3, 4)
    t.t()[0] = torch.arange(3.0, dtype=torch.float64)
    t[:, 1:3][:] = 9.0
    ref = np.arange(12.0).reshape(3, 4)
    ref.T[0] = np.arange(3.0)
    ref[:, 1:3] = 9.0
    assert_tensor(t, ref)
    np.testing.assert_array_equal(a, ref)


def test_setitem_from_clone_of_overlap():
    t, _ = base(4)
    t[1:3] = t[0:2].clone()
    assert_tensor(t, [0.0, 0.0, 1.0, 3.0])


@pytest.mark.parametrize(
    ("shape", "key", "value", "exc", "msg"),
    [
        (
            (3, 4),
            slice(None),
            lambda: torch.tensor([1.0, 2.0, 3.0]),
            RuntimeError,
            "The expanded size of the tensor (4) must match the existing size (3) at non-singleton "
            "dimension 1.  Target sizes: [3, 4].  Tensor sizes: [3]",
        ),
        (
            (3, 4),
            0,
            lambda: torch.zeros(5),
            RuntimeError,
            "The expanded size of the tensor (4) must match the existing size (5) at non-singleton "
            "dimension 0.  Target sizes: [4].  Tensor sizes: [5]",
        ),
        (
            (3, 2),
            0,
            lambda: torch.zeros(2, 1),
            RuntimeError,
            "expand(ferrotensor.FloatTensor{[2, 1]}, size=[2]): the number of sizes provided "
            "(1) must be greater or equal to the number of dimensions in the tensor (2)",
        ),
        ((2,), 5, lambda: 3.5, IndexError, "index 5 is out of bounds for dimension 0 with size 2"),
        (
            (3, 4),
            (slice(None), slice(None, None, 2)),
            lambda: [5, 6],
            TypeError,
            "can't assign a list to a ferrotensor.FloatTensor",
        ),
        (
            (3, 4),
            0,
            lambda: np.array([1.0, 2.0, 3.0, 4.0]),
            TypeError,
            "can't assign a numpy.ndarray to a ferrotensor.FloatTensor",
        ),
        ((2,), 0, lambda: "a", TypeError, "can't assign a str to a ferrotensor.FloatTensor"),
        ((2,), 0, lambda: None, TypeError, "can't assign a NoneType to a ferrotensor.FloatTensor"),
        (
            (2,),
            0,
            lambda: np.float32(1.5),
            TypeError,
            "can't assign a numpy.float32 to a ferrotensor.FloatTensor",
        ),
    ],
)
def test_setitem_errors(shape, key, value, exc, msg):
    t = torch.zeros(shape)
    v = value()

    def assign():
        t[key] = v

    check_raises(assign, exc, msg)


@pytest.mark.parametrize(
    ("dtype", "value", "ctype"),
    [
        (torch.uint8, 300, "uint8_t"),
        (torch.uint8, -256, "uint8_t"),
        (torch.int8, 200, "int8_t"),
        (torch.int64, float("nan"), "int64_t"),
        (torch.float16, 1e10, "c10::Half"),
        (torch.float32, 1e39, "float"),
    ],
)
def test_setitem_scalar_overflow(dtype, value, ctype):
    t = torch.zeros(3, 4, dtype=dtype)

    def assign():
        t[0] = value

    check_raises(
        assign, RuntimeError, f"value cannot be converted to type {ctype} without overflow"
    )
    assert not t.any().item()


def test_setitem_too_many_value_dims_names_value_dtype():
    t = torch.zeros(3, 4)

    def assign():
        t[0] = torch.tensor([[1, 2, 3, 4], [1, 2, 3, 4]])

    check_raises(
        assign,
        RuntimeError,
        "expand(ferrotensor.LongTensor{[2, 4]}, size=[4]): the number of sizes provided (1) "
        "must be greater or equal to the number of dimensions in the tensor (2)",
    )


# ---- contiguity ----


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda t: t, True),
        (lambda t: t.t(), False),
        (lambda t: t[1:], True),
        (lambda t: t[:, 1:], False),
        (lambda t: t[::2], False),
        (lambda t: t[:1, ::2], False),
        (lambda t: t[:, :1], False),
        (lambda t: t[:1], True),
        (lambda t: t[0], True),
        (lambda t: t[:, 0], False),
        (lambda t: t[0:1, 1:2], True),
        (lambda t: t.unsqueeze(1), True),
        (lambda t: t[:, :1].expand(3, 4), False),
        (lambda t: t[:1].expand(1, 4), True),
        (lambda t: t.t().contiguous(), True),
        (lambda t: t.t().t(), True),
        (lambda t: t[:0], True),
    ],
)
def test_is_contiguous(make, expected):
    t, _ = base(3, 4)
    assert make(t).is_contiguous() is expected


def test_contiguous_copies_only_when_needed():
    t, a = base(3, 4)
    assert t.contiguous() is t
    c = t.t().contiguous()
    assert c.stride() == (3, 1)
    assert_tensor(c, a.T)
    c.fill_(0.0)
    assert a.sum() == 66.0


def test_clone_breaks_sharing():
    t, a = base(3, 4)
    c = t[:, ::2].clone()
    assert c.is_contiguous()
    c.fill_(-1.0)
    assert not (a == -1.0).any()


# ---- size() / stride() ----


def test_size_and_stride_of_dims():
    t = torch.zeros(2, 3, 4)
    assert t.size() == (2, 3, 4)
    assert t.size(-1) == 4
    assert t.stride(0) == 12
    assert t.transpose(0, 2).stride() == (1, 4, 12)
    check_raises(lambda: t.size(3), IndexError, dim_error(3, 3))
    check_raises(lambda: t.stride(-4), IndexError, dim_error(-4, 3))


@pytest.mark.parametrize(("method", "dim"), [("size", 0), ("stride", -1)])
def test_size_of_zero_dim_message(method, dim):
    t = torch.tensor(1.0)
    check_raises(
        lambda: getattr(t, method)(dim),
        IndexError,
        f"Dimension specified as {dim} but tensor has no dimensions",
    )
