# SPDX-License-Identifier: GPL-3.0-or-later
"""A testimony's answers in the store: ``store.answer_versions``, one sealed version per save.

Guarantees:

* Answers are split by the form's field sensitivity (``intake_forms``), never by field names.
  Content and restricted-content answers are sealed with the testimony's own random key (bound
  to testimony and version) before they reach SQLite; identity answers are sealed with age to
  the archive profile's identity recipients and kept only in that form: this machine cannot
  read them back.
* Every save is a new version; earlier versions stay (an evidence trail). A save without
  identity answers keeps the previously sealed identity section.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from intake_app.store import _secretstream as ss
from intake_app.store.db import now
from intake_app.store.errors import IdentityUnavailableError, InvalidStateError, StoreError
from intake_app.store.records import EDITABLE, TestimonyDetail, _sections, open_field, seal_field

if TYPE_CHECKING:
    from intake_app.store.records import Records
    from intake_app.store.settings import Settings
    from intake_app.store.store import StoreCore

CONTENT_CLASSES = ("content", "restricted-content")
IDENTITY_CLASS = "identity"


def _sections_blob(sections: Mapping[str, str]) -> bytes | None:
    return json.dumps(sections, sort_keys=True).encode() if sections else None


def _next_answer_version(conn: Any, testimony_id: str) -> tuple[int, bytes | None]:
    """The number the next answer version takes, and the sealed identity sections of the latest."""
    row = conn.execute(
        "SELECT version, identity_sealed FROM answer_versions WHERE testimony_id = ? ORDER BY version DESC LIMIT 1",
        (testimony_id,),
    ).fetchone()
    return (int(row[0]) + 1, row[1]) if row else (1, None)


def _insert_answer_version(conn: Any, testimony_id: str, version: int, key: bytes | bytearray,
                           content: bytes | bytearray, identity_sealed: bytes | None) -> None:
    """Write version ``version`` of a testimony's answers: ``content`` sealed with its key (bound
    to testimony and version), ``identity_sealed`` (the age-sealed sections) as given."""
    conn.execute(
        "INSERT INTO answer_versions (testimony_id, version, saved_at, content, identity_sealed)"
        " VALUES (?, ?, ?, ?, ?)",
        (testimony_id, version, now(), seal_field(key, content, f"answers:{testimony_id}:{version}".encode()),
         identity_sealed),
    )


def _merge(*parts: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge the content and restricted-content halves of a split back into one object."""
    out: dict[str, Any] = {}
    for part in parts:
        for k, v in part.items():
            if isinstance(v, Mapping) and isinstance(out.get(k), dict):
                out[k] = _merge(out[k], v)
            elif isinstance(v, list) and isinstance(out.get(k), list) and len(v) == len(out[k]):
                out[k] = [_merge(a, b) if isinstance(a, Mapping) and isinstance(b, Mapping) else b
                          for a, b in zip(out[k], v, strict=True)]
            else:
                out[k] = v
    return out


def _json_bytes(value: Any) -> bytearray:
    return bytearray(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def split_answers(form_id: str, form_version: str, answers: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The form's own split of answers by sensitivity class (``forms.FormDefinition``)."""
    import intake_forms as forms

    definition = forms.load_form(form_id, form_version)
    parts = definition.split_by_sensitivity(dict(answers))
    return {str(k): dict(v) for k, v in parts.items()}


def seal_to_identity(data: bytes | bytearray, recipients: Sequence[str]) -> bytes:
    if not recipients:
        raise IdentityUnavailableError("no identity recipients")
    import intake_crypto as crypto

    parsed = [crypto.parse_recipient(r) for r in recipients]
    return bytes(crypto.encrypt_bytes(bytes(data), parsed))


class AnswerVersions:
    """Save, upgrade and read a testimony's answers: ``store.answer_versions``. Holds the core, the
    records (the testimony's key and status) and the settings (where identity is sealed)."""

    def __init__(self, core: StoreCore, records: Records, settings: Settings) -> None:
        self._core = core
        self._records = records
        self._settings = settings

    def save_answers(
        self,
        testimony_id: str,
        answers: Mapping[str, Any],
        *,
        identity_recipients: Sequence[str] | None = None,
        profile: Any = None,
    ) -> int:
        """Store a new version of the answers; returns its number.

        Identity answers are sealed right here to ``identity_recipients`` (or ``profile``'s, or
        those remembered by :meth:`set_profile`), one sealed section per top-level answer key.
        A save that holds no identity answers for a key keeps the section sealed earlier (the
        caller cannot read it back to resend it); :meth:`clear_identity` drops one. An identity
        answer without recipients raises :class:`IdentityUnavailableError`; nothing is stored.
        """

        if profile is not None:
            self._settings.set_profile(profile)
            if not getattr(profile, "threshold_mode", False):
                identity_recipients = tuple(profile.identity_recipients)
        _, form_id, form_version, status, key, *_ = self._records.testimony_row(testimony_id)
        if status not in EDITABLE:
            raise InvalidStateError(testimony_id, status, "draft")
        parts = split_answers(form_id, form_version, answers)
        unknown = set(parts) - {*CONTENT_CLASSES, IDENTITY_CLASS}
        if unknown:
            raise StoreError(f"unknown sensitivity classes {sorted(unknown)}")
        content = _merge(*(parts.get(cls, {}) for cls in CONTENT_CLASSES))
        identity = parts.get(IDENTITY_CLASS) or {}
        sealed_now: dict[str, str] = {}
        if identity:
            if identity_recipients is None:
                identity_recipients = self._settings.identity_recipients_for(testimony_id)
            for section, value in identity.items():
                plain = _json_bytes(value)
                try:
                    sealed_now[section] = base64.b64encode(seal_to_identity(plain, identity_recipients)).decode()
                finally:
                    ss.zero(plain)
        plain = _json_bytes(content)
        try:
            with self._core._write() as conn:
                version, sealed = _next_answer_version(conn, testimony_id)
                sections = _sections(sealed)
                sections.update(sealed_now)
                _insert_answer_version(conn, testimony_id, version, key, plain, _sections_blob(sections))
                conn.execute("UPDATE testimonies SET updated_at = ? WHERE id = ?", (now(), testimony_id))
        finally:
            ss.zero(plain)
        return int(version)

    def upgrade_form(self, testimony_id: str, form_version: str, answers: Mapping[str, Any]) -> int:
        """Move a draft to another version of its form: ``answers`` (its content answers, already
        migrated by the caller) become a new version of the answers and the testimony's form
        version changes, in one transaction; identity sections sealed on save are carried as they
        are (nobody here can read them). Identity answers in ``answers`` are refused
        (:class:`StoreError`): they would have to be sealed, and the old ones cannot be merged."""
        _, form_id, _, status, key, *_ = self._records.testimony_row(testimony_id)
        if status not in EDITABLE:
            raise InvalidStateError(testimony_id, status, "draft")
        parts = split_answers(form_id, form_version, answers)
        if parts.get(IDENTITY_CLASS):
            raise StoreError("a form upgrade carries content answers only")
        plain = _json_bytes(_merge(*(parts.get(cls, {}) for cls in CONTENT_CLASSES)))
        try:
            with self._core._write() as conn:
                version, sealed = _next_answer_version(conn, testimony_id)
                _insert_answer_version(conn, testimony_id, version, key, plain, sealed)
                conn.execute("UPDATE testimonies SET form_version = ?, updated_at = ? WHERE id = ?",
                             (form_version, now(), testimony_id))
        finally:
            ss.zero(plain)
        return int(version)

    def clear_identity(self, testimony_id: str, section: str) -> None:
        """Drop one sealed identity section (e.g. the witness withdrew a name) in a new version."""

        self._records.check_editable(testimony_id)
        with self._core._write() as conn:
            row = conn.execute(
                "SELECT version, content, identity_sealed FROM answer_versions WHERE testimony_id = ?"
                " ORDER BY version DESC LIMIT 1",
                (testimony_id,),
            ).fetchone()
            if row is None:
                return
            sections = _sections(row[2])
            sections.pop(section, None)
            key = self._records.testimony_row(testimony_id)[4]
            version = row[0] + 1
            old = open_field(key, row[1], f"answers:{testimony_id}:{row[0]}".encode(), "answers")
            try:
                _insert_answer_version(conn, testimony_id, version, key, old, _sections_blob(sections))
            finally:
                ss.zero(old)

    def answers(self, testimony_id: str, version: int | None = None) -> dict[str, Any]:
        """The content answers (never identity: those are sealed) of a version (default latest)."""
        _, _, _, _, key, *_ = self._records.testimony_row(testimony_id)
        sql = "SELECT version, content FROM answer_versions WHERE testimony_id = ?"
        args: tuple[Any, ...] = (testimony_id,)
        if version is not None:
            sql += " AND version = ?"
            args += (version,)
        rows = self._core._query(sql + " ORDER BY version DESC LIMIT 1", args)
        if not rows:
            return {}
        plain = open_field(key, rows[0][1], f"answers:{testimony_id}:{rows[0][0]}".encode(), "answers")
        try:
            return dict(json.loads(plain))
        finally:
            ss.zero(plain)

    load_answers = answers  # the name the GUI controllers use

    def detail(self, testimony_id: str) -> TestimonyDetail:
        return TestimonyDetail(
            self._records.testimony(testimony_id),
            self.answers(testimony_id),
            self._records.payloads(testimony_id, include_originals=True),
            self._records.notes(testimony_id=testimony_id),
        )
