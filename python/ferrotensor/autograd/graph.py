"""Graph nodes: ``Node`` (a recorded backward function) and ``AccumulateGrad`` (a leaf's sink).

Ownership runs one way only: a tensor owns its ``grad_fn``, a node owns the nodes in
``next_functions`` and the tensors it saved, and an ``AccumulateGrad`` owns its leaf.
A leaf refers to its ``AccumulateGrad`` weakly, and hooks that write ``.grad`` into a
non-leaf hold it weakly, so the graph makes no reference cycles.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, Callable, Optional

if TYPE_CHECKING:
    from .._tensor import Tensor

Edge = tuple[Optional["Node"], int]

SECOND_BACKWARD = (
    "Trying to backward through the graph a second time (or directly access saved tensors "
    "after they have already been freed). Saved intermediate values of the graph are freed "
    "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
    "backward through the graph a second time or if you need to access saved tensors after "
    "calling backward."
)


class Node:
    """A backward function in the graph; ``grad_fn`` of the tensors an op produced.

    The node's state starts from the class-level defaults below, so creating one
    runs no ``__init__``: one is made for every recorded op. ``BackwardNode`` keeps
    what it sets in its ``__dict__`` (user Functions store arbitrary attributes on
    their ``ctx``); ``AccumulateGrad`` has slots for what it writes.
    """

    __slots__ = ("__weakref__",)

    next_functions: tuple[Edge, ...] = ()
    _saved: tuple[Any, ...] = ()
    _saved_versions: tuple[Optional[int], ...] = ()
    _released = False
    # output_nr -> hooks run on that output's gradient before this node consumes it.
    _pre_hooks: Optional[dict[int, list[Callable[[Any], Any]]]] = None
    # How many outputs the node's op had (the engine keeps one gradient slot per output).
    _n_out = 1

    def name(self) -> str:
        """Return the node's name, e.g. ``AddBackward0``."""
        return type(self).__name__

    def __repr__(self) -> str:
        return f"<{self.name()} object at {hex(id(self))}>"

    def apply(self, grads: tuple[Any, ...]) -> tuple[Any, ...]:
        """Return the gradients for ``next_functions`` given the output gradients."""
        raise NotImplementedError

    def release(self) -> None:
        """Free saved tensors (the graph is freed after backward unless retained)."""
        self._saved = ()
        self._released = True

    def add_pre_hook(self, output_nr: int, hook: Callable[[Any], Any]) -> Callable[[], None]:
        """Run ``hook`` on output ``output_nr``'s gradient; return a remover."""
        if self._pre_hooks is None:
            self._pre_hooks = {}
        hooks = self._pre_hooks.setdefault(output_nr, [])
        hooks.append(hook)

        def remove() -> None:
            if hook in hooks:
                hooks.remove(hook)

        return remove


class AccumulateGrad(Node):
    """The sink of a leaf tensor: adds incoming gradients into ``leaf.grad``."""

    __slots__ = ("_pre_hooks", "variable")

    def __init__(self, variable: Tensor) -> None:
        self.variable = variable
        self._pre_hooks = None

    def apply(self, grads: tuple[Any, ...]) -> tuple[Any, ...]:  # pragma: no cover
        """Not called: the engine adds into the leaf's ``.grad`` itself."""
        raise RuntimeError("AccumulateGrad is handled by the engine")


def grad_accumulator(leaf: Tensor) -> AccumulateGrad:
    """The leaf's ``AccumulateGrad`` (created on first use, cached weakly on the leaf)."""
    ag = leaf._ag
    assert ag is not None
    ref = ag.accumulator
    node = ref() if ref is not None else None
    if node is None:
        node = AccumulateGrad(leaf)
        ag.accumulator = weakref.ref(node)
    return node


def edge_of(t: Any) -> Edge:
    """The graph edge a tensor contributes as an input (``(None, 0)`` if no grad)."""
    ag = getattr(t, "_ag", None)
    if ag is None or not ag.requires_grad:
        return (None, 0)
    if ag.grad_fn is not None:
        return (ag.grad_fn, ag.output_nr)
    return (grad_accumulator(t), 0)
