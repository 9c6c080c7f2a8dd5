# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's public reveal log (issue 23 item 3, SPEC 2.13 "Reveal log").

An append-only Merkle log (RFC 9162 hashing and proofs, C2SP checkpoints: :mod:`intake_crypto.bundle.tlog`)
under ``ARCHIVE/reveal-log/``, signed by the archive's receipt key (which every device pins in
the profile) under its own origin ``testimony-intake/reveals/<16 hex>``. Every share release and
every reveal appends one leaf **before** the share is written or the identity side opened::

    intake-reveal/v1
    commitment <64 hex>

``commitment = SHA-256("intake-reveal-commitment-v1\\n" || nonce (32 bytes) || canonical JSON
of the record)``; the record (event, bundle id, threshold id, share index, purpose) and the nonce
go only into the signed custody event, with the leaf's index and the signed checkpoint that
includes it. A public entry thus says that a share was released or an identity revealed, and
when it was logged; not which bundle, which custodian or why (the nonce hides even a guessed
record). Whoever holds a custody event (custodians, auditors) can prove the entry is in the log,
and any later checkpoint that is not consistent with the one they hold — a log with the entry
removed or changed — fails :func:`verify_events` (:class:`RevealLogForkError`).

Guarantees: an appended leaf is fsynced before the caller proceeds; checkpoints cover all
entries. Never: writes a record, a bundle id or a purpose into the log.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import nacl.signing

from intake_app.home import paths
from intake_app.text.errors import IntakeError
from intake_crypto import canonical
from intake_crypto.bundle import tlog

LOG_DIR = "reveal-log"
HEADER = "intake-reveal/v1"
COMMIT_DOMAIN = b"intake-reveal-commitment-v1\n"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_LEAF = re.compile(HEADER + r"\ncommitment ([0-9a-f]{64})\n")


class RevealLogError(IntakeError):
    """The reveal log cannot be used or does not verify."""


class RevealLogForkError(RevealLogError):
    """A logged share release or reveal is no longer in the archive's reveal log (or the log
    shown is not consistent with a checkpoint held): ``index`` names the entry."""

    def __init__(self, index: int, detail: str) -> None:
        super().__init__(f"reveal log entry {index}: {detail}")
        self.index = index


class RevealNotLoggedError(RevealLogError):
    """A custody event records a share release or reveal that was never put in the reveal log
    (made by software that skipped it): ``seq`` is the event's number in its custody log."""

    def __init__(self, seq: int) -> None:
        super().__init__(f"custody event {seq} is a reveal step without a reveal log entry")
        self.seq = seq


def origin(receipt_public_key: bytes) -> str:
    return "testimony-intake/reveals/" + hashlib.sha256(receipt_public_key).hexdigest()[:16]


def commitment(nonce: bytes, record: Mapping[str, str]) -> str:
    return hashlib.sha256(COMMIT_DOMAIN + nonce + canonical(dict(record))).hexdigest()


def leaf_text(commit: str) -> str:
    if not _HEX64.fullmatch(commit):
        raise RevealLogError("a reveal commitment is 64 lowercase hex digits")
    return f"{HEADER}\ncommitment {commit}\n"


@dataclass(frozen=True)
class Logged:
    """What the custody event keeps: where the leaf is and the checkpoint that includes it."""

    index: int
    commitment: str
    nonce: str  # base64
    checkpoint: str  # the signed note

    def detail(self) -> dict[str, str]:
        return {"reveal_log_index": str(self.index), "reveal_commitment": self.commitment,
                "reveal_nonce": self.nonce, "reveal_checkpoint": self.checkpoint}


_LOCK = threading.Lock()


class RevealLog:
    """``ARCHIVE/reveal-log``: ``entries`` (one base64 leaf text a line), ``checkpoint``."""

    def __init__(self, archive: Path, key: nacl.signing.SigningKey | None, public_key: bytes) -> None:
        self.dir = archive / LOG_DIR
        self.key = key
        self.public_key = public_key
        self.origin = origin(public_key)
        self.texts: list[str] = []
        self.hashes: list[bytes] = []
        self._load()

    def _load(self) -> None:
        path = self.dir / "entries"
        raw = path.read_bytes() if path.exists() else b""
        if raw and not raw.endswith(b"\n"):  # a torn last line was never acknowledged
            raw = raw[: raw.rfind(b"\n") + 1]
        try:
            self.texts = [base64.b64decode(line, validate=True).decode("utf-8") for line in raw.splitlines()]
        except (ValueError, UnicodeDecodeError) as exc:
            raise RevealLogError("the reveal log is damaged") from exc
        self.hashes = [tlog.leaf_hash(t.encode("utf-8")) for t in self.texts]

    def append(self, record: Mapping[str, str]) -> Logged:
        """Log ``record`` as a commitment (fsynced) and return what proves it."""
        if self.key is None:
            raise RevealLogError("appending to the reveal log needs the archive's receipt key")
        nonce = secrets.token_bytes(32)
        commit = commitment(nonce, record)
        text = leaf_text(commit)
        with _LOCK:
            self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self.dir / "entries", os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)  # other processes (another custodian's release) wait
                self._load()  # what they appended since this object was made
                size = os.fstat(fd).st_size
                kept = sum(len(base64.b64encode(t.encode("utf-8"))) + 1 for t in self.texts)
                if size != kept:  # drop a torn last line before appending after it
                    os.ftruncate(fd, kept)
                os.write(fd, base64.b64encode(text.encode("utf-8")) + b"\n")
                os.fsync(fd)
                self.texts.append(text)
                self.hashes.append(tlog.leaf_hash(text.encode("utf-8")))
                note = self.checkpoint()
            finally:
                os.close(fd)  # releases the lock
        return Logged(len(self.texts) - 1, commit, base64.b64encode(nonce).decode(), note)

    def checkpoint(self) -> str:
        """The current signed checkpoint (written to ``checkpoint``, which anyone may publish)."""
        if self.key is None:
            path = self.dir / "checkpoint"
            return path.read_text(encoding="utf-8") if path.exists() else ""
        note = tlog.sign_checkpoint(tlog.Checkpoint(self.origin, len(self.hashes), tlog.root_hash(self.hashes)),
                                    self.key)
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        paths.write_private(self.dir / "checkpoint", note.encode("utf-8"))
        return note

    def current_note(self) -> str:
        """The published signed checkpoint text (verified by :meth:`current` first)."""
        self.current()
        return (self.dir / "checkpoint").read_text(encoding="utf-8")

    def signed_prefix(self) -> tlog.Checkpoint:
        """As :meth:`current`, but entries after the signed checkpoint (a leaf fsynced by an
        append whose checkpoint is not written yet) are dropped from this view, not an error."""
        note = (self.dir / "checkpoint").read_text(encoding="utf-8") if (self.dir / "checkpoint").exists() else ""
        try:
            cp = tlog.open_checkpoint(note, self.origin, self.public_key)
        except tlog.TlogError as exc:
            raise RevealLogError("the reveal log's checkpoint does not verify") from exc
        if cp.size < len(self.hashes) and tlog.root_hash(self.hashes[: cp.size]) == cp.root:
            self.texts, self.hashes = self.texts[: cp.size], self.hashes[: cp.size]
        return self.current()

    def current(self) -> tlog.Checkpoint:
        """The published checkpoint, verified, and checked to be the root of the entries held."""
        note = (self.dir / "checkpoint").read_text(encoding="utf-8") if (self.dir / "checkpoint").exists() else ""
        if not note:
            raise RevealLogError("the reveal log has no checkpoint")
        try:
            cp = tlog.open_checkpoint(note, self.origin, self.public_key)
        except tlog.TlogError as exc:
            raise RevealLogError("the reveal log's checkpoint does not verify") from exc
        if cp.size != len(self.hashes) or cp.root != tlog.root_hash(self.hashes):
            raise RevealLogForkError(cp.size, "the entries do not match the signed checkpoint")
        return cp


def _held(detail: Mapping[str, str]) -> Logged | None:
    keys = ("reveal_log_index", "reveal_commitment", "reveal_nonce", "reveal_checkpoint")
    if not all(k in detail for k in keys):
        return None
    return Logged(int(detail["reveal_log_index"]), detail["reveal_commitment"], detail["reveal_nonce"],
                  detail["reveal_checkpoint"])


def record_of(detail: Mapping[str, str]) -> dict[str, str]:
    """The committed record, rebuilt from a custody event's detail."""
    return {k: str(detail[k]) for k in RECORD_KEYS if k in detail}


RECORD_KEYS = ("event", "bundle", "tid", "share", "shares", "purpose", "threshold")


def verify_events(log: RevealLog, events: Iterable[tuple[int, Mapping[str, str]]]) -> int:
    """Every custody event of a reveal step (``(seq, detail)``) must be in ``log`` (one without a
    reveal log entry raises :class:`RevealNotLoggedError`): its
    commitment recomputes from the record and nonce, its leaf is at its index in the current
    signed checkpoint, and the checkpoint it was given then is consistent with the current one.
    Returns how many were checked; raises :class:`RevealLogForkError` naming the first missing."""
    current = log.current()
    checked = 0
    for seq, detail in events:
        held = _held(detail)
        if held is None:
            raise RevealNotLoggedError(seq)
        nonce = base64.b64decode(held.nonce)
        if commitment(nonce, record_of(detail)) != held.commitment:
            raise RevealLogForkError(held.index, "the custody event does not match its commitment")
        try:
            then = tlog.open_checkpoint(held.checkpoint, log.origin, log.public_key)
        except tlog.TlogError as exc:
            raise RevealLogForkError(held.index, "the checkpoint kept with the event does not verify") from exc
        if held.index >= current.size or held.index >= then.size:
            raise RevealLogForkError(held.index, "the entry is no longer in the log")
        if log.texts[held.index] != leaf_text(held.commitment):
            raise RevealLogForkError(held.index, "the entry in the log is not this event's")
        try:
            tlog.verify_inclusion(log.hashes[held.index], held.index, current.size,
                                  tlog.inclusion_proof(log.hashes, held.index), current.root)
            if then.size < current.size:
                tlog.verify_consistency(then.size, current.size, then.root, current.root,
                                        tlog.consistency_proof(log.hashes, then.size))
            elif then.root != current.root or then.size != current.size:
                raise tlog.ProofError("the log shrank")
        except tlog.TlogError as exc:
            raise RevealLogForkError(held.index, "the log is not consistent with the checkpoint kept") from exc
        checked += 1
    return checked


# -- Anchoring the reveal log in the public receipt log (SPEC 2.13 "Anchoring") -----------------

ANCHOR_HEADER = "intake-reveal-anchor/v1"
_ANCHOR = re.compile(ANCHOR_HEADER + r"\norigin (\S+)\nsize (0|[1-9][0-9]{0,18})\nroot ([A-Za-z0-9+/]{43}=)\n")


class RevealLogRewrittenError(RevealLogError):
    """The receipt log anchors a reveal log head that the current reveal log does not extend (a
    reveal log rewritten or cut, even with a fresh signed checkpoint): ``index`` is the anchor's
    entry in the receipt log, ``size`` the anchored reveal log size."""

    def __init__(self, index: int, size: int) -> None:
        super().__init__(f"receipt log entry {index} anchors a reveal log of {size} entries that the "
                         "current reveal log does not extend")
        self.index = index
        self.size = size


class CopyDivergedError(RevealLogError):
    """An offline copy's reveal log does not extend the archive's (another step was logged here
    since the copy was made, or the copy is not of this archive)."""


@dataclass(frozen=True)
class Anchor:
    index: int  # in the receipt log
    size: int
    root: bytes


def anchor_text(log_origin: str, size: int, root: bytes) -> str:
    return f"{ANCHOR_HEADER}\norigin {log_origin}\nsize {size}\nroot {base64.b64encode(root).decode()}\n"


def anchors_in(receipt_texts: Iterable[str], log_origin: str) -> list[Anchor]:
    """The reveal anchors among the receipt log's leaves (other archives' origins ignored)."""
    out = []
    for i, text in enumerate(receipt_texts):
        m = _ANCHOR.fullmatch(text)
        if m and m.group(1) == log_origin:
            out.append(Anchor(i, int(m.group(2)), base64.b64decode(m.group(3))))
    return out


def check_anchors(log: RevealLog, receipt_texts: Iterable[str]) -> list[Anchor]:
    """Every reveal log head the receipt log anchors must be a prefix of ``log``'s entries (a log
    only appended to); raises :class:`RevealLogRewrittenError` naming the first that is not.
    Returns the anchors (the last one is the newest anchored head)."""
    anchors = anchors_in(receipt_texts, log.origin)
    for a in anchors:
        if a.size > len(log.hashes) or tlog.root_hash(log.hashes[: a.size]) != a.root:
            raise RevealLogRewrittenError(a.index, a.size)
    return anchors


def pending_anchor(log: RevealLog, receipt_texts: Iterable[str]) -> str | None:
    """The anchor leaf the receipt log still needs for ``log``'s verified checkpoint, or ``None``
    when its head is already anchored (or the log is empty). Raises like :func:`check_anchors`
    (a rewritten log is never anchored) and :meth:`RevealLog.current`."""
    cp = log.current()
    anchors = check_anchors(log, receipt_texts)
    if cp.size == 0 or (anchors and anchors[-1].size == cp.size):
        return None
    return anchor_text(log.origin, cp.size, cp.root)


def import_copy(archive: Path, copy: Path, public_key: bytes) -> int:
    """Take the reveal log of an offline copy of the archive folder (where a custodian released
    a share or a requester revealed, away from the receiver) into ``archive``: the copy's signed
    checkpoint must verify and its entries must extend the archive's (else
    :class:`CopyDivergedError`, nothing changed). The receiver anchors the new head the next time
    it looks (at start, every minute, at each request for the reveal log). Returns how many
    entries were new."""
    mine = RevealLog(archive, None, public_key)
    theirs = RevealLog(copy, None, public_key)
    theirs.current()
    if (mine.dir / "checkpoint").exists():
        mine.current()
    n = len(mine.hashes)
    if len(theirs.hashes) < n or theirs.hashes[:n] != mine.hashes:
        raise CopyDivergedError("the copy's reveal log does not extend this archive's")
    if len(theirs.hashes) == n:
        return 0
    with _LOCK:
        mine.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(mine.dir / "entries", os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            mine._load()
            if mine.hashes != theirs.hashes[:n]:
                raise CopyDivergedError("the archive's reveal log changed while importing")
            kept = sum(len(base64.b64encode(t.encode("utf-8"))) + 1 for t in mine.texts)
            os.ftruncate(fd, kept)
            os.write(fd, b"".join(base64.b64encode(t.encode("utf-8")) + b"\n" for t in theirs.texts[n:]))
            os.fsync(fd)
            paths.write_private(mine.dir / "checkpoint", (theirs.dir / "checkpoint").read_bytes())
        finally:
            os.close(fd)
    return len(theirs.hashes) - n


class Watcher:
    """The receiver's read-only view of ``ARCHIVE/reveal-log``: reloaded when its files change,
    served as is, and anchored in the receipt log by :meth:`anchor`."""

    def __init__(self, archive: Path, public_key: bytes) -> None:
        self.archive = archive
        self.public_key = public_key
        self.origin = origin(public_key)
        self._stamp: tuple[int, ...] | None = None
        self._log: RevealLog | None = None
        self.note = ""  # the signed checkpoint of the loaded log (read with it, verified)
        self.lock = threading.RLock()  # held by readers that need the log and its note together

    def _files_stamp(self) -> tuple[int, ...]:
        out: list[int] = []
        for name in ("entries", "checkpoint"):
            try:
                st = os.stat(self.archive / LOG_DIR / name)
                out += [st.st_mtime_ns, st.st_size, st.st_ino]
            except FileNotFoundError:
                out += [0, 0, 0]
        return tuple(out)

    def log(self) -> RevealLog | None:
        """The reveal log as on disk, its checkpoint verified; ``None`` when none was ever written.
        Raises :class:`RevealLogError` when the files do not verify."""
        with self.lock:
            stamp = self._files_stamp()
            if stamp != self._stamp:
                self._log, self.note = None, ""
                if (self.archive / LOG_DIR / "checkpoint").exists():
                    log = RevealLog(self.archive, None, self.public_key)
                    note = (log.dir / "checkpoint").read_text(encoding="utf-8")
                    log.signed_prefix()  # an append between its leaf and its checkpoint: served up to the latter
                    if (log.dir / "checkpoint").read_text(encoding="utf-8") != note:
                        raise RevealLogError("the reveal log changed while it was read")
                    self._log, self.note = log, note
                self._stamp = stamp
            return self._log

    def anchor(self, receipt_texts: Callable[[], list[str]], append: Callable[[str], int]) -> int | None:
        """Append the anchor of the current head to the receipt log if it is not there yet;
        return its index in the receipt log, or ``None``. A reveal log that does not verify or
        does not extend the last anchored head is not anchored (raises)."""
        log = self.log()
        if log is None:
            return None
        with self.lock:
            text = pending_anchor(log, receipt_texts())
            return None if text is None else append(text)
