# SPDX-License-Identifier: GPL-3.0-or-later
"""The transport's memory inside the encrypted store (``intake_app.transport.state.TransportState``).

An interrupted upload's resume state and the largest checkpoint seen of each archive's receipt
log are kept in the ``settings`` table (SQLCipher), under ``transport.upload.<sha256>`` and
``transport.checkpoint.<log origin>``: readable only while the store is unlocked, removed with
the store by every wipe. Receipts themselves are kept with their outbox entry (``outbox``).

At unlock, :meth:`adopt_plaintext_transport_files` moves what earlier versions left in plaintext
into the store and deletes the files (security review F2, F9): ``INTAKE_HOME/receipts/*.json``
(a receipt whose bundle is in the outbox becomes that entry's receipt; any other is kept as a
``transport.receipt.<sha256>`` setting; every checkpoint is offered as the log's checkpoint) and
``INTAKE_HOME/transport/uploads/*.json`` (resume state).
"""

from __future__ import annotations

import contextlib
import json
import shutil
from typing import TYPE_CHECKING, Any

from intake_app.store.db import now
from intake_app.store.records import new_id
from intake_app.store.settings import Settings

if TYPE_CHECKING:
    from intake_app.store.store import StoreCore

UPLOAD_PREFIX = "transport.upload."
CHECKPOINT_PREFIX = "transport.checkpoint."
RECEIPT_PREFIX = "transport.receipt."
PLAINTEXT_RECEIPTS = "receipts"
PLAINTEXT_UPLOADS = ("transport", "uploads")


class StoredTransportState:
    """:class:`~intake_app.transport.state.TransportState` inside the store: ``store.transport_state``
    (the ``Store`` answers the same calls). Kept in ``store.settings``."""

    def __init__(self, core: StoreCore, settings: Settings) -> None:
        self._core = core
        self._settings = settings

    def upload_state(self, bundle_sha256: str) -> dict[str, Any] | None:
        raw = self._settings.setting(UPLOAD_PREFIX + bundle_sha256)
        if not raw:
            return None
        try:
            state = json.loads(raw)
        except ValueError:
            return None
        return state if isinstance(state, dict) else None

    def save_upload_state(self, bundle_sha256: str, state: dict[str, Any] | None) -> None:
        self._settings.set_setting(UPLOAD_PREFIX + bundle_sha256, None if state is None else json.dumps(state, sort_keys=True))

    def log_checkpoint(self, origin: str) -> str | None:
        value = self._settings.setting(CHECKPOINT_PREFIX + origin)
        return str(value) if value else None

    def save_log_checkpoint(self, origin: str, note: str) -> None:
        self._settings.set_setting(CHECKPOINT_PREFIX + origin, note)

    def kept_receipts(self) -> dict[str, str]:
        """Receipts adopted from plaintext files whose bundle is not in the outbox: {sha256: receipt JSON}."""
        rows = self._core._query("SELECT k, v FROM settings WHERE k LIKE ?", (RECEIPT_PREFIX + "%",))
        return {str(k)[len(RECEIPT_PREFIX):]: str(v) for k, v in rows}

    def keep_receipt(self, bundle_sha256: str, kept: str) -> None:
        """Keep a verified receipt (JSON: code, receipt, checkpoint, inclusion proof, salt) for a
        bundle sent from outside the outbox (``intake submit --store``), inside the store only."""
        self._settings.set_setting(RECEIPT_PREFIX + bundle_sha256, kept)

    def receipt_for(self, bundle_sha256: str) -> str | None:
        """The kept receipt JSON of the bundle with this SHA-256 (outbox or kept), or None."""
        rows = self._core._query("SELECT r.code, r.receipt FROM receipts r JOIN outbox o ON o.id = r.outbox_id"
                           " WHERE o.sha256 = ? ORDER BY r.verified_at DESC LIMIT 1", (bundle_sha256,))
        if rows:
            code, raw = rows[0]
            data = json.loads(bytes(raw) if isinstance(raw, (bytes, bytearray, memoryview)) else str(raw))
            return json.dumps({"code": str(code), **data}) if isinstance(data, dict) else None
        return self.kept_receipts().get(bundle_sha256)

    # -- migration of plaintext left by earlier versions ----------------------------------------
    def adopt_plaintext_transport_files(self) -> int:
        """Move plaintext receipts and upload state into the store, then delete the files.

        Returns how many files were adopted. A file that cannot be parsed is deleted too: it is
        plaintext on disk either way and nothing in it can be trusted.
        """
        adopted = 0
        receipts_dir = self._core.home / PLAINTEXT_RECEIPTS
        for path in sorted(receipts_dir.glob("*.json")) if receipts_dir.is_dir() else []:
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                self._adopt_receipt(path.stem, path.read_text(encoding="utf-8"))
                adopted += 1
            path.unlink(missing_ok=True)
        uploads_dir = self._core.home.joinpath(*PLAINTEXT_UPLOADS)
        for path in sorted(uploads_dir.glob("*.json")) if uploads_dir.is_dir() else []:
            with contextlib.suppress(OSError, ValueError, TypeError):
                state = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(state, dict) and len(path.stem) == 64:
                    self.save_upload_state(path.stem, state)
                    adopted += 1
            path.unlink(missing_ok=True)
        for directory in (receipts_dir, uploads_dir, uploads_dir.parent):
            if directory.is_dir() and not directory.is_symlink():
                shutil.rmtree(directory, ignore_errors=True)  # only .tmp leftovers remain by now
        return adopted

    def _adopt_receipt(self, sha256: str, text: str) -> None:
        data = json.loads(text)
        code = str(data["code"])
        checkpoint = str(data.get("checkpoint", ""))
        if checkpoint:
            self._offer_checkpoint(checkpoint)
        rows = self._core._query(
            "SELECT o.id FROM outbox o WHERE o.sha256 = ? AND NOT EXISTS"
            " (SELECT 1 FROM receipts r WHERE r.outbox_id = o.id)", (sha256,))
        if rows:
            raw = json.dumps({k: v for k, v in data.items() if k != "code"}, sort_keys=True).encode()
            with self._core._write() as conn:
                conn.execute(
                    "INSERT INTO receipts (id, outbox_id, bundle_id, code, receipt, verified_at)"
                    " SELECT ?, id, bundle_id, ?, ?, ? FROM outbox WHERE id = ?",
                    (new_id(), code, raw, now(), rows[0][0]))
                conn.execute("UPDATE outbox SET state = 'receipted' WHERE id = ?", (rows[0][0],))
        elif not self._core._query("SELECT 1 FROM outbox WHERE sha256 = ?", (sha256,)):
            self._settings.set_setting(RECEIPT_PREFIX + sha256, text)

    def _offer_checkpoint(self, note: str) -> None:
        """Keep ``note`` as its log's checkpoint if it is larger than the one kept (by its size line).

        The note's signature is checked again, against the profile's key, whenever the transport
        reads it (``client.known_checkpoint``); one that fails is ignored there.
        """
        lines = note.split("\n")
        if len(lines) < 3 or not lines[1].isdigit():
            return
        origin, size = lines[0], int(lines[1])
        kept = self.log_checkpoint(origin)
        kept_lines = kept.split("\n") if kept else []
        if len(kept_lines) >= 2 and kept_lines[1].isdigit() and int(kept_lines[1]) >= size:
            return
        self.save_log_checkpoint(origin, note)
