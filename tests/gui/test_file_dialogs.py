# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's file dialogs leave no trace of the folders they saw: Qt's own dialog writes its
history and last folder to the user's Qt settings (outside INTAKE_HOME, surviving a panic
wipe); the app's helpers delete those entries as soon as the dialog closes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.fixtures.canary import canary

pytestmark = pytest.mark.gui


@pytest.fixture
def qt_settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Qt's user settings go to a directory of this test (restored afterwards)."""
    directory = tmp_path / "qt-config"
    directory.mkdir()
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(directory))
    yield directory
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


def _type(line: QLineEdit, text: str) -> None:
    """Type ``text`` as a person does: keys for ASCII, the input method for Chinese."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(line, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(line, event)


def _answer_dialog_with(path: Path, seen: list[str]) -> None:
    """When the app's file dialog shows and has the keyboard (a person types into the window
    in front), type ``path`` into its file name field and press Enter. The dialog must close
    at once; if it does not, it is cancelled and the test fails here (not after the five-minute
    idle lock closes it, and the page with it).

    Not ``QFileDialog.selectFile`` + ``accept()`` on a dialog that may not be active yet: the
    dialog leaves a file name field that has the focus alone, and fills one that has not from
    its list's selection, so the outcome depended on when the X server activated the dialog.
    That race was the "dialog never returns / settings page deleted while its dialog is open"
    failure seen after the archive tests: the dialog stayed open until the idle lock."""
    tries = [0]

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        tries[0] += 1
        if dialog is not None and not dialog.isActiveWindow() and tries[0] > 400:
            seen.append("the file dialog never became the active window")
            dialog.reject()
            return
        if dialog is None or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(25, look)
            return
        seen.append(dialog.objectName())
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus()
        name.selectAll()
        _type(name, str(path))
        QTest.keyClick(name, Qt.Key.Key_Return)
        if dialog.isVisible():
            seen.append(f"still open after Enter with {name.text()!r}")
            dialog.reject()

    QTimer.singleShot(25, look)


def test_profile_chosen_in_the_dialog_leaves_no_folder_name_behind(  # type: ignore[no-untyped-def]
        qtbot, demo_window, tmp_path: Path, qt_settings_dir: Path) -> None:
    from intake_app.archive.setup import create_archive

    secret_folder = canary("witness folder")
    other = create_archive(tmp_path / secret_folder / "archive", "Second test archive", passphrase=None,
                           receiver_onion="")
    page = demo_window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)
    s = page.settings
    seen: list[str] = []
    _answer_dialog_with(other.profile_path, seen)
    qtbot.mouseClick(s.import_button, Qt.MouseButton.LeftButton)  # returns when the dialog closed
    assert seen == ["fileDialog"]
    # What this test is for: the folder never reaches Qt's settings (checked first, always).
    written = [p for p in qt_settings_dir.rglob("*") if p.is_file()]
    assert written, "Qt wrote no settings at all: this test would not see a leak"
    for path in written:
        text = path.read_bytes()
        assert secret_folder.split("-")[2].encode() not in text, path  # the random part
        assert b"lastVisited" not in text and b"history" not in text, text
    assert shiboken6.isValid(s)  # the page that asked is still there to take the answer
    qtbot.waitUntil(lambda: s.pending_box.isVisible(), timeout=60000)
    assert str(other.profile.fingerprint()) in s.new_fingerprint.text()


def test_folder_chooser_returns_the_folder_and_forgets_it(qtbot, tmp_path: Path, qt_settings_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from intake_app.gui.widgets.file_dialogs import existing_directory

    secret = tmp_path / canary("opening folder").split("-")[2]
    secret.mkdir()
    seen: list[str] = []
    _answer_dialog_with(secret, seen)
    assert Path(existing_directory(None, "Open into folder")) == secret
    assert seen == ["fileDialog"]
    for path in (p for p in qt_settings_dir.rglob("*") if p.is_file()):
        assert secret.name.encode() not in path.read_bytes(), path


def test_locking_closes_an_open_file_dialog(qtbot, demo_window, qt_settings_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Idle or panic lock while a file chooser is open: the chooser goes with the page."""
    window = demo_window
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)

    def lock_while_open() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, lock_while_open)
            return
        window.lock_now()

    QTimer.singleShot(50, lock_while_open)
    qtbot.mouseClick(page.settings.import_button, Qt.MouseButton.LeftButton)  # returns when closed
    assert window.stack.currentWidget() is window.lock_screen
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]


def test_no_screen_uses_the_static_file_dialogs() -> None:
    """Every file chooser goes through file_dialogs.py (the static ones remember folders)."""
    gui = Path(__file__).resolve().parents[2] / "intake_app" / "gui"
    offenders = [str(p.relative_to(gui)) for p in gui.rglob("*.py")
                 if "QFileDialog.get" in p.read_text(encoding="utf-8")]
    assert offenders == []
