# SPDX-License-Identifier: GPL-3.0-or-later
"""The connection assistant in the outbox on the private Tor network (issue 20): "Tor is blocked
where I am" with a dead bridge first and the private obfs4 bridge second, the way that worked
remembered in the encrypted store and tried first, and Send without Connect.

(In a file that sorts after test_journey_interviewer.py: the private network and its obfs4
bridge are session fixtures that keep running; with them already up, the interviewer's journey
(a separate process) failed twice at its 5 s wait for a drop-down to close on the shared 2-core
machine, and passed without them. The cause is not pinned down: see the branch's report.)"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_outbox_tor import NO_IDLE_LOCK_MS

pytestmark = pytest.mark.gui


def _running_tor_config(attempt_dir: Path) -> dict[str, list[str]]:
    """UseBridges, Bridge and the entry of every built circuit, asked of the tor running in
    ``attempt_dir`` on its control port (cookie authentication, a bare socket: see above)."""
    import stem.connection
    import stem.socket

    host, port = (attempt_dir / "control-port").read_text().strip().split("=", 1)[1].rsplit(":", 1)
    control = stem.socket.ControlPort(address=host, port=int(port))
    try:
        stem.connection.authenticate(control)
        control.send("GETCONF UseBridges Bridge")
        conf = [content for _c, _d, content in control.recv().content() if "=" in content]
        control.send("GETINFO circuit-status")
        status = str(control.recv())
    finally:
        control.close()
    circuits = [line.removeprefix("circuit-status=").split() for line in status.splitlines()]
    entries = [words[2].split(",")[0].lstrip("$").split("~")[0] for words in circuits
               if len(words) > 2 and words[1] == "BUILT"]
    return {"conf": conf, "entries": entries}


@pytest.mark.tor
def test_tor_blocked_the_assistant_moves_on_to_the_private_obfs4_bridge_and_sends(  # type: ignore[no-untyped-def]
        qtbot, make_window, tor_network, onion_receiver, obfs4_bridge, intake_home: Path, capfd) -> None:
    """Issue 20 in the GUI: "Tor is blocked where I am" ticked, a dead bridge first and the
    archive's helper's private obfs4 bridge second, tried at once. The dead one is stopped, the assistant reaches
    the archive over obfs4 and the bundle is sent; no tor it started ran without bridges; the
    way that worked is remembered inside the encrypted store only and tried first next time."""
    from intake_app.gui.controllers.settings import GuiSettings
    from intake_app.gui.controllers.transport import ROUTE_SETTING
    from tests.fixtures.tornet import free_port
    from tests.gui.flows import finalised_interview, first_run_with_profile
    from tests.gui.test_outbox_tor import _unlock_again

    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    first_run_with_profile(qtbot, window, onion_receiver.profile_path, str(onion_receiver.profile.fingerprint()))
    page = finalised_interview(qtbot, window, capfd)
    page.tabs.setCurrentWidget(page.outbox)
    outbox, transport = page.outbox, page.controller.transport
    transport.stall_seconds, transport.use_built_in = 10, False
    tordir = intake_home / "tor"
    dead = f"127.0.0.1:{free_port()} {tor_network.relays[0].fingerprint}"

    qtbot.mouseClick(outbox.blocked, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(outbox.bridge_buttons["custom"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(outbox.bridge_lines, dead)
    qtbot.keyClick(outbox.bridge_lines, Qt.Key.Key_Return)
    qtbot.keyClicks(outbox.bridge_lines, obfs4_bridge.line)
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)

    seen: dict[str, dict[str, list[str]]] = {}  # every tor the assistant started, asked while it runs

    def look() -> bool:
        for attempt in tordir.glob("attempt-*"):
            if attempt.name not in seen and (attempt / "control-port").exists():
                with contextlib.suppress(OSError, ValueError, IndexError):  # not listening yet: look again
                    seen[attempt.name] = _running_tor_config(attempt)
        return transport.state() == "ready" or page.findChild(QMessageBox, "errorBox") is not None

    qtbot.waitUntil(look, timeout=400000)
    box = page.findChild(QMessageBox, "errorBox")
    assert transport.state() == "ready", (box and (box.text(), box.informativeText()), outbox.attempt_log.text())
    log = outbox.attempt_log.text()
    assert "Way 1 of 2:" in log and "(plain)" in log and "no progress for 10 s" in log
    # The two bridge ways ran at once: the dead one was stopped when obfs4 answered (or gave up
    # after its 10 s bound, if obfs4 took longer here).
    assert "reached the archive first: this one is stopped" in log or "No progress for a while" in log
    assert "Way 2 of 2: Trying the bridges you gave (obfs4)" in log and "This way works: your bridges (obfs4)" in log
    assert "directly" not in log
    # No direct connection: both tors ran with UseBridges 1 and their bridge only, and the one
    # that reached the archive enters the network through the obfs4 bridge alone.
    assert set(seen) == {"attempt-0", "attempt-1"}, seen
    assert seen["attempt-0"]["conf"] == ["UseBridges=1", "Bridge=" + dead]
    assert seen["attempt-1"]["conf"] == ["UseBridges=1", "Bridge=" + obfs4_bridge.line]
    now = _running_tor_config(tordir / "attempt-1")
    assert now["entries"] and set(now["entries"]) == {obfs4_bridge.node.fingerprint}, now
    assert not (tordir / "attempt-0").exists()  # the given-up attempt left nothing

    # Send over that way.
    qtbot.mouseClick(outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: T-")) or \
            page.findChild(QMessageBox, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=300000)
    box = page.findChild(QMessageBox, "errorBox")
    assert box is None, (box.text(), box.informativeText())

    # Remembered inside the store; nothing of it readable on disk once the app is locked.
    remembered = window.controller.store.setting(ROUTE_SETTING)
    assert remembered and obfs4_bridge.line in remembered and "your-bridges" in remembered
    cert = obfs4_bridge.line.split("cert=")[1][:24].encode()
    window.lock_now()
    qtbot.waitUntil(lambda: not tordir.exists(), timeout=60000)
    for path in intake_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert cert not in data and b"your-bridges" not in data and b"connect_route" not in data, path
    assert "your-bridges" not in GuiSettings.file().read_text()

    # Next time the way that worked is tried first.
    _unlock_again(qtbot, window)
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    outbox, transport = page.outbox, page.controller.transport
    transport.stall_seconds, transport.use_built_in = 10, False
    assert outbox.blocked.isChecked()  # kept (in the store)
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Way 1 of 2:" in outbox.attempt_log.text(), timeout=60000)
    first = outbox.attempt_log.text().splitlines()[0]
    assert "(obfs4)" in first, outbox.attempt_log.text()
    qtbot.waitUntil(lambda: transport.state() == "ready" or page.findChild(QMessageBox, "errorBox") is not None,
                    timeout=400000)
    assert transport.state() == "ready" and "(plain)" not in outbox.attempt_log.text()


@pytest.mark.tor
def test_send_without_connecting_first_runs_the_assistant(qtbot, make_window, tor_network, onion_receiver,  # type: ignore[no-untyped-def]
                                                          capfd) -> None:
    """"Send selected" while not connected: the assistant connects (its steps shown), then the
    bundle goes and its receipt is verified; no "press Connect first" error."""
    from tests.gui.flows import finalised_interview, first_run_with_profile

    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    first_run_with_profile(qtbot, window, onion_receiver.profile_path, str(onion_receiver.profile.fingerprint()))
    page = finalised_interview(qtbot, window, capfd)
    page.tabs.setCurrentWidget(page.outbox)
    outbox, transport = page.outbox, page.controller.transport
    transport.use_built_in = False
    assert transport.state() == "off"
    qtbot.mouseClick(outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: T-")) or \
            page.findChild(QMessageBox, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=400000)
    box = page.findChild(QMessageBox, "errorBox")
    assert box is None, (box.text(), box.informativeText())
    assert transport.state() == "ready"
    assert "Way 1 of 1: Connecting to the Tor network directly" in outbox.attempt_log.text()
    assert "This way works: direct Tor connection" in outbox.attempt_log.text()
