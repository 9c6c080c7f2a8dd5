# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for store integration tests: run the real ``intake`` CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "field work passphrase 天安門"


def run_cli(home: Path, *args: str, lang: str | None = None, debug: bool = False) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "intake_app", "--home", str(home)] + (["--debug"] if debug else [])
    if lang:
        cmd += ["--lang", lang]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*cmd, *args], check=False, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Where a test keeps its own input files (they hold canaries on purpose)."""
    d = tmp_path / "inputs"
    d.mkdir()
    return d


@pytest.fixture
def passfile(inputs: Path) -> Path:
    p = inputs / "pass.txt"
    p.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return p
