"""The backward engine: an iterative topological walk from the roots (no recursion).

Dependencies are counted over the reachable graph, nodes run once all their
consumers have delivered gradients (Kahn's algorithm), gradients for the same
input are summed, tensor hooks run before a node consumes a gradient, and saved
tensors are freed afterwards unless ``retain_graph``.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, Optional

from . import grad_mode
from .graph import AccumulateGrad, Node, edge_of


def _collect(roots: list[Node]) -> dict[Node, int]:
    """Count, for every reachable node, how many edges point at it."""
    deps: dict[Node, int] = {}
    seen = set()
    stack = list(roots)
    for r in roots:
        seen.add(r)
    while stack:
        node = stack.pop()
        for nxt, _ in node.next_functions:
            if nxt is None:
                continue
            deps[nxt] = deps.get(nxt, 0) + 1
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return deps


def _add(a: Any, b: Any) -> Any:
    return b if a is None else a + b


def run_backward(
    outputs: Sequence[Any],
    grad_outputs: Sequence[Any],
    retain_graph: bool,
    create_graph: bool,
    inputs: Optional[Sequence[Any]] = None,
    allow_unused: bool = False,
    accumulate: bool = True,
) -> Optional[list[Any]]:
    """Propagate ``grad_outputs`` from ``outputs`` through the graph.

    With ``accumulate`` (``backward``), leaf gradients are added into ``.grad``
    (only for ``inputs`` when given). Without it (``autograd.grad``), the
    gradients of ``inputs`` are returned and nothing is written.
    """
    roots: list[tuple[Node, int, Any]] = []
    for i, (out, g) in enumerate(zip(outputs, grad_outputs)):
        node, nr = edge_of(out)
        if node is None:
            raise RuntimeError(
                f"element {i} of tensors does not require grad and does not have a grad_fn"
            )
        roots.append((node, nr, g))
    targets: dict[tuple[int, int], int] = {}
    if inputs is not None:
        for k, t in enumerate(inputs):
            node, nr = edge_of(t)
            if node is None:
                raise RuntimeError("One of the differentiated Tensors does not require grad")
            targets[(id(node), nr)] = k
    results: list[Any] = [None] * (len(inputs) if inputs is not None else 0)
    found = [False] * len(results)

    deps = _collect([r[0] for r in roots])
    buffers: dict[Node, dict[int, Any]] = {}
    for node, nr, g in roots:
        slot = buffers.setdefault(node, {})
        slot[nr] = _add(slot.get(nr), g)
    ready = [n for n, _, _ in roots if deps.get(n, 0) == 0]
    seen_ready = set()
    order: list[Node] = []
    with grad_mode.set_grad_enabled(create_graph):
        while ready:
            node = ready.pop()
            if node in seen_ready:
                continue
            seen_ready.add(node)
            order.append(node)
            slot = buffers.pop(node, {})
            if node._pre_hooks:
                for nr, hooks in node._pre_hooks.items():
                    if nr in slot:
                        for hook in list(hooks):
                            res = hook(slot[nr])
                            if res is not None:
                                slot[nr] = res
            for nr, g in slot.items():
                k = targets.get((id(node), nr))
                if k is not None:
                    results[k] = _add(results[k], g)
                    found[k] = True
            if isinstance(node, AccumulateGrad):
                if accumulate and (inputs is None or (id(node), 0) in targets):
                    _accumulate(node, slot.get(0), create_graph)
                continue
            n_out = max(slot) + 1 if slot else 0
            grads = tuple(slot.get(i) for i in range(n_out))
            grads = grads + (None,) * (len(getattr(node, "_outputs_meta", ())) - len(grads))
            in_grads = node.apply(grads)
            for (nxt, nr), g in zip(node.next_functions, in_grads):
                if nxt is None:
                    continue
                if g is not None:
                    s = buffers.setdefault(nxt, {})
                    s[nr] = _add(s.get(nr), g)
                deps[nxt] -= 1
                if deps[nxt] == 0:
                    ready.append(nxt)
    if not retain_graph:
        for node in order:
            if not isinstance(node, AccumulateGrad):
                node.release()
    if inputs is not None and not accumulate:
        for ok in found:
            if not ok and not allow_unused:
                raise RuntimeError(
                    "One of the differentiated Tensors appears to not have been used in the "
                    "graph. Set allow_unused=True if this is the desired behavior."
                )
        return results
    return None


def _accumulate(node: AccumulateGrad, g: Any, create_graph: bool) -> None:
    leaf = node.variable
    if g is None:
        return
    ag = leaf._ag
    for hook in list(ag.hooks.values()) if ag.hooks else ():
        res = hook(g)
        if res is not None:
            g = res
    if not create_graph:
        g = g.detach()
    if ag.grad is None:
        ag.grad = g if create_graph else g.clone()
    elif create_graph:
        ag.grad = ag.grad + g
    else:
        ag.grad._backend.copy_(ag.grad._raw, (ag.grad + g)._raw)


def _make_grads(outputs: Sequence[Any], grads: Sequence[Any]) -> list[Any]:
    from .._tensor import Tensor, _make

    out = []
    for t, g in zip(outputs, grads):
        if g is None:
            if t._raw.numel != 1:
                raise RuntimeError("grad can be implicitly created only for scalar outputs")
            raw = t._raw
            g = _make(t._backend.full(list(raw.shape), 1, raw.dtype), t._backend)
        elif not isinstance(g, Tensor):
            from .._creation import tensor

            g = tensor(g, dtype=t.dtype)
        elif tuple(g.shape) != tuple(t.shape):
            raise RuntimeError(
                f"Mismatch in shape: grad_output[0] has a shape of {g.shape} and output[0] "
                f"has a shape of {t.shape}."
            )
        out.append(g)
    return out


def _as_list(x: Any) -> list[Any]:
    from .._tensor import Tensor

    return [x] if isinstance(x, Tensor) else list(x)


def _outputs_and_grads(outputs: Any, grads: Any) -> tuple[list[Any], list[Any]]:
    """Normalise ``(outputs, grad_outputs)`` arguments into matching lists."""
    from .._tensor import Tensor

    outs = _as_list(outputs)
    if grads is None:
        gs = [None] * len(outs)
    elif isinstance(grads, Tensor):
        gs = [grads]
    else:
        gs = list(grads)
    return outs, _make_grads(outs, gs)


def backward(
    tensors: Any,
    grad_tensors: Any = None,
    retain_graph: Optional[bool] = None,
    create_graph: bool = False,
    inputs: Any = None,
) -> None:
    """Accumulate the gradients of ``tensors`` into the ``.grad`` of graph leaves.

    Args:
        tensors (Tensor or sequence of Tensor): the outputs to differentiate.
        grad_tensors (Tensor or sequence, optional): the gradient w.r.t. each output
            (None for scalar outputs).
        retain_graph (bool, optional): keep the graph for another backward (default:
            ``create_graph``).
        create_graph (bool): record the backward pass for higher-order derivatives.
        inputs (Tensor or sequence, optional): accumulate only into these tensors.
    """
    outs, grads = _outputs_and_grads(tensors, grad_tensors)
    ins = None if inputs is None else _as_list(inputs)
    retain = create_graph if retain_graph is None else retain_graph
    run_backward(outs, grads, retain, create_graph, ins, True, True)


def grad(
    outputs: Any,
    inputs: Any,
    grad_outputs: Any = None,
    retain_graph: Optional[bool] = None,
    create_graph: bool = False,
    allow_unused: bool = False,
) -> tuple[Any, ...]:
    """Return the gradients of ``outputs`` with respect to ``inputs`` (nothing is accumulated).

    Args:
        outputs (Tensor or sequence of Tensor): the outputs to differentiate.
        inputs (Tensor or sequence of Tensor): the tensors to differentiate with respect to.
        grad_outputs (Tensor or sequence, optional): the gradient w.r.t. each output.
        retain_graph (bool, optional): keep the graph (default: ``create_graph``).
        create_graph (bool): record the backward pass for higher-order derivatives.
        allow_unused (bool): return None for inputs the outputs do not depend on.
    """
    outs, gs = _outputs_and_grads(outputs, grad_outputs)
    retain = create_graph if retain_graph is None else retain_graph
    res = run_backward(outs, gs, retain, create_graph, _as_list(inputs), allow_unused, False)
    assert res is not None
    return tuple(res)


def _warn_non_leaf_grad() -> None:
    warnings.warn(
        "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
        "attribute won't be populated during autograd.backward(). If you indeed want the .grad "
        "field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf "
        "Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf "
        "Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more informations.",
        UserWarning,
        stacklevel=3,
    )
