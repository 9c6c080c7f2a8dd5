# SPDX-License-Identifier: GPL-3.0-or-later
"""One translation mechanism for every surface: Qt's own (``.ts`` sources in ``i18n/``).

The GUI uses ``self.tr()``; everything else (the CLI's messages, error texts) calls
``translate("Context", "English text")`` so that ``pyside6-lupdate`` extracts it. The language
comes from ``--lang``, then ``$LANG``/``$LC_ALL``/``$LC_MESSAGES``; a string missing from a
catalogue falls back to English.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "zh_TW")
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "gui" / "translations"

_installed: list[QTranslator] = []
_current = "en"


def normalise(tag: str | None) -> str | None:
    """Map a locale tag such as ``zh_TW.UTF-8``, ``zh-Hant`` or ``en_GB`` to one of LANGUAGES."""
    if not tag:
        return None
    t = tag.split(".")[0].split("@")[0].replace("-", "_").lower()
    if t in ("zh_tw", "zh_hk", "zh_mo", "zh_hant") or t.startswith("zh_hant"):
        return "zh_TW"
    if t.startswith("zh"):
        return "zh_CN"
    if t.startswith("en") or t in ("c", "posix"):
        return "en"
    return None


def choose(explicit: str | None = None) -> str:
    """The language to use: explicit choice, else the environment, else English."""
    for candidate in (explicit, os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")):
        lang = normalise(candidate)
        if lang:
            return lang
    return "en"


def install(lang: str) -> str:
    """Load the catalogue for ``lang`` (replacing any earlier one); returns the language in use."""
    global _current
    if QCoreApplication.instance() is None:
        # QCoreApplication.translate needs an application object to find installed translators.
        QCoreApplication([])
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    # One catalogue per area (see i18n_build); English needs none, as the sources are English.
    if lang != "en":
        for qm in sorted(TRANSLATIONS_DIR.glob(f"*_{lang}.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    _current = lang
    return lang


def current() -> str:
    return _current


def translate(context: str, text: str, n: int = -1) -> str:
    """Translate ``text`` in ``context``; call it with string literals so lupdate can see them."""
    return QCoreApplication.translate(context, text, None, n)
