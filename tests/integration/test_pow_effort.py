# SPDX-License-Identifier: GPL-3.0-or-later
"""A client SOLVES the onion service's proof-of-work puzzle on the private Tor network (issue 20 item 4).

tor raises the suggested effort only when its introduction queue could not keep up, and only
at its update tick (``HS_UPDATE_PERIOD``, hard-coded to 300 s in tor's hs_pow.h — no torrc option
or TestingTorNetwork setting shortens it). So this test:

1. runs the receiver's own torrc lines (``onion_torrc_lines``: PoW defence on) with the queue
   drained at 1 request/s (``HiddenServicePoWQueueRate 1``, ``HiddenServicePoWQueueBurst 1``);
2. floods it with introductions (many SOCKS identities at once, one circuit each);
3. waits — up to one update period and a margin, i.e. about 6 minutes of real time — until the
   descriptor tor publishes suggests an effort above 0;
4. starts a fresh client tor and connects: tor reports ``HS_POW=v1,<effort>`` on the client's
   introduction circuit (control-port CIRC event) only when it solved a puzzle with that effort.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import socks
from stem.descriptor.hidden_service import HiddenServiceDescriptorV3

from intake_app.transport import tor
from intake_app.transport.onion import create_onion_service_dir
from intake_app.transport.receiver import onion_torrc_lines
from tests.fixtures.tornet import TorNetwork

pytestmark = [pytest.mark.tor, pytest.mark.slow]

FLOOD = 40
EFFORT_DEADLINE = 300 + 150  # one HS_UPDATE_PERIOD, plus time for the flood and the upload


@pytest.fixture
def pow_service(tor_network: TorNetwork, tmp_path: Path) -> Iterator[tuple[tor.TorConnection, str, socket.socket]]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.listen(256)
    archive = tmp_path / "archive"
    archive.mkdir()
    address = create_onion_service_dir(archive / "onion")
    lines = (tor_network.torrc_lines.splitlines() + onion_torrc_lines(archive, listener.getsockname()[1])
             + ["HiddenServicePoWQueueRate 1", "HiddenServicePoWQueueBurst 1"])
    connection = tor.launch_tor(archive / "tor", extra_lines=lines)
    try:
        yield connection, address, listener
    finally:
        connection.close()
        listener.close()


def _knock(client: tor.TorConnection, onion: str, user: str) -> None:
    s = socks.socksocket()
    s.set_proxy(socks.SOCKS5, client.socks_host, client.socks_port, rdns=True, username=user, password="x")
    s.settimeout(90)
    with contextlib.suppress(OSError, socks.ProxyError), s:
        s.connect((onion, 80))


def _suggested_effort(service: tor.TorConnection, address: str) -> int:
    assert service.controller is not None
    text = service.controller.get_info(f"hs/service/desc/id/{address.removesuffix('.onion')}", "")
    if not text:
        return 0
    inner = HiddenServiceDescriptorV3.from_str(text).decrypt(address)
    pow_lines = [line.split() for line in str(inner).splitlines() if line.startswith("pow-params ")]
    assert len(pow_lines) == 1 and pow_lines[0][1] == "v1"
    return int(pow_lines[0][3])


def test_client_solves_the_puzzle_once_the_service_is_flooded(
        pow_service: tuple[tor.TorConnection, str, socket.socket], tor_network: TorNetwork, tmp_path: Path) -> None:
    service, address, _listener = pow_service
    assert _suggested_effort(service, address) == 0  # calm: nothing to solve yet
    flooder = tor.launch_tor(tmp_path / "flooder", extra_lines=tor_network.torrc_lines.splitlines())
    try:
        effort = 0
        start = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(FLOOD) as pool:
            rounds = 0
            while effort == 0 and time.monotonic() - start < EFFORT_DEADLINE:
                # Keep introductions coming (new identities each round) until tor's tick sees the backlog.
                futures = [pool.submit(_knock, flooder, address, f"flood-{rounds}-{i}") for i in range(FLOOD)]
                concurrent.futures.wait(futures, timeout=60)
                rounds += 1
                effort = _suggested_effort(service, address)
        assert effort > 0, "tor never raised the suggested effort"
    finally:
        flooder.close()

    client = tor.launch_tor(tmp_path / "client", extra_lines=tor_network.torrc_lines.splitlines())
    try:
        assert client.controller is not None
        solved: list[int] = []
        seen = threading.Event()

        def on_circ(event: object) -> None:
            raw = str(event)
            for word in raw.split():
                if word.startswith("HS_POW=v1,"):
                    solved.append(int(word.split(",", 1)[1]))
                    seen.set()

        client.controller.add_event_listener(on_circ, "CIRC")
        _knock(client, address, "witness")
        seen.wait(120)
        assert solved and max(solved) > 0, "the client's introduction carried no solved puzzle"
    finally:
        client.close()
