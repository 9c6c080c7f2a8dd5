# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyboard use, application-wide: Enter presses the focused button, Tab follows reading order,
and every focusable widget shows clearly that it has the focus.

- **Enter / Return on a focused push button presses it** (Space already did). Line edits keep
  their own Enter (e.g. submitting the passphrase), multi-line text keeps its new line: only a
  key press that reaches a focused button is taken.
- **Tab follows the reading order of the screen**: top bar, then the page from top to bottom and
  left to right as its layouts place the widgets (the step list, the form, then Back / Next),
  whenever the widgets were created. Qt's own order is creation order, which put a form built
  later after the buttons below it. Just before Tab or Shift+Tab is handled in the main window,
  its focus chain is rewritten from its layouts; Qt then moves the focus as usual (scroll areas
  still scroll the new field into view).
- **Visible focus**: a 2 px outline in the palette's highlight colour (so it follows a dark or
  light theme) on buttons, check boxes, radio buttons, lists, tables, tabs, text fields and
  combo boxes, with a reserved transparent border when unfocused so nothing moves.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

FOCUS_STYLE = """
QPushButton { padding: 5px 13px; border: 1px solid palette(mid); border-radius: 4px; background: palette(button); }
QPushButton:hover { background: palette(light); }
QPushButton:pressed, QPushButton:checked { background: palette(midlight); }
QPushButton:disabled { color: palette(mid); border-color: palette(midlight); }
QPushButton:focus { padding: 4px 12px; border: 2px solid palette(highlight); }
QCheckBox, QRadioButton { padding: 2px; border: 2px solid transparent; border-radius: 3px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid palette(highlight); }
QListView, QTreeView, QTableView { border: 1px solid palette(mid); }
QListView:focus, QTreeView:focus, QTableView:focus { border: 2px solid palette(highlight); }
QTabBar::tab:focus { text-decoration: underline; }
QTabBar:focus { border: 2px solid palette(highlight); }
QPlainTextEdit, QTextEdit { border: 1px solid palette(mid); }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid palette(highlight); }
QLineEdit { border: 1px solid palette(mid); border-radius: 3px; padding: 3px; background: palette(base); }
QLineEdit:focus { border: 2px solid palette(highlight); padding: 2px; }
QComboBox:focus { border: 2px solid palette(highlight); }
QComboBox QLineEdit, QComboBox QLineEdit:focus { border: none; padding: 0px; background: transparent; }
QScrollArea:focus { border: 2px solid palette(highlight); }
"""

#: Widgets whose children are parts of one control (a combo box's line edit, a list's viewport).
_ATOMIC = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """Widgets of ``layout`` (and its nested layouts) in reading order."""
    items: list[QLayoutItem | None] = []
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                items.append(layout.itemAt(row, role))
    elif isinstance(layout, QGridLayout):
        placed: list[tuple[tuple[int, int, int], QLayoutItem | None]] = []
        for i in range(layout.count()):
            position: Any = layout.getItemPosition(i)  # (row, column, row span, column span)
            placed.append(((int(position[0]), int(position[1]), i), layout.itemAt(i)))
        items = [item for _key, item in sorted(placed, key=lambda p: p[0])]
    else:
        items = [layout.itemAt(i) for i in range(layout.count())]
        if isinstance(layout, QBoxLayout) and layout.direction() in (
                QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop):
            items.reverse()  # a right-to-left or bottom-to-top box reads the other way round
    out: list[QWidget] = []
    for item in items:
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            out.append(widget)
        elif inner is not None:
            out.extend(_layout_widgets(inner))
    return out


def _children(widget: QWidget) -> list[QWidget]:
    """Direct child widgets of ``widget``, in the order a reader meets them."""
    found: list[QWidget | None]
    if isinstance(widget, QTabWidget):
        found = [widget.tabBar()] + [widget.widget(i) for i in range(widget.count())]
        return [w for w in found if w is not None]
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return [inner] if inner is not None else []
    if isinstance(widget, QStackedWidget):
        found = [widget.widget(i) for i in range(widget.count())]
        return [w for w in found if w is not None]
    kids = [c for c in widget.children() if isinstance(c, QWidget) and not c.isWindow()]
    ordered: list[QWidget] = []
    layout = widget.layout()
    if layout is not None:
        ordered = [w for w in _layout_widgets(layout) if w.parentWidget() is widget]
    seen = {id(w) for w in ordered}
    return ordered + [c for c in kids if id(c) not in seen]


def reading_order(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that Tab can reach, in reading order (hidden ones included:
    Qt skips them, and they keep their place for when they appear)."""
    out: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            out.append(widget)
        if isinstance(widget, _ATOMIC):
            return
        for child in _children(widget):
            visit(child)

    for child in _children(root):
        visit(child)
    return out


def apply_reading_order(root: QWidget) -> list[QWidget]:
    """Rewrite ``root``'s focus chain so Tab follows :func:`reading_order`; returns the order."""
    order = reading_order(root)
    for before, after in itertools.pairwise(order):
        QWidget.setTabOrder(before, after)
    return order


def focus_first(root: QWidget) -> QWidget | None:
    """Put the focus on the first visible, enabled widget of ``root`` that Tab reaches (a new
    page starts where a reader starts, not on a button of the page before)."""
    candidates = [w for w in reading_order(root) if w.isVisible() and w.isEnabled()]
    # A scroll area is a stop of its own (arrow keys scroll it); a field inside it comes first.
    for widget in [w for w in candidates if not isinstance(w, QScrollArea)] + candidates[:1]:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        return widget
    return None


class KeyboardFilter(QObject):
    """The application-wide event filter behind Enter-presses-button and reading-order Tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        if key in _ENTER_KEYS and key_event.modifiers() in _PLAIN:
            if isinstance(watched, (QPushButton, QToolButton)) and watched.hasFocus():
                if watched.isEnabled() and watched.isVisible() and not key_event.isAutoRepeat():
                    watched.animateClick()
                return True
            return False
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and watched.hasFocus():
            window = watched.window()
            if window.property("readingOrderTab"):
                apply_reading_order(window)
        return False


_FILTER: KeyboardFilter | None = None


def install(app: QApplication) -> None:
    """Install the keyboard filter once per application (idempotent)."""
    global _FILTER
    if _FILTER is None or _FILTER.parent() is not app:
        _FILTER = KeyboardFilter(app)
        app.installEventFilter(_FILTER)


def follow_reading_order(window: QWidget) -> None:
    """Tab in ``window`` (and its pages, built later or not) follows the reading order."""
    window.setProperty("readingOrderTab", True)
