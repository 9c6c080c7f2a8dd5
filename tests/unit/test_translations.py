# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translatable string is in the catalogues, and every Chinese entry is translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from intake_app.text import i18n
from scripts import i18n_build

TS_FILES = sorted(i18n_build.TS_DIR.glob("*.ts"))


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_catalogues_are_up_to_date(tmp_path: Path) -> None:
    fresh = {p.name: p for p in i18n_build.update(tmp_path)}
    committed = {p.name: p for p in TS_FILES}
    assert sorted(fresh) == sorted(committed), "run: python -m scripts.i18n_build --update"
    for name, path in fresh.items():
        assert _messages(path) == _messages(committed[name]), f"{name} is stale; run i18n_build --update"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_entries(ts: Path) -> None:
    unfinished = [
        msg.findtext("source")
        for msg in ET.parse(ts).getroot().iter("message")
        if msg.find("translation") is not None and msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished, f"{ts.name}: translate {unfinished[:5]}"


def test_chinese_catalogue_is_used_at_runtime() -> None:
    i18n_build.build()
    try:
        i18n.install("zh_CN")
        assert i18n.translate("Cli", "Interrupted; nothing was lost.") == "已中断；没有丢失任何内容。"
        i18n.install("zh_TW")
        assert i18n.translate("Cli", "Interrupted; nothing was lost.") == "已中斷；沒有遺失任何內容。"
    finally:
        i18n.install("en")
    assert i18n.translate("Cli", "Interrupted; nothing was lost.") == "Interrupted; nothing was lost."


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("zh_TW.UTF-8", "zh_TW"), ("zh_HK", "zh_TW"), ("zh-Hant", "zh_TW"), ("zh_CN.UTF-8", "zh_CN"),
     ("zh", "zh_CN"), ("en_GB.UTF-8", "en"), ("C", "en"), ("fr_FR", None), (None, None)],
)
def test_language_tags(tag: str | None, expected: str | None) -> None:
    assert i18n.normalise(tag) == expected


def test_cli_version_runs_from_a_fresh_process() -> None:
    out = subprocess.run([sys.executable, "-m", "intake_app", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("intake ")
