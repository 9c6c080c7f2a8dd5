# SPDX-License-Identifier: GPL-3.0-or-later
"""Chunk-encrypted blob files (audio, attachments) for the local store.

File format, no plaintext header, nothing about the content in the name. Two versions share
one layout and differ only in how a chunk is sealed; new blobs are written as version 2, and
version 1 blobs (written by every release before it) stay readable and recoverable. The version
is not in the file: the store keeps it beside the key (``blobs.version``) and passes it in.

* A blob file is a sequence of equal-sized *sealed chunks*, each under the blob's own random
  32-byte key.

  - **Version 2**: ChaCha20-Poly1305 (IETF, RFC 8439) from OpenSSL through ``cryptography``
    (``encrypt_into``/``decrypt_into`` on the zeroable buffers): a fresh random 96-bit nonce,
    then ``chunk_size`` bytes of ciphertext, then the 16-byte tag, so a sealed chunk is
    ``12 + chunk_size + 16`` bytes. Every seal draws a new nonce from the OS, also each
    in-place rewrite of a checkpointed chunk. Random 96-bit nonces are safe here because each
    key seals only one blob: a blob of 2 GiB in 64 KiB chunks is ~33,000 seals, and a take
    checkpointed every few seconds for ten hours adds ~10,000 more; the chance that two of
    ``q`` random nonces collide is about ``q^2 / 2^97`` (below 2^-63 for 10^5 seals), far
    inside the 2^32 seals per key usually allowed for random nonces.
  - **Version 1**: one complete libsodium secretstream (``crypto_secretstream_xchacha20poly1305``)
    per chunk: a fresh random 24-byte stream header and a single pushed message of
    ``chunk_size`` bytes plus its 17-byte authenticator (``24 + chunk_size + 17`` bytes); the
    final chunk also carries ``TAG_FINAL``.
* Every chunk's additional data binds it to its position and role:
  ``b"intake-blob\\0v2" || u64 index || u8 is_final`` (``v1`` for version 1, so a chunk of one
  version can never be read as the other). Chunks therefore cannot be reordered, dropped,
  duplicated or moved between blobs (every file has its own key), and a missing end is detected.
* A chunk's plaintext is ``u32 data_len || u64 total_size || data || zero padding``; only the
  final chunk sets ``total_size`` (the blob's plaintext length). Every data chunk is full except
  the last data-bearing one, so byte offset ``p`` lives in chunk ``p // (chunk_size - 12)``.
* Sizes are rounded: the final chunk is padded to the full chunk size, and on ``close()`` the
  chunk count is raised to its Padmé bucket with empty padding chunks (at most ~12% extra, less
  for large files), so the file length reveals only a coarse size class.

Kept hash: :class:`BlobWriter` hashes the plaintext (SHA-256) as ``write()`` receives it; a blob
its writer closed cleanly reports it in ``BlobRef.sha256`` and the store keeps it in the
encrypted database, so sealing need not hash the payload again (issue 24). A recovered blob, or
one whose writer lost a chunk to a write error, has none. Why a later read returns exactly the
hashed bytes: see docs/store.md ("Kept payload hashes").

Why one stream per chunk rather than one stream per file: chunks are independently decryptable,
so :class:`BlobReader` seeks in O(1) (audio playback, partial reads) instead of decrypting from
the start, and a torn chunk affects only itself. The stream state carries nothing between
chunks; ordering and truncation are protected by the additional data instead.

Crash behaviour: :class:`BlobWriter` appends; each chunk is sealed, written and fsynced as soon
as it fills (the file's directory entry is fsynced at creation). A ``kill -9`` or power loss
loses at most the unsealed tail (< one chunk). :meth:`BlobWriter.checkpoint` shortens that: it
seals the chunk being filled *as it is* (short, not final) at its own position and fsyncs it;
later checkpoints and the full chunk overwrite it in place (same index, a fresh random nonce or
stream header, so no nonce is ever reused). The format needs no change for this: a short non-final
chunk at the end is exactly what "the last data-bearing chunk" already allows. :func:`recover`
makes such a blob readable up to its last complete chunk by dropping the torn tail and appending
a final chunk; the returned :class:`BlobRef` is marked ``recovered``.

What checkpoints reveal: the file grows by one sealed chunk when a chunk is first checkpointed
instead of when it fills, so its size still steps once per chunk of data (the same information
as without checkpoints, a moment earlier); the in-place rewrites happen on the caller's timer,
not on content. Older versions of a rewritten chunk may survive on flash or copy-on-write file
systems: ciphertext under the blob's key, destroyed with it. Replaying such an older version is
detected (a short chunk before the end, or a non-final last chunk, fails the reader's checks).

Never does: write plaintext anywhere but process memory; keep plaintext in immutable ``bytes``
it could not zero (chunk buffers are ``bytearray`` and zeroed after use). Data handed to the
caller by ``read()`` is the caller's to look after. Not thread-safe: one writer or reader per
thread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import secrets
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from intake_app.home.paths import fsync_dir
from intake_app.store import _secretstream as ss
from intake_app.store.errors import (
    BlobCorruptError,
    BlobMissingError,
    BlobTruncatedError,
    BlobWriteError,
)

FORMAT_VERSION = 2  # what new blobs are written as; VERSIONS are read
VERSIONS = (1, 2)
DEFAULT_CHUNK_SIZE = 64 * 1024
MIN_CHUNK_SIZE = 256
MAX_CHUNK_SIZE = 8 * 1024 * 1024
KEY_BYTES = ss.KEYBYTES
NONCE_BYTES = 12  # v2: ChaCha20-Poly1305 (RFC 8439) nonce in front of each sealed chunk
TAG_BYTES = 16
_HEAD = struct.Struct(">IQ")  # data_len, total_size (final chunk only)
_AD_PREFIX = {1: b"intake-blob\x00v1", 2: b"intake-blob\x00v2"}
_AD = struct.Struct(">QB")


@dataclass(frozen=True)
class BlobRef:
    """What the database keeps about a blob besides its key."""

    name: str
    size: int
    chunks: int
    chunk_size: int = DEFAULT_CHUNK_SIZE
    recovered: bool = False
    version: int = FORMAT_VERSION
    # SHA-256 (hex) of the plaintext, computed as it was written; only a blob closed cleanly by
    # its writer has one (never a recovered blob, nor one whose writer hit a write error).
    sha256: str | None = None

    @property
    def file_size(self) -> int:
        return self.chunks * sealed_chunk_size(self.chunk_size, self.version)


def sealed_chunk_size(chunk_size: int = DEFAULT_CHUNK_SIZE, version: int = FORMAT_VERSION) -> int:
    if version == 1:
        return ss.HEADERBYTES + chunk_size + ss.ABYTES
    _check_version(version)
    return NONCE_BYTES + chunk_size + TAG_BYTES


def data_per_chunk(chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    return chunk_size - _HEAD.size


def padded_chunk_count(n: int) -> int:
    """Padmé rounding (Nikitin et al., PETS 2019) of a chunk count: leaks O(log log n) bits."""
    if n <= 2:
        return n
    e = n.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (n + mask) & ~mask


def new_blob_key() -> bytearray:
    """A fresh random 32-byte key in a zeroable buffer."""
    return ss.random_bytes(KEY_BYTES)


def new_blob_name() -> str:
    """A random file name (128 bits, hex); says nothing about the content."""
    return secrets.token_hex(16)


def _ad(index: int, final: bool, version: int) -> bytes:
    return _AD_PREFIX[version] + _AD.pack(index, 1 if final else 0)


def _check_version(version: int) -> None:
    if version not in VERSIONS:
        raise ValueError(f"unknown blob format version {version}")


class _Cipher:
    """One blob's chunk cipher: seals and opens whole chunks (format ``version``, see above).

    v1: one libsodium secretstream per chunk (the final flag also as ``TAG_FINAL``). v2: OpenSSL's
    ChaCha20-Poly1305 through ``cryptography``, a fresh random 96-bit nonce per sealed chunk. The
    caller's key buffer is copied into a ``bytearray`` zeroed by :meth:`wipe` (v1), or handed to
    OpenSSL's cipher context, which clears it when freed (v2)."""

    def __init__(self, key: bytes | bytearray, version: int) -> None:
        _check_version(version)
        _check_key(key)
        self.version = version
        self._key = bytearray(key) if version == 1 else bytearray()
        self._aead = ChaCha20Poly1305(key) if version == 2 else None

    def seal(self, plain: bytearray, index: int, final: bool, out: bytearray) -> None:
        """Seal ``plain`` (one whole chunk) into ``out`` (``sealed_chunk_size`` bytes)."""
        ad = _ad(index, final, self.version)
        if self._aead is None:
            ss.seal(self._key, plain, ad, out, ss.TAG_FINAL if final else ss.TAG_MESSAGE)
            return
        nonce = os.urandom(NONCE_BYTES)  # fresh for every seal, also for a checkpoint's rewrite
        view = memoryview(out)
        view[:NONCE_BYTES] = nonce
        self._aead.encrypt_into(nonce, plain, ad, view[NONCE_BYTES:])

    def open(self, name: str, sealed: bytes, index: int, final: bool, out: bytearray) -> tuple[int, int]:
        """Authenticate and decrypt chunk ``index`` into ``out``; returns (data_len, total).
        Raises :class:`BlobCorruptError` (``out`` zeroed) on any failure."""
        ad = _ad(index, final, self.version)
        if self._aead is None:
            try:
                tag = ss.open_into(self._key, sealed, ad, out)
            except ss.OpenFailed:
                raise BlobCorruptError(name, index) from None
            if (tag == ss.TAG_FINAL) != final:
                ss.zero(out)
                raise BlobCorruptError(name, index)
        else:
            if len(sealed) != NONCE_BYTES + len(out) + TAG_BYTES:
                raise BlobCorruptError(name, index)
            view = memoryview(sealed)
            try:
                self._aead.decrypt_into(view[:NONCE_BYTES], view[NONCE_BYTES:], ad, out)
            except InvalidTag:
                ss.zero(out)  # OpenSSL may have written unauthenticated bytes
                raise BlobCorruptError(name, index) from None
        data_len, total = _HEAD.unpack_from(out, 0)
        if data_len > len(out) - _HEAD.size:
            ss.zero(out)
            raise BlobCorruptError(name, index)
        return data_len, total

    def wipe(self) -> None:
        ss.zero(self._key)
        self._aead = None


def _check_chunk_size(chunk_size: int) -> None:
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}")


def _check_key(key: bytes | bytearray | memoryview) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("a blob key is 32 bytes")


def _write_all(fd: int, data: bytearray | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class BlobWriter:
    """Append-only writer of one encrypted blob file.

    ``write()`` buffers at most one chunk of plaintext; every full chunk is sealed, written and
    fsynced before ``write()`` returns. ``close()`` seals the tail, pads to the size bucket and
    returns a :class:`BlobRef`. Used as a context manager, an exception inside the ``with``
    block aborts the blob (the file is removed); call ``close()`` yourself in your ``except``
    if you would rather keep what was written so far.

    The key must already be stored durably (the store records it before creating the writer),
    otherwise a crash would leave chunks nobody can read.

    ``fsync_each_chunk=False`` (for a file that is worth nothing until it is complete, such as a
    sealed bundle: issue 24) writes the chunks without an fsync each and fsyncs once in
    ``close()``, before it returns the ``BlobRef``; a crash before that leaves what the file
    system kept, which recovery treats like any interrupted blob.

    ``version`` is the file format (2 unless a test writes a blob as an older release did);
    ``keep_sha256`` hashes the plaintext as ``write()`` receives it, reported in the ``BlobRef``
    of a clean ``close()`` (see the module docstring, "Kept hash").
    """

    def __init__(
        self,
        directory: Path,
        key: bytes | bytearray,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        name: str | None = None,
        pad: bool = True,
        fsync_each_chunk: bool = True,
        version: int = FORMAT_VERSION,
        keep_sha256: bool = True,
    ) -> None:
        _check_chunk_size(chunk_size)
        _check_key(key)
        _check_version(version)
        self.name = name or new_blob_name()
        self.version = version
        self._fsync_each_chunk = fsync_each_chunk
        self.directory = Path(directory)
        self.path = self.directory / self.name
        self.chunk_size = chunk_size
        self._pad = pad
        self._cap = data_per_chunk(chunk_size)
        self._cipher = _Cipher(key, version)
        # The plaintext's SHA-256 as it is written (kept by the store so that sealing need not
        # hash the payload again: docs/store.md); dropped if a chunk is lost to a write error.
        self._sha = hashlib.sha256() if keep_sha256 else None
        self._plain = bytearray(chunk_size)
        self._sealed = bytearray(sealed_chunk_size(chunk_size, version))
        self._fill = 0
        self._checkpointed = 0  # bytes of the current chunk made durable by checkpoint()
        self._index = 0
        self._size = 0
        self._ref: BlobRef | None = None
        self._fd: int | None = None
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            fsync_dir(self.directory)
        except OSError as exc:
            self._wipe_buffers()
            if self._fd is not None:
                self.abort()
            raise BlobWriteError(self.name, exc.strerror or str(exc), exc.errno == errno.ENOSPC) from exc

    @property
    def size(self) -> int:
        """Plaintext bytes accepted so far."""
        return self._size

    @property
    def durable_size(self) -> int:
        """Plaintext bytes already sealed and fsynced (what survives a crash right now)."""
        return self._size - self._fill + self._checkpointed

    @property
    def closed(self) -> bool:
        return self._fd is None

    def checkpoint(self) -> int:
        """Make every byte written so far durable without closing: seal the chunk being filled
        as a short chunk at its own position, write it there and fsync (see the module
        docstring). A no-op when nothing arrived since the last one. Returns ``durable_size``.
        On failure (disk full) the checkpoint is dropped, the buffered bytes stay buffered and
        :class:`BlobWriteError` is raised; the blob stays as it was before."""
        if self._fd is None:
            raise ValueError("checkpoint of a closed blob")
        if self._fill == self._checkpointed:
            return self.durable_size
        _HEAD.pack_into(self._plain, 0, self._fill, 0)
        self._cipher.seal(self._plain, self._index, False, self._sealed)
        offset = self._index * len(self._sealed)
        try:
            written = os.pwrite(self._fd, self._sealed, offset)
            if written != len(self._sealed):
                raise OSError(errno.ENOSPC, "short write")
            os.fsync(self._fd)
        except OSError as exc:
            # Drop the half-written checkpoint so the file still ends at a chunk boundary; the
            # earlier checkpoint of this chunk (if any) is lost with it, the full chunks are not.
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, offset)
            self._checkpointed = 0
            raise BlobWriteError(self.name, exc.strerror or str(exc), exc.errno == errno.ENOSPC) from exc
        self._checkpointed = self._fill
        return self.durable_size

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._fd is None:
            raise ValueError("write to a closed blob")
        src = memoryview(data).cast("B")
        if self._sha is not None:
            self._sha.update(src)
        pos = 0
        while pos < len(src):
            n = min(self._cap - self._fill, len(src) - pos)
            off = _HEAD.size + self._fill
            self._plain[off : off + n] = src[pos : pos + n]
            self._fill += n
            self._size += n
            pos += n
            if self._fill == self._cap:
                self._emit(self._cap, 0, final=False)
        return len(src)

    def close(self) -> BlobRef:
        """Seal the tail (final chunk), pad to the size bucket, fsync; idempotent."""
        if self._ref is not None:
            return self._ref
        if self._fd is None:
            raise ValueError("the blob was aborted")
        data_chunks = self._index + 1
        total = padded_chunk_count(data_chunks) if self._pad else data_chunks
        self._emit(self._fill, self._size if total == data_chunks else 0, final=total == data_chunks)
        while self._index < total:
            final = self._index == total - 1
            self._emit(0, self._size if final else 0, final=final)
        if not self._fsync_each_chunk:
            try:
                os.fsync(self._fd)
            except OSError as exc:
                raise BlobWriteError(self.name, exc.strerror or str(exc), exc.errno == errno.ENOSPC) from exc
        fd, self._fd = self._fd, None
        os.close(fd)
        self._wipe_buffers()
        sha = self._sha.hexdigest() if self._sha is not None else None
        self._ref = BlobRef(self.name, self._size, total, self.chunk_size, version=self.version, sha256=sha)
        return self._ref

    def abort(self) -> None:
        """Forget the blob: close and remove the file, zero the buffers."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
        try:
            self.path.unlink()
            fsync_dir(self.directory)
        except FileNotFoundError:
            pass
        self._wipe_buffers()

    def _emit(self, data_len: int, total: int, *, final: bool) -> None:
        assert self._fd is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        _HEAD.pack_into(self._plain, 0, data_len, total)
        self._cipher.seal(self._plain, self._index, final, self._sealed)
        # Zeroing also prepares the zero padding of the next chunk.
        ss.zero(self._plain)
        self._fill = self._checkpointed = 0
        try:
            # The file offset is this chunk's position (pwrite in checkpoint() does not move it),
            # so a checkpoint of this chunk is overwritten in place.
            _write_all(self._fd, self._sealed)
            if self._fsync_each_chunk:
                os.fsync(self._fd)
        except OSError as exc:
            # Drop a torn chunk so the file still ends at a chunk boundary; the caller decides
            # between abort() and keeping the complete chunks through recover().
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._index * len(self._sealed))
            self._sha = None  # this chunk's plaintext is gone: the hash no longer describes the blob
            raise BlobWriteError(self.name, exc.strerror or str(exc), exc.errno == errno.ENOSPC) from exc
        self._index += 1

    def _wipe_buffers(self) -> None:
        self._cipher.wipe()
        ss.zero(self._plain)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        elif self._ref is None:
            self.abort()

    def __del__(self) -> None:
        if getattr(self, "_fd", None) is not None:
            # Left open (e.g. the process is shutting down): keep the sealed chunks for
            # recover(), but do not leave the descriptor or plaintext buffers behind.
            os.close(self._fd)  # type: ignore[arg-type]
            self._fd = None
            self._wipe_buffers()


class BlobReader(io.RawIOBase):
    """A readable, seekable stream of a blob's plaintext, decrypted one chunk at a time.

    At most one decrypted chunk is held (in a ``bytearray`` zeroed on move and on close).
    ``expected_size`` (from the database) is cross-checked against the size sealed in the
    final chunk. Raises :class:`BlobMissingError`, :class:`BlobTruncatedError` (writer killed:
    run :func:`recover`) or :class:`BlobCorruptError`.
    """

    def __init__(
        self,
        path: Path,
        key: bytes | bytearray,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        expected_size: int | None = None,
        version: int = FORMAT_VERSION,
    ) -> None:
        super().__init__()
        _check_chunk_size(chunk_size)
        _check_key(key)
        self.path = Path(path)
        self.name = self.path.name
        self._cipher = _Cipher(key, version)
        self._chunk_size = chunk_size
        self._sealed_size = sealed_chunk_size(chunk_size, version)
        self._cap = data_per_chunk(chunk_size)
        self._plain = bytearray(chunk_size)
        self._loaded = -1
        self._loaded_len = 0
        self._pos = 0
        try:
            self._file = open(self.path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        except FileNotFoundError:
            self._cipher.wipe()
            raise BlobMissingError(self.name) from None
        try:
            self._chunks, self._size = self._read_trailer()
            if expected_size is not None and expected_size != self._size:
                raise BlobCorruptError(self.name, self._chunks - 1)
        except BaseException:
            self.close()
            raise

    def _read_trailer(self) -> tuple[int, int]:
        length = os.fstat(self._file.fileno()).st_size
        chunks, torn = divmod(length, self._sealed_size)
        if chunks == 0 or torn:
            raise BlobTruncatedError(self.name, chunks)
        last = chunks - 1
        sealed = os.pread(self._file.fileno(), self._sealed_size, last * self._sealed_size)
        try:
            _, total = self._cipher.open(self.name, sealed, last, True, self._plain)
        except BlobCorruptError:
            # Distinguish "writer never finished" from damage: a sound non-final last chunk.
            try:
                self._cipher.open(self.name, sealed, last, False, self._plain)
            except BlobCorruptError:
                raise BlobCorruptError(self.name, last) from None
            raise BlobTruncatedError(self.name, chunks) from None
        finally:
            ss.zero(self._plain)
        if total > chunks * self._cap:
            raise BlobCorruptError(self.name, last)
        return chunks, total

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        self._check_open()
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._check_open()
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._size + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if pos < 0:
            raise ValueError("negative seek position")
        self._pos = pos
        return pos

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        self._check_open()
        out = memoryview(buffer).cast("B")
        done = 0
        while done < len(out) and self._pos < self._size:
            index = self._pos // self._cap
            self._load(index)
            offset = self._pos - index * self._cap
            n = min(len(out) - done, self._loaded_len - offset)
            start = _HEAD.size + offset
            # Through a memoryview: slicing the bytearray would leave an unzeroed plaintext copy.
            out[done : done + n] = memoryview(self._plain)[start : start + n]
            done += n
            self._pos += n
        return done

    def _load(self, index: int) -> None:
        if index == self._loaded:
            return
        self._loaded = -1
        sealed = os.pread(self._file.fileno(), self._sealed_size, index * self._sealed_size)
        if len(sealed) != self._sealed_size:
            raise BlobTruncatedError(self.name, index)
        final = index == self._chunks - 1
        data_len, _ = self._cipher.open(self.name, sealed, index, final, self._plain)
        if data_len != min(self._cap, self._size - index * self._cap):
            ss.zero(self._plain)
            raise BlobCorruptError(self.name, index)
        self._loaded, self._loaded_len = index, data_len

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed blob reader")

    def close(self) -> None:
        if not self.closed:
            ss.zero(self._plain)
            self._cipher.wipe()
            self._loaded = -1
            file = getattr(self, "_file", None)
            if file is not None:
                file.close()
        super().close()


def write_blob(
    directory: Path,
    key: bytes | bytearray,
    parts: Iterable[bytes | bytearray | memoryview] | io.RawIOBase | io.BufferedIOBase,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    name: str | None = None,
    version: int = FORMAT_VERSION,
) -> BlobRef:
    """Write a whole blob from byte strings or a readable binary stream; abort on any error."""
    with BlobWriter(directory, key, chunk_size=chunk_size, name=name, version=version) as writer:
        if isinstance(parts, (io.RawIOBase, io.BufferedIOBase)):
            buf = bytearray(data_per_chunk(chunk_size))
            try:
                while True:
                    n = parts.readinto(buf)
                    if not n:
                        break
                    writer.write(memoryview(buf)[:n])
            finally:
                ss.zero(buf)
        else:
            for part in parts:
                writer.write(part)
    assert writer._ref is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
    return writer._ref


def recover(
    path: Path, key: bytes | bytearray, *, chunk_size: int = DEFAULT_CHUNK_SIZE, version: int = FORMAT_VERSION
) -> BlobRef:
    """Make a blob whose writer died readable up to its last complete chunk.

    A finished blob is returned unchanged (``recovered=False``). Otherwise the torn tail (a
    partial chunk, or a last chunk that fails authentication because it was half written when
    the power went) is cut off, a final chunk recording the surviving length is appended and
    fsynced, and the :class:`BlobRef` says ``recovered=True``. Damage anywhere before the last
    chunk is not a crash and raises :class:`BlobCorruptError` without changing the file.
    """
    _check_chunk_size(chunk_size)
    _check_key(key)
    _check_version(version)
    path = Path(path)
    name = path.name
    cap = data_per_chunk(chunk_size)
    sealed_size = sealed_chunk_size(chunk_size, version)
    cipher = _Cipher(key, version)
    plain = bytearray(chunk_size)
    try:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
        except FileNotFoundError:
            raise BlobMissingError(name) from None
        try:
            length = os.fstat(fd).st_size
            full = length // sealed_size
            good, size, finished = _scan(fd, name, cipher, plain, full, sealed_size, cap)
            if finished and length == good * sealed_size:
                return BlobRef(name, size, good, chunk_size, version=version)
            try:
                os.ftruncate(fd, good * sealed_size)
                if not finished:
                    _HEAD.pack_into(plain, 0, 0, size)
                    out = bytearray(sealed_size)
                    cipher.seal(plain, good, True, out)
                    ss.zero(plain)
                    os.lseek(fd, good * sealed_size, os.SEEK_SET)
                    _write_all(fd, out)
                    good += 1
                os.fsync(fd)
            except OSError as exc:
                raise BlobWriteError(name, exc.strerror or str(exc), exc.errno == errno.ENOSPC) from exc
            return BlobRef(name, size, good, chunk_size, recovered=True, version=version)
        finally:
            os.close(fd)
    finally:
        ss.zero(plain)
        cipher.wipe()


def _scan(
    fd: int, name: str, cipher: _Cipher, plain: bytearray, full: int, sealed_size: int, cap: int
) -> tuple[int, int, bool]:
    """Walk the complete chunks: (chunks to keep, plaintext size, whether the last kept is final)."""
    size = 0
    short_seen = False
    for index in range(full):
        sealed = os.pread(fd, sealed_size, index * sealed_size)
        try:
            try:
                data_len, _ = cipher.open(name, sealed, index, False, plain)
            except BlobCorruptError:
                try:
                    _, total = cipher.open(name, sealed, index, True, plain)
                except BlobCorruptError:
                    if index == full - 1:
                        return index, size, False  # torn last chunk (power loss): drop it
                    raise
                return index + 1, total, True
        finally:
            ss.zero(plain)
        # Only the last data-bearing chunk may be short; after it come empty padding chunks.
        if data_len < cap:
            short_seen = True
        elif short_seen:
            raise BlobCorruptError(name, index)
        size += data_len
    return full, size, False
