# SPDX-License-Identifier: GPL-3.0-or-later
"""Store life cycle: create, unlock, wrong passphrase and throttling, passphrase change, lock on
demand / idle / request, panic wipe, damaged files."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from intake_app.store import Store, keyslot, request_lock, store_exists, wipe_store
from intake_app.store.errors import (
    BlobMissingError,
    StoreCorruptError,
    StoreExistsError,
    StoreLockedError,
    StoreNotFoundError,
    WrongPassphraseError,
)
from intake_app.store.keyslot import TEST_KDF, KdfParams
from tests.unit.store.conftest import PASSPHRASE


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_layout_and_no_sqlite_header(store: Store, intake_home: Path) -> None:
    d = intake_home / "store"
    assert (d / "store.db").exists() and (d / "keyslot.json").exists() and (d / "blobs").is_dir()
    assert not (d / "store.db").read_bytes().startswith(b"SQLite format 3")
    slot = json.loads((d / "keyslot.json").read_text())
    assert slot["kdf"]["alg"] == "argon2id13" and slot["kdf"]["opslimit"] == TEST_KDF.opslimit
    assert PASSPHRASE not in (d / "keyslot.json").read_text()
    for path in [d, d / "blobs"]:
        assert path.stat().st_mode & 0o777 == 0o700
    for path in _files(d):
        assert path.stat().st_mode & 0o077 == 0, path


def test_default_kdf_is_expensive() -> None:
    # The production default must not silently fall back to cheap test parameters.
    assert KdfParams().memlimit >= 256 << 20 and KdfParams().opslimit >= 3


def test_reopen_and_lock(store: Store, intake_home: Path) -> None:
    tid = store.create_testimony("witness", "1")
    dek = store._dek
    store.lock()
    assert store.locked and dek is not None and not any(dek)
    with pytest.raises(StoreLockedError):
        store.list_testimonies()
    again = Store.open(intake_home, PASSPHRASE, with_device_key=False)
    assert [t.id for t in again.list_testimonies()] == [tid]
    again.lock()


def test_create_twice_and_missing(store: Store, intake_home: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreExistsError):
        Store.create(intake_home, "x", kdf=TEST_KDF, with_device_key=False)
    with pytest.raises(StoreNotFoundError):
        Store.open(tmp_path / "elsewhere", PASSPHRASE, with_device_key=False)
    assert store_exists(intake_home) and not store_exists(tmp_path)


def test_wrong_passphrase_counts_and_slows_down(store: Store, intake_home: Path) -> None:
    store.lock()
    waits: list[float] = []
    delays = []
    for attempt in range(1, 7):
        with pytest.raises(WrongPassphraseError) as info:
            Store.open(intake_home, "wrong", wait=waits.append, with_device_key=False)
        assert info.value.failures == attempt
        delays.append(info.value.delay)
    assert delays[:2] == [0, 0] and delays[2:] == sorted(delays[2:]) and delays[-1] > delays[2] > 0
    # Earlier failures made later attempts wait (the recorded waits grow too).
    assert waits and waits == sorted(waits)
    # The counter is persisted on disk, not in this process.
    assert keyslot.read_failures(intake_home / "store")[0] == 6
    ok = Store.open(intake_home, PASSPHRASE, wait=waits.append, with_device_key=False)
    ok.lock()
    assert keyslot.read_failures(intake_home / "store")[0] == 0


def test_delay_policy() -> None:
    assert [keyslot.delay_for(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert keyslot.delay_for(100) == keyslot.MAX_DELAY


def test_change_passphrase_keeps_blobs_untouched(store: Store, intake_home: Path) -> None:
    w = store.new_blob_writer()
    w.write(b"voice" * 50_000)
    ref = w.close()
    store.finish_blob(ref)
    before = (store.blob_dir / ref.name).read_bytes()
    db_before = (intake_home / "store" / "store.db").stat().st_mtime_ns
    with pytest.raises(WrongPassphraseError):
        store.change_passphrase("not it", "new one")
    store.change_passphrase(PASSPHRASE, "new one", kdf=KdfParams(opslimit=2, memlimit=16 << 20))
    store.lock()
    assert (store.blob_dir / ref.name).read_bytes() == before
    assert (intake_home / "store" / "store.db").stat().st_mtime_ns >= db_before
    with pytest.raises(WrongPassphraseError):
        Store.open(intake_home, PASSPHRASE, with_device_key=False)
    s = Store.open(intake_home, "new one", with_device_key=False)
    assert s.kdf_params == KdfParams(opslimit=2, memlimit=16 << 20)
    with s.open_blob(ref.name) as r:
        assert r.read() == b"voice" * 50_000
    s.lock()


def test_edited_kdf_parameters_do_not_unlock(store: Store, intake_home: Path) -> None:
    store.lock()
    path = intake_home / "store" / "keyslot.json"
    doc = json.loads(path.read_text())
    doc["kdf"]["opslimit"] = 1 if doc["kdf"]["opslimit"] != 1 else 2
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphraseError):
        Store.open(intake_home, PASSPHRASE, with_device_key=False)


def test_garbled_keyslot_is_corrupt(store: Store, intake_home: Path) -> None:
    store.lock()
    (intake_home / "store" / "keyslot.json").write_text("{not json")
    with pytest.raises(StoreCorruptError):
        Store.open(intake_home, PASSPHRASE, with_device_key=False)


def test_corrupt_database(store: Store, intake_home: Path) -> None:
    store.create_testimony("witness", "1")
    store.lock()
    db = intake_home / "store" / "store.db"
    raw = bytearray(db.read_bytes())
    for i in range(min(len(raw), 4096)):
        raw[i] ^= 0x5A
    db.write_bytes(raw)
    for side in ("store.db-wal", "store.db-shm"):
        (intake_home / "store" / side).unlink(missing_ok=True)
    with pytest.raises(StoreCorruptError):
        Store.open(intake_home, PASSPHRASE, with_device_key=False)


def test_missing_database(store: Store, intake_home: Path) -> None:
    store.lock()
    (intake_home / "store" / "store.db").unlink()
    with pytest.raises(StoreCorruptError):
        Store.open(intake_home, PASSPHRASE, with_device_key=False)


def test_missing_blob_affects_only_itself(store: Store) -> None:
    tid = store.create_testimony("witness", "1")
    refs = []
    for payload in (b"a" * 1000, b"b" * 1000):
        w = store.new_blob_writer()
        w.write(payload)
        refs.append(w.close())
        store.add_recording(tid, refs[-1], "audio/flac")
    (store.blob_dir / refs[0].name).unlink()
    with pytest.raises(BlobMissingError):
        store.open_blob(refs[0].name)
    with store.open_blob(refs[1].name) as r:
        assert r.read() == b"b" * 1000
    assert store.testimony(tid).recordings == 2


def test_idle_lock(intake_home: Path) -> None:
    s = Store.create(intake_home, PASSPHRASE, kdf=TEST_KDF, idle_seconds=0.2, with_device_key=False)
    locked = threading.Event()
    s.on_lock(locked.set)
    assert locked.wait(30)
    assert s.locked and s._dek is None
    with pytest.raises(StoreLockedError):
        s.list_testimonies()


def test_lock_requested_from_another_process(store: Store, intake_home: Path) -> None:
    locked = threading.Event()
    store.on_lock(locked.set)
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, "-m", "intake_app", "--home", str(intake_home), "store", "lock"], check=True,
        capture_output=True,
    )
    assert locked.wait(30) and store.locked


def test_wipe_shreds_keyslot_in_place_first(store: Store, intake_home: Path, tmp_path: Path) -> None:
    d = intake_home / "store"
    original = (d / "keyslot.json").read_bytes()
    # A second name for the same inode shows what happened to the bytes on disk.
    os.link(d / "keyslot.json", tmp_path / "slot-link")
    saved_db = (d / "store.db").read_bytes()
    store.wipe()
    assert store.locked
    assert not d.exists() and not store_exists(intake_home)
    shredded = (tmp_path / "slot-link").read_bytes()
    assert shredded != original and b"wrapped_key" not in shredded
    # Even with a copy of the database, nothing opens it without the key slot.
    d.mkdir()
    (d / "store.db").write_bytes(saved_db)
    with pytest.raises(StoreNotFoundError):
        Store.open(intake_home, PASSPHRASE, with_device_key=False)


def test_wipe_without_passphrase(store: Store, intake_home: Path) -> None:
    from intake_app.home.device import device_key_path, load_or_create_device_key

    load_or_create_device_key(PASSPHRASE, work_factor=10)
    assert device_key_path().exists()
    (intake_home / "outbox").mkdir()
    (intake_home / "outbox" / "x.tib").write_bytes(b"sealed")
    store.lock()
    wipe_store(intake_home)
    assert not (intake_home / "store").exists() and not device_key_path().exists()
    assert not (intake_home / "outbox").exists()
    wipe_store(intake_home)  # idempotent


def test_request_lock_without_store(tmp_path: Path) -> None:
    assert request_lock(tmp_path) is False


def test_interrupted_blob_recovered_on_unlock(store: Store, intake_home: Path) -> None:
    w = store.new_blob_writer(chunk_size=4096)
    w.write(b"x" * 50_000)
    durable = w.durable_size
    os.close(w._fd)  # type: ignore[arg-type]  # the process "dies" here
    w._fd = None
    store.lock()
    s = Store.open(intake_home, PASSPHRASE, with_device_key=False)
    assert [r.name for r in s.recovered_blobs] == [w.name]
    with s.open_blob(w.name) as r:
        assert r.read() == b"x" * durable
    s.lock()


def test_purge_orphan_blobs_keeps_referenced_ones(store: Store) -> None:
    tid = store.create_testimony("session_record", "1.1.0")
    kept = store.new_blob_writer()
    kept.write(b"k")
    store.add_recording(tid, kept.close(), "audio/flac")
    orphan = store.new_blob_writer()
    orphan.write(b"o")
    store.finish_blob(orphan.close())
    assert store.purge_orphan_blobs() == [orphan.name]
    assert (store.blob_dir / kept.name).exists() and not (store.blob_dir / orphan.name).exists()
    assert store.purge_orphan_blobs() == []


def test_lock_closes_open_readers(store: Store) -> None:
    w = store.new_blob_writer()
    w.write(b"p" * 200_000)
    ref = w.close()
    store.finish_blob(ref)
    reader = store.open_blob(ref.name)
    assert reader.read(10) == b"p" * 10
    store.lock()
    assert reader.closed and reader._cipher._aead is None and not any(reader._cipher._key)
    with pytest.raises(ValueError):
        reader.read(10)
