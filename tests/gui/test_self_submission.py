# SPDX-License-Identifier: GPL-3.0-or-later
"""Self-submission end to end against the local demo archive (its real receiver on loopback):
language, explanation, the witness form with its consent, send, the receipt code; then nothing
about the submission is left on the machine (canary scan of INTAKE_HOME, temp and cache dirs)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.canary import assert_no_canaries, canary, default_roots
from tests.gui import answers

pytestmark = pytest.mark.gui



def test_witness_submits_alone_and_nothing_stays(qtbot, demo_window, intake_home: Path, canary_clock) -> None:  # type: ignore[no-untyped-def]
    story, name, contact = canary("story"), canary("name"), canary("contact")
    window = demo_window
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert "risks" in page.explain.text()
    qtbot.mouseClick(page.explain_next, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == 2  # voice, if they wish: skipped here
    qtbot.mouseClick(page.voice_next, Qt.MouseButton.LeftButton)
    view = page.form_view
    assert view is not None and page.pages.currentIndex() == 3

    # Nothing filled in: the wizard stays and says why, inline.
    qtbot.mouseClick(page.form_next, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == 3 and page.form_message.text()

    consent = answers.consent("en") | {"followup_contact": "yes"}  # so a way to reach the witness may be given
    view.set_answers({"consent": consent, "how_known": ["SAW"], "name": name, "contact": contact})
    # Typed through an input method (QTest can only synthesise ASCII key presses).
    view.editor("account").widget.insertPlainText(story)
    qtbot.mouseClick(page.form_next, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == 4, page.form_view.problem_texts()
    assert "demo" in page.send_text.text()

    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 5 or bool(page.send_error.text()), timeout=120000)
    assert not page.send_error.text()
    code = page.receipt_code.text()
    assert re.fullmatch(r"[A-Z]+-\d+(-[0-9A-Z]{4})+", code), code
    assert page.form_view is None  # answers already dropped from the screen

    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes)

    # The archive got it (ciphertext), the machine kept nothing about it.
    received = [p for p in (intake_home / "demo-archive" / "received").rglob("*") if p.is_file()]
    assert received
    for leftover in ("outbox/self", "transport/uploads", "receipts"):
        folder = intake_home / leftover
        assert not folder.exists() or not any(folder.iterdir()), leftover
    assert_no_canaries([story, name, contact], full=[intake_home], recent=default_roots(), since=canary_clock)


@pytest.mark.audio
def test_witness_may_speak_instead_of_writing(qtbot, demo_window, intake_home: Path, pulse, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    # The input chosen in the interviewer settings is used here too.
    window.controller.store.set_setting("audio_input_device", "pulse")
    page = window.open_mode("self")
    page._language("en")
    qtbot.mouseClick(page.explain_next, Qt.MouseButton.LeftButton)
    player = pulse.play_speech(tmp_path, "I was on Chang'an Avenue that night.")
    try:
        qtbot.mouseClick(page.voice.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.voice.stop_button.isEnabled(), timeout=20000)
        assert page.voice.input_label.text() == "Input: pulse"
        qtbot.waitUntil(lambda: page.voice.elapsed.text() >= "0:00:01", timeout=20000)
        qtbot.mouseClick(page.voice.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.voice.recordings.count() == 1, timeout=30000)
    finally:
        player.terminate()
    qtbot.mouseClick(page.voice_next, Qt.MouseButton.LeftButton)
    page.form_view.set_answers({"consent": answers.consent("en"), "how_known": ["SAW"]})  # nothing written
    qtbot.mouseClick(page.form_next, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == 4, page.form_view.problem_texts()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 5 or bool(page.send_error.text()), timeout=120000)
    assert not page.send_error.text() and page.receipt_code.text()
    assert page.controller.audio.takes == []  # the voice left memory with the answers
    audio_files = [p for p in intake_home.rglob("*") if p.suffix in (".flac", ".opus", ".wav")]
    assert audio_files == []
