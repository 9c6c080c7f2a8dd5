# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness alone, in Simplified Chinese, from the real start command (issue 17, item 5;
usability-review.md step 3): tests/gui/witness_journey_driver.py starts the app as the menu
entry "Give my testimony" does (``intake app --witness``) with ``LANG=zh_CN.UTF-8``, fresh user
config and cache folders, the private PulseAudio server, and a short idle timeout in the settings
file; it walks every screen through the real widgets (see the driver), with a ten-minute
recording in which every frame the audio server delivered is kept. Here: the process ends
cleanly, and afterwards nothing of the witness is readable on disk — not the Chinese answers,
the name or contact, the photo's hidden author or GPS block, the folder it came from, nor the
receipt code — in INTAKE_HOME, the user's config and cache folders, the temp folders and
/dev/shm; and nothing was left under INTAKE_HOME but the demo archive (the receiving side).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.canary import ISSUED, assert_no_canaries, default_roots

pytestmark = [pytest.mark.gui, pytest.mark.audio, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
TAKE_SECONDS = 600  # ten minutes of a witness talking, past the idle timeout fifty times over
SECRET_KEYS = ("account", "name", "contact", "author", "gps", "folder", "receipt")


@pytest.mark.timeout(TAKE_SECONDS + 1200)
def test_a_chinese_witness_alone_from_the_menu_command(pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Issue 17's "done when": a 10-minute account, in Chinese, from the menu command to the receipt.
    witness_alone(pulse, tmp_path, "zh_CN", TAKE_SECONDS)


def witness_alone(pulse: Any, tmp_path: Path, lang: str, take_seconds: int) -> None:
    """The driver in its own process, started as the menu entry starts the app with ``LANG`` set
    to ``lang``; then the checks that nothing of the witness stays."""
    home, work = tmp_path / "home", tmp_path / "work"
    config, cache = tmp_path / "user-config", tmp_path / "user-cache"
    for d in (work, config, cache):
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "INTAKE_HOME", "LANGUAGE", "LC_ALL")}
    env.update(pulse.client_env())
    env.update({"LANG": f"{lang}.UTF-8", "XDG_CONFIG_HOME": str(config), "XDG_CACHE_HOME": str(cache)})
    done = subprocess.run([sys.executable, "-m", "tests.gui.witness_journey_driver", "--home", str(home),
                           "--work", str(work), "--sink", pulse.sink, "--take-seconds", str(take_seconds),
                           "--lang", lang],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=take_seconds + 900,
                          check=False)
    result = json.loads((work / "result.json").read_text(encoding="utf-8")) if (work / "result.json").exists() else {}
    assert not result.get("failures"), "\n".join(result.get("failures", [])) + done.stderr[-3000:]
    assert done.returncode == 0 and result.get("code") == 0, done.stderr[-4000:]
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
    secrets = [result["secrets"][k] for k in SECRET_KEYS]
    ISSUED.update(secrets)
    # The archive received it (ciphertext); nothing else stays under INTAKE_HOME but the settings
    # file the test wrote before starting (no store, no receipts, no outbox, no tor folder).
    assert [p for p in (home / "demo-archive" / "received").rglob("*") if p.is_file()]
    left = {str(p.relative_to(home)) for p in home.rglob("*") if "demo-archive" not in p.relative_to(home).parts}
    assert left <= {"config", "config/gui.json"}, sorted(left)
    if Path("/dev/shm").is_dir():
        assert not list(Path("/dev/shm").glob("intake-*"))
    assert_no_canaries(secrets, full=[home, config, cache], recent=default_roots(),
                       since=float(result["began"]) - 2.0, exclude=[work])
