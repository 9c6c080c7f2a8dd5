# SPDX-License-Identifier: GPL-3.0-or-later
"""One interview, step by step: session record → consent → identity → testimony forms →
recording → attachments → finalise.

Rules the widget enforces on screen (the controller enforces them again before writing):
nobody gets past consent without a valid consent; the identity step, once sealed, shows only
"sealed" (the answers are gone from this machine's reach); every step is saved when leaving it,
so nothing typed is lost. Validation problems appear inline, in the current language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.form_model import FieldSpec
from intake_app.gui.controllers.interviews import InterviewsController, Step
from intake_app.gui.widgets.attachments import AttachmentsPanel
from intake_app.gui.widgets.common import Retranslating, TaskProgress, show_error
from intake_app.gui.widgets.form_view import FormView, MediaDone, first_focusable
from intake_app.gui.widgets.recording import RecordingPanel
from intake_app.text import i18n
from intake_app.text.errors import user_message

AUTOSAVE_MS = 1500


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

    def choices(self, path: str, spec: FieldSpec) -> list[tuple[Any, str, str]] | None:
        """Records a reference may name (the victims recorded so far, by number and name); None
        when ``path`` is no reference to records of this testimony."""
        return self.editor.controller.reference_choices(self.editor.interview_id, self.step, path)

    def source(self, path: str, spec: FieldSpec) -> str:
        """The step where the records a reference names are entered."""
        return self.editor.controller.reference_source(self.step, path)

    def attach(self, path: str, spec: FieldSpec, file: str, done: MediaDone) -> None:
        editor = self.editor
        task = editor.controller.add_field_attachment(editor.interview_id, file)
        editor.progress.follow(task, InterviewEditor.tr("Adding files to the encrypted store…"))
        task.done.connect(lambda value: done(value) if shiboken6.isValid(editor) else None)
        task.error.connect(lambda exc: show_error(editor, exc) if shiboken6.isValid(editor) else None)


class _Sealed(Retranslating):
    """What a sealed identity step shows instead of its form."""

    def __init__(self, title: Callable[[], str]) -> None:
        super().__init__()
        self._title = title
        self.label = QLabel()
        self.label.setObjectName("sealedNote")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("{0}: sealed.\n\nThese answers were encrypted for the archive's identity "
                                   "custodians. This computer can no longer read them.").format(self._title()))


class _Finalise(Retranslating):
    """Review before sealing: what will be sealed, and every answer that still needs attention;
    each problem opens its step at the question (click, or Enter on the list)."""

    finalise = Signal()
    jump = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setObjectName("inlineError")
        self.heading.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("reviewProblems")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(lambda item: self.jump.emit(self.problems.row(item)))
        self.problems.itemClicked.connect(lambda item: self.jump.emit(self.problems.row(item)))
        self.button = QPushButton()
        self.button.setObjectName("finaliseButton")
        self.button.clicked.connect(self.finalise.emit)
        v = QVBoxLayout(self)
        v.addWidget(self.text)
        v.addWidget(self.summary)
        v.addWidget(self.heading)
        v.addWidget(self.problems, 3)
        v.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        v.addStretch(1)
        self.set_problems([])
        self.retranslate()

    def set_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))
        self.heading.setVisible(bool(lines))
        self._count = len(lines)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr(
            "Finalising seals everything in this interview into one encrypted bundle for the archive and puts "
            "it in the outbox. After that it can no longer be changed."))
        self.heading.setText(self.tr("Answers that need attention before finalising ({0}). Click one, or "
                                     "press Enter on it, to go to the question.").format(getattr(self, "_count", 0)))
        self.problems.setAccessibleName(self.tr("Answers that need attention"))
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
        self.incomplete: dict[int, int] = {}  # step → answers that need attention (marked in the list)
        self.review: list[tuple[int, str, str, str]] = []
        self.anonymous = QCheckBox()
        self.anonymous.setObjectName("anonymousWitness")
        self.anonymous.toggled.connect(self._anonymous_toggled)
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
        # Drafts are saved while typing (debounced), into the encrypted store only: a lock, idle
        # or panic, loses at most the last moment (usability-review problem 11).
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self.step_list.currentRowChanged.connect(self._step_clicked)
        self.back.clicked.connect(lambda: self.go(self.current - 1))
        self.next.clicked.connect(lambda: self.go(self.current + 1))
        self.close_button.clicked.connect(self._close)
        self.retranslate()
        self.go(0)

    # -- steps --------------------------------------------------------------------------
    def _title(self, index: int) -> Callable[[], str]:
        return lambda: self.steps[index].title(i18n.current())

    def _build(self, index: int) -> QWidget:
        step = self.steps[index]
        page: QWidget
        if step.kind == "identity" and self.controller.identity_sealed(self.interview_id):
            page = _Sealed(self._title(index))
        elif step.form is not None:
            view = FormView(step.form, media=_StepMedia(self, step))
            view.set_answers(self.controller.answers(self.interview_id, step))
            view.set_app_values(*self.controller.app_values(step))
            view.set_sealed(self.controller.sealed_fields(self.interview_id, step))
            view.edited.connect(lambda i=index: self._edited(i))
            if step.kind == "identity":
                # An anonymous witness passes this step by saying so, not by leaving it blank.
                layout = view.layout()
                if isinstance(layout, QVBoxLayout):
                    layout.insertWidget(1, self.anonymous)
                view.fields.setEnabled(not self.anonymous.isChecked())
            if step.form.id == "session_record":
                code = self.controller.enrolled_code()
                if code is not None:  # from the archive's enrolment of this device, never typed
                    view.fix_value("interviewer_code", code)
                start = view.editor("start")
                if start is not None and start.get() is None and hasattr(start, "stamp_now"):
                    start.stamp_now()  # the interview starts now; the interviewer can correct it
            if step.kind != "identity":  # identity answers are sealed on leaving, never drafted
                view.edited.connect(self.autosave.start)
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
            fin.jump.connect(self._jump_to_problem)
            page = fin
        self.views[index] = page
        self.pages.addWidget(page)
        return page

    def _step_clicked(self, row: int) -> None:
        if row != self.current:
            self.go(row)

    def _sync_list(self) -> None:
        """The list shows the step on screen, and only it (also after a refused click)."""
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(self.current)
        self.step_list.clearSelection()
        item = self.step_list.item(self.current)
        if item is not None:
            item.setSelected(True)
        self.step_list.blockSignals(False)

    def go(self, index: int) -> bool:
        """Save the current step, check the gate (consent), then show step ``index``."""
        if not 0 <= index < len(self.steps):
            return False
        if self.current >= 0 and not self._leave(forward=index > self.current):
            self._sync_list()
            QTimer.singleShot(0, self, self._sync_list)  # a mouse press selects the clicked row after this
            return False
        consent = next((i for i, s in enumerate(self.steps) if s.kind == "consent"), None)
        if consent is not None and index > consent and not self._consent_given(consent):
            # Jumping ahead from the step list does not skip consent either.
            index = consent
            self.message.setText(self._consent_needed())
        page = self.views.get(index) or self._build(index)
        if isinstance(page, FormView):
            page.refresh_choices()  # victims added on their own step since this page was built
            if self.controller.identity_sealed(self.interview_id):
                for path in self.controller.position_targets(self.steps[index]):
                    page.keep_entries(path)  # the sealed identity names them by number
        self.current = index
        self.pages.setCurrentWidget(page)
        self._sync_list()
        QTimer.singleShot(0, self, self._sync_list)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.steps) - 1)
        if isinstance(page, _Finalise):
            self._stamp_end()
            self._refresh_review()
        self.retranslate()
        self._focus_page(page)
        return True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Opening an interview puts the keyboard on its first question too.
        QTimer.singleShot(0, self, self._focus_current)

    def _focus_current(self) -> None:
        self._focus_page(self.pages.currentWidget())

    def _focus_page(self, page: QWidget) -> None:
        """After a step change the keyboard is on the step's first question, not on Back."""
        if isinstance(page, FormView):
            if self.steps[self.current].kind == "identity" and self.anonymous.isChecked():
                self.anonymous.setFocus(Qt.FocusReason.TabFocusReason)
            elif not page.focus_first():
                self.next.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if isinstance(page, _Finalise):
            target: QWidget | None = page.problems if page.problems.count() else page.button
        else:
            target = first_focusable(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

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

    def _typed(self, view: FormView, answers: dict[str, Any]) -> dict[str, Any]:
        """What a person typed (not the references the app makes)."""
        made = {spec.id for spec in view.spec.fields if spec.app_made}
        return {k: v for k, v in answers.items() if k not in made}

    def _leave(self, forward: bool) -> bool:
        step = self.steps[self.current]
        view = self.views.get(self.current)
        self.message.clear()
        if not isinstance(view, FormView):
            return True
        answers = view.answers()
        if step.kind == "identity":
            if self.anonymous.isChecked():
                return True  # nothing recorded, nothing sealed
            if not self._typed(view, answers):
                if not forward:
                    return True
                self.message.setText(self.tr(
                    "Enter who the witness is, or tick \"The witness stays anonymous\" to go on without it."))
                return False
            problems = self.controller.problems(step, answers)
            view.show_problems(problems)
            if problems and forward:
                self.message.setText(self.tr("Please correct the marked answers before sealing the identity."))
                return False
            return self._seal_identity(view, answers) if forward else True
        problems = self.controller.problems(step, answers, self.interview_id, sealed=view.sealed_ids())
        view.show_problems(problems)
        if step.kind == "consent" and forward:
            ok = self.controller.consent_ok(answers, view.sealed_ids())
            if problems or not ok:
                self._save(step, answers)
                self.message.setText(self._consent_needed())
                return False
        self._mark(self.current, problems if self._typed(view, answers) else {})
        if problems and self._typed(view, answers):
            self.message.setText(self.tr(
                "\"{0}\" has {1} answer(s) to check; they are marked in red. You can go on and come back to it."
            ).format(step.title(i18n.current()), len(problems)))
        return self._save(step, answers)

    def _mark(self, index: int, problems: dict[str, list[str]]) -> None:
        if problems:
            self.incomplete[index] = len(problems)
        else:
            self.incomplete.pop(index, None)

    def _edited(self, index: int) -> None:
        """Red marks that no longer apply go away while typing (new ones wait for leaving the step)."""
        view = self.views.get(index)
        if not isinstance(view, FormView) or not view._problems or not self.controller.app.is_unlocked:
            return  # (drop-downs torn down after locking say "changed" too: nothing to check then)
        fresh = self.controller.problems(self.steps[index], view.answers(), self.interview_id)
        still = {k: v for k, v in fresh.items() if k in view._problems}
        if still != view._problems:
            view.show_problems(still)
            if index in self.incomplete:
                self._mark(index, still)
                self.retranslate()

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
        self.anonymous.setParent(None)
        self.pages.removeWidget(view)
        view.deleteLater()
        sealed = _Sealed(self._title(index))
        self.views[index] = sealed
        self.pages.addWidget(sealed)
        return True

    def _anonymous_toggled(self, on: bool) -> None:
        index = next((i for i, s in enumerate(self.steps) if s.kind == "identity"), None)
        view = self.views.get(index) if index is not None else None
        if isinstance(view, FormView):
            view.fields.setEnabled(not on)
            if on:
                view.show_problems({})
                self.message.clear()
        self.retranslate()

    def _stamp_end(self) -> None:
        """The interview ends when it is reviewed: its session end comes from the clock (correctable)."""
        index = next((i for i, s in enumerate(self.steps) if s.form is not None and s.form.id == "session_record"),
                     None)
        if index is None:
            return
        view = self.views.get(index) or self._build(index)
        end = view.editor("end") if isinstance(view, FormView) else None
        if end is not None and end.get() is None and hasattr(end, "stamp_now"):
            end.stamp_now()
            self._save(self.steps[index], view.answers())  # type: ignore[union-attr]

    def _autosave(self) -> None:
        """Save the open step's content as a draft (identity-class answers wait for the step
        change, where they are sealed); a failure says so beside the buttons."""
        view = self.views.get(self.current)
        step = self.steps[self.current] if self.current >= 0 else None
        if not isinstance(view, FormView) or step is None or step.kind == "identity":
            return
        try:
            self.controller.save_draft(self.interview_id, step, view.answers())
        except self.controller.errors() as exc:
            self.message.setText(self.tr("The draft could not be saved: {0}").format(user_message(exc)[0]))

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

    # -- review and finalise ------------------------------------------------------------------
    def _refresh_review(self) -> None:
        page = self.views.get(len(self.steps) - 1)
        if not isinstance(page, _Finalise):
            return
        try:
            self.review = self.controller.review(self.interview_id)
            summary = self.controller.seal_summary(self.interview_id)
        except self.controller.errors() as exc:
            show_error(self, exc)
            return
        lang = i18n.current()
        # The engine's messages name their question already ("Status: required").
        page.set_problems([f"{i + 1}. {self.steps[i].title(lang)} › "
                           + (message if label in message else f"{label}: {message}")
                           for i, _path, label, message in self.review])
        counts: dict[int, int] = {}
        for i, *_ in self.review:
            counts[i] = counts.get(i, 0) + 1
        self.incomplete = counts
        identity = next((i for i, s in enumerate(self.steps) if s.kind == "identity"), None)
        if identity is not None and self.controller.identity_sealed(self.interview_id):
            who = self.tr("the witness's identity, sealed for the identity custodians")
        elif self.anonymous.isChecked():
            who = self.tr("no identity (anonymous witness)")
        else:
            who = self.tr("no identity recorded")
        page.summary.setText(self.tr(
            "Will be sealed: {0} answered part(s), {1} recording(s), {2} attachment(s); {3}.").format(
            summary["parts"], summary["recordings"], summary["attachments"], who))

    def _jump_to_problem(self, row: int) -> None:
        if not 0 <= row < len(self.review):
            return
        index, path, *_ = self.review[row]
        if self.go(index):
            view = self.views.get(index)
            if isinstance(view, FormView):
                step = self.steps[index]
                view.show_problems(self.controller.problems(step, view.answers(), self.interview_id))
                view.focus_path(path)

    def _finalise(self) -> None:
        for index, view in self.views.items():
            if (isinstance(view, FormView) and self.steps[index].kind != "identity"
                    and not self._save(self.steps[index], view.answers())):
                return
        self._refresh_review()
        if self.review:
            self.message.setText(self.tr("Some answers need attention before finalising. They are listed above."))
            self.retranslate()
            return
        task = self.controller.finalise(self.interview_id)
        self.progress.follow(task, self.tr("Sealing the bundle…"))
        task.done.connect(lambda _r: self.finished.emit())
        task.error.connect(self._finalise_failed)

    def _finalise_failed(self, exc: BaseException) -> None:
        if getattr(exc, "problems", None):
            # The list, not a command-line hint: each problem leads to its question.
            self._refresh_review()
            self.message.setText(self.tr("Some answers need attention before finalising. They are listed above."))
            if self.review:
                self.retranslate()
                return
        show_error(self, exc)

    def _close(self) -> None:
        if self._leave(forward=False):
            self.finished.emit()

    def shutdown(self) -> None:
        self.autosave.stop()
        self.controller.audio.stop_all()
        self.controller.stop_field_audio()  # a consent take in progress is kept and answers its field
        self.save_all()
        self.controller.forget()

    def retranslate(self) -> None:
        lang = i18n.current()
        # A page dropped at lock may still get a language change before it is deleted.
        unlocked = self.controller.app.is_unlocked
        for i, step in enumerate(self.steps):
            item = self.step_list.item(i)
            title = step.title(lang)
            if unlocked and step.kind == "identity" and self.controller.identity_sealed(self.interview_id):
                title = self.tr("{0} (sealed)").format(title)
            elif step.kind == "identity" and self.anonymous.isChecked():
                title = self.tr("{0} (anonymous)").format(title)
            if self.incomplete.get(i):
                title = self.tr("{0} — {1} to check").format(title, self.incomplete[i])
            item.setText(f"{i + 1}. {title}")
        self.step_list.setAccessibleName(self.tr("Steps of this interview"))
        self.anonymous.setText(self.tr("The witness stays anonymous (identity not recorded)"))
        self.back.setText(self.tr("← &Back"))
        self.next.setText(self.tr("&Next →"))
        self.close_button.setText(self.tr("Save and &close"))
