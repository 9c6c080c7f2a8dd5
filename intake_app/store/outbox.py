# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox (sealed bundles), receipts and local destruction.

Sealing itself is not done here (``intake_app.sealing.finalize`` orchestrates the form engine and the
bundle service); :meth:`~Outbox.seal_into_outbox` keeps what it seals: the bundle is written
straight into a new blob: it is already ciphertext for the archive, and keeping it inside
the store's own encryption also hides how many bundles wait and how large they are. ``export`` copies a bundle's
bytes out (that is ciphertext; it is what the transport uploads and what ``age``/``tar`` open).

``record_receipt`` must only be called with a receipt the caller has verified against the
profile's ``receipt_public_key`` (the transport does). With ``delete_local`` (the profile's
``delete_after_receipt``) the testimony, its answers, blobs and the bundle copy are destroyed:
their keys are deleted from the database (``secure_delete`` overwrites them) and the files
removed; the receipt code and bundle id stay so the interviewer can still show them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from intake_app.store.db import now
from intake_app.store.errors import BlobCorruptError, RecordNotFoundError
from intake_app.store.records import Records, new_id
from intake_app.store.settings import THRESHOLD_SETTING, Settings

if TYPE_CHECKING:
    from intake_app.store.store import StoreCore

OUTBOX_DIR = "outbox"


@dataclass(frozen=True)
class OutboxEntry:
    id: str
    testimony_id: str | None
    bundle_id: str
    sha256: str
    size: int
    state: str
    created_at: str
    receipt_code: str | None = None
    number: int | None = None  # the testimony's number, kept after its local copy is destroyed
    receipt_at: str | None = None

    @property
    def status(self) -> str:
        return self.state


class Outbox:
    """Sealed bundles waiting for upload, their receipts, and destruction after a receipt:
    ``store.bundles``. The profile's policy through ``store.settings``, editability through
    ``store.records``."""

    def __init__(self, core: StoreCore, records: Records, settings: Settings) -> None:
        self._core = core
        self._records = records
        self._settings = settings

    def outbox_directory(self) -> Path:
        """``INTAKE_HOME/outbox/`` (0700, made if missing): where :meth:`outbox_path` puts a copy
        of a sealed bundle (ciphertext) for uploading."""
        directory = self._core.home / OUTBOX_DIR
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        return directory

    def seal_into_outbox(
        self, testimony_id: str, seal: Callable[[BinaryIO], tuple[str, str]], *, number: int | None
    ) -> OutboxEntry:
        """Keep a bundle sealed straight into a new blob (issue 24): ``seal`` writes the bundle to
        the stream it is given and returns ``(bundle_id, sha256)`` of exactly the bytes it wrote.
        No file outside the store and no second copy: the bytes go from the bundle service into the
        blob's encryption. The chunks are written without an fsync each; the blob is fsynced once
        when complete, before the outbox entry and the status 'final' are committed in one
        transaction (a bundle is worth nothing until it is whole; a crash before the commit leaves
        the testimony a draft, and the blob is recovered and purged like any unreferenced blob).
        The hash is not read back: the bytes hashed are the bytes handed to the blob writer in this
        process, and each chunk's authenticator checks them at every later read (export and upload
        check the SHA-256 again). On any failure the blob is discarded and nothing is recorded."""
        from intake_app.store.records import _BlobStream

        # No kept hash: ``seal`` returns the bundle's SHA-256, computed as it wrote the bytes.
        writer = self._core.new_blob_writer(fsync_each_chunk=False, keep_sha256=False)
        try:
            bundle_id, sha256 = seal(cast(BinaryIO, _BlobStream(writer)))
            ref = writer.close()
            entry_id = new_id()
            with self._core._write() as conn:
                self._core.finish_blob(ref, conn)
                conn.execute(
                    "INSERT INTO outbox (id, testimony_id, bundle_id, blob_id, sha256, size, state, created_at, number)"
                    " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                    (entry_id, testimony_id, bundle_id, ref.name, sha256, ref.size, now(), number),
                )
                conn.execute(
                    "UPDATE testimonies SET status = 'final', updated_at = ? WHERE id = ?", (now(), testimony_id)
                )
        except BaseException:
            writer.abort()
            self._core.discard_blob(writer.name)
            raise
        return self.outbox_entry(entry_id)

    def outbox(self) -> list[OutboxEntry]:
        rows = self._core._query(
            "SELECT o.id, o.testimony_id, o.bundle_id, o.sha256, o.size, o.state, o.created_at,"
            " (SELECT code FROM receipts r WHERE r.outbox_id = o.id LIMIT 1), o.number,"
            " (SELECT verified_at FROM receipts r WHERE r.outbox_id = o.id LIMIT 1)"
            " FROM outbox o ORDER BY o.created_at"
        )
        return [OutboxEntry(*r) for r in rows]

    def outbox_entry(self, entry_id: str) -> OutboxEntry:
        for entry in self.outbox():
            if entry.id == entry_id or entry.testimony_id == entry_id or entry.bundle_id == entry_id:
                return entry
        raise RecordNotFoundError("outbox entry", entry_id)

    def open_bundle_stream(self, entry_id: str) -> BinaryIO:
        """The sealed bundle's bytes (ciphertext for the archive), for upload or export."""
        entry = self.outbox_entry(entry_id)
        blob = self._core._query("SELECT blob_id FROM outbox WHERE id = ?", (entry.id,))
        if not blob or blob[0][0] is None:
            raise RecordNotFoundError("bundle", entry_id)
        return cast(BinaryIO, self._core.open_blob(blob[0][0]))  # a BlobReader: a read-only binary file

    def export_bundle(self, entry_id: str, out: Path) -> OutboxEntry:
        """Write the sealed bundle to ``out`` (atomically), checking its SHA-256 on the way."""
        entry = self.outbox_entry(entry_id)
        tmp = out.with_name(out.name + ".part")
        digest = hashlib.sha256()
        with self.open_bundle_stream(entry.id) as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 16):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if digest.hexdigest() != entry.sha256:
            tmp.unlink()
            raise BlobCorruptError(entry.id, -1)
        tmp.replace(out)
        return entry

    def mark_sent(self, entry_id: str) -> None:
        entry = self.outbox_entry(entry_id)
        with self._core._write() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                (now(), entry.id),
            )

    def record_receipt(
        self, entry_id: str, code: Any, receipt: Any = None, *, delete_local: bool | None = None
    ) -> None:
        """Keep a receipt the caller has already verified; then destroy local copies if asked.

        Called as ``record_receipt(entry, code, receipt_bytes)`` or with the transport's receipt
        object alone, ``record_receipt(entry, receipt)`` (its ``code`` and serialised form are
        kept). ``delete_local`` defaults to the remembered profile's ``delete_after_receipt``.
        """
        if receipt is None:
            receipt, code = code, None
        entry = self.outbox_entry(entry_id)
        raw, code = _receipt_bytes(receipt, code)
        if delete_local is None:
            delete_local = self._settings.setting("delete_after_receipt") == "1"
        with self._core._write() as conn:
            conn.execute(
                "INSERT INTO receipts (id, outbox_id, bundle_id, code, receipt, verified_at) VALUES (?, ?, ?, ?, ?, ?)",
                (new_id(), entry.id, entry.bundle_id, code, raw, now()),
            )
            conn.execute("UPDATE outbox SET state = 'receipted' WHERE id = ?", (entry.id,))
            if entry.testimony_id:
                conn.execute(
                    "UPDATE testimonies SET status = 'receipted' WHERE id = ?", (entry.testimony_id,)
                )
        self._remove_outbox_file(entry)
        if delete_local:
            self._destroy_after_receipt(entry)

    def receipts(self) -> list[tuple[str, str, str]]:
        """(bundle id, receipt code, when verified) for every receipt kept."""
        return [tuple(r) for r in self._core._query("SELECT bundle_id, code, verified_at FROM receipts ORDER BY verified_at")]

    def outbox_path(self, entry_id: str) -> Path:
        """A file holding the sealed bundle, for uploading (``INTAKE_HOME/outbox/<bundle id>.tib``).

        The bundle is ciphertext for the archive; the file is removed when its receipt is
        recorded and by the panic wipe.
        """
        entry = self.outbox_entry(entry_id)
        path = self.outbox_directory() / f"{entry.bundle_id}.tib"
        if not path.exists():
            self.export_bundle(entry.id, path)
        return path

    def _remove_outbox_file(self, entry: OutboxEntry) -> None:
        (self._core.home / OUTBOX_DIR / f"{entry.bundle_id}.tib").unlink(missing_ok=True)

    def _destroy_after_receipt(self, entry: OutboxEntry) -> None:
        with self._core._write() as conn:
            blob = conn.execute("SELECT blob_id FROM outbox WHERE id = ?", (entry.id,)).fetchone()
            if entry.testimony_id:
                self._destroy_testimony(conn, entry.testimony_id)
            if blob:
                conn.execute("UPDATE outbox SET state = 'destroyed' WHERE id = ?", (entry.id,))
                self._core.delete_blob(conn, blob[0])

    def destroy_testimony(self, testimony_id: str) -> None:
        """Delete a testimony and everything stored with it (keys first, then files)."""
        with self._core._write() as conn:
            self._destroy_testimony(conn, testimony_id)

    def delete_draft(self, testimony_id: str) -> None:
        """Delete a draft and everything stored with it: answers, recordings, attachments and
        notes, with their keys (``secure_delete`` overwrites them) and blob files. Only drafts:
        a finalised interview is a sealed bundle on its way to the archive."""
        self._records.check_editable(testimony_id)
        self.destroy_testimony(testimony_id)

    def _destroy_testimony(self, conn: Any, testimony_id: str) -> None:
        blobs = [
            r[0]
            for r in conn.execute(
                "SELECT blob_id FROM recordings WHERE testimony_id = ? UNION ALL"
                # Journals hold marker labels (the interviewer's words): they go with the testimony.
                " SELECT journal_blob_id FROM recordings WHERE testimony_id = ? AND journal_blob_id IS NOT NULL"
                " UNION ALL SELECT content_blob_id FROM attachments WHERE testimony_id = ? UNION ALL"
                " SELECT original_blob_id FROM attachments WHERE testimony_id = ? AND original_blob_id IS NOT NULL"
                " UNION ALL SELECT original_blob_id FROM recordings WHERE testimony_id = ?"
                " AND original_blob_id IS NOT NULL",
                (testimony_id, testimony_id, testimony_id, testimony_id, testimony_id),
            ).fetchall()
        ]
        for statement in ("DELETE FROM recordings WHERE testimony_id = ?", "DELETE FROM attachments WHERE testimony_id = ?",
                          "DELETE FROM notes WHERE testimony_id = ?", "DELETE FROM answer_versions WHERE testimony_id = ?"):
            conn.execute(statement, (testimony_id,))
        conn.execute("UPDATE outbox SET testimony_id = NULL WHERE testimony_id = ?", (testimony_id,))
        conn.execute("DELETE FROM testimonies WHERE id = ?", (testimony_id,))
        conn.execute("DELETE FROM settings WHERE k = ?", (THRESHOLD_SETTING + testimony_id,))
        for blob_id in blobs:
            self._core.delete_blob(conn, blob_id)


def _receipt_bytes(receipt: Any, code: str | None) -> tuple[bytes, str]:
    if isinstance(receipt, (bytes, bytearray)):
        raw = bytes(receipt)
    else:
        for name in ("to_bytes", "to_json", "encode"):
            method = getattr(receipt, name, None)
            if callable(method):
                value = method()
                raw = value.encode() if isinstance(value, str) else bytes(value)
                break
        else:
            if dataclasses.is_dataclass(receipt) and not isinstance(receipt, type):
                raw = json.dumps(dataclasses.asdict(receipt), default=str, sort_keys=True).encode()
            else:
                raw = str(receipt).encode()
        code = code or str(getattr(receipt, "code", "") or getattr(receipt, "receipt_code", ""))
    return raw, code or ""
