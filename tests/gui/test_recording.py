# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording panel over the real audio service and a private PulseAudio server: a sine
played into the null sink moves the level meter, elapsed time advances, pause and a marker
work, stop keeps the take in the encrypted store, and it is listed for playback."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui import answers

pytestmark = [pytest.mark.gui, pytest.mark.audio]


def test_record_meter_marker_and_keep(qtbot, demo_window, pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.open_mode("interviewer")
    page.new_interview()
    editor = page.editor
    recording_step = next(i for i, s in enumerate(editor.steps) if s.kind == "recording")
    editor.go(recording_step)  # from the step list: consent still gates the way
    assert editor.current == 1 and "Consent is needed" in editor.message.text()
    editor.views[1].set_answers(answers.consent("en"))
    editor.go(recording_step)
    assert editor.current == recording_step
    panel = editor.views[recording_step]
    player = pulse.play_sine(tmp_path, 440.0, 20.0)
    try:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.stop_button.isEnabled(), timeout=20000)
        qtbot.waitUntil(lambda: panel.meter.value() > 30, timeout=20000)  # > -30 dBFS: the sine is heard
        qtbot.waitUntil(lambda: panel.elapsed.text() != "0:00:00", timeout=20000)
        qtbot.keyClicks(panel.marker_text, "question 3")
        qtbot.mouseClick(panel.marker_button, Qt.MouseButton.LeftButton)
        assert panel.markers.count() == 1 and "question 3" in panel.markers.item(0).text()
        qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
        assert "Resume" in panel.pause_button.text()
        qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.recordings.count() == 1, timeout=30000)
    finally:
        player.terminate()
    assert panel.record_button.isEnabled() and not math.isnan(panel.meter.value())
    payloads = window.controller.store.payloads(editor.interview_id, include_originals=False)
    assert [p.kind for p in payloads] == ["audio"] and payloads[0].size > 0


def test_take_killed_mid_recording_is_recovered_at_gui_unlock(  # type: ignore[no-untyped-def]
    qtbot, demo_window, pulse, intake_home: Path, tmp_path: Path
) -> None:
    """A recording process killed with SIGKILL mid-take (for real, in another process); the
    next unlock in the GUI recovers it: the mode page says so, the interview lists the take and
    its marker, and locking hides the notice again."""
    from tests.gui.conftest import PASSPHRASE
    from tests.integration.store_record_child import kill_mid_take

    window = demo_window
    page = window.open_mode("interviewer")
    page.new_interview()
    tid = page.editor.interview_id
    window.lock_now()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    passfile = tmp_path / "pass"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    player = pulse.play_sine(tmp_path, 440.0, 60.0, amplitude=0.5)
    try:
        names = kill_mid_take(intake_home, passfile, tid)
    finally:
        player.terminate()
    assert window.stack.currentWidget() is window.lock_screen  # nothing happened in the GUI yet

    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=60000)
    qtbot.waitUntil(lambda: window.modes.recovered.isVisible(), timeout=10000)
    assert "Interview 1" in window.modes.recovered.text()
    (row,) = window.controller.store.recordings(tid)
    assert row.blob_id == names["blob"] and row.journal_blob_id == names["journal"]

    page = window.open_mode("interviewer")
    page.open_interview(tid)
    editor = page.editor
    recording_step = next(i for i, s in enumerate(editor.steps) if s.kind == "recording")
    editor.go(recording_step)  # consent gates the way, as for a take recorded in the GUI
    editor.views[1].set_answers(answers.consent("en"))
    editor.go(recording_step)
    assert editor.current == recording_step
    panel = editor.views[recording_step]
    assert panel.recordings.count() == 1
    markers = [panel.markers.item(i).text() for i in range(panel.markers.count())]
    assert len(markers) == 1 and "question 3" in markers[0] and "recording 1" in markers[0]

    window.lock_now()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert not window.modes.recovered.text()
