"""Random sampling: ``Generator``, seeding and RNG state, and the sampling functions.

Numbers come from Philox4x32-10, a counter-based generator implemented in the Rust
core. A :class:`Generator` is just ``(seed, offset)``, where the offset counts the
128-bit Philox blocks drawn so far. Each value is a pure function of the seed, the
offset and the element's index, so the same seed gives the same numbers on every
run and for any number of threads (``ferrotensor.set_num_threads``).

NOTE: PyTorch's CPU generator is mt19937, so the numbers differ from PyTorch's; the
API, the argument checks and the distributions are the same. Samples for the GPU
device are drawn on the CPU and copied to the device.
"""

from __future__ import annotations

import builtins
import numbers
import os
from typing import Any, Callable, Optional

import numpy as np

from . import _core, _errors, dtypes
from ._creation import _size_arg, _typename
from ._tensor import Tensor, _make
from .backends import cpu_backend
from .device import device, to_device

__all__ = [
    "Generator",
    "bernoulli",
    "default_generator",
    "get_rng_state",
    "initial_seed",
    "manual_seed",
    "multinomial",
    "normal",
    "rand",
    "rand_like",
    "randint",
    "randint_like",
    "randn",
    "randn_like",
    "randperm",
    "seed",
    "set_rng_state",
]

_DEFAULT_SEED = 67280421310721  # PyTorch's default CPU seed
_MASK = (1 << 64) - 1
_STATE_SIZE = 16  # seed and offset, 8 little-endian bytes each
_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1


class Generator:
    """The state of a random number generator: a seed and an offset (Philox4x32-10).

    Pass one as ``generator=`` to any sampling function for a stream of its own;
    functions without one use :data:`default_generator`.

    Args:
        device (str or device, optional): the device whose tensors it samples for
            (default: ``"cpu"``). Samples are drawn on the CPU for every device.

    Example::

        >>> import ferrotensor as torch
        >>> g = torch.Generator().manual_seed(42)
        >>> a = torch.rand(3, generator=g)
        >>> b = torch.rand(3, generator=g.manual_seed(42))
        >>> a.tolist() == b.tolist()
        True
    """

    __slots__ = ("_device", "_offset", "_seed")

    def __init__(self, device: Any = "cpu") -> None:
        self._device = to_device(device)
        self._seed = _DEFAULT_SEED
        self._offset = 0

    @property
    def device(self) -> device:
        """The device this generator samples for."""
        return self._device

    def manual_seed(self, seed: Any) -> Generator:
        """Set the seed (and restart the stream); return self.

        Args:
            seed (int): any integer in ``[-2**63, 2**64)``; negative values wrap to
                unsigned 64 bits as in PyTorch.

        Raises:
            RuntimeError: if ``seed`` is not an integer.
            ValueError: if ``seed`` is outside ``[-2**63, 2**64)``.
        """
        if isinstance(seed, builtins.float) or not hasattr(seed, "__index__"):
            raise RuntimeError(f"manual_seed expected a long, but got {type(seed).__name__}")
        value = seed.__index__()
        if value < _INT64_MIN or value > _MASK:
            raise ValueError("Overflow when unpacking long long")
        self._seed = value & _MASK
        self._offset = 0
        return self

    def seed(self) -> int:
        """Seed from the operating system's entropy; return the new seed."""
        value = int.from_bytes(os.urandom(8), "little")
        self.manual_seed(value)
        return value

    def initial_seed(self) -> int:
        """Return the seed the stream started from."""
        return self._seed

    def get_state(self) -> Tensor:
        """Return the state as a ``uint8`` tensor (16 bytes: seed and offset)."""
        data = self._seed.to_bytes(8, "little") + self._offset.to_bytes(8, "little")
        arr = np.frombuffer(data, dtype=np.uint8).copy()
        return _make(cpu_backend().from_numpy(arr), cpu_backend())

    def set_state(self, new_state: Tensor) -> Generator:
        """Restore a state returned by :meth:`get_state`; return self.

        Raises:
            TypeError: if ``new_state`` is not a ``uint8`` tensor.
            RuntimeError: if it does not hold 16 bytes.
        """
        if not isinstance(new_state, Tensor):
            raise TypeError(
                f"expected a ferrotensor.ByteTensor, but got {type(new_state).__name__}"
            )
        if new_state.dtype is not dtypes.uint8:
            raise TypeError("RNG state must be a ferrotensor.ByteTensor")
        n = new_state.numel()
        if n != _STATE_SIZE:
            raise RuntimeError(
                f"Expected a PhiloxGeneratorState of size {_STATE_SIZE} but found the input RNG "
                f"state size to be {n}"
            )
        data = bytes(new_state.numpy(force=True).reshape(-1).tolist())
        self._seed = int.from_bytes(data[:8], "little")
        self._offset = int.from_bytes(data[8:], "little")
        return self

    def _fill(self, kernel: Callable[..., int], raw: Any, *args: Any) -> None:
        """Run a ``_core`` fill kernel on ``raw`` and move past the blocks it used."""
        used = kernel(raw, *args, self._seed, self._offset)
        self._offset = (self._offset + used) & _MASK


default_generator = Generator()
"""The generator every sampling function uses when none is passed."""


def manual_seed(seed: Any) -> Generator:
    """Seed the default generator; return it.

    Args:
        seed (int): the seed (Python floats are truncated, as PyTorch's ``int(seed)``).
    """
    return default_generator.manual_seed(builtins.int(seed))


def seed() -> int:
    """Seed the default generator non-deterministically; return the seed."""
    return default_generator.seed()


def initial_seed() -> int:
    """Return the default generator's seed."""
    return default_generator.initial_seed()


def get_rng_state() -> Tensor:
    """Return the default generator's state as a ``uint8`` tensor."""
    return default_generator.get_state()


def set_rng_state(new_state: Tensor) -> None:
    """Restore the default generator's state from :func:`get_rng_state`."""
    default_generator.set_state(new_state)


# ---- helpers ----


def _gen(fname: str, generator: Any) -> Generator:
    if generator is None:
        return default_generator
    if not isinstance(generator, Generator):
        raise TypeError(
            f"{fname}(): argument 'generator' must be ferrotensor.Generator, not "
            f"{_typename(generator)}"
        )
    return generator


def _check_shape(shape: list[int]) -> None:
    for d in shape:
        if d < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {d}: {shape}")


def _finish(raw: Any, dev: Any, requires_grad: bool) -> Tensor:
    """Wrap a CPU handle, move it to ``dev`` and set ``requires_grad``."""
    t = _make(raw, cpu_backend())
    dev = to_device(dev)
    if dev.type != "cpu":
        t = t.to(dev)
    if requires_grad:
        t.requires_grad_(True)
    return t


def _sample(
    shape: list[int],
    dt: dtypes.dtype,
    kernel: Callable[..., int],
    args: tuple[Any, ...],
    generator: Generator,
    dev: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """A fresh tensor of ``shape`` filled by a ``_core`` kernel."""
    _check_shape(shape)
    raw = cpu_backend().zeros(shape, dt.name)
    generator._fill(kernel, raw, *args)
    return _finish(raw, dev, requires_grad)


def _float_dtype(dtype: Any) -> dtypes.dtype:
    return dtypes._DEFAULT[0] if dtype is None else dtypes.to_dtype(dtype)


def _int64(fname: str, v: Any) -> int:
    value = v.__index__()
    if value < _INT64_MIN or value > _INT64_MAX:
        raise ValueError("Overflow when unpacking long long")
    return builtins.int(value)


def _is_int(v: Any) -> bool:
    return (
        hasattr(v, "__index__")
        and not isinstance(v, (builtins.bool, builtins.float))
        and not (isinstance(v, Tensor) and v.dtype.is_floating_point)
    )


def _got(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """The ``got (...)`` part of PyTorch's invalid-combination message."""
    parts = [_typename(a) for a in args] + [f"{k}={_typename(v)}" for k, v in kwargs.items()]
    return ", ".join(parts)


_FACTORY_KW = (
    "*, ferrotensor.Generator generator = None, ferrotensor.dtype dtype = None, "
    "ferrotensor.device device = None, bool requires_grad = False"
)


# ---- sampling functions ----


def rand(
    *size: Any,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
    **kwargs: Any,
) -> Tensor:
    """Return a tensor of draws from the uniform distribution on ``[0, 1)``.

    Args:
        *size (int...): the shape, as ``rand(2, 3)``, ``rand((2, 3))`` or ``size=(2, 3)``.
        generator (Generator, optional): the generator to draw from (default: the global one).
        dtype (dtype, optional): a float dtype (default: the default float dtype).
        device (str or device, optional): where the result lives (drawn on the CPU).
        requires_grad (bool): whether autograd records operations on the result.
        **kwargs: ``size=`` instead of positional sizes.

    Example::

        >>> import ferrotensor as torch
        >>> torch.rand(2, 3).shape
        ferrotensor.Size([2, 3])
    """
    shape = _size_arg("rand", size, **kwargs)
    g = _gen("rand", generator)
    return _sample(
        shape, _float_dtype(dtype), _core.random_uniform_, (0.0, 1.0), g, device, requires_grad
    )


def randn(
    *size: Any,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
    **kwargs: Any,
) -> Tensor:
    """Return a tensor of draws from the standard normal distribution.

    Args:
        *size (int...): the shape, as ``randn(2, 3)``, ``randn((2, 3))`` or ``size=(2, 3)``.
        generator (Generator, optional): the generator to draw from (default: the global one).
        dtype (dtype, optional): a float dtype (default: the default float dtype).
        device (str or device, optional): where the result lives (drawn on the CPU).
        requires_grad (bool): whether autograd records operations on the result.
        **kwargs: ``size=`` instead of positional sizes.
    """
    shape = _size_arg("randn", size, **kwargs)
    g = _gen("randn", generator)
    return _sample(
        shape, _float_dtype(dtype), _core.random_normal_, (0.0, 1.0), g, device, requires_grad
    )


def _randint_invalid(fname: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> TypeError:
    head = "" if fname == "randint" else "Tensor input, "
    return TypeError(
        f"{fname}() received an invalid combination of arguments - got ({_got(args, kwargs)}), "
        f"but expected one of:\n"
        f" * ({head}int high, tuple of ints size, {_FACTORY_KW})\n"
        f" * ({head}int low, int high, tuple of ints size, {_FACTORY_KW})\n"
    )


def _bind_bounds(
    fname: str, args: tuple[Any, ...], kwargs: dict[str, Any], with_size: bool
) -> tuple[int, int, Any]:
    """Bind ``(high, [size])`` or ``(low, high, [size])`` as PyTorch's overloads do."""
    names = ("low", "high", "size") if with_size else ("low", "high")
    n_pos = len(args)
    named = [k for k in kwargs if k in names]
    if n_pos > len(names) or len(named) != len(kwargs):
        raise _randint_invalid(fname, args, kwargs)
    # Positionals start at `low` when they and the keywords make the full form.
    full = "low" not in kwargs and n_pos + len(named) >= len(names)
    bound = dict(zip(names if full else names[1:], args))
    for k, v in kwargs.items():
        if k in bound:
            raise _randint_invalid(fname, args, kwargs)
        bound[k] = v
    low, high, size = bound.get("low", 0), bound.get("high"), bound.get("size")
    if high is None or (with_size and size is None):
        raise _randint_invalid(fname, args, kwargs)
    if not _is_int(low) or not _is_int(high):
        raise _randint_invalid(fname, args, kwargs)
    if with_size and not isinstance(size, (tuple, list)):
        if n_pos == 3:
            raise _randint_invalid(fname, args, kwargs)
        raise TypeError(
            f"{fname}(): argument 'size' (position {3 if full else 2}) must be tuple of ints, "
            f"not {_typename(size)}"
        )
    return _int64(fname, low), _int64(fname, high), size


def randint(
    *args: Any,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
    **kwargs: Any,
) -> Tensor:
    """Return a tensor of integers drawn uniformly from ``[low, high)``.

    Called as ``randint(high, size)`` or ``randint(low, high, size)``, each also by keyword.

    Args:
        *args: ``low`` (int, default 0), ``high`` (int, one above the highest value) and
            ``size`` (tuple of ints), positionally.
        **kwargs: the same by name.
        generator (Generator, optional): the generator to draw from (default: the global one).
        dtype (dtype, optional): any dtype whose range holds the values (default: int64).
        device (str or device, optional): where the result lives (drawn on the CPU).
        requires_grad (bool): whether autograd records operations on the result.

    Raises:
        RuntimeError: if ``low >= high`` or the bounds do not fit ``dtype``.

    Example::

        >>> import ferrotensor as torch
        >>> x = torch.randint(3, 10, (100,))
        >>> bool(x.min() >= 3) and bool(x.max() < 10), x.dtype
        (True, ferrotensor.int64)
    """
    low, high, size = _bind_bounds("randint", args, kwargs, with_size=True)
    shape = _size_arg("randint", (size,))
    g = _gen("randint", generator)
    dt = dtypes.int64 if dtype is None else dtypes.to_dtype(dtype)
    return _sample(shape, dt, _core.random_int_, (low, high), g, device, requires_grad)


def randperm(
    n: Any,
    *,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return a random permutation of ``0 .. n - 1``.

    Args:
        n (int): the number of elements.
        generator (Generator, optional): the generator to draw from (default: the global one).
        dtype (dtype, optional): the result's dtype (default: int64).
        device (str or device, optional): where the result lives (drawn on the CPU).
        requires_grad (bool): whether autograd records operations on the result.
    """
    if isinstance(n, (builtins.bool, builtins.float)) or not hasattr(n, "__index__"):
        raise TypeError(f"randperm(): argument 'n' (position 1) must be int, not {_typename(n)}")
    n = _int64("randperm", n)
    _check_shape([n])
    g = _gen("randperm", generator)
    dt = dtypes.int64 if dtype is None else dtypes.to_dtype(dtype)
    if dt is dtypes.bool:
        raise NotImplementedError(_errors.no_kernel("randperm", "Bool"))
    if dt.is_floating_point:
        limit = {"float16": 2049, "float32": (1 << 24) + 1, "float64": (1 << 53) + 1}[dt.name]
        if n > limit:
            raise RuntimeError(
                f"n cannot be greater than {limit} for {_errors.SCALAR_TYPE[dt.name]} type."
            )
    else:
        from ._tensor_math import _LIMITS

        top, cname = _LIMITS[dt.name][1], _LIMITS[dt.name][2]
        if n - 1 > top:
            raise RuntimeError(f"value cannot be converted to type {cname} without overflow")
    cpu = cpu_backend()
    keys = cpu.zeros([n], "int64")
    g._fill(_core.random_int_, keys, _INT64_MIN, None)
    # Sorting random keys gives a uniform permutation. The low bits hold the index, so
    # keys are distinct and any sort algorithm gives the same, reproducible order (ties
    # of the random high bits, at odds of n^2 / 2^(64 - bits), keep index order).
    bits = max(1, (n - 1).bit_length())
    k = cpu.to_numpy(keys).view(np.uint64)
    k = ((k >> np.uint64(bits)) << np.uint64(bits)) | np.arange(n, dtype=np.uint64)
    raw = cpu.from_numpy(np.argsort(k).astype(np.int64))
    if dt is not dtypes.int64:
        raw = cpu.to(raw, dt.name)
    return _finish(raw, device, requires_grad)


def bernoulli(input: Tensor, p: Any = None, *, generator: Optional[Generator] = None) -> Tensor:
    """Draw 0 or 1 per element: 1 with probability ``input[i]`` (or ``p`` when given).

    Args:
        input (Tensor): the probabilities (a float tensor in ``[0, 1]``), or, with ``p``,
            the tensor whose shape and dtype the result takes.
        p (float, optional): one probability for every element.
        generator (Generator, optional): the generator to draw from (default: the global one).

    Returns:
        A tensor of ``input``'s shape, dtype and device.
    """
    if not isinstance(input, Tensor):
        raise TypeError(
            f"bernoulli(): argument 'input' (position 1) must be Tensor, not {_typename(input)}"
        )
    g = _gen("bernoulli", generator)
    cpu = cpu_backend()
    raw = cpu.zeros(list(input.shape), input.dtype.name)
    if p is None:
        g._fill(_core.random_bernoulli_tensor_, raw, input.cpu()._raw)
    else:
        g._fill(_core.random_bernoulli_, raw, _real("bernoulli", "p", 2, p))
    return _finish(raw, input.device, False)


def _real(fname: str, arg: str, pos: int, v: Any) -> builtins.float:
    """A Python float from a real number or a one-element tensor, with PyTorch's TypeError."""
    if isinstance(v, Tensor) and v.numel() == 1:
        return builtins.float(v.item())
    if isinstance(v, numbers.Real):
        return builtins.float(v)
    raise TypeError(
        f"{fname}(): argument '{arg}' (position {pos}) must be float, not {_typename(v)}"
    )


_NO_STD = object()


def _normal_invalid(args: tuple[Any, ...], kwargs: dict[str, Any]) -> TypeError:
    return TypeError(
        f"normal() received an invalid combination of arguments - got ({_got(args, kwargs)}), "
        "but expected one of:\n"
        " * (Tensor mean, Tensor std, *, ferrotensor.Generator generator = None)\n"
        " * (Tensor mean, float std = 1, *, ferrotensor.Generator generator = None)\n"
        " * (float mean, Tensor std, *, ferrotensor.Generator generator = None)\n"
        f" * (float mean, float std, tuple of ints size, {_FACTORY_KW})\n"
    )


def normal(
    mean: Any,
    std: Any = _NO_STD,
    size: Any = None,
    *,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Draw from normal distributions with the given means and standard deviations.

    Overloads, as in PyTorch: ``normal(mean: Tensor, std: Tensor)``, ``normal(mean: Tensor,
    std: float = 1.0)``, ``normal(mean: float, std: Tensor)`` (tensors broadcast; the result
    takes the tensor mean's dtype, else the tensor std's) and ``normal(mean: float, std:
    float, size)`` (which also takes ``dtype``, ``device`` and ``requires_grad``).

    Args:
        mean (Tensor or float): the mean(s).
        std (Tensor or float): the standard deviation(s), all ``>= 0``.
        size (tuple of ints, optional): the shape, for float ``mean`` and ``std`` only.
        generator (Generator, optional): the generator to draw from (default: the global one).
        dtype (dtype, optional): the float dtype of the ``size`` form.
        device (str or device, optional): the device of the ``size`` form.
        requires_grad (bool): for the ``size`` form.

    Raises:
        RuntimeError: for a negative standard deviation.
    """
    shown = (mean,) + (() if std is _NO_STD else (std,)) + (() if size is None else (size,))
    mean_t, std_t = isinstance(mean, Tensor), isinstance(std, Tensor)
    g = _gen("normal", generator)
    if not mean_t and not std_t:
        if std is _NO_STD or size is None:
            raise _normal_invalid(shown, {})
        if not isinstance(size, (tuple, list)):
            raise _normal_invalid(shown, {})
        m, s = _real("normal", "mean", 1, mean), _real("normal", "std", 2, std)
        shape = _size_arg("normal", (size,))
        return _sample(
            shape, _float_dtype(dtype), _core.random_normal_, (m, s), g, device, requires_grad
        )
    if size is not None:
        raise _normal_invalid(shown, {})
    if std is _NO_STD:
        std = 1.0
    from ._tensor_math import _broadcast_shape
    from .autograd.grad_mode import no_grad

    if mean_t and not std_t:
        s = _real("normal", "std", 2, std)
        with no_grad():
            z = _sample(list(mean.shape), mean.dtype, _core.random_normal_, (0.0, s), g)
            return (z + mean.detach().cpu()).to(mean.device)
    if not mean_t:
        _real("normal", "mean", 1, mean)
    target = mean if mean_t else std
    shape = _broadcast_shape(list(mean.shape) if mean_t else [], list(std.shape))
    std_cpu = std.detach().cpu()
    if not bool(np.all(std_cpu.numpy() >= 0)):
        raise RuntimeError("normal expects all elements of std >= 0.0")
    with no_grad():
        z = _sample(shape, target.dtype, _core.random_normal_, (0.0, 1.0), g)
        m = mean.detach().cpu() if mean_t else mean
        out = (z * std_cpu + m).to(target.dtype)
        return out.to(target.device)


def multinomial(
    input: Tensor,
    num_samples: int,
    replacement: bool = False,
    *,
    generator: Optional[Generator] = None,
) -> Tensor:
    """Draw category indices with probabilities proportional to each row of ``input``.

    Without replacement, the samples of a row are distinct categories; zero-weight
    categories come last, once the others are used up.

    Args:
        input (Tensor): non-negative weights, 1-D (one distribution) or 2-D (one per row).
        num_samples (int): samples per distribution.
        replacement (bool): draw with replacement (default: False).
        generator (Generator, optional): the generator to draw from (default: the global one).

    Returns:
        An int64 tensor of shape ``(num_samples,)`` or ``(rows, num_samples)``.

    Raises:
        RuntimeError: for integer weights, other ranks, negative or non-finite weights, a
            row summing to 0, or more samples than categories without replacement.
    """
    if not isinstance(input, Tensor):
        raise TypeError(
            f"multinomial(): argument 'input' (position 1) must be Tensor, not {_typename(input)}"
        )
    if not _is_int(num_samples):
        raise TypeError(
            "multinomial(): argument 'num_samples' (position 2) must be int, not "
            f"{_typename(num_samples)}"
        )
    n = _int64("multinomial", num_samples)
    g = _gen("multinomial", generator)
    if not input.dtype.is_floating_point:
        raise RuntimeError(
            "multinomial only supports floating-point dtypes for input, got: "
            f"{_errors.SCALAR_TYPE[input.dtype.name]}"
        )
    if input.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    n_cat = input.shape[-1]
    if n <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    if not replacement and n > n_cat:
        raise RuntimeError(
            "cannot sample n_sample > prob_dist.size(-1) samples without replacement"
        )
    if n_cat > 1 << 24:
        raise RuntimeError("number of categories cannot exceed 2^24")
    probs = input.numpy(force=True).astype(np.float64).reshape(-1, n_cat)
    rows = probs.shape[0]
    if rows and not (np.isfinite(probs).all() and (probs >= 0).all()):
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    if rows and not (probs.sum(axis=1) > 0).all():
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
    cpu = cpu_backend()
    if rows == 0:
        idx = np.zeros((0, n), dtype=np.int64)
    elif replacement:
        # Inverse CDF: the first category whose cumulative weight exceeds u * total.
        u = cpu.zeros([rows, n], "float64")
        g._fill(_core.random_uniform_, u, 0.0, 1.0)
        # One search for all rows: row r's normalised CDF is shifted into [r, r + 1].
        cdf = np.cumsum(probs, axis=1)
        row = np.arange(rows, dtype=np.float64)[:, None]
        flat = (cdf / cdf[:, -1:] + row).reshape(-1)
        hits = np.searchsorted(flat, cpu.to_numpy(u) + row, side="right")
        idx = np.minimum(hits - np.arange(rows)[:, None] * n_cat, n_cat - 1)
    else:
        # Exponential races: the n smallest of E_i / w_i are a weighted sample without
        # replacement (zero weights race at infinity and come last, in index order).
        e = cpu.zeros([rows, n_cat], "float64")
        g._fill(_core.random_exponential_, e, 1.0)
        keys = np.full(probs.shape, np.inf)
        np.divide(cpu.to_numpy(e), probs, out=keys, where=probs > 0)
        idx = np.argsort(keys, axis=1, kind="stable")[:, :n]
    idx = np.ascontiguousarray(idx, dtype=np.int64)
    if input.ndim == 1:
        idx = idx.reshape(n)
    return _finish(cpu.from_numpy(idx), input.device, False)


# ---- *_like ----


def _like_args(fname: str, input: Any, dtype: Any, device: Any) -> tuple[dtypes.dtype, Any]:
    if not isinstance(input, Tensor):
        raise TypeError(
            f"{fname}(): argument 'input' (position 1) must be Tensor, not {_typename(input)}"
        )
    dt = input.dtype if dtype is None else dtypes.to_dtype(dtype)
    return dt, input.device if device is None else device


def rand_like(
    input: Tensor,
    *,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return :func:`rand` draws with ``input``'s shape (and dtype and device by default)."""
    dt, dev = _like_args("rand_like", input, dtype, device)
    g = _gen("rand_like", generator)
    return _sample(list(input.shape), dt, _core.random_uniform_, (0.0, 1.0), g, dev, requires_grad)


def randn_like(
    input: Tensor,
    *,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
) -> Tensor:
    """Return :func:`randn` draws with ``input``'s shape (and dtype and device by default)."""
    dt, dev = _like_args("randn_like", input, dtype, device)
    g = _gen("randn_like", generator)
    return _sample(list(input.shape), dt, _core.random_normal_, (0.0, 1.0), g, dev, requires_grad)


def randint_like(
    input: Tensor,
    *args: Any,
    generator: Optional[Generator] = None,
    dtype: Any = None,
    device: Any = None,
    requires_grad: bool = False,
    **kwargs: Any,
) -> Tensor:
    """Return :func:`randint` draws from ``[low, high)`` with ``input``'s shape.

    Called as ``randint_like(input, high)`` or ``randint_like(input, low, high)``; the dtype
    and device default to ``input``'s.
    """
    dt, dev = _like_args("randint_like", input, dtype, device)
    low, high, _ = _bind_bounds("randint_like", args, kwargs, with_size=False)
    g = _gen("randint_like", generator)
    return _sample(list(input.shape), dt, _core.random_int_, (low, high), g, dev, requires_grad)
