# SPDX-License-Identifier: GPL-3.0-or-later
"""What the outbox shows selected is what tor uses (usability-review problem 8): choosing
bridges and pressing Connect without "Save bridges" connects with those bridges (the running
tor's configuration, asked on its control port, has ``UseBridges 1`` and the lines), a bridge kind without lines is refused with a
message and never connects directly, saving says so, one progress bar with Cancel, and a
bootstrap that makes no progress brings advice that Tor may be blocked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar

from tests.gui.test_outbox_tor import NO_IDLE_LOCK_MS, OBFS4, _interviewer, _tor_processes

pytestmark = pytest.mark.gui

SNOWFLAKE = ("snowflake 192.0.2.4:80 2B280B23E1107BB62ABFC40DDCC8824814F80A72 "
             "fingerprint=2B280B23E1107BB62ABFC40DDCC8824814F80A72 url=https://broker.invalid/ "
             "front=cdn.invalid ice=stun:stun.invalid:3478")


def _unreachable_window(make_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    """A real (non-demo) archive profile, and a tor network of one authority nobody runs on
    loopback: tor starts, reads its configuration and never bootstraps (as behind a censor)."""
    from intake_app.archive.setup import create_archive
    from tests.fixtures.tornet import free_port
    from tests.gui.flows import first_run_with_profile

    port = free_port()
    unreachable = ["TestingTorNetwork 1",
                   f"DirAuthority nobody orport={port} no-v2 v3ident={'A' * 40} 127.0.0.1:{port} {'B' * 40}"]
    created = create_archive(tmp_path / "archive", "Unreachable archive", passphrase=None)
    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=unreachable)
    first_run_with_profile(qtbot, window, created.profile_path, str(created.profile.fingerprint()))
    return window


def _connect_and_read_torrc(qtbot: Any, page: Any, tordir: Path) -> list[str]:
    """Connect, then ask the running tor (its control port, cookie authentication) which bridge
    configuration it runs with: the configuration came on its stdin, there is no torrc to read."""
    import stem.connection
    import stem.socket

    outbox = page.outbox
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_tor_processes(tordir)), timeout=60000)
    box = page.findChild(QMessageBox, "errorBox")
    assert box is None, (box.text(), box.informativeText())
    # The assistant's first attempt runs in tordir/attempt-0.
    port_file = tordir / "attempt-0" / "control-port"
    qtbot.waitUntil(lambda: port_file.exists() and bool(port_file.read_text().strip()), timeout=60000)
    assert not [p for p in tordir.rglob("*") if p.name in ("torrc", "notice.log")]
    host, port = port_file.read_text().strip().split("=", 1)[1].rsplit(":", 1)
    # A bare control socket, not a stem Controller: a Controller in the owning process would
    # TAKEOWNERSHIP and tor would exit when it closes.
    control = stem.socket.ControlPort(address=host, port=int(port))
    try:
        stem.connection.authenticate(control)
        control.send("GETCONF UseBridges Bridge ClientTransportPlugin")
        answer = control.recv()
    finally:
        control.close()
    lines = [content.replace("=", " ", 1) for _code, _div, content in answer.content() if "=" in content]
    return lines


def _files_naming(home: Path, needle: bytes) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _cancel(qtbot: Any, page: Any, tordir: Path) -> None:
    outbox = page.outbox
    assert outbox.connect_button.text().replace("&", "") == "Cancel"
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.connect_button.text().replace("&", "") == "Connect"
                    and outbox.connect_button.isEnabled(), timeout=60000)
    assert page.controller.transport.state() == "off"
    qtbot.waitUntil(lambda: not _tor_processes(tordir) and not tordir.exists(), timeout=60000)


@pytest.mark.tor
def test_connect_uses_the_bridges_shown_without_saving(qtbot, make_window, intake_home: Path,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    window = _unreachable_window(make_window, qtbot, tmp_path)
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    page.tabs.setCurrentWidget(page.outbox)
    outbox, transport = page.outbox, page.controller.transport
    tordir = intake_home / "tor"
    assert transport.bridge_lines() == ("none", [])
    # Each way is kept trying while its torrc is read (no stall), and the built-in bridges,
    # which would reach out to the public Snowflake broker, are not tried in tests.
    transport.stall_seconds, transport.use_built_in = 600, False

    # obfs4: pasted, never saved, Connect.
    qtbot.mouseClick(outbox.bridge_buttons["obfs4"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(outbox.bridge_lines, OBFS4)
    lines = _connect_and_read_torrc(qtbot, page, tordir)
    assert "UseBridges 1" in lines
    assert "Bridge " + OBFS4 in lines
    assert any(line.startswith("ClientTransportPlugin obfs4 exec ") for line in lines)
    assert transport.bridge_lines() == ("obfs4", [OBFS4])  # and kept, as shown
    # While tor runs with them, the bridges shown cannot be changed (the screen would lie).
    assert not outbox.bridge_buttons["snowflake"].isEnabled() and not outbox.bridge_lines.isEnabled()
    assert not outbox.bridge_save.isEnabled() and "in use" in outbox.bridge_status.text()
    # One progress bar for connecting (in the connection box), not a second one under the tabs.
    assert not page.progress.isVisible()
    bars = [b for b in page.findChildren(QProgressBar) if b.isVisible()]
    assert bars == [outbox.tor_progress], bars
    # The assistant says which way it tries and that a stalled way is given up after 600 s.
    qtbot.waitUntil(lambda: "Way 1 of 1:" in outbox.attempt_log.text(), timeout=10000)
    assert "Way 1 of 1:" in outbox.attempt_log.text() and "the bridges you gave (obfs4)" in outbox.attempt_log.text()
    assert "no progress for 600 s" in outbox.attempt_log.text()
    _cancel(qtbot, page, tordir)
    assert not outbox.stall_advice.isVisible()
    assert outbox.bridge_buttons["snowflake"].isEnabled() and outbox.bridge_lines.isEnabled()
    # The stopped tor leaves no bridge address on disk (torrc, its log and its state file named
    # it in plain text): a seized laptop must not show how it circumvented censorship.
    qtbot.waitUntil(lambda: not _files_naming(intake_home, b"192.0.2.3"), timeout=10000)

    # Snowflake chosen with no line: refused in plain words, tor not started at all.
    qtbot.mouseClick(outbox.bridge_buttons["snowflake"], Qt.MouseButton.LeftButton)
    outbox.bridge_lines.clear()
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    assert "No bridge lines" in outbox.bridge_error.text()
    assert "Traceback" not in outbox.bridge_error.text()
    qtbot.wait(500)
    assert not tordir.exists() and not _tor_processes(tordir)
    assert transport.state() == "off" and outbox.connect_button.text().replace("&", "") == "Connect"

    # Snowflake with its line, Connect without saving.
    qtbot.keyClicks(outbox.bridge_lines, SNOWFLAKE)
    lines = _connect_and_read_torrc(qtbot, page, tordir)
    assert "UseBridges 1" in lines and "Bridge " + SNOWFLAKE in lines
    assert any(line.startswith("ClientTransportPlugin snowflake exec ") for line in lines)
    assert not any("obfs4" in line for line in lines)
    assert outbox.bridge_error.text() == ""
    _cancel(qtbot, page, tordir)
    qtbot.waitUntil(lambda: not _files_naming(intake_home, b"192.0.2.4"), timeout=10000)

    # "No bridges" shown: none used.
    qtbot.mouseClick(outbox.bridge_buttons["none"], Qt.MouseButton.LeftButton)
    lines = _connect_and_read_torrc(qtbot, page, tordir)
    assert "UseBridges 1" not in lines and not any(line.startswith("Bridge ") for line in lines)
    assert "directly" in outbox.attempt_log.text()
    _cancel(qtbot, page, tordir)

    # "No bridges" and "Tor is blocked where I am": nothing to try, nothing started, a plain message.
    qtbot.mouseClick(outbox.blocked, Qt.MouseButton.LeftButton)
    assert outbox.blocked.isChecked()
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    assert "no bridge to try" in outbox.bridge_error.text() and "Traceback" not in outbox.bridge_error.text()
    qtbot.wait(500)
    assert not tordir.exists() and not _tor_processes(tordir) and transport.state() == "off"

    # No way works (the obfs4 line leads nowhere, a stall bound of 2 s): the assistant gives it
    # up, says so, and the panel suggests other bridges.
    transport.stall_seconds = 2
    qtbot.mouseClick(outbox.bridge_buttons["obfs4"], Qt.MouseButton.LeftButton)
    outbox.bridge_lines.clear()
    qtbot.keyClicks(outbox.bridge_lines, OBFS4)
    qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(outbox.stall_advice.isVisible, timeout=120000)
    assert "No progress for a while" in outbox.attempt_log.text()
    assert "other bridge lines" in outbox.stall_advice.text()
    assert transport.state() == "off" and outbox.connect_button.text().replace("&", "") == "Connect"
    qtbot.waitUntil(lambda: not _tor_processes(tordir) and not tordir.exists(), timeout=60000)
    for box in page.findChildren(QMessageBox, "errorBox"):
        assert "None of the 1 ways" in box.text() + box.informativeText()
        box.close()


def test_saving_bridges_always_answers(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    page = _interviewer(qtbot, make_window())
    outbox, transport = page.outbox, page.controller.transport
    qtbot.mouseClick(outbox.bridge_buttons["snowflake"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert "No bridge lines" in outbox.bridge_error.text() and outbox.bridge_status.text() == ""
    assert transport.bridge_lines() == ("none", [])
    qtbot.keyClicks(outbox.bridge_lines, SNOWFLAKE)
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert outbox.bridge_error.text() == "" and "saved" in outbox.bridge_status.text()
    assert transport.bridge_lines() == ("snowflake", [SNOWFLAKE])
    # A bad line: the message and the hint each end a sentence (problem noted in the review).
    outbox.bridge_lines.clear()
    qtbot.keyClicks(outbox.bridge_lines, "obfs4 192.0.2.3:443 nothex")
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert outbox.bridge_status.text() == "" and outbox.bridge_error.text()
    assert transport.bridge_lines() == ("snowflake", [SNOWFLAKE])

