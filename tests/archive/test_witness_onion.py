# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness published as an onion service on the private Tor network, reached by the log through
a tor SOCKS port (intake_crypto/SPEC.md 3.5: a clear-net witness would learn where the receiver runs)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import nacl.signing
import pytest

from intake_app.transport import tor
from intake_app.transport.ledger import ReceiptLog
from intake_app.transport.onion import create_onion_service_dir
from intake_app.transport.witness import Collector, Witness, WitnessServer, endpoint
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog
from tests.fixtures.tornet import TorNetwork, free_port

pytestmark = pytest.mark.tor


def test_the_log_reaches_an_onion_witness_through_tor(tor_network: TorNetwork, tmp_path: Path) -> None:
    log_key, witness_key = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    origin = receipts.log_origin(bytes(log_key.verify_key))
    port = free_port()
    witness = WitnessServer(Witness("witness.example/onion", witness_key, tmp_path / "wstate",
                                    {origin: bytes(log_key.verify_key)}), port=port).start()
    address = create_onion_service_dir(tmp_path / "witness-onion")
    conns: list[tor.TorConnection] = []
    try:
        lines = tor_network.torrc_lines.splitlines() + [f"HiddenServiceDir {tmp_path / 'witness-onion'}",
                                                         f"HiddenServicePort 80 127.0.0.1:{port}"]
        service = tor.launch_tor(tmp_path / "witness-tor", extra_lines=lines, wait=False)
        conns.append(service)
        assert service.controller is not None
        published = threading.Event()
        service.controller.add_event_listener(
            lambda e: published.set() if getattr(e, "action", None) == "UPLOADED" else None, "HS_DESC")
        tor.wait_for_bootstrap(service.controller, None, 120, service.process)
        published.wait(120)
        receiver_tor = tor.launch_tor(tmp_path / "receiver-tor", extra_lines=tor_network.torrc_lines.splitlines())
        conns.append(receiver_tor)
        cosigner = tlog.Cosigner("witness.example/onion", bytes(witness_key.verify_key))
        with pytest.raises(Exception, match="onion service through tor"):
            endpoint(cosigner, f"http://{address}")  # an onion without tor is refused
        w = endpoint(cosigner, f"http://{address}", (receiver_tor.socks_host, receiver_tor.socks_port))
        log = ReceiptLog(tmp_path / "log", log_key, Collector([w], timeout=60))
        log.append("00" * 32, 1, "11" * 32)
        note = log.checkpoint()
        for _ in range(5):  # a fresh onion can take a few descriptor fetches on a tiny network
            if tlog.valid_cosigners(note, [cosigner]):
                break
            time.sleep(2)
            log._cosigned = None  # ask again now, not after a minute
            note = log.checkpoint()
        assert tlog.valid_cosigners(note, [cosigner]) == [cosigner]
    finally:
        witness.stop()
        for c in conns:
            c.close()
