# SPDX-License-Identifier: GPL-3.0-or-later
"""Every screen of the real window fits 1024x600 (usability-review problem 13, §2.8): the window
can be made that small, and on every screen no text is cut, no control sticks out of its box and
none lies on top of another. Walked in English and Simplified Chinese, with clicks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from intake_app.text import i18n
from tests.gui import answers
from tests.gui.conftest import PASSPHRASE, first_run
from tests.gui.layout_checks import fits_small_screen

pytestmark = pytest.mark.gui


def _check(window: Any, screen: str, seen: dict[str, list[str]]) -> None:
    found = fits_small_screen(window)
    if found:
        seen[screen] = found


def _switch(qtbot: Any, window: Any, lang: str) -> None:
    window.bar.language.setCurrentIndex(window.bar.language.findData(lang))
    qtbot.waitUntil(lambda: i18n.current() == lang)
    QApplication.processEvents()


def _add_buttons(view: Any) -> list[QPushButton]:
    return [b for b in view.findChildren(QPushButton)
            if b.objectName().startswith("add_") and b.isVisibleTo(view)]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_screen_fits_1024x600(qtbot, make_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, list[str]] = {}
    window = make_window()
    fr = window.first_run
    _check(window, "first run: language", seen)
    qtbot.mouseClick(fr.lang_buttons[lang], Qt.MouseButton.LeftButton)
    _check(window, "first run: passphrase", seen)
    _switch(qtbot, window, "en")
    first_run(qtbot, window)  # the fixture's clicks are in English
    _switch(qtbot, window, lang)
    window.first_run.show_profile_page()
    window.stack.setCurrentWidget(window.first_run)
    _check(window, "first run: archive profile", seen)
    window.go_home()
    _check(window, "mode chooser", seen)
    # After an unlock that recovered takes a crash cut short, the chooser says so above the buttons.
    window.controller.recordings_recovered.emit([(1, 58.5), (2, 3.0), (3, 12.0)])
    _check(window, "mode chooser with recovered recordings", seen)
    window.controller.recordings_recovered.emit([])

    # Interviewer: the three tabs, then every step of a new interview, with repeat groups opened.
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        _check(window, f"interviewer tab {tab}", seen)
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.views[0].set_answers(answers.session_record("IV name"))
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    editor.views[1].set_answers(answers.consent(lang))
    for step in range(len(editor.steps)):
        editor.step_list.setCurrentRow(step)
        if editor.current != step:
            continue  # a gate (consent) holds; its own screen was checked
        view = editor.views[step]
        _check(window, f"editor step {step + 1}", seen)
        if editor.steps[step].kind == "identity":  # sealed when left: filled as an interviewer would
            if not hasattr(view, "set_answers"):
                continue
            view.set_answers({"name_latin": "Witness name"})
            view.editor("identity_basis").box.setCurrentIndex(1)
            continue
        if editor.steps[step].kind == "consent":
            # Fields appear and texts re-wrap when the method changes: wording cut off after a
            # change was seen (usability review §2.2).
            method = view.editor("method").box
            chosen = method.currentIndex()
            for index in range(1, method.count()):
                method.setCurrentIndex(index)
                _check(window, f"consent with method {method.itemData(index)}", seen)
            method.setCurrentIndex(chosen)
        for button in _add_buttons(view)[:6]:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if _add_buttons(view):
            _check(window, f"editor step {step + 1} with entries added", seen)
    assert editor.current == len(editor.steps) - 1, (editor.current, editor.message.text())
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.bar.home, Qt.MouseButton.LeftButton)

    # Archive staff: both tabs.
    qtbot.mouseClick(window.modes.buttons["archive"], Qt.MouseButton.LeftButton)
    archive = window.mode_page
    for tab in range(archive.tabs.count()):
        archive.tabs.setCurrentIndex(tab)
        _check(window, f"archive tab {tab}", seen)
    qtbot.keyClicks(archive.custody_pass, "custody passphrase")
    qtbot.keyClicks(archive.custody_repeat, "custody passphrase")
    qtbot.mouseClick(archive.custody_unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: archive.controller.custody_info is not None, timeout=60000)
    for tab in range(archive.tabs.count()):
        archive.tabs.setCurrentIndex(tab)
        _check(window, f"archive tab {tab}, custody key unlocked", seen)

    # The lock screen, with a failed unlock message.
    qtbot.mouseClick(window.bar.lock, Qt.MouseButton.LeftButton)
    _check(window, "lock screen", seen)
    qtbot.keyClicks(window.lock_screen.passphrase, "wrong " + PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.lock_screen.message.text()), timeout=30000)
    _check(window, "lock screen after a wrong passphrase", seen)
    # Witness mode (last: it locks the interviewer's session when it opens): every page of the
    # wizard, the witness's own form with entries added.
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.is_unlocked, timeout=60000)
    window.go_home()
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    wizard = window.mode_page
    for key in wizard._order():  # the pages this witness session shows
        wizard._show(key)
        _check(window, f"witness: {key}", seen)
        if key == "questions" and wizard.form_view is not None:
            for button in _add_buttons(wizard.form_view)[:6]:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            _check(window, "witness: questions with entries added", seen)
    assert not seen, "\n".join(f"{screen}:\n  " + "\n  ".join(found) for screen, found in seen.items())


def test_interviews_table_fills_its_width_after_a_language_switch(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.resize(1920, 1000)
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.editor.close_button, Qt.MouseButton.LeftButton)
    table = page.list.table

    def filled() -> bool:
        header = table.horizontalHeader()
        return abs(sum(header.sectionSize(i) for i in range(header.count())) - table.viewport().width()) <= 2

    qtbot.waitUntil(filled)
    for lang in ("zh_CN", "en"):
        _switch(qtbot, window, lang)
        assert page.list.table.horizontalHeaderItem(0).text() != ""
        qtbot.waitUntil(filled)  # the last column still stretches to the table's edge


def test_on_a_wide_screen_forms_keep_a_readable_width_and_labels_use_it(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """At 1920x1080 inputs were 1,170 px wide, and long labels still wrapped at about 300 px."""
    window = demo_window
    window.resize(1920, 1080)
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    wizard = window.mode_page
    wizard._show("questions")  # the witness's own form (the flow to it: tests/gui/test_witness_mode.py)
    view = wizard.form_view
    QApplication.processEvents()
    assert view.width() > 1500
    rows = [row for row in view._all_rows() if row[2].isVisibleTo(view)]
    assert len(rows) > 5  # the witness form: the questions a witness answers alone
    for _spec, editor, label, *_ in rows:
        assert editor.widget.width() <= 1000, (label.text(), editor.widget.width())
        # A label that wraps onto a second line has the whole width of its field to do so.
        one_line = label.fontMetrics().height() * 1.5
        if label.height() > one_line:
            assert label.width() >= editor.widget.width() - 2, (label.text(), label.width(), editor.widget.width())


def test_outbox_table_fills_its_width_after_a_send(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """After a send the outbox's columns shrank to their text and left the rest of the table blank
    (walk, session 5: a one-off resizeColumnsToContents() on each refresh); rows as the controller
    gives them: one waiting, then the same one sent with its receipt verified."""
    window = demo_window
    window.resize(1024, 600)
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(page.outbox)).center())
    outbox = page.outbox
    table = outbox.table

    def filled() -> bool:
        header = table.horizontalHeader()
        return abs(sum(header.sectionSize(i) for i in range(header.count())) - table.viewport().width()) <= 2

    for state, code in (("queued", ""), ("receipt_verified", "T-2-AYV9-6J6H-SG93")):
        outbox.set_rows([("b1", "Interview 1", "0.3 MB", state, code)])
        qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
        qtbot.waitUntil(filled)
    assert code in table.item(0, 2).text()
