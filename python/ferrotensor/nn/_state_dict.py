"""``state_dict``/``load_state_dict``: PyTorch's keys, result type and error messages.

Values may be ferrotensor tensors or numpy arrays, so a PyTorch checkpoint converted
with ``{k: v.numpy() for k, v in sd.items()}`` loads by name.
"""

from __future__ import annotations

from collections import OrderedDict, namedtuple
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import _creation
from .._tensor import Tensor
from ..autograd.grad_mode import no_grad
from ._util import size_str

if TYPE_CHECKING:
    from .module import Module


class _IncompatibleKeys(namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])):
    """What ``load_state_dict`` returns: the keys it missed and those it did not use."""

    __slots__ = ()

    def __repr__(self) -> str:
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return super().__repr__()

    __str__ = __repr__


def save_to_state_dict(mod: Module, destination: Any, prefix: str, keep_vars: bool) -> None:
    """Put ``mod``'s own parameters and persistent buffers into ``destination``."""
    for name, p in mod._parameters.items():
        if p is not None:
            destination[prefix + name] = p if keep_vars else p.detach()
    skip = mod._non_persistent_buffers_set  # type: ignore[attr-defined]
    for name, b in mod._buffers.items():
        if b is not None and name not in skip:
            destination[prefix + name] = b if keep_vars else b.detach()


def state_dict(mod: Module, destination: Any, prefix: str, keep_vars: bool) -> Any:
    """The state dict of ``mod`` and its descendants (see ``Module.state_dict``)."""
    if destination is None:
        destination = OrderedDict()
    mod._save_to_state_dict(destination, prefix, keep_vars)  # type: ignore[attr-defined]
    for name, child in mod._modules.items():
        if child is not None:
            state_dict(child, destination, f"{prefix}{name}.", keep_vars)
    return destination


def _as_tensor(value: Any) -> Any:
    """A checkpoint value as a tensor: numpy arrays and scalars are converted."""
    if isinstance(value, (np.ndarray, np.generic)):
        return _creation.tensor(np.asarray(value))
    return value


def load_from_state_dict(
    mod: Module,
    sd: Mapping[str, Any],
    prefix: str,
    local_metadata: dict[str, Any],
    missing_keys: list[str],
    unexpected_keys: list[str],
    error_msgs: list[str],
) -> None:
    """Copy ``mod``'s own entries from ``sd``, recording missing and unexpected keys."""
    skip = mod._non_persistent_buffers_set  # type: ignore[attr-defined]
    local: dict[str, Any] = {k: v for k, v in mod._parameters.items() if v is not None}
    local.update((k, v) for k, v in mod._buffers.items() if v is not None and k not in skip)
    assign = local_metadata.get("assign_to_params_buffers", False)
    for name, current in local.items():
        key = prefix + name
        if key not in sd:
            missing_keys.append(key)
            continue
        value = _as_tensor(sd[key])
        if not isinstance(value, Tensor):
            error_msgs.append(
                f'While copying the parameter named "{key}", expected ferrotensor.Tensor or '
                f"Tensor-like object from checkpoint but received {type(value)}"
            )
            continue
        if current.dim() == 0 and value.dim() == 1:
            value = value[0]  # checkpoints from before 0-dim tensors stored them as [x]
        if tuple(value.shape) != tuple(current.shape):
            error_msgs.append(
                f"size mismatch for {key}: copying a param with shape {size_str(value.shape)} "
                "from checkpoint, the shape in current model is "
                f"{size_str(current.shape)}."
            )
            continue
        try:
            with no_grad():
                if assign:
                    _assign(mod, name, current, value)
                else:
                    current.copy_(value)
        except Exception as ex:
            error_msgs.append(
                f'While copying the parameter named "{key}", whose dimensions in the model are '
                f"{size_str(current.shape)} and whose dimensions in the checkpoint are "
                f"{size_str(value.shape)}, an exception occurred : {ex.args}."
            )
    for key in sd:
        if key.startswith(prefix):
            first = key[len(prefix) :].split(".", 1)[0]
            if first not in mod._modules and first not in local:
                unexpected_keys.append(key)


def _assign(mod: Module, name: str, current: Any, value: Tensor) -> None:
    """``load_state_dict(assign=True)``: the module takes the checkpoint's tensor."""
    from .parameter import Parameter

    if name in mod._parameters:
        if not isinstance(value, Parameter):
            value = Parameter(value, requires_grad=current.requires_grad)
        mod._parameters[name] = value
    else:
        mod._buffers[name] = value


def load_state_dict(mod: Module, sd: Any, strict: bool, assign: bool) -> _IncompatibleKeys:
    """Load ``sd`` into ``mod`` and its descendants (see ``Module.load_state_dict``)."""
    if not isinstance(sd, Mapping):
        raise TypeError(f"Expected state_dict to be dict-like, got {type(sd)}.")
    missing: list[str] = []
    unexpected: list[str] = []
    errors: list[str] = []
    metadata = {"assign_to_params_buffers": assign}

    def load(m: Module, local_sd: Mapping[str, Any], prefix: str) -> None:
        m._load_from_state_dict(  # type: ignore[attr-defined]
            local_sd, prefix, metadata, True, missing, unexpected, errors
        )
        for name, child in m._modules.items():
            if child is not None:
                child_prefix = f"{prefix}{name}."
                child_sd = {k: v for k, v in local_sd.items() if k.startswith(child_prefix)}
                load(child, child_sd, child_prefix)

    load(mod, dict(sd), "")
    if strict:
        if unexpected:
            keys = ", ".join(f'"{k}"' for k in unexpected)
            errors.insert(0, f"Unexpected key(s) in state_dict: {keys}. ")
        if missing:
            keys = ", ".join(f'"{k}"' for k in missing)
            errors.insert(0, f"Missing key(s) in state_dict: {keys}. ")
    if errors:
        details = "\n\t".join(errors)
        raise RuntimeError(f"Error(s) in loading state_dict for {type(mod).__name__}:\n\t{details}")
    return _IncompatibleKeys(missing, unexpected)
