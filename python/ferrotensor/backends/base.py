"""The op vocabulary: every primitive a backend implements, written down once.

``Tensor`` (and later autograd, ``nn`` and ``optim``) reach devices only through
these methods. A backend's handle (``raw``) exposes the metadata attributes of
:class:`RawHandle`; everything else goes through the :class:`Backend` methods.
Dtypes cross this seam as names (``"float32"``), ops as PyTorch names (``"add"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional, Protocol, Union

import numpy as np

Number = Union[bool, int, float]


class RawHandle(Protocol):
    """What every backend's tensor handle exposes directly (read-only)."""

    @property
    def shape(self) -> tuple[int, ...]: ...  # noqa: D102
    @property
    def strides(self) -> tuple[int, ...]: ...  # noqa: D102
    @property
    def offset(self) -> int: ...  # noqa: D102
    @property
    def dtype(self) -> str: ...  # noqa: D102
    @property
    def ndim(self) -> int: ...  # noqa: D102
    @property
    def numel(self) -> int: ...  # noqa: D102
    def is_contiguous(self) -> bool: ...  # noqa: D102


class Backend(Protocol):
    """The complete op vocabulary of a device."""

    name: str  # "cpu" or "wgpu"

    # ---- creation and transfer ----
    def zeros(self, shape: Sequence[int], dtype: str) -> Any:
        """A zero-filled contiguous tensor."""

    def full(self, shape: Sequence[int], value: Number, dtype: str) -> Any:
        """A contiguous tensor filled with ``value``."""

    def arange(self, start: Number, end: Number, step: Number, dtype: str) -> Any:
        """``[start, end)`` in steps of ``step``."""

    def linspace(self, start: float, end: float, steps: int, dtype: str) -> Any:
        """``steps`` evenly spaced values from ``start`` to ``end``."""

    def eye(self, n: int, m: int, dtype: str) -> Any:
        """An ``n x m`` identity."""

    def from_numpy(self, arr: np.ndarray) -> Any:
        """A tensor with ``arr``'s values (sharing memory where the device allows)."""

    def to_numpy(self, raw: Any) -> np.ndarray:
        """The values as a numpy array (sharing memory where the device allows)."""

    def item(self, raw: Any) -> Number:
        """The single element as a Python number."""

    # ---- views (no data movement) ----
    def view(self, raw: Any, shape: Sequence[int]) -> Any:
        """``view``."""

    def reshape(self, raw: Any, shape: Sequence[int]) -> Any:
        """``reshape`` (copies only when it must)."""

    def permute(self, raw: Any, dims: Sequence[int]) -> Any:
        """``permute``."""

    def transpose(self, raw: Any, d0: int, d1: int) -> Any:
        """``transpose``."""

    def expand(self, raw: Any, sizes: Sequence[int]) -> Any:
        """``expand``."""

    def narrow(self, raw: Any, dim: int, start: int, length: int) -> Any:
        """``narrow``."""

    def slice(
        self, raw: Any, dim: int, start: Optional[int], stop: Optional[int], step: int
    ) -> Any:
        """``start:stop:step`` along ``dim``."""

    def select(self, raw: Any, dim: int, index: int) -> Any:
        """``select``."""

    def squeeze(self, raw: Any, dims: Optional[Sequence[int]]) -> Any:
        """``squeeze``."""

    def unsqueeze(self, raw: Any, dim: int) -> Any:
        """``unsqueeze``."""

    def flatten(self, raw: Any, start: int, end: int) -> Any:
        """``flatten``."""

    def broadcast_to(self, raw: Any, shape: Sequence[int]) -> Any:
        """Broadcast view."""

    def as_strided(
        self, raw: Any, size: Sequence[int], stride: Sequence[int], offset: Optional[int] = None
    ) -> Any:
        """A view with explicit sizes, strides and storage offset, checked against the storage."""

    def same_storage(self, a: Any, b: Any) -> bool:
        """Whether two handles view the same storage."""

    # ---- copies ----
    def contiguous(self, raw: Any) -> Any:
        """A contiguous tensor (the same one when already contiguous)."""

    def clone(self, raw: Any) -> Any:
        """A contiguous copy sharing nothing."""

    def to(self, raw: Any, dtype: str) -> Any:
        """Cast (the same handle when the dtype matches)."""

    def copy_(self, raw: Any, src: Any) -> None:
        """Broadcast and cast ``src`` into ``raw`` in place."""

    def fill_(self, raw: Any, value: Number) -> None:
        """Set every element in place."""

    # ---- math ----
    def unary(self, raw: Any, op: str) -> Any:
        """Elementwise op of one operand (``"exp"``, ``"neg"``, ...)."""

    def binary(self, raw: Any, op: str, other: Any, reverse: bool = False) -> Any:
        """Elementwise op with broadcasting; ``other`` is a handle or a Python number."""

    def where(self, cond: Any, a: Any, b: Any) -> Any:
        """``where(cond, a, b)``; ``a``/``b`` are handles or numbers."""

    def reduce(
        self, raw: Any, op: str, dims: Optional[Sequence[int]], keepdim: bool, dtype: Optional[str]
    ) -> Any:
        """``sum``/``mean``/``prod``/``max``/``min``/``all``/``any`` over dims (None: all)."""

    def arg_reduce(
        self, raw: Any, dim: Optional[int], keepdim: bool, is_max: bool, name: str
    ) -> tuple[Any, Any]:
        """Values and int64 indices of the max or min along ``dim``."""

    def matmul(self, a: Any, b: Any) -> Any:
        """``torch.matmul``."""

    # ---- along one dim (scans, sorting, order statistics) ----
    def scan(self, raw: Any, op: str, dim: int, dtype: Optional[str] = None) -> Any:
        """``cumsum``/``cumprod``/``logcumsumexp`` along ``dim`` (``dtype`` casts first)."""

    def scan_extreme(self, raw: Any, dim: int, is_max: bool) -> tuple[Any, Any]:
        """``cummax``/``cummin``: running values and int64 indices."""

    def sort(self, raw: Any, dim: int, descending: bool) -> tuple[Any, Any]:
        """Stable sort along ``dim`` (NaN last): values and int64 indices."""

    def topk(self, raw: Any, k: int, dim: int, largest: bool) -> tuple[Any, Any]:
        """The ``k`` largest (or smallest) along ``dim``, in order: values and indices."""

    def order_stat(
        self, raw: Any, pick: str, dim: int, keepdim: bool, k: int = 1
    ) -> tuple[Any, Any]:
        """``kthvalue``/``median``/``nanmedian``/``mode`` along ``dim``: values and indices."""

    def unique(
        self, raw: Any, dim: Optional[int] = None, consecutive: bool = False
    ) -> tuple[Any, Any, Any]:
        """Sorted unique values (or consecutive runs), int64 inverse and counts."""

    def searchsorted(
        self,
        boundaries: Any,
        values: Any,
        right: bool = False,
        out_int32: bool = False,
        sorter: Any = None,
    ) -> Any:
        """Insertion positions of ``values`` in the sorted last dim of ``boundaries``."""

    def logsumexp(self, raw: Any, dim: int, keepdim: bool) -> Any:
        """``log(sum(exp(x)))`` along one dim of a float tensor, fused and overflow-free."""

    def gather_along(self, raw: Any, dim: int, idx: Any) -> Any:
        """``raw`` at int64 ``idx`` along ``dim`` (``idx`` matches ``raw`` elsewhere)."""

    def scatter_add_along(self, shape: Sequence[int], dim: int, idx: Any, src: Any) -> Any:
        """Zeros of ``shape`` with ``src`` added at ``idx`` along ``dim``."""

    # ---- indexing ----
    def index(self, raw: Any, indices: Sequence[Optional[Any]], oob: str) -> Any:
        """``raw[indices]``: one int64/int32 index handle (or None) per leading dim.

        ``oob`` names the op family whose out-of-range wording and negative-index
        rule apply: ``"index"``, ``"index_select"``, ``"take"``.
        """

    def index_put_(
        self, raw: Any, indices: Sequence[Optional[Any]], values: Any, accumulate: bool, oob: str
    ) -> None:
        """``raw[indices] = values`` (``+=`` with ``accumulate``) in place.

        ``oob`` is ``"index"``, ``"index_add"``, ``"index_fill"`` or ``"index_copy"``.
        """

    def gather(self, raw: Any, dim: int, index: Any) -> Any:
        """``torch.gather``."""

    def scatter_(
        self,
        raw: Any,
        dim: int,
        index: Any,
        src: Any,
        src_is_value: bool,
        reduce: str,
        include_self: bool,
    ) -> None:
        """``scatter_`` with ``reduce`` one of none/sum/prod/mean/amax/amin (also add/multiply)."""

    def masked_fill_(self, raw: Any, mask: Any, value: Any) -> None:
        """Set the elements where the bool ``mask`` (broadcast) is True to a 0-d ``value``."""

    def masked_select(self, raw: Any, mask: Any) -> Any:
        """The elements where ``mask`` is True (both broadcast), as a 1-d tensor."""

    def masked_scatter_(self, raw: Any, mask: Any, source: Any) -> None:
        """Write ``source``'s leading elements into the masked positions, in order."""

    def nonzero(self, raw: Any) -> Any:
        """The int64 ``(n, ndim)`` coordinates of the nonzero elements."""
