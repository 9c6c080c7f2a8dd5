# SPDX-License-Identifier: GPL-3.0-or-later
"""Small preferences kept inside the encrypted store (e.g. the chosen audio input)."""

from __future__ import annotations

from pathlib import Path

from intake_app.store import Store
from intake_app.store.keyslot import TEST_KDF


def test_set_setting_survives_lock_and_can_be_forgotten(tmp_path: Path) -> None:
    store = Store.create(tmp_path, "a passphrase 1989", kdf=TEST_KDF)
    assert store.setting("audio_input_device") is None
    store.set_setting("audio_input_device", "USB microphone 麦克风")
    store.lock()
    store = Store.open(tmp_path, "a passphrase 1989")
    assert store.setting("audio_input_device") == "USB microphone 麦克风"
    store.set_setting("audio_input_device", None)
    assert store.setting("audio_input_device") is None
    store.lock()
    # Stored inside the SQLCipher database: the name is not readable on disk.
    for path in (tmp_path / "store").rglob("*"):
        if path.is_file():
            assert b"USB microphone" not in path.read_bytes()
