"""Matrix products against numpy (float64 references) and PyTorch's errors.

Messages and dtypes of the recorded cases come from PyTorch 2.15 (CPU).
"""

# The recorded-case tables keep each PyTorch message on one line.
# ruff: noqa: E501

from __future__ import annotations

import numpy as np
import pytest

import ferrotensor as torch
from helpers import NP_DTYPE, assert_tensor, check_raises, make_inputs

NAN = float("nan")
INF = float("inf")
NS = {"torch": torch, "np": np, "t": torch.tensor, "NAN": NAN, "INF": INF}
RTOL = {"float64": 1e-12, "float32": 1e-5, "float16": 1e-2}


def reference(a: np.ndarray, b: np.ndarray, dtype: str) -> np.ndarray:
    """``a @ b`` in float64 (int64 for integer inputs), cast back to ``dtype``."""
    wide = np.int64 if np.dtype(NP_DTYPE[dtype]).kind in "iub" else np.float64
    return np.asarray(np.matmul(a.astype(wide), b.astype(wide)))


def check_matmul(a: np.ndarray, b: np.ndarray, dtype: str, ta=None, tb=None, fn=None) -> None:
    """Compare ``fn(tensor(a), tensor(b))`` (default ``@``) with numpy.

    ``ta``/``tb`` turn the tensors (and, through ``.numpy()``, the arrays) into the operands.
    """
    x, y = torch.tensor(a), torch.tensor(b)
    if ta is not None:
        x = ta(x)
    if tb is not None:
        y = tb(y)
    out = (fn or (lambda p, q: p @ q))(x, y)
    ref = reference(x.numpy(), y.numpy(), dtype)
    assert out.dtype is getattr(torch, dtype)
    assert tuple(out.shape) == ref.shape
    if np.dtype(NP_DTYPE[dtype]).kind == "f":
        k = a.shape[-1] if a.ndim else 1
        scale = (
            np.abs(x.numpy()).astype(np.float64).max(initial=0)
            * np.abs(y.numpy()).astype(np.float64).max(initial=0)
            * max(k, 1)
        )
        np.testing.assert_allclose(
            out.numpy().astype(np.float64),
            ref,
            rtol=RTOL[dtype],
            atol=RTOL[dtype] * max(scale, 1e-30),
        )
    else:
        np.testing.assert_array_equal(out.numpy(), ref.astype(NP_DTYPE[dtype]))


SHAPES = [
    ((5,), (5,)),
    ((3, 5), (5,)),
    ((5,), (5, 4)),
    ((3, 5), (5, 4)),
    ((1, 1), (1, 1)),
    ((2, 3, 5), (5, 4)),
    ((5,), (2, 5, 4)),
    ((2, 3, 5), (5,)),
    ((2, 3, 5), (2, 5, 4)),
    ((2, 1, 3, 5), (4, 5, 2)),
    ((1, 3, 5), (6, 5, 2)),
    ((3, 1, 2, 3), (1, 4, 3, 2)),
    ((37, 53), (53, 19)),
    ((17, 33, 65), (65, 9)),
    ((0, 3), (3, 4)),
    ((3, 0), (0, 4)),
    ((3, 4), (4, 0)),
    ((0,), (0,)),
    ((2, 0, 3), (3, 4)),
]


@pytest.mark.parametrize(("sa", "sb"), SHAPES, ids=str)
@pytest.mark.parametrize("dtype", ["float32", "float64", "float16", "int64", "int32"])
def test_matmul_shapes(dtype, sa, sb):
    a, b = make_inputs([sa, sb], dtype, -3, 3, seed=2)
    check_matmul(a, b, dtype)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64"])
@pytest.mark.parametrize(
    ("sa", "sb", "ta", "tb"),
    [
        ((5, 3), (5, 4), lambda x: x.t(), None),
        ((3, 5), (4, 5), None, lambda y: y.t()),
        ((5, 3), (4, 5), lambda x: x.t(), lambda y: y.t()),
        ((3, 10), (5, 8), lambda x: x[:, ::2], lambda y: y[:, 1::2]),
        ((6, 5), (10, 4), lambda x: x[::2], lambda y: y[1::2]),
        ((4, 5, 3), (4, 5, 2), lambda x: x.transpose(1, 2), None),
        ((2, 3, 5), (2, 4, 5), None, lambda y: y.mT),
        ((3, 5), (5, 4), lambda x: x.expand(2, 3, 5), None),
        ((1, 5), (5, 1), lambda x: x.expand(3, 5), lambda y: y.expand(5, 4)),
        ((5, 3, 2), (4, 5), lambda x: x[:, :, 0].t(), lambda y: y.t()),
        ((10,), (5, 4), lambda x: x[::2], None),
        ((5, 3), (10,), lambda x: x.t(), lambda y: y[1::2]),
        ((8, 7), (7, 8), lambda x: x[1:4, 2:], lambda y: y[2:, 3:5]),
    ],
    ids=[
        "t_a",
        "t_b",
        "t_both",
        "step_cols",
        "step_rows",
        "batch_t",
        "mT",
        "expand_batch",
        "expand_zero_stride",
        "select_then_t",
        "vec_step",
        "t_vec_step",
        "offset_blocks",
    ],
)
def test_matmul_noncontiguous(dtype, sa, sb, ta, tb):
    a, b = make_inputs([sa, sb], dtype, -3, 3, seed=4)
    check_matmul(a, b, dtype, ta, tb)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_matmul_large_against_float64(dtype):
    rng = np.random.default_rng(0)
    a = rng.standard_normal((300, 200)).astype(NP_DTYPE[dtype])
    b = rng.standard_normal((200, 250)).astype(NP_DTYPE[dtype])
    out = (torch.tensor(a) @ torch.tensor(b)).numpy().astype(np.float64)
    ref = a.astype(np.float64) @ b.astype(np.float64)
    # the error of a float32 dot product of length 200 is about sqrt(200) * 2^-24 * |a||b|
    norms = np.abs(a).astype(np.float64) @ np.abs(b).astype(np.float64)
    tol = 1e-6 if dtype == "float32" else 1e-14
    assert np.all(np.abs(out - ref) <= tol * norms)


def test_matmul_large_transposed_and_batched():
    rng = np.random.default_rng(1)
    a = rng.standard_normal((4, 250, 300)).astype(np.float32)
    b = rng.standard_normal((200, 250)).astype(np.float32)
    x = torch.tensor(a).transpose(1, 2)  # (4, 300, 250), non-contiguous
    y = torch.tensor(b).t()  # (250, 200)
    out = (x @ y).numpy().astype(np.float64)
    ref = a.transpose(0, 2, 1).astype(np.float64) @ b.T.astype(np.float64)
    norms = np.abs(a.transpose(0, 2, 1)).astype(np.float64) @ np.abs(b.T).astype(np.float64)
    assert out.shape == (4, 300, 200)
    assert np.all(np.abs(out - ref) <= 1e-6 * norms)


@pytest.mark.parametrize("dtype", ["float32", "float64", "int64", "float16"])
def test_mm_dot_and_module_functions(dtype):
    a, b, v, w = make_inputs([(4, 6), (6, 3), (6,), (6,)], dtype, -3, 3, seed=6)
    check_matmul(a, b, dtype, fn=lambda x, y: x.mm(y))
    check_matmul(a, b, dtype, fn=torch.mm)
    check_matmul(a, b, dtype, fn=torch.matmul)
    check_matmul(a, b, dtype, fn=lambda x, y: x.matmul(y))
    check_matmul(v, w, dtype, fn=lambda x, y: x.dot(y))
    check_matmul(v, w, dtype, fn=torch.dot)


def test_matmul_result_does_not_alias_inputs():
    a = torch.ones(3, 3)
    out = a @ a
    out.fill_(0.0)
    assert_tensor(a, np.ones((3, 3)), "float32")
    assert out.is_contiguous()


def test_matmul_writes_nothing_into_inputs():
    a = torch.arange(6.0).view(2, 3)
    b = torch.arange(6.0).view(3, 2)
    _ = a @ b
    assert_tensor(a, np.arange(6.0).reshape(2, 3), "float32")
    assert_tensor(b, np.arange(6.0).reshape(3, 2), "float32")


# ---- recorded cases ----

MATMUL_CASES = [
    # dtypes
    ("torch.arange(6).view(2, 3) @ torch.arange(6).view(3, 2)", "int64", [[10, 13], [28, 40]]),
    (
        "torch.arange(6, dtype=torch.int32).view(2, 3) @ torch.arange(6, dtype=torch.int32).view(3, 2)",
        "int32",
        [[10, 13], [28, 40]],
    ),
    (
        "torch.arange(6, dtype=torch.int8).view(2, 3) @ torch.arange(6, dtype=torch.int8).view(3, 2)",
        "int8",
        [[10, 13], [28, 40]],
    ),
    (
        "torch.arange(6, dtype=torch.uint8).view(2, 3) @ torch.arange(6, dtype=torch.uint8).view(3, 2)",
        "uint8",
        [[10, 13], [28, 40]],
    ),
    (
        "torch.arange(6, dtype=torch.int16).view(2, 3) @ torch.arange(6, dtype=torch.int16).view(3, 2)",
        "int16",
        [[10, 13], [28, 40]],
    ),
    ("t([[100, 100]], dtype=torch.int8) @ t([[2], [1]], dtype=torch.int8)", "int8", [[44]]),
    ("t([[2**62, 2**62]]) @ t([[2], [1]])", "int64", [[-4611686018427387904]]),
    ("torch.arange(3) @ torch.arange(3)", "int64", 5),
    ("torch.arange(3.0).dot(torch.arange(3.0))", "float32", 5.0),
    ("torch.zeros(3, dtype=torch.int64).dot(torch.zeros(3, dtype=torch.int64))", "int64", 0),
    (
        "t([[60000.0, 60000.0]], dtype=torch.float16) @ t([[1.0], [-1.0]], dtype=torch.float16)",
        "float16",
        [[0.0]],
    ),
    ("t([[NAN, 1.0]]) @ t([[0.0], [1.0]])", "float32", [[NAN]]),
    ("t([[INF, 1.0]]) @ t([[0.0], [1.0]])", "float32", [[NAN]]),
    ("t([[INF, 1.0]]) @ t([[1.0], [1.0]])", "float32", [[INF]]),
    # shapes
    ("(torch.zeros(2, 3) @ torch.zeros(3, 0)).shape", None, torch.Size([2, 0])),
    ("(torch.zeros(2, 0) @ torch.zeros(0, 3))", "float32", [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]),
    ("torch.zeros(0) @ torch.zeros(0)", "float32", 0.0),
    ("(torch.zeros(0, 3) @ torch.zeros(3, 2)).shape", None, torch.Size([0, 2])),
    ("(torch.zeros(2, 1, 3, 4) @ torch.zeros(5, 4, 2)).shape", None, torch.Size([2, 5, 3, 2])),
    ("(torch.zeros(3) @ torch.zeros(2, 3, 4)).shape", None, torch.Size([2, 4])),
    ("(torch.zeros(2, 3, 4) @ torch.zeros(4)).shape", None, torch.Size([2, 3])),
    ("(torch.zeros(0, 3, 4) @ torch.zeros(4, 2)).shape", None, torch.Size([0, 3, 2])),
    # errors
    (
        "torch.zeros(2, 3) @ torch.zeros(4, 5)",
        RuntimeError,
        "mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)",
    ),
    (
        "torch.zeros(3) @ torch.zeros(4)",
        RuntimeError,
        "inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively",
    ),
    (
        "torch.zeros(2, 3) @ torch.zeros(4)",
        RuntimeError,
        "size mismatch, got input (2), mat (2x3), vec (4)",
    ),
    (
        "torch.zeros(3) @ torch.zeros(4, 5)",
        RuntimeError,
        "mm: mat1 and mat2 shapes cannot be multiplied (1x3 and 4x5)",
    ),
    (
        "torch.zeros(2, 2, 3) @ torch.zeros(2, 4, 5)",
        RuntimeError,
        "Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 4].",
    ),
    (
        "torch.zeros(2, 2, 3) @ torch.zeros(3, 3, 5)",
        RuntimeError,
        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
    ),
    (
        "torch.zeros(2, 2, 3) @ torch.zeros(4)",
        RuntimeError,
        "size mismatch, got input (4), mat (4x3), vec (4)",
    ),
    (
        "torch.zeros(3) @ torch.zeros(2, 4, 5)",
        RuntimeError,
        "Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 4].",
    ),
    (
        "t(2.0) @ torch.zeros(3)",
        RuntimeError,
        "both arguments to matmul need to be at least 1D, but they are 0D and 1D",
    ),
    (
        "torch.zeros(3) @ t(2.0)",
        RuntimeError,
        "both arguments to matmul need to be at least 1D, but they are 1D and 0D",
    ),
    (
        "t(2.0) @ t(3.0)",
        RuntimeError,
        "both arguments to matmul need to be at least 1D, but they are 0D and 0D",
    ),
    (
        "torch.matmul(t(2.0), torch.zeros(2, 2))",
        RuntimeError,
        "both arguments to matmul need to be at least 1D, but they are 0D and 2D",
    ),
    (
        "torch.arange(3.0) @ torch.arange(3)",
        RuntimeError,
        "dot : expected both vectors to have same dtype, but found Float and Long",
    ),
    (
        "torch.arange(6.0).view(2, 3) @ torch.arange(6, dtype=torch.float64).view(3, 2)",
        RuntimeError,
        "expected m1 and m2 to have the same dtype, but got: float != double",
    ),
    (
        "torch.arange(6.0).view(2, 3) @ torch.arange(6).view(3, 2)",
        RuntimeError,
        "expected m1 and m2 to have the same dtype, but got: float != long int",
    ),
    (
        "torch.zeros(2, 2, 3) @ torch.zeros(3, 2, dtype=torch.float64)",
        RuntimeError,
        "expected m1 and m2 to have the same dtype, but got: float != double",
    ),
    (
        "torch.zeros(3).dot(torch.zeros(3, dtype=torch.float64))",
        RuntimeError,
        "dot : expected both vectors to have same dtype, but found Float and Double",
    ),
    (
        "t([[True, False]]) @ t([[True], [True]])",
        NotImplementedError,
        "\"addmm_impl_cpu_\" not implemented for 'Bool'",
    ),
    (
        "torch.zeros(2, 3).mm(torch.zeros(3))",
        RuntimeError,
        "mm: mat2 must be a matrix, got 1-D tensor",
    ),
    (
        "torch.zeros(3).mm(torch.zeros(3, 2))",
        RuntimeError,
        "mm: self must be a matrix, got 1-D tensor",
    ),
    (
        "torch.zeros(2, 3).mm(torch.zeros(4, 2))",
        RuntimeError,
        "mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x2)",
    ),
    (
        "torch.zeros(2, 2, 3).mm(torch.zeros(3, 2))",
        RuntimeError,
        "mm: self must be a matrix, got 3-D tensor",
    ),
    (
        "torch.zeros(3).dot(torch.zeros(4))",
        RuntimeError,
        "inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively",
    ),
    (
        "torch.zeros(3).dot(torch.zeros(3, 1))",
        RuntimeError,
        "1D tensors expected, but got 1D and 2D tensors",
    ),
    (
        "torch.zeros(2, 3).dot(torch.zeros(3))",
        RuntimeError,
        "1D tensors expected, but got 2D and 1D tensors",
    ),
    (
        "torch.zeros(2, 3) @ [1, 2, 3]",
        TypeError,
        "unsupported operand type(s) for @: 'Tensor' and 'list'",
    ),
    ("torch.mm(torch.ones(2, 3), torch.ones(3, 2))", "float32", [[3.0, 3.0], [3.0, 3.0]]),
    (
        "torch.zeros(2, 3, dtype=torch.int64).mm(torch.zeros(3, 2))",
        RuntimeError,
        "expected m1 and m2 to have the same dtype, but got: long int != float",
    ),
]


@pytest.mark.parametrize(
    ("expr", "want", "expected"), [pytest.param(*c, id=c[0]) for c in MATMUL_CASES]
)
def test_matmul_cases(expr, want, expected):
    if isinstance(want, type):
        check_raises(lambda: eval(expr, NS), want, expected)
        return
    out = eval(expr, NS)
    if want is None:
        assert out == expected
        return
    assert_tensor(out, expected, want, rtol=1e-6)


def test_bool_matmul_is_not_implemented_error():
    with pytest.raises(NotImplementedError):
        torch.tensor([[True, False]]) @ torch.tensor([[True], [True]])
