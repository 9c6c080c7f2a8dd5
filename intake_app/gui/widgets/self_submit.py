# SPDX-License-Identifier: GPL-3.0-or-later
"""Self-submission: a calm, guided wizard for one witness on their own.

Language → what this is and the risks, in plain words → a few questions (with consent) → send →
the receipt code to write down. Answers live only in these widgets until sent; "Finish" (and
locking) clears them. Nothing stays on the machine afterwards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import handled_types
from intake_app.gui.controllers.app import AppController
from intake_app.gui.controllers.self_submit import SelfSubmitController
from intake_app.gui.keyboard import focus_first
from intake_app.gui.widgets.common import (
    Retranslating,
    TaskProgress,
    error_text,
    readable,
    scrolling,
    show_error,
)
from intake_app.gui.widgets.first_run import LANGUAGE_NAMES
from intake_app.gui.widgets.form_view import FormView
from intake_app.gui.widgets.recording import RecordingPanel


def _page(body: QWidget, nav: QHBoxLayout | None = None) -> QWidget:
    """A wizard page: its content scrolls when the window is small (1024x600, long Chinese text),
    in a readable column; the Back / Next row stays in view below it."""
    page = QWidget()
    v = QVBoxLayout(page)
    v.setContentsMargins(0, 0, 0, 0)
    v.addWidget(scrolling(readable(body)), 1)
    if nav is not None:
        v.addLayout(nav)
    return page


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


class SelfSubmitWizard(Retranslating):
    """Signals: closed() when the witness finished or left."""

    closed = Signal()

    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.controller = SelfSubmitController(app)
        self.pages = QStackedWidget()
        self.form_view: FormView | None = None
        self.code = ""
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        # Each new page starts with the focus on its first control (not on the page before's button).
        self.pages.currentChanged.connect(lambda i: focus_first(self.pages.widget(i)))
        self._build_language()
        self._build_explain()
        self._build_voice()
        self._build_form_page()
        self._build_send()
        self._build_receipt()
        self.retranslate()

    # -- pages ------------------------------------------------------------------------------
    def _build_language(self) -> None:
        body = QWidget()
        v = QVBoxLayout(body)
        self.lang_heading = _label("heading")
        v.addStretch(1)
        v.addWidget(self.lang_heading)
        self.lang_buttons = {}
        for lang, name in LANGUAGE_NAMES.items():
            b = QPushButton(name)
            b.setObjectName(f"self_lang_{lang}")
            b.setMinimumHeight(52)
            b.setAccessibleName(name)
            b.clicked.connect(lambda _=False, code=lang: self._language(code))
            self.lang_buttons[lang] = b
            v.addWidget(b)
        v.addStretch(2)
        self.pages.addWidget(_page(body))

    def _language(self, lang: str) -> None:
        self.app.set_language(lang, persist=False)
        self.pages.setCurrentIndex(1)

    def _build_explain(self) -> None:
        body = QWidget()
        v = QVBoxLayout(body)
        self.explain_heading = _label("heading")
        self.explain = _label("explainText")
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain_next = QPushButton()
        self.explain_next.setObjectName("explainNext")
        self.explain_next.clicked.connect(lambda: self.pages.setCurrentIndex(2))
        self.explain_leave = QPushButton()
        self.explain_leave.clicked.connect(self.finish)
        row = QHBoxLayout()
        row.addWidget(self.explain_leave)
        row.addStretch(1)
        row.addWidget(self.explain_next)
        v.addWidget(self.explain_heading)
        v.addWidget(self.explain)
        v.addStretch(1)  # extra height goes below the text, not into a gap under the heading
        self.pages.addWidget(_page(body, row))

    def _build_voice(self) -> None:
        body = QWidget()
        v = QVBoxLayout(body)
        self.voice_heading = _label("heading")
        self.voice_text = _label()
        self.voice = RecordingPanel()
        self.voice.setObjectName("selfVoice")
        self.controller.audio.bind(self.voice)
        self.voice_next = QPushButton()
        self.voice_next.setObjectName("voiceNext")
        self.voice_next.clicked.connect(self._open_form)
        self.voice_back = QPushButton()
        self.voice_back.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        row = QHBoxLayout()
        row.addWidget(self.voice_back)
        row.addStretch(1)
        row.addWidget(self.voice_next)
        v.addWidget(self.voice_heading)
        v.addWidget(self.voice_text)
        v.addWidget(self.voice, 1)
        self.pages.addWidget(_page(body, row))

    def _build_form_page(self) -> None:
        self.form_page = QWidget()
        self.form_layout = QVBoxLayout(self.form_page)
        self.form_message = _label("inlineError")
        self.form_next = QPushButton()
        self.form_next.setObjectName("formNext")
        self.form_next.clicked.connect(self._check_form)
        self.form_back = QPushButton()
        self.form_back.clicked.connect(lambda: self.pages.setCurrentIndex(2))
        row = QHBoxLayout()
        row.addWidget(self.form_back)
        row.addStretch(1)
        row.addWidget(self.form_next)
        self.form_layout.addWidget(self.form_message)
        self.form_layout.addLayout(row)
        self.pages.addWidget(self.form_page)

    def _build_send(self) -> None:
        body = QWidget()
        v = QVBoxLayout(body)
        self.send_heading = _label("heading")
        self.send_text = _label()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendNow")
        self.send_button.setMinimumHeight(48)
        self.send_button.clicked.connect(self._send)
        self.send_back = QPushButton()
        self.send_back.clicked.connect(lambda: self.pages.setCurrentIndex(3))
        self.progress = TaskProgress()
        self.send_error = _label("inlineError")
        row = QHBoxLayout()
        row.addWidget(self.send_back)
        row.addStretch(1)
        row.addWidget(self.send_button)
        v.addStretch(1)
        for w in (self.send_heading, self.send_text, self.progress, self.send_error):
            v.addWidget(w)
        v.addLayout(row)
        v.addStretch(2)
        self.pages.addWidget(_page(body))

    def _build_receipt(self) -> None:
        body = QWidget()
        v = QVBoxLayout(body)
        self.receipt_heading = _label("heading")
        self.receipt_code = _label("receiptCode", wrap=False)
        self.receipt_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.receipt_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_text = _label()
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishButton")
        self.finish_button.clicked.connect(self.finish)
        v.addStretch(1)
        for w in (self.receipt_heading, self.receipt_code, self.receipt_text):
            v.addWidget(w)
        v.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        v.addStretch(2)
        self.pages.addWidget(_page(body))

    # -- flow ------------------------------------------------------------------------------
    def _show_form(self) -> None:
        if self.form_view is None:
            try:
                spec = self.controller.form()
            except handled_types() as exc:
                show_error(self, exc)
                return
            self.form_view = FormView(spec)
            self.form_view.set_app_values(*self.controller.app_values())
            self.form_view.setObjectName("selfForm")
            self.form_layout.insertWidget(0, self.form_view, 1)
        self.pages.setCurrentIndex(3)

    def _check_form(self) -> None:
        assert self.form_view is not None
        answers = self.form_view.answers()
        problems = self.controller.problems(answers)
        self.form_view.show_problems(problems)
        if problems:
            self.form_message.setText(self.tr("Please look at the answers marked in red. Nothing you typed was lost."))
            return
        self.form_message.clear()
        self.pages.setCurrentIndex(4)

    def _open_form(self) -> None:
        self.controller.audio.stop()  # a take still running is kept
        self._show_form()

    def _send(self) -> None:
        assert self.form_view is not None
        self.send_error.clear()
        self.send_button.setEnabled(False)
        task = self.controller.submit(self.form_view.answers())
        self.progress.follow(task, self.tr("Sealing and sending…"))
        task.done.connect(self._sent)
        task.error.connect(self._failed)

    def _sent(self, result: Any) -> None:
        self.code = str(result.code)
        self.receipt_code.setText(self.code)
        self._drop_answers()
        self.pages.setCurrentIndex(5)
        self.finish_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.send_error.setText(error_text(exc))

    def _drop_answers(self) -> None:
        if self.form_view is not None:
            self.form_layout.removeWidget(self.form_view)
            self.form_view.deleteLater()
            self.form_view = None
        self.controller.forget()

    def finish(self) -> None:
        """Clear everything and go back to the start screen."""
        self._drop_answers()
        self.code = ""
        self.receipt_code.clear()
        self.closed.emit()

    def shutdown(self) -> None:
        self._drop_answers()

    def retranslate(self) -> None:
        self.lang_heading.setText(self.tr("Which language would you like to use?"))
        self.explain_heading.setText(self.tr("Before you begin"))
        self.explain.setText(self.tr(
            "<p>This lets you give your own testimony about 1989 to the archive.</p>"
            "<p><b>What happens:</b> you answer a few questions and tell what you saw or know, in writing. "
            "Your answers are locked (encrypted) on this computer and sent through Tor, so that people who "
            "watch the network cannot read them or easily see where they go.</p>"
            "<p><b>The risks:</b> no method is perfectly safe. If someone is watching this computer itself "
            "(for example with hidden software or a camera), they could see what you type. Your name and "
            "how to reach you are kept apart from your story, and only a few people at the archive can "
            "put them together. The archive may be required by law to hand over information; it cannot "
            "promise absolute confidentiality.</p>"
            "<p><b>Your choice:</b> you decide what to share and how it may be used. You may stop at any "
            "time before sending; nothing is kept.</p>"
            "<p>After sending you get a <b>receipt code</b>. Write it down: with it you can later ask the "
            "archive about your testimony. Nothing stays on this computer afterwards.</p>"))
        self.explain_next.setText(self.tr("I understand — &continue"))
        self.explain_leave.setText(self.tr("&Leave without sending"))
        self.voice_heading.setText(self.tr("Your voice (if you wish)"))
        self.voice_text.setText(self.tr(
            "You can speak instead of writing, or as well. Press Record and talk; press Stop when you are "
            "done. The recording stays only in this computer's memory until it is sent. Your voice can "
            "identify you: the archive treats it as sensitive. To write only, just press Next."))
        self.voice_next.setText(self.tr("&Next →"))
        self.voice_back.setText(self.tr("← &Back"))
        self.form_next.setText(self.tr("&Next →"))
        self.form_back.setText(self.tr("← &Back"))
        self.send_heading.setText(self.tr("Ready to send"))
        demo = self.controller.transport.is_demo
        self.send_text.setText(
            self.tr("This is the demo archive on this computer: your answers are sent directly, without Tor. "
                    "Do not use it for real testimony.") if demo else
            self.tr("Your testimony will be sealed and sent through Tor. This can take a few minutes; please "
                    "keep the computer on."))
        self.send_button.setText(self.tr("&Send my testimony"))
        self.send_back.setText(self.tr("← &Back"))
        self.receipt_heading.setText(self.tr("Sent. Thank you."))
        self.receipt_text.setText(self.tr(
            "This is your receipt code. Please write it down now and keep it somewhere safe: it is not stored on "
            "this computer. When you press Finish, everything you entered is cleared."))
        self.receipt_code.setAccessibleName(self.tr("Receipt code"))
        self.finish_button.setText(self.tr("&Finish"))
