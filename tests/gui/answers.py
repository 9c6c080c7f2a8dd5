# SPDX-License-Identifier: GPL-3.0-or-later
"""Valid answers for the real form definitions, built from the definitions themselves, so GUI
tests can fill long forms quickly and still go through the renderer and the forms engine."""

from __future__ import annotations

from typing import Any

import intake_forms as forms


def consent(lang: str = "en") -> dict[str, Any]:
    """A complete consent with every choice at its first (most protective) option."""
    form = forms.load_form("consent")
    out: dict[str, Any] = {"method": "click"}
    for field in form.fields:
        if not field.required or field.show_if is not None or field.id in out or field.id == "script_id":
            continue
        if field.type == "consent":
            out[field.id] = form.consent_answer(field.id, True, lang)
        elif field.type == "choice":
            out[field.id] = field.options[0].code
        elif field.type == "time":
            out[field.id] = {"local": "2026-11-20T10:05", "zone": "Asia/Hong_Kong", "qualifier": "exact"}
    out["script_lang"] = lang
    return out


def session_record(interviewer_name: str) -> dict[str, Any]:
    return {
        "mode": "field_interview", "interviewer_code": "IV-1", "interviewer_name": interviewer_name,
        "start": {"local": "2026-11-20T10:00", "zone": "Asia/Hong_Kong", "qualifier": "exact"},
        "end": {"local": "2026-11-20T12:00", "zone": "Asia/Hong_Kong", "qualifier": "exact"},
        "place_region": "Hong Kong", "languages": ["YUE"], "interpreter_used": False, "recording": "none",
        "not_recorded_reason": "The witness asked not to be recorded.", "readback": "read_back",
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none",
    }


def closing_notes() -> dict[str, Any]:
    """The interviewer's closing notes, required in interviewer mode (testimony 1.1.0, ICC rule 111)."""
    return {"clarifications": "Nothing to add.", "consent_reconfirmed": True, "support_offered": ["psychosocial"],
            "safety_level": "medium"}


def fill_closing_notes(editor: Any) -> None:
    """Go to the closing notes step and answer it (their own test types them through the widgets)."""
    index = next(i for i, s in enumerate(editor.steps) if s.field_id == "closing_notes")
    editor.go(index)
    editor.views[index].set_answers(closing_notes())
