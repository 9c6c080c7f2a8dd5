# SPDX-License-Identifier: GPL-3.0-or-later
"""The encrypted local store: a SQLCipher database and chunk-encrypted blob files.

``Store.create(home, passphrase)`` / ``Store.open(home, passphrase)`` give an unlocked store;
``store.lock()`` forgets the keys; ``store.wipe()`` / ``wipe_store(home)`` crypto-shred and
remove it. Modules: ``blobs`` (blob file format), ``keyslot`` (passphrase and data key),
``db`` (SQLCipher), ``schema`` (migrations), ``store`` (life cycle, connection and blobs: the
core every part shares), ``records`` (interviews, testimonies, notes), ``answer_versions`` (a
testimony's sealed answer versions), ``settings`` (settings, the pinned profile, the enrolment,
the identity recipients), ``media`` (recordings, attachments), ``outbox`` (sealed bundles and receipts), ``transport_state`` (upload
resume state and receipt-log checkpoints for the transport), ``errors``. Nothing here writes
testimony or identity data to disk in plaintext. The store only stores: sealing a testimony is
``intake_app.sealing.finalize``, which asks the store for what it needs and seals the bundle
straight into a new blob (``seal_into_outbox``).

A ``Store`` is its core (:class:`~intake_app.store.store.StoreCore`) plus six composed parts,
each a small class holding only what it needs (code review change 9, issue 25):
``store.records`` (:class:`Records`), ``store.settings`` (:class:`Settings`),
``store.answer_versions`` (:class:`AnswerVersions`), ``store.media`` (:class:`Media`),
``store.bundles`` (:class:`Outbox`) and ``store.transport_state`` (:class:`StoredTransportState`).
The store answers every part's public method itself too (``store.add_recording(...)`` is
``store.media.add_recording(...)``), typed like the part's method.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from intake_app.store.answer_versions import AnswerVersions
from intake_app.store.blobs import BlobReader, BlobRef, BlobWriter, recover
from intake_app.store.errors import StoreError
from intake_app.store.keyslot import KdfParams
from intake_app.store.media import Media
from intake_app.store.outbox import Outbox, OutboxEntry
from intake_app.store.records import Payload, Records, TestimonyDetail, TestimonySummary
from intake_app.store.settings import Settings
from intake_app.store.store import StoreCore, request_lock, store_directory, store_exists, wipe_store
from intake_app.store.transport_state import StoredTransportState

_P = ParamSpec("_P")
_R = TypeVar("_R")


class _Forward(Generic[_P, _R]):
    """A ``Store`` method that is one part's method (``store.<part>.<name>``), with its type."""

    def __init__(self, part: str, method: Callable[Concatenate[Any, _P], _R]) -> None:
        self._part = part
        self._method = method
        self._name = method.__name__

    def __get__(self, store: object, owner: type | None = None) -> Callable[_P, _R]:
        if store is None:
            return self._method  # type: ignore[return-value]
        bound: Callable[_P, _R] = getattr(getattr(store, self._part), self._name)
        return bound


def _forward(part: str, method: Callable[Concatenate[Any, _P], _R]) -> _Forward[_P, _R]:
    return _Forward(part, method)


class Store(StoreCore):
    """An unlocked store (see ``intake_app.store.store`` for the life cycle) and its parts."""

    def __init__(
        self, home: Path, conn: Any, dek: bytearray, params: KdfParams, idle_seconds: float | None
    ) -> None:
        super().__init__(home, conn, dek, params, idle_seconds)
        self.records = Records(self)
        self.settings = Settings(self, self.records)
        self.answer_versions = AnswerVersions(self, self.records, self.settings)
        self.media = Media(self, self.records, self.settings)
        self.bundles = Outbox(self, self.records, self.settings)
        self.transport_state = StoredTransportState(self, self.settings)

    def _adopt_plaintext(self) -> None:
        """Move plaintext traces of earlier versions (receipts, upload state) inside, then delete them."""
        self.transport_state.adopt_plaintext_transport_files()

    # -- records: Records --------------------------------------------------------------------------
    create_interview = _forward("records", Records.create_interview)
    list_interviews = _forward("records", Records.list_interviews)
    create_testimony = _forward("records", Records.create_testimony)
    resolve_id = _forward("records", Records.resolve_id)
    sealed_identity = _forward("records", Records.sealed_identity)
    identity_sealed = _forward("records", Records.identity_sealed)
    list_testimonies = _forward("records", Records.list_testimonies)
    get_testimony = _forward("records", Records.get_testimony)
    testimony = _forward("records", Records.testimony)
    payloads = _forward("records", Records.payloads)
    check_editable = _forward("records", Records.check_editable)
    add_note = _forward("records", Records.add_note)
    notes = _forward("records", Records.notes)

    # -- settings: Settings ----------------------------------------------------------------------
    set_profile = _forward("settings", Settings.set_profile)
    pinned_profile = _forward("settings", Settings.pinned_profile)
    profile_source = _forward("settings", Settings.profile_source)
    check_profile = _forward("settings", Settings.check_profile)
    waiting_for_pinned_archive = _forward("settings", Settings.waiting_for_pinned_archive)
    replace_profile = _forward("settings", Settings.replace_profile)
    setting = _forward("settings", Settings.setting)
    set_setting = _forward("settings", Settings.set_setting)
    import_enrolment = _forward("settings", Settings.import_enrolment)
    enrolment = _forward("settings", Settings.enrolment)
    identity_recipients = _forward("settings", Settings.identity_recipients)
    prepared_threshold = _forward("settings", Settings.prepared_threshold)
    identity_recipients_for = _forward("settings", Settings.identity_recipients_for)

    # -- answer_versions: AnswerVersions ---------------------------------------------------------------------
    save_answers = _forward("answer_versions", AnswerVersions.save_answers)
    upgrade_form = _forward("answer_versions", AnswerVersions.upgrade_form)
    clear_identity = _forward("answer_versions", AnswerVersions.clear_identity)
    answers = _forward("answer_versions", AnswerVersions.answers)
    load_answers = _forward("answer_versions", AnswerVersions.answers)  # the name the GUI controllers use
    detail = _forward("answer_versions", AnswerVersions.detail)

    # -- media: Media ------------------------------------------------------------------------------
    add_recording = _forward("media", Media.add_recording)
    link_recording_journal = _forward("media", Media.link_recording_journal)
    delete_recording = _forward("media", Media.delete_recording)
    recordings = _forward("media", Media.recordings)
    unlinked_journal_candidates = _forward("media", Media.unlinked_journal_candidates)
    import_recording = _forward("media", Media.import_recording)
    add_attachment = _forward("media", Media.add_attachment)
    attachment_names = _forward("media", Media.attachment_names)

    # -- bundles: Outbox ---------------------------------------------------------------------------
    outbox_directory = _forward("bundles", Outbox.outbox_directory)
    seal_into_outbox = _forward("bundles", Outbox.seal_into_outbox)
    outbox = _forward("bundles", Outbox.outbox)
    outbox_entry = _forward("bundles", Outbox.outbox_entry)
    open_bundle_stream = _forward("bundles", Outbox.open_bundle_stream)
    export_bundle = _forward("bundles", Outbox.export_bundle)
    mark_sent = _forward("bundles", Outbox.mark_sent)
    record_receipt = _forward("bundles", Outbox.record_receipt)
    receipts = _forward("bundles", Outbox.receipts)
    outbox_path = _forward("bundles", Outbox.outbox_path)
    destroy_testimony = _forward("bundles", Outbox.destroy_testimony)
    delete_draft = _forward("bundles", Outbox.delete_draft)

    # -- transport_state: StoredTransportState -----------------------------------------------------
    upload_state = _forward("transport_state", StoredTransportState.upload_state)
    save_upload_state = _forward("transport_state", StoredTransportState.save_upload_state)
    log_checkpoint = _forward("transport_state", StoredTransportState.log_checkpoint)
    save_log_checkpoint = _forward("transport_state", StoredTransportState.save_log_checkpoint)
    kept_receipts = _forward("transport_state", StoredTransportState.kept_receipts)
    keep_receipt = _forward("transport_state", StoredTransportState.keep_receipt)
    receipt_for = _forward("transport_state", StoredTransportState.receipt_for)
    adopt_plaintext_transport_files = _forward("transport_state", StoredTransportState.adopt_plaintext_transport_files)


__all__ = [
    "AnswerVersions",
    "BlobReader",
    "BlobRef",
    "BlobWriter",
    "KdfParams",
    "Media",
    "Outbox",
    "OutboxEntry",
    "Payload",
    "Records",
    "Settings",
    "Store",
    "StoreError",
    "StoredTransportState",
    "TestimonyDetail",
    "TestimonySummary",
    "recover",
    "request_lock",
    "store_directory",
    "store_exists",
    "wipe_store",
]
