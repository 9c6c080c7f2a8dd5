# SPDX-License-Identifier: GPL-3.0-or-later
"""The receiver's onion service defences on the private Tor network (issue 20 item 4, F6/F7).

- Tor's proof-of-work defence is on: the descriptor tor publishes carries ``pow-params``, and a
  client solves what it asks for and submits.
- tor tells the receiver each connection's circuit (``HiddenServiceExportCircuitID haproxy``),
  and the receiver caps connections and open claims per circuit: one client opening many
  connections and claims on one circuit gets its share only; an honest client on another circuit
  still submits and gets a verified receipt.
Real tor everywhere (tests/fixtures/tornet.py); the receiver is the shared ``onion_receiver``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import socks
from stem.descriptor.hidden_service import HiddenServiceDescriptorV3

from intake_app.transport import client, tor
from intake_crypto.bundle import receipt as receipts
from tests.fixtures.onion_receiver import CHUNK, OnionReceiver
from tests.fixtures.tornet import TorNetwork

pytestmark = pytest.mark.tor


@pytest.fixture(scope="module")
def client_tor(tor_network: TorNetwork, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tor.TorConnection]:
    connection = tor.launch_tor(tmp_path_factory.mktemp("client") / "tor", extra_lines=tor_network.torrc_lines.splitlines())
    try:
        yield connection
    finally:
        connection.close()


def _onion_socket(connection: tor.TorConnection, onion: str, user: str | None, timeout: float = 120) -> socks.socksocket:
    """A stream to the onion through ``connection``; one SOCKS user name = one circuit (IsolateSOCKSAuth)."""
    s = socks.socksocket()
    s.set_proxy(socks.SOCKS5, connection.socks_host, connection.socks_port, rdns=True,
                username=user, password="x" if user else None)
    s.settimeout(timeout)
    s.connect((onion, 80))
    return s


def _submit(receiver: OnionReceiver, connection: tor.TorConnection, path: Path, deadline: float = 180.0) -> None:
    path.write_bytes(os.urandom(300_000))
    result = client.submit(path, receiver.profile, tor=connection,
                           policy=client.RetryPolicy(deadline=deadline, first_backoff=0.5, max_backoff=5))
    receipts.verify_submission(result.proof, bytes(receiver.key.verify_key), result.bundle_sha256, result.size)
    assert (receiver.archive / "received" / f"{result.bundle_sha256}.tib").read_bytes() == path.read_bytes()


def test_published_descriptor_carries_pow_params_and_a_client_submits(
        onion_receiver: OnionReceiver, client_tor: tor.TorConnection, intake_home: Path, tmp_path: Path) -> None:
    controller = onion_receiver.tor.controller
    assert controller is not None
    address = onion_receiver.address.removesuffix(".onion")
    text = controller.get_info(f"hs/service/desc/id/{address}")
    inner = HiddenServiceDescriptorV3.from_str(text).decrypt(onion_receiver.address)
    pow_lines = [line for line in str(inner).splitlines() if line.startswith("pow-params ")]
    # "pow-params v1 <seed> <suggested effort> <expiry>": the puzzle clients must solve under attack.
    assert len(pow_lines) == 1 and pow_lines[0].split()[1] == "v1", str(inner)
    _submit(onion_receiver, client_tor, tmp_path / "b.tib")


@pytest.fixture
def strict_receiver(onion_receiver: OnionReceiver) -> Iterator[OnionReceiver]:
    """The shared receiver restarted with few slots (so one circuit could take them all) and a long
    header allowance (idle connections stay for the whole test); restored afterwards."""
    default = onion_receiver.limits
    onion_receiver.limits = dataclasses.replace(
        default, max_connections=8, max_connections_per_circuit=3, max_open_uploads=6,
        max_open_uploads_per_circuit=2, header_seconds=300.0)
    onion_receiver.restart()
    try:
        yield onion_receiver
    finally:
        onion_receiver.limits = default
        onion_receiver.restart()


def _claim(sock: socket.socket, onion: str) -> int:
    body = json.dumps({"size": 1000, "sha256": os.urandom(32).hex(), "salt": os.urandom(32).hex()}).encode()
    sock.sendall(f"POST /v1/uploads HTTP/1.1\r\nHost: {onion}\r\nContent-Length: {len(body)}\r\n"
                 f"Content-Type: application/json\r\n\r\n".encode() + body)
    answer = http.client.HTTPResponse(sock)  # type: ignore[arg-type]
    answer.begin()
    answer.read()
    return answer.status


def test_one_circuit_cannot_take_every_slot(strict_receiver: OnionReceiver, client_tor: tor.TorConnection,
                                            intake_home: Path, tmp_path: Path) -> None:
    onion = strict_receiver.address
    # The abuser's claims on one circuit: its share, then refused (the slots stay for others).
    claimer = _onion_socket(client_tor, onion, "abuser")
    statuses = [_claim(claimer, onion) for _ in range(2)]
    assert statuses == [201, 201]
    assert _claim(claimer, onion) == 429
    # Many idle connections on that same circuit (same SOCKS credentials: tor keeps one circuit).
    idle = [_onion_socket(client_tor, onion, "abuser") for _ in range(8)]
    refused = 0
    for s in idle:
        s.settimeout(8)
        with contextlib.suppress(TimeoutError):  # admitted: it holds a connection
            refused += b"too many connections on this circuit" in s.recv(4096)
    # The claimer's connection was closed after its 429; 3 of the 8 idle ones are admitted.
    assert refused == 5
    server = strict_receiver.server.httpd
    assert len(set(server.circuits.values())) == 1 and len(server.circuits) == 3
    # Without the per-circuit cap those 9 connections would hold all 8 (every other client answered
    # 503 until they go): an honest client on its own circuit gets through.
    _submit(strict_receiver, client_tor, tmp_path / "honest.tib", deadline=120.0)
    for s in [claimer, *idle]:
        s.close()


def test_an_upload_spread_over_circuits_is_not_penalised(onion_receiver: OnionReceiver, client_tor: tor.TorConnection,
                                                         intake_home: Path, tmp_path: Path) -> None:
    # One connection and one claim per circuit: the tightest per-circuit limits. An upload spread
    # over client.SPREAD_CIRCUITS circuits (one connection each) meets neither (issue 20 item 5).
    # client.submit as the app calls it: spreading is on by default over tor.
    default = onion_receiver.limits
    onion_receiver.limits = dataclasses.replace(default, max_connections_per_circuit=1, max_open_uploads_per_circuit=1)
    onion_receiver.restart()
    try:
        server = onion_receiver.server.httpd
        seen: set[int] = set()
        bundle = tmp_path / "big.tib"
        bundle.write_bytes(os.urandom(24 * CHUNK + 999))
        result = client.submit(bundle, onion_receiver.profile, tor=client_tor,
                               progress=lambda a, t, p: seen.update(server.circuits.values()))
        receipts.verify_submission(result.proof, bytes(onion_receiver.key.verify_key), result.bundle_sha256, result.size)
        assert (onion_receiver.archive / "received" / f"{result.bundle_sha256}.tib").read_bytes() == bundle.read_bytes()
        assert len(seen) >= 2, seen  # chunks arrived over several circuits at once
        assert server.refused_circuit == 0 and server.refused_busy == 0
    finally:
        onion_receiver.limits = default
        onion_receiver.restart()
