# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for store integration tests: run the real ``intake`` CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
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


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB tmpfs: a disk that fills up (test_full_disk, test_seal_into_outbox)."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mnt)],
                       check=False, capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
