# SPDX-License-Identifier: GPL-3.0-or-later
"""The mode chooser: interviewer, self-submission, archive."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from intake_app.gui.widgets.common import Retranslating, readable, scrolling

MODES = ("interviewer", "self", "archive")


class ModeChooser(Retranslating):
    """Signals: chosen(str mode) with mode in MODES."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.profile_label = QLabel()
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setWordWrap(True)
        self.profile_label.setTextFormat(Qt.TextFormat.PlainText)  # the archive's name (review F4)
        # Takes a crash cut short, recovered at unlock: said once, plainly, until the next lock.
        self.recovered = QLabel()
        self.recovered.setObjectName("recoveredNotice")
        self.recovered.setWordWrap(True)
        self.recovered.setVisible(False)
        self._recovered: list[tuple[int, float]] = []
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.addWidget(self.heading)
        inner.addWidget(self.profile_label)
        inner.addWidget(self.recovered)
        for mode in MODES:
            button = QPushButton()
            button.setObjectName(f"mode_{mode}")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, m=mode: self.chosen.emit(m))
            note = QLabel()
            note.setWordWrap(True)
            note.setBuddy(button)
            self.buttons[mode], self.notes[mode] = button, note
            inner.addSpacing(12)
            inner.addWidget(button)
            inner.addSpacing(4)
            inner.addWidget(note)
        # A readable column that gets the height its wrapped notes need (a fixed-width column in a
        # centring layout gave them too little: the recovery notice ran into the buttons); the
        # page scrolls rather than forcing the window taller than a 1024x600 screen.
        body = QWidget()
        v = QVBoxLayout(body)
        v.addStretch(1)
        v.addWidget(readable(column, 640))
        v.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))
        self.retranslate()

    def set_recovered(self, takes: list[tuple[int, float]]) -> None:
        """(interview number, seconds) of recordings recovered at unlock; [] hides the notice."""
        self._recovered = [(int(n), float(sec)) for n, sec in takes]
        self.retranslate()

    def set_profile(self, name: str, demo: bool) -> None:
        self._profile = (name, demo)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What would you like to do?"))
        texts = {
            "interviewer": (self.tr("&Interviewer: record and send interviews"),
                            self.tr("For trained interviewers. Interviews are kept encrypted on this computer "
                                    "until they are sent.")),
            "self": (self.tr("&Give my own testimony"),
                     self.tr("A guided session for one witness. Nothing is kept on this computer afterwards.")),
            "archive": (self.tr("&Archive staff: open and check bundles"),
                        self.tr("For archive staff who hold a key.")),
        }
        for mode, (title, note) in texts.items():
            self.buttons[mode].setText(title)
            self.buttons[mode].setAccessibleName(title.replace("&", ""))
            self.buttons[mode].setAccessibleDescription(note)
            self.notes[mode].setText(note)
        self.recovered.setText("\n".join(
            self.tr("A recording that was not closed properly (for example, the computer lost power) was "
                    "recovered: {0} s, kept in Interview {1}.").format(f"{seconds:.1f}", number)
            for number, seconds in getattr(self, "_recovered", [])
        ))
        self.recovered.setVisible(bool(getattr(self, "_recovered", [])))
        name, demo = getattr(self, "_profile", ("", False))
        if not name:
            self.profile_label.setText(self.tr("No archive chosen yet."))
        elif demo:
            self.profile_label.setText(self.tr("Archive: the local demo archive on this computer (not for real "
                                               "testimony)"))
        else:
            self.profile_label.setText(self.tr("Archive: {0}").format(name))
