# SPDX-License-Identifier: GPL-3.0-or-later
"""Every field where the store's passphrase is typed warns about cloud input methods, in the
person's language (zh-review F2, issue 22): creating the store on first run, unlocking it on the
lock screen and changing it in the settings. A pinyin or zhuyin input method with cloud
prediction sends what is typed, the passphrase included, to its servers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import PASSPHRASE

pytestmark = pytest.mark.gui

SAYS = {"en": "cloud input", "zh_CN": "云输入", "zh_TW": "雲端輸入"}
SERVERS = {"en": "servers in China", "zh_CN": "中国境内的服务器", "zh_TW": "中國境內的伺服器"}


def _shown_under(qtbot, field, warning, lang: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: warning.isVisible() and warning.height() > 0 and field.isVisible())
    # Qt posts the language change to the widgets: the text follows within a few event-loop turns
    qtbot.waitUntil(lambda: SAYS[lang] in warning.text(), timeout=5000)
    assert SERVERS[lang] in warning.text()
    # right beside the field: below it, and no further down than the next row of the form
    assert warning.mapTo(field.window(), warning.rect().topLeft()).y() >= field.mapTo(
        field.window(), field.rect().bottomLeft()).y()


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_passphrase_fields_warn_about_cloud_input_methods(qtbot, make_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    fr = window.first_run
    qtbot.mouseClick(fr.lang_buttons[lang], Qt.MouseButton.LeftButton)
    _shown_under(qtbot, fr.second, fr.input_method_warning, lang)
    qtbot.keyClicks(fr.first, PASSPHRASE)
    qtbot.keyClicks(fr.second, PASSPHRASE)
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.pages.currentIndex() == 2, timeout=60000)
    qtbot.mouseClick(fr.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.checked.isVisible(), timeout=120000)
    qtbot.mouseClick(fr.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=10000)

    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)
    _shown_under(qtbot, page.settings.new_again, page.settings.input_method_warning, lang)

    window.lock_now()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen)
    _shown_under(qtbot, window.lock_screen.passphrase, window.lock_screen.input_method_warning, lang)
