# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake serve`` and ``intake submit`` as a user runs them: over the private Tor network with
``--torrc-extra``, and on loopback with ``--insecure-direct``; exit codes, the receipt code as the
last line, typed errors as plain messages, the bundle never touched."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.tornet import TorNetwork, free_port

CODE = re.compile(r"^T-[2-9A-HJKMNP-TV-Z]+-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$")


def _intake(*args: str, home: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, check=False)


def _archive(tmp: Path, name: str, max_bytes: int = 1 << 20) -> Path:
    d = tmp / name
    done = _intake("archive", "init", str(d), "--name", name, "--no-passphrase",
                   "--max-bundle-bytes", str(max_bytes), home=tmp / "home-admin")
    assert done.returncode == 0, done.stderr
    return d


class Serve:
    def __init__(self, archive: Path, home: Path, *extra: str) -> None:
        self.port = free_port()
        env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "intake_app", "serve", "--archive", str(archive), "--listen",
             f"127.0.0.1:{self.port}", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # "listening URL" once ready (tor bootstrapped when used)
        if not line.startswith("listening "):
            self.proc.kill()
            raise AssertionError("intake serve did not start: " + (self.proc.stderr.read() if self.proc.stderr else ""))
        self.url = line.split()[1]

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=60)


@pytest.fixture
def direct_archive(tmp_path: Path) -> Iterator[tuple[Path, Serve]]:
    archive = _archive(tmp_path, "direct")
    serve = Serve(archive, tmp_path / "home-serve", "--no-tor")
    yield archive, serve
    assert serve.stop() == 0


def test_submit_direct_prints_the_code_last(direct_archive: tuple[Path, Serve], tmp_path: Path) -> None:
    archive, serve = direct_archive
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(300_000))
    done = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--insecure-direct", serve.url,
                   home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert CODE.match(done.stdout.strip().splitlines()[-1])
    assert "NOT anonymous" in done.stderr
    assert bundle.exists()
    assert len(list((archive / "received").glob("*.tib"))) == 1


def test_submit_errors_are_plain_and_leave_the_bundle(direct_archive: tuple[Path, Serve], tmp_path: Path) -> None:
    archive, serve = direct_archive
    home = tmp_path / "home"
    big = tmp_path / "big.tib"
    big.write_bytes(os.urandom((1 << 20) + 1))
    done = _intake("submit", str(big), "--profile", str(archive / "profile.json"), "--insecure-direct", serve.url, home=home)
    assert done.returncode == 1 and "refused" in done.stderr and "Traceback" not in done.stderr
    # A profile whose receipt key the receiver does not hold: the receipt cannot verify.
    other = _archive(tmp_path, "other")
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(b"sealed bytes" * 100)
    done = _intake("submit", str(bundle), "--profile", str(other / "profile.json"), "--insecure-direct", serve.url, home=home)
    assert done.returncode == 1 and "could not be verified" in done.stderr
    assert not CODE.match((done.stdout.strip().splitlines() or [""])[-1])
    assert bundle.read_bytes() == b"sealed bytes" * 100
    done = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--insecure-direct",
                   "http://example.org/", home=home)
    assert done.returncode == 1 and "loopback" in done.stderr
    done = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--bridge", "obfs4 1.2.3.4:5 nope",
                   home=home)
    assert done.returncode == 1 and "bridge line is not valid" in done.stderr


def test_submit_keeps_the_receipt_to_verify_later_without_plaintext(direct_archive: tuple[Path, Serve],
                                                                      tmp_path: Path) -> None:
    """Issue 18 (F2, receipts v2): a version 2 receipt can be checked against the bundle only with the salt the
    client drew. ``intake submit --store`` keeps it in the encrypted store (no file under INTAKE_HOME holds the
    code, the salt or the bundle's hash); ``--receipt-out FILE`` writes it 0600 with a warning of what it links;
    ``intake verify-receipt`` checks either offline, and refuses another bundle. Before this change ``submit``
    had neither option and printed the code only: the salt was lost."""
    archive, serve = direct_archive
    home = tmp_path / "home"
    secret = tmp_path / "pass"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    pp = ("--passphrase-file", str(secret))
    made = _intake("store", "init", *pp, "--kdf-ops", "1", "--kdf-mem-mib", "8", home=home)
    assert made.returncode == 0, made.stderr
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(200_000))
    out = tmp_path / "receipt.json"
    done = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--insecure-direct", serve.url,
                   "--store", *pp, "--receipt-out", str(out), home=home)
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip().splitlines()[-1]
    assert CODE.match(code)
    assert (out.stat().st_mode & 0o777) == 0o600 and "is not encrypted" in done.stderr
    kept = json.loads(out.read_text(encoding="utf-8"))
    assert kept["code"] == code and re.fullmatch(r"[0-9a-f]{64}", kept["salt"])
    sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
    for path in (p for p in home.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        for secret_text in (code, kept["salt"], sha):
            assert secret_text.encode() not in raw, f"{path.name} holds {secret_text[:12]} in plaintext"
    for how in (("--store", *pp), ("--receipt", str(out))):
        checked = _intake("verify-receipt", str(bundle), "--profile", str(archive / "profile.json"), *how, home=home)
        assert checked.returncode == 0, checked.stderr
        assert code in checked.stdout and "holds for this bundle" in checked.stdout
    other = tmp_path / "other.tib"
    other.write_bytes(os.urandom(200_000))
    wrong = _intake("verify-receipt", str(other), "--profile", str(archive / "profile.json"), "--receipt", str(out),
                    home=home)
    assert wrong.returncode == 1 and "could not be verified" in wrong.stderr and "Traceback" not in wrong.stderr
    none = _intake("verify-receipt", str(other), "--profile", str(archive / "profile.json"), "--store", *pp, home=home)
    assert none.returncode == 1 and "no receipt for this bundle" in none.stderr
    again = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--insecure-direct", serve.url,
                    "--receipt-out", str(out), home=home)
    assert again.returncode == 2 and "new file" in again.stderr  # never overwritten


@pytest.mark.tor
def test_serve_and_submit_over_the_private_tor_network(tor_network: TorNetwork, tmp_path: Path) -> None:
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    archive = _archive(tmp_path, "onion")
    serve = Serve(archive, tmp_path / "home-serve", "--torrc-extra", str(extra))
    try:
        bundle = tmp_path / "b.tib"
        bundle.write_bytes(os.urandom(500_000))
        done = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--torrc-extra", str(extra),
                       home=tmp_path / "home")
        assert done.returncode == 0, done.stderr
        assert CODE.match(done.stdout.strip().splitlines()[-1])
        assert "Tor: 100%" in done.stderr
        assert len(list((archive / "received").glob("*.tib"))) == 1
        # The client's tor had a data directory for this one connection, removed when it stopped;
        # no receipt was written (F2, F8, F16).
        assert not (tmp_path / "home" / "tor").exists() and not (tmp_path / "home" / "receipts").exists()
    finally:
        assert serve.stop() == 0


def test_serve_with_a_protected_receipt_key(tmp_path: Path) -> None:
    secret = tmp_path / "pass"
    secret.write_text("correct horse battery staple\n")
    d = tmp_path / "protected"
    done = _intake("archive", "init", str(d), "--name", "p", "--passphrase-file", str(secret),
                   "--scrypt-work-factor", "10", home=tmp_path / "home-admin")
    assert done.returncode == 0, done.stderr
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n")
    refused = _intake("serve", "--archive", str(d), "--no-tor", "--passphrase-file", str(wrong), home=tmp_path / "h")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    serve = Serve(d, tmp_path / "home-serve", "--no-tor", "--passphrase-file", str(secret))
    try:
        bundle = tmp_path / "b.tib"
        canary = b"CANARY-4f1c-" * 50
        bundle.write_bytes(canary)
        home = tmp_path / "home"
        done = _intake("submit", str(bundle), "--profile", str(d / "profile.json"), "--insecure-direct", serve.url, home=home)
        assert done.returncode == 0, done.stderr
        # The client keeps only state and the receipt: never a copy of the bundle's bytes.
        for path in home.rglob("*"):
            assert not path.is_file() or b"CANARY-4f1c-" not in path.read_bytes(), path
    finally:
        assert serve.stop() == 0


def test_serve_picks_a_free_port_and_refuses_a_public_address(tmp_path: Path) -> None:
    archive = _archive(tmp_path, "ports")
    env = {**os.environ, "INTAKE_HOME": str(tmp_path / "home-serve"), "LANG": "C.UTF-8"}
    proc = subprocess.Popen([sys.executable, "-m", "intake_app", "serve", "--archive", str(archive), "--no-tor"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("listening http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
        url = line.split()[1]
        assert not url.endswith(":0")
        with urllib.request.urlopen(f"{url}/v1/log/checkpoint", timeout=30) as answer:  # noqa: S310 - http://127.0.0.1, checked above
            assert answer.status == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    for bad in ("0.0.0.0:8080", "example.org:80", "nonsense"):
        done = _intake("serve", "--archive", str(archive), "--no-tor", "--listen", bad, home=tmp_path / "h")
        assert done.returncode == 2 and "--listen takes a loopback address" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
