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
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.app import AppController, GuiError
from intake_app.gui.controllers.audio import AudioController
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task
from intake_app.gui.controllers.transport import TransportController
from intake_app.home import paths
from intake_app.text import i18n
from intake_app.text.errors import handled_types
from intake_app.transport import receipt_export

COMPOSITE_FORM = "testimony"


def _ends_before(start: dict[str, Any], end: dict[str, Any]) -> bool:
    """Whether a time value ends before another begins (False when either cannot be read)."""
    from intake_forms.errors import TimeValueError
    from intake_forms.values import local_to_utc

    try:
        return bool(local_to_utc(str(end["local"]), str(end["zone"])) < local_to_utc(str(start["local"]),
                                                                                   str(start["zone"])))
    except (KeyError, TimeValueError, ValueError):
        return False
STATES = ("draft", "finalised", "outbox", "sent", "receipt_verified")


def _when(stamp: Any) -> str:
    return str(stamp or "")[:16].replace("T", " ")


def _answer_text(spec: form_model.FieldSpec, value: Any, lang: str) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return i18n.translate("InterviewsController", "Yes") if value else i18n.translate("InterviewsController", "No")
    labels = {o.code: o.label(lang) for o in spec.options}
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if isinstance(value, dict) and "local" in value:  # a time: local time, zone, how sure
        qualifier = {"exact": "exact", "approximate": "about", "about": "about", "uncertain": "not sure",
                     "unknown": "not known"}.get(str(value.get("qualifier", "")), "")
        extra = [str(value["zone"])] if value.get("zone") else []
        if qualifier:
            extra.append(i18n.translate("FormView", qualifier))
        when = str(value.get("local") or "").replace("T", " ")
        return f"{when} ({', '.join(extra)})" if extra else when
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return labels.get(str(value), str(value))


def _describe(fields: list[form_model.FieldSpec], values: dict[str, Any], lang: str,
              out: list[tuple[str, str]], prefix: str, records: dict[str, str] | None = None) -> None:
    """(question, answer) lines for the answered content fields, nested groups indented; a
    reference to a record of this testimony reads as the record's number and name (``records``),
    ids the app makes are not shown (issue 18)."""
    for spec in fields:
        if spec.sensitivity == "identity" or spec.id not in values or spec.app_made:
            continue
        value = values[spec.id]
        label = prefix + spec.label(lang)
        if spec.children and isinstance(value, list):
            for n, item in enumerate(value, start=1):
                if isinstance(item, dict):
                    _describe(spec.children, item, lang, out, f"{label} {n} › ", records)
        elif spec.children and isinstance(value, dict):
            _describe(spec.children, value, lang, out, f"{label} › ", records)
        elif spec.type in ("record_ref", "person_ref") and isinstance(value, str) and value in (records or {}):
            out.append((label, (records or {})[value]))
        else:
            text = _answer_text(spec, value, lang)
            if text:
                out.append((label, text))


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
        self._field_audio: dict[str, AudioController] = {}  # recorders of form fields (verbal consent)
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
                sub_id = getattr(spec.raw, "form", None) or spec.id
                sub = (form_model.load(str(sub_id), getattr(spec.raw, "form_version", None))  # the pinned part
                       if getattr(spec.raw, "form", None) else None)
                # A part whose every answer is identity-class is the sealed identity step. The
                # composite (and a group) is marked by its most protected member, so that alone
                # says little: victim records and documents hold a few identity answers among
                # content, and stay editable (usability-review problem 4).
                all_identity = sub is not None and all(form_model.is_identity_only(f) for f in sub.fields)
                kind = "consent" if sub_id == "consent" else "identity" if all_identity else "form"
                form = sub if sub is not None else form_model.FormSpec(spec.id, composite.version, spec.label,
                                                                       [spec], composite.definition)
                title = spec.label
                if kind == "identity":  # the part's own label already says "(sealed)"; the list says when it is
                    title = _fixed(lambda: i18n.translate("InterviewsController", "Witness identity"))
                steps.append(Step(kind, spec.id, form, title))
            steps.append(Step("recording", "", None,
                              _fixed(lambda: i18n.translate("InterviewsController", "Recording"))))
            steps.append(Step("attachments", "", None,
                              _fixed(lambda: i18n.translate("InterviewsController", "Attachments"))))
            steps.append(Step("finalise", "", None,
                              _fixed(lambda: i18n.translate("InterviewsController", "Finalise"))))
            self._steps = steps
        return self._steps

    def problems(self, step: Step, answers: dict[str, Any], interview_id: str | None = None, *,
                 sealed: set[str] | frozenset[str] = frozenset()) -> dict[str, list[str]]:
        """Problems of this step's answers, keyed by paths inside the step's form.

        With ``interview_id``, answers sealed earlier count as given (they are out of this
        machine's reach, not missing), and times that end before they start are named. Answers
        of ``sealed`` fields (a consent signature, say) went to the identity custodians on this
        page and cannot be read back to check."""
        if step.form is None:
            return {}
        kept: dict[str, Any] = {}
        if interview_id is not None and step.kind != "identity":
            kept = self._identity.get(interview_id, {}).get(step.field_id) or {}
        out = form_model.validate(step.form, form_model.fill(self._with_script(step, answers), kept))
        if interview_id is not None and "*" in self.sealed_fields(interview_id, step):
            out = {k: v for k, v in out.items() if not self._identity_leaf(step, k)}
        if sealed:
            out = {k: v for k, v in out.items() if re.split(r"[.\[]", k, maxsplit=1)[0] not in sealed}
        start, end = answers.get("start"), answers.get("end")
        if (isinstance(start, dict) and isinstance(end, dict) and "start" not in out and "end" not in out
                and _ends_before(start, end)):
            out["end"] = [i18n.translate("InterviewsController",
                                             "The end is before the start. Check both times.")]
        return out

    @staticmethod
    def _identity_leaf(step: Step, path: str) -> bool:
        spec = form_model.spec_at(step.form.fields, path) if step.form is not None else None
        return spec is not None and form_model.is_identity_only(spec)

    def consent_ok(self, answers: dict[str, Any], sealed: set[str] | frozenset[str] = frozenset()) -> bool:
        consent = next((s for s in self.steps() if s.kind == "consent"), None)
        if consent is None or consent.form is None:
            return True
        return not self.problems(consent, self._with_script(consent, answers), sealed=sealed)

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

    def enrolled_code(self) -> str | None:
        """The interviewer code of this device's enrolment by the archive (issue 19), or None: when
        enrolled, the session record's interviewer code is this one and cannot be typed."""
        from intake_app.store.errors import StoreError

        try:
            enrolment = self.records.enrolment()
        except StoreError:
            return None
        return None if enrolment is None else str(enrolment.interviewer_code)

    def app_values(self, step: Step) -> tuple[dict[str, Any], dict[str, Any]]:
        return form_model.app_values(step.form) if step.form is not None else ({}, {})

    # -- records -------------------------------------------------------------------------
    def _outbox_by_testimony(self) -> dict[str, Any]:
        return {str(e.testimony_id): e for e in self.records.outbox() if e.testimony_id}

    @staticmethod
    def label(number: int | None, fallback: str = "") -> str:
        """The neutral label of an interview ("Interview 7"): its number, never a name."""
        if number is None:
            return i18n.translate("InterviewsController", "Interview {0}").format(fallback[:8] or "?")
        return i18n.translate("InterviewsController", "Interview {0}").format(number)

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(id, neutral label, state, last change, receipt code) for every interview, newest change
        first. Interviews sent and then destroyed on this machine (the profile's
        ``delete_after_receipt``) stay listed under their number, by their outbox entry id."""
        outbox = self._outbox_by_testimony()
        out: list[tuple[str, str, str, str, str]] = []
        for rec in self.records.list_testimonies():
            entry = outbox.get(str(rec.id))
            state = self._state(rec.status, entry)
            code = str(entry.receipt_code or "") if entry is not None else ""
            out.append((str(rec.id), self.label(rec.number, str(rec.id)), state, _when(rec.updated_at), code))
        for entry in self.records.outbox():
            if entry.testimony_id:
                continue
            when = entry.receipt_at or entry.created_at
            out.append((str(entry.id), self.label(entry.number, str(entry.bundle_id)), self._state("final", entry),
                        _when(when), str(entry.receipt_code or "")))
        out.sort(key=lambda r: r[3], reverse=True)
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
        """The state of an interview, by testimony id or (once destroyed here) outbox entry id."""
        if not self.exists_here(interview_id):
            return self._state("final", self.records.outbox_entry(interview_id))
        rec = self.records.testimony(interview_id)
        return self._state(rec.status, self._outbox_by_testimony().get(interview_id))

    def exists_here(self, interview_id: str) -> bool:
        """Whether this machine still holds the interview's answers (not destroyed after the receipt)."""
        return any(s.id == interview_id for s in self.records.list_testimonies())

    def interview_of_bundle(self, entry_id: str) -> str:
        """The interview an outbox entry was sealed from, by the id the Interviews list uses: its
        testimony id while this machine holds its answers, else the entry's own id."""
        for entry in self.records.outbox():
            if str(entry.id) == entry_id:
                held = entry.testimony_id and self.exists_here(str(entry.testimony_id))
                return str(entry.testimony_id) if held else str(entry.id)
        return entry_id

    def receipt_code(self, interview_id: str) -> str:
        for entry in self.records.outbox():
            if interview_id in (entry.id, entry.testimony_id):
                return str(entry.receipt_code or "")
        return ""

    def export_receipt(self, interview_id: str, path: str, passphrase: str | None) -> Task:
        """Write the interview's receipt code to ``path``: encrypted to ``passphrase`` (age), or
        in plain text when it is None (the screen warned about that first)."""
        code = self.receipt_code(interview_id)
        return run_task(lambda _ctx: receipt_export.export_receipt(code, Path(path), passphrase))

    def delete_draft(self, interview_id: str) -> None:
        """Delete a draft with everything stored for it (the store refuses anything but a draft)."""
        self.audio.stop_all()
        self._identity.pop(interview_id, None)
        self.records.delete_draft(interview_id)

    def summary(self, interview_id: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """What a finalised interview holds, for reading only: (step title, [(question, answer)]).
        Identity answers were sealed for the archive and are shown as sealed."""
        lang = i18n.current()
        saved = self.records.answers(interview_id) or {}
        sealed = self._sealed_sections(interview_id)
        sealed_text = i18n.translate("InterviewsController", "(sealed for the archive)")
        records: dict[str, str] = {}  # a record's id → its number and name, for the references to it
        for rule_from, _to, by_position in self._reference_rules():
            part, _, path = rule_from.partition(".")
            step_of = next((s for s in self.steps() if s.field_id == part), None)
            if step_of is not None and not by_position:
                records.update((str(a), label) for a, label, _k in
                               self.reference_choices(interview_id, step_of, path) or [])
        out: list[tuple[str, list[tuple[str, str]]]] = []
        for step in self.steps():
            if step.form is None:
                continue
            value = saved.get(step.field_id, {}) if step.field_id else saved
            lines: list[tuple[str, str]] = []
            _describe(step.form.fields, value if isinstance(value, dict) else {}, lang, lines, "", records)
            if step.field_id in sealed:
                lines.append((i18n.translate("InterviewsController", "Identity answers"), sealed_text))
            out.append((step.title(lang), lines))
        payloads = self.records.payloads(interview_id, include_originals=False)
        recordings = sum(1 for p in payloads if p.kind == "audio")
        out.append((i18n.translate("InterviewsController", "Recording"),
                    [(i18n.translate("InterviewsController", "Recordings"), str(recordings))]))
        out.append((i18n.translate("InterviewsController", "Attachments"),
                    [(name, "") for name in self.attachment_names(interview_id)]))
        return out

    def create(self) -> str:
        spec = self.composite()
        return str(self.records.create_testimony(spec.id, spec.version))

    def bring_up_to_date(self, interview_id: str) -> tuple[str, str] | None:
        """A draft started with an earlier version of the form follows the current one from now
        on: its answers are migrated part by part (each part's own rules, intake_forms.migrate_composite)
        and stored with the new version, so what is sealed says which questions were asked.
        Identity sections sealed on save are left as they are (this machine cannot read them).
        Returns (old version, new version), or None when the draft is already current."""
        import intake_forms as forms

        summary = self.records.testimony(interview_id)
        current = self.composite().version
        if summary.status != "draft" or summary.form_version == current:
            return None
        answers = self.records.answers(interview_id) or {}
        migrated = forms.migrate_composite(summary.form_id, answers, summary.form_version, current,
                                           skip=frozenset(self._sealed_sections(interview_id)))
        self.records.upgrade_form(interview_id, current, migrated)
        return str(summary.form_version), str(current)

    def answers(self, interview_id: str, step: Step) -> dict[str, Any]:
        """What the step shows: content answers only (identity answers are never read back)."""
        if step.kind == "identity":
            return {}
        saved = self.records.answers(interview_id) or {}
        value = saved.get(step.field_id, {}) if step.field_id else saved
        return self._with_script(step, value if isinstance(value, dict) else {})

    def sealed_fields(self, interview_id: str, step: Step) -> set[str]:
        """Answer paths of this step to show only as "sealed" ("*": every identity answer).

        Identity answers of a step are sealed when the step is left; they are kept in memory
        for this session only so that the next save of the step seals them again with what
        was added. Once a section was sealed in an earlier session every identity answer of
        the step is closed: a new save could not merge with what this machine cannot read.
        """
        if step.form is None or step.kind == "identity":
            return set()
        kept = self._identity.get(interview_id, {}).get(step.field_id)
        if kept is None:
            return {"*"} if step.field_id in self._sealed_sections(interview_id) else set()
        return set(form_model.value_paths(step.form.fields, kept))

    def _sealed_sections(self, interview_id: str) -> set[str]:
        """Top-level parts whose identity section the store holds sealed."""
        return set(self.records.sealed_identity(interview_id))

    def _split_identity(self, step: Step, answers: dict[str, Any]) -> dict[str, Any]:
        definition = step.form.definition if step.form is not None else None
        if definition is None or str(getattr(definition, "id", "")) != step.form.id:  # type: ignore[union-attr]
            return {}
        return dict(definition.split_by_sensitivity(answers).get("identity") or {})

    def save(self, interview_id: str, step: Step, answers: dict[str, Any]) -> None:
        """Save one step. Content is stored sealed with the testimony key; the step's identity
        answers (with those sealed earlier in this session) are handed over and sealed by the store."""
        answers = self._with_script(step, answers)
        saved = dict(self.records.answers(interview_id) or {})
        if step.kind == "identity":
            if answers:
                saved[step.field_id] = answers  # all identity: the store seals it, nothing stays readable
                self._sealed.add(interview_id)
        else:
            kept = self._identity.get(interview_id, {}).get(step.field_id)
            full = form_model.fill(answers, kept or {})
            identity = self._split_identity(step, full)
            if identity and kept is None and step.field_id in self._sealed_sections(interview_id):
                raise IdentityClosed("identity section sealed in an earlier session")
            if identity:
                self._identity.setdefault(interview_id, {})[step.field_id] = identity
            if full:
                saved[step.field_id] = full
            else:
                saved.pop(step.field_id, None)
        self.records.save_answers(interview_id, saved)

    def review(self, interview_id: str) -> list[tuple[int, str, str, str]]:
        """What finalising would refuse, as (step index, path inside the step, question, message)
        in the current language: the whole interview checked the way the store checks it
        (identity answers were sealed on save and are not missing)."""
        lang = i18n.current()
        steps = self.steps()
        answers = self.records.answers(interview_id) or {}
        by_field = {s.field_id: i for i, s in enumerate(steps) if s.field_id}
        out: list[tuple[int, str, str, str]] = []
        for problem in self.composite().definition.validate(answers):
            path = str(getattr(problem, "path", "") or "")
            head, _, rest = path.partition(".")
            index = by_field.get(head.split("[")[0])
            if index is None:
                continue
            step = steps[index]
            spec = form_model.spec_at(step.form.fields, rest) if step.form is not None and rest else None
            if step.kind == "identity" or (spec is not None and form_model.is_identity_only(spec)):
                continue
            label = spec.label(lang) if spec is not None else step.title(lang)
            message = problem.message(lang) if callable(getattr(problem, "message", None)) else str(problem)
            out.append((index, rest, label, message))
        for index, step in enumerate(steps):  # the checks the forms engine does not make
            if step.form is not None and step.field_id in answers and step.kind == "form":
                value = answers[step.field_id]
                if isinstance(value, dict):
                    for path, messages in self.problems(step, value).items():
                        if not any(i == index and p == path for i, p, _l, _m in out):
                            spec = form_model.spec_at(step.form.fields, path)
                            label = spec.label(lang) if spec is not None else step.title(lang)
                            out += [(index, path, label, m) for m in messages
                                    if not (spec is not None and form_model.is_identity_only(spec))]
        return out

    def seal_summary(self, interview_id: str) -> dict[str, int]:
        """What finalising seals: answered parts, recordings, attachments, sealed identity sections."""
        answers = self.records.answers(interview_id) or {}
        rec = self.records.testimony(interview_id)
        return {"parts": sum(1 for s in self.steps() if s.field_id and answers.get(s.field_id)),
                "recordings": int(rec.recordings), "attachments": int(rec.attachments),
                "sealed": len(self._sealed_sections(interview_id))}

    def save_draft(self, interview_id: str, step: Step, answers: dict[str, Any]) -> bool:
        """Autosave while typing (into the encrypted store). A step holding identity answers not
        yet sealed is left for the step change (or the lock), where they are sealed: sealing
        mid-sentence would close a field, or a victim entry, the interviewer is still typing.
        Returns whether it saved."""
        if step.kind == "identity":
            return False
        typed = self._split_identity(step, self._with_script(step, answers))
        kept = self._identity.get(interview_id, {}).get(step.field_id) or {}
        if typed and typed != kept:
            return False
        self.save(interview_id, step, answers)
        return True

    def identity_sealed(self, interview_id: str) -> bool:
        """Whether the identity step's section is sealed (then it is shown only as "sealed")."""
        step = next((s for s in self.steps() if s.kind == "identity"), None)
        if step is None:
            return False
        return interview_id in self._sealed or step.field_id in self._sealed_sections(interview_id)

    # -- references to records of this testimony (issue 18) ------------------------------
    def _reference_rules(self) -> list[tuple[str, str, bool]]:
        """(from, to, by position) of the composite's references: a content answer naming a record
        of this testimony by its id (``events_witnessed.events.victim_refs.ref`` →
        ``victim_record.victims.victim_id``), or an identity answer naming an entry of a content
        list by its number (``witness_identity.relations_to_victims.victim`` →
        ``victim_record.victims``), so no id is on both sides (item 4)."""
        rules = getattr(self.composite().definition, "references", ()) or ()
        return [(str(r["from"]), str(r["to"]), r.get("by") == "position") for r in rules]

    def _position_rules(self) -> list[tuple[str, str]]:
        return [(frm, to) for frm, to, by_position in self._reference_rules() if by_position]

    def _reference_rule(self, step: Step, path: str) -> tuple[str, str, bool] | None:
        field = step.field_id + "." + re.sub(r"\[\d+\]", "", path)
        return next((r for r in self._reference_rules() if r[0] == field), None)

    def reference_choices(self, interview_id: str, step: Step, path: str) -> list[tuple[Any, str, str]] | None:
        """What a person may pick for the reference at ``path`` of ``step`` (None: no reference
        there): (answer, label, key) of each record of the list it names, from the saved answers.
        The label is what a person knows the record by, with its number (a victim's name and what
        happened to them: "2. Zhang … (Killed)"), never an id. The answer is the record's id for a
        content reference (ids stay on the content side), its number (1 for the first) for a
        reference by position. ``key`` tells the same record again whatever the language (its
        app-made id: kept in memory on screen, never in an identity answer)."""
        rule = self._reference_rule(step, path)
        if rule is None:
            return None
        _frm, target, by_position = rule
        list_path, id_field = (target, "") if by_position else target.rsplit(".", 1)
        part, _, rest = list_path.partition(".")
        value: Any = (self.records.answers(interview_id) or {}).get(part) or {}
        for key in rest.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        step_of = next((s for s in self.steps() if s.field_id == part), None)
        group = form_model.spec_at(step_of.form.fields, rest) if step_of is not None and step_of.form else None
        children = group.children if group is not None else []
        lang = i18n.current()
        out: list[tuple[Any, str, str]] = []
        for n, entry in enumerate(value if isinstance(value, list) else [], start=1):
            entry = entry if isinstance(entry, dict) else {}
            names: list[str] = []
            what = when = ""
            made = [str(entry[s.id]) for s in children if s.app_made and s.id in entry]
            key = made[0] if made else json.dumps(entry, sort_keys=True, ensure_ascii=False)
            for spec in children:
                answer = entry.get(spec.id)
                if spec.sensitivity == "identity" or answer in (None, "", [], {}):
                    continue
                if spec.id.startswith("name") and isinstance(answer, str):
                    names.append(answer.strip())
                elif spec.type == "choice" and not what:
                    what = _answer_text(spec, answer, lang)  # the first choice: killed, injured…
                elif spec.type == "date" and not when and isinstance(answer, str):
                    when = answer
            main = " ".join(names) or what or when or i18n.translate("InterviewsController", "no name given")
            extra = [t for t in ((what if names else ""), (when if main != when else "")) if t]
            opening, closing, comma = ("（", "）", "，") if lang.startswith("zh") else (" (", ")", ", ")
            label = f"{n}. {main}" + (f"{opening}{comma.join(extra)}{closing}" if extra else "")
            if by_position:
                out.append((n, label, key))
            elif isinstance(entry.get(id_field), str) and entry[id_field]:
                out.append((entry[id_field], label, entry[id_field]))
        return out

    def reference_source(self, step: Step, path: str) -> str:
        """The title of the step where the records a reference names are entered ("" if none)."""
        rule = self._reference_rule(step, path)
        if rule is None:
            return ""
        part = rule[1].partition(".")[0]
        source = next((s for s in self.steps() if s.field_id == part), None)
        return source.title(i18n.current()) if source is not None else ""

    def position_targets(self, step: Step) -> set[str]:
        """Paths inside ``step`` of lists that identity answers name by position: once the
        identity is sealed their entries cannot be removed (the numbers would shift)."""
        return {to.partition(".")[2] for _frm, to in self._position_rules() if to.partition(".")[0] == step.field_id}

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

    # -- answers that are recordings or files (verbal consent, a signature) ---------------------
    def field_audio(self, interview_id: str, field: str) -> AudioController:
        """The recorder of one form field (``"consent.consent_audio"``): its takes are marked
        as that field's and kept apart from the testimony's audio."""
        key = f"{interview_id}/{field}"
        old = self._field_audio.get(key)
        if old is not None:
            old.stop_all()  # a page built again (after a lock): its old control is gone
        controller = self._field_audio[key] = AudioController(self.app, field=field)
        controller.interview_id = interview_id
        return controller

    @property
    def is_recording(self) -> bool:
        """A take is being recorded: the testimony's, or a field's (verbal consent)."""
        return self.audio.is_recording or any(c.is_recording for c in self._field_audio.values())

    def stop_field_audio(self) -> None:
        """Before locking or closing: keep what the field recorders captured."""
        for controller in self._field_audio.values():
            controller.stop_all()

    def add_field_attachment(self, interview_id: str, file: str) -> Task:
        """Store one file for a form field (a signed consent's photo or scan) as attachments are
        stored (metadata stripped from the copy, the original sealed); the task's result is the
        field's answer, a media reference with the stored copy's size and SHA-256."""
        records = self.records

        def work(ctx: TaskContext) -> dict[str, Any]:
            import hashlib

            media_type = mimetypes.guess_type(file)[0] or "application/octet-stream"
            attachment_id = records.add_attachment(interview_id, Path(file), media_type)
            payload = next(p for p in records.payloads(interview_id, include_originals=False)
                           if p.id == attachment_id)
            digest = hashlib.sha256()
            with records.open_blob(payload.blob_id) as blob:
                while chunk := blob.read(1 << 20):
                    digest.update(chunk)
            return {"ref": attachment_id, "media_type": media_type, "size": int(payload.size),
                    "sha256": digest.hexdigest()}

        return run_task(work)

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
            from intake_app.sealing import finalize

            ctx.status(i18n.translate("InterviewsController", "Sealing the bundle…"))
            return finalize.finalize(records, interview_id, profile)  # signed with the store's device key

        return self.app.hold_idle_while(run_task(work))

    # -- outbox ------------------------------------------------------------------------------
    def outbox_rows(self) -> list[tuple[str, str, str, str, str]]:
        """(entry id, neutral label, size, state, receipt code) for every bundle sealed here."""
        out = []
        for entry in self.records.outbox():
            # Entries stay listed after the profile's policy destroyed the local copy, under the
            # interview's own number: the receipt code is what the interviewer keeps.
            label = self.label(entry.number, str(entry.bundle_id))
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

            result = client.submit(path, profile, progress=progress, state=records, **how)  # resume state in the store
            receipt = json.dumps(result.proof.to_json(), sort_keys=True).encode()
            records.record_receipt(entry_id, str(result.code), receipt,
                                   delete_local=bool(profile.delete_after_receipt))
            path.unlink(missing_ok=True)
            return result

        return self.app.hold_idle_while(run_task(work), while_progressing=True)
