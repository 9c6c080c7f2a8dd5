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

CODE = re.compile(r"^T-[2-9A-HJKMNP-TV-Z]+-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$")


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
    # Nothing of that tor stays (its configuration came on stdin; its directory went with it).
    assert not (home / "tor").exists()
    # The same configuration, in a tor we can ask while it runs: every circuit enters through
    # the bridge (tor used it as its only entry).
    from intake_app.transport import bridges, tor

    lines = tor.read_torrc_extra(extra) + bridges.torrc_for_bridges([bridges.parse_bridge_line(obfs4_bridge.line)])
    with tor.launch_tor(tmp_path / "check-tor", extra_lines=lines, ephemeral=True, deadline=240) as connection:
        assert connection.controller is not None
        assert connection.controller.get_conf("UseBridges") == "1"
        circuits = [c for c in connection.controller.get_circuits() if c.path]
        assert circuits and all(c.path[0][0] == obfs4_bridge.node.fingerprint for c in circuits), circuits
    assert not (tmp_path / "check-tor").exists()


def _dead_plain_bridge(tor_network: TorNetwork) -> str:
    """A bridge line that looks right but leads nowhere: a closed loopback port, a real relay's fingerprint."""
    from tests.fixtures.tornet import free_port

    return f"127.0.0.1:{free_port()} {tor_network.relays[0].fingerprint}"


def test_connect_direct_works_and_says_so(onion_receiver: OnionReceiver, tor_network: TorNetwork,
                                          tmp_path: Path) -> None:
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    home = tmp_path / "home"
    done = _intake("connect", "--profile", str(onion_receiver.profile_path), "--torrc-extra", str(extra), home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "direct"
    assert "[1/" in done.stderr and "directly" in done.stderr
    assert "This way works: direct Tor connection" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (home / "tor-connect").exists()  # no torrc, state or log of the attempts left behind


def test_connect_tries_a_dead_bridge_and_the_private_obfs4_bridge_at_once(
        obfs4_bridge: Obfs4Bridge, onion_receiver: OnionReceiver, tor_network: TorNetwork, tmp_path: Path) -> None:
    """Two bridge ways run at the same time (issue 20 item 1, "in parallel where it is safe"): the
    working one answers while the dead one is still within its stall bound (300 s, far longer
    than this test may take), and the dead one is stopped then, not given up after the bound."""
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    home = tmp_path / "home"
    dead = _dead_plain_bridge(tor_network)
    done = _intake("connect", "--profile", str(onion_receiver.profile_path), "--torrc-extra", str(extra),
                   "--no-direct", "--no-built-in", "--stall-seconds", "300", "--bridge", dead,
                   "--bridge", obfs4_bridge.line, home=home, timeout=280)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "your-bridges"
    lines = done.stderr.splitlines()
    # One line per attempt: each way says what it tries, the dead one that it was stopped.
    assert any(line.startswith("[1/2]") and "(plain)" in line and "no progress for 300 s" in line for line in lines)
    assert any(line.startswith("[2/2]") and "(obfs4)" in line for line in lines)
    assert any(line.startswith("[1/2]") and "reached the archive first" in line for line in lines), lines
    assert not any("No progress for a while" in line for line in lines), lines  # not after its stall bound
    assert "This way works: your bridges (obfs4)" in done.stderr
    assert "directly" not in done.stderr  # --no-direct: no direct attempt at all
    assert "Traceback" not in done.stderr
    assert not (home / "tor-connect").exists()


def test_connect_never_falls_back_to_direct_when_tor_is_blocked(onion_receiver: OnionReceiver,
                                                                tor_network: TorNetwork, tmp_path: Path) -> None:
    # A direct connection would work on this network (the test above): with --no-direct and only a
    # dead bridge the assistant must fail rather than use it.
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    home = tmp_path / "home"
    done = _intake("connect", "--profile", str(onion_receiver.profile_path), "--torrc-extra", str(extra),
                   "--no-direct", "--no-built-in", "--stall-seconds", "5", "--bridge", _dead_plain_bridge(tor_network),
                   home=home)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert "None of the 1 ways tried reached the archive." in done.stderr
    assert "directly" not in done.stderr and "Traceback" not in done.stderr
    assert not (home / "tor-connect").exists()


def test_connect_uses_the_archive_s_own_bridges_from_its_signed_profile(
        obfs4_bridge: Obfs4Bridge, onion_receiver: OnionReceiver, tor_network: TorNetwork, tmp_path: Path) -> None:
    import shutil

    # The archive's admin puts a dead and a working private bridge into the archive's profile.
    archive = tmp_path / "archive"
    (archive / "keys").mkdir(parents=True, mode=0o700)
    shutil.copy(onion_receiver.profile_path, archive / "profile.json")
    shutil.copy(onion_receiver.archive / "keys" / "profile-signing.key", archive / "keys" / "profile-signing.key")
    added = _intake("archive", "bridges", str(archive), "--add", _dead_plain_bridge(tor_network), "--add",
                    obfs4_bridge.line, "--no-passphrase", home=tmp_path / "admin")
    assert added.returncode == 0, added.stderr
    # A user in a place where Tor is blocked only has that profile.
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    home = tmp_path / "home"
    done = _intake("connect", "--profile", str(archive / "profile.json"), "--torrc-extra", str(extra),
                   "--no-direct", "--no-built-in", "--stall-seconds", "10", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "archive-bridges"
    assert "[1/2] Trying the archive's own private bridges (plain)" in done.stderr
    assert "This way works: the archive's private bridges (obfs4)" in done.stderr
    assert "directly" not in done.stderr and not (home / "tor-connect").exists()


def test_connect_with_the_store_remembers_the_way_that_worked(
        obfs4_bridge: Obfs4Bridge, onion_receiver: OnionReceiver, tor_network: TorNetwork, tmp_path: Path) -> None:
    """``intake connect --store`` keeps the way that worked inside the encrypted store (as the app
    does) and tries it first, on its own, next time (issue 20 item 1: "remembers it")."""
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    home = tmp_path / "home"
    secret = tmp_path / "pass"
    secret.write_text("a long store passphrase\n", encoding="utf-8")
    made = _intake("store", "init", "--passphrase-file", str(secret), "--kdf-ops", "1", "--kdf-mem-mib", "8", home=home)
    assert made.returncode == 0, made.stderr
    dead = _dead_plain_bridge(tor_network)
    args = ["connect", "--profile", str(onion_receiver.profile_path), "--torrc-extra", str(extra), "--no-direct",
            "--no-built-in", "--stall-seconds", "300", "--bridge", dead, "--bridge", obfs4_bridge.line,
            "--store", "--passphrase-file", str(secret)]
    first = _intake(*args, home=home, timeout=280)
    assert first.returncode == 0, first.stderr
    assert any(line.startswith("[1/2]") and "(plain)" in line for line in first.stderr.splitlines())  # both tried
    # Nothing of the way is readable on this disk: only inside the encrypted store.
    cert = obfs4_bridge.line.split("cert=")[1][:24].encode()
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert cert not in data and b"your-bridges" not in data and b"connect_route" not in data, path
    again = _intake(*args, home=home, timeout=280)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "your-bridges"
    lines = again.stderr.splitlines()
    assert lines[0].startswith("[1/2]") and "(obfs4)" in lines[0], lines  # the remembered way first
    assert "(plain)" not in again.stderr, lines  # and on its own: it worked, the dead one never started
    assert "This way works: your bridges (obfs4)" in again.stderr
    # Without --store nothing is read or kept: the order is as given.
    plain = _intake(*args[:-3], home=home, timeout=280)
    assert plain.returncode == 0, plain.stderr
    assert any(line.startswith("[1/2]") and "(plain)" in line for line in plain.stderr.splitlines())
