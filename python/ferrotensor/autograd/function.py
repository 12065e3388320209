"""``Function``: an op with a forward and a backward, recorded as a node when needed.

The library's own ops are Functions too (``autograd/functions/``); their backward
formulas use differentiable Tensor ops, so ``create_graph=True`` records them and
higher derivatives work.

``Function.apply`` runs once per recorded op, so it is written for speed: one pass
over the arguments finds both the flags and the graph edges, contexts start from
class-level defaults (no ``__init__``), and nothing is done for saved tensors when
none were saved.
"""

from __future__ import annotations

from typing import Any, Optional

from .grad_mode import _ENABLED
from .graph import SECOND_BACKWARD, Edge, Node, grad_accumulator

_FLOAT_NAMES = frozenset(("float64", "float32", "float16"))
_NO_EDGE: Edge = (None, 0)

# ``Tensor`` and ``_AutogradMeta``: this module loads before ``_tensor`` defines them,
# so they are looked up on first use (see ``_load_types``).
_Tensor: Any = None
_Meta: Any = None


def _load_types() -> Any:
    """Import ``Tensor`` and ``_AutogradMeta`` once; return ``Tensor``."""
    global _Tensor, _Meta
    from .._tensor import Tensor, _AutogradMeta

    _Tensor, _Meta = Tensor, _AutogradMeta
    return Tensor


def _modified_message(t: Any, expected: int) -> str:
    """PyTorch's error for a saved tensor that was written in place before backward."""
    from .._errors import SCALAR_TYPE

    kind = f"ferrotensor.{SCALAR_TYPE[t._raw.dtype]}Tensor"
    shape = ", ".join(str(d) for d in t._raw.shape)
    ag = t._ag
    origin = ""
    if ag is not None and ag.grad_fn is not None:
        origin = f", which is output {ag.output_nr} of {ag.grad_fn.name()},"
    return (
        "one of the variables needed for gradient computation has been modified by an "
        f"inplace operation: [{kind} [{shape}]]{origin} is at version {t._raw.version}; "
        f"expected version {expected} instead. Hint: the operation that failed to compute "
        "its gradient used a tensor that was changed in place after it was saved."
    )


class FunctionCtx:
    """What ``forward`` can tell ``backward``: saved tensors and flags.

    The defaults live on the class so that creating a context costs nothing until
    ``forward`` sets something; user Functions may still set any attribute on it.
    """

    needs_input_grad: tuple[bool, ...]
    _to_save: tuple[Any, ...] = ()
    _non_diff: frozenset[int] = frozenset()
    _materialize = True

    def save_for_backward(self, *tensors: Any) -> None:
        """Keep ``tensors`` (or None) for ``backward``; read them as ``ctx.saved_tensors``."""
        self._to_save = tensors

    def mark_non_differentiable(self, *tensors: Any) -> None:
        """Declare outputs that have no gradient (they will not require grad)."""
        self._non_diff = frozenset(id(t) for t in tensors)

    def set_materialize_grads(self, value: bool) -> None:
        """Whether None output gradients reach ``backward`` as zeros (default True)."""
        self._materialize = value


class BackwardNode(Node, FunctionCtx):
    """The node (and ``ctx``) of one call of a Function."""

    _fn: type[Function]
    # (shape, dtype, backend) of each output, to materialise missing gradients as zeros.
    _outputs_meta: tuple[Any, ...] = ()
    # Positions of the tensor arguments, or None when they are the leading arguments
    # (then ``backward``'s result lines up with ``next_functions`` as it is).
    _tensor_idx: Optional[tuple[int, ...]] = None

    @property
    def saved_tensors(self) -> tuple[Any, ...]:
        """The tensors given to ``save_for_backward``."""
        if self._released:
            raise RuntimeError(SECOND_BACKWARD)
        saved = self._saved
        if not saved:
            return self._to_save
        for t, v in zip(saved, self._saved_versions):
            if v is not None and t._raw.version != v:
                raise RuntimeError(_modified_message(t, v))
        return saved

    def apply(self, grads: Any) -> Any:
        """Run the Function's backward on the output gradients (one per output)."""
        if self._released:
            raise RuntimeError(SECOND_BACKWARD)
        if self._materialize:
            for g in grads:
                if g is None:
                    grads = self._zeros_for_missing(grads)
                    break
        out = self._fn.backward(self, *grads)
        if not isinstance(out, tuple):
            out = (out,)
        n_args = len(self.needs_input_grad)
        if len(out) != n_args:
            raise RuntimeError(
                f"function {self.name()} returned an incorrect number of gradients "
                f"(expected {n_args}, got {len(out)})"
            )
        # next_functions has one edge per tensor argument, as in PyTorch.
        idx = self._tensor_idx
        return out if idx is None else tuple([out[i] for i in idx])

    def _zeros_for_missing(self, grads: Any) -> tuple[Any, ...]:
        """Replace None output gradients by zeros of the output's shape."""
        from .._tensor import _make

        return tuple(
            _make(meta[2].zeros(list(meta[0]), meta[1]), meta[2]) if g is None else g
            for g, meta in zip(grads, self._outputs_meta)
        )


class Function:
    """Base class of differentiable operations.

    Subclasses define ``forward(ctx, *args)`` and ``backward(ctx, *grad_outputs)`` as
    static methods and are called through :meth:`apply`.

    Example::

        >>> import ferrotensor as torch
        >>> class Square(torch.autograd.Function):
        ...     @staticmethod
        ...     def forward(ctx, x):
        ...         ctx.save_for_backward(x)
        ...         return x * x
        ...     @staticmethod
        ...     def backward(ctx, g):
        ...         (x,) = ctx.saved_tensors
        ...         return 2 * x * g
        >>> x = torch.tensor(3.0, requires_grad=True)
        >>> Square.apply(x).backward()
        >>> x.grad
        tensor(6.)
    """

    _node_cls: Optional[type[BackwardNode]] = None
    node_name: Optional[str] = None

    @staticmethod
    def forward(ctx: Any, *args: Any) -> Any:
        """Compute the outputs (runs with grad recording off)."""
        raise NotImplementedError

    @staticmethod
    def backward(ctx: Any, *grad_outputs: Any) -> Any:
        """Return one gradient per ``forward`` input (None for non-tensors)."""
        raise NotImplementedError

    @classmethod
    def _node_class(cls) -> type[BackwardNode]:
        """The node class of this Function (``<Name>Backward``), made on first use."""
        nc = cls.__dict__.get("_node_cls")
        if nc is None:
            name = cls.node_name or f"{cls.__name__}Backward"
            nc = type(name, (BackwardNode,), {"_fn": cls})
            cls._node_cls = nc
        return nc

    @classmethod
    def apply(cls, *args: Any) -> Any:
        """Run ``forward`` and, when an input requires grad, record a graph node."""
        tensor_cls = _Tensor if _Tensor is not None else _load_types()
        node_cls = cls._node_cls
        # A subclass inherits its parent's node class until it makes its own.
        if node_cls is None or node_cls._fn is not cls:
            node_cls = cls._node_class()
        ctx = node_cls()
        grad_on = _ENABLED[0]
        if not grad_on:
            ctx.needs_input_grad = tuple(
                [isinstance(a, tensor_cls) and _requires_grad(a) for a in args]
            )
            return cls.forward(ctx, *args)
        # One pass over the arguments: the flags, and the edges in case a node is recorded.
        needs: list[bool] = []
        edges: list[Edge] = []
        record = False
        n_tensors = last_tensor = 0
        for i, a in enumerate(args):
            if not isinstance(a, tensor_cls):
                needs.append(False)
                continue
            n_tensors += 1
            last_tensor = i
            ag = a._ag
            if ag is None or not ag.requires_grad:
                needs.append(False)
                edges.append(_NO_EDGE)
                continue
            needs.append(True)
            record = True
            fn = ag.grad_fn
            if fn is not None:
                edges.append((fn, ag.output_nr))
            else:
                ref = ag.accumulator
                acc = ref() if ref is not None else None
                edges.append((acc if acc is not None else grad_accumulator(a), 0))
        ctx.needs_input_grad = tuple(needs)
        _ENABLED[0] = False
        try:
            out = cls.forward(ctx, *args)
        finally:
            _ENABLED[0] = True
        if record:
            ctx.next_functions = tuple(edges)
            # next_functions has one edge per tensor argument and backward returns one
            # gradient per argument: they line up unless a non-tensor comes first.
            if last_tensor != n_tensors - 1:
                ctx._tensor_idx = tuple(
                    [i for i, a in enumerate(args) if isinstance(a, tensor_cls)]
                )
            _record(ctx, out, tensor_cls)
        return out


def _requires_grad(t: Any) -> bool:
    ag = t._ag
    return ag is not None and ag.requires_grad


def _record(ctx: BackwardNode, out: Any, tensor_cls: Any) -> None:
    """Finish linking ``ctx`` into the graph: saved tensors and the outputs' history."""
    saved = ctx._to_save
    if saved:
        ctx._saved = saved
        ctx._saved_versions = tuple(
            [t._raw.version if isinstance(t, tensor_cls) else None for t in saved]
        )
        ctx._to_save = ()
    meta_cls = _Meta
    non_diff = ctx._non_diff
    if not isinstance(out, tuple):
        # The common case: one output tensor.
        if isinstance(out, tensor_cls):
            raw = out._raw
            dtype = raw.dtype
            ctx._outputs_meta = ((raw.shape, dtype, out._backend),)
            if dtype in _FLOAT_NAMES and id(out) not in non_diff:
                out._ag = meta_cls(True, ctx, 0)
        else:
            ctx._outputs_meta = (((), None, None),)
        return
    metas = []
    for i, o in enumerate(out):
        if isinstance(o, tensor_cls):
            raw = o._raw
            metas.append((raw.shape, raw.dtype, o._backend))
            if id(o) not in non_diff and raw.dtype in _FLOAT_NAMES:
                o._ag = meta_cls(True, ctx, i)
        else:
            metas.append(((), None, None))
    ctx._outputs_meta = tuple(metas)
    ctx._n_out = len(metas)
