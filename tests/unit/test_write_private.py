# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's one atomic private write (``intake_app.home.paths.write_private``, issue 25) and the
modules that used to carry their own copy of it: the receiver's ledger checkpoint (which was not
synced and was left readable by other users), the inbox's upload state, the store's key slot.

A power cut cannot be made here, so "synced" is observed the only way it can be: every
``os.fsync`` the write makes is recorded (the real call still runs) with the file it was made on.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import nacl.signing
import pytest

from intake_app.home import paths
from intake_app.store import keyslot
from intake_app.transport.inbox import Inbox, Limits
from intake_app.transport.ledger import ReceiptLog


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths ``os.fsync`` was called on (the real fsync still runs)."""
    seen: list[str] = []
    real = os.fsync

    def record(fd: int) -> None:
        seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", record)
    return seen


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_private_replaces_the_file_0600_whatever_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_bytes(b"old")
    old = os.umask(0)
    try:
        paths.write_private(target, b"new")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_a_link_planted_where_a_temporary_file_used_to_go_is_not_followed(tmp_path: Path) -> None:
    # The older copies wrote to a fixed "<name>.tmp" / "<name>.new" opened without O_EXCL: a link
    # planted there made the write land in the file it points to.
    victim = tmp_path / "victim"
    victim.write_bytes(b"untouched")
    target = tmp_path / "checkpoint"
    for name in ("checkpoint.tmp", "checkpoint.new", ".checkpoint.tmp"):
        (tmp_path / name).symlink_to(victim)
    paths.write_private(target, b"signed note")
    assert victim.read_bytes() == b"untouched"
    assert target.read_bytes() == b"signed note" and not target.is_symlink()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "register.json"
    target.mkdir()  # a rename over a non-empty directory fails
    (target / "inside").write_bytes(b"x")
    with pytest.raises(OSError):
        paths.write_private(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.json"]


def test_write_private_syncs_the_file_and_on_request_the_directory(tmp_path: Path, synced: list[str]) -> None:
    paths.write_private(tmp_path / "a", b"1")
    assert len(synced) == 1 and synced[0].startswith(str(tmp_path / ".a."))
    synced.clear()
    paths.write_private(tmp_path / "b", b"2", sync_dir=True)
    assert synced[-1] == str(tmp_path)


def test_the_ledger_checkpoint_is_private_and_synced(tmp_path: Path, umask_022: None, synced: list[str]) -> None:
    ledger = ReceiptLog(tmp_path / "ledger", nacl.signing.SigningKey.generate())
    ledger.append("ab" * 32, 1234, "cd" * 32)
    synced.clear()
    note = ledger.checkpoint()
    checkpoint = tmp_path / "ledger" / "checkpoint"
    assert checkpoint.read_text(encoding="utf-8") == note
    assert mode(checkpoint) == 0o600
    assert any(p.startswith(str(tmp_path / "ledger" / ".checkpoint.")) for p in synced), synced


def test_the_inbox_upload_state_is_private(tmp_path: Path, umask_022: None) -> None:
    inbox = Inbox(tmp_path / "inbox", Limits())
    created = inbox.create(1000, "ab" * 32, "cd" * 32)
    states = list((tmp_path / "inbox" / ".partial").glob("*.json"))
    assert len(states) == 1 and json.loads(states[0].read_text(encoding="utf-8"))
    assert str(created["upload_id"]) in states[0].name
    assert mode(states[0]) == 0o600


def test_the_key_slot_rename_is_made_durable_and_shred_finds_leftovers(tmp_path: Path, synced: list[str]) -> None:
    params = keyslot.KdfParams(opslimit=1, memlimit=8 << 20)
    keyslot.write_keyslot(tmp_path, "correct horse", bytearray(32), params)
    assert synced[-1] == str(tmp_path)  # the directory, after the key slot file
    assert mode(tmp_path / keyslot.KEYSLOT_NAME) == 0o600
    leftover = tmp_path / f".{keyslot.KEYSLOT_NAME}.x1y2.tmp"  # as a power cut mid-write leaves it
    leftover.write_bytes((tmp_path / keyslot.KEYSLOT_NAME).read_bytes())
    keyslot.shred(tmp_path)
    assert not leftover.exists() and not (tmp_path / keyslot.KEYSLOT_NAME).exists()


def test_create_private_makes_a_new_file_only(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "hs_ed25519_secret_key"
    paths.create_private(target, b"key")
    assert target.read_bytes() == b"key" and mode(target) == 0o600
    with pytest.raises(FileExistsError):
        paths.create_private(target, b"other")
    assert target.read_bytes() == b"key"
    victim = tmp_path / "victim"
    victim.write_bytes(b"untouched")
    (tmp_path / "planted").symlink_to(victim)
    with pytest.raises(FileExistsError):
        paths.create_private(tmp_path / "planted", b"x")
    assert victim.read_bytes() == b"untouched"


def test_create_private_leaves_no_half_written_file(tmp_path: Path) -> None:
    target = tmp_path / "custody.log"
    with pytest.raises(TypeError):
        paths.create_private(target, "not bytes")  # type: ignore[arg-type]  # the write fails
    assert not target.exists()


def test_a_public_file_keeps_its_public_mode(tmp_path: Path, umask_022: None) -> None:
    # An archive's signed profile.json is public by design: `intake archive bridges set` and the
    # identity migration rewrite it as `archive init` wrote it.
    target = tmp_path / "profile.json"
    target.write_bytes(b"{}")
    before = mode(target)
    paths.write_private(target, b'{"signed": true}', mode=0o644)
    assert mode(target) == before == 0o644
