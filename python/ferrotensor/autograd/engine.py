"""The backward engine: an iterative topological walk from the roots (no recursion).

Dependencies are counted over the reachable graph, nodes run once all their
consumers have delivered gradients (Kahn's algorithm), gradients for the same
input are summed, tensor hooks run before a node consumes a gradient, and saved
tensors are freed as soon as their node has run unless ``retain_graph``.

The loop body runs once per recorded op, so per-node work is kept small: one state
list per node (its pending count, then one gradient slot per output) found with one
dict lookup per edge, no set of visited nodes (a node becomes ready exactly once,
when its count reaches zero), and gradients summed with one backend call when no
graph is being recorded.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, Optional

from . import grad_mode
from .graph import AccumulateGrad, Node, edge_of

# ``Tensor`` and ``_make``, looked up on first use (``_tensor`` imports this package).
_Tensor: Any = None
_make: Any = None


def _load_types() -> Any:
    """Import ``Tensor`` and ``_make`` once; return ``Tensor``."""
    global _Tensor, _make
    from .._tensor import Tensor
    from .._tensor import _make as make

    _Tensor, _make = Tensor, make
    return Tensor


def _collect(roots: list[Node]) -> dict[Node, list[Any]]:
    """Make the state of every node reachable from ``roots``.

    A node's state is a list: the number of edges pointing at it, then one gradient
    slot per output of its op (filled as its consumers run).
    """
    state: dict[Node, list[Any]] = {}
    stack = list(roots)
    while stack:
        for nxt, _ in stack.pop().next_functions:
            if nxt is None:
                continue
            st = state.get(nxt)
            if st is None:
                st = state[nxt] = [None] * (nxt._n_out + 1)
                st[0] = 1
                # A root reached from another root is already on the stack.
                if nxt not in roots:
                    stack.append(nxt)
            else:
                st[0] += 1
    return state


def _sum(a: Any, b: Any, create_graph: bool) -> Any:
    """``a + b`` for two gradients of the same tensor (one backend call when possible)."""
    if not create_graph:
        tensor_cls = _Tensor if _Tensor is not None else _load_types()
        if type(a) is tensor_cls and type(b) is tensor_cls and a._backend is b._backend:
            backend = a._backend
            return _make(backend.binary(a._raw, "add", b._raw, False), backend)
    return a + b


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
    seeds: list[tuple[Node, int, Any]] = []
    roots: list[Node] = []
    for i, (out, g) in enumerate(zip(outputs, grad_outputs)):
        node, nr = edge_of(out)
        if node is None:
            raise RuntimeError(
                f"element {i} of tensors does not require grad and does not have a grad_fn"
            )
        seeds.append((node, nr, g))
        if node not in roots:
            roots.append(node)
    # (id(node), output_nr) of each of ``inputs`` -> its position.
    targets: Optional[dict[tuple[int, int], int]] = None
    results: list[Any] = []
    if inputs is not None:
        targets = {}
        for k, t in enumerate(inputs):
            node, nr = edge_of(t)
            if node is None:
                raise RuntimeError("One of the differentiated Tensors does not require grad")
            targets[(id(node), nr)] = k
        results = [None] * len(inputs)

    state = _collect(roots)
    ready: list[Node] = []
    for node in roots:
        if node not in state:
            state[node] = [0] + [None] * node._n_out
            ready.append(node)
    for node, nr, g in seeds:
        st = state[node]
        old = st[nr + 1]
        st[nr + 1] = g if old is None else _sum(old, g, create_graph)

    enabled = grad_mode._ENABLED
    prev = enabled[0]
    enabled[0] = create_graph
    try:
        while ready:
            node = ready.pop()
            grads = state.pop(node)[1:]
            if node._pre_hooks:
                _run_pre_hooks(node._pre_hooks, grads)
            if targets is not None:
                _collect_results(node, grads, targets, results, create_graph)
            if type(node) is AccumulateGrad:
                if accumulate and (targets is None or (id(node), 0) in targets):
                    _accumulate(node, grads[0], create_graph)
                continue
            in_grads = node.apply(grads)
            if not retain_graph:
                node.release()
            for (nxt, nr), g in zip(node.next_functions, in_grads):
                if nxt is None:
                    continue
                st = state[nxt]
                if g is not None:
                    old = st[nr + 1]
                    st[nr + 1] = g if old is None else _sum(old, g, create_graph)
                n = st[0] - 1
                st[0] = n
                if not n:
                    ready.append(nxt)
    finally:
        enabled[0] = prev
    if targets is None or accumulate:
        return None
    if not allow_unused and any(r is None for r in results):
        raise RuntimeError(
            "One of the differentiated Tensors appears to not have been used in the "
            "graph. Set allow_unused=True if this is the desired behavior."
        )
    return results


def _collect_results(
    node: Node,
    grads: list[Any],
    targets: dict[tuple[int, int], int],
    results: list[Any],
    create_graph: bool,
) -> None:
    """Add the gradients of ``node``'s outputs that are among ``inputs`` into ``results``."""
    for nr, g in enumerate(grads):
        if g is None:
            continue
        k = targets.get((id(node), nr))
        if k is not None:
            old = results[k]
            results[k] = g if old is None else _sum(old, g, create_graph)


def _run_pre_hooks(pre_hooks: dict[int, list[Any]], grads: list[Any]) -> None:
    """Run the tensor hooks registered on a node's outputs, replacing gradients they return."""
    for nr, hooks in pre_hooks.items():
        g = grads[nr]
        if g is None:
            continue
        for hook in list(hooks):
            res = hook(g)
            if res is not None:
                g = res
        grads[nr] = g


def _accumulate(node: AccumulateGrad, g: Any, create_graph: bool) -> None:
    """Add ``g`` into the leaf's ``.grad`` (in place when it already exists, as PyTorch does)."""
    if g is None:
        return
    ag = node.variable._ag
    if ag.hooks:
        for hook in list(ag.hooks.values()):
            res = hook(g)
            if res is not None:
                g = res
    want = node.variable._raw.dtype
    if g._raw.dtype != want:  # a leaf's gradient has its dtype, as PyTorch's engine casts
        g = g._cast(want)
    old = ag.grad
    if create_graph:
        ag.grad = g if old is None else old + g
        return
    backend = g._backend
    if old is None:
        ag.grad = _make(backend.clone(g._raw), backend)
    elif old._backend is backend:
        backend.copy_(old._raw, backend.binary(old._raw, "add", g._raw, False))
    else:
        old._backend.copy_(old._raw, (old + g.detach())._raw)


def _make_grads(outputs: Sequence[Any], grads: Sequence[Any]) -> list[Any]:
    """The seed gradient of each output: ones for scalars, else the given tensor."""
    tensor_cls = _Tensor if _Tensor is not None else _load_types()
    out = []
    for t, g in zip(outputs, grads):
        if g is None:
            raw = t._raw
            if raw.numel != 1:
                raise RuntimeError("grad can be implicitly created only for scalar outputs")
            backend = t._backend
            g = _make(backend.full(raw.shape, 1, raw.dtype), backend)
        elif not isinstance(g, tensor_cls):
            from .._creation import tensor

            g = tensor(g, dtype=t.dtype)
        elif g._raw.shape != t._raw.shape:
            raise RuntimeError(
                f"Mismatch in shape: grad_output[0] has a shape of {g.shape} and output[0] "
                f"has a shape of {t.shape}."
            )
        out.append(g)
    return out


def _as_list(x: Any) -> list[Any]:
    tensor_cls = _Tensor if _Tensor is not None else _load_types()
    return [x] if isinstance(x, tensor_cls) else list(x)


def _outputs_and_grads(outputs: Any, grads: Any) -> tuple[list[Any], list[Any]]:
    """Normalise ``(outputs, grad_outputs)`` arguments into matching lists."""
    tensor_cls = _Tensor if _Tensor is not None else _load_types()
    outs = _as_list(outputs)
    if grads is None:
        gs = [None] * len(outs)
    elif isinstance(grads, tensor_cls):
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
    tensor_cls = _Tensor if _Tensor is not None else _load_types()
    if grad_tensors is None and isinstance(tensors, tensor_cls):
        # The common ``loss.backward()``: skip the argument normalisation.
        outs = [tensors]
        grads = _make_grads(outs, (None,))
    else:
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
