# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox's connection panel: bridge lines are checked with plain messages and only valid
ones are kept; and sending through the GUI over the private Tor network on loopback: the app's
own tor joins that network, bootstraps to 100 %, and the bundle reaches an onion receiver whose
receipt comes back, is shown and verifies."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui

OBFS4 = ("obfs4 192.0.2.3:443 0123456789ABCDEF0123456789ABCDEF01234567 "
         "cert=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA iat-mode=0")
NO_IDLE_LOCK_MS = 3_600_000  # bootstrapping and publishing must never race the idle lock


def _interviewer(qtbot, window):  # type: ignore[no-untyped-def]
    from tests.gui.conftest import first_run

    first_run(qtbot, window)
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    return page


def test_bridge_lines_are_checked_and_kept(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    page = _interviewer(qtbot, make_window())
    outbox = page.outbox
    outbox.bridge_buttons["obfs4"].setChecked(True)
    outbox.bridge_lines.setPlainText("obfs4 not-an-address")
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert outbox.bridge_error.text() and "Traceback" not in outbox.bridge_error.text()
    transport = page.controller.transport
    assert transport.bridge_lines() == ("none", [])  # nothing bad was kept
    outbox.bridge_lines.setPlainText(OBFS4)
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert transport.bridge_lines() == ("obfs4", [OBFS4]), outbox.bridge_error.text()
    # Kept inside the encrypted store, never in the plain settings file: a locked laptop does
    # not show that it circumvents censorship.
    cert = OBFS4.split("cert=")[1][:20].encode()
    window = page.window()
    window.lock_now()
    home = Path(os.environ["INTAKE_HOME"])
    for path in home.rglob("*"):
        if path.is_file():
            assert b"192.0.2.3" not in path.read_bytes() and cert not in path.read_bytes(), path
    _unlock_again(qtbot, window)
    # Back where the lock found the interviewer: the outbox, rebuilt from the store.
    qtbot.waitUntil(lambda: window.mode_page is not None and window.mode_page.tabs.currentIndex() == 1,
                    timeout=10000)
    page = window.mode_page
    assert page.outbox.bridge_buttons["obfs4"].isChecked()
    assert page.outbox.bridge_lines.toPlainText() == OBFS4


def test_bridges_of_earlier_versions_move_into_the_store(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from intake_app.gui.controllers.settings import GuiSettings
    from tests.gui.conftest import first_run

    window = make_window()
    first_run(qtbot, window)
    window.controller.settings.bridge_kind, window.controller.settings.bridges = "obfs4", [OBFS4]
    window.controller.settings.save()  # as an earlier version left it
    page = window.open_mode("interviewer")
    assert page.outbox.bridge_lines.toPlainText() == OBFS4
    assert page.controller.transport.bridge_lines() == ("obfs4", [OBFS4])
    saved = GuiSettings.file().read_text()
    assert "192.0.2.3" not in saved and GuiSettings.load().bridges == []


def _unlock_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import PASSPHRASE

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.is_unlocked, timeout=120000)


@pytest.mark.tor
def test_send_over_tor(qtbot, make_window, tor_network, onion_receiver, intake_home: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    from intake_crypto.bundle import receipt as receipts
    from tests.gui.flows import finalised_interview, first_run_with_profile

    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    profile = onion_receiver.profile
    first_run_with_profile(qtbot, window, onion_receiver.profile_path, str(profile.fingerprint()))
    assert not window.bar.demo.isVisible()
    page = finalised_interview(qtbot, window, capfd)
    page.tabs.setCurrentWidget(page.outbox)
    outbox, transport = page.outbox, page.controller.transport
    assert transport.state() == "off" and "Not connected" in outbox.tor_status.text()
    received = onion_receiver.archive / "received"
    before = {p.name for p in received.glob("*.tib")}

    # Connect: the app's own tor (INTAKE_HOME/tor) bootstraps on the private network.
    percents: list[int] = []
    transport.tor_state.connect(lambda state, percent, _phase: percents.append(percent))
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)

    def connected() -> bool:
        return transport.state() == "ready" or outbox.tor_status.text().startswith("Could not") or \
            page.findChild(object, "errorBox") is not None

    qtbot.waitUntil(connected, timeout=300000)
    box = page.findChild(object, "errorBox")
    assert transport.state() == "ready", (outbox.tor_status.text(), box and box.text())
    assert outbox.tor_status.text() == "Connected to Tor."
    assert outbox.tor_progress.value() == 100 and percents[-1] == 100
    # No connection log and no configuration file (bridge lines) on disk while tor runs (F8, F16).
    tor_files = {p.name for p in (intake_home / "tor").rglob("*")}
    assert "notice.log" not in tor_files and "torrc" not in tor_files, tor_files
    assert not outbox.connect_button.isEnabled() and not outbox.stall_advice.isVisible()

    # Send: the only route to the archive is its onion address through that tor.
    qtbot.mouseClick(outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: T-")) or \
            page.findChild(object, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=300000)
    box = page.findChild(object, "errorBox")
    assert box is None, (box.text(), box.informativeText(), capfd.readouterr().err[-2000:])
    code = outbox.table.item(0, 2).text().removeprefix("Receipt verified: ")
    assert outbox.rows[0][4] == code

    # The archive holds exactly the bundle the receipt names, and the receipt kept on this
    # machine verifies against the archive's receipt key, independently of the app.
    new = [p for p in received.glob("*.tib") if p.name not in before]
    assert len(new) == 1
    sha = hashlib.sha256(new[0].read_bytes()).hexdigest()
    assert new[0].stem == sha
    # The receipt is kept only inside the encrypted store, with its outbox entry (F2).
    assert not (intake_home / "receipts").exists()
    assert window.controller.store.receipts()[-1][1] == code
    raw = window.controller.store._query("SELECT receipt FROM receipts ORDER BY verified_at DESC LIMIT 1")[0][0]
    proof = receipts.SubmissionProof.from_json(json.loads(raw))
    receipt, _checkpoint = receipts.verify_submission(proof, bytes(profile.receipt_public_key), sha,
                                                      new[0].stat().st_size)
    assert receipt.code() == code


def _tor_processes(directory: Path) -> list[int]:
    """PIDs of running tor processes holding a file under ``directory`` open (tor keeps its data
    directory's lock file open), read from /proc (Linux). Its configuration came on stdin, so
    the command line names no file."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if Path((proc / "exe").resolve()).name != "tor":
                continue
            targets = [os.readlink(fd) for fd in (proc / "fd").iterdir()]
        except OSError:
            continue
        if any(t.startswith(str(directory) + os.sep) for t in targets):
            found.append(int(proc.name))
    return found


@pytest.mark.tor
def test_connecting_can_be_cancelled_and_tor_stops(qtbot, make_window, intake_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A tor that cannot reach any directory (as behind a censor) stops when Cancel is pressed."""
    from intake_app.archive.setup import create_archive
    from tests.fixtures.tornet import free_port
    from tests.gui.flows import first_run_with_profile

    # A network of one authority nobody runs, on loopback: tor never bootstraps and never
    # looks for the public network (DirAuthority replaces the default authorities and fallbacks).
    port = free_port()
    unreachable = ["TestingTorNetwork 1",
                   f"DirAuthority nobody orport={port} no-v2 v3ident={'A' * 40} 127.0.0.1:{port} {'B' * 40}"]
    created = create_archive(tmp_path / "archive", "Unreachable archive", passphrase=None)
    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=unreachable)
    first_run_with_profile(qtbot, window, created.profile_path, str(created.profile.fingerprint()))
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    outbox, transport = page.outbox, page.controller.transport
    torrc = intake_home / "tor"
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_tor_processes(torrc)), timeout=60000)
    # One progress bar, in the connection box; the Connect button became Cancel.
    assert not page.progress.isVisible() and outbox.connect_button.isEnabled()
    assert outbox.connect_button.text() == "&Cancel"
    assert outbox.tor_status.text().startswith("Connecting to Tor")
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.connect_button.isEnabled() and outbox.connect_button.text() == "&Connect",
                    timeout=60000)
    assert transport.state() == "off" and outbox.tor_status.text().startswith("Not connected")
    assert page.findChild(object, "errorBox") is None  # cancelling is not an error
    qtbot.waitUntil(lambda: not _tor_processes(torrc), timeout=60000)


@pytest.mark.tor
def test_panic_wipe_while_tor_is_starting_stops_it_and_leaves_nothing(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path, tmp_path: Path) -> None:
    from intake_app.archive.setup import create_archive
    from tests.fixtures.tornet import free_port
    from tests.gui.flows import first_run_with_profile

    port = free_port()
    unreachable = ["TestingTorNetwork 1",
                   f"DirAuthority nobody orport={port} no-v2 v3ident={'A' * 40} 127.0.0.1:{port} {'B' * 40}"]
    created = create_archive(tmp_path / "archive", "Unreachable archive", passphrase=None)
    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=unreachable)
    first_run_with_profile(qtbot, window, created.profile_path, str(created.profile.fingerprint()))
    page = window.open_mode("interviewer")
    torrc = intake_home / "tor"
    qtbot.mouseClick(page.outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_tor_processes(torrc)), timeout=60000)
    page.tabs.setCurrentWidget(page.settings)
    s = page.settings
    s.wipe_understand.setChecked(True)
    qtbot.keyClicks(s.wipe_entry, s.wipe_code)
    qtbot.mouseClick(s.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run, timeout=60000)
    assert not _tor_processes(torrc)
    assert list(intake_home.iterdir()) == []
