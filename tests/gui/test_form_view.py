# SPDX-License-Identifier: GPL-3.0-or-later
"""The form renderer over the real form definitions: every field type gets an editor, answers
round-trip in the shapes the forms engine validates, conditional fields follow their condition,
problems show inline in the current language, and nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_app.gui.controllers import form_model
from intake_app.gui.widgets.form_view import FormView, make_editor
from intake_app.text import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def session_view(qtbot, english):  # type: ignore[no-untyped-def]
    view = FormView(form_model.load("session_record"))
    qtbot.addWidget(view)
    view.show()
    return view


def test_every_form_and_field_type_renders(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from intake_app.gui.widgets.form_view import _FieldList, _Group, _Repeat

    seen: set[str] = set()

    def walk(fields: _FieldList) -> int:
        count = 0
        for spec, editor, *_ in fields.rows:
            seen.add(spec.type)
            count += 1
            assert editor.widget is not None
            if isinstance(editor, _Repeat):
                count += walk(editor.add_item())  # children get editors per entry
            elif isinstance(editor, _Group):
                count += walk(editor.fields)
        return count

    for spec in form_model.available_forms():
        view = FormView(spec)
        qtbot.addWidget(view)
        assert walk(view.fields) >= len(spec.fields)
        view.answers()  # every editor yields a value (or nothing) without error
    assert {"text", "longtext", "choice", "multi_choice", "boolean", "time", "group", "consent", "date", "number",
            "place", "form", "audio", "attachment"} <= seen


def test_conditional_field_appears_and_keeps_its_value(qtbot, session_view) -> None:  # type: ignore[no-untyped-def]
    view = session_view
    assert not view.is_shown("interpreter_code")
    used = view.editor("interpreter_used")
    used.set(True)
    used.changed()
    assert view.is_shown("interpreter_code")
    code = view.editor("interpreter_code")
    qtbot.keyClicks(code.widget, "INT-7")
    used.set(False)
    used.changed()
    assert not view.is_shown("interpreter_code")
    assert view.answers()["interpreter_code"] == "INT-7"  # hidden, not cleared


def test_problems_inline_in_the_current_language_and_nothing_lost(qtbot, session_view) -> None:  # type: ignore[no-untyped-def]
    view = session_view
    start = view.editor("start")
    qtbot.keyClicks(start.local, "1989-06-04T01:00")
    qtbot.keyClicks(view.editor("place_region").widget, "Beijing")
    problems = form_model.validate(view.spec, view.answers())
    assert "mode" in problems  # required and unanswered
    view.show_problems(problems)
    texts = view.problem_texts()
    assert any("required" in t for t in texts)
    i18n.install("zh_CN")
    view.show_problems(form_model.validate(view.spec, view.answers()))
    assert any("必须填写" in t for t in view.problem_texts())
    assert view.answers()["start"] == {"local": "1989-06-04T01:00", "zone": "Asia/Shanghai", "qualifier": "exact"}
    assert view.answers()["place_region"] == "Beijing"
    assert "start" not in form_model.validate(view.spec, view.answers())  # the engine accepts the shape


def test_labels_follow_a_language_change(qtbot, session_view) -> None:  # type: ignore[no-untyped-def]
    view = session_view
    assert view.title.text() == view.spec.title("en")
    i18n.install("zh_TW")
    qtbot.waitUntil(lambda: view.title.text() == view.spec.title("zh_TW"))


def test_consent_records_the_wording_the_witness_saw(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    spec = form_model.load("consent")
    view = FormView(spec)
    qtbot.addWidget(view)
    view.show()
    field = next(f for f in spec.fields if f.type == "consent")
    editor = view.editor(field.id)
    editor.box.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(editor.box, Qt.Key.Key_Space)  # type: ignore[attr-defined]  # keyboard, as many will
    value = view.answers()[field.id]
    assert value == {"agreed": True, "lang": "en", "wording": field.wording("en")}
    assert field.id not in form_model.validate(spec, view.answers())


def test_number_that_does_not_parse_is_kept_as_typed(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    spec = form_model.load("consent")
    field = next(f for f in spec.fields if f.type == "number")
    editor = make_editor(field, lambda: None)
    editor.widget.setText("twelve")
    assert editor.get() == "twelve"
    editor.widget.setText("12")
    assert editor.get() == 12
