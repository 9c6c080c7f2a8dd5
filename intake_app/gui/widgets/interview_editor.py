# SPDX-License-Identifier: GPL-3.0-or-later
"""One interview, step by step: session record → consent → identity → testimony forms →
recording → attachments → finalise.

Rules the widget enforces on screen (the controller enforces them again before writing):
nobody gets past consent without a valid consent; the identity step, once sealed, shows only
"sealed" (the answers are gone from this machine's reach); every step is saved when leaving it,
so nothing typed is lost. Validation problems appear inline, in the current language.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app import i18n
from intake_app.gui.controllers.form_model import FieldSpec
from intake_app.gui.controllers.interviews import InterviewsController, Step
from intake_app.gui.widgets.attachments import AttachmentsPanel
from intake_app.gui.widgets.common import Retranslating, TaskProgress, show_error
from intake_app.gui.widgets.form_view import FormView, MediaDone
from intake_app.gui.widgets.recording import RecordingPanel


class _StepMedia:
    """Recordings and files answered inside a step's form (verbal consent, a signature): the
    form's own controls record into, and attach to, this interview's encrypted store."""

    def __init__(self, editor: InterviewEditor, step: Step) -> None:
        self.editor, self.step = editor, step

    def recorder(self, path: str, spec: FieldSpec, done: MediaDone) -> RecordingPanel:
        panel = RecordingPanel(compact=True)
        panel.setObjectName(f"recorder_{spec.id}")
        audio = self.editor.controller.field_audio(self.editor.interview_id, f"{self.step.field_id}.{path}")
        audio.bind(panel, self.editor.interview_id)

        def taken(value: dict[str, Any]) -> None:
            if shiboken6.isValid(panel):
                done(value)

        audio.taken.connect(taken)
        return panel

    def attach(self, path: str, spec: FieldSpec, file: str, done: MediaDone) -> None:
        editor = self.editor
        task = editor.controller.add_field_attachment(editor.interview_id, file)
        editor.progress.follow(task, InterviewEditor.tr("Adding files to the encrypted store…"))
        task.done.connect(lambda value: done(value) if shiboken6.isValid(editor) else None)
        task.error.connect(lambda exc: show_error(editor, exc) if shiboken6.isValid(editor) else None)


class _Sealed(Retranslating):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setObjectName("sealedNote")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Identity: sealed.\n\nThe witness's identity was encrypted for the archive's "
                                   "identity custodians. This computer can no longer read it."))


class _Finalise(Retranslating):
    finalise = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("inlineError")
        self.problems.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("finaliseButton")
        self.button.clicked.connect(self.finalise.emit)
        v = QVBoxLayout(self)
        v.addWidget(self.text)
        v.addWidget(self.problems)
        v.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        v.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr(
            "Finalising seals everything in this interview into one encrypted bundle for the archive and puts "
            "it in the outbox. After that it can no longer be changed."))
        self.button.setText(self.tr("&Finalise and put in the outbox"))


class InterviewEditor(Retranslating):
    """Signals: finished() when the interview went to the outbox or the person closed it."""

    finished = Signal()

    def __init__(self, controller: InterviewsController, interview_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.interview_id = interview_id
        self.steps: list[Step] = controller.steps()
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setFixedWidth(300)
        self.pages = QStackedWidget()
        self.views: dict[int, QWidget] = {}
        self.back, self.next, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.next.setObjectName("nextStep")
        self.back.setObjectName("previousStep")
        self.close_button.setObjectName("closeInterview")
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.progress = TaskProgress()
        for _ in self.steps:
            self.step_list.addItem("")
        nav = QHBoxLayout()
        nav.addWidget(self.close_button)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.message)
        right.addWidget(self.progress)
        right.addLayout(nav)
        row = QHBoxLayout(self)
        row.addWidget(self.step_list)
        row.addLayout(right, 1)
        self.current = -1
        self.step_list.currentRowChanged.connect(self._step_clicked)
        self.back.clicked.connect(lambda: self.go(self.current - 1))
        self.next.clicked.connect(lambda: self.go(self.current + 1))
        self.close_button.clicked.connect(self._close)
        self.retranslate()
        self.go(0)

    # -- steps --------------------------------------------------------------------------
    def _build(self, index: int) -> QWidget:
        step = self.steps[index]
        page: QWidget
        if step.kind == "identity" and self.controller.identity_sealed(self.interview_id):
            page = _Sealed()
        elif step.form is not None:
            view = FormView(step.form, media=_StepMedia(self, step))
            view.set_answers(self.controller.answers(self.interview_id, step))
            view.set_app_values(*self.controller.app_values(step))
            view.set_sealed(self.controller.sealed_fields(self.interview_id, step))
            page = view
        elif step.kind == "recording":
            panel = RecordingPanel()
            self.controller.audio.bind(panel, self.interview_id)
            page = panel
        elif step.kind == "attachments":
            att = AttachmentsPanel()
            att.set_items(self.controller.attachment_names(self.interview_id))
            att.files_dropped.connect(self._attach)
            self.attachments_panel = att
            page = att
        else:
            fin = _Finalise()
            fin.finalise.connect(self._finalise)
            page = fin
        self.views[index] = page
        self.pages.addWidget(page)
        return page

    def _step_clicked(self, row: int) -> None:
        if row != self.current:
            self.go(row)

    def go(self, index: int) -> bool:
        """Save the current step, check the gate (consent), then show step ``index``."""
        if not 0 <= index < len(self.steps):
            return False
        if self.current >= 0 and not self._leave(forward=index > self.current):
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(self.current)
            self.step_list.blockSignals(False)
            return False
        consent = next((i for i, s in enumerate(self.steps) if s.kind == "consent"), None)
        if consent is not None and index > consent and not self._consent_given(consent):
            # Jumping ahead from the step list does not skip consent either.
            index = consent
            self.message.setText(self._consent_needed())
        page = self.views.get(index) or self._build(index)
        self.current = index
        self.pages.setCurrentWidget(page)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.steps) - 1)
        self.retranslate()
        return True

    def _consent_needed(self) -> str:
        return self.tr(
            "Consent is needed before going on. Read the consent text with the witness and, if they agree, tick "
            "the boxes. Verbal consent: record it with \"Record\" under \"Recorded consent\" on this page. Written "
            "consent: add a photo or scan of the signed page under \"Signature\" on this page.")

    def _consent_given(self, index: int) -> bool:
        view = self.views.get(index)
        step = self.steps[index]
        if isinstance(view, FormView):
            return self.controller.consent_ok(view.answers(), view.sealed_ids())
        return self.controller.consent_ok(self.controller.answers(self.interview_id, step),
                                          self.controller.sealed_fields(self.interview_id, step))

    def _leave(self, forward: bool) -> bool:
        step = self.steps[self.current]
        view = self.views.get(self.current)
        self.message.clear()
        if not isinstance(view, FormView):
            return True
        answers = view.answers()
        problems = self.controller.problems(step, answers, view.sealed_ids())
        view.show_problems(problems)
        if step.kind == "identity":
            if not answers:
                return True
            if problems and forward:
                self.message.setText(self.tr("Please correct the marked answers before sealing the identity."))
                return False
            return self._seal_identity(view, answers) if forward else self._save(step, answers)
        if step.kind == "consent" and forward:
            ok = self.controller.consent_ok(answers, view.sealed_ids())
            if problems or not ok:
                self._save(step, answers)
                self.message.setText(self._consent_needed())
                return False
        return self._save(step, answers)

    def _save(self, step: Step, answers: dict[str, Any]) -> bool:
        try:
            self.controller.save(self.interview_id, step, answers)
        except self.controller.errors() as exc:
            show_error(self, exc)
            return False
        view = self.views.get(self.steps.index(step))
        if isinstance(view, FormView):
            view.set_sealed(self.controller.sealed_fields(self.interview_id, step))
        return True

    def _seal_identity(self, view: FormView, answers: dict[str, Any]) -> bool:
        try:
            self.controller.seal_identity(self.interview_id, answers)
        except self.controller.errors() as exc:
            show_error(self, exc)
            return False
        # Replace the form by the "sealed" note: the answers leave the screen and memory.
        index = self.current
        self.pages.removeWidget(view)
        view.deleteLater()
        sealed = _Sealed()
        self.views[index] = sealed
        self.pages.addWidget(sealed)
        return True

    def save_all(self) -> None:
        """Save the open step (called before the app locks)."""
        view = self.views.get(self.current)
        if isinstance(view, FormView) and self.steps[self.current].kind != "identity":
            self._save(self.steps[self.current], view.answers())

    def _attach(self, paths: list[str]) -> None:
        task = self.controller.add_attachments(self.interview_id, paths)
        self.progress.follow(task, self.tr("Adding files to the encrypted store…"))
        task.done.connect(lambda _r: self.attachments_panel.set_items(self.controller.attachment_names(self.interview_id)))
        task.error.connect(lambda exc: show_error(self, exc))

    def _finalise(self) -> None:
        for index, view in self.views.items():
            if isinstance(view, FormView) and self.steps[index].kind != "identity":
                self._save(self.steps[index], view.answers())
        task = self.controller.finalise(self.interview_id)
        self.progress.follow(task, self.tr("Sealing the bundle…"))
        task.done.connect(lambda _r: self.finished.emit())
        task.error.connect(self._finalise_failed)

    def _finalise_failed(self, exc: BaseException) -> None:
        problems = getattr(exc, "problems", None)
        if problems:
            self.message.setText(self.tr("Some answers need attention before finalising:") + "\n" + "\n".join(
                str(p.message(i18n.current())) if hasattr(p, "message") else str(p) for p in problems[:8]))
        show_error(self, exc)

    def _close(self) -> None:
        if self._leave(forward=False):
            self.finished.emit()

    def shutdown(self) -> None:
        self.controller.audio.stop_all()
        self.controller.stop_field_audio()  # a consent take in progress is kept and answers its field
        self.save_all()
        self.controller.forget()

    def retranslate(self) -> None:
        lang = i18n.current()
        for i, step in enumerate(self.steps):
            item = self.step_list.item(i)
            title = step.title(lang)
            if step.kind == "identity" and self.controller.identity_sealed(self.interview_id):
                title = self.tr("{0} (sealed)").format(title)
            item.setText(f"{i + 1}. {title}")
        self.step_list.setAccessibleName(self.tr("Steps of this interview"))
        self.back.setText(self.tr("← &Back"))
        self.next.setText(self.tr("&Next →"))
        self.close_button.setText(self.tr("Save and &close"))
