# SPDX-License-Identifier: GPL-3.0-or-later
"""The encrypted local store: a SQLCipher database and chunk-encrypted blob files.

``Store.create(home, passphrase)`` / ``Store.open(home, passphrase)`` give an unlocked store;
``store.lock()`` forgets the keys; ``store.wipe()`` / ``wipe_store(home)`` crypto-shred and
remove it. Modules: ``blobs`` (blob file format), ``keyslot`` (passphrase and data key),
``db`` (SQLCipher), ``schema`` (migrations), ``records`` (testimonies, answers, notes), ``media``
(recordings, attachments), ``outbox`` (bundles and receipts), ``transport_state`` (upload
resume state and receipt-log checkpoints for the transport), ``errors``. Nothing here writes testimony or
identity data to disk in plaintext.
"""

from __future__ import annotations

from intake_app.store.blobs import BlobReader, BlobRef, BlobWriter, recover
from intake_app.store.errors import StoreError
from intake_app.store.keyslot import KdfParams
from intake_app.store.media import MediaMixin
from intake_app.store.outbox import OutboxEntry, OutboxMixin
from intake_app.store.records import Payload, RecordsMixin, TestimonyDetail, TestimonySummary
from intake_app.store.store import StoreCore, request_lock, store_directory, store_exists, wipe_store
from intake_app.store.transport_state import TransportStateMixin


class Store(RecordsMixin, MediaMixin, OutboxMixin, TransportStateMixin, StoreCore):
    """An unlocked store (see ``intake_app.store.store`` for the life cycle)."""


__all__ = [
    "BlobReader",
    "BlobRef",
    "BlobWriter",
    "KdfParams",
    "OutboxEntry",
    "Payload",
    "Store",
    "StoreError",
    "TestimonyDetail",
    "TestimonySummary",
    "recover",
    "request_lock",
    "store_directory",
    "store_exists",
    "wipe_store",
]
