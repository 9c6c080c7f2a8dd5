# SPDX-License-Identifier: GPL-3.0-or-later
"""Witness mode: a calm, guided wizard for one witness on their own, locked down.

Language → (which archive, if this computer has none) → what this is and the risks → consent,
one scope per screen ("Consent: 2 of 22 — Keeping your testimony", evidence.md R-CS-5), then every
choice on one summary with a way back to change any of them, confirmed by a typed phrase → a warning before the part about what happened (graphic content, as
the form definition marks it: "Skip this part" first, or "Continue") → voice, if they wish → a
few questions → photos or documents → a summary and Send → the receipt code, typed back to show it was written down. There is no way
from here to any interviewer or archive screen: the main window has locked the interviewer's
session before showing this, and shows the lock screen (or the first screen) when it closes.
Answers, voice and files live only in these widgets and the controller (memory) until sent;
"Finish", "Leave without sending", the panic key and the idle timeout clear them. The idle
timeout waits while the witness is recording or the testimony is being sent.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.app import AppController, ProfileInfo
from intake_app.gui.controllers.self_submit import (
    SelfSubmitController,
    WitnessSetup,
    demo_profile,
    read_profile,
)
from intake_app.gui.widgets.attachments import AttachmentsPanel
from intake_app.gui.widgets.common import Retranslating, TaskProgress, error_text, show_error
from intake_app.gui.widgets.file_dialogs import open_file
from intake_app.gui.widgets.form_view import FormView
from intake_app.gui.widgets.language_picker import LanguagePicker
from intake_app.gui.widgets.recording import RecordingPanel
from intake_app.text import i18n
from intake_app.text.errors import handled_types

DEFAULT_IDLE_MS = 5 * 60_000
IDLE_GRACE_MS = 60_000  # how long "Are you still there?" waits (at most the idle time itself)
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _scrolled(widget: QWidget) -> QScrollArea:
    if isinstance(widget, QLabel):  # text starts at the top, not touching the frame (seen in the screenshots)
        widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        widget.setContentsMargins(12, 8, 12, 8)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    return scroll


class _WitnessFiles(AttachmentsPanel):
    """The attachments panel, speaking to the witness (not about "the witness")."""

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Hidden information inside photos (camera, place, dates) is removed from the copy the archive's "
            "staff see. The untouched original is sealed with your identity, which only a few people at the "
            "archive can open. Photos (JPEG, PNG, WebP) and plain text files can be added."))


def _is_consent_screen(key: str) -> bool:
    return key.startswith("consent") and key[len("consent"):].isdigit()


def normalise_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


class SelfSubmitWizard(Retranslating):
    """Signals: closed() when the witness finished or left (or the idle timeout ended it)."""

    closed = Signal()

    def __init__(self, app: AppController, setup: WitnessSetup | None = None, idle_ms: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.controller = SelfSubmitController(app, setup)
        # A witness's own computer: which archive? A profile prepared for witnesses: compare it.
        self._ask_archive = not self.controller.has_profile or self.controller.setup.confirm_fingerprint
        self.pages = QStackedWidget()
        self.keys: list[str] = []
        self.code = ""
        self._sending = False
        self._busy = 0  # tasks running for the witness (reading the profile, cleaning a photo)
        self._closed = False
        self._consent_filled: dict[str, Any] = {}
        self.consent_views: list[FormView] = []
        self.form_view: FormView | None = None  # the questions (not consent)
        self.demo_banner = _label("demoBadge")
        self.step = _label("stepLabel")
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.clicked.connect(self.finish)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        nav = QHBoxLayout()
        nav.addWidget(self.leave_button)
        nav.addStretch(1)
        nav.addWidget(self.step)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        # Before the idle timeout ends a session that is not recording: the answers live only in
        # memory, so ask first ("Are you still there?"); any touch or Continue keeps everything.
        self.idle_warning = QWidget()
        self.idle_warning.setObjectName("idleWarning")
        self.idle_warning_text = _label("idleWarningText")
        self.idle_continue = QPushButton()
        self.idle_continue.setObjectName("idleContinue")
        self.idle_continue.setMinimumHeight(44)
        self.idle_continue.clicked.connect(self._still_here)
        warn = QHBoxLayout(self.idle_warning)
        warn.addWidget(self.idle_warning_text, 1)
        warn.addWidget(self.idle_continue)
        self.idle_warning.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.idle_warning)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)

        self._build_language()
        self._build_archive()
        self._build_explain()
        self._build_consent()
        self._build_consent_summary()
        self._build_warnings()
        self._build_voice()
        self._build_questions()
        self._build_files()
        self._build_review()
        self._build_receipt()

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms if idle_ms is not None else DEFAULT_IDLE_MS)
        self.idle.timeout.connect(self._idle_timeout)
        self.idle.start()
        self.grace = QTimer(self)  # after the warning: this long, then the session ends
        self.grace.setSingleShot(True)
        self.grace.setInterval(min(IDLE_GRACE_MS, self.idle.interval()))
        self.grace.timeout.connect(self._grace_over)
        app_instance = QApplication.instance()
        if app_instance is not None:
            app_instance.installEventFilter(self)
        self.retranslate()
        self._show("language")

    # -- pages ------------------------------------------------------------------------------
    def _add(self, key: str, page: QWidget) -> None:
        self.keys.append(key)
        self.pages.addWidget(page)

    def current(self) -> str:
        return self.keys[self.pages.currentIndex()]

    def _build_language(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.lang_heading = _label("heading")
        v.addStretch(1)
        v.addWidget(self.lang_heading)
        self.language_picker = LanguagePicker()
        self.language_picker.chosen.connect(self._language)
        self.lang_buttons = self.language_picker.buttons
        v.addWidget(self.language_picker)
        v.addStretch(2)
        self._add("language", page)

    def _language(self, lang: str) -> None:
        self.app.set_language(lang, persist=False)  # a witness leaves no setting behind
        self._show("archive" if self._ask_archive else "explain")

    def _build_archive(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.archive_heading = _label("heading")
        self.archive_text = _label()
        self.archive_open = QPushButton()
        self.archive_open.setObjectName("witnessOpenProfile")
        self.archive_open.clicked.connect(self._pick_profile)
        self.archive_demo = QPushButton()
        self.archive_demo.setObjectName("witnessUseDemo")
        self.archive_demo.clicked.connect(lambda: self._profile_task(demo_profile()))
        self.archive_name = _label("profileName")
        self.archive_fpr = _label("fingerprint")
        self.archive_fpr.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archive_confirm = QCheckBox()
        self.archive_confirm.setObjectName("witnessConfirmFingerprint")
        self.archive_confirm.toggled.connect(lambda _on: self._update_nav())
        self.archive_progress = TaskProgress()
        row = QHBoxLayout()
        row.addWidget(self.archive_open)
        row.addWidget(self.archive_demo)
        v.addStretch(1)
        for w in (self.archive_heading, self.archive_text):
            v.addWidget(w)
        v.addLayout(row)
        for w in (self.archive_progress, self.archive_name, self.archive_fpr, self.archive_confirm):
            v.addWidget(w)
        v.addStretch(2)
        setup = self.controller.setup
        self.archive_confirm.setVisible(setup.confirm_fingerprint and not setup.is_demo)
        # A real archive prepared for witnesses: no "demo" button beside it to press by mistake.
        self.archive_demo.setVisible(not (setup.confirm_fingerprint and not setup.is_demo))
        self._add("archive", page)

    def _pick_profile(self) -> None:
        path = open_file(self, self.tr("Archive profile"), self.tr("Archive profile (*.json)"))
        if path:
            self._profile_task(read_profile(path))

    def _track(self, task: Any) -> None:
        self._busy += 1

        def ended(*_args: Any) -> None:
            self._busy -= 1
            self.idle.start()

        task.done.connect(ended)
        task.error.connect(ended)

    def _profile_task(self, task: Any) -> None:
        self._track(task)
        self.archive_progress.follow(task, self.tr("Checking the profile…"))
        task.done.connect(self._profile_read)
        task.error.connect(lambda exc: show_error(self, exc))

    def _profile_read(self, result: tuple[Any, ProfileInfo]) -> None:
        profile, info = result
        self.controller.use_profile(profile, info)
        self.controller.setup.confirm_fingerprint = False  # the witness's own file: the usual words
        self.archive_confirm.setChecked(False)
        self.archive_confirm.setVisible(not info.demo)
        # The bridge help follows the archive chosen here, not the one the computer was prepared
        # with: it showed for the demo (sent without Tor) and stayed hidden for a real archive's
        # file chosen after a prepared demo (walk, session 5).
        self.connection_box.setVisible(not info.demo)
        self.retranslate()
        self._update_nav()

    def _build_explain(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.explain_heading = _label("heading")
        self.explain = _label("explainText")
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        v.addWidget(self.explain_heading)
        v.addWidget(_scrolled(self.explain), 1)
        self._add("explain", page)

    def _build_consent(self) -> None:
        try:
            consent = self.controller.consent_field()
            screens = self.controller.consent_screens()
        except handled_types() as exc:
            show_error(self, exc)
            consent, screens = None, []
        total = len(screens)
        self.consent_keys = [screen.key for screen in screens]
        for n, screen in enumerate(screens, start=1):
            def title(_lang: str, n: int = n, key: str = screen.key) -> str:
                return i18n.translate("SelfSubmitWizard", "Consent: {0} of {1} — {2}").format(
                    n, total, self._consent_title(key))

            view = FormView(form_model.FormSpec(consent.form_id if consent else "consent",
                                                consent.form_version if consent else "", title,
                                                list(screen.fields), None))
            view.setObjectName(f"consentScreen{n - 1}")
            self.consent_views.append(view)
            self._add(f"consent{n - 1}", view)

    def _consent_title(self, key: str) -> str:
        """The heading of a consent screen (and of its part of the summary)."""
        titles = {  # one per scope (WITNESS_CONSENT_SCREENS), short: the question follows
            "informed": self.tr("What you should know"),
            "archive_preserve": self.tr("Keeping your testimony"),
            "access_researchers": self.tr("Researchers"),
            "publish_text": self.tr("Publishing the text"),
            "publish_voice": self.tr("Publishing your voice"),
            "publish_face": self.tr("Publishing your face"),
            "attribution": self.tr("How you are named"),
            "legal_use": self.tr("Use as evidence in court"),
            "share_tribunal": self.tr("The civic tribunal"),
            "identity_to_tribunal": self.tr("Your identity and the tribunal"),
            "willing_to_testify": self.tr("Testifying in person"),
            "share_un_ngo": self.tr("The UN and human-rights organisations"),
            "media_education": self.tr("Exhibitions, teaching and documentaries"),
            "unesco_dossier": self.tr("UNESCO Memory of the World"),
            "embargo": self.tr("Closed period"),
            "followup_contact": self.tr("Contacting you again"),
            "posthumous": self.tr("After your death"),
            "third_party_names": self.tr("Names of other people"),
            "withdrawal_understood": self.tr("Withdrawing your consent"),
            "legal_risk_understood": self.tr("Limits of confidentiality"),
            "machine_processing": self.tr("Automatic transcription and translation"),
            "proxy_relationship": self.tr("Consenting for someone else"),
        }
        return titles.get(key) or self.tr("More about your consent")

    def _build_consent_summary(self) -> None:
        """R-CS-5: every choice in plain words, screen by screen, each part with "Change" (back to
        that screen, whose Next returns here), then a typed confirmation phrase (no name). The
        parts are made once, here: showing the summary only sets their texts."""
        page = QWidget()
        v = QVBoxLayout(page)
        self.choices_heading = _label("heading")
        self.choices_intro = _label()
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.choice_boxes: list[QGroupBox] = []
        self.choice_texts: list[QLabel] = []
        self.change_buttons: list[QPushButton] = []
        for n in range(len(self.consent_views)):
            box = QGroupBox()
            box.setObjectName(f"consentChoices{n}")
            inner = QHBoxLayout(box)
            text = _label(f"consentSummary{n}")
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            change = QPushButton()
            change.setObjectName(f"changeConsent{n}")
            change.clicked.connect(lambda _c=False, n=n: self._change_consent(n))
            inner.addWidget(text, 1)
            inner.addWidget(change, 0, Qt.AlignmentFlag.AlignTop)
            column.addWidget(box)
            self.choice_boxes.append(box)
            self.choice_texts.append(text)
            self.change_buttons.append(change)
        column.addStretch(1)
        self.choices_scroll = _scrolled(holder)
        self.confirm_phrase_label = _label()
        self.confirm_phrase = QLineEdit()
        self.confirm_phrase.setObjectName("confirmPhrase")
        self.confirm_phrase.textChanged.connect(lambda _t: self._update_nav())
        self.confirm_phrase.returnPressed.connect(self._next)
        self.confirm_phrase_label.setBuddy(self.confirm_phrase)
        row = QHBoxLayout()
        row.addWidget(self.confirm_phrase_label, 1)
        row.addWidget(self.confirm_phrase)
        v.addWidget(self.choices_heading)
        v.addWidget(self.choices_intro)
        v.addWidget(self.choices_scroll, 1)
        v.addLayout(row)
        self._add("consent_summary", page)
        self._changing = False  # a consent screen opened from the summary: its Next returns there

    def _change_consent(self, n: int) -> None:
        """From the summary back to consent screen ``n``; the phrase is typed again afterwards
        (it confirms the choices as they are then)."""
        self.confirm_phrase.clear()
        self._changing = True
        self._show(f"consent{n}")

    def choices_text(self) -> str:
        """The summary's words (every part), as shown."""
        return "\n".join(label.text() for label in self.choice_texts)

    def _fill_choices(self) -> None:
        lang = i18n.current()
        consent = self.answers()["consent"]
        for n, view in enumerate(self.consent_views):
            self.choice_boxes[n].setTitle(self._consent_title(self.consent_keys[n]))
            self.choice_texts[n].setText("".join(self._screen_rows(view, consent, lang)))

    def _phrase(self) -> str:
        return self.tr("I agree")

    def _phrase_typed(self) -> bool:
        def norm(text: str) -> str:
            return "".join(text.split()).casefold().rstrip(".。")

        return norm(self.confirm_phrase.text()) == norm(self._phrase())

    def _build_warnings(self) -> None:
        """One warning screen per section the form marks ``graphic_content`` (R-MC-9), placed
        before the section's first page by :meth:`_order`; the protective choice comes first."""
        try:
            sections = self.controller.graphic_sections()
        except handled_types():
            sections = {}
        self.warnings: dict[str, tuple[QLabel, QLabel, QPushButton, QPushButton]] = {}
        for code in sections:
            page = QWidget()
            page.setObjectName(f"contentWarning_{code}")
            v = QVBoxLayout(page)
            heading = _label("heading")
            text = _label("contentWarningText")
            text.setTextFormat(Qt.TextFormat.RichText)
            skip = QPushButton()
            skip.setObjectName("skipSection")
            skip.setMinimumHeight(52)
            skip.clicked.connect(lambda _=False, c=code: self._section_choice(c, skipped=True))
            go_on = QPushButton()
            go_on.setObjectName("continueSection")
            go_on.setMinimumHeight(52)
            go_on.clicked.connect(lambda _=False, c=code: self._section_choice(c, skipped=False))
            v.addWidget(heading)
            v.addWidget(_scrolled(text), 1)
            v.addWidget(skip)
            v.addWidget(go_on)
            self.warnings[code] = (heading, text, skip, go_on)
            self._add(f"warning_{code}", page)

    def _page_fields(self) -> dict[str, set[str]]:
        """Which form fields each page asks (for placing the warnings)."""
        out = {"voice": {"recording"}, "files": {"files"}}
        if self.form_view is not None:
            out["questions"] = {spec.id for spec in self.form_view.spec.fields}
        return out

    def _section_choice(self, code: str, skipped: bool) -> None:
        """"Skip this part" or "Continue" at a warning: the skipped part's questions are hidden and
        emptied, its voice page left out; the rest of the testimony can still be sent."""
        self.controller.skip(code, skipped)
        if skipped:
            self.controller.audio.stop()
        if self.form_view is not None:
            self.form_view.set_skipped(self.controller.skipped_fields())
        order = self._order()
        i = order.index(f"warning_{code}")
        if i + 1 < len(order):
            self._show(order[i + 1])

    def _build_voice(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.voice_heading = _label("heading")
        self.voice_text = _label()
        self.voice = RecordingPanel()
        self.voice.setObjectName("selfVoice")
        for w in (self.voice.marker_text, self.voice.marker_button, self.voice.markers):
            w.hide()  # markers are the interviewer's tool
        self.controller.audio.bind(self.voice)
        # The microphone takes a moment to open: say so, so nobody speaks into nothing.
        self.voice.record.connect(lambda: self.voice.state.setText(self.tr(
            "Starting the microphone… please wait until the time starts counting.")))
        self.controller.audio.recording.connect(lambda on: self.voice.state.setText(
            self.tr("Recording: speak now.") if on else ""))
        v.addWidget(self.voice_heading)
        v.addWidget(self.voice_text)
        v.addWidget(self.voice, 1)
        self._add("voice", page)

    def _build_questions(self) -> None:
        try:
            spec = self.controller.form()
            fields = self.controller.question_fields()
        except handled_types():
            return
        # No notice before the marked questions here: the witness saw the warning screen instead.
        self.form_view = FormView(form_model.FormSpec(spec.id, spec.version, spec.title, fields, spec.definition),
                                  graphic_notices=False)
        self.form_view.setObjectName("selfForm")
        self._add("questions", self.form_view)

    def _build_files(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.files_heading = _label("heading")
        self.files = _WitnessFiles()
        self.files.setObjectName("witnessFiles")
        self.files.files_dropped.connect(self._add_files)
        self.files_remove = QPushButton()
        self.files_remove.setObjectName("removeAttachment")
        self.files_remove.clicked.connect(self._remove_file)
        self.files_progress = TaskProgress()
        v.addWidget(self.files_heading)
        v.addWidget(self.files, 1)
        v.addWidget(self.files_progress)
        v.addWidget(self.files_remove, 0, Qt.AlignmentFlag.AlignLeft)
        self._add("files", page)

    def _add_files(self, file_paths: list[str]) -> None:
        task = self.controller.add_attachments(file_paths)
        self._track(task)
        self.files_progress.follow(task, self.tr("Removing hidden information from the copy…"))
        task.done.connect(lambda _r: self.files.set_items(self.controller.attachment_names()))
        task.error.connect(lambda exc: show_error(self, exc))

    def _remove_file(self) -> None:
        self.controller.remove_attachment(self.files.list.currentRow())
        self.files.set_items(self.controller.attachment_names())

    def _build_review(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.review_heading = _label("heading")
        self.summary = _label("summaryText")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.send_text = _label()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendNow")
        self.send_button.setMinimumHeight(44)
        self.send_button.clicked.connect(self._send)
        self.progress = TaskProgress()
        self.send_error = _label("inlineError")
        row = QHBoxLayout()
        row.addWidget(self.send_text, 1)
        row.addWidget(self.send_button)
        v.addWidget(self.review_heading)
        # The summary and the bridge help scroll together: at 1024x600 the bridge box left the
        # summary two lines, and while sending the page needed 604 px (walk, session 5).
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.summary.setContentsMargins(12, 8, 12, 8)
        body_layout.addWidget(self.summary, 1)
        self._build_connection_help(body_layout)
        self.review_scroll = _scrolled(body)
        self.review_scroll.setObjectName("reviewScroll")
        v.addWidget(self.review_scroll, 1)
        v.addLayout(row)
        v.addWidget(self.progress)
        v.addWidget(self.connect_log)
        v.addWidget(self.send_error)
        self._add("review", page)

    def _build_connection_help(self, v: QVBoxLayout) -> None:
        """The same connection help as the interviewer's outbox: "Tor is blocked where I am" and
        bridge lines (pasted or from a QR code picture), in memory only. Hidden for the demo."""
        self.connection_box = QGroupBox()
        self.connection_box.setObjectName("witnessConnection")
        self.witness_blocked = QCheckBox()
        self.witness_blocked.setObjectName("witnessTorBlocked")
        self.witness_blocked.setChecked(self.controller.setup.blocked)
        self.witness_bridges_text = _label()
        self.witness_bridges = QPlainTextEdit()
        self.witness_bridges.setObjectName("witnessBridgeLines")
        self.witness_bridges.setTabChangesFocus(True)
        self.witness_bridges.setMaximumHeight(70)
        self.witness_qr = QPushButton()
        self.witness_qr.setObjectName("witnessBridgesQr")
        self.witness_qr.clicked.connect(self._bridges_from_qr)
        self.connect_log = _label("connectAttempts")
        self.connect_log.setTextFormat(Qt.TextFormat.PlainText)
        cv = QVBoxLayout(self.connection_box)
        cv.addWidget(self.witness_blocked)
        cv.addWidget(self.witness_bridges_text)
        cv.addWidget(self.witness_bridges)
        cv.addWidget(self.witness_qr, 0, Qt.AlignmentFlag.AlignRight)
        self.connection_box.setVisible(not self.controller.setup.is_demo)
        v.addWidget(self.connection_box)

    def _bridges_from_qr(self) -> None:
        """Bridge lines read from a picture of a QR code (a card from the archive or a friend)."""
        path = open_file(self, self.tr("Picture of a QR code with bridge lines"),
                         self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        self.send_error.clear()
        try:
            lines = self.controller.bridges_from_picture(path)
        except handled_types() as exc:
            self.send_error.setText(error_text(exc))
            return
        old = self.witness_bridges.toPlainText().strip()
        self.witness_bridges.setPlainText("\n".join(([old] if old else []) + lines))

    def _connect_step(self, text: str) -> None:
        self.connect_log.setText((self.connect_log.text() + "\n" + text).strip())

    def _build_receipt(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.receipt_heading = _label("heading")
        self.receipt_code = _label("receiptCode", wrap=False)
        self.receipt_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.receipt_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.receipt_code.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 2.2)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 2.0)
        self.receipt_code.setFont(font)
        self.receipt_text = _label()
        self.confirm_label = _label()
        self.confirm_code = QLineEdit()
        self.confirm_code.setObjectName("confirmCode")
        self.confirm_code.setMaxLength(8)
        self.confirm_code.textChanged.connect(self._check_typed_code)
        self.confirm_label.setBuddy(self.confirm_code)
        self.confirm_problem = _label("inlineError")
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.finish)
        self.cannot_write = QPushButton()
        self.cannot_write.setObjectName("finishWithoutCode")
        self.cannot_write.setFlat(True)
        self.cannot_write.clicked.connect(self.finish)
        row = QHBoxLayout()
        row.addWidget(self.confirm_label)
        row.addWidget(self.confirm_code)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        for w in (self.receipt_heading, self.receipt_code, self.receipt_text):
            v.addWidget(w)
        v.addLayout(row)
        v.addWidget(self.confirm_problem)
        v.addWidget(self.cannot_write, 0, Qt.AlignmentFlag.AlignRight)
        v.addStretch(1)
        self._add("receipt", page)

    # -- navigation ------------------------------------------------------------------------
    def _order(self) -> list[str]:
        keys = ["language", "archive"] if self._ask_archive else ["language"]
        order = keys + [k for k in self.keys if k not in ("language", "archive") and not k.startswith("warning_")]
        # Each warning before the first page asking a field of its section; a page asking only
        # fields of a skipped section is left out.
        sections = self.controller.graphic_sections() if self.warnings else {}
        pages = self._page_fields()
        for code, field_ids in sections.items():
            inside = [k for k in order if pages.get(k, set()) & set(field_ids)]
            if not inside:
                continue
            order.insert(order.index(inside[0]), f"warning_{code}")
            if code in self.controller.skipped:
                order = [k for k in order if not (k in inside and pages[k] <= set(field_ids))]
        return order

    def _show(self, key: str) -> None:
        self.pages.setCurrentIndex(self.keys.index(key))
        self._update_nav()
        if key == "review":
            self._fill_summary()
        if key == "consent_summary":
            self._changing = False
            self._fill_choices()
            self.confirm_phrase.setFocus()
        if key == "receipt":
            self.confirm_code.setFocus()
        elif key.startswith("warning_"):
            self.warnings[key[len("warning_"):]][2].setFocus()  # the protective choice
        elif _is_consent_screen(key):
            self.next_button.setFocus()

    def _update_nav(self) -> None:
        key = self.current()
        order = self._order()
        self.back_button.setVisible(key not in ("language", "receipt") and order.index(key) > 0)
        self.next_button.setVisible(key not in ("language", "review", "receipt") and not key.startswith("warning_"))
        self.leave_button.setVisible(key != "receipt")
        self.back_button.setEnabled(not self._sending)
        self.leave_button.setEnabled(not self._sending)
        if key == "archive":
            chosen = self.controller.has_profile
            demo = self.controller.setup.is_demo
            self.next_button.setEnabled(chosen and (demo or self.archive_confirm.isChecked()))
        elif key == "consent_summary":
            self.next_button.setEnabled(self._phrase_typed())
        else:
            self.next_button.setEnabled(True)
        # Steps as the witness sees them: all consent screens are one step (each says "question n of m").
        steps: list[str] = []
        for k in order:
            section = "consent" if k.startswith("consent") else k  # with its summary
            if section not in ("language", "receipt") and section not in steps and not k.startswith("warning_"):
                steps.append(section)
        at = key
        if key.startswith("warning_") and key in order:  # a warning belongs to the step it announces
            at = next((k for k in order[order.index(key) + 1:] if not k.startswith("warning_")), key)
        section = "consent" if at.startswith("consent") else at
        if section in steps:
            self.step.setText(self.tr("Step {0} of {1}").format(steps.index(section) + 1, len(steps)))
        else:
            self.step.clear()
        if key == "explain":
            self.next_button.setText(self.tr("I understand — &continue"))
        elif _is_consent_screen(key) and self._changing:
            self.next_button.setText(self.tr("Back to the &summary →"))
        else:
            self.next_button.setText(self.tr("&Next →"))
        self.demo_banner.setVisible(self.controller.setup.is_demo)

    def _back(self) -> None:
        order = self._order()
        i = order.index(self.current())
        if i > 0:
            self._show(order[i - 1])

    def _next(self) -> None:
        key = self.current()
        if _is_consent_screen(key) and not self._check_consent(int(key[len("consent"):])):
            return
        if _is_consent_screen(key) and self._changing:
            self._show("consent_summary")  # changed from the summary: straight back to it
            return
        if key == "voice":
            self.controller.audio.stop()  # a take still running is kept
        if key == "questions" and not self._check_questions():
            return
        order = self._order()
        i = order.index(key)
        if i + 1 < len(order):
            self._show(order[i + 1])

    # -- checks ----------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """Everything the witness answered, as the form's answer object (without voice/files)."""
        consent: dict[str, Any] = dict(self._consent_filled)
        for view in self.consent_views:
            consent.update(view.answers())
        out = self.form_view.answers() if self.form_view is not None else {}
        out["consent"] = consent
        return out

    def _check_consent(self, n: int) -> bool:
        if not self._consent_filled or n == len(self.consent_views) - 1 or self._changing:
            self._consent_filled = self.controller.consent_app_values()  # "given at": now
        view = self.consent_views[n]
        ids = {f.id for f in view.spec.fields}
        problems: dict[str, list[str]] = {}
        for path, messages in self.controller.problems(self.answers()).items():
            if path.startswith("consent."):
                rest = path[len("consent."):]
                if rest.split(".")[0].split("[")[0] in ids:
                    problems[rest] = messages
        view.show_problems(problems)
        return not problems

    def _check_questions(self) -> bool:
        assert self.form_view is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        problems = {p: m for p, m in self.controller.problems(self.answers()).items() if not p.startswith("consent")}
        self.form_view.show_problems(problems)
        return not problems

    # -- summary and send ------------------------------------------------------------------
    def _fill_summary(self) -> None:
        lang = i18n.current()
        choices, testimony = self.tr("Your choices"), self.tr("Your testimony")
        rows: list[str] = [f"<h3>{html.escape(choices)}</h3>", *self._consent_rows()]
        rows.append(f"<h3>{html.escape(testimony)}</h3>")
        answers = self.form_view.answers() if self.form_view is not None else {}
        if self.form_view is not None:
            for spec in self.form_view.spec.fields:
                if spec.id in answers:
                    rows.append(self._row(spec, answers[spec.id], lang))
        takes = 0 if self.controller.voice_skipped() else len(self.controller.audio.takes)
        rows.append("<p>" + html.escape(self.tr("Recordings: {0}").format(takes)) + "</p>")
        for code in sorted(self.controller.skipped):
            rows.append("<p><b>" + html.escape(self.tr("Skipped: {0}").format(self.controller.section_label(code, lang)))
                        + "</b><br>" + html.escape(self.tr(
                            "You chose to skip this part. The archive will see that it was skipped.")) + "</p>")
        rows.append("<p>" + html.escape(self.tr("Photos or documents: {0}").format(len(self.controller.attachments)))
                    + "</p>")
        self.summary.setText("".join(rows))

    def _consent_rows(self) -> list[str]:
        lang = i18n.current()
        consent = self.answers()["consent"]
        return [row for view in self.consent_views for row in self._screen_rows(view, consent, lang)]

    def _screen_rows(self, view: FormView, consent: Mapping[str, Any], lang: str) -> list[str]:
        """One consent screen's answers as summary rows (the questions shown and answered)."""
        return [self._row(spec, consent[spec.id], lang) for spec in view.spec.fields
                if view.is_shown(spec.id) and spec.id in consent]

    def _row(self, spec: form_model.FieldSpec, value: Any, lang: str) -> str:
        return f"<p><b>{html.escape(spec.label(lang))}</b><br>{html.escape(self._shown_value(spec, value, lang))}</p>"

    def _shown_value(self, spec: form_model.FieldSpec, value: Any, lang: str) -> str:
        labels = {o.code: o.label(lang) for o in spec.options}
        if spec.type == "consent" and isinstance(value, Mapping):
            return self.tr("Yes, I agree") if value.get("agreed") else self.tr("No")
        if isinstance(value, Mapping) and "code" in value:
            return f"{labels.get(str(value['code']), str(value['code']))}: {value.get('text', '')}"
        if isinstance(value, list):
            return ", ".join(self._shown_value(spec, v, lang) for v in value)
        if isinstance(value, str):
            text = labels.get(value, value)
            return text if len(text) <= 300 else text[:300] + "…"
        return str(value)

    def _send(self) -> None:
        self.send_error.clear()
        problems = self.controller.problems(self.answers())
        if problems:  # each screen checked its own questions: this is a fault of the app, said plainly
            self.send_error.setText("\n".join(m for ms in problems.values() for m in ms))
            return
        try:
            self.controller.set_connection(self.witness_blocked.isChecked(),
                                           self.witness_bridges.toPlainText().splitlines())
        except handled_types() as exc:
            self.send_error.setText(error_text(exc))
            return
        self.send_button.setEnabled(False)
        self._sending = True
        self._update_nav()
        self.connect_log.clear()
        task = self.controller.submit(self.answers())
        task.status.connect(self._connect_step)
        self.progress.follow(task, self.tr("Sealing and sending…"))
        task.done.connect(self._sent)
        task.error.connect(self._failed)

    def _sent(self, result: Any) -> None:
        self._sending = False
        self.code = str(result.code)
        self.receipt_code.setText(self.code)
        self._drop_answers()
        self._show("receipt")

    def _failed(self, exc: BaseException) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self._update_nav()
        self.send_error.setText(error_text(exc))

    def _check_typed_code(self, text: str) -> None:
        typed = normalise_code(text)
        wanted = normalise_code(self.code)[-4:]
        ok = bool(wanted) and typed == wanted
        self.finish_button.setEnabled(ok)
        self.confirm_problem.setText("" if ok or len(typed) < 4 else
                                     self.tr("That is not the end of the code. Please look again."))
        if ok:
            self.finish_button.setFocus()

    # -- idle and leaving --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            if self.grace.isActive():
                self._still_here()  # someone is there
            elif self.idle.isActive():
                self.idle.start()
        return False

    def _idle_timeout(self) -> None:
        if self.controller.recording or self._sending or self._busy:
            self.idle.start()  # a witness speaking touches nothing; a send must finish
            return
        self._warn_idle()

    def _warn_idle(self) -> None:
        seconds = max(1, round(self.grace.interval() / 1000))
        self.idle_warning_text.setText(self.tr(
            "Are you still there? The receipt code is shown only until you finish and is not stored anywhere. "
            "If nobody continues within {0} seconds, it is cleared, for your safety.").format(seconds)
            if self.current() == "receipt" else self.tr(
            "Are you still there? Your answers are kept only in this computer's memory. If nobody continues "
            "within {0} seconds, everything you entered is cleared, for your safety.").format(seconds))
        self.idle_warning.show()
        self.idle_continue.setFocus()
        self.grace.start()

    def _still_here(self) -> None:
        self.grace.stop()
        self.idle_warning.hide()
        self.idle.start()

    def _grace_over(self) -> None:
        if self.controller.recording or self._sending or self._busy:
            self._still_here()
            return
        self.finish()

    def _drop_answers(self) -> None:
        for view in [*self.consent_views, self.form_view]:
            if view is not None:  # the answers leave memory with their widgets; an empty page keeps its place
                index = self.pages.indexOf(view)
                if index >= 0:
                    self.pages.insertWidget(index, QWidget())
                    self.pages.removeWidget(view)
                view.deleteLater()
        self.consent_views, self.form_view = [], None
        self._consent_filled = {}
        self.confirm_phrase.clear()
        for label in self.choice_texts:
            label.clear()
        self.files.set_items([])
        self.summary.clear()
        self.controller.forget()

    def finish(self) -> None:
        """Clear everything; the main window then locks (or shows the first screen)."""
        if self._closed:
            return
        self._closed = True
        self.idle.stop()
        self.grace.stop()
        self._drop_answers()
        self.code = ""
        self.receipt_code.clear()
        self.confirm_code.clear()
        self.closed.emit()

    def shutdown(self) -> None:
        self.idle.stop()
        self.grace.stop()
        app_instance = QApplication.instance()
        if app_instance is not None:
            app_instance.removeEventFilter(self)
        self._drop_answers()

    def retranslate(self) -> None:
        self.lang_heading.setText(self.tr("Which language would you like to use?"))
        self.idle_continue.setText(self.tr("&Continue"))
        self.demo_banner.setText(self.tr("DEMO — not for real testimony"))
        self.leave_button.setText(self.tr("&Leave without sending"))
        self.back_button.setText(self.tr("← &Back"))
        self.archive_heading.setText(self.tr("Which archive will receive your testimony?"))
        self.archive_text.setText(self.tr(
            "This computer was prepared for witnesses with the archive below. Compare its fingerprint with "
            "the one the archive published in another place (its website, a printed card): only continue if "
            "every character matches. If it does not, do not continue: open the archive's own profile file "
            "instead.") if self.controller.setup.confirm_fingerprint else self.tr(
            "Open the profile file the archive published. Then compare its fingerprint with the one the archive "
            "published in another place (its website, a printed card): only continue if every character "
            "matches. Nothing about your choice is kept on this computer."))
        self.archive_open.setText(self.tr("&Open the archive's profile file…"))
        self.archive_demo.setText(self.tr("Use the &demo archive (not for real testimony)"))
        info = self.controller.setup.info
        if info is not None:
            self.archive_name.setText(self.tr("The local demo archive on this computer (not for real testimony)")
                                      if info.demo else info.name)
            self.archive_fpr.setText(self.tr("Fingerprint: {0}").format(info.fingerprint))
        self.archive_confirm.setText(self.tr("The fingerprint matches the one the archive published"))
        self.explain_heading.setText(self.tr("Before you begin"))
        self.explain.setText(self.tr(
            "<p>This lets you give your own testimony about 1989 to the archive.</p>"
            "<p><b>What happens:</b> you answer a few questions about your consent, then tell what you saw or "
            "know, by speaking or in writing, and may add photos or documents. Your testimony is locked "
            "(encrypted) on this computer and sent through Tor, so that people who watch the network cannot "
            "read it or easily see where it goes.</p>"
            "<p><b>The risks:</b> no method is perfectly safe. If someone is watching this computer itself "
            "(for example with hidden software or a camera), they could see what you type. If you type Chinese "
            "with an input method, turn off its cloud or online suggestions: otherwise what you type may be sent "
            "to the input method company's servers. Your name and "
            "how to reach you are kept apart from your story, and only a few people at the archive can "
            "put them together. The archive may be required by law to hand over information; it cannot "
            "promise absolute confidentiality.</p>"
            "<p><b>Your choice:</b> you decide what to share and how it may be used. You may stop at any "
            "time before sending with \"Leave without sending\"; then nothing is kept.</p>"
            "<p>Some questions are about violence. You may skip any question you do not want to answer.</p>"
            "<p>After sending you get a <b>receipt code</b>. Write it down: with it you can later ask the "
            "archive about your testimony. Nothing stays on this computer afterwards.</p>"))
        for heading, text, skip, go_on in self.warnings.values():
            heading.setText(self.tr("The next part is about what happened"))
            text.setText(self.tr(
                "<p>The next questions ask what you saw or lived through. Remembering it may be painful: it may "
                "be about violence, injuries, deaths, arrests or detention.</p>"
                "<p>You decide. You may <b>skip this part</b>: you can still send the rest of your testimony, "
                "and the archive will see that you chose to skip it. You may also take a pause, or stop at any "
                "time with \"Leave without sending\"; then nothing is kept.</p>"
                "<p>If nobody touches the computer for a few minutes, it asks whether you are still there; "
                "if nobody answers, everything you entered is cleared, for your safety.</p>"))
            skip.setText(self.tr("&Skip this part"))
            go_on.setText(self.tr("&Continue with this part"))
        self.choices_heading.setText(self.tr("Your choices"))
        self.choices_intro.setText(self.tr(
            "Please read your choices. To change one, press \"Change\" beside it; you come back here afterwards."))
        for n, button in enumerate(self.change_buttons):
            button.setText(self.tr("Change"))
            button.setAccessibleName(self.tr("Change: {0}").format(self._consent_title(self.consent_keys[n])))
        self.confirm_phrase_label.setText(self.tr(
            "If these are your choices, type \"{0}\" here to confirm them (not your name):").format(self._phrase()))
        self.confirm_phrase.setAccessibleName(self.tr("Confirmation phrase"))
        self.voice_heading.setText(self.tr("Your voice (if you wish)"))
        self.voice_text.setText(self.tr(
            "You can speak instead of writing, or as well. Press Record and talk; press Stop when you are "
            "done. The recording stays only in this computer's memory until it is sent. Your voice can "
            "identify you: the archive treats it as sensitive. To write only, just press Next."))
        self.files_heading.setText(self.tr("Photos or documents (if you wish)"))
        self.files_remove.setText(self.tr("&Remove the chosen file"))
        self.review_heading.setText(self.tr("Please check before sending"))
        demo = self.controller.setup.is_demo
        self.send_text.setText(
            self.tr("This is the demo archive on this computer: your answers are sent directly, without Tor. "
                    "Do not use it for real testimony.") if demo else
            self.tr("Your testimony will be sealed and sent through Tor. This can take a few minutes; please "
                    "keep the computer on."))
        self.send_button.setText(self.tr("&Send my testimony"))
        self.connection_box.setTitle(self.tr("If Tor is blocked where you are"))
        self.witness_blocked.setText(self.tr("Tor is &blocked where I am: never connect without a bridge"))
        saved = len(self.controller.setup.bridges)
        self.witness_bridges_text.setText(
            (self.tr("The bridges saved on this computer ({0}) will be tried. ").format(saved) if saved else "")
            + self.tr("If someone you trust gave you bridge lines, paste them here, one per line, or open a "
                      "picture of their QR code. They are used for this sending only and not kept."))
        self.witness_bridges.setAccessibleName(self.tr("Bridge lines"))
        self.witness_qr.setText(self.tr("Open a &QR code picture…"))
        self.connect_log.setAccessibleName(self.tr("What the connection assistant is doing"))
        self.receipt_heading.setText(self.tr("Sent. Thank you."))
        self.receipt_text.setText(self.tr(
            "This is your receipt code. Please write it down now: it is not stored on this computer. With it "
            "you (or someone you trust) can ask the archive whether your testimony arrived, and change or "
            "withdraw your consent. It does not show what you said and does not contain your name, but "
            "anyone who finds it can tell that you gave testimony: keep it somewhere safe, or learn it by "
            "heart. When you press Finish, everything you entered is cleared."))
        self.receipt_code.setAccessibleName(self.tr("Receipt code"))
        self.confirm_label.setText(self.tr("Type the &last 4 characters of the code:"))
        self.confirm_code.setAccessibleName(self.tr("Last 4 characters of the receipt code"))
        self.finish_button.setText(self.tr("&Finish"))
        self.cannot_write.setText(self.tr("I cannot write it down — finish without the code"))
        self._update_nav()
