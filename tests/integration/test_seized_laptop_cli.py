# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing readable on a locked laptop, outside the GUI (issue 18 item 5; security review F2, F8,
F9, F16): ``intake submit`` to the demo receiver leaves no receipt code, bundle hash or submission
time under INTAKE_HOME; the app's tor gets bridge lines on stdin, writes no log or torrc and its
data directory goes when it stops; receipts and upload state an earlier version left in
plaintext move into the store at unlock and the files go; ``intake store wipe`` removes them."""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake_app.transport import client
from intake_app.transport.state import MemoryState, TransportState
from intake_crypto.bundle import receipt as receipts
from tests.fixtures.traces import find_traces, loose_permissions, trace_patterns


def _intake(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False, input=stdin)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Path, Any]]:
    """The demo archive and its receiver on loopback, outside the submitting laptop's home."""
    from intake_app.archive import demo as demo_archive

    profile = demo_archive.ensure_demo_archive(tmp_path / "archive-side")
    server = demo_archive.start_receiver(profile.parent)
    yield profile, server
    server.stop()


def _logged(archive: Path, sha256: str) -> bool:
    """The archive's private openings name the bundle (its public log shows only a commitment, F2)."""
    return any(json.loads(line)["sha256"] == sha256 for line in (archive / "log" / "openings").read_text().splitlines())


def test_cli_submit_leaves_no_receipt_hash_or_time_on_disk(demo: tuple[Path, Any], tmp_path: Path) -> None:
    since = time.time() - 2.0
    profile, server = demo
    outside = tmp_path / "archive-side"
    bundle = outside / "bundle.tib"  # the user's own file: the CLI never deletes or moves it
    bundle.write_bytes(os.urandom(200_000))
    home = tmp_path / "intake-home"
    done = _intake("submit", str(bundle), "--profile", str(profile), "--insecure-direct", server.url, home=home)
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"[A-Z]+-\d+(-[0-9A-Z]{4})+", code), code
    sent_at = receipts.utc_now()  # the second of submission, as an observer of the laptop saw it
    sha256 = hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert _logged(profile.parent, sha256)
    patterns = trace_patterns(code=code, sha256=sha256, received=sent_at)
    assert find_traces(patterns, home, since=since, exclude=(outside,)) == []
    if home.exists():
        assert loose_permissions(home) == []


def _old_version_files(home: Path, result: client.SubmitResult, sha256: str) -> None:
    """What an earlier version wrote in plaintext after a submission and an interrupted upload."""
    (home / "receipts").mkdir(parents=True)
    (home / "receipts" / f"{result.bundle_sha256}.json").write_bytes(result.to_bytes())
    (home / "transport" / "uploads").mkdir(parents=True)
    (home / "transport" / "uploads" / f"{sha256}.json").write_text(
        json.dumps({"url": "http://127.0.0.1:1", "size": 5, "upload_id": "A" * 32, "received": 0, "chunk_size": 65536}))


def test_plaintext_receipts_and_upload_state_move_into_the_store_at_unlock(demo: tuple[Path, Any], tmp_path: Path,
                                                                         intake_home: Path) -> None:
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF

    profile_path, server = demo
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(profile_path)
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(5000))
    result = client.submit(bundle, profile, tor=None, insecure_direct_url=server.url, state=MemoryState())
    sent_at = receipts.utc_now()
    Store.create(intake_home, "a passphrase", kdf=TEST_KDF).lock()
    pending = secrets.token_hex(32)
    _old_version_files(intake_home, result, pending)

    store = Store.open(intake_home, "a passphrase")
    try:
        assert isinstance(store, TransportState)  # what the transport client is given in the app
        assert not (intake_home / "receipts").exists() and not (intake_home / "transport").exists()
        kept = json.loads(store.kept_receipts()[result.bundle_sha256])
        assert kept["code"] == result.code
        assert store.upload_state(pending) == {"url": "http://127.0.0.1:1", "size": 5, "upload_id": "A" * 32,
                                               "received": 0, "chunk_size": 65536}
        # The adopted checkpoint is the one the next submission's consistency check starts from.
        checkpoint = client.known_checkpoint(bytes(profile.receipt_public_key), store)
        assert checkpoint is not None and checkpoint.size == result.receipt.log_index + 1
        again = tmp_path / "c.tib"
        again.write_bytes(os.urandom(3000))
        client.submit(again, profile, tor=None, insecure_direct_url=server.url, state=store)
        assert client.known_checkpoint(bytes(profile.receipt_public_key), store).size == checkpoint.size + 1  # type: ignore[union-attr]
    finally:
        store.lock()
    patterns = trace_patterns(code=result.code, sha256=result.bundle_sha256, received=sent_at)
    assert find_traces(patterns, intake_home, since=time.time()) == []


def test_private_directories_are_0700_up_to_the_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from intake_app.home import paths

    home = tmp_path / "new-home"
    monkeypatch.setenv("INTAKE_HOME", str(home))
    paths.private_dir("outbox", "self")  # the witness mode's directory, made before anything else
    assert loose_permissions(home) == []


def test_store_wipe_removes_plaintext_of_earlier_versions(demo: tuple[Path, Any], tmp_path: Path,
                                                          intake_home: Path) -> None:
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF
    from intake_crypto.bundle.profile import load_profile

    profile_path, server = demo
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(5000))
    result = client.submit(bundle, load_profile(profile_path), tor=None, insecure_direct_url=server.url,
                           state=MemoryState())
    Store.create(intake_home, "a passphrase", kdf=TEST_KDF).lock()
    _old_version_files(intake_home, result, secrets.token_hex(32))
    (intake_home / "tor" / "data").mkdir(parents=True)
    (intake_home / "tor" / "data" / "state").write_text("Guard in=bridges 192.0.2.1:443\n")
    done = _intake("store", "wipe", "--yes", home=intake_home)
    assert done.returncode == 0, done.stderr
    for gone in ("receipts", "transport", "tor", "store"):
        assert not (intake_home / gone).exists(), gone


@pytest.mark.tor
def test_tor_gets_bridges_on_stdin_logs_nothing_and_its_directory_goes(intake_home: Path) -> None:
    from intake_app.home import paths
    from intake_app.transport import bridges, tor

    fingerprint = secrets.token_hex(20).upper()
    line = f"192.0.2.{secrets.randbelow(200) + 20}:{secrets.randbelow(20000) + 20000} {fingerprint}"
    lines = [*bridges.torrc_for_bridges([bridges.parse_bridge_line(line)]), "DisableNetwork 1"]
    data_dir = paths.tor_dir()
    (data_dir / "notice.log").write_text("an earlier version's log\n")  # left by a crash
    connection = tor.launch_tor(data_dir, extra_lines=lines, wait=False, ephemeral=True)
    try:
        assert connection.controller is not None
        assert connection.controller.get_conf("Bridge") == line  # tor runs with the bridge
        patterns = {k: v for k, v in trace_patterns(code="TI-none", sha256="0" * 64, received="1999-01-01T00:00:00Z",
                                                    bridges=(line, fingerprint, line.split()[0])).items()
                    if k.startswith("bridge")}
        assert find_traces(patterns, intake_home, since=time.time()) == []
        names = {p.name for p in data_dir.rglob("*")}
        assert "torrc" not in names and "notice.log" not in names, names
        assert loose_permissions(intake_home) == []
    finally:
        connection.close()
    assert not data_dir.exists()
