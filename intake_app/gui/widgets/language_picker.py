# SPDX-License-Identifier: GPL-3.0-or-later
"""The one language picker (code review change 6; issue 25): the first-run page, the witness's
language page and the top bar's language box are this widget.

Guarantees: every place offers the same languages (``LANGUAGE_NAMES``, in the order of
``intake_app.text.i18n.LANGUAGES``; a test holds them equal), each named in its own script so a person who reads only that language finds
it; a choice is one signal, ``chosen(str code)``; on the pages it is a column of large buttons
(``lang_<code>``, the same height everywhere), in the top bar a compact box (``languageBox``) that
shows the language in use.
Never: decides anything itself (whether a choice is kept is the caller's business: a witness's is
not), nor holds a text to translate (the box's accessible name is its place's: the top bar's).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

#: Each language in its own script (never translated: it is how its readers recognise it).
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

#: Large enough to hit with a finger or an unsteady hand (was 48 px on one page, 52 on another).
BUTTON_HEIGHT = 52


class LanguagePicker(QWidget):
    """Signals:
    chosen(str code): a language was picked (on the buttons: each click; in the box: a change
    made by the person, not one made by ``show_current``).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.box: QComboBox | None = None
        if compact:
            self.box = QComboBox()
            self.box.setObjectName("languageBox")
            for code, name in LANGUAGE_NAMES.items():
                self.box.addItem(name, code)
            self.box.currentIndexChanged.connect(self._box_changed)
            layout.addWidget(self.box)
        else:
            for code, name in LANGUAGE_NAMES.items():
                button = QPushButton(name)
                button.setObjectName(f"lang_{code}")
                button.setMinimumHeight(BUTTON_HEIGHT)
                button.setAccessibleName(name)
                button.clicked.connect(lambda _=False, code=code: self.chosen.emit(code))
                self.buttons[code] = button
                layout.addWidget(button)

    def languages(self) -> list[str]:
        """The codes offered, in the order shown."""
        if self.box is not None:
            return [str(self.box.itemData(i)) for i in range(self.box.count())]
        return list(self.buttons)

    def show_current(self, code: str) -> None:
        """Show ``code`` as the language in use (the box), without emitting ``chosen``."""
        if self.box is None:
            return
        index = self.box.findData(code)
        if index >= 0 and index != self.box.currentIndex():
            self.box.blockSignals(True)
            self.box.setCurrentIndex(index)
            self.box.blockSignals(False)

    def _box_changed(self, index: int) -> None:
        code = self.box.itemData(index) if self.box is not None else None
        if code:
            self.chosen.emit(str(code))
