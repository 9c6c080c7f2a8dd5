# SPDX-License-Identifier: GPL-3.0-or-later
"""R-MC-9 (docs/requirements.md): a witness on their own is warned before a section with graphic
content and may skip it and still send (issue 17, item 2).

Driven through the real widgets of the real main window from the first screen ("Give my own
testimony"), to the local demo archive; the received bundle is opened with the demo archive's
keys, as the archive would open it. The warning screen comes from the form definition's
``graphic_content`` marker (``intake_forms/definitions/self_submission.yaml``), not from the page order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from tests.gui.test_witness_mode import _answer_consent, _texts

pytestmark = [pytest.mark.gui]

WARNING = "warning_WHAT_HAPPENED"


def _click(qtbot: Any, button: QPushButton) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0, timeout=10000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _start(qtbot: Any, window: Any) -> tuple[Any, list[str]]:
    """From the first screen to the end of the consent, noting every page shown on the way."""
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    seen: list[str] = []
    page.pages.currentChanged.connect(lambda _i: seen.append(page.current()))
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.archive_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.next_button.isEnabled(), timeout=120000)
    _click(qtbot, page.next_button)
    _click(qtbot, page.next_button)  # "I understand — continue"
    _answer_consent(qtbot, page)
    return page, seen


def _warning_shown(qtbot: Any, page: Any) -> tuple[QPushButton, QPushButton]:
    assert page.current() == WARNING
    screen = page.pages.currentWidget()
    skip = screen.findChild(QPushButton, "skipSection")
    go_on = screen.findChild(QPushButton, "continueSection")
    qtbot.waitUntil(lambda: skip.isVisible() and skip.height() > 0, timeout=10000)
    text = _texts(screen)
    for word in ("violence", "injuries", "deaths", "detention", "Leave without sending", "pause"):
        assert word in text, word
    # The protective choice first (above) and with the keyboard focus; no "Next" to press past it.
    assert skip.text().replace("&", "") == "Skip this part"
    assert skip.mapTo(screen, skip.rect().topLeft()).y() < go_on.mapTo(screen, go_on.rect().topLeft()).y()
    assert page.window().focusWidget() is skip  # Enter or Space takes the protective choice
    assert not page.next_button.isVisible()
    assert page.step.text().startswith("Step ")
    return skip, go_on


@pytest.mark.audio
def test_the_warning_comes_before_the_account_only_and_continue_goes_on(qtbot, make_window, pulse) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page, seen = _start(qtbot, window)
    _skip, go_on = _warning_shown(qtbot, page)
    # Before the marked section only: none before the language, archive, explanation or consent.
    assert [k for k in seen if k.startswith("warning_")] == [WARNING] and seen[-1] == WARNING
    _click(qtbot, go_on)
    assert page.current() == "voice"  # the first page of the marked section
    _click(qtbot, page.back_button)
    assert page.current() == WARNING  # back to the choice, not past it
    _click(qtbot, go_on)
    _click(qtbot, page.next_button)
    assert page.current() == "questions"
    view = page.form_view
    assert view.is_shown("account") and view.is_shown("what") and view.is_shown("how_known")
    assert not view.findChildren(QLabel, "graphicNotice")  # the witness had the screen, not a notice
    # No warning before the unmarked pages after it either.
    listing = view.editor("how_known").widget
    listing = listing if isinstance(listing, QListWidget) else listing.findChild(QListWidget)
    listing.item(0).setCheckState(Qt.CheckState.Checked)
    view.editor("account").widget.setPlainText("I was there.")
    _click(qtbot, page.next_button)
    assert page.current() == "files"
    _click(qtbot, page.next_button)
    assert page.current() == "review"
    assert "Skipped" not in page.summary.text()
    assert [k for k in seen if k.startswith("warning_")] == [WARNING, WARNING]  # shown again only by going back
    _click(qtbot, page.leave_button)


def test_skipping_the_account_still_sends_a_valid_bundle_that_says_so(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path, tmp_path: Path) -> None:
    import intake_crypto as crypto
    from intake_app.sealing import service as bundle_service

    window = make_window()
    page, seen = _start(qtbot, window)
    skip, go_on = _warning_shown(qtbot, page)
    # She starts writing, changes her mind, goes back to the warning and skips: what she wrote goes nowhere.
    _click(qtbot, go_on)
    _click(qtbot, page.next_button)
    assert page.current() == "questions"
    begun = "CANARY-begun-account"
    page.form_view.editor("account").widget.setPlainText(begun)
    _click(qtbot, page.back_button)
    _click(qtbot, page.back_button)
    skip, _go_on = _warning_shown(qtbot, page)
    _click(qtbot, skip)
    # The voice page is left out; the questions of the part are hidden, the others still asked.
    assert page.current() == "questions"
    assert "voice" not in page._order()
    view = page.form_view
    assert not any(view.is_shown(f) for f in ("account", "account_lang", "what"))
    assert view.is_shown("how_known") and view.is_shown("name")
    _click(qtbot, page.next_button)
    assert page.current() == "questions" and view.problem_texts()  # "how do you know" is still needed
    assert not any("account" in t.lower() for t in view.problem_texts())  # the skipped account is not
    listing = view.editor("how_known").widget
    listing = listing if isinstance(listing, QListWidget) else listing.findChild(QListWidget)
    listing.item(0).setCheckState(Qt.CheckState.Checked)
    _click(qtbot, page.next_button)
    assert page.current() == "files", view.problem_texts()
    _click(qtbot, page.next_button)
    assert page.current() == "review"
    summary = page.summary.text()
    assert "Skipped: What happened" in summary and "chose to skip" in summary and "Recordings: 0" in summary
    _click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.current() == "receipt" or bool(page.send_error.text()), timeout=600000)
    assert not page.send_error.text()
    assert [k for k in seen if k.startswith("warning_")] == [WARNING, WARNING]

    # The archive opens it: valid, no account, no acts, no recording, and it says the part was skipped.
    (bundle,) = [p for p in (intake_home / "demo-archive" / "received").rglob("*.tib")]
    keys = intake_home / "demo-archive" / "keys"
    identities = [crypto.parse_identities((keys / f"{n}.key").read_text())[0] for n in ("content", "identity")]
    opened = tmp_path / "opened"
    bundle_service.open_bundle(bundle, identities, opened)
    answers = _content_answers(opened)
    assert answers["skipped_sections"] == ["WHAT_HAPPENED"], answers
    assert not {"account", "account_lang", "what", "recording"} & set(answers), answers
    assert answers["how_known"]
    assert not [p for p in opened.rglob("*") if p.is_file() and begun.encode() in p.read_bytes()]
    assert not [p for p in opened.rglob("*") if p.suffix in (".flac", ".wav", ".opus", ".ogg")]
    import intake_forms as forms

    assert forms.load_form("self_submission").validate(answers) == []  # a valid, partial testimony
    _click(qtbot, page.cannot_write)


def _content_answers(opened: Path) -> dict[str, Any]:
    """The content side's answers as the archive reads them (``content/answers.json``)."""
    for path in sorted(opened.rglob("*.json")):
        try:
            data = json.loads(path.read_text())
        except (UnicodeDecodeError, ValueError):
            continue
        found = _find(data)
        if found is not None:
            return found
    raise AssertionError(sorted(str(p.relative_to(opened)) for p in opened.rglob("*")))


def _find(data: Any) -> dict[str, Any] | None:
    if isinstance(data, dict):
        if "how_known" in data:
            return data
        for value in data.values():
            found = _find(value)
            if found is not None:
                return found
    if isinstance(data, list):
        for value in data:
            found = _find(value)
            if found is not None:
                return found
    return None


def test_an_interviewer_walking_a_marked_form_sees_a_notice_before_each_marked_run(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """The interviewer's form view (no skip screen there): a notice before each run of marked
    fields, none in a form without marks."""
    from intake_app.gui.controllers import form_model
    from intake_app.gui.widgets.form_view import FormView

    view = FormView(form_model.load("self_submission"))
    qtbot.addWidget(view)
    column = view.fields.column
    order = [column.itemAt(i).widget() for i in range(column.count()) if column.itemAt(i).widget() is not None]
    names = [w.objectName() for w in order]
    notices = [i for i, n in enumerate(names) if n == "graphicNotice"]
    # recording, account and its language are one run; "what" comes after unmarked questions: a second notice.
    assert [names[i + 1] for i in notices] == ["row_recording", "row_what"], names
    assert "violence" in order[notices[0]].text()
    plain = FormView(form_model.load("session_record"))
    qtbot.addWidget(plain)
    assert not plain.findChildren(QWidget, "graphicNotice")
