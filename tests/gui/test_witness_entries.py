# SPDX-License-Identifier: GPL-3.0-or-later
"""Entries a witness can use on an interviewer's computer (issue 17, item 1), through the real
widgets of the real main window:

- the interviewer ticks "Prepare this computer for witnesses" in the settings: the profile pinned
  in the store is copied, byte for byte, to ``witness-profile.json`` (intake_app/home/witness_profile.py);
- on the lock screen "Give my own testimony" starts witness mode without unlocking: the store
  stays locked, nothing of the interviewer's (drafts, receipts, settings, panic wipe) is on any
  screen or reachable by the hidden shortcuts, the prepared archive and its fingerprint are
  shown; leaving, the panic key and finishing all end on the lock screen;
- a witness profile file swapped while the app was locked is shown with its own fingerprint,
  Next waits for the witness's comparison, and the interviewer is told at the next unlock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import PASSPHRASE

pytestmark = [pytest.mark.gui]


def _prepare_in_settings(qtbot: Any, window: Any) -> Any:
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(page.settings)).center())
    assert page.tabs.currentWidget() is page.settings
    box = page.settings.witness_offer
    qtbot.waitUntil(lambda: box.isVisible() and box.isEnabled(), timeout=10000)
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    return page


def _nothing_of_the_interviewer(qtbot: Any, window: Any) -> None:
    """No screen of the interviewer is open or visible, and the store is locked."""
    from intake_app.gui.widgets.interviewer import InterviewerPage
    from intake_app.gui.widgets.settings_page import SettingsPage
    from intake_app.gui.widgets.wipe import WipeBox

    assert not window.controller.is_unlocked and window.controller._store is None
    # Dropped at the lock (deleted at the next turn of the event loop), not merely hidden.
    qtbot.waitUntil(lambda: not window.findChildren(InterviewerPage) and not window.findChildren(SettingsPage),
                    timeout=5000)
    visible = [w for w in window.findChildren(QWidget) if w.isVisible()]
    assert not [w for w in visible if isinstance(w, WipeBox)]
    assert not window.bar.isVisible() and not window.lock_screen.isVisible() and not window.modes.isVisible()
    for widget in visible:  # nothing that names the interviewer's work
        for name in ("lockWipeButton", "unlockButton", "page_interviewer", "outbox", "sentInterviews"):
            assert widget.objectName() != name, name


def test_the_lock_screen_entry_keeps_the_store_locked_and_ends_there(qtbot, demo_window, intake_home: Path) -> None:  # type: ignore[no-untyped-def]
    from intake_app.home import witness_profile

    window = demo_window
    pinned = window.controller.profile_info().fingerprint
    _prepare_in_settings(qtbot, window)
    assert witness_profile.is_prepared(intake_home)
    assert oct(witness_profile.path(intake_home).stat().st_mode & 0o777) == "0o600"
    qtbot.mouseClick(window.bar.lock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)

    lock = window.lock_screen
    qtbot.waitUntil(lambda: lock.witness_button.isVisible(), timeout=5000)
    qtbot.mouseClick(lock.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    assert page is not None and window.stack.currentWidget() is page
    _nothing_of_the_interviewer(qtbot, window)
    # A witness who reads Chinese: the lock screen is in the interviewer's language again afterwards.
    qtbot.mouseClick(page.lang_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert page.current() == "archive"
    qtbot.waitUntil(lambda: "指纹" in page.archive_fpr.text(), timeout=5000)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    qtbot.waitUntil(lambda: lock.title.text() == "Locked", timeout=5000)
    assert lock.witness_button.text() == "Give my own &testimony"
    qtbot.mouseClick(lock.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    # The archive the interviewer prepared, its fingerprint shown (the demo: nothing to compare).
    assert page.current() == "archive"
    assert pinned in page.archive_fpr.text()
    assert page.demo_banner.isVisible() and page.next_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "explain"
    # The hidden shortcuts of the interviewer's screens do nothing here.
    for key, mod in ((Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
                     (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(page.next_button, key, mod)
        assert window.mode_page is page and window.stack.currentWidget() is page
    _nothing_of_the_interviewer(qtbot, window)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert not window.controller.is_unlocked and window.mode_page is None

    # Again, ended by the panic key: the lock screen.
    qtbot.mouseClick(lock.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(page.next_button, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert window.mode_page is None and not window.controller.is_unlocked

    # The interviewer's work is still there behind the passphrase, and no alert: the file is the pinned one.
    qtbot.keyClicks(lock.passphrase, PASSPHRASE)
    qtbot.keyClick(lock.passphrase, Qt.Key.Key_Return)
    # (Back where the interviewer locked: the settings.)
    qtbot.waitUntil(lambda: window.controller.is_unlocked and window.stack.currentWidget() is window.mode_page,
                    timeout=60000)
    qtbot.wait(200)
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox" and w.isVisible()]
    # Turned off again: the file is gone.
    _prepare_off(qtbot, window)
    assert not witness_profile.is_prepared(intake_home)


def _prepare_off(qtbot: Any, window: Any) -> Any:
    page = window.mode_page
    page.tabs.setCurrentWidget(page.settings)
    box = page.settings.witness_offer
    qtbot.waitUntil(lambda: box.isVisible(), timeout=10000)
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    return page


def test_a_swapped_witness_profile_is_shown_as_it_is_and_told_at_unlock(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home: Path, tmp_path: Path) -> None:
    from intake_app.archive.setup import create_archive
    from intake_app.home import witness_profile

    window = demo_window
    _prepare_in_settings(qtbot, window)
    qtbot.mouseClick(window.bar.lock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    # Someone with this computer's account replaces the file while the app is locked.
    attacker = create_archive(tmp_path / "evil", "Demo archive", passphrase=None, receiver_onion="")
    witness_profile.path(intake_home).write_bytes(Path(attacker.profile_path).read_bytes())

    qtbot.mouseClick(window.lock_screen.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert page.current() == "archive"
    assert str(attacker.profile.fingerprint()) in page.archive_fpr.text()  # what it is, not what it claims
    assert not page.demo_banner.isVisible()
    assert page.archive_confirm.isVisible() and not page.archive_confirm.isChecked()
    assert not page.next_button.isEnabled()  # only after the witness compared it
    assert "compare" in page.archive_text.text().lower()
    qtbot.mouseClick(page.archive_confirm, Qt.MouseButton.LeftButton, pos=QPoint(10, page.archive_confirm.height() // 2))
    assert page.next_button.isEnabled()
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)

    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)

    def told() -> Any:
        return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox" and w.isVisible()), None)

    qtbot.waitUntil(lambda: told() is not None, timeout=60000)
    text = told().text() + told().informativeText()
    assert "offered to witnesses" in text and window.controller.profile_info().fingerprint in text
    told().close()


def test_before_the_idle_timeout_the_witness_is_asked_whether_they_are_still_there(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path) -> None:
    """Not recording, nobody touching anything: first a plain question with Continue (the answers
    are only in memory), and only when nobody answers, the session ends."""
    window = make_window(idle_ms=1500)
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.archive_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.next_button.isEnabled(), timeout=120000)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # "I understand — continue"
    view = page.pages.currentWidget()
    box = next(w for w in view.findChildren(QWidget) if w.metaObject().className() == "QCheckBox" and w.isVisible())
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))  # an answer, in memory
    assert box.isChecked()
    where = page.current()

    qtbot.waitUntil(lambda: page.idle_warning.isVisible(), timeout=10000)
    assert "Are you still there?" in page.idle_warning_text.text()
    assert "only in this computer's memory" in page.idle_warning_text.text()
    assert window.mode_page is page
    qtbot.mouseClick(page.idle_continue, Qt.MouseButton.LeftButton)
    assert not page.idle_warning.isVisible()
    assert window.mode_page is page and page.current() == where and box.isChecked()  # nothing lost

    # Nobody answers the second time: the session ends and nothing is kept.
    qtbot.waitUntil(lambda: page.idle_warning.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: window.mode_page is None, timeout=10000)
    assert window.stack.currentWidget() is window.first_run
