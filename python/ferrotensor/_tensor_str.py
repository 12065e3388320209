"""Text rendering of tensors that matches PyTorch's ``repr``/``str`` character for character.

The rules follow ``torch/_tensor_str.py`` (PyTorch 2.x): one formatter per tensor picks a
number style (integer-valued, fixed or scientific) and a column width from the values that
will actually be printed, then rows are laid out with NumPy-like brackets and indentation.
Only dense tensors of real dtypes are handled; values arrive as a NumPy array.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Iterator
from typing import Any

import numpy as np

__all__ = ["get_printoptions", "printoptions", "set_printoptions", "tensor_repr"]

_MODULE = "ferrotensor"
_FLOAT_DTYPES = frozenset({"float16", "bfloat16", "float32", "float64"})
# Dtypes whose suffix is never printed for non-empty tensors (besides the default float).
_IMPLICIT_DTYPES = frozenset({"int64", "bool"})


@dataclasses.dataclass
class _PrintOptions:
    precision: int = 4
    threshold: float = 1000
    edgeitems: int = 3
    linewidth: int = 80
    sci_mode: bool | None = None


_OPTS = _PrintOptions()

_PROFILES: dict[str, dict[str, Any]] = {
    "default": {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80},
    "short": {"precision": 2, "threshold": 1000, "edgeitems": 2, "linewidth": 80},
    "full": {"precision": 4, "threshold": math.inf, "edgeitems": 3, "linewidth": 80},
}


def set_printoptions(
    precision: int | None = None,
    threshold: float | None = None,
    edgeitems: int | None = None,
    linewidth: int | None = None,
    profile: str | None = None,
    sci_mode: bool | None = None,
) -> None:
    """Set options for printing tensors.

    NOTE: as in PyTorch, ``sci_mode`` is always assigned, so any call without it resets
    scientific notation to automatic. An unknown ``profile`` is ignored, as in PyTorch.

    Args:
        precision (int, optional): digits after the decimal point for floating point
            output (default: 4)
        threshold (float, optional): number of elements above which the output is
            summarized with ``...`` (default: 1000)
        edgeitems (int, optional): items shown at the start and end of each summarized
            dimension (default: 3)
        linewidth (int, optional): characters per line used to wrap long rows
            (default: 80)
        profile (str, optional): ``"default"``, ``"short"`` or ``"full"``; the other
            arguments override it
        sci_mode (bool, optional): force (True) or forbid (False) scientific notation;
            None chooses automatically (default: None)

    Example::

        >>> import numpy as np
        >>> set_printoptions(precision=2)
        >>> print(tensor_repr(np.array([1.12345]), "float32"))
        tensor([1.12])
        >>> set_printoptions(profile="default")
        >>> print(tensor_repr(np.array([1.12345]), "float32"))
        tensor([1.1235])
    """
    if profile is not None and profile in _PROFILES:
        for name, value in _PROFILES[profile].items():
            setattr(_OPTS, name, value)
    if precision is not None:
        _OPTS.precision = precision
    if threshold is not None:
        _OPTS.threshold = threshold
    if edgeitems is not None:
        _OPTS.edgeitems = edgeitems
    if linewidth is not None:
        _OPTS.linewidth = linewidth
    _OPTS.sci_mode = sci_mode


def get_printoptions() -> dict[str, Any]:
    """Return the current print options.

    Returns:
        dict: the options, usable as ``**kwargs`` for :func:`set_printoptions`.
    """
    return dataclasses.asdict(_OPTS)


@contextlib.contextmanager
def printoptions(**kwargs: Any) -> Iterator[None]:
    """Temporarily change the print options inside a ``with`` block.

    Args:
        **kwargs: the same arguments as :func:`set_printoptions`.

    Example::

        >>> import numpy as np
        >>> with printoptions(precision=1):
        ...     print(tensor_repr(np.array([0.25]), "float32"))
        tensor([0.2])
    """
    saved = get_printoptions()
    set_printoptions(**kwargs)
    try:
        yield
    finally:
        set_printoptions(**saved)


class _Formatter:
    """Chooses number style and column width for one tensor and formats its elements."""

    def __init__(self, values: np.ndarray, floating: bool) -> None:
        self.floating = floating
        self.int_mode = True
        self.sci_mode = False
        self.width = 1
        flat = values.reshape(-1)
        if not floating:
            for value in _extremes(flat):
                self.width = max(self.width, len(str(value)))
            return
        finite = flat[np.isfinite(flat) & (flat != 0)]
        if finite.size == 0:
            return
        magnitudes = np.abs(finite)
        smallest, largest = float(magnitudes.min()), float(magnitudes.max())
        self.int_mode = bool(np.all(finite == np.ceil(finite)))
        if _OPTS.sci_mode is None:
            self.sci_mode = largest / smallest > 1000.0 or largest > 1.0e8 or smallest < 1.0e-4
        else:
            self.sci_mode = _OPTS.sci_mode
        # NOTE: zeros and non-finite values never widen the columns, as in PyTorch.
        extra = 1 if self.int_mode and not self.sci_mode else 0
        for value in _extremes(finite):
            self.width = max(self.width, len(self._plain(value)) + extra)

    def _plain(self, value: float) -> str:
        if self.sci_mode:
            return f"{value:.{_OPTS.precision}e}"
        if self.int_mode:
            return f"{value:.0f}"
        return f"{value:.{_OPTS.precision}f}"

    def format(self, value: float | int | bool) -> str:
        """Format one element, right-aligned to the column width."""
        if not self.floating:
            text = str(value)
        else:
            text = self._plain(value)
            if self.int_mode and not self.sci_mode and math.isfinite(value):
                text += "."
        return text.rjust(self.width)


def _extremes(flat: np.ndarray) -> list[Any]:
    """Values whose printed form is the widest among ``flat``.

    Printed length only grows with magnitude for a fixed sign (for scientific notation
    the exponent is widest at the largest and smallest magnitudes), so the extremes of
    each sign are enough; this keeps huge unsummarized tensors cheap to measure.
    """
    if flat.dtype == np.bool_:
        return sorted(set(flat.tolist()))
    picks: list[Any] = []
    for part in (flat[flat >= 0], flat[flat < 0]):
        if part.size:
            picks += [part.min().item(), part.max().item()]
    return picks


def _summarized(values: np.ndarray) -> np.ndarray:
    """The elements a summarized print shows, which alone decide the formatter."""
    edge = _OPTS.edgeitems
    if values.ndim == 0:
        return values
    size = values.shape[0]
    if values.ndim == 1:
        # NOTE: with edgeitems=0, values[-0:] is the whole tensor, as in PyTorch.
        return np.concatenate((values[:edge], values[-edge:])) if size > 2 * edge else values
    if not edge:
        return np.empty((0,) * values.ndim, dtype=values.dtype)
    rows = range(size) if size <= 2 * edge else [*range(edge), *range(size - edge, size)]
    return np.stack([_summarized(values[i]) for i in rows])


def _vector_str(values: np.ndarray, indent: int, summarize: bool, fmt: _Formatter) -> str:
    per_line = max(1, math.floor((_OPTS.linewidth - indent) / (fmt.width + 2)))
    edge = _OPTS.edgeitems
    if summarize and not edge:
        items = ["..."]
    elif summarize and values.shape[0] > 2 * edge:
        head = [fmt.format(v) for v in values[:edge].tolist()]
        tail = [fmt.format(v) for v in values[-edge:].tolist()]
        items = [*head, " ...", *tail]
    else:
        items = [fmt.format(v) for v in values.tolist()]
    lines = [", ".join(items[i : i + per_line]) for i in range(0, len(items), per_line)]
    return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"


def _nested_str(values: np.ndarray, indent: int, summarize: bool, fmt: _Formatter) -> str:
    if values.ndim == 0:
        return fmt.format(values.item())
    if values.ndim == 1:
        return _vector_str(values, indent, summarize, fmt)
    size, edge = values.shape[0], _OPTS.edgeitems
    if summarize and size > 2 * edge:
        rows = [*range(edge), None, *range(size - edge, size)]
    else:
        rows = list(range(size))
    parts = [
        "..." if i is None else _nested_str(values[i], indent + 1, summarize, fmt) for i in rows
    ]
    separator = "," + "\n" * (values.ndim - 1) + " " * (indent + 1)
    return "[" + separator.join(parts) + "]"


def _plain_suffix(text: str) -> tuple[str, int]:
    return text, len(text)


def _dtype_suffix(dtype: str) -> tuple[str, int]:
    # NOTE: wrapping is decided on PyTorch's spelling ("dtype=torch.int32"), so the output is
    # PyTorch's text with only the module name swapped, even where that line gets longer.
    return f"dtype={_MODULE}.{dtype}", len(f"dtype=torch.{dtype}")


def _add_suffixes(text: str, suffixes: list[tuple[str, int]], indent: int) -> str:
    # NOTE: PyTorch's running line length is off by two (the +1 below, and rfind giving -1
    # on one-line output); wrapping depends on that, so it is kept.
    line_len = len(text) - text.rfind("\n") + 1
    pieces = [text]
    for suffix, width in suffixes:
        if line_len + width + 2 > _OPTS.linewidth:
            pieces.append(",\n" + " " * indent + suffix)
            line_len = indent + width
        else:
            pieces.append(", " + suffix)
            line_len += width + 2
    pieces.append(")")
    return "".join(pieces)


def tensor_repr(
    values: np.ndarray,
    dtype: str,
    *,
    default_dtype: str = "float32",
    device: str = "cpu",
    requires_grad: bool = False,
    grad_fn: str | None = None,
    prefix: str = "tensor",
) -> str:
    """Render a tensor exactly as PyTorch's ``repr`` would, with ``ferrotensor.`` dtypes.

    Args:
        values (numpy.ndarray): the tensor's values, in its shape
        dtype (str): the ferrotensor dtype name, e.g. ``"float32"`` or ``"int64"``
        default_dtype (str, optional): the current default float dtype name
            (default: ``"float32"``)
        device (str, optional): the tensor's device; printed unless ``"cpu"``
            (default: ``"cpu"``)
        requires_grad (bool, optional): print ``requires_grad=True`` when no
            ``grad_fn`` is given (default: False)
        grad_fn (str, optional): name of the node that created the tensor, e.g.
            ``"AddBackward0"`` (default: None)
        prefix (str, optional): the name before the opening parenthesis
            (default: ``"tensor"``)

    Returns:
        str: the text PyTorch would print.

    Example::

        >>> import numpy as np
        >>> print(tensor_repr(np.array([[-2.0, -2.0], [0.0, 2.0]]), "float32"))
        tensor([[-2., -2.],
                [ 0.,  2.]])
        >>> print(tensor_repr(np.array([1, 2]), "int32"))
        tensor([1, 2], dtype=ferrotensor.int32)
    """
    floating = dtype in _FLOAT_DTYPES
    array = np.asarray(values)
    if floating and array.dtype.kind != "f":
        array = array.astype(np.float64)
    head = prefix + "("
    indent = len(head)
    suffixes: list[tuple[str, int]] = []
    if device != "cpu":
        suffixes.append(_plain_suffix(f"device='{device}'"))
    if array.size == 0:
        # An empty tensor has no values to hint at its dtype, so only the default float
        # dtype goes unnamed (int64 and bool are named too).
        if array.ndim != 1:
            suffixes.append(_plain_suffix(f"size={tuple(array.shape)}"))
        if dtype != default_dtype:
            suffixes.append(_dtype_suffix(dtype))
        body = "[]"
    else:
        if not _OPTS.edgeitems:
            suffixes.append(_plain_suffix(f"size={tuple(array.shape)}"))
        if dtype != default_dtype and dtype not in _IMPLICIT_DTYPES:
            suffixes.append(_dtype_suffix(dtype))
        summarize = array.size > _OPTS.threshold
        fmt = _Formatter(_summarized(array) if summarize else array, floating)
        body = _nested_str(array, indent, summarize, fmt)
    if grad_fn is not None:
        suffixes.append(_plain_suffix(f"grad_fn=<{grad_fn}>"))
    elif requires_grad:
        suffixes.append(_plain_suffix("requires_grad=True"))
    return _add_suffixes(head + body, suffixes, indent)
