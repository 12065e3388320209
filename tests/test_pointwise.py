"""Special functions, fmod/hypot/copysign/logaddexp, pointwise composites, in-place forms
and ``out=``, against math/numpy references; dtypes, errors and warnings as PyTorch 2.x
(CPU) gives them."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

import ferrotensor as torch
from helpers import NP_DTYPE, assert_tensor, check_raises, dtype_name, make_inputs

NAN = float("nan")
INF = float("inf")
INTS = ["int64", "int32", "int16", "int8", "uint8", "bool"]
FLOATS = ["float64", "float32", "float16"]
RTOL = {"float64": 1e-12, "float32": 2e-6, "float16": 2e-3}


def t(a):
    """A tensor of a list (default dtypes, as ``torch.tensor``) or of a numpy array."""
    return torch.tensor(a) if isinstance(a, list) else torch.tensor(np.asarray(a))


def _erfinv(y):
    if abs(y) >= 1:
        return math.copysign(INF, y) if abs(y) == 1 else NAN
    x = 0.0
    for _ in range(100):  # Newton on math.erf, to convergence
        step = (math.erf(x) - y) / (2 / math.sqrt(math.pi) * math.exp(-x * x))
        x -= step
        if abs(step) < 1e-17 * max(1.0, abs(x)):
            break
    return x


def _digamma(x):
    if x <= 0 and x == math.floor(x):
        return NAN
    if x < 0:
        return _digamma(1 - x) - math.pi / math.tan(math.pi * x)
    acc = 0.0
    while x < 30:
        acc -= 1 / x
        x += 1
    return acc + math.log(x) - 0.5 / x - 1 / (12 * x * x) + 1 / (120 * x**4) - 1 / (252 * x**6)


def _trigamma(x):
    n = 2000
    s = sum(1 / (x + k) ** 2 for k in range(n))
    y = x + n
    return s + 1 / y + 1 / (2 * y * y) + 1 / (6 * y**3)


def _math(f):
    def one(v):
        try:
            return f(float(v))
        except ValueError:  # a pole: the caller compares those positions separately
            return NAN

    def ref(a):
        return np.vectorize(one, otypes=[np.float64])(a.astype(np.float64))

    return ref


# op -> (reference on float64, low, high)
UNARY = {
    "asinh": (np.arcsinh, -5, 5),
    "acosh": (np.arccosh, 1, 6),
    "atanh": (np.arctanh, -0.95, 0.95),
    "erf": (_math(math.erf), -4, 4),
    "erfc": (_math(math.erfc), -3, 8),
    "erfinv": (_math(_erfinv), -0.999, 0.999),
    "exp2": (np.exp2, -10, 10),
    "lgamma": (_math(math.lgamma), -6, 20),
    "digamma": (_math(_digamma), -4.5, 20),
}


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("op", sorted(UNARY))
def test_unary_values(op, dtype):
    ref, low, high = UNARY[op]
    a = make_inputs([(7, 9)], dtype, low, high)[0]
    if op in ("lgamma", "digamma"):
        a[np.abs(a - np.round(a)) < 1e-2] += 0.25  # keep away from the poles
    out = getattr(t(a), op)()
    want = ref(a.astype(np.float64))
    tol = 1e-9 if (op == "digamma" and dtype == "float64") else RTOL[dtype]
    assert_tensor(out, want.astype(NP_DTYPE[dtype]), dtype, rtol=tol, atol=tol)


@pytest.mark.parametrize("dtype", INTS)
@pytest.mark.parametrize("op", sorted(UNARY))
def test_unary_integers_promote_to_default_float(op, dtype):
    a = make_inputs([(5,)], dtype, 0, 3)[0]
    out = getattr(torch, op)(t(a))
    with np.errstate(all="ignore"):
        want = UNARY[op][0](a.astype(np.float64)).astype(np.float32)
    if op in ("lgamma", "digamma"):
        want = np.where(a.astype(np.float64) == 0, out.numpy(), want)  # pole values below
    assert_tensor(out, want, "float32", rtol=2e-6, atol=1e-6)
    torch.set_default_dtype(torch.float64)
    assert dtype_name(getattr(torch, op)(t(a)).dtype) == "float64"


def test_unary_edge_values_recorded_from_pytorch():
    z = t([0.0, -1.0, -0.0, 1.0, -2.5])
    assert_tensor(torch.digamma(z), [-INF, NAN, INF, -0.5772157, 1.1031567], rtol=1e-6)
    g = t([0.0, -1.0, -0.0, 1.0, -2.5, INF, -INF])
    assert_tensor(torch.lgamma(g), [INF, INF, INF, 0.0, -0.05624372, INF, INF], atol=1e-6)
    assert_tensor(
        torch.erfinv(t([-1.0, 1.0, 0.5, 2.0, -0.0])), [-INF, INF, 0.47693628, NAN, -0.0], rtol=1e-6
    )
    assert np.signbit(torch.erfinv(t([-0.0])).numpy()[0])
    assert_tensor(torch.atanh(t([1, 2, 3])), [INF, NAN, NAN], "float32")
    assert_tensor(torch.erf(t([INF, -INF, NAN])), [1.0, -1.0, NAN])
    assert_tensor(torch.erfc(t([INF, -INF, 30.0])), [0.0, 2.0, 0.0])
    assert_tensor(torch.exp2(t(np.array([0.5], np.float16))), [1.4140625], "float16")


def test_unary_noncontiguous_zero_dim_and_empty():
    a = make_inputs([(4, 6)], "float64", -2, 2)[0]
    x = t(a).t()
    assert_tensor(x.erf(), _math(math.erf)(a.T), rtol=1e-12)
    assert_tensor(t(np.float64(0.5)).lgamma(), math.lgamma(0.5), "float64", rtol=1e-12)
    assert tuple(t(np.zeros((0, 3))).asinh().shape) == (0, 3)
    e = torch.ones(3).expand(2, 3)
    assert_tensor(e.exp2(), np.full((2, 3), 2.0), "float32")


def test_polygamma():
    x = t(np.array([0.5, 1.0, 2.5, 7.0, -2.5]))
    assert_tensor(torch.polygamma(1, x), [_trigamma(v) for v in x.tolist()], rtol=1e-9)
    assert_tensor(
        x.polygamma(2),
        [
            -16.828796644234316,
            -2.404113806319188,
            -0.23620405164172736,
            -0.023530472985855234,
            -0.1082040516417282,
        ],
        rtol=1e-5,
    )
    assert_tensor(torch.polygamma(0, x), x.digamma().numpy())
    assert_tensor(
        torch.special.polygamma(1, t([1, 2])), [1.6449341, 0.6449341], "float32", rtol=1e-6
    )
    check_raises(
        lambda: torch.polygamma(-1, t([1.0])),
        RuntimeError,
        "polygamma(n, x) does not support negative n.",
    )


# ---- binary ----

BINARY = {
    "fmod": np.fmod,
    "hypot": np.hypot,
    "copysign": np.copysign,
    "logaddexp": np.logaddexp,
}


@pytest.mark.parametrize("dtype", FLOATS)
@pytest.mark.parametrize("op", sorted(BINARY))
def test_binary_values_with_broadcasting(op, dtype):
    a, b = make_inputs([(4, 5), (5,)], dtype, -5, 5)
    b[b == 0] = 1
    out = getattr(torch, op)(t(a), t(b))
    want = BINARY[op](a.astype(np.float64), b.astype(np.float64)).astype(NP_DTYPE[dtype])
    assert_tensor(out, want, dtype, rtol=RTOL[dtype], atol=RTOL[dtype])
    out = getattr(t(a).t(), op)(t(a).t())
    want = BINARY[op](a.T.astype(np.float64), a.T.astype(np.float64)).astype(NP_DTYPE[dtype])
    assert_tensor(out, want, dtype, rtol=RTOL[dtype], atol=RTOL[dtype])


@pytest.mark.parametrize("dtype", ["int64", "int32", "int16", "int8", "uint8"])
def test_fmod_integers_truncate(dtype):
    a = make_inputs([(20,)], dtype, -30, 30)[0]
    b = make_inputs([(20,)], dtype, 1, 7, seed=1)[0]
    b[b == 0] = 1
    assert_tensor(torch.fmod(t(a), t(b)), np.fmod(a, b), dtype)
    assert_tensor(t(a).fmod(3), np.fmod(a, np.array(3, a.dtype)), dtype)
    check_raises(lambda: torch.fmod(t(a), 0), RuntimeError, "ZeroDivisionError")


def test_binary_dtypes_and_errors_recorded_from_pytorch():
    i = t([1, 2, 3])
    b = t([True, False])
    assert_tensor(torch.fmod(t([-7, 7]), 3), [-1, 1], "int64")
    assert_tensor(torch.fmod(i, 2.5), [1.0, 2.0, 0.5], "float32")
    assert_tensor(torch.fmod(b, 2), [1, 0], "int64")
    assert_tensor(torch.fmod(t([-7.5, 7.0]), -3), [-1.5, 1.0], "float32")
    assert_tensor(torch.fmod(t([-7.0, 7.0]), 0.0), [NAN, NAN], "float32")
    assert_tensor(torch.copysign(i, -1), [-1.0, -2.0, -3.0], "float32")
    assert_tensor(torch.copysign(b, b), [1.0, 0.0], "float32")
    assert_tensor(torch.copysign(t([1.0, 2.0]), t([-0.0, 0.0])), [-1.0, 2.0], "float32")
    assert_tensor(
        torch.logaddexp(t([-INF, INF, 1.0]), t([-INF, INF, NAN])), [-INF, INF, NAN], "float32"
    )
    assert_tensor(torch.hypot(t([3.0]), t(np.array([4.0]))), [5.0], "float64")
    check_raises(
        lambda: torch.fmod(b, b), NotImplementedError, "\"fmod_cpu\" not implemented for 'Bool'"
    )
    check_raises(lambda: torch.fmod(i, t([0, 1, 1])), RuntimeError, "ZeroDivisionError")
    check_raises(
        lambda: torch.hypot(i, i), NotImplementedError, "\"hypot_cpu\" not implemented for 'Long'"
    )
    check_raises(
        lambda: torch.logaddexp(b, b),
        NotImplementedError,
        "\"logaddexp_cpu\" not implemented for 'Bool'",
    )
    check_raises(
        lambda: torch.hypot(t([1.0]), 2),
        TypeError,
        "hypot(): argument 'other' (position 2) must be Tensor, not int",
    )
    check_raises(
        lambda: torch.logaddexp(t([1.0]), 2.5),
        TypeError,
        "logaddexp(): argument 'other' (position 2) must be Tensor, not float",
    )


# ---- composites ----


def test_logit_frac_sinc_angles():
    p = t([0.0, 0.25, 1.0, 2.0])
    assert_tensor(torch.logit(p), [-INF, -1.0986123, INF, NAN], "float32", rtol=1e-6)
    assert_tensor(p.logit(eps=0.1), [-2.1972246, -1.0986123, 2.1972244, 2.1972244], rtol=1e-6)
    assert_tensor(torch.logit(t([True, False])), [INF, -INF], "float32")
    assert_tensor(torch.frac(t([-1.5, 2.25, INF, NAN])), [-0.5, 0.25, NAN, NAN], "float32")
    a = make_inputs([(3, 4)], "float64", -3, 3)[0]
    a[0, 0] = 0.0
    assert_tensor(torch.sinc(t(a)), np.sinc(a), "float64", rtol=1e-12, atol=1e-15)
    assert_tensor(torch.sinc(t([1, 2])), [-2.7827534e-08, 2.7827534e-08], "float32", rtol=1e-4)
    assert_tensor(torch.sinc(t(np.array([0.0], np.float16))), [1.0], "float16")
    assert_tensor(torch.deg2rad(t([180.0, 90.0])), [math.pi, math.pi / 2], "float32", rtol=1e-6)
    assert_tensor(torch.deg2rad(t([1, 2])), np.deg2rad([1.0, 2.0]), "float32", rtol=1e-6)
    assert_tensor(t([1.0, 2.0]).rad2deg(), np.rad2deg([1.0, 2.0]), "float32", rtol=1e-6)
    assert_tensor(torch.rad2deg(t(np.array([1.0], np.float16))), [57.28125], "float16")
    check_raises(
        lambda: torch.frac(t([1, 2])),
        NotImplementedError,
        "\"frac_cpu\" not implemented for 'Long'",
    )
    check_raises(
        lambda: torch.frac(t([True])),
        NotImplementedError,
        "\"frac_cpu\" not implemented for 'Bool'",
    )


def test_lerp_addcmul_addcdiv():
    s, e = t([1.0, 2.0]), t([3.0, 4.0])
    assert_tensor(torch.lerp(s, e, 0.5), [2.0, 3.0], "float32")
    assert_tensor(torch.lerp(s, e, 1.0), [3.0, 4.0], "float32")
    assert_tensor(torch.lerp(s, e, t([0.5, 2.0])), [2.0, 6.0], "float32")
    assert_tensor(s.lerp(e, t(np.float64(0.5))), [2.0, 3.0], "float32")
    i = t([1, 2, 3])
    check_raises(
        lambda: torch.lerp(i, i, 0.5),
        NotImplementedError,
        "\"lerp_kernel_scalar\" not implemented for 'Long'",
    )
    check_raises(
        lambda: torch.lerp(s, t(np.array([3.0, 4.0])), 0.5),
        RuntimeError,
        "expected dtype float for `end` but got dtype double",
    )
    x, a, b = t([1.0, 2.0]), t([3.0, 4.0]), t([2.0, 2.0])
    assert_tensor(torch.addcmul(x, a, b, value=0.5), [4.0, 6.0], "float32")
    assert_tensor(torch.addcmul(i, i, i, value=2), [3, 10, 21], "int64")
    assert_tensor(torch.addcmul(i, i, i, value=0.5), [1, 2, 3], "int64")
    assert_tensor(torch.addcmul(i, i, t([1.0, 2.0, 3.0])), [2.0, 6.0, 12.0], "float32")
    assert_tensor(torch.addcdiv(x, a, b, value=0.5), [1.75, 3.0], "float32")
    out = torch.addcdiv(t([1.0]), t([1.0]), i)
    assert_tensor(out, [2.0, 1.5, 1.3333334], "float32", rtol=1e-6)
    with pytest.raises(
        RuntimeError, match=r"^Integer division with addcdiv is no longer supported"
    ):
        torch.addcdiv(i, i, i)


def test_xlogy_float_power_nan_to_num():
    x, y = t([0.0, 1.0, 2.0, 0.0, NAN]), t([0.0, 2.0, NAN, NAN, 1.0])
    assert_tensor(torch.xlogy(x, y), [0.0, 0.6931472, NAN, NAN, NAN], "float32", rtol=1e-6)
    assert_tensor(
        torch.xlogy(t([1, 2, 3]), t([1, 2, 3])), [0.0, 1.3862944, 3.2958369], "float32", rtol=1e-6
    )
    assert_tensor(torch.xlogy(2, t([3.0])), [2.1972246], "float32", rtol=1e-6)
    assert_tensor(torch.special.xlogy(t([3.0]), 2), [2.0794415], "float32", rtol=1e-6)
    assert_tensor(torch.xlogy(t([True, False]), t([True, False])), [0.0, 0.0], "float32")
    assert_tensor(torch.float_power(t([1, 2, 3]), 2), [1.0, 4.0, 9.0], "float64")
    assert_tensor(torch.float_power(2, t([3])), [8.0], "float64")
    assert_tensor(t([2.0]).float_power(t([3])), [8.0], "float64")
    check_raises(
        lambda: t([2.0]).float_power_(2),
        RuntimeError,
        "the base given to float_power_ has dtype Float but the operation's result requires "
        "dtype Double",
    )
    f = t([1.0, NAN, INF, -INF, 1e-9])
    big = 3.4028234663852886e38
    assert_tensor(torch.nan_to_num(f), [1.0, 0.0, big, -big, 1e-9], "float32", rtol=1e-6)
    assert_tensor(
        f.nan_to_num(nan=0.5, posinf=2.0, neginf=-3.0), [1.0, 0.5, 2.0, -3.0, 1e-9], rtol=1e-6
    )
    assert_tensor(torch.nan_to_num(f.half()), [1.0, 0.0, 65504.0, -65504.0, 0.0], "float16")
    assert_tensor(
        torch.nan_to_num(f.double()),
        [1.0, 0.0, 1.7976931348623157e308, -1.7976931348623157e308, 1e-9],
        rtol=1e-6,
    )
    assert_tensor(torch.nan_to_num(t([1, 2])), [1, 2], "int64")
    assert_tensor(torch.nan_to_num(t([True, False])), [True, False], "bool")


def test_isclose_allclose():
    f = t([1.0, NAN, INF, -INF, 1e-9])
    assert_tensor(torch.isclose(f, f), [True, False, True, True, True], "bool")
    assert_tensor(f.isclose(f, equal_nan=True), [True] * 5, "bool")
    i = t([1, 2, 3])
    assert_tensor(torch.isclose(i, i + 1, atol=1), [True, True, True], "bool")
    u1, u3 = t(np.array([1], np.uint8)), t(np.array([3], np.uint8))
    assert_tensor(torch.isclose(u1, u3, atol=2), [True], "bool")
    assert_tensor(torch.isclose(u3, u1, atol=1), [False], "bool")
    assert_tensor(torch.isclose(t([True, False]), t([True, True])), [True, False], "bool")
    assert_tensor(torch.isclose(t([1e10]), t([1.00001e10])), [False], "bool")
    a = make_inputs([(30,)], "float64", -5, 5)[0]
    b = a + np.where(np.arange(30) % 2 == 0, 1e-7, 1e-3)
    assert_tensor(torch.isclose(t(a), t(b)), np.isclose(a, b), "bool")
    assert torch.allclose(f, f) is False
    assert torch.allclose(f, f, equal_nan=True) is True
    assert t([1.0, 2.0]).allclose(t([1.0, 2.0 + 1e-9]))
    check_raises(
        lambda: torch.isclose(i, t([1.0, 2.0, 3.5])), RuntimeError, "Long did not match Float"
    )
    check_raises(
        lambda: torch.isclose(f, f, rtol=-1),
        RuntimeError,
        "rtol must be greater than or equal to zero, but got -1",
    )
    check_raises(
        lambda: torch.isclose(f, f, atol=-1),
        RuntimeError,
        "atol must be greater than or equal to zero, but got -1",
    )
    check_raises(
        lambda: torch.isclose(f, 1.0),
        TypeError,
        "isclose(): argument 'other' (position 2) must be Tensor, not float",
    )
    check_raises(
        lambda: torch.allclose(torch.ones(2), torch.ones(3)),
        RuntimeError,
        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
    )


def test_aliases():
    x = t([0.5, -0.25])
    assert_tensor(x.arcsinh(), x.asinh().numpy())
    assert_tensor(torch.arccos(x), np.arccos(x.numpy()), rtol=1e-6)
    assert_tensor(torch.fix(t([-1.5, 1.5])), [-1.0, 1.0])
    assert_tensor(torch.greater_equal(x, 0.5), [True, False])
    assert_tensor(torch.clamp_min(x, 0.0), [0.5, 0.0])
    assert_tensor(x.clamp_max(0.0), [0.0, -0.25])
    assert_tensor(torch.special.expit(t([0.0])), [0.5])
    assert_tensor(torch.special.gammaln(t([3.0])), [math.log(2.0)], rtol=1e-6)
    assert_tensor(torch.special.ndtr(t([0.0, 1.0])), [0.5, 0.8413447], rtol=1e-6)
    assert_tensor(torch.special.ndtri(t([0.5, 0.8413447])), [0.0, 1.0], atol=1e-5)


# ---- in place ----

# (method, args, input values)
INPLACE = [
    ("abs_", (), [-1.5, 2.0]),
    ("absolute_", (), [-1.5, 2.0]),
    ("acos_", (), [0.5, -0.25]),
    ("acosh_", (), [1.5, 3.0]),
    ("asin_", (), [0.5, -0.25]),
    ("asinh_", (), [0.5, -2.0]),
    ("atan_", (), [0.5, -2.0]),
    ("atanh_", (), [0.5, -0.25]),
    ("atan2_", (t([1.0, -1.0]),), [0.5, 2.0]),
    ("ceil_", (), [-1.5, 2.25]),
    ("clamp_", (0.0, 1.0), [-1.5, 0.25]),
    ("clamp_min_", (0.0,), [-1.5, 0.25]),
    ("clamp_max_", (0.0,), [-1.5, 0.25]),
    ("clip_", (0.0, 1.0), [-1.5, 2.25]),
    ("copysign_", (-1.0,), [1.5, -2.0]),
    ("cos_", (), [0.5, 2.0]),
    ("cosh_", (), [0.5, 2.0]),
    ("cumsum_", (0,), [0.5, 2.0]),
    ("cumprod_", (0,), [0.5, 2.0]),
    ("deg2rad_", (), [90.0, 180.0]),
    ("digamma_", (), [0.5, 2.0]),
    ("divide_", (2.0,), [0.5, 2.0]),
    ("eq_", (0.5,), [0.5, 2.0]),
    ("erf_", (), [0.5, -2.0]),
    ("erfc_", (), [0.5, -2.0]),
    ("erfinv_", (), [0.5, -0.25]),
    ("exp_", (), [0.5, -2.0]),
    ("exp2_", (), [0.5, -2.0]),
    ("expm1_", (), [0.5, -2.0]),
    ("fix_", (), [-1.5, 2.25]),
    ("floor_", (), [-1.5, 2.25]),
    ("floor_divide_", (2.0,), [-1.5, 5.0]),
    ("fmod_", (1.5,), [-4.0, 5.0]),
    ("frac_", (), [-1.5, 2.25]),
    ("ge_", (1.0,), [0.5, 2.0]),
    ("greater_", (1.0,), [0.5, 2.0]),
    ("gt_", (1.0,), [0.5, 2.0]),
    ("hypot_", (t([3.0, 4.0]),), [4.0, 3.0]),
    ("le_", (1.0,), [0.5, 2.0]),
    ("lerp_", (t([3.0, 3.0]), 0.5), [1.0, 5.0]),
    ("lgamma_", (), [0.5, 3.0]),
    ("log_", (), [0.5, 2.0]),
    ("log10_", (), [0.5, 2.0]),
    ("log1p_", (), [0.5, 2.0]),
    ("log2_", (), [0.5, 2.0]),
    ("logical_not_", (), [0.0, 2.0]),
    ("logit_", (), [0.25, 0.5]),
    ("lt_", (1.0,), [0.5, 2.0]),
    ("multiply_", (3.0,), [0.5, 2.0]),
    ("nan_to_num_", (), [NAN, 2.0]),
    ("ne_", (0.5,), [0.5, 2.0]),
    ("neg_", (), [0.5, -2.0]),
    ("negative_", (), [0.5, -2.0]),
    ("not_equal_", (0.5,), [0.5, 2.0]),
    ("polygamma_", (1,), [0.5, 2.0]),
    ("pow_", (2,), [0.5, -2.0]),
    ("rad2deg_", (), [0.5, -2.0]),
    ("reciprocal_", (), [0.5, -2.0]),
    ("relu_", (), [0.5, -2.0]),
    ("remainder_", (1.5,), [-4.0, 5.0]),
    ("round_", (), [0.5, 1.5]),
    ("rsqrt_", (), [0.5, 2.0]),
    ("sigmoid_", (), [0.5, -2.0]),
    ("sign_", (), [0.5, -2.0]),
    ("sin_", (), [0.5, -2.0]),
    ("sinc_", (), [0.5, -2.0]),
    ("sinh_", (), [0.5, -2.0]),
    ("sqrt_", (), [0.5, 2.0]),
    ("square_", (), [0.5, -2.0]),
    ("subtract_", (1.0,), [0.5, -2.0]),
    ("tan_", (), [0.5, -2.0]),
    ("tanh_", (), [0.5, -2.0]),
    ("true_divide_", (4.0,), [0.5, -2.0]),
    ("trunc_", (), [-1.5, 2.25]),
    ("xlogy_", (2.0,), [0.5, 0.0]),
    ("addcmul_", (t([3.0, 3.0]), t([2.0])), [1.0, 5.0]),
    ("addcdiv_", (t([3.0, 3.0]), t([2.0])), [1.0, 5.0]),
]


@pytest.mark.parametrize(("name", "args", "vals"), INPLACE, ids=[c[0] for c in INPLACE])
def test_inplace_matches_out_of_place(name, args, vals):
    x = t(np.array(vals, np.float32))
    want = getattr(x, name[:-1])(*args)
    ptr = x.data_ptr()
    out = getattr(x, name)(*args)
    assert out is x
    assert x.data_ptr() == ptr
    assert_tensor(x, want.to(torch.float32).numpy(), "float32", rtol=1e-6)
    fn = getattr(torch, name, None)
    if fn is not None:  # PyTorch's namespace has most of them (not cumsum_/cumprod_)
        y = t(np.array(vals, np.float32))
        fn(y, *args)
        assert_tensor(y, x.numpy())


def test_inplace_integer_and_bool_rules():
    check_raises(
        lambda: t([1, 2]).exp_(),
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    )
    check_raises(
        lambda: t([1, 2]).erf_(),
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    )
    check_raises(
        lambda: t([True]).abs_(), NotImplementedError, "\"abs_cpu\" not implemented for 'Bool'"
    )
    x = t([1, 2])
    x.eq_(1)
    assert_tensor(x, [1, 0], "int64")
    x = t([1, 2])
    x.bitwise_not_()
    assert_tensor(x, [-2, -3], "int64")
    x = t(np.array([100, 100, 100], np.int8))
    x.cumsum_(0)
    assert_tensor(x, np.array([100, 200, 300]).astype(np.int8), "int8")
    check_raises(
        lambda: t([1.0, 2.0]).fmod_(t([[1.0], [2.0]])),
        RuntimeError,
        "output with shape [2] doesn't match the broadcast shape [2, 2]",
    )


def test_inplace_on_graph_tensors():
    x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
    y = x * 1
    y.erf_()
    y.sum().backward()
    want = 2 / math.sqrt(math.pi) * np.exp(-(np.array([0.5, 1.5]) ** 2))
    assert_tensor(x.grad, want, "float64", rtol=1e-12)
    check_raises(
        lambda: torch.ones(2, requires_grad=True).sinc_(),
        RuntimeError,
        "a leaf Variable that requires grad is being used in an in-place operation.",
    )


# ---- out= ----


def test_out_casts_resizes_and_refuses_autograd():
    i = t([1, 2, 3])
    o = torch.empty(3, dtype=torch.float64)
    r = torch.exp(i, out=o)
    assert r is o
    assert_tensor(o, np.exp([1.0, 2.0, 3.0]).astype(np.float32), "float64", rtol=1e-6)
    check_raises(
        lambda: torch.exp(i, out=torch.empty(3, dtype=torch.long)),
        RuntimeError,
        "result type Float can't be cast to the desired output type Long",
    )
    check_raises(
        lambda: torch.add(i, 1, out=torch.empty(3, dtype=torch.bool)),
        RuntimeError,
        "result type Long can't be cast to the desired output type Bool",
    )
    o = torch.empty(3, dtype=torch.int8)
    torch.add(i, 1, out=o)
    assert_tensor(o, [2, 3, 4], "int8")
    o = torch.empty(3, dtype=torch.int32)
    torch.eq(i, 1, out=o)
    assert_tensor(o, [1, 0, 0], "int32")
    o = torch.empty(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        torch.erf(i, out=o)
    assert tuple(o.shape) == (3,)
    o = torch.empty(2)
    with pytest.warns(
        UserWarning,
        match=r"An output with one or more elements was resized since it had shape \[2\], "
        r"which does not match the required output shape \[3\]",
    ):
        torch.erf(i, out=o)
    assert tuple(o.shape) == (3,)
    o = torch.empty(3, 2).t()
    torch.exp(torch.ones(2, 3), out=o)
    assert o.stride() == (1, 2)
    assert_tensor(o, np.full((2, 3), math.e, np.float32), rtol=1e-6)
    check_raises(
        lambda: torch.exp(torch.ones(1, requires_grad=True), out=torch.empty(1)),
        RuntimeError,
        "exp(): functions with out=... arguments don't support automatic differentiation, "
        "but one of the arguments requires grad.",
    )
    o = torch.empty(2)
    torch.hypot(t([3.0, 5.0]), t([4.0, 12.0]), out=o)
    assert_tensor(o, [5.0, 13.0])
    o = torch.empty(1)
    torch.sum(t([[1.0, 2.0]]), 1, out=o)
    assert_tensor(o, [3.0])


# ---- gradients (gradcheck in float64, one line per op) ----

POSITIVE = (0.2, 2.0)


@pytest.mark.parametrize(
    ("name", "fn", "shapes", "rng"),
    [
        ("asinh", lambda x: x.asinh(), [(3, 4)], (-2, 2)),
        ("acosh", lambda x: x.acosh(), [(3, 4)], (1.2, 3)),
        ("atanh", lambda x: x.atanh(), [(3, 4)], (-0.9, 0.9)),
        ("erf", lambda x: torch.erf(x), [(3, 4)], (-2, 2)),
        ("erfc", lambda x: x.erfc(), [(3, 4)], (-2, 2)),
        ("erfinv", lambda x: x.erfinv(), [(3, 4)], (-0.9, 0.9)),
        ("exp2", lambda x: x.exp2(), [(3, 4)], (-2, 2)),
        ("lgamma", lambda x: x.lgamma(), [(3, 4)], POSITIVE),
        ("digamma", lambda x: x.digamma(), [(3, 4)], POSITIVE),
        ("polygamma", lambda x: torch.polygamma(2, x), [(3, 4)], POSITIVE),
        ("fmod", lambda a, b: torch.fmod(a, b), [(3, 4), (4,)], POSITIVE),
        ("fmod scalar", lambda a: a.fmod(0.7), [(3, 4)], POSITIVE),
        ("hypot", lambda a, b: torch.hypot(a, b), [(3, 4), (3, 1)], (-2, 2)),
        ("copysign", lambda a, b: torch.copysign(a, b), [(3, 4), (4,)], (-2, 2)),
        ("copysign scalar", lambda a: a.copysign(-1.0), [(3, 4)], (-2, 2)),
        ("logaddexp", lambda a, b: torch.logaddexp(a, b), [(3, 4), (4,)], (-3, 3)),
        ("xlogy", lambda a, b: torch.xlogy(a, b), [(3, 4), (3, 4)], POSITIVE),
        ("logit", lambda x: x.logit(), [(3, 4)], (0.1, 0.9)),
        ("logit eps", lambda x: torch.logit(x, eps=0.05), [(3, 4)], (0.1, 0.9)),
        ("frac", lambda x: x.frac(), [(3, 4)], (0.1, 0.9)),
        ("sinc", lambda x: torch.sinc(x), [(3, 4)], (-2, 2)),
        ("deg2rad", lambda x: x.deg2rad(), [(3,)], (-2, 2)),
        ("rad2deg", lambda x: torch.rad2deg(x), [(3,)], (-2, 2)),
        ("nan_to_num", lambda x: x.nan_to_num(), [(3, 4)], (-2, 2)),
        ("lerp", lambda a, b: torch.lerp(a, b, 0.3), [(3, 4), (3, 4)], (-2, 2)),
        ("lerp tensor w", lambda a, b, w: a.lerp(b, w), [(3, 4), (3, 4), (4,)], (-2, 2)),
        (
            "addcmul",
            lambda a, b, c: torch.addcmul(a, b, c, value=0.5),
            [(3, 4), (4,), (3, 1)],
            (-2, 2),
        ),
        ("addcdiv", lambda a, b, c: a.addcdiv(b, c, value=2), [(3, 4), (4,), (3, 4)], POSITIVE),
        ("float_power", lambda a: torch.float_power(a, 3), [(3, 4)], POSITIVE),
    ],
)
def test_gradcheck(name, fn, shapes, rng):
    gen = np.random.default_rng(0)
    xs = tuple(
        torch.tensor(gen.uniform(*rng, size=s), dtype=torch.float64, requires_grad=True)
        for s in shapes
    )
    assert torch.autograd.gradcheck(fn, xs)


def test_node_names_and_second_derivatives():
    x = torch.tensor([0.3, 0.7], dtype=torch.float64, requires_grad=True)
    y = torch.tensor([1.5, 2.0], dtype=torch.float64, requires_grad=True)
    names = {
        "AsinhBackward0": x.asinh(),
        "ErfinvBackward0": x.erfinv(),
        "LgammaBackward0": x.lgamma(),
        "DigammaBackward0": x.digamma(),
        "PolygammaBackward0": x.polygamma(1),
        "FmodBackward0": x.fmod(2),
        "FmodBackward1": x.fmod(y),
        "CopysignBackward0": x.copysign(y),
        "CopysignBackward1": x.copysign(-1),
        "HypotBackward0": x.hypot(y),
        "LogaddexpBackward0": x.logaddexp(y),
        "XlogyBackward0": x.xlogy(y),
        "LogitBackward0": x.logit(),
        "SincBackward0": x.sinc(),
        "LerpBackward0": x.lerp(y, 0.5),
        "AddcmulBackward0": x.addcmul(y, y),
        "NanToNumBackward0": x.nan_to_num(),
    }
    for name, out in names.items():
        assert type(out.grad_fn).__name__ == name
    for fn in (torch.erf, torch.lgamma, torch.sinc, lambda v: v.xlogy(y)):
        assert torch.autograd.gradcheck(
            lambda v, fn=fn: torch.autograd.grad(fn(v).sum(), v, create_graph=True)[0], (x,)
        )


def test_gradient_conventions_at_boundaries():
    x = torch.tensor([0.5, 1.0, 0.2, 0.7], requires_grad=True)
    y = torch.clamp(x, min=0.5)
    assert type(y.grad_fn).__name__ == "ClampBackward1"
    y.sum().backward()
    assert_tensor(x.grad, [0.0, 1.0, 0.0, 1.0])
    x.grad = None
    torch.clamp(x, 0.5, 0.7).sum().backward()
    assert_tensor(x.grad, [0.0, 0.0, 0.0, 0.0])
    x.grad = None
    y = torch.clamp_max(x, 0.7)
    assert type(y.grad_fn).__name__ == "ClampMaxBackward0"
    y.sum().backward()
    assert_tensor(x.grad, [1.0, 0.0, 1.0, 0.0])
    z = torch.tensor([0.0, 2.0], requires_grad=True)
    torch.xlogy(z, 2.0).sum().backward()
    assert_tensor(z.grad, [math.log(2.0)] * 2, rtol=1e-6)
    w = torch.tensor([0.0, 0.5], dtype=torch.float64, requires_grad=True)
    torch.logit(w, eps=0.1).sum().backward()
    assert_tensor(w.grad, [0.0, 4.0], rtol=1e-12)
