# SPDX-License-Identifier: GPL-3.0-or-later
"""A client SOLVES the onion service's proof-of-work puzzle on the private Tor network (issue 20 item 4).

tor raises the suggested effort only at its update tick (``HS_UPDATE_PERIOD``, hard-coded to 300 s
in tor's hs_pow.h and counted from when the service starts; no torrc or TestingTorNetwork option
shortens it, and no client option or controller command makes a client solve at a chosen effort),
and only if at that tick its introduction queue is still non-empty after having held at least
8 requests in the period. So this test:

1. runs the receiver's own torrc lines (``onion_torrc_lines``: PoW defence on) with the queue
   drained at 1 request/s (``HiddenServicePoWQueueRate 1``, ``HiddenServicePoWQueueBurst 1``);
2. floods it with introductions from a second tor (40 at a time, each its own SOCKS identity) and
   keeps the flood going until the client's introduction is done: a queue that empties before
   the next tick would make tor lower the effort again (2/3 of it, i.e. 1 -> 0);
3. bootstraps the client's tor meanwhile, without asking it for the onion (so it has no earlier
   descriptor cached);
4. waits for the tick (about 300 s after the service started) until the service's descriptor
   suggests an effort above 0 and the directories acknowledged the upload of that revision (a
   fetch racing the upload gets the older one), then has the client fetch the descriptor
   (``HSFETCH``) until its copy suggests the raised effort too;
5. connects: the client's rendezvous circuit carries ``HS_POW=v1,<effort>`` (tor sets it only
   once the puzzle is solved), and the SERVICE's rendezvous circuit to it carries it as well
   (tor sets it only for a request whose solution it verified).

Why the earlier version failed once: tor tags only the client's *rendezvous* circuit with
``HS_POW``, and a rendezvous circuit that joined stays open (up to ``MaxCircuitDirtiness``, 10
minutes) after the connection, so no ``CIRC`` status event follows the solve; the earlier test
listened to ``CIRC`` events only, which carry the tag only if that circuit happens to close (a
failed first attempt). This version reads the circuits' state (``GETINFO circuit-status``) after
the connection, and logs the timeline (descriptor revisions, fetches, the tag) in its messages.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import re
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
HS_UPDATE_PERIOD = 300  # tor's hs_pow.h
EFFORT_DEADLINE = HS_UPDATE_PERIOD + 120  # from the service's start: its first tick, plus a margin
HS_POW = re.compile(r"HS_POW=v1,(\d+)")


class Timeline:
    """What happened when (seconds since the service started), for the failure messages."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.entries: list[str] = []
        self._lock = threading.Lock()

    def note(self, text: str) -> None:
        with self._lock:
            self.entries.append(f"{time.monotonic() - self.start:6.1f}s {text}")

    def __str__(self) -> str:
        with self._lock:
            return "\n".join(self.entries)


@pytest.fixture
def pow_service(tor_network: TorNetwork, tmp_path: Path) -> Iterator[tuple[tor.TorConnection, str, Timeline]]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.listen(1024)
    archive = tmp_path / "archive"
    archive.mkdir()
    address = create_onion_service_dir(archive / "onion")
    lines = (tor_network.torrc_lines.splitlines() + onion_torrc_lines(archive, listener.getsockname()[1])
             + ["HiddenServicePoWQueueRate 1", "HiddenServicePoWQueueBurst 1"])
    timeline = Timeline()  # tor starts its effort clock when it reads the service's configuration
    connection = tor.launch_tor(archive / "tor", extra_lines=lines)
    timeline.note("service bootstrapped")
    try:
        yield connection, address, timeline
    finally:
        connection.close()
        listener.close()


def _knock(client: tor.TorConnection, onion: str, user: str, timeout: float = 60) -> bool:
    """Open a connection to the onion (its own circuits: a SOCKS identity of its own); True if it answered."""
    s = socks.socksocket()
    s.set_proxy(socks.SOCKS5, client.socks_host, client.socks_port, rdns=True, username=user, password="x")
    s.settimeout(timeout)
    with s:
        try:
            s.connect((onion, 80))
        except (OSError, socks.ProxyError):
            return False
        return True


def _effort_of(text: str, address: str) -> int | None:
    """The suggested effort in a descriptor's encrypted part (None: no descriptor)."""
    if not text:
        return None
    inner = HiddenServiceDescriptorV3.from_str(text).decrypt(address)
    pow_lines = [line.split() for line in str(inner).splitlines() if line.startswith("pow-params ")]
    assert len(pow_lines) == 1 and pow_lines[0][1] == "v1"
    return int(pow_lines[0][3])


def _service_effort(service: tor.TorConnection, address: str) -> int | None:
    assert service.controller is not None
    return _effort_of(service.controller.get_info(f"hs/service/desc/id/{address.removesuffix('.onion')}", ""), address)


def _client_fetch_effort(client: tor.TorConnection, address: str) -> int | None:
    """Make the client fetch the descriptor from the directories now; the effort its copy suggests."""
    assert client.controller is not None
    onion = address.removesuffix(".onion")
    done = threading.Event()

    def on_desc(event: object) -> None:
        words = str(event).split()
        if len(words) > 2 and words[1] in ("RECEIVED", "FAILED") and words[2] == onion:
            done.set()

    client.controller.add_event_listener(on_desc, "HS_DESC")
    try:
        client.controller.msg(f"HSFETCH {onion}")
        done.wait(20)
    finally:
        client.controller.remove_event_listener(on_desc)
    return _effort_of(client.controller.get_info(f"hs/client/desc/id/{onion}", ""), address)


def _tagged_circuits(connection: tor.TorConnection) -> list[str]:
    """Circuits tor reports with a solved (client) or verified (service) puzzle."""
    assert connection.controller is not None
    return [line for line in connection.controller.get_info("circuit-status", "").splitlines() if HS_POW.search(line)]


def test_client_solves_the_puzzle_once_the_service_is_flooded(
        pow_service: tuple[tor.TorConnection, str, Timeline], tor_network: TorNetwork, tmp_path: Path) -> None:
    service, address, timeline = pow_service
    first = None
    while first is None and time.monotonic() - timeline.start < 120:  # tor builds its descriptor soon after bootstrap
        first = _service_effort(service, address)
        time.sleep(1)
    assert first == 0  # calm: published parameters, nothing to solve yet
    timeline.note("service: descriptor built, effort 0")
    assert service.controller is not None

    tag_events: list[str] = []

    def on_circ(event: object) -> None:  # only for the timeline: the assertions read circuit-status
        raw = str(event)
        if HS_POW.search(raw):
            tag_events.append(raw)
            timeline.note(f"event: {raw}")

    uploads: list[float] = []

    def on_upload(event: object) -> None:
        if " UPLOADED " in f" {event} ":
            uploads.append(time.monotonic())
            timeline.note("service: descriptor uploaded to a directory")

    service.controller.add_event_listener(on_circ, "CIRC", "CIRC_MINOR")
    service.controller.add_event_listener(on_upload, "HS_DESC")
    stop = threading.Event()
    with concurrent.futures.ThreadPoolExecutor(FLOOD + 1) as pool, contextlib.ExitStack() as stack:
        stack.callback(stop.set)  # the flood ends only after the client's introduction (or on failure)
        client_future = pool.submit(tor.launch_tor, tmp_path / "client",
                                    extra_lines=tor_network.torrc_lines.splitlines())
        flooder = tor.launch_tor(tmp_path / "flooder", extra_lines=tor_network.torrc_lines.splitlines())
        stack.callback(flooder.close)
        timeline.note("flooder bootstrapped: flood starts")
        names = itertools.count()
        answered = [0]

        def flood() -> None:
            while not stop.is_set():
                if _knock(flooder, address, f"flood-{next(names)}", timeout=30):
                    answered[0] += 1

        for _ in range(FLOOD - 1):
            pool.submit(flood)
        client = client_future.result()
        stack.callback(client.close)
        timeline.note("client bootstrapped (it has not asked for the onion yet)")
        assert client.controller is not None
        client.controller.add_event_listener(on_circ, "CIRC", "CIRC_MINOR")
        client.controller.add_event_listener(lambda event: timeline.note(f"client: {str(event)[:90]}"), "HS_DESC")

        effort, calm_until = 0, time.monotonic()
        while time.monotonic() - timeline.start < EFFORT_DEADLINE:
            polled_at = time.monotonic()
            now = _service_effort(service, address) or 0
            if now != effort:
                timeline.note(f"service: descriptor now suggests effort {now} ({answered[0]} flood connections answered)")
            effort = now
            if effort > 0:
                break
            calm_until = polled_at
            time.sleep(1)
        assert effort > 0, f"tor never raised the suggested effort\n{timeline}"
        # A fetch racing the upload gets the directories' older revision: wait for the new one to land.
        landed = time.monotonic() + 60  # each round of uploads ends within about a second (measured)
        while time.monotonic() < landed:
            since = [t for t in uploads if t >= calm_until]
            if since and time.monotonic() - max(since) > 3:
                break
            time.sleep(0.5)
        timeline.note(f"service: the raised revision reached {sum(t >= calm_until for t in uploads)} directories")

        fetched = None
        for _ in range(6):
            fetched = _client_fetch_effort(client, address)
            timeline.note(f"client: fetched descriptor suggests effort {fetched}")
            if fetched:
                break
            time.sleep(5)
        assert fetched, f"the directories never served the raised effort\n{timeline}"

        answered_client = _knock(client, address, "witness", timeout=120)
        timeline.note(f"client: onion answered: {answered_client}")
        client_tagged = _tagged_circuits(client)
        service_tagged = _tagged_circuits(service)
        timeline.note(f"client circuits with HS_POW: {client_tagged}")
        timeline.note(f"service circuits with HS_POW: {service_tagged}")
        print(timeline)  # the measured timeline, shown with pytest -s
        assert answered_client, f"the client could not connect under the flood\n{timeline}"
        solved = [int(m.group(1)) for line in client_tagged if (m := HS_POW.search(line))]
        assert solved and min(solved) >= fetched, f"the client's rendezvous carried no solved puzzle\n{timeline}"
        verified = [int(m.group(1)) for line in service_tagged if (m := HS_POW.search(line))
                    and "HS_SERVICE_REND" in line]
        assert verified and max(verified) >= fetched, f"the service verified no solved puzzle\n{timeline}"
