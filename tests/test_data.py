"""ferrotensor.utils.data: datasets, samplers, collate and the single-process DataLoader.

Expected values and error messages were checked against PyTorch.
"""

from __future__ import annotations

import collections

import numpy as np
import pytest

import ferrotensor as torch
from ferrotensor.utils.data import (
    BatchSampler,
    ConcatDataset,
    Dataset,
    IterableDataset,
    RandomSampler,
    SequentialSampler,
    Subset,
    SubsetRandomSampler,
    TensorDataset,
    WeightedRandomSampler,
    default_collate,
    default_convert,
    get_worker_info,
    random_split,
)

Point = collections.namedtuple("Point", "a b")


class Squares(Dataset):
    def __init__(self, n: int) -> None:
        self.n = n

    def __getitem__(self, i: int) -> int:
        return i * i

    def __len__(self) -> int:
        return self.n


class Count(IterableDataset):
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self) -> int:
        return self.n


def _ds(n: int = 10) -> TensorDataset:
    return TensorDataset(torch.arange(n).float(), torch.arange(n))


# ---- datasets ----


def test_import_paths() -> None:
    import ferrotensor.utils.data as d

    assert torch.utils.data.DataLoader is d.DataLoader
    assert get_worker_info() is None


def test_tensor_dataset() -> None:
    ds = _ds(5)
    assert len(ds) == 5
    x, y = ds[3]
    assert x.item() == 3.0
    assert y.item() == 3
    with pytest.raises(AssertionError, match=r"^Size mismatch between tensors$"):
        TensorDataset(torch.zeros(2), torch.zeros(3))


def test_dataset_base_and_add() -> None:
    with pytest.raises(NotImplementedError):
        Dataset()[0]
    both = Squares(3) + Squares(2)
    assert isinstance(both, ConcatDataset)
    assert [both[i] for i in range(5)] == [0, 1, 4, 0, 1]


def test_concat_dataset() -> None:
    ds = ConcatDataset([Squares(3), Squares(4)])
    assert len(ds) == 7
    assert ds.cumulative_sizes == [3, 7]
    assert [ds[i] for i in range(7)] == [0, 1, 4, 0, 1, 4, 9]
    assert ds[-1] == 9
    with pytest.raises(ValueError, match="absolute value of index should not exceed"):
        ds[-8]
    with pytest.raises(AssertionError, match=r"^datasets should not be an empty iterable$"):
        ConcatDataset([])
    with pytest.raises(AssertionError, match="does not support IterableDataset"):
        ConcatDataset([Count(2)])


def test_subset() -> None:
    s = Subset(Squares(10), [9, 2, 5])
    assert len(s) == 3
    assert [s[i] for i in range(3)] == [81, 4, 25]
    assert s.__getitems__([0, 2]) == [81, 25]


def test_random_split_lengths_and_generator() -> None:
    a, b = random_split(range(10), [3, 7], generator=torch.Generator().manual_seed(42))
    assert (len(a), len(b)) == (3, 7)
    assert sorted(list(a) + list(b)) == list(range(10))
    a2, b2 = random_split(range(10), [3, 7], generator=torch.Generator().manual_seed(42))
    assert list(a) == list(a2)
    assert list(b) == list(b2)


def test_random_split_fractions() -> None:
    assert [len(s) for s in random_split(range(10), [0.3, 0.3, 0.4])] == [3, 3, 4]
    assert [len(s) for s in random_split(range(11), [0.5, 0.5])] == [6, 5]
    with pytest.raises(ValueError, match=r"^Sum of input lengths does not equal"):
        random_split(range(5), [2, 2])


def test_random_split_global_seed() -> None:
    torch.manual_seed(3)
    first = [list(s) for s in random_split(range(8), [4, 4])]
    torch.manual_seed(3)
    assert [list(s) for s in random_split(range(8), [4, 4])] == first


# ---- samplers ----


def test_sequential_sampler() -> None:
    s = SequentialSampler(range(4))
    assert list(s) == [0, 1, 2, 3]
    assert len(s) == 4


def test_random_sampler_permutation_and_reproducible() -> None:
    s = RandomSampler(range(20), generator=torch.Generator().manual_seed(0))
    order = list(s)
    assert sorted(order) == list(range(20))
    assert len(s) == 20
    assert list(RandomSampler(range(20), generator=torch.Generator().manual_seed(0))) == order
    torch.manual_seed(5)
    g1 = list(RandomSampler(range(20)))
    torch.manual_seed(5)
    assert list(RandomSampler(range(20))) == g1


def test_random_sampler_replacement_and_num_samples() -> None:
    s = RandomSampler(range(5), replacement=True, num_samples=70)
    out = list(s)
    assert len(out) == 70 == len(s)
    assert all(0 <= i < 5 for i in out)
    s = RandomSampler(range(4), num_samples=10)
    out = list(s)
    assert len(out) == 10
    assert sorted(out[:4]) == [0, 1, 2, 3]
    with pytest.raises(ValueError, match="num_samples should be a positive integer value"):
        RandomSampler(range(3), num_samples=0)
    with pytest.raises(TypeError, match="replacement should be a boolean value"):
        RandomSampler(range(3), replacement=1)


def test_subset_random_sampler() -> None:
    s = SubsetRandomSampler([10, 20, 30], generator=torch.Generator().manual_seed(1))
    assert sorted(s) == [10, 20, 30]
    assert len(s) == 3


def test_weighted_random_sampler() -> None:
    s = WeightedRandomSampler([0.0, 1.0, 0.0], 6, generator=torch.Generator().manual_seed(0))
    assert list(s) == [1] * 6
    assert len(s) == 6
    s = WeightedRandomSampler([1.0, 1.0, 1.0, 1.0], 4, replacement=False)
    assert sorted(s) == [0, 1, 2, 3]
    with pytest.raises(ValueError, match="weights should be a 1d sequence but given weights"):
        WeightedRandomSampler([[1.0]], 1)
    with pytest.raises(ValueError, match="num_samples=0"):
        WeightedRandomSampler([1.0], 0)


def test_batch_sampler() -> None:
    assert list(BatchSampler(range(7), 3, False)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(BatchSampler(range(7), 3, True)) == [[0, 1, 2], [3, 4, 5]]
    assert len(BatchSampler(range(7), 3, False)) == 3
    assert len(BatchSampler(range(7), 3, True)) == 2
    with pytest.raises(
        ValueError, match=r"^batch_size should be a positive integer value, but got batch_size=0$"
    ):
        BatchSampler(range(3), 0, False)
    with pytest.raises(ValueError, match="drop_last should be a boolean value"):
        BatchSampler(range(3), 1, 0)


# ---- collate ----


def test_collate_numbers_and_strings() -> None:
    out = default_collate([1, 2])
    assert out.dtype == torch.int64
    assert out.tolist() == [1, 2]
    out = default_collate([1.0, 2.0])
    assert out.dtype == torch.float64
    assert out.tolist() == [1.0, 2.0]
    out = default_collate([True, False])
    assert out.dtype == torch.bool
    assert out.tolist() == [True, False]
    assert default_collate(["a", "b"]) == ["a", "b"]


def test_collate_tensors_and_numpy() -> None:
    out = default_collate([torch.tensor([1, 2]), torch.tensor([3, 4])])
    assert out.tolist() == [[1, 2], [3, 4]]
    out = default_collate([np.array([1, 2]), np.array([3, 4])])
    assert isinstance(out, torch.Tensor)
    assert out.tolist() == [[1, 2], [3, 4]]
    out = default_collate([np.float32(1), np.float32(2)])
    assert out.dtype == torch.float32
    assert out.tolist() == [1.0, 2.0]


def test_collate_containers() -> None:
    out = default_collate([(1, "a"), (2, "b")])
    assert isinstance(out, list)
    assert out[0].tolist() == [1, 2]
    assert out[1] == ("a", "b")
    out = default_collate([{"x": 1, "y": [1.5, 2]}, {"x": 2, "y": [3.0, 4]}])
    assert out["x"].tolist() == [1, 2]
    assert out["y"][0].dtype == torch.float64
    assert out["y"][0].tolist() == [1.5, 3.0]
    assert out["y"][1].tolist() == [2, 4]
    out = default_collate([Point(1, 2.0), Point(3, 4.0)])
    assert isinstance(out, Point)
    assert out.a.tolist() == [1, 3]
    assert out.b.tolist() == [2.0, 4.0]


def test_collate_errors() -> None:
    with pytest.raises(
        RuntimeError, match=r"^each element in list of batch should be of equal size$"
    ):
        default_collate([[1, 2], [3]])
    msg = (
        "default_collate: batch must contain tensors, numpy arrays, numbers, "
        "dicts or lists; found <class 'object'>"
    )
    with pytest.raises(TypeError) as e:
        default_collate([object()])
    assert str(e.value) == msg
    with pytest.raises(TypeError, match=r"found <U1$"):
        default_collate([np.array(["a"])])


def test_default_convert() -> None:
    out = default_convert([np.array([1])])
    assert isinstance(out, list)
    assert out[0].tolist() == [1]
    t = torch.tensor(1.0)
    assert default_convert(t) is t
    assert default_convert("s") == "s"
