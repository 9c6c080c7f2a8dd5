# SPDX-License-Identifier: GPL-3.0-or-later
"""Enrolled devices (issue 19 item 3; evidence review attack 5, "a manifest re-signed with a
fresh device key passes").

The whole user path on the command line: the archive is created, an interviewer's store is
bound to it, the device prints its public key, the archive enrols it offline as ``IV-07`` (a file
signed by the profile key), the device imports the file into its encrypted store, and every
bundle it seals carries the enrolment; ``intake verify`` / ``intake open`` (and the verification
report) say "enrolled device IV-07". A bundle sealed by a fresh key (with no enrolment, or with
the real device's enrolment copied into its manifest) is reported as an UNKNOWN DEVICE and never
as "All checks passed".
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

import intake_forms as forms
from intake_app.sealing import service as bundle_service
from intake_app.sealing.service import seal_testimony
from intake_crypto.bundle import enrolment as enrolments
from intake_crypto.bundle._canonical import canonical, strict_loads
from intake_crypto.bundle.manifest import SIGNATURE_DOMAIN
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import b64, sign, unb64
from tests.integration.store.conftest import run_cli

PASS = "correct horse battery staple enrol"


def _answers(code: str = "FREE-TEXT") -> dict[str, Any]:
    return {
        "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
        "interviewer_code": code, "interviewer_name": "someone", "place_region": "Beijing",
        "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
        "interpreter_used": False, "recording": "none", "readback": "read_back",
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "not_recorded_reason": "The witness asked not to be recorded.",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none",
    }


@pytest.fixture
def enrolled(tmp_path: Path) -> dict[str, Any]:
    """An archive, and an interviewer's store enrolled by it as IV-07 (every step a CLI command)."""
    home, arc = tmp_path / "home", tmp_path / "arc"
    pf = tmp_path / "pass"
    pf.write_text(PASS + "\n")
    pp = ["--passphrase-file", str(pf)]
    r = run_cli(home, "archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase",
                "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    profile = arc / "profile.json"
    r = run_cli(home, "store", "init", *pp, "--kdf-ops", "1", "--kdf-mem-mib", "8", "--profile", str(profile))
    assert r.returncode == 0, r.stderr
    r = run_cli(home, "store", "device-key", *pp)
    assert r.returncode == 0, r.stderr
    assert "not enrolled" in r.stdout
    public = next(line for line in r.stdout.splitlines() if re.fullmatch(r"[A-Za-z0-9+/]{43}=", line))
    enrolment_file = tmp_path / "iv07.enrolment"
    r = run_cli(home, "archive", "enrol", "--archive", str(arc), "--device-key", public,
                "--interviewer-code", "IV-07", "--out", str(enrolment_file), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert "IV-07" in r.stdout
    r = run_cli(home, "store", "enrol", str(enrolment_file), *pp)
    assert r.returncode == 0, r.stderr
    assert "IV-07" in r.stdout
    r = run_cli(home, "store", "device-key", *pp)
    assert "enrolled as interviewer IV-07" in r.stdout
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(_answers("IV-99")))  # free text: the enrolment's code must win
    r = run_cli(home, "store", "add", *pp, "--form", "session_record", "--answers", str(answers))
    assert r.returncode == 0, r.stderr
    tid = r.stdout.strip()
    r = run_cli(home, "store", "finalize", tid, *pp, "--profile", str(profile))
    assert r.returncode == 0, r.stderr
    bundle = tmp_path / "b.tib"
    r = run_cli(home, "store", "export", tid, *pp, "--out", str(bundle))
    assert r.returncode == 0, r.stderr
    return {"home": home, "arc": arc, "profile": profile, "bundle": bundle, "pp": pp,
            "enrolment": enrolment_file, "public": public}


def _keys(arc: Path) -> list[str]:
    return ["--key", str(arc / "keys" / "content.key"), "--key", str(arc / "keys" / "identity.key")]


def test_an_enrolled_devices_bundle_says_enrolled_device_iv07(enrolled: dict[str, Any], tmp_path: Path) -> None:
    arc, bundle = enrolled["arc"], enrolled["bundle"]
    r = run_cli(enrolled["home"], "verify", str(bundle), *_keys(arc), "--profile", str(enrolled["profile"]))
    assert r.returncode == 0, r.stderr
    assert "enrolled device IV-07" in r.stdout
    assert "All checks passed" in r.stdout
    opened = tmp_path / "opened"
    r = run_cli(enrolled["home"], "open", str(bundle), *_keys(arc), "--profile", str(enrolled["profile"]),
                "--out", str(opened))
    assert r.returncode == 0, r.stderr
    assert "enrolled device IV-07" in r.stdout
    report = json.loads((opened / "verification.json").read_text(encoding="utf-8"))
    assert report["device"]["status"] == "enrolled" and report["device"]["interviewer_code"] == "IV-07"
    assert "enrolled device IV-07" in (opened / "verification.txt").read_text(encoding="utf-8")
    # The manifest's interviewer code came from the enrolment, not from the free-text answer.
    content = json.loads((opened / "content" / "answers.json").read_text(encoding="utf-8"))
    assert content["content"]["interviewer_code"] == "IV-07"
    # The enrolment names no person: three values, a code of the shape IV-07, and keys.
    enrolment = json.loads(enrolled["enrolment"].read_text(encoding="utf-8"))
    assert set(enrolment) == {"format", "version", "profile_public_key", "device_public_key",
                              "interviewer_code", "signature"}


def _forge(profile_path: Path, out: Path, stolen: dict[str, Any] | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The attacker's tool: seal a bundle with a fresh device key (all archive keys it needs are
    public); with ``stolen``, write the real device's enrolment into each manifest and re-sign
    the manifest with the fresh key."""
    fresh = nacl.signing.SigningKey.generate()
    if stolen is not None:
        original = bundle_service.build_manifest

        def forged(**kw: Any) -> bytes:
            obj = strict_loads(original(**kw))
            obj.pop("signature")
            obj["version"], obj["enrolment"] = 3, stolen
            obj["signature"] = b64(sign(fresh, SIGNATURE_DOMAIN, obj))
            return canonical(obj)

        monkeypatch.setattr(bundle_service, "build_manifest", forged)
    seal_testimony(load_profile(profile_path), "session_record", forms.load_form("session_record").version,
                   _answers("IV-07"), [], fresh, out, interviewer_role="interviewer",
                   captured_at=datetime.now().astimezone())


@pytest.mark.parametrize("with_stolen_enrolment", [False, True], ids=["no-enrolment", "copied-enrolment"])
def test_a_manifest_re_signed_with_a_fresh_device_key_is_an_unknown_device(
        enrolled: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_stolen_enrolment: bool) -> None:
    """Evidence review attack 5: today's code says "All checks passed" for such a bundle."""
    stolen = json.loads(enrolled["enrolment"].read_text(encoding="utf-8")) if with_stolen_enrolment else None
    forged = tmp_path / "forged.tib"
    _forge(enrolled["profile"], forged, stolen, monkeypatch)
    arc = enrolled["arc"]
    r = run_cli(enrolled["home"], "verify", str(forged), *_keys(arc), "--profile", str(enrolled["profile"]))
    assert r.returncode == 0, r.stderr  # the testimony is intact and readable; only its device is unknown
    assert "UNKNOWN DEVICE" in r.stdout
    assert ("another device key" if with_stolen_enrolment else "no enrolment") in r.stdout
    assert "All checks passed" not in r.stdout
    assert "IV-07" not in r.stdout
    opened = tmp_path / "opened"
    r = run_cli(enrolled["home"], "open", str(forged), *_keys(arc), "--profile", str(enrolled["profile"]),
                "--out", str(opened))
    assert r.returncode == 0, r.stderr
    assert "UNKNOWN DEVICE" in r.stdout
    report = json.loads((opened / "verification.json").read_text(encoding="utf-8"))
    assert report["device"]["status"] == "unknown"
    assert "UNKNOWN DEVICE" in (opened / "verification.txt").read_text(encoding="utf-8")


def test_another_archives_enrolment_is_refused_by_the_store_and_unknown_to_verify(
        enrolled: dict[str, Any], tmp_path: Path) -> None:
    """An enrolment signed by some other profile key (e.g. an attacker's archive) for this very
    device is refused at import with a plain message, and a bundle carrying it is unknown."""
    other = nacl.signing.SigningKey.generate()
    public = unb64(enrolled["public"], 32)
    fake = tmp_path / "fake.enrolment"
    fake.write_bytes(enrolments.enrol(other, public, "IV-01").to_json())
    r = run_cli(enrolled["home"], "store", "enrol", str(fake), *enrolled["pp"])
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert "another archive" in r.stderr
    # Without a profile to check against, verify does not claim either way.
    r = run_cli(enrolled["home"], "verify", str(enrolled["bundle"]), *_keys(enrolled["arc"]))
    assert r.returncode == 0, r.stderr
    assert "not checked" in r.stdout and "All checks passed" not in r.stdout


def test_an_interviewer_code_that_could_hold_a_name_is_refused(enrolled: dict[str, Any]) -> None:
    for code in ("Wang Li", "WANGLI", "IV-07\nName: x", "王-01", "IV-0123456"):
        r = run_cli(enrolled["home"], "archive", "enrol", "--archive", str(enrolled["arc"]), "--device-key",
                    enrolled["public"], "--interviewer-code", code, "--out", str(enrolled["arc"] / "x"),
                    "--no-passphrase")
        assert r.returncode != 0 and "Traceback" not in r.stderr, code
        assert not (enrolled["arc"] / "x").exists()


def test_an_unenrolled_device_still_seals(tmp_path: Path) -> None:
    """The witness must not lose testimony: a device with no enrolment seals as before (manifest
    version 2, no enrolment) and the archive reports an unknown device. The bundle lies in
    ``ARCHIVE/incoming/`` as a fetch leaves it, so ``verify`` finds the archive's profile without
    ``--profile`` (this is the command of evidence review attack 5, which said "All checks passed")."""
    home, arc = tmp_path / "home", tmp_path / "arc"
    r = run_cli(home, "archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    (arc / "incoming").mkdir()
    out = arc / "incoming" / "u.tib"
    seal_testimony(load_profile(arc / "profile.json"), "session_record", forms.load_form("session_record").version,
                   _answers("IV-3"), [], nacl.signing.SigningKey.generate(), out, interviewer_role="anyone-I-like",
                   captured_at=datetime.now().astimezone())
    r = run_cli(home, "verify", str(out), *_keys(arc))
    assert r.returncode == 0, r.stderr
    assert "All checks passed" not in r.stdout
    assert "UNKNOWN DEVICE" in r.stdout and "no enrolment" in r.stdout


def test_enrolment_travels_as_a_qr_code_picture(tmp_path: Path) -> None:
    """Offline enrolment by QR (issue 19 item 3): ``archive enrol --qr`` draws the 306-byte
    enrolment as a QR code; the device imports a photograph of it (here a JPEG, rotated, on a grey
    page) with ``store enrol``. A picture without an enrolment QR code is refused plainly."""
    import logging

    from PIL import Image

    home, arc = tmp_path / "home", tmp_path / "arc"
    pf = tmp_path / "pass"
    pf.write_text(PASS + "\n")
    pp = ["--passphrase-file", str(pf)]
    assert run_cli(home, "archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase",
                   "--receiver-onion", "").returncode == 0
    assert run_cli(home, "store", "init", *pp, "--kdf-ops", "1", "--kdf-mem-mib", "8", "--profile",
                   str(arc / "profile.json")).returncode == 0
    r = run_cli(home, "store", "device-key", *pp)
    public = next(line for line in r.stdout.splitlines() if re.fullmatch(r"[A-Za-z0-9+/]{43}=", line))
    png, file_ = tmp_path / "iv12.png", tmp_path / "iv12.enrolment"
    r = run_cli(home, "archive", "enrol", "--archive", str(arc), "--device-key", public,
                "--interviewer-code", "IV-12", "--no-passphrase")  # neither a file nor a QR code asked for
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--qr" in r.stderr
    r = run_cli(home, "archive", "enrol", "--archive", str(arc), "--device-key", public,
                "--interviewer-code", "IV-12", "--out", str(file_), "--qr", str(png), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert len(file_.read_bytes().strip()) == 306 and oct(png.stat().st_mode & 0o777) == "0o600"
    # A phone's photograph of the printed code: grey page, turned a little, JPEG.
    photo = tmp_path / "photo.jpg"
    logging.disable(logging.DEBUG)
    try:
        with Image.open(png) as img:
            page = Image.new("L", (img.width + 200, img.height + 200), 200)
            page.paste(img.convert("L"), (100, 100))
            page.rotate(7, expand=True, fillcolor=200).save(photo, quality=80)
    finally:
        logging.disable(logging.NOTSET)
    # A picture of something else: refused, plainly, nothing kept.
    other = tmp_path / "other.png"
    from intake_app.transport import qr

    qr.write_card(["obfs4 192.0.2.1:443 0123456789ABCDEF0123456789ABCDEF01234567 cert=x iat-mode=0"], other)
    r = run_cli(home, "store", "enrol", str(other), *pp)
    assert r.returncode != 0 and "Traceback" not in r.stderr and "No enrolment QR code" in r.stderr
    assert "not enrolled" in run_cli(home, "store", "device-key", *pp).stdout
    r = run_cli(home, "store", "enrol", str(photo), *pp)
    assert r.returncode == 0, r.stderr
    assert "IV-12" in r.stdout
    assert "enrolled as interviewer IV-12" in run_cli(home, "store", "device-key", *pp).stdout
