"""Splitting, reordering and repeating methods of ``Tensor`` (flip, roll, repeat, movedim, ...).

The joining functions (``cat``, ``stack``, ...) live in ``_join``. Each method here checks
its arguments in PyTorch's words, then either runs the raw kernels of
``autograd.functions.join`` or, when the input is tracked, the matching Function.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Optional

from . import _errors
from ._tensor_shape import _norm, _tracked
from .autograd.functions import join as fn

if TYPE_CHECKING:
    from ._tensor import Tensor


def _is_tensor(x: Any) -> bool:
    return hasattr(x, "_raw") and hasattr(x, "_backend")


def _int(x: Any, fname: str, arg: str, pos: int, kind: str = "int") -> int:
    """``x`` as a Python int (ints, numpy ints, integer 0-d tensors), else PyTorch's TypeError."""
    if isinstance(x, bool) or not hasattr(x, "__index__"):
        raise TypeError(
            f"{fname}(): argument '{arg}' (position {pos}) must be {kind}, not {type(x).__name__}"
        )
    try:
        return int(x.__index__())
    except TypeError:
        raise TypeError(
            f"{fname}(): argument '{arg}' (position {pos}) must be {kind}, not {type(x).__name__}"
        ) from None


def int_list(x: Any, fname: str, arg: str, pos: int, allow_int: bool = False) -> list[int]:
    """A tuple/list of ints (or one int when ``allow_int``) as a list, in PyTorch's words."""
    if not isinstance(x, (list, tuple)) and not _is_tensor(x):
        if allow_int and hasattr(x, "__index__") and not isinstance(x, bool):
            return [_int(x, fname, arg, pos)]
        raise TypeError(
            f"{fname}(): argument '{arg}' (position {pos}) must be tuple of ints, not "
            f"{type(x).__name__}"
        )
    if _is_tensor(x):
        if x.ndim == 0:
            return [_int(x, fname, arg, pos)]
        x = x.tolist()
    out = []
    for i, v in enumerate(x):
        if isinstance(v, bool) or not hasattr(v, "__index__"):
            raise TypeError(
                f"{fname}(): argument '{arg}' (position {pos}) must be tuple of ints, but found "
                f"element of type {type(v).__name__} at pos {i}"
            )
        out.append(int(v.__index__()))
    return out


def _varargs(args: tuple[Any, ...], kwargs: dict[str, Any], fname: str, arg: str) -> Any:
    """``f(1, 2)``, ``f((1, 2))`` and ``f(arg=(1, 2))`` for methods taking ``*args``."""
    if kwargs:
        extra = [k for k in kwargs if k != arg]
        if extra or args:
            name = extra[0] if extra else arg
            raise TypeError(f"{fname}() got an unexpected keyword argument '{name}'")
        return kwargs[arg]
    if len(args) == 1 and isinstance(args[0], (list, tuple)):
        return args[0]
    return args


def _slice_bounds(size: int, starts: Sequence[int]) -> list[tuple[int, int]]:
    """``(start, length)`` of ``x[:i0], x[i0:i1], ..., x[ik:]`` with Python slice clamping."""

    def clamp(i: int) -> int:
        if i < 0:
            i += size
        return min(max(i, 0), size)

    bounds = [0, *(clamp(i) for i in starts), size]
    return [(a, max(b - a, 0)) for a, b in zip(bounds, bounds[1:])]


class JoinMixin:
    """Splitting, reordering and repeating ops."""

    __slots__ = ()
    _raw: Any
    _backend: Any

    # NOTE: ``narrow`` and ``unbind`` also exist, without autograd, on ShapeMixin; Tensor
    # lists JoinMixin first so these differentiable versions are the ones it uses.

    def narrow(self, dim: int, start: Any, length: int) -> Tensor:
        """Return a view of ``length`` indices of ``dim`` starting at ``start``.

        Args:
            dim (int): the dimension to narrow.
            start (int or Tensor): the first index (negative counts from the end); a 0-d
                integer tensor is accepted.
            length (int): the number of indices.

        Raises:
            IndexError: if ``dim`` or ``start`` is out of range.
            RuntimeError: for a 0-d tensor, a negative length, or a slice past the end.
        """
        raw = self._raw
        if raw.ndim == 0:
            raise RuntimeError("narrow() cannot be applied to a 0-dim tensor.")
        if _is_tensor(start):
            if start.ndim != 0 or start.dtype.is_floating_point or start._raw.dtype == "bool":
                raise RuntimeError("start must be an 0-dim integral Tensor.")
            start = start.item()
        start = _int(start, "narrow", "start", 3)
        length = _int(length, "narrow", "length", 4)
        d = _norm(dim, raw.ndim)
        size = raw.shape[d]
        if length < 0:
            raise RuntimeError("narrow(): length must be non-negative.")
        if not -size <= start <= size:
            raise IndexError(
                f"start out of range (expected to be in range of [{-size}, {size}], but got "
                f"{start})"
            )
        if start < 0:
            start += size
        if start + length > size:
            raise RuntimeError(
                f"start ({start}) + length ({length}) exceeds dimension size ({size})."
            )
        if _tracked(self):
            return fn.Narrow.apply(self, d, start, length)  # type: ignore[no-any-return]
        return self._view_of(self._backend.narrow(raw, d, start, length))  # type: ignore[attr-defined, no-any-return]

    def unbind(self, dim: int = 0) -> tuple[Tensor, ...]:
        """Return every index of ``dim`` as a view, removing that dimension."""
        raw = self._raw
        if raw.ndim == 0:
            raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
        d = _norm(dim, raw.ndim)
        if _tracked(self):
            return fn.Unbind.apply(self, d)  # type: ignore[no-any-return]
        b = self._backend
        return tuple(self._view_of(b.select(raw, d, i)) for i in range(raw.shape[d]))  # type: ignore[attr-defined]

    def tensor_split(
        self,
        indices_or_sections: Any = None,
        dim: int = 0,
        *,
        sections: Any = None,
        indices: Any = None,
        tensor_indices_or_sections: Any = None,
    ) -> tuple[Tensor, ...]:
        """Split into ``n`` nearly equal views, or at the given indices, along ``dim``.

        Args:
            indices_or_sections (int, sequence of ints or Tensor): a number of sections
                (the first ``size % n`` get one extra index) or the indices to split at.
            dim (int): the dimension to split (default: 0).
            sections (int, optional): ``indices_or_sections`` by PyTorch's keyword for a count.
            indices (sequence of ints, optional): ``indices_or_sections`` by its keyword for
                indices.
            tensor_indices_or_sections (Tensor, optional): the same, given as a tensor.
        """
        spec: Any = next(
            (
                v
                for v in (indices_or_sections, sections, indices, tensor_indices_or_sections)
                if v is not None
            ),
            None,
        )
        raw = self._raw
        if raw.ndim == 0:
            raise RuntimeError(
                "tensor_split expected at least a 1-dimensional tensor, but got a tensor with "
                "0 dims"
            )
        d = _norm(dim, raw.ndim)
        size = raw.shape[d]
        if _is_tensor(spec):
            if spec._raw.dtype != "int64":
                raise RuntimeError(
                    "tensor_split expected tensor_indices_or_sections to have dtype of long, "
                    f"but got {_errors.SCALAR_TYPE[spec._raw.dtype]}"
                )
            if spec.ndim > 1:
                raise RuntimeError(
                    "tensor_split expected tensor_indices_or_sections to be a zero-dimensional "
                    f"or one-dimensional tensor, but got a tensor with {spec.ndim} dims"
                )
            spec = spec.item() if spec.ndim == 0 else spec.tolist()
        if isinstance(spec, (list, tuple)):
            bounds = _slice_bounds(size, int_list(spec, "tensor_split", "indices", 2))
        elif hasattr(spec, "__index__") and not isinstance(spec, bool):
            n = spec.__index__()
            if n <= 0:
                raise RuntimeError(f"number of sections must be larger than 0, got {n}")
            q, r = divmod(size, n)
            lengths = [q + 1] * r + [q] * (n - r)
            starts = [sum(lengths[:i]) for i in range(n)]
            bounds = list(zip(starts, lengths))
        else:
            raise TypeError(
                "tensor_split(): argument 'indices_or_sections' must be int, tuple of ints or "
                f"Tensor, not {type(spec).__name__}"
            )
        if _tracked(self):
            return tuple(fn.Narrow.apply(self, d, s, n) for s, n in bounds)
        b = self._backend
        return tuple(self._view_of(b.narrow(raw, d, s, n)) for s, n in bounds)  # type: ignore[attr-defined]

    def flip(self, *dims: Any, **kwargs: Any) -> Tensor:
        """Return a copy with the order of elements reversed along ``dims``."""
        spec = _varargs(dims, kwargs, "flip", "dims")
        ds = int_list(spec, "flip", "dims", 2, allow_int=True)
        n = self._raw.ndim
        norm = [_norm(d, n) for d in ds]
        for i, d in enumerate(norm):
            if d in norm[:i]:
                raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
        if _tracked(self):
            return fn.Flip.apply(self, norm)  # type: ignore[no-any-return]
        return _new(self, fn.flip_raw(self._backend, self._raw, norm))

    def fliplr(self) -> Tensor:
        """Reverse the order of columns (dimension 1); needs at least 2 dimensions."""
        if self._raw.ndim < 2:
            raise RuntimeError("Input must be >= 2-d.")
        return self.flip(1)

    def flipud(self) -> Tensor:
        """Reverse the order of rows (dimension 0); needs at least 1 dimension."""
        if self._raw.ndim < 1:
            raise RuntimeError("Input must be >= 1-d.")
        return self.flip(0)

    def roll(self, shifts: Any, dims: Any = None) -> Tensor:
        """Return a copy rolled by ``shifts`` along ``dims`` (None: over the flattened tensor).

        Elements pushed past the end re-enter at the start.

        Args:
            shifts (int or tuple of ints): the shift of each rolled dimension.
            dims (int or tuple of ints, optional): the dimensions to roll (default: None).
        """
        sh = int_list(shifts, "roll", "shifts", 2, allow_int=True)
        ds = [] if dims is None else int_list(dims, "roll", "dims", 3, allow_int=True)
        if not sh:
            raise RuntimeError("`shifts` required")
        if len(sh) != len(ds) and (ds or len(sh) != 1):
            raise RuntimeError(
                f"shifts and dimensions must align. shifts: {len(sh)}, dims:{len(ds)}"
            )
        n = self._raw.ndim
        if ds and n == 0:
            raise IndexError(f"Dimension specified as {ds[0]} but tensor has no dimensions")
        norm: Optional[list[int]] = [_norm(d, n) for d in ds] if ds else None
        if _tracked(self):
            return fn.Roll.apply(self, sh, norm)  # type: ignore[no-any-return]
        return _new(self, fn.roll_raw(self._backend, self._raw, sh, norm))

    def repeat(self, *repeats: Any, **kwargs: Any) -> Tensor:
        """Return a copy tiled ``repeats[i]`` times along each dimension.

        ``repeats`` may have more entries than the tensor has dimensions (leading
        dimensions of size 1 are added), not fewer.
        """
        spec = _varargs(repeats, kwargs, "repeat", "repeats")
        if spec == ():
            raise TypeError('repeat() missing 1 required positional arguments: "repeats"')
        reps = int_list(spec, "repeat", "repeats", 1, allow_int=True)
        return self._repeat(reps)

    def _repeat(self, reps: list[int]) -> Tensor:
        raw = self._raw
        if len(reps) < raw.ndim:
            raise RuntimeError(
                "Number of dimensions of repeat dims can not be smaller than number of "
                "dimensions of tensor"
            )
        shape = [1] * (len(reps) - raw.ndim) + list(raw.shape)
        out_shape = [r * s for r, s in zip(reps, shape)]
        for r, s in zip(reps, out_shape):
            if r < 0:
                raise RuntimeError(
                    f"Trying to create tensor with negative dimension {s}: {out_shape}"
                )
        if _tracked(self):
            return fn.Repeat.apply(self, reps)  # type: ignore[no-any-return]
        return _new(self, fn.repeat_raw(self._backend, raw, reps))

    def tile(self, *dims: Any, **kwargs: Any) -> Tensor:
        """Repeat along each dimension like :meth:`repeat`; a shorter ``dims`` gets leading 1s."""
        spec = _varargs(dims, kwargs, "tile", "dims")
        reps = int_list(spec, "tile", "dims", 2, allow_int=True)
        reps = [1] * (self._raw.ndim - len(reps)) + reps
        return self._repeat(reps)

    def repeat_interleave(
        self, repeats: Any, dim: Optional[int] = None, *, output_size: Optional[int] = None
    ) -> Tensor:
        """Repeat each element ``repeats`` times along ``dim`` (None: of the flattened tensor).

        Args:
            repeats (int or Tensor): one count for every index, or a 0-d/1-d integer tensor
                of counts (one per index of ``dim``, or a single one).
            dim (int, optional): the dimension to repeat along (default: flatten first).
            output_size (int, optional): the total size of the result along ``dim``.
        """
        x: Any = self
        if dim is None:
            x = self.flatten()  # type: ignore[attr-defined]
            d = 0
        else:
            d = _norm(dim, self._raw.ndim)
        if not _is_tensor(repeats):
            r = _int(repeats, "repeat_interleave", "repeats", 2, "Tensor or int")
            if r < 0:
                raise RuntimeError("Repeats must be non-negative")
            shape = list(x.shape)
            n = shape[d] * r if x.ndim else r
            if output_size is not None and output_size != n:
                raise RuntimeError(
                    f"repeat_interleave: Invalid output_size, expected {n} but got {output_size}"
                )
            # PyTorch's own composition (and graph): unsqueeze, expand, clone, view.
            x = x.unsqueeze(d + 1)
            shape.insert(d + 1, r)
            out_shape = shape[: d + 1] + shape[d + 2 :]
            out_shape[d] = n
            return x.expand(*shape).clone().view(out_shape)  # type: ignore[no-any-return]
        counts = _repeat_counts(repeats)
        if x.ndim == 0:
            raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
        size = x.shape[d]
        if len(counts) == 1:
            counts = counts * size
        elif len(counts) != size:
            raise RuntimeError(
                "repeats must have the same size as input along dim, but got "
                f"repeats.size(0) = {len(counts)} and input.size({d}) = {size}"
            )
        if output_size is not None and output_size != sum(counts):
            raise RuntimeError("allocated size does not match required size")
        if _tracked(x):
            return fn.RepeatInterleave.apply(x, d, counts)  # type: ignore[no-any-return]
        return _new(x, fn.repeat_segments_raw(x._backend, x._raw, d, counts))

    def movedim(self, source: Any, destination: Any) -> Tensor:
        """Move the dimensions ``source`` to the positions ``destination`` (a permuted view).

        The other dimensions keep their relative order.
        """
        src = int_list(source, "movedim", "source", 2, allow_int=True)
        dst = int_list(destination, "movedim", "destination", 3, allow_int=True)
        if len(src) != len(dst):
            raise RuntimeError(
                "movedim: Invalid source or destination dims: source "
                f"({src} dims) should contain the same number of dims as destination "
                f"({dst} dims)"
            )
        n = self._raw.ndim
        ns = [_norm(d, n) for d in src]
        nd = [_norm(d, n) for d in dst]
        if len(set(ns)) != len(ns):
            raise RuntimeError(f"movedim: repeated dim in `source` ({src})")
        if len(set(nd)) != len(nd):
            raise RuntimeError(f"movedim: repeated dim in `destination` ({dst})")
        if n == 0:
            return self.permute()  # type: ignore[attr-defined, no-any-return]
        perm = [-1] * n
        for s, d in zip(ns, nd):
            perm[d] = s
        rest = iter(i for i in range(n) if i not in ns)
        perm = [next(rest) if p < 0 else p for p in perm]
        return self.permute(*perm)  # type: ignore[attr-defined, no-any-return]

    moveaxis = movedim

    def unflatten(self, dim: int, sizes: Any) -> Tensor:
        """Expand dimension ``dim`` into the dimensions ``sizes`` (one may be -1), as a view."""
        n = self._raw.ndim
        if n == 0:
            raise RuntimeError(
                f"unflatten got an unexpected error:\nDimension specified as {dim} but tensor "
                "has no dimensions"
            )
        d = _norm(dim, n)
        sz = int_list(sizes, "unflatten", "sizes", 2)
        if not sz:
            raise RuntimeError("unflatten: sizes must be non-empty")
        size = self._raw.shape[d]
        shape = list(sz)
        if sz.count(-1) > 1:
            raise RuntimeError(
                "unflatten got an unexpected error:\nonly one dimension can be inferred"
            )
        for i, s in enumerate(sz):
            if s < -1:
                raise RuntimeError(
                    f"unflatten got an unexpected error:\ninvalid shape dimension {s} at index "
                    f"{i} of shape {sz}"
                )
        known = 1
        for s in sz:
            known *= s if s != -1 else 1
        if -1 in sz:
            if known == 0 and size == 0:
                raise RuntimeError(
                    "unflatten got an unexpected error:\ncannot reshape tensor of 0 elements "
                    f"into shape {sz} because the unspecified dimension size -1 can be any "
                    "value and is ambiguous"
                )
            if known and size % known == 0:
                shape[sz.index(-1)] = size // known
                known = size
        if known != size:
            raise RuntimeError(
                f"unflatten: Provided sizes {sz} don't multiply up to the size of dim {d} "
                f"({size}) in the input tensor"
            )
        full = list(self._raw.shape)
        full[d : d + 1] = shape
        return self.view(full)  # type: ignore[attr-defined, no-any-return]


def _repeat_counts(repeats: Any) -> list[int]:
    """The counts of a tensor ``repeats`` argument, checked as PyTorch does."""
    dt = repeats._raw.dtype
    if dt not in ("int64", "int32"):
        raise NotImplementedError(
            _errors.no_kernel("repeat_interleave_cpu", _errors.SCALAR_TYPE[dt])
        )
    if repeats.ndim > 1:
        raise RuntimeError("repeats must be 0-dim or 1-dim tensor")
    counts = [int(c) for c in repeats.reshape(-1).tolist()]
    if any(c < 0 for c in counts):
        raise RuntimeError("repeats can not be negative")
    return counts


def _new(like: Any, raw: Any) -> Tensor:
    """Wrap a freshly allocated handle on ``like``'s backend."""
    from ._tensor import _make

    return _make(raw, like._backend)
