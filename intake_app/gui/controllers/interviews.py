# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer mode's controller: interviews in the encrypted store, step by step.

An interview is one answer set of the composite ``testimony`` form (each of its fields holds
one form: session record, consent, witness identity, testimony...). The steps shown are those
fields, then recording, attachments and finalise. Only this controller writes to the store:
content answers are saved on every step change; identity answers are handed to the store,
which seals them to the archive's identity recipients at once, and are never read back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from intake_app import i18n
from intake_app.errors import handled_types
from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.app import AppController, GuiError, service
from intake_app.gui.controllers.audio import AudioController
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task
from intake_app.gui.controllers.transport import TransportController

COMPOSITE_FORM = "testimony"
STATES = ("draft", "finalised", "outbox", "sent", "receipt_verified")


class ConsentMissing(GuiError):
    """The interview cannot go on without a valid consent."""


@dataclass
class Step:
    kind: str  # form | consent | identity | recording | attachments | finalise
    field_id: str
    form: form_model.FormSpec | None
    title: Callable[[str], str]


def _fixed(text_fn: Callable[[], str]) -> Callable[[str], str]:
    return lambda _lang: text_fn()


class InterviewsController(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__()
        self.app = app
        self.transport = TransportController(app)
        self.audio = AudioController(app)
        self._composite: form_model.FormSpec | None = None
        self._steps: list[Step] | None = None
        self._sealed: set[str] = set()

    @staticmethod
    def errors() -> tuple[type[BaseException], ...]:
        return handled_types()

    @property
    def records(self) -> Any:
        """The store's testimony records (the store is open while this mode is shown)."""
        return self.app.store

    # -- the form -----------------------------------------------------------------------
    def composite(self) -> form_model.FormSpec:
        if self._composite is None:
            self._composite = form_model.load(COMPOSITE_FORM)
        return self._composite

    def steps(self) -> list[Step]:
        if self._steps is None:
            composite = self.composite()
            steps: list[Step] = []
            for spec in composite.fields:
                sub_id = getattr(spec.raw, "form", None) or spec.id
                sub = form_model.load(str(sub_id)) if getattr(spec.raw, "form", None) else None
                kind = "identity" if spec.sensitivity == "identity" else "consent" if sub_id == "consent" else "form"
                form = sub if sub is not None else form_model.FormSpec(spec.id, composite.version, spec.label,
                                                                       [spec], composite.definition)
                steps.append(Step(kind, spec.id, form, spec.label))
            steps.append(Step("recording", "", None,
                              _fixed(lambda: i18n.translate("InterviewsController", "Recording"))))
            steps.append(Step("attachments", "", None,
                              _fixed(lambda: i18n.translate("InterviewsController", "Attachments"))))
            steps.append(Step("finalise", "", None,
                              _fixed(lambda: i18n.translate("InterviewsController", "Finalise"))))
            self._steps = steps
        return self._steps

    def problems(self, step: Step, answers: dict[str, Any]) -> dict[str, list[str]]:
        """Problems of this step's answers, keyed by paths inside the step's form."""
        if step.form is None:
            return {}
        if step.form.definition is self.composite().definition:
            return form_model.validate(step.form, answers)
        return form_model.validate(step.form, answers)

    def consent_ok(self, answers: dict[str, Any]) -> bool:
        consent = next((s for s in self.steps() if s.kind == "consent"), None)
        if consent is None or consent.form is None:
            return True
        return not form_model.validate(consent.form, self._with_script(consent, answers))

    def _with_script(self, step: Step, answers: dict[str, Any]) -> dict[str, Any]:
        """The consent script id is filled by the app: form version + hash of the wordings shown."""
        if step.kind != "consent" or step.form is None:
            return answers
        wordings = {f.id: {lang: f.wording(lang) for lang in f.wording_langs}
                    for f in step.form.fields if f.wording is not None}
        digest = hashlib.sha256(json.dumps(wordings, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        out = dict(answers)
        out.setdefault("script_id", f"{step.form.id}@{step.form.version} sha256:{digest}")
        out.setdefault("script_lang", i18n.current())
        return out

    # -- records -------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, str, str, str]]:
        """(id, neutral label, state, last change) for every interview."""
        out = []
        for n, rec in enumerate(self.records.list_testimonies(), start=1):
            label = i18n.translate("InterviewsController", "Interview {0}").format(n)
            out.append((str(rec.id), label, self._state_of(rec), str(rec.updated_at)[:16].replace("T", " ")))
        return out

    @staticmethod
    def _state_of(rec: Any) -> str:
        status = str(getattr(rec, "status", "draft"))
        return {"final": "finalised", "finalized": "finalised", "queued": "outbox", "receipt": "receipt_verified",
                "verified": "receipt_verified"}.get(status, status)

    def state(self, interview_id: str) -> str:
        return self._state_of(self.records.get_testimony(interview_id))

    def create(self) -> str:
        spec = self.composite()
        rec = self.records.create_testimony(spec.id, spec.version)
        return str(rec.id if hasattr(rec, "id") else rec)

    def answers(self, interview_id: str, step: Step) -> dict[str, Any]:
        if step.kind == "identity":
            return {}
        saved = self.records.load_answers(interview_id) or {}
        value = saved.get(step.field_id, {}) if step.field_id else saved
        return self._with_script(step, value if isinstance(value, dict) else {})

    def save(self, interview_id: str, step: Step, answers: dict[str, Any]) -> None:
        if step.kind == "identity":
            raise GuiError("identity answers are sealed, not saved")
        answers = self._with_script(step, answers)
        saved = dict(self.records.load_answers(interview_id) or {})
        saved[step.field_id] = answers
        self.records.save_answers(interview_id, saved, profile=self.app.profile())

    def identity_sealed(self, interview_id: str) -> bool:
        if interview_id in self._sealed:
            return True
        probe = getattr(self.records, "identity_sealed", None)
        return bool(probe(interview_id)) if callable(probe) else False

    def seal_identity(self, interview_id: str, answers: dict[str, Any]) -> None:
        """Give the identity answers to the store, which seals them for the identity custodians."""
        step = next(s for s in self.steps() if s.kind == "identity")
        saved = dict(self.records.load_answers(interview_id) or {})
        saved[step.field_id] = answers
        self.records.save_answers(interview_id, saved, profile=self.app.profile())
        self._sealed.add(interview_id)

    def attachment_names(self, interview_id: str) -> list[str]:
        names = getattr(self.records, "attachment_names", None)
        return list(names(interview_id)) if callable(names) else []

    def add_attachments(self, interview_id: str, paths: list[str]) -> Task:
        def work(ctx: TaskContext) -> int:
            for i, path in enumerate(paths):
                ctx.progress(i, len(paths))
                self.records.add_attachment(interview_id, path)
            return len(paths)

        return run_task(work)

    def finalise(self, interview_id: str) -> Task:
        profile = self.app.profile()

        def work(ctx: TaskContext) -> Any:
            ctx.status(i18n.translate("InterviewsController", "Sealing the bundle…"))
            return self.records.finalize(interview_id, profile)

        return run_task(work)

    # -- outbox ------------------------------------------------------------------------------
    def outbox_rows(self) -> list[tuple[str, str, str, str]]:
        out = []
        for n, item in enumerate(self.records.outbox(), start=1):
            size = int(getattr(item, "size", 0))
            out.append((str(item.id), i18n.translate("InterviewsController", "Bundle {0}").format(n),
                        f"{size / 1_000_000:.1f} MB", self._state_of(item)))
        return out

    def send(self, bundle_id: str) -> Task:
        how = self.transport.submit_kwargs()
        profile = self.app.profile()

        def work(ctx: TaskContext) -> Any:
            transport = service("intake_app.transport.client")
            path = self.records.outbox_path(bundle_id)

            def progress(done: int, total: int, _phase: str) -> None:
                ctx.progress(done, total)

            result = transport.submit(path, profile, progress=progress, **how)
            self.records.record_receipt(bundle_id, result)
            return result

        return run_task(work)
