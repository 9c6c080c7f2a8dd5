# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice for self-submission, kept in memory only (never the store, never a file).

The audio service's :class:`Recorder` writes its encoded stream into a ``bytearray`` here; on
stop the header patch is applied in memory and the take becomes a bundle payload. :meth:`forget`
overwrites the buffers. Same signals as :class:`AudioController`, so the same panel works.
"""

from __future__ import annotations

import functools
import io
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from intake_app import i18n
from intake_app.gui.controllers.audio import MicrophoneMissing
from intake_app.gui.controllers.tasks import TaskContext, run_task


class _Buffer:
    """The append-only target the recorder writes to."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.data += data
        return len(data)


class MemoryAudio(QObject):
    level = Signal(float, float)
    elapsed = Signal(float)
    recording = Signal(bool)
    capturing = Signal(bool)
    paused = Signal(bool)
    marker_added = Signal(float, str)
    recordings_changed = Signal(list)
    input_used = Signal(str)
    failed = Signal(object)

    def __init__(self, audio_format: str = "flac", device: str | None = None) -> None:
        """``device``: the input chosen in the interviewer settings, None for the system default."""
        super().__init__()
        self.format = audio_format
        self.device = device
        self.takes: list[tuple[bytearray, str, str]] = []  # (file bytes, media type, extension)
        self._recorder: Any = None
        self._buffer: _Buffer | None = None
        self._player: Any = None
        self._meter = QTimer(self)
        self._meter.setInterval(100)
        self._meter.timeout.connect(self._poll)
        self._capturing = False

    def bind(self, panel: Any) -> None:
        from intake_app.gui.widgets.common import show_error

        panel.record.connect(self.start)
        panel.pause.connect(self._pause)
        panel.resume.connect(self._resume)
        panel.stop.connect(self.stop)
        panel.marker.connect(self.add_marker)
        panel.play.connect(self.play)
        panel.stop_playback.connect(self.stop_playback)
        panel.delete.connect(self.delete)
        self.level.connect(panel.show_level)
        self.elapsed.connect(panel.show_elapsed)
        self.recording.connect(panel.set_recording)
        self.capturing.connect(panel.set_capturing)
        self.paused.connect(panel.set_paused)
        self.marker_added.connect(panel.add_marker)
        self.recordings_changed.connect(panel.set_recordings)
        self.input_used.connect(panel.show_input)
        self.failed.connect(lambda exc: show_error(panel, exc))

    def _pause(self) -> None:
        if self._recorder is not None:
            self._recorder.pause()
        self.paused.emit(True)

    def _resume(self) -> None:
        if self._recorder is not None:
            self._recorder.resume()
        self.paused.emit(False)

    @property
    def is_recording(self) -> bool:
        """A take is running (or paused)."""
        return self._recorder is not None

    def start(self) -> None:
        if self._recorder is not None:
            return
        buffer = _Buffer()

        def work(ctx: TaskContext) -> Any:
            from intake_app import audio
            try:
                recorder = audio.Recorder(buffer, format=self.format, device=self.device)
            except audio.DeviceNotFoundError as exc:
                if self.device is None:
                    raise
                raise MicrophoneMissing(self.device) from exc
            recorder.start()
            return recorder

        def started(recorder: Any) -> None:
            self._recorder, self._buffer = recorder, buffer
            self.input_used.emit(str(recorder.device.name))
            self.recording.emit(True)
            self._meter.start()

        run_task(work, on_done=started, on_error=self._error)

    def _poll(self) -> None:
        if self._recorder is None:
            return
        status = self._recorder.status()
        self.level.emit(float(max(status.level.peak or (0.0,))), float(max(status.level.rms or (0.0,))))
        self.elapsed.emit(float(status.elapsed))
        capturing = status.state in ("recording", "paused")
        if capturing != self._capturing:
            self._capturing = capturing
            self.capturing.emit(capturing)
        if status.state == "stopped":
            self.stop()

    def add_marker(self, label: str) -> None:
        if self._recorder is not None:
            marker = self._recorder.add_marker(label)
            self.marker_added.emit(float(marker.at), label)

    def stop(self) -> None:
        recorder, buffer = self._recorder, self._buffer
        self._recorder = self._buffer = None
        self._meter.stop()
        if recorder is None or buffer is None:
            return
        self._capturing = False
        self.capturing.emit(False)

        def work(ctx: TaskContext) -> Any:
            from intake_app import audio
            info = recorder.stop()
            out = io.BytesIO()
            audio.export_recording(io.BytesIO(bytes(buffer.data)), info, out)  # header patch, in memory
            buffer.data[:] = bytes(len(buffer.data))
            return bytearray(out.getbuffer()), info.media_type, info.extension

        def done(take: tuple[bytearray, str, str]) -> None:
            self.takes.append(take)
            self.recording.emit(False)
            self.recordings_changed.emit(self.names())

        run_task(work, on_done=done, on_error=self._error)

    def names(self) -> list[str]:
        return [i18n.translate("AudioController", "Recording {0} ({1}, {2} KB)").format(n, media, len(data) // 1024)
                for n, (data, media, _ext) in enumerate(self.takes, start=1)]

    def delete(self, index: int) -> None:
        """Forget take ``index`` (its bytes overwritten), after the panel's confirmation."""
        if self._recorder is not None or not 0 <= index < len(self.takes):
            return
        self.stop_playback()
        data, _media, _ext = self.takes.pop(index)
        data[:] = bytes(len(data))
        self.recordings_changed.emit(self.names())

    def _error(self, exc: BaseException) -> None:
        self._recorder = self._buffer = None
        self._meter.stop()
        self.recording.emit(False)
        self.failed.emit(exc)

    def play(self, index: int) -> None:
        self.stop_playback()
        if not 0 <= index < len(self.takes):
            return
        data = bytes(self.takes[index][0])

        def work(ctx: TaskContext) -> Any:
            from intake_app import audio

            player = audio.Playback(io.BytesIO(data))
            self._player = player
            player.play()
            player.wait()
            return None

        run_task(work, on_error=self.failed.emit)

    def stop_playback(self) -> None:
        player, self._player = self._player, None
        if player is not None:
            player.stop()

    def payloads(self) -> list[Any]:
        """The takes as bundle payloads (voice identifies a person: restricted content)."""
        from intake_app import bundle_service
        out = []
        for n, (data, media, ext) in enumerate(self.takes, start=1):
            blob = bytes(data)
            out.append(bundle_service.PayloadSource(
                name=f"recording-{n}{ext}", open=functools.partial(io.BytesIO, blob), size=len(blob),
                media_type=media, kind="audio"))
        return out

    def answer(self) -> dict[str, Any] | None:
        """The form's ``recording`` answer for the first take."""
        if not self.takes:
            return None
        data, media, ext = self.takes[0]
        return {"ref": f"recording-1{ext}", "media_type": media, "size": len(data)}

    def forget(self) -> None:
        self.stop_playback()
        recorder, self._recorder = self._recorder, None
        if recorder is not None:
            recorder.stop()
            self.recording.emit(False)  # releases the hold on the idle lock
        for data, _media, _ext in self.takes:
            data[:] = bytes(len(data))
        self.takes = []
        self._meter.stop()
