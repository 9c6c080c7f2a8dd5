# SPDX-License-Identifier: GPL-3.0-or-later
"""Reaching the archive through a private obfs4 bridge, as a user in a censored network does:
``intake submit --bridge LINE`` with only the line a trusted person handed over. Real tor and
real obfs4proxy on both sides (tests/fixtures/obfs4_bridge.py), never the public Tor network."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.obfs4_bridge import Obfs4Bridge
from tests.fixtures.onion_receiver import OnionReceiver
from tests.fixtures.tornet import TorNetwork

pytestmark = pytest.mark.tor

CODE = re.compile(r"^TI-\d+-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")


def _intake(*args: str, home: Path, timeout: float = 400) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, check=False)


def test_the_bridge_line_is_what_obfs4proxy_wrote(obfs4_bridge: Obfs4Bridge) -> None:
    from intake_app.transport.bridges import parse_bridge_line

    bridge = parse_bridge_line(obfs4_bridge.line)  # the app's own checks accept it as it is handed over
    assert bridge.transport == "obfs4" and bridge.port == obfs4_bridge.pt_port
    assert bridge.fingerprint == obfs4_bridge.node.fingerprint


def test_submit_through_the_private_obfs4_bridge_only(obfs4_bridge: Obfs4Bridge, onion_receiver: OnionReceiver,
                                                      tor_network: TorNetwork, tmp_path: Path) -> None:
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")  # the private network's authorities only
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(400_000))
    home = tmp_path / "home"
    before = len(list((onion_receiver.archive / "received").glob("*.tib")))
    done = _intake("submit", str(bundle), "--profile", str(onion_receiver.profile_path), "--torrc-extra", str(extra),
                   "--bridge", obfs4_bridge.line, home=home)
    assert done.returncode == 0, done.stderr
    assert CODE.match(done.stdout.strip().splitlines()[-1])
    assert len(list((onion_receiver.archive / "received").glob("*.tib"))) == before + 1
    torrc = (home / "tor" / "torrc").read_text()
    assert "UseBridges 1" in torrc and f"Bridge {obfs4_bridge.line}" in torrc
    assert re.search(r"^ClientTransportPlugin obfs4 exec \S*obfs4proxy$", torrc, re.M)
    # tor used the bridge as its only entry: its state names it as a bridge guard.
    state = (home / "tor" / "data" / "state").read_text()
    guards = [line for line in state.splitlines() if line.startswith("Guard ")]
    assert guards and all("in=bridges" in g for g in guards), guards
    assert any(f"rsa_id={obfs4_bridge.node.fingerprint}" in g for g in guards), guards
