"""The main-process side of ``DataLoader(num_workers > 0)``: dispatch, reorder, shut down."""

from __future__ import annotations

import contextlib
import itertools
import queue
import weakref
from typing import Any

import ferrotensor

from ._worker import _ExceptionWrapper, _IterableStop, _ResumeIteration, _worker_loop

_POLL_S = 5.0


def _shutdown(workers: list[Any], index_queues: list[Any], result_queue: Any) -> None:
    """Ask every worker to stop, wait briefly, and terminate any that linger."""
    for iq in index_queues:
        with contextlib.suppress(OSError, ValueError):
            iq.put(None)
    for w in workers:
        w.join(timeout=2.0)
        if w.is_alive():
            w.terminate()
            w.join(timeout=1.0)
    for q in [*index_queues, result_queue]:
        q.cancel_join_thread()
        q.close()


class _MultiProcessingDataLoaderIter:
    """Round-robin tasks to worker processes and yield their results in order."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader
        self._num_workers = loader.num_workers
        self._prefetch = loader.prefetch_factor
        self._persistent = loader.persistent_workers
        self._timeout = loader.timeout
        self._iterable = loader._is_iterable
        base_seed = int(
            ferrotensor.empty((), dtype=ferrotensor.int64)
            .random_(generator=loader.generator)
            .item()
        )
        ctx = loader.multiprocessing_context or loader._default_context()
        self._result_queue = ctx.Queue()
        self._index_queues = []
        self._workers = []
        for wid in range(self._num_workers):
            iq = ctx.Queue()
            iq.cancel_join_thread()
            w = ctx.Process(
                target=_worker_loop,
                args=(
                    loader.dataset,
                    self._iterable,
                    loader._auto_collation,
                    loader.collate_fn,
                    loader.drop_last,
                    iq,
                    self._result_queue,
                    base_seed + wid,
                    loader.worker_init_fn,
                    wid,
                    self._num_workers,
                ),
                daemon=True,
            )
            w.start()
            self._index_queues.append(iq)
            self._workers.append(w)
        # weakref.finalize also runs at interpreter exit, before multiprocessing's
        # own exit hook, so persistent workers are stopped cleanly there too.
        self._finalizer = weakref.finalize(
            self, _shutdown, self._workers, self._index_queues, self._result_queue
        )
        self._reset(first=True)

    def __iter__(self) -> _MultiProcessingDataLoaderIter:
        return self

    def __len__(self) -> int:
        return len(self._loader)

    def _reset(self, first: bool = False) -> None:
        self._sampler_iter = iter(self._loader._index_sampler)
        self._send_idx = 0
        self._rcvd_idx = 0
        self._task_info: dict[int, tuple[Any, ...]] = {}
        self._active = [True] * self._num_workers
        self._cycle = itertools.cycle(range(self._num_workers))
        if not first:
            for iq in self._index_queues:
                iq.put(_ResumeIteration())
            acks = 0
            while acks < self._num_workers:
                idx, data = self._get()
                if idx is None and isinstance(data, _ResumeIteration):
                    acks += 1
        for _ in range(self._prefetch * self._num_workers):
            self._put_index()

    def _put_index(self) -> None:
        for _ in range(self._num_workers):
            wid = next(self._cycle)
            if self._active[wid]:
                break
        else:
            return
        try:
            index = next(self._sampler_iter)
        except StopIteration:
            return
        self._index_queues[wid].put((self._send_idx, index))
        self._task_info[self._send_idx] = (wid,)
        self._send_idx += 1

    def _get(self) -> tuple[Any, Any]:
        waited = 0.0
        while True:
            try:
                return self._result_queue.get(timeout=_POLL_S)
            except queue.Empty:
                waited += _POLL_S
                if self._timeout > 0 and waited >= self._timeout:
                    raise RuntimeError(
                        f"DataLoader timed out after {self._timeout} seconds"
                    ) from None
                dead = [str(w.pid) for w in self._workers if not w.is_alive()]
                if dead:
                    self._shutdown_workers()
                    raise RuntimeError(
                        f"DataLoader worker (pid(s) {', '.join(dead)}) exited unexpectedly"
                    ) from None

    def _process(self, data: Any) -> Any:
        self._put_index()
        if isinstance(data, _ExceptionWrapper):
            data.reraise()
        return data

    def __next__(self) -> Any:
        while True:
            while self._rcvd_idx < self._send_idx:
                info = self._task_info[self._rcvd_idx]
                if len(info) == 2 or self._active[info[0]]:
                    break
                del self._task_info[self._rcvd_idx]
                self._rcvd_idx += 1
            else:
                if not self._persistent:
                    self._shutdown_workers()
                raise StopIteration
            info = self._task_info[self._rcvd_idx]
            if len(info) == 2:
                del self._task_info[self._rcvd_idx]
                self._rcvd_idx += 1
                return self._process(info[1])
            idx, data = self._get()
            if isinstance(data, _IterableStop):
                self._active[data.worker_id] = False
                continue
            if idx != self._rcvd_idx:
                if idx in self._task_info:
                    self._task_info[idx] += (data,)
                continue
            del self._task_info[idx]
            self._rcvd_idx += 1
            return self._process(data)

    def _shutdown_workers(self) -> None:
        self._finalizer()
