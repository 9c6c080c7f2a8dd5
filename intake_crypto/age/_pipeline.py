# SPDX-License-Identifier: GPL-3.0-or-later
"""Bounded, order-preserving concurrency for the STREAM payload.

- :func:`ordered_map`: ``map`` on a thread pool with at most ``workers * WINDOW_PER_WORKER``
  items in flight, results in input order.
- :class:`Prefetch`: runs an iterator (the reads) in its own thread, a few items ahead.
- :class:`Writer`: performs ``dst.write`` calls in its own thread, in order.
- :class:`Hasher`: performs hash updates in its own thread, in order (a bundle's SHA-256 sums
  beside its encryption, issue 24).
- :class:`RingWriter`: ``dst.write`` in one helper thread from a fixed ring of preallocated
  buffers (the age payload's serial path, issue 24).

Reads and writes release the GIL, so these can overlap I/O with a cipher on a second core. The
pool path uses :func:`ordered_map` and :class:`Writer` (unthreaded).

Guarantees: every queue is bounded (memory stays flat); order is preserved; an exception
raised by the reads surfaces in the consumer at the position it happened, after the items
before it; :meth:`Writer.__exit__` always waits until every write handed to it has
finished (so plaintext released before an error is really written before the error
propagates), and re-raises a write error. Never: leaves a thread running after the ``with``.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, Generic, Protocol, Self, TypeVar

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


class Writer:
    """``dst.write`` in a background thread when ``threaded``, else directly."""

    def __init__(self, dst: BinaryIO, threaded: bool) -> None:
        self._dst = dst
        self._threaded = threaded
        self._queue: queue.Queue[bytes | bytearray | memoryview | None] = queue.Queue(QUEUE_DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="age-write", daemon=True)

    def _run(self) -> None:
        while True:
            data = self._queue.get()
            if data is None:
                return
            if self._error is None:  # after a failure keep draining so the producer never blocks
                try:
                    self._dst.write(data)
                except BaseException as exc:  # noqa: BLE001 (re-raised by __exit__ or write)
                    self._error = exc

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not self._threaded:
            self._dst.write(data)
            return
        if self._error is not None:
            raise self._error
        self._queue.put(data)

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


class Hasher:
    """Hash updates in one helper thread, in order, at most :data:`HASH_QUEUE_DEPTH` ahead.

    ``hashlib`` releases the GIL on buffers over 2 KiB, so a bundle's SHA-256 sums run on the
    second core while the calling thread reads, encrypts and writes (issue 24). Only immutable
    ``bytes`` are accepted (a caller with a reused buffer hands over a copy). :meth:`sync` waits
    until every update handed over so far is done; read a digest only after it. Any object with
    an ``update(bytes)`` method may be handed over (the bundle writer also uses one to write in
    order in its own thread). Never: leaves the thread running after the ``with``.
    """

    def __init__(self, name: str = "bundle-hash") -> None:
        self._queue: queue.Queue[tuple[HashLike, bytes] | None] = queue.Queue(HASH_QUEUE_DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None:  # after a failure keep draining so the producer never blocks
                    item[0].update(item[1])
            except BaseException as exc:  # noqa: BLE001 (re-raised by sync, so no digest is read)
                self._error = exc
            finally:
                self._queue.task_done()

    def update(self, digest: HashLike, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((digest, data))

    def sync(self) -> None:
        self._queue.join()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._queue.put(None)
        self._thread.join()


class HashLike(Protocol):
    def update(self, data: bytes, /) -> None: ...


HASH_QUEUE_DEPTH = 16


class RingWriter:
    """``dst.write`` in one helper thread from a fixed ring of preallocated buffers (issue 24).

    The caller takes a free buffer (:meth:`acquire`), fills a prefix of it and hands that prefix
    over (:meth:`submit`); the helper writes it in pieces of at most ``piece`` bytes and puts the
    buffer back in the ring. Memory is the ring and nothing else: no buffer is allocated, freed
    or zero-filled per write (freed memory costs page faults when it comes back). Writes release
    the GIL, so the kernel's copy into the page cache runs on the second core while the caller
    reads and runs the cipher. The thread starts only at the second submit: a file of one batch
    is written in the calling thread.

    Guarantees: writes happen in submit order; :meth:`__exit__` waits until every submitted
    buffer is written, then re-raises a write error (one seen earlier is raised by
    :meth:`acquire`/:meth:`submit`). Never: leaves the thread running after the ``with``, or
    lets the caller refill a buffer that is still being written.
    """

    def __init__(self, dst: BinaryIO, size: int, *, count: int = 4, piece: int | None = None) -> None:
        self._dst = dst
        self._piece = piece or size
        self._free: queue.SimpleQueue[memoryview] = queue.SimpleQueue()
        for _ in range(count):
            self._free.put(memoryview(bytearray(size)))
        self._full: queue.SimpleQueue[tuple[memoryview, int] | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._submitted = 0
        self._started = False
        self._thread = threading.Thread(target=self._run, name="age-write", daemon=True)

    def _write(self, data: memoryview) -> None:
        for at in range(0, len(data), self._piece):
            self._dst.write(data[at : at + self._piece])

    def _run(self) -> None:
        while True:
            item = self._full.get()
            if item is None:
                return
            if self._error is None:  # after a failure keep draining so the producer never blocks
                try:
                    self._write(item[0][: item[1]])
                except BaseException as exc:  # noqa: BLE001 (re-raised by __exit__ or submit)
                    self._error = exc
            self._free.put(item[0])

    def acquire(self) -> memoryview:
        """A free buffer of ``size`` bytes (waits while all are being written)."""
        if self._error is not None:
            raise self._error
        return self._free.get()

    def submit(self, buffer: memoryview, length: int) -> None:
        """Write the first ``length`` bytes of ``buffer`` (from :meth:`acquire`), which returns
        to the ring once written."""
        if self._error is not None:
            raise self._error
        self._submitted += 1
        if self._submitted == 1:  # the first batch: no thread yet (one-batch files need none)
            try:
                self._write(buffer[:length])
            finally:
                self._free.put(buffer)
            return
        if not self._started:
            self._thread.start()
            self._started = True
        self._full.put((buffer, length))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._started:
            return
        self._full.put(None)
        self._thread.join()
        if self._error is not None and exc is None:
            raise self._error
