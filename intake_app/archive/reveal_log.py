# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's public reveal log (issue 23 item 3, SPEC 2.13 "Reveal log").

An append-only Merkle log (RFC 9162 hashing and proofs, C2SP checkpoints: :mod:`crypto.tlog`)
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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import nacl.signing

from crypto import tlog
from crypto._canonical import canonical
from intake_app import paths
from intake_app.errors import IntakeError

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
