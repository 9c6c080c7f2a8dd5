# SPDX-License-Identifier: GPL-3.0-or-later
"""Immutable objects built from definition files: fields, vocabularies, problems.

A :class:`Field` tree mirrors the answers: top-level fields map to keys of the answers object,
a ``group`` holds an object (or, when repeatable, a list of objects) of its child fields, and a
``form`` field holds the answers of another form (used by the ``testimony`` composite).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from intake_forms.messages import LANGUAGES, render

SENSITIVITIES: tuple[str, ...] = ("content", "restricted-content", "identity")
"""Sensitivity classes, from least to most protected."""

FIELD_TYPES: tuple[str, ...] = (
    "text", "longtext", "number", "range", "choice", "multi_choice", "boolean", "date", "time",
    "place", "person_ref", "record_ref", "record_position", "group", "audio", "attachment", "consent", "form",
)

SKIPPED_SECTIONS = "skipped_sections"
"""The top-level multi_choice field where the sections a witness chose to skip are recorded: a
field marked ``graphic_content`` with one of its codes is then not required (R-MC-9)."""

STANDARD_CODES: tuple[str, ...] = ("OTHER", "UNKNOWN", "PREFER_NOT_TO_SAY")
"""Codes every vocabulary with ``standard_codes`` offers (R-FO-2); OTHER takes a text."""


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or ""


@dataclass(frozen=True)
class Entry:
    """One vocabulary entry: a stable code and three-script labels."""

    code: str
    labels: Mapping[str, str]
    note: str = ""
    review: str = ""
    rome_statute: tuple[str, ...] = ()
    kind: str = ""
    deprecated: bool = False

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class Vocabulary:
    """A controlled list of codes. Codes are ASCII, unique, and never removed or reused."""

    id: str
    version: str
    titles: Mapping[str, str]
    entries: tuple[Entry, ...]
    standard_codes: bool = True
    review: str = ""

    def title(self, lang: str = "en") -> str:
        return _pick(self.titles, lang)

    def codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.entries)

    def get(self, code: str) -> Entry | None:
        for entry in self.entries:
            if entry.code == code:
                return entry
        return None


@dataclass(frozen=True)
class Condition:
    """``show_if``: the field is shown (and can be required) only when this holds."""

    field: str
    equals: Any = None
    any_of: tuple[Any, ...] = ()
    is_true: bool | None = None
    answered: bool | None = None
    contains: str | None = None

    def holds(self, scope: Mapping[str, Any], root: Mapping[str, Any]) -> bool:
        name = self.field
        source = root if name.startswith("/") else scope
        value = source.get(name.lstrip("/"))
        code = value.get("code") if isinstance(value, dict) and "code" in value else value
        if self.answered is not None:
            return (value not in (None, "", [], {})) == self.answered
        if self.is_true is not None:
            truth = value.get("agreed") if isinstance(value, dict) else value
            return (truth is True) == self.is_true
        if self.contains is not None:
            items = value if isinstance(value, list) else []
            return any((i.get("code") if isinstance(i, dict) else i) == self.contains for i in items)
        if self.any_of:
            return code in self.any_of
        return bool(code == self.equals)


@dataclass(frozen=True)
class Field:
    """One question. ``label``/``help`` in en, zh_CN, zh_TW; ``sensitivity`` decides the side
    (identity / content / restricted-content) an answer is sealed to."""

    id: str
    type: str
    labels: Mapping[str, str]
    helps: Mapping[str, str]
    required: bool
    sensitivity: str
    vocabularies: tuple[str, ...] = ()
    options: tuple[Entry, ...] = ()
    standard_codes: bool = False
    fields: tuple[Field, ...] = ()
    repeatable: bool = False
    min_items: int | None = None
    max_items: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    max_length: int | None = None
    show_if: Condition | None = None
    wording: Mapping[str, str] = field(default_factory=dict)
    must_agree: bool = False
    consent_key: str | None = None
    protective_default: Any = None
    form: str | None = None
    # The version of ``form`` this part holds (a composite pins each part, so the composite's own
    # id and version, recorded in every sealed manifest, name each part's version; evidence-review
    # FO-10). None: the current version (older composites, which did not pin).
    form_version: str | None = None
    media_types: tuple[str, ...] = ()
    interviewer_only: bool = False
    # The section (a code of the form's ``skipped_sections`` options) this field belongs to when
    # it may contain graphic content (violence, injuries, deaths, detention): a witness is warned
    # before it and may skip it (evidence.md R-MC-9).
    graphic_content: str | None = None
    review: str = ""
    # A time field that may not be earlier than the sibling time field named here (end ≥ start).
    not_before: str | None = None

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)

    def help(self, lang: str = "en") -> str:
        return _pick(self.helps, lang)

    def child(self, field_id: str) -> Field | None:
        for child in self.fields:
            if child.id == field_id:
                return child
        return None

    def walk(self, prefix: str = "") -> list[tuple[str, Field]]:
        """(path, field) for this field and every descendant (``group.child``)."""
        path = f"{prefix}{self.id}"
        out = [(path, self)]
        for child in self.fields:
            out.extend(child.walk(path + "."))
        return out


@dataclass(frozen=True)
class Problem:
    """Something wrong with one answer. ``path`` is like ``events[0].date``; ``code`` is stable
    (see ``intake_forms/messages.py``); :meth:`message` gives the text in en, zh_CN or zh_TW."""

    path: str
    code: str
    labels: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        label = _pick(self.labels, lang) or self.path
        return render(self.code, lang if lang in LANGUAGES else "en", label, self.params)

    def __str__(self) -> str:
        return f"{self.path}: {self.message('en')}"
