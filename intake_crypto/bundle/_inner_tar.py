# SPDX-License-Identifier: GPL-3.0-or-later
"""The streaming pieces of the bundle reader: a read-only window onto one outer member (what the
age core reads) and a push parser for an inner tar (what the age core writes plaintext into).

Guarantees: :class:`InnerTarSink` accepts only the canonical tar dialect of ``intake_crypto/bundle/_tar.py``
with the member names allowed for its side, never more plaintext than the ciphertext carrying
it, no duplicates, ``manifest.json`` last and at most 1 MiB, zero padding of exactly the Padmé
length; :meth:`InnerTarSink.finish` then checks the manifest (signature included) against every
member's size and SHA-256. Payloads go only into files it creates itself (``O_EXCL|O_NOFOLLOW``,
0600) under the directory it was given, or nowhere (verify).
Never: holds a payload in memory (only the manifest, at most 1 MiB, and the sealed identity
sections, at most 1 MiB each and :data:`MAX_SEALED_TOTAL` together).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from pathlib import Path
from typing import Any, BinaryIO

from intake_crypto.bundle import _tar
from intake_crypto.bundle._bundle_errors import (
    BundleFormatError,
    BundleIntegrityError,
    BundleSizeError,
    BundleTruncatedError,
    ManifestError,
    UnknownVersionError,
    UnsafeMemberError,
)
from intake_crypto.bundle._canonical import CanonicalJSONError, strict_loads
from intake_crypto.bundle.manifest import MAX_MANIFEST_BYTES, FileEntry, Manifest, parse_manifest

MIN_INNER_PADDED = 64 * 1024  # every inner tar is at least one age chunk: small sides look alike
MAX_MEMBERS = 10_000
MAX_SEALED_SECTION = 1024 * 1024  # identity sections sealed on save are small JSON
# Sections are held in memory until the side authenticated (then decrypted, also in memory), so
# their sum is bounded too: without it a hostile identity.age of many 1 MiB sections made the
# reader hold about twice the bundle's size in RAM (review R7).
MAX_SEALED_TOTAL = 16 * 1024 * 1024
# answers.json is kept (up to this size) to check the class its manifest entry claims (R20).
MAX_ANSWERS_CHECKED = 16 * 1024 * 1024
COPY_CHUNK = 1024 * 1024
AGE_CHUNK = 64 * 1024
_NAME_RULES = {
    "outer": re.compile(r"BUNDLE|content\.age|identity\.age"),
    "content": re.compile(r"manifest\.json|answers\.json|(audio|consent|attachments)/[0-9a-f]{32}\.[a-z0-9]{1,10}"),
    "identity": re.compile(
        r"manifest\.json|identity\.json|originals/[0-9a-f]{32}\.[a-z0-9]{1,10}|sealed/[a-z][a-z0-9_]{0,63}\.age"
    ),
}


class _Window(io.RawIOBase):
    """A read-only window [start, start+size) of a file; the age core reads a member through it."""

    def __init__(self, fh: BinaryIO, start: int, size: int) -> None:
        self._fh, self._start, self._size, self._pos = fh, start, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._size}[whence]
        self._pos = max(0, min(self._size, base + offset))
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        n = min(len(view), self._size - self._pos)
        if n <= 0:
            return 0
        self._fh.seek(self._start + self._pos)
        got = self._fh.readinto(view[:n])  # type: ignore[attr-defined]
        if not got:
            return 0
        self._pos += got
        return int(got)

    @property
    def remaining(self) -> int:
        return self._size - self._pos


class InnerTarSink(io.RawIOBase):
    """A writable push parser for one side's inner tar (the age core writes plaintext into it)."""

    def __init__(self, side: str, ciphertext_size: int, out_dir: Path | None) -> None:
        self.side = side
        self._limit = ciphertext_size  # plaintext is never longer than its ciphertext
        self._rule = _NAME_RULES[side]
        self._out_dir = out_dir
        self._pos = 0  # plaintext bytes consumed so far
        self._buf = bytearray()  # pending header bytes, or the manifest's bytes
        self._state = "header"  # header | data | pad | end2 | tail
        self._member: _tar.Member | None = None
        self._remaining = 0
        self._pad_remaining = 0
        self._digest: Any = None
        self._fh: BinaryIO | None = None
        self._seen: dict[str, tuple[int, str]] = {}
        self._manifest: bytes | None = None
        self._end_offset = 0
        self._section = False
        self.sections: dict[str, bytes] = {}  # sealed/<key>.age ciphertexts (identity side)
        self._sections_total = 0
        self._answers: bytes | None = None  # answers.json when small enough to check (content side)
        self._keep = False  # the current member's bytes are kept in _buf

    def writable(self) -> bool:
        return True

    def _fail(self, exc: BundleFormatError) -> BundleFormatError:
        exc.side = self.side
        return exc

    def write(self, b: Any) -> int:
        data = memoryview(b).cast("B")
        n = len(data)
        if self._pos + n > self._limit:
            raise self._fail(BundleSizeError("plaintext longer than its ciphertext"))
        while data:
            taken = self._step(data)
            self._pos += taken
            data = data[taken:]
        return n

    def _step(self, data: memoryview) -> int:
        if self._state in ("header", "end2"):
            take = min(_tar.BLOCK - len(self._buf), len(data))
            self._buf += data[:take]
            if len(self._buf) == _tar.BLOCK:
                block = bytes(self._buf)
                self._buf.clear()
                self._block(block)
                if self._state == "tail":
                    self._end_offset = self._pos + take
            return take
        if self._state == "data":
            take = min(self._remaining, len(data))
            chunk = data[:take]
            self._digest.update(chunk)
            if self._keep:
                self._buf += chunk
            if self._fh is not None:
                self._fh.write(chunk)
            self._remaining -= take
            if not self._remaining:
                self._finish_member()
            return take
        take = len(data) if self._state == "tail" else min(self._pad_remaining, len(data))
        if any(data[:take]):
            raise self._fail(BundleIntegrityError("padding is not zero"))
        if self._state == "pad":
            self._pad_remaining -= take
            if not self._pad_remaining:
                self._state = "header"
        return take

    def _block(self, block: bytes) -> None:
        if self._state == "end2":
            if block != _tar.ZERO_BLOCK:
                raise self._fail(BundleIntegrityError("end-of-archive marker is damaged"))
            self._state = "tail"
            return
        if self._manifest is not None:
            # Only the end-of-archive marker may follow the manifest.
            if block != _tar.ZERO_BLOCK:
                raise self._fail(UnsafeMemberError("a member follows manifest.json"))
            self._state = "end2"
            return
        member = _tar.parse_header(block, self._rule, side=self.side)
        if member is None:
            raise self._fail(BundleIntegrityError("inner archive ends without a manifest"))
        if member.name in self._seen:
            raise self._fail(UnsafeMemberError(f"duplicate member {member.name!r}"))
        if len(self._seen) >= MAX_MEMBERS:
            raise self._fail(BundleSizeError("too many members"))
        if member.size > self._limit:
            raise self._fail(BundleSizeError(f"member {member.name!r} is larger than the bundle"))
        if member.name == "manifest.json" and member.size > MAX_MANIFEST_BYTES:
            raise self._fail(BundleSizeError("manifest is absurdly large"))
        self._section = member.name.startswith("sealed/")
        self._keep = (member.name == "manifest.json" or self._section
                      or (member.name == "answers.json" and member.size <= MAX_ANSWERS_CHECKED))
        if self._section and member.size > MAX_SEALED_SECTION:
            raise self._fail(BundleSizeError("a sealed identity section is absurdly large"))
        if self._section:
            self._sections_total += member.size
            if self._sections_total > MAX_SEALED_TOTAL:
                raise self._fail(BundleSizeError("the sealed identity sections are absurdly large together"))
        self._member, self._remaining = member, member.size
        self._digest = hashlib.sha256()
        if member.name != "manifest.json" and self._out_dir is not None:
            target = self._out_dir / member.name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            self._fh = os.fdopen(os.open(target, flags, 0o600), "wb", buffering=COPY_CHUNK)
        self._state = "data"
        if not member.size:
            self._finish_member()

    def _finish_member(self) -> None:
        assert self._member is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        m = self._member
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self._seen[m.name] = (m.size, self._digest.hexdigest())
        if m.name == "manifest.json":
            self._manifest = bytes(self._buf)
        elif m.name == "answers.json" and self._keep:
            self._answers = bytes(self._buf)
        elif self._section:
            self.sections[m.name[len("sealed/"):-len(".age")]] = bytes(self._buf)
        self._buf.clear()
        self._pad_remaining = len(_tar.padding(m.size))
        self._state = "pad" if self._pad_remaining else "header"

    def close_files(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def finish(self) -> tuple[Manifest, list[FileEntry]]:
        """Called once the age core returned: every structure and manifest check."""
        self.close_files()
        if self._state != "tail" or self._manifest is None:
            raise self._fail(BundleTruncatedError("inner archive is incomplete"))
        if self._pos != _tar.padded_tar_length(self._end_offset, MIN_INNER_PADDED):
            raise self._fail(BundleIntegrityError("inner padding has the wrong length"))
        try:
            manifest = parse_manifest(self._manifest)
        except UnknownVersionError as exc:
            raise self._fail(exc) from exc
        except ManifestError as exc:
            raise self._fail(BundleIntegrityError(f"manifest refused: {exc}")) from exc
        if manifest.side != self.side:
            raise self._fail(BundleIntegrityError("manifest belongs to the other side"))
        listed = {f.path: f for f in manifest.files}
        present = {k: v for k, v in self._seen.items() if k != "manifest.json"}
        if set(listed) != set(present):
            raise self._fail(BundleIntegrityError("files differ from the manifest's list"))
        for path, (size, digest) in present.items():
            if listed[path].size != size:
                raise self._fail(BundleIntegrityError(f"size of {path} differs from the manifest"))
            if listed[path].sha256 != digest:
                raise self._fail(BundleIntegrityError(f"SHA-256 of {path} differs from the manifest"))
        answers = listed.get("answers.json")
        if manifest.version >= 2 and answers is not None and answers.sensitivity == "content":
            self._check_content_answers()
        return manifest, list(manifest.files)

    def _check_content_answers(self) -> None:
        """SPEC 2.7: answers.json may claim class ``content`` only when its ``restricted-content``
        object is empty. The reader did not check this before review R20."""
        try:
            if self._answers is None:
                raise CanonicalJSONError("too large to check")
            value = strict_loads(self._answers)
        except CanonicalJSONError as exc:
            raise self._fail(BundleIntegrityError(f"answers.json cannot be checked: {exc}")) from exc
        if not isinstance(value, dict) or value.get("restricted-content") != {}:
            raise self._fail(BundleIntegrityError(
                "answers.json holds restricted-content answers but its manifest entry claims 'content'"))
