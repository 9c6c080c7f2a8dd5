# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer settings: change the passphrase, choose the microphone, replace the archive
profile, and the panic wipe.

The page holds a ``PreferencesController`` and only calls it; slow work comes back as tasks
followed by the page's progress bar. Messages are plain and translated, shown inline beside
the part they concern. The panic wipe is hard to trigger by accident: it needs a ticked
"I understand" box AND a four-digit number, shown on the page and new each time, typed back
(:class:`~intake_app.gui.widgets.wipe.WipeBox`, also on the lock screen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.app import GuiError, ProfileInfo
from intake_app.gui.controllers.preferences import Microphone, PreferencesController
from intake_app.gui.widgets.common import Retranslating, TaskProgress, readable
from intake_app.gui.widgets.file_dialogs import open_file
from intake_app.gui.widgets.input_method import InputMethodWarning
from intake_app.gui.widgets.wipe import WipeBox
from intake_app.text.errors import handled_types, user_message


def _message(label: QLabel, text: str, ok: bool = False) -> None:
    label.setObjectName("inlineOk" if ok else "inlineError")
    label.setStyleSheet("color: #1b5e20;" if ok else "")
    label.setText(text)
    label.setVisible(bool(text))


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()  # takes no room until there is something to say
    return label


def _error_text(exc: BaseException) -> str:
    message, hint = user_message(exc)
    return f"{message} {hint}".strip()


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SettingsPage(Retranslating):
    def __init__(self, controller: PreferencesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.microphones: list[Microphone] = []
        self._pending: ProfileInfo | None = None
        self.progress = TaskProgress()
        body = QWidget()
        column = QVBoxLayout(body)
        for box in (self._build_passphrase(), self._build_microphone(), self._build_archive(),
                    self._build_enrolment(), self._build_wipe()):
            column.addWidget(box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(readable(body))  # a readable width on wide screens
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.progress)
        self._listed = False
        self.retranslate()

    def showEvent(self, event: Any) -> None:
        # Audio devices are listed the first time the page is shown, not whenever the
        # interviewer mode opens (listing starts the audio library).
        if not self._listed:
            self._listed = True
            self.load_microphones()
        super().showEvent(event)

    # -- passphrase ----------------------------------------------------------------------
    def _build_passphrase(self) -> QGroupBox:
        self.pass_box = QGroupBox()
        self.old_pass = _password_field("currentPassphrase")
        self.new_pass = _password_field("changedPassphrase")
        self.new_again = _password_field("changedPassphraseAgain")
        self.new_again.returnPressed.connect(self.change_passphrase)
        self.old_label, self.new_label, self.again_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        for label, field in ((self.old_label, self.old_pass), (self.new_label, self.new_pass),
                             (self.again_label, self.new_again)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.input_method_warning = InputMethodWarning()  # zh-review F2: cloud input methods
        form.addRow("", self.input_method_warning)
        self.pass_text = QLabel()
        self.pass_text.setWordWrap(True)
        self.pass_message = _message_label()
        self.pass_button = QPushButton()
        self.pass_button.setObjectName("changePassphrase")
        self.pass_button.clicked.connect(self.change_passphrase)
        v = QVBoxLayout(self.pass_box)
        v.addWidget(self.pass_text)
        v.addLayout(form)
        v.addWidget(self.pass_message)
        v.addWidget(self.pass_button, 0, Qt.AlignmentFlag.AlignRight)
        return self.pass_box

    def change_passphrase(self) -> None:
        _message(self.pass_message, "")
        try:
            task = self.controller.change_passphrase(self.old_pass.text(), self.new_pass.text(),
                                                     self.new_again.text())
        except handled_types() as exc:
            _message(self.pass_message, _error_text(exc))
            return
        self.pass_button.setEnabled(False)
        self.progress.follow(task, self.tr("Changing the passphrase…"))
        task.done.connect(self._passphrase_changed)
        task.error.connect(self._passphrase_failed)

    def _passphrase_changed(self, _result: object) -> None:
        for field in (self.old_pass, self.new_pass, self.new_again):
            field.clear()
        self.pass_button.setEnabled(True)
        _message(self.pass_message, self.tr("The passphrase was changed. Use the new one from now on."), ok=True)

    def _passphrase_failed(self, exc: BaseException) -> None:
        self.pass_button.setEnabled(True)
        self.old_pass.clear()
        _message(self.pass_message, _error_text(exc))

    # -- microphone ----------------------------------------------------------------------
    def _build_microphone(self) -> QGroupBox:
        self.mic_box = QGroupBox()
        self.mic_text = QLabel()
        self.mic_text.setWordWrap(True)
        self.mic_combo = QComboBox()
        self.mic_combo.setObjectName("microphone")
        self.mic_label = QLabel()
        self.mic_label.setBuddy(self.mic_combo)
        self.mic_rescan = QPushButton()
        self.mic_rescan.setObjectName("rescanMicrophones")
        self.mic_rescan.clicked.connect(lambda: self.load_microphones(look_again=True))
        self.mic_save = QPushButton()
        self.mic_save.setObjectName("saveMicrophone")
        self.mic_save.clicked.connect(self.save_microphone)
        self.mic_message = _message_label()
        row = QHBoxLayout()
        row.addWidget(self.mic_label)
        row.addWidget(self.mic_combo, 1)
        row.addWidget(self.mic_rescan)
        row.addWidget(self.mic_save)
        # Recording quality (issue 21): 48 kHz / 24-bit FLAC by default, 96 kHz selectable.
        # Saved as soon as the interviewer picks one (``activated``: a person's choice only).
        self.rate_combo = QComboBox()
        self.rate_combo.setObjectName("samplerate")
        self.rate_combo.activated.connect(lambda _index: self.save_samplerate())
        self.rate_label = QLabel()
        self.rate_label.setBuddy(self.rate_combo)
        self.rate_text = QLabel()
        self.rate_text.setWordWrap(True)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_label)
        rate_row.addWidget(self.rate_combo, 1)
        v = QVBoxLayout(self.mic_box)
        v.addWidget(self.mic_text)
        v.addLayout(row)
        v.addLayout(rate_row)
        v.addWidget(self.rate_text)
        v.addWidget(self.mic_message)
        return self.mic_box

    def _fill_samplerates(self) -> None:
        try:
            chosen = self.controller.chosen_samplerate()
        except (*handled_types(), GuiError):  # type: ignore[misc]  # locked: shown again on unlock
            chosen = self.controller.samplerates()[0]
        self.rate_combo.clear()
        for rate in self.controller.samplerates():
            if rate == self.controller.samplerates()[0]:
                text = self.tr("{0} kHz, 24-bit (standard)").format(rate // 1000)
            else:
                text = self.tr("{0} kHz, 24-bit (twice the size)").format(rate // 1000)
            self.rate_combo.addItem(text, str(rate))
        self.rate_combo.setCurrentIndex(max(0, self.rate_combo.findData(str(chosen))))

    def save_samplerate(self) -> None:
        rate = int(str(self.rate_combo.currentData() or self.controller.samplerates()[0]))
        try:
            self.controller.choose_samplerate(rate)
        except handled_types() as exc:
            _message(self.mic_message, _error_text(exc))
            return
        _message(self.mic_message, self.tr("Saved. New recordings use this quality."), ok=True)

    def load_microphones(self, look_again: bool = False) -> None:
        _message(self.mic_message, "")
        self.mic_rescan.setEnabled(False)
        task = self.controller.list_microphones(look_again)
        self.progress.follow(task, self.tr("Looking for microphones…"))
        task.done.connect(self._microphones)
        task.error.connect(self._microphones_failed)

    def _microphones(self, found: list[Microphone]) -> None:
        self.mic_rescan.setEnabled(True)
        self.microphones = found
        self._fill_microphones()

    def _microphones_failed(self, exc: BaseException) -> None:
        self.mic_rescan.setEnabled(True)
        self.microphones = []
        self._fill_microphones()
        _message(self.mic_message, _error_text(exc))

    def _fill_microphones(self) -> None:
        try:
            chosen = self.controller.chosen_microphone()
        except handled_types():
            chosen = None
        self.mic_combo.clear()
        # Item data is always a str ("" = the system default): PySide6 6.12 crashes on None.
        self.mic_combo.addItem(self.tr("System default"), "")
        for mic in self.microphones:
            text = self.tr("{0} (system default)").format(mic.name) if mic.is_default else mic.name
            self.mic_combo.addItem(text, mic.name)
        if chosen and self.mic_combo.findData(chosen) < 0:
            self.mic_combo.addItem(self.tr("{0} (not connected now)").format(chosen), chosen)
        self.mic_combo.setCurrentIndex(max(0, self.mic_combo.findData(chosen or "")))

    def save_microphone(self) -> None:
        name = str(self.mic_combo.currentData() or "")
        try:
            self.controller.choose_microphone(name or None)
        except handled_types() as exc:
            _message(self.mic_message, _error_text(exc))
            return
        _message(self.mic_message, self.tr("Saved. New recordings use this input."), ok=True)

    # -- archive ---------------------------------------------------------------------------
    def _build_archive(self) -> QGroupBox:
        self.archive_box = QGroupBox()
        self.archive_current = QLabel()
        self.archive_current.setObjectName("currentArchive")
        self.archive_current.setWordWrap(True)
        # Names come from profile files: plain text only, never markup (review F4).
        self.archive_current.setTextFormat(Qt.TextFormat.PlainText)
        self.archive_current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archive_text = QLabel()
        self.archive_text.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("replaceProfile")
        self.import_button.clicked.connect(self._pick_profile)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("replaceWithDemo")
        self.demo_button.clicked.connect(self.use_demo)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        self.new_name = QLabel()
        self.new_name.setObjectName("newProfileName")
        self.new_name.setWordWrap(True)
        self.new_name.setTextFormat(Qt.TextFormat.PlainText)
        self.new_fingerprint = QLabel()
        self.new_fingerprint.setObjectName("newFingerprint")
        self.new_fingerprint.setWordWrap(True)
        self.new_fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.new_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_confirm = QCheckBox()
        self.new_confirm.setObjectName("confirmNewFingerprint")
        self.new_confirm.toggled.connect(self._confirm_toggled)
        self.use_button = QPushButton()
        self.use_button.setObjectName("useNewProfile")
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.accept_profile)
        self.pending_box = QWidget()
        pv = QVBoxLayout(self.pending_box)
        pv.setContentsMargins(0, 0, 0, 0)
        for w in (self.new_name, self.new_fingerprint, self.new_confirm):
            pv.addWidget(w)
        pv.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pending_box.hide()
        self.archive_message = _message_label()
        # Witnesses on their own while the store is locked (issue 17): the lock screen's
        # "Give my own testimony" uses a copy of the pinned profile (intake_app/home/witness_profile.py).
        self.witness_offer = QCheckBox()
        self.witness_offer.setObjectName("prepareForWitnesses")
        self.witness_offer.toggled.connect(self._witness_offer_toggled)
        self.witness_offer_text = QLabel()
        self.witness_offer_text.setWordWrap(True)
        v = QVBoxLayout(self.archive_box)
        v.addWidget(self.archive_current)
        v.addWidget(self.archive_text)
        v.addLayout(row)
        v.addWidget(self.pending_box)
        v.addWidget(self.archive_message)
        v.addWidget(self.witness_offer)
        v.addWidget(self.witness_offer_text)
        return self.archive_box

    def _witness_offer_toggled(self, on: bool) -> None:
        if on == self.controller.witnesses_prepared():
            return
        try:
            self.controller.prepare_for_witnesses(on)
        except handled_types() as exc:
            _message(self.archive_message, _error_text(exc))
        self._show_witness_offer()

    def _show_witness_offer(self) -> None:
        info = self.controller.current_profile()
        self.witness_offer.setEnabled(info is not None)
        self.witness_offer.blockSignals(True)
        self.witness_offer.setChecked(self.controller.witnesses_prepared())
        self.witness_offer.blockSignals(False)

    def show_current_profile(self) -> None:
        info = self.controller.current_profile()
        self.demo_button.setVisible(not (info and info.demo))  # already the demo: nothing to choose
        if info is None:
            self.archive_current.setText(self.tr("No archive chosen yet."))
        elif info.demo:
            self.archive_current.setText(self.tr("Now: the local demo archive on this computer (not for real "
                                                 "testimony)\nFingerprint: {0}").format(info.fingerprint))
        else:
            self.archive_current.setText(self.tr("Now: {0}\nFingerprint: {1}").format(info.name, info.fingerprint))

    def _pick_profile(self) -> None:
        path = open_file(self, self.tr("Archive profile"), self.tr("Archive profile (*.json)"))
        if path:
            self.read_profile_file(path)

    def read_profile_file(self, path: str) -> None:
        """Check the profile file the person picked and show its name and fingerprint."""
        self._follow_profile(self.controller.read_profile(path), self.tr("Checking the profile…"))

    def use_demo(self) -> None:
        self._follow_profile(self.controller.demo_profile(), self.tr("Creating the demo archive…"))

    def _follow_profile(self, task: Any, text: str) -> None:
        _message(self.archive_message, "")
        self.pending_box.hide()
        self._pending = None
        self.progress.follow(task, text)
        task.done.connect(self._profile_read)
        task.error.connect(lambda exc: _message(self.archive_message, _error_text(exc)))

    def _profile_read(self, info: ProfileInfo) -> None:
        self._pending = info
        self.new_name.setText(self.tr("The local demo archive on this computer (not for real testimony)")
                              if info.demo else info.name)
        self.new_fingerprint.setText(self.tr("Fingerprint: {0}").format(info.fingerprint))
        self.new_confirm.setChecked(False)
        self.new_confirm.setVisible(not info.demo)  # the demo is local: nobody to call
        self.use_button.setEnabled(info.demo)
        self.pending_box.show()

    def _confirm_toggled(self, on: bool) -> None:
        self.use_button.setEnabled(on and self._pending is not None)

    def accept_profile(self) -> None:
        info = self._pending
        if info is None:
            return
        try:
            self.controller.replace_profile(info)
        except handled_types() as exc:
            _message(self.archive_message, _error_text(exc))
            return
        self._pending = None
        self.pending_box.hide()
        if self.controller.witnesses_prepared():  # witnesses get the new archive too
            self.controller.prepare_for_witnesses(True)
        self.show_current_profile()
        _message(self.archive_message, self.tr("From now on interviews are sealed for this archive."), ok=True)

    # -- panic wipe --------------------------------------------------------------------------
    # -- device enrolment (issue 19) ---------------------------------------------------------
    def _build_enrolment(self) -> QGroupBox:
        self.enrol_box = QGroupBox()
        self.enrol_state = QLabel()
        self.enrol_state.setObjectName("enrolmentState")
        self.enrol_state.setWordWrap(True)
        self.enrol_state.setTextFormat(Qt.TextFormat.PlainText)
        self.enrol_text = QLabel()
        self.enrol_text.setWordWrap(True)
        self.device_key = QLineEdit()
        self.device_key.setObjectName("devicePublicKey")
        self.device_key.setReadOnly(True)  # selectable, to copy into a message to the archive
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("importEnrolment")
        self.enrol_button.clicked.connect(self._pick_enrolment)
        self.enrol_message = _message_label()
        v = QVBoxLayout(self.enrol_box)
        for w in (self.enrol_state, self.enrol_text, self.device_key):
            v.addWidget(w)
        v.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        v.addWidget(self.enrol_message)
        return self.enrol_box

    def show_enrolment(self) -> None:
        try:
            self.device_key.setText(self.controller.device_public_key())
            code = self.controller.enrolled_code()
        except Exception:  # noqa: BLE001 - a locked store: show nothing rather than fail the page
            self.device_key.setText("")
            code = None
        if code:
            self.enrol_state.setText(self.tr("This device is enrolled by the archive as interviewer {0}. Every "
                                             "bundle it seals says so.").format(code))
        else:
            self.enrol_state.setText(self.tr("This device is not enrolled: the archive will see its bundles as "
                                             "coming from an unknown device. They are sealed and sent all the "
                                             "same."))

    def _pick_enrolment(self) -> None:
        path = open_file(self, self.tr("Enrolment file or QR picture"),
                         self.tr("Enrolment file or picture of its QR code (*)"))
        if path:
            self.import_enrolment_file(path)

    def import_enrolment_file(self, path: str) -> None:
        try:
            code = self.controller.import_enrolment(path)
        except Exception as exc:  # noqa: BLE001 - every failure is a plain message
            _message(self.enrol_message, _error_text(exc))
            return
        _message(self.enrol_message, self.tr("Enrolled as interviewer {0}.").format(code), ok=True)
        self.show_enrolment()

    def _build_wipe(self) -> QGroupBox:
        # The same deliberate confirmation as on the lock screen (widgets/wipe.py).
        self.wipe_box = WipeBox()
        self.wipe_understand, self.wipe_entry, self.wipe_button = (
            self.wipe_box.understand, self.wipe_box.entry, self.wipe_box.button)
        self.wipe_box.confirmed.connect(self.wipe)
        return self.wipe_box

    @property
    def wipe_code(self) -> str:
        return self.wipe_box.code

    def wipe(self) -> None:
        # Locking drops this page at once; the main window shows the first run when it is done.
        self.controller.wipe()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.pass_box.setTitle(self.tr("Passphrase"))
        self.pass_text.setText(self.tr("The passphrase opens the encrypted store and the key that signs your "
                                       "bundles. Nobody can recover it for you."))
        self.old_label.setText(self.tr("Cu&rrent passphrase:"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.again_label.setText(self.tr("New passphrase a&gain:"))
        self.old_pass.setAccessibleName(self.tr("Current passphrase"))
        self.new_pass.setAccessibleName(self.tr("New passphrase"))
        self.new_again.setAccessibleName(self.tr("New passphrase again"))
        self.pass_button.setText(self.tr("&Change passphrase"))

        self.mic_box.setTitle(self.tr("Microphone"))
        self.mic_text.setText(self.tr("The audio input used for new recordings. If you plug in a microphone, "
                                      "press \"Look again\"."))
        self.mic_label.setText(self.tr("In&put:"))
        self.mic_combo.setAccessibleName(self.tr("Audio input for recordings"))
        self.mic_rescan.setText(self.tr("Look &again"))
        self.mic_save.setText(self.tr("&Save input"))
        self.rate_label.setText(self.tr("&Quality:"))
        self.rate_combo.setAccessibleName(self.tr("Recording quality"))
        self.rate_text.setText(self.tr(
            "Recordings are kept as lossless FLAC. 96 kHz keeps more detail and makes files twice as large. "
            "If the archive asks for compact audio (Opus), recordings use 48 kHz."))
        self._fill_samplerates()
        if self.mic_combo.count():
            self._fill_microphones()

        self.archive_box.setTitle(self.tr("Archive"))
        self.archive_text.setText(self.tr(
            "To change the archive that receives the testimony, import its profile file and read the fingerprint "
            "aloud with the archive by phone. Interviews already sealed for the current archive must be sent "
            "to it first."))
        self.import_button.setText(self.tr("Import another pro&file file…"))
        self.demo_button.setText(self.tr("Use the demo archive (not for real testimony)"))
        self.new_confirm.setText(self.tr("I read the fingerprint with the archive by phone and it matches"))
        self.use_button.setText(self.tr("Use &this archive"))
        for w in (self.import_button, self.demo_button, self.new_confirm, self.use_button):
            w.setAccessibleName(w.text().replace("&", ""))
        self.new_fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.witness_offer.setText(self.tr("Prepare this computer for &witnesses"))
        self.witness_offer_text.setText(self.tr(
            "Then the lock screen offers \"Give my own testimony\": a witness can give testimony on their own, "
            "sealed for this archive, without your passphrase and without seeing anything of yours. A copy of "
            "this archive's profile is kept unencrypted on this computer for it, so anyone who looks at the "
            "computer's files can see which archive it sends to. The witness is asked to compare the "
            "fingerprint; if the copy is changed, you are told at the next unlock."))
        self.show_current_profile()
        self._show_witness_offer()

        self.enrol_box.setTitle(self.tr("Device enrolment"))
        self.enrol_text.setText(self.tr("To be enrolled, give the archive this device's public key below (it "
                                        "names nobody). The archive returns an enrolment file, or a QR code, "
                                        "with your interviewer code; import the file or a picture of the QR "
                                        "code here."))
        self.device_key.setAccessibleName(self.tr("This device's public key"))
        self.enrol_button.setText(self.tr("Import &enrolment (file or QR picture)…"))
        self.enrol_button.setAccessibleName(self.enrol_button.text().replace("&", ""))
        self.show_enrolment()

