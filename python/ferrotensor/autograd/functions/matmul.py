"""``matmul`` with torch.matmul's shape rules, and its backward (batch dims summed back)."""

from __future__ import annotations

from typing import Any

from ..function import Function
from ._util import sum_to


class MatMul(Function):
    """``a @ b``; the node is named as PyTorch names it (``MmBackward0`` for 2-D operands)."""

    node_name = "MmBackward0"

    @staticmethod
    def forward(ctx: Any, a: Any, b: Any) -> Any:
        ctx.save_for_backward(a, b)
        return a._view_of(a._backend.matmul(a._raw, b._raw))

    @staticmethod
    def backward(ctx: Any, g: Any) -> Any:
        a, b = ctx.saved_tensors
        if a.dim() == 1 and b.dim() == 1:
            return (
                g * b if ctx.needs_input_grad[0] else None,
                g * a if ctx.needs_input_grad[1] else None,
            )
        a2 = a.unsqueeze(0) if a.dim() == 1 else a
        b2 = b.unsqueeze(-1) if b.dim() == 1 else b
        g2 = g
        if a.dim() == 1:
            g2 = g2.unsqueeze(-2)
        if b.dim() == 1:
            g2 = g2.unsqueeze(-1)
        ga = gb = None
        if ctx.needs_input_grad[0]:
            ga = sum_to(g2 @ b2.transpose(-1, -2), tuple(a2.shape)).reshape(tuple(a.shape))
        if ctx.needs_input_grad[1]:
            gb = sum_to(a2.transpose(-1, -2) @ g2, tuple(b2.shape)).reshape(tuple(b.shape))
        return ga, gb


class Mv(MatMul):
    """matrix @ vector."""

    node_name = "MvBackward0"


class Dot(MatMul):
    """vector @ vector."""

    node_name = "DotBackward0"


class Bmm(MatMul):
    """Batched matmul."""

    node_name = "BmmBackward0"


def matmul_function(a: Any, b: Any) -> type[Function]:
    """The Function whose node name PyTorch would give ``a @ b``."""
    if a.dim() == 1 and b.dim() == 1:
        return Dot
    if a.dim() == 2 and b.dim() == 1:
        return Mv
    if a.dim() <= 2 and b.dim() <= 2:
        return MatMul
    return Bmm
