# SPDX-License-Identifier: GPL-3.0-or-later
"""The age v1 payload: STREAM over ChaCha20-Poly1305 (age-encryption.org/v1, "Payload").

The payload key is HKDF-SHA-256(ikm=file key, salt=16-byte nonce, info="payload"). Plaintext is
cut into 64 KiB chunks; chunk *i* is sealed with the 12-byte nonce ``i`` (11 bytes, big-endian)
followed by ``0x01`` for the final chunk and ``0x00`` otherwise. The final chunk may be full; it
may be empty only when the whole payload is empty.

Guarantees:
- Memory stays flat: at most ``workers * WINDOW_PER_WORKER`` chunks are in flight, whatever the size.
- Chunks are sealed/opened in a bounded thread pool (libsodium releases the GIL), but results are
  written strictly in order and nonces depend only on the chunk index, so the output is
  byte-identical to ``workers=1``.
- Decryption writes a chunk's plaintext only after that chunk authenticated, and never writes
  anything after the first failure. Plaintext of earlier chunks may already have been written
  (as every streaming age implementation does); callers that need all-or-nothing must write to
  a place they discard on :class:`PayloadError`.

Never: writes unauthenticated plaintext, accepts a truncated stream, an empty non-first final
chunk, or data after the final chunk.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO, TypeVar

from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from crypto._errors import PayloadError, TruncatedPayloadError
from crypto._format import hkdf

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENC_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
WINDOW_PER_WORKER = 4
_MAX_COUNTER = 1 << 88

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return hkdf(file_key, nonce, b"payload")


def _chunk_nonce(index: int, last: bool) -> bytes:
    if index >= _MAX_COUNTER:
        raise PayloadError("STREAM counter overflow", index)
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class BufferedSource:
    """A binary reader with look-ahead for lines, used by the header parser and the payload.

    Reads from ``raw`` in blocks and never reads past what it is asked for by more than one
    block; :meth:`read_full` returns fewer bytes than asked only at end of stream.
    """

    def __init__(self, raw: BinaryIO, block: int = ENC_CHUNK_SIZE) -> None:
        self._raw = raw
        self._buf = bytearray()
        self._block = block
        self._eof = False

    def _fill(self) -> bool:
        if self._eof:
            return False
        data = self._raw.read(self._block)
        if not data:
            self._eof = True
            return False
        self._buf.extend(data)
        return True

    def peek(self, n: int) -> bytes:
        while len(self._buf) < n and self._fill():
            pass
        return bytes(self._buf[:n])

    def readline(self, limit: int) -> bytes:
        start = 0
        while True:
            pos = self._buf.find(b"\n", start, limit)
            if pos >= 0:
                return self._take(pos + 1)
            if len(self._buf) >= limit:
                return self._take(limit)
            start = len(self._buf)
            if not self._fill():
                return self._take(len(self._buf))

    def _take(self, n: int) -> bytes:
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    def read_full(self, n: int) -> bytes:
        while len(self._buf) < n and self._fill():
            pass
        return self._take(min(n, len(self._buf)))

    def read(self, n: int = -1) -> bytes:
        if n < 0:
            while self._fill():
                pass
            return self._take(len(self._buf))
        return self.read_full(n)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
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


def _plain_chunks(src: BufferedSource) -> Iterator[tuple[int, bytes, bool]]:
    index = 0
    current = src.read_full(CHUNK_SIZE)
    while True:
        if len(current) < CHUNK_SIZE:
            yield index, current, True
            return
        following = src.read_full(CHUNK_SIZE)
        if not following:
            yield index, current, True
            return
        yield index, current, False
        current = following
        index += 1


def encrypt_payload(src: BufferedSource, dst: BinaryIO, file_key: bytes, nonce: bytes, workers: int) -> None:
    """Seal everything ``src`` yields into ``dst`` (the nonce is written by the caller)."""
    key = payload_key(file_key, nonce)

    def seal(item: tuple[int, bytes, bool]) -> bytes:
        index, data, last = item
        return crypto_aead_chacha20poly1305_ietf_encrypt(data, None, _chunk_nonce(index, last), key)

    dst.writelines(ordered_map(seal, _plain_chunks(src), workers))


# A decrypted chunk: (index, plaintext or None, was final, error message or None).
_Opened = tuple[int, bytes | None, bool, str | None]
_END = (-1, b"", True)


def _sealed_chunks(src: BufferedSource) -> Iterator[tuple[int, bytes, bool]]:
    index = 0
    while True:
        data = src.read_full(ENC_CHUNK_SIZE)
        if not data:
            yield _END
            return
        short = len(data) < ENC_CHUNK_SIZE
        yield index, data, short
        if short:
            yield _END
            return
        index += 1


def decrypt_payload(src: BufferedSource, dst: BinaryIO, file_key: bytes, nonce: bytes, workers: int) -> None:
    """Open the STREAM in ``src`` into ``dst``. Raises :class:`PayloadError`."""
    key = payload_key(file_key, nonce)

    def open_chunk(item: tuple[int, bytes, bool]) -> _Opened:
        index, data, short = item
        if index < 0:
            return index, None, True, None
        if len(data) < TAG_SIZE:
            return index, None, False, "chunk is shorter than its authentication tag (truncated payload)"
        if short:
            if index > 0 and len(data) == TAG_SIZE:
                return index, None, True, "final chunk is empty (only an empty payload may have one)"
            attempts: tuple[bool, ...] = (True,)
        else:
            # A full chunk is normally not final, but a final chunk may be full (spec).
            attempts = (False, True)
        for last in attempts:
            try:
                return (
                    index,
                    crypto_aead_chacha20poly1305_ietf_decrypt(data, None, _chunk_nonce(index, last), key),
                    last,
                    None,
                )
            except CryptoError:
                continue
        return index, None, False, "chunk failed authentication (corrupt or truncated payload)"

    seen_final = False
    count = 0
    for index, plain, last, error in ordered_map(open_chunk, _sealed_chunks(src), workers):
        if index < 0:
            if not seen_final:
                if count == 0:
                    raise TruncatedPayloadError("payload has no chunks", 0)
                raise TruncatedPayloadError("payload is truncated: the final chunk is missing", count)
            return
        if seen_final:
            raise PayloadError("trailing data after the final chunk", index)
        if error is not None or plain is None:
            raise PayloadError(error or "chunk failed authentication", index)
        dst.write(plain)
        count = index + 1
        seen_final = last
