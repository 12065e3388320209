"""The worker-process side of ``DataLoader(num_workers > 0)``."""

from __future__ import annotations

import random
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Optional

__all__ = ["WorkerInfo", "get_worker_info"]


@dataclass(frozen=True)
class WorkerInfo:
    """What ``get_worker_info()`` returns inside a worker process."""

    id: int
    num_workers: int
    seed: int
    dataset: Any


_worker_info: Optional[WorkerInfo] = None


def get_worker_info() -> Optional[WorkerInfo]:
    """The current worker's ``WorkerInfo``, or ``None`` in the main process."""
    return _worker_info


class _ResumeIteration:
    """Sent to persistent workers at the start of a new epoch."""


@dataclass
class _IterableStop:
    worker_id: int


class _ExceptionWrapper:
    """An exception raised in a worker, re-raised in the main process."""

    def __init__(self, exc: BaseException, where: str) -> None:
        self.exc_type = type(exc)
        self.msg = f"Caught {type(exc).__name__} {where}.\nOriginal {traceback.format_exc()}"

    def reraise(self) -> None:
        try:
            err = self.exc_type(self.msg)
        except Exception:
            err = RuntimeError(self.msg)
        raise err


class _Fetcher:
    def __init__(
        self, dataset: Any, iterable: bool, auto: bool, collate: Callable, drop_last: bool
    ):
        self.dataset = dataset
        self.iterable = iterable
        self.auto = auto
        self.collate = collate
        self.drop_last = drop_last
        self.ended = False
        self.it = iter(dataset) if iterable else None

    def fetch(self, index: Any) -> Any:
        if self.iterable:
            if self.ended:
                raise StopIteration
            if not self.auto:
                return self.collate(next(self.it))
            data = []
            for _ in index:
                try:
                    data.append(next(self.it))
                except StopIteration:
                    self.ended = True
                    break
            if not data or (self.drop_last and len(data) < len(index)):
                raise StopIteration
            return self.collate(data)
        if self.auto:
            getitems = getattr(self.dataset, "__getitems__", None)
            if getitems is not None:
                return self.collate(getitems(index))
            return self.collate([self.dataset[i] for i in index])
        return self.collate(self.dataset[index])


def _worker_loop(
    dataset: Any,
    iterable: bool,
    auto: bool,
    collate: Callable,
    drop_last: bool,
    index_queue: Any,
    result_queue: Any,
    seed: int,
    init_fn: Optional[Callable[[int], None]],
    worker_id: int,
    num_workers: int,
) -> None:
    import ferrotensor

    global _worker_info
    random.seed(seed)
    ferrotensor.manual_seed(seed)
    _worker_info = WorkerInfo(id=worker_id, num_workers=num_workers, seed=seed, dataset=dataset)
    init_error = None
    try:
        if init_fn is not None:
            init_fn(worker_id)
        fetcher = _Fetcher(dataset, iterable, auto, collate, drop_last)
    except Exception as e:  # reported with the first task
        init_error = _ExceptionWrapper(e, f"in DataLoader worker process {worker_id}")
    while True:
        task = index_queue.get()
        if task is None:
            break
        if isinstance(task, _ResumeIteration):
            if init_error is None:
                fetcher = _Fetcher(dataset, iterable, auto, collate, drop_last)
            result_queue.put((None, task))
            continue
        idx, index = task
        if init_error is not None:
            data: Any = init_error
        else:
            try:
                data = fetcher.fetch(index)
            except StopIteration:
                data = _IterableStop(worker_id)
            except Exception as e:
                data = _ExceptionWrapper(e, f"in DataLoader worker process {worker_id}")
        result_queue.put((idx, data))
