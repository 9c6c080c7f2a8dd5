# SPDX-License-Identifier: GPL-3.0-or-later
"""The sealed testimony bundle (``.tib``): writer and strict, streaming reader (SPEC.md Part 2).

A bundle is an outer tar (``intake_crypto/bundle/_tar.py`` dialect) holding ``BUNDLE`` (canonical JSON:
format, version, random bundle id), ``content.age`` and ``identity.age``. Each ``.age`` member is
a standard age v1 file whose plaintext is an inner tar of payload files followed by a signed
``manifest.json``, an end-of-archive marker and zero padding to a Padmé size.

Guarantees (reader): every header is canonical, names follow a fixed pattern per side, sizes
are bounded by the ciphertext that carries them, no duplicates, manifest last and correctly
signed, every file's SHA-256 and size equal to the manifest's, padding all zero and of exactly
the Padmé length, nothing after the end of the outer archive. With an ``out_dir`` plaintext is
written only into a fresh private staging directory inside it and moved to its final place only
after every check of every opened side passed; on any failure the staging directory is removed
and ``out_dir`` is left as it was. Without ``out_dir`` (verify) no plaintext touches the disk.
Memory stays flat: payloads stream through fixed-size buffers; only manifests (at most 1 MiB),
``BUNDLE`` (at most 4 KiB), ``answers.json`` (kept up to 16 MiB to check the class its manifest
entry claims) and the sealed identity sections (at most 16 MiB together, with their plaintext)
are held whole.
Never: calls ``tarfile.extractall``, follows or creates links, or writes outside ``out_dir``.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

import intake_crypto as crypto
from intake_crypto.age._format import Header
from intake_crypto.age._pipeline import Hasher
from intake_crypto.bundle import _tar
from intake_crypto.bundle._bundle_errors import (
    BundleError,
    BundleFormatError,
    BundleIntegrityError,
    BundleSizeError,
    BundleTamperedError,
    BundleTruncatedError,
    NoMatchingKeyError,
    OutputDirError,
    PayloadMismatchError,
    UnknownVersionError,
)
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads
from intake_crypto.bundle._inner_tar import (
    _NAME_RULES,
    AGE_CHUNK,
    COPY_CHUNK,
    MIN_INNER_PADDED,
    InnerTarSink,
    _Window,
)
from intake_crypto.bundle.manifest import HEX256, FileEntry, Manifest, Sensitivity

BUNDLE_FORMAT = "intake-sealed-bundle"
BUNDLE_VERSION = 1
MAX_BUNDLE_JSON = 4096
SIDES = ("content", "identity")
AGE_MEMBER = {"content": "content.age", "identity": "identity.age"}
HEX128 = re.compile(r"[0-9a-f]{32}")


# ----------------------------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class InnerFile:
    """One payload file of a side: ``path`` inside the inner tar, a stream opener, its size."""

    path: str
    size: int
    open: Callable[[], BinaryIO]
    media_type: str
    kind: str
    original_name: str | None = None
    sensitivity: Sensitivity | None = None  # None: the manifest's default for ``kind``
    # The SHA-256 (64 lowercase hex digits) of exactly the bytes ``open()`` yields, known to the
    # caller from a source that authenticates them (issue 24: a store blob's hash kept when it
    # was written); the manifest states it and the file is not hashed again. None: hashed here.
    sha256: str | None = None

    def __post_init__(self) -> None:
        if self.sha256 is not None and not HEX256.fullmatch(self.sha256):
            raise BundleFormatError(f"{self.path}: a given SHA-256 must be 64 lowercase hex digits")


ManifestFactory = Callable[[list[FileEntry]], bytes]


@dataclass
class SideSpec:
    recipients: Sequence[Any]
    files: list[InnerFile]
    manifest: ManifestFactory
    entries: list[FileEntry] = field(default_factory=list)  # filled while sealing
    # Builds a manifest of the final length for the length prediction (e.g. signed with a
    # throwaway key, so the device key is needed only at the end of the side); ``manifest`` if unset.
    length_manifest: ManifestFactory | None = None


def bundle_json(bundle_id: str) -> bytes:
    if not HEX128.fullmatch(bundle_id):
        raise BundleFormatError("bundle id must be 32 lowercase hex digits")
    return canonical({"bundle_id": bundle_id, "format": BUNDLE_FORMAT, "version": BUNDLE_VERSION})


def inner_tar_chunks(spec: SideSpec, hasher: Hasher | None = None) -> Iterator[bytes]:
    """The padded inner tar of one side, streamed; hashes every file and appends the manifest.

    With ``hasher`` the SHA-256 of each file runs in its helper thread, beside the encryption of
    the very chunks it hashes (each byte is read once, hashed once, encrypted once). A file with
    a given ``sha256`` is not hashed: the manifest states the given one (its size is still
    checked)."""
    written = 0
    spec.entries.clear()
    for f in spec.files:
        yield _tar.header(f.path, f.size)
        digest = hashlib.sha256()
        remaining = f.size
        with f.open() as src:
            while remaining:
                chunk = src.read(min(COPY_CHUNK, remaining))
                if not chunk:
                    raise PayloadMismatchError(f"{f.path}: stream ended {remaining} bytes early")
                if f.sha256 is not None:
                    pass  # hashed when it was written (the caller vouches for these bytes)
                elif hasher is not None:
                    hasher.update(digest, bytes(chunk))  # bytes(): no copy for bytes, one for others
                else:
                    digest.update(chunk)
                remaining -= len(chunk)
                yield chunk
            if src.read(1):
                raise PayloadMismatchError(f"{f.path}: stream is longer than declared")
        yield _tar.padding(f.size)
        if hasher is not None and f.sha256 is None:
            hasher.sync()
        written += _tar.BLOCK + f.size + len(_tar.padding(f.size))
        spec.entries.append(
            FileEntry(f.path, f.sha256 or digest.hexdigest(), f.size, f.media_type, f.kind, f.original_name,
                      f.sensitivity)
        )
    manifest = spec.manifest(list(spec.entries))
    yield _tar.header("manifest.json", len(manifest))
    yield manifest
    yield _tar.padding(len(manifest))
    yield _tar.END_OF_ARCHIVE
    written += _tar.BLOCK + len(manifest) + len(_tar.padding(len(manifest))) + len(_tar.END_OF_ARCHIVE)
    pad = _tar.padded_tar_length(written, MIN_INNER_PADDED) - written
    zeros = bytes(min(pad, COPY_CHUNK))
    while pad:
        n = min(pad, len(zeros))
        yield zeros[:n]
        pad -= n


class ChunkStream(io.RawIOBase):
    """A readable stream over an iterator of byte chunks (the age core pulls from it)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        while not self._buf:
            try:
                self._buf = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        n = min(len(view), len(self._buf))
        view[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def inner_tar_length(spec: SideSpec) -> int:
    """The exact padded length of a side's inner tar, known before any payload is read.

    Every manifest field has a length fixed by the inputs (hashes are 64 hex digits, signatures
    88 base64 characters), so a manifest built over placeholder hashes has the final length.
    """
    placeholder = [
        FileEntry(f.path, "0" * 64, f.size, f.media_type, f.kind, f.original_name, f.sensitivity) for f in spec.files
    ]
    manifest = len((spec.length_manifest or spec.manifest)(placeholder))
    unpadded = sum(_tar.BLOCK + f.size + len(_tar.padding(f.size)) for f in spec.files)
    unpadded += _tar.BLOCK + manifest + len(_tar.padding(manifest)) + len(_tar.END_OF_ARCHIVE)
    return _tar.padded_tar_length(unpadded, MIN_INNER_PADDED)


def age_ciphertext_length(header_length: int, plaintext: int) -> int:
    """Length of an age v1 file: header, 16-byte nonce, 64 KiB STREAM chunks with 16-byte tags."""
    chunks = max(1, -(-plaintext // AGE_CHUNK))
    return header_length + 16 + plaintext + 16 * chunks


class _Out:
    """Writes to the bundle's destination, hashing and counting every byte (no seeking needed).

    With a ``hasher`` the SHA-256 runs in its helper thread and, with a ``writer`` too, the
    writes run in order in that second thread (issue 24): the calling thread only encrypts,
    and the destination's own work (a store blob encrypts and writes each chunk) overlaps with
    it. :meth:`hexdigest` waits until every byte is written and hashed, and re-raises a write
    error."""

    def __init__(self, out: BinaryIO, hasher: Hasher | None = None, writer: Hasher | None = None) -> None:
        self.out, self.count, self._hasher, self._writer = out, 0, hasher, writer
        self._digest = hashlib.sha256()
        self._write_to = _WriteTo(out)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = len(data)
        if self._hasher is not None:
            # The age core reuses its output buffer: the helper threads get one copy.
            copy = bytes(data)
            self._hasher.update(self._digest, copy)
            if self._writer is not None:
                self._writer.update(self._write_to, copy)
            else:
                self.out.write(copy)
        else:
            self.out.write(data)
            self._digest.update(data)
        self.count += n
        return n

    def hexdigest(self) -> str:
        if self._writer is not None:
            self._writer.sync()
        if self._hasher is not None:
            self._hasher.sync()
        return self._digest.hexdigest()


class _WriteTo:
    """``update(data)`` writes ``data`` to ``out``: a write handed to a :class:`Hasher` thread."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out

    def update(self, data: bytes, /) -> None:
        self._out.write(data)


class _DeferredTarHeader(io.RawIOBase):
    """Sits between the age core and the bundle: holds back the age header until it is complete,
    then writes the outer tar header (whose size it can now compute) before it, and passes the
    rest straight through. So a bundle streams to any writable destination in one pass."""

    def __init__(self, out: _Out, name: str, plaintext: int) -> None:
        self._out, self._name, self._plaintext = out, name, plaintext
        self._buf = bytearray()
        self.expected = -1
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = memoryview(b).cast("B")
        n = len(data)
        if self.expected >= 0:
            self._out.write(data)
            self.written += n
            return n
        self._buf += data
        mark = self._buf.find(b"\n--- ")
        end = self._buf.find(b"\n", mark + 1) if mark >= 0 else -1
        if end >= 0:
            self.expected = age_ciphertext_length(end + 1, self._plaintext)
            self._out.write(_tar.header(self._name, self.expected))
            self._out.write(self._buf)
            self.written += len(self._buf)
            self._buf.clear()
        return n


def write_bundle(
    out: BinaryIO,
    *,
    bundle_id: str,
    content: SideSpec,
    identity: SideSpec,
    workers: int | None = None,
) -> tuple[str, int]:
    """Stream a bundle to ``out`` in one pass; returns (SHA-256 hex, size) of the bytes written.

    The SHA-256 sums (of every inner file, and of the bundle) run in a helper thread beside the
    encryption (:class:`intake_crypto.age._pipeline.Hasher`), and the writes to ``out`` in a second
    one, in order (issue 24); every write has finished when this returns."""
    with Hasher("payload-hash") as files, Hasher() as hasher, Hasher("bundle-write") as writer:
        return _write_bundle(_Out(out, hasher, writer), files, bundle_id, content, identity, workers)


def _write_bundle(sink: _Out, hasher: Hasher, bundle_id: str, content: SideSpec, identity: SideSpec,
                  workers: int | None) -> tuple[str, int]:
    meta = bundle_json(bundle_id)
    sink.write(_tar.header("BUNDLE", len(meta)) + meta + _tar.padding(len(meta)))
    for side, spec in (("content", content), ("identity", identity)):
        plaintext = inner_tar_length(spec)
        member = _DeferredTarHeader(sink, AGE_MEMBER[side], plaintext)
        # The age core reads in large blocks itself; no extra buffering layer (one copy less).
        stream = ChunkStream(inner_tar_chunks(spec, hasher))
        crypto.encrypt(cast(BinaryIO, stream), cast(BinaryIO, member), list(spec.recipients), workers=workers)
        if member.expected < 0 or member.written != member.expected:
            # Never emit a bundle whose header disagrees with its data.
            raise BundleFormatError(f"internal error: {AGE_MEMBER[side]} length differs from its prediction")
        sink.write(_tar.padding(member.written))
    sink.write(_tar.END_OF_ARCHIVE)
    return sink.hexdigest(), sink.count


# ----------------------------------------------------------------------------------------------
# reading
# ----------------------------------------------------------------------------------------------
@dataclass
class SideReport:
    side: str
    opened: bool = False
    reason: str = ""  # when not opened: "absent", "no key"
    manifest: Manifest | None = None
    files: list[FileEntry] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # identity sections sealed on save


@dataclass
class OpenReport:
    bundle_id: str
    version: int
    sides: dict[str, SideReport]
    written_to: Path | None = None

    @property
    def link_id(self) -> str | None:
        for s in self.sides.values():
            if s.manifest is not None:
                return s.manifest.link_id
        return None

    @property
    def device_key_id(self) -> str | None:
        for s in self.sides.values():
            if s.manifest is not None:
                return s.manifest.device_key_id
        return None


# ----------------------------------------------------------------------------------------------
# opening and verifying
# ----------------------------------------------------------------------------------------------
def _read_exact(fh: BinaryIO, n: int, what: str) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BundleTruncatedError(f"bundle ends inside {what}")
    return data


def _read_padding(fh: BinaryIO, size: int, what: str) -> None:
    pad = _read_exact(fh, len(_tar.padding(size)), what)
    if any(pad):
        raise BundleFormatError(f"tar padding after {what} is not zero")


def _age_failure(exc: Exception, side: str) -> BundleError:
    """Map an age-core error to what happened to the bundle (tampered, truncated)."""
    if isinstance(exc, crypto.TruncatedPayloadError):
        return BundleTruncatedError(f"{AGE_MEMBER[side]} is truncated: {exc}", side=side)
    return BundleTamperedError(f"{AGE_MEMBER[side]} failed authentication: {exc}", side=side)


def _no_match_types() -> tuple[type[BaseException], ...]:
    return (crypto.NoIdentityMatchError,)


def _decrypt_side(
    fh: BinaryIO, side: str, start: int, size: int, identities: Sequence[Any], out_dir: Path | None,
    used: set[int], workers: int | None,
) -> SideReport:
    """Try each identity on one side; the first that matches decrypts it into a fresh sink."""
    for index, identity in enumerate(identities):
        window = _Window(fh, start, size)
        sink = InnerTarSink(side, size, None if out_dir is None else out_dir / side)
        try:
            crypto.decrypt(io.BufferedReader(window, COPY_CHUNK), cast(BinaryIO, sink), [identity], workers=workers)
        except _no_match_types():
            sink.close_files()
            continue
        except BundleError:
            sink.close_files()
            raise
        except crypto.AgeError as exc:
            sink.close_files()
            raise _age_failure(exc, side) from exc
        if window.remaining:
            raise BundleTamperedError(f"{AGE_MEMBER[side]} has data after its end", side=side)
        manifest, files = sink.finish()
        sections = _open_sections(sink.sections, identity, side)
        if out_dir is not None and sections:
            # Derived plaintext of the sections sealed on save (not listed in the manifest).
            folder = out_dir / side / "sealed"
            for key, plain in sections.items():
                fd = os.open(folder / f"{key}.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as fh_out:
                    fh_out.write(plain)
        used.add(index)
        return SideReport(side, opened=True, manifest=manifest, files=files, sections=sorted(sections))
    return SideReport(side, opened=False, reason="no key")


def _open_sections(sections: dict[str, bytes], identity: Any, side: str) -> dict[str, bytes]:
    """Decrypt identity sections that the device sealed on save (same identity key)."""
    opened: dict[str, bytes] = {}
    for key, ciphertext in sections.items():
        try:
            opened[key] = crypto.decrypt_bytes(ciphertext, [identity])
        except crypto.AgeError as exc:
            raise BundleIntegrityError(f"sealed identity section {key!r} cannot be opened: {exc}", side=side) from exc
    return opened



def read_bundle(
    path: Path | str,
    identities: Sequence[Any],
    out_dir: Path | None = None,
    *,
    strict_keys: bool = True,
    workers: int | None = None,
) -> OpenReport:
    """Check (and with ``out_dir``, open) a bundle; see the module docstring for guarantees.

    With ``strict_keys`` every identity must open some side: a key that opens nothing is either
    the wrong key or a sign that the header naming it was changed, so it is an error.
    """
    staging = _make_staging(Path(out_dir)) if out_dir is not None else None
    try:
        report = _read(Path(path), identities, staging, strict_keys, workers)
        if staging is not None:
            _publish(staging, Path(out_dir) if out_dir is not None else staging, report)
            report.written_to = Path(out_dir) if out_dir is not None else None
        return report
    finally:
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _read(path: Path, identities: Sequence[Any], staging: Path | None, strict_keys: bool,
          workers: int | None) -> OpenReport:
    used: set[int] = set()
    with open(path, "rb") as fh:
        total = os.fstat(fh.fileno()).st_size
        first = _tar.parse_header(_read_exact(fh, _tar.BLOCK, "the first header"), _NAME_RULES["outer"])
        if first is None or first.name != "BUNDLE":
            raise BundleFormatError("not a sealed bundle: BUNDLE must come first")
        if first.size > MAX_BUNDLE_JSON:
            raise BundleSizeError("BUNDLE is absurdly large")
        meta_raw = _read_exact(fh, first.size, "BUNDLE")
        _read_padding(fh, first.size, "BUNDLE")
        bundle_id, version = _parse_bundle_json(meta_raw)
        sides: dict[str, SideReport] = {}
        for side in SIDES:
            block = _read_exact(fh, _tar.BLOCK, "a header")
            member = _tar.parse_header(block, _NAME_RULES["outer"])
            if member is None or member.name != AGE_MEMBER[side]:
                if side == "content" or member is not None:
                    raise BundleFormatError(f"expected {AGE_MEMBER[side]} next in the bundle")
                sides[side] = SideReport(side, reason="absent")
                _check_end(fh, total, second_only=True)
                break
            start = fh.tell()
            if start + member.size > total:
                raise BundleTruncatedError(f"bundle ends inside {AGE_MEMBER[side]}")
            sides[side] = _decrypt_side(fh, side, start, member.size, identities,
                                        None if staging is None else staging, used, workers)
            fh.seek(start + member.size)
            _read_padding(fh, member.size, AGE_MEMBER[side])
        else:
            _check_end(fh, total, second_only=False)
    report = OpenReport(bundle_id, version, sides)
    opened = [s for s in sides.values() if s.opened]
    if not opened:
        raise NoMatchingKeyError("none of the keys opens this bundle")
    if strict_keys and len(used) != len(identities):
        raise NoMatchingKeyError("a key opens no part of this bundle (wrong key, or its header was changed)")
    _cross_check(report)
    return report


def _parse_bundle_json(raw: bytes) -> tuple[str, int]:
    try:
        meta = strict_loads(raw, require_canonical=True)
    except CanonicalJSONError as exc:
        raise BundleFormatError(f"BUNDLE is not canonical JSON: {exc}") from exc
    if not isinstance(meta, dict) or meta.get("format") != BUNDLE_FORMAT:
        raise BundleFormatError("not a sealed bundle")
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != BUNDLE_VERSION:  # true == 1 (R17)
        raise UnknownVersionError(f"unknown bundle version {version!r}")
    if set(meta) != {"bundle_id", "format", "version"} or not HEX128.fullmatch(str(meta["bundle_id"])):
        raise BundleFormatError("BUNDLE fields are malformed")
    return str(meta["bundle_id"]), BUNDLE_VERSION


def _check_end(fh: BinaryIO, total: int, *, second_only: bool) -> None:
    if not second_only and _read_exact(fh, _tar.BLOCK, "the end marker") != _tar.ZERO_BLOCK:
        raise BundleFormatError("unexpected member after identity.age")
    if _read_exact(fh, _tar.BLOCK, "the end marker") != _tar.ZERO_BLOCK:
        raise BundleFormatError("end-of-archive marker is damaged")
    if fh.tell() != total:
        raise BundleFormatError("data after the end of the bundle")


def _cross_check(report: OpenReport) -> None:
    content, identity = report.sides.get("content"), report.sides.get("identity")
    if content is not None and content.manifest is not None and content.manifest.bundle_id != report.bundle_id:
        raise BundleIntegrityError("content manifest names another bundle id", side="content")
    if (content is not None and content.manifest is not None
            and identity is not None and identity.manifest is not None):
        a, b = content.manifest, identity.manifest
        if a.link_id != b.link_id:
            raise BundleIntegrityError("the two sides carry different link ids (spliced)")
        if a.device_public_key != b.device_public_key or a.form != b.form:
            raise BundleIntegrityError("the two sides were sealed by different devices or forms")


def _make_staging(out_dir: Path) -> Path:
    if out_dir.exists():
        if not out_dir.is_dir() or out_dir.is_symlink():
            raise OutputDirError("output path is not a directory", str(out_dir))
        if any(out_dir.iterdir()):
            raise OutputDirError("output directory is not empty", str(out_dir))
    else:
        out_dir.mkdir(mode=0o700, parents=True)
    staging = out_dir / f".intake-staging-{os.urandom(8).hex()}"
    staging.mkdir(mode=0o700)
    return staging


def _publish(staging: Path, out_dir: Path, report: OpenReport) -> None:
    """Move each opened side from staging into ``out_dir`` (same file system: atomic renames)."""
    for side, rep in report.sides.items():
        if rep.opened and rep.manifest is not None:
            src = staging / side
            src.mkdir(mode=0o700, exist_ok=True)  # a side may have no payload files at all
            with open(src / "manifest.json", "xb") as fh:
                fh.write(canonical(rep.manifest.raw))
            os.chmod(src / "manifest.json", 0o600)
            os.replace(src, out_dir / side)


def identity_header(path: Path | str) -> tuple[str, Header | None]:
    """(bundle id, the parsed age header of ``identity.age``) without decrypting anything;
    the header is ``None`` when the bundle has no identity side. For the custodians' share
    release (SPEC 2.13): they need the threshold stanzas only."""
    with open(path, "rb") as fh:
        first = _tar.parse_header(_read_exact(fh, _tar.BLOCK, "the first header"), _NAME_RULES["outer"])
        if first is None or first.name != "BUNDLE":
            raise BundleFormatError("not a sealed bundle: BUNDLE must come first")
        if first.size > MAX_BUNDLE_JSON:
            raise BundleSizeError("BUNDLE is absurdly large")
        bundle_id, _ = _parse_bundle_json(_read_exact(fh, first.size, "BUNDLE"))
        _read_padding(fh, first.size, "BUNDLE")
        for side in SIDES:
            member = _tar.parse_header(_read_exact(fh, _tar.BLOCK, "a header"), _NAME_RULES["outer"])
            if member is None or member.name != AGE_MEMBER[side]:
                if side == "content" or member is not None:
                    raise BundleFormatError(f"expected {AGE_MEMBER[side]} next in the bundle")
                return bundle_id, None
            start = fh.tell()
            if side == "identity":
                window = _Window(fh, start, member.size)
                try:
                    header, _ = crypto.read_header(io.BufferedReader(window, COPY_CHUNK), armor=False)
                except crypto.AgeError as exc:
                    raise _age_failure(exc, side) from exc
                return bundle_id, header
            fh.seek(start + member.size)
            _read_padding(fh, member.size, AGE_MEMBER[side])
    return bundle_id, None  # pragma: no cover - the loop always returns
