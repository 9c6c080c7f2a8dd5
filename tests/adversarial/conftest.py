# SPDX-License-Identifier: GPL-3.0-or-later
"""Adversarial suite: prints the fuzz tallies and writes them to ``$INTAKE_FUZZ_STATS`` (JSON)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tests.adversarial._fuzz import SCALE, TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    terminalreporter.section(f"fuzz tallies (scale {SCALE:g})")
    for parser in sorted(TALLY):
        c = TALLY[parser]
        terminalreporter.write_line(
            f"{parser:28} tried {c['tried']:7}  rejected (typed) {c['rejected']:7}  accepted {c['accepted']:6}")
    target = os.environ.get("INTAKE_FUZZ_STATS")
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_text(json.dumps({"scale": SCALE, "parsers": {k: dict(v) for k, v in TALLY.items()}},
                                           indent=1, sort_keys=True) + "\n", encoding="utf-8")
