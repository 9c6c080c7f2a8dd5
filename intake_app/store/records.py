# SPDX-License-Identifier: GPL-3.0-or-later
"""Field-work records in the store: interviews (sessions), testimonies and their answer versions,
audio recordings, attachments, notes.

Guarantees:

* Answers are split by the form's field sensitivity (``forms``), never by field names. Content
  and restricted-content answers are sealed with the testimony's own random key before they
  reach SQLite; identity answers are sealed with age to the archive profile's identity
  recipients and kept only in that form: this machine cannot read them back.
* Every save is a new version; earlier versions stay (an evidence trail). A save without
  identity answers keeps the previously sealed identity section.
* Attachments: the stripped copy (metadata removed by ``intake_app.sealing.metadata``) is the
  content payload; the original is sealed to the identity recipients (it may carry GPS
  positions, device serials, author names) and then stored as a blob.
* Everything a record writes happens in one transaction with its blobs' keys; a failure
  (disk full) rolls the transaction back and removes the new blob files.
"""

from __future__ import annotations

import base64
import io
import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from intake_app.store import _secretstream as ss
from intake_app.store.blobs import BlobWriter
from intake_app.store.db import now
from intake_app.store.errors import (
    EnrolmentNotForThisStoreError,
    IdentityUnavailableError,
    InvalidStateError,
    ProfileMismatchError,
    ProfileReplaceRefusedError,
    RecordNotFoundError,
    StoreCorruptError,
    StoreError,
)

if TYPE_CHECKING:
    from intake_app.store.store import StoreCore

CONTENT_CLASSES = ("content", "restricted-content")
IDENTITY_CLASS = "identity"
EDITABLE = ("draft",)
PINNED_PROFILE = "profile_json"  # settings key: the confirmed profile's canonical bytes
PROFILE_SOURCE = "profile_source"  # settings key: where its file was (only inside the store)
THRESHOLD_SETTING = "identity_seal:"  # + testimony id: its PreparedThreshold (k-of-n profiles, issue 23)
ENROLMENT = "device_enrolment"  # settings key: the archive's enrolment of this device (issue 19)


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


def split_answers(form_id: str, form_version: str, answers: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The form's own split of answers by sensitivity class (``forms.FormDefinition``)."""
    import intake_forms as forms

    definition = forms.load_form(form_id, form_version)
    parts = definition.split_by_sensitivity(dict(answers))
    return {str(k): dict(v) for k, v in parts.items()}


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


def seal_to_identity(data: bytes | bytearray, recipients: Sequence[str]) -> bytes:
    if not recipients:
        raise IdentityUnavailableError("no identity recipients")
    import intake_crypto as crypto

    parsed = [crypto.parse_recipient(r) for r in recipients]
    return bytes(crypto.encrypt_bytes(bytes(data), parsed))


class Records:
    """Settings, profile pin, interviews, testimonies, answers and notes: ``store.records``
    (see the module docstring). Reads and writes rows through the store's connection."""

    def __init__(self, core: StoreCore) -> None:
        self._core = core

    # -- settings --------------------------------------------------------------------------
    def set_profile(self, profile: Any, *, replace: bool = False, source: str | None = None) -> None:
        """Bind the store to the archive profile ``profile`` (pin it) and remember its identity
        recipients (public keys) for sealing on save.

        The profile's canonical bytes are kept inside the encrypted store (``profile_json``):
        from then on :meth:`pinned_profile` is the profile in use and the file it came from is
        never read again (security review F3). A different profile is refused with
        :class:`ProfileMismatchError` unless ``replace`` (the explicit re-binding flow, after
        the new fingerprint was confirmed; see :meth:`replace_profile`). The same profile again
        changes nothing but ``source``. ``source`` (where the file was, kept only in here, never
        in plain files) lets the app tell the person when that file later changes.
        """
        if not replace:
            self.check_profile(profile)
        to_json = getattr(profile, "to_json", None)
        fingerprint = profile.fingerprint() if callable(getattr(profile, "fingerprint", None)) else ""
        values = {
            "identity_recipients": json.dumps(list(profile.identity_recipients)),
            "profile_name": str(getattr(profile, "name", "")),
            "profile_fingerprint": str(fingerprint),
            "delete_after_receipt": "1" if getattr(profile, "delete_after_receipt", False) else "0",
        }
        if callable(to_json):
            values[PINNED_PROFILE] = bytes(to_json()).decode("utf-8")
        with self._core._write() as conn:
            for k, v in values.items():
                conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (k, v))
            if not callable(to_json):  # a bare set of recipients (tests, old callers): no pin
                conn.execute("DELETE FROM settings WHERE k = ?", (PINNED_PROFILE,))
            if source is not None:
                conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (PROFILE_SOURCE, source))

    def pinned_profile(self) -> Any:
        """The ``ArchiveProfile`` this store is bound to (its signature checked again), or None."""
        raw = self.setting(PINNED_PROFILE)
        if not raw:
            return None
        from intake_crypto.profile import parse_profile

        return parse_profile(raw.encode("utf-8"))

    def profile_source(self) -> str:
        """Where the pinned profile's file was when it was confirmed ("" if not known)."""
        return self.setting(PROFILE_SOURCE) or ""

    def check_profile(self, profile: Any) -> None:
        """Raise :class:`ProfileMismatchError` unless ``profile`` is the pinned one (byte for
        byte, canonically). A store with no pinned profile accepts any profile whose identity
        recipients match those remembered for sealed answers (or any, if none are remembered)."""
        pinned = self.pinned_profile()
        offered_fp = profile.fingerprint() if callable(getattr(profile, "fingerprint", None)) else ""
        if pinned is not None:
            to_json = getattr(profile, "to_json", None)
            if callable(to_json) and bytes(to_json()) == pinned.to_json():
                return
            raise ProfileMismatchError(pinned.name, pinned.fingerprint(), str(offered_fp))
        remembered = self.identity_recipients()
        if remembered and set(remembered) != set(profile.identity_recipients):
            raise ProfileMismatchError(self.setting("profile_name") or "", self.setting("profile_fingerprint") or "",
                                       str(offered_fp))

    def waiting_for_pinned_archive(self) -> int:
        """How many interviews hold material sealed for the pinned archive's keys: bundles in the
        outbox not yet received, and drafts whose identity answers or originals are sealed."""
        unsent = {str(r[0]) for r in self._core._query(
            "SELECT COALESCE(testimony_id, id) FROM outbox WHERE state IN ('queued', 'sent')")}
        drafts = set()
        for summary in self.list_testimonies():
            if summary.status != "draft" or str(summary.id) in unsent:
                continue
            if self.sealed_identity(summary.id) or any(
                    p.original for p in self.payloads(summary.id, include_originals=True)):
                drafts.add(str(summary.id))
        return len(unsent) + len(drafts)

    def replace_profile(self, profile: Any, *, source: str | None = None) -> None:
        """The explicit re-binding flow (its caller had the new fingerprint confirmed): pin
        ``profile`` instead of the current one. A profile with the same keys (identity, content,
        receipt) is always accepted; another archive is refused with
        :class:`ProfileReplaceRefusedError` while material sealed for the current one waits."""
        current = self.pinned_profile()
        same_keys = current is not None and (
            set(current.identity_recipients) == set(profile.identity_recipients)
            and set(current.identity_custodians) == set(getattr(profile, "identity_custodians", ()))
            and current.identity_threshold == getattr(profile, "identity_threshold", 0)
            and set(current.content_recipients) == set(profile.content_recipients)
            and bytes(current.receipt_public_key) == bytes(profile.receipt_public_key))
        if current is None:
            remembered = self.identity_recipients()
            same_keys = not remembered or set(remembered) == set(profile.identity_recipients)
        if not same_keys:
            waiting = self.waiting_for_pinned_archive()
            if waiting:
                raise ProfileReplaceRefusedError(waiting)
        self.set_profile(profile, replace=True, source=source)

    def setting(self, key: str) -> str | None:
        rows = self._core._query("SELECT v FROM settings WHERE k = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str | None) -> None:
        """Keep a small preference inside the encrypted store (``None`` forgets it), e.g. the
        chosen audio input. Never for testimony or identity."""
        with self._core._write() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE k = ?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (key, str(value)))

    def _device_public(self, given: bytes | None) -> bytes:
        return bytes(given) if given is not None else bytes(self._core.device_key().verify_key)

    def import_enrolment(self, data: bytes, device_public_key: bytes | None = None) -> Any:
        """Keep the archive's enrolment of this device (issue 19) inside the encrypted store,
        after checking that the pinned profile's key signed it for this store's device key
        (:class:`EnrolmentNotForThisStoreError` otherwise; nothing is kept). Returns it."""
        from intake_crypto.enrolment import parse_enrolment

        enrolment = parse_enrolment(data)
        pinned = self.pinned_profile()
        if pinned is None:
            raise EnrolmentNotForThisStoreError("no-archive")
        if enrolment.profile_public_key != bytes(pinned.profile_public_key):
            raise EnrolmentNotForThisStoreError("archive")
        if enrolment.device_public_key != self._device_public(device_public_key):
            raise EnrolmentNotForThisStoreError("device")
        self.set_setting(ENROLMENT, enrolment.to_json().decode("utf-8"))
        return enrolment

    def enrolment(self, device_public_key: bytes | None = None) -> Any:
        """This device's enrolment by the pinned archive, or None (not enrolled, or enrolled by an
        archive the store is no longer bound to, or for another device key)."""
        raw = self.setting(ENROLMENT)
        if not raw:
            return None
        pinned = self.pinned_profile()
        if pinned is None:
            return None
        from intake_crypto.enrolment import EnrolmentError, parse_enrolment

        try:
            enrolment = parse_enrolment(raw.encode("utf-8"))
        except EnrolmentError:
            return None
        if enrolment.profile_public_key != bytes(pinned.profile_public_key):
            return None
        if enrolment.device_public_key != self._device_public(device_public_key):
            return None
        return enrolment

    def identity_recipients(self) -> tuple[str, ...]:
        raw = self.setting("identity_recipients")
        return tuple(json.loads(raw)) if raw else ()

    def prepared_threshold(self, testimony_id: str) -> Any:
        """This testimony's :class:`intake_crypto.threshold.PreparedThreshold` (issue 23, SPEC 2.13
        "Sealing on the device"), or None if nothing of it was sealed under a k-of-n profile."""
        raw = self.setting(THRESHOLD_SETTING + testimony_id)
        if not raw:
            return None
        from intake_crypto.threshold import PreparedThreshold

        return PreparedThreshold.from_bytes(raw.encode("utf-8"))

    def identity_recipients_for(self, testimony_id: str) -> tuple[str, ...]:
        """Where this testimony's identity material is sealed on save: the profile's identity
        recipients, or, under a k-of-n profile (version 2), the public recipient of a one-testimony
        key E made at the first need whose secret exists only as K-of-n shares encrypted to the
        custodians (kept here, secret-free). Empty if there is no profile to seal to."""
        remembered = self.identity_recipients()
        if remembered:
            return remembered
        profile = self.pinned_profile()
        if profile is None or not getattr(profile, "threshold_mode", False):
            return ()
        prepared = self.prepared_threshold(testimony_id)
        if prepared is None:
            import intake_crypto as crypto
            from intake_crypto.threshold import ThresholdRecipient

            custodians = [crypto.parse_recipient(r) for r in profile.identity_custodians]
            prepared = ThresholdRecipient(profile.identity_threshold, custodians).prepare()
            with self._core._write() as conn:
                conn.execute("INSERT OR IGNORE INTO settings (k, v) VALUES (?, ?)",
                             (THRESHOLD_SETTING + testimony_id, prepared.to_bytes().decode("utf-8")))
            prepared = self.prepared_threshold(testimony_id)
        return (str(prepared.recipient),)

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
            self.set_profile(profile)
            if not getattr(profile, "threshold_mode", False):
                identity_recipients = tuple(profile.identity_recipients)
        _, form_id, form_version, status, key, *_ = self.testimony_row(testimony_id)
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
                identity_recipients = self.identity_recipients_for(testimony_id)
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
        _, form_id, _, status, key, *_ = self.testimony_row(testimony_id)
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

        self.check_editable(testimony_id)
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
            key = self.testimony_row(testimony_id)[4]
            version = row[0] + 1
            old = open_field(key, row[1], f"answers:{testimony_id}:{row[0]}".encode(), "answers")
            try:
                _insert_answer_version(conn, testimony_id, version, key, old, _sections_blob(sections))
            finally:
                ss.zero(old)

    def answers(self, testimony_id: str, version: int | None = None) -> dict[str, Any]:
        """The content answers (never identity: those are sealed) of a version (default latest)."""
        _, _, _, _, key, *_ = self.testimony_row(testimony_id)
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

    def detail(self, testimony_id: str) -> TestimonyDetail:
        return TestimonyDetail(
            self.testimony(testimony_id),
            self.answers(testimony_id),
            self.payloads(testimony_id, include_originals=True),
            self.notes(testimony_id=testimony_id),
        )

    # Per payload kind, the query of its rows as (id, content blob, original blob, media type,
    # content size, original size), in the order they were made.
    _PAYLOAD_SQL = (
        ("audio",
         ("SELECT r.id, r.blob_id, r.original_blob_id, r.media_type, b.size, o.size FROM recordings r"
          " JOIN blobs b ON b.id = r.blob_id LEFT JOIN blobs o ON o.id = r.original_blob_id"
          " WHERE r.testimony_id = ? ORDER BY r.created_at, r.id")),
        ("attachment",
         ("SELECT a.id, a.content_blob_id, a.original_blob_id, a.media_type, c.size, o.size"
          " FROM attachments a JOIN blobs c ON c.id = a.content_blob_id"
          " LEFT JOIN blobs o ON o.id = a.original_blob_id WHERE a.testimony_id = ? ORDER BY a.created_at, a.id")),
    )

    def payloads(self, testimony_id: str, *, include_originals: bool = True) -> list[Payload]:
        """Recordings, then attachments; with ``include_originals`` each imported item's original
        (tags and all, sealed to the identity recipients) follows its cleaned copy."""
        out: list[Payload] = []
        for kind, sql in self._PAYLOAD_SQL:
            for pid, blob, original_blob, media, size, osize in self._core._query(sql, (testimony_id,)):
                out.append(Payload(pid, blob, kind, media, int(size or 0)))
                if include_originals and original_blob is not None:
                    out.append(Payload(pid, original_blob, kind, media, int(osize or 0), original=True))
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
