# SPDX-License-Identifier: GPL-3.0-or-later
"""Chain of custody: an append-only, hash-chained, Ed25519-signed event log per bundle.

Each line of ``custody.log`` is a JSON record ``{"body": {...}, "hash": hex, "sig": b64}``.
The body holds the sequence number, the previous record's hash, the PREMIS-style event type,
UTC time, agent key id, outcome and detail. ``hash`` is SHA-256 of the canonical body; ``sig``
signs the body under the domain ``intake-custody-v1``. Guarantees: :func:`verify_log` detects an
edited, removed, reordered or inserted record and a record signed by an unexpected key; appends
are fsynced, and :func:`append` verifies the whole chain first and refuses to extend a broken one
(so nobody signs "success" on top of a falsified record). Which keys are expected is the archive's
signed custodian register (``intake_app.archive.custodians``): a chain that verifies but was
signed by keys of its own choosing is not the archive's history. Never: rewrites an existing
line, stores testimony content (only ids and hashes).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.text.errors import IntakeError
from intake_crypto import canonical
from intake_crypto.bundle import signing

DOMAIN = "intake-custody-v1"
LOG_NAME = "custody.log"
GENESIS = "0" * 64
# The event types the archive records (PREMIS eventType values, from the LoC vocabulary where one exists).
EVENT_TYPES: tuple[str, ...] = ("capture", "seal", "transfer", "receipt", "ingest", "decryption",
                                "fixity check", "export", "link", "validation",
                                "share release",  # a custodian's k-of-n share for one bundle (issue 23)
                                # two-key release of a public derivative (issue 18, R-SP-13)
                                "redaction", "dissemination",
                                "virus check")  # ClamAV over the files before they are bagged (issue 21)


# What an identity-side log names as its object (issue 18 item 1): the identity manifest's SHA-256,
# never the bundle id or the sealed file's hash. Its events are dated to the UTC day only: a time of
# day would match the content side's event of the same act (an opening, a link) to the second.
IDENTITY_OBJECT_PREFIX = "intake-identity:sha256:"


class CustodyError(IntakeError):
    """The custody log cannot be used (unknown event type, unreadable file)."""


class CustodyTamperedError(CustodyError):
    """The custody log does not verify: ``line`` is the first record (1-based) that fails."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"custody log fails at record {line}: {reason}")
        self.line = line
        self.reason = reason


class CustodyUntrustedSignerError(CustodyTamperedError):
    """Record ``line`` is intact but signed by ``agent`` (a key id), which is not one of the keys
    the archive registered: the log may have been re-signed end to end by anyone."""

    def __init__(self, line: int, agent: str) -> None:
        super().__init__(line, "signed by an untrusted key")
        self.agent = agent


@dataclass(frozen=True)
class Event:
    seq: int
    type: str
    at: str
    agent: str
    outcome: str
    object: str
    detail: dict[str, str]
    hash: str


def _digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def _records(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CustodyTamperedError(n, "not JSON") from exc
    return out


def log_path(directory: Path | str) -> Path:
    return Path(directory) / LOG_NAME


def append(directory: Path | str, key: nacl.signing.SigningKey, event_type: str, *, obj: str,
           outcome: str = "success", at: datetime | None = None, trusted_keys: Iterable[bytes] | None = None,
           **detail: str) -> Event:
    """Append one signed event; the chain continues from the last record.

    The existing log is verified first (with ``trusted_keys``, if given): a broken chain raises
    :class:`CustodyTamperedError` and nothing is appended (evidence review: ``fixity`` used to sign
    "success" on top of a falsified record)."""
    if event_type not in EVENT_TYPES:
        raise CustodyError(f"unknown event type {event_type!r}")
    if at is None and obj.startswith(IDENTITY_OBJECT_PREFIX):
        at = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        detail.setdefault("at_precision", "day")
    path = log_path(directory)
    verify_log(directory, trusted_keys)
    records = _records(path)
    prev = records[-1]["hash"] if records else GENESIS
    body = {
        "seq": len(records) + 1, "prev": prev, "type": event_type,
        "at": (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "agent": signing.key_id(bytes(key.verify_key)),
        "agent_key": signing.b64(bytes(key.verify_key)),
        "outcome": outcome, "object": obj, "detail": {k: str(v) for k, v in sorted(detail.items())},
    }
    record: dict[str, Any] = {"body": body, "hash": _digest(body), "sig": signing.b64(signing.sign(key, DOMAIN, body))}
    path.parent.mkdir(parents=True, exist_ok=True)
    # Append-only: O_APPEND and one write per record, fsynced before returning.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return _event(body, record["hash"])


def _event(body: dict[str, Any], digest: str) -> Event:
    return Event(body["seq"], body["type"], body["at"], body["agent"], body["outcome"], body["object"],
                 dict(body["detail"]), digest)


def verify_log(directory: Path | str, trusted_keys: Iterable[bytes] | None = None) -> list[Event]:
    """Every event, after checking sequence, chain, hashes and signatures (raises on the first fault).

    ``trusted_keys``: if given, each record must be signed by one of these Ed25519 public keys.
    """
    trusted = None if trusted_keys is None else {bytes(k) for k in trusted_keys}
    prev = GENESIS
    events = []
    for n, record in enumerate(_records(log_path(directory)), 1):
        try:
            body, digest = record["body"], record["hash"]
            public = signing.unb64(body["agent_key"], 32)
            sig = signing.unb64(record["sig"], 64)
        except (KeyError, TypeError, ValueError) as exc:
            raise CustodyTamperedError(n, "malformed record") from exc
        if body.get("seq") != n:
            raise CustodyTamperedError(n, "sequence broken")
        if body.get("prev") != prev:
            raise CustodyTamperedError(n, "chain broken")
        if _digest(body) != digest:
            raise CustodyTamperedError(n, "hash mismatch")
        if not signing.verify(public, DOMAIN, body, sig):
            raise CustodyTamperedError(n, "bad signature")
        if signing.key_id(public) != body.get("agent"):
            raise CustodyTamperedError(n, "agent does not match key")
        if trusted is not None and public not in trusted:
            raise CustodyUntrustedSignerError(n, str(body.get("agent")))
        events.append(_event(body, digest))
        prev = digest
    return events
