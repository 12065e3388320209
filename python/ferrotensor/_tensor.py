"""``Tensor``: a backend handle plus autograd metadata, with PyTorch's methods.

The class is assembled from mixins (one file each): shape and view ops in
``_tensor_shape``, joining in ``_tensor_join``, advanced indexing and the index/mask ops
in ``_tensor_index``, math and reductions in ``_tensor_math``, special functions and
in-place forms in ``_tensor_pointwise``, sorting and scans in ``_tensor_sorting``,
var/std/logsumexp in ``_tensor_stats``, matrix ops in ``_tensor_linalg``, ``new_*`` and
DLPack in ``_tensor_new``, samplers in ``_tensor_random``. This file holds the slots,
construction, metadata, conversions, printing and Python operators.
"""

from __future__ import annotations

import builtins
import weakref
from typing import Any, Optional

import numpy as np

from . import _errors, dtypes
from ._size import Size
from ._tensor_index import IndexMixin
from ._tensor_join import JoinMixin
from ._tensor_linalg import LinalgMixin
from ._tensor_math import MathMixin
from ._tensor_new import NewMixin
from ._tensor_pointwise import PointwiseMixin
from ._tensor_random import RandomMixin
from ._tensor_shape import ShapeMixin
from ._tensor_sorting import SortingMixin
from ._tensor_stats import StatsMixin
from .autograd import _dispatch as _ad
from .autograd import engine as _engine
from .autograd.grad_mode import _ENABLED as _GRAD
from .backends import backend_for, cpu_backend
from .device import CPU, device, to_device

_Number = (int, float)


class _AutogradMeta:
    """Per-tensor autograd state; only tensors that need it carry one."""

    __slots__ = (
        "accumulator",
        "grad",
        "grad_fn",
        "hooks",
        "output_nr",
        "requires_grad",
        "retains_grad",
    )

    def __init__(self, requires_grad: bool = False, grad_fn: Any = None, output_nr: int = 0):
        self.requires_grad = requires_grad
        self.grad: Optional[Tensor] = None
        self.grad_fn: Any = grad_fn
        self.output_nr = output_nr
        self.accumulator: Any = None  # weakref to the leaf's AccumulateGrad
        self.hooks: Optional[dict[int, Any]] = None  # leaf hooks, by handle id
        self.retains_grad = False


class Tensor(
    JoinMixin,
    ShapeMixin,
    IndexMixin,
    MathMixin,
    PointwiseMixin,
    SortingMixin,
    StatsMixin,
    LinalgMixin,
    NewMixin,
    RandomMixin,
):
    """A multi-dimensional array of one dtype on one device.

    Create tensors with :func:`ferrotensor.tensor`, the factories
    (:func:`ferrotensor.zeros`, ...) or :func:`ferrotensor.from_numpy`.
    """

    __slots__ = ("__weakref__", "_ag", "_backend", "_base", "_raw")
    __array_priority__ = 1000

    _raw: Any
    _backend: Any
    _ag: Optional[_AutogradMeta]
    _base: Optional[Tensor]  # the tensor whose storage this view shares, as PyTorch's ``_base``

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(
            "ferrotensor.Tensor cannot be constructed directly; use ferrotensor.tensor(data)"
        )

    # ---- metadata ----

    @property
    def shape(self) -> Size:
        """The size of each dimension, as a :class:`ferrotensor.Size`."""
        return Size(self._raw.shape)

    def size(self, dim: Optional[int] = None) -> Any:
        """Return the shape, or the size of one dimension.

        Args:
            dim (int, optional): the dimension (negative counts from the end).
        """
        shape = self._raw.shape
        if dim is None:
            return Size(shape)
        return shape[_wrap_dim(dim, len(shape), True)]

    @property
    def dtype(self) -> dtypes.dtype:
        """The element type."""
        return dtypes.BY_NAME[self._raw.dtype]

    @property
    def device(self) -> device:
        """The device the tensor lives on."""
        return CPU if self._backend.name == "cpu" else device("wgpu", 0)

    @property
    def is_cuda(self) -> bool:
        """True for tensors on the GPU (the ``cuda`` alias of the wgpu device)."""
        return self._backend.name != "cpu"

    @property
    def ndim(self) -> int:
        """Number of dimensions."""
        return self._raw.ndim

    def dim(self) -> int:
        """Return the number of dimensions."""
        return self._raw.ndim

    def numel(self) -> int:
        """Return the number of elements."""
        return self._raw.numel

    nelement = numel

    def stride(self, dim: Optional[int] = None) -> Any:
        """Return the strides (in elements), or the stride of one dimension."""
        strides = self._raw.strides
        if dim is None:
            return strides
        return strides[_wrap_dim(dim, len(strides), True)]

    def storage_offset(self) -> int:
        """Return the offset of the first element in the storage, in elements."""
        return self._raw.offset

    def is_contiguous(self) -> bool:
        """Return True when the elements are laid out in row-major order."""
        return self._raw.is_contiguous()

    def element_size(self) -> int:
        """Return the size of one element in bytes."""
        return self.dtype.itemsize

    def is_floating_point(self) -> bool:
        """Return True for float64, float32 and float16 tensors."""
        return self.dtype.is_floating_point

    def data_ptr(self) -> int:
        """Return the address of the first element (CPU tensors)."""
        return self._raw.data_ptr

    # ---- autograd flags (the graph arrives with the autograd layer) ----

    @property
    def requires_grad(self) -> bool:
        """Whether gradients should be computed for this tensor."""
        ag = self._ag
        return ag is not None and ag.requires_grad

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        self.requires_grad_(value)

    def requires_grad_(self, requires_grad: bool = True) -> Tensor:
        """Set ``requires_grad`` in place and return self.

        Raises:
            RuntimeError: for integer and bool tensors, and to turn it off on a non-leaf.
        """
        if self._ag is not None and self._ag.grad_fn is not None:
            if not requires_grad:
                raise RuntimeError(
                    "you can only change requires_grad flags of leaf variables. If you want to "
                    "use a computed variable in a subgraph that doesn't require differentiation "
                    "use var_no_grad = var.detach()."
                )
            return self
        if requires_grad and not self.dtype.is_floating_point:
            raise RuntimeError(
                "Only Tensors of floating point and complex dtype can require gradients"
            )
        if self._ag is None:
            self._ag = _AutogradMeta(requires_grad)
        else:
            self._ag.requires_grad = requires_grad
        return self

    @property
    def grad(self) -> Optional[Tensor]:
        """The accumulated gradient (None until a backward pass writes one)."""
        ag = self._ag
        if ag is None:
            return None
        if ag.grad_fn is not None and not ag.retains_grad:
            from .autograd.engine import _warn_non_leaf_grad

            _warn_non_leaf_grad()
        return ag.grad

    @grad.setter
    def grad(self, value: Optional[Tensor]) -> None:
        if self._ag is None:
            self._ag = _AutogradMeta(False)
        self._ag.grad = value

    @property
    def grad_fn(self) -> Any:
        """The node that created this tensor (None for leaves)."""
        return None if self._ag is None else self._ag.grad_fn

    @property
    def is_leaf(self) -> bool:
        """True for tensors not produced by a recorded op."""
        return self.grad_fn is None

    def detach(self) -> Tensor:
        """Return a tensor sharing storage, cut from the graph."""
        return _make(self._raw, self._backend)

    def detach_(self) -> Tensor:
        """Cut this tensor from the graph in place (it becomes a leaf)."""
        self._ag = None
        return self

    @property
    def retains_grad(self) -> bool:
        """Whether a non-leaf keeps its ``.grad`` after backward."""
        return self._ag is not None and self._ag.retains_grad

    def retain_grad(self) -> None:
        """Keep ``.grad`` for this non-leaf tensor after backward.

        Raises:
            RuntimeError: if the tensor does not require grad.
        """
        if not self.requires_grad:
            raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
        ag = self._ag
        assert ag is not None
        if ag.grad_fn is None or ag.retains_grad:
            return
        ag.retains_grad = True
        ref = weakref.ref(self)

        def keep(g: Tensor) -> None:
            t = ref()
            if t is not None and t._ag is not None:
                t._ag.grad = g.detach() if t._ag.grad is None else t._ag.grad + g.detach()

        ag.grad_fn.add_pre_hook(ag.output_nr, keep)

    def register_hook(self, hook: Any) -> Any:
        """Call ``hook(grad)`` when this tensor's gradient is computed.

        A tensor returned by the hook replaces the gradient. Returns a handle whose
        ``remove()`` unregisters the hook.

        Raises:
            RuntimeError: if the tensor does not require grad.
        """
        if not self.requires_grad:
            raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
        ag = self._ag
        assert ag is not None
        if ag.grad_fn is not None:
            return _Handle(ag.grad_fn.add_pre_hook(ag.output_nr, hook))
        if ag.hooks is None:
            ag.hooks = {}
        key = id(hook) ^ len(ag.hooks) << 48
        ag.hooks[key] = hook
        hooks = ag.hooks
        return _Handle(lambda: hooks.pop(key, None))

    def backward(
        self,
        gradient: Optional[Tensor] = None,
        retain_graph: Optional[builtins.bool] = None,
        create_graph: builtins.bool = False,
        inputs: Any = None,
    ) -> None:
        """Accumulate the gradient of this tensor into the ``.grad`` of graph leaves.

        Args:
            gradient (Tensor, optional): the gradient w.r.t. this tensor (None for scalars).
            retain_graph (bool, optional): keep the graph (default: ``create_graph``).
            create_graph (bool): record the backward pass for higher-order derivatives.
            inputs (sequence of Tensor, optional): accumulate only into these.
        """
        _engine.backward(self, gradient, retain_graph, create_graph, inputs)

    @property
    def data(self) -> Tensor:
        """The tensor's values without autograd history (shares storage)."""
        return _make(self._raw, self._backend)

    # ---- conversion ----

    def numpy(self, *, force: bool = False) -> np.ndarray:
        """Return the values as a numpy array sharing memory (CPU tensors).

        Args:
            force (bool): copy to the host and detach when needed instead of raising.

        Raises:
            RuntimeError: if the tensor requires grad or lives on the GPU (without ``force``).
        """
        if self.requires_grad and not force:
            raise RuntimeError(_errors.NUMPY_REQUIRES_GRAD)
        if self._backend.name != "cpu":
            if not force:
                raise TypeError(
                    "can't convert wgpu:0 device type tensor to numpy. Use Tensor.cpu() to copy "
                    "the tensor to host memory first."
                )
            return self._backend.to_numpy(self._raw)
        return self._backend.to_numpy(self._raw)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        arr = self.numpy(force=True)
        if dtype is not None:
            arr = arr.astype(dtype, copy=False)
        return arr

    def item(self) -> Any:
        """Return the value of a one-element tensor as a Python number.

        Raises:
            RuntimeError: if the tensor has more than one element.
        """
        return self._backend.item(self._raw)

    def tolist(self) -> Any:
        """Return the values as (nested) Python lists of Python numbers."""
        return self.numpy(force=True).tolist()

    def to(self, *args: Any, **kwargs: Any) -> Tensor:
        """Convert dtype and/or device: ``to(dtype)``, ``to(device)``, ``to(other)``.

        Args:
            *args: a dtype, a device (or its name), or a tensor whose dtype and device to use.
            **kwargs: ``dtype``, ``device``, ``copy`` and ``non_blocking`` by name.
            dtype (dtype, optional): the target dtype.
            device (str or device, optional): the target device.
            copy (bool): always return a new tensor (default: False).
        """
        dt, dev, copy = _parse_to(self, args, kwargs)
        out = self
        if dev is not None and dev.type != self._backend.name:
            out = _transfer(out, dev)
        if dt is not None and dt.name != out._raw.dtype:
            out = out._cast(dt.name)
        if copy and out is self:
            out = self.clone()
        return out

    def cpu(self) -> Tensor:
        """Return a copy in host memory (self when already there)."""
        return self.to("cpu")

    def cuda(self, device: Any = None) -> Tensor:
        """Return a copy on the GPU (the wgpu device)."""
        return self.to("cuda")

    def gpu(self) -> Tensor:
        """Return a copy on the GPU (the wgpu device)."""
        return self.to("gpu")

    def _cast(self, name: str) -> Tensor:
        if self._raw.dtype == name:
            return self
        if _GRAD[0] and self.requires_grad and dtypes.BY_NAME[name].is_floating_point:
            return _ad.to_copy(self, name)
        return _make(self._backend.to(self._raw, name), self._backend)

    def float(self) -> Tensor:
        """Return ``self.to(float32)``."""
        return self._cast("float32")

    def double(self) -> Tensor:
        """Return ``self.to(float64)``."""
        return self._cast("float64")

    def half(self) -> Tensor:
        """Return ``self.to(float16)``."""
        return self._cast("float16")

    def long(self) -> Tensor:
        """Return ``self.to(int64)``."""
        return self._cast("int64")

    def int(self) -> Tensor:
        """Return ``self.to(int32)``."""
        return self._cast("int32")

    def short(self) -> Tensor:
        """Return ``self.to(int16)``."""
        return self._cast("int16")

    def char(self) -> Tensor:
        """Return ``self.to(int8)``."""
        return self._cast("int8")

    def byte(self) -> Tensor:
        """Return ``self.to(uint8)``."""
        return self._cast("uint8")

    def bool(self) -> Tensor:
        """Return ``self.to(bool)``."""
        return self._cast("bool")

    def type(self, dtype: Any = None) -> Any:
        """Return the type name (no argument) or cast to ``dtype``."""
        if dtype is None:
            return f"ferrotensor.{_errors.SCALAR_TYPE[self._raw.dtype]}Tensor"
        return self.to(dtypes.to_dtype(dtype))

    # ---- printing ----

    def __repr__(self) -> str:
        from ._tensor_str import tensor_repr

        values = self._backend.to_numpy(self._raw)
        grad_fn = self.grad_fn
        return tensor_repr(
            values,
            self._raw.dtype,
            default_dtype=dtypes._DEFAULT[0].name,
            device=str(self.device) if self._backend.name != "cpu" else "cpu",
            requires_grad=self.requires_grad,
            grad_fn=None if grad_fn is None else type(grad_fn).__name__,
        )

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        if self._raw.ndim == 0 and spec:
            return format(self.item(), spec)
        return repr(self)

    # ---- Python protocol ----

    def __len__(self) -> builtins.int:
        if self._raw.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._raw.shape[0]

    def __iter__(self) -> Any:
        if self._raw.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (self[i] for i in range(self._raw.shape[0]))

    def __bool__(self) -> builtins.bool:
        n = self._raw.numel
        if n != 1:
            if n == 0:
                raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return builtins.bool(self.item())

    def __float__(self) -> builtins.float:
        return builtins.float(self.item())

    def __int__(self) -> builtins.int:
        return builtins.int(self.item())

    def __index__(self) -> builtins.int:
        if self.dtype.is_floating_point or self._raw.numel != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return builtins.int(self.item())

    def __hash__(self) -> builtins.int:
        return id(self)

    def __reduce__(self) -> Any:
        return (_rebuild, (self.numpy(force=True).copy(), str(self.device), self.requires_grad))

    # ---- operators ----

    def _other(self, other: Any) -> Any:
        """The backend operand for ``other``: a handle, a Python number, or None."""
        if type(other) is Tensor or isinstance(other, Tensor):
            if other._backend is not self._backend:
                if other._raw.ndim == 0 and other._backend.name == "cpu":
                    return other.item()
                raise RuntimeError(_errors.different_devices(str(self.device), str(other.device)))
            return other._raw
        if isinstance(other, _Number):
            return other
        if isinstance(other, np.generic):
            return other.item()
        if isinstance(other, np.ndarray):
            from ._creation import tensor

            return self._other(tensor(other, device=self.device))
        return None

    def _binary(self, op: str, other: Any, reverse: builtins.bool = False) -> Any:
        """``self op other`` (``other op self`` with ``reverse``), recorded when grad is on."""
        if _GRAD[0]:
            ag = self._ag
            tracked = ag is not None and ag.requires_grad
            kind = type(other)
            # Fast paths first: another plain tensor, or a Python number.
            if kind is Tensor:
                oag = other._ag
                if tracked or (oag is not None and oag.requires_grad):
                    return _ad.binary(self, op, other, reverse)
            elif kind is builtins.float or kind is builtins.int:
                if tracked:
                    return _ad.binary(self, op, other, reverse)
            elif tracked or _ad.requires_grad(other):
                o = other if isinstance(other, Tensor) else self._other(other)
                if o is None:
                    return NotImplemented
                if isinstance(o, Tensor) or not hasattr(o, "shape"):
                    return _ad.binary(self, op, other if isinstance(other, Tensor) else o, reverse)
        return self._binary_nograd(op, other, reverse)

    def _binary_nograd(self, op: str, other: Any, reverse: builtins.bool = False) -> Any:
        backend = self._backend
        if type(other) is Tensor and other._backend is backend:
            o = other._raw
        elif type(other) is builtins.float or type(other) is builtins.int:
            o = other
        else:
            o = self._other(other)
            if o is None:
                return NotImplemented
        return _make(backend.binary(self._raw, op, o, reverse), backend)

    def __add__(self, other: Any) -> Tensor:
        return self._binary("add", other)

    def __radd__(self, other: Any) -> Tensor:
        return self._binary("add", other, True)

    def __sub__(self, other: Any) -> Tensor:
        return self._binary("sub", other)

    def __rsub__(self, other: Any) -> Tensor:
        return self._binary("sub", other, True)

    def __mul__(self, other: Any) -> Tensor:
        return self._binary("mul", other)

    def __rmul__(self, other: Any) -> Tensor:
        return self._binary("mul", other, True)

    def __truediv__(self, other: Any) -> Tensor:
        return self._binary("div", other)

    def __rtruediv__(self, other: Any) -> Tensor:
        return self._binary("div", other, True)

    def __floordiv__(self, other: Any) -> Tensor:
        return self._binary("floor_divide", other)

    def __rfloordiv__(self, other: Any) -> Tensor:
        return self._binary("floor_divide", other, True)

    def __mod__(self, other: Any) -> Tensor:
        return self._binary("remainder", other)

    def __rmod__(self, other: Any) -> Tensor:
        return self._binary("remainder", other, True)

    def __pow__(self, other: Any) -> Tensor:
        _check_int_pow(self, other)
        return self._binary("pow", other)

    def __rpow__(self, other: Any) -> Tensor:
        return self._binary("pow", other, True)

    def __matmul__(self, other: Any) -> Tensor:
        if isinstance(other, np.ndarray):
            from ._creation import tensor

            other = tensor(other, device=self.device)
        if not isinstance(other, Tensor):
            return NotImplemented
        return self.matmul(other)

    def __rmatmul__(self, other: Any) -> Tensor:
        if not isinstance(other, Tensor):
            return NotImplemented
        return other.matmul(self)

    def __and__(self, other: Any) -> Tensor:
        return self._binary("bitwise_and", other)

    __rand__ = __and__

    def __or__(self, other: Any) -> Tensor:
        return self._binary("bitwise_or", other)

    __ror__ = __or__

    def __xor__(self, other: Any) -> Tensor:
        return self._binary("bitwise_xor", other)

    __rxor__ = __xor__

    def __eq__(self, other: Any) -> Tensor:  # type: ignore[override]
        return self._binary("eq", other)

    def __ne__(self, other: Any) -> Tensor:  # type: ignore[override]
        return self._binary("ne", other)

    def __lt__(self, other: Any) -> Tensor:
        return self._binary("lt", other)

    def __le__(self, other: Any) -> Tensor:
        return self._binary("le", other)

    def __gt__(self, other: Any) -> Tensor:
        return self._binary("gt", other)

    def __ge__(self, other: Any) -> Tensor:
        return self._binary("ge", other)

    def __neg__(self) -> Tensor:
        return self.neg()

    def __pos__(self) -> Tensor:
        return self

    def __abs__(self) -> Tensor:
        return self.abs()

    def __invert__(self) -> Tensor:
        if self.dtype.is_floating_point:
            raise TypeError(
                "~ (operator.invert) is only implemented on integer and Boolean-type tensors"
            )
        return _make(self._backend.unary(self._raw, "bitwise_not"), self._backend)

    # In-place operators write the result back into self's storage.
    def __iadd__(self, other: Any) -> Tensor:
        return self.add_(other)

    def __isub__(self, other: Any) -> Tensor:
        return self.sub_(other)

    def __imul__(self, other: Any) -> Tensor:
        return self.mul_(other)

    def __itruediv__(self, other: Any) -> Tensor:
        return self.div_(other)


class _Handle:
    """The handle ``register_hook`` returns."""

    __slots__ = ("_remove",)

    def __init__(self, remove: Any) -> None:
        self._remove = remove

    def remove(self) -> None:
        """Unregister the hook."""
        self._remove()


def _make(raw: Any, backend: Any) -> Tensor:
    """Wrap a backend handle in a Tensor without autograd state (the hot path)."""
    t = Tensor.__new__(Tensor)
    t._raw = raw
    t._backend = backend
    t._ag = None
    t._base = None
    return t


def _wrap_dim(dim: int, ndim: int, sized: bool = False) -> int:
    if sized and ndim == 0:
        raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
    n = max(ndim, 1)
    if dim < -n or dim >= n:
        raise IndexError(_errors.dim_out_of_range(dim, ndim))
    return dim + n if dim < 0 else dim


def _check_int_pow(t: Tensor, exponent: Any) -> None:
    """PyTorch refuses a negative Python-int exponent on integer tensors."""
    if type(exponent) is builtins.int and exponent < 0 and not t.dtype.is_floating_point:
        raise RuntimeError("Integers to negative integer powers are not allowed.")


def _transfer(t: Tensor, dev: device) -> Tensor:
    """Copy ``t`` to another device through host memory."""
    src = t._backend
    dst = backend_for(dev)
    arr = src.to_numpy(src.contiguous(t._raw))
    if src.name == "cpu":
        arr = arr.copy()
    return _make(dst.from_numpy(arr), dst)


def _parse_to(t: Tensor, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    dt = kwargs.pop("dtype", None)
    dev = kwargs.pop("device", None)
    copy = kwargs.pop("copy", False)
    kwargs.pop("non_blocking", None)
    if kwargs:
        raise TypeError(f"to() got an unexpected keyword argument '{next(iter(kwargs))}'")
    for a in args:
        if isinstance(a, dtypes.dtype):
            dt = a
        elif isinstance(a, Tensor):
            dt, dev = a.dtype, a.device
        elif isinstance(a, (str, device, int)) and not isinstance(a, builtins.bool):
            dev = a
        elif isinstance(a, builtins.bool):
            continue
        else:
            raise TypeError(f"to() received an invalid combination of arguments - got {a!r}")
    return (
        None if dt is None else dtypes.to_dtype(dt),
        None if dev is None else to_device(dev),
        copy,
    )


def _rebuild(arr: np.ndarray, dev: str, requires_grad: builtins.bool) -> Tensor:
    backend = backend_for(to_device(dev))
    t = _make(backend.from_numpy(arr), backend)
    if requires_grad:
        t.requires_grad_(True)
    return t


def cpu_tensor(raw: Any) -> Tensor:
    """Wrap a CPU handle (used by the creation functions)."""
    return _make(raw, cpu_backend())
