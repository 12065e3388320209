"""``Function``: an op with a forward and a backward, recorded as a node when needed.

The library's own ops are Functions too (``autograd/functions/``); their backward
formulas use differentiable Tensor ops, so ``create_graph=True`` records them and
higher derivatives work.
"""

from __future__ import annotations

from typing import Any, Optional

from . import grad_mode
from .graph import SECOND_BACKWARD, Node, edge_of

_FLOAT_NAMES = frozenset(("float64", "float32", "float16"))
_TYPES: list[Any] = []


def _tensor_types() -> tuple[Any, Any]:
    """``(Tensor, _AutogradMeta)``, imported once (this module loads before them)."""
    if not _TYPES:
        from .._tensor import Tensor, _AutogradMeta

        _TYPES.extend((Tensor, _AutogradMeta))
    return _TYPES[0], _TYPES[1]


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
    """What ``forward`` can tell ``backward``: saved tensors and flags."""

    needs_input_grad: tuple[bool, ...]

    def save_for_backward(self, *tensors: Any) -> None:
        """Keep ``tensors`` (or None) for ``backward``; read them as ``ctx.saved_tensors``."""
        self._to_save = tensors  # type: ignore[attr-defined]

    def mark_non_differentiable(self, *tensors: Any) -> None:
        """Declare outputs that have no gradient (they will not require grad)."""
        self._non_diff = {id(t) for t in tensors}  # type: ignore[attr-defined]

    def set_materialize_grads(self, value: bool) -> None:
        """Whether None output gradients reach ``backward`` as zeros (default True)."""
        self._materialize = value  # type: ignore[attr-defined]


class BackwardNode(Node, FunctionCtx):
    """The node (and ``ctx``) of one call of a Function."""

    _fn: type[Function]

    def __init__(self) -> None:
        Node.__init__(self)
        self._to_save: tuple[Any, ...] = ()
        self._non_diff: set[int] = set()
        self._materialize = True
        self._outputs_meta: tuple[Any, ...] = ()
        self._tensor_idx: tuple[int, ...] = ()

    @property
    def saved_tensors(self) -> tuple[Any, ...]:
        """The tensors given to ``save_for_backward``."""
        if self._released:
            raise RuntimeError(SECOND_BACKWARD)
        if not self._saved:
            return self._to_save
        for t, v in zip(self._saved, self._saved_versions):
            if v is not None and t._raw.version != v:
                raise RuntimeError(_modified_message(t, v))
        return self._saved

    def apply(self, grads: tuple[Any, ...]) -> tuple[Any, ...]:
        """Run the Function's backward on the output gradients."""
        if self._released:
            raise RuntimeError(SECOND_BACKWARD)
        if self._materialize and None in grads:
            from .._tensor import _make

            grads = tuple(
                _make(meta[2].zeros(list(meta[0]), meta[1]), meta[2]) if g is None else g
                for g, meta in zip(grads, self._outputs_meta)
            )
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
        return tuple(out[i] for i in self._tensor_idx)


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
        nc = cls.__dict__.get("_node_cls")
        if nc is None:
            name = cls.node_name or f"{cls.__name__}Backward"
            nc = type(name, (BackwardNode,), {"_fn": cls})
            cls._node_cls = nc
        return nc

    @classmethod
    def apply(cls, *args: Any) -> Any:
        """Run ``forward`` and, when an input requires grad, record a graph node."""
        tensor_cls, meta_cls = _tensor_types()
        needs = tuple(
            isinstance(a, tensor_cls) and a._ag is not None and a._ag.requires_grad for a in args
        )
        enabled = grad_mode._ENABLED
        record = enabled[0] and any(needs)
        ctx = cls._node_class()()
        ctx.needs_input_grad = needs
        prev = enabled[0]
        enabled[0] = False
        try:
            out = cls.forward(ctx, *args)
        finally:
            enabled[0] = prev
        if not record:
            return out
        ctx._tensor_idx = tuple(i for i, a in enumerate(args) if isinstance(a, tensor_cls))
        ctx.next_functions = tuple(
            edge_of(args[i]) if needs[i] else (None, 0) for i in ctx._tensor_idx
        )
        ctx._saved = tuple(ctx._to_save)
        ctx._saved_versions = tuple(
            getattr(getattr(t, "_raw", None), "version", None) for t in ctx._saved
        )
        ctx._to_save = ()
        outs = out if isinstance(out, tuple) else (out,)
        metas = []
        for i, o in enumerate(outs):
            if isinstance(o, tensor_cls):
                raw = o._raw
                metas.append((raw.shape, raw.dtype, o._backend))
                if id(o) not in ctx._non_diff and raw.dtype in _FLOAT_NAMES:
                    o._ag = meta_cls(True, ctx, i)
            else:
                metas.append(((), None, None))
        ctx._outputs_meta = tuple(metas)
        return out
