"""ferrotensor.utils.data.DataLoader: batching, shuffling, errors and worker processes."""

from __future__ import annotations

import pytest

import ferrotensor as torch
from ferrotensor.utils.data import (
    DataLoader,
    IterableDataset,
    SequentialSampler,
    TensorDataset,
    get_worker_info,
)


class Count(IterableDataset):
    """Each worker yields its own share of ``range(n)``."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self):
        info = get_worker_info()
        if info is None:
            return iter(range(self.n))
        return iter(range(info.id, self.n, info.num_workers))

    def __len__(self) -> int:
        return self.n


class WorkerIds(torch.utils.data.Dataset):
    """Reports which worker loaded each sample and what init_fn stored there."""

    def __getitem__(self, i: int) -> tuple[int, int, int]:
        info = get_worker_info()
        return i, info.id, info.dataset.marker

    def __len__(self) -> int:
        return 6


def _mark(worker_id: int) -> None:
    get_worker_info().dataset.marker = 100 + worker_id


def _ds(n: int = 10) -> TensorDataset:
    return TensorDataset(torch.arange(n).float(), torch.arange(n))


def _ids(loader) -> list[list[int]]:
    return [b[1].tolist() for b in loader]


def test_batching_and_len() -> None:
    loader = DataLoader(_ds(), batch_size=4)
    batches = list(loader)
    assert len(loader) == 3
    assert [b[0].tolist() for b in batches] == [
        [0.0, 1.0, 2.0, 3.0],
        [4.0, 5.0, 6.0, 7.0],
        [8.0, 9.0],
    ]
    assert _ids(DataLoader(_ds(), batch_size=4, drop_last=True)) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert len(DataLoader(_ds(), batch_size=3, drop_last=True)) == 3
    assert len(DataLoader(range(10), batch_size=3)) == 4


def test_no_auto_batching_and_custom_collate() -> None:
    assert list(DataLoader(range(3), batch_size=None)) == [0, 1, 2]
    loader = DataLoader(range(5), batch_size=2, collate_fn=lambda b: sum(b))
    assert list(loader) == [1, 5, 4]


def test_sampler_and_batch_sampler() -> None:
    loader = DataLoader(range(4), sampler=[3, 1, 2, 0], batch_size=2)
    assert [b.tolist() for b in loader] == [[3, 1], [2, 0]]
    loader = DataLoader(range(6), batch_sampler=[[5, 0], [1, 2, 3]])
    assert [b.tolist() for b in loader] == [[5, 0], [1, 2, 3]]
    assert len(loader) == 2
    assert isinstance(DataLoader(range(3)).sampler, SequentialSampler)


def test_shuffle_reproducible() -> None:
    torch.manual_seed(0)
    first = _ids(DataLoader(_ds(), batch_size=3, shuffle=True))
    torch.manual_seed(0)
    assert _ids(DataLoader(_ds(), batch_size=3, shuffle=True)) == first
    assert sorted(i for b in first for i in b) == list(range(10))
    a = _ids(
        DataLoader(_ds(), batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(7))
    )
    b = _ids(
        DataLoader(_ds(), batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(7))
    )
    assert a == b
    loader = DataLoader(_ds(20), batch_size=20, shuffle=True)
    assert _ids(loader) != _ids(loader)  # each epoch reshuffles


def test_iterable_dataset() -> None:
    assert [b.tolist() for b in DataLoader(Count(5), batch_size=2)] == [[0, 1], [2, 3], [4]]
    assert [b.tolist() for b in DataLoader(Count(5), batch_size=2, drop_last=True)] == [
        [0, 1],
        [2, 3],
    ]
    assert len(DataLoader(Count(5), batch_size=2)) == 3


@pytest.mark.parametrize(
    ("kwargs", "exc", "msg"),
    [
        (
            {"batch_size": None, "drop_last": True},
            ValueError,
            "batch_size=None option disables auto-batching and is mutually exclusive "
            "with drop_last",
        ),
        (
            {"sampler": [0], "shuffle": True},
            ValueError,
            "sampler option is mutually exclusive with shuffle",
        ),
        (
            {"batch_sampler": [[0]], "batch_size": 2},
            ValueError,
            "batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, "
            "and drop_last",
        ),
        (
            {"persistent_workers": True},
            ValueError,
            "persistent_workers option needs num_workers > 0",
        ),
        (
            {"num_workers": -1},
            ValueError,
            "num_workers option should be non-negative; "
            "use num_workers=0 to disable multiprocessing.",
        ),
        ({"timeout": -1}, ValueError, "timeout option should be non-negative"),
    ],
)
def test_argument_errors(kwargs, exc, msg) -> None:
    with pytest.raises(exc) as e:
        DataLoader(range(3), **kwargs)
    assert str(e.value) == msg


def test_iterable_dataset_errors_and_frozen_attributes() -> None:
    with pytest.raises(
        ValueError, match="expected unspecified shuffle option, but got shuffle=True"
    ):
        DataLoader(Count(3), shuffle=True)
    loader = DataLoader(range(3))
    with pytest.raises(
        ValueError, match=r"^batch_size attribute should not be set after DataLoader"
    ):
        loader.batch_size = 2


# ---- worker processes (few, small: each start costs a process spawn) ----


def test_workers_match_single_process() -> None:
    g = torch.Generator().manual_seed(1)
    single = _ids(DataLoader(_ds(), batch_size=3, shuffle=True, generator=g))
    g = torch.Generator().manual_seed(1)
    multi = _ids(DataLoader(_ds(), batch_size=3, shuffle=True, generator=g, num_workers=2))
    assert multi == single
    assert _ids(DataLoader(_ds(), batch_size=3, num_workers=2)) == [
        [0, 1, 2],
        [3, 4, 5],
        [6, 7, 8],
        [9],
    ]


def test_worker_init_fn_and_worker_info() -> None:
    loader = DataLoader(WorkerIds(), batch_size=None, num_workers=2, worker_init_fn=_mark)
    out = list(loader)
    assert [s[0] for s in out] == [0, 1, 2, 3, 4, 5]
    assert [s[1] for s in out] == [0, 1, 0, 1, 0, 1]
    assert [s[2] for s in out] == [100, 101, 100, 101, 100, 101]


def test_persistent_workers_and_iterable_sharding() -> None:
    loader = DataLoader(_ds(), batch_size=4, num_workers=2, persistent_workers=True)
    assert [_ids(loader) for _ in range(2)] == [[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]] * 2
    for i, _ in enumerate(loader):  # leave an epoch early: the next one starts afresh
        if i == 0:
            break
    assert _ids(loader) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    loader = DataLoader(Count(7), batch_size=2, num_workers=2)
    assert [b.tolist() for b in loader] == [[0, 2], [1, 3], [4, 6], [5]]


def test_worker_error_is_reraised() -> None:
    loader = DataLoader(range(3), batch_size=2, num_workers=1, collate_fn=_boom)
    with pytest.raises(ValueError, match="in DataLoader worker process 0"):
        list(loader)


def _boom(batch):
    raise ValueError("boom")
