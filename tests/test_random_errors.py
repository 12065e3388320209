"""Random sampling errors: PyTorch's exception classes and wording for bad arguments."""

from __future__ import annotations

import pytest

import ferrotensor as torch
from helpers import check_raises, to_numpy

# ---- errors (PyTorch's classes and wording) ----

ERRORS = [
    (
        lambda: torch.randint(5, 5, (3,)),
        RuntimeError,
        "random_ expects 'from' to be less than 'to', but got from=5 >= to=5",
    ),
    (
        lambda: torch.randint(0, (3,)),
        RuntimeError,
        "random_ expects 'from' to be less than 'to', but got from=0 >= to=0",
    ),
    (
        lambda: torch.randint(-1, 10, (2,), dtype=torch.uint8),
        RuntimeError,
        "from is out of bounds for unsigned char",
    ),
    (
        lambda: torch.randint(0, 300, (2,), dtype=torch.uint8),
        RuntimeError,
        "to - 1 is out of bounds for unsigned char",
    ),
    (
        lambda: torch.randint(0, 3, (2,), dtype=torch.bool),
        RuntimeError,
        "to - 1 is out of bounds for bool",
    ),
    (
        lambda: torch.empty(3, dtype=torch.int16).random_(-40000, 3),
        RuntimeError,
        "from is out of bounds for short int",
    ),
    (
        lambda: torch.empty(3, dtype=torch.int8).random_(-5),
        RuntimeError,
        "random_ expects 'from' to be less than 'to', but got from=0 >= to=-5",
    ),
    (
        lambda: torch.empty(3).random_(2**24, None),
        RuntimeError,
        "random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted to "
        "dtype, but got from=16777216 > to_inc=16777216",
    ),
    (
        lambda: torch.empty(3, dtype=torch.float16).random_(0, 70000),
        RuntimeError,
        "to - 1 is out of bounds for c10::Half",
    ),
    (
        lambda: torch.randint(0, 2**63, (3,)),
        ValueError,
        "Overflow when unpacking long long",
    ),
    (
        lambda: torch.randint(0, 10),
        TypeError,
        "randint(): argument 'size' (position 2) must be tuple of ints, not int",
    ),
    (
        lambda: torch.rand(-1),
        RuntimeError,
        "Trying to create tensor with negative dimension -1: [-1]",
    ),
    (
        lambda: torch.randn(2, -3),
        RuntimeError,
        "Trying to create tensor with negative dimension -3: [2, -3]",
    ),
    (
        lambda: torch.randint(0, 5, (-1,)),
        RuntimeError,
        "Trying to create tensor with negative dimension -1: [-1]",
    ),
    (
        lambda: torch.randperm(-1),
        RuntimeError,
        "Trying to create tensor with negative dimension -1: [-1]",
    ),
    (
        lambda: torch.rand(2, 3.0),
        TypeError,
        "rand(): argument 'size' failed to unpack the object at pos 2 with error \"type must be "
        'tuple of ints,but got float"',
    ),
    (
        lambda: torch.rand(3, dtype=torch.int64),
        NotImplementedError,
        "\"check_uniform_bounds\" not implemented for 'Long'",
    ),
    (
        lambda: torch.randn(3, dtype=torch.int64),
        NotImplementedError,
        "\"normal_kernel_cpu\" not implemented for 'Long'",
    ),
    (
        lambda: torch.rand_like(torch.zeros(2, dtype=torch.int64)),
        NotImplementedError,
        "\"check_uniform_bounds\" not implemented for 'Long'",
    ),
    (
        lambda: torch.randperm(3, dtype=torch.bool),
        NotImplementedError,
        "\"randperm\" not implemented for 'Bool'",
    ),
    (
        lambda: torch.randperm(257, dtype=torch.uint8),
        RuntimeError,
        "value cannot be converted to type uint8_t without overflow",
    ),
    (
        lambda: torch.randperm(5000, dtype=torch.float16),
        RuntimeError,
        "n cannot be greater than 2049 for Half type.",
    ),
    (
        lambda: torch.randperm(3.0),
        TypeError,
        "randperm(): argument 'n' (position 1) must be int, not float",
    ),
    (
        lambda: torch.empty(3).bernoulli_(1.5),
        RuntimeError,
        "bernoulli_ expects p to be in [0, 1], but got p=1.5",
    ),
    (
        lambda: torch.empty(0).bernoulli_(2.0),
        RuntimeError,
        "bernoulli_ expects p to be in [0, 1], but got p=2",
    ),
    (
        lambda: torch.empty(3).bernoulli_(float("nan")),
        RuntimeError,
        "bernoulli_ expects p to be in [0, 1], but got p=nan",
    ),
    (
        lambda: torch.bernoulli(torch.tensor([0.5]), 1.3),
        RuntimeError,
        "bernoulli_ expects p to be in [0, 1], but got p=1.3",
    ),
    (
        lambda: torch.bernoulli(torch.tensor([1.5])),
        RuntimeError,
        "Expected p_in >= 0 && p_in <= 1 to be true, but got false.",
    ),
    (
        lambda: torch.bernoulli(torch.tensor([1, 0])),
        NotImplementedError,
        "\"bernoulli_tensor_cpu_p_\" not implemented for 'Long'",
    ),
    (
        lambda: torch.empty(3).bernoulli_(torch.ones(4)),
        RuntimeError,
        "The expanded size of the tensor (3) must match the existing size (4) at non-singleton "
        "dimension 0.  Target sizes: [3].  Tensor sizes: [4]",
    ),
    (
        lambda: torch.empty(3).exponential_(0),
        RuntimeError,
        "exponential_ expects lambda > 0.0, but found lambda=0",
    ),
    (
        lambda: torch.empty(3).exponential_(-1),
        RuntimeError,
        "exponential_ expects lambda > 0.0, but found lambda=-1",
    ),
    (
        lambda: torch.empty(3, dtype=torch.int64).exponential_(),
        RuntimeError,
        "Exponential distribution is a continuous probability distribution. dtype must be a "
        "floating point but you specified Long",
    ),
    (
        lambda: torch.empty(3).uniform_(2, 1),
        RuntimeError,
        "uniform_ expects to return a [from, to) range, but found from=2 > to=1",
    ),
    (
        lambda: torch.empty(3).uniform_(0, float("inf")),
        RuntimeError,
        "to is out of bounds for float",
    ),
    (
        lambda: torch.empty(3).uniform_(float("nan"), 1),
        RuntimeError,
        "from is out of bounds for float",
    ),
    (
        lambda: torch.empty(3, dtype=torch.float16).uniform_(-70000, 0),
        RuntimeError,
        "from is out of bounds for c10::Half",
    ),
    (
        lambda: torch.empty(3).uniform_(-3e38, 3e38),
        RuntimeError,
        "uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=3e+38 and "
        "from=-3e+38 which result in to-from to exceed the limit",
    ),
    (
        lambda: torch.empty(3).uniform_(1, 2, 3),
        TypeError,
        "uniform_() takes from 0 to 2 positional arguments but 3 were given",
    ),
    (
        lambda: torch.empty(3).uniform_("a"),
        TypeError,
        "uniform_(): argument 'from' (position 1) must be float, not str",
    ),
    (
        lambda: torch.empty(3).normal_(0, "a"),
        TypeError,
        "normal_(): argument 'std' (position 2) must be float, not str",
    ),
    (
        lambda: torch.empty(3).normal_(0, -1),
        RuntimeError,
        "normal expects std >= 0.0, but found std -1",
    ),
    (
        lambda: torch.empty(3).normal_(0, float("nan")),
        RuntimeError,
        "normal expects std >= 0.0, but found std nan",
    ),
    (
        lambda: torch.normal(0.0, -1.0, (3,)),
        RuntimeError,
        "normal expects std >= 0.0, but found std -1",
    ),
    (
        lambda: torch.normal(torch.zeros(3), -1.0),
        RuntimeError,
        "normal expects std >= 0.0, but found std -1",
    ),
    (
        lambda: torch.normal(torch.zeros(3), torch.tensor([-1.0, 1, 1])),
        RuntimeError,
        "normal expects all elements of std >= 0.0",
    ),
    (
        lambda: torch.normal(torch.zeros(3), torch.ones(4)),
        RuntimeError,
        "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0",
    ),
    (
        lambda: torch.normal(torch.zeros(3, dtype=torch.int64), 1.0),
        NotImplementedError,
        "\"normal_kernel_cpu\" not implemented for 'Long'",
    ),
    (
        lambda: torch.multinomial(torch.tensor([1.0, 2]), 3),
        RuntimeError,
        "cannot sample n_sample > prob_dist.size(-1) samples without replacement",
    ),
    (
        lambda: torch.multinomial(torch.tensor([1.0, 2]), 0),
        RuntimeError,
        "cannot sample n_sample <= 0 samples",
    ),
    (
        lambda: torch.multinomial(torch.tensor([1.0, -2]), 1),
        RuntimeError,
        "probability tensor contains either `inf`, `nan` or element < 0",
    ),
    (
        lambda: torch.multinomial(torch.tensor([1.0, float("nan")]), 1),
        RuntimeError,
        "probability tensor contains either `inf`, `nan` or element < 0",
    ),
    (
        lambda: torch.multinomial(torch.tensor([[1.0, 0, 0], [0, 0, 0]]), 1),
        RuntimeError,
        "invalid multinomial distribution (sum of probabilities <= 0)",
    ),
    (
        lambda: torch.multinomial(torch.tensor([1, 2]), 1),
        RuntimeError,
        "multinomial only supports floating-point dtypes for input, got: Long",
    ),
    (
        lambda: torch.multinomial(torch.tensor(1.0), 1),
        RuntimeError,
        "prob_dist must be 1 or 2 dim",
    ),
    (
        lambda: torch.multinomial(torch.ones(2, 2, 2), 1),
        RuntimeError,
        "prob_dist must be 1 or 2 dim",
    ),
    (
        lambda: torch.multinomial(torch.tensor([1.0, 2]), 1.5),
        TypeError,
        "multinomial(): argument 'num_samples' (position 2) must be int, not float",
    ),
    (
        lambda: torch.manual_seed(2**64),
        ValueError,
        "Overflow when unpacking long long",
    ),
    (
        lambda: torch.Generator().manual_seed(-(2**63) - 1),
        ValueError,
        "Overflow when unpacking long long",
    ),
    (
        lambda: torch.Generator().manual_seed("x"),
        RuntimeError,
        "manual_seed expected a long, but got str",
    ),
    (
        lambda: torch.Generator().set_state(torch.zeros(3, dtype=torch.uint8)),
        RuntimeError,
        "Expected a PhiloxGeneratorState of size 16 but found the input RNG state size to be 3",
    ),
    (
        lambda: torch.Generator().set_state(torch.zeros(16)),
        TypeError,
        "RNG state must be a ferrotensor.ByteTensor",
    ),
    (
        lambda: torch.set_rng_state([1, 2]),
        TypeError,
        "expected a ferrotensor.ByteTensor, but got list",
    ),
    (
        lambda: torch.rand(2, generator=3),
        TypeError,
        "rand(): argument 'generator' must be ferrotensor.Generator, not int",
    ),
]


@pytest.mark.parametrize(("fn", "exc", "msg"), ERRORS)
def test_random_errors(fn, exc, msg):
    check_raises(fn, exc, msg)


@pytest.mark.parametrize(
    ("fn", "head"),
    [
        (lambda: torch.randint(10), "randint() received an invalid combination of arguments"),
        (lambda: torch.randint(0, 10, 3), "randint() received an invalid combination"),
        (lambda: torch.randint(1.5, 10, (3,)), "randint() received an invalid combination"),
        (lambda: torch.normal(0.0, 1.0), "normal() received an invalid combination"),
        (lambda: torch.normal(torch.zeros(2), 1.0, (3,)), "normal() received an invalid"),
        (lambda: torch.empty(3).random_(1.5), "random_() received an invalid combination"),
        (lambda: torch.empty(3).bernoulli_("x"), "bernoulli_() received an invalid combination"),
    ],
)
def test_random_invalid_argument_combinations(fn, head):
    with pytest.raises(TypeError) as info:
        fn()
    assert str(info.value).startswith(head)


def test_random_errors_leave_the_generator_untouched():
    g = torch.Generator().manual_seed(1)
    state = to_numpy(g.get_state()).tolist()
    with pytest.raises(RuntimeError):
        torch.randint(5, 5, (3,), generator=g)
    with pytest.raises(RuntimeError):
        torch.empty(4).bernoulli_(2.0, generator=g)
    assert to_numpy(g.get_state()).tolist() == state
