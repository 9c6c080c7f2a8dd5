# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer mode end to end over the real store, forms, bundle service and the demo archive's
receiver: a new interview walks the steps, consent gates the way, identity is sealed and then
shown only as "sealed", finalise puts a bundle in the outbox, sending brings back a verified
receipt; no answer is left readable on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.canary import assert_no_canaries, canary
from tests.gui import answers
from tests.gui.test_lock import visible_texts

pytestmark = pytest.mark.gui



def test_interview_from_session_record_to_verified_receipt(qtbot, demo_window, intake_home: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    witness, interviewer = canary("witness name"), canary("interviewer name")
    window = demo_window
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    assert page.list.empty.isVisible()
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    kinds = [s.kind for s in editor.steps]
    assert kinds[:3] == ["form", "consent", "identity"] and kinds[-3:] == ["recording", "attachments", "finalise"]

    # 1. Session record (it holds an identity-class field too: the interviewer's name).
    session = editor.views[0]
    session.set_answers(answers.session_record(interviewer))
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    assert editor.current == 1
    assert session.editor("interviewer_name").get() is None  # sealed: gone from the screen
    assert not session.editor("interviewer_name").widget.isEnabled()

    # 2. Consent: nobody gets past it without a valid consent.
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    assert editor.current == 1 and "Consent is needed" in editor.message.text()
    editor.views[1].set_answers(answers.consent("en"))
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    assert editor.current == 2, editor.views[1].problem_texts()

    # 3. Identity: sealed on save, then shown only as "sealed".
    identity = editor.views[2]
    identity.set_answers({"name_latin": witness, "identity_basis": identity.spec.fields[-2].options[0].code
                          if identity.spec.fields[-2].options else None})
    identity.set_answers({k: v for k, v in identity.answers().items()})
    basis = identity.editor("identity_basis")
    basis.box.setCurrentIndex(1)
    qtbot.mouseClick(editor.next, Qt.MouseButton.LeftButton)
    assert editor.current == 3, (editor.message.text(), identity.problem_texts())
    assert "sealed" in editor.step_list.item(2).text()
    assert witness not in visible_texts(window)
    editor.go(2)
    assert editor.views[2].objectName() == "" and "sealed" in editor.views[2].label.text().lower()

    # 4. Finalise: a bundle goes to the outbox (closing notes are required: testimony 1.1.0).
    answers.fill_closing_notes(editor)
    editor.go(len(editor.steps) - 1)
    qtbot.mouseClick(editor.views[len(editor.steps) - 1].button, Qt.MouseButton.LeftButton)

    def settled() -> bool:
        return page.editor is None or bool(editor.message.text()) or editor.findChild(object, "errorBox") is not None

    qtbot.waitUntil(settled, timeout=120000)
    if page.editor is not None:
        box = editor.findChild(object, "errorBox")
        raise AssertionError((editor.message.text(), box and box.text(), capfd.readouterr().err[-2000:]))
    assert page.list.rows[0][2] == "outbox"

    # 5. Outbox: the demo archive is reached on loopback; the receipt comes back verified.
    page.tabs.setCurrentWidget(page.outbox)
    assert "without Tor" in page.outbox.tor_status.text()
    assert page.outbox.ids
    qtbot.mouseClick(page.outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = page.outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: T-")) or \
            page.findChild(object, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=120000)
    box = page.findChild(object, "errorBox")
    assert box is None, (box.text(), box.informativeText(), capfd.readouterr().err[-2000:])
    # The receipt code is shown, and the interview stays listed as sent with its receipt code
    # (also when the profile had its local copy destroyed after the receipt).
    code = page.outbox.rows[0][4]
    assert [(r[1], r[2], r[4]) for r in page.list.rows] == [("Interview 1", "receipt_verified", code)]

    assert_no_canaries([witness, interviewer], full=[intake_home])
