# SPDX-License-Identifier: GPL-3.0-or-later
"""The store as composed parts (issue 25, code review change 9): ``store.records``,
``store.media``, ``store.bundles`` and ``store.transport_state`` are the store's own operations,
each part holding only the core and the parts it needs; and the store keeps what sealing hands
it (``put_outbox_blob``) only if the bytes it reads back are the bytes that were sealed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import intake_forms as forms
from intake_app.store import Media, Outbox, Records, Store, StoredTransportState
from intake_app.store.errors import BlobCorruptError

FORM = "session_record"


def _version() -> str:
    return str(forms.load_form(FORM).version)


def test_each_part_does_what_the_store_does_on_the_same_rows(store: Store) -> None:
    assert isinstance(store.records, Records)
    assert isinstance(store.media, Media)
    assert isinstance(store.bundles, Outbox)
    assert isinstance(store.transport_state, StoredTransportState)
    tid = store.records.create_testimony(FORM, _version())
    store.save_answers(tid, {"interviewer_code": "X1"})
    assert store.records.answers(tid)["interviewer_code"] == "X1"
    assert store.load_answers(tid) == store.answers(tid) == store.records.answers(tid)
    ref = store.blob_from(b"fLaC not really")
    rid = store.media.add_recording(tid, ref, "audio/flac")
    assert [r.id for r in store.recordings(tid)] == [rid]
    store.transport_state.save_log_checkpoint("archive.example/log", "origin\n3\nhash")
    assert store.log_checkpoint("archive.example/log") == "origin\n3\nhash"
    assert store.outbox() == store.bundles.outbox() == []
    # A part is not a second store: it has no life cycle of its own, and the store's lock
    # reaches it.
    assert not hasattr(store.media, "lock")
    store.lock()
    with pytest.raises(Exception, match="locked"):
        store.records.answers(tid)


def test_a_sealed_file_whose_bytes_changed_is_not_kept(store: Store, tmp_path: Path) -> None:
    tid = store.create_testimony(FORM, _version())
    sealed = tmp_path / "sealed.tib"
    sealed.write_bytes(b"age-encryption.org/v1 ... ciphertext for the archive")
    other = hashlib.sha256(b"what the bundle service reported").hexdigest()
    with pytest.raises(BlobCorruptError):
        store.put_outbox_blob(tid, sealed, bundle_id="b-1", sha256=other, number=1)
    # Nothing recorded, no blob key or file left, the testimony still a draft.
    assert store.outbox() == []
    assert store._query("SELECT count(*) FROM blobs") == [(0,)]
    assert list(store.blob_dir.iterdir()) == []
    assert store.testimony(tid).status == "draft"
    right = hashlib.sha256(sealed.read_bytes()).hexdigest()
    entry = store.put_outbox_blob(tid, sealed, bundle_id="b-1", sha256=right, number=1)
    assert (entry.bundle_id, entry.sha256, entry.state) == ("b-1", right, "queued")
    assert store.testimony(tid).status == "final"
    with store.open_bundle_stream(entry.id) as fh:
        assert fh.read() == sealed.read_bytes()


def test_the_store_answers_every_public_method_of_its_parts(store: Store) -> None:
    # A method added to a part and forgotten in Store would be reachable only as
    # store.<part>.<name>; callers use the store.
    for part_name in ("records", "media", "bundles", "transport_state"):
        part = getattr(store, part_name)
        for name in dir(type(part)):
            if name.startswith("_") or name == "testimony_row" or not callable(getattr(part, name)):
                continue
            assert getattr(store, name).__func__ is getattr(part, name).__func__, (part_name, name)
