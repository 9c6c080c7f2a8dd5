# SPDX-License-Identifier: GPL-3.0-or-later
"""The interviewer's whole journey from the real start command, in a separate process (issue 16,
item 3; usability-review.md §2): tests/gui/journey_driver.py starts the app through
``intake_app.cli.main(["--home", H, "app"])`` and drives it through the real widgets — first run
with the demo archive; interview 1 with verbal consent recorded on the consent page, the
witness's identity, a victim record, the documents step, a recording longer than the idle lock,
an attachment, review, finalise, send, receipt copied, still listed as sent; interview 2 with
written consent (a photo of the signed page) and an anonymous witness; interview 3 confirmed on
screen. Here: the process must end cleanly (exit 0, no traceback), and afterwards no witness
name, typed answer or receipt code is readable anywhere under its INTAKE_HOME.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.canary import ISSUED, assert_no_canaries

pytestmark = [pytest.mark.gui, pytest.mark.audio, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def test_the_interviewers_journey_from_the_start_command(pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "INTAKE_HOME")}
    env.update(pulse.client_env())
    done = subprocess.run([sys.executable, "-m", "tests.gui.journey_driver", "--home", str(home),
                           "--work", str(work), "--sink", pulse.sink],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    result = json.loads((work / "result.json").read_text(encoding="utf-8")) if (work / "result.json").exists() else {}
    assert not result.get("failures"), "\n".join(result.get("failures", []))
    assert done.returncode == 0 and result.get("code") == 0, done.stderr[-4000:]
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
    secrets = list(result["secrets"].values())
    ISSUED.update(secrets)  # the log scan and later checks know them too
    assert_no_canaries(secrets, full=[home], exclude=[work])
