# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice where the witness allowed it, the consent recording never (issue 18; security-review
F11: the public derivative used to carry the consent recording and the testimony audio).

A real store (SQLCipher) holds a verbal consent take, marked as the GUI's recorder marks it
(``field`` = ``consent.consent_audio`` in its sealed description, the consent answer naming the
take), and a testimony take; the store seals the bundle, the archive opens it with its content
key. The sealed format says which take is which (manifest kind ``consent-audio``, SPEC 2.4/2.7);
a two-key release publishes the testimony's voice, re-encoded, and never the consent statement.
On the code before this change the consent take was sealed as plain ``audio`` (the first
assertion fails).
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import nacl.signing
import numpy as np
import pytest
import soundfile as sf

import intake_forms as forms
from intake_app.archive import release
from intake_app.sealing.finalize import finalize
from intake_app.sealing.service import open_bundle
from intake_app.store import Store
from intake_app.store.keyslot import TEST_KDF
from intake_crypto.age.keyfile import read_identity_file
from intake_crypto.bundle.manifest import ManifestError, parse_manifest
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key
from tests.archive.test_public_derivative import _consent
from tests.archive.test_release import _custodian, _intake, _seal

CONSENT_HZ, TESTIMONY_HZ = 300.0, 880.0


@pytest.fixture
def arc(tmp_path: Path) -> Path:
    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    return arc


def _tone(seconds: float, freq: float) -> bytes:
    t = np.arange(int(48000 * seconds)) / 48000
    out = io.BytesIO()
    sf.write(out, (0.3 * np.sin(2 * np.pi * freq * t)).astype("float32"), 48000, format="FLAC", subtype="PCM_24")
    return out.getvalue()


def _take(store: Store, tid: str, data: bytes, field: str | None) -> dict[str, object]:
    w = store.new_blob_writer()
    w.write(data)
    rid = store.add_recording(tid, w.close(), "audio/flac", duration_ms=1000)
    if field:  # what controllers/audio.py does when a field's take is kept
        store.link_recording_journal(rid, info={"duration": 1.0, "field": field})
    return {"ref": rid, "media_type": "audio/flac", "size": len(data), "duration_s": 1,
            "sha256": hashlib.sha256(data).hexdigest()}


def _verbal_consent_bundle(arc: Path, home: Path, out: Path, voice: str) -> Path:
    profile = load_profile(arc / "profile.json")
    form = forms.load_form("self_submission")
    store = Store.create(home, "pass phrase", kdf=TEST_KDF)
    try:
        store.set_profile(profile)
        tid = store.create_testimony(form.id, str(form.version))
        consent_take = _take(store, tid, _tone(1.0, CONSENT_HZ), "consent.consent_audio")
        _take(store, tid, _tone(2.0, TESTIMONY_HZ), None)
        answers = {"consent": _consent(method="verbal_recorded", consent_audio=consent_take,  # type: ignore[arg-type]
                                       publish_text="yes", publish_voice=voice, embargo="none"),
                   "roles_1989": ["STUDENT"], "how_known": ["SAW"], "account": "I saw soldiers fire.",
                   "account_lang": "CMN", "when": "1989-06-04", "where": {"text": "Muxidi"}, "what": ["K01_SHOT"]}
        assert form.validate(answers) == [], form.validate(answers)
        store.save_answers(tid, answers)
        entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate(), interviewer_role="witness")
        tib = out.parent.parent / "verbal.tib"
        store.export_bundle(entry.id, tib)
    finally:
        store.lock()
    open_bundle(tib, read_identity_file(arc / "keys" / "content.key", None), out)
    return out


def _freq(path: Path) -> tuple[float, float]:
    data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    spectrum = np.abs(np.fft.rfft(data[:, 0]))
    return len(data) / rate, float(np.argmax(spectrum) * rate / len(data))


def test_the_sealed_format_marks_the_consent_recording(arc: Path, intake_home: Path, tmp_path: Path) -> None:
    opened = _verbal_consent_bundle(arc, intake_home, tmp_path / "openings" / "verbal", "yes")
    manifest = json.loads((opened / "content" / "manifest.json").read_text(encoding="utf-8"))
    kinds = sorted((f["kind"], f["path"].split("/")[0]) for f in manifest["files"] if "audio" in f["kind"])
    assert kinds == [("audio", "audio"), ("consent-audio", "consent")]
    (consent,) = [f for f in manifest["files"] if f["kind"] == "consent-audio"]
    assert consent["sensitivity"] == "restricted-content"
    assert _freq(opened / "content" / consent["path"])[1] == pytest.approx(CONSENT_HZ, abs=5)
    # The kind is typed and checked: a consent take cannot pass as testimony audio, nor the reverse.
    raw = (opened / "content" / "manifest.json").read_bytes()
    assert parse_manifest(raw).files  # the real one parses
    for path, kind in ((consent["path"].replace("consent/", "audio/"), "consent-audio"),
                       (consent["path"], "audio")):
        forged = json.loads(raw)
        entry = next(f for f in forged["files"] if f["path"] == consent["path"])
        entry["path"], entry["kind"] = path, kind
        forged["files"].sort(key=lambda f: f["path"])
        with pytest.raises(ManifestError, match="kind"):
            parse_manifest(json.dumps(forged, sort_keys=True, separators=(",", ":")).encode())


@pytest.mark.parametrize("voice", ["yes", "no"])
def test_voice_is_published_only_with_consent_and_the_consent_recording_never(
        arc: Path, intake_home: Path, tmp_path: Path, voice: str) -> None:
    openings = tmp_path / "openings"
    opened = _verbal_consent_bundle(arc, intake_home, openings / "verbal", voice)
    _seal(arc, openings, 1, when="1989-06-04", where="Muxidi")  # the archive's other testimony (k=2)
    release.build_index(arc, [openings])
    alice = read_signing_key(_custodian(arc, tmp_path, "alice"), None)
    bob = read_signing_key(_custodian(arc, tmp_path, "bob"), None)
    proposal, public = tmp_path / "proposal", tmp_path / "public"
    release.propose(opened, proposal, arc, alice, k=2)
    release.review(opened, proposal, arc, bob)
    release.release(opened, proposal, public, arc, alice)
    sounds = sorted((public / "data").rglob("*.ogg"))
    doc = json.loads((proposal / "review.json").read_text(encoding="utf-8"))
    assert {"item": "audio.consent-audio", "decision": "withheld",
            "reason": "consent recording: never published"} in doc["decisions"]
    if voice == "no":
        assert sounds == [] and not list((public / "data").rglob("*.flac"))
        return
    (sound,) = sounds
    seconds, hz = _freq(sound)
    assert seconds == pytest.approx(2.0, abs=0.1) and hz == pytest.approx(TESTIMONY_HZ, abs=5)
    # A fresh encoding: no byte string of the sealed recording (hash, samples' checksum) goes out.
    sealed = next(p for p in (opened / "content" / "audio").iterdir())
    assert hashlib.sha256(sealed.read_bytes()).hexdigest() not in (public / "manifest-sha256.txt").read_text()
    assert "Sound" in (public / "bag-info.txt").read_text(encoding="utf-8")


def test_audio_a_consent_answer_names_is_never_published_even_unmarked() -> None:
    """A bundle sealed before ``consent-audio`` existed: its consent take is plain ``audio``, but
    the consent answer names its SHA-256; a testimony recording referenced elsewhere (the
    narrative's list of recordings) stays publishable."""
    from intake_app.archive import publication

    consent_sha, testimony_sha = "c" * 64, "d" * 64
    manifest = {"files": [{"kind": "audio", "path": "audio/1.flac", "sha256": consent_sha},
                          {"kind": "audio", "path": "audio/2.flac", "sha256": testimony_sha},
                          {"kind": "consent-audio", "path": "consent/3.flac", "sha256": "e" * 64}]}
    answers = {"restricted-content": {
        "consent": {"consent_audio": {"ref": "r1", "sha256": consent_sha}},
        "testimony_narrative": {"recordings": [{"audio": {"ref": "r2", "sha256": testimony_sha}}]}}}
    assert [f["path"] for f in publication.publishable_audio(manifest, answers)] == ["audio/2.flac"]
