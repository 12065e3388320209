"""Tests for tensor printing (ferrotensor._tensor_str) against texts captured from PyTorch."""

import math
from collections.abc import Iterator

import numpy as np
import pytest

from ferrotensor._tensor_str import (
    get_printoptions,
    printoptions,
    set_printoptions,
    tensor_repr,
)

try:  # `tests` may or may not be a package, depending on the pytest layout
    from ._print_cases import CASES, Case
except ImportError:
    from _print_cases import CASES, Case

DEFAULTS = {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80, "sci_mode": None}


@pytest.fixture(autouse=True)
def _restore_printoptions() -> Iterator[None]:
    set_printoptions(profile="default")
    yield
    set_printoptions(profile="default")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_matches_pytorch(case: Case) -> None:
    set_printoptions(**case.options)
    assert tensor_repr(case.values, case.dtype, **case.kwargs) == case.expected


@pytest.mark.parametrize(
    ("values", "dtype", "kwargs", "expected"),
    [
        (-2.0, "float32", {}, "tensor(-2.)"),
        (1.00001, "float32", {}, "tensor(1.0000)"),
        (0.0, "float32", {}, "tensor(0.)"),
        (4.0, "float32", {}, "tensor(4.)"),
        (
            [[0.0, 0.0], [1.0, 2.0]],
            "float32",
            {"requires_grad": True},
            "tensor([[0., 0.],\n        [1., 2.]], requires_grad=True)",
        ),
        ([[-2.0, -2.0], [0.0, 2.0]], "float32", {}, "tensor([[-2., -2.],\n        [ 0.,  2.]])"),
        ([1, 2], "int32", {}, "tensor([1, 2], dtype=ferrotensor.int32)"),
        ([1.0], "float32", {"device": "wgpu:0"}, "tensor([1.], device='wgpu:0')"),
        ([1.5], "float32", {"grad_fn": "AddBackward0"}, "tensor([1.5000], grad_fn=<AddBackward0>)"),
        (
            [1.5],
            "float64",
            {"requires_grad": True, "grad_fn": "AddBackward0"},
            "tensor([1.5000], dtype=ferrotensor.float64, grad_fn=<AddBackward0>)",
        ),
    ],
)
def test_seed_examples(values: object, dtype: str, kwargs: dict, expected: str) -> None:
    assert tensor_repr(np.array(values), dtype, **kwargs) == expected


def test_values_cast_to_named_float_dtype_only_for_formatting() -> None:
    # Integer storage with a float dtype name still prints as floats.
    assert tensor_repr(np.array([1, 2]), "float32") == "tensor([1., 2.])"


def test_get_printoptions_defaults() -> None:
    assert get_printoptions() == DEFAULTS


def test_set_printoptions_profiles() -> None:
    set_printoptions(profile="short")
    assert get_printoptions() == {**DEFAULTS, "precision": 2, "edgeitems": 2}
    set_printoptions(profile="full", linewidth=100)
    assert get_printoptions() == {**DEFAULTS, "threshold": math.inf, "linewidth": 100}
    set_printoptions(profile="default")
    assert get_printoptions() == DEFAULTS


def test_set_printoptions_resets_sci_mode() -> None:
    # NOTE: PyTorch assigns sci_mode on every call, so omitting it means automatic.
    set_printoptions(sci_mode=True)
    assert get_printoptions()["sci_mode"] is True
    set_printoptions(precision=3)
    assert get_printoptions() == {**DEFAULTS, "precision": 3}


def test_printoptions_context_restores() -> None:
    set_printoptions(precision=6, sci_mode=False)
    with printoptions(precision=1, threshold=3):
        assert get_printoptions() == {**DEFAULTS, "precision": 1, "threshold": 3}
        assert tensor_repr(np.arange(5.0), "float32") == "tensor([0., 1., 2., 3., 4.])"
        assert tensor_repr(np.arange(8.0) / 2, "float32") == (
            "tensor([0.0, 0.5, 1.0,  ..., 2.5, 3.0, 3.5])"
        )
    assert get_printoptions() == {**DEFAULTS, "precision": 6, "sci_mode": False}


def test_printoptions_context_restores_on_error() -> None:
    with pytest.raises(RuntimeError), printoptions(linewidth=20):
        raise RuntimeError("boom")
    assert get_printoptions() == DEFAULTS


def test_full_profile_large_tensor_is_not_summarized() -> None:
    with printoptions(profile="full"):
        text = tensor_repr(np.arange(5000), "int32")
    assert "..." not in text
    # 12 columns of width 4 fit in 80 - len("tensor(") characters.
    assert text.count("\n") == math.ceil(5000 / 12) - 1
    assert text.endswith(" 4998, 4999], dtype=ferrotensor.int32)")


def test_width_uses_only_summarized_values() -> None:
    values = np.full(2001, 1.5)
    values[1000] = -123456.25
    assert tensor_repr(values, "float32") == (
        "tensor([1.5000, 1.5000, 1.5000,  ..., 1.5000, 1.5000, 1.5000])"
    )
