# SPDX-License-Identifier: GPL-3.0-or-later
"""Longer GUI flows shared by several tests: the first run with an imported profile file, and an
interview filled through the real renderer and finalised into the outbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui import answers
from tests.gui.conftest import PASSPHRASE


def first_run_with_profile(qtbot: Any, window: Any, profile_path: Path, fingerprint: str) -> None:
    """Language, passphrase, then import ``profile_path``: the fingerprint shown must be
    ``fingerprint`` and the profile is only accepted after the confirmation box is ticked."""
    fr = window.first_run
    qtbot.mouseClick(fr.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fr.first, PASSPHRASE)
    qtbot.keyClicks(fr.second, PASSPHRASE)
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.pages.currentIndex() == 2, timeout=60000)
    # What the "Import profile file…" button emits once the file dialog returns a path.
    fr.profile_file_chosen.emit(str(profile_path))
    qtbot.waitUntil(lambda: fr.checked.isVisible(), timeout=60000)
    assert fr.fingerprint.text() == fingerprint
    assert not fr.accept_button.isEnabled()  # not before the fingerprint was confirmed
    fr.confirm.setChecked(True)
    qtbot.mouseClick(fr.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=10000)


def finalised_interview(qtbot: Any, window: Any, capfd: Any, interviewer: str = "IV name",
                        witness: str = "Witness name") -> Any:
    """Open interviewer mode, fill session record, consent and identity, finalise; return the page."""
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.views[0].set_answers(answers.session_record(interviewer))
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    editor.views[1].set_answers(answers.consent("en"))
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    assert editor.current == 2, editor.views[1].problem_texts()
    identity = editor.views[2]
    identity.set_answers({"name_latin": witness})
    identity.editor("identity_basis").box.setCurrentIndex(1)
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    assert editor.current == 3, (editor.message.text(), identity.problem_texts())
    answers.fill_closing_notes(editor)
    last = len(editor.steps) - 1
    editor.go(last)
    qtbot.mouseClick(editor.views[last].button, Qt.MouseButton.LeftButton)

    def settled() -> bool:
        return page.editor is None or bool(editor.message.text()) or editor.findChild(object, "errorBox") is not None

    qtbot.waitUntil(settled, timeout=120000)
    if page.editor is not None:
        box = editor.findChild(object, "errorBox")
        raise AssertionError((editor.message.text(), box and box.text(), capfd.readouterr().err[-2000:]))
    assert page.list.rows[0][2] == "outbox"
    return page
