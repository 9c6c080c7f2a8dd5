# SPDX-License-Identifier: GPL-3.0-or-later
"""The shell: language switch at run time, first-run passphrase checks, tasks off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from intake_app.gui.controllers.tasks import Cancelled, run_task
from intake_app.text import i18n

pytestmark = pytest.mark.gui


def test_language_switch_retranslates_every_visible_screen(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.stack.currentWidget() is window.first_run
    assert window.first_run.welcome.text() == "Welcome to Testimony Intake"
    qtbot.mouseClick(window.first_run.lang_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert i18n.current() == "zh_CN"
    qtbot.waitUntil(lambda: window.first_run.pass_heading.text() == "请设定密码")
    assert window.bar.lock.text() == "锁定(&L)"
    # Switching from the top bar reaches the same widgets, in Traditional Chinese.
    window.bar.language.setCurrentIndex(window.bar.language.findData("zh_TW"))
    qtbot.waitUntil(lambda: window.first_run.pass_heading.text() == "請設定密碼")
    assert "Noto Sans CJK TC" in window.font().families()
    window.bar.language.setCurrentIndex(window.bar.language.findData("en"))
    qtbot.waitUntil(lambda: window.first_run.pass_heading.text() == "Choose a passphrase")


def test_short_or_mismatched_passphrase_is_explained_inline(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    fr = window.first_run
    qtbot.mouseClick(fr.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fr.first, "short")
    qtbot.keyClicks(fr.second, "short")
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    assert "too short" in fr.pass_error.text()
    fr.first.setText("a long passphrase")
    fr.second.setText("a different one!!")
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in fr.pass_error.text()
    assert fr.first.text() == "a long passphrase"  # nothing typed is lost


def test_task_runs_off_the_gui_thread_and_reports_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    main = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def work(ctx):  # type: ignore[no-untyped-def]
        for i in range(3):
            ctx.progress(i + 1, 3)
        return threading.get_ident()

    task = run_task(work)
    task.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.done, timeout=10000) as blocker:
        pass
    assert blocker.args[0] != main


def test_cancel_stops_a_task_at_its_next_progress_point(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    release = threading.Event()

    def work(ctx):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        ctx.progress(1, 2)
        return "finished anyway"

    task = run_task(work)
    started.wait(10)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.error, timeout=10000) as blocker:
        pass
    assert isinstance(blocker.args[0], Cancelled)
