"""``ferrotensor.nn.functional``: layers, activations, dropout and losses as functions.

Example::

    >>> import ferrotensor as torch
    >>> import ferrotensor.nn.functional as F
    >>> F.relu(torch.tensor([-1.0, 2.0]))
    tensor([0., 2.])
"""

from __future__ import annotations

import math
import warnings
from typing import Any, Callable, Optional

import numpy as np

from .. import _creation, _errors
from .._tensor import Tensor
from ..autograd.grad_mode import _ENABLED, no_grad
from . import _functions as fn
from . import _pointwise as pw
from ._losses import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    cosine_embedding_loss,
    cross_entropy,
    huber_loss,
    kl_div,
    l1_loss,
    margin_ranking_loss,
    mse_loss,
    nll_loss,
    smooth_l1_loss,
)

__all__ = [
    "bilinear",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "celu",
    "cosine_embedding_loss",
    "cross_entropy",
    "dropout",
    "dropout1d",
    "dropout2d",
    "elu",
    "elu_",
    "embedding",
    "gelu",
    "hardsigmoid",
    "hardswish",
    "hardtanh",
    "hardtanh_",
    "huber_loss",
    "kl_div",
    "l1_loss",
    "leaky_relu",
    "leaky_relu_",
    "linear",
    "log_softmax",
    "logsigmoid",
    "margin_ranking_loss",
    "mish",
    "mse_loss",
    "nll_loss",
    "normalize",
    "one_hot",
    "relu",
    "relu6",
    "relu_",
    "selu",
    "selu_",
    "sigmoid",
    "silu",
    "smooth_l1_loss",
    "softmax",
    "softmin",
    "softplus",
    "tanh",
]

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


# ---- linear layers ----


def linear(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None) -> Tensor:
    """``input @ weight.T + bias`` over the last dimension of ``input``.

    Raises:
        RuntimeError: when the shapes or dtypes do not fit, with PyTorch's messages.
    """
    if input.dim() == 0 or weight.dim() == 0:
        raise RuntimeError(
            "both arguments to linear need to be at least 1D, but they are "
            f"{input.dim()}D and {weight.dim()}D"
        )
    if weight.dim() != 2:
        if bias is not None and input.dim() == 2:
            raise RuntimeError(f"addmm: mat2 must be a matrix, got {weight.dim()}-D tensor")
        out = input.matmul(weight.t() if weight.dim() == 2 else weight)
        return out if bias is None else out + bias
    k = input.shape[-1]
    n_out, k_w = weight.shape
    rows = input.numel() // k if k else math.prod(input.shape[:-1])
    if k != k_w:
        op = "mm" if bias is None else "addmm"
        raise RuntimeError(
            f"{op}: mat1 and mat2 shapes cannot be multiplied ({rows}x{k} and {k_w}x{n_out})"
        )
    if input.dtype is not weight.dtype:
        names = _errors.SCALAR_TYPE
        raise RuntimeError(
            "mat1 and mat2 must have the same dtype, but got "
            f"{names[input.dtype.name]} and {names[weight.dtype.name]}"
        )
    if bias is not None and bias.dim() >= 1 and bias.shape[-1] not in (1, n_out):
        raise RuntimeError(
            f"The expanded size of the tensor ({n_out}) must match the existing size "
            f"({bias.shape[-1]}) at non-singleton dimension 1.  Target sizes: [{rows}, "
            f"{n_out}].  Tensor sizes: {list(bias.shape)}"
        )
    return fn.linear_function(input, bias).apply(input, weight, bias)  # type: ignore[no-any-return]


def bilinear(
    input1: Tensor, input2: Tensor, weight: Tensor, bias: Optional[Tensor] = None
) -> Tensor:
    """``y_k = input1 @ weight[k] @ input2 + bias[k]`` over the last dimension of the inputs.

    Raises:
        RuntimeError: when the shapes do not fit, with PyTorch's messages.
    """
    if input1.dim() != input2.dim():
        raise RuntimeError(
            f"bilinear(): input dimensions do not match: got {input1.dim()} and {input2.dim()}"
        )
    for i in range(input1.dim() - 1):
        if input1.shape[i] != input2.shape[i]:
            raise RuntimeError(
                f"bilinear(): input batch dimensions do not match at dim {i}: got "
                f"{input1.shape[i]} and {input2.shape[i]}"
            )
    n_out, n1, n2 = weight.shape
    if input1.shape[-1] != n1:
        raise RuntimeError(
            "bilinear(): input1 size does not match weight size: got "
            f"{input1.shape[-1]} but expected {n1}"
        )
    if input2.shape[-1] != n2:
        raise RuntimeError(
            "bilinear(): input2 size does not match weight size: got "
            f"{input2.shape[-1]} but expected {n2}"
        )
    if bias is not None and bias.numel() != n_out:
        raise RuntimeError(
            "bilinear(): bias size does not match weight size: got "
            f"{bias.shape[-1] if bias.dim() else 1} but expected {n_out}"
        )
    lead = tuple(input1.shape[:-1])
    x1 = input1.reshape(-1, n1)
    x2 = input2.reshape(-1, n2)
    # (B, n1) @ (n1, out * n2) -> (B, out, n2), then contract n2 with input2.
    w = weight.permute(1, 0, 2).reshape(n1, n_out * n2)
    out = (x1.matmul(w).reshape(-1, n_out, n2) * x2.unsqueeze(1)).sum(-1)
    if bias is not None:
        out = out + bias
    return out if len(lead) == 1 else out.reshape(*lead, n_out)


# ---- activations ----


def _require_float(name: str, x: Tensor) -> None:
    if not x.is_floating_point():
        raise NotImplementedError(_errors.no_kernel(name, _errors.SCALAR_TYPE[x.dtype.name]))


def _inplace(x: Tensor, compute: Callable[[Tensor], Tensor]) -> Tensor:
    """Write ``compute(x)`` into ``x``.

    NOTE: when ``x`` is in a graph the result is computed from a copy, so the saved input
    of the activation is not the tensor being overwritten; the node then shows as
    ``CopyBackwards`` instead of PyTorch's in-place node name.
    """
    if _ENABLED[0] and x.requires_grad:
        return x.copy_(compute(x.clone()))
    with no_grad():
        return x.copy_(compute(x))


def _act(
    cls: Any, kernel: str, x: Tensor, params: tuple[Any, ...] = (), inplace: bool = False
) -> Tensor:
    _require_float(kernel, x)
    if inplace:
        return _inplace(x, lambda t: cls.apply(t, *params))
    return cls.apply(x, *params)  # type: ignore[no-any-return]


def relu(input: Tensor, inplace: bool = False) -> Tensor:
    """``max(input, 0)`` elementwise."""
    if inplace:
        return _inplace(input, lambda t: t.relu())
    return input.relu()


def relu_(input: Tensor) -> Tensor:
    """In-place :func:`relu`."""
    return relu(input, inplace=True)


def hardtanh(
    input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False
) -> Tensor:
    """``clamp(input, min_val, max_val)`` (zero gradient outside and at the bounds)."""
    if not input.is_floating_point():
        out = input.clamp(min_val, max_val).to(input.dtype)
        return input.copy_(out) if inplace else out
    return _act(pw.Hardtanh, "hardtanh_cpu", input, (min_val, max_val), inplace)


def hardtanh_(input: Tensor, min_val: float = -1.0, max_val: float = 1.0) -> Tensor:
    """In-place :func:`hardtanh`."""
    return hardtanh(input, min_val, max_val, inplace=True)


def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    """``min(max(input, 0), 6)`` elementwise."""
    return hardtanh(input, 0.0, 6.0, inplace)


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    """``input`` where positive, ``negative_slope * input`` elsewhere."""
    return _act(pw.LeakyRelu, "leaky_relu_cpu", input, (float(negative_slope),), inplace)


def leaky_relu_(input: Tensor, negative_slope: float = 0.01) -> Tensor:
    """In-place :func:`leaky_relu`."""
    return leaky_relu(input, negative_slope, inplace=True)


def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    """``input`` where positive, ``alpha * (exp(input) - 1)`` elsewhere."""
    return _act(pw.Elu, "elu_cpu", input, (float(alpha), 1.0, 1.0), inplace)


def elu_(input: Tensor, alpha: float = 1.0) -> Tensor:
    """In-place :func:`elu`."""
    return elu(input, alpha, inplace=True)


def selu(input: Tensor, inplace: bool = False) -> Tensor:
    """Scaled ELU with the self-normalising constants (alpha 1.6733, scale 1.0507)."""
    return _act(pw.Elu, "elu_cpu", input, (_SELU_ALPHA, _SELU_SCALE, 1.0), inplace)


def selu_(input: Tensor) -> Tensor:
    """In-place :func:`selu`."""
    return selu(input, inplace=True)


def celu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    """``max(0, x) + min(0, alpha * (exp(x / alpha) - 1))``."""
    return _act(pw.Elu, "elu_cpu", input, (float(alpha), 1.0, 1.0 / alpha), inplace)


def gelu(input: Tensor, approximate: str = "none") -> Tensor:
    """``input * Phi(input)``; ``approximate='tanh'`` uses the tanh approximation.

    Raises:
        RuntimeError: for an ``approximate`` other than ``'none'`` and ``'tanh'``.
    """
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")
    cls = pw.Gelu if approximate == "none" else pw.GeluTanh
    return _act(cls, "GeluKernelImpl", input)


def silu(input: Tensor, inplace: bool = False) -> Tensor:
    """``input * sigmoid(input)`` (also called swish)."""
    return _act(pw.Silu, "silu_cpu", input, (), inplace)


def mish(input: Tensor, inplace: bool = False) -> Tensor:
    """``input * tanh(softplus(input))``."""
    return _act(pw.Mish, "mish_cpu", input, (), inplace)


def sigmoid(input: Tensor) -> Tensor:
    """``1 / (1 + exp(-input))`` elementwise."""
    return input.sigmoid()


def tanh(input: Tensor) -> Tensor:
    """Hyperbolic tangent elementwise."""
    return input.tanh()


def softplus(input: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
    """``log(1 + exp(beta * input)) / beta``, linear where ``beta * input > threshold``."""
    return _act(pw.Softplus, "softplus_cpu", input, (beta, threshold))


def logsigmoid(input: Tensor) -> Tensor:
    """``log(sigmoid(input))``, computed without overflow."""
    return _act(pw.LogSigmoid, "log_sigmoid_forward_cpu", input)


def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor:
    """``clamp(input / 6 + 1/2, 0, 1)``."""
    return _act(pw.Hardsigmoid, "hardsigmoid_cpu", input, (), inplace)


def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    """``input * clamp(input + 3, 0, 6) / 6``."""
    return _act(pw.Hardswish, "hardswish_cpu", input, (), inplace)


# ---- softmax family ----


def _implicit_dim(name: str, ndim: int, stacklevel: int) -> int:
    warnings.warn(
        f"Implicit dimension choice for {name} has been deprecated. Change the call to include "
        "dim=X as an argument.",
        stacklevel=stacklevel,
    )
    return 0 if ndim in (0, 1, 3) else 1


def _softmax_like(cls: Any, name: str, x: Tensor, dim: int) -> Tensor:
    d = fn.norm_dim(dim, x.dim())
    if not x.is_floating_point():
        last = d == max(x.dim() - 1, 0)
        kernel = f"{name}_lastdim_kernel_impl" if last else f"{name}_kernel_impl"
        raise NotImplementedError(_errors.no_kernel(kernel, _errors.SCALAR_TYPE[x.dtype.name]))
    if x.dim() == 0:
        return cls.apply(x.reshape(1), 0).reshape(())  # type: ignore[no-any-return]
    if x.numel() == 0:
        return x.clone()
    return cls.apply(x, d)  # type: ignore[no-any-return]


def softmax(
    input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Any = None
) -> Tensor:
    """``exp(x) / sum(exp(x))`` along ``dim``, computed after subtracting the maximum.

    ``dtype`` casts the input first. Without ``dim`` PyTorch's implicit choice is made
    (dim 0 for 0-, 1- and 3-D inputs, else 1) with a deprecation warning.
    """
    if dim is None:
        dim = _implicit_dim("softmax", input.dim(), _stacklevel)
    if dtype is not None:
        input = input.to(dtype)
    return _softmax_like(fn.Softmax, "softmax", input, dim)


def softmin(
    input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Any = None
) -> Tensor:
    """``softmax(-input, dim)``."""
    if dim is None:
        dim = _implicit_dim("softmin", input.dim(), _stacklevel)
    if dtype is not None:
        input = input.to(dtype)
    return _softmax_like(fn.Softmax, "softmax", -input, dim)


def log_softmax(
    input: Tensor, dim: Optional[int] = None, _stacklevel: int = 3, dtype: Any = None
) -> Tensor:
    """``x - max - log(sum(exp(x - max)))`` along ``dim``."""
    if dim is None:
        dim = _implicit_dim("log_softmax", input.dim(), _stacklevel)
    if dtype is not None:
        input = input.to(dtype)
    return _softmax_like(fn.LogSoftmax, "log_softmax", input, dim)


# ---- dropout ----


def _check_p(p: float) -> None:
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")


def _masked(input: Tensor, mask_shape: tuple[int, ...], p: float, inplace: bool) -> Tensor:
    """``input * mask / (1 - p)`` with a Bernoulli(1 - p) ``mask`` of ``mask_shape``."""
    if not input.is_floating_point():
        raise RuntimeError(
            "result type Float can't be cast to the desired output type "
            f"{_errors.SCALAR_TYPE[input.dtype.name]}"
        )
    with no_grad():
        mask = _creation.empty(*mask_shape, dtype=input.dtype, device=input.device)
        if p == 1.0:
            mask.zero_()
        else:
            mask.bernoulli_(1.0 - p)
            mask.div_(1.0 - p)
    return input.mul_(mask) if inplace else input * mask


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """Zero each element with probability ``p`` and scale the rest by ``1 / (1 - p)``.

    Returns ``input`` unchanged when not ``training``.

    Raises:
        ValueError: for ``p`` outside ``[0, 1]``.
    """
    _check_p(p)
    if not training or p == 0.0:
        return input
    return _masked(input, tuple(input.shape), p, inplace)


def dropout1d(
    input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor:
    """Zero whole channels of ``(N, C, L)`` or ``(C, L)`` input with probability ``p``."""
    _check_p(p)
    nd = input.dim()
    if nd not in (2, 3):
        raise RuntimeError(
            f"dropout1d: Expected 2D or 3D input, but received a {nd}D input. Note that "
            "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial "
            "dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D "
            "inputs)."
        )
    if not training or p == 0.0:
        return input
    return _masked(input, (*input.shape[:-1], 1), p, inplace)


def dropout2d(
    input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor:
    """Zero whole channels of ``(N, C, H, W)`` input with probability ``p``.

    A 3-D input is read as ``(N, C, L)`` with a warning, as PyTorch does.
    """
    _check_p(p)
    nd = input.dim()
    if nd not in (3, 4):
        warnings.warn(
            f"dropout2d: Received a {nd}-D input to dropout2d, which is deprecated and will "
            "result in an error in a future release. To retain the behavior and silence this "
            "warning, please use dropout instead. Note that dropout2d exists to provide "
            "channel-wise dropout on inputs with 2 spatial dimensions, a channel dimension, "
            "and an optional batch dimension (i.e. 3D or 4D inputs).",
            stacklevel=2,
        )
    if nd == 3:
        warnings.warn(
            "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D "
            "dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
            "is the channel dim. This behavior will change in a future release to interpret "
            "the input as one without a batch dimension, i.e. shape (C, H, W). To maintain "
            "the 1D channel-wise dropout behavior, please switch to using dropout1d instead.",
            stacklevel=2,
        )
    if not training or p == 0.0:
        return input
    shape = tuple(input.shape)
    if nd in (3, 4):
        mask_shape = (*shape[:2], *(1,) * (nd - 2))
    else:  # read as one unbatched sample: the first dimension holds the channels
        mask_shape = (*shape[:1], *(1,) * (nd - 1))
    return _masked(input, mask_shape, p, inplace)


# ---- embedding and one-hot ----


def embedding(
    input: Tensor,
    weight: Tensor,
    padding_idx: Optional[int] = None,
    max_norm: Optional[float] = None,
    norm_type: float = 2.0,
    scale_grad_by_freq: bool = False,
    sparse: bool = False,
) -> Tensor:
    """Rows of ``weight`` picked by the integer tensor ``input``.

    The ``padding_idx`` row gets no gradient; with ``max_norm`` the looked-up rows whose
    ``norm_type``-norm is larger are rescaled in place first; ``scale_grad_by_freq``
    divides each row's gradient by its count in ``input``. ``sparse`` is accepted for
    compatibility (gradients are dense).

    Raises:
        IndexError: for an index outside ``[0, num_embeddings)``.
    """
    num = weight.shape[0]
    if padding_idx is not None:
        if padding_idx > 0:
            if padding_idx >= num:
                raise AssertionError("Padding_idx must be within num_embeddings")
        elif padding_idx < 0:
            if padding_idx < -num:
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx = num + padding_idx
    if input.dtype.name not in ("int64", "int32"):
        raise RuntimeError(
            "Expected tensor for argument #1 'indices' to have one of the following scalar "
            f"types: Long, Int; but got {input.type()} instead (while checking arguments for "
            "embedding)"
        )
    ids = np.asarray(input.numpy(force=True), dtype=np.int64)
    if ids.size and (ids.min() < 0 or ids.max() >= num):
        raise IndexError("index out of range in self")
    if max_norm is not None:
        _renorm_rows(weight, ids, float(max_norm), float(norm_type))
    return fn.Embedding.apply(weight, input, padding_idx, scale_grad_by_freq)  # type: ignore[no-any-return]


def _renorm_rows(weight: Tensor, ids: np.ndarray, max_norm: float, norm_type: float) -> None:
    """Scale the looked-up rows of ``weight`` whose norm exceeds ``max_norm``, in place."""
    rows = np.unique(ids)
    if rows.size == 0:
        return
    vals = np.abs(weight.numpy(force=True)[rows].astype(np.float64))
    if math.isinf(norm_type):
        norms = vals.max(axis=1)
    else:
        norms = (vals**norm_type).sum(axis=1) ** (1.0 / norm_type)
    factor = np.ones(weight.shape[0])
    factor[rows] = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
    with no_grad():
        weight.mul_(_creation.tensor(factor[:, None], dtype=weight.dtype, device=weight.device))


def one_hot(tensor: Tensor, num_classes: int = -1) -> Tensor:
    """``int64`` one-hot encoding of the class indices in ``tensor`` (a new last dimension).

    Raises:
        RuntimeError: for a non-int64 input, negative classes, or classes
            ``>= num_classes``.
    """
    if tensor.dtype.name != "int64":
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    if tensor.numel() == 0:
        if num_classes <= 0:
            raise RuntimeError("Can not infer total number of classes from empty tensor.")
        return _creation.zeros(*tensor.shape, num_classes, dtype=tensor.dtype, device=tensor.device)
    ids = tensor.numpy(force=True)
    if ids.min() < 0:
        raise RuntimeError("Class values must be non-negative.")
    if num_classes == -1:
        num_classes = int(ids.max()) + 1
    elif ids.max() >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    classes = _creation.arange(num_classes, device=tensor.device)
    return (tensor.unsqueeze(-1) == classes).long()


def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12) -> Tensor:
    """``input / max(||input||_p, eps)`` along ``dim``."""
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps)
    return input / denom
