# SPDX-License-Identifier: GPL-3.0-or-later
"""Field-work records in the store: interviews (sessions), testimonies, notes, and what the
other parts share (the field sealing, ids, the testimony's row and payload list).

Guarantees:

* Every label, note and answer version is sealed with its own random key (a testimony's key
  for its answers, bound to testimony and version) before it reaches SQLite.
* A testimony's number ("Interview 7") is given once, inside the transaction that creates it,
  and never reused (a deleted draft's number stays used).
* Everything a record writes happens in one transaction; a failure (disk full) rolls it back.

The answers are ``answer_versions`` (:class:`~intake_app.store.answer_versions.AnswerVersions`);
settings, the pinned profile and the identity recipients are ``settings``; recordings and
attachments (the stripped copy as content, the original sealed to the identity recipients) are
``media``.
"""

from __future__ import annotations

import base64
import io
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from intake_app.store import _secretstream as ss
from intake_app.store.blobs import BlobWriter
from intake_app.store.db import now
from intake_app.store.errors import InvalidStateError, RecordNotFoundError, StoreCorruptError

if TYPE_CHECKING:
    from intake_app.store.store import StoreCore

EDITABLE = ("draft",)


def new_id() -> str:
    return secrets.token_hex(8)


def seal_field(key: bytes | bytearray, plain: bytes | bytearray, ad: bytes) -> bytes:
    out = bytearray(ss.HEADERBYTES + len(plain) + ss.ABYTES)
    ss.seal(key, plain, ad, out, ss.TAG_FINAL)
    return bytes(out)


def open_field(key: bytes | bytearray, sealed: bytes, ad: bytes, what: str) -> bytearray:
    out = bytearray(max(len(sealed) - ss.HEADERBYTES - ss.ABYTES, 0))
    try:
        ss.open_into(key, sealed, ad, out)
    except ss.OpenFailed:
        raise StoreCorruptError(f"{what} failed authentication") from None
    return out


def _sections(raw: bytes | None) -> dict[str, str]:
    return dict(json.loads(raw)) if raw else {}


@dataclass(frozen=True)
class TestimonySummary:
    id: str
    form_id: str
    form_version: str
    status: str
    created_at: str
    updated_at: str
    versions: int
    recordings: int
    attachments: int
    has_identity: bool
    interview_id: str | None = None
    number: int | None = None  # "Interview 7": given once at creation, never reused


@dataclass(frozen=True)
class Payload:
    """A stored audio file or attachment as the bundle sees it (``original`` = sealed identity copy)."""

    id: str
    blob_id: str
    kind: str
    media_type: str
    size: int
    original: bool = False
    # SHA-256 (hex) of the blob's plaintext kept when it was written (a blob closed cleanly in
    # this format's era; None for a recovered or older blob): see docs/store.md.
    sha256: str | None = None


@dataclass
class TestimonyDetail:
    summary: TestimonySummary
    answers: dict[str, Any]
    payloads: list[Payload] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _BlobStream(io.RawIOBase):
    """A write-only stream onto a BlobWriter (for age encryption and bundle sealing)."""

    def __init__(self, writer: BlobWriter) -> None:
        super().__init__()
        self._writer = writer
        self._pos = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        n = self._writer.write(data)
        self._pos += n
        return n

    def tell(self) -> int:
        return self._pos


LAST_NUMBER_SETTING = "last_testimony_number"


def _next_number(conn: Any) -> int:
    """The next interview number, inside the caller's transaction: one more than any number ever
    given (kept in settings, so a deleted draft's or a destroyed interview's number stays used)."""
    row = conn.execute("SELECT v FROM settings WHERE k = ?", (LAST_NUMBER_SETTING,)).fetchone()
    highest = conn.execute(
        "SELECT max(n) FROM (SELECT coalesce(max(number), 0) AS n FROM testimonies"
        " UNION ALL SELECT coalesce(max(number), 0) FROM outbox)"
    ).fetchone()[0]
    number = max(int(row[0]) if row else 0, int(highest or 0)) + 1
    conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (LAST_NUMBER_SETTING, str(number)))
    return number


class Records:
    """Interviews, testimonies (their rows, summaries, sealed identity sections and payloads)
    and notes: ``store.records`` (see the module docstring). Depends on the core only; the
    other parts read testimonies through it."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    # -- interviews ------------------------------------------------------------------------
    def create_interview(self, label: str = "") -> str:
        ident = new_id()
        key = ss.random_bytes(32)
        try:
            with self._core._write() as conn:
                conn.execute(
                    "INSERT INTO interviews (id, key, created_at, label) VALUES (?, ?, ?, ?)",
                    (ident, bytes(key), now(), seal_field(key, label.encode(), b"interview:" + ident.encode())),
                )
        finally:
            ss.zero(key)
        return ident

    def list_interviews(self) -> list[tuple[str, str, str]]:
        out = []
        for ident, key, created, label in self._core._query("SELECT id, key, created_at, label FROM interviews"):
            text = open_field(key, label, b"interview:" + ident.encode(), "interview label")
            out.append((ident, created, text.decode("utf-8")))
            ss.zero(text)
        return out

    # -- testimonies -------------------------------------------------------------------------
    def create_testimony(self, form_id: str, form_version: str, *, interview_id: str | None = None) -> str:
        ident = new_id()
        key = ss.random_bytes(32)
        stamp = now()
        try:
            with self._core._write() as conn:
                number = _next_number(conn)
                conn.execute(
                    "INSERT INTO testimonies (id, interview_id, form_id, form_version, status, key, created_at,"
                    " updated_at, number) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?)",
                    (ident, interview_id, form_id, form_version, bytes(key), stamp, stamp, number),
                )
        finally:
            ss.zero(key)
        return ident

    def testimony_row(self, ident: str) -> tuple[Any, ...]:
        rows = self._core._query(
            "SELECT id, form_id, form_version, status, key, created_at, updated_at, interview_id"
            " FROM testimonies WHERE id = ?",
            (ident,),
        )
        if not rows:
            raise RecordNotFoundError("testimony", ident)
        return tuple(rows[0])

    def resolve_id(self, prefix: str) -> str:
        """The full testimony id for a unique prefix (at least 4 characters) as typed on the CLI."""
        if len(prefix) < 4:
            raise RecordNotFoundError("testimony", prefix)
        rows = self._core._query(
            "SELECT id FROM testimonies WHERE substr(id, 1, ?) = ? LIMIT 2", (len(prefix), prefix.lower())
        )
        if len(rows) != 1:
            raise RecordNotFoundError("testimony", prefix)
        return str(rows[0][0])

    def sealed_identity(self, testimony_id: str) -> dict[str, bytes]:
        """The identity sections as sealed on save: ``{top-level key: age ciphertext}``."""
        rows = self._core._query(
            "SELECT identity_sealed FROM answer_versions WHERE testimony_id = ? ORDER BY version DESC LIMIT 1",
            (testimony_id,),
        )
        sections = _sections(rows[0][0] if rows else None)
        return {k: base64.b64decode(v) for k, v in sections.items()}

    def identity_sealed(self, testimony_id: str) -> bool:
        """Whether identity answers were given (and sealed) for this testimony."""
        return bool(self.sealed_identity(testimony_id))

    _SUMMARY_SQL = (
        "SELECT t.id, t.form_id, t.form_version, t.status, t.created_at, t.updated_at,"
        " (SELECT count(*) FROM answer_versions v WHERE v.testimony_id = t.id),"
        " (SELECT count(*) FROM recordings r WHERE r.testimony_id = t.id),"
        " (SELECT count(*) FROM attachments a WHERE a.testimony_id = t.id),"
        " EXISTS (SELECT 1 FROM answer_versions v WHERE v.testimony_id = t.id AND v.identity_sealed IS NOT NULL),"
        " t.interview_id, t.number FROM testimonies t"
    )

    def list_testimonies(self, *, limit: int | None = None, offset: int = 0) -> list[TestimonySummary]:
        sql = self._SUMMARY_SQL + " ORDER BY t.updated_at DESC, t.id"
        args: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args = (limit, offset)
        return [self._summary(r) for r in self._core._query(sql, args)]

    def get_testimony(self, testimony_id: str) -> TestimonySummary:
        return self.testimony(testimony_id)

    def testimony(self, testimony_id: str) -> TestimonySummary:
        rows = self._core._query(self._SUMMARY_SQL + " WHERE t.id = ?", (testimony_id,))
        if not rows:
            raise RecordNotFoundError("testimony", testimony_id)
        return self._summary(rows[0])

    @staticmethod
    def _summary(r: Sequence[Any]) -> TestimonySummary:
        return TestimonySummary(
            r[0], r[1], r[2], r[3], r[4], r[5], int(r[6]), int(r[7]), int(r[8]), bool(r[9]), r[10],
            int(r[11]) if r[11] is not None else None,
        )

    # Per payload kind, the query of its rows as (id, content blob, original blob, media type,
    # content size, original size, content kept hash, original kept hash), in the order they
    # were made.
    _PAYLOAD_SQL = (
        ("audio",
         ("SELECT r.id, r.blob_id, r.original_blob_id, r.media_type, b.size, o.size, b.sha256, o.sha256"
          " FROM recordings r"
          " JOIN blobs b ON b.id = r.blob_id LEFT JOIN blobs o ON o.id = r.original_blob_id"
          " WHERE r.testimony_id = ? ORDER BY r.created_at, r.id")),
        ("attachment",
         ("SELECT a.id, a.content_blob_id, a.original_blob_id, a.media_type, c.size, o.size, c.sha256, o.sha256"
          " FROM attachments a JOIN blobs c ON c.id = a.content_blob_id"
          " LEFT JOIN blobs o ON o.id = a.original_blob_id WHERE a.testimony_id = ? ORDER BY a.created_at, a.id")),
    )

    def payloads(self, testimony_id: str, *, include_originals: bool = True) -> list[Payload]:
        """Recordings, then attachments; with ``include_originals`` each imported item's original
        (tags and all, sealed to the identity recipients) follows its cleaned copy."""
        out: list[Payload] = []
        for kind, sql in self._PAYLOAD_SQL:
            for pid, blob, original_blob, media, size, osize, sha, osha in self._core._query(sql, (testimony_id,)):
                out.append(Payload(pid, blob, kind, media, int(size or 0), sha256=sha))
                if include_originals and original_blob is not None:
                    out.append(Payload(pid, original_blob, kind, media, int(osize or 0), original=True, sha256=osha))
        return out

    def check_editable(self, testimony_id: str) -> None:
        """Raise ``InvalidStateError`` unless the testimony is a draft (``RecordNotFoundError``
        if there is none): callers such as the recorder check before they start."""
        status = self.testimony_row(testimony_id)[3]
        if status not in EDITABLE:
            raise InvalidStateError(testimony_id, status, "draft")

    # -- notes ------------------------------------------------------------------------------
    def add_note(self, body: str, *, testimony_id: str | None = None, interview_id: str | None = None) -> str:
        ident = new_id()
        key = ss.random_bytes(32)
        plain = bytearray(body.encode("utf-8"))
        try:
            with self._core._write() as conn:
                conn.execute(
                    "INSERT INTO notes (id, testimony_id, interview_id, key, body, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (ident, testimony_id, interview_id, bytes(key),
                     seal_field(key, plain, b"note:" + ident.encode()), now()),
                )
        finally:
            ss.zero(key)
            ss.zero(plain)
        return ident

    def notes(self, *, testimony_id: str | None = None, interview_id: str | None = None) -> list[str]:
        rows = self._core._query(
            "SELECT id, key, body FROM notes WHERE (testimony_id IS ? OR ? IS NULL)"
            " AND (interview_id IS ? OR ? IS NULL) ORDER BY created_at, id",
            (testimony_id, testimony_id, interview_id, interview_id),
        )
        out = []
        for ident, key, body in rows:
            plain = open_field(key, body, b"note:" + ident.encode(), "note")
            out.append(plain.decode("utf-8"))
            ss.zero(plain)
        return out
