# SPDX-License-Identifier: GPL-3.0-or-later
"""Form engine for Testimony Intake: declarative, versioned form definitions, controlled
vocabularies in three scripts, answer validation, and the identity / content split.

Public API (stable; see docs in README "## Forms")::

    load_form(form_id, version=None) -> FormDefinition
    list_forms() -> list[FormDefinition]          # current version of each form
    load_vocabulary(vocabulary_id) -> Vocabulary
    FormDefinition: id, version, title(lang), description(lang), fields (tree of Field),
        field(path), validate(answers) -> list[Problem], split_by_sensitivity(answers),
        consent_summary(answers), consent_answer(field_id, agreed, lang), migrate(answers, from_version),
        media_refs(answers) -> [MediaRef(path, type, sensitivity, ref, media_type)]
    Field: id, type, sensitivity, required, label(lang), help(lang), fields (children) ...
    Problem: path, code, message(lang)
    migrate_answers(form_id, answers, from_version, to_version=None)
    migrate_composite(form_id, answers, from_version, to_version=None, skip=frozenset())
    local_to_utc(local, zone, fold=None), make_time(...), date_precision(edtf),
    lunar_to_date(year, month, day, leap=False), date_to_lunar(iso_date)
    new_ref() -> a random record reference (never derived from names)

The ``testimony`` form is a composite: each of its fields holds the answers of one form
(``session_record``, ``consent``, ``witness_identity``...), so a whole interview is validated,
split and summarised with the same three calls.

This package never imports the app or Qt, never writes files and never changes the answers it
is given: what a person typed is kept even when it is invalid.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from intake_forms.definition import FormDefinition, MediaRef
from intake_forms.errors import (
    AnswersError,
    DefinitionError,
    FormError,
    FormNotFoundError,
    MigrationError,
    TimeValueError,
    VocabularyNotFoundError,
)
from intake_forms.messages import LANGUAGES
from intake_forms.model import FIELD_TYPES, SENSITIVITIES, STANDARD_CODES, Entry, Field, Problem, Vocabulary
from intake_forms.registry import Registry, default_registry
from intake_forms.values import (
    date_precision,
    date_to_lunar,
    local_to_utc,
    lunar_to_date,
    make_time,
    utc_offset,
)

__all__ = [
    "FIELD_TYPES",
    "LANGUAGES",
    "SENSITIVITIES",
    "STANDARD_CODES",
    "AnswersError",
    "DefinitionError",
    "Entry",
    "Field",
    "FormDefinition",
    "FormError",
    "FormNotFoundError",
    "MediaRef",
    "MigrationError",
    "Problem",
    "Registry",
    "TimeValueError",
    "Vocabulary",
    "VocabularyNotFoundError",
    "date_precision",
    "date_to_lunar",
    "list_forms",
    "list_vocabularies",
    "load_form",
    "load_vocabulary",
    "local_to_utc",
    "lunar_to_date",
    "make_time",
    "migrate_answers",
    "migrate_composite",
    "new_ref",
    "utc_offset",
]


def load_form(form_id: str, version: str | None = None) -> FormDefinition:
    """One form definition (the current version unless ``version`` is given)."""
    return default_registry().load(form_id, version)


def list_forms() -> list[FormDefinition]:
    """The current version of every form, sorted by id."""
    return default_registry().all_forms()


def load_vocabulary(vocabulary_id: str) -> Vocabulary:
    return default_registry().vocabulary(vocabulary_id)


def list_vocabularies() -> list[Vocabulary]:
    registry = default_registry()
    return [registry.vocabulary(v) for v in registry.vocabulary_ids()]


def migrate_answers(form_id: str, answers: Mapping[str, Any], from_version: str,
                    to_version: str | None = None, *, root: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A copy of ``answers`` moved from ``from_version`` to ``to_version`` (default: current).
    ``root``: the whole testimony's answers, for rules that look at other parts (``to_position``)."""
    from intake_forms.migrate import migrate_answers as _migrate

    return _migrate(default_registry(), form_id, answers, from_version, to_version, root=root)


def migrate_composite(form_id: str, answers: Mapping[str, Any], from_version: str, to_version: str | None = None,
                      *, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A composite's answers brought from one version to another, part by part (:mod:`intake_forms.migrate`)."""
    from intake_forms.migrate import migrate_composite as _migrate

    return _migrate(default_registry(), form_id, answers, from_version, to_version, skip=skip)


def new_ref() -> str:
    """A fresh random record reference (128 bits from the OS CSPRNG, 32 hex characters)."""
    return uuid.uuid4().hex
