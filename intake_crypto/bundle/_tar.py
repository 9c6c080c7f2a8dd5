# SPDX-License-Identifier: GPL-3.0-or-later
"""The one tar dialect bundles use, written and read by hand so the reader accepts nothing else.

Every member is a regular file with a canonical POSIX ustar header: the name in ``name``
(at most 100 bytes, ASCII), mode 0644, uid/gid 0, empty user/group names, mtime 0, typeflag
``0``, magic ``ustar\\0`` version ``00``, devmajor/devminor ``0000000\\0``, empty prefix; the
size in 11 octal digits, or GNU base-256 (first byte 0x80) from 8 GiB up. The archive ends with
two zero blocks. The reader rebuilds the header from (name, size) and requires byte equality, so
any other tar feature (links, devices, directories, pax/GNU extensions, prefixes, odd modes,
owners, times) and any flipped header byte is refused. GNU tar, bsdtar and Python's ``tarfile``
all read this dialect.

Never: follows a name to the file system; this module only turns bytes into (name, size).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake_crypto.bundle._bundle_errors import BundleFormatError, BundleSizeError, UnsafeMemberError

BLOCK = 512
ZERO_BLOCK = bytes(BLOCK)
END_OF_ARCHIVE = bytes(2 * BLOCK)
OCTAL_LIMIT = 8**11  # sizes from here up use base-256
MAX_MEMBER_SIZE = 2**46  # 64 TiB: anything larger is absurd for a testimony

_LINK_TYPES = {b"1": "hard link", b"2": "symbolic link"}
_DEVICE_TYPES = {b"3": "character device", b"4": "block device", b"6": "fifo"}


def _octal(value: int, width: int) -> bytes:
    return b"%0*o" % (width - 1, value) + b"\0"


def _size_field(size: int) -> bytes:
    if size < 0 or size > MAX_MEMBER_SIZE:
        raise BundleSizeError("member size out of range")
    if size < OCTAL_LIMIT:
        return _octal(size, 12)
    return b"\x80" + size.to_bytes(11, "big")


def header(name: str, size: int) -> bytes:
    """The canonical 512-byte header of a regular file ``name`` of ``size`` bytes."""
    raw = name.encode("ascii")
    if not raw or len(raw) > 100 or b"\0" in raw:
        raise UnsafeMemberError(f"member name not allowed: {name!r}")
    fields = [
        raw.ljust(100, b"\0"),
        _octal(0o644, 8),
        _octal(0, 8),
        _octal(0, 8),
        _size_field(size),
        _octal(0, 12),
        b" " * 8,  # checksum placeholder, as the standard prescribes
        b"0",
        bytes(100),
        b"ustar\x0000",
        bytes(32),
        bytes(32),
        _octal(0, 8),
        _octal(0, 8),
        bytes(155),
        bytes(12),
    ]
    block = bytearray(b"".join(fields))
    assert len(block) == BLOCK  # noqa: S101 - an invariant of the fixed field widths above
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def padding(size: int) -> bytes:
    """Zero bytes that follow ``size`` bytes of member data to the next block boundary."""
    return bytes(-size % BLOCK)


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def _parse_size(field: bytes) -> int:
    if field[:1] == b"\x80":
        return int.from_bytes(field[1:], "big")
    digits = field.rstrip(b"\0 ")
    if not digits or not all(48 <= c <= 55 for c in digits):
        raise BundleFormatError("tar size field is malformed")
    return int(digits, 8)


def _parse_checksum(field: bytes) -> int:
    digits = field.replace(b"\0", b" ").strip()
    if not digits or not all(48 <= c <= 55 for c in digits):
        return -1
    return int(digits, 8)


def parse_header(block: bytes, name_rule: re.Pattern[str], *, side: str | None = None) -> Member | None:
    """(name, size) of a canonical header; ``None`` for a zero block; raises on anything else."""
    if len(block) != BLOCK:
        raise BundleFormatError("tar header is truncated", side=side)
    if block == ZERO_BLOCK:
        return None
    stored = block[148:156]
    if sum(block[:148]) + 8 * 32 + sum(block[156:]) != _parse_checksum(stored):
        raise BundleFormatError("tar header checksum is wrong (changed or damaged)", side=side)
    typeflag = block[156:157]
    if typeflag in _LINK_TYPES:
        raise UnsafeMemberError(f"tar member is a {_LINK_TYPES[typeflag]}", side=side)
    if typeflag in _DEVICE_TYPES:
        raise UnsafeMemberError(f"tar member is a {_DEVICE_TYPES[typeflag]}", side=side)
    if typeflag == b"5":
        raise UnsafeMemberError("tar member is a directory", side=side)
    raw_name = block[0:100].split(b"\0", 1)[0]
    prefix = block[345:500].split(b"\0", 1)[0]
    full = (prefix + b"/" + raw_name) if prefix else raw_name
    try:
        name = full.decode("ascii")
    except UnicodeDecodeError:
        raise UnsafeMemberError("tar member name is not ASCII", side=side) from None
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or "\\" in name:
        raise UnsafeMemberError(f"tar member path escapes: {name!r}", side=side)
    if typeflag not in (b"0", b"\0") and typeflag != b"":
        raise UnsafeMemberError(f"tar member type {typeflag!r} is not allowed", side=side)
    if not name_rule.fullmatch(name):
        raise UnsafeMemberError(f"unexpected tar member name {name!r}", side=side)
    size = _parse_size(block[124:136])
    if size > MAX_MEMBER_SIZE:
        raise BundleSizeError("tar member size is absurd", side=side)
    if header(name, size) != block:
        raise BundleFormatError(f"tar header of {name!r} is not canonical (changed or damaged)", side=side)
    return Member(name, size)


def padme(length: int) -> int:
    """Padmé (Nikitin et al., PETS 2019): round ``length`` up so at most O(log log L) bits leak."""
    if length < 2:
        return length
    e = length.bit_length() - 1  # floor(log2 L)
    s = e.bit_length()  # floor(log2 e) + 1
    last_bits = e - s
    mask = (1 << last_bits) - 1
    return (length + mask) & ~mask


def padded_tar_length(unpadded: int, minimum: int) -> int:
    """Padded length (a block multiple) of an inner tar whose members and end marker take ``unpadded``."""
    blocks = -(-max(unpadded, minimum) // BLOCK)
    return padme(blocks) * BLOCK
