# SPDX-License-Identifier: GPL-3.0-or-later
"""The lock screen. It reveals nothing: no names, no counts, no archive, no last activity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from intake_app.gui.widgets.common import Retranslating


class LockScreen(Retranslating):
    """Signals: unlock_requested(str passphrase)."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel()
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.returnPressed.connect(self._submit)
        self.button = QPushButton()
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QWidget()
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        for w in (self.title, self.prompt, self.passphrase, self.button, self.message):
            inner.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Locked"))
        self.prompt.setText(self.tr("Enter your passphrase to continue."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.button.setText(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))

    def reset(self, message: str = "") -> None:
        """Clear the field (and show why, when an unlock failed)."""
        self.passphrase.clear()
        self.message.setText(message)
        self.button.setEnabled(True)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            return
        self.button.setEnabled(False)
        self.passphrase.clear()
        self.unlock_requested.emit(text)
