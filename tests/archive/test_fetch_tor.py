# SPDX-License-Identifier: GPL-3.0-or-later
"""``fetch`` over the private Tor network: the staff client reaches the receiver's onion service
through a tor SOCKS port and gets the same checked, sealed result as on loopback."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import nacl.signing
import pytest

from intake_app.archive import custody, fetch
from intake_app.transport import client, tor
from intake_app.transport.inbox import Limits
from intake_app.transport.onion import create_onion_service_dir
from intake_app.transport.receiver import ReceiverServer, onion_torrc_lines, staff_token
from tests.fixtures.tornet import TorNetwork, free_port

pytestmark = pytest.mark.tor


def test_fetch_over_onion(tor_network: TorNetwork, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    address = create_onion_service_dir(archive / "onion")
    key = nacl.signing.SigningKey.generate()
    port = free_port()
    server = ReceiverServer(archive, key, Limits(), port=port).start()
    conns: list[tor.TorConnection] = []
    try:
        lines = tor_network.torrc_lines.splitlines() + onion_torrc_lines(archive, port)
        service = tor.launch_tor(archive / "tor", extra_lines=lines, wait=False)
        conns.append(service)
        assert service.controller is not None
        published = threading.Event()
        service.controller.add_event_listener(
            lambda e: published.set() if getattr(e, "action", None) == "UPLOADED" else None, "HS_DESC")
        tor.wait_for_bootstrap(service.controller, None, 120, service.process)
        published.wait(120)
        bundle = tmp_path / "b.tib"
        bundle.write_bytes(os.urandom(40_000))
        profile = type("P", (), {"receiver_onion": address, "receipt_public_key": bytes(key.verify_key)})()
        client.submit(bundle, profile, tor=None, insecure_direct_url=server.url)  # the upload path is not under test
        staff = tor.launch_tor(tmp_path / "staff-tor", extra_lines=tor_network.torrc_lines.splitlines())
        conns.append(staff)
        sc = fetch.StaffClient(address, 80, staff_token(archive), socks_addr=(staff.socks_host, staff.socks_port))
        custodian = nacl.signing.SigningKey.generate()
        dest = tmp_path / "staff-archive"
        result = None
        for _ in range(5):  # a fresh onion can take a few descriptor fetches on a tiny network
            try:
                result = fetch.fetch(dest, sc, bytes(key.verify_key), custodian)
                break
            except fetch.FetchError as exc:
                if isinstance(exc, fetch.FetchIntegrityError):
                    raise
        assert result is not None
        sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
        assert result.fetched == [sha]
        assert (dest / "incoming" / f"{sha}.tib").read_bytes() == bundle.read_bytes()
        events = custody.verify_log(dest / "incoming" / f"{sha}.custody")
        assert [e.type for e in events] == ["receipt", "transfer", "validation", "fixity check", "ingest"]
        assert events[1].detail["via"] == "tor" and events[1].detail["source"] == address
    finally:
        server.stop()
        for c in conns:
            c.close()
