"""Type stub and documentation of the compiled extension ``ferrotensor._core``.

``RawTensor`` is a strided CPU tensor without autograd: an ``Arc``-shared storage
plus a layout (shape, strides in elements, offset). View methods return new
handles over the same storage; math methods allocate results. Dtypes are passed
as names (``"float32"``), ops as PyTorch names (``"add"``). Errors carry
PyTorch's classes and wording.
"""

from collections.abc import Sequence
from typing import Any, Optional, Union

_Number = Union[bool, int, float]

__version__: str

class RawTensor:
    """A strided CPU tensor: storage, layout and dtype."""

    @staticmethod
    def zeros(shape: Sequence[int], dtype: str) -> RawTensor:
        """A zero-filled contiguous tensor."""
    @staticmethod
    def full(shape: Sequence[int], value: _Number, dtype: str) -> RawTensor:
        """A contiguous tensor filled with ``value`` (cast with PyTorch's rules)."""
    @staticmethod
    def from_numpy(arr: Any) -> RawTensor:
        """Share a writable, aligned, non-negatively strided ndarray's memory."""
    @staticmethod
    def arange(start: _Number, end: _Number, step: _Number, dtype: str) -> RawTensor:
        """``[start, end)`` in steps of ``step``."""
    @staticmethod
    def linspace(start: float, end: float, steps: int, dtype: str) -> RawTensor:
        """``steps`` values from ``start`` to ``end`` inclusive."""
    @staticmethod
    def eye(n: int, m: int, dtype: str) -> RawTensor:
        """An ``n x m`` identity."""
    @property
    def shape(self) -> tuple[int, ...]:
        """Sizes."""
    @property
    def strides(self) -> tuple[int, ...]:
        """Strides in elements."""
    @property
    def offset(self) -> int:
        """Offset of the first element in the storage, in elements."""
    @property
    def dtype(self) -> str:
        """Dtype name."""
    @property
    def ndim(self) -> int:
        """Number of dimensions."""
    @property
    def numel(self) -> int:
        """Number of elements."""
    @property
    def data_ptr(self) -> int:
        """Address of the first element."""
    @property
    def storage_size(self) -> int:
        """Storage size in elements."""
    @property
    def is_borrowed(self) -> bool:
        """True when the memory belongs to a numpy array."""
    @property
    def __array_interface__(self) -> dict[str, Any]:
        """The array interface for numpy, which keeps this handle alive as the array's base."""
    def is_contiguous(self) -> bool:
        """PyTorch's contiguity (size-1 dims may have any stride)."""
    def same_storage(self, other: RawTensor) -> bool:
        """True when both handles view the same storage."""
    def item(self) -> _Number:
        """The single element as a Python number."""
    def view(self, shape: Sequence[int]) -> RawTensor:
        """A view with a new shape, when the strides allow it."""
    def reshape(self, shape: Sequence[int]) -> RawTensor:
        """A view when possible, else a contiguous copy."""
    def permute(self, dims: Sequence[int]) -> RawTensor:
        """Reorder dims."""
    def transpose(self, d0: int, d1: int) -> RawTensor:
        """Swap two dims."""
    def expand(self, sizes: Sequence[int]) -> RawTensor:
        """Broadcast view (-1 keeps a dim)."""
    def narrow(self, dim: int, start: int, length: int) -> RawTensor:
        """``length`` elements of ``dim`` from ``start``."""
    def slice(
        self, dim: int, start: Optional[int], stop: Optional[int], step: int = 1
    ) -> RawTensor:
        """Python-style slice along ``dim``."""
    def select(self, dim: int, index: int) -> RawTensor:
        """One index of ``dim``, removing the dim."""
    def squeeze(self, dims: Optional[Sequence[int]] = None) -> RawTensor:
        """Remove size-1 dims."""
    def unsqueeze(self, dim: int) -> RawTensor:
        """Insert a size-1 dim."""
    def flatten(self, start: int, end: int) -> RawTensor:
        """Merge dims ``start..end``."""
    def as_strided(
        self, size: Sequence[int], stride: Sequence[int], offset: Optional[int] = None
    ) -> RawTensor:
        """A view with explicit sizes and strides, checked against the storage."""
    def broadcast_to(self, shape: Sequence[int]) -> RawTensor:
        """Broadcast view to a concrete shape."""
    def contiguous(self) -> RawTensor:
        """Self when contiguous, else a contiguous copy."""
    def clone(self) -> RawTensor:
        """A contiguous copy sharing nothing."""
    def to(self, dtype: str) -> RawTensor:
        """Cast (self when the dtype matches)."""
    def copy_(self, src: RawTensor) -> None:
        """Broadcast and cast ``src`` into self."""
    def fill_(self, value: _Number) -> None:
        """Set every element."""
    def unary(self, op: str) -> RawTensor:
        """Elementwise op of one operand by PyTorch name."""
    def binary(self, op: str, other: Union[RawTensor, _Number], reverse: bool = False) -> RawTensor:
        """Elementwise op with broadcasting; ``reverse`` computes ``other op self``."""
    @staticmethod
    def where_(
        cond: RawTensor, a: Union[RawTensor, _Number], b: Union[RawTensor, _Number]
    ) -> RawTensor:
        """``where(cond, a, b)``."""
    def reduce(
        self,
        op: str,
        dims: Optional[Sequence[int]] = None,
        keepdim: bool = False,
        dtype: Optional[str] = None,
    ) -> RawTensor:
        """``sum mean prod max min all any`` over dims (None: all)."""
    def arg_reduce(
        self, dim: Optional[int], keepdim: bool, is_max: bool, name: str
    ) -> tuple[RawTensor, RawTensor]:
        """Values and int64 indices of the max or min along ``dim``."""
    def matmul(self, other: RawTensor) -> RawTensor:
        """``torch.matmul``."""

class Layout:
    """Shape, strides (elements) and offset, with the view ops (shared with wgpu)."""

    def __init__(
        self, shape: Sequence[int], strides: Optional[Sequence[int]] = None, offset: int = 0
    ) -> None: ...
    @property
    def shape(self) -> tuple[int, ...]: ...
    @property
    def strides(self) -> tuple[int, ...]: ...
    @property
    def offset(self) -> int: ...
    @property
    def numel(self) -> int: ...
    @property
    def ndim(self) -> int: ...
    @property
    def extent(self) -> int: ...
    def is_contiguous(self) -> bool: ...
    def view(self, shape: Sequence[int]) -> Layout: ...
    def reshape(self, shape: Sequence[int]) -> tuple[list[int], Optional[Layout]]: ...
    def permute(self, dims: Sequence[int]) -> Layout: ...
    def transpose(self, d0: int, d1: int) -> Layout: ...
    def expand(self, sizes: Sequence[int]) -> Layout: ...
    def broadcast_to(self, shape: Sequence[int]) -> Layout: ...
    def narrow(self, dim: int, start: int, length: int) -> Layout: ...
    def slice(
        self, dim: int, start: Optional[int], stop: Optional[int], step: int = 1
    ) -> Layout: ...
    def select(self, dim: int, index: int) -> Layout: ...
    def squeeze(self, dims: Optional[Sequence[int]] = None) -> Layout: ...
    def unsqueeze(self, dim: int) -> Layout: ...
    def flatten_shape(self, start: int, end: int) -> list[int]: ...

def broadcast_shapes(a: Sequence[int], b: Sequence[int]) -> list[int]:
    """The broadcast of two shapes."""

def promote_types(a: str, b: str) -> str:
    """``torch.promote_types`` on dtype names."""

def result_type(operands: Sequence[tuple[str, str]]) -> str:
    """``torch.result_type`` over (dtype, "dim" | "zerodim" | "scalar") pairs."""

def shader_source(name: str) -> str:
    """The WGSL source of a shader, e.g. ``"elementwise/binary"``."""

def set_num_threads(n: int) -> None:
    """Threads for CPU kernels."""

def get_num_threads() -> int:
    """Threads CPU kernels use."""

def set_default_float(name: str) -> None:
    """The default float dtype for ops that promote integers or Python floats."""

def simd_level() -> str:
    """``"scalar"``, ``"avx2"`` or ``"avx512"``."""

# ---- random (Philox4x32-10) ----
# Each ``random_*_`` fills a contiguous ``out`` in place with the stream of ``seed`` starting
# at block ``offset`` (element ``i`` depends only on seed, offset and ``i``, never on the
# thread count) and returns the number of 128-bit blocks used. Bad arguments raise
# PyTorch's errors before anything is written.

def philox4x32_10(counter: Sequence[int], key: Sequence[int]) -> list[int]:
    """Philox4x32-10 of a 4-word counter under a 2-word key (Random123's reference)."""

def random_uniform_(out: RawTensor, low: float, high: float, seed: int, offset: int) -> int:
    """Uniform draws from ``[low, high)`` (float dtypes)."""

def random_normal_(out: RawTensor, mean: float, std: float, seed: int, offset: int) -> int:
    """Normal draws, Box-Muller (float dtypes)."""

def random_int_(out: RawTensor, low: int, high: Optional[int], seed: int, offset: int) -> int:
    """Integers uniform in ``[low, high)``, or ``[low, top of dtype]`` when ``high`` is None."""

def random_bernoulli_(out: RawTensor, p: float, seed: int, offset: int) -> int:
    """1 with probability ``p``, else 0 (any dtype)."""

def random_bernoulli_tensor_(out: RawTensor, p: RawTensor, seed: int, offset: int) -> int:
    """1 with probability ``p[i]`` (a float tensor of ``out``'s shape), else 0."""

def random_exponential_(out: RawTensor, lambd: float, seed: int, offset: int) -> int:
    """Exponential draws with rate ``lambd`` (float dtypes)."""

# ---- ops along one dim (py/numeric.rs) ----

def scan_dim(x: RawTensor, op: str, dim: int, dtype: Optional[str] = None) -> RawTensor:
    """``cumsum``/``cumprod``/``logcumsumexp`` along ``dim`` (``dtype`` casts first)."""

def scan_extreme(x: RawTensor, dim: int, is_max: bool) -> tuple[RawTensor, RawTensor]:
    """``cummax``/``cummin``: running values and int64 indices (last index of a tie)."""

def sort_dim(x: RawTensor, dim: int, descending: bool) -> tuple[RawTensor, RawTensor]:
    """Stable sort along ``dim`` (NaN last): values and int64 indices."""

def topk(x: RawTensor, k: int, dim: int, largest: bool) -> tuple[RawTensor, RawTensor]:
    """The ``k`` largest (or smallest) along ``dim``, in order."""

def select_dim(
    x: RawTensor, pick: str, dim: int, keepdim: bool, k: int = 1
) -> tuple[RawTensor, RawTensor]:
    """``kthvalue``/``median``/``nanmedian``/``mode`` along ``dim``: values and indices."""

def unique_values(
    x: RawTensor, dim: Optional[int] = None, consecutive: bool = False
) -> tuple[RawTensor, RawTensor, RawTensor]:
    """Sorted unique values (or consecutive runs), int64 inverse and counts."""

def searchsorted(
    boundaries: RawTensor,
    values: RawTensor,
    right: bool = False,
    out_int32: bool = False,
    sorter: Optional[RawTensor] = None,
) -> RawTensor:
    """Insertion positions of ``values`` in the sorted last dim of ``boundaries``."""

def logsumexp_dim(x: RawTensor, dim: int, keepdim: bool) -> RawTensor:
    """Fused ``logsumexp`` along one dim of a float tensor."""

def gather_along(x: RawTensor, dim: int, idx: RawTensor) -> RawTensor:
    """``x`` at int64 ``idx`` along ``dim`` (bounds-checked)."""

def scatter_add_along(shape: Sequence[int], dim: int, idx: RawTensor, src: RawTensor) -> RawTensor:
    """Zeros of ``shape`` with ``src`` added at ``idx`` along ``dim``."""

def index(src: RawTensor, indices: Sequence[Optional[RawTensor]], oob: str) -> RawTensor:
    """``src[indices]``: one int64/int32 index tensor (or None) per leading dim.

    ``oob`` picks the op family's out-of-range wording and negative-index rule:
    ``"index"``, ``"index_select"``, ``"take"``.
    """

def index_put_(
    dst: RawTensor,
    indices: Sequence[Optional[RawTensor]],
    values: RawTensor,
    accumulate: bool,
    oob: str,
) -> None:
    """``dst[indices] = values`` (``+=`` with ``accumulate``), every index checked first."""

def gather(src: RawTensor, dim: int, index: RawTensor) -> RawTensor:
    """``torch.gather``."""

def scatter_(
    dst: RawTensor,
    dim: int,
    index: RawTensor,
    src: RawTensor,
    src_is_value: bool,
    reduce: str,
    include_self: bool,
) -> None:
    """``scatter_`` with ``reduce`` in none/sum/prod/mean/amax/amin (or add/multiply)."""

def masked_fill_(dst: RawTensor, mask: RawTensor, value: RawTensor) -> None:
    """Set the elements where the bool ``mask`` is True to the 0-d ``value``."""

def masked_select(src: RawTensor, mask: RawTensor) -> RawTensor:
    """The elements where ``mask`` is True (broadcast together), as 1-d."""

def masked_scatter_(dst: RawTensor, mask: RawTensor, source: RawTensor) -> None:
    """The masked positions take ``source``'s leading elements in order."""

def nonzero(src: RawTensor) -> RawTensor:
    """The int64 ``(n, ndim)`` coordinates of the nonzero elements."""
