# SPDX-License-Identifier: GPL-3.0-or-later
"""The build smoke test (``intake --smoke-test``) tells a shown window from none, for real Qt windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from intake_app.gui.smoke import EXIT_NO_WINDOW, check_libraries, describe_environment, run_smoke

pytestmark = pytest.mark.gui


def test_a_shown_window_ends_the_loop_with_success(qapp: QApplication) -> None:
    window = QMainWindow()
    window.setWindowTitle("first screen")

    def start() -> int:
        # Like the app: show the window a moment after the loop starts, then run until told to stop.
        QTimer.singleShot(100, window.show)
        return qapp.exec()

    assert run_smoke(start, timeout_s=30) == 0
    window.close()


def test_no_window_within_the_timeout_fails(qapp: QApplication) -> None:
    assert run_smoke(qapp.exec, timeout_s=0.5) == EXIT_NO_WINDOW


def test_an_app_that_returns_before_showing_anything_fails(qapp: QApplication) -> None:
    assert run_smoke(lambda: 0, timeout_s=5) == EXIT_NO_WINDOW


def test_a_lone_message_box_is_not_the_first_screen(qapp: QApplication) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Testimony Intake", "could not start")

    def start() -> int:
        QTimer.singleShot(50, box.show)
        return qapp.exec()

    assert run_smoke(start, timeout_s=1.0) == EXIT_NO_WINDOW
    box.close()


def test_a_hidden_window_does_not_count(qapp: QApplication) -> None:
    hidden = QMainWindow()
    hidden.setVisible(False)
    assert run_smoke(qapp.exec, timeout_s=0.5) == EXIT_NO_WINDOW


def test_native_libraries_load_and_work_from_the_source_tree() -> None:
    lines = check_libraries()
    assert any("SQLCipher" in line for line in lines)
    assert any("PortAudio" in line for line in lines)
    report = describe_environment()
    assert report[0].startswith("smoke-test: intake ")
    assert any(line.startswith("smoke-test: tor = ") for line in report)
