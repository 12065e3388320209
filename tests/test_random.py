"""Random sampling: reproducibility, generator state, distributions, ranges and errors."""

from __future__ import annotations

import math

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor import _core
from helpers import check_raises, to_numpy

try:  # scipy is optional: without it the KS tests use numpy-computed CDFs
    from scipy import stats as _stats
except ImportError:  # pragma: no cover - depends on the environment
    _stats = None

FLOATS = [torch.float64, torch.float32, torch.float16]
INTS = [torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8]


def _np(t):
    return to_numpy(t).astype(np.float64)


# ---- the generator itself ----


@pytest.mark.parametrize(
    ("ctr", "key", "want"),
    [
        ([0, 0, 0, 0], [0, 0], [0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8]),
        ([2**32 - 1] * 4, [2**32 - 1] * 2, [0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD]),
        (
            [0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344],
            [0xA4093822, 0x299F31D0],
            [0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1],
        ),
    ],
)
def test_philox_known_answers(ctr, key, want):
    assert list(_core.philox4x32_10(ctr, key)) == want


SAMPLERS = {
    "rand": lambda g=None: torch.rand(50, generator=g),
    "randn": lambda g=None: torch.randn(50, generator=g),
    "randint": lambda g=None: torch.randint(0, 1000, (50,), generator=g),
    "randperm": lambda g=None: torch.randperm(50, generator=g),
    "normal": lambda g=None: torch.normal(2.0, 3.0, (50,), generator=g),
    "bernoulli": lambda g=None: torch.bernoulli(torch.full((50,), 0.5), generator=g),
    "multinomial": lambda g=None: torch.multinomial(torch.ones(50), 20, generator=g),
    "uniform_": lambda g=None: torch.empty(50).uniform_(-1, 1, generator=g),
    "normal_": lambda g=None: torch.empty(50).normal_(generator=g),
    "random_": lambda g=None: torch.empty(50, dtype=torch.int32).random_(generator=g),
    "exponential_": lambda g=None: torch.empty(50).exponential_(generator=g),
}


@pytest.mark.parametrize("name", SAMPLERS)
def test_random_same_seed_same_values(name):
    torch.manual_seed(123)
    a = _np(SAMPLERS[name]())
    b = _np(SAMPLERS[name]())
    torch.manual_seed(123)
    np.testing.assert_array_equal(_np(SAMPLERS[name]()), a)
    np.testing.assert_array_equal(_np(SAMPLERS[name]()), b)
    assert not np.array_equal(a, b), "successive calls must differ"


@pytest.mark.parametrize("name", SAMPLERS)
def test_random_explicit_generator_reproduces_and_leaves_default_alone(name):
    torch.manual_seed(5)
    state = torch.get_rng_state()
    a = _np(SAMPLERS[name](torch.Generator().manual_seed(9)))
    b = _np(SAMPLERS[name](torch.Generator().manual_seed(9)))
    np.testing.assert_array_equal(a, b)
    assert to_numpy(torch.get_rng_state()).tolist() == to_numpy(state).tolist()


def test_random_different_seeds_differ():
    torch.manual_seed(1)
    a = _np(torch.rand(100))
    torch.manual_seed(2)
    assert not np.array_equal(a, _np(torch.rand(100)))


def test_random_split_calls_continue_the_stream():
    g = torch.Generator().manual_seed(3)
    whole = _np(torch.rand(16, generator=g))
    g.manual_seed(3)
    parts = np.concatenate([_np(torch.rand(8, generator=g)), _np(torch.rand(8, generator=g))])
    np.testing.assert_array_equal(whole, parts)


def test_random_state_save_and_restore():
    torch.manual_seed(7)
    torch.rand(10)
    state = torch.get_rng_state()
    a = _np(torch.randn(20))
    torch.rand(3)
    torch.set_rng_state(state)
    np.testing.assert_array_equal(_np(torch.randn(20)), a)
    assert torch.initial_seed() == 7


def test_random_generator_state_round_trip():
    g = torch.Generator().manual_seed(11)
    torch.rand(5, generator=g)
    s = g.get_state()
    assert s.dtype == torch.uint8
    assert tuple(s.shape) == (16,)
    a = _np(torch.rand(5, generator=g))
    h = torch.Generator().set_state(s)
    np.testing.assert_array_equal(_np(torch.rand(5, generator=h)), a)
    assert h.initial_seed() == 11


def test_random_generator_defaults_and_seeds():
    g = torch.Generator()
    assert g.initial_seed() == 67280421310721
    assert g.device == torch.device("cpu")
    assert g.manual_seed(5) is g
    assert g.manual_seed(-1).initial_seed() == 2**64 - 1
    assert g.manual_seed(-(2**63)).initial_seed() == 2**63
    assert torch.manual_seed(3.7).initial_seed() == 3
    assert torch.manual_seed(True).initial_seed() == 1
    assert torch.default_generator.initial_seed() == 1
    s = torch.seed()
    assert isinstance(s, int)
    assert torch.initial_seed() == s
    assert torch.random.initial_seed() == s
    assert torch.Generator("gpu").device == torch.device("gpu")


def test_random_results_do_not_depend_on_thread_count():
    n = 1_000_003

    def draw():
        g = torch.Generator().manual_seed(42)
        return [
            _np(torch.rand(n, generator=g)),
            _np(torch.randn(n, dtype=torch.float64, generator=g)),
            _np(torch.randint(-5, 2**40, (n,), generator=g)),
            _np(torch.bernoulli(torch.full((n,), 0.25), generator=g)),
            _np(torch.empty(n, dtype=torch.float16).exponential_(generator=g)),
        ]

    torch.set_num_threads(1)
    one = draw()
    torch.set_num_threads(2)
    two = draw()
    for a, b in zip(one, two):
        np.testing.assert_array_equal(a, b)


# ---- distributions (fixed seeds, generous tolerances) ----


def _ks_statistic(x, cdf):
    x = np.sort(x)
    n = len(x)
    f = cdf(x)
    return max(np.max(np.arange(1, n + 1) / n - f), np.max(f - np.arange(n) / n))


def _ks_ok(x, cdf, name):
    """Kolmogorov-Smirnov against ``cdf``; scipy when installed, else numpy."""
    if _stats is not None:
        return _stats.kstest(x, name).pvalue > 1e-4
    return _ks_statistic(x, cdf) < 2.0 / math.sqrt(len(x))  # ~ p > 1e-3


def _normal_cdf(x):
    erf = np.vectorize(math.erf)
    return 0.5 * (1.0 + erf(x / math.sqrt(2.0)))


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_rand_is_uniform(dtype):
    x = _np(torch.rand(100_000, dtype=dtype, generator=torch.Generator().manual_seed(1)))
    assert x.min() >= 0.0
    assert x.max() < 1.0
    assert abs(x.mean() - 0.5) < 0.005
    assert abs(x.std() - math.sqrt(1 / 12)) < 0.005
    assert _ks_ok(x, lambda v: v, "uniform")


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32])
def test_randn_is_standard_normal(dtype):
    x = _np(torch.randn(100_000, dtype=dtype, generator=torch.Generator().manual_seed(2)))
    assert abs(x.mean()) < 0.01
    assert abs(x.std() - 1.0) < 0.01
    assert _ks_ok(x, _normal_cdf, "norm")


def test_exponential_matches_its_cdf():
    x = _np(torch.empty(100_000).exponential_(2.0, generator=torch.Generator().manual_seed(3)))
    assert x.min() >= 0.0
    assert abs(x.mean() - 0.5) < 0.01
    assert abs(x.std() - 0.5) < 0.01
    assert _ks_ok(x * 2.0, lambda v: 1.0 - np.exp(-v), "expon")


def test_randint_is_uniform_over_its_values():
    x = to_numpy(torch.randint(-3, 7, (100_000,), generator=torch.Generator().manual_seed(4)))
    counts = np.bincount(x + 3, minlength=10)
    expected = 10_000
    chi2 = ((counts - expected) ** 2 / expected).sum()
    assert chi2 < 40  # 9 degrees of freedom: p ~ 1e-5


@pytest.mark.parametrize("dtype", FLOATS)
def test_normal_moments_for_every_float_dtype(dtype):
    x = _np(torch.normal(3.0, 2.0, (100_000,), dtype=dtype, generator=torch.Generator()))
    assert abs(x.mean() - 3.0) < 0.05
    assert abs(x.std() - 2.0) < 0.05


def test_bernoulli_scalar_and_tensor_p():
    g = torch.Generator().manual_seed(6)
    x = _np(torch.empty(100_000).bernoulli_(0.3, generator=g))
    assert set(np.unique(x)) <= {0.0, 1.0}
    assert abs(x.mean() - 0.3) < 0.01
    p = torch.tensor([0.0, 1.0, 0.2, 0.9]).repeat(25_000)
    y = _np(torch.bernoulli(p, generator=g)).reshape(-1, 4)
    assert (y[:, 0] == 0).all()
    assert (y[:, 1] == 1).all()
    assert abs(y[:, 2].mean() - 0.2) < 0.015
    assert abs(y[:, 3].mean() - 0.9) < 0.015


def test_bernoulli_inplace_broadcasts_a_tensor_p():
    t = torch.empty(1000, 2, dtype=torch.int64)
    t.bernoulli_(torch.tensor([0.0, 1.0]))
    assert (to_numpy(t) == np.array([0, 1])).all()
    assert t.dtype == torch.int64


def test_multinomial_with_replacement_frequencies():
    w = torch.tensor([1.0, 0.0, 3.0, 6.0])
    x = to_numpy(torch.multinomial(w, 50_000, True, generator=torch.Generator().manual_seed(8)))
    counts = np.bincount(x, minlength=4)
    assert counts[1] == 0
    np.testing.assert_allclose(counts / 50_000, [0.1, 0.0, 0.3, 0.6], atol=0.01)


def test_multinomial_rows_with_replacement_stay_in_their_support():
    w = torch.tensor([[0.0, 0.0, 1.0, 0.0], [0.5, 0.5, 0.0, 0.0], [0.0, 0.0, 0.0, 2.0]])
    x = to_numpy(torch.multinomial(w.repeat(300, 1), 20, replacement=True))
    assert (x[0::3] == 2).all()
    assert set(np.unique(x[1::3])) == {0, 1}
    assert (x[2::3] == 3).all()


def test_multinomial_without_replacement_first_draw_frequencies():
    w = torch.tensor([[1.0, 2.0, 7.0]]).expand(20_000, 3).contiguous()
    x = to_numpy(torch.multinomial(w, 1, generator=torch.Generator().manual_seed(9)))
    np.testing.assert_allclose(
        np.bincount(x[:, 0], minlength=3) / 20_000, [0.1, 0.2, 0.7], atol=0.015
    )


# ---- ranges, shapes, dtypes ----


@pytest.mark.parametrize("dtype", FLOATS)
def test_rand_stays_below_one(dtype):
    x = _np(torch.rand(200_000, dtype=dtype))
    assert x.min() >= 0.0
    assert x.max() < 1.0


def test_uniform_inplace_bounds_and_degenerate_interval():
    x = _np(torch.empty(10_000, dtype=torch.float64).uniform_(-2, 5))
    assert x.min() >= -2
    assert x.max() < 5
    assert (_np(torch.empty(5).uniform_(1, 1)) == 1).all()
    t = torch.empty(10).uniform_(**{"from": 3, "to": 4})
    assert (_np(t) >= 3).all()


@pytest.mark.parametrize("dtype", [*INTS, torch.bool])
def test_randint_covers_exactly_the_range(dtype):
    info = {
        torch.int64: (-(2**63), 2**63 - 1),
        torch.int32: (-(2**31), 2**31 - 1),
        torch.int16: (-(2**15), 2**15 - 1),
        torch.int8: (-128, 127),
        torch.uint8: (0, 255),
        torch.bool: (0, 1),
    }[dtype]
    lo, hi = info
    small = torch.randint(max(lo, -3), min(hi, 3) + 1, (20_000,), dtype=dtype)
    assert small.dtype == dtype
    v = to_numpy(small).astype(np.int64)
    assert set(np.unique(v)) == set(range(max(lo, -3), min(hi, 3) + 1))
    wide = to_numpy(torch.randint(lo, hi, (20_000,), dtype=dtype)).astype(np.float64)
    assert wide.min() >= lo
    assert wide.max() <= hi - 1


@pytest.mark.parametrize("dtype", [*INTS, torch.bool, *FLOATS])
def test_random_default_range(dtype):
    top = {
        torch.int64: 2**63 - 1,
        torch.int32: 2**31 - 1,
        torch.int16: 2**15 - 1,
        torch.int8: 127,
        torch.uint8: 255,
        torch.bool: 1,
        torch.float64: 2**53,
        torch.float32: 2**24,
        torch.float16: 2**11,
    }[dtype]
    x = to_numpy(torch.empty(5000, dtype=dtype).random_()).astype(np.float64)
    assert x.min() >= 0
    assert x.max() <= top
    assert x.max() > top / 2
    k = 2 if dtype is torch.bool else 3
    y = to_numpy(torch.empty(5000, dtype=dtype).random_(k)).astype(np.int64)
    assert set(np.unique(y)) == set(range(k))


def test_random_from_to_none_goes_to_the_top():
    x = to_numpy(torch.empty(2000, dtype=torch.int8).random_(120, None))
    assert x.min() >= 120
    assert x.max() == 127
    z = to_numpy(torch.empty(2000, dtype=torch.int64).random_(-(2**63), None))
    assert (z < 0).any()
    assert (z > 0).any()


@pytest.mark.parametrize("n", [0, 1, 2, 10, 1000])
def test_randperm_is_a_permutation(n):
    p = torch.randperm(n)
    assert p.dtype == torch.int64
    assert sorted(to_numpy(p).tolist()) == list(range(n))


def test_randperm_orders_are_equally_likely():
    g = torch.Generator().manual_seed(10)
    counts: dict[tuple[int, ...], int] = {}
    for _ in range(3000):
        key = tuple(to_numpy(torch.randperm(3, generator=g)).tolist())
        counts[key] = counts.get(key, 0) + 1
    assert len(counts) == 6
    assert all(400 < c < 600 for c in counts.values()), counts


@pytest.mark.parametrize("dtype", [torch.uint8, torch.int8, torch.float16, torch.float32])
def test_randperm_dtypes(dtype):
    n = {torch.uint8: 256, torch.int8: 128, torch.float16: 2048, torch.float32: 100}[dtype]
    p = torch.randperm(n, dtype=dtype)
    assert p.dtype == dtype
    assert sorted(to_numpy(p).astype(np.int64).tolist()) == list(range(n))


def test_multinomial_without_replacement_is_distinct():
    w = torch.rand(7, 30) + 0.01
    x = to_numpy(torch.multinomial(w, 30))
    assert x.shape == (7, 30)
    for row in x:
        assert sorted(row.tolist()) == list(range(30))


def test_multinomial_zero_weights_come_last_without_replacement():
    x = to_numpy(torch.multinomial(torch.tensor([0.0, 2.0, 0.0, 1.0]), 4))
    assert sorted(x[:2].tolist()) == [1, 3]
    assert x[2:].tolist() == [0, 2]


def test_multinomial_shapes_and_method():
    assert tuple(torch.multinomial(torch.ones(3), 2).shape) == (2,)
    assert torch.multinomial(torch.ones(3), 2).dtype == torch.int64
    assert tuple(torch.multinomial(torch.ones(2, 3), 5, replacement=True).shape) == (2, 5)
    assert tuple(torch.multinomial(torch.ones(0, 3), 1).shape) == (0, 1)
    assert tuple(torch.ones(4, dtype=torch.float16).multinomial(1).shape) == (1,)


@pytest.mark.parametrize(
    ("make", "shape", "dtype"),
    [
        (lambda: torch.rand(2, 3), (2, 3), torch.float32),
        (lambda: torch.rand((2, 3)), (2, 3), torch.float32),
        (lambda: torch.rand(size=(4,)), (4,), torch.float32),
        (lambda: torch.rand(()), (), torch.float32),
        (lambda: torch.rand(0, 3), (0, 3), torch.float32),
        (lambda: torch.randn(2, dtype=torch.float16), (2,), torch.float16),
        (lambda: torch.randn([3, 1], dtype=torch.float64), (3, 1), torch.float64),
        (lambda: torch.randint(5, (2,)), (2,), torch.int64),
        (lambda: torch.randint(1, 5, (2, 2)), (2, 2), torch.int64),
        (lambda: torch.randint(low=1, high=3, size=(2,)), (2,), torch.int64),
        (lambda: torch.randint(high=3, size=(2,)), (2,), torch.int64),
        (lambda: torch.randint(0, 5, (3,), dtype=torch.float32), (3,), torch.float32),
        (lambda: torch.normal(0.0, 1.0, (2, 2)), (2, 2), torch.float32),
        (lambda: torch.normal(torch.zeros(3), 2.0), (3,), torch.float32),
        (lambda: torch.normal(torch.zeros(3), torch.ones(2, 1)), (2, 3), torch.float32),
        (lambda: torch.normal(1.0, torch.ones(2, dtype=torch.float16)), (2,), torch.float16),
        (
            lambda: torch.normal(torch.zeros(3, dtype=torch.float16), torch.ones(3).double()),
            (3,),
            torch.float16,
        ),
        (lambda: torch.rand_like(torch.zeros(2, 3)), (2, 3), torch.float32),
        (lambda: torch.randn_like(torch.zeros(2), dtype=torch.float64), (2,), torch.float64),
        (lambda: torch.randint_like(torch.zeros(2, dtype=torch.int32), 10), (2,), torch.int32),
        (lambda: torch.randint_like(torch.zeros(2), 3, 5), (2,), torch.float32),
        (lambda: torch.randint_like(torch.zeros(2), low=2, high=3), (2,), torch.float32),
        (lambda: torch.bernoulli(torch.zeros(3, dtype=torch.float64)), (3,), torch.float64),
        (lambda: torch.bernoulli(torch.zeros(3, dtype=torch.int64), 0.5), (3,), torch.int64),
        (lambda: torch.tensor([0.5]).bernoulli(0.3), (1,), torch.float32),
    ],
)
def test_random_result_shape_and_dtype(make, shape, dtype):
    t = make()
    assert tuple(t.shape) == shape
    assert t.dtype == dtype
    assert not t.requires_grad


def test_random_default_dtype_is_followed():
    torch.set_default_dtype(torch.float64)
    assert torch.rand(2).dtype == torch.float64
    assert torch.randn(2).dtype == torch.float64
    assert torch.randint(3, (2,)).dtype == torch.int64


def test_random_requires_grad():
    t = torch.rand(2, 3, requires_grad=True)
    assert t.requires_grad
    assert t.is_leaf
    assert torch.randn(2, requires_grad=True).requires_grad
    assert torch.randint(0, 3, (2,), dtype=torch.float32, requires_grad=True).requires_grad
    assert torch.normal(0.0, 1.0, (2,), requires_grad=True).requires_grad
    check_raises(
        lambda: torch.randint(0, 10, (3,), requires_grad=True),
        RuntimeError,
        "Only Tensors of floating point and complex dtype can require gradients",
    )


def test_random_inplace_on_a_strided_view_fills_only_the_view():
    base = torch.zeros(4, 6)
    view = base.t()[::2]
    out = view.uniform_(1, 2)
    assert out is view
    v = to_numpy(base)
    assert ((v[:, ::2] >= 1) & (v[:, ::2] < 2)).all()
    assert (v[:, 1::2] == 0).all()


def test_random_inplace_is_reproducible_on_a_strided_view():
    a, b = torch.zeros(6, 4).t(), torch.zeros(4, 6)
    torch.manual_seed(0)
    a.normal_()
    torch.manual_seed(0)
    b.normal_()
    np.testing.assert_array_equal(_np(a), _np(b))


def test_random_inplace_and_autograd():
    w = torch.zeros(3, requires_grad=True)
    check_raises(
        lambda: w.uniform_(),
        RuntimeError,
        "a leaf Variable that requires grad is being used in an in-place operation.",
    )
    with torch.no_grad():
        w.normal_()
    assert w.requires_grad
    assert (_np(w.detach()) != 0).any()
    y = w * 2
    y.uniform_()
    y.sum().backward()
    np.testing.assert_array_equal(_np(w.grad), np.zeros(3))


def test_random_float_precision_warning():
    with pytest.warns(UserWarning, match=r"to - 1 is out of bounds \[-\(2\^24\), 2\^24\]"):
        torch.empty(3).random_(0, 2**25)


# ---- GPU: drawn on the CPU, then copied ----


def test_random_on_gpu_matches_cpu(gpu_device):
    torch.manual_seed(0)
    a = torch.rand(5, device=gpu_device)
    assert a.device.type == "wgpu"
    torch.manual_seed(0)
    np.testing.assert_array_equal(_np(a.cpu()), _np(torch.rand(5)))
    t = torch.zeros(4, device=gpu_device).uniform_(2, 3)
    assert t.device.type == "wgpu"
    assert ((_np(t.cpu()) >= 2) & (_np(t.cpu()) < 3)).all()
