# SPDX-License-Identifier: GPL-3.0-or-later
"""Audio recordings and attachments of testimonies in the store.

Guarantees: a blob's key is committed before its first chunk is written; a failure (disk full,
unreadable source) removes the new blob files and rows, so nothing half-added remains.
Attachments: the copy that goes to the content side has its metadata (EXIF, XMP, document
properties) removed by ``intake_app.metadata_strip``; the original, which may carry GPS
positions, device serials or author names, is sealed with age to the archive's identity
recipients before it is stored, so this machine cannot read it back. The original file name
is never stored. Plaintext of a file passes only through memory.
"""

from __future__ import annotations

import io
import mimetypes
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from intake_app.store import _secretstream as ss
from intake_app.store.blobs import BlobRef
from intake_app.store.errors import IdentityUnavailableError, StoreError
from intake_app.store.records import _BlobStream, new_id


def _source_stream(source: Path | bytes | bytearray) -> BinaryIO:
    if isinstance(source, Path):
        return open(source, "rb")
    return io.BytesIO(source)


class MediaMixin:
    """Recording and attachment operations of :class:`intake_app.store.Store`."""

    _write: Any
    _query: Any
    new_blob_writer: Any
    finish_blob: Any
    delete_blob: Any
    _check_editable: Any
    identity_recipients: Any

    # -- recordings --------------------------------------------------------------------------
    def add_recording(
        self, testimony_id: str, blob: BlobRef, media_type: str, *, duration_ms: int | None = None
    ) -> str:
        """Attach a closed blob (from :meth:`new_blob_writer`) to a testimony as audio."""
        from intake_app.store.store import now

        self._check_editable(testimony_id)
        ident = new_id()
        with self._write() as conn:
            self.finish_blob(blob, conn)
            conn.execute(
                "INSERT INTO recordings (id, testimony_id, blob_id, media_type, created_at, duration_ms)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (ident, testimony_id, blob.name, media_type, now(), duration_ms),
            )
        return ident

    def import_recording(self, testimony_id: str, source: BinaryIO | Path, media_type: str) -> str:
        """Copy an existing audio file into the store (CLI ``--audio``)."""
        self._check_editable(testimony_id)
        ref = self._blob_from(source)
        try:
            return self.add_recording(testimony_id, ref, media_type)
        except BaseException:
            self._drop_blob(ref.name)
            raise

    def _blob_from(self, source: BinaryIO | Path | bytes | bytearray) -> BlobRef:
        writer = self.new_blob_writer()
        try:
            if isinstance(source, (bytes, bytearray)):
                writer.write(source)
            else:
                stream = open(source, "rb") if isinstance(source, Path) else source  # noqa: SIM115
                try:
                    buf = bytearray(64 * 1024)
                    while n := stream.readinto(buf):  # type: ignore[attr-defined]
                        writer.write(memoryview(buf)[:n])
                    ss.zero(buf)
                finally:
                    if isinstance(source, Path):
                        stream.close()
            ref = writer.close()
        except BaseException:
            writer.abort()
            self._drop_blob(writer.name)
            raise
        self.finish_blob(ref)
        return ref

    def _drop_blob(self, blob_id: str) -> None:
        try:
            with self._write() as conn:
                self.delete_blob(conn, blob_id)
        except StoreError:
            pass  # a 'writing' row left behind is cleaned by recovery on the next unlock

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
        from intake_app.metadata_strip import strip_metadata
        from intake_app.store.store import now

        self._check_editable(testimony_id)
        if isinstance(source, str):
            source = Path(source)
        if media_type is None:
            guessed = mimetypes.guess_type(source.name)[0] if isinstance(source, Path) else None
            media_type = guessed or "application/octet-stream"
        if identity_recipients is None:
            identity_recipients = self.identity_recipients()
        if not identity_recipients:
            raise IdentityUnavailableError("no identity recipients for the original")
        # Both copies stream from the source; the stripped image is re-encoded in memory by
        # metadata_strip (an io.BytesIO, freed after the blob is written).
        with _source_stream(source) as src:
            stripped = strip_metadata(src, media_type)
        made: list[str] = []
        try:
            content_ref = self._blob_from(stripped)
            made.append(content_ref.name)
            with _source_stream(source) as src:
                original_ref = self._sealed_blob_from(src, identity_recipients)
            made.append(original_ref.name)
            ident = new_id()
            with self._write() as conn:
                conn.execute(
                    "INSERT INTO attachments (id, testimony_id, content_blob_id, original_blob_id, media_type,"
                    " created_at, stripped) VALUES (?, ?, ?, ?, ?, ?, 1)",
                    (ident, testimony_id, content_ref.name, original_ref.name, media_type, now()),
                )
        except BaseException:
            for name in made:
                self._drop_blob(name)
            raise
        finally:
            stripped.close()
        return ident

    def _sealed_blob_from(self, src: BinaryIO, recipients: Sequence[str]) -> BlobRef:
        """A blob holding ``src`` encrypted with age to ``recipients`` (unreadable here)."""
        import crypto

        parsed = [crypto.parse_recipient(r) for r in recipients]
        writer = self.new_blob_writer()
        try:
            crypto.encrypt(src, _BlobStream(writer), parsed)  # type: ignore[arg-type]
            ref = writer.close()
        except BaseException:
            writer.abort()
            self._drop_blob(writer.name)
            raise
        self.finish_blob(ref)
        return ref
    def attachment_names(self, testimony_id: str) -> list[str]:
        """Neutral display names (the store keeps no original file names)."""
        rows = self._query(
            "SELECT media_type FROM attachments WHERE testimony_id = ? ORDER BY created_at, id", (testimony_id,)
        )
        return [f"{i}. {media}" for i, (media,) in enumerate(rows, start=1)]
