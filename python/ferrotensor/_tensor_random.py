"""Random methods of ``Tensor``: in-place ``uniform_ normal_ bernoulli_ random_ exponential_``.

Each draws from a :class:`ferrotensor.Generator` (the default one unless
``generator=`` is given) through the Philox kernels of the Rust core. A contiguous CPU
tensor is filled in place; any other tensor (strided, on the GPU, or part of an
autograd graph) gets a fresh CPU sample copied in with ``copy_``.
"""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import _core

if TYPE_CHECKING:
    from ._tensor import Tensor
    from .random import Generator


def _random_module() -> Any:
    from . import random

    return random


def _fill_(
    self: Any, fname: str, kernel: Callable[..., int], args: tuple[Any, ...], generator: Any
) -> Any:
    """Fill ``self`` in place from ``kernel`` and return it."""
    from ._tensor import _make
    from ._tensor_math import _check_inplace_allowed, _check_no_internal_overlap
    from .autograd.grad_mode import _ENABLED as _GRAD
    from .backends import cpu_backend

    g = _random_module()._gen(fname, generator)
    _check_inplace_allowed(self)
    _check_no_internal_overlap(self)
    raw = self._raw
    in_graph = _GRAD[0] and self.requires_grad
    if self._backend.name == "cpu" and raw.is_contiguous() and not in_graph:
        g._fill(kernel, raw, *args)
        return self
    cpu = cpu_backend()
    sample = cpu.zeros(list(raw.shape), raw.dtype)
    g._fill(kernel, sample, *args)
    self.copy_(_make(sample, cpu))
    return self


def _positional(fname: str, names: tuple[str, ...], args: tuple[Any, ...]) -> None:
    if len(args) > len(names):
        raise TypeError(
            f"{fname}() takes from 0 to {len(names)} positional arguments but {len(args)} "
            "were given"
        )


def _bind(
    fname: str, defaults: dict[str, Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> list[float]:
    """Bind float arguments (``from`` is a keyword in Python, hence ``**kwargs``)."""
    names = tuple(defaults)
    _positional(fname, names, args)
    values = dict(defaults)
    for k, v in kwargs.items():
        if k not in values:
            raise TypeError(f"{fname}() got an unexpected keyword argument '{k}'")
        values[k] = v
    values.update(zip(names, args))
    real = _random_module()._real
    return [real(fname, k, i + 1, values[k]) for i, k in enumerate(names)]


_RANDOM_INVALID = (
    "random_() received an invalid combination of arguments - got ({}), but expected one of:\n"
    " * (*, ferrotensor.Generator generator = None)\n"
    " * (int from, int to, *, ferrotensor.Generator generator = None)\n"
    " * (int to, *, ferrotensor.Generator generator = None)\n"
)


def _random_bounds(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[int, Optional[int]]:
    """``random_()``, ``random_(to)``, ``random_(from, to)`` (``to`` may be None)."""
    rnd = _random_module()
    if len(args) > 2 or set(kwargs) - {"from", "to"}:
        raise TypeError(_RANDOM_INVALID.format(rnd._got(args, kwargs)))
    if len(args) == 1 and "to" not in kwargs and "from" not in kwargs:
        bound: dict[str, Any] = {"from": 0, "to": args[0]}
    else:
        bound = {"from": 0, "to": None, **dict(zip(("from", "to"), args))}
        bound.update(kwargs)
    frm, to = bound["from"], bound["to"]
    if not rnd._is_int(frm) or not (to is None or rnd._is_int(to)):
        raise TypeError(_RANDOM_INVALID.format(rnd._got(args, kwargs)))
    return rnd._int64("random_", frm), None if to is None else rnd._int64("random_", to)


def _warn_float_precision(dtype: Any, frm: int, to: Optional[int]) -> None:
    """PyTorch's warning for integer bounds a float dtype cannot hold exactly."""
    digits = {"float16": 11, "float32": 24, "float64": 53}.get(dtype.name)
    if digits is None or (to is not None and frm >= to):
        return
    limit = 1 << digits
    if to is None and frm >= limit:
        return  # the kernel raises its own error
    cname = {"float16": "c10::Half", "float32": "float", "float64": "double"}[dtype.name]
    fmax = {"float16": 65504.0, "float32": 3.4028234663852886e38, "float64": math.inf}
    checks = [("from", frm)] + ([] if to is None else [("to - 1", to - 1)])
    if any(abs(v) > fmax[dtype.name] for _, v in checks):
        return  # the kernel raises "out of bounds" instead
    for what, v in checks:
        if v < -limit or v > limit:
            warnings.warn(
                f"{what} is out of bounds [-(2^{digits}), 2^{digits}]. Due to precision "
                f"limitations {cname} can support discrete uniform distribution only within "
                "this range.",
                UserWarning,
                stacklevel=3,
            )


class RandomMixin:
    """In-place random fills and random sampling methods of ``Tensor``."""

    __slots__ = ()

    def uniform_(self, *args: Any, generator: Optional[Generator] = None, **kwargs: Any) -> Tensor:
        """Fill with draws from the uniform distribution on ``[from, to)``.

        Args:
            *args: ``from`` (float, default 0) and ``to`` (float, default 1), positionally.
            generator (Generator, optional): the generator to draw from.
            **kwargs: ``from`` and ``to`` by name.

        Raises:
            RuntimeError: if ``from > to`` or a bound does not fit the dtype.
            NotImplementedError: for integer and bool tensors.
        """
        low, high = _bind("uniform_", {"from": 0.0, "to": 1.0}, args, kwargs)
        return _fill_(self, "uniform_", _core.random_uniform_, (low, high), generator)  # type: ignore[no-any-return]

    def normal_(
        self, mean: Any = 0.0, std: Any = 1.0, *, generator: Optional[Generator] = None
    ) -> Tensor:
        """Fill with draws from the normal distribution N(``mean``, ``std``²).

        Raises:
            RuntimeError: if ``std < 0``.
            NotImplementedError: for integer and bool tensors.
        """
        m, s = _bind("normal_", {"mean": 0.0, "std": 1.0}, (mean, std), {})
        return _fill_(self, "normal_", _core.random_normal_, (m, s), generator)  # type: ignore[no-any-return]

    def exponential_(self, lambd: Any = 1.0, *, generator: Optional[Generator] = None) -> Tensor:
        """Fill with draws of density ``lambd * exp(-lambd * x)``.

        Raises:
            RuntimeError: if ``lambd <= 0`` or the tensor is not floating point.
        """
        (lam,) = _bind("exponential_", {"lambd": 1.0}, (lambd,), {})
        return _fill_(self, "exponential_", _core.random_exponential_, (lam,), generator)  # type: ignore[no-any-return]

    def bernoulli_(self, p: Any = 0.5, *, generator: Optional[Generator] = None) -> Tensor:
        """Set each element to 1 with probability ``p`` (a float or a broadcastable tensor).

        Raises:
            RuntimeError: if a probability is outside ``[0, 1]``.
        """
        if hasattr(p, "_raw"):
            probs = p.detach().cpu().expand(*self.shape)  # type: ignore[attr-defined]
            args: tuple[Any, ...] = (probs._raw,)
            kernel = _core.random_bernoulli_tensor_
        else:
            rnd = _random_module()
            if not isinstance(p, (int, float)) and not hasattr(p, "__float__"):
                raise TypeError(
                    "bernoulli_() received an invalid combination of arguments - got "
                    f"({rnd._got((p,), {})}), but expected one of:\n"
                    " * (Tensor p, *, ferrotensor.Generator generator = None)\n"
                    " * (float p = 0.5, *, ferrotensor.Generator generator = None)\n"
                )
            args, kernel = (rnd._real("bernoulli_", "p", 1, p),), _core.random_bernoulli_
        return _fill_(self, "bernoulli_", kernel, args, generator)  # type: ignore[no-any-return]

    def random_(self, *args: Any, generator: Optional[Generator] = None, **kwargs: Any) -> Tensor:
        """Fill with integers uniform in ``[from, to)``.

        ``random_()`` covers ``[0, top]`` and ``random_(from, None)`` covers ``[from, top]``,
        where ``top`` is the dtype's largest value (``2**mantissa_bits`` for floats);
        ``random_(to)`` means ``random_(0, to)``.

        Raises:
            RuntimeError: if ``from >= to`` or a bound does not fit the dtype.
        """
        frm, to = _random_bounds(args, kwargs)
        _warn_float_precision(self.dtype, frm, to)  # type: ignore[attr-defined]
        return _fill_(self, "random_", _core.random_int_, (frm, to), generator)  # type: ignore[no-any-return]

    def bernoulli(self, p: Any = None, *, generator: Optional[Generator] = None) -> Tensor:
        """Return :func:`ferrotensor.bernoulli` of self."""
        return _random_module().bernoulli(self, p, generator=generator)  # type: ignore[no-any-return]

    def multinomial(
        self, num_samples: int, replacement: bool = False, *, generator: Optional[Generator] = None
    ) -> Tensor:
        """Return :func:`ferrotensor.multinomial` of self."""
        return _random_module().multinomial(  # type: ignore[no-any-return]
            self, num_samples, replacement, generator=generator
        )
