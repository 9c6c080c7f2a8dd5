# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt binding keeps Python's reference counts: PySide6-Essentials 6.12.0 dropped a reference
to ``True``/``False`` at every ``Signal(bool).emit``, so the app aborted ("Fatal Python error:
bool_dealloc") once enough had been emitted — at the end of the ten-minute witness journey
(tests/gui/test_journey_witness_zh.py). The lock pins a release without it; this test fails on
6.12.0 (the child aborts) and guards any upgrade. It runs in a child process because the failure
is an abort, not an exception."""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])


class Source(QObject):
    flag = Signal(bool)
    level = Signal(float, float)


source, widget, seen = Source(), QWidget(), []
source.flag.connect(widget.setEnabled)
source.flag.connect(seen.append)
source.level.connect(lambda a, b: None)
before = sys.getrefcount(True), sys.getrefcount(False)
for i in range(50_000):
    source.flag.emit(i % 2 == 0)
    source.level.emit(0.5, 0.25)
    widget.isVisible()
seen.clear()
after = sys.getrefcount(True), sys.getrefcount(False)
print(before, after)
sys.exit(0 if before == after else 3)
"""


def test_bool_signals_keep_the_reference_counts_of_true_and_false() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-2000:])
