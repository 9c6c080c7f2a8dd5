# SPDX-License-Identifier: GPL-3.0-or-later
"""Locking and recording together, through the real window, the real store and the private
PulseAudio server (usability-review problems 3, 11 and 15):

* a recording longer than the idle timeout (set in gui.json, as a user's configuration would)
  is not interrupted, and all of its audio is kept: the idle timer fires three times while it
  runs, the recorder's frame count grows across each period, and the sealed take's frames
  outlast the third firing (counted in frames, never against a clock); once it stops, the idle
  lock works again;
* a lock by the person (Ctrl+Shift+L, F12) during a recording locks at once, keeps the audio
  sealed in the store and raises nothing; after unlock the interviewer is back on the same
  interview and step, can record again, and can delete a take (after a confirmation);
* text typed and not yet saved by a step change is autosaved (encrypted, never in plaintext)
  and is there again after lock and unlock, on the same step;
* the panic wipe is reachable from the lock screen, with the same deliberate confirmation.

Every test fails on an exception seen by ``sys.excepthook``, a traceback on stderr (the crash
handler's output) or a warning logged by the app.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.fixtures.canary import canary
from tests.gui import answers
from tests.gui.conftest import PASSPHRASE, first_run


def assert_every_frame_kept(info: dict[str, Any]) -> None:
    """What PulseAudio delivered between Record and Stop is what the take holds, frame for frame
    (the recorder's counts in the take's sealed description; nothing paused, dropped or cut)."""
    assert info["delivered_frames"] > 0, info
    assert info["dropped_frames"] == 0 and info["overflows"] == 0, info
    assert info["frames"] == info["delivered_frames"] - info["paused_frames"], info

pytestmark = [pytest.mark.gui]

IDLE_MINUTES = 0.05  # 3 s, written to gui.json the way a person (or an admin) configures it
IDLE_MS = 3000


@pytest.fixture
def nothing_raised(monkeypatch: pytest.MonkeyPatch, capfd: Any, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    seen: list[BaseException] = []
    original = sys.excepthook

    def hook(kind: Any, value: BaseException, tb: Any) -> None:
        seen.append(value)
        original(kind, value, tb)

    monkeypatch.setattr(sys, "excepthook", hook)
    caplog.set_level(logging.WARNING, logger="intake_app")
    yield
    err = capfd.readouterr().err
    assert not seen, seen
    assert "Traceback" not in err, err[-3000:]
    logged = [r for r in caplog.records if r.name.startswith("intake_app") and r.levelno >= logging.WARNING]
    assert not logged, [r.getMessage() for r in logged]


@pytest.fixture
def short_idle_window(qtbot: Any, make_window: Any, intake_home: Path) -> Any:
    from intake_app.home import paths

    (paths.config_dir() / "gui.json").write_text(json.dumps({"idle_minutes": IDLE_MINUTES}), encoding="utf-8")
    window = make_window()
    assert window.idle.interval() == IDLE_MS  # the setting is what the window uses
    first_run(qtbot, window)
    return window


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_step(qtbot: Any, editor: Any, index: int) -> None:
    rect = editor.step_list.visualItemRect(editor.step_list.item(index))
    qtbot.mouseClick(editor.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_new_interview(qtbot: Any, window: Any) -> Any:
    click(qtbot, window.modes.buttons["interviewer"])
    page = window.mode_page
    click(qtbot, page.list.new_button)
    assert page.editor is not None
    return page


def to_recording_step(qtbot: Any, editor: Any) -> Any:
    """Consent given, then the recording step chosen in the step list."""
    click_step(qtbot, editor, 1)
    editor.views[1].set_answers(answers.consent("en"))
    step = next(i for i, s in enumerate(editor.steps) if s.kind == "recording")
    click_step(qtbot, editor, step)
    assert editor.current == step, editor.message.text()
    return editor.views[step]


def start_recording(qtbot: Any, panel: Any) -> float:
    """Press Record; return the seconds until sound arrived (the panel says "starting" until then)."""
    pressed = time.monotonic()
    click(qtbot, panel.record_button)
    assert not panel.record_button.isEnabled()
    assert "Starting" in panel.state.text() or "Recording" in panel.state.text()
    qtbot.waitUntil(lambda: panel.state.text().startswith("●"), timeout=20000)
    delay = time.monotonic() - pressed
    assert panel.stop_button.isEnabled() and panel.marker_button.isEnabled()
    return delay


def typed_in(qtbot: Any, field: Any, text: str) -> None:
    """Type ``text`` as a person does: Latin letters as key presses, Chinese through the input
    method's commit (QTest cannot press keys for characters outside Latin-1)."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(field, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(field, event)


def unlock(qtbot: Any, window: Any) -> None:
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.is_unlocked, timeout=60000)


def durations(window: Any, interview_id: str) -> list[float]:
    return [row.duration_ms / 1000 for row in window.controller.store.recordings(interview_id)]


@pytest.mark.audio
def test_recording_outlasts_the_idle_lock_and_keeps_all_its_audio(  # type: ignore[no-untyped-def]
        qtbot, short_idle_window, pulse, tmp_path: Path, nothing_raised) -> None:
    window = short_idle_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    panel = to_recording_step(qtbot, editor)
    # The idle lock's own timer is watched, and at each time it fires the audio time the recorder
    # reported last (its frames counted, not a clock): the claim is about idle periods and frames.
    audio = editor.controller.audio
    reported = [0.0]
    audio.elapsed.connect(lambda seconds: reported.__setitem__(0, seconds))
    fired: list[tuple[float, bool, bool]] = []  # (audio seconds, still unlocked, idle held)
    window.idle.timeout.connect(
        lambda: fired.append((reported[0], window.controller.is_unlocked, window.controller.idle_held)))
    player = pulse.play_sine(tmp_path, 440.0, 60.0)
    try:
        delay = start_recording(qtbot, panel)
        print(f"\nRecord pressed -> sound arriving: {delay:.2f} s")
        # Nobody touches anything: the idle lock fires three times, and each time the recording
        # holds it off and goes on.
        qtbot.waitUntil(lambda: len(fired) >= 3 or not window.controller.is_unlocked, timeout=3 * IDLE_MS + 60000)
        assert len(fired) >= 3 and all(unlocked and held for _, unlocked, held in fired), fired
        assert window.controller.is_unlocked and window.mode_page is page
        assert window.stack.currentWidget() is page and panel.stop_button.isEnabled()
        at_third = fired[2][0]
        # Audio was recorded in every idle period: more frames at each firing than at the last.
        assert 0 < fired[0][0] < fired[1][0] < at_third, fired
        qtbot.waitUntil(lambda: reported[0] > at_third, timeout=20000)  # and after the third
        click(qtbot, panel.stop_button)
        qtbot.waitUntil(lambda: panel.recordings.count() == 1, timeout=30000)
    finally:
        player.terminate()
    # The sealed take holds the audio of all three idle periods and what came after: its frames
    # (the recorder's count, sealed in the take's description) outlast the third firing's.
    (row,) = window.controller.store.recordings(editor.interview_id)
    assert row.info["frames"] / row.info["samplerate"] > at_third, (row.info, fired)
    assert row.duration_ms is not None and row.duration_ms / 1000 > at_third, (row.duration_ms, fired)
    # All of it: every frame PulseAudio delivered between Record and Stop is in the take.
    assert_every_frame_kept(row.info)
    # The recording no longer holds the idle lock off.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=IDLE_MS + 5000)
    assert not window.controller.is_unlocked and window.mode_page is None


@pytest.mark.audio
def test_lock_during_recording_keeps_the_audio_and_returns_to_the_same_place(  # type: ignore[no-untyped-def]
        qtbot, demo_window, pulse, tmp_path: Path, nothing_raised) -> None:
    window = demo_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    interview_id = editor.interview_id
    panel = to_recording_step(qtbot, editor)
    step = editor.current
    player = pulse.play_sine(tmp_path, 440.0, 60.0)
    try:
        start_recording(qtbot, panel)
        qtbot.waitUntil(lambda: panel.elapsed.text() >= "0:00:03", timeout=20000)
        shown = panel.elapsed.text()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(panel.marker_text, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        # At once: no waiting for a worker, the page is gone, the keys are forgotten.
        assert window.stack.currentWidget() is window.lock_screen
        assert window.mode_page is None and not window.controller.is_unlocked
        assert not window.controller.idle_held
        unlock(qtbot, window)
        # Back on the same interview and step, with the take listed (sealed, not "recovered").
        qtbot.waitUntil(lambda: window.mode_page is not None and window.mode_page.editor is not None,
                        timeout=10000)
        editor = window.mode_page.editor
        assert editor.interview_id == interview_id and editor.current == step
        assert not window.modes.recovered.text()
        panel = editor.views[step]
        assert panel.recordings.count() == 1
        (first,) = durations(window, interview_id)
        assert first >= int(shown[-2:]) - 0.1  # at least what the timer showed at the lock
        # Recording works again after the unlock.
        start_recording(qtbot, panel)
        qtbot.waitUntil(lambda: panel.elapsed.text() >= "0:00:01", timeout=20000)
        click(qtbot, panel.stop_button)
        qtbot.waitUntil(lambda: panel.recordings.count() == 2, timeout=30000)
    finally:
        player.terminate()

    # Delete the first take: asked first; "Keep it" keeps it, "Delete" deletes it.
    def answer(button_text: str) -> None:
        def press() -> None:
            box = next(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMessageBox) and w.objectName() == "confirmDeleteRecording" and w.isVisible())
            target = next(b for b in box.buttons() if b.text() == button_text)
            target.click()
        QTimer.singleShot(200, press)

    panel.recordings.setCurrentRow(0)
    answer("Keep it")
    click(qtbot, panel.delete_button)
    assert panel.recordings.count() == 2 and len(durations(window, interview_id)) == 2
    panel.recordings.setCurrentRow(0)
    answer("Delete")
    click(qtbot, panel.delete_button)
    assert panel.recordings.count() == 1
    assert durations(window, interview_id) == pytest.approx([durations(window, interview_id)[0]])
    assert len(window.controller.store.recordings(interview_id)) == 1

    # "Save and close", then "Open" works (it failed after a lock before).
    click(qtbot, editor.close_button)
    qtbot.waitUntil(lambda: window.mode_page.editor is None, timeout=10000)
    click(qtbot, window.mode_page.list.open_button)
    assert window.mode_page.editor is not None and window.mode_page.editor.interview_id == interview_id


def test_typed_text_is_autosaved_and_back_after_lock_on_the_same_step(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home: Path, nothing_raised) -> None:
    from tests.fixtures.canary import assert_no_canaries, default_roots

    started = time.time()
    window = demo_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    interview_id = editor.interview_id
    view = editor.views[0]
    field = view.editor("place_region").widget
    assert field.isVisible()
    text = canary("place")
    typed_in(qtbot, field, text)
    # Saved while typing (no step change), into the encrypted store.
    qtbot.waitUntil(lambda: window.controller.store.answers(interview_id).get(editor.steps[0].field_id, {})
                    .get("place_region") == text, timeout=5000)
    assert_no_canaries([text], full=[intake_home], recent=default_roots(), since=started)
    qtbot.keyClicks(field, " more")  # typed just before the lock: saved by the lock itself
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(field, Qt.Key.Key_F12)
    assert window.stack.currentWidget() is window.lock_screen and window.mode_page is None
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.mode_page is not None and window.mode_page.editor is not None, timeout=10000)
    editor = window.mode_page.editor
    assert editor.interview_id == interview_id and editor.current == 0
    assert editor.views[0].editor("place_region").widget.text() == text + " more"
    assert_no_canaries([text], full=[intake_home], recent=default_roots(), since=started)


def test_panic_wipe_from_the_lock_screen(qtbot, demo_window, intake_home: Path, nothing_raised) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    open_new_interview(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    lock = window.lock_screen
    assert window.stack.currentWidget() is lock and not lock.wipe.isVisible()
    click(qtbot, lock.wipe_show)
    wipe = lock.wipe
    assert wipe.isVisible() and not wipe.button.isEnabled()
    qtbot.keyClicks(wipe.entry, wipe.code)
    assert not wipe.button.isEnabled()  # the number alone is not enough
    wipe.entry.clear()
    click(qtbot, wipe.understand)
    assert not wipe.button.isEnabled()  # nor the box alone
    qtbot.keyClicks(wipe.entry, f"{(int(wipe.code) + 1) % 10000:04d}")
    assert not wipe.button.isEnabled()
    # Changing one's mind hides it again, and the next time the number is new.
    code = wipe.code
    click(qtbot, lock.wipe_cancel)
    assert not wipe.isVisible() and lock.wipe_show.isVisible()
    click(qtbot, lock.wipe_show)
    assert wipe.entry.text() == "" and not wipe.understand.isChecked()
    for _ in range(20):  # a new random number (1 in 9000 to repeat once; 20 times: never)
        if wipe.code != code:
            break
        click(qtbot, lock.wipe_cancel)
        click(qtbot, lock.wipe_show)
    assert wipe.code != code
    click(qtbot, wipe.understand)
    qtbot.keyClicks(wipe.entry, wipe.code)
    assert wipe.button.isEnabled()
    click(qtbot, wipe.button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run
                    and window.first_run.pages.currentIndex() == 0, timeout=60000)
    assert window.controller.is_first_run() and not window.controller.is_unlocked
    assert list(intake_home.iterdir()) == []
