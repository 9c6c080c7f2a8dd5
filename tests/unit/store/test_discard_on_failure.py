# SPDX-License-Identifier: GPL-3.0-or-later
"""Adding a file or a recording writes two blobs (the stripped copy, then the sealed original);
when the second cannot be made, the first is discarded too (store/media.py
``StoreCore.discarded_on_failure``, shared by both since issue 25): no copy is left without its record."""

from __future__ import annotations

from pathlib import Path

import pytest

import intake_crypto as crypto
from intake_app.store import Store
from tests.unit.store.test_records import FORM, _version

NOT_A_RECIPIENT = "age1" + "q" * 10  # malformed: sealing the original fails after the copy is written


def _nothing_left(store: Store, tid: str) -> None:
    assert store.payloads(tid) == []
    assert list(store.blob_dir.iterdir()) == []
    assert store.purge_orphan_blobs() == []


def test_an_attachment_whose_original_cannot_be_sealed_leaves_nothing(store: Store, tmp_path: Path) -> None:
    tid = store.create_testimony(FORM, _version())
    (tmp_path / "t.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(crypto.CryptoError):
        store.add_attachment(tid, tmp_path / "t.txt", identity_recipients=[NOT_A_RECIPIENT])
    _nothing_left(store, tid)


def test_a_recording_whose_original_cannot_be_sealed_leaves_nothing(store: Store, tmp_path: Path) -> None:
    from tests.fixtures.tagged_media import write_tagged

    tid = store.create_testimony(FORM, _version())
    src = tmp_path / "memo.wav"
    write_tagged(src)
    with pytest.raises(crypto.CryptoError):
        store.import_recording(tid, src, "audio/wav", identity_recipients=[NOT_A_RECIPIENT])
    _nothing_left(store, tid)
