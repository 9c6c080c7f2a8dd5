# SPDX-License-Identifier: GPL-3.0-or-later
"""The panic wipe's deliberate confirmation, shared by the settings page and the lock screen.

Hard to trigger by accident: it needs a ticked "I understand" box AND a four-digit number,
shown on the screen and new each time, typed back. Only then does the red button emit
``confirmed``; the page that shows the box asks the controller to wipe.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WipeBox(QGroupBox):
    """Signals: confirmed() once the box is ticked, the number typed back and the button pressed."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dangerZone")
        self.setStyleSheet("QGroupBox#dangerZone { border: 2px solid #b71c1c; border-radius: 4px; "
                           "margin-top: 1.2em; padding-top: 0.6em; } "
                           "QGroupBox#dangerZone::title { color: #b71c1c; subcontrol-origin: margin; "
                           "left: 8px; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.understand = QCheckBox()
        self.understand.setObjectName("wipeUnderstand")
        self.code = ""
        self.code_label = QLabel()
        self.code_label.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("wipeCode")
        self.entry.setMaxLength(4)
        self.entry.setMaximumWidth(120)
        self.code_label.setBuddy(self.entry)
        self.button = QPushButton()
        self.button.setObjectName("wipeEverything")
        self.button.setStyleSheet("QPushButton:enabled { background: #b71c1c; color: white; padding: 6px 12px; }")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._pressed)
        self.understand.toggled.connect(self._ready)
        self.entry.textChanged.connect(self._ready)
        row = QHBoxLayout()
        row.addWidget(self.code_label)
        row.addWidget(self.entry)
        row.addStretch(1)
        v = QVBoxLayout(self)
        v.addWidget(self.text)
        v.addWidget(self.understand)
        v.addLayout(row)
        self.button_row = QHBoxLayout()  # a page may put its own button left of the red one
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.button)
        v.addLayout(self.button_row)
        self.reset()

    def reset(self) -> None:
        """Untick, clear, and show a new number."""
        self.code = f"{secrets.randbelow(9000) + 1000}"
        self.understand.setChecked(False)
        self.entry.clear()
        self.button.setEnabled(False)
        self.retranslate()

    def _ready(self, *_args: object) -> None:
        self.button.setEnabled(self.understand.isChecked() and self.entry.text() == self.code)

    def _pressed(self) -> None:
        if not (self.understand.isChecked() and self.entry.text() == self.code):
            return
        self.button.setEnabled(False)
        self.confirmed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Wrapped text in a squeezed column: reserve its real height, or it is cut off at 600 px.
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        width = self.text.width()
        if width > 0:
            self.text.setMinimumHeight(self.text.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Panic wipe"))
        self.text.setText(self.tr(
            "Destroys everything this app keeps on this computer at once: all interviews, recordings, "
            "bundles not yet sent, receipts, keys and settings. It cannot be undone. Testimony already "
            "received by the archive is not affected. No passphrase is needed."))
        self.understand.setText(self.tr("I understand that everything this app keeps on this computer will be destroyed"))
        self.code_label.setText(self.tr("To confirm, type this number: {0}").format(self.code))
        self.entry.setAccessibleName(self.tr("Confirmation number"))
        self.button.setText(self.tr("Destroy everything now"))
        self.button.setAccessibleName(self.tr("Destroy everything this app keeps on this computer"))
        self._fit_text()
