"""ferrotensor: a PyTorch-compatible tensor library with a Rust core.

``import ferrotensor as torch`` and PyTorch-style code runs unchanged.
"""

from __future__ import annotations

import builtins

from . import _core, autograd, cuda, return_types, special
from ._creation import (
    arange,
    as_tensor,
    empty,
    empty_like,
    eye,
    from_numpy,
    full,
    full_like,
    linspace,
    ones,
    ones_like,
    tensor,
    zeros,
    zeros_like,
)
from ._functional import *  # noqa: F403 - the generated function table
from ._functional import (
    can_cast,
    is_floating_point,
    is_tensor,
    promote_types,
    result_type,
    where,
)
from ._numeric import *  # noqa: F403 - the numeric family, with out=
from ._numeric import pow
from ._size import Size
from ._tensor import Tensor
from ._tensor_str import get_printoptions, printoptions, set_printoptions
from .autograd.grad_mode import (
    enable_grad,
    inference_mode,
    is_grad_enabled,
    no_grad,
    set_grad_enabled,
)
from .device import device
from .dtypes import (
    bool,
    double,
    dtype,
    float,
    float16,
    float32,
    float64,
    get_default_dtype,
    half,
    int,
    int8,
    int16,
    int32,
    int64,
    long,
    set_default_dtype,
    short,
    uint8,
)

__all__ = [
    "autograd",
    "enable_grad",
    "inference_mode",
    "is_grad_enabled",
    "no_grad",
    "set_grad_enabled",
    "arange",
    "as_tensor",
    "bool",
    "can_cast",
    "cuda",
    "device",
    "double",
    "dtype",
    "empty",
    "empty_like",
    "eye",
    "float",
    "float16",
    "float32",
    "float64",
    "from_numpy",
    "full",
    "full_like",
    "get_default_dtype",
    "get_num_threads",
    "get_printoptions",
    "half",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "is_floating_point",
    "is_tensor",
    "linspace",
    "long",
    "numel",
    "ones",
    "ones_like",
    "pow",
    "printoptions",
    "promote_types",
    "result_type",
    "return_types",
    "special",
    "set_default_dtype",
    "set_num_threads",
    "set_printoptions",
    "short",
    "Size",
    "Tensor",
    "tensor",
    "uint8",
    "where",
    "zeros",
    "zeros_like",
]

__version__: str = _core.__version__


def set_num_threads(n: builtins.int) -> None:
    """Set the number of threads CPU kernels use."""
    if not isinstance(n, builtins.int) or isinstance(n, builtins.bool) or n < 1:
        raise RuntimeError("set_num_threads expects a positive integer")
    _core.set_num_threads(n)


def get_num_threads() -> builtins.int:
    """Return the number of threads CPU kernels use."""
    return _core.get_num_threads()


def numel(input: Tensor) -> builtins.int:
    """Return the number of elements of ``input``."""
    return input.numel()
