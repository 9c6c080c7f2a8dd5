# SPDX-License-Identifier: GPL-3.0-or-later
"""Adversarial suite: bounds each test's peak memory, prints the fuzz tallies and writes them to
``$INTAKE_FUZZ_STATS`` (JSON)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.adversarial._fuzz import SCALE, TALLY

# No input may blow memory up: during each adversarial test the resident size grows by less than
# this over what the process held when the test began (a long `make fuzz` run's baseline grows).
MEMORY_CEILING_MIB = 512
PEAKS: dict[str, int] = {}


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


@pytest.fixture(autouse=True)
def _bounded_memory(request: pytest.FixtureRequest) -> Iterator[None]:
    # Writing 5 to clear_refs resets VmHWM (Linux), so the peak measured is this test's own.
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    yield
    peak_mib = (_status_kib("VmHWM") - before) // 1024
    PEAKS[request.node.name] = peak_mib
    assert peak_mib < MEMORY_CEILING_MIB, f"resident memory grew by {peak_mib} MiB during the test"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    terminalreporter.section(f"fuzz tallies (scale {SCALE:g})")
    for parser in sorted(TALLY):
        c = TALLY[parser]
        terminalreporter.write_line(
            f"{parser:28} tried {c['tried']:7}  rejected (typed) {c['rejected']:7}  accepted {c['accepted']:6}")
    if PEAKS:
        worst = max(PEAKS, key=PEAKS.__getitem__)
        terminalreporter.write_line(f"largest growth of resident memory during one adversarial test: {PEAKS[worst]} MiB ({worst}); "
                                    f"ceiling {MEMORY_CEILING_MIB} MiB")
    target = os.environ.get("INTAKE_FUZZ_STATS")
    if target:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_text(json.dumps({"scale": SCALE, "peak_rss_mib": PEAKS, "parsers": {k: dict(v) for k, v in TALLY.items()}},
                                           indent=1, sort_keys=True) + "\n", encoding="utf-8")
