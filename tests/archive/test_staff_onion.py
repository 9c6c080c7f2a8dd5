# SPDX-License-Identifier: GPL-3.0-or-later
"""Staff access by Tor v3 onion client authorisation, on the private Tor network: the receiver
publishes a second, staff-only onion for a staff-only listener; the CLI's own tor (``intake fetch
--torrc-extra --onion-auth-dir``) holding an authorised key fetches through it, while a tor
without the key (or with an unauthorised one) cannot reach it at all, and on the public onion
the staff API does not exist (404), token or not."""

from __future__ import annotations

import base64
import hashlib
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import nacl.public
import nacl.signing
import pytest

from intake_app.archive import custody, fetch, staff_onion
from intake_app.transport import client, tor
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer, onion_torrc_lines, staff_token
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key
from tests.fixtures.tornet import TorNetwork, free_port


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


def test_client_key_files_are_in_tors_formats(tmp_path: Path) -> None:
    key = staff_onion.ClientKey.generate()
    raw_private = base64.b32decode(key.private + "====")
    assert len(key.public) == len(key.private) == 52
    assert bytes(nacl.public.PrivateKey(raw_private).public_key) == base64.b32decode(key.public + "====")
    address = staff_onion.create_staff_onion(tmp_path / "arc")
    assert staff_onion.create_staff_onion(tmp_path / "arc") == address  # not replaced on a second call
    auth = staff_onion.authorize_client(tmp_path / "arc", "alice", key.public)
    assert auth.read_text() == f"descriptor:x25519:{key.public}\n"
    private = staff_onion.write_client_key(tmp_path / "auth", address, "alice", key.private)
    assert private.read_text() == f"{address.removesuffix('.onion')}:descriptor:x25519:{key.private}\n"
    for path in (auth, private):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    with pytest.raises(staff_onion.StaffAccessError):
        staff_onion.authorize_client(tmp_path / "arc", "alice", key.public)  # never overwritten
    for bad in ("../x", "a b", ""):
        with pytest.raises(staff_onion.StaffAccessError):
            staff_onion.authorize_client(tmp_path / "arc", bad, key.public)
    with pytest.raises(staff_onion.StaffAccessError):
        staff_onion.authorize_client(tmp_path / "arc", "bob", "NOT-BASE32!")
    assert staff_onion.authorized_clients(tmp_path / "arc") == ["alice"]


def test_staff_api_answers_only_on_the_staff_listener(tmp_path: Path) -> None:
    arc = tmp_path / "arc"
    key = nacl.signing.SigningKey.generate()
    server = ReceiverServer(arc, key, Limits(), staff_port=0).start()
    try:
        assert server.staff_port not in (None, server.port)
        token = staff_token(arc)
        public = fetch.StaffClient("127.0.0.1", server.port, token)
        with pytest.raises(fetch.FetchError, match="404"):
            public.json("/v1/staff/bundles", staff=True)  # the right token, the wrong listener
        with urllib.request.urlopen(f"{server.url}/v1/log/checkpoint", timeout=30) as resp:  # noqa: S310 - public log: here (loopback)
            assert resp.status == 200
        staff = fetch.StaffClient("127.0.0.1", int(server.staff_port or 0), token)
        assert staff.json("/v1/staff/bundles", staff=True) == {"bundles": []}
        with pytest.raises(fetch.FetchError, match="401"):
            fetch.StaffClient("127.0.0.1", int(server.staff_port or 0), "wrong").json("/v1/staff/bundles", staff=True)
    finally:
        server.stop()
    # Without a staff port the receiver behaves as before: staff API on the one listener.
    server = ReceiverServer(arc, key, Limits()).start()
    try:
        assert server.staff_port is None
        assert fetch.StaffClient("127.0.0.1", server.port, staff_token(arc)).json(
            "/v1/staff/bundles", staff=True) == {"bundles": []}
    finally:
        server.stop()


def test_intake_serve_moves_the_staff_api_once_a_staff_onion_exists(tmp_path: Path) -> None:
    arc = tmp_path / "arc"
    assert _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase").returncode == 0
    assert _intake("archive", "staff-onion", str(arc)).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "intake_app", "serve", "--archive", str(arc), "--no-tor",
                             "--listen", f"127.0.0.1:{free_port()}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        public_url = proc.stdout.readline().split()[-1]
        staff_line = proc.stdout.readline()
        assert staff_line.startswith("staff listening "), staff_line
        staff_url = staff_line.split()[-1]
        token = staff_token(arc)
        with pytest.raises(fetch.FetchError, match="404"):
            fetch.StaffClient("127.0.0.1", int(public_url.rsplit(":", 1)[1]), token).json("/v1/staff/bundles", True)
        staff = fetch.StaffClient("127.0.0.1", int(staff_url.rsplit(":", 1)[1]), token)
        assert staff.json("/v1/staff/bundles", staff=True) == {"bundles": []}
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0


def _socks_error(sc: fetch.StaffClient, attempts: int = 8) -> str:
    """The SOCKS error a staff client gets, once tor has the descriptor (0xf0/0xf2: not yet)."""
    last = ""
    for _ in range(attempts):
        try:
            sc.json("/v1/staff/bundles", staff=True)
        except fetch.FetchError as exc:
            last = str(exc)
            if "0xf0" not in last and "0xf2" not in last:
                return last
            time.sleep(2)
        else:
            return "reached"
    return last


@pytest.mark.tor
def test_staff_onion_needs_the_client_key_and_the_cli_tor_path_fetches(tor_network: TorNetwork,
                                                                      tmp_path: Path) -> None:
    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase")
    assert r.returncode == 0, r.stderr
    public_onion = (arc / "onion" / "hostname").read_text().strip()
    auth_dir = tmp_path / "staff-auth"
    r = _intake("archive", "staff-onion", str(arc))
    assert r.returncode == 0, r.stderr
    staff_address = staff_onion.read_onion_address(staff_onion.staff_onion_dir(arc))
    r = _intake("archive", "staff-client-key", "--onion", staff_address, "--name", "alice",
                "--auth-dir", str(auth_dir))
    assert r.returncode == 0, r.stderr
    public_key = r.stdout.split()[-1]
    r = _intake("archive", "staff-onion", str(arc), "--authorize", "alice", public_key)
    assert r.returncode == 0 and "alice" in r.stdout, r.stderr
    profile = load_profile(arc / "profile.json")
    server = ReceiverServer(arc, read_signing_key(arc / "keys" / "receipt-signing.key", None), Limits(),
                            staff_port=0).start()
    assert server.staff_port is not None
    conns: list[tor.TorConnection] = []
    try:
        bundle = tmp_path / "b.tib"
        bundle.write_bytes(os.urandom(30_000))
        client.submit(bundle, profile, tor=None, insecure_direct_url=server.url)  # upload path not under test
        sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
        lines = (tor_network.torrc_lines.splitlines() + onion_torrc_lines(arc, server.port)
                 + staff_onion.service_torrc_lines(arc, server.staff_port))
        service = tor.launch_tor(tmp_path / "service-tor", extra_lines=lines, wait=False)
        conns.append(service)
        assert service.controller is not None
        uploaded: set[str] = set()
        both = threading.Event()

        def on_desc(event: object) -> None:
            if getattr(event, "action", None) == "UPLOADED":
                uploaded.add(str(getattr(event, "address", "")))
                if {public_onion.removesuffix(".onion"), staff_address.removesuffix(".onion")} <= uploaded:
                    both.set()

        service.controller.add_event_listener(on_desc, "HS_DESC")
        tor.wait_for_bootstrap(service.controller, None, 120, service.process)
        assert both.wait(120), f"descriptors uploaded: {uploaded}"

        # 1. The CLI starts its own tor with the private network's lines and the staff key.
        torrc_extra = tor_network.write_torrc_extra(tmp_path / "torrc-extra")
        assert _intake("archive", "custody-key", str(tmp_path / "ck.key"), "--no-passphrase").returncode == 0
        dest = tmp_path / "staff-archive"
        dest.mkdir()
        (dest / "profile.json").write_bytes((arc / "profile.json").read_bytes())
        args = ("fetch", "--archive", str(dest), "--token-file", str(arc / "staff-token"),
                "--custody-key", str(tmp_path / "ck.key"), "--no-passphrase", "--torrc-extra", str(torrc_extra),
                "--staff-onion", staff_address, "--onion-auth-dir", str(auth_dir))
        for _ in range(3):  # a fresh onion can take a few descriptor fetches on a tiny network
            r = _intake(*args)
            if r.returncode == 0 or "does not match" in r.stderr:
                break
        assert r.returncode == 0, r.stderr
        assert "New bundles fetched: 1 " in r.stdout
        assert (dest / "incoming" / f"{sha}.tib").read_bytes() == bundle.read_bytes()
        transfer = custody.verify_log(dest / "incoming" / f"{sha}.custody")[1]
        assert transfer.detail["via"] == "tor" and transfer.detail["source"] == staff_address
        # The fetch went through the staff onion, which tor reaches only with the client key
        # (part 2 shows a tor without it cannot); tor's configuration came on stdin, no torrc file.
        assert not (dest / "fetch-tor" / "torrc").exists()

        # 2. A tor without the key: the staff onion cannot be reached (tor's SOCKS error 0xf4,
        # "client authorisation missing"), even with the right token. The public onion is reached,
        # its public log answers, but the staff API is not served there (404, token or not).
        token = staff_token(arc)
        bare = tor.launch_tor(tmp_path / "bare-tor", extra_lines=tor_network.torrc_lines.splitlines())
        conns.append(bare)
        socks = (bare.socks_host, bare.socks_port)
        error = _socks_error(fetch.StaffClient(staff_address, 80, token, socks_addr=socks))
        assert error != "reached" and "0xf4" in error, error
        public = fetch.StaffClient(public_onion, 80, token, socks_addr=socks)
        assert "404" in _socks_error(public)
        assert public.json("/v1/log/entry?index=0")["receipt"]

        # 3. A tor holding a key the archive never authorised fares no better.
        other_dir = tmp_path / "other-auth"
        staff_onion.write_client_key(other_dir, staff_address, "mallory", staff_onion.ClientKey.generate().private)
        other = tor.launch_tor(tmp_path / "other-tor", extra_lines=tor_network.torrc_lines.splitlines()
                               + staff_onion.client_torrc_lines(other_dir))
        conns.append(other)
        error = _socks_error(fetch.StaffClient(staff_address, 80, token, socks_addr=(other.socks_host, other.socks_port)))
        assert error != "reached" and ("0xf4" in error or "0xf5" in error), error
    finally:
        server.stop()
        for c in conns:
            c.close()
