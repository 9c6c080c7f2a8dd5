# SPDX-License-Identifier: GPL-3.0-or-later
"""The panic wipe (intake_app.home.panic): every file under INTAKE_HOME goes, key files are
overwritten first, nothing outside INTAKE_HOME is touched (not even through a symlink), and it
needs no passphrase."""

from __future__ import annotations

from pathlib import Path

from intake_app.home.panic import panic_wipe
from intake_app.store import Store, store_exists
from intake_app.store.keyslot import TEST_KDF


def test_wipe_removes_everything_under_home_and_nothing_outside(intake_home: Path, tmp_path: Path) -> None:
    from intake_app.archive.demo import ensure_demo_archive

    store = Store.create(intake_home, "a passphrase 1989", kdf=TEST_KDF, with_device_key=True)
    store.set_setting("audio_input_device", "pulse")
    store.lock()
    ensure_demo_archive(intake_home)
    (intake_home / "config").mkdir(mode=0o700, exist_ok=True)
    (intake_home / "config" / "gui.json").write_text('{"bridges": ["obfs4 ..."]}')
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.key").write_text("not ours")
    (intake_home / "link").symlink_to(outside, target_is_directory=True)
    assert store_exists(intake_home) and (intake_home / "keys" / "device.key").exists()

    assert panic_wipe(intake_home) == []
    assert intake_home.is_dir() and list(intake_home.iterdir()) == []
    assert (outside / "keep.key").read_text() == "not ours"
    assert not store_exists(intake_home)


def test_wipe_of_a_missing_home_is_a_no_op(tmp_path: Path) -> None:
    assert panic_wipe(tmp_path / "never-created") == []
    assert not (tmp_path / "never-created").exists()
