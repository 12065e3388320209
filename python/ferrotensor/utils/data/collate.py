"""``default_collate`` and ``default_convert``, following ``torch.utils.data``'s rules."""

from __future__ import annotations

import collections.abc
import copy
import re
from typing import Any

import numpy as np

import ferrotensor

__all__ = ["default_collate", "default_convert"]

_NP_STR_OBJ = re.compile(r"[SaUO]")

_ERR_FMT = (
    "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"
)


def _is_numpy(obj: Any) -> bool:
    t = type(obj)
    return t.__module__ == "numpy" and t.__name__ not in ("str_", "string_")


def default_convert(data: Any) -> Any:
    """Convert numpy arrays and scalars inside ``data`` to tensors (no batching)."""
    if isinstance(data, ferrotensor.Tensor):
        return data
    if _is_numpy(data):
        if isinstance(data, np.ndarray) and _NP_STR_OBJ.search(data.dtype.str):
            return data
        return ferrotensor.as_tensor(np.asarray(data))
    if isinstance(data, collections.abc.Mapping):
        try:
            if isinstance(data, collections.abc.MutableMapping):
                clone = copy.copy(data)
                clone.update({k: default_convert(data[k]) for k in data})
                return clone
            return type(data)({k: default_convert(data[k]) for k in data})
        except TypeError:
            return {k: default_convert(data[k]) for k in data}
    if isinstance(data, tuple) and hasattr(data, "_fields"):
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if isinstance(data, collections.abc.Sequence) and not isinstance(data, (str, bytes)):
        try:
            if isinstance(data, collections.abc.MutableSequence):
                clone = copy.copy(data)
                for i, d in enumerate(data):
                    clone[i] = default_convert(d)
                return clone
            return type(data)([default_convert(d) for d in data])
        except TypeError:
            return [default_convert(d) for d in data]
    return data


def _collate_mapping(batch: list[Any]) -> Any:
    elem = batch[0]
    out = {k: default_collate([d[k] for d in batch]) for k in elem}
    try:
        if isinstance(elem, collections.abc.MutableMapping):
            clone = copy.copy(elem)
            clone.update(out)
            return clone
        return type(elem)(out)
    except TypeError:
        return out


def _collate_sequence(batch: list[Any]) -> Any:
    elem = batch[0]
    it = iter(batch)
    size = len(next(it))
    if not all(len(e) == size for e in it):
        raise RuntimeError("each element in list of batch should be of equal size")
    transposed = list(zip(*batch))
    items = [default_collate(s) for s in transposed]
    if isinstance(elem, tuple):
        return items  # PyTorch returns a list here, for backwards compatibility
    try:
        if isinstance(elem, collections.abc.MutableSequence):
            clone = copy.copy(elem)
            for i, v in enumerate(items):
                clone[i] = v
            return clone
        return type(elem)(items)
    except TypeError:
        return items


def default_collate(batch: Any) -> Any:
    """Stack a list of samples into a batch, following PyTorch's ``default_collate``.

    Tensors are stacked, numpy arrays become stacked tensors, Python floats a
    float64 tensor, ints an int64 tensor, bools a bool tensor, strings stay a
    list; mappings, named tuples and sequences are collated element-wise.
    """
    elem = batch[0]
    if isinstance(elem, ferrotensor.Tensor):
        return ferrotensor.stack(list(batch), 0)
    if _is_numpy(elem):
        if isinstance(elem, np.ndarray):
            if _NP_STR_OBJ.search(elem.dtype.str):
                raise TypeError(_ERR_FMT.format(elem.dtype))
            return ferrotensor.stack([ferrotensor.as_tensor(np.asarray(b)) for b in batch], 0)
        if isinstance(elem, np.generic):
            return ferrotensor.as_tensor(np.asarray(batch))
    if isinstance(elem, float):
        return ferrotensor.tensor(list(batch), dtype=ferrotensor.float64)
    if isinstance(elem, int):
        return ferrotensor.tensor(list(batch))
    if isinstance(elem, (str, bytes)):
        return batch
    if isinstance(elem, collections.abc.Mapping):
        return _collate_mapping(batch)
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):
        return type(elem)(*(default_collate(s) for s in zip(*batch)))
    if isinstance(elem, collections.abc.Sequence):
        return _collate_sequence(batch)
    raise TypeError(_ERR_FMT.format(type(elem)))
