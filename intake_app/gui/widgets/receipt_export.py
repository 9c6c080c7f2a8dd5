# SPDX-License-Identifier: GPL-3.0-or-later
"""Saving a receipt code to a file: encrypted with a passphrase by default, plain text only after
a warning that says what a found file reveals (a receipt code on a seized laptop or USB stick
links its owner to an upload to the archive)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.widgets.file_dialogs import save_file

MIN_PASSPHRASE = 8


class ReceiptExportDialog(QDialog):
    """Signals: export(str path, object passphrase) with passphrase None for plain text."""

    export = Signal(str, object)

    def __init__(self, label: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptExport")
        self.setModal(True)
        self.setWindowTitle(self.tr("Export receipt code"))
        self.intro = QLabel(self.tr(
            "Receipt code of {0}: {1}\n\nAnyone who finds this code next to you can link you to an upload to the "
            "archive. On a laptop or USB stick that is seized or lost, a file with it is evidence. Keep it "
            "encrypted, or write it down and keep the paper safe.").format(label, code))
        self.intro.setWordWrap(True)
        self.encrypted = QRadioButton(self.tr("&Encrypted with a passphrase (recommended; opens with age or this app)"))
        self.encrypted.setObjectName("exportEncrypted")
        self.plain = QRadioButton(self.tr("&Plain text: anyone who finds the file can read the code"))
        self.plain.setObjectName("exportPlain")
        self.encrypted.setChecked(True)
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit, name, text in ((self.passphrase, "exportPassphrase", self.tr("Passphrase for the file")),
                                 (self.repeat, "exportRepeat", self.tr("The same passphrase again"))):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(text)
            edit.setAccessibleName(text)
        self.warning = QLabel(self.tr(
            "Warning: the code will be saved unencrypted. Only save it to a place you control and delete the "
            "file when you no longer need it."))
        self.warning.setObjectName("inlineError")
        self.warning.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setPlaceholderText(self.tr("File to save to"))
        self.path.setAccessibleName(self.tr("File to save to"))
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self._choose)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        v = QVBoxLayout(self)
        for w in (self.intro, self.encrypted, self.passphrase, self.repeat, self.plain, self.warning):
            v.addWidget(w)
        v.addLayout(path_row)
        v.addWidget(self.error)
        v.addLayout(buttons)
        self.encrypted.toggled.connect(self._mode)
        self.setMinimumWidth(560)
        self.setMaximumWidth(700)
        self._mode()

    def _mode(self) -> None:
        on = self.encrypted.isChecked()
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)
        self.warning.setVisible(not on)
        self.adjustSize()  # the warning's lines must not squeeze the explanation above

    def _choose(self) -> None:
        suffix = ".txt.age" if self.encrypted.isChecked() else ".txt"
        path = save_file(self, self.tr("Export receipt code"), "receipt" + suffix)
        if path:
            self.path.setText(path)

    def _save(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.error.setText(self.tr("Choose a file to save to."))
            return
        passphrase: str | None = None
        if self.encrypted.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.error.setText(self.tr("The passphrase is too short: use at least {0} characters.").format(
                    MIN_PASSPHRASE))
                return
            if passphrase != self.repeat.text():
                self.error.setText(self.tr("The two passphrases are not the same."))
                return
        self.error.clear()
        self.export.emit(path, passphrase)
        self.accept()
