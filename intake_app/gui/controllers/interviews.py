# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer mode's controller: interviews in the encrypted store, step by step.

An interview is one answer set of the composite ``testimony`` form (each of its fields holds
one form: session record, consent, witness identity, testimony...). The steps shown are those
fields, then recording, attachments and finalise. Only this controller writes to the store:
content answers are saved on every step change; identity answers are handed to the store,
which seals them to the archive's identity recipients at once, and are never read back.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from intake_app import i18n, paths
from intake_app.errors import handled_types
from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.app import AppController, GuiError
from intake_app.gui.controllers.audio import AudioController
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task
from intake_app.gui.controllers.transport import TransportController

COMPOSITE_FORM = "testimony"
STATES = ("draft", "finalised", "outbox", "sent", "receipt_verified")


class ConsentMissing(GuiError):
    """The interview cannot go on without a valid consent."""


class IdentityClosed(GuiError):
    """Identity answers cannot be added once the section was sealed in an earlier session."""


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
        # Identity answers typed in this session, by interview and step, held in memory only: the
        # store seals the identity section as a whole, so each save seals all of them together.
        self._identity: dict[str, dict[str, dict[str, Any]]] = {}

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
                part = spec.raw.form if spec.raw is not None else None
                sub_id = part or spec.id
                sub = form_model.load(part) if part else None
                # A part whose every question is identity-class is the sealed identity step (the
                # composite marks a part by its most protected member, so that alone says little).
                all_identity = sub is not None and all(f.sensitivity == "identity" for f in sub.fields)
                kind = "consent" if sub_id == "consent" else "identity" if all_identity else "form"
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
        """Add what the app fills in itself (the consent text's id, a session reference)."""
        if step.form is None:
            return answers
        filled, defaults = form_model.app_values(step.form)
        out = dict(answers)
        for path, value in filled.items():
            if "." not in path:
                out.setdefault(path, value)
        for path, value in defaults.items():
            if "." not in path:
                out.setdefault(path, value)
        return out

    def app_values(self, step: Step) -> tuple[dict[str, Any], dict[str, Any]]:
        return form_model.app_values(step.form) if step.form is not None else ({}, {})

    # -- records -------------------------------------------------------------------------
    def _outbox_by_testimony(self) -> dict[str, Any]:
        return {str(e.testimony_id): e for e in self.records.outbox() if e.testimony_id}

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(id, neutral label, state, last change) for every interview, oldest numbered first."""
        outbox = self._outbox_by_testimony()
        summaries = self.records.list_testimonies()
        numbers = {s.id: n for n, s in enumerate(sorted(summaries, key=lambda s: (s.created_at, s.id)), start=1)}
        out = []
        for rec in summaries:
            label = i18n.translate("InterviewsController", "Interview {0}").format(numbers[rec.id])
            state = self._state(rec.status, outbox.get(str(rec.id)))
            out.append((str(rec.id), label, state, str(rec.updated_at)[:16].replace("T", " ")))
        return out

    @staticmethod
    def _state(status: str, entry: Any | None) -> str:
        if status == "draft":
            return "draft"
        if entry is None:
            return "receipt_verified" if status == "receipted" else "finalised"
        return {"queued": "outbox", "sent": "sent", "receipted": "receipt_verified",
                "destroyed": "receipt_verified"}.get(str(entry.state), "outbox")

    def state(self, interview_id: str) -> str:
        rec = self.records.testimony(interview_id)
        return self._state(rec.status, self._outbox_by_testimony().get(interview_id))

    def create(self) -> str:
        spec = self.composite()
        return str(self.records.create_testimony(spec.id, spec.version))

    def answers(self, interview_id: str, step: Step) -> dict[str, Any]:
        """What the step shows: content answers only (identity answers are never read back)."""
        if step.kind == "identity":
            return {}
        saved = self.records.answers(interview_id) or {}
        value = saved.get(step.field_id, {}) if step.field_id else saved
        return self._with_script(step, value if isinstance(value, dict) else {})

    @staticmethod
    def _identity_ids(step: Step) -> set[str]:
        if step.form is None:
            return set()
        return {f.id for f in step.form.fields if f.sensitivity == "identity"}

    def sealed_fields(self, interview_id: str, step: Step) -> set[str]:
        """Identity fields of this step to show only as "sealed".

        Once an identity section was sealed in an earlier session, every identity field is
        closed: a new save could not merge with what this machine can no longer read.
        """
        ids = self._identity_ids(step)
        typed = self._identity.get(interview_id, {}).get(step.field_id)
        if typed is None and step.field_id in self._sealed_sections(interview_id):
            return ids  # sealed in an earlier session: its content is out of this machine's reach
        return ids & set(typed or {})

    def _sealed_sections(self, interview_id: str) -> set[str]:
        """Top-level parts whose identity section the store holds sealed."""
        return set(self.records.sealed_identity(interview_id))

    def save(self, interview_id: str, step: Step, answers: dict[str, Any]) -> None:
        """Save one step. Content is stored sealed with the testimony key; identity answers of
        every step typed in this session are handed over together and sealed by the store."""
        answers = self._with_script(step, answers)
        identity_ids = self._identity_ids(step) if step.kind != "identity" else set(answers)
        identity = {k: v for k, v in answers.items() if k in identity_ids}
        content = {k: v for k, v in answers.items() if k not in identity_ids}
        typed = self._identity.get(interview_id, {}).get(step.field_id)
        if identity and typed is None and step.field_id in self._sealed_sections(interview_id):
            raise IdentityClosed("identity section sealed in an earlier session")
        if identity:
            self._identity.setdefault(interview_id, {}).setdefault(step.field_id, {}).update(identity)
        saved = dict(self.records.answers(interview_id) or {})
        if step.kind != "identity":
            if content:
                saved[step.field_id] = content
            else:
                saved.pop(step.field_id, None)
        for field_id, values in self._identity.get(interview_id, {}).items():
            saved[field_id] = {**saved.get(field_id, {}), **values}
        self.records.save_answers(interview_id, saved)
        if identity and step.kind == "identity":
            self._sealed.add(interview_id)

    def identity_sealed(self, interview_id: str) -> bool:
        """Whether the identity step's section is sealed (then it is shown only as "sealed")."""
        step = next((s for s in self.steps() if s.kind == "identity"), None)
        if step is None:
            return False
        return interview_id in self._sealed or step.field_id in self._sealed_sections(interview_id)

    def seal_identity(self, interview_id: str, answers: dict[str, Any]) -> None:
        """The identity step: hand its answers to the store, which seals them at once."""
        step = next(s for s in self.steps() if s.kind == "identity")
        self.save(interview_id, step, answers)

    def forget(self) -> None:
        """Drop identity answers held in memory (on lock and when leaving the mode)."""
        self._identity.clear()

    def attachment_names(self, interview_id: str) -> list[str]:
        out = []
        n = 0
        for payload in self.records.payloads(interview_id, include_originals=False):
            if payload.kind != "attachment":
                continue
            n += 1
            out.append(i18n.translate("InterviewsController", "Attachment {0}: {1}, {2} KB").format(
                n, payload.media_type, max(1, payload.size // 1024)))
        return out

    def add_attachments(self, interview_id: str, paths: list[str]) -> Task:
        def work(ctx: TaskContext) -> int:
            for i, path in enumerate(paths):
                ctx.progress(i, len(paths))
                media_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
                self.records.add_attachment(interview_id, Path(path), media_type)
            ctx.progress(len(paths), len(paths))
            return len(paths)

        return run_task(work)

    def finalise(self, interview_id: str) -> Task:
        profile = self.app.profile()
        records = self.records

        def work(ctx: TaskContext) -> Any:
            ctx.status(i18n.translate("InterviewsController", "Sealing the bundle…"))
            return records.finalize(interview_id, profile)  # signed with the store's device key

        return run_task(work)

    # -- outbox ------------------------------------------------------------------------------
    def outbox_rows(self) -> list[tuple[str, str, str, str, str]]:
        """(entry id, neutral label, size, state, receipt code) for every bundle sealed here."""
        out = []
        numbers = {s.id: n for n, s in enumerate(sorted(self.records.list_testimonies(),
                                                        key=lambda s: (s.created_at, s.id)), start=1)}
        for entry in self.records.outbox():
            # Entries stay listed after the profile's policy destroyed the local copy: the receipt
            # code is what the interviewer keeps.
            n = numbers.get(str(entry.testimony_id), 0)
            label = i18n.translate("InterviewsController", "Interview {0}").format(n) if n else entry.bundle_id[:8]
            state = self._state("final", entry)
            out.append((str(entry.id), label, f"{entry.size / 1_000_000:.1f} MB", state, entry.receipt_code or ""))
        return out

    def send(self, entry_id: str) -> Task:
        how = self.transport.submit_kwargs()
        profile = self.app.profile()
        records = self.records

        def work(ctx: TaskContext) -> Any:
            from intake_app.transport import client
            # The sealed bundle (ciphertext) under a stable name, so an interrupted upload resumes.
            path = paths.private_dir("outbox") / f"{entry_id}.tib"
            if not path.exists():
                records.export_bundle(entry_id, path)

            def progress(done: int, total: int, _phase: str) -> None:
                ctx.progress(done, total)

            result = client.submit(path, profile, progress=progress, **how)
            receipt = json.dumps(result.proof.to_json(), sort_keys=True).encode()
            records.record_receipt(entry_id, str(result.code), receipt,
                                   delete_local=bool(profile.delete_after_receipt))
            path.unlink(missing_ok=True)
            return result

        return run_task(work)
