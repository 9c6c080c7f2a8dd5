# SPDX-License-Identifier: GPL-3.0-or-later
"""A GUI-side view of a form definition: what the renderer needs, nothing more.

``describe(definition)`` turns a ``forms.FormDefinition`` into :class:`FieldSpec` trees; the
renderer never touches the forms engine directly, and validation goes back through
:func:`validate`, which returns problems keyed by field path with messages in the current
language. Adapting to the forms engine happens only here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import intake_forms as forms
from intake_app.text import i18n
from intake_forms import Entry, Field, FormDefinition

Answers = dict[str, Any]


@dataclass
class Option:
    code: str
    label: Callable[[str], str]
    takes_text: bool = False  # "Other": a few words describe it


@dataclass
class FieldSpec:
    id: str
    type: str
    required: bool
    sensitivity: str
    label: Callable[[str], str]
    help: Callable[[str], str]
    options: list[Option] = field(default_factory=list)
    children: list[FieldSpec] = field(default_factory=list)
    repeatable: bool = False
    condition: Callable[[Mapping[str, Any], Mapping[str, Any]], bool] | None = None
    wording: Callable[[str], str] | None = None  # consent: the exact wording shown and recorded
    wording_langs: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    form_id: str = ""  # a nested form (type "form"): its id and version
    form_version: str = ""
    raw: Any = None
    # "id": a random reference the app makes itself (hidden, never typed); "hidden": a reference
    # the app would set (consent versions) and nobody should type 32 characters into.
    app_made: str = ""


@dataclass
class FormSpec:
    id: str
    version: str
    title: Callable[[str], str]
    fields: list[FieldSpec]
    definition: FormDefinition


def _text(fn: Any) -> Callable[[str], str]:
    if callable(fn):
        def call(lang: str) -> str:
            try:
                return str(fn(lang) or "")
            except (KeyError, LookupError, ValueError):
                return str(fn("en") or "")
        return call
    if isinstance(fn, Mapping):
        return lambda lang: str(fn.get(lang) or fn.get("en") or "")
    return lambda lang: str(fn or "")


def _standard_label(code: str) -> Callable[[str], str]:
    # Labels for the codes every vocabulary may offer; translated in the GUI catalogue.
    def label(_lang: str) -> str:
        if code == "OTHER":
            return i18n.translate("FormView", "Other (please describe)")
        if code == "UNKNOWN":
            return i18n.translate("FormView", "Not known")
        return i18n.translate("FormView", "Prefer not to say")
    return label


def _options(raw: Field) -> list[Option]:
    out: list[Option] = []
    seen: set[str] = set()
    entries: list[Entry] = list(raw.options)
    standard = raw.standard_codes
    for vocab_id in raw.vocabularies:
        vocab = forms.load_vocabulary(vocab_id)
        entries.extend(e for e in vocab.entries if not e.deprecated)
        standard = standard or vocab.standard_codes
    for entry in entries:
        code = entry.code
        if code in seen:
            continue
        seen.add(code)
        out.append(Option(code, _text(entry.label), takes_text=code == "OTHER"))
    if standard:
        for code in ("OTHER", "UNKNOWN", "PREFER_NOT_TO_SAY"):
            if code not in seen:
                out.append(Option(code, _standard_label(code), takes_text=code == "OTHER"))
    return out


# References the app makes (an entry's or a session's own random id), and references the app
# keeps for itself: never shown as a question (usability-review problem 9).
APP_IDS = {"session_id", "link_id"}
APP_HIDDEN = {"supersedes", "consent_ref"}


def _app_made(raw: Any, in_repeat: bool) -> str:
    if str(getattr(raw, "type", "")) != "record_ref":
        return ""
    rid = str(raw.id)
    if rid in APP_IDS or (in_repeat and rid.endswith("_id")):
        return "id"
    return "hidden" if rid in APP_HIDDEN else ""


def _field(raw: Any, in_repeat: bool = False) -> FieldSpec:
    ftype = str(getattr(raw, "type", "text"))
    repeatable = bool(getattr(raw, "repeatable", False))
    children = [_field(c, repeatable) for c in (getattr(raw, "fields", None) or ())]
    form_id = form_version = ""
    if ftype == "form" and raw.form:
        sub = load(raw.form, raw.form_version)  # a composite: the sub-form's questions, nested (pinned version)
        children, form_id, form_version = sub.fields, sub.id, sub.version
    cond = raw.show_if
    condition = (lambda scope, root, c=cond: bool(c.holds(scope, root))) if cond is not None else None
    wording_map = raw.wording
    return FieldSpec(
        id=raw.id, type=ftype, required=raw.required, sensitivity=raw.sensitivity,
        label=_text(raw.label), help=_text(raw.help),
        options=_options(raw) if ftype in ("choice", "multi_choice", "place") else [],
        children=children, repeatable=raw.repeatable, condition=condition,
        wording=_text(wording_map) if wording_map else None, wording_langs=tuple(wording_map),
        minimum=getattr(raw, "minimum", None), maximum=getattr(raw, "maximum", None),
        form_id=form_id, form_version=form_version, raw=raw, app_made=_app_made(raw, in_repeat),
    )


def describe(definition: FormDefinition) -> FormSpec:
    return FormSpec(
        id=definition.id, version=definition.version, title=_text(definition.title),
        fields=[_field(f) for f in definition.fields], definition=definition,
    )


def load(form_id: str, version: str | None = None) -> FormSpec:
    return describe(forms.load_form(form_id, version))


def available_forms() -> list[FormSpec]:
    return [describe(d) for d in forms.list_forms()]


def validate(spec: FormSpec, answers: Answers) -> dict[str, list[str]]:
    """Problems by field path (``a.b`` or ``group[0].x``), messages in the current language."""
    lang = i18n.current()
    out: dict[str, list[str]] = {}
    for problem in spec.definition.validate(answers):
        out.setdefault(problem.path, []).append(problem.message(lang))
    return out


# Fields the app fills in itself (never typed): hidden in the renderer, set on every answer set.
def consent_script_id(form_id: str, version: str, fields: Sequence[FieldSpec]) -> str:
    """The consent text's id: the form version and a SHA-256 over every wording, every language."""
    wordings = {f.id: {lang: f.wording(lang) for lang in f.wording_langs} for f in fields if f.wording is not None}
    digest = hashlib.sha256(json.dumps(wordings, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"{form_id}@{version} sha256:{digest}"


def app_values(spec: FormSpec) -> tuple[dict[str, Any], dict[str, Any]]:
    """(filled, defaults) by answer path: ``filled`` values are hidden and always set;
    ``defaults`` are shown pre-filled and can be changed."""
    filled: dict[str, Any] = {}
    defaults: dict[str, Any] = {}

    def visit(fields: Sequence[FieldSpec], prefix: str, form_id: str, version: str) -> None:
        ids = {f.id for f in fields}
        if form_id == "consent" and "script_id" in ids:
            filled[prefix + "script_id"] = consent_script_id(form_id, version, fields)
            defaults[prefix + "script_lang"] = i18n.current()
            if spec.id == "self_submission" and "method" in ids:
                filled[prefix + "method"] = "click"  # a witness alone confirms on screen
        for f in fields:
            if f.type == "form" and f.form_id:
                visit(f.children, f"{prefix}{f.id}.", f.form_id, f.form_version)

    visit(spec.fields, "", spec.id, spec.version)
    return filled, defaults


def new_id() -> str:
    """A random reference (32 hex digits), never derived from names or dates."""
    import secrets

    return secrets.token_hex(16)


def is_identity_only(spec: FieldSpec) -> bool:
    """Whether every answer this field can hold is identity-class (then it is sealed whole)."""
    if spec.children:
        return all(is_identity_only(c) for c in spec.children)
    return spec.sensitivity == "identity"


def spec_at(fields: Sequence[FieldSpec], path: str) -> FieldSpec | None:
    """The field at an answer path (``a.b``, ``group[2].x``) inside ``fields``."""
    import re

    found: FieldSpec | None = None
    for part in re.sub(r"\[\d+\]", "", path).split("."):
        found = next((f for f in fields if f.id == part), None)
        if found is None:
            return None
        fields = found.children
    return found


def value_paths(fields: Sequence[FieldSpec], values: Mapping[str, Any], prefix: str = "") -> list[str]:
    """Paths of the answered leaf fields in ``values`` (entries of repeatable groups by index)."""
    out: list[str] = []
    for f in fields:
        if f.id not in values or values[f.id] in (None, "", [], {}):
            continue
        value, path = values[f.id], prefix + f.id
        if f.children and f.repeatable and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Mapping):
                    out += value_paths(f.children, item, f"{path}[{i}].")
        elif f.children and isinstance(value, Mapping):
            out += value_paths(f.children, value, path + ".")
        else:
            out.append(path)
    return out


def fill(answers: Any, kept: Any) -> Any:
    """``answers`` with what they lack taken from ``kept`` (entries matched by position)."""
    if isinstance(answers, Mapping) and isinstance(kept, Mapping):
        out = dict(answers)
        for key, value in kept.items():
            out[key] = fill(out[key], value) if key in out else value
        return out
    if isinstance(answers, list) and isinstance(kept, list):
        return [fill(a, kept[i]) if i < len(kept) else a for i, a in enumerate(answers)]
    return answers
