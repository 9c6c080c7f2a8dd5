# SPDX-License-Identifier: GPL-3.0-or-later
"""Bundled programs are found before anything on PATH (the frozen layout, recreated for real)."""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
from pathlib import Path

import pytest

from intake_app.tools import SYSTEM_DIRS, TOOLS_ENV, bundle_tools_dir, tool_dirs, tool_path


def _make_tool(directory: Path, name: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text("#!/bin/sh\necho bundled\n", encoding="ascii")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_the_bundle_directory_wins_over_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = _make_tool(tmp_path / "bundle" / "tools", "tor")
    planted = _make_tool(tmp_path / "planted", "tor")
    monkeypatch.setenv("PATH", f"{planted.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv(TOOLS_ENV, str(bundled.parent))
    assert bundle_tools_dir() == bundled.parent
    assert tool_path("tor") == str(bundled)


def test_without_a_bundle_path_and_system_dirs_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOOLS_ENV, raising=False)
    assert bundle_tools_dir() is None
    system_tor = shutil.which("tor") or shutil.which("tor", path="/usr/sbin:/usr/bin")
    assert system_tor is not None, "scripts/setup-system.sh installs tor"
    assert tool_path("tor") == system_tor


def test_a_non_executable_bundled_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "tor").write_text("not a program", encoding="ascii")
    monkeypatch.setenv(TOOLS_ENV, str(tools))
    assert tool_path("tor") != str(tools / "tor")


def test_an_unknown_program_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOOLS_ENV, str(tmp_path))
    assert tool_path("no-such-program-intake") is None


def test_the_search_order_is_bundle_then_tools_dir_then_path_then_system_dirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One lookup for every program: each place wins over the next, and removing it reveals the next."""
    meipass = tmp_path / "frozen"  # PyInstaller's sys._MEIPASS: <bundle>/tools/ holds the shipped tor
    frozen = _make_tool(meipass / "tools", "tor")
    tools_dir = _make_tool(tmp_path / "tools-dir", "tor")
    on_path = _make_tool(tmp_path / "on-path", "tor")
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)
    monkeypatch.setenv(TOOLS_ENV, str(tools_dir.parent))
    monkeypatch.setenv("PATH", str(on_path.parent))  # a PATH without /usr/sbin, as a user's may be
    assert tool_dirs() == [meipass / "tools", tools_dir.parent]

    assert tool_path("tor") == str(frozen)
    frozen.unlink()
    assert tool_path("tor") == str(tools_dir)
    tools_dir.unlink()
    assert tool_path("tor") == str(on_path)
    on_path.unlink()
    system_tor = shutil.which("tor", path=os.pathsep.join(SYSTEM_DIRS))
    assert system_tor is not None, "scripts/setup-system.sh installs tor (Debian: /usr/sbin/tor)"
    assert tool_path("tor") == system_tor


def test_tor_and_the_transports_are_looked_up_only_through_tool_path() -> None:
    """No second list of directories: the transport code and the smoke test call tool_path."""
    root = Path(__file__).resolve().parents[2] / "intake_app"
    offenders = []
    for source in sorted(root.rglob("*.py")):
        if source.name == "tools.py":
            continue
        text = source.read_text(encoding="utf-8")
        if re.search(r"shutil\.which\(|\"/usr/s?bin|/usr/local/s?bin", text):
            offenders.append(str(source.relative_to(root)))
    assert offenders == []  # i18n_build.py (finds Qt's lrelease/lupdate) is a developer tool in scripts/ now
