# SPDX-License-Identifier: GPL-3.0-or-later
"""One language picker (code review change 6, issue 25): the first-run page, the witness's
language page and the top bar are the same widget, offer the same three languages, each named
in its own script, and each switches the app's language when a person uses it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from intake_app.gui.widgets.language_picker import LANGUAGE_NAMES, LanguagePicker
from intake_app.text import i18n

pytestmark = pytest.mark.gui

OFFERED = ["English", "简体中文", "繁體中文"]


def _shown(picker: LanguagePicker) -> list[str]:
    if picker.box is not None:
        return [picker.box.itemText(i) for i in range(picker.box.count())]
    return [b.text() for b in picker.buttons.values()]


def _ready(qtbot: Any, widget: Any) -> None:
    qtbot.waitUntil(lambda: widget.isVisible() and widget.height() > 0, timeout=5000)


def test_every_place_offers_the_same_three_languages(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    assert list(LANGUAGE_NAMES) == list(i18n.LANGUAGES)
    window = make_window()
    first, bar = window.first_run.language_picker, window.bar.language_picker
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    witness = window.mode_page.language_picker
    pickers = [first, witness, bar]
    assert all(type(p) is LanguagePicker for p in pickers)
    for picker in pickers:
        assert picker.languages() == list(i18n.LANGUAGES)
        assert _shown(picker) == OFFERED
    # The two pages' buttons are the same (they had drifted: 48 / 52 px, "lang_" / "self_lang_").
    for code in i18n.LANGUAGES:
        a, b = first.buttons[code], witness.buttons[code]
        assert a.objectName() == b.objectName() == f"lang_{code}"
        assert a.minimumHeight() == b.minimumHeight() >= 48
        assert a.accessibleName() == b.accessibleName() == LANGUAGE_NAMES[code]


def test_the_first_run_page_and_the_top_bar_switch_the_language(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    fr = window.first_run
    _ready(qtbot, fr.lang_buttons["zh_CN"])
    qtbot.mouseClick(fr.lang_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert i18n.current() == "zh_CN"
    qtbot.waitUntil(lambda: fr.pass_heading.text() == "请设定密码", timeout=5000)
    box = window.bar.language
    assert box.currentText() == "简体中文"  # the top bar shows the language in use
    # The top bar's box, with the keyboard as a person would: one step down is 繁體中文.
    _ready(qtbot, box)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert i18n.current() == "zh_TW"
    qtbot.waitUntil(lambda: fr.pass_heading.text() == "請設定密碼", timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Home)
    assert i18n.current() == "en"
    qtbot.waitUntil(lambda: fr.pass_heading.text() == "Choose a passphrase", timeout=5000)


def test_the_witness_language_page_switches_the_language(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    assert page.current() == "language"
    _ready(qtbot, page.lang_buttons["zh_TW"])
    qtbot.mouseClick(page.lang_buttons["zh_TW"], Qt.MouseButton.LeftButton)
    assert i18n.current() == "zh_TW"
    assert page.current() != "language"
    qtbot.waitUntil(lambda: page.back_button.text() != "← &Back", timeout=5000)
