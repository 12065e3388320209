"""The one differential helper: run an op on ferrotensor and on numpy, compare.

``check_op`` draws seeded inputs, feeds the same arrays to ferrotensor and to a
numpy reference, and asserts shape, dtype and values. Gradient checks join it
with the autograd layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable, Optional

import numpy as np

import ferrotensor as torch

NP_DTYPE = {
    "float64": np.float64,
    "float32": np.float32,
    "float16": np.float16,
    "int64": np.int64,
    "int32": np.int32,
    "int16": np.int16,
    "int8": np.int8,
    "uint8": np.uint8,
    "bool": np.bool_,
}


def make_inputs(
    shapes: Sequence[Sequence[int]], dtype: str, low: float, high: float, seed: int = 0
) -> list[np.ndarray]:
    """Seeded random arrays of each shape and dtype."""
    rng = np.random.default_rng(seed)
    out = []
    for s in shapes:
        if dtype == "bool":
            a = rng.random(s) > 0.5
        elif dtype.startswith(("int", "uint")):
            lo = 0 if dtype == "uint8" else int(low)
            a = rng.integers(lo, max(int(high), lo + 1), size=s, endpoint=True)
        else:
            a = rng.uniform(low, high, size=s)
        out.append(np.asarray(a, dtype=NP_DTYPE[dtype]))
    return out


def check_op(
    shapes: Sequence[Sequence[int]],
    ft_fn: Callable[..., Any],
    ref_fn: Optional[Callable[..., Any]] = None,
    *,
    dtype: str = "float32",
    low: float = -2,
    high: float = 2,
    vals: Optional[Sequence[Any]] = None,
    atol: float = 1e-6,
    rtol: float = 1e-3,
    expect_dtype: Optional[str] = None,
    prepare: Optional[Callable[[Any], Any]] = None,
) -> Any:
    """Compare ``ft_fn`` on ferrotensor tensors with ``ref_fn`` on numpy arrays.

    ``prepare`` turns each input tensor into the operand (e.g. ``lambda t: t.t()``
    for a non-contiguous input); the numpy reference gets the same transform.
    """
    arrays = (
        [np.asarray(v) for v in vals] if vals is not None else make_inputs(shapes, dtype, low, high)
    )
    tensors = [torch.tensor(a) for a in arrays]
    if prepare is not None:
        tensors = [prepare(t) for t in tensors]
        arrays = [prepare(a) for a in arrays]
    out = ft_fn(*tensors)
    ref = (ref_fn or ft_fn)(*arrays)
    ref = np.asarray(ref)
    where = f"inputs {[list(a.shape) for a in arrays]} dtype {dtype}"
    assert tuple(out.shape) == ref.shape, f"shape: {tuple(out.shape)} vs {ref.shape} ({where})"
    if expect_dtype is not None:
        assert dtype_name(out.dtype) == expect_dtype, f"dtype {out.dtype} ({where})"
    got = out.numpy()
    if got.dtype.kind == "f" or ref.dtype.kind == "f":
        np.testing.assert_allclose(
            got.astype(np.float64), ref.astype(np.float64), atol=atol, rtol=rtol, err_msg=where
        )
    else:
        np.testing.assert_array_equal(got, ref, err_msg=where)
    return out


def check_raises(fn: Callable[[], Any], exc: type[BaseException], msg: str) -> None:
    """Assert ``fn()`` raises ``exc`` with exactly ``msg``."""
    try:
        fn()
    except exc as e:
        got = str(e)
        if isinstance(e, KeyError):
            got = e.args[0]
        assert got == msg, f"message:\n  got  {got!r}\n  want {msg!r}"
        return
    raise AssertionError(f"{exc.__name__} not raised")


def dtype_name(dt: Any) -> str:
    """``"float32"`` for ``ferrotensor.float32`` (and for ``torch.float32``)."""
    return str(dt).rsplit(".", 1)[-1]


def to_numpy(t: Any) -> np.ndarray:
    """The values of a CPU tensor as a numpy array (a copy, so later writes don't show)."""
    return np.array(t.detach().numpy(), copy=True)


def assert_tensor(
    t: Any,
    expected: Any,
    dtype: Optional[str] = None,
    *,
    atol: float = 0.0,
    rtol: float = 0.0,
) -> None:
    """Assert ``t`` has ``expected``'s shape, the dtype named ``dtype`` and its values.

    ``expected`` is anything ``np.asarray`` takes. NaNs compare equal to NaNs; floats
    compare with ``atol``/``rtol`` (exactly by default), everything else exactly.
    """
    ref = np.asarray(expected)
    assert tuple(t.shape) == ref.shape, f"shape {tuple(t.shape)} != {ref.shape}"
    if dtype is not None:
        assert dtype_name(t.dtype) == dtype, f"dtype {dtype_name(t.dtype)} != {dtype}"
    got = to_numpy(t)
    if got.dtype.kind == "f" or ref.dtype.kind == "f":
        np.testing.assert_allclose(
            got.astype(np.float64), ref.astype(np.float64), atol=atol, rtol=rtol, equal_nan=True
        )
    else:
        np.testing.assert_array_equal(got, ref)
