# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode (being wired to the services as they land)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from intake_app.gui.controllers.app import AppController
from intake_app.gui.widgets.common import Retranslating


class ArchivePage(Retranslating):
    closed = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Archive"))
