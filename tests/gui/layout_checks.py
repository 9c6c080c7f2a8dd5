# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of what a person sees on a screen of the real window: does it fit 1024x600, is any text
cut off, does any control stick out of the box it sits in or lie on top of another one."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

SMALL = (1024, 600)
#: Leaf controls whose text or frame must be whole and must not overlap each other.
_LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit)


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}#{widget.objectName()} {str(text)[:50]!r}"


def _in_scrolled_content(widget: QWidget) -> bool:
    """True when ``widget`` is the content of a scroll area (larger than its viewport on purpose)."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea) \
        and parent is parent.parentWidget().viewport()  # type: ignore[union-attr]


def _visible_area(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` that can be seen, in window coordinates (clipped by scroll areas)."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            view = parent
            rect = rect.intersected(QRect(view.mapTo(window, view.rect().topLeft()), view.size()))
        parent = parent.parentWidget()
    return rect


def problems(window: QWidget) -> list[str]:
    """Everything cut off or overlapping on the window's current screen, in words."""
    QApplication.processEvents()
    found: list[str] = []
    leaves = [w for w in window.findChildren(QWidget) if isinstance(w, _LEAVES) and w.isVisibleTo(window)]
    for widget in leaves:
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    found.append(f"{_name(widget)} needs {need} px of height, has {widget.height()}")
            elif widget.minimumSizeHint().width() > widget.width() + 1 and not widget.hasScaledContents():
                found.append(f"{_name(widget)} needs {widget.minimumSizeHint().width()} px of width, "
                             f"has {widget.width()}")
        elif isinstance(widget, QAbstractButton):
            hint = widget.minimumSizeHint()
            if hint.height() > widget.height() + 1 or hint.width() > widget.width() + 1:
                found.append(f"{_name(widget)} is cut: {widget.width()}x{widget.height()} "
                             f"< {hint.width()}x{hint.height()}")
        parent = widget.parentWidget()
        if parent is not None and not _in_scrolled_content(widget) and not parent.rect().contains(widget.geometry()):
            found.append(f"{_name(widget)} sticks out of its box {_name(parent)}: "
                         f"{widget.geometry().getRect()} in {parent.rect().getRect()}")
    # Overlap: two visible controls drawn on the same pixels (a label over a button, say).
    drawn = [w for w in leaves if not (isinstance(w, QLabel) and not w.text() and w.pixmap().isNull())]
    areas = [(w, _visible_area(w, window)) for w in drawn]
    for i, (a, ra) in enumerate(areas):
        for b, rb in areas[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            common = ra.intersected(rb)
            if common.width() > 2 and common.height() > 2:
                found.append(f"{_name(a)} overlaps {_name(b)}")
    return found


def fits_small_screen(window: QWidget) -> list[str]:
    """The window can be 1024x600, and nothing on the screen is cut or overlapping there."""
    out: list[str] = []
    hint = window.minimumSizeHint()
    if hint.width() > SMALL[0] or hint.height() > SMALL[1]:
        out.append(f"the window needs at least {hint.width()}x{hint.height()}")
    window.resize(*SMALL)
    QApplication.processEvents()
    size = window.size()
    if (size.width(), size.height()) != SMALL:
        out.append(f"the window stays {size.width()}x{size.height()} when made 1024x600")
    return out + problems(window)
