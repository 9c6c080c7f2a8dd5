# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments by drag and drop (or a file picker), with the metadata note.

The widget only collects file paths and shows what the controller reports back; the
controller copies each file into the encrypted store, where metadata is stripped from the copy
that goes to the archive's content side. The widget never reads the files.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from intake_app.gui.widgets.common import Retranslating
from intake_app.gui.widgets.file_dialogs import open_files


class AttachmentsPanel(Retranslating):
    """Signals: files_dropped(list[str] paths)."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        self.drop = QLabel()
        self.drop.setObjectName("dropZone")
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(90)
        self.drop.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.pick = QPushButton()
        self.pick.setObjectName("addAttachment")
        self.pick.clicked.connect(self._pick)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        layout = QVBoxLayout(self)
        for w in (self.heading, self.drop, self.note, self.pick, self.list):
            layout.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Attachments"))
        self.drop.setText(self.tr("Drop photos or documents here"))
        self.note.setText(self.tr(
            "Hidden information inside files (camera, place, author, dates) is removed from the copy the "
            "archive's content staff see. The untouched original is sealed with the witness's identity."))
        self.pick.setText(self.tr("&Add a file…"))
        self.pick.setAccessibleName(self.tr("Add a file"))
        self.list.setAccessibleName(self.tr("Attached files"))

    def set_items(self, names: list[str]) -> None:
        self.list.clear()
        self.list.addItems(names)

    def _pick(self) -> None:
        paths = open_files(self, self.tr("Add a file"))
        if paths:
            self.files_dropped.emit(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()
