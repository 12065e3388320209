"""The wgpu backend against the CPU backend: transfers, views, binary ops, sum, matmul."""

from __future__ import annotations

import gc
import importlib
import math
import os
import subprocess
import sys

import numpy as np
import pytest

import ferrotensor as torch

try:  # `tests` may or may not be a package; fixtures come here too until conftest has them
    from ._wgpu_fixtures import (
        check,
        check_error,
        cpu_ref,
        gpu_device,
        rand,
        require_wgpu,
        wgpu_backend,
    )
except ImportError:
    from _wgpu_fixtures import (  # noqa: F401
        check,
        check_error,
        cpu_ref,
        gpu_device,
        rand,
        require_wgpu,
        wgpu_backend,
    )

pytestmark = pytest.mark.gpu
F64 = r"float64 \(double\) is not supported on the wgpu device; convert the tensor with \.float"
NO_KERNEL = "^\"{}_wgpu\" not implemented for '{}'$"


# ---- transfers and creation ----
@pytest.mark.parametrize("dtype", ["float32", "int32", "int64", "bool"])
@pytest.mark.parametrize("shape", [(), (0,), (5,), (2, 3, 4)])
def test_transfer_round_trip(wgpu_backend, dtype, shape):
    a = rand(shape, dtype)
    out = wgpu_backend.to_numpy(wgpu_backend.from_numpy(a))
    assert out.dtype == a.dtype
    np.testing.assert_array_equal(out, a)
    out[...] = 0  # a new, writable array
    assert wgpu_backend.from_numpy(a).dtype == dtype


def test_transfer_errors(wgpu_backend):
    g = wgpu_backend
    with pytest.raises(RuntimeError, match=r"value 4294967296 is out of range for the wgpu"):
        g.from_numpy(np.array([1, 2**32], dtype=np.int64))
    with pytest.raises(RuntimeError, match="out of range"):
        g.binary(g.from_numpy(np.arange(3)), "add", 2**40)
    with pytest.raises(RuntimeError, match=NO_KERNEL.format("copy", "Byte")):
        g.from_numpy(np.ones(3, np.uint8))
    for make in (
        lambda: g.from_numpy(np.ones(3)),
        lambda: g.zeros([2], "float64"),
        lambda: g.to(g.from_numpy(np.ones(3, np.float32)), "float64"),
    ):
        with pytest.raises(RuntimeError, match=F64):
            make()


def test_creation_matches_cpu(check):
    check(lambda b: b.zeros([2, 3], "float32"))
    check(lambda b: b.full([4], 7, "int64"))
    check(lambda b: b.full([2, 2], True, "bool"))
    check(lambda b: b.arange(0, 10, 3, "int64"))
    check(lambda b: b.linspace(0.0, 1.0, 5, "float32"))
    check(lambda b: b.eye(3, 4, "float32"))


def test_item(wgpu_backend):
    g = wgpu_backend
    values = [np.array(2.5, np.float32), np.array([7]), np.array(True)]
    got = [(x := g.item(g.from_numpy(v)), type(x)) for v in values]
    assert got == [(2.5, float), (7, int), (True, bool)]
    with pytest.raises(RuntimeError, match="a Tensor with 2 elements cannot be converted"):
        g.item(g.from_numpy(np.ones(2, np.float32)))


# ---- views and copies ----
VIEWS = [
    lambda b, x: b.view(x, [4, 6]),
    lambda b, x: b.reshape(b.permute(x, [2, 0, 1]), [-1]),
    lambda b, x: b.permute(x, [2, 0, 1]),
    lambda b, x: b.transpose(x, 0, 2),
    lambda b, x: b.expand(b.unsqueeze(x, 0), [3, 2, 3, 4]),
    lambda b, x: b.narrow(x, 2, 1, 2),
    lambda b, x: b.slice(x, 2, 0, None, 2),
    lambda b, x: b.select(x, 1, 2),
    lambda b, x: b.squeeze(b.unsqueeze(x, -1), [3]),
    lambda b, x: b.flatten(b.transpose(x, 1, 2), 1, 2),
    lambda b, x: b.broadcast_to(b.select(x, 0, 1), [5, 3, 4]),
    lambda b, x: b.contiguous(b.transpose(x, 0, 1)),
    lambda b, x: b.clone(b.slice(x, 2, 1, None, 2)),
]


@pytest.mark.parametrize("fn", VIEWS)
def test_views_match_cpu(check, fn):
    check(fn, rand((2, 3, 4)))


def test_views_share_storage_and_match_layout(wgpu_backend, cpu_ref):
    g, c = wgpu_backend, cpu_ref
    a = rand((2, 3, 4))
    x, y = g.from_numpy(a), c.from_numpy(a.copy())
    gv = g.slice(g.transpose(x, 0, 2), 0, 1, None, 2)
    cv = c.slice(c.transpose(y, 0, 2), 0, 1, None, 2)
    assert (gv.shape, gv.strides, gv.offset) == (cv.shape, cv.strides, cv.offset)
    assert gv.is_contiguous() is cv.is_contiguous() is False
    assert gv.storage is x.storage
    assert g.contiguous(x) is x
    with pytest.raises(RuntimeError, match=r"shape '\[5\]' is invalid for input of size 24"):
        g.view(x, [5])


def test_clone_copy_fill_in_place(wgpu_backend, cpu_ref):
    g = wgpu_backend
    x = g.from_numpy(np.zeros((3, 4), np.float32))
    y = g.clone(x)
    g.fill_(g.select(x, 1, 1), 5.0)  # a strided destination
    g.copy_(g.slice(x, 0, 0, 1, 1), g.from_numpy(np.arange(4, dtype=np.int32)))  # cast+broadcast
    g.copy_(x, x)  # a self-copy leaves the values alone
    want = np.array([[0, 1, 2, 3], [0, 5, 0, 0], [0, 5, 0, 0]], np.float32)
    np.testing.assert_array_equal(g.to_numpy(x), want)
    np.testing.assert_array_equal(g.to_numpy(y), np.zeros((3, 4)))
    m = g.zeros([2, 2], "bool")
    g.copy_(m, cpu_ref.from_numpy(np.array([[0.0, 0.5], [-2.0, 0.0]])))  # from a CPU float64
    np.testing.assert_array_equal(g.to_numpy(m), [[False, True], [True, False]])
    i = g.zeros([3], "int64")
    g.fill_(i, 2.7)
    np.testing.assert_array_equal(g.to_numpy(i), [2, 2, 2])


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("float32", "int32"), ("float32", "int64"), ("int32", "float32"), ("int64", "int32"),
        ("bool", "float32"), ("float32", "bool"), ("int32", "bool"), ("bool", "int64"),
        ("float32", "float16"), ("float16", "float32"), ("float16", "int32"),
    ],
)  # fmt: skip
def test_to_dtype_matches_cpu(wgpu_backend, check, src, dst):
    if "float16" in (src, dst) and not wgpu_backend.ctx.has_f16:
        pytest.skip("adapter lacks shader-f16")
    check(lambda b, x: b.to(b.transpose(x, 0, 1), dst), (rand((4, 5)) * 3).astype(src))


# ---- binary ops ----
@pytest.mark.parametrize(
    "op", ["add", "sub", "mul", "div", "maximum", "minimum", "pow", "eq", "ne", "lt", "le", "gt",
           "ge"]
)  # fmt: skip
@pytest.mark.parametrize("dtype", ["float32", "int32", "int64", "bool"])
def test_binary_broadcast(check, check_error, op, dtype):
    a, b = rand((3, 1, 4), dtype), rand((2, 4), dtype)
    if dtype == "bool" and op in ("sub", "pow"):  # NotImplementedError, as on the CPU
        check_error(lambda be, x, y: be.binary(x, op, y), a, b)
        return
    if op == "pow":
        a, b = np.abs(a) % 4, np.abs(b) % 4  # integer powers stay exact and small
    if op == "div" and dtype != "bool":
        b = np.where(b == 0, b.dtype.type(3), b)
    check(lambda be, x, y: be.binary(x, op, y), a, b)


@pytest.mark.parametrize("op", ["add", "mul", "sub", "gt", "maximum"])
def test_binary_non_contiguous(check, op):
    def fn(be, x, y):
        xp = be.slice(be.permute(x, [2, 1, 0]), 0, 0, None, 2)  # (3, 3, 4), steps
        ye = be.expand(be.unsqueeze(be.slice(y, 0, 1, None, 2), 2), [3, 3, 4])
        return be.binary(xp, op, ye)

    check(fn, rand((4, 3, 6)), rand((6, 3)))


@pytest.mark.parametrize(
    ("dtype", "value", "op", "reverse"),
    [
        ("float32", 2.5, "add", False), ("float32", 3, "sub", True), ("int32", 2, "mul", False),
        ("int32", 2.5, "mul", False), ("int64", 7, "div", True), ("bool", 1, "add", False),
        ("bool", True, "mul", False), ("int32", 2, "pow", False), ("float32", 2, "pow", True),
        ("int64", 1, "ge", False), ("float32", 0.5, "lt", True), ("int32", -1, "maximum", False),
    ],
)  # fmt: skip
def test_binary_scalar(check, dtype, value, op, reverse):
    check(lambda b, x: b.binary(x, op, value, reverse), rand((3, 4), dtype))


@pytest.mark.parametrize(
    ("da", "db"),
    [("int32", "float32"), ("int64", "int32"), ("bool", "int32"), ("bool", "float32"),
     ("int64", "float32"), ("float32", "bool")],
)  # fmt: skip
@pytest.mark.parametrize("op", ["add", "mul", "div", "lt", "eq"])
def test_binary_promotion(check, da, db, op):
    a, b = rand((2, 3), da), rand((3,), db)
    if op == "div":
        b = np.ones_like(b)
    check(lambda be, x, y: be.binary(x, op, y), a, b)
    # a 0-dim tensor does not lift a dimensioned operand's dtype category
    check(lambda be, x, y: be.binary(x, op, y), a, rand((), db))


def test_binary_float_edge_cases(check):
    a = np.array([-2.0, -2.0, 0.0, 0.0, 4.0, np.nan, 1.0, -8.0, 0.5, -1.0], np.float32)
    b = np.array([2.0, 3.0, 0.0, -1.0, 0.5, 1.0, np.nan, 1 / 3, np.inf, -np.inf], np.float32)
    for op in ("pow", "maximum", "minimum", "div", "eq", "ne", "lt", "ge"):
        check(lambda be, x, y, op=op: be.binary(x, op, y), a, b)


@pytest.mark.parametrize("op", ["neg", "square", "relu", "abs", "reciprocal", "sqrt", "rsqrt"])
@pytest.mark.parametrize("dtype", ["float32", "int32", "int64", "bool"])
def test_unary_via_binary(check, check_error, op, dtype):
    def fn(b, x):
        return b.unary(b.transpose(x, 0, 1), op)

    if dtype == "bool" and op in ("neg", "relu", "abs"):  # NotImplementedError, as on the CPU
        check_error(fn, rand((3, 4), dtype))
    else:
        check(fn, rand((3, 4), dtype))


@pytest.mark.parametrize(
    ("op", "other", "reverse"),
    [
        ("floor_divide", "tensor", False), ("remainder", "tensor", False),
        ("pow", "tensor", False), ("sub", "tensor", False), ("floor_divide", True, False),
        ("remainder", True, True), ("pow", True, False), ("pow", False, True),
        ("sub", 1, False), ("sub", 1.5, True),
    ],
)  # fmt: skip
def test_bool_unsupported_matches_cpu(check_error, op, other, reverse):
    # PyTorch refuses these for a bool result (and any bool subtraction)
    if other == "tensor":
        check_error(lambda be, x, y: be.binary(x, op, y), rand((2, 3), "bool"), rand((3,), "bool"))
    else:
        check_error(lambda be, x: be.binary(x, op, other, reverse), rand((2, 3), "bool"))


def test_bool_unsupported_wording(wgpu_backend):
    g = wgpu_backend
    bools = g.from_numpy(np.array([True, False]))
    cases = [
        (NO_KERNEL.format("abs", "Bool"), lambda: g.unary(bools, "abs")),
        ("^Boolean inputs not supported for relu$", lambda: g.unary(bools, "relu")),
        (NO_KERNEL.format("div_floor", "Bool"), lambda: g.binary(bools, "floor_divide", bools)),
        (NO_KERNEL.format("remainder", "Bool"), lambda: g.binary(bools, "remainder", True)),
        ("^\"pow\" not implemented for 'Bool'$", lambda: g.binary(bools, "pow", bools)),
    ]
    for msg, fn in cases:
        with pytest.raises(NotImplementedError, match=msg):
            fn()
    square = g.unary(bools, "square")  # square is pow(x, 2): bool gives int64
    assert square.dtype == "int64"
    np.testing.assert_array_equal(g.to_numpy(square), np.array([1, 0]))


def test_binary_errors_and_no_kernel_wording(wgpu_backend):
    g = wgpu_backend
    x = g.from_numpy(np.ones((2, 2), np.float32))
    ints, bools = g.from_numpy(np.ones(2, np.int64)), g.from_numpy(np.array([True, False]))
    nie = NotImplementedError  # PyTorch's class for "not implemented for" and bool refusals
    cases = [
        (
            nie,
            "Subtraction, the `-` operator, with two bool",
            lambda: g.binary(bools, "sub", bools),
        ),
        (nie, "Negation, the `-` operator, on a bool tensor", lambda: g.unary(bools, "neg")),
        (RuntimeError, "^Integers to negative integer powers", lambda: g.binary(ints, "pow", -1)),
        (
            RuntimeError,
            "The size of tensor a",
            lambda: g.binary(ints, "add", g.zeros([3], "int32")),
        ),
        (nie, NO_KERNEL.format("exp", "Float"), lambda: g.unary(x, "exp")),
        (nie, NO_KERNEL.format("atan2", "Float"), lambda: g.binary(x, "atan2", 1.0)),
        (nie, NO_KERNEL.format("max", "Bool"), lambda: g.reduce(bools, "max", None, False, None)),
        (
            nie,
            NO_KERNEL.format("argmax", "Float"),
            lambda: g.arg_reduce(x, 0, False, True, "argmax"),
        ),
        (nie, NO_KERNEL.format("where", "Float"), lambda: g.where(g.binary(x, "gt", 0), x, x)),
        (nie, NO_KERNEL.format("addmm", "Long"), lambda: g.matmul(ints, ints)),
        (nie, NO_KERNEL.format("copy", "Char"), lambda: g.from_numpy(np.ones(2, np.int8))),
    ]
    for exc, msg, fn in cases:
        with pytest.raises(exc, match=msg):
            fn()


# ---- reductions ----
@pytest.mark.parametrize("dtype", ["float32", "int32", "int64", "bool"])
@pytest.mark.parametrize(
    ("dims", "keepdim"), [(None, False), ([], True), ([1], False), ([0, 2], True), ([-1], True)]
)
def test_sum_matches_cpu(check, dtype, dims, keepdim):
    check(lambda b, x: b.reduce(x, "sum", dims, keepdim, None), rand((3, 5, 4), dtype))


@pytest.mark.parametrize(
    ("shape", "dims"),
    [((70000,), None), ((3, 20000), [1]), ((2, 300, 2), [1]), ((0, 3), [0]), ((3, 0), [1]),
     ((), None)],
)  # fmt: skip
def test_sum_sizes(check, shape, dims):
    # float32 sums of n terms in another order differ by about sqrt(n) ulp of the partial sums
    check(lambda b, x: b.reduce(x, "sum", dims, False, None), rand(shape), rtol=1e-4, atol=1e-3)


@pytest.mark.parametrize("op", ["max", "min", "amax", "amin"])
@pytest.mark.parametrize("dtype", ["float32", "int32", "int64", "float16"])
@pytest.mark.parametrize(
    ("shape", "dims", "keepdim"),
    [
        ((3, 5, 4), None, False),
        ((3, 5, 4), [1], True),
        ((37, 5000), [1], False),
        ((20000, 3), [0], False),
        ((3, 5, 4), [0, 2], False),
    ],
)
def test_max_min_match_cpu(check, op, dtype, shape, dims, keepdim):
    check(lambda b, x: b.reduce(x, op, dims, keepdim, None), rand(shape, dtype))


def test_max_min_propagate_nan_and_refuse_empty(check, check_error):
    x = rand((4, 300))
    x[1, 7] = np.nan
    check(lambda b, t: b.reduce(t, "amax", [1], False, None), x)
    check(lambda b, t: b.reduce(t, "min", None, False, None), x)
    check_error(lambda b, t: b.reduce(t, "amax", [0], False, None), np.zeros((0, 3), np.float32))


def test_sum_non_contiguous_mean_and_dtype_arg(check):
    def fn(b, x):
        return b.reduce(b.slice(b.permute(x, [1, 2, 0]), 1, 0, None, 2), "sum", [0, 2], False, None)

    check(fn, rand((3, 4, 5)))
    check(lambda b, x: b.reduce(x, "sum", [1], False, "float32"), rand((3, 4), "int32"))
    check(lambda b, x: b.reduce(x, "mean", [0], True, None), rand((6, 4)))


def test_sum_zero_dim_and_errors(wgpu_backend, check, check_error):
    g = wgpu_backend
    for d in ([0], [-1]):
        check(lambda b, x, d=d: b.reduce(x, "sum", d, False, None), np.array(2.5, np.float32))
    x = g.from_numpy(np.ones((2, 3), np.float32))
    with pytest.raises(IndexError, match=r"expected to be in range of \[-2, 1\], but got 2"):
        g.reduce(x, "sum", [2], False, None)
    with pytest.raises(RuntimeError, match="dim 1 appears multiple times in the list of dims"):
        g.reduce(x, "sum", [1, -1], False, None)
    ints = np.ones(3, np.int32)
    check_error(lambda b, x: b.reduce(x, "mean", None, False, None), ints)  # 'Input dtype'
    check_error(lambda b, x: b.reduce(x, "mean", None, False, "int64"), ints)  # 'Optional'


# ---- matmul ----
@pytest.mark.parametrize(
    ("sa", "sb"),
    [
        ((17, 33), (33, 9)), ((1, 16), (16, 16)), ((5,), (5, 3)), ((4, 5), (5,)), ((6,), (6,)),
        ((2, 1, 5, 7), (3, 7, 4)), ((3, 7), (2, 7, 5)), ((2, 3, 4), (4,)), ((0, 3), (3, 2)),
        ((2, 0), (0, 3)), ((70, 20), (20, 130)),
    ],
)  # fmt: skip
def test_matmul_matches_cpu(check, sa, sb):
    check(lambda b, x, y: b.matmul(x, y), rand(sa), rand(sb), rtol=1e-4)


def test_matmul_transposed_inputs(check):
    def fn(b, x, y):
        return b.matmul(b.transpose(x, -1, -2), b.slice(b.transpose(y, 0, 1), 1, 0, None, 2))

    check(fn, rand((2, 19, 18)), rand((21, 19)), rtol=1e-4)


@pytest.mark.parametrize(
    ("sa", "sb", "msg"),
    [
        ((2, 3), (4, 5), r"mat1 and mat2 shapes cannot be multiplied \(2x3 and 4x5\)"),
        ((3,), (4,), r"inconsistent tensor size, expected tensor \[3\] and src \[4\]"),
        ((2, 3), (4,), r"size mismatch, got input \(2\), mat \(2x3\), vec \(4\)"),
        ((2, 2, 3), (2, 4, 5), r"Expected size for first two dimensions of batch2 tensor"),
        ((), (3,), "both arguments to matmul need to be at least 1D, but they are 0D and 1D"),
    ],
)
def test_matmul_errors_match_cpu(wgpu_backend, cpu_ref, sa, sb, msg):
    for be in (cpu_ref, wgpu_backend):
        with pytest.raises(RuntimeError, match=msg):
            be.matmul(be.from_numpy(rand(sa)), be.from_numpy(rand(sb)))
    x, y = wgpu_backend.from_numpy(rand((2, 2))), wgpu_backend.from_numpy(rand((2, 2), "int32"))
    with pytest.raises(RuntimeError, match="expected m1 and m2 to have the same dtype, but got: "):
        wgpu_backend.matmul(x, y)


def test_float16_paths(wgpu_backend, check):
    g = wgpu_backend
    if not g.ctx.has_f16:
        with pytest.raises(RuntimeError, match="shader-f16"):
            g.from_numpy(np.ones(3, np.float16))
        return
    a, b = rand((3, 5), "float16"), rand((5,), "float16")
    np.testing.assert_array_equal(g.to_numpy(g.from_numpy(a)), a)
    np.testing.assert_array_equal(g.to_numpy(g.slice(g.from_numpy(a), 1, 1, 4, 1)), a[:, 1:4])
    np.testing.assert_array_equal(g.to_numpy(g.narrow(g.from_numpy(b), 0, 1, 3)), b[1:4])
    check(lambda be, x, y: be.binary(x, "mul", y), a, b, rtol=1e-3)
    check(lambda be, x: be.binary(x, "add", 1.5), a, rtol=1e-3)
    check(lambda be, x: be.reduce(x, "sum", [1], False, None), rand((3, 40), "float16"), rtol=1e-3)
    got = g.to_numpy(g.matmul(g.from_numpy(a), g.from_numpy(a.T.copy())))
    assert got.dtype == np.float16
    np.testing.assert_allclose(got, a.astype(np.float32) @ a.T.astype(np.float32), atol=1e-2)


# ---- batching, device facts, shaders ----
def test_ops_are_batched_until_read(wgpu_backend):
    g, k = wgpu_backend, wgpu_backend.kernels
    x = g.from_numpy(np.ones(64, np.float32))
    k.flush()
    submits, dispatches = k.submits, k.dispatches
    for _ in range(20):
        x = g.binary(x, "add", 1.0)
    assert (k.submits, k.dispatches - dispatches) == (submits, 20)
    assert g.item(g.reduce(x, "sum", None, False, None)) == 64 * 21
    assert k.submits == submits + 1


def test_buffers_of_cyclic_garbage_are_reused_safely(wgpu_backend):
    # The cyclic GC finalizes a storage together with its GPUBuffer; the pool keeps its
    # buffers alive, so it never hands out a released one (which aborted the process).
    g = wgpu_backend
    g.synchronize()
    cycle: list = [g.from_numpy(np.ones(2, np.float32)) for _ in range(4)]
    cycle.append(cycle)
    del cycle
    gc.collect()
    x = g.from_numpy(np.array([1.0, 2.0], np.float32))
    for _ in range(4):
        x = g.binary(x, "add", x)  # kernel outputs take the freed buffers first
    np.testing.assert_array_equal(g.to_numpy(x), [16.0, 32.0])


def test_adapter_facts_and_cuda_is_available(monkeypatch):
    require_wgpu()
    dev = importlib.import_module("ferrotensor.backends.wgpu.device")
    software = dev.is_software_adapter()
    assert dev.is_available(True)
    assert dev.is_available(False) is not software
    monkeypatch.setenv("FT_GPU_ALLOW_SOFTWARE", "1")
    assert torch.cuda.is_available()
    monkeypatch.delenv("FT_GPU_ALLOW_SOFTWARE")
    assert torch.cuda.is_available() is not software


def test_import_does_not_import_wgpu():
    code = "import sys, ferrotensor; print('wgpu' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "name", ["elementwise/binary", "elementwise/contiguous", "reduce/sum", "matmul/tiled"]
)
def test_every_shader_compiles_for_its_types(wgpu_backend, name):
    shaders = importlib.import_module("ferrotensor.backends.wgpu.shaders")
    for wgsl_type in shaders.SUPPORTED[name]:
        if wgsl_type == "f16" and not wgpu_backend.ctx.has_f16:
            continue
        code = shaders.compose(name, wgsl_type)
        wgpu_backend.ctx.device.create_shader_module(code=code)


# ---- the public API ----
def test_public_api(gpu_device):
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    g = x.to("gpu")
    assert repr(g.device) == "device(type='wgpu', index=0)"
    assert g.is_cuda
    assert x.cuda().device == gpu_device == torch.device("cuda")
    np.testing.assert_array_equal((g + g).cpu().numpy(), [[2.0, 4.0], [6.0, 8.0]])
    np.testing.assert_allclose((g @ g).cpu().numpy(), x.numpy() @ x.numpy())
    np.testing.assert_array_equal(g.sum(dim=1).cpu().numpy(), [3.0, 7.0])
    assert (g > 2).cpu().tolist() == [[False, False], [True, True]]
    assert g.t().contiguous().cpu().tolist() == [[1.0, 3.0], [2.0, 4.0]]
    assert math.isclose((g * 0.5).mean().item(), 1.25)
    n = torch.arange(6, device="cuda").reshape(2, 3)
    assert n.dtype == torch.int64
    assert (n + torch.ones(2, 3, device="gpu")).cpu().tolist() == [[1, 2, 3], [4, 5, 6]]


def test_shader_dir_override(monkeypatch, tmp_path):
    shaders = importlib.import_module("ferrotensor.backends.wgpu.shaders")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "y.wgsl").write_text("// @requires x/h\nalias T = f32; // @dtype\n")
    (tmp_path / "x" / "h.wgsl").write_text("const H: u32 = 1u;\n")
    monkeypatch.setenv("FT_SHADER_DIR", os.fspath(tmp_path))
    text = shaders.compose.__wrapped__("x/y", "f16")  # bypass the cache
    assert text == "enable f16;\nconst H: u32 = 1u;\n\n// @requires x/h\nalias T = f16; // @dtype\n"
