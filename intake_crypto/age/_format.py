# SPDX-License-Identifier: GPL-3.0-or-later
"""The age v1 header: strict parsing and canonical writing (age-encryption.org/v1, "Header").

Guarantees:
- :func:`parse_header` accepts only the canonical encoding: the exact intro line, LF line endings,
  stanza arguments of printable ASCII (0x21-0x7E), bodies in unpadded canonical base64 wrapped at
  64 columns and always ended by a short (possibly empty) line, and a closing line
  ``--- <43 base64 chars>``. Anything else raises :class:`HeaderError`. Because the parser is
  strict, the raw bytes it MACs are exactly the bytes a canonical writer would produce.
- :func:`write_header` produces that canonical encoding.
- Header size is bounded (:data:`MAX_HEADER_SIZE`) and so is the number of stanzas
  (:data:`MAX_STANZAS`), so a hostile file cannot exhaust memory or CPU.

Never: interprets stanzas (that is the identities' job), or reads past the header's last line.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass, field
from hashlib import sha256
from typing import BinaryIO, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from intake_crypto.age._errors import HeaderError, MacError, UnsupportedVersionError

INTRO = b"age-encryption.org/v1\n"
VERSION_PREFIX = b"age-encryption.org/"
STANZA_PREFIX = b"->"
FOOTER_PREFIX = b"---"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_LINE = 1 << 16
MAX_HEADER_SIZE = 1 << 24
# A header of 16 MiB of tiny stanzas ("-> a" and an empty body) made ~2.8 million Python objects:
# about 300 MiB and half a minute of CPU per identity tried. No real file needs this many.
MAX_STANZAS = 4096
FILE_KEY_SIZE = 16
MAC_SIZE = 32


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: ``-> type args...`` and a binary body."""

    type: str
    args: tuple[str, ...] = ()
    body: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes = field(repr=False)


def b64encode(data: bytes) -> str:
    """Unpadded standard base64, as the age header uses."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str) -> bytes:
    """Strict unpadded canonical base64 (RFC 4648 section 3.5). Raises :class:`HeaderError`."""
    if "=" in text or "\r" in text or "\n" in text:
        raise HeaderError(f"invalid base64 {text[:80]!r}: padding or newline")
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise HeaderError(f"invalid base64 {text[:80]!r}") from None
    if b64encode(data) != text:
        raise HeaderError(f"non-canonical base64 {text[:80]!r}")
    return data


def hkdf(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA-256 (RFC 5869) from ``cryptography``."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA-256 over the header up to and including ``---`` (spec: "Header MAC")."""
    return hmac.new(hkdf(file_key, b"", b"header"), mac_input, sha256).digest()


def verify_mac(file_key: bytes, header: Header) -> None:
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise MacError("header MAC does not verify: the header was modified or the file key is wrong")


class LineSource(Protocol):
    def readline(self, limit: int) -> bytes: ...


def _valid_arg(arg: str) -> bool:
    return bool(arg) and all(33 <= ord(c) <= 126 for c in arg)


def parse_header(src: LineSource) -> Header:
    """Read and strictly parse a header from ``src``. Raises :class:`HeaderError`."""
    raw = bytearray()

    def line() -> bytes:
        data = src.readline(MAX_LINE)
        if not data.endswith(b"\n"):
            if not data:
                raise HeaderError("file is empty" if not raw else "header is truncated")
            if len(data) >= MAX_LINE:
                raise HeaderError("header line too long")
            raise HeaderError("header is truncated (a line does not end with a newline)")
        raw.extend(data)
        if len(raw) > MAX_HEADER_SIZE:
            raise HeaderError("header too large")
        return data

    intro = line()
    if intro != INTRO:
        if intro.startswith(VERSION_PREFIX):
            raise UnsupportedVersionError(f"unsupported age format version {intro[:80]!r}")
        # Never quote it: a file that is not age may be anything, e.g. an identity file given
        # as the input, whose first line is the secret key (review R18).
        raise HeaderError("not an age file: the first line is not age-encryption.org/v1")
    stanzas: list[Stanza] = []
    current = line()
    while True:
        text = current[:-1].decode("latin-1")
        if current.startswith(FOOTER_PREFIX):
            parts = text.split(" ")
            if parts[0] != "---" or len(parts) != 2:
                raise HeaderError(f"malformed closing line {text[:80]!r}")
            mac = b64decode(parts[1])
            if len(mac) != MAC_SIZE:
                raise HeaderError("malformed closing line: MAC has the wrong length")
            mac_input = bytes(raw[: len(raw) - len(current) + len(FOOTER_PREFIX)])
            return Header(tuple(stanzas), mac, mac_input)
        if not current.startswith(STANZA_PREFIX):
            raise HeaderError(f"malformed header line {text[:80]!r}")
        if len(stanzas) >= MAX_STANZAS:
            raise HeaderError(f"header has more than {MAX_STANZAS} recipient stanzas")
        parts = text.split(" ")
        if parts[0] != "->" or len(parts) < 2 or not all(_valid_arg(a) for a in parts[1:]):
            raise HeaderError(f"malformed stanza opening line {text[:80]!r}")
        body = bytearray()
        while True:
            body_line = line()
            body_text = body_line[:-1].decode("latin-1")
            if len(body_text) > COLUMNS:
                raise HeaderError("stanza body line longer than 64 columns")
            try:
                chunk = b64decode(body_text)
            except HeaderError:
                if body_line.startswith((FOOTER_PREFIX, STANZA_PREFIX)):
                    raise HeaderError("stanza ended without a short body line") from None
                raise
            body.extend(chunk)
            if len(chunk) < BYTES_PER_LINE:
                break
        stanzas.append(Stanza(parts[1], tuple(parts[2:]), bytes(body)))
        current = line()


def encode_stanza(stanza: Stanza) -> bytes:
    for arg in (stanza.type, *stanza.args):
        if not _valid_arg(arg):
            raise HeaderError(f"invalid stanza argument {arg[:80]!r}")
    out = ["-> " + " ".join((stanza.type, *stanza.args)) + "\n"]
    body = b64encode(stanza.body)
    for i in range(0, len(body), COLUMNS):
        out.append(body[i : i + COLUMNS] + "\n")
    if len(body) % COLUMNS == 0:
        out.append("\n")  # the body always ends with a short line, possibly empty
    return "".join(out).encode("ascii")


def write_header(dst: BinaryIO, stanzas: list[Stanza], file_key: bytes) -> None:
    """Write a canonical header with its MAC (spec: "Header")."""
    head = INTRO + b"".join(encode_stanza(s) for s in stanzas) + FOOTER_PREFIX
    mac = header_mac(file_key, head)
    dst.write(head + b" " + b64encode(mac).encode("ascii") + b"\n")
