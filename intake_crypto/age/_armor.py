# SPDX-License-Identifier: GPL-3.0-or-later
"""ASCII armor for age files (age-encryption.org/v1, "ASCII armor"), strict.

An armored file is ``-----BEGIN AGE ENCRYPTED FILE-----``, lines of exactly 64 columns of
padded canonical standard base64 (the last one shorter or full), and
``-----END AGE ENCRYPTED FILE-----``. Lines end with LF or CRLF. Only whitespace-only lines may
precede the header line, and only up to 1024 bytes of whitespace may follow the footer.

Guarantees: :class:`ArmoredReader` decodes lazily (flat memory) and raises :class:`ArmorError`
for anything else: other headers (PEM ``Key: value``), empty lines, long or short lines in the
middle, missing or non-canonical padding, whitespace inside lines, garbage before or after.
:class:`ArmoredWriter` produces the canonical form. Never: accepts data after the footer.
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from intake_crypto.age._stream import BufferedSource

from intake_crypto.age._errors import ArmorError

HEADER = b"-----BEGIN AGE ENCRYPTED FILE-----"
FOOTER = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_WHITESPACE = 1024


class ArmoredReader(io.RawIOBase):
    """Read-only stream of the binary age file inside an armor. Raises :class:`ArmorError`."""

    def __init__(self, src: BufferedSource) -> None:
        super().__init__()
        self._src = src
        self._started = False
        self._done = False
        self._unread = b""
        self._pending = bytearray()

    def readable(self) -> bool:
        return True

    def _line(self) -> bytes:
        line = self._src.readline(COLUMNS + 3)
        if not line:
            raise ArmorError("armored data ends before the END line")
        if not line.endswith(b"\n"):
            if len(line) >= COLUMNS + 3:
                raise ArmorError("armor line longer than 64 columns")
        else:
            line = line[:-1]
        if line.endswith(b"\r"):
            line = line[:-1]
        return line

    def _drain_trailing(self) -> None:
        rest = self._src.read(MAX_WHITESPACE)
        if rest.strip():
            raise ArmorError("trailing data after the armored file")
        if len(rest) == MAX_WHITESPACE:
            raise ArmorError("too much trailing whitespace after the armored file")
        self._done = True

    def _start(self) -> None:
        skipped = 0
        while True:
            line = self._src.readline(MAX_WHITESPACE + 1)
            if not line:
                raise ArmorError("no armored data (missing BEGIN line)")
            if not line.strip():
                skipped += len(line)
                if skipped > MAX_WHITESPACE:
                    raise ArmorError("too much leading whitespace before the armored file")
                continue
            if line.endswith(b"\n"):
                line = line[:-1]
            if line.endswith(b"\r"):
                line = line[:-1]
            if line != HEADER:
                raise ArmorError("invalid armor first line")  # never quoted: it may be a secret (R18)
            self._started = True
            return

    def _next_block(self) -> bytes:
        if not self._started:
            self._start()
        line = self._line()
        if line == FOOTER:
            self._drain_trailing()
            return b""
        if not line:
            raise ArmorError("empty line in armored data")
        if len(line) > COLUMNS:
            raise ArmorError("armor line longer than 64 columns")
        try:
            data = base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError):
            raise ArmorError("invalid base64 in armored data") from None
        if base64.b64encode(data) != line:
            raise ArmorError("non-canonical base64 in armored data")
        if len(data) < BYTES_PER_LINE:
            if self._line() != FOOTER:
                raise ArmorError("short armor line not followed by the END line")
            self._drain_trailing()
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        while not self._unread and not self._done:
            self._unread = self._next_block()
        n = min(len(view), len(self._unread))
        view[:n] = self._unread[:n]
        self._unread = self._unread[n:]
        return n

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return self.readall()
        out = bytearray()
        while len(out) < size:
            while not self._unread and not self._done:
                self._unread = self._next_block()
            if not self._unread:
                break
            take = self._unread[: size - len(out)]
            out += take
            self._unread = self._unread[len(take) :]
        return bytes(out)


class ArmoredWriter:
    """Write-only armor around ``dst``; :meth:`close` writes the last line and the END line
    (it does not close ``dst``)."""

    def __init__(self, dst: BinaryIO) -> None:
        self._dst = dst
        self._pending = bytearray()
        self._dst.write(HEADER + b"\n")

    def write(self, data: bytes) -> int:
        self._pending += data
        full = len(self._pending) // BYTES_PER_LINE * BYTES_PER_LINE
        if full:
            encoded = base64.b64encode(bytes(self._pending[:full]))
            del self._pending[:full]
            self._dst.write(
                b"".join(encoded[i : i + COLUMNS] + b"\n" for i in range(0, len(encoded), COLUMNS))
            )
        return len(data)

    def writelines(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            self.write(chunk)

    def close(self) -> None:
        if self._pending:
            self._dst.write(base64.b64encode(bytes(self._pending)) + b"\n")
            self._pending.clear()
        self._dst.write(FOOTER + b"\n")
