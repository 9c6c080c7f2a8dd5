# SPDX-License-Identifier: GPL-3.0-or-later
"""The age v1 payload: STREAM over ChaCha20-Poly1305 (age-encryption.org/v1, "Payload").

The payload key is HKDF-SHA-256(ikm=file key, salt=16-byte nonce, info="payload"). Plaintext is
cut into 64 KiB chunks; chunk *i* is sealed with the 12-byte nonce ``i`` (11 bytes, big-endian)
followed by ``0x01`` for the final chunk and ``0x00`` otherwise. The final chunk may be full; it
may be empty only when the whole payload is empty.

Guarantees:
- Memory stays flat: with ``workers=1`` two 256 KiB input buffers and a ring of four 256 KiB
  output buffers; with the pool at most ``3 * workers`` batches of 8 chunks are in flight,
  whatever the size.
- With ``workers > 1`` chunks are sealed/opened in a bounded thread pool (libsodium releases the
  GIL); with ``workers=1`` the calling thread reads (``readinto``) and runs OpenSSL's cipher on
  batches of 4 chunks and one helper thread writes them (DESIGN.md, "Parallel design"). Every
  ``write`` is at most one sealed chunk (encrypting) or 64 KiB - 16 (decrypting): small page-cache
  folios (DESIGN.md, "Where the system time goes"). Results are written strictly in order and
  nonces depend only on the chunk index, so the output is byte-identical whatever ``workers`` is.
- Decryption writes a chunk's plaintext only after that chunk authenticated, and never writes
  anything after the first failure. Plaintext of earlier chunks may already have been written
  (as every streaming age implementation does); callers that need all-or-nothing must write to
  a place they discard on :class:`PayloadError`.

Never: writes unauthenticated plaintext, accepts a truncated stream, an empty non-first final
chunk, or data after the final chunk.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError as NaclCryptoError

from intake_crypto.age._errors import PayloadError, TruncatedPayloadError
from intake_crypto.age._format import hkdf
from intake_crypto.age._pipeline import RingWriter, Writer, ordered_map

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENC_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
BATCH_CHUNKS = 8  # chunks per pool task: amortises thread hand-off; 512 KiB of plaintext
# The serial path (workers=1, the default under 4 CPUs): the calling thread reads and runs
# OpenSSL's cipher on batches of 4 chunks (256 KiB); a helper thread writes them from a ring of
# preallocated buffers (_pipeline.RingWriter), so the kernel's copy into the page cache runs on
# the second core. Where the system time went (issue 24, DESIGN.md "Where the system time
# goes"): not the batch size or the thread, but the size of the page-cache folios a write makes
# the kernel allocate. A write covering whole aligned 64 KiB or more of the file gets large
# folios, which come from the buddy allocator's big free blocks; on a VM that hands freed memory
# back to its host (free page reporting) each of those pages is faulted in again by the host on
# first touch: 1-3.7 s of system time per GiB against 0.3-0.45 s. So every write is one sealed
# chunk (64 KiB + 16 at offsets the header leaves unaligned, as `age -e` writes) or, decrypting,
# 16 bytes short of 64 KiB (every offset after the first unaligned the same way): no folio of
# order 4 or more, counted with perf. Decrypting, 65520-byte writes beat 32 KiB writes (which
# `age -d` makes) at real-time priority: medians of 5 0.52-0.53 s against 0.68-0.75 s wall in
# two series (docs/crypto.md).
SERIAL_BATCH_CHUNKS = 4
SERIAL_DECRYPT_BATCH_CHUNKS = 4
RING_BUFFERS = 4  # buffers the writer thread may hold: memory is 4 x 256 KiB whatever the size
ENCRYPT_WRITE = ENC_CHUNK_SIZE
DECRYPT_WRITE = CHUNK_SIZE - TAG_SIZE
_MAX_COUNTER = 1 << 88

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """Threads for ``workers=None``: every usable CPU from 4 up, else 1.

    One thread uses OpenSSL's ChaCha20-Poly1305 (~3.5 GB/s per core here, but it holds the
    GIL); the pool uses libsodium's (~1.5 GB/s per core, GIL released). On 2 cores two
    libsodium threads lose to one OpenSSL thread (see benches/age_throughput.py and the
    README's figures); from 4 cores the pool wins.
    """
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return cpus if cpus >= 4 else 1


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

    def raw_remaining(self, raw: BinaryIO) -> int | None:
        """Bytes left to read when this source reads ``raw`` (a regular file) directly, else None."""
        if self._raw is not raw:
            return None
        try:
            st = os.fstat(raw.fileno())
            return st.st_size - raw.tell() + len(self._buf) if stat.S_ISREG(st.st_mode) else None
        except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
            return None

    def _take(self, n: int) -> bytes:
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    def read_full(self, n: int) -> bytes:
        if not self._buf and not self._eof:
            # Fast path for the payload: no copy through the look-ahead buffer.
            data = self._raw.read(n)
            if len(data) == n:
                return data
            if not data:
                self._eof = True
                return b""
            self._buf.extend(data)
        while len(self._buf) < n and self._fill():
            pass
        return self._take(min(n, len(self._buf)))

    def readinto_full(self, out: memoryview) -> int:
        """Fill ``out`` (fewer bytes only at end of stream); returns the count. Reads straight
        into ``out`` (``readinto``) when the source has it: no intermediate copy."""
        filled = 0
        if self._buf:
            filled = min(len(out), len(self._buf))
            out[:filled] = self._buf[:filled]
            del self._buf[:filled]
        readinto = getattr(self._raw, "readinto", None)
        while filled < len(out) and not self._eof:
            if readinto is not None:
                got = readinto(out[filled:])
            else:
                data = self._raw.read(len(out) - filled)
                got = len(data)
                out[filled : filled + got] = data
            if not got:
                self._eof = True
                break
            filled += got
        return filled

    def read(self, n: int = -1) -> bytes:
        if n < 0:
            while self._fill():
                pass
            return self._take(len(self._buf))
        return self.read_full(n)


class _Aead:
    """ChaCha20-Poly1305 (RFC 8439) under one key, from a vetted library.

    ``backend="sodium"`` (PyNaCl/libsodium) releases the GIL, so chunks run on several cores;
    ``backend="openssl"`` (``cryptography``) is faster per core but holds the GIL.
    """

    def __init__(self, key: bytes, backend: str) -> None:
        self._key = key
        self._openssl = ChaCha20Poly1305(key) if backend == "openssl" else None

    def seal_into(self, nonce: bytes, data: memoryview, out: memoryview) -> None:
        """Seal ``data`` into ``out`` (exactly ``len(data) + 16`` bytes)."""
        if self._openssl is not None:
            self._openssl.encrypt_into(nonce, data, None, out)
        else:
            out[:] = crypto_aead_chacha20poly1305_ietf_encrypt(bytes(data), None, nonce, self._key)

    def open_into(self, nonce: bytes, data: memoryview, out: memoryview) -> bool:
        """Open ``data`` into ``out`` (exactly ``len(data) - 16`` bytes); False if the tag fails,
        in which case ``out`` is zeroed (OpenSSL may have written unauthenticated bytes)."""
        try:
            if self._openssl is not None:
                self._openssl.decrypt_into(nonce, data, None, out)
            else:
                out[:] = crypto_aead_chacha20poly1305_ietf_decrypt(bytes(data), None, nonce, self._key)
            return True
        except (NaclCryptoError, InvalidTag):
            out[:] = bytes(len(out))
            return False


def default_backend(workers: int) -> str:
    return "sodium" if workers > 1 else "openssl"


# A batch of plaintext: (index of its first chunk, up to BATCH_CHUNKS * 64 KiB, holds the final chunk).
_PlainBatch = tuple[int, bytes, bool]


def _plain_batches(src: BufferedSource) -> Iterator[_PlainBatch]:
    size = CHUNK_SIZE * BATCH_CHUNKS
    index = 0
    current = src.read_full(size)
    while True:
        following = src.read_full(size) if len(current) == size else b""
        yield index, current, not following
        if not following:
            return
        current = following
        index += BATCH_CHUNKS


def encrypt_payload(
    src: BufferedSource,
    dst: BinaryIO,
    file_key: bytes,
    nonce: bytes,
    workers: int,
    backend: str | None = None,
) -> None:
    """Seal everything ``src`` yields into ``dst`` (the nonce is written by the caller)."""
    aead = _Aead(payload_key(file_key, nonce), backend or default_backend(workers))
    if workers == 1:
        _encrypt_serial(src, dst, aead)
        return

    def seal(batch: _PlainBatch) -> bytearray:
        first, data, final = batch
        out = bytearray(_sealed_size(len(data)))
        _seal_batch(aead, first, memoryview(data), final, memoryview(out))
        return out

    batches = _plain_batches(src)
    with (
        Writer(dst, False) as out,
        # closing(): shut the pool down here and now, never from a garbage collector's finaliser
        # (a generator holding a ThreadPoolExecutor, collected during another thread's start-up,
        # deadlocks CPython's threading module).
        contextlib.closing(ordered_map(seal, batches, workers)) as results,
    ):
        for sealed in results:
            _write_pieces(out, memoryview(sealed), ENCRYPT_WRITE)


def _write_pieces(out: Writer, data: memoryview, piece: int) -> None:
    """``data`` in writes of at most ``piece`` bytes (small page-cache folios; see above)."""
    for at in range(0, len(data), piece):
        out.write(data[at : at + piece])


def sealed_size(plain: int) -> int:
    """The STREAM payload's length for ``plain`` bytes of plaintext."""
    return _sealed_size(plain)


def opened_size(sealed: int) -> int:
    """The plaintext length of a well-formed STREAM payload of ``sealed`` bytes."""
    return max(0, sealed - TAG_SIZE * max(1, -(-sealed // ENC_CHUNK_SIZE)))


def _sealed_size(plain: int) -> int:
    # Chunk boundaries: every 64 KiB; an empty payload is one empty final chunk.
    return plain + TAG_SIZE * max(1, -(-plain // CHUNK_SIZE))


def _seal_batch(aead: _Aead, first: int, data: memoryview, final: bool, out: memoryview) -> int:
    """Seal ``data`` (chunks ``first``...) into ``out``; returns the bytes written."""
    starts = range(0, max(len(data), 1), CHUNK_SIZE)
    at = 0
    for n, start in enumerate(starts):
        piece = data[start : start + CHUNK_SIZE]
        last = final and n == len(starts) - 1
        aead.seal_into(_chunk_nonce(first + n, last), piece, out[at : at + len(piece) + TAG_SIZE])
        at += len(piece) + TAG_SIZE
    return at


def _encrypt_serial(src: BufferedSource, dst: BinaryIO, aead: _Aead) -> None:
    """The calling thread reads straight into two preallocated input buffers (``readinto``) and
    seals into a buffer of a fixed ring; a helper thread writes the ring's buffers, one sealed
    chunk per ``write`` (:class:`RingWriter`). No per-batch allocation, no intermediate copy."""
    size = CHUNK_SIZE * SERIAL_BATCH_CHUNKS
    inputs = (memoryview(bytearray(size)), memoryview(bytearray(size)))
    with RingWriter(dst, _sealed_size(size), count=RING_BUFFERS, piece=ENCRYPT_WRITE) as out:
        current = 0
        length = src.readinto_full(inputs[current])
        index = 0
        while True:
            # Look one batch ahead: the last chunk is sealed with the final flag.
            following = src.readinto_full(inputs[1 - current]) if length == size else 0
            final = following == 0
            output = out.acquire()
            out.submit(output, _seal_batch(aead, index, inputs[current][:length], final, output))
            if final:
                return
            current, length = 1 - current, following
            index += SERIAL_BATCH_CHUNKS


# A batch of ciphertext: (index of its first chunk, up to BATCH_CHUNKS sealed chunks), or _END.
_SealedBatch = tuple[int, bytes | memoryview]
_END: _SealedBatch = (-1, b"")


@dataclass
class _Opened:
    """What one batch decrypted to: the plaintext of its leading authenticated chunks."""

    first: int
    plain: bytes | memoryview = b""
    count: int = 0
    final: bool = False
    error: str | None = None
    buffer: memoryview | None = None  # the ring buffer ``plain`` is in (serial path)


def _sealed_batches(src: BufferedSource) -> Iterator[_SealedBatch]:
    size = ENC_CHUNK_SIZE * BATCH_CHUNKS
    index = 0
    while True:
        data = src.read_full(size)
        if data:
            yield index, data
        if len(data) < size:
            yield _END
            return
        index += BATCH_CHUNKS


def _open_batch(aead: _Aead, batch: _SealedBatch, into: bytearray | memoryview | None = None) -> _Opened:
    first, data = batch
    result = _Opened(first)
    if first < 0:
        return result
    view = memoryview(data)
    out = memoryview(into if into is not None else bytearray(len(data)))
    written = 0
    for n, start in enumerate(range(0, len(data), ENC_CHUNK_SIZE)):
        index = first + n
        if result.final:
            result.error = "trailing data after the final chunk"
            break
        chunk = view[start : start + ENC_CHUNK_SIZE]
        if len(chunk) < TAG_SIZE:
            result.error = "chunk is shorter than its authentication tag (truncated payload)"
            break
        if len(chunk) < ENC_CHUNK_SIZE:
            if index > 0 and len(chunk) == TAG_SIZE:
                result.error = "final chunk is empty (only an empty payload may have one)"
                break
            attempts: tuple[bool, ...] = (True,)  # a short chunk can only be the final one
        else:
            attempts = (False, True)  # a full chunk is normally not final, but may be (spec)
        target = out[written : written + len(chunk) - TAG_SIZE]
        for last in attempts:
            if aead.open_into(_chunk_nonce(index, last), chunk, target):
                written += len(target)
                result.count += 1
                result.final = last
                break
        else:
            result.error = "chunk failed authentication (corrupt or truncated payload)"
            break
    result.plain = out[:written]  # only chunks that authenticated
    return result


def decrypt_payload(
    src: BufferedSource,
    dst: BinaryIO,
    file_key: bytes,
    nonce: bytes,
    workers: int,
    backend: str | None = None,
) -> None:
    """Open the STREAM in ``src`` into ``dst``. Raises :class:`PayloadError`."""
    aead = _Aead(payload_key(file_key, nonce), backend or default_backend(workers))
    if workers == 1:
        _decrypt_serial(src, dst, aead)
        return
    batches = _sealed_batches(src)
    with (
        Writer(dst, False) as out,
        contextlib.closing(ordered_map(lambda batch: _open_batch(aead, batch), batches, workers)) as results,
    ):
        _drain(results, lambda result: _write_pieces(out, memoryview(result.plain), DECRYPT_WRITE))


def _decrypt_serial(src: BufferedSource, dst: BinaryIO, aead: _Aead) -> None:
    """Like :func:`_encrypt_serial`: read sealed chunks straight into one preallocated buffer,
    open them into a buffer of the ring, which the helper thread writes once authenticated."""
    size = ENC_CHUNK_SIZE * SERIAL_DECRYPT_BATCH_CHUNKS
    sealed = memoryview(bytearray(size))

    with RingWriter(dst, size, count=RING_BUFFERS, piece=DECRYPT_WRITE) as ring:

        def opened() -> Iterator[_Opened]:
            index = 0
            while True:
                length = src.readinto_full(sealed)
                if length:
                    buffer = ring.acquire()
                    result = _open_batch(aead, (index, sealed[:length]), buffer)
                    result.buffer = buffer
                    yield result
                if length < size:
                    yield _Opened(-1)
                    return
                index += SERIAL_DECRYPT_BATCH_CHUNKS

        def write(result: _Opened) -> None:
            if result.buffer is not None:  # every batch opened() yields has one
                ring.submit(result.buffer, len(result.plain))

        _drain(opened(), write)


def _drain(results: Iterator[_Opened], write: Callable[[_Opened], None]) -> None:
    seen_final = False
    count = 0
    for result in results:
        if result.first < 0:
            if not seen_final:
                if count == 0:
                    raise TruncatedPayloadError("payload has no chunks", 0)
                raise TruncatedPayloadError("payload is truncated: the final chunk is missing", count)
            return
        if seen_final:
            raise PayloadError("trailing data after the final chunk", result.first)
        # Only authenticated chunks are in result.plain; they precede any failure.
        write(result)
        count = result.first + result.count
        if result.error is not None:
            raise PayloadError(result.error, count)
        seen_final = result.final
