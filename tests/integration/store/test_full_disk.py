# SPDX-License-Identifier: GPL-3.0-or-later
"""A full disk (a real 2 MiB tmpfs): a clear error, the failed write rolled back, nothing
stored earlier lost, and the store works again once space is freed."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

import intake_forms as forms
from intake_app.store import Store
from intake_app.store.errors import BlobWriteError, StoreFullError
from intake_app.store.keyslot import TEST_KDF
from intake_app.text.errors import user_message

PASS = "disk full"
VERSION = str(forms.load_form("session_record").version)


def _fill(directory: Path) -> Path:
    """Take the remaining space with a filler file."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    return filler


def test_full_disk_during_blob_and_db_writes(small_disk: Path, tmp_path: Path) -> None:
    s = Store.create(small_disk, PASS, kdf=TEST_KDF)
    try:
        keep = s.create_testimony("session_record", VERSION)
        s.save_answers(keep, {"interviewer_code": "kept"})
        w = s.new_blob_writer()
        w.write(b"a" * 100_000)
        s.add_recording(keep, w.close(), "audio/flac")
        blobs_before = set(os.listdir(s.blob_dir))

        # A recording larger than the disk.
        # (noise does not compress: about 3 MiB of FLAC)
        import numpy as np
        import soundfile as sf

        big = tmp_path / "big.flac"
        noise = np.random.default_rng(1).integers(-30000, 30000, 1_600_000, dtype="int16")
        sf.write(big, noise, 48000, format="FLAC", subtype="PCM_16")
        tid = s.create_testimony("session_record", VERSION)
        from types import SimpleNamespace

        import intake_crypto as crypto

        s.set_profile(SimpleNamespace(identity_recipients=(str(crypto.X25519Identity.generate().recipient()),),
                                      name="t", delete_after_receipt=False))
        with pytest.raises(BlobWriteError) as info:
            s.import_recording(tid, big, "audio/flac")
        assert info.value.disk_full
        message, hint = user_message(info.value)
        assert "disk is full" in message and "intact" in hint
        assert set(os.listdir(s.blob_dir)) == blobs_before  # the partial file is gone
        assert s.testimony(tid).recordings == 0

        # The database itself cannot grow either.
        filler = _fill(small_disk)
        with pytest.raises(StoreFullError):
            for i in range(200):
                s.add_note("n" * 20_000 + str(i), testimony_id=keep)
        filler.unlink()

        # Nothing stored earlier was lost, and the store works again.
        assert s.answers(keep) == {"interviewer_code": "kept"}
        (payload,) = s.payloads(keep)
        with s.open_blob(payload.blob_id) as r:
            assert r.read() == b"a" * 100_000
        assert s._query("PRAGMA integrity_check") == [("ok",)]
        s.save_answers(keep, {"interviewer_code": "after"})
    finally:
        s.lock()
    s = Store.open(small_disk, PASS)
    try:
        assert s.answers(keep) == {"interviewer_code": "after"}
    finally:
        s.lock()
