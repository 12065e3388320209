"""Helpers shared by backward formulas."""

from __future__ import annotations

from typing import Any


def sum_to(g: Any, shape: tuple[int, ...]) -> Any:
    """Sum a broadcast gradient back to ``shape`` (the reverse of broadcasting)."""
    gshape = g._raw.shape
    if gshape == tuple(shape):
        return g
    lead = g.dim() - len(shape)
    if lead > 0:
        g = g.sum(tuple(range(lead)))
    gshape = g._raw.shape
    dims = tuple(i for i, n in enumerate(shape) if n == 1 and gshape[i] != 1)
    if dims:
        g = g.sum(dims, keepdim=True)
    return g.reshape(shape) if g._raw.shape != tuple(shape) else g
