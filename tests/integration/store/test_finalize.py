# SPDX-License-Identifier: GPL-3.0-or-later
"""Finalise → sealed bundle in the outbox → export → open with the archive's real keys; receipt
→ local copies destroyed; canaries in every kind of field and file, nowhere in plaintext."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import nacl.signing
import pytest
from PIL import Image

import intake_crypto as crypto
import intake_forms as forms
from intake_app.sealing import service as bundle_service
from intake_app.sealing.finalize import finalize, payload_sources
from intake_app.store import Store
from intake_app.store.errors import InvalidStateError
from intake_app.store.keyslot import TEST_KDF
from intake_crypto.bundle import profile as profile_mod
from tests.fixtures.canary import assert_no_canaries, canary, default_roots

PASS = "finalise me"
VERSION = str(forms.load_form("session_record").version)


def _archive(delete_after_receipt: bool) -> tuple[object, crypto.X25519Identity, crypto.X25519Identity]:
    content, identity = crypto.X25519Identity.generate(), crypto.X25519Identity.generate()
    pk, rk = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    profile = profile_mod.ArchiveProfile(
        name="Test archive", content_recipients=(str(content.recipient()),),
        identity_recipients=(str(identity.recipient()),), receiver_onion="",
        receipt_public_key=bytes(rk.verify_key), profile_public_key=bytes(pk.verify_key),
        delete_after_receipt=delete_after_receipt,
    ).signed(pk)
    return profile, content, identity


def _photo_with_exif(secret: str) -> bytes:
    img = Image.new("RGB", (32, 24), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = secret  # ImageDescription
    exif[0x013B] = secret  # Artist
    out = io.BytesIO()
    logging.disable(logging.DEBUG)  # the test's own camera (PIL) would log the secret it writes
    try:
        img.save(out, "JPEG", exif=exif.tobytes())
    finally:
        logging.disable(logging.NOTSET)
    return out.getvalue()


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("delete_after_receipt", [True, False])
def test_finalize_export_open_receipt(
    intake_home: Path, tmp_path: Path, canary_clock: float, delete_after_receipt: bool
) -> None:
    profile, content_key, identity_key = _archive(delete_after_receipt)
    c = {k: canary(k) for k in ("name", "place", "code", "region", "reason", "exif", "audio", "note", "label")}
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    photo = inputs / "photo.jpg"
    photo.write_bytes(_photo_with_exif(c["exif"]))

    s = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        s.set_profile(profile)
        iid = s.create_interview(c["label"])
        tid = s.create_testimony("session_record", VERSION, interview_id=iid)
        s.add_note(c["note"], interview_id=iid)
        s.save_answers(tid, {
            "interviewer_name": c["name"], "place_exact": c["place"], "interviewer_code": c["code"],
            "place_region": c["region"], "not_recorded_reason": c["reason"],
            "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
            "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
            "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
            "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
            "copy_offered": "given", "others_present": "nobody", "inducement": "none",
        })
        s.add_attachment(tid, photo, "image/jpeg")
        w = s.new_blob_writer()
        w.write(b"fLaC" + c["audio"].encode() * 1000)
        s.add_recording(tid, w.close(), "audio/flac")
        s.add_note(c["note"], testimony_id=tid)

        entry = finalize(s, tid, profile, nacl.signing.SigningKey.generate())
        assert s.testimony(tid).status == "final"
        with pytest.raises(InvalidStateError):
            s.save_answers(tid, {"interviewer_code": "late"})
        out = tmp_path / "export" / "b.tib"
        out.parent.mkdir()
        s.export_bundle(entry.id, out)
        assert out.stat().st_size == entry.size
        assert not list((intake_home / "outbox").glob(".sealing-*"))

        opened = tmp_path / "opened"
        report = bundle_service.open_bundle(out, [content_key, identity_key], opened)
        _check_manifests(report)
        content_files = _files(opened / "content")
        identity_files = _files(opened / "identity")
        content_blob = b"".join(content_files.values())
        for key in ("code", "region", "reason"):
            assert c[key].encode() in content_blob
        for key in ("name", "place", "exif"):
            assert c[key].encode() not in content_blob  # identity and metadata never on the content side
        assert c["audio"].encode() in content_blob
        # Identity side: the sections and the original photo, each sealed once more to the
        # identity key on save; the identity custodian opens them with the same key.
        sealed = {k: v for k, v in identity_files.items() if k != "manifest.json" and not k.endswith(".json")}
        opened_values = [crypto.decrypt_bytes(v, [identity_key]) for v in sealed.values()]
        assert any(json.loads(v) == c["name"] for v in opened_values if v[:1] == b'"')
        assert any(v == photo.read_bytes() for v in opened_values)

        s.record_receipt(entry.id, "RCPT-1234", b'{"signed": "receipt"}')
        assert s.receipts()[0][1] == "RCPT-1234"
        if delete_after_receipt:
            assert [t.id for t in s.list_testimonies()] == []
            assert list(s.blob_dir.iterdir()) == []
            assert s.outbox()[0].state == "destroyed"
        else:
            assert s.testimony(tid).status == "receipted"
    finally:
        s.lock()
    assert_no_canaries(c.values(), full=[intake_home], recent=default_roots(), since=canary_clock,
                       exclude=[inputs, opened])


def _check_manifests(report: Any) -> None:
    """The manifests of a finalised testimony with one recording and one attachment: every file
    states its class (audio restricted-content), and the stripped copy names its original."""
    content, identity = report.sides["content"].manifest, report.sides["identity"].manifest
    classes = {(e["kind"], e["sensitivity"]) for e in content.raw["files"]}
    assert ("audio", "restricted-content") in classes and ("attachment", "content") in classes
    assert {k for k, _ in classes} == {"answers", "audio", "attachment"}
    assert {e["sensitivity"] for e in identity.raw["files"]} == {"identity"}
    # derived_from reached the bundle: the identity manifest links the sealed original to the
    # stripped copy, by path and hash, on the identity side only.
    (stripped,) = [e for e in content.raw["files"] if e["kind"] == "attachment"]
    (original,) = [e for e in identity.raw["files"] if e["kind"] == "original"]
    assert identity.raw["derivations"] == [{
        "original": original["path"], "original_sha256": original["sha256"],
        "derived": stripped["path"], "derived_sha256": stripped["sha256"],
    }]
    assert "derivations" not in content.raw


def test_stripped_attachment_copies_carry_derived_from(intake_home: Path, tmp_path: Path) -> None:
    """What the store hands the bundle service: each stripped copy names its sealed original,
    recordings are restricted-content, stripped copies content, originals identity."""
    profile, _, _ = _archive(False)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(_photo_with_exif("CANARY-EXIF-7c1e"))
    s = Store.create(intake_home, PASS, kdf=TEST_KDF)
    try:
        s.set_profile(profile)
        tid = s.create_testimony("session_record", VERSION)
        s.add_attachment(tid, photo, "image/jpeg")
        s.add_attachment(tid, photo, "image/jpeg")
        w = s.new_blob_writer()
        w.write(b"fLaC" + bytes(100))
        s.add_recording(tid, w.close(), "audio/flac")
        sources = payload_sources(s, tid)
        by_name = {p.name: p for p in sources}
        stripped = [p for p in sources if p.kind == "attachment" and not p.original]
        originals = [p for p in sources if p.original]
        assert len(stripped) == len(originals) == 2
        assert sorted(p.derived_from for p in stripped) == sorted(p.name for p in originals)  # type: ignore[type-var]
        for p in stripped:
            assert by_name[p.derived_from].original and p.sensitivity == "content"  # type: ignore[index]
            with p.open() as fh:
                assert b"CANARY-EXIF-7c1e" not in fh.read()
        assert {p.sensitivity for p in originals} == {"identity"}
        (audio,) = [p for p in sources if p.kind == "audio"]
        assert audio.sensitivity == "restricted-content" and audio.derived_from is None
    finally:
        s.lock()


def test_cli_finalize_and_export(intake_home: Path, tmp_path: Path) -> None:
    from tests.integration.store.conftest import run_cli

    profile, content_key, identity_key = _archive(False)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "profile.json").write_bytes(profile.to_json())  # type: ignore[attr-defined]
    (inputs / "pass").write_text(PASS + "\n")
    pp = ["--passphrase-file", str(inputs / "pass")]
    answers = {
        "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
        "interviewer_code": "IC-9", "interviewer_name": "someone", "place_region": "Beijing",
        "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
        "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none",
    }
    (inputs / "a.json").write_text(json.dumps(answers))
    (inputs / "photo.jpg").write_bytes(_photo_with_exif("exif secret"))
    r = run_cli(intake_home, "store", "init", *pp, "--kdf-ops", "1", "--kdf-mem-mib", "8",
                "--profile", str(inputs / "profile.json"))
    assert r.returncode == 0, r.stderr
    r = run_cli(intake_home, "store", "add", *pp, "--form", "session_record", "--answers", str(inputs / "a.json"),
                "--attach", str(inputs / "photo.jpg"))
    assert r.returncode == 0, r.stderr
    tid = r.stdout.strip()
    r = run_cli(intake_home, "store", "finalize", tid, *pp, "--profile", str(inputs / "profile.json"))
    assert r.returncode == 0, r.stderr
    assert "outbox" in r.stdout
    out = tmp_path / "b.tib"
    r = run_cli(intake_home, "store", "export", tid, *pp, "--out", str(out))
    assert r.returncode == 0, r.stderr
    report = bundle_service.verify_bundle(out, [content_key, identity_key])
    assert set(report.sides) == {"content", "identity"}
    # Finalising twice is refused with a message, not a traceback.
    r = run_cli(intake_home, "store", "finalize", tid, *pp, "--profile", str(inputs / "profile.json"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
