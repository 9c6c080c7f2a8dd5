# SPDX-License-Identifier: GPL-3.0-or-later
"""The lock screen. It reveals nothing: no names, no counts, no archive, no last activity.

"Give my own testimony" starts witness mode without unlocking (the store stays locked; the
witness uses the profile the interviewer prepared for witnesses, or chooses one); it ends back
here. The panic wipe is reachable from here too (one button, then the same deliberate confirmation
as in the settings: a ticked box and a four-digit number typed back), without the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from intake_app.gui.widgets.common import Retranslating
from intake_app.gui.widgets.input_method import InputMethodWarning
from intake_app.gui.widgets.wipe import WipeBox


class LockScreen(Retranslating):
    """Signals: unlock_requested(str passphrase), wipe_requested() (confirmed in the wipe box),
    witness_requested() (a witness on their own: the store stays locked)."""

    unlock_requested = Signal(str)
    wipe_requested = Signal()
    witness_requested = Signal()

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
        self.witness_button = QPushButton()
        self.witness_button.setObjectName("lockWitnessButton")
        self.witness_button.setAutoDefault(False)
        self.witness_button.setMinimumHeight(44)
        self.witness_button.clicked.connect(self.witness_requested.emit)
        self.wipe_show = QPushButton()
        self.wipe_show.setObjectName("lockWipeButton")
        self.wipe_show.setAutoDefault(False)
        self.wipe_show.clicked.connect(self._show_wipe)
        self.wipe = WipeBox()
        self.wipe.confirmed.connect(self.wipe_requested.emit)
        self.wipe_cancel = QPushButton()
        self.wipe_cancel.setObjectName("lockWipeCancel")
        self.wipe_cancel.setAutoDefault(False)
        self.wipe_cancel.clicked.connect(self._hide_wipe)
        self.wipe.button_row.insertWidget(0, self.wipe_cancel)
        self.wipe.hide()
        box = QWidget()
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        self.input_method_warning = InputMethodWarning()  # zh-review F2: cloud input methods
        for w in (self.title, self.prompt, self.passphrase, self.input_method_warning, self.button, self.message):
            inner.addWidget(w)
        inner.addSpacing(24)
        inner.addWidget(self.witness_button)
        wipe_area = QWidget()
        wipe_area.setFixedWidth(620)
        lower = QVBoxLayout(wipe_area)
        lower.addWidget(self.wipe_show, 0, Qt.AlignmentFlag.AlignRight)
        lower.addWidget(self.wipe)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(wipe_area, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Locked"))
        self.prompt.setText(self.tr("Enter your passphrase to continue."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.button.setText(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.witness_button.setText(self.tr("Give my own &testimony"))
        self.witness_button.setAccessibleName(self.tr("Give my own testimony (witnesses)"))
        self.wipe_show.setText(self.tr("Panic &wipe…"))
        self.wipe_show.setAccessibleName(self.tr("Panic wipe: destroy everything on this computer"))
        self.wipe_cancel.setText(self.tr("Do &not wipe"))

    def reset(self, message: str = "") -> None:
        """Clear the field (and show why, when an unlock failed)."""
        self.passphrase.clear()
        self.message.setText(message)
        self.button.setEnabled(True)
        if not message:
            self._hide_wipe()
        self.passphrase.setFocus()

    def _show_wipe(self) -> None:
        self.wipe.reset()  # a new number each time
        self.wipe_show.hide()
        self.wipe.show()
        self.wipe.understand.setFocus()

    def _hide_wipe(self) -> None:
        self.wipe.hide()
        self.wipe.reset()
        self.wipe_show.show()

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            return
        self.button.setEnabled(False)
        self.passphrase.clear()
        self.unlock_requested.emit(text)
