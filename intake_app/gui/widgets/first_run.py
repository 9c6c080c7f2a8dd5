# SPDX-License-Identifier: GPL-3.0-or-later
"""First run: language, the store passphrase, and the archive profile (or the demo archive).

The widget only collects intents; the main window hands them to the ``AppController``.
A profile is only accepted after the person confirms its fingerprint (read out by phone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.widgets.common import Retranslating, TaskProgress
from intake_app.gui.widgets.file_dialogs import open_file
from intake_app.gui.widgets.input_method import InputMethodWarning
from intake_app.gui.widgets.language_picker import LANGUAGE_NAMES, LanguagePicker  # noqa: F401 (LANGUAGE_NAMES: re-exported for older imports)


class FirstRun(Retranslating):
    """Signals:
        language_chosen(str lang)
        passphrase_chosen(str first, str second): the controller checks and creates the store.
        profile_file_chosen(str path): the controller reads it and calls show_profile().
        demo_requested()
        profile_confirmed(): the fingerprint was confirmed; accept the profile shown.
        witness_requested(): a witness on their own: witness mode, no store, nothing kept.
    """

    language_chosen = Signal(str)
    passphrase_chosen = Signal(str, str)
    profile_file_chosen = Signal(str)
    demo_requested = Signal()
    profile_confirmed = Signal()
    witness_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QStackedWidget()
        self.progress = TaskProgress()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        self._build_language()
        self._build_passphrase()
        self._build_profile()
        self.retranslate()

    # -- page 1: language ---------------------------------------------------------------
    def _build_language(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.welcome = QLabel()
        self.welcome.setObjectName("heading")
        self.welcome.setWordWrap(True)
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        v.addStretch(1)
        v.addWidget(self.welcome)
        v.addWidget(self.welcome_text)
        self.language_picker = LanguagePicker()
        self.language_picker.chosen.connect(self._language)
        self.lang_buttons = self.language_picker.buttons
        v.addWidget(self.language_picker)
        self.witness_text = QLabel()
        self.witness_text.setWordWrap(True)
        self.witness_button = QPushButton()
        self.witness_button.setObjectName("giveTestimony")
        self.witness_button.setMinimumHeight(40)
        self.witness_button.clicked.connect(self.witness_requested.emit)
        v.addSpacing(16)
        v.addWidget(self.witness_text)
        v.addWidget(self.witness_button)
        v.addStretch(2)
        self.pages.addWidget(page)

    def _language(self, lang: str) -> None:
        self.language_chosen.emit(lang)
        self.pages.setCurrentIndex(1)
        self.first.setFocus()

    # -- page 2: passphrase ----------------------------------------------------------------
    def _build_passphrase(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.pass_heading = QLabel()
        self.pass_heading.setObjectName("heading")
        self.pass_text = QLabel()
        self.pass_text.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("newPassphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.returnPressed.connect(self._create)
        form = QFormLayout()
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        self.input_method_warning = InputMethodWarning()  # zh-review F2: cloud input methods
        form.addRow("", self.input_method_warning)
        self.pass_error = QLabel()
        self.pass_error.setObjectName("inlineError")
        self.pass_error.setWordWrap(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createStore")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        v.addStretch(1)
        for w in (self.pass_heading, self.pass_text):
            v.addWidget(w)
        v.addLayout(form)
        v.addWidget(self.pass_error)
        v.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        v.addStretch(2)
        self.pages.addWidget(page)

    def _create(self) -> None:
        self.pass_error.clear()
        self.passphrase_chosen.emit(self.first.text(), self.second.text())

    def passphrase_problem(self, text: str) -> None:
        self.pass_error.setText(text)
        self.create_button.setEnabled(True)

    def store_created(self) -> None:
        self.first.clear()
        self.second.clear()
        self.pages.setCurrentIndex(2)

    def reset(self) -> None:
        """Back to the language page with nothing filled in (after a panic wipe)."""
        for field in (self.first, self.second):
            field.clear()
        self.pass_error.clear()
        self.create_button.setEnabled(True)
        self.checked.hide()
        self.confirm.setChecked(False)
        self.prof_name.clear()
        self.fingerprint.clear()
        self.progress.hide()
        self.pages.setCurrentIndex(0)

    def show_passphrase_page(self) -> None:
        self.pages.setCurrentIndex(1)

    def show_profile_page(self) -> None:
        self.pages.setCurrentIndex(2)

    # -- page 3: archive profile ---------------------------------------------------------
    def _build_profile(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.prof_heading = QLabel()
        self.prof_heading.setObjectName("heading")
        self.prof_text = QLabel()
        self.prof_text.setWordWrap(True)
        row = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importProfile")
        self.import_button.clicked.connect(self._pick_file)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("useDemo")
        self.demo_button.clicked.connect(self.demo_requested.emit)
        row.addWidget(self.import_button)
        row.addWidget(self.demo_button)
        self.prof_name = QLabel()
        self.prof_name.setObjectName("profileName")
        self.prof_name.setWordWrap(True)
        # The name comes from the profile file: plain text only, never markup (review F4).
        self.prof_name.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmFingerprint")
        self.confirm.toggled.connect(lambda on: self.accept_button.setEnabled(on))
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptProfile")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.profile_confirmed.emit)
        self.checked = QWidget()
        cv = QVBoxLayout(self.checked)
        for w in (self.prof_name, self.fingerprint, self.confirm):
            cv.addWidget(w)
        cv.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)
        self.checked.hide()
        v.addStretch(1)
        v.addWidget(self.prof_heading)
        v.addWidget(self.prof_text)
        v.addLayout(row)
        v.addWidget(self.checked)
        v.addStretch(2)
        self.pages.addWidget(page)

    def _pick_file(self) -> None:
        path = open_file(self, self.tr("Archive profile"), self.tr("Archive profile (*.json)"))
        if path:
            self.profile_file_chosen.emit(path)

    def show_profile(self, name: str, fingerprint: str, demo: bool) -> None:
        """Show a checked profile and ask for the fingerprint confirmation."""
        self.checked.show()
        self._demo = demo
        self.prof_name.setText(self.tr("The local demo archive on this computer (not for real testimony)")
                               if demo else name)
        # Groups of four are easier to read aloud over the phone.
        self.fingerprint.setText(fingerprint)
        self.confirm.setChecked(False)
        self.confirm.setVisible(not demo)
        self.accept_button.setEnabled(demo)
        self.retranslate()

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welcome to Testimony Intake"))
        self.welcome_text.setText(self.tr("Choose the language for this app. You can change it later at the top "
                                          "of the window."))
        self.witness_text.setText(self.tr(
            "Are you a witness giving your own testimony? You need no passphrase or setup, and nothing is kept "
            "on this computer."))
        self.witness_button.setText(self.tr("&Give my own testimony"))
        self.witness_button.setAccessibleName(self.tr("Give my own testimony"))
        self.pass_heading.setText(self.tr("Choose a passphrase"))
        self.pass_text.setText(self.tr(
            "Everything this app keeps on this computer is encrypted with this passphrase. Choose one you can "
            "remember; nobody can recover it for you. Use at least 8 characters."))
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Again:"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.create_button.setText(self.tr("&Create encrypted store"))
        self.prof_heading.setText(self.tr("Which archive will receive the testimony?"))
        self.prof_text.setText(self.tr(
            "Import the profile file the archive gave you. Then call the archive and read the fingerprint "
            "aloud together: only continue if every character matches. To try the app without an archive, "
            "use the demo archive."))
        self.import_button.setText(self.tr("&Import profile file…"))
        self.demo_button.setText(self.tr("Use the &demo archive (not for real testimony)"))
        self.confirm.setText(self.tr("I read the fingerprint with the archive by phone and it matches"))
        self.accept_button.setText(self.tr("Use &this archive"))
        if getattr(self, "_demo", False):
            self.fingerprint.setToolTip(self.tr("Demo archive — not for real testimony"))
        for w in (self.import_button, self.demo_button, self.confirm, self.accept_button):
            w.setAccessibleName(w.text().replace("&", ""))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
