# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI's Qt translators layer the Hong Kong computing words over zh_TW in a zh_HK locale, and
a message missing from one catalogue is still found in the next (zh-review F28, issue 22)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from intake_app.gui import translators
from intake_app.text import i18n

pytestmark = pytest.mark.gui


def test_qt_translators_layer_the_same_words(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    try:
        monkeypatch.setenv("LANG", "zh_HK.UTF-8")
        i18n.install("zh_TW")
        translators.apply("zh_TW")
        assert i18n.variant() == "zh_HK" and i18n.current() == "zh_TW"
        assert QCoreApplication.translate("ArchivePage", "&Open into a folder…") == "開啟到文件夾(&O)…"
        assert QCoreApplication.translate("LockScreen", "Locked") == "已鎖定"  # found in a later catalogue
        monkeypatch.setenv("LANG", "zh_TW.UTF-8")
        i18n.install("zh_TW")
        translators.apply("zh_TW")
        assert i18n.variant() == "zh_TW"
        assert QCoreApplication.translate("ArchivePage", "&Open into a folder…") == "開啟到資料夾(&O)…"
    finally:
        i18n.install("en")
        translators.apply("en")
