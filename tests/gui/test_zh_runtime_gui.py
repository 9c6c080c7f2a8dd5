# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox in 简体中文 and 繁體中文 when things go wrong (zh-review F21, issue 22): a bad bridge
line pasted says what is wrong in Chinese, the bridge parser's English words only on the line
marked as technical details for support (on the old code they were inside the Chinese sentence:
``此网桥行无效（expected IP:PORT）：…``); a tor that cannot start says why in Chinese on each way's
line (on the old code: only "this way did not work")."""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from intake_app.gui import translators
from intake_app.text import i18n
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_outbox_tor import NO_IDLE_LOCK_MS

pytestmark = pytest.mark.gui

WORD = re.compile(r"[A-Za-z]{2,}")
BAD_LINE = "obfs4 192.0.2.3 cert=abc"
EXPECTED = {"zh_CN": ("地址或端口不对", "技术细节（供支持联系人参考）："),
            "zh_TW": ("位址或連接埠不正確", "技術細節（供支援聯絡人參考）：")}


def _outbox_in(qtbot: Any, window: Any, lang: str, profile: Any = None) -> Any:
    """The first run as a person who picks their language on its first screen (and the demo
    archive, or imports ``profile``, a created archive), then the outbox."""
    fr = window.first_run
    qtbot.mouseClick(fr.lang_buttons[lang], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fr.first, PASSPHRASE)
    qtbot.keyClicks(fr.second, PASSPHRASE)
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.pages.currentIndex() == 2, timeout=60000)
    if profile is None:
        qtbot.mouseClick(fr.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: fr.checked.isVisible(), timeout=120000)
    else:  # what the "Import profile file…" button emits once the file dialog returns a path
        fr.profile_file_chosen.emit(str(profile.profile_path))
        qtbot.waitUntil(lambda: fr.checked.isVisible(), timeout=60000)
        assert fr.fingerprint.text() == str(profile.profile.fingerprint())
        fr.confirm.setChecked(True)
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


START_REASON = {"zh_CN": "另一个程序已经占用了 Tor 需要的端口", "zh_TW": "另一個程式已經占用了 Tor 需要的連接埠"}
NAMES = {"Tor", "obfs", "snowflake", "Snowflake", "QR"}  # names, not English sentences


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_tor_that_cannot_start_says_why_in_chinese(qtbot, make_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     lang: str) -> None:
    """A real archive profile; the app's tor is told (as an extra setting) to use a port another
    program already holds, so every way's tor exits at once. Connect: each way's line says why in
    Chinese, and the message at the end has no English sentence either."""
    from intake_app.archive.setup import create_archive

    created = create_archive(tmp_path / "archive", "Archive", passphrase=None)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        window = make_window(idle_ms=NO_IDLE_LOCK_MS, tor_extra_lines=[f"SocksPort 127.0.0.1:{taken.getsockname()[1]}"])
        try:
            outbox = _outbox_in(qtbot, window, lang, created)
            page = window.mode_page
            qtbot.mouseClick(outbox.connect_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorBox") is not None, timeout=120000)
            box = page.findChild(QMessageBox, "errorBox")
            lines = [line for line in outbox.attempt_log.text().splitlines() if line.strip()]
            assert any(START_REASON[lang] in line for line in lines), lines
            for line in [*lines, box.text(), box.informativeText()]:
                assert not set(WORD.findall(line)) - NAMES, line
            box.close()
        finally:
            i18n.install("en")
            translators.apply("en")


def test_qts_own_words_follow_the_language(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Walk, session 6: in Chinese a text field's right-click menu and a message box's button
    stayed English ("Paste", "OK"): Qt's own catalogue is loaded with the app's."""
    window = demo_window
    window.bar.language.setCurrentIndex(window.bar.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: i18n.current() == "zh_CN")
    page = window.open_mode("interviewer")
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    field = page.editor.views[0].editor("interviewer_name").widget
    qtbot.waitUntil(lambda: field.isVisible() and field.height() > 0)
    menu = field.createStandardContextMenu()  # what a right-click on the field shows
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    menu.deleteLater()
    assert "粘贴(&P)" in texts and "&Paste" not in texts, texts
    # A message box's own button, as the app's notes and error boxes show it.
    box = QMessageBox(window)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"
    box.deleteLater()
