# SPDX-License-Identifier: GPL-3.0-or-later
"""Device enrolment in the interviewer's settings (issue 19 item 3), through real widgets.

The settings page shows this device's public key (to give to the archive) and says plainly that
the device is not enrolled; the archive enrols it offline with ``intake archive enrol`` (run as
the archive would, in another process); the interviewer imports the file through the app's file
dialog; the page then says "enrolled ... as interviewer IV-07", and a new interview's session
record shows IV-07 as its interviewer code, read-only. An enrolment signed by another archive
is refused with a plain message and changes nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nacl.signing
import pytest
from PySide6.QtCore import Qt

from crypto import enrolment as enrolments
from crypto.signing import unb64
from intake_app import demo, paths
from tests.gui.test_file_dialogs import _answer_dialog_with

pytestmark = pytest.mark.gui


def _settings(window):  # type: ignore[no-untyped-def]
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)
    return page


def test_enrol_this_device_and_the_interviewer_code_is_fixed(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _settings(demo_window)
    s = page.settings
    qtbot.waitUntil(lambda: s.enrol_button.isVisible() and s.enrol_button.height() > 0, timeout=10000)
    public = s.device_key.text()
    assert len(unb64(public, 32)) == 32
    assert "not enrolled" in s.enrol_state.text()

    # Another archive's enrolment of this very key: refused, plainly, nothing kept.
    fake = tmp_path / "fake.enrolment"
    fake.write_bytes(enrolments.enrol(nacl.signing.SigningKey.generate(), unb64(public, 32), "IV-01").to_json())
    _answer_dialog_with(fake, [])
    qtbot.mouseClick(s.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(s.enrol_message.text()), timeout=10000)
    assert "another archive" in s.enrol_message.text() and "Traceback" not in s.enrol_message.text()
    assert "intake " not in s.enrol_message.text()  # no command lines in the GUI
    assert "not enrolled" in s.enrol_state.text()

    # The archive (here the demo archive, whose keys have no passphrase) enrols the key offline.
    enrolment = tmp_path / "iv07.enrolment"
    r = subprocess.run([sys.executable, "-m", "intake_app", "archive", "enrol",
                        "--archive", str(demo.demo_directory(paths.home())), "--device-key", public,
                        "--interviewer-code", "IV-07", "--out", str(enrolment), "--no-passphrase"],
                       check=False, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    _answer_dialog_with(enrolment, [])
    qtbot.mouseClick(s.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "IV-07" in s.enrol_state.text(), timeout=10000)
    assert "Enrolled as interviewer IV-07" in s.enrol_message.text()

    # A new interview: the session record's interviewer code is IV-07 and cannot be typed over.
    page = demo_window.open_mode("interviewer")
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    view = page.editor.views[0]
    code = view.editor("interviewer_code")
    assert code.get() == "IV-07"
    assert code.widget.isReadOnly()
    code.widget.setFocus()
    qtbot.keyClicks(code.widget, "X")
    assert code.get() == "IV-07"
