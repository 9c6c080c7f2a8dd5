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
from intake_app.store.records import THRESHOLD_SETTING, new_id

OUTBOX_DIR = "outbox"
SEALED_MEDIA_TYPE = "application/octet-stream"  # age ciphertext sealed to the identity recipients


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
    recordings: Any
    testimony: Any
    sealed_identity: Any
    discard_blob: Any
    setting: Any
    check_editable: Any
    device_key: Any
    home: Path

    def _payload_sources(self, testimony_id: str) -> list[Any]:
        """What goes into the bundle, as the bundle service's ``PayloadSource``s.

        Recordings and stripped attachment copies go to the content side (random names there).
        To the identity side go the attachment originals and the identity answer sections, both
        *as sealed on save* (age ciphertext to the identity recipients): the bundle encrypts
        them once more, so the identity custodian runs ``age -d`` twice. The store cannot hand
        over plaintext it is unable to read.
        """
        from intake_app.bundle_service import PayloadSource

        sources = []
        payloads = self.payloads(testimony_id, include_originals=True)
        originals = {p.id: p for p in payloads if p.original}
        audio = [p for p in payloads if p.kind == "audio" and not p.original]
        # A take that answers the consent form (verbal consent, ``field`` in its sealed
        # description) is sealed as ``consent-audio``: the archive never publishes it (issue 18).
        consent_takes = {r.id for r in self.recordings(testimony_id)
                         if _answers_consent(str((r.info or {}).get("field") or ""))}
        stripped = [p for p in payloads if p.kind == "attachment" and not p.original]
        for n, p in enumerate(audio, start=1):
            name = f"audio-{n:03d}{_extension(p.media_type)}"
            original = originals.get(p.id)
            sealed_name = f"{name}.original.age" if original else None
            # A voice identifies a person: every recording is restricted-content (R-SP-6), and
            # the manifest says so. An imported file's tags were removed; its original goes to
            # the identity side (security-review F5).
            kind = "consent-audio" if p.id in consent_takes else "audio"
            sources.append(PayloadSource(name, _opener(self, p.blob_id), p.size, p.media_type, kind,
                                         derived_from=sealed_name, sensitivity="restricted-content"))
            if original is not None and sealed_name is not None:
                sources.append(PayloadSource(sealed_name, _opener(self, original.blob_id), original.size,
                                             SEALED_MEDIA_TYPE, "audio", original=True, sensitivity="identity"))
        for n, p in enumerate(stripped, start=1):
            name = f"attachment-{n:03d}{_extension(p.media_type)}"
            original = originals.get(p.id)
            sealed_name = f"{name}.original.age" if original else None
            # A sound file added as an attachment carries a voice too (R-SP-6).
            sensitivity = "restricted-content" if p.media_type.startswith("audio/") else "content"
            sources.append(PayloadSource(name, _opener(self, p.blob_id), p.size, p.media_type, "attachment",
                                         derived_from=sealed_name, sensitivity=sensitivity))
            if original is not None and sealed_name is not None:
                sources.append(PayloadSource(sealed_name, _opener(self, original.blob_id), original.size,
                                             SEALED_MEDIA_TYPE, "attachment", original=True, sensitivity="identity"))
        return sources

    def _enrolment_for(self, device_key: Any) -> Any:
        return self.enrolment(bytes(device_key.verify_key))  # type: ignore[attr-defined]

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
        ``profile`` must be the pinned profile (:meth:`set_profile`), else
        ``ProfileMismatchError`` and nothing is sealed. The bundle service validates the content answers; identity answers were sealed on save
        and cannot be checked again here; they travel as the sealed sections (``seal_testimony(sealed_identity=...)``).
        """
        import forms
        from intake_app.bundle_service import seal_testimony
        from intake_app.store.store import now

        if device_key is None:
            device_key = self.device_key()
        # Only ever seal to the profile this store is bound to (security review F12); the first
        # profile a store seals to is pinned.
        self.set_profile(profile)  # type: ignore[attr-defined]
        summary = self.testimony(testimony_id)
        if summary.status != "draft":
            raise InvalidStateError(testimony_id, summary.status, "draft")
        answers = self.answers(testimony_id)
        form = _ContentChecks(forms.load_form(summary.form_id, summary.form_version))
        outdir = self.home / OUTBOX_DIR
        outdir.mkdir(mode=0o700, parents=True, exist_ok=True)
        # The bundle service patches headers in place, so it seals to a file; the result is
        # ciphertext for the archive and moves into a blob at once (hiding how many bundles
        # wait and how large they are), then the file goes.
        sealing = outdir / f".sealing-{new_id()}.tib"
        try:
            result = seal_testimony(
                profile,
                summary.form_id,
                summary.form_version,
                answers,
                self._payload_sources(testimony_id),
                device_key,
                sealing,
                interviewer_role=interviewer_role,
                captured_at=_dt.datetime.fromisoformat(summary.created_at),
                form=form,
                sealed_identity=self.sealed_identity(testimony_id),
                identity_sealing=self._identity_sealing(testimony_id, profile),
                # The archive's enrolment of this device, if it has one (issue 19); the key
                # given must be the store's own for it to apply.
                enrolment=self._enrolment_for(device_key),
            )
            ref = self._blob_from(sealing)
        finally:
            sealing.unlink(missing_ok=True)
        try:
            with self.open_blob(ref.name) as check:
                digest = hashlib.sha256()
                while chunk := check.read(1 << 20):
                    digest.update(chunk)
            if digest.hexdigest() != result.sha256:
                from intake_app.store.errors import BlobCorruptError

                raise BlobCorruptError(ref.name, -1)
            entry_id = new_id()
            with self._write() as conn:
                conn.execute(
                    "INSERT INTO outbox (id, testimony_id, bundle_id, blob_id, sha256, size, state, created_at, number)"
                    " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                    (entry_id, testimony_id, result.bundle_id, ref.name, result.sha256, ref.size, now(),
                     summary.number),
                )
                conn.execute(
                    "UPDATE testimonies SET status = 'final', updated_at = ? WHERE id = ?", (now(), testimony_id)
                )
        except BaseException:
            self.discard_blob(ref.name)
            raise
        return self.outbox_entry(entry_id)

    def _identity_sealing(self, testimony_id: str, profile: Any) -> Any:
        """Under a k-of-n profile, what ``identity.age`` is sealed to: this testimony's prepared
        one-time key (its sections and originals are sealed to it), so the rebuilt E opens all of
        them; None otherwise (the profile's recipients). Custodians that are no longer the
        profile's are refused (:class:`IdentityUnavailableError`), never sealed to silently."""
        prepared = self.prepared_threshold(testimony_id)  # type: ignore[attr-defined]
        if prepared is None or not getattr(profile, "threshold_mode", False):
            return None
        pol = prepared.policy()
        if (set(prepared.custodians) != set(profile.identity_custodians)
                or pol.threshold != profile.identity_threshold):
            from intake_app.store.errors import IdentityUnavailableError

            raise IdentityUnavailableError("identity details were sealed for other custodians")
        return [prepared]

    def outbox(self) -> list[OutboxEntry]:
        rows = self._query(
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

    def delete_draft(self, testimony_id: str) -> None:
        """Delete a draft and everything stored with it: answers, recordings, attachments and
        notes, with their keys (``secure_delete`` overwrites them) and blob files. Only drafts:
        a finalised interview is a sealed bundle on its way to the archive."""
        self.check_editable(testimony_id)
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
            self.delete_blob(conn, blob_id)


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


def _opener(store: Any, blob_id: str) -> Callable[[], BinaryIO]:
    def open_() -> BinaryIO:
        return store.open_blob(blob_id)  # type: ignore[no-any-return]

    return open_


class _ContentChecks:
    """The form, validated on what this machine can still read.

    Identity answers were sealed on save; a problem reported at an identity-class leaf field
    (e.g. "required") is about data the store deliberately no longer has, so it is dropped.
    Every other problem (content, restricted-content, structure) is kept.
    """

    def __init__(self, form: Any) -> None:
        self._form = form
        self.id = form.id
        self.version = form.version

    def validate(self, answers: dict[str, Any]) -> list[Any]:
        return [p for p in self._form.validate(answers) if not self._identity_leaf(str(p.path))]

    def _identity_leaf(self, path: str) -> bool:
        import re

        try:
            field = self._form.field(re.sub(r"\[\d+\]", "", path))
        except (KeyError, ValueError):
            return False
        return _all_identity(field)

    def split_by_sensitivity(self, answers: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return self._form.split_by_sensitivity(answers)  # type: ignore[no-any-return]

    def consent_summary(self, answers: dict[str, Any]) -> dict[str, Any]:
        return self._form.consent_summary(answers)  # type: ignore[no-any-return]


def _answers_consent(field: str) -> bool:
    """A take's ``field`` mark (``"consent.consent_audio"``: the consent step's field) names an
    answer of the consent form: the step ``consent`` or the form's ``consent_audio`` field."""
    return field.startswith("consent.") or field == "consent_audio" or field.endswith(".consent_audio")


def _all_identity(field: Any) -> bool:
    if field.type == "form":
        import forms

        children = list(forms.load_form(field.form).fields)
        return bool(children) and all(_all_identity(c) for c in children)
    children = list(getattr(field, "fields", None) or ())
    if children:
        return all(_all_identity(c) for c in children)
    return bool(field.sensitivity == "identity")


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
