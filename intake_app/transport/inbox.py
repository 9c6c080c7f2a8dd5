# SPDX-License-Identifier: GPL-3.0-or-later
"""The receiver's store of incoming uploads and received bundles (ciphertext only).

Layout under ``ARCHIVE/received/``: ``<sha256>.tib`` complete bundles; ``.partial/<id>.part`` and
``.partial/<id>.json`` uploads in progress. Guarantees: a bundle appears under its final name only
by an atomic rename after its full SHA-256 matched what the client declared; every acknowledged
chunk is fsynced before the acknowledgement; limits (per-upload size, total quota, open uploads,
free-disk reserve) are checked before bytes are accepted; idle uploads expire.

Availability (security-review F6): a claim (``create``) reserves nothing but a slot, and holds it
only while its bytes flow. The quota counts bytes actually on disk (stored bundles and received
parts), never declared sizes. When every slot is taken, the claim that moves slowest gives its
slot to the new one if it moves slower than ``min_body_bytes_per_second`` since it was made (an
empty claim moves at 0 and is deleted; one with data is parked: it keeps its bytes until
``idle_expiry_seconds`` and takes a slot again with its next chunk). A claim for a bundle that
is already stored is treated exactly like a new one (same answers, the client sends every byte,
quota counted as for any upload) and is discarded at ``finish`` once its hash matched, so the
answers never tell whether the archive holds a bundle (and its receipt is a new log entry, with the
new claim's salt: the log does not tell either). A newer request for a chunk another request of
the same upload is still writing supersedes it (the older one writes no byte more, is never
recorded, and its connection is cut): a client resending a chunk whose stream broke does not wait
for the dead request's pace limit (issue 20). Never: records who uploaded (no
addresses, no client data beyond size and hash), or decrypts anything.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from intake_app.home import paths
from intake_app.text.errors import IntakeError

_SHA = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
_BUF = 1 << 16


@dataclass(frozen=True)
class Limits:
    max_bundle_bytes: int = 2 << 30
    quota_bytes: int = 200 << 30
    max_chunk_bytes: int = 16 << 20
    chunk_bytes: int = 4 << 20  # what clients are told to send
    max_open_uploads: int = 64  # slots: claims whose bytes are flowing (see the module text)
    # Per tor circuit (the receiver learns each connection's circuit from tor's PROXY header,
    # HiddenServiceExportCircuitID): one circuit cannot take every slot or connection (F6/F7).
    # 0 = no such limit. A client spreading one upload over k circuits makes one claim.
    max_open_uploads_per_circuit: int = 4
    max_connections_per_circuit: int = 8
    # New claims per minute, all clients together; 0 = no such limit (the default: a global count is
    # itself a lock-out, one request a second would refuse everyone; slots are reclaimed instead).
    uploads_per_minute: int = 0
    reservation_seconds: float = 600.0  # a claim with no chunk for this long holds no slot (empty: deleted)
    idle_expiry_seconds: float = 48 * 3600.0  # received parts kept this long for resumption
    min_free_bytes: int = 256 << 20
    # Connection limits against slow-request floods (enforced by the receiver's HTTP server).
    max_connections: int = 128
    header_seconds: float = 20.0  # to send a request line and headers; also the keep-alive idle limit
    # A declared body must bring min(rate x window, what is left) bytes in every window of
    # body_window_seconds from its first second (security-review F7); an upload slower than this
    # since its claim also gives its slot up when the slots are full (F6).
    min_body_bytes_per_second: int = 2048
    body_window_seconds: float = 10.0
    # How far beyond the contiguous part a chunk may start (chunks sent in parallel over several
    # circuits); also bounds the holes a part file may have.
    ahead_bytes: int = 64 << 20


class InboxError(IntakeError):
    status = 400
    code = "bad-request"

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class MalformedUploadError(InboxError):
    pass


class TooLargeError(InboxError):
    status, code = 413, "too-large"


class QuotaExceededError(InboxError):
    status, code = 507, "quota-exceeded"


class StorageFullError(InboxError):
    status, code = 507, "storage-full"


class RateLimitedError(InboxError):
    status, code = 429, "rate-limited"


class UnknownUploadError(InboxError):
    status, code = 404, "unknown-upload"


class OffsetConflictError(InboxError):
    status, code = 409, "offset-conflict"


class ChunkHashError(InboxError):
    status, code = 400, "chunk-hash-mismatch"


class ChunkSupersededError(InboxError):
    """A newer request for the same chunk took its place: nothing of this one is kept or counted."""

    status, code = 409, "superseded"


class _ChunkWrite:
    """One request writing one chunk. A newer request for the same offset of the same upload
    supersedes it: under ``lock`` (the upload's write lock, held for each block written to its
    part file) it is marked ``superseded`` (so it writes no byte more, and is never recorded), then
    ``cut`` ends its connection, so a dead one holds nothing until the slow-body limit fires
    (issue 20). ``end`` is where its written bytes end (``offset`` before the first block)."""

    __slots__ = ("cut", "end", "lock", "superseded")

    def __init__(self, cut: Callable[[], None] | None, lock: threading.Lock, offset: int) -> None:
        self.cut = cut
        self.lock = lock
        self.end = offset
        self.superseded = False

    def supersede(self) -> None:
        with self.lock:  # a write of this request's in progress ends first; none follows
            self.superseded = True
        if self.cut is not None:
            self.cut()


class BundleHashError(InboxError):
    status, code = 422, "bundle-hash-mismatch"


def _ahead(state: dict[str, object]) -> dict[int, int]:
    """An upload's chunks recorded ahead of its contiguous part: offset -> length."""
    return {int(k): int(v) for k, v in dict(state.get("ahead") or {}).items()}  # type: ignore[call-overload]


def _write_json(path: Path, data: dict[str, object]) -> None:
    paths.write_private(path, json.dumps(data).encode("utf-8"))


class Inbox:
    def __init__(self, directory: Path, limits: Limits) -> None:
        self.directory = directory
        self.partial = directory / ".partial"
        self.partial.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(directory, 0o700)
        self.limits = limits
        self._lock = threading.RLock()  # create() takes upload locks while holding it
        self._upload_locks: dict[str, threading.Lock] = {}
        self._recent: deque[float] = deque()
        self._writing: dict[str, dict[int, _ChunkWrite]] = {}  # upload ID -> offset -> the request writing it now
        self._write_locks: dict[str, threading.Lock] = {}  # upload ID -> held for each block written to its part
        self._claimed_on: dict[str, int] = {}  # upload ID -> tor circuit that claimed it (memory only)

    # -- helpers ------------------------------------------------------------------------------

    def bundle_path(self, sha256: str) -> Path:
        if not _SHA.match(sha256):
            raise MalformedUploadError("not a SHA-256")
        return self.directory / f"{sha256}.tib"

    def _state_path(self, upload_id: str) -> Path:
        if not _ID.match(upload_id):
            raise UnknownUploadError("no such upload")
        return self.partial / f"{upload_id}.json"

    def _state(self, upload_id: str) -> dict[str, object]:
        path = self._state_path(upload_id)
        try:
            data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise UnknownUploadError("no such upload (finished long ago, expired or never made)") from exc
        return data

    def _upload_lock(self, upload_id: str) -> threading.Lock:
        with self._lock:
            return self._upload_locks.setdefault(upload_id, threading.Lock())

    def used_bytes(self) -> int:
        """Bytes on disk: stored bundles and the parts received so far (never a declared size)."""
        total = 0
        for folder, suffix in ((self.directory, ".tib"), (self.partial, ".part")):
            for entry in os.scandir(folder):
                if entry.name.endswith(suffix):
                    with contextlib.suppress(FileNotFoundError):  # finished or expired meanwhile
                        total += entry.stat().st_size
        return total

    def _states(self) -> list[tuple[str, dict[str, object]]]:
        out = []
        for path in self.partial.glob("*.json"):
            try:
                out.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError):
                continue
        return out

    def _holds_slot(self, state: dict[str, object], now: float) -> bool:
        return (not state.get("done") and not state.get("parked")
                and now - float(state.get("touched", 0)) <= self.limits.reservation_seconds)  # type: ignore[arg-type]

    def _rate(self, state: dict[str, object], now: float) -> float:
        age = max(1.0, now - float(state.get("created", state.get("touched", now))))  # type: ignore[arg-type]
        return int(state.get("received", 0)) / age  # type: ignore[call-overload, no-any-return]

    def _free_a_slot(self, now: float) -> bool:
        """Every slot is taken: take one from the slowest claim if it moves slower than the minimum rate."""
        holders = sorted(((self._rate(st, now), float(st.get("touched", 0)), uid, st)  # type: ignore[arg-type]
                          for uid, st in self._states() if self._holds_slot(st, now)), key=lambda t: t[:2])
        for rate, _touched, upload_id, state in holders:
            if rate >= self.limits.min_body_bytes_per_second:
                return False
            lock = self._upload_lock(upload_id)
            if self._writing.get(upload_id) or not lock.acquire(blocking=False):
                continue  # a chunk is arriving on it right now: its bytes flow
            try:
                if int(state.get("received", 0)) == 0:  # type: ignore[call-overload]
                    self._drop(upload_id)
                else:
                    state["parked"] = True
                    _write_json(self._state_path(upload_id), state)
            finally:
                lock.release()
            return True
        return False

    def _drop(self, upload_id: str) -> None:
        (self.partial / f"{upload_id}.part").unlink(missing_ok=True)
        self._state_path(upload_id).unlink(missing_ok=True)

    def list_bundles(self) -> list[tuple[str, int]]:
        return sorted(
            (p.name[:-4], p.stat().st_size) for p in self.directory.glob("*.tib") if _SHA.match(p.name[:-4])
        )

    # -- the protocol ---------------------------------------------------------------------------

    def _claims_on(self, circuit: int, now: float) -> int:
        """How many claims made on ``circuit`` still hold a slot (forgetting those that no longer do)."""
        count = 0
        for upload_id, on in list(self._claimed_on.items()):
            try:
                holds = self._holds_slot(self._state(upload_id), now)
            except InboxError:
                holds = False
            if not holds:
                del self._claimed_on[upload_id]
            elif on == circuit:
                count += 1
        return count

    def create(self, size: object, sha256: object, salt: object = None, *, circuit: int | None = None) -> dict[str, object]:
        """Claim a slot for an upload; ``circuit`` is the tor circuit it came on (None: unknown)."""
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise MalformedUploadError("size must be a positive integer")
        if not isinstance(sha256, str) or not _SHA.match(sha256):
            raise MalformedUploadError("sha256 must be 64 lowercase hex characters")
        if not isinstance(salt, str) or not _SHA.match(salt):  # the receipt's commitment salt (F2)
            raise MalformedUploadError("salt must be 64 lowercase hex characters")
        if size > self.limits.max_bundle_bytes:
            raise TooLargeError("bundle is larger than this archive accepts", limit=self.limits.max_bundle_bytes)
        # Whether the bundle is already stored changes nothing here (no existence oracle, F2/F6).
        with self._lock:
            now = time.monotonic()
            if self.limits.uploads_per_minute:
                while self._recent and now - self._recent[0] > 60:
                    self._recent.popleft()
                if len(self._recent) >= self.limits.uploads_per_minute:
                    raise RateLimitedError("too many new uploads; try again later", retry_after=30)
            wall = time.time()
            per_circuit = self.limits.max_open_uploads_per_circuit
            if circuit is not None and per_circuit and self._claims_on(circuit, wall) >= per_circuit:
                raise RateLimitedError("too many uploads in progress on this connection; try again later", retry_after=30)
            if sum(1 for _, st in self._states() if self._holds_slot(st, wall)) >= self.limits.max_open_uploads \
                    and not self._free_a_slot(wall):
                raise RateLimitedError("too many uploads in progress; try again later", retry_after=30)
            if self.used_bytes() + size > self.limits.quota_bytes:
                raise QuotaExceededError("the archive's storage quota is used up")
            if shutil.disk_usage(self.directory).free < size + self.limits.min_free_bytes:
                raise StorageFullError("the receiver's disk is full")
            self._recent.append(now)
            upload_id = secrets.token_urlsafe(24)
            state: dict[str, object] = {"size": size, "sha256": sha256, "salt": salt, "received": 0, "created": wall,
                                        "touched": wall, "done": False}
            fd = os.open(self.partial / f"{upload_id}.part", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            _write_json(self._state_path(upload_id), state)
            if circuit is not None:
                self._claimed_on[upload_id] = circuit
        return {"upload_id": upload_id, "received": 0, "chunk_size": self.limits.chunk_bytes,
                "ahead": self.limits.ahead_bytes}

    def status(self, upload_id: str) -> dict[str, object]:
        state = self._state(upload_id)
        return {"received": state["received"], "size": state["size"], "done": state["done"],
                "ahead": self.limits.ahead_bytes}

    def put_chunk(self, upload_id: str, offset: int, length: int, chunk_sha256: str, body: BinaryIO,
                  cut: Callable[[], None] | None = None) -> dict[str, object]:
        """Store one chunk at ``offset``: where the upload stands, or up to ``ahead_bytes`` beyond it.

        Chunks ahead of the contiguous part arrive in parallel (a client spreading its upload over
        several tor circuits); ``received`` advances over them once the gap before them is filled.
        The body is written outside the upload's lock (several chunks of one upload at once); one
        offset is written by one request at a time: a newer request for an offset that another one
        is still writing (the client resends a chunk whose connection broke while the receiver still
        reads the dead one) supersedes it: the older request stops before its next write, is never
        recorded, and ``cut`` (given with it) ends its connection; the newer one writes the whole
        chunk itself, so the bytes of the two never mix in what is recorded. Only a holder of the
        upload ID can do so, and the newer request is paced like any other (F7).
        """
        if not _SHA.match(chunk_sha256):
            raise MalformedUploadError("X-Chunk-SHA256 must be 64 lowercase hex characters")
        if length <= 0 or length > self.limits.max_chunk_bytes:
            raise TooLargeError("chunk too large", limit=self.limits.max_chunk_bytes)
        with self._upload_lock(upload_id):
            state = self._state(upload_id)
            received, size = int(state["received"]), int(state["size"])  # type: ignore[call-overload]
            writing = self._writing.setdefault(upload_id, {})
            ahead_ok = offset % self.limits.chunk_bytes == 0 and received < offset <= received + self.limits.ahead_bytes
            if state["done"] or not (offset == received or ahead_ok):
                raise OffsetConflictError("chunk does not start where the upload stands", received=received)
            if offset + length > size:
                raise TooLargeError("chunk runs past the declared size", limit=size)
            if self.used_bytes() + length > self.limits.quota_bytes:  # bytes received, never claims
                raise QuotaExceededError("the archive's storage quota is used up", received=received)
            part = self.partial / f"{upload_id}.part"
            if not part.exists():
                raise UnknownUploadError("no such upload (expired)")
            me = _ChunkWrite(cut, self._write_locks.setdefault(upload_id, threading.Lock()), offset)
            older = writing.get(offset)
            if older is not None:
                older.supersede()  # before this request writes a byte (the upload's lock is held)
            writing[offset] = me
        try:
            digest = self._write_chunk(part, offset, length, chunk_sha256, body, received, me)
        except BaseException:
            with self._upload_lock(upload_id):
                self._take_back(upload_id, part, offset, me)
            raise
        finally:
            with self._upload_lock(upload_id):
                if writing.get(offset) is me:
                    del writing[offset]
        with self._upload_lock(upload_id):
            if me.superseded:  # superseded after its last byte: the newer request's bytes count, not these
                raise ChunkSupersededError("a newer request for this chunk took its place")
            state = self._state(upload_id)
            received = int(state["received"])  # type: ignore[call-overload]
            ahead = _ahead(state)
            if offset >= received:
                ahead[offset] = length
            while received in ahead:
                received += ahead.pop(received)
            state["received"] = received
            state["ahead"] = {str(k): v for k, v in ahead.items()}
            state["touched"] = time.time()
            state.pop("parked", None)  # its bytes flow again: it holds a slot
            _write_json(self._state_path(upload_id), state)
        return {"received": received, "chunk_sha256": digest, "end": offset + length}

    def _take_back(self, upload_id: str, part: Path, offset: int, me: _ChunkWrite) -> None:
        """Remove what a failed request wrote (a body cut short, a wrong hash, a broken connection):
        no byte of an unacknowledged chunk stays in the part file. Called with the upload's lock.

        A superseded request's range belongs to the newer request, and a rewrite of a chunk already
        recorded ahead keeps it (its bytes count already). Otherwise the file is cut back to the end
        of what is recorded or still being written below the chunk when nothing lies beyond it, else
        the range is overwritten with zeros. Under the upload's write lock, so no other request's
        block lands between the look and the cut."""
        try:
            state = self._state(upload_id)
        except UnknownUploadError:  # dropped meanwhile: nothing to take back
            return
        ahead = _ahead(state)
        with me.lock:
            if me.superseded or me.end <= offset or offset in ahead:
                return
            below = [int(state["received"])]  # type: ignore[call-overload]
            below += [start + length for start, length in ahead.items()]
            below += [other.end for other in self._writing.get(upload_id, {}).values() if other is not me]
            keep = max(below)
            try:
                fd = os.open(part, os.O_WRONLY)
            except FileNotFoundError:
                return
            try:
                if keep <= offset and os.fstat(fd).st_size <= me.end:
                    os.ftruncate(fd, keep)
                else:  # something lies beyond this chunk: keep the file's size, not the bytes
                    zeros = bytes(min(_BUF, me.end - offset))
                    for position in range(offset, me.end, _BUF):
                        os.pwrite(fd, zeros[:min(_BUF, me.end - position)], position)
            finally:
                os.close(fd)

    @staticmethod
    def _write_chunk(part: Path, offset: int, length: int, chunk_sha256: str, body: BinaryIO, received: int,
                     me: _ChunkWrite) -> str:
        """Write and fsync the body at ``offset``; its SHA-256 hex (bytes of a failed chunk stay unrecorded).

        Each block is written unbuffered under ``me.lock`` after checking that no newer request
        superseded this one, so once :meth:`_ChunkWrite.supersede` returned no byte of this request
        reaches the file."""
        digest = hashlib.sha256()
        try:
            fd = os.open(part, os.O_WRONLY)
            try:
                position, remaining = offset, length
                while remaining:
                    try:
                        data = body.read(min(_BUF, remaining))
                    except OSError:
                        if me.superseded:  # its connection was cut for the newer request
                            raise ChunkSupersededError("a newer request for this chunk took its place") from None
                        raise
                    if not data:
                        if me.superseded:
                            raise ChunkSupersededError("a newer request for this chunk took its place")
                        raise MalformedUploadError("body shorter than Content-Length")
                    digest.update(data)
                    with me.lock:
                        if me.superseded:
                            raise ChunkSupersededError("a newer request for this chunk took its place")
                        view = memoryview(data)
                        while view:
                            written = os.pwrite(fd, view, position)
                            position += written
                            me.end = position
                            view = view[written:]
                    remaining -= len(data)
                if digest.hexdigest() != chunk_sha256:
                    raise ChunkHashError("chunk does not match its hash", received=received)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFullError("the receiver's disk is full", received=received) from exc
            raise
        return digest.hexdigest()

    def salt(self, upload_id: str) -> str:
        """The commitment salt the client sent with this upload."""
        return str(self._state(upload_id)["salt"])

    def finish(self, upload_id: str) -> tuple[str, int, bool]:
        """Check the whole bundle and move it into place: (sha256, size, newly stored)."""
        with self._upload_lock(upload_id):
            state = self._state(upload_id)
            sha256, size = str(state["sha256"]), int(state["size"])  # type: ignore[call-overload]
            if state["done"]:
                return sha256, size, False
            if int(state["received"]) != size:  # type: ignore[call-overload]
                raise OffsetConflictError("upload is not complete", received=state["received"])
            part = self.partial / f"{upload_id}.part"
            if not part.exists() and self.bundle_path(sha256).exists():
                return sha256, size, False  # moved into place before a stop cut the answer: finish again
            digest = hashlib.sha256()
            with open(part, "rb") as f:
                while data := f.read(1 << 20):
                    digest.update(data)
            if digest.hexdigest() != sha256:
                part.unlink(missing_ok=True)
                self._state_path(upload_id).unlink(missing_ok=True)
                raise BundleHashError("the bundle does not match its declared hash")
            if self.bundle_path(sha256).exists():
                part.unlink()  # the same bytes are stored already: keep one copy, answer as for a new one
                return sha256, size, False
            os.replace(part, self.bundle_path(sha256))
            paths.fsync_dir(self.directory)
            return sha256, size, True

    def mark_done(self, upload_id: str, log_index: int) -> None:
        """Remember the receipt so a client that lost the answer can ask again."""
        with self._upload_lock(upload_id):
            state = self._state(upload_id)
            state.update(done=True, log_index=log_index, touched=time.time())
            _write_json(self._state_path(upload_id), state)
            if not self._writing.get(upload_id):
                self._writing.pop(upload_id, None)
                self._write_locks.pop(upload_id, None)

    def done_index(self, upload_id: str) -> int | None:
        state = self._state(upload_id)
        index = state.get("log_index")
        return int(index) if state["done"] and isinstance(index, int) else None

    def expire_idle(self, now: float | None = None) -> int:
        """Delete uploads untouched for longer than the limit (empty claims: ``reservation_seconds``); return how many."""
        now = time.time() if now is None else now
        expired = 0
        for state_path in self.partial.glob("*.json"):
            upload_id = state_path.stem
            with self._upload_lock(upload_id):
                try:
                    state = json.loads(state_path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    continue
                empty = not state.get("done") and int(state.get("received", 0)) == 0
                limit = self.limits.reservation_seconds if empty else self.limits.idle_expiry_seconds
                if now - float(state.get("touched", 0)) > limit:
                    (self.partial / f"{upload_id}.part").unlink(missing_ok=True)
                    state_path.unlink(missing_ok=True)
                    expired += 1
        return expired
