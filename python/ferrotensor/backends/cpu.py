"""The CPU backend: a thin adapter over ``ferrotensor._core.RawTensor``.

Most vocabulary entries are the extension's own methods, bound once, so an op
costs one Python-to-Rust call.
"""

from __future__ import annotations

import warnings

import numpy as np

from .. import _core
from .._core import RawTensor

_UNSUPPORTED = (
    "can't convert np.ndarray of type {}. The only supported types are: float64, float32, "
    "float16, int64, int32, int16, int8, uint8, and bool."
)
_SUPPORTED_KINDS = {"f8", "f4", "f2", "i8", "i4", "i2", "i1", "u1", "b1"}


class CpuBackend:
    """Runs every op with the Rust kernels of ``ferrotensor._core``."""

    name = "cpu"

    zeros = staticmethod(RawTensor.zeros)
    full = staticmethod(RawTensor.full)
    arange = staticmethod(RawTensor.arange)
    linspace = staticmethod(RawTensor.linspace)
    eye = staticmethod(RawTensor.eye)
    item = staticmethod(RawTensor.item)

    view = staticmethod(RawTensor.view)
    reshape = staticmethod(RawTensor.reshape)
    permute = staticmethod(RawTensor.permute)
    transpose = staticmethod(RawTensor.transpose)
    expand = staticmethod(RawTensor.expand)
    narrow = staticmethod(RawTensor.narrow)
    slice = staticmethod(RawTensor.slice)
    select = staticmethod(RawTensor.select)
    squeeze = staticmethod(RawTensor.squeeze)
    unsqueeze = staticmethod(RawTensor.unsqueeze)
    flatten = staticmethod(RawTensor.flatten)
    broadcast_to = staticmethod(RawTensor.broadcast_to)
    as_strided = staticmethod(RawTensor.as_strided)
    same_storage = staticmethod(RawTensor.same_storage)

    contiguous = staticmethod(RawTensor.contiguous)
    clone = staticmethod(RawTensor.clone)
    to = staticmethod(RawTensor.to)
    copy_ = staticmethod(RawTensor.copy_)
    fill_ = staticmethod(RawTensor.fill_)
    reduce = staticmethod(RawTensor.reduce)
    arg_reduce = staticmethod(RawTensor.arg_reduce)
    matmul = staticmethod(RawTensor.matmul)

    unary = staticmethod(RawTensor.unary)
    binary = staticmethod(RawTensor.binary)
    where = staticmethod(RawTensor.where_)

    scan = staticmethod(_core.scan_dim)
    scan_extreme = staticmethod(_core.scan_extreme)
    sort = staticmethod(_core.sort_dim)
    topk = staticmethod(_core.topk)
    order_stat = staticmethod(_core.select_dim)
    unique = staticmethod(_core.unique_values)
    searchsorted = staticmethod(_core.searchsorted)
    logsumexp = staticmethod(_core.logsumexp_dim)
    gather_along = staticmethod(_core.gather_along)
    scatter_add_along = staticmethod(_core.scatter_add_along)
    index = staticmethod(_core.index)
    index_put_ = staticmethod(_core.index_put_)
    gather = staticmethod(_core.gather)
    scatter_ = staticmethod(_core.scatter_)
    masked_fill_ = staticmethod(_core.masked_fill_)
    masked_select = staticmethod(_core.masked_select)
    masked_scatter_ = staticmethod(_core.masked_scatter_)
    nonzero = staticmethod(_core.nonzero)

    @staticmethod
    def from_numpy(arr: np.ndarray) -> RawTensor:
        """Share ``arr``'s memory.

        Arrays that cannot be shared safely are copied instead: read-only arrays (with
        PyTorch's warning), non-native byte order, unaligned data, and bool arrays holding
        bytes other than 0 and 1. Negative strides raise PyTorch's ValueError.
        """
        check_numpy_dtype(arr)
        if arr.dtype.byteorder == ">" or (arr.dtype.byteorder == "=" and np.little_endian is False):
            arr = arr.astype(arr.dtype.newbyteorder("="))
        if any(s < 0 for s in arr.strides):
            raise ValueError(
                "At least one stride in the given numpy array is negative, and tensors with "
                "negative strides are not currently supported. (You can probably work around "
                "this by making a copy of your array  with array.copy().) "
            )
        if not arr.flags.writeable:
            warnings.warn(
                "The given NumPy array is not writable, and ferrotensor does not support "
                "non-writable tensors. This means writing to this tensor will result in "
                "undefined behavior. ferrotensor copies such arrays instead of sharing them.",
                UserWarning,
                stacklevel=3,
            )
            arr = arr.copy()
        if not arr.flags.aligned:
            arr = arr.copy()
        if arr.dtype == np.bool_ and arr.size and arr.view(np.uint8).max() > 1:
            # NOTE: a bool array viewed from other bytes can hold values other than 0/1,
            # which the kernels may not read as bool; such arrays are normalised (copied).
            arr = arr.view(np.uint8) != 0
        return RawTensor.from_numpy(arr)

    @staticmethod
    def to_numpy(raw: RawTensor) -> np.ndarray:
        """An ndarray sharing the tensor's memory (the array keeps the storage alive)."""
        return np.asarray(raw)


def check_numpy_dtype(arr: np.ndarray) -> None:
    """Raise PyTorch's TypeError for numpy dtypes ferrotensor cannot hold."""
    kind = f"{arr.dtype.kind}{arr.dtype.itemsize}"
    if kind not in _SUPPORTED_KINDS:
        raise TypeError(_UNSUPPORTED.format(f"numpy.{arr.dtype.type.__name__}"))
