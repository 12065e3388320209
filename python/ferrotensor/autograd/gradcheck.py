"""``gradcheck``/``gradgradcheck``: analytical gradients against central finite differences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable

import numpy as np

from .engine import grad as autograd_grad


class GradcheckError(RuntimeError):
    """Raised when analytical and numerical gradients disagree."""


def _as_tuple(x: Any) -> tuple[Any, ...]:
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _scalarize(fn: Callable[..., Any], cotangents: list[Any]) -> Callable[..., Any]:
    """``sum_i <fn(x)_i, v_i>`` for fixed random cotangents ``v``."""

    def f(*args: Any) -> Any:
        outs = _as_tuple(fn(*args))
        total = None
        for o, v in zip(outs, cotangents):
            term = (o * v).sum()
            total = term if total is None else total + term
        return total

    return f


def gradcheck(
    func: Callable[..., Any],
    inputs: Any,
    *,
    eps: float = 1e-6,
    atol: float = 1e-5,
    rtol: float = 1e-3,
    raise_exception: bool = True,
    seed: int = 0,
) -> bool:
    """Check the gradients of ``func`` at ``inputs`` by central finite differences.

    Use float64 inputs. The outputs are contracted with fixed random cotangents, and
    the gradient of that scalar is compared element by element with
    ``(f(x + eps) - f(x - eps)) / (2 eps)``.

    Args:
        func (callable): maps the inputs to a tensor or a tuple of tensors.
        inputs (Tensor or tuple): the inputs; those with ``requires_grad`` are checked.
        eps (float): finite-difference step.
        atol (float): absolute tolerance.
        rtol (float): relative tolerance.
        raise_exception (bool): raise :class:`GradcheckError` on a mismatch (else return False).
        seed (int): seed of the cotangents.

    Returns:
        bool: True when every gradient matches.
    """
    from .._creation import tensor

    ins = _as_tuple(inputs)
    rng = np.random.default_rng(seed)
    outs = _as_tuple(func(*ins))
    cot = [tensor(rng.standard_normal(tuple(o.shape)), dtype=o.dtype) for o in outs]
    f = _scalarize(func, cot)
    diff = [t for t in ins if getattr(t, "requires_grad", False)]
    analytical = autograd_grad(f(*ins), diff, allow_unused=True)
    for k, t in enumerate(diff):
        arr = t.detach().numpy()
        got = analytical[k]
        got_np = np.zeros(arr.shape) if got is None else got.detach().numpy().astype(np.float64)
        num = np.zeros(arr.shape)
        flat = arr.reshape(-1)
        for i in range(flat.size):
            # The input is perturbed through its numpy view (shared memory), so the
            # function is evaluated exactly as the caller would run it.
            orig = flat[i]
            flat[i] = orig + eps
            hi = f(*ins).item()
            flat[i] = orig - eps
            lo = f(*ins).item()
            flat[i] = orig
            num.reshape(-1)[i] = (hi - lo) / (2 * eps)
        if not np.allclose(got_np, num, atol=atol, rtol=rtol):
            if raise_exception:
                raise GradcheckError(
                    f"Jacobian mismatch for input {k}:\nnumerical: {num}\nanalytical: {got_np}"
                )
            return False
    return True


def gradgradcheck(
    func: Callable[..., Any],
    inputs: Sequence[Any],
    *,
    eps: float = 1e-6,
    atol: float = 1e-5,
    rtol: float = 1e-3,
    seed: int = 0,
) -> bool:
    """Check second derivatives: gradcheck of the (create_graph) gradient of ``func``."""
    from .._creation import tensor

    ins = _as_tuple(inputs)
    rng = np.random.default_rng(seed + 1)
    outs = _as_tuple(func(*ins))
    cot = [tensor(rng.standard_normal(tuple(o.shape)), dtype=o.dtype) for o in outs]
    f = _scalarize(func, cot)
    diff_idx = [i for i, t in enumerate(ins) if getattr(t, "requires_grad", False)]

    def first_grads(*args: Any) -> Any:
        d = [args[i] for i in diff_idx]
        gs = autograd_grad(f(*args), d, create_graph=True, allow_unused=True)
        return tuple(g for g in gs if g is not None)

    return gradcheck(first_grads, ins, eps=eps, atol=atol, rtol=rtol, seed=seed + 2)
