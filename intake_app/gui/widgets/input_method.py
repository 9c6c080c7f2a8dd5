# SPDX-License-Identifier: GPL-3.0-or-later
"""The cloud-input-method warning shown beside every passphrase field (zh-review F2, issue 22).

A pinyin, zhuyin or other input method with cloud prediction sends what is typed, a passphrase
included, to its company's servers (for the common Chinese ones, servers in China). Qt marks a
password field as sensitive, but an input method is free to ignore that, so the person is told.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class InputMethodWarning(QLabel):
    """A wrapped, translated note to put right under a passphrase field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputMethodWarning")
        self.setWordWrap(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wrapped label's size hint assumes some other width: ask for the height this width needs
        # (long Chinese lines on a 1024x600 screen were cut otherwise).
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def retranslate(self) -> None:
        self.setText(self.tr(
            "If you type with a pinyin, zhuyin or other input method, first turn off its cloud input "
            "(cloud prediction) or use the system's own input method: some input methods send what you "
            "type, your passphrase included, to their servers (for the common Chinese ones, servers in China)."))
        self._fit()
