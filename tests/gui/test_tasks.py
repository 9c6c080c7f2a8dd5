# SPDX-License-Identifier: GPL-3.0-or-later
"""Worker tasks hand progress to the GUI thread: a plain function or lambda connected to
``gui_progress`` runs there (widgets touched from a worker thread crash the app)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_gui_progress_runs_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from intake_app.gui.controllers.tasks import TaskContext, run_task

    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    seen: list[tuple[int, bool]] = []
    worker: list[bool] = []

    def work(ctx: TaskContext) -> int:
        worker.append(QThread.currentThread() is not gui_thread)
        for i in range(5):
            ctx.progress(i + 1, 5)
        return 5

    task = run_task(work)
    task.gui_progress.connect(lambda done, _total: seen.append((done, QThread.currentThread() is gui_thread)))
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=30000)
    assert worker == [True]
    assert [d for d, _ in seen] == [1, 2, 3, 4, 5] and all(on_gui for _, on_gui in seen)
