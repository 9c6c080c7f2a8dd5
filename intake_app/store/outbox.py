# SPDX-License-Identifier: GPL-3.0-or-later
"""Finalising testimonies into sealed bundles, the outbox, receipts and local destruction.

``finalize`` hands the bundle service (``intake_app.bundle_service.seal_testimony``) payload
sources that open decrypting blob readers, and writes the sealed ``.tib`` straight into a new
blob: the bundle is already ciphertext for the archive, and keeping it inside the store's own
encryption also hides how many bundles wait and how large they are. ``export`` copies a bundle's
bytes out (that is ciphertext; it is what the transport uploads and what ``age``/``tar`` open).

``record_receipt`` must only be called with a receipt the caller has verified against the
profile's ``receipt_public_key`` (the transport does). With ``delete_local`` (the profile's
``delete_after_receipt``) the testimony, its answers, blobs and the bundle copy are destroyed:
their keys are deleted from the database (``secure_delete`` overwrites them) and the files
removed; the receipt code and bundle id stay so the interviewer can still show them.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from intake_app.store import _secretstream as ss
from intake_app.store.errors import InvalidStateError, RecordNotFoundError
from intake_app.store.records import Payload, _BlobStream, new_id

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

    @property
    def status(self) -> str:
        return self.state


class OutboxMixin:
    """Outbox operations of :class:`intake_app.store.Store`."""

    _write: Any
    _query: Any
    new_blob_writer: Any
    finish_blob: Any
    delete_blob: Any
    open_blob: Any
    answers: Any
    payloads: Any
    testimony: Any
    sealed_identity: Any
    _drop_blob: Any
    setting: Any
    device_key: Any
    home: Path

    def _payload_sources(self, testimony_id: str) -> list[Any]:
        from intake_app.bundle_service import PayloadSource

        sources = []
        counts: dict[str, int] = {}
        for p in self.payloads(testimony_id, include_originals=True):
            counts[p.kind] = counts.get(p.kind, 0) + 1
            name = f"{p.kind}-{counts[p.kind]:03d}{'-original' if p.original else ''}{_extension(p.media_type)}"
            sources.append(
                PayloadSource(
                    name=name,
                    open=_opener(self, p),
                    size=p.size,
                    media_type=p.media_type,
                    kind=p.kind,
                    original=p.original,
                )
            )
        return sources

    def finalize(
        self,
        testimony_id: str,
        profile: Any,
        device_key: Any = None,
        *,
        interviewer_role: str = "interviewer",
    ) -> OutboxEntry:
        """Seal the latest version into a bundle in the outbox; the testimony becomes 'final'.

        ``device_key`` defaults to the device signing key loaded when the store was unlocked.
        """
        from intake_app.bundle_service import seal_testimony
        from intake_app.store.store import now

        if device_key is None:
            device_key = self.device_key()
        summary = self.testimony(testimony_id)
        if summary.status != "draft":
            raise InvalidStateError(testimony_id, summary.status, "draft")
        answers = self.answers(testimony_id)
        writer = self.new_blob_writer()
        try:
            stream = _HashingStream(_BlobStream(writer))
            result = seal_testimony(
                profile,
                summary.form_id,
                summary.form_version,
                answers,
                self._payload_sources(testimony_id),
                device_key,
                stream,
                interviewer_role=interviewer_role,
                captured_at=_dt.datetime.fromisoformat(summary.created_at),
                **_identity_kwargs(seal_testimony, self.sealed_identity(testimony_id)),
            )
            ref = writer.close()
        except BaseException:
            writer.abort()
            self._drop_blob(writer.name)
            raise
        digest = stream.hexdigest()
        entry_id = new_id()
        bundle_id = str(getattr(result, "bundle_id", "")) or entry_id
        with self._write() as conn:
            self.finish_blob(ref, conn)
            conn.execute(
                "INSERT INTO outbox (id, testimony_id, bundle_id, blob_id, sha256, size, state, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)",
                (entry_id, testimony_id, bundle_id, ref.name, digest, ref.size, now()),
            )
            conn.execute(
                "UPDATE testimonies SET status = 'final', updated_at = ? WHERE id = ?", (now(), testimony_id)
            )
        return self.outbox_entry(entry_id)

    def outbox(self) -> list[OutboxEntry]:
        rows = self._query(
            "SELECT o.id, o.testimony_id, o.bundle_id, o.sha256, o.size, o.state, o.created_at,"
            " (SELECT code FROM receipts r WHERE r.outbox_id = o.id LIMIT 1) FROM outbox o ORDER BY o.created_at"
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
        blob = self._query("SELECT blob_id FROM outbox WHERE id = ?", (entry.id,))
        if not blob or blob[0][0] is None:
            raise RecordNotFoundError("bundle", entry_id)
        return self.open_blob(blob[0][0])  # type: ignore[no-any-return]

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
            import os

            os.fsync(dst.fileno())
        if digest.hexdigest() != entry.sha256:
            tmp.unlink()
            from intake_app.store.errors import BlobCorruptError

            raise BlobCorruptError(entry.id, -1)
        tmp.replace(out)
        return entry

    def mark_sent(self, entry_id: str) -> None:
        from intake_app.store.store import now

        entry = self.outbox_entry(entry_id)
        with self._write() as conn:
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
        from intake_app.store.store import now

        if receipt is None:
            receipt, code = code, None
        entry = self.outbox_entry(entry_id)
        raw, code = _receipt_bytes(receipt, code)
        if delete_local is None:
            delete_local = self.setting("delete_after_receipt") == "1"
        with self._write() as conn:
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
        return [tuple(r) for r in self._query("SELECT bundle_id, code, verified_at FROM receipts ORDER BY verified_at")]

    def outbox_path(self, entry_id: str) -> Path:
        """A file holding the sealed bundle, for uploading (``INTAKE_HOME/outbox/<bundle id>.tib``).

        The bundle is ciphertext for the archive; the file is removed when its receipt is
        recorded and by the panic wipe.
        """
        entry = self.outbox_entry(entry_id)
        directory = self.home / OUTBOX_DIR
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = directory / f"{entry.bundle_id}.tib"
        if not path.exists():
            self.export_bundle(entry.id, path)
        return path

    def _remove_outbox_file(self, entry: OutboxEntry) -> None:
        (self.home / OUTBOX_DIR / f"{entry.bundle_id}.tib").unlink(missing_ok=True)

    def _destroy_after_receipt(self, entry: OutboxEntry) -> None:
        with self._write() as conn:
            blob = conn.execute("SELECT blob_id FROM outbox WHERE id = ?", (entry.id,)).fetchone()
            if entry.testimony_id:
                self._destroy_testimony(conn, entry.testimony_id)
            if blob:
                conn.execute("UPDATE outbox SET state = 'destroyed' WHERE id = ?", (entry.id,))
                self.delete_blob(conn, blob[0])

    def destroy_testimony(self, testimony_id: str) -> None:
        """Delete a testimony and everything stored with it (keys first, then files)."""
        with self._write() as conn:
            self._destroy_testimony(conn, testimony_id)

    def _destroy_testimony(self, conn: Any, testimony_id: str) -> None:
        blobs = [
            r[0]
            for r in conn.execute(
                "SELECT blob_id FROM recordings WHERE testimony_id = ? UNION ALL"
                " SELECT content_blob_id FROM attachments WHERE testimony_id = ? UNION ALL"
                " SELECT original_blob_id FROM attachments WHERE testimony_id = ? AND original_blob_id IS NOT NULL",
                (testimony_id, testimony_id, testimony_id),
            ).fetchall()
        ]
        for table in ("recordings", "attachments", "notes", "answer_versions"):
            conn.execute(f"DELETE FROM {table} WHERE testimony_id = ?", (testimony_id,))
        conn.execute("UPDATE outbox SET testimony_id = NULL WHERE testimony_id = ?", (testimony_id,))
        conn.execute("DELETE FROM testimonies WHERE id = ?", (testimony_id,))
        for blob_id in blobs:
            self.delete_blob(conn, blob_id)


class _HashingStream:
    """Passes writes through and keeps their SHA-256 (the .tib's fixity value)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._hash = hashlib.sha256()

    def write(self, data: Any) -> int:
        self._hash.update(data)
        return int(self._inner.write(data))

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return int(self._inner.tell())

    def flush(self) -> None:
        pass

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


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
            import dataclasses
            import json

            if dataclasses.is_dataclass(receipt) and not isinstance(receipt, type):
                raw = json.dumps(dataclasses.asdict(receipt), default=str, sort_keys=True).encode()
            else:
                raw = str(receipt).encode()
        code = code or str(getattr(receipt, "code", "") or getattr(receipt, "receipt_code", ""))
    return raw, code or ""


def _opener(store: Any, payload: Payload) -> Callable[[], BinaryIO]:
    def open_() -> BinaryIO:
        return store.open_blob(payload.blob_id)  # type: ignore[no-any-return]

    return open_


def _identity_kwargs(seal: Any, sealed: bytes | None) -> dict[str, Any]:
    """Pass the identity section sealed on save, if the bundle service takes it."""
    import inspect

    if sealed is None:
        return {}
    params = inspect.signature(seal).parameters
    for name in ("sealed_identity", "identity_sealed"):
        if name in params:
            return {name: sealed}
    return {}


_EXT = {
    "audio/flac": ".flac",
    "audio/ogg": ".opus",
    "audio/opus": ".opus",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}


def _extension(media_type: str) -> str:
    return _EXT.get(media_type, ".bin")


_ = ss  # keep the import for type checkers of subclasses
