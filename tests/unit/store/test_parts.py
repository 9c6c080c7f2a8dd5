# SPDX-License-Identifier: GPL-3.0-or-later
"""The store as composed parts (issue 25, code review change 9): ``store.records``,
``store.settings``, ``store.answer_versions``, ``store.media``, ``store.bundles`` and
``store.transport_state`` are the store's own operations, each part holding only the core and
the parts it needs; and the store keeps a bundle sealed into it (``seal_into_outbox``) only
once the seal finished, whole."""

from __future__ import annotations

import hashlib
from typing import BinaryIO

import pytest

import intake_forms as forms
from intake_app.store import AnswerVersions, Media, Outbox, Records, Settings, Store, StoredTransportState

FORM = "session_record"


def _version() -> str:
    return str(forms.load_form(FORM).version)


def test_each_part_does_what_the_store_does_on_the_same_rows(store: Store) -> None:
    assert isinstance(store.records, Records)
    assert isinstance(store.settings, Settings)
    assert isinstance(store.answer_versions, AnswerVersions)
    assert isinstance(store.media, Media)
    assert isinstance(store.bundles, Outbox)
    assert isinstance(store.transport_state, StoredTransportState)
    tid = store.records.create_testimony(FORM, _version())
    store.save_answers(tid, {"interviewer_code": "X1"})
    assert store.answer_versions.answers(tid)["interviewer_code"] == "X1"
    assert store.load_answers(tid) == store.answers(tid) == store.answer_versions.answers(tid)
    store.settings.set_setting("audio_input", "usb")
    assert store.setting("audio_input") == "usb"
    assert store.records.testimony(tid).versions == 1
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
        store.answer_versions.answers(tid)


def test_a_seal_that_fails_keeps_nothing_and_one_that_finishes_is_kept_whole(store: Store) -> None:
    tid = store.create_testimony(FORM, _version())
    bundle = b"age-encryption.org/v1 ... ciphertext for the archive" * 5000

    def broken(out: BinaryIO) -> tuple[str, str]:
        out.write(bundle[:70000])
        raise OSError("the disk went away")

    with pytest.raises(OSError):
        store.seal_into_outbox(tid, broken, number=1)
    # Nothing recorded, no blob key or file left, the testimony still a draft.
    assert store.outbox() == []
    assert store._query("SELECT count(*) FROM blobs") == [(0,)]
    assert list(store.blob_dir.iterdir()) == []
    assert store.testimony(tid).status == "draft"

    def whole(out: BinaryIO) -> tuple[str, str]:
        out.write(bundle)
        return "b-1", hashlib.sha256(bundle).hexdigest()

    entry = store.seal_into_outbox(tid, whole, number=1)
    assert (entry.bundle_id, entry.sha256, entry.state) == ("b-1", hashlib.sha256(bundle).hexdigest(), "queued")
    assert store.testimony(tid).status == "final"
    with store.open_bundle_stream(entry.id) as fh:
        assert fh.read() == bundle


def test_the_store_answers_every_public_method_of_its_parts(store: Store) -> None:
    # A method added to a part and forgotten in Store would be reachable only as
    # store.<part>.<name>; callers use the store.
    for part_name in ("records", "settings", "answer_versions", "media", "bundles", "transport_state"):
        part = getattr(store, part_name)
        for name in dir(type(part)):
            if name.startswith("_") or name == "testimony_row" or not callable(getattr(part, name)):
                continue
            assert getattr(store, name).__func__ is getattr(part, name).__func__, (part_name, name)
