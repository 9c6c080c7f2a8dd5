# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's look: fonts per language and the style sheet (with its visible keyboard focus).

Fonts: Noto Sans CJK (SC for Simplified, TC for Traditional Chinese) so Chinese renders with
the right glyph shapes.

Both ``gui/app.py`` (at start) and ``gui/main_window.py`` (on a language switch) use this module;
it imports neither of them (an import-linter contract in pyproject.toml), which ends the
``app`` <-> ``main_window`` import cycle the code review found.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from intake_app.gui import keyboard

FONT_FAMILIES = {
    "en": ("Noto Sans", "Noto Sans CJK SC", "DejaVu Sans"),
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei"),
    "zh_TW": ("Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "WenQuanYi Zen Hei"),
}

STYLE = """
QLabel#heading { font-size: 20pt; font-weight: 600; margin-bottom: 8px; }
QLabel#appTitle { font-size: 13pt; font-weight: 600; }
QLabel#demoBadge { background: #f4c542; color: #222; padding: 2px 8px; border-radius: 4px; font-weight: 600; }
QLabel#lockTitle { font-size: 24pt; font-weight: 600; }
QLabel#inlineError, QLabel#lockMessage { color: #b00020; }
QLabel#fingerprint { font-family: monospace; font-size: 15pt; padding: 6px; background: #f1f1f1; color: #111; }
QLabel#receiptCode { font-family: monospace; font-size: 26pt; font-weight: 700; padding: 10px;
                     background: #fffbe6; color: #111; border: 2px solid #c9a400; }
QLabel#checkOk { color: #0a7d32; font-weight: 600; }
QLabel#idleWarningText { background: #fff3cd; color: #222; border: 2px solid #c9a400; padding: 10px; font-size: 13pt; }
QLabel#checkBad { color: #b00020; font-weight: 600; }
QPushButton { padding: 6px 14px; }
QLabel#fieldHelp { color: palette(placeholder-text); }
QLabel#consentWording { background: #f7f7f2; color: #111; border-left: 4px solid #c9a400; padding: 8px; }
QLabel#sealedNote { font-size: 14pt; }
QLabel#dropZone { border: 2px dashed #888; border-radius: 8px; padding: 16px; }
""" + keyboard.FOCUS_STYLE


def install_look(app: QApplication) -> None:
    """The app's style sheet (with its visible focus) and keyboard handling; idempotent."""
    if app.styleSheet() != STYLE:
        app.setStyleSheet(STYLE)
    keyboard.install(app)


def apply_fonts(lang: str) -> None:
    """Pick the first installed family for ``lang`` as the application font."""
    app = QGuiApplication.instance()
    if app is None:
        return
    installed = set(QFontDatabase.families())
    families = [f for f in FONT_FAMILIES.get(lang, FONT_FAMILIES["en"]) if f in installed]
    if not families:
        return
    font = QFont(app.font())  # type: ignore[attr-defined]
    font.setFamilies(families + [f for f in FONT_FAMILIES["zh_CN"] if f in installed])
    if font.pointSize() < 11:
        font.setPointSize(11)  # older readers: a little larger than Qt's default
    app.setFont(font)  # type: ignore[attr-defined]
