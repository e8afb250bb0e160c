"""Where the per-article stages run: this process, a local process pool, or a Dask cluster.

    with runner_for(cluster="local:2") as run:         # or "tcp://scheduler:8786", or None
        for result in run.map(process_document, raws, settings):
            ...

Per-article stages (clean, language, annotate, extract) are pure functions of one article, so
they can run anywhere and give the same results; corpus stages stay with the store. A runner
maps a function over items and yields the results in input order, a bounded batch at a time,
so a long input stream never sits whole in memory and results are stored as they come.

On a cluster every worker needs newsdesk and its model packages installed (the same versions
as the client); see docs/scale.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar

from newsdesk.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")

BATCH = 64  # items in flight at once per worker


class Runner(Protocol):
    def map(self, function: Callable[..., R], items: Iterable[Any], *args: Any) -> Iterator[R]:
        """function(item, *args) for every item, in input order."""
        ...

    def close(self) -> None: ...


class InProcess:
    """Runs everything here, one item after another."""

    def map(self, function: Callable[..., R], items: Iterable[Any], *args: Any) -> Iterator[R]:
        return (function(item, *args) for item in items)

    def close(self) -> None:
        pass


class LocalPool:
    """A process pool on this machine whose workers die with it."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def map(self, function: Callable[..., R], items: Iterable[Any], *args: Any) -> Iterator[R]:
        iterator = iter(items)
        while batch := list(islice(iterator, BATCH * self.workers)):
            jobs = [(function, item, args) for item in batch]
            chunk = max(1, min(4, len(jobs) // (2 * self.workers)))
            yield from self._started().map(_call, jobs, chunksize=chunk)

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context()
            # a forkserver, not this process, is the parent of its workers
            parent = None if context.get_start_method() == "forkserver" else os.getpid()
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=end_with_parent,
                initargs=(parent,),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskRunner:
    """A Dask cluster: an existing scheduler ("tcp://host:8786") or a local one ("local:N")."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # an optional backend
            raise ConfigError(
                "a cluster needs dask[distributed]: pip install 'newsdesk[cluster]'"
            ) from exc
        self._cluster = None
        if address.startswith("local:"):
            workers = _count(address.removeprefix("local:"))
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        else:
            self._client = Client(address, timeout="30s")
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def map(self, function: Callable[..., R], items: Iterable[Any], *args: Any) -> Iterator[R]:
        # hash=False: a key of its own per call. Scattering equal settings twice would share one
        # content-hashed key, which the earlier call's release can drop from under the later.
        shared = [self._client.scatter(a, broadcast=True, hash=False) for a in args]
        iterator = iter(items)
        while batch := list(islice(iterator, BATCH * self.workers)):
            futures = self._client.map(function, batch, *[[s] * len(batch) for s in shared])
            yield from self._client.gather(futures)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


class ReadAhead(Generic[R]):
    """Items of an iterator read in a thread of their own, at most `size` ahead of the reader.

    For an iterator that waits on the network: what was read is ready while the next item is
    still on its way. Exceptions of the iterator reach the reader at the point they happened.
    """

    _END = object()

    def __init__(self, items: Iterable[R], size: int) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=size)
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(items,), daemon=True)
        self._thread.start()

    def __iter__(self) -> Iterator[R]:
        while (item := self._queue.get()) is not self._END:
            if isinstance(item, _Raised):
                raise item.error
            yield item

    def ready(self) -> bool:
        """An item (or the end) can be had without waiting."""
        return not self._queue.empty()

    def close(self) -> None:
        """Stop reading (the thread ends after the item it is on)."""
        self._closed.set()

    def _read(self, items: Iterable[R]) -> None:
        try:
            for item in items:
                if not self._put(item):
                    return
        except BaseException as exc:  # handed to the reader, raised there
            self._put(_Raised(exc))
            return
        self._put(self._END)

    def _put(self, item: Any) -> bool:
        while not self._closed.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False


@dataclass(frozen=True, slots=True)
class _Raised:
    error: BaseException


@contextlib.contextmanager
def runner_for(cluster: str | None, workers: int = 1) -> Iterator[Runner]:
    """The runner a user asked for: a cluster address, else `workers` local processes."""
    run: Runner
    if cluster:
        run = DaskRunner(cluster)
    elif workers > 1:
        run = LocalPool(workers)
    else:
        run = InProcess()
    try:
        yield run
    finally:
        run.close()


def end_with_parent(parent: int | None = None) -> None:
    """Pool workers die with the process that started them (Linux), never left orphaned.

    Ctrl-C reaches the whole process group; the parent decides how to stop, so a worker
    ignores it instead of dying mid-document with a traceback. A parent killed between the
    worker's start and the line asking for the signal sends none: the worker, whose parent
    (`parent`, when known) is then another process, ends at once.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # PR_SET_PDEATHSIG
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    if parent is not None and os.getppid() != parent:
        os._exit(0)


def _call(job: tuple[Callable[..., R], Any, tuple[Any, ...]]) -> R:
    function, item, args = job
    return function(item, *args)


def _count(text: str) -> int:
    try:
        found = int(text)
    except ValueError:
        found = 0
    if found < 1:
        raise ConfigError(f"cluster 'local:{text}': give a number of workers, e.g. local:2")
    return found
