# SPDX-License-Identifier: GPL-3.0-or-later
"""R-MC-9: sections with graphic content are declared in the form definition (``graphic_content``)
and a witness may skip them; the skip is recorded in ``skipped_sections`` and makes the
section's questions not required (partial submission). The witness wizard's warning screens and
the bundle sent after a skip: ``tests/gui/test_witness_warning.py``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import intake_forms as forms
from intake_forms.errors import DefinitionError
from intake_forms.registry import Registry

CONSENT_LESS = {"how_known": ["SAW"]}


def _problems(answers: dict[str, object]) -> set[str]:
    return {p.path for p in forms.load_form("self_submission").validate(answers) if p.path != "consent"}


def test_the_account_is_the_marked_section() -> None:
    form = forms.load_form("self_submission")
    assert {f.id: f.graphic_content for f in form.fields if f.graphic_content} == {
        "recording": "WHAT_HAPPENED", "account": "WHAT_HAPPENED", "account_lang": "WHAT_HAPPENED",
        "what": "WHAT_HAPPENED"}


def test_a_skipped_section_is_not_required_and_an_unskipped_one_is() -> None:
    assert _problems(dict(CONSENT_LESS)) == {"account"}
    assert _problems({**CONSENT_LESS, "skipped_sections": ["WHAT_HAPPENED"]}) == set()
    # Only a section the form offers can be named skipped.
    assert _problems({**CONSENT_LESS, "skipped_sections": ["NOT_A_SECTION"]}) == {"account", "skipped_sections[0]"}
    # Skipping does not lift what lies outside the section ("how do you know" stays required).
    assert "how_known" in _problems({"skipped_sections": ["WHAT_HAPPENED"]})


def test_answers_to_1_0_0_stay_valid_and_readable() -> None:
    old = forms.load_form("self_submission", "1.0.0")
    assert not any(f.graphic_content for f in old.fields)
    answers = {**CONSENT_LESS, "account": "I was there."}
    assert _problems(answers) == set()


def test_a_marked_section_without_a_place_to_record_the_skip_is_a_definition_error(tmp_path: Path) -> None:
    root = tmp_path / "forms"
    for name in ("definitions", "schema", "vocabularies"):
        shutil.copytree(Path(forms.__file__).with_name(name), root / name)
    path = root / "definitions" / "self_submission.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("graphic_content: WHAT_HAPPENED", "graphic_content: GORE", 1), encoding="utf-8")
    with pytest.raises(DefinitionError, match="GORE"):
        Registry(root).load("self_submission")
