# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations from every earlier version, through the real unlock path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from intake_app.store import Store, db, keyslot, schema
from intake_app.store import _secretstream as ss
from intake_app.store.errors import StoreVersionError
from intake_app.store.keyslot import TEST_KDF

PASS = "migrate me"


def _old_store(home: Path, version: int) -> None:
    """A store as an app at schema ``version`` left it, with a row in every table it had."""
    d = home / "store"
    (d / "blobs").mkdir(parents=True, mode=0o700)
    dek = ss.random_bytes(32)
    conn = db.connect(d / db.DB_NAME, dek)
    schema.migrate(conn, target=version)
    key = b"k" * 32
    if version >= 1:
        conn.execute("INSERT INTO interviews (id, key, created_at, label) VALUES ('i1', ?, 't', NULL)", (key,))
        conn.execute(
            "INSERT INTO testimonies (id, interview_id, form_id, form_version, status, key, created_at, updated_at)"
            " VALUES ('t1', 'i1', 'witness', '1', 'draft', ?, 't0', 't0')",
            (key,),
        )
        conn.execute(
            "INSERT INTO answer_versions (testimony_id, version, saved_at, content, identity_sealed)"
            " VALUES ('t1', 1, 't', x'00', x'01')"
        )
        conn.execute(
            "INSERT INTO blobs (id, key, state, size, chunks, chunk_size, created_at)"
            " VALUES ('b1', ?, 'complete', 0, 1, 65536, 't')",
            (key,),
        )
        conn.execute(
            "INSERT INTO recordings (id, testimony_id, blob_id, media_type, created_at)"
            " VALUES ('r1', 't1', 'b1', 'audio/flac', 't')"
        )
    if version >= 5:  # a store at v5 numbered its testimonies when it created them
        conn.execute("UPDATE testimonies SET number = 1 WHERE id = 't1'")
        conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES ('last_testimony_number', '1')")
    if version >= 2:
        conn.execute(
            "INSERT INTO attachments (id, testimony_id, content_blob_id, original_blob_id, media_type, created_at)"
            " VALUES ('a1', 't1', 'b1', NULL, 'image/png', 't')"
        )
        conn.execute(
            "INSERT INTO notes (id, testimony_id, interview_id, key, body, created_at)"
            " VALUES ('n1', 't1', NULL, ?, x'00', 't')",
            (key,),
        )
    conn.close()
    keyslot.write_keyslot(d, PASS, dek, TEST_KDF)


def _schema_of(conn: object) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")  # type: ignore[attr-defined]
    return list(rows.fetchall())


@pytest.mark.parametrize("version", range(schema.SCHEMA_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old"
    _old_store(old, version)
    s = Store.open(old, PASS, with_device_key=False)
    try:
        assert schema.version_of(s._conn) == schema.SCHEMA_VERSION
        fresh = Store.create(tmp_path / "fresh", PASS, kdf=TEST_KDF, with_device_key=False)
        assert _schema_of(s._conn) == _schema_of(fresh._conn)
        fresh.lock()
        if version >= 1:
            t = s.testimony("t1")
            assert (t.form_id, t.versions, t.recordings, t.has_identity) == ("witness", 1, 1, True)
            assert s._query("SELECT duration_ms FROM recordings") == [(None,)]
            # v4: no journal link and no sealed description yet for a take stored earlier.
            (row,) = s.recordings("t1")
            assert (row.blob_id, row.journal_blob_id, row.info, row.markers) == ("b1", None, None, [])
        if version >= 2:
            assert s.testimony("t1").attachments == 1
            assert s._query("SELECT stripped FROM attachments") == [(1,)]
        if version >= 1:  # v5: the testimony that was there is "Interview 1"; the next is 2
            assert s.testimony("t1").number == 1
            # v6: a take stored earlier has no sealed original (only imports have one).
            assert s._query("SELECT original_blob_id FROM recordings") == [(None,)]
            assert [p.original for p in s.payloads("t1") if p.kind == "audio"] == [False]
        # The upgraded store is fully usable.
        tid = s.create_testimony("victim", "2")
        assert s.testimony(tid).number == (2 if version >= 1 else 1)
        s.add_note("after upgrade", testimony_id=tid)
        assert s.notes(testimony_id=tid) == ["after upgrade"]
        assert s.outbox() == []
    finally:
        s.lock()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    s = Store.create(tmp_path, PASS, kdf=TEST_KDF, with_device_key=False)
    s._conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    s.lock()
    with pytest.raises(StoreVersionError):
        Store.open(tmp_path, PASS, with_device_key=False)


def test_every_step_is_registered() -> None:
    assert sorted(schema.MIGRATIONS) == list(range(schema.SCHEMA_VERSION))


@pytest.mark.parametrize("version", [v for v in range(1, schema.SCHEMA_VERSION) if v < 4])
def test_takes_stored_before_v4_get_their_journal_linked_at_unlock(tmp_path: Path, version: int) -> None:
    """A take recorded by an app at schema ``version`` left its journal (markers) unreferenced;
    after the upgrade the audio service links it at unlock, so markers list from the database.
    A journal whose testimony was destroyed (it outlived it before v4) is discarded."""
    from intake_app.audio.info import Marker, RecordingInfo
    from intake_app.audio.journal import JOURNAL_CHUNK_SIZE, Journal
    from intake_app.audio.session import recover_recordings
    from intake_app.store.blobs import BlobWriter

    old = tmp_path / "old"
    _old_store(old, version)
    # Reopen the old database as that app would have, and write two real journal blobs.
    d = old / "store"
    dek, _ = keyslot.unlock(d, PASS)
    conn = db.connect(d / db.DB_NAME, dek)
    info = RecordingInfo("flac", 48000, 2, 96000, markers=[Marker(1.5, "question 3")])
    names = []
    for testimony, audio in (("t1", "b1"), ("gone", "b-gone")):
        key = ss.random_bytes(32)
        # As that app wrote it: blob format version 1 (what the database's rows say after v7).
        writer = BlobWriter(d / "blobs", key, chunk_size=JOURNAL_CHUNK_SIZE, version=1)
        conn.execute("INSERT INTO blobs (id, key, state, chunk_size, created_at) VALUES (?, ?, 'writing', ?, 't')",
                     (writer.name, bytes(key), JOURNAL_CHUNK_SIZE))
        journal = Journal(writer)
        journal.write({"event": "start", "testimony": testimony, "audio_blob": audio})
        journal.write({"event": "marker", "at": 1.5, "label": "question 3"})
        journal.write({"event": "end", **info.to_json()})
        ref = writer.close()
        conn.execute("UPDATE blobs SET state = 'complete', size = ?, chunks = ? WHERE id = ?",
                     (ref.size, ref.chunks, ref.name))
        names.append(ref.name)
    conn.close()
    ss.zero(dek)
    s = Store.open(old, PASS, with_device_key=False)
    try:
        assert recover_recordings(s) == []  # nothing newly attached: the take was already there
        (row,) = s.recordings("t1")
        assert row.journal_blob_id == names[0]
        assert row.info is not None and row.info["frames"] == 96000
        assert [(m["at"], m["label"]) for m in row.markers] == [(1.5, "question 3")]
        assert not (d / "blobs" / names[1]).exists()  # its testimony is gone: so is its journal
        assert s._query("SELECT count(*) FROM blobs WHERE id = ?", (names[1],)) == [(0,)]
        assert s.purge_orphan_blobs() == []  # a linked journal is not an orphan
        assert recover_recordings(s) == [] and s.recordings("t1")[0].journal_blob_id == names[0]
    finally:
        s.lock()


def test_v5_numbers_existing_interviews_by_creation_including_sent_and_destroyed(tmp_path: Path) -> None:
    """Interviews stored before v5 get numbers in creation order, also one whose local copy was
    destroyed after its receipt (only its outbox row is left); the next number follows them all."""
    old = tmp_path / "old"
    _old_store(old, 4)
    d = old / "store"
    dek, _ = keyslot.unlock(d, PASS)
    conn = db.connect(d / db.DB_NAME, dek)
    conn.execute(
        "INSERT INTO outbox (id, testimony_id, bundle_id, sha256, size, state, created_at)"
        " VALUES ('o-gone', NULL, 'b-gone', 'x', 1, 'destroyed', 't1')"
    )
    conn.execute(
        "INSERT INTO testimonies (id, interview_id, form_id, form_version, status, key, created_at, updated_at)"
        " VALUES ('t2', NULL, 'witness', '1', 'final', ?, 't2', 't2')",
        (b"k" * 32,),
    )
    conn.execute(
        "INSERT INTO outbox (id, testimony_id, bundle_id, sha256, size, state, created_at)"
        " VALUES ('o-t2', 't2', 'b-t2', 'y', 1, 'queued', 't3')"
    )
    conn.close()
    s = Store.open(old, PASS, with_device_key=False)
    try:
        assert (s.testimony("t1").number, s.testimony("t2").number) == (1, 3)
        assert {e.id: e.number for e in s.outbox()} == {"o-gone": 2, "o-t2": 3}
        assert s.testimony(s.create_testimony("victim", "2")).number == 4
    finally:
        s.lock()


@pytest.mark.parametrize("version", [5, 6])
def test_a_store_with_v1_blobs_migrated_to_v7_reads_and_recovers_them(tmp_path: Path, version: int) -> None:
    """Every store in the field has blobs of format version 1 (libsodium secretstream). After the
    v7 migration their rows say version 1, so they read as before; one a crash left unfinished
    is recovered with the v1 format at unlock; new blobs are written as version 2 with a kept
    SHA-256; and a v1 blob has no kept hash (sealing hashes it)."""
    import hashlib

    from intake_app.store.blobs import BlobWriter, sealed_chunk_size

    old = tmp_path / "old"
    _old_store(old, version)
    d = old / "store"
    dek, _ = keyslot.unlock(d, PASS)
    conn = db.connect(d / db.DB_NAME, dek)
    take = os.urandom(200_000)
    key = ss.random_bytes(32)
    with BlobWriter(d / "blobs", key, version=1) as w:  # the v1 code path, as that app wrote it
        w.write(take)
    ref = w.close()
    conn.execute("INSERT INTO blobs (id, key, state, size, chunks, chunk_size, created_at)"
                 " VALUES (?, ?, 'complete', ?, ?, 65536, 't')", (ref.name, bytes(key), ref.size, ref.chunks))
    conn.execute("UPDATE recordings SET blob_id = ? WHERE id = 'r1'", (ref.name,))
    # A take the old app was writing when it was killed: two full chunks and a torn third.
    torn_key = ss.random_bytes(32)
    torn = BlobWriter(d / "blobs", torn_key, version=1)
    conn.execute("INSERT INTO blobs (id, key, state, chunk_size, created_at) VALUES (?, ?, 'writing', 65536, 't')",
                 (torn.name, bytes(torn_key)))
    torn.write(take[:150_000])
    os.close(torn._fd)  # type: ignore[arg-type]
    torn._fd = None
    with open(d / "blobs" / torn.name, "ab") as fh:
        fh.write(os.urandom(1000))
    conn.close()
    ss.zero(dek)
    s = Store.open(old, PASS, with_device_key=False)
    try:
        assert schema.version_of(s._conn) == schema.SCHEMA_VERSION
        with s.open_blob(ref.name) as reader:
            assert reader.read() == take
        assert s.blob_sha256(ref.name) is None
        assert [r.name for r in s.recovered_blobs] == [torn.name]
        assert s._query("SELECT state, size, version, sha256 FROM blobs WHERE id = ?", (torn.name,)) == [
            ("recovered", 2 * (65536 - 12), 1, None)]
        with s.open_blob(torn.name) as reader:
            assert reader.read() == take[: 2 * (65536 - 12)]
        fresh = s.blob_from(take)
        assert s._query("SELECT version FROM blobs WHERE id = ?", (fresh.name,)) == [(2,)]
        assert (d / "blobs" / fresh.name).stat().st_size == fresh.chunks * sealed_chunk_size(65536, 2)
        assert s.blob_sha256(fresh.name) == hashlib.sha256(take).hexdigest()
        with s.open_blob(fresh.name) as reader:
            assert reader.read() == take
    finally:
        s.lock()
