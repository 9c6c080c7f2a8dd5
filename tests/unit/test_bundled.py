# SPDX-License-Identifier: GPL-3.0-or-later
"""Bundled programs are found before anything on PATH (the frozen layout, recreated for real)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from intake_app.bundled import TOOLS_ENV, bundle_tools_dir, tool_path


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
