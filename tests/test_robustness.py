"""Inputs that must raise Python exceptions, never crash or touch memory out of bounds."""

from __future__ import annotations

import pytest

import ferrotensor as torch


@pytest.mark.parametrize(
    "make",
    [
        lambda: torch.zeros(2**40, 2**40),
        lambda: torch.ones(2**62, 4),
        lambda: torch.zeros(3).expand(2**62, 2**62, 3),
        lambda: torch.zeros(4)._raw.as_strided([2, 3], [2**61, 2**61], 0),
        lambda: torch.zeros(4)._raw.as_strided([3], [2], 0),
        lambda: torch.zeros(4)._raw.as_strided([1], [1], 4),
    ],
)
def test_oversized_layouts_raise_runtime_error(make):
    with pytest.raises(RuntimeError):
        make()


def test_as_strided_inside_the_storage_is_a_view():
    from ferrotensor._tensor import _make

    t = torch.arange(6.0)
    v = _make(t._raw.as_strided([2, 2], [3, 1], 1), t._backend)
    assert v.tolist() == [[1.0, 2.0], [4.0, 5.0]]
    t[1] = 10.0
    assert v[0, 0].item() == 10.0


def test_narrow_with_huge_length_raises():
    with pytest.raises(RuntimeError, match="exceeds dimension size"):
        torch.arange(10).narrow(0, 5, 2**63 - 1)


def test_slice_with_huge_step_keeps_the_first_element():
    assert torch.arange(10)[:: 2**63 - 1].tolist() == [0]


def test_from_numpy_ignores_a_subclass_fake_array_interface():
    import numpy as np

    class Fake(np.ndarray):
        @property
        def __array_interface__(self):
            return {"typestr": "<f8", "shape": (2**40,), "data": (0x1000, False), "version": 3}

    t = torch.from_numpy(np.zeros(4).view(Fake))
    assert t.shape == (4,)
    assert t.sum().item() == 0.0
