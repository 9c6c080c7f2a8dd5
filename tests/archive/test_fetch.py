# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake fetch`` against a real receiver on loopback: bundles arrive sealed, checked against
their receipts and the log, custody recorded, idempotent; wrong credential refused."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.archive import custody
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    d = tmp_path / "archive"
    r = _intake("archive", "init", str(d), "--name", "Test", "--classic", "--no-passphrase",
                "--receiver-onion", "a" * 56 + ".onion")
    assert r.returncode == 0, r.stderr
    return d


def test_fetch_direct_checks_receipts_keeps_sealed_and_is_idempotent(archive: Path, tmp_path: Path) -> None:
    profile = load_profile(archive / "profile.json")
    server = ReceiverServer(archive, read_signing_key(archive / "keys" / "receipt-signing.key", None),
                            Limits()).start()
    try:
        bundles = []
        for n in range(2):
            b = tmp_path / f"b{n}.tib"
            b.write_bytes(os.urandom(70_000 + n))
            client.submit(b, profile, tor=None, insecure_direct_url=server.url)
            bundles.append(hashlib.sha256(b.read_bytes()).hexdigest())
        assert _intake("archive", "custody-key", str(tmp_path / "k"), "--no-passphrase").returncode == 0
        args = ("fetch", "--archive", str(archive), "--receiver", server.url, "--custody-key", str(tmp_path / "k"),
                "--no-passphrase", "--token-file")
        (tmp_path / "bad-token").write_text("nope\n")
        r = _intake(*args, str(tmp_path / "bad-token"))
        assert r.returncode != 0 and "401" in r.stderr and not (archive / "incoming" / f"{bundles[0]}.tib").exists()
        r = _intake(*args, str(archive / "staff-token"))
        assert r.returncode == 0, r.stderr
        for sha in bundles:
            got = archive / "incoming" / f"{sha}.tib"
            assert hashlib.sha256(got.read_bytes()).hexdigest() == sha
            events = custody.verify_log(archive / "incoming" / f"{sha}.custody")
            assert [e.type for e in events] == ["receipt", "transfer", "validation", "fixity check", "ingest"]
            assert events[3].detail["digest"] == sha and events[1].detail["via"] == "direct"
        r = _intake(*args, str(archive / "staff-token"))
        assert r.returncode == 0 and "New bundles fetched: 0 (2 already here)" in r.stdout
        assert not list((archive / "incoming").glob(".*partial"))
        # A receiver whose stored copy was altered: the download no longer matches the receipt.
        b = tmp_path / "b9.tib"
        b.write_bytes(os.urandom(50_000))
        client.submit(b, profile, tor=None, insecure_direct_url=server.url)
        sha = hashlib.sha256(b.read_bytes()).hexdigest()
        stored = server.state.inbox.bundle_path(sha)
        stored.write_bytes(os.urandom(50_000))
        r = _intake(*args, str(archive / "staff-token"))
        assert r.returncode != 0 and "does not match its receipt" in r.stderr
        assert not (archive / "incoming" / f"{sha}.tib").exists()
        assert not list((archive / "incoming").glob(".*partial"))
        (failed,) = custody.verify_log(archive / "incoming" / f"{sha}.custody")  # the failure is on record
        assert failed.type == "fixity check" and failed.outcome == "failure" and failed.detail["expected"] == sha
    finally:
        server.stop()
