# SPDX-License-Identifier: GPL-3.0-or-later
"""A draft started before an update of the forms (issue 21 item 5: "each with a migration for
existing answers"). An interviewer began an interview with testimony 1.0.0 (torture episodes
without ids, no closing notes asked); the app is updated to testimony 1.1.0. Opening the draft
brings it up to date: its answers are migrated part by part with the forms' own rules, the
store records the new version (so the sealed manifest names the questions actually asked), the
identity section sealed earlier is carried untouched, and the editor says what happened.

On the code before this test the draft kept saying 1.0.0 while the editor showed 1.1.0's
questions: a bundle sealed from it would have named the wrong form version."""

from __future__ import annotations

import pytest

import intake_forms as forms
from tests.gui.test_interview_editor import click

pytestmark = pytest.mark.gui

OLD_ANSWERS = {
    "torture": {"episodes": [{"date": "1989-06-12", "methods": ["BEATING"]}]},
    "closing_notes": {"clarifications": "CANARY-OLD-NOTE kept through the update"},
}


def test_a_draft_from_before_an_update_follows_the_new_form_and_keeps_its_answers(  # type: ignore[no-untyped-def]
        qtbot, demo_window) -> None:
    window = demo_window
    store = window.controller.store
    assert forms.load_form("testimony").version != "1.0.0"
    tid = store.create_testimony("testimony", "1.0.0")  # as the app made it before the update
    store.save_answers(tid, {**OLD_ANSWERS, "witness_identity": {"name_latin": "CANARY-NAME Wang"}})
    sealed_before = store.sealed_identity(tid)
    assert "witness_identity" in sealed_before

    click(qtbot, window.modes.buttons["interviewer"])
    page = window.mode_page
    row = next(i for i in range(page.list.table.rowCount()) if page.list.rows[i][0] == tid)
    page.list.table.setCurrentCell(row, 0)
    click(qtbot, page.list.open_button)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    editor = page.editor
    assert "version 1.0.0" in editor.message.text() and "version 1.1.0" in editor.message.text()

    summary = store.testimony(tid)
    assert summary.form_version == forms.load_form("testimony").version
    kept = store.answers(tid)
    (episode,) = kept["torture"]["episodes"]
    assert episode["date"] == "1989-06-12" and len(episode["episode_id"]) == 32  # migrated: an app-made id
    assert kept["closing_notes"] == OLD_ANSWERS["closing_notes"]  # nothing dropped
    assert store.sealed_identity(tid) == sealed_before  # the sealed section carried untouched
    # The torture step shows the episode, now with its id, and opening again changes nothing.
    step = next(i for i, s in enumerate(editor.steps) if s.field_id == "torture")
    shown = editor.controller.answers(tid, editor.steps[step])
    assert shown["episodes"][0]["episode_id"] == episode["episode_id"]
    assert editor.controller.bring_up_to_date(tid) is None
    versions = summary.versions
    assert store.testimony(tid).versions == versions
