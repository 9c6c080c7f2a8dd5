# SPDX-License-Identifier: GPL-3.0-or-later
"""One translation catalogue for every surface, and no Qt in it.

The sources are Qt Linguist ``.ts`` files in ``i18n/`` (one per area and language), so that
``pyside6-lupdate`` extracts both ``self.tr()`` in widgets and ``translate("Context", "English
text")`` everywhere else. ``scripts.i18n_build`` compiles each into a ``.qm`` for Qt's own
translators (the GUI) and a ``.json`` that this module reads, so the services, the CLI and the
error messages translate without importing Qt or creating a Qt application.

The language comes from ``--lang`` or the settings, then ``$LC_ALL``/``$LC_MESSAGES``/``$LANG``;
a string missing from a catalogue falls back to English. The GUI registers a listener
(:func:`add_listener`) that loads the matching Qt translators whenever the language changes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "zh_TW")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "gui" / "translations"

_catalogue: dict[str, dict[str, str]] = {}
_current = "en"
_variant = "en"
_listeners: list[Callable[[str], None]] = []


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


def load_catalogue(lang: str, directory: Path = TRANSLATIONS_DIR) -> dict[str, dict[str, str]]:
    """Every area's compiled catalogue for ``lang`` merged: context -> source -> translation."""
    merged: dict[str, dict[str, str]] = {}
    if lang == "en":
        return merged  # the sources are English
    for path in sorted(directory.glob(f"*_{lang}.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, messages in data.items():
            merged.setdefault(context, {}).update(messages)
    return merged


def install(lang: str) -> str:
    """Use ``lang`` from now on (replacing any earlier choice); returns the language in use."""
    global _catalogue, _current, _variant
    if lang not in LANGUAGES:
        lang = "en"
    _catalogue = load_catalogue(lang)
    _current, _variant = lang, lang
    from intake_app.text import zh_hk

    if lang == "zh_TW" and zh_hk.hong_kong_locale():
        # Hong Kong / Macau: the zh_TW catalogue with Hong Kong computing words (zh-review F28)
        _catalogue = {ctx: {src: zh_hk.localise(t) for src, t in msgs.items()} for ctx, msgs in _catalogue.items()}
        _variant = "zh_HK"
    for listener in _listeners:
        listener(lang)
    return lang


def add_listener(listener: Callable[[str], None]) -> None:
    """Call ``listener(lang)`` at every :func:`install` (the GUI loads Qt's translators there)."""
    if listener not in _listeners:
        _listeners.append(listener)


def current() -> str:
    return _current


def variant() -> str:
    """The catalogue in use: a language of LANGUAGES, or ``zh_HK`` (zh_TW with Hong Kong words)."""
    return _variant


def translate(context: str, text: str, n: int = -1) -> str:
    """Translate ``text`` in ``context``; call it with string literals so lupdate can see them.

    As with Qt, ``%n`` in the text is replaced by ``n`` when ``n`` is given.
    """
    result = _catalogue.get(context, {}).get(text) or text
    if n >= 0:
        result = result.replace("%n", str(n))
    return result
