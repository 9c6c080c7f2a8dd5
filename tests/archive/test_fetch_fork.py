# SPDX-License-Identifier: GPL-3.0-or-later
"""security-review F10: a compromised receiver forks its receipt log. The test double is a lying
receiver (a loopback proxy in front of two real ``ReceiverServer``s holding the real receipt key:
the honest log and a private fork seeded with it) that shows whichever view it likes. Staff fetch
pins the checkpoint it verified and refuses a view that does not extend it, naming both trees;
the forked client finds out at its next receipt."""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from intake_app.archive import custody
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer, staff_token
from intake_app.transport.state import MemoryState
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


class LyingReceiver:
    """Forwards every request to ``backends[view]``; the attacker sets ``view`` per contact."""

    def __init__(self, backends: dict[str, ReceiverServer]) -> None:
        self.backends, self.view = backends, "honest"
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # the client pipelines chunks on one connection

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                conn = http.client.HTTPConnection("127.0.0.1", outer.backends[outer.view].port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                conn.close()
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("content-length", "connection", "transfer-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _forward

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _bundle(path: Path, n: int) -> tuple[Path, str]:
    path.write_bytes(os.urandom(20_000 + n))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


def test_staff_fetch_refuses_a_forked_log_and_the_forked_client_detects_it(
        tmp_path: Path, intake_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "archive"
    r = _intake("archive", "init", str(archive), "--name", "Test", "--classic", "--no-passphrase",
                "--receiver-onion", "a" * 56 + ".onion")
    assert r.returncode == 0, r.stderr
    assert _intake("archive", "custody-key", str(tmp_path / "k"), "--no-passphrase").returncode == 0
    profile = load_profile(archive / "profile.json")
    key = read_signing_key(archive / "keys" / "receipt-signing.key", None)
    receiving = tmp_path / "receiving"  # the receiver machine's directory (the real key, its own log)
    receiving.mkdir()
    staff_token(receiving)
    honest = ReceiverServer(receiving, key, Limits()).start()
    servers = [honest]
    liar = LyingReceiver({"honest": honest})
    fetch_args = ("fetch", "--archive", str(archive), "--receiver", liar.url, "--custody-key", str(tmp_path / "k"),
                  "--no-passphrase", "--token-file", str(receiving / "staff-token"))
    try:
        for n in range(2):
            client.submit(_bundle(tmp_path / f"a{n}.tib", n)[0], profile, tor=None, insecure_direct_url=liar.url)
        # The attacker forks here: a private copy of the log (2 entries), same key.
        honest.stop()
        shutil.copytree(receiving, tmp_path / "fork")
        honest = ReceiverServer(receiving, key, Limits()).start()
        forked = ReceiverServer(tmp_path / "fork", key, Limits()).start()
        servers[:] = [honest, forked]
        liar.backends = {"honest": honest, "fork": forked}
        # Another client's bundle lands in the honest log (entry 2); staff fetch it and pin 3 entries.
        _, other = _bundle(tmp_path / "o.tib", 7)
        client.submit(tmp_path / "o.tib", profile, tor=None, insecure_direct_url=liar.url)
        r = _intake(*fetch_args)
        assert r.returncode == 0 and "New bundles fetched: 3 " in r.stdout, r.stderr
        assert (archive / "log-seen" / "checkpoint").read_text().split("\n")[1] == "3"
        # The victim is shown the fork: a valid receipt for entry 2 of the private log.
        monkeypatch.setenv("INTAKE_HOME", str(tmp_path / "victim"))
        liar.view = "fork"
        victim_bundle, victim = _bundle(tmp_path / "v.tib", 9)
        # The victim's device keeps its last checkpoint (the app keeps it in the encrypted store).
        victim_state = MemoryState()
        got = client.submit(victim_bundle, profile, tor=None, insecure_direct_url=liar.url, state=victim_state)
        assert got.receipt.log_index == 2 and got.bundle_sha256 == victim
        forked.state.inbox.bundle_path(victim).unlink()  # and the bundle is dropped
        for n in range(2):  # the fork grows past the pinned size
            client.submit(_bundle(tmp_path / f"f{n}.tib", 10 + n)[0], profile, tor=None, insecure_direct_url=liar.url)
        # Staff are shown the fork: refused, both trees named, a failure on record, nothing fetched.
        before = sorted(p.name for p in (archive / "incoming").iterdir())
        r = _intake(*fetch_args)
        assert r.returncode != 0 and "Traceback" not in r.stderr
        assert "fork or rollback" in r.stderr and "3 entries" in r.stderr and "5 entries" in r.stderr
        assert sorted(p.name for p in (archive / "incoming").iterdir()) == before
        assert (archive / "log-seen" / "checkpoint").read_text().split("\n")[1] == "3"  # the pin did not move
        (event,) = custody.verify_log(archive / "log-seen")
        assert event.outcome == "failure" and event.detail["held_size"] == "3" and event.detail["shown_size"] == "5"
        # Shown the honest view again, staff fetch goes on (the pin is the honest tree).
        liar.view = "honest"
        assert _intake(*fetch_args).returncode == 0
        # The victim's next contact with the honest log: its receipt's tree is not a prefix of it.
        with pytest.raises(client.LogInconsistentError):
            client.submit(_bundle(tmp_path / "v2.tib", 11)[0], profile, tor=None, insecure_direct_url=liar.url,
                          state=victim_state)
        assert other in {p.stem for p in (archive / "incoming").glob("*.tib")}
    finally:
        liar.stop()
        for s in servers:
            s.stop()


def test_staff_fetch_refuses_a_log_that_lost_a_held_receipt(tmp_path: Path, intake_home: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A receiver that rewrites history under the same size (a fresh log with other entries) is
    refused even without a consistency question: the held receipt's entry is not there."""
    archive = tmp_path / "archive"
    assert _intake("archive", "init", str(archive), "--name", "Test", "--classic", "--no-passphrase",
                   "--receiver-onion", "a" * 56 + ".onion").returncode == 0
    assert _intake("archive", "custody-key", str(tmp_path / "k"), "--no-passphrase").returncode == 0
    profile = load_profile(archive / "profile.json")
    key = read_signing_key(archive / "keys" / "receipt-signing.key", None)
    dirs = {v: tmp_path / v for v in ("honest", "rewritten")}
    dirs["honest"].mkdir()
    staff_token(dirs["honest"])
    dirs["rewritten"].mkdir()
    shutil.copy(dirs["honest"] / "staff-token", dirs["rewritten"] / "staff-token")
    servers = {v: ReceiverServer(d, key, Limits()).start() for v, d in dirs.items()}
    liar = LyingReceiver(servers)
    fetch_args = ("fetch", "--archive", str(archive), "--receiver", liar.url, "--custody-key", str(tmp_path / "k"),
                  "--no-passphrase", "--token-file", str(dirs["honest"] / "staff-token"))
    try:
        client.submit(_bundle(tmp_path / "a.tib", 1)[0], profile, tor=None, insecure_direct_url=servers["honest"].url)
        assert _intake(*fetch_args).returncode == 0
        liar.view = "rewritten"
        monkeypatch.setenv("INTAKE_HOME", str(tmp_path / "another-client"))
        client.submit(_bundle(tmp_path / "b.tib", 2)[0], profile, tor=None,
                      insecure_direct_url=servers["rewritten"].url)
        r = _intake(*fetch_args)
        assert r.returncode != 0 and "fork or rollback" in r.stderr and "Traceback" not in r.stderr
        (event,) = custody.verify_log(archive / "log-seen")
        assert event.outcome == "failure" and event.detail["check"] == "receipt log consistency"
    finally:
        liar.stop()
        for s in servers.values():
            s.stop()
