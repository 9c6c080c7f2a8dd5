# SPDX-License-Identifier: GPL-3.0-or-later
"""A bad bridge line pasted in the outbox, in 简体中文 and 繁體中文: the screen says what is wrong
in Chinese; the bridge parser's English words are only on the line marked as technical details
for support (zh-review F21, issue 22). On the old code they were inside the Chinese sentence
(``此网桥行无效（expected IP:PORT）：…``)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt

from intake_app import i18n
from intake_app.gui import translators
from tests.gui.conftest import PASSPHRASE

pytestmark = pytest.mark.gui

WORD = re.compile(r"[A-Za-z]{2,}")
BAD_LINE = "obfs4 192.0.2.3 cert=abc"
EXPECTED = {"zh_CN": ("地址或端口不对", "技术细节（供支持联系人参考）："),
            "zh_TW": ("位址或連接埠不正確", "技術細節（供支援聯絡人參考）：")}


def _outbox_in(qtbot: Any, window: Any, lang: str) -> Any:
    """The first run as a person who picks their language on its first screen, then the outbox."""
    fr = window.first_run
    qtbot.mouseClick(fr.lang_buttons[lang], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fr.first, PASSPHRASE)
    qtbot.keyClicks(fr.second, PASSPHRASE)
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.pages.currentIndex() == 2, timeout=60000)
    qtbot.mouseClick(fr.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.checked.isVisible(), timeout=120000)
    qtbot.mouseClick(fr.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=10000)
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    qtbot.waitUntil(lambda: page.outbox.bridge_save.isVisible() and page.outbox.bridge_save.height() > 0)
    return page.outbox


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_bad_bridge_line_is_explained_in_chinese(qtbot, make_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    try:
        outbox = _outbox_in(qtbot, make_window(), lang)
        assert i18n.current() == lang
        qtbot.mouseClick(outbox.bridge_buttons["obfs4"], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(outbox.bridge_lines, BAD_LINE)
        qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
        shown = outbox.bridge_error.text()
        reason, details = EXPECTED[lang]
        assert reason in shown and "Traceback" not in shown, shown
        lines = [line for line in shown.replace(BAD_LINE, "").splitlines() if line.strip()]
        technical = [line for line in lines if line.startswith(details)]
        assert len(technical) == 1 and "expected IP:PORT" in technical[0], shown
        for line in lines:
            if line not in technical:
                assert not WORD.findall(line), line  # the pasted line aside, every word is Chinese
    finally:
        i18n.install("en")
        translators.apply("en")
