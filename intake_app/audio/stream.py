# SPDX-License-Identifier: GPL-3.0-or-later
"""Byte-stream adapters between the audio encoder and the store's append-only encrypted blobs.

Why this exists: libsndfile writing FLAC through a file-like object seeks back when it closes,
to fill in STREAMINFO (minimum/maximum frame size, total samples, MD5 of the audio). An
encrypted blob is append-only: every chunk is sealed and fsynced as soon as it fills, which is
what makes a recording survive ``kill -9``. The choice made here:

* :class:`AppendOnlySink` streams every byte to the blob in order, at once. A write *behind* the
  end (the STREAMINFO update; a few dozen bytes) is not written to the blob; it is kept in memory
  as a :class:`HeaderPatch` (offset, bytes) and returned with the recording, to be stored beside
  the blob (in the database and in the recording's journal blob).
* What the blob holds on its own is already a valid FLAC stream: STREAMINFO as first written says
  "total samples unknown, MD5 unknown, frame sizes unknown", which RFC 9639 allows. So a
  recording cut short by a crash still decodes; :func:`intake_app.audio.recovery.recover_recording`
  counts its samples and makes the patch that a clean stop would have made (MD5 stays "unknown").
* :class:`PatchedReader` lays the patch over the decrypted blob for playback and export, so the
  archive receives the file libsndfile meant to write, byte for byte.

Ogg Opus needs no patch (libsndfile streams Ogg without seeking back); the same code path works.

Never does: write plaintext to disk; read back from the blob while writing (reads raise).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from intake_app.text.errors import IntakeError

MAX_PATCH_BYTES = 64 * 1024  # far more than any header rewrite needs; a bound against misuse


class AppendTarget(Protocol):
    def write(self, data: bytes | bytearray | memoryview) -> int | None: ...


@dataclass
class HeaderPatch:
    """Byte ranges to lay over a stream, applied in order (later writes win)."""

    parts: list[tuple[int, bytes]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.parts)

    @property
    def size(self) -> int:
        return sum(len(b) for _, b in self.parts)

    def add(self, offset: int, data: bytes) -> None:
        self.parts.append((offset, bytes(data)))

    def apply(self, buf: bytearray | memoryview, start: int) -> None:
        """Overlay the patch on ``buf``, which holds the stream's bytes from offset ``start``."""
        end = start + len(buf)
        for offset, data in self.parts:
            lo, hi = max(offset, start), min(offset + len(data), end)
            if lo < hi:
                buf[lo - start : hi - start] = data[lo - offset : hi - offset]

    def to_json(self) -> list[list[Any]]:
        return [[o, base64.b64encode(b).decode("ascii")] for o, b in self.parts]

    @classmethod
    def from_json(cls, value: Iterable[Any] | None) -> HeaderPatch:
        return cls([(int(o), base64.b64decode(b)) for o, b in (value or [])])


class AppendOnlySink(io.RawIOBase):
    """A seekable, write-only file for soundfile's virtual I/O over an append-only target."""

    def __init__(self, target: AppendTarget) -> None:
        super().__init__()
        self._target = target
        self._pos = 0
        self._end = 0
        self.patch = HeaderPatch()
        self.error: BaseException | None = None

    @property
    def size(self) -> int:
        """Bytes handed to the target so far."""
        return self._end

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._end}[whence]
        pos = base + offset
        if not 0 <= pos <= self._end:
            raise OSError("seek outside the written stream")
        self._pos = pos
        return pos

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        n = len(view)
        try:
            if self._pos < self._end:
                behind = min(n, self._end - self._pos)
                if self.patch.size + behind > MAX_PATCH_BYTES:
                    raise OSError("too much rewriting behind the end of an append-only stream")
                self.patch.add(self._pos, bytes(view[:behind]))
                self._pos += behind
                view = view[behind:]
            if view:
                # The sealed chunk is fsynced by the target; a failure (disk full) propagates.
                self._target.write(view)
                self._end += len(view)
                self._pos = self._end
        except (OSError, ValueError, IntakeError) as exc:
            # soundfile calls us from a C callback that cannot carry exceptions: keep it for the
            # encoder thread, and report a short write so libsndfile stops.
            self.error = exc
            return 0
        return n


    def checkpoint(self) -> None:
        """Ask the target to make what it holds durable now (``BlobWriter.checkpoint``), so a
        crash loses less than one chunk; targets without checkpoints are left alone. A failure
        is kept in ``error`` like a failed write."""
        target = getattr(self._target, "checkpoint", None)
        if target is None or self.error is not None:
            return
        try:
            target()
        except (OSError, ValueError, IntakeError) as exc:
            self.error = exc


class PatchedReader(io.RawIOBase):
    """A readable, seekable view of ``raw`` (e.g. a decrypting BlobReader) with a patch laid over."""

    def __init__(self, raw: Any, patch: HeaderPatch | None = None, *, close_raw: bool = True) -> None:
        super().__init__()
        self._raw = raw
        self._patch = patch or HeaderPatch()
        self._close_raw = close_raw

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return int(self._raw.tell())

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return int(self._raw.seek(offset, whence))

    def readinto(self, buffer: Any) -> int:
        start = self._raw.tell()
        n = int(self._raw.readinto(buffer) or 0)
        if n and self._patch:
            self._patch.apply(memoryview(buffer).cast("B")[:n], start)
        return n

    def close(self) -> None:
        if not self.closed and self._close_raw:
            self._raw.close()
        super().close()
