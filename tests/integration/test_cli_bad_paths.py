# SPDX-License-Identifier: GPL-3.0-or-later
"""Every bad path on the command line gets a plain message and a non-zero exit, never a traceback
(issue 16: `intake store init --profile NO_SUCH_FILE` printed a Python traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

INTAKE = Path(sys.executable).parent / "intake"
MISSING = "/nonexistent/intake-test/missing-file"

COMMANDS = [
    ["store", "init", "--profile", MISSING],
    ["profile", "show", MISSING],
    ["verify", "--key", MISSING, MISSING],
    ["open", "--key", MISSING, "--out", "{tmp}/out", MISSING],
    ["age", "-d", "-i", MISSING, MISSING],
    ["age", "-e", "-R", MISSING, MISSING],
    ["forms", "check", "self_submission", MISSING],
    ["seal", "--profile", MISSING, "--form", "self_submission", "--answers", MISSING, "--out", "{tmp}/b.tib"],
    ["fixity", MISSING],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_missing_file_is_a_plain_message(tmp_path: Path, command: list[str], lang: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    env = {**os.environ, "INTAKE_HOME": str(tmp_path / "home"), "LANG": f"{lang}.UTF-8"}
    env.pop("LC_ALL", None)
    done = subprocess.run([str(INTAKE), *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=60, check=False)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip(), "the user is told what went wrong"
    assert "[Errno" not in done.stderr and "Error(" not in done.stderr, done.stderr
