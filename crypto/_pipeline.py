# SPDX-License-Identifier: GPL-3.0-or-later
"""Bounded, order-preserving concurrency for the STREAM payload.

- :func:`ordered_map`: ``map`` on a thread pool with at most ``workers * WINDOW_PER_WORKER``
  items in flight, results in input order.
- :class:`Prefetch`: runs an iterator (the reads) in its own thread, a few items ahead.
- :class:`Writer`: performs ``dst.write`` calls in its own thread, in order.
- :class:`BufferPool`: a fixed set of preallocated buffers handed out and given back, so the
  serial path neither allocates nor zero-fills memory per batch.

Reads and writes release the GIL, so with one cipher thread these overlap I/O with the cipher
on a second core. Guarantees: every queue is bounded (memory stays flat); order is preserved;
an exception raised by the reads surfaces in the consumer at the position it happened, after
the items before it; :meth:`Writer.__exit__` always waits until every write handed to it has
finished (so plaintext released before an error is really written before the error
propagates), and re-raises a write error. Never: leaves a thread running after the ``with``.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, Generic, Self, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")
WINDOW_PER_WORKER = 3
QUEUE_DEPTH = 4
_POLL = 0.05


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Generator[R, None, None]:
    """``map(fn, items)`` in order, on up to ``workers`` threads with a bounded window.

    The pool starts only when a second item exists, so one-chunk files cost no thread.
    """
    iterator = iter(items)
    first = next(iterator, None)
    if first is None:
        return
    if workers <= 1:
        yield fn(first)
        for item in iterator:
            yield fn(item)
        return
    second = next(iterator, None)
    if second is None:
        yield fn(first)
        return
    # Imported here: concurrent.futures (and the logging it loads) costs start-up time that
    # the serial path, the default on fewer than 4 CPUs, never needs.
    from concurrent.futures import ThreadPoolExecutor

    window = workers * WINDOW_PER_WORKER
    pending: deque[Future[R]] = deque()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="age-stream") as pool:
        try:
            pending.append(pool.submit(fn, first))
            pending.append(pool.submit(fn, second))
            for item in iterator:
                if len(pending) >= window:
                    yield pending.popleft().result()
                pending.append(pool.submit(fn, item))
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


class Prefetch(Generic[T]):
    """Iterate ``items`` in a background thread, at most :data:`QUEUE_DEPTH` items ahead."""

    def __init__(self, items: Iterable[T]) -> None:
        self._queue: queue.Queue[tuple[bool, T | BaseException | None]] = queue.Queue(QUEUE_DEPTH)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(iter(items),), name="age-read", daemon=True)

    def _put(self, entry: tuple[bool, T | BaseException | None]) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(entry, timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, items: Iterator[T]) -> None:
        try:
            for item in items:
                if not self._put((True, item)):
                    return
            self._put((False, None))
        except BaseException as exc:  # noqa: BLE001 (re-raised in the consumer, in order)
            self._put((False, exc))

    def __enter__(self) -> Iterator[T]:
        self._thread.start()
        return self._iterate()

    def _iterate(self) -> Iterator[T]:
        while True:
            ok, item = self._queue.get()
            if ok:
                yield item  # type: ignore[misc]
                continue
            if isinstance(item, BaseException):
                raise item
            return

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        while not self._queue.empty():  # drop references to batches (and any exception) now
            self._queue.get_nowait()


class BufferPool:
    """``count`` preallocated buffers of ``size`` bytes; :meth:`get` blocks until one is free.

    A buffer handed to :meth:`Writer.write` with ``release`` comes back after its write, so at
    most ``count`` buffers ever exist and none is overwritten while a write still reads it.
    """

    def __init__(self, count: int, size: int) -> None:
        self._free: queue.Queue[bytearray] = queue.Queue()
        for _ in range(count):
            self._free.put(bytearray(size))

    def get(self) -> bytearray:
        return self._free.get()

    def put(self, buffer: bytearray) -> None:
        self._free.put(buffer)


_Data = bytes | bytearray | memoryview


class Writer:
    """``dst.write`` in a background thread when ``threaded``, else directly.

    ``write(data, release)`` calls ``release()`` once ``data`` has been written (or dropped after
    an earlier write failed), from the writer thread; ``dst.write`` must not keep ``data``
    after it returns (the :mod:`io` contract).
    """

    def __init__(self, dst: BinaryIO, threaded: bool) -> None:
        self._dst = dst
        self._threaded = threaded
        self._queue: queue.Queue[tuple[_Data, Callable[[], None] | None] | None] = queue.Queue(QUEUE_DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="age-write", daemon=True)

    def _run(self) -> None:
        while True:
            entry = self._queue.get()
            if entry is None:
                return
            data, release = entry
            if self._error is None:  # after a failure keep draining so the producer never blocks
                try:
                    self._dst.write(data)
                except BaseException as exc:  # noqa: BLE001 (re-raised by __exit__ or write)
                    self._error = exc
            del data
            if release is not None:
                release()

    def write(self, data: _Data, release: Callable[[], None] | None = None) -> None:
        if not self._threaded:
            try:
                self._dst.write(data)
            finally:
                if release is not None:
                    release()
            return
        if self._error is not None:
            if release is not None:
                release()
            raise self._error
        self._queue.put((data, release))

    def __enter__(self) -> Self:
        if self._threaded:
            self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._threaded:
            return
        self._queue.put(None)
        self._thread.join()
        if self._error is not None and exc is None:
            raise self._error
