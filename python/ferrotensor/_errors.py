"""Builders for PyTorch-worded error messages shared by the Python layer and tests."""

from __future__ import annotations


def dim_out_of_range(dim: int, ndim: int) -> str:
    """Message of the IndexError for a dimension outside ``[-ndim, ndim - 1]``."""
    n = max(ndim, 1)
    return f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})"


def broadcast_mismatch(a: int, b: int, dim: int) -> str:
    """Message of the RuntimeError for shapes that do not broadcast."""
    return (
        f"The size of tensor a ({a}) must match the size of tensor b ({b}) at non-singleton "
        f"dimension {dim}"
    )


def different_devices(a: str, b: str) -> str:
    """Message of the RuntimeError for operands on two devices."""
    return (
        "Expected all tensors to be on the same device, but found at least two devices, "
        f"{a} and {b}!"
    )


def no_kernel(op: str, scalar_type: str) -> str:
    """Message of the RuntimeError for an op without a kernel for a dtype."""
    return f"\"{op}\" not implemented for '{scalar_type}'"


def item_numel(numel: int) -> str:
    """Message of the RuntimeError for ``item()`` on a tensor that is not one element."""
    return f"a Tensor with {numel} elements cannot be converted to Scalar"


NUMPY_REQUIRES_GRAD = (
    "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead."
)

SCALAR_TYPE = {
    "float64": "Double",
    "float32": "Float",
    "float16": "Half",
    "int64": "Long",
    "int32": "Int",
    "int16": "Short",
    "int8": "Char",
    "uint8": "Byte",
    "bool": "Bool",
}

# Promotion kind of each dtype (bool < integer < float): a result may be written into
# an output of the same or a higher kind only.
KIND_ORDER = {
    "bool": 0,
    "uint8": 1,
    "int8": 1,
    "int16": 1,
    "int32": 1,
    "int64": 1,
    "float16": 2,
    "float32": 2,
    "float64": 2,
}
