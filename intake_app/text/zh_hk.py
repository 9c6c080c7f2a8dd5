# SPDX-License-Identifier: GPL-3.0-or-later
"""Hong Kong and Macau computing words layered over the zh_TW catalogues (zh-review F28).

``zh_HK`` and ``zh_MO`` locales read the Traditional (zh_TW) catalogues, written for Taiwan:
軟體, 網路, 資料夾, 檔案 (a computer file) feel foreign in Hong Kong, where people write 軟件,
網絡, 文件夾, 文件. This table replaces about thirty such words in every translated message when
the person's locale is Hong Kong or Macau; everything else stays zh_TW.

Only the app's messages are layered, never a form: a consent wording is recorded exactly as
shown and hashed into the consent script id, so forms keep one text per script.
"""

from __future__ import annotations

import re

# (Taiwan, Hong Kong); longer words first where one contains another.
TERMS: tuple[tuple[str, str], ...] = (
    ("網際網路", "互聯網"),
    ("乙太網路", "以太網"),
    ("網路", "網絡"),
    ("軟體", "軟件"),
    ("資料夾", "文件夾"),
    ("螢幕", "屏幕"),
    ("影片", "視頻"),
    ("視訊", "視像"),
    ("音訊", "音頻"),
    ("位址", "地址"),
    ("硬碟", "硬盤"),
    ("隨身碟", "USB 手指"),
    ("印表機", "打印機"),
    ("列印", "打印"),
    ("滑鼠", "鼠標"),
    ("數位", "數碼"),
    ("解析度", "解像度"),
    ("外掛", "插件"),
    ("品質", "質素"),
    ("上傳", "上載"),
    ("使用者", "用戶"),
    ("帳號", "帳戶"),
    ("剪貼簿", "剪貼板"),
    ("原始碼", "源代碼"),
    ("資料庫", "數據庫"),
    ("相容", "兼容"),
    ("最佳化", "優化"),
    ("簡訊", "短訊"),
    ("行動電話", "流動電話"),
    ("部落格", "網誌"),
)
# 檔案 is a computer file in Taiwan (文件 in Hong Kong), but 檔案館 is the archive in both.
_FILE = ("檔案", "文件")
_PATTERN = re.compile("|".join([re.escape(tw) for tw, _hk in TERMS] + [re.escape(_FILE[0]) + "(?!館)"]))
_BY_WORD = {**dict(TERMS), _FILE[0]: _FILE[1]}


def localise(text: str) -> str:
    """``text`` (zh_TW) with Hong Kong computing words."""
    return _PATTERN.sub(lambda m: _BY_WORD[m.group(0)], text)


def hong_kong_locale() -> bool:
    """Whether the environment's locale (the first of LC_ALL, LC_MESSAGES, LANG that is set) is
    Hong Kong or Macau Chinese."""
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            tag = value.split(".")[0].split("@")[0].replace("-", "_").lower()
            return tag in ("zh_hk", "zh_mo", "zh_hant_hk", "zh_hant_mo")
    return False
