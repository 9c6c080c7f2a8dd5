# SPDX-License-Identifier: GPL-3.0-or-later
"""A GUI-side view of a form definition: what the renderer needs, nothing more.

``describe(definition)`` turns a ``forms.FormDefinition`` into :class:`FieldSpec` trees; the
renderer never touches the forms engine directly, and validation goes back through
:func:`validate`, which returns problems keyed by field path with messages in the current
language. Adapting to the forms engine happens only here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from intake_app import i18n
from intake_app.gui.controllers.app import service

Answers = dict[str, Any]

TEXT_TYPES = {"text", "short_text", "string"}
LONG_TEXT_TYPES = {"long_text", "longtext", "textarea", "narrative"}


@dataclass
class FieldSpec:
    id: str
    type: str
    required: bool
    sensitivity: str
    label: Callable[[str], str]
    help: Callable[[str], str]
    options: list[tuple[str, Callable[[str], str]]] = field(default_factory=list)
    children: list[FieldSpec] = field(default_factory=list)
    repeatable: bool = False
    condition: Callable[[Mapping[str, Any]], bool] | None = None
    wording: Callable[[str], str] | None = None  # consent checkbox: the wording recorded
    raw: Any = None


@dataclass
class FormSpec:
    id: str
    version: str
    title: Callable[[str], str]
    fields: list[FieldSpec]
    definition: Any


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


def _field(raw: Any) -> FieldSpec:
    ftype = str(getattr(raw, "type", "text"))
    children = [_field(c) for c in (getattr(raw, "fields", None) or getattr(raw, "children", None) or [])]
    options: list[tuple[str, Callable[[str], str]]] = []
    opts = getattr(raw, "options", None)
    if callable(opts):
        opts = opts()
    for opt in opts or []:
        code = getattr(opt, "code", None) or getattr(opt, "id", None) or getattr(opt, "value", None)
        if code is None and isinstance(opt, Mapping):
            code = opt.get("code") or opt.get("value")
        label = getattr(opt, "label", None) if not isinstance(opt, Mapping) else opt.get("label")
        options.append((str(code if code is not None else opt), _text(label if label is not None else str(code))))
    cond = getattr(raw, "is_visible", None) or getattr(raw, "visible", None)
    condition = cond if callable(cond) else None
    wording = getattr(raw, "wording", None)
    return FieldSpec(
        id=str(raw.id), type=ftype, required=bool(getattr(raw, "required", False)),
        sensitivity=str(getattr(raw, "sensitivity", "content")),
        label=_text(getattr(raw, "label", raw.id)), help=_text(getattr(raw, "help", "")),
        options=options, children=children,
        repeatable=bool(getattr(raw, "repeatable", False) or ftype in ("repeat", "repeatable_group")),
        condition=condition, wording=_text(wording) if wording is not None else None, raw=raw,
    )


def describe(definition: Any) -> FormSpec:
    return FormSpec(
        id=str(definition.id), version=str(definition.version), title=_text(getattr(definition, "title", definition.id)),
        fields=[_field(f) for f in definition.fields], definition=definition,
    )


def load(form_id: str, version: str | None = None) -> FormSpec:
    forms = service("forms")
    return describe(forms.load_form(form_id, version))


def available_forms() -> list[FormSpec]:
    forms = service("forms")
    return [describe(d) for d in forms.list_forms()]


def validate(spec: FormSpec, answers: Answers) -> dict[str, list[str]]:
    """Problems by field path (``a.b`` or ``group[0].x``), messages in the current language."""
    lang = i18n.current()
    out: dict[str, list[str]] = {}
    for problem in spec.definition.validate(answers):
        path = getattr(problem, "path", "") or getattr(problem, "field", "")
        if isinstance(path, Sequence) and not isinstance(path, str):
            path = ".".join(str(p) for p in path)
        message = problem.message(lang) if callable(getattr(problem, "message", None)) else str(problem)
        out.setdefault(str(path), []).append(message)
    return out
