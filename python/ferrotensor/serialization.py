"""``save`` and ``load``: tensors and state dicts in the safetensors format, never pickle.

The tensors go into a safetensors file written by the ``safetensors`` package; the
object's structure (containers, keys, non-tensor leaves and which tensor sits where,
including views that share storage) goes into the file's ``__metadata__`` as JSON.
Loading therefore never executes code.
"""

from __future__ import annotations

import builtins
import json
import math
import os
import struct
import tempfile
import zlib
from collections import OrderedDict
from typing import IO, Any, Callable, Union

import numpy as np

from . import dtypes
from ._creation import from_numpy
from ._size import Size
from ._tensor import Tensor
from .device import device as _device

__all__ = ["load", "save"]

FileLike = Union[str, "os.PathLike[str]", IO[bytes]]
MapLocation = Union[None, str, _device, dict[Any, Any], Callable[..., Any]]

_FORMAT = "ferrotensor"
_VERSION = "1"
_META_KEY = "ferrotensor.structure"

# NOTE: magic numbers of the formats people most often hand to load() by mistake.
_ZIP_MAGIC = b"PK\x03\x04"
_PICKLE_PROTOCOL = b"\x80"


def _safetensors_numpy() -> Any:
    try:
        import safetensors.numpy as stn
    except ImportError as e:  # pragma: no cover - a runtime dependency
        raise ImportError(
            "ferrotensor.save/load need the 'safetensors' package; pip install safetensors"
        ) from e
    return stn


# ---------------------------------------------------------------- saving


class _Saver:
    """Walks an object once, collecting storages and tensor views, and encodes its structure."""

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}
        self.storages: dict[str, dict[str, Any]] = {}
        self.tensors: list[dict[str, Any]] = []
        self._tensor_index: dict[int, int] = {}  # id(tensor) -> index in self.tensors
        self._storage_name: dict[Any, str] = {}  # storage key -> safetensors name
        self._keep_alive: list[Any] = []  # keeps id()s unique for the walk's lifetime
        self._active: set[int] = set()  # containers on the current path (cycle check)

    def _unique_name(self, path: str) -> str:
        name = path or "tensor"
        k = 1
        while name in self.arrays:
            name = f"{path or 'tensor'}.{k}"
            k += 1
        return name

    def _storage_for(self, t: Tensor, path: str) -> tuple[str, int, list[int], list[int]]:
        """Return (storage name, offset, shape, stride) placing ``t`` in a saved storage."""
        root = t._base if t._base is not None else t
        shareable = (
            root.dtype is t.dtype
            and root.device == t.device
            and root.is_contiguous()
            and root.storage_offset() == 0
            and _fits(t, root.numel())
        )
        if shareable:
            if root.device.type == "cpu" and root.numel() > 0:
                # Two distinct tensors over the same memory (a parameter and its .data).
                key: Any = ("ptr", root.data_ptr(), root.dtype.name, tuple(root.shape))
            else:
                key = ("id", id(root))
            self._keep_alive.append(root)
            name = self._storage_name.get(key)
            if name is None:
                name = self._add_storage(root, path)
                self._storage_name[key] = name
            return name, t.storage_offset(), list(t.shape), list(t.stride())
        # NOTE: a view of a strided base is saved as its own values; sharing is lost.
        name = self._add_storage(t, path)
        return name, 0, list(t.shape), _contiguous_strides(list(t.shape))

    def _add_storage(self, t: Tensor, path: str) -> str:
        name = self._unique_name(path)
        arr = np.array(t.detach().cpu().numpy(), order="C")  # ascontiguousarray makes 0-d 1-d
        self.arrays[name] = arr
        self.storages[name] = {
            "dtype": t.dtype.name,
            "shape": list(t.shape),
            "crc32": _crc32(arr),
        }
        return name

    def tensor(self, t: Tensor, path: str) -> dict[str, Any]:
        idx = self._tensor_index.get(id(t))
        if idx is None:
            self._keep_alive.append(t)
            name, offset, shape, stride = self._storage_for(t, path)
            idx = len(self.tensors)
            self.tensors.append(
                {
                    "storage": name,
                    "offset": offset,
                    "shape": shape,
                    "stride": stride,
                    "device": str(t.device),
                }
            )
            self._tensor_index[id(t)] = idx
        return {"type": "tensor", "index": idx}

    def encode(self, obj: Any, path: str) -> Any:
        if isinstance(obj, Tensor):
            return self.tensor(obj, path)
        if obj is None or isinstance(obj, (builtins.bool, str)):
            return obj
        if isinstance(obj, builtins.int):
            return builtins.int(obj)
        if isinstance(obj, builtins.float):
            if math.isfinite(obj):
                return builtins.float(obj)
            return {"type": "float", "value": repr(builtins.float(obj))}
        if isinstance(obj, np.generic) and not isinstance(obj, np.void):
            return self.encode(obj.item(), path)
        if isinstance(obj, dtypes.dtype):
            return {"type": "dtype", "value": obj.name}
        if isinstance(obj, _device):
            return {"type": "device", "value": str(obj)}
        if isinstance(obj, (dict, list, tuple, set, frozenset)):
            return self._container(obj, path)
        where = f" at '{path}'" if path else ""
        raise TypeError(
            f"ferrotensor.save: cannot save an object of type '{type(obj).__name__}'{where}; "
            "only tensors, containers (dict, list, tuple, set) and None/bool/int/float/str, "
            "dtype and device leaves are supported"
        )

    def _container(self, obj: Any, path: str) -> dict[str, Any]:
        if id(obj) in self._active:
            raise ValueError(f"ferrotensor.save: the object contains a reference cycle at '{path}'")
        self._active.add(id(obj))
        try:
            sub = (lambda k: f"{path}.{k}") if path else str
            if isinstance(obj, dict):
                items = [[self.encode(k, path), self.encode(v, sub(k))] for k, v in obj.items()]
                node: dict[str, Any] = {
                    "type": "ordereddict" if isinstance(obj, OrderedDict) else "dict",
                    "items": items,
                }
                meta = getattr(obj, "_metadata", None)
                if isinstance(obj, OrderedDict) and meta is not None:
                    node["metadata"] = self.encode(meta, path)
                return node
            kind = {list: "list", tuple: "tuple", set: "set", frozenset: "frozenset"}
            name = next(v for k, v in kind.items() if isinstance(obj, k))
            if isinstance(obj, Size):
                name = "size"
            return {"type": name, "items": [self.encode(v, sub(i)) for i, v in enumerate(obj)]}
        finally:
            self._active.discard(id(obj))


def _fits(t: Tensor, numel: int) -> builtins.bool:
    """Whether every element of ``t`` lies within the first ``numel`` storage elements."""
    if t.numel() == 0:
        return t.storage_offset() <= numel
    last = t.storage_offset() + sum((n - 1) * s for n, s in zip(t.shape, t.stride()))
    return min(t.stride(), default=0) >= 0 and last < numel


def _crc32(arr: np.ndarray) -> int:
    return zlib.crc32(np.ascontiguousarray(arr).reshape(-1).view(np.uint8).data)


def _contiguous_strides(shape: list[int]) -> list[int]:
    strides, acc = [], 1
    for n in reversed(shape):
        strides.append(acc)
        acc *= max(n, 1)
    return strides[::-1]


def _is_path(f: object) -> bool:
    return isinstance(f, (str, os.PathLike))


def save(
    obj: Any,
    f: FileLike,
    pickle_module: Any = None,
    pickle_protocol: int = 2,
    _use_new_zipfile_serialization: builtins.bool = True,
) -> None:
    """Save a tensor, a state dict or nested containers of them to a safetensors file.

    Tensors are stored with the ``safetensors`` package; the structure (containers,
    keys, non-tensor leaves, dtypes, shapes and which tensors share storage) is kept
    as JSON in the file's ``__metadata__``, so ``load`` never runs pickle. A tensor
    object that appears twice, and views of one contiguous base, are stored once and
    load sharing memory. Non-contiguous tensors save their values.

    NOTE: ``requires_grad`` and ``nn.Parameter`` are not preserved (as in PyTorch's
    weights-only state dicts): everything loads as plain tensors.

    Args:
        obj (object): a tensor, or dicts, lists, tuples and sets of tensors, ``None``,
            bools, ints, floats, strings, dtypes and devices.
        f (str, os.PathLike or file object): a path, written atomically (temporary
            file then rename), or a binary file object opened for writing.
        pickle_module (optional): accepted for PyTorch compatibility and ignored.
        pickle_protocol (int, optional): accepted for PyTorch compatibility and ignored.

    Raises:
        TypeError: if ``obj`` contains an unsupported type (nothing is written).

    Example::

        >>> import io, ferrotensor as torch
        >>> buf = io.BytesIO()
        >>> torch.save({"w": torch.ones(2)}, buf)
        >>> _ = buf.seek(0)
        >>> torch.load(buf)
        {'w': tensor([1., 1.])}
    """
    del pickle_module, pickle_protocol, _use_new_zipfile_serialization
    saver = _Saver()
    structure = saver.encode(obj, "")
    payload = json.dumps(
        {"tensors": saver.tensors, "storages": saver.storages, "obj": structure},
        separators=(",", ":"),
        allow_nan=False,
    )
    metadata = {"format": _FORMAT, "ferrotensor.version": _VERSION, _META_KEY: payload}
    data = _safetensors_numpy().save(saver.arrays, metadata=metadata)
    if _is_path(f):
        _write_atomic(os.fspath(f), data)  # type: ignore[arg-type]
    elif hasattr(f, "write"):
        f.write(data)
    else:
        raise TypeError(
            f"ferrotensor.save: f must be a path or a binary file object (got {type(f).__name__})"
        )


def _write_atomic(path: str, data: bytes) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".ft-save-", suffix=".tmp", dir=directory)
    try:
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _file_mode(path: str) -> int:
    """Keep an existing file's mode; give a new one the usual 0o666 less the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


# ---------------------------------------------------------------- loading


def _read_bytes(f: FileLike) -> bytes:
    if _is_path(f):
        with open(os.fspath(f), "rb") as fh:  # type: ignore[arg-type]
            raw: bytes = fh.read()
        return raw
    if hasattr(f, "read"):
        data = f.read()
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("ferrotensor.load: the file object must be opened in binary mode")
        return builtins.bytes(data)
    raise TypeError(
        f"ferrotensor.load: f must be a path or a binary file object (got {type(f).__name__})"
    )


def _bad(msg: str) -> RuntimeError:
    return RuntimeError(f"ferrotensor.load: {msg}")


def _parse(data: bytes) -> tuple[dict[str, np.ndarray], dict[str, str] | None]:
    if len(data) < 8:
        raise _bad(f"the file is too short to be a safetensors file ({len(data)} bytes)")
    try:
        arrays = _safetensors_numpy().load(data)
    except Exception as e:
        # NOTE: checked only after safetensors fails: a header length may start with 0x80.
        if data.startswith(_ZIP_MAGIC) or (data[:1] == _PICKLE_PROTOCOL and 2 <= data[1] <= 5):
            raise _bad(
                "the file looks like a PyTorch zip/pickle checkpoint, which ferrotensor does "
                "not load because unpickling can execute code; re-save it as safetensors "
                "(e.g. safetensors.torch.save_file(state_dict, path))"
            ) from None
        raise _bad(f"not a valid safetensors file (truncated or corrupted?): {e}") from e
    # safetensors has validated the header; read its metadata, which the numpy API drops.
    (n,) = struct.unpack("<Q", data[:8])
    try:
        header = json.loads(data[8 : 8 + n])
    except ValueError as e:  # pragma: no cover - safetensors checked the header already
        raise _bad(f"corrupted safetensors header: {e}") from e
    meta = header.get("__metadata__") if isinstance(header, dict) else None
    return arrays, meta


class _Loader:
    """Rebuilds the saved object from the validated arrays and structure JSON."""

    def __init__(
        self, arrays: dict[str, np.ndarray], payload: dict[str, Any], map_location: MapLocation
    ):
        self.arrays = arrays
        self.map_location = map_location
        storages = payload.get("storages")
        tensors = payload.get("tensors")
        if not isinstance(storages, dict) or not isinstance(tensors, list):
            raise _bad("corrupted structure metadata (missing 'storages' or 'tensors')")
        self.storage_meta: dict[str, Any] = storages
        self.tensor_meta: list[Any] = tensors
        self._storages: dict[str, Tensor] = {}
        self._tensors: dict[int, Tensor] = {}
        self._used: set[int] = set()  # ids of storages already handed out as a tensor

    def _storage(self, name: Any, location: str) -> Tensor:
        key = f"{name}@{location}"
        if key in self._storages:
            return self._storages[key]
        meta = self.storage_meta.get(name) if isinstance(name, str) else None
        arr = self.arrays.get(name) if isinstance(name, str) else None
        if not isinstance(meta, dict) or arr is None:
            raise _bad(f"corrupted structure metadata (unknown storage {name!r})")
        want = meta.get("dtype")
        if want not in dtypes.BY_NAME or np.dtype(want) != arr.dtype:
            raise _bad(f"storage {name!r} has dtype {arr.dtype} but the metadata says {want!r}")
        if meta.get("shape") != list(arr.shape):
            raise _bad(
                f"storage {name!r} has shape {list(arr.shape)} but the metadata says "
                f"{meta.get('shape')!r}"
            )
        # NOTE: safetensors has no checksums; ours catches bytes corrupted in the data area.
        if meta.get("crc32") != _crc32(arr):
            raise _bad(f"storage {name!r} is corrupted (checksum mismatch)")
        t = _place(from_numpy(np.array(arr, copy=True)), location, self.map_location)
        self._storages[key] = t
        return t

    def tensor(self, idx: Any) -> Tensor:
        if not isinstance(idx, builtins.int) or not 0 <= idx < len(self.tensor_meta):
            raise _bad(f"corrupted structure metadata (tensor index {idx!r})")
        if idx in self._tensors:
            return self._tensors[idx]
        m = self.tensor_meta[idx]
        if not isinstance(m, dict):
            raise _bad(f"corrupted structure metadata (tensor {idx})")
        location = m.get("device", "cpu")
        if not isinstance(location, str):
            raise _bad(f"corrupted structure metadata (device of tensor {idx})")
        base = self._storage(m.get("storage"), location)
        shape: Any = m.get("shape")
        stride: Any = m.get("stride")
        offset: Any = m.get("offset")
        _check_view(idx, shape, stride, offset, base.numel())
        full = shape == list(base.shape) and stride == list(base.stride()) and offset == 0
        if full and id(base) not in self._used:
            t = base
            self._used.add(id(base))
        else:
            t = base.as_strided(tuple(shape), tuple(stride), offset)
        self._tensors[idx] = t
        return t

    def decode(self, node: Any) -> Any:
        if node is None or isinstance(node, (builtins.bool, builtins.int, builtins.float, str)):
            return node
        if not isinstance(node, dict) or not isinstance(node.get("type"), str):
            raise _bad(f"corrupted structure metadata (unexpected node {node!r:.80})")
        kind = node["type"]
        value: Any = node.get("value")
        if kind == "tensor":
            return self.tensor(node.get("index"))
        if kind == "float":
            if value not in ("nan", "inf", "-inf"):
                raise _bad(f"corrupted structure metadata (float {value!r})")
            return builtins.float(value)
        if kind == "dtype":
            if value not in dtypes.BY_NAME:
                raise _bad(f"corrupted structure metadata (dtype {value!r})")
            return dtypes.BY_NAME[value]
        if kind == "device":
            try:
                return _device(value)
            except (TypeError, RuntimeError, ValueError) as e:
                raise _bad(f"corrupted structure metadata (device {value!r})") from e
        items = node.get("items")
        if not isinstance(items, list):
            raise _bad(f"corrupted structure metadata ({kind!r} without items)")
        if kind in ("dict", "ordereddict"):
            out: dict[Any, Any] = OrderedDict() if kind == "ordereddict" else {}
            for pair in items:
                if not isinstance(pair, list) or len(pair) != 2:
                    raise _bad("corrupted structure metadata (dict item)")
                key = self.decode(pair[0])
                try:
                    out[key] = self.decode(pair[1])
                except TypeError as e:
                    raise _bad(f"corrupted structure metadata (unhashable key {key!r})") from e
            if "metadata" in node and isinstance(out, OrderedDict):
                out._metadata = self.decode(node["metadata"])  # type: ignore[attr-defined]
            return out
        values = [self.decode(v) for v in items]
        if kind == "list":
            return values
        if kind == "tuple":
            return tuple(values)
        if kind == "size":
            return Size(values)
        if kind in ("set", "frozenset"):
            try:
                return set(values) if kind == "set" else frozenset(values)
            except TypeError as e:
                raise _bad("corrupted structure metadata (unhashable set item)") from e
        raise _bad(f"corrupted structure metadata (unknown node type {kind!r})")


def _check_view(idx: int, shape: Any, stride: Any, offset: Any, numel: int) -> None:
    def ints(v: Any) -> builtins.bool:
        return isinstance(v, list) and all(
            isinstance(x, builtins.int) and not isinstance(x, builtins.bool) and x >= 0 for x in v
        )

    if not (ints(shape) and ints(stride) and len(shape) == len(stride)):
        raise _bad(f"corrupted structure metadata (shape/stride of tensor {idx})")
    if not isinstance(offset, builtins.int) or isinstance(offset, builtins.bool) or offset < 0:
        raise _bad(f"corrupted structure metadata (offset of tensor {idx})")
    if 0 in shape:
        return
    last = offset + sum((n - 1) * s for n, s in zip(shape, stride))
    if last >= numel:
        raise _bad(f"corrupted structure metadata (tensor {idx} reaches past its storage)")


def _place(t: Tensor, location: str, map_location: MapLocation) -> Tensor:
    """Move a freshly loaded CPU tensor to where ``map_location`` says (PyTorch's rules)."""
    if map_location is None:
        target: Any = location
    elif callable(map_location):
        result = map_location(t, location)
        return result if isinstance(result, Tensor) else _place(t, location, None)
    elif isinstance(map_location, dict):
        norm = {str(_device(k)): v for k, v in map_location.items()}
        target = norm.get(str(_device(location)), location)
    else:
        target = map_location
    dev = _device(target)
    if dev.type != "cpu":
        from . import cuda

        if not cuda.is_available():
            raise RuntimeError(
                f"ferrotensor.load: attempting to load a tensor on device '{dev}' but no GPU is "
                "available; use map_location='cpu'"
            )
    return t if dev.type == "cpu" else t.to(dev)


def load(
    f: FileLike,
    map_location: MapLocation = None,
    pickle_module: Any = None,
    *,
    weights_only: builtins.bool | None = True,
    mmap: builtins.bool | None = None,
) -> Any:
    """Load an object saved by :func:`save` (or a plain safetensors file).

    Never executes code: the file is parsed by the ``safetensors`` package and its
    structure is JSON, whatever ``weights_only`` says. A plain safetensors file
    without ferrotensor's metadata loads as a dict of tensors, in file order.
    ``requires_grad`` is not stored, so every tensor loads with ``requires_grad=False``
    and ``nn.Parameter`` values load as plain tensors.

    Args:
        f (str, os.PathLike or file object): a path or a binary file object.
        map_location (str, device, dict or callable, optional): where tensors go.
            ``None`` restores each tensor's saved device; ``"cpu"``, ``"cuda"``,
            ``"gpu"`` or a ``device`` moves all of them; a dict maps saved locations
            to new ones (``{"cuda:0": "cpu"}``); a callable is called as
            ``fn(tensor, location)`` and its returned tensor is used (``None`` keeps
            the default). (default: None)
        pickle_module (optional): accepted for PyTorch compatibility and ignored.
        weights_only (bool, optional): accepted for PyTorch compatibility; loading is
            always weights-only safe. (default: True)
        mmap (bool, optional): accepted for PyTorch compatibility and ignored.

    Returns:
        The saved object, with tensors rebuilt.

    Raises:
        RuntimeError: if the file is truncated, corrupted, not a safetensors file (a
            PyTorch zip/pickle checkpoint, say), or names a device that is missing.
    """
    del pickle_module, weights_only, mmap
    start = None
    if not _is_path(f) and hasattr(f, "seekable") and f.seekable():
        start = f.tell()  # type: ignore[union-attr]
    data = _read_bytes(f)
    try:
        return _load_bytes(data, map_location)
    except BaseException:
        if start is not None:
            f.seek(start)  # type: ignore[union-attr]  # a failed load leaves f where it was
        raise


def _load_bytes(data: bytes, map_location: MapLocation) -> Any:
    arrays, meta = _parse(data)
    if meta is None or meta.get("format") != _FORMAT or _META_KEY not in meta:
        # A plain safetensors file (e.g. from safetensors.torch): a flat dict of tensors.
        return OrderedDict(
            (name, _place(from_numpy(np.array(a, copy=True)), "cpu", map_location))
            for name, a in _file_order(data, arrays)
        )
    if meta.get("ferrotensor.version") != _VERSION:
        raise _bad(
            f"unsupported ferrotensor format version {meta.get('ferrotensor.version')!r} "
            f"(this ferrotensor reads version {_VERSION})"
        )
    try:
        payload = json.loads(meta[_META_KEY])
    except ValueError as e:
        raise _bad(f"corrupted structure metadata (invalid JSON: {e})") from e
    if not isinstance(payload, dict) or "obj" not in payload:
        raise _bad("corrupted structure metadata (no 'obj' entry)")
    try:
        return _Loader(arrays, payload, map_location).decode(payload["obj"])
    except RecursionError as e:
        raise _bad("corrupted structure metadata (nested too deeply)") from e


def _file_order(data: bytes, arrays: dict[str, np.ndarray]) -> list[tuple[str, np.ndarray]]:
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    names = sorted(
        (k for k in header if k != "__metadata__"),
        key=lambda k: header[k]["data_offsets"][0],
    )
    return [(k, arrays[k]) for k in names]
