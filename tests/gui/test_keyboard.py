# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyboard use of the real window (usability-review problem 14, §2.7): Enter presses the focused
button, Enter still submits a line edit and makes a new line in a text box, Tab follows the
reading order of the screen (through the form, then the buttons under it, then the top bar), and
the focus is visible on buttons, check boxes and lists."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QWidget

from tests.gui.conftest import PASSPHRASE

pytestmark = pytest.mark.gui


def _active(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: Any, key: Qt.Key) -> QWidget:
    qtbot.keyClick(_focus(), key)
    QApplication.processEvents()
    return _focus()


def test_tab_to_a_button_and_press_enter(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    _active(qtbot, window)
    buttons = window.modes.buttons
    assert _focus() is buttons["interviewer"]
    assert _press(qtbot, Qt.Key.Key_Tab) is buttons["self"]  # reading order: the next button down
    assert _press(qtbot, Qt.Key.Key_Tab) is buttons["archive"]
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode_name == "archive")
    # The new page starts with the focus on its first control, not on the top bar.
    assert window.mode_page.isAncestorOf(_focus())
    # Enter on the top bar's Home button goes home; the keypad's Enter works the same.
    window.bar.home.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(_focus(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes)


def test_enter_still_submits_line_edits_and_breaks_lines_in_text_boxes(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    _active(qtbot, window)
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    wizard = window.mode_page
    wizard._show("questions")  # the witness's own form (the flow to it: tests/gui/test_witness_mode.py)
    boxes = [b for b in wizard.form_view.findChildren(QPlainTextEdit) if b.isVisibleTo(wizard.form_view)]
    assert boxes, "the witness form has a text box"
    box = boxes[0]
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, "first line")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "second line")
    assert box.toPlainText() == "first line\nsecond line"
    assert wizard.current() == "questions"  # Enter pressed no button
    # The lock screen's passphrase line: Enter submits it.
    qtbot.mouseClick(window.bar.lock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=60000)


def test_tab_follows_the_reading_order_of_the_editor(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.resize(1024, 600)
    _active(qtbot, window)
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    form = editor.views[0]
    editor.step_list.setFocus(Qt.FocusReason.MouseFocusReason)
    widget = _press(qtbot, Qt.Key.Key_Tab)
    # From the step list straight to the form's first field (not to the buttons under the form,
    # which were built earlier, nor to the top bar).
    assert form.isAncestorOf(widget), widget
    assert widget is form.editor("mode").box
    content = form.fields
    last = (-1, -1)
    steps = 0
    while form.isAncestorOf(widget):
        # Top to bottom, and left to right within a row; the field is scrolled into view.
        top = widget.mapTo(content, widget.rect().topLeft())
        # Controls of one row may differ in height by a few pixels (a line edit beside buttons).
        same_row = abs(top.y() - last[0]) <= 6
        assert (top.x() > last[1]) if same_row else (top.y() > last[0]), (widget, top, last)
        last = (top.y(), top.x())
        assert not widget.visibleRegion().isEmpty(), f"{widget} has the focus but is scrolled out of view"
        widget = _press(qtbot, Qt.Key.Key_Tab)
        steps += 1
        assert steps < 300
    assert steps > 10
    # After the form: the buttons under it, then (wrapping) the top bar.
    assert widget is editor.close_button
    assert _press(qtbot, Qt.Key.Key_Tab) is editor.next  # Back is disabled on the first step
    assert _press(qtbot, Qt.Key.Key_Tab) is window.bar.home
    # Shift+Tab goes back the same way.
    assert _press(qtbot, Qt.Key.Key_Backtab) is editor.next


def _looks_focused(window: Any, widget: QWidget) -> bool:
    """True when ``widget`` is drawn differently with the focus than without it."""
    window.bar.home.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    plain = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert widget.hasFocus()
    return widget.grab().toImage() != plain


def test_focus_is_visible_on_check_boxes_lists_and_buttons(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    _active(qtbot, window)
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    assert _looks_focused(window, page.list.new_button)
    assert _looks_focused(window, page.list.table)
    page.tabs.setCurrentWidget(page.settings)
    check = next(c for c in page.settings.findChildren(QCheckBox) if c.isVisibleTo(page.settings))
    page.settings.scroll.ensureWidgetVisible(check)
    assert _looks_focused(window, check)
    page.tabs.setCurrentWidget(page.list)
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    assert _looks_focused(window, page.editor.step_list)
