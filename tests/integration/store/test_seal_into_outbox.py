# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing a draft straight into the store (issue 24): the Seal button's ``finalize`` streams the
bundle into one new blob, which is fsynced once when complete, never per chunk, and never
exists as a file outside the store; a failure or a ``kill -9`` in the middle leaves the
testimony a draft and no bundle behind, and it can be sealed again."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import BinaryIO

import nacl.signing
import pytest

import intake_crypto as crypto
import intake_forms as forms
from intake_app.sealing import service as bundle_service
from intake_app.sealing.finalize import finalize
from intake_app.store import Store
from intake_app.store.blobs import sealed_chunk_size
from intake_app.store.errors import BlobCorruptError, BlobWriteError
from intake_app.store.keyslot import TEST_KDF
from intake_app.text.errors import user_message
from intake_crypto.bundle import profile as profile_mod
from tests.unit.forms.example import consent_answers

PASS = "seal me straight in"
FORM = "self_submission"


def _archive() -> tuple[profile_mod.ArchiveProfile, crypto.X25519Identity]:
    content, identity = crypto.X25519Identity.generate(), crypto.X25519Identity.generate()
    pk, rk = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    profile = profile_mod.ArchiveProfile(
        name="Test archive", content_recipients=(str(content.recipient()),),
        identity_recipients=(str(identity.recipient()),), receiver_onion="",
        receipt_public_key=bytes(rk.verify_key), profile_public_key=bytes(pk.verify_key),
    ).signed(pk)
    return profile, content


def _answers() -> dict[str, object]:
    consent = dict(consent_answers("en"), method="click")
    consent.pop("consent_audio")
    return {"consent": consent, "how_known": ["EXPERIENCED"], "account": "a testimony"}


def _draft(store: Store, profile: object, audio: bytes) -> str:
    store.set_profile(profile)
    tid = store.create_testimony(FORM, str(forms.load_form(FORM).version))
    store.save_answers(tid, _answers())
    writer = store.new_blob_writer()
    writer.write(audio)
    store.add_recording(tid, writer.close(), "audio/flac")
    return tid


def test_the_bundle_goes_straight_into_one_blob_fsynced_once(
    intake_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile, content_key = _archive()
    audio = b"fLaC" + os.urandom(3 << 20)  # about 50 chunks of the store's blobs
    store = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        tid = _draft(store, profile, audio)
        before = {p for p in intake_home.rglob("*") if p.is_file()}
        fsynced: list[str] = []
        real_fsync = os.fsync

        def fsync(fd: int) -> None:  # the real call, recording which file it made durable
            fsynced.append(os.readlink(f"/proc/self/fd/{fd}"))
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
        entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate())
        monkeypatch.setattr(os, "fsync", real_fsync)

        assert store.testimony(tid).status == "final"
        made = {p for p in intake_home.rglob("*") if p.is_file()} - before
        bundle_blob = store.blob_dir / store._query("SELECT blob_id FROM outbox WHERE id = ?", (entry.id,))[0][0]
        # One new file, a blob; nothing written (or made durable) outside the store.
        assert made == {bundle_blob}
        assert all(Path(p).is_relative_to(store.directory) for p in fsynced), fsynced
        # The bundle's blob is fsynced once, when it is complete, not once per chunk.
        assert fsynced.count(str(bundle_blob)) == 1, fsynced.count(str(bundle_blob))

        out = tmp_path / "b.tib"
        store.export_bundle(entry.id, out)  # checks the recorded SHA-256 on the way
        opened = tmp_path / "opened"
        report = bundle_service.open_bundle(out, [content_key], opened, strict_keys=False)
        audio_files = [e for e in report.sides["content"].files if e.kind == "audio"]
        assert [(opened / "content" / e.path).read_bytes() for e in audio_files] == [audio]
    finally:
        store.lock()


def test_a_seal_that_fails_midway_leaves_a_draft_and_no_bundle(intake_home: Path, tmp_path: Path) -> None:
    profile, _ = _archive()
    store = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        tid = _draft(store, profile, b"fLaC" + os.urandom(2 << 20))
        recording_blob = store.payloads(tid)[0].blob_id
        # Damage a chunk in the middle of the recording: the seal has written part of the
        # bundle when it reads it.
        path = store.blob_dir / recording_blob
        with open(path, "r+b") as fh:
            fh.seek(20 * sealed_chunk_size(64 * 1024) + 100)
            byte = fh.read(1)
            fh.seek(-1, os.SEEK_CUR)
            fh.write(bytes([byte[0] ^ 1]))
        with pytest.raises(BlobCorruptError):
            finalize(store, tid, profile, nacl.signing.SigningKey.generate())
        assert store.testimony(tid).status == "draft"
        assert store.outbox() == []
        assert store._query("SELECT id FROM blobs") == [(recording_blob,)]
        assert [p.name for p in store.blob_dir.iterdir()] == [recording_blob]
        assert not (intake_home / "outbox").exists() or not any((intake_home / "outbox").iterdir())
    finally:
        store.lock()


def test_a_bundle_sealed_into_the_outbox_is_kept_only_if_the_seal_finishes(intake_home: Path) -> None:
    store = Store.create(intake_home, PASS, kdf=TEST_KDF)
    tid = store.create_testimony(FORM, str(forms.load_form(FORM).version))
    try:
        sealed = b"age-encryption.org/v1 ... ciphertext for the archive" * 5000

        def failing(out: BinaryIO) -> tuple[str, str]:
            out.write(sealed)
            raise RuntimeError("the bundle service stopped half way")

        with pytest.raises(RuntimeError):
            store.seal_into_outbox(tid, failing, number=1)
        # Nothing recorded, no blob key or file left, the testimony still a draft.
        assert store.outbox() == []
        assert store._query("SELECT count(*) FROM blobs") == [(0,)]
        assert list(store.blob_dir.iterdir()) == []
        assert store.testimony(tid).status == "draft"

        def seal(out: BinaryIO) -> tuple[str, str]:
            out.write(sealed)
            return "b-1", hashlib.sha256(sealed).hexdigest()

        entry = store.seal_into_outbox(tid, seal, number=1)
        assert (entry.bundle_id, entry.sha256, entry.state) == ("b-1", hashlib.sha256(sealed).hexdigest(), "queued")
        assert store.testimony(tid).status == "final"
        with store.open_bundle_stream(entry.id) as fh:
            assert fh.read() == sealed
    finally:
        store.lock()


SEALER = textwrap.dedent(
    """
    import os
    import sys
    from pathlib import Path
    import nacl.signing
    from intake_app.sealing.finalize import finalize
    from intake_app.store import Store
    store = Store.open(Path(sys.argv[1]), sys.argv[2])
    profile = store.pinned_profile()
    os.nice(19)  # yields to the test polling it, so the kill lands mid-seal even on a busy machine
    print("sealing", flush=True)
    finalize(store, sys.argv[3], profile, nacl.signing.SigningKey.generate())
    print("sealed", flush=True)
    """
)


def test_kill_9_while_sealing_leaves_a_draft_that_seals_again(intake_home: Path, tmp_path: Path) -> None:
    profile, content_key = _archive()
    audio = b"fLaC" + os.urandom(96 << 20)
    store = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        tid = _draft(store, profile, audio)
        known = {p.name for p in store.blob_dir.iterdir()}
    finally:
        store.lock()
    proc = subprocess.Popen([sys.executable, "-c", SEALER, str(intake_home), PASS, tid],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "sealing"
    blob_dir = intake_home / "store" / "blobs"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill it once the bundle's blob holds some chunks
        new = [p for p in blob_dir.iterdir() if p.name not in known]
        if new and new[0].stat().st_size > (4 << 20):
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    store = Store.open(intake_home, PASS)
    try:
        assert store.testimony(tid).status == "draft"
        assert store.outbox() == []
        store.purge_orphan_blobs()  # the interrupted bundle's blob is nobody's
        assert {p.name for p in store.blob_dir.iterdir()} == known
        entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate())
        out = tmp_path / "b.tib"
        store.export_bundle(entry.id, out)
        report = bundle_service.verify_bundle(out, [content_key], strict_keys=False)
        assert report.sides["content"].opened
    finally:
        store.lock()


def test_a_full_disk_while_sealing_is_a_plain_error_and_the_draft_seals_later(small_disk: Path) -> None:
    """The bundle's blob is written in a helper thread now: a full disk there still stops the
    seal with the store's typed error (the plain "disk is full" message), leaves no partial blob,
    and the draft seals once there is room again."""
    profile, _ = _archive()
    store = Store.create(small_disk, PASS, kdf=TEST_KDF)
    try:
        tid = _draft(store, profile, b"fLaC" + os.urandom(300_000))
        blobs_before = set(os.listdir(store.blob_dir))
        filler = small_disk / "filler"
        with open(filler, "wb") as fh:  # leave about 100 KB: the recording's bundle needs more
            free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
            fh.write(b"\0" * max(0, free - 100_000))
        with pytest.raises(BlobWriteError) as info:
            finalize(store, tid, profile, nacl.signing.SigningKey.generate())
        assert info.value.disk_full
        assert "disk is full" in user_message(info.value)[0]
        assert set(os.listdir(store.blob_dir)) == blobs_before
        assert store.outbox() == [] and store.testimony(tid).status == "draft"
        filler.unlink()
        entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate())
        assert store.outbox_entry(entry.id).state == "queued"
    finally:
        store.lock()
