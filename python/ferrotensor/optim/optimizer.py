"""``Optimizer``: parameter groups, per-parameter state, ``state_dict`` and ``zero_grad``.

The update rules live in the subclasses (``sgd.py``, ``adam.py``, ...). They run on the
backend primitives directly (``binary``, ``unary``, ``copy_``): no graph is recorded, and
each result is written back into the parameter or state tensor with one ``copy_``, so
tensors keep their identity and storage (views and the version counter see the write).
"""

from __future__ import annotations

import functools
import warnings
from collections import defaultdict
from collections.abc import Iterable
from copy import deepcopy
from itertools import chain
from typing import Any, Callable, Optional

from .. import dtypes
from .._tensor import Tensor, _make
from ..autograd.grad_mode import enable_grad

__all__ = ["Optimizer", "required"]


class _RequiredParameter:
    """Marks a default that every parameter group must set itself."""

    def __repr__(self) -> str:
        return "<required parameter>"


required = _RequiredParameter()


def _typename(obj: Any) -> str:
    """``torch.typename``: ``ferrotensor.FloatTensor`` for tensors, else the qualified type."""
    if isinstance(obj, Tensor):
        return obj.type()  # type: ignore[no-any-return]
    kind = type(obj)
    module = kind.__module__ or ""
    if module in ("", "builtins"):
        return kind.__qualname__
    return f"{module}.{kind.__qualname__}"


def _scalar(x: Any) -> float:
    """A hyperparameter as a Python float (a one-element tensor gives its value)."""
    if isinstance(x, Tensor):
        return float(x.item())
    return x  # type: ignore[no-any-return]


def _check_tensor_lr(lr: Any) -> None:
    if isinstance(lr, Tensor) and lr.numel() != 1:
        raise ValueError("Tensor lr must be 1-element")


def _check_flags(fused: Any, foreach: Any, differentiable: bool) -> None:
    """PyTorch's checks of the implementation flags (one implementation here serves all)."""
    if fused:
        if differentiable:
            raise RuntimeError("`fused` does not support `differentiable`")
        if foreach:
            raise RuntimeError("`fused` and `foreach` cannot be `True` together.")
    if differentiable:
        raise NotImplementedError(
            "differentiable=True is not supported by ferrotensor optimizers; "
            "the step runs without recording a graph"
        )


def _step_tensor(value: float = 0.0) -> Tensor:
    """A ``state['step']`` counter: a 0-d CPU float tensor, as PyTorch keeps it."""
    from .._creation import tensor

    dt = dtypes.float64 if dtypes.get_default_dtype() is dtypes.float64 else dtypes.float32
    return tensor(value, dtype=dt)


def _advance(state: dict[str, Any]) -> float:
    """Add one to ``state['step']`` in place and return the new count."""
    step = state["step"]
    if not isinstance(step, Tensor):  # a state dict that stored a plain number
        step = state["step"] = _step_tensor(float(step))
    raw, be = step._raw, step._backend
    t: float = be.item(raw) + 1.0
    be.fill_(raw, t)
    return t


def _zeros_like(p: Tensor, value: float = 0.0) -> Tensor:
    """A contiguous state tensor of ``p``'s shape, dtype and device, filled with ``value``."""
    be, raw = p._backend, p._raw
    if value:
        return _make(be.full(raw.shape, value, raw.dtype), be)
    return _make(be.zeros(raw.shape, raw.dtype), be)


def _wrap(raw: Any, like: Tensor) -> Tensor:
    """A plain tensor over a backend result on ``like``'s device."""
    return _make(raw, like._backend)


def _track_calls(step: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a ``step`` so schedulers can tell whether the optimizer has stepped yet."""

    @functools.wraps(step)
    def wrapper(self: Optimizer, *args: Any, **kwargs: Any) -> Any:
        self._opt_called = True
        return step(self, *args, **kwargs)

    wrapper._ft_tracked = True  # type: ignore[attr-defined]
    return wrapper


class Optimizer:
    """Base class of all optimizers.

    Args:
        params (iterable): an iterable of tensors, of ``(name, tensor)`` pairs, or of dicts
            that define parameter groups (each with a ``"params"`` entry and any
            per-group options).
        defaults (dict): the default value of each option, used by groups that do not
            set it.

    Raises:
        TypeError: for a single tensor instead of an iterable, or a non-tensor parameter.
        ValueError: for an empty parameter list or a parameter in two groups.
    """

    _opt_called = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        step = cls.__dict__.get("step")
        if step is not None and not getattr(step, "_ft_tracked", False):
            cls.step = _track_calls(step)  # type: ignore[method-assign]

    def __init__(self, params: Any, defaults: dict[str, Any]) -> None:
        self.defaults = defaults
        if isinstance(params, Tensor):
            raise TypeError(
                "params argument given to the optimizer should be an iterable of Tensors or "
                "dicts, but got " + _typename(params)
            )
        if isinstance(params, set):
            warnings.warn(
                "optimizer parameters need to be organized in ordered collections, but the "
                "ordering of tensors in sets will change between runs. Please use a list "
                "instead. This will be an error in a future release.",
                FutureWarning,
                stacklevel=3,
            )
        self.state: defaultdict[Any, Any] = defaultdict(dict)
        self.param_groups: list[dict[str, Any]] = []
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{"params": param_groups}]
        for group in param_groups:
            self.add_param_group(group)

    def __getstate__(self) -> dict[str, Any]:
        return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.defaults.setdefault("differentiable", False)
        for group in self.param_groups:
            for key, value in self.defaults.items():
                if value is not required:
                    group.setdefault(key, value)

    def __repr__(self) -> str:
        out = type(self).__name__ + " ("
        for i, group in enumerate(self.param_groups):
            out += f"\nParameter Group {i}\n"
            out += "".join(f"    {k}: {group[k]}\n" for k in sorted(group) if k != "params")
        return out + ")"

    def add_param_group(self, param_group: dict[str, Any]) -> None:
        """Add a parameter group, e.g. to train layers that were frozen so far.

        Args:
            param_group (dict): the group's ``"params"`` and any options that differ from
                the optimizer's defaults.

        Raises:
            TypeError: for a group that is not a dict, a set of params, or a non-tensor.
            ValueError: for a non-leaf tensor, a missing required option, or a parameter
                already in another group.
        """
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group)}")
        params = param_group["params"]
        if isinstance(params, Tensor):
            params = [params]
        elif isinstance(params, set):
            raise TypeError(
                "optimizer parameters need to be organized in ordered collections, but the "
                "ordering of tensors in sets will change between runs. Please use a list "
                "instead."
            )
        else:
            params = list(params)
        names = [p[0] for p in params if isinstance(p, tuple)]
        params = [p[1] if isinstance(p, tuple) else p for p in params]
        param_group["params"] = params
        if names:
            if len(names) != len(params):
                raise ValueError(
                    "all optimizer params should be with/without names. Some param names "
                    "are missing"
                )
            param_group["param_names"] = names

        for p in params:
            if not isinstance(p, Tensor):
                raise TypeError(
                    "optimizer can only optimize Tensors, but one of the params is " + _typename(p)
                )
            if not self.defaults.get("differentiable", None) and not (p.is_leaf or p.retains_grad):
                raise ValueError("can't optimize a non-leaf Tensor")

        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError(
                    "parameter group didn't specify a value of required optimization "
                    f"parameter {name}"
                )
            param_group.setdefault(name, default)

        if len(params) != len(set(params)):
            warnings.warn(
                "optimizer contains a parameter group with duplicate parameters; in future, "
                "this will cause an error; see github.com/pytorch/pytorch/issues/40967 for "
                "more information",
                stacklevel=3,
            )
        seen: set[Any] = set()
        for group in self.param_groups:
            seen.update(group["params"])
            if ("param_names" in param_group) != ("param_names" in group):
                which = "with names" if "param_names" in param_group else "without names"
                raise ValueError(
                    "all optimizer param groups should be with/without names. cannot add "
                    f"param group {which} to the optimizer"
                )
        if not seen.isdisjoint(params):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Reset the gradients of all optimized tensors.

        Args:
            set_to_none (bool, optional): set ``.grad`` to None instead of filling it with
                zeros; a step skips parameters whose grad is None (default: True).
        """
        for group in self.param_groups:
            for p in group["params"]:
                g = p.grad
                if g is None:
                    continue
                if set_to_none:
                    p.grad = None
                    continue
                if g.grad_fn is not None:
                    g.detach_()
                else:
                    g.requires_grad_(False)
                g.zero_()

    def step(self, closure: Optional[Callable[[], Any]] = None) -> Any:
        """Perform one optimization step; subclasses implement it.

        Args:
            closure (Callable, optional): reevaluates the model and returns the loss.
        """
        raise NotImplementedError

    def _closure_loss(self, closure: Optional[Callable[[], Any]]) -> Any:
        """Run ``closure`` with gradients enabled (a step itself records nothing)."""
        if closure is None:
            return None
        with enable_grad():
            return closure()

    def state_dict(self) -> dict[str, Any]:
        """Return the optimizer state as a dict, with parameters replaced by integer ids.

        Returns:
            dict: ``"state"`` maps each parameter's id (its position across the groups) to
            its state dict, and ``"param_groups"`` lists each group's options with
            ``"params"`` as those ids. Tensors in it are the optimizer's own (not copies).
        """
        ids: dict[int, int] = {}
        groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != "params"}
            for p in group["params"]:
                ids.setdefault(id(p), len(ids))
            packed["params"] = [ids[id(p)] for p in group["params"]]
            groups.append(packed)
        state = {(ids[id(k)] if isinstance(k, Tensor) else k): v for k, v in self.state.items()}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        """Load a state from :meth:`state_dict` (of this or another optimizer instance).

        Parameters are matched by position: the ids of the saved groups pair with this
        optimizer's parameters in order. State tensors are cast to their parameter's dtype
        and device (``step`` is kept as saved).

        Args:
            state_dict (dict): the state, as :meth:`state_dict` returns it.

        Raises:
            ValueError: when the number of groups or of parameters in a group differs.
        """
        groups = self.param_groups
        saved_groups = deepcopy(state_dict["param_groups"])
        if len(groups) != len(saved_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        if any(len(g["params"]) != len(s["params"]) for g, s in zip(groups, saved_groups)):
            raise ValueError(
                "loaded state dict contains a parameter group that doesn't match the size "
                "of optimizer's group"
            )
        id_map = dict(
            zip(
                chain.from_iterable(g["params"] for g in saved_groups),
                chain.from_iterable(g["params"] for g in groups),
            )
        )
        state: defaultdict[Any, Any] = defaultdict(dict)
        for k, v in state_dict["state"].items():
            if k in id_map:
                state[id_map[k]] = _cast(id_map[k], v)
            else:
                state[k] = v
        for group, saved in zip(groups, saved_groups):
            saved["params"] = group["params"]
            if "param_names" in group and "param_names" not in saved:
                saved["param_names"] = group["param_names"]
        self.__setstate__({"state": state, "param_groups": saved_groups})


def _cast(param: Tensor, value: Any, key: Optional[str] = None) -> Any:
    """A loaded state value with tensors moved to ``param``'s device (and float dtype)."""
    if isinstance(value, Tensor):
        if key == "step":
            return value
        if param.is_floating_point():
            return value.to(dtype=param.dtype, device=param.device)
        return value.to(device=param.device)
    if isinstance(value, dict):
        return {k: _cast(param, v, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_cast(param, v) for v in value)
    return value


def _params_with_grad(group: dict[str, Any]) -> Iterable[tuple[Tensor, Tensor]]:
    """The group's parameters that have a gradient, with it."""
    for p in group["params"]:
        g = p.grad
        if g is not None:
            yield p, g
