# SPDX-License-Identifier: GPL-3.0-or-later
"""Hong Kong and Macau readers get Hong Kong computing words over the zh_TW catalogues (zh-review
F28, issue 22): 文件夾 not 資料夾, 軟件 not 軟體, 網絡 not 網路, 文件 for a file, while 檔案館 (the
archive) stays; Taiwan locales keep the zh_TW text. Qt's translators: tests/gui/test_zh_hk_gui.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.text import zh_hk


def test_the_table_keeps_the_archive_and_changes_computing_words() -> None:
    assert zh_hk.localise("檔案館資料夾裡的檔案經網路上傳到伺服器") == "檔案館文件夾裡的文件經網絡上載到伺服器"
    assert zh_hk.localise("網際網路上的軟體") == "互聯網上的軟件"
    assert 25 <= len(zh_hk.TERMS) + 1 <= 40
    for tw, hk in zh_hk.TERMS:  # no entry undoes another
        assert zh_hk.localise(hk) == hk, tw


def _archive_init(tmp_path: Path, lang_env: str) -> subprocess.CompletedProcess[str]:
    folder = tmp_path / "not-empty"
    folder.mkdir(exist_ok=True)
    (folder / "something").write_text("x")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(INTAKE_HOME=str(tmp_path / "home"), LANG=lang_env)
    return subprocess.run([sys.executable, "-m", "intake_app", "archive", "init", str(folder), "--name", "x",
                           "--no-passphrase"], capture_output=True, text=True, env=env, timeout=120, check=False)


@pytest.mark.parametrize("locale", ["zh_HK.UTF-8", "zh_MO.UTF-8"])
def test_the_command_line_speaks_hong_kong_words_in_a_hong_kong_locale(tmp_path: Path, locale: str) -> None:
    done = _archive_init(tmp_path, locale)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "檔案館文件夾" in done.stderr and "請選擇一個新文件夾" in done.stderr
    assert "資料夾" not in done.stderr


def test_taiwan_keeps_taiwan_words(tmp_path: Path) -> None:
    done = _archive_init(tmp_path, "zh_TW.UTF-8")
    assert done.returncode == 1 and "檔案館資料夾" in done.stderr and "文件夾" not in done.stderr
