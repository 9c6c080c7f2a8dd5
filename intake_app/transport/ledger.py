# SPDX-License-Identifier: GPL-3.0-or-later
"""The receiver's append-only receipt log (a Merkle tree in the C2SP/RFC 9162 formats of :mod:`intake_crypto.bundle.tlog`).

Layout under ``ARCHIVE/log/``: ``entries`` holds one receipt text per entry, each as a line of
base64 (append-only, fsynced before a receipt is handed out); ``checkpoint`` is the latest signed
checkpoint; ``openings`` (0600, never served but to staff) holds, per version 2 entry, what opens
its commitment: ``{"index", "sha256", "size", "salt"}`` as a JSON line, fsynced before the entry.
The log also holds **reveal anchors** (SPEC 2.13 "Anchoring the reveal log"): a typed leaf
``intake-reveal-anchor/v1`` naming the size and root of the archive's reveal log, appended by
the receiver (:meth:`ReceiptLog.append_anchor`) each time that log grew; they are not receipts
(``find``, ``entries`` and the staff listing skip them) and carry no bundle, salt or day.
Guarantees: an entry, once returned with a receipt, is never rewritten; every checkpoint covers
all entries before it, so a later checkpoint is consistent with an earlier one; a public entry
shows a salted commitment, the UTC day and its index, nothing else (security-review F2).
Never: holds anything about who submitted; answers whether a bundle is logged to anyone without
the salt.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import nacl.signing

from intake_app.home import paths
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog

_RECEIPT_PREFIX = "intake-receipt/"

if TYPE_CHECKING:
    from intake_app.transport.witness import Collector


def _append_line(path: Path, line: bytes) -> None:
    """Append ``line`` and a newline to ``path`` (created 0600) and fsync it before returning."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "ab") as f:
        f.write(line + b"\n")
        f.flush()
        os.fsync(f.fileno())


class ReceiptLog:
    def __init__(self, directory: Path, key: nacl.signing.SigningKey, witnesses: Collector | None = None) -> None:
        self.directory = directory
        # Witness cosignatures (SPEC 3.5): asked for once per new tree, appended to the checkpoint served.
        self._witnesses = witnesses
        self._cosigned: tuple[int, bytes, str, float] | None = None  # size, root, cosignature lines, when asked
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._key = key
        self._origin = receipts.log_origin(bytes(key.verify_key))
        self._entries_path = directory / "entries"
        self._lock = threading.Lock()
        self._openings_path = directory / "openings"
        self._texts: list[str] = []
        self._hashes: list[bytes] = []
        self._openings: dict[int, dict[str, object]] = {}
        if self._entries_path.exists():
            raw = self._entries_path.read_bytes()
            if raw and not raw.endswith(b"\n"):  # a torn last line from a crash: it was never acknowledged
                raw = raw[: raw.rfind(b"\n") + 1]
                self._entries_path.write_bytes(raw)
            for line in raw.splitlines():
                text = base64.b64decode(line).decode("utf-8")
                self._texts.append(text)
                self._hashes.append(tlog.leaf_hash(text.encode("utf-8")))
        if self._openings_path.exists():
            for line in self._openings_path.read_bytes().splitlines():
                try:
                    opening = json.loads(line)
                except ValueError:
                    continue  # a torn last line: its entry was never written
                if isinstance(opening, dict) and isinstance(opening.get("index"), int):
                    self._openings[int(opening["index"])] = opening

    @property
    def origin(self) -> str:
        return self._origin

    def __len__(self) -> int:
        return len(self._texts)

    def append(self, bundle_sha256: str, size: int, salt: str) -> int:
        """Log a new version 2 receipt committing to this bundle with ``salt`` (fsynced); return its index."""
        with self._lock:
            index = len(self._texts)
            receipt = receipts.Receipt(receipts.commitment(salt, bundle_sha256, size), receipts.utc_today(), index)
            opening = {"index": index, "sha256": bundle_sha256, "size": size, "salt": salt}
            _append_line(self._openings_path, json.dumps(opening, sort_keys=True).encode())
            self._append_leaf_locked(receipt.text())
            self._openings[index] = opening
            return index

    def append_anchor(self, text: str) -> int:
        """Log a non-receipt leaf (a reveal anchor, already formatted and checked by the caller);
        fsynced before this returns; return its index."""
        if text.startswith(_RECEIPT_PREFIX):
            raise ValueError("an anchor is not a receipt")
        with self._lock:
            self._append_leaf_locked(text)
            self._checkpoint_locked()  # the published checkpoint covers the anchor at once
            return len(self._texts) - 1

    def _append_leaf_locked(self, text: str) -> None:
        """Write one leaf to the entries file (fsynced) and to the in-memory tree; the lock is held."""
        _append_line(self._entries_path, base64.b64encode(text.encode("utf-8")))
        self._texts.append(text)
        self._hashes.append(tlog.leaf_hash(text.encode("utf-8")))

    def texts(self) -> list[str]:
        """Every leaf text, receipts and anchors, in log order."""
        with self._lock:
            return list(self._texts)

    def find(self, bundle_sha256: str, size: int, salt: str) -> int | None:
        """The entry committing to this bundle with this salt (a client asking again), else ``None``.
        Another salt finds nothing: a stored bundle sent again gets a new entry, as any bundle."""
        wanted = receipts.commitment(salt, bundle_sha256, size)
        with self._lock:
            for i, text in enumerate(self._texts):
                if text.startswith(_RECEIPT_PREFIX) and receipts.Receipt.parse(text).commitment == wanted:
                    return i
        return None

    def opening(self, index: int) -> dict[str, object] | None:
        """What opens entry ``index`` (staff only): hash, size, salt; a version 1 entry names them itself."""
        with self._lock:
            if index in self._openings:
                return dict(self._openings[index])
            receipt = receipts.Receipt.parse(self._texts[index])
        if receipt.commitment is None:
            return {"index": index, "sha256": receipt.bundle_sha256, "size": receipt.size, "salt": None}
        return None

    def proof_for(self, index: int) -> receipts.SubmissionProof:
        with self._lock:
            return self._proof_locked(index)

    def _proof_locked(self, index: int) -> receipts.SubmissionProof:
        receipt = receipts.Receipt.parse(self._texts[index])
        checkpoint_note = self._checkpoint_locked()
        path = tlog.inclusion_proof(self._hashes, index)
        return receipts.SubmissionProof(
            receipts.sign_receipt(receipt, self._key),
            checkpoint_note,
            tuple(base64.b64encode(h).decode() for h in path),
        )

    def _checkpoint_locked(self) -> str:
        checkpoint = tlog.Checkpoint(self._origin, len(self._hashes), tlog.root_hash(self._hashes))
        note = tlog.sign_checkpoint(checkpoint, self._key)
        if self._witnesses is not None:  # the empty tree too: a client checks it before its first bundle
            cached = self._cosigned
            # Asked once per new tree; a witness that did not answer is asked again after a minute.
            if (cached is None or cached[:2] != (checkpoint.size, checkpoint.root)
                    or (cached[2].count("\n") < len(self._witnesses.witnesses) and time.monotonic() - cached[3] > 60)):
                hashes = list(self._hashes)
                lines = self._witnesses.cosign(note, checkpoint, lambda old: tlog.consistency_proof(hashes, old))
                cached = (checkpoint.size, checkpoint.root, lines, time.monotonic())
                self._cosigned = cached
            note += cached[2]
        paths.write_private(self.directory / "checkpoint", note.encode("utf-8"))
        return note

    def checkpoint(self) -> str:
        with self._lock:
            return self._checkpoint_locked()

    def consistency(self, old_size: int, new_size: int) -> list[str]:
        with self._lock:
            if not 0 < old_size <= new_size <= len(self._hashes):
                raise ValueError("sizes outside the log")
            path = tlog.consistency_proof(self._hashes[:new_size], old_size)
        return [base64.b64encode(h).decode() for h in path]

    def entries(self) -> list[receipts.Receipt]:
        with self._lock:
            return [receipts.Receipt.parse(t) for t in self._texts if t.startswith(_RECEIPT_PREFIX)]

    def leaf_proof(self, index: int) -> dict[str, object]:
        """Any entry (receipt or anchor) as ``{"entry", "checkpoint", "inclusion_proof"}``."""
        with self._lock:
            note = self._checkpoint_locked()
            path = tlog.inclusion_proof(self._hashes, index)
            return {"entry": self._texts[index], "checkpoint": note,
                    "inclusion_proof": [base64.b64encode(h).decode() for h in path]}

    def is_receipt(self, index: int) -> bool:
        with self._lock:
            return self._texts[index].startswith(_RECEIPT_PREFIX)
