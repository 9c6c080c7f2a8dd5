# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures. Area fixtures live in tests/fixtures/*.py and are loaded here as plugins, so
areas add fixtures (private tor network, audio server, age tools) without editing this file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

_FIXTURES = Path(__file__).parent / "fixtures"
pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}" for p in _FIXTURES.glob("*.py") if not p.name.startswith("_")
)

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def intake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, private (0700) INTAKE_HOME for one test."""
    home = tmp_path / "intake-home"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("INTAKE_HOME", str(home))
    yield home


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see English messages unless they ask for another language."""
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
