# SPDX-License-Identifier: GPL-3.0-or-later
"""Custody signers are checked against the archive's custodian register by every command that
reads or extends a custody log, not only ``custody-verify --archive`` (issue 19 item 2; security
review F13, evidence review attack 2).

``export-bag``, ``fixity``, ``archive premis`` and ``fetch`` with ``--archive`` refuse a log one
of whose records is signed by a key the archive did not register, and refuse to sign with an
unregistered custody key; each with a plain message, exit 1, no traceback and nothing written.
Without a register (or without ``--archive``) they say that the signers were not checked.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nacl.signing
import pytest

from intake_app.archive import bag, custodians, custody
from intake_crypto.bundle.signing import b64, read_signing_key
from tests.archive.test_custody_register import _hand_delivered


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


def _key(path: Path) -> nacl.signing.SigningKey:
    r = _intake("archive", "custody-key", str(path), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    return read_signing_key(path, None)


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path]:
    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    registered, rogue = tmp_path / "custodian.key", tmp_path / "rogue.key"
    public = b64(bytes(_key(registered).verify_key))
    _key(rogue)
    r = _intake("archive", "custodian-add", "--archive", str(arc), "--public-key", public,
                "--role", "custody", "--role", "content", "--role", "release", "--no-passphrase")
    assert r.returncode == 0, r.stderr
    bundle = _hand_delivered(arc, tmp_path / "usb")
    opened = {}
    for name, key in (("good", registered), ("rogue", rogue)):
        out = tmp_path / f"opened-{name}"
        r = _intake("open", str(bundle), "--key", str(arc / "keys" / "content.key"), "--out", str(out),
                    "--custody-key", str(key))
        assert r.returncode == 0, r.stderr
        opened[name] = out
    return {"arc": arc, "registered": registered, "rogue": rogue, "good": opened["good"], "bad": opened["rogue"],
            "tmp": tmp_path}


def _refused(r: subprocess.CompletedProcess[str], text: str) -> None:
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert text in r.stderr, r.stderr


def test_export_bag_refuses_a_log_signed_by_an_unregistered_key(setup: dict[str, Path]) -> None:
    arc, tmp = setup["arc"], setup["tmp"]
    r = _intake("export-bag", str(setup["bad"]), "--out", str(tmp / "bag-bad"), "--archive", str(arc),
                "--custody-key", str(setup["registered"]), "--no-passphrase")
    _refused(r, "not a custodian registered by the archive")
    assert not (tmp / "bag-bad").exists()
    # An unregistered custody key signs no export either.
    r = _intake("export-bag", str(setup["good"]), "--out", str(tmp / "bag-rogue"), "--archive", str(arc),
                "--custody-key", str(setup["rogue"]), "--no-passphrase")
    _refused(r, "is not registered by this archive")
    assert not (tmp / "bag-rogue").exists()
    # Registered signers all along: the bag is written.
    r = _intake("export-bag", str(setup["good"]), "--out", str(tmp / "bag"), "--archive", str(arc),
                "--custody-key", str(setup["registered"]), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert "not checked" not in r.stderr
    # Without --archive nothing could be checked, and the output says so.
    r = _intake("export-bag", str(setup["bad"]), "--out", str(tmp / "bag-unchecked"),
                "--custody-key", str(setup["registered"]), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert "custody signers were not checked" in r.stderr


def test_fixity_fails_a_bag_whose_log_an_unregistered_key_signed(setup: dict[str, Path]) -> None:
    arc, tmp = setup["arc"], setup["tmp"]
    bag_dir = tmp / "bag"
    r = _intake("export-bag", str(setup["good"]), "--out", str(bag_dir), "--archive", str(arc),
                "--custody-key", str(setup["registered"]), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    r = _intake("fixity", str(bag_dir), "--archive", str(arc), "--custody-key", str(setup["registered"]),
                "--no-passphrase")
    assert r.returncode == 0 and "fixity OK" in r.stdout, r.stderr
    # Someone with write access signs a "fixity check" of their own into the bag (valid bag, valid chain).
    bag.fixity(bag_dir, read_signing_key(setup["rogue"], None))
    assert _intake("fixity", str(bag_dir)).returncode == 0  # the chain alone still verifies
    r = _intake("fixity", str(bag_dir), "--archive", str(arc), "--custody-key", str(setup["registered"]),
                "--no-passphrase")
    assert r.returncode == 1 and "FIXITY FAILED" in r.stderr and "untrusted" in r.stderr, r.stderr
    events = custody.verify_log(bag_dir / "data" / "metadata")
    assert events[-1].type == "fixity check" and events[-1].outcome == "failure"  # never "success"
    # A custody key the archive did not register signs nothing.
    before = custody.log_path(bag_dir / "data" / "metadata").read_bytes()
    r = _intake("fixity", str(bag_dir), "--archive", str(arc), "--custody-key", str(setup["rogue"]),
                "--no-passphrase")
    _refused(r, "is not registered by this archive")
    assert custody.log_path(bag_dir / "data" / "metadata").read_bytes() == before


def test_premis_refuses_a_log_signed_by_an_unregistered_key(setup: dict[str, Path]) -> None:
    arc, tmp = setup["arc"], setup["tmp"]
    out = tmp / "premis.xml"
    r = _intake("archive", "premis", str(setup["bad"]), "--bundle-id", "x", "--archive", str(arc), "--out", str(out))
    _refused(r, "not a custodian registered by the archive")
    assert not out.exists()
    r = _intake("archive", "premis", str(setup["good"]), "--bundle-id", "x", "--archive", str(arc), "--out", str(out))
    assert r.returncode == 0 and out.is_file(), r.stderr


def test_fetch_refuses_an_unregistered_custody_key_before_any_connection(setup: dict[str, Path]) -> None:
    arc, tmp = setup["arc"], setup["tmp"]
    token = tmp / "token"
    token.write_text("t" * 43)
    # Port 9 on loopback: nothing listens; the refusal must come first, before any connection.
    r = _intake("fetch", "--archive", str(arc), "--token-file", str(token), "--receiver", "http://127.0.0.1:9",
                "--custody-key", str(setup["rogue"]), "--no-passphrase")
    _refused(r, "is not registered by this archive")
    assert not (arc / "incoming").exists()


def test_a_damaged_register_is_never_treated_as_absent(setup: dict[str, Path]) -> None:
    arc, tmp = setup["arc"], setup["tmp"]
    custodians.register_path(arc).write_text("{}")
    r = _intake("export-bag", str(setup["bad"]), "--out", str(tmp / "bag"), "--archive", str(arc),
                "--custody-key", str(setup["registered"]), "--no-passphrase")
    _refused(r, "custodian register is missing, damaged")
    assert not (tmp / "bag").exists()
