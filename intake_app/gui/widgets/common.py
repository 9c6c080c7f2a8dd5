# SPDX-License-Identifier: GPL-3.0-or-later
"""Small shared widgets: retranslation, plain error messages, progress for tasks.

Error boxes show ``user_message(exc)`` (message and what to do next), never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QWidget,
)

from intake_app.gui.controllers.tasks import Cancelled, Task
from intake_app.text.errors import user_message


class Retranslating(QWidget):
    """A widget that rewrites its texts when the language changes at run time."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text (called once at construction and on each language change)."""


#: Forms and text are easier to read in a column of at most this width (in device-independent
#: pixels) on wide screens: inputs 1,170 px wide at 1920x1080 were hard to follow.
READABLE_WIDTH = 900


def scrolling(content: QWidget, name: str = "") -> QScrollArea:
    """``content`` in a frameless scroll area: a page that needs more height than the window
    has (1024x600, or a long text in Chinese) scrolls instead of forcing the window taller."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    if name:
        area.setObjectName(name)
    return area


def readable(column: QWidget, width: int = READABLE_WIDTH) -> QWidget:
    """``column`` centred, at most ``width`` wide, however wide the window is."""
    column.setMaximumWidth(width)
    outer = QWidget()
    row = QHBoxLayout(outer)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(column, 1000)  # all the width up to ``width``, then the margins grow
    row.addStretch(1)
    return outer


def error_text(exc: BaseException) -> str:
    message, hint = user_message(exc)
    return f"{message}\n\n{hint}" if hint else message


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A calm, plain message box; cancellations are not errors and show nothing."""
    if isinstance(exc, Cancelled):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QMessageBox.tr("Testimony Intake"))
    message, hint = user_message(exc)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote names and paths (review F4)
    box.setText(message)
    box.setInformativeText(hint)
    box.setObjectName("errorBox")
    box.setAccessibleName(message)
    box.open()


class TaskProgress(Retranslating):
    """A progress bar, a status line and a Cancel button bound to one running task."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 3)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel this task"))

    def follow(self, task: Task, text: str = "") -> Task:
        self._task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report
        task.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        task.status.connect(self.label.setText, Qt.ConnectionType.QueuedConnection)
        task.done.connect(self._end)
        task.error.connect(self._end)
        self.cancel_button.setEnabled(True)
        self.show()
        return task

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))
        else:
            self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def _end(self, _result: object) -> None:
        self._task = None
        self.hide()
