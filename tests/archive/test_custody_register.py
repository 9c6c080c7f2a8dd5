# SPDX-License-Identifier: GPL-3.0-or-later
"""Custody keys are no longer self-asserted (issue 19; security review F13, evidence review).

The archive's profile-signing key signs a register of custodian keys. ``custody-verify --archive``
accepts only registered signers, so a log re-signed end to end with a fresh key is reported as
untrusted (it used to pass as "intact"); ``custody.append`` verifies the chain first and refuses
a broken one; ``fixity`` refuses to sign on top of a falsified record.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nacl.signing
import pytest

from intake_app.archive import custodians, custody
from intake_crypto.bundle.signing import b64, read_signing_key


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    return arc


def _history(directory: Path, key: nacl.signing.SigningKey) -> None:
    custody.append(directory, key, "receipt", obj="b" * 64, log_index="3")
    custody.append(directory, key, "transfer", obj="b" * 64, via="tor")
    custody.append(directory, key, "ingest", obj="b" * 64)


def test_a_log_re_signed_with_a_fresh_key_is_reported_untrusted(archive: Path, tmp_path: Path) -> None:
    key_file = tmp_path / "custodian.key"
    r = _intake("archive", "custody-key", str(key_file), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    key = read_signing_key(key_file, None)
    public = b64(bytes(key.verify_key))
    assert public in r.stdout  # printed so the archive can register it
    r = _intake("archive", "custodian-add", "--archive", str(archive), "--public-key", public,
                "--role", "custody", "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert [c.roles for c in custodians.load_register(archive)] == [("custody",)]

    genuine, forged = tmp_path / "genuine", tmp_path / "forged"
    _history(genuine, key)
    _history(forged, nacl.signing.SigningKey.generate())  # the same story, signed by anyone
    r = _intake("archive", "custody-verify", str(genuine), "--archive", str(archive))
    assert r.returncode == 0, r.stderr
    assert "signed by a custodian registered by the archive" in r.stdout
    r = _intake("archive", "custody-verify", str(forged), "--archive", str(archive))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "Record 1 of the custody log is signed by key" in r.stderr and "not a custodian registered" in r.stderr
    # Without a register the chain alone still verifies, and the output says what was not checked.
    r = _intake("archive", "custody-verify", str(forged))
    assert r.returncode == 0 and "not checked against the archive's custodian register" in r.stdout


def test_the_register_must_be_signed_by_the_archives_profile_key(archive: Path, tmp_path: Path) -> None:
    intruder = nacl.signing.SigningKey.generate()
    with pytest.raises(custodians.CustodianRegisterError, match="not the archive's profile-signing key"):
        custodians.add_custodian(archive, intruder, bytes(intruder.verify_key), ("custody",))
    profile_key = read_signing_key(archive / "keys" / "profile-signing.key", None)
    custodians.add_custodian(archive, profile_key, bytes(nacl.signing.SigningKey.generate().verify_key), ("content",))
    # Someone adds their own key to the file by hand: the register no longer verifies.
    doc = json.loads(custodians.register_path(archive).read_text())
    doc["custodians"].append({"key": b64(bytes(intruder.verify_key)), "key_id": "x", "roles": ["custody"]})
    custodians.register_path(archive).write_text(json.dumps(doc))
    with pytest.raises(custodians.CustodianRegisterError, match="signature"):
        custodians.trusted_keys(archive)
    r = _intake("archive", "custody-verify", str(tmp_path), "--archive", str(archive))
    assert r.returncode != 0 and "custodian register is missing, damaged" in r.stderr and "Traceback" not in r.stderr


def test_append_refuses_to_extend_a_falsified_record(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    log_dir = tmp_path / "log"
    _history(log_dir, key)
    lines = custody.log_path(log_dir).read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    record["body"]["detail"]["via"] = "direct"  # falsified: the transfer was over tor
    custody.log_path(log_dir).write_text("\n".join([lines[0], json.dumps(record), lines[2]]) + "\n",
                                         encoding="utf-8")
    before = custody.log_path(log_dir).read_bytes()
    with pytest.raises(custody.CustodyTamperedError) as info:
        custody.append(log_dir, key, "fixity check", obj="b" * 64)
    assert info.value.line == 2
    assert custody.log_path(log_dir).read_bytes() == before  # nothing signed on top of it
    # And an append that names the trusted keys refuses a log signed by anyone else.
    other = tmp_path / "other"
    _history(other, nacl.signing.SigningKey.generate())
    with pytest.raises(custody.CustodyUntrustedSignerError):
        custody.append(other, key, "fixity check", obj="b" * 64, trusted_keys=[bytes(key.verify_key)])


def _hand_delivered(archive: Path, usb: Path) -> Path:
    import io
    from datetime import UTC, datetime

    from intake_app.sealing.service import PayloadSource, seal_testimony
    from intake_crypto.bundle.profile import load_profile
    from tests.bundle_support import StandInForm

    usb.mkdir()
    bundle = usb / "hand-delivered.tib"
    audio = b"fLaC" * 300
    seal_testimony(load_profile(archive / "profile.json"), "standin", "1",
                   {"witness_name": "W", "account": "I saw it."},
                   [PayloadSource("r.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), bundle, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, tzinfo=UTC),
                   form=StandInForm({"witness_name": "identity", "account": "content"}))
    return bundle


def test_a_forged_history_beside_a_hand_delivered_bundle_is_kept_apart(archive: Path, tmp_path: Path) -> None:
    """Security review F13: a throw-away-key history placed beside a hand-delivered bundle was
    carried into the archive's chain and reported intact. Now it is kept apart as a claim."""
    bundle = _hand_delivered(archive, tmp_path / "usb")
    forged = bundle.with_name("hand-delivered.custody")
    _history(forged, nacl.signing.SigningKey.generate())  # receipt log_index 3, transfer via tor, ingest
    key_file = tmp_path / "custodian.key"
    r = _intake("archive", "custody-key", str(key_file), "--no-passphrase")
    public = b64(bytes(read_signing_key(key_file, None).verify_key))
    assert _intake("archive", "custodian-add", "--archive", str(archive), "--public-key", public,
                   "--role", "content", "--no-passphrase").returncode == 0
    for archive_args in ([], ["--archive", str(archive)]):
        out = tmp_path / f"opened{len(archive_args)}"
        r = _intake("open", str(bundle), "--key", str(archive / "keys" / "content.key"), "--out", str(out),
                    "--custody-key", str(key_file), *archive_args)
        assert r.returncode == 0, r.stderr
        assert "kept apart" in r.stdout and "unverified claim" in r.stdout
        events = custody.verify_log(out, custodians.trusted_keys(archive))  # only the opener's events
        assert [e.type for e in events] == ["capture", "seal", "validation", "decryption"]
        assert events[2].detail["carried_claim"].startswith("unverified")
        claim = custody.log_path(out / "carried-claim")
        assert claim.read_bytes() == custody.log_path(forged).read_bytes()
        r = _intake("archive", "custody-verify", str(out), "--archive", str(archive))
        assert r.returncode == 0 and "4 events" in r.stdout, r.stderr

    # A history the archive's registered custodians did sign is carried when the archive is named.
    genuine_dir = tmp_path / "usb2"
    bundle2 = _hand_delivered(archive, genuine_dir)
    _history(bundle2.with_name("hand-delivered.custody"), read_signing_key(key_file, None))
    out = tmp_path / "opened-genuine"
    r = _intake("open", str(bundle2), "--key", str(archive / "keys" / "content.key"), "--out", str(out),
                "--custody-key", str(key_file), "--archive", str(archive))
    assert r.returncode == 0 and "kept apart" not in r.stdout, r.stderr
    assert [e.type for e in custody.verify_log(out)][:3] == ["receipt", "transfer", "ingest"]
