# SPDX-License-Identifier: GPL-3.0-or-later
"""Each payload byte hashed once (issue 24): the store keeps a blob's SHA-256 computed as it was
written, and sealing states it in the manifest instead of hashing the payload again. The archive
opens and verifies such a bundle with the real ``intake verify`` / ``intake open``, and every
payload's manifest hash equals a recomputation over the opened bytes; a blob without a kept hash
(recovered after a crash) is hashed while sealing; a kept hash that lied would be caught at the
archive, never silently published."""

from __future__ import annotations

import hashlib
import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing
import pytest

import intake_forms as forms
from intake_app.sealing import service as bundle_service
from intake_app.sealing.finalize import finalize, payload_sources
from intake_app.store import Store
from intake_app.store.keyslot import TEST_KDF
from intake_crypto.bundle import profile as profile_mod
from intake_crypto.bundle._bundle_errors import BundleIntegrityError
from tests.bundle_support import LOW_WORK_FACTOR
from tests.integration.store.conftest import run_cli
from tests.integration.store.test_finalize import _photo_with_exif

PASS = "kept hashes 六四"
VERSION = str(forms.load_form("session_record").version)
ANSWERS = {
    "interviewer_name": "someone", "interviewer_code": "IC-1", "place_region": "Beijing",
    "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
    "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
    "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
    "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
    "copy_offered": "given", "others_present": "nobody", "inducement": "none",
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    pf = tmp_path / "archive-pass.txt"
    pf.write_text(PASS + "\n", encoding="utf-8")
    arch = tmp_path / "archive"
    r = run_cli(tmp_path / "archive-home", "archive", "init", str(arch), "--name", "Test archive", "--classic",
                "--passphrase-file", str(pf), "--scrypt-work-factor", str(LOW_WORK_FACTOR))
    assert r.returncode == 0, r.stderr
    return arch


def _take(s: Store, data: bytes, *, checkpoint_every: int = 0) -> object:
    """A live take as the recorder writes one: many writes, checkpoints now and then."""
    w = s.new_blob_writer()
    for n, i in enumerate(range(0, len(data), 4000)):
        w.write(data[i : i + 4000])
        if checkpoint_every and n % checkpoint_every == 0:
            w.checkpoint()
    return w.close()


def _open_at_archive(arch: Path, tib: Path, out: Path) -> dict[str, dict[str, str]]:
    """``intake verify`` then ``intake open`` with the archive's keys; returns, per side, each
    payload's manifest hash, after checking it against the opened file's recomputed SHA-256."""
    keys = ["--key", str(arch / "keys" / "content.key"), "--key", str(arch / "keys" / "identity.key"),
            "--passphrase-file", str(arch.parent / "archive-pass.txt"), "--profile", str(arch / "profile.json")]
    home = arch.parent / "archive-home"
    r = run_cli(home, "verify", str(tib), *keys)
    assert r.returncode == 0, r.stderr
    r = run_cli(home, "open", str(tib), *keys, "--out", str(out))
    assert r.returncode == 0, r.stderr
    hashes: dict[str, dict[str, str]] = {}
    for side in ("content", "identity"):
        manifest = json.loads((out / side / "manifest.json").read_bytes())
        hashes[side] = {}
        for entry in manifest["files"]:
            recomputed = hashlib.sha256((out / side / entry["path"]).read_bytes()).hexdigest()
            assert entry["sha256"] == recomputed, entry["path"]
            hashes[side][entry["path"]] = entry["sha256"]
    return hashes


def test_a_bundle_sealed_with_kept_hashes_opens_verifies_and_states_the_bytes_hashes(
    intake_home: Path, tmp_path: Path, archive: Path
) -> None:
    profile = profile_mod.load_profile(archive / "profile.json")
    take = b"fLaC" + os.urandom(500_000)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(_photo_with_exif("CANARY-kept-hash"))
    s = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        s.set_profile(profile)
        tid = s.create_testimony("session_record", VERSION)
        s.save_answers(tid, ANSWERS)
        s.add_recording(tid, _take(s, take, checkpoint_every=7), "audio/flac")  # type: ignore[arg-type]
        s.add_attachment(tid, photo, "image/jpeg")
        sources = payload_sources(s, tid)
        # Every payload (the take, the stripped photo, its sealed original) has a kept hash,
        # and it is the hash of exactly what the store reads back now.
        assert len(sources) == 3 and all(p.sha256 for p in sources)
        for p in sources:
            with p.open() as fh:
                assert hashlib.sha256(fh.read()).hexdigest() == p.sha256
        (audio,) = [p for p in sources if p.kind == "audio"]
        assert audio.sha256 == hashlib.sha256(take).hexdigest()
        kept = {p.sha256 for p in sources}
        entry = finalize(s, tid, profile, nacl.signing.SigningKey.generate())
        tib = tmp_path / "b.tib"
        s.export_bundle(entry.id, tib)
    finally:
        s.lock()
    hashes = _open_at_archive(archive, tib, tmp_path / "opened")
    stated = set(hashes["content"].values()) | set(hashes["identity"].values())
    assert kept <= stated  # the manifests state the kept hashes, each equal to a recomputation


def test_a_recovered_take_has_no_kept_hash_and_is_hashed_while_sealing(
    intake_home: Path, tmp_path: Path, archive: Path
) -> None:
    profile = profile_mod.load_profile(archive / "profile.json")
    take = b"fLaC" + os.urandom(300_000)
    s = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        s.set_profile(profile)
        tid = s.create_testimony("session_record", VERSION)
        s.save_answers(tid, ANSWERS)
        w = s.new_blob_writer()
        w.write(take)
        w.checkpoint()
        os.close(w._fd)  # type: ignore[arg-type]  # the recorder was killed: no close()
        w._fd = None
    finally:
        s.lock()
    s = Store.open(intake_home, PASS)
    try:
        (ref,) = s.recovered_blobs
        assert ref.recovered and ref.sha256 is None and s.blob_sha256(ref.name) is None
        s.add_recording(tid, ref, "audio/flac")
        (source,) = payload_sources(s, tid)
        assert source.sha256 is None
        entry = finalize(s, tid, profile, nacl.signing.SigningKey.generate())
        tib = tmp_path / "b.tib"
        s.export_bundle(entry.id, tib)
    finally:
        s.lock()
    hashes = _open_at_archive(archive, tib, tmp_path / "opened")
    assert hashlib.sha256(take).hexdigest() in hashes["content"].values()


def test_a_kept_hash_that_lied_is_caught_when_the_archive_opens_the_bundle(tmp_path: Path) -> None:
    """The manifest states the given hash as it is (the payload is not hashed again): a wrong
    one, whatever its cause, makes the bundle fail verification at the archive."""
    from tests.bundle_support import make_archive

    archive = make_archive("classic")
    data = b"fLaC" + os.urandom(100_000)
    wrong = hashlib.sha256(data + b"!").hexdigest()
    source = bundle_service.PayloadSource("take", lambda: io.BytesIO(data), len(data), "audio/flac", "audio",
                                          sha256=wrong)
    tib = tmp_path / "lie.tib"
    bundle_service.seal_testimony(archive.profile, "session_record", VERSION, ANSWERS, [source],
                                  nacl.signing.SigningKey.generate(), tib, interviewer_role="interviewer",
                                  captured_at=datetime(2024, 6, 4, 10, 0, tzinfo=UTC))
    with pytest.raises(BundleIntegrityError, match="SHA-256|sha256|hash"):
        bundle_service.verify_bundle(tib, [archive.content_key, archive.identity_key])
