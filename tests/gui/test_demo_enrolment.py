# SPDX-License-Identifier: GPL-3.0-or-later
"""The local demo archive enrols this computer's device as a real archive does (issue 19's
enrolment, signed by the demo archive's profile key), so its desk names the device that sealed a
demo bundle instead of "unknown device" (newcomer walk, session 5). Walked as a newcomer does: the
first run with the demo archive, an interview sealed and sent to the demo archive's receiver,
then archive staff's mode: custody key, fetch, the fetched bundle checked on the desk. A real
archive's behaviour does not change: a device that chose one is not enrolled until the archive
enrols it (tests/gui/test_enrolment.py, run against a real archive's profile)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.flows import finalised_interview
from tests.gui.test_archive_mode import _create_custody_key
from tests.gui.test_sent_interviews import _send_first

pytestmark = pytest.mark.gui


def test_the_demo_desk_names_this_device_as_enrolled(qtbot, demo_window, capfd, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    # The interviewer's settings say the demo archive enrolled this device, and the session
    # record's interviewer code is the enrolment's.
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)
    settings = page.settings
    qtbot.waitUntil(lambda: settings.enrol_state.isVisible() and settings.enrol_state.height() > 0, timeout=10000)
    assert "enrolled by the archive as interviewer DEMO-1" in settings.enrol_state.text()
    page.tabs.setCurrentWidget(page.list)
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    code = page.editor.views[0].editor("interviewer_code")
    assert code.get() == "DEMO-1" and code.widget.isReadOnly()
    qtbot.mouseClick(page.editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)
    window.go_home()

    # An interview sealed and sent to the demo archive.
    page = finalised_interview(qtbot, window, capfd)
    _send_first(qtbot, page, capfd)
    window.go_home()

    # Archive staff's desk: fetch what the receiver holds, check it.
    qtbot.mouseClick(window.modes.buttons["archive"], Qt.MouseButton.LeftButton)
    desk = window.mode_page
    _create_custody_key(qtbot, desk, tmp_path / "custody.key")
    qtbot.mouseClick(desk.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "New bundles fetched: 1" in desk.fetch_status.text()
                    or desk.findChild(QMessageBox, "errorBox") is not None, timeout=60000)
    assert desk.findChild(QMessageBox, "errorBox") is None, desk.findChild(QMessageBox, "errorBox").text()
    desk.incoming_list.setCurrentRow(0)
    qtbot.mouseClick(desk.use_button, Qt.MouseButton.LeftButton)
    desk._report = None
    qtbot.mouseClick(desk.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk._report is not None, timeout=60000)
    report = desk._report
    assert report.ok and report.device["status"] == "enrolled", report.device
    assert report.device["interviewer_code"] == "DEMO-1"
    assert "All checks passed. Sealed by enrolled device DEMO-1." in desk.summary.text()
    assert "unknown device" not in desk.summary.text()
