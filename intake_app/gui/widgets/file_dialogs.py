# SPDX-License-Identifier: GPL-3.0-or-later
"""File choosers that leave no trace of the folders they saw outside INTAKE_HOME.

Qt's file dialog remembers the last folder, a history and sidebar places in the user's Qt
settings (``~/.config/QtProject.conf`` on Linux), written when the dialog is destroyed; a
platform dialog (GTK) also adds chosen files to the desktop's "recent files", which Qt cannot
undo. Folder and file names can identify a witness ("~/interviews/Wang Weilin/"). So these
helpers always use Qt's own dialog, never the platform's, destroy it at once and then delete
what it remembered. :func:`forget_file_dialog_history` also runs at start-up (in case the app
was killed with a dialog open) and after a panic wipe.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

_REMEMBERED = ("history", "lastVisited", "shortcuts")


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembered (the rest of its layout settings stay)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _REMEMBERED:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _choose(parent: QWidget | None, title: str, mode: QFileDialog.FileMode, name_filter: str = "",
            directory: str = "", save: bool = False) -> list[str]:
    # No Qt parent: if the app locks while the dialog is open (idle, panic key), the page that
    # asked is destroyed, and it must not take the dialog down with it in the middle of exec().
    dialog = QFileDialog(None, title, directory, name_filter)
    dialog.setObjectName("fileDialog")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = list(dialog.selectedFiles()) if accepted else []
    finally:
        # The dialog writes its history when destroyed: destroy it now, then wipe that.
        with contextlib.suppress(RuntimeError):
            shiboken6.delete(dialog)
        forget_file_dialog_history()
    if parent is not None and not shiboken6.isValid(parent):
        return []  # the page that asked is gone (the app locked meanwhile): nothing to hand back
    return chosen


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> str:
    """One existing file, or "" when cancelled."""
    chosen = _choose(parent, title, QFileDialog.FileMode.ExistingFile, name_filter)
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    """Existing files (several may be chosen), or [] when cancelled."""
    return _choose(parent, title, QFileDialog.FileMode.ExistingFiles, name_filter)


def save_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    """A file name to write (it may exist; the caller decides), or "" when cancelled."""
    chosen = _choose(parent, title, QFileDialog.FileMode.AnyFile, name_filter, directory, save=True)
    return chosen[0] if chosen else ""


def existing_directory(parent: QWidget | None, title: str) -> str:
    """An existing folder, or "" when cancelled."""
    chosen = _choose(parent, title, QFileDialog.FileMode.Directory)
    return chosen[0] if chosen else ""
