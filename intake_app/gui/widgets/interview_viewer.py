# SPDX-License-Identifier: GPL-3.0-or-later
"""A finalised interview, for reading only: its answers step by step (identity shown as sealed),
how many recordings and which attachments it holds, its state and receipt code. Nothing here can
change it: it was sealed into a bundle for the archive."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from intake_app.gui.widgets.common import Retranslating

Sections = list[tuple[str, list[tuple[str, str]]]]


class InterviewViewer(Retranslating):
    """Signals: finished() when the person closes it."""

    finished = Signal()

    def __init__(self, describe: Callable[[], tuple[str, str, str, Sections]], parent: QWidget | None = None) -> None:
        """``describe()`` returns (label, state, receipt code, sections) in the current language;
        it is asked again when the language changes."""
        super().__init__(parent)
        self.setObjectName("interviewViewer")
        self._describe = describe
        self.title = QLabel()
        self.title.setObjectName("viewerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QTextBrowser()
        self.text.setObjectName("viewerText")
        self.text.setOpenLinks(False)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeViewer")
        self.close_button.clicked.connect(self.finished.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        v = QVBoxLayout(self)
        v.addWidget(self.title)
        v.addWidget(self.text, 1)
        v.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self._label, self._state, self._code, self.sections = self._describe()
        head = self.tr("{0}: {1}. Read only: it was sealed for the archive and can no longer be changed.").format(
            self._label, self._state)
        if self._code:
            head += " " + self.tr("Receipt code: {0}").format(self._code)
        self.title.setText(head)
        parts = []
        nothing = escape(self.tr("Nothing entered."))
        for title, lines in self.sections:
            parts.append(f"<h3>{escape(title)}</h3>")
            if not lines:
                parts.append(f"<p><i>{nothing}</i></p>")
                continue
            parts.append("<table cellspacing='4'>")
            for question, answer in lines:
                parts.append(f"<tr><td valign='top'>{escape(question)}</td><td><b>{escape(answer)}</b></td></tr>")
            parts.append("</table>")
        self.text.setHtml("".join(parts))
        self.text.setAccessibleName(self.tr("Answers of this interview (read only)"))
        self.close_button.setText(self.tr("&Close"))
