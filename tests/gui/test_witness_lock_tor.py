# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness started from the lock screen ("Give my own testimony": the interviewer's store stays
locked) sends over the private Tor network with nothing but bridge lines she pasted (issue 17
items 1 and 4, issue 20): the archive is the one the interviewer prepared for witnesses, its
fingerprint compared; she skips the part about what happened at the warning (R-MC-9) and sends
the rest; "Tor is blocked where I am" is ticked, so no tor runs without a bridge; the only bridge
tried is the private obfs4 bridge she pasted (the interviewer's saved settings are locked away);
the testimony arrives, she ends on the lock screen, and no bridge line, tor folder or scratch
folder is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from tests.gui.test_outbox_tor import NO_IDLE_LOCK_MS, _unlock_again
from tests.gui.test_witness_connect import _send_and_watch_tors
from tests.gui.test_witness_entries import _prepare_in_settings
from tests.gui.test_witness_mode import _answer_consent

pytestmark = [pytest.mark.gui, pytest.mark.tor]


def test_from_the_lock_screen_over_tor_with_pasted_bridge_lines_only(  # type: ignore[no-untyped-def]
        qtbot, make_window, tor_network, onion_receiver, obfs4_bridge, intake_home: Path) -> None:
    from intake_app.gui.controllers.transport import ROUTE_SETTING
    from tests.gui.flows import first_run_with_profile

    window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=tor_network.torrc_lines.splitlines())
    fingerprint = str(onion_receiver.profile.fingerprint())
    first_run_with_profile(qtbot, window, onion_receiver.profile_path, fingerprint)
    _prepare_in_settings(qtbot, window)  # "Prepare this computer for witnesses"
    qtbot.mouseClick(window.bar.lock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    lock = window.lock_screen
    qtbot.waitUntil(lambda: lock.witness_button.isVisible(), timeout=5000)
    qtbot.mouseClick(lock.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    assert not window.controller.is_unlocked
    page.controller.transport.stall_seconds, page.controller.transport.use_built_in = 10, False

    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert page.current() == "archive" and fingerprint in page.archive_fpr.text()
    assert not page.next_button.isEnabled()  # only once she compared the fingerprint
    box = page.archive_confirm
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "explain"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    _answer_consent(qtbot, page)

    # The warning before the part about what happened: she skips it.
    assert page.current() == "warning_WHAT_HAPPENED"
    skip = page.pages.currentWidget().findChild(QPushButton, "skipSection")
    qtbot.waitUntil(lambda: skip.isVisible() and skip.height() > 0, timeout=10000)
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert page.current() == "questions"
    view = page.form_view
    how = view.editor("how_known").widget
    listing = how if isinstance(how, QListWidget) else how.findChild(QListWidget)
    listing.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "files", view.problem_texts()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "review"
    assert "Skipped: What happened" in page.summary.text()

    # Nothing saved on this computer reaches her (the store is locked): only what she pastes.
    assert page.connection_box.isVisible() and not page.witness_blocked.isChecked()
    assert "saved on this computer" not in page.witness_bridges_text.text()
    qtbot.mouseClick(page.witness_blocked, Qt.MouseButton.LeftButton, pos=QPoint(10, page.witness_blocked.height() // 2))
    assert page.witness_blocked.isChecked()
    qtbot.keyClicks(page.witness_bridges, obfs4_bridge.line)  # handed over by a trusted person
    received = onion_receiver.archive / "received"
    before = {p.name for p in received.glob("*.tib")}
    seen = _send_and_watch_tors(qtbot, page)
    assert not page.send_error.text(), (page.send_error.text(), page.connect_log.text())
    assert "directly" not in page.connect_log.text()
    # Every tor that ran used a bridge, and the one she pasted is the bridge it used.
    assert seen and all("UseBridges=1" in s["conf"] for s in seen.values()), seen
    assert ["UseBridges=1", "Bridge=" + obfs4_bridge.line] in [s["conf"] for s in seen.values()], seen
    assert len({p.name for p in received.glob("*.tib")} - before) == 1
    code = page.receipt_code.text()
    qtbot.keyClicks(page.confirm_code, code[-4:])
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)

    # Nothing of the way stays: no bridge line on disk, no tor or scratch folder, no route remembered.
    cert = obfs4_bridge.line.split("cert=")[1][:24].encode()
    for path in intake_home.rglob("*"):
        if path.is_file():
            assert cert not in path.read_bytes(), path
    assert not (intake_home / "tor").exists()
    _unlock_again(qtbot, window)
    assert window.controller.store.setting(ROUTE_SETTING) is None
