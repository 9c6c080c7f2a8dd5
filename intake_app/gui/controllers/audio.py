# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording and playback for the recording panel, through the Qt-free audio service.

The service records straight into the encrypted store (no plaintext file); this controller
runs it in a worker, forwards levels and elapsed time as signals, and keeps markers.

Signals:
    level(float peak, float rms): linear 0..1, about 10 times a second while recording.
    elapsed(float seconds)
    recording(bool on), paused(bool on)
    marker_added(float seconds, str label)
    recordings_changed(list[str] names)
    failed(object exc)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from intake_app.gui.controllers.app import AppController, service
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task


class AudioController(QObject):
    level = Signal(float, float)
    elapsed = Signal(float)
    recording = Signal(bool)
    paused = Signal(bool)
    marker_added = Signal(float, str)
    recordings_changed = Signal(list)
    failed = Signal(object)

    def __init__(self, app: AppController) -> None:
        super().__init__()
        self.app = app
        self._session: Any = None
        self._task: Task | None = None
        self._player: Any = None
        self.interview_id = ""

    def bind(self, panel: Any, interview_id: str) -> None:
        """Wire a RecordingPanel's intents and displays to this controller."""
        self.interview_id = interview_id
        panel.record.connect(self.start)
        panel.pause.connect(self.pause)
        panel.resume.connect(self.resume)
        panel.stop.connect(self.stop)
        panel.marker.connect(self.add_marker)
        panel.play.connect(self.play)
        panel.stop_playback.connect(self.stop_playback)
        self.level.connect(panel.show_level)
        self.elapsed.connect(panel.show_elapsed)
        self.recording.connect(panel.set_recording)
        self.paused.connect(panel.set_paused)
        self.marker_added.connect(panel.add_marker)
        self.recordings_changed.connect(panel.set_recordings)
        from intake_app.gui.widgets.common import show_error

        self.failed.connect(lambda exc: show_error(panel, exc))
        try:
            self.recordings_changed.emit(self.names())
        except Exception as exc:  # noqa: BLE001 - shown as a plain message, never a traceback
            self.failed.emit(exc)

    def names(self) -> list[str]:
        audio = service("intake_app.audio")
        lister = getattr(audio, "list_recordings", None)
        if not callable(lister):
            return []
        return [str(getattr(r, "name", r)) for r in lister(self.app.store, self.interview_id)]

    def start(self) -> None:
        def work(ctx: TaskContext) -> Any:
            audio = service("intake_app.audio")

            def on_level(peak: float, rms: float, seconds: float) -> None:
                self.level.emit(float(peak), float(rms))
                self.elapsed.emit(float(seconds))
                ctx.check()

            self._session = audio.start_recording(self.app.store, self.interview_id, on_level=on_level)
            self.recording.emit(True)
            return self._session.wait()

        self._task = run_task(work, on_done=self._stopped, on_error=self._error)

    def _stopped(self, _result: Any) -> None:
        self._session = None
        self.recording.emit(False)
        try:
            self.recordings_changed.emit(self.names())
        except Exception as exc:  # noqa: BLE001 - shown as a plain message
            self.failed.emit(exc)

    def _error(self, exc: BaseException) -> None:
        self._session = None
        self.recording.emit(False)
        self.failed.emit(exc)

    def pause(self) -> None:
        if self._session is not None:
            self._session.pause()
            self.paused.emit(True)

    def resume(self) -> None:
        if self._session is not None:
            self._session.resume()
            self.paused.emit(False)

    def stop(self) -> None:
        if self._session is not None:
            self._session.stop()

    def add_marker(self, label: str) -> None:
        if self._session is not None:
            seconds = float(self._session.add_marker(label))
            self.marker_added.emit(seconds, label)

    def play(self, index: int) -> None:
        def work(ctx: TaskContext) -> Any:
            audio = service("intake_app.audio")
            recordings = audio.list_recordings(self.app.store, self.interview_id)
            self._player = audio.play(self.app.store, recordings[index])
            return self._player.wait()

        run_task(work, on_error=self._error)

    def stop_playback(self) -> None:
        if self._player is not None:
            self._player.stop()

    def stop_all(self) -> None:
        self.stop()
        self.stop_playback()
        if self._task is not None:
            self._task.wait(10000)
