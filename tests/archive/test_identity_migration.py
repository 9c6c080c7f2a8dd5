# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 23 item 5 with the real ``intake`` CLI: an archive made with one identity key moves to
2-of-3 custodians for new bundles. The new profile is signed by the same key (same fingerprint)
and a device bound to the old one must re-confirm it (it is never swapped silently); bundles
sealed before still open with ``keys/identity.key``, new ones only with two shares. Retiring
the old key first says how many bundles it alone opens and removes nothing without ``--yes``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intake_crypto.age.keyfile import read_identity_file
from intake_crypto.bundle import threshold
from intake_crypto.bundle.bundle import identity_header, read_bundle
from intake_crypto.bundle.profile import load_profile
from tests.unit.forms.example import CANARY_NAME, consent_answers

pytestmark = pytest.mark.slow


def _intake(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "en_US.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True,
                          text=True, env=env, timeout=300)


def _ok(home: Path, *args: str) -> str:
    r = _intake(home, *args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _seal(home: Path, tmp: Path, arch: Path, name: str) -> Path:
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "I was at Muxidi.", "name": CANARY_NAME}
    answers["consent"].pop("consent_audio")
    (tmp / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    (tmp / "pass").write_text("device passphrase 六四\n", encoding="utf-8")
    out = arch / "incoming" / f"{name}.tib"
    out.parent.mkdir(exist_ok=True)
    _ok(home, "seal", "--profile", str(arch / "profile.json"), "--form", "self_submission", "--answers",
        str(tmp / "a.json"), "--out", str(out), "--passphrase-file", str(tmp / "pass"), "--scrypt-work-factor", "10")
    return out


def test_migrate_to_custodians_then_retire_the_old_key(tmp_path: Path) -> None:
    from intake_app.store import Store
    from intake_app.store.errors import ProfileMismatchError
    from intake_app.store.keyslot import TEST_KDF

    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    people = []
    for who in ("c1", "c2", "c3"):
        recipient = _ok(home, "keygen", "--out", str(tmp_path / f"{who}.key"), "--no-passphrase").strip().splitlines()[-1]
        (tmp_path / f"{who}.pub").write_text(recipient + "\n")
        people.append(list(read_identity_file(tmp_path / f"{who}.key", None)))
    arch = tmp_path / "archive"
    _ok(home, "archive", "init", str(arch), "--name", "Single key archive", "--no-passphrase",
        "--receiver-onion", "a" * 56 + ".onion")
    old_profile = load_profile(arch / "profile.json")
    old_bundle = _seal(home, tmp_path, arch, "old")
    identity_key = list(read_identity_file(arch / "keys" / "identity.key", None))

    # A device bound to the single-key profile.
    store = Store.create(tmp_path / "device", "device passphrase", kdf=TEST_KDF, with_device_key=False)
    store.set_profile(old_profile)

    custodians = ",".join(str(tmp_path / f"c{i}.pub") for i in (1, 2, 3))
    bad = _intake(home, "archive", "migrate-identity", str(arch), "--identity-custodians", custodians,
                  "--threshold", "4")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "threshold" in bad.stderr
    assert load_profile(arch / "profile.json").to_json() == old_profile.to_json()  # nothing changed
    out = _ok(home, "archive", "migrate-identity", str(arch), "--identity-custodians", custodians, "--threshold", "2")
    assert "2 of 3" in out
    new_profile = load_profile(arch / "profile.json")
    assert new_profile.threshold_mode and new_profile.identity_recipients == ()
    assert new_profile.fingerprint() == old_profile.fingerprint() and old_profile.fingerprint() in out
    assert (arch / "profile-v1.json").read_bytes() == old_profile.to_json()
    again = _intake(home, "archive", "migrate-identity", str(arch), "--identity-custodians", custodians,
                    "--threshold", "2")
    assert again.returncode != 0 and "already" in again.stderr

    # The device does not take the new profile silently; the explicit re-binding does (the user
    # confirmed the fingerprint, as for any changed profile).
    with pytest.raises(ProfileMismatchError):
        store.set_profile(new_profile)
    store.replace_profile(new_profile)
    assert store.pinned_profile().threshold_mode
    store.lock()

    new_bundle = _seal(home, tmp_path, arch, "new")
    _, header = identity_header(new_bundle)
    pol = threshold.policy(header)
    assert pol is not None and (pol.threshold, pol.total) == (2, 3)
    # Old bundles open with the old key; new ones do not, but two custodians' shares open them.
    assert read_bundle(old_bundle, identity_key, tmp_path / "old-open").sides["identity"].opened
    with pytest.raises(Exception):  # noqa: B017 - NoMatchingKeyError, whichever side
        read_bundle(new_bundle, identity_key, tmp_path / "new-open-old-key")
    ephemeral = threshold.open_identity(header, [threshold.release(pol, people[0]), threshold.release(pol, people[2])])
    assert read_bundle(new_bundle, [ephemeral], tmp_path / "new-open").sides["identity"].opened

    # Retiring: first how many bundles only this key opens; nothing removed without --yes.
    ask = _intake(home, "archive", "retire-identity-key", str(arch))
    assert ask.returncode == 2 and "1 bundle(s)" in ask.stdout and "--yes" in ask.stdout
    assert (arch / "keys" / "identity.key").exists()
    kept = arch / "keys" / "identity.key"
    before = kept.read_bytes()
    done = _intake(home, "archive", "retire-identity-key", str(arch), "--yes")
    assert done.returncode == 0 and "1 bundle(s)" in done.stdout, done.stderr
    assert not kept.exists() and not any(before in p.read_bytes() for p in arch.rglob("*") if p.is_file())
    again = _intake(home, "archive", "retire-identity-key", str(arch), "--yes")
    assert again.returncode != 0 and "no identity key" in again.stderr and "Traceback" not in again.stderr
    # The new bundle still opens with two shares.
    shutil.rmtree(tmp_path / "new-open")
    assert read_bundle(new_bundle, [ephemeral], tmp_path / "new-open").sides["identity"].opened


def test_retire_refuses_before_migration(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    arch = tmp_path / "archive"
    _ok(home, "archive", "init", str(arch), "--name", "Single key archive", "--no-passphrase",
        "--receiver-onion", "a" * 56 + ".onion")
    r = _intake(home, "archive", "retire-identity-key", str(arch), "--yes")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "first" in r.stderr
    assert (arch / "keys" / "identity.key").exists()
