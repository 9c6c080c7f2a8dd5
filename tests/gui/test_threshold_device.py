# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 23 on the collecting side: an archive whose identity sides open only with 2 of 3
custodians (hybrid keys). Through the real widgets, an interviewer with that archive's profile
records a witness's name (a canary), finalises and sends over the private Tor network; the
archive fetches the bundle (receipt and log checked). No file of the archive opens the name:
one custodian's share opens nothing and says one more is needed, two open it and only then does
the canary appear. The same for a witness giving their own testimony (witness mode)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.fixtures.canary import assert_no_canaries, canary

pytestmark = [pytest.mark.gui, pytest.mark.tor]
NO_IDLE_LOCK_MS = 3_600_000


def _intake(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "en_US.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True,
                          text=True, env=env, timeout=300)


def _ok(home: Path, *args: str) -> str:
    r = _intake(home, *args)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def kofn(onion_receiver: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Three custodians and a requester (``intake keygen``, hybrid), and the private-network
    archive's profile signed anew by its profile key for 2-of-3 identity custody (as
    ``intake archive migrate-identity`` does), in a folder of its own."""
    from intake_app.archive.identity_migration import threshold_profile
    from intake_crypto.bundle.signing import read_signing_key

    tmp = tmp_path_factory.mktemp("kofn")
    home = tmp / "cli-home"
    home.mkdir(mode=0o700)
    for who in ("c1", "c2", "c3", "requester"):
        recipient = _ok(home, "keygen", "--out", str(tmp / f"{who}.key"), "--no-passphrase").strip().splitlines()[-1]
        (tmp / f"{who}.pub").write_text(recipient + "\n")
        _ok(home, "archive", "custody-key", str(tmp / f"{who}.custody"), "--no-passphrase")
    custodians = tuple((tmp / f"c{i}.pub").read_text().strip() for i in (1, 2, 3))
    key = read_signing_key(onion_receiver.archive / "keys" / "profile-signing.key", None)
    profile = threshold_profile(onion_receiver.profile, key, custodians, 2)
    (tmp / "profile").mkdir()
    path = tmp / "profile" / "profile.json"
    path.write_bytes(profile.to_json())
    return {"tmp": tmp, "home": home, "profile": profile, "path": path, "archive": onion_receiver.archive}


def _fetch(onion_receiver: Any, tmp: Path, sha: str) -> Path:
    """The archive staff's fetch (receipt and log inclusion checked, custody log started)."""
    from intake_app.archive.fetch import fetch_from
    from intake_app.transport.receiver import staff_token
    from intake_crypto.bundle.signing import read_signing_key

    archive = onion_receiver.archive
    key = read_signing_key(tmp / "requester.custody", None)
    fetch_from(archive, staff_token(archive), key, receiver_url=onion_receiver.server.url)
    got = archive / "incoming" / f"{sha}.tib"
    assert got.is_file()
    return got


def _files_hold(root: Path, text: str) -> list[Path]:
    needle = text.split("-證詞")[0].encode("ascii")  # unique already; JSON may escape the rest
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _share(k: dict[str, Any], bundle: Path, log: Path, who: str) -> Path:
    tmp = k["tmp"]
    out = tmp / f"{bundle.stem[:12]}-{who}.share"
    _ok(k["home"], "archive", "share", "--bundle", str(bundle), "--key", str(tmp / f"{who}.key"),
        "--to", (tmp / "requester.pub").read_text().strip(), "--out", str(out),
        "--custody-key", str(tmp / f"{who}.custody"), "--no-custody-passphrase", "--log", str(log),
        "--purpose", "tribunal request 2026-17", "--archive", str(k["archive"]))
    return out


def _reveal(k: dict[str, Any], bundle: Path, log: Path, shares: list[Path], out: Path) -> subprocess.CompletedProcess[str]:
    tmp = k["tmp"]
    return _intake(k["home"], "archive", "reveal", "--bundle", str(bundle),
                   *[a for s in shares for a in ("--share", str(s))], "--key", str(tmp / "requester.key"),
                   "--out", str(out), "--custody-key", str(tmp / "requester.custody"), "--no-custody-passphrase",
                   "--log", str(log), "--purpose", "tribunal request 2026-17", "--archive", str(k["archive"]))


def _only_k_shares_open(k: dict[str, Any], bundle: Path, archive: Path, secret: str) -> None:
    from intake_app.archive import custody
    from intake_crypto.bundle import threshold
    from intake_crypto.bundle.bundle import identity_header

    _, header = identity_header(bundle)
    pol = threshold.policy(header)
    assert pol is not None and (pol.threshold, pol.total) == (2, 3)
    # No file in the archive folder (its keys, received/ and incoming/ included) holds the name,
    # and none of its keys opens the identity side (this archive was migrated: its old
    # single identity key is still there for older bundles, and opens nothing here).
    assert not _files_hold(archive, secret)
    from intake_crypto.age.keyfile import read_identity_file
    from intake_crypto.bundle._bundle_errors import NoMatchingKeyError
    from intake_crypto.bundle.bundle import read_bundle

    with pytest.raises(NoMatchingKeyError):
        read_bundle(bundle, list(read_identity_file(archive / "keys" / "identity.key", None)), None)
    report = read_bundle(bundle, list(read_identity_file(archive / "keys" / "content.key", None)), None)
    assert report.sides["content"].opened and not report.sides["identity"].opened
    log = k["tmp"] / f"log-{bundle.stem[:12]}"
    log.mkdir()
    one = _share(k, bundle, log, "c1")
    r = _reveal(k, bundle, log, [one], k["tmp"] / f"one-{bundle.stem[:12]}")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "1 more" in r.stderr, r.stderr
    assert not (k["tmp"] / f"one-{bundle.stem[:12]}").exists() or \
        not _files_hold(k["tmp"] / f"one-{bundle.stem[:12]}", secret)
    two = _share(k, bundle, log, "c3")
    out = k["tmp"] / f"two-{bundle.stem[:12]}"
    r = _reveal(k, bundle, log, [one, two], out)
    assert r.returncode == 0, r.stderr
    assert _files_hold(out, secret), "two shares open the witness's name"
    assert not (out / "content").exists() or not any((out / "content").iterdir())
    events = custody.verify_log(log)
    assert [e.type for e in events] == ["share release", "share release", "decryption"]
    # Each step is also a leaf of the archive's public reveal log, which still holds them all.
    assert all("reveal_log_index" in e.detail for e in events)
    check = _intake(k["home"], "archive", "verify-reveals", "--archive", str(k["archive"]), "--log", str(log))
    assert check.returncode == 0 and "All 3 logged" in check.stdout, check.stderr


def _connect_and_send(qtbot: Any, page: Any, capfd: Any) -> None:
    outbox, transport = page.outbox, page.controller.transport
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transport.state() == "ready" or page.findChild(object, "errorBox") is not None,
                    timeout=300000)
    assert transport.state() == "ready", outbox.tor_status.text()
    qtbot.mouseClick(outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: T-")) or \
            page.findChild(object, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=300000)
    box = page.findChild(object, "errorBox")
    assert box is None, (box.text(), box.informativeText(), capfd.readouterr().err[-2000:])


def _new_bundle(received: Path, before: set[str]) -> str:
    new = [p for p in received.glob("*.tib") if p.name not in before]
    assert len(new) == 1
    return new[0].stem


def test_interviewer_records_identity_under_a_k_of_n_profile(qtbot, make_window, tor_network, onion_receiver,  # type: ignore[no-untyped-def]
                                                             kofn, capfd, intake_home: Path) -> None:
    from tests.gui.flows import finalised_interview, first_run_with_profile

    name = canary("name").replace("-證詞", "")  # the Latin-script name field
    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    first_run_with_profile(qtbot, window, kofn["path"], str(kofn["profile"].fingerprint()))
    page = finalised_interview(qtbot, window, capfd, witness=name)
    page.tabs.setCurrentWidget(page.outbox)
    received = onion_receiver.archive / "received"
    before = {p.name for p in received.glob("*.tib")}
    _connect_and_send(qtbot, page, capfd)
    sha = _new_bundle(received, before)
    # The device holds the name only sealed: nothing under its home (store, outbox, tor) shows it.
    assert_no_canaries([name], full=[intake_home])
    bundle = _fetch(onion_receiver, kofn["tmp"], sha)
    _only_k_shares_open(kofn, bundle, onion_receiver.archive, name)


def test_witness_mode_under_a_k_of_n_profile(qtbot, make_window, tor_network, onion_receiver, kofn,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    from tests.gui.test_file_dialogs import _answer_dialog_with
    from tests.gui.test_witness_mode import _witness_journey

    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    _answer_dialog_with(kofn["path"], [])
    qtbot.mouseClick(page.archive_open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.archive_confirm.isVisible(), timeout=60000)
    assert str(kofn["profile"].fingerprint()) in page.archive_fpr.text()
    qtbot.mouseClick(page.archive_confirm, Qt.MouseButton.LeftButton, pos=QPoint(10, page.archive_confirm.height() // 2))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    received = onion_receiver.archive / "received"
    before = {p.name for p in received.glob("*.tib")}
    assert page.current() == "explain"
    # The shared journey starts by choosing the language; it was chosen above (before the
    # archive), so its click lands on a stand-in button and the journey goes on from here.
    from PySide6.QtWidgets import QPushButton

    chosen = page.lang_buttons
    page.lang_buttons = {"en": QPushButton()}
    try:
        secrets = _witness_journey(qtbot, window, page, None, tmp_path, choose_demo=False, demo=False)
    finally:
        page.lang_buttons = chosen
    sha = _new_bundle(received, before)
    bundle = _fetch(onion_receiver, kofn["tmp"], sha)
    _only_k_shares_open(kofn, bundle, onion_receiver.archive, secrets["name"])
