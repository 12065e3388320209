"""``einsum`` and ``tensordot``: contractions lowered to permutes, reshapes and ``matmul``.

Operands are contracted left to right. Before each pairwise product, labels that
no later operand or the output needs are summed out; the pair is then arranged as
``(batch, free, contracted)`` and ``(batch, contracted, free)`` matrices for one
batched GEMM. Repeated labels within an operand take a diagonal first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ._tensor import Tensor

__all__ = ["einsum", "tensordot"]

_ELLIPSIS = "."


def _parse_term(term: str, ndim: int, k: int, n_ell: int) -> list[Any]:
    """Labels of one operand: letters, and ``("...", i)`` for its broadcast dims."""
    if term.count("...") > 1 or (_ELLIPSIS in term.replace("...", "")):
        raise RuntimeError(f"einsum(): found '.' for operand {k} that is not part of any ellipsis")
    labels: list[Any] = []
    if "..." in term:
        left, right = term.split("...")
        n = ndim - len(left) - len(right)
        if n < 0:
            raise RuntimeError(
                f"einsum(): the number of subscripts in the equation ({len(left) + len(right)}) "
                f"is more than the number of dimensions ({ndim}) for operand {k}"
            )
        labels = list(left) + [("...", n_ell - n + i) for i in range(n)] + list(right)
    else:
        labels = list(term)
        if len(labels) != ndim:
            raise RuntimeError(
                f"einsum(): the number of subscripts in the equation ({len(labels)}) does not "
                f"match the number of dimensions ({ndim}) for operand {k} and no ellipsis was given"
            )
    for c in labels:
        if isinstance(c, str) and not c.isalpha():
            raise RuntimeError(
                f"einsum(): invalid subscript given at index {term.index(c)} in the equation "
                "string, subscripts must be in [a-zA-Z]"
            )
    return labels


def _take_diagonals(x: Tensor, labels: list[Any]) -> tuple[Tensor, list[Any]]:
    while True:
        seen: dict[Any, int] = {}
        for i, lab in enumerate(labels):
            if lab in seen:
                j = seen[lab]
                x = x.diagonal(0, j, i)
                labels = [lb for t, lb in enumerate(labels) if t not in (i, j)] + [lab]
                break
            seen[lab] = i
        else:
            return x, labels


def _sum_out(x: Tensor, labels: list[Any], keep: set[Any]) -> tuple[Tensor, list[Any]]:
    drop = [i for i, lab in enumerate(labels) if lab not in keep]
    if not drop:
        return x, labels
    return x.sum(tuple(drop)), [lab for lab in labels if lab in keep]


def _contract(
    a: Tensor, la: list[Any], b: Tensor, lb: list[Any], needed: set[Any], size: dict[Any, int]
) -> tuple[Tensor, list[Any]]:
    batch = [lab for lab in la if lab in lb and lab in needed]
    inner = [lab for lab in la if lab in lb and lab not in needed]
    a_free = [lab for lab in la if lab not in lb]
    b_free = [lab for lab in lb if lab not in la]
    pa = a.permute(*[la.index(lab) for lab in batch + a_free + inner])
    pb = b.permute(*[lb.index(lab) for lab in batch + inner + b_free])

    def n(labs: list[Any]) -> int:
        return math.prod(size[lab] for lab in labs)

    if not a_free and not b_free:  # a batched dot product: multiply, then sum
        out = pa * pb
        if inner:
            out = out.sum(tuple(range(len(batch), len(batch) + len(inner))))
        return out, batch
    if not inner:  # an outer product over the batch: broadcasting does it
        pa = pa.reshape(*pa.shape, *([1] * len(b_free)))
        pb = pb.reshape(*pb.shape[: len(batch)], *([1] * len(a_free)), *pb.shape[len(batch) :])
        return pa * pb, batch + a_free + b_free
    full_a = [size[lab] for lab in batch + a_free + inner]
    full_b = [size[lab] for lab in batch + inner + b_free]
    pa = pa.expand(*full_a).reshape(n(batch), n(a_free), n(inner))
    pb = pb.expand(*full_b).reshape(n(batch), n(inner), n(b_free))
    out = pa.matmul(pb).reshape(*[size[lab] for lab in batch + a_free + b_free])
    return out, batch + a_free + b_free


def einsum(equation: str, *operands: Any) -> Tensor:
    """Sum of products over the labelled dimensions given by ``equation`` (Einstein notation).

    Example::

        >>> a, b = ferrotensor.ones(2, 3), ferrotensor.ones(3, 4)
        >>> ferrotensor.einsum("ij,jk->ik", a, b).shape
        ferrotensor.Size([2, 4])
    """
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    eq = equation.replace(" ", "")
    lhs, arrow, rhs = eq.partition("->")
    terms = lhs.split(",")
    if len(terms) > len(operands):
        raise RuntimeError("einsum(): fewer operands were provided than specified in the equation")
    if len(terms) < len(operands):
        raise RuntimeError("einsum(): more operands were provided than specified in the equation")
    n_ell = max(
        (
            t.dim() - len(term.replace("...", ""))
            for t, term in zip(operands, terms)
            if "..." in term
        ),
        default=0,
    )
    labels = [
        _parse_term(term, t.dim(), k, n_ell) for k, (t, term) in enumerate(zip(operands, terms))
    ]
    ell = [("...", i) for i in range(n_ell)]
    if arrow:
        if "..." in rhs:
            left, right = rhs.split("...")
            out_labels: list[Any] = list(left) + ell + list(right)
        else:
            out_labels = list(rhs)
        for lab in out_labels:
            if isinstance(lab, str) and not any(lab in ls for ls in labels):
                raise RuntimeError(
                    f"einsum(): output subscript {lab} does not appear in the equation for any "
                    "input operand"
                )
            if out_labels.count(lab) > 1:
                raise RuntimeError(
                    f"einsum(): output subscript {lab} appears more than once in the output"
                )
    else:
        counts: dict[str, int] = {}
        for ls in labels:
            for lab in ls:
                if isinstance(lab, str):
                    counts[lab] = counts.get(lab, 0) + 1
        out_labels = ell + sorted(
            (c for c, k in counts.items() if k == 1), key=lambda c: (c.islower(), c)
        )
    size: dict[Any, int] = {}
    for k, (t, ls) in enumerate(zip(operands, labels)):
        for lab, n in zip(ls, t.shape):
            seen = size.get(lab)
            if seen is None or seen == 1:
                size[lab] = n
            elif n not in (1, seen):
                name = "..." if isinstance(lab, tuple) else lab
                raise RuntimeError(
                    f"einsum(): subscript {name} has size {n} for operand {k} which does not "
                    f"broadcast with previously seen size {seen}"
                )
    ops = []
    for t, ls in zip(operands, labels):
        t, ls = _take_diagonals(t, ls)
        ops.append((t, ls))
    x, lx = ops[0]
    for i in range(1, len(ops)):
        later = set(out_labels).union(*(set(ls) for _, ls in ops[i + 1 :]))
        y, ly = ops[i]
        x, lx = _sum_out(x, lx, later | set(ly))
        y, ly = _sum_out(y, ly, later | set(lx))
        x, lx = _contract(x, lx, y, ly, later, size)
    x, lx = _sum_out(x, lx, set(out_labels))
    x = x.expand(*[size[lab] for lab in lx]) if lx else x
    if lx != out_labels:
        x = x.permute(*[lx.index(lab) for lab in out_labels])
    return x


def tensordot(a: Tensor, b: Tensor, dims: Any = 2) -> Tensor:
    """Contract the last ``dims`` dimensions of ``a`` with the first of ``b``.

    ``dims`` may also be a pair of lists: the dimensions of ``a`` and ``b`` to contract.
    """
    if isinstance(dims, int):
        if dims < 0:
            raise RuntimeError(f"tensordot expects dims >= 0, but got dims={dims}")
        da: Sequence[int] = list(range(a.dim() - dims, a.dim()))
        db: Sequence[int] = list(range(dims))
    else:
        da, db = ([d] if isinstance(d, int) else list(d) for d in dims)
    if len(da) != len(db):
        raise RuntimeError("both dimension lists should have same length")
    da = [d % a.dim() for d in da]
    db = [d % b.dim() for d in db]
    for x, y in zip(da, db):
        if a.shape[x] != b.shape[y]:
            raise RuntimeError(
                f"contracted dimensions need to match, but first has size {a.shape[x]} in dim "
                f"{x - a.dim()} and second has size {b.shape[y]} in dim {y}"
            )
    fa = [d for d in range(a.dim()) if d not in da]
    fb = [d for d in range(b.dim()) if d not in db]
    k = math.prod(a.shape[d] for d in da)
    pa = a.permute(*fa, *da).reshape(-1, k) if a.dim() else a.reshape(1, 1)
    pb = b.permute(*db, *fb).reshape(k, -1) if b.dim() else b.reshape(1, 1)
    return pa.matmul(pb).reshape(*[a.shape[d] for d in fa], *[b.shape[d] for d in fb])
