"""Loss functions of ``nn.functional``, with PyTorch's argument checks and messages."""

from __future__ import annotations

import warnings
from typing import Optional

import numpy as np

from .. import _creation, _errors
from .._functional import where
from .._join import broadcast_tensors
from .._tensor import Tensor
from . import _functions as fn
from . import _pointwise as pw
from ._util import reduction_of, size_str

_KL_MEAN = (
    "reduction: 'mean' divides the total loss by both the batch size and the support size."
    "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
    "'mean' will be changed to behave the same as 'batchmean' in the next major release."
)


def _warn_size(input: Tensor, target: Tensor) -> None:
    if tuple(target.shape) != tuple(input.shape):
        warnings.warn(
            f"Using a target size ({size_str(target.shape)}) that is different to the input "
            f"size ({size_str(input.shape)}). This will likely lead to incorrect results due "
            "to broadcasting. Please ensure they have the same size.",
            stacklevel=3,
        )


def _broadcast(a: Tensor, b: Tensor) -> tuple[Tensor, Tensor]:
    if tuple(a.shape) == tuple(b.shape):
        return a, b
    x, y = broadcast_tensors(a, b)
    return x, y


def _require_float(name: str, x: Tensor) -> None:
    if not x.is_floating_point():
        raise NotImplementedError(
            _errors.no_kernel(f"{name}_cpu", _errors.SCALAR_TYPE[x.dtype.name])
        )


def mse_loss(
    input: Tensor,
    target: Tensor,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
) -> Tensor:
    """Mean squared error ``(input - target)^2``, reduced by ``reduction``.

    Warns (UserWarning) when the shapes differ and broadcasting decides the result.
    """
    _warn_size(input, target)
    reduction = reduction_of(reduction, size_average, reduce)
    _require_float("mse", input)
    x, t = _broadcast(input, target)
    return pw.MseLoss.apply(x, t, reduction)  # type: ignore[no-any-return]


def l1_loss(
    input: Tensor,
    target: Tensor,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
) -> Tensor:
    """Mean absolute error ``|input - target|``, reduced by ``reduction``."""
    _warn_size(input, target)
    reduction = reduction_of(reduction, size_average, reduce)
    x, t = _broadcast(input, target)
    return pw.reduce_loss((x - t).abs(), reduction)  # type: ignore[no-any-return]


def smooth_l1_loss(
    input: Tensor,
    target: Tensor,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
    beta: float = 1.0,
) -> Tensor:
    """Squared error below ``beta`` (scaled by ``1/beta``), absolute error above.

    Raises:
        RuntimeError: for a negative ``beta``.
    """
    _warn_size(input, target)
    reduction = reduction_of(reduction, size_average, reduce)
    if beta == 0.0:
        return l1_loss(input, target, reduction=reduction)
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    x, t = _broadcast(input, target)
    return pw.SmoothL1Loss.apply(x, t, reduction, float(beta))  # type: ignore[no-any-return]


def huber_loss(
    input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0
) -> Tensor:
    """Squared error below ``delta``, ``delta``-scaled absolute error above.

    Raises:
        RuntimeError: for a ``delta`` that is not positive.
    """
    _warn_size(input, target)
    reduction = reduction_of(reduction, None, None)
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    x, t = _broadcast(input, target)
    return pw.HuberLoss.apply(x, t, reduction, float(delta))  # type: ignore[no-any-return]


def _check_range(x: Tensor, what: str) -> None:
    arr = x.numpy(force=True)
    if not np.all((arr >= 0) & (arr <= 1)):
        raise RuntimeError(f"all elements of {what} should be between 0 and 1")


def binary_cross_entropy(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor] = None,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
) -> Tensor:
    """Binary cross entropy between probabilities ``input`` and ``target``.

    Raises:
        ValueError: when ``target`` and ``input`` differ in shape.
        RuntimeError: when an input or target value is outside ``[0, 1]``.
    """
    reduction = reduction_of(reduction, size_average, reduce)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(
            f"Using a target size ({size_str(target.shape)}) that is different to the input "
            f"size ({size_str(input.shape)}) is deprecated. Please ensure they have the same "
            "size."
        )
    if weight is not None:
        weight = _expand_weight(weight, tuple(target.shape))
    _check_range(input, "input")
    _check_range(target, "target")
    return pw.BinaryCrossEntropy.apply(input, target, weight, reduction)  # type: ignore[no-any-return]


def _expand_weight(weight: Tensor, shape: tuple[int, ...]) -> Tensor:
    """``weight`` broadcast to ``shape``, with PyTorch's message when it cannot be."""
    ws = tuple(weight.shape)
    for i in range(1, len(ws) + 1):
        d = ws[-i]
        if d != 1 and (i > len(shape) or shape[-i] != d):
            raise RuntimeError(
                f"Attempting to broadcast a dimension of length {d} at {-i}! Mismatching "
                f"argument at index 1 had {size_str(ws)}; but expected shape should be "
                f"broadcastable to {list(shape)}"
            )
    return weight if ws == shape else weight.expand(*shape)


def binary_cross_entropy_with_logits(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor] = None,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
    pos_weight: Optional[Tensor] = None,
) -> Tensor:
    """Binary cross entropy of ``sigmoid(input)``, computed stably from the logits.

    ``pos_weight`` (a Tensor broadcast over the classes, the last dimension) weighs the
    positive examples; ``weight`` rescales every element.

    Raises:
        ValueError: when ``target`` and ``input`` differ in shape.
    """
    reduction = reduction_of(reduction, size_average, reduce)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(
            f"Target size ({size_str(target.shape)}) must be the same as input size "
            f"({size_str(input.shape)})"
        )
    return pw.BinaryCrossEntropyWithLogits.apply(  # type: ignore[no-any-return]
        input, target, weight, pos_weight, reduction
    )


def kl_div(
    input: Tensor,
    target: Tensor,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
    log_target: bool = False,
) -> Tensor:
    """Kullback-Leibler divergence of ``target`` from the log-probabilities ``input``.

    ``reduction='batchmean'`` divides the sum by the batch size (the mathematical KL);
    ``'mean'`` divides by the number of elements and warns, as PyTorch does.
    """
    if size_average is not None or reduce is not None:
        red = reduction_of("mean", size_average, reduce)
    else:
        if reduction == "mean":
            warnings.warn(_KL_MEAN, stacklevel=2)
        red = "sum" if reduction == "batchmean" else reduction_of(reduction, None, None)
    if log_target:
        loss = target.exp() * (target - input)
    else:
        zero = target == 0
        xlogy = where(zero, 0.0, target * where(zero, 1.0, target).log())
        loss = xlogy - target * input
    out = pw.reduce_loss(loss, red)
    if reduction == "batchmean" and input.dim() != 0:
        out = out / input.shape[0]
    return out  # type: ignore[no-any-return]


def _nll_prepare(
    input: Tensor, target: Tensor, weight: Optional[Tensor], ignore_index: int
) -> tuple[Tensor, Tensor, Optional[Tensor], float, int]:
    """Check the operands of nll/cross-entropy; return ``(x, mask, wt, total, C)``.

    ``x`` has the classes on dim 1, ``mask`` is the boolean one-hot of the targets that are
    not ``ignore_index``, ``wt`` each target's class weight (0 where ignored; None when
    every weight is 1) and ``total`` the sum of the weights (the divisor of ``'mean'``).
    """
    nd = input.dim()
    if nd < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {nd})")
    if nd != 1 and target.dim() >= 1 and input.shape[0] != target.shape[0]:
        raise ValueError(
            f"Expected input batch_size ({input.shape[0]}) to match target batch_size "
            f"({target.shape[0]})."
        )
    if nd <= 2:
        if target.dim() > 1:
            raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    else:
        expected = [input.shape[0], *input.shape[2:]]
        if list(target.shape) != expected:
            raise RuntimeError(f"Expected target size {expected}, got {list(target.shape)}")
    if target.dtype.name not in ("int64", "uint8"):
        raise RuntimeError(
            "expected target dtype to be Long or Byte, but got "
            f"{_errors.SCALAR_TYPE[target.dtype.name]}"
        )
    n_cls = input.shape[1] if nd >= 2 else input.shape[0]
    if weight is not None and (weight.dim() != 1 or weight.numel() != n_cls):
        raise RuntimeError(
            f"weight tensor should be defined either for all {n_cls} classes or no classes but "
            f"got weight tensor of shape: {list(weight.shape)}"
        )
    ids = np.asarray(target.numpy(force=True), dtype=np.int64)
    valid = ids != ignore_index
    bad = valid & ((ids < 0) | (ids >= n_cls))
    if bad.any():
        raise IndexError(f"Target {ids[bad].flat[0]} is out of bounds.")
    x = input if nd >= 2 else input.unsqueeze(0)
    if nd < 2:
        ids, valid = ids.reshape(1), valid.reshape(1)
    # The one-hot mask and the per-target weights are constants: build them on the host.
    onehot = (ids[:, None] == _class_ids(n_cls, ids.ndim)) & valid[:, None]
    mask = _creation.tensor(onehot, device=x.device)
    if weight is None:
        all_valid = bool(valid.all())
        wt = None if all_valid else _creation.tensor(valid, dtype=x.dtype, device=x.device)
        total = float(valid.sum())
    else:
        w = np.asarray(weight.numpy(force=True), dtype=np.float64)
        per = np.where(valid, w[np.where(valid, ids, 0)], 0.0)
        wt = _creation.tensor(per, dtype=x.dtype, device=x.device)
        total = float(per.sum())
    return x, mask, wt, total, n_cls


def _class_ids(n_cls: int, target_ndim: int) -> np.ndarray:
    """``arange(n_cls)`` shaped to broadcast along dim 1 of a ``(N, 1, d1, ...)`` target."""
    return np.arange(n_cls).reshape((n_cls,) + (1,) * (target_ndim - 1))


def _finish_nll(out: Tensor, input: Tensor, target: Tensor, reduction: str) -> Tensor:
    """Give a 1-D-input ``'none'`` result the target's shape."""
    if reduction == "none" and input.dim() == 1:
        return out.reshape(tuple(target.shape))
    return out


def nll_loss(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor] = None,
    size_average: Optional[bool] = None,
    ignore_index: int = -100,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
) -> Tensor:
    """Negative log likelihood of class indices ``target`` under log-probabilities ``input``.

    ``input`` is ``(C)``, ``(N, C)`` or ``(N, C, d1, ...)``; ``'mean'`` divides by the
    summed weights of the targets that are not ``ignore_index``.
    """
    reduction = reduction_of(reduction, size_average, reduce)
    x, mask, wt, total, _ = _nll_prepare(input, target, weight, ignore_index)
    out = fn.NllLoss.apply(x, mask, wt, reduction, total)
    return _finish_nll(out, input, target, reduction)


def cross_entropy(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor] = None,
    size_average: Optional[bool] = None,
    ignore_index: int = -100,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
    label_smoothing: float = 0.0,
) -> Tensor:
    """Cross entropy of logits ``input`` and class indices or class probabilities ``target``.

    A ``target`` of the same shape as ``input`` holds probabilities; otherwise it holds
    class indices (as for :func:`nll_loss`). ``label_smoothing`` mixes the target with the
    uniform distribution.

    Raises:
        RuntimeError: for a ``label_smoothing`` outside ``[0, 1]`` or mistyped targets.
    """
    reduction = reduction_of(reduction, size_average, reduce)
    class_dim = 0 if input.dim() == 1 else 1
    if tuple(input.shape) == tuple(target.shape):
        return _cross_entropy_probs(input, target, weight, reduction, label_smoothing, class_dim)
    if label_smoothing > 1.0:
        raise RuntimeError(
            f"label_smoothing must be between 0.0 and 1.0. Got: {float(label_smoothing)}"
        )
    x, mask, wt, total, n_cls = _nll_prepare(input, target, weight, ignore_index)
    if label_smoothing <= 0.0:
        out = fn.CrossEntropy.apply(x, mask, wt, reduction, total)
        return _finish_nll(out, input, target, reduction)
    logp = fn.LogSoftmax.apply(x, 1)
    nll = fn.NllLoss.apply(logp, mask, wt, reduction, total)
    if weight is not None:
        view = [1, n_cls] + [1] * (x.dim() - 2)
        smooth = -(logp * weight.to(x.dtype).view(*view)).sum(1)
    else:
        smooth = -logp.sum(1)
    smooth = where(mask.any(1), smooth, 0.0)
    if reduction == "mean":
        smooth = smooth.sum() / total
    elif reduction == "sum":
        smooth = smooth.sum()
    out = nll * (1.0 - label_smoothing) + smooth * (label_smoothing / n_cls)
    return _finish_nll(out, input, target, reduction)


def _cross_entropy_probs(
    input: Tensor,
    target: Tensor,
    weight: Optional[Tensor],
    reduction: str,
    label_smoothing: float,
    class_dim: int,
) -> Tensor:
    if not target.is_floating_point():
        raise RuntimeError(
            "Expected floating point type for target with class probabilities, got "
            f"{_errors.SCALAR_TYPE[target.dtype.name]}"
        )
    if not 0.0 <= label_smoothing <= 1.0:
        raise RuntimeError(
            f"label_smoothing must be between 0.0 and 1.0. Got: {float(label_smoothing)}"
        )
    n_cls = input.shape[class_dim]
    logp = fn.LogSoftmax.apply(input, class_dim)
    if label_smoothing > 0:
        target = target * (1.0 - label_smoothing) + label_smoothing / n_cls
    term = logp * target
    if weight is not None:
        view = [1] * input.dim()
        view[class_dim] = n_cls
        term = term * weight.to(input.dtype).view(*view)
    if reduction == "none":
        return -term.sum(class_dim)  # type: ignore[no-any-return]
    out = -term.sum()
    if reduction == "mean":
        out = out / (input.numel() / max(n_cls, 1))
    return out  # type: ignore[no-any-return]


def cosine_embedding_loss(
    input1: Tensor,
    input2: Tensor,
    target: Tensor,
    margin: float = 0,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
) -> Tensor:
    """``1 - cos(x1, x2)`` where ``target == 1``, ``max(0, cos(x1, x2) - margin)`` where -1."""
    reduction = reduction_of(reduction, size_average, reduce)
    td = target.dim()
    if td not in (0, 1):
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    want = 2 if td == 1 else 1
    if input1.dim() != want or input2.dim() != want:
        raise RuntimeError(
            f"{td}D target tensor expects {want}D input tensors, but found inputs with sizes "
            f"{list(input1.shape)} and {list(input2.shape)}."
        )
    eps = 1e-12
    prod = (input1 * input2).sum(td)
    mag1 = (input1 * input1).sum(td) + eps
    mag2 = (input2 * input2).sum(td) + eps
    cos = prod / (mag1 * mag2).sqrt()
    pos = where(target == 1, 1.0 - cos, 0.0)
    neg = where(target == -1, (cos - margin).clamp_min(0.0), 0.0)
    return pw.reduce_loss(pos + neg, reduction)  # type: ignore[no-any-return]


def margin_ranking_loss(
    input1: Tensor,
    input2: Tensor,
    target: Tensor,
    margin: float = 0,
    size_average: Optional[bool] = None,
    reduce: Optional[bool] = None,
    reduction: str = "mean",
) -> Tensor:
    """``max(0, -target * (input1 - input2) + margin)``, reduced by ``reduction``."""
    reduction = reduction_of(reduction, size_average, reduce)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError(
            "margin_ranking_loss : All input tensors should have same dimension but got sizes: "
            f"input1: {size_str(input1.shape)}, input2: {size_str(input2.shape)}, target: "
            f"{size_str(target.shape)} "
        )
    loss = (-target * (input1 - input2) + margin).clamp_min(0.0)
    return pw.reduce_loss(loss, reduction)  # type: ignore[no-any-return]
