"""ferrotensor: a PyTorch-compatible tensor library with a Rust core.

``import ferrotensor as torch`` and PyTorch-style code runs unchanged.
"""

from __future__ import annotations

import builtins
from typing import Any

from . import _core, autograd, cuda, linalg, return_types, special
from ._creation import (
    arange,
    as_tensor,
    empty,
    empty_like,
    empty_strided,
    eye,
    from_dlpack,
    from_numpy,
    full,
    full_like,
    linspace,
    logspace,
    ones,
    ones_like,
    tensor,
    zeros,
    zeros_like,
)
from ._einsum import einsum, tensordot
from ._functional import *  # noqa: F403 - the generated function table
from ._functional import (
    can_cast,
    is_floating_point,
    is_tensor,
    promote_types,
    result_type,
    where,
)
from ._join import (
    atleast_1d,
    atleast_2d,
    atleast_3d,
    broadcast_tensors,
    cat,
    column_stack,
    concat,
    concatenate,
    dstack,
    flip,
    fliplr,
    flipud,
    hstack,
    moveaxis,
    movedim,
    repeat_interleave,
    roll,
    row_stack,
    stack,
    tensor_split,
    tile,
    unflatten,
    vstack,
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
from .random import (
    Generator,
    bernoulli,
    default_generator,
    get_rng_state,
    initial_seed,
    manual_seed,
    multinomial,
    normal,
    rand,
    rand_like,
    randint,
    randint_like,
    randn,
    randn_like,
    randperm,
    seed,
    set_rng_state,
)
from .serialization import load, save

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
    "empty_strided",
    "einsum",
    "eye",
    "float",
    "float16",
    "float32",
    "float64",
    "from_dlpack",
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
    "linalg",
    "linspace",
    "logspace",
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
    "tensordot",
    "uint8",
    "where",
    "zeros",
    "zeros_like",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "broadcast_tensors",
    "cat",
    "column_stack",
    "concat",
    "concatenate",
    "dstack",
    "flip",
    "fliplr",
    "flipud",
    "hstack",
    "movedim",
    "moveaxis",
    "repeat_interleave",
    "roll",
    "row_stack",
    "stack",
    "tensor_split",
    "tile",
    "unflatten",
    "vstack",
    "Generator",
    "bernoulli",
    "default_generator",
    "get_rng_state",
    "initial_seed",
    "manual_seed",
    "multinomial",
    "normal",
    "rand",
    "rand_like",
    "randint",
    "randint_like",
    "randn",
    "randn_like",
    "randperm",
    "seed",
    "set_rng_state",
    "load",
    "save",
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


_LAZY_SUBMODULES = ("nn", "optim", "utils")


def __getattr__(name: str) -> Any:
    """Import ``nn`` and ``optim`` on first use, keeping ``import ferrotensor`` fast."""
    if name in _LAZY_SUBMODULES:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'ferrotensor' has no attribute '{name}'")
