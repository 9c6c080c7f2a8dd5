# SPDX-License-Identifier: GPL-3.0-or-later
"""First run with the demo archive, then lock: on the panic shortcut and when idle. The lock
screen reveals nothing, a wrong passphrase says so plainly, the right one opens again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from tests.gui.conftest import PASSPHRASE, first_run

pytestmark = pytest.mark.gui


CANARY = "CANARY-Wang-Weilin-1989"


def visible_texts(root: QWidget) -> str:
    parts = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        for kind in (QLabel, QLineEdit, QAbstractButton):
            if isinstance(w, kind):
                parts.append(w.text())  # type: ignore[attr-defined]
        if isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        parts.append(w.accessibleName())
    return "\n".join(parts)


def test_panic_shortcut_locks_and_the_lock_screen_reveals_nothing(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.bar.demo.isVisible()  # the demo archive is labelled as such
    page = window.open_mode("archive")
    page.tabs.setCurrentIndex(1)  # the check tab, where a bundle's path is typed
    qtbot.keyClicks(page.bundle, CANARY)
    assert CANARY in visible_texts(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.bundle, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen)
    assert window.mode_page is None
    assert not window.controller.is_unlocked
    texts = visible_texts(window)
    assert CANARY not in texts
    assert "demo" not in texts.lower()  # not even which archive
    assert not window.bar.lock.isVisible() and not window.bar.home.isVisible()

    qtbot.keyClicks(window.lock_screen.passphrase, "not the passphrase")
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "passphrase" in window.lock_screen.message.text().lower(), timeout=30000)
    assert window.stack.currentWidget() is window.lock_screen

    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=30000)
    assert CANARY not in visible_texts(window)


def test_idle_locks(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(idle_ms=300)
    first_run(qtbot, window)
    assert window.idle.isActive()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert not window.controller.is_unlocked


def test_a_seal_or_a_moving_send_holds_off_the_idle_lock_and_a_stalled_send_does_not(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """A person waits for a seal or a send without touching anything: the idle lock used to fire
    in the middle (closing tor, stopping the send; walk, session 5). A seal holds it off until it
    ends; a send only while its progress moves, so a stalled send still lets the laptop lock.
    Counted in idle periods (the timer's own firings), never in seconds."""
    import threading

    from intake_app.gui.controllers.tasks import run_task

    window = make_window(idle_ms=400)
    first_run(qtbot, window)
    app = window.controller
    fired: list[bool] = []
    window.idle.timeout.connect(lambda: fired.append(app.is_unlocked))

    end_seal, stop, stall = threading.Event(), threading.Event(), threading.Event()
    try:
        # A seal: no progress, held until it ends.
        seal = app.hold_idle_while(run_task(lambda ctx: end_seal.wait(60)))
        qtbot.waitUntil(lambda: len(fired) >= 3, timeout=30000)
        assert all(fired) and app.is_unlocked and window.stack.currentWidget() is not window.lock_screen

        # A send that moves (started before the seal ends, so no idle period falls between):
        # held while its progress comes.
        def send(ctx):  # type: ignore[no-untyped-def]
            while not stop.is_set():
                if not stall.is_set():
                    ctx.progress(1, 2)
                stop.wait(0.05)

        sending = app.hold_idle_while(run_task(send), while_progressing=True)
        end_seal.set()
        assert seal.wait(10000)
        fired.clear()
        qtbot.waitUntil(lambda: len(fired) >= 3, timeout=30000)
        assert all(fired) and app.is_unlocked
        # It stalls: within two idle periods the laptop locks, the send still running.
        stall.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=30000)
        assert not app.is_unlocked
        stop.set()
        assert sending.wait(10000)
        qtbot.waitUntil(lambda: not app.idle_held, timeout=10000)
    finally:  # never leave a worker running into the next test (a failed wait above)
        end_seal.set()
        stop.set()
