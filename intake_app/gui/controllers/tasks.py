# SPDX-License-Identifier: GPL-3.0-or-later
"""Run slow service calls off the GUI thread, with progress and cancellation.

A :class:`Task` wraps a plain function ``fn(ctx)`` where ``ctx`` is a :class:`TaskContext`
giving ``ctx.progress(done, total)`` (which also raises :class:`Cancelled` once the user asked
to stop) and ``ctx.cancelled``. The function runs in its own ``QThread``; results come back as
Qt signals, so the GUI thread never blocks and workers never touch widgets.

Guarantees: ``finished`` or ``failed`` is emitted exactly once per started task. Exceptions
that have a user message (``intake_app.text.errors.handled_types()``) and :class:`Cancelled` go to
``failed``; anything else is a bug: it goes to the crash handler (traceback on stderr for
developers, never to the screen) and then to ``failed`` so the screen does not hang.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from intake_app.text.errors import IntakeError, handled_types


class Cancelled(IntakeError):
    """The person pressed Cancel; the service stopped at its next progress point."""


class TaskContext:
    """What a task function may use: progress reporting and the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_event(self) -> threading.Event:
        """The flag itself, for a service that polls a ``threading.Event`` (the connection assistant)."""
        return self._cancel

    def check(self) -> None:
        """Raise :class:`Cancelled` if the person asked to stop."""
        if self._cancel.is_set():
            raise Cancelled("cancelled by the user")

    def progress(self, done: int, total: int) -> None:
        """Report progress (any units); doubles as a cancellation point."""
        self._task.progress.emit(int(done), int(total))
        self.check()

    def status(self, text: str) -> None:
        """A short status line (already translated) for the progress dialog."""
        self._task.status.emit(text)
        self.check()


class Task(QObject):
    """One call of ``fn(ctx)`` in a worker thread.

    Signals:
        progress(int done, int total): emitted from the worker; total 0 means "unknown".
        status(str text): a translated line describing the current step.
        finished(object result): the function's return value.
        failed(object exc): the exception (a handled type, :class:`Cancelled`, or a bug).
    """

    progress = Signal(int, int)
    status = Signal(str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[TaskContext], Any]) -> None:
        super().__init__(None)
        self._fn = fn
        self.ctx = TaskContext(self)
        self._thread: QThread | None = None
        self._relay = _Relay(self)  # made on the GUI thread: results are delivered there
        self.done = self._relay.done  # finished, re-emitted on the GUI thread
        self.error = self._relay.error  # failed, re-emitted on the GUI thread
        # progress, re-emitted on the GUI thread: connect plain functions and lambdas here, never
        # to ``progress`` (those would run in the worker and touch widgets from it: a crash).
        self.gui_progress = self._relay.progress

    def start(self) -> Task:
        thread = QThread()
        self._thread = thread
        self.moveToThread(thread)
        thread.started.connect(self._run)
        thread.finished.connect(self._relay.release)
        _RUNNING.add(self)
        thread.start()
        return self

    def cancel(self) -> None:
        self.ctx.cancel()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the thread ends (only for shutdown and tests)."""
        return self._thread.wait(ms) if self._thread is not None else True

    @Slot()
    def _run(self) -> None:
        try:
            result = self._fn(self.ctx)
        except handled_types() + (Cancelled,) as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a bug: report for developers, keep the screen alive
            crash_handler(exc)
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            if self._thread is not None:
                self._thread.quit()


_RUNNING: set[Task] = set()


class _Relay(QObject):
    """Created on the GUI thread, so queued signals to its slots run there."""

    done = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)

    def __init__(self, task: Task) -> None:
        super().__init__(None)
        self._task: Task | None = task
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        task.progress.connect(self._on_progress)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.error.emit(exc)

    @Slot()
    def release(self) -> None:
        """The worker thread ended: let Python free the task and its thread."""
        if self._task is not None:
            # ``finished`` is emitted from the worker just before its thread really ends; Python
            # may destroy the QThread as soon as the last reference goes, and destroying a QThread
            # that still runs aborts the process. Waiting here takes microseconds.
            thread = self._task._thread
            if thread is not None:
                thread.wait(5000)
            _RUNNING.discard(self._task)
            self._task = None


def crash_handler(exc: BaseException) -> None:
    """Developers see the traceback on stderr; people see only the plain message."""
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


def run_task(fn: Callable[[TaskContext], Any], *, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Task:
    """Start ``fn`` in a worker; callbacks run on the GUI thread (queued signal delivery)."""
    task = Task(fn)
    if on_done is not None:
        task.done.connect(on_done)
    if on_error is not None:
        task.error.connect(on_error)
    return task.start()


def wait_all(ms: int = 30000) -> None:
    """Ask every running task to stop and wait for it (at application exit)."""
    for task in list(_RUNNING):
        task.cancel()
        task.wait(ms)
