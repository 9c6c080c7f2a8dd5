# SPDX-License-Identifier: GPL-3.0-or-later
"""The witness sends with the same bridge settings and connection help as the interviewer
(issue 17 item 4, issue 20 item 1): a witness session started from the interviewer's session
takes the interviewer's saved bridges and "Tor is blocked" choice; the witness can paste more
bridge lines on the sending page; the connection assistant tries a dead bridge and the obfs4 one at once, reaches the
archive over the private obfs4 bridge on the private Tor network, and the testimony arrives.
No tor it started ran without bridges; nothing of the way is remembered (witness mode writes
nothing), and no bridge line is left on disk."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit

from tests.gui.test_outbox_tor import NO_IDLE_LOCK_MS, _unlock_again
from tests.gui.test_outbox_tor_assistant import _running_tor_config
from tests.gui.test_witness_mode import _answer_consent, _past_the_warning

pytestmark = [pytest.mark.gui, pytest.mark.tor]


def _to_review(qtbot: Any, page: Any) -> None:
    """The witness's pages, briefly: explain, consent, the warning, no voice, one written answer, no files."""
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert page.current() == "explain"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    _answer_consent(qtbot, page)
    _past_the_warning(qtbot, page)  # the warning before the account (R-MC-9): continue
    assert page.current() == "voice"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    view = page.form_view
    how = view.editor("how_known").widget
    listing = how if isinstance(how, QListWidget) else how.findChild(QListWidget)
    item = listing.item(0)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() != Qt.CheckState.Checked:
        item.setCheckState(Qt.CheckState.Checked)
    account = view.editor("account").widget
    assert isinstance(account, QPlainTextEdit)
    account.setFocus()
    qtbot.keyClicks(account, "I saw it. ")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "files", view.problem_texts()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "review"


def test_witness_sends_over_the_interviewers_and_pasted_bridges_when_tor_is_blocked(  # type: ignore[no-untyped-def]
        qtbot, make_window, tor_network, onion_receiver, obfs4_bridge, intake_home: Path) -> None:
    from intake_app.gui.controllers.transport import ROUTE_SETTING
    from tests.fixtures.tornet import free_port
    from tests.gui.flows import first_run_with_profile

    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    first_run_with_profile(qtbot, window, onion_receiver.profile_path, str(onion_receiver.profile.fingerprint()))
    # The interviewer said Tor is blocked here and saved one bridge (it turns out to be dead).
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    outbox = page.outbox
    dead = f"127.0.0.1:{free_port()} {tor_network.relays[0].fingerprint}"
    qtbot.mouseClick(outbox.blocked, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(outbox.bridge_buttons["custom"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(outbox.bridge_lines, dead)
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert "saved" in outbox.bridge_status.text()

    # A witness session from the interviewer's chooser: the session is locked first.
    qtbot.mouseClick(window.bar.home, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.modes.buttons["self"].isVisible(), timeout=10000)
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    witness = window.mode_page
    assert not window.controller.is_unlocked
    witness.controller.transport.stall_seconds, witness.controller.transport.use_built_in = 10, False
    _to_review(qtbot, witness)
    # The same connection help as the interviewer's: the choice is carried over, lines can be added.
    assert witness.connection_box.isVisible() and witness.witness_blocked.isChecked()
    assert "bridges saved on this computer (1)" in witness.witness_bridges_text.text()
    assert witness.witness_bridges.toPlainText() == ""  # the interviewer's lines are not shown
    # A bad line: a plain message, nothing sent.
    qtbot.keyClicks(witness.witness_bridges, "obfs4 not-a-bridge")
    qtbot.mouseClick(witness.send_button, Qt.MouseButton.LeftButton)
    assert witness.send_error.text() and "Traceback" not in witness.send_error.text()
    assert witness.current() == "review" and witness.send_button.isEnabled()
    witness.witness_bridges.clear()
    qtbot.keyClicks(witness.witness_bridges, obfs4_bridge.line)  # handed over by a trusted person
    received = onion_receiver.archive / "received"
    before = {p.name for p in received.glob("*.tib")}
    seen = _send_and_watch_tors(qtbot, witness)
    assert not witness.send_error.text(), (witness.send_error.text(), witness.connect_log.text())
    log = witness.connect_log.text()
    assert "Way 1 of 2:" in log and "(plain)" in log
    # Both bridge ways ran at once: the dead one was stopped when obfs4 answered (or gave up after
    # its 10 s bound, if obfs4 took longer here).
    assert "reached the archive first: this one is stopped" in log or "No progress for a while" in log
    assert "This way works: your bridges (obfs4)" in log and "directly" not in log
    assert seen.get("attempt-0", {}).get("conf") == ["UseBridges=1", "Bridge=" + dead], seen
    assert seen.get("attempt-1", {}).get("conf") == ["UseBridges=1", "Bridge=" + obfs4_bridge.line], seen
    assert len({p.name for p in received.glob("*.tib")} - before) == 1
    code = witness.receipt_code.text()
    qtbot.keyClicks(witness.confirm_code, code[-4:])
    qtbot.mouseClick(witness.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)

    # Nothing of the way stays: no bridge line on disk, no tor directory, no route remembered.
    cert = obfs4_bridge.line.split("cert=")[1][:24].encode()
    for path in intake_home.rglob("*"):
        if path.is_file():
            assert cert not in path.read_bytes(), path
    assert not [p for p in Path("/dev/shm").glob("intake-*")] if Path("/dev/shm").is_dir() else True
    _unlock_again(qtbot, window)
    assert window.controller.store.setting(ROUTE_SETTING) is None


def _send_and_watch_tors(qtbot, page) -> dict[str, dict[str, list[str]]]:  # type: ignore[no-untyped-def]
    """Press Send on the witness's page and, until the receipt or an error shows, ask each tor the
    connection assistant starts for its running configuration (attempt directory -> config)."""
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    seen: dict[str, dict[str, list[str]]] = {}

    def look() -> bool:
        directory = page.controller.transport._dir
        if directory is not None:
            for attempt in Path(directory).glob("attempt-*"):
                if attempt.name not in seen and (attempt / "control-port").exists():
                    with contextlib.suppress(OSError, ValueError, IndexError):
                        seen[attempt.name] = _running_tor_config(attempt)
        return page.current() == "receipt" or bool(page.send_error.text())

    qtbot.waitUntil(look, timeout=600000)
    return seen
