# SPDX-License-Identifier: GPL-3.0-or-later
"""Audio recordings and attachments of testimonies in the store.

Guarantees: a blob's key is committed before its first chunk is written; a failure (disk full,
unreadable source) removes the new blob files and rows, so nothing half-added remains.
Attachments: the copy that goes to the content side has its metadata (EXIF, XMP, document
properties) removed by ``intake_app.sealing.metadata``; the original, which may carry GPS
positions, device serials or author names, is sealed with age to the archive's identity
recipients before it is stored, so this machine cannot read it back. The original file name
is never stored. Plaintext of a file passes only through memory.

Recordings: each row may reference its journal blob (markers, pauses, warnings as they happened)
and keeps the take's description (``RecordingInfo.to_json()``: format, length, markers, header
patch) sealed with the testimony's own key, like the answers; ``recordings()`` lists them
decrypted. Destroying a testimony destroys its journals too (marker labels are testimony).
"""

from __future__ import annotations

import contextlib
import io
import json
import mimetypes
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from intake_app.store import _secretstream as ss
from intake_app.store.blobs import BlobRef
from intake_app.store.db import now
from intake_app.store.errors import IdentityUnavailableError, RecordNotFoundError
from intake_app.store.records import Records, _BlobStream, new_id, open_field, seal_field
from intake_app.store.settings import Settings

if TYPE_CHECKING:
    from intake_app.store.store import StoreCore


@dataclass(frozen=True)
class RecordingRow:
    """A recording as the store keeps it; ``info`` is the decrypted ``RecordingInfo.to_json()``
    (None for takes stored before schema version 4 whose journal was not linked yet)."""

    id: str
    testimony_id: str
    blob_id: str
    media_type: str
    duration_ms: int | None
    journal_blob_id: str | None
    info: dict[str, Any] | None

    @property
    def markers(self) -> list[dict[str, Any]]:
        return list((self.info or {}).get("markers", []))


def _info_ad(testimony_id: str, recording_id: str) -> bytes:
    return f"recording:{testimony_id}:{recording_id}".encode()


def _source_stream(source: Path | bytes | bytearray) -> BinaryIO:
    if isinstance(source, Path):
        return open(source, "rb")
    return io.BytesIO(source)


class Media:
    """Recordings and attachments of a testimony: ``store.media``. Blobs through the store's
    core, the testimony's key and editability through ``store.records``, where originals are
    sealed through ``store.settings``."""

    def __init__(self, core: StoreCore, records: Records, settings: Settings) -> None:
        self._core = core
        self._records = records
        self._settings = settings

    # -- recordings --------------------------------------------------------------------------
    def add_recording(
        self,
        testimony_id: str,
        blob: BlobRef,
        media_type: str,
        *,
        duration_ms: int | None = None,
        info: Mapping[str, Any] | None = None,
        journal: BlobRef | None = None,
        original_blob_id: str | None = None,
    ) -> str:
        """Attach a closed blob (from :meth:`new_blob_writer`) to a testimony as audio.

        ``info`` (the take's description) is sealed with the testimony's key; ``journal`` is the
        closed journal blob, finished and referenced in the same transaction.
        ``original_blob_id`` names the sealed original of an imported file (identity side).
        """

        key = self._records.testimony_row(testimony_id)[4]
        self._records.check_editable(testimony_id)
        ident = new_id()
        with self._core._write() as conn:
            self._core.finish_blob(blob, conn)
            if journal is not None:
                self._core.finish_blob(journal, conn)
            conn.execute(
                "INSERT INTO recordings (id, testimony_id, blob_id, media_type, created_at, duration_ms,"
                " journal_blob_id, info, original_blob_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ident, testimony_id, blob.name, media_type, now(), duration_ms,
                 None if journal is None else journal.name, self._seal_info(key, testimony_id, ident, info),
                 original_blob_id),
            )
        return ident

    def link_recording_journal(
        self, recording_id: str, journal: BlobRef | str | None = None, info: Mapping[str, Any] | None = None
    ) -> None:
        """Reference a journal blob from a recording and/or replace its sealed description.

        ``journal`` is a closed ``BlobRef`` (finished here) or the name of a blob that is already
        finished (e.g. recovered at unlock). Allowed after finalising: it changes no answer and
        no audio, only what the store knows about a take it already holds.
        """
        rows = self._core._query("SELECT testimony_id FROM recordings WHERE id = ?", (recording_id,))
        if not rows:
            raise RecordNotFoundError("recording", recording_id)
        testimony_id = rows[0][0]
        key = self._records.testimony_row(testimony_id)[4]
        with self._core._write() as conn:
            if isinstance(journal, BlobRef):
                self._core.finish_blob(journal, conn)
            if journal is not None:
                name = journal.name if isinstance(journal, BlobRef) else journal
                conn.execute("UPDATE recordings SET journal_blob_id = ? WHERE id = ?", (name, recording_id))
            if info is not None:
                conn.execute("UPDATE recordings SET info = ? WHERE id = ?",
                             (self._seal_info(key, testimony_id, recording_id, info), recording_id))

    def delete_recording(self, recording_id: str) -> None:
        """Delete a take of a draft the person chose to throw away: its row, and the keys and
        files of its audio and journal blobs, and of an imported file's sealed original (the audio
        becomes unreadable at once)."""
        rows = self._core._query("SELECT testimony_id, blob_id, journal_blob_id, original_blob_id FROM recordings"
                           " WHERE id = ?", (recording_id,))
        if not rows:
            raise RecordNotFoundError("recording", recording_id)
        testimony_id, blob_id, journal_id, original_id = rows[0]
        self._records.check_editable(testimony_id)
        with self._core._write() as conn:
            conn.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
            self._core.delete_blob(conn, blob_id)
            for extra in (journal_id, original_id):
                if extra is not None:
                    self._core.delete_blob(conn, extra)

    @staticmethod
    def _seal_info(key: bytes, testimony_id: str, recording_id: str, info: Mapping[str, Any] | None) -> bytes | None:
        if info is None:
            return None
        plain = bytearray(json.dumps(dict(info), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        try:
            return seal_field(key, plain, _info_ad(testimony_id, recording_id))
        finally:
            ss.zero(plain)

    def recordings(self, testimony_id: str) -> list[RecordingRow]:
        """The testimony's recordings with their decrypted descriptions (markers included)."""
        key = self._records.testimony_row(testimony_id)[4]
        out = []
        for rid, blob, media, duration, journal, sealed in self._core._query(
            "SELECT id, blob_id, media_type, duration_ms, journal_blob_id, info FROM recordings"
            " WHERE testimony_id = ? ORDER BY created_at, id",
            (testimony_id,),
        ):
            info = None
            if sealed is not None:
                plain = open_field(key, sealed, _info_ad(testimony_id, rid), "recording description")
                try:
                    info = dict(json.loads(plain))
                finally:
                    ss.zero(plain)
            out.append(RecordingRow(rid, testimony_id, blob, media, duration, journal, info))
        return out

    def unlinked_journal_candidates(self, chunk_size: int) -> list[str]:
        """Finished blobs of ``chunk_size`` that nothing references (journals of takes stored
        before schema version 4, or whose journal could not be linked before a crash)."""
        rows = self._core._query(
            "SELECT id FROM blobs WHERE state != 'writing' AND chunk_size = ?"
            " AND id NOT IN (SELECT blob_id FROM recordings)"
            " AND id NOT IN (SELECT journal_blob_id FROM recordings WHERE journal_blob_id IS NOT NULL)"
            " AND id NOT IN (SELECT content_blob_id FROM attachments)"
            " AND id NOT IN (SELECT original_blob_id FROM attachments WHERE original_blob_id IS NOT NULL)"
            " AND id NOT IN (SELECT original_blob_id FROM recordings WHERE original_blob_id IS NOT NULL)"
            " AND id NOT IN (SELECT blob_id FROM outbox WHERE blob_id IS NOT NULL) ORDER BY created_at, id",
            (chunk_size,),
        )
        return [r[0] for r in rows]

    def import_recording(
        self,
        testimony_id: str,
        source: BinaryIO | Path,
        media_type: str,
        *,
        identity_recipients: Sequence[str] | None = None,
    ) -> str:
        """Import an existing audio file (CLI ``--audio``): the recording is a copy with every tag,
        picture and foreign chunk removed (``intake_app.sealing.metadata``); the original, which
        may name the speaker or hold GPS positions and device serials, is sealed with age to the
        identity recipients, like an attachment's (security-review F5). A format that cannot be
        cleaned is refused (:class:`intake_app.sealing.metadata.AttachmentError`)."""
        self._records.check_editable(testimony_id)
        if identity_recipients is None:
            identity_recipients = self._settings.identity_recipients_for(testimony_id)
        if not identity_recipients:
            raise IdentityUnavailableError("no identity recipients for the original")
        with _source_stream(source) if isinstance(source, Path) else contextlib.nullcontext(source) as src:
            start = src.tell()
            stripped = _clean_copy(source, src, media_type)
            try:
                described = _describe_import(stripped, media_type)
                with self._core.discarded_on_failure() as made:
                    ref = self._core.blob_from(stripped)
                    made.append(ref.name)
                    src.seek(start)
                    original = self._sealed_blob_from(src, identity_recipients)
                    made.append(original.name)
                    recording_id: str = self.add_recording(
                        testimony_id, ref, media_type, original_blob_id=original.name, info=described,
                        duration_ms=round(described["duration"] * 1000))
            finally:
                stripped.close()
        return recording_id

    # -- attachments -------------------------------------------------------------------------
    def add_attachment(
        self,
        testimony_id: str,
        source: Path | str | bytes | bytearray,
        media_type: str | None = None,
        *,
        identity_recipients: Sequence[str] | None = None,
    ) -> str:
        """Store a stripped copy (content) and the sealed original (identity) of a file."""
        self._records.check_editable(testimony_id)
        if isinstance(source, str):
            source = Path(source)
        if media_type is None:
            guessed = mimetypes.guess_type(source.name)[0] if isinstance(source, Path) else None
            media_type = guessed or "application/octet-stream"
        if identity_recipients is None:
            identity_recipients = self._settings.identity_recipients_for(testimony_id)
        if not identity_recipients:
            raise IdentityUnavailableError("no identity recipients for the original")
        # Both copies stream from the source; the stripped image is re-encoded in memory by
        # intake_app.sealing.metadata (an io.BytesIO, freed after the blob is written).
        with _source_stream(source) as src:
            stripped = _clean_copy(source, src, media_type)
        try:
            with self._core.discarded_on_failure() as made:
                content_ref = self._core.blob_from(stripped)
                made.append(content_ref.name)
                with _source_stream(source) as src:
                    original_ref = self._sealed_blob_from(src, identity_recipients)
                made.append(original_ref.name)
                ident = new_id()
                with self._core._write() as conn:
                    conn.execute(
                        "INSERT INTO attachments (id, testimony_id, content_blob_id, original_blob_id, media_type,"
                        " created_at, stripped) VALUES (?, ?, ?, ?, ?, ?, 1)",
                        (ident, testimony_id, content_ref.name, original_ref.name, media_type, now()),
                    )
        finally:
            stripped.close()
        return ident

    def _sealed_blob_from(self, src: BinaryIO, recipients: Sequence[str]) -> BlobRef:
        """A blob holding ``src`` encrypted with age to ``recipients`` (unreadable here)."""
        import intake_crypto as crypto

        parsed = [crypto.parse_recipient(r) for r in recipients]
        return self._core.write_blob(lambda writer: crypto.encrypt(src, _BlobStream(writer), parsed))  # type: ignore[arg-type]
    def attachment_names(self, testimony_id: str) -> list[str]:
        """Neutral display names (the store keeps no original file names)."""
        rows = self._core._query(
            "SELECT media_type FROM attachments WHERE testimony_id = ? ORDER BY created_at, id", (testimony_id,)
        )
        return [f"{i}. {media}" for i, (media,) in enumerate(rows, start=1)]


def _clean_copy(source: object, src: BinaryIO, media_type: str) -> BinaryIO:
    """The metadata-free copy of ``src`` (``intake_app.sealing.metadata.strip_metadata``). A FLAC
    or PCM WAV file given by its path is a view over the file (its metadata blocks left out, the
    audio bytes read in place, refused if the file changes meanwhile), not a copy in memory:
    a 355 MB recording no longer costs 355 MB of memory to import (issue 24), as ``intake seal``
    already reads it. Anything else is stripped in memory as before."""
    from intake_app.sealing.metadata import lossless_audio_plan, strip_metadata

    start = src.tell()
    if isinstance(source, Path):
        plan = lossless_audio_plan(src, media_type)
        if plan is not None:  # no 1 GiB limit: nothing is held in memory (as in intake seal)
            return plan.open(open(source, "rb"))  # the view owns and closes it
        src.seek(start)
    return strip_metadata(src, media_type)


def _describe_import(stripped: BinaryIO, media_type: str) -> dict[str, Any]:
    """The sealed description of an imported recording (issue 21): rate, channels, length, bits
    per sample and whether its codec is lossy, read from the cleaned copy (``stripped`` is left
    at 0). An Opus, Vorbis or MP3 file is flagged lossy by itself: an access copy, not a master."""
    import soundfile as sf

    from intake_app.audio.info import BIT_DEPTHS, LOSSY_SUBTYPES, SENSITIVITY, is_lossy_media_type

    stripped.seek(0)
    with sf.SoundFile(stripped) as f:
        rate, channels, frames, subtype = int(f.samplerate), int(f.channels), int(f.frames), str(f.subtype)
    stripped.seek(0)
    return {
        "imported": True, "media_type": media_type, "codec": subtype, "samplerate": rate,
        "channels": channels, "frames": frames, "duration": round(frames / rate, 6) if rate else 0.0,
        "bit_depth": BIT_DEPTHS.get(subtype, 0),
        "lossy": subtype in LOSSY_SUBTYPES or is_lossy_media_type(media_type),
        "sensitivity": SENSITIVITY,
    }
