# SPDX-License-Identifier: GPL-3.0-or-later
"""Canonical JSON (RFC 8785 subset), Padmé padding and the strict tar dialect of bundles."""

from __future__ import annotations

import io
import re
import tarfile

import pytest

from intake_crypto.bundle import _tar
from intake_crypto.bundle._bundle_errors import BundleFormatError, UnsafeMemberError
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads

RULE = re.compile(r"manifest\.json|audio/[0-9a-f]{32}\.flac|x")


def test_jcs_key_order_is_utf16_and_escapes_follow_rfc8785() -> None:
    # RFC 8785 section 3.2.3's sorting example.
    obj = {"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
           "1": "One", "\U0001f600": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"}
    keys = re.findall(r'"([^"]*)":', canonical(obj).decode("utf-8"))
    assert keys == ["\\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]
    assert canonical({"b": [1, True, None], "a": "\u2028\x1f\"\\/é"}) == (
        '{"a":"\u2028\\u001f\\"\\\\/é","b":[1,true,null]}'.encode())


@pytest.mark.parametrize("bad", [1.5, 2**53, {1: "x"}, "\ud800", float("nan")])
def test_canonical_refuses_values_outside_the_subset(bad: object) -> None:
    with pytest.raises(CanonicalJSONError):
        canonical(bad)


@pytest.mark.parametrize("text", [b'{"a":1,"a":2}', b'{"a":1.0}', b"NaN", b'{"a":1} ', b'{"b":1,"a":2}', b"\xff"])
def test_strict_loads_refuses_duplicates_floats_and_non_canonical_text(text: bytes) -> None:
    with pytest.raises(CanonicalJSONError):
        strict_loads(text, require_canonical=True)


def test_padme_bounds_overhead_and_leaks_few_bits() -> None:
    sizes = set()
    for n in range(1, 200_000, 7):
        p = _tar.padme(n)
        assert p >= n and p - n <= n * 0.12 + 1
        sizes.add(p)
    assert len(sizes) < 2000  # ~28 500 lengths collapse into few size classes
    assert _tar.padded_tar_length(10, 65536) == 65536
    assert _tar.padded_tar_length(1_000_000_000, 65536) % 512 == 0


def test_our_headers_are_read_by_tarfile_and_gnu_base256_for_huge_sizes() -> None:
    data = b"hello"
    raw = _tar.header("x", len(data)) + data + _tar.padding(len(data)) + _tar.END_OF_ARCHIVE
    with tarfile.open(fileobj=io.BytesIO(raw)) as tf:
        (info,) = tf.getmembers()
        assert (info.name, info.size, info.mode, info.mtime, info.uid) == ("x", 5, 0o644, 0, 0)
        assert tf.extractfile(info).read() == data  # type: ignore[union-attr]
    big = _tar.header("x", 9 * 1024**3)
    assert _tar.parse_header(big, RULE) == _tar.Member("x", 9 * 1024**3)
    assert tarfile.TarInfo.frombuf(big, "utf-8", "strict").size == 9 * 1024**3


def _tarfile_header(info: tarfile.TarInfo, fmt: int = tarfile.USTAR_FORMAT) -> bytes:
    return info.tobuf(format=fmt, encoding="utf-8", errors="strict")


def _info(name: str, kind: bytes = tarfile.REGTYPE, **kw: object) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    for k, v in kw.items():
        setattr(info, k, v)
    return info


@pytest.mark.parametrize(
    "block",
    [
        _tarfile_header(_info("x", tarfile.SYMTYPE, linkname="/etc/passwd")),
        _tarfile_header(_info("x", tarfile.LNKTYPE, linkname="manifest.json")),
        _tarfile_header(_info("x", tarfile.CHRTYPE, devmajor=1, devminor=3)),
        _tarfile_header(_info("x", tarfile.BLKTYPE)),
        _tarfile_header(_info("x", tarfile.FIFOTYPE)),
        _tarfile_header(_info("audio", tarfile.DIRTYPE)),
        _tarfile_header(_info("../x")),
        _tarfile_header(_info("/etc/x")),
        _tarfile_header(_info("audio/../../x")),
        _tarfile_header(_info("unexpected.txt")),
    ],
    ids=["symlink", "hardlink", "chardev", "blockdev", "fifo", "dir", "dotdot", "absolute", "nested-dotdot", "name"],
)
def test_unsafe_members_are_refused(block: bytes) -> None:
    with pytest.raises(UnsafeMemberError):
        _tar.parse_header(block[:512], RULE)


@pytest.mark.parametrize(
    "block",
    [
        _tarfile_header(_info("x", size=5, mtime=1234)),  # a real mtime: not our dialect
        _tarfile_header(_info("x", size=5, uname="alice")),
        _tarfile_header(_info("x", size=5, mode=0o777)),
        _tarfile_header(_info("x", size=5), tarfile.GNU_FORMAT),
        _tarfile_header(_info("x", size=5), tarfile.PAX_FORMAT)[:512],
    ],
    ids=["mtime", "owner", "mode", "gnu", "pax-or-ustar-variant"],
)
def test_any_non_canonical_header_is_refused(block: bytes) -> None:
    with pytest.raises(BundleFormatError):
        _tar.parse_header(block[:512], RULE)


def test_every_single_byte_change_of_a_header_is_refused() -> None:
    good = _tar.header("x", 5)
    assert _tar.parse_header(good, RULE) == _tar.Member("x", 5)
    for i in range(512):
        for delta in (1, 0x80):
            bad = bytearray(good)
            bad[i] ^= delta
            with pytest.raises(BundleFormatError):
                _tar.parse_header(bytes(bad), RULE)
