# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording and playback for the recording panel, through the Qt-free audio service.

The service records straight into the encrypted store (no plaintext file, not even a temp
file); this controller starts and stops it in workers, polls its meter ten times a second on the
GUI thread, and keeps the panel's view of takes and markers.

Signals:
    level(float peak, float rms): linear 0..1 (1.0 = clipping), while recording.
    elapsed(float seconds)
    recording(bool on), paused(bool on)
    capturing(bool on): audio is arriving from the input (an audio server may take a second or
        two to deliver the first block after Record: the panel says "starting" until then).
    marker_added(float seconds, str label)
    recordings_changed(list[str] names)
    input_used(str name): the input device a take records from (the system's name for it).
    failed(object exc): a typed audio error (device lost, disk full...), for a plain message.
    taken(dict value): (a field's controller) the kept take as the field's answer, a media
        reference: {"ref": recording id, "media_type", "size", "duration_s", "sha256"} (integers only:
        the sealed format's canonical JSON has no floats).

A controller made for a form field (``field="consent.consent_audio"``) records takes that answer
that field: each take's sealed description says ``"field"``, so the consent recording stays
apart from the testimony's audio (the recording step lists only takes of no field).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from intake_app import i18n
from intake_app.errors import handled_types
from intake_app.gui.controllers.app import AppController, GuiError
from intake_app.gui.controllers.tasks import TaskContext, run_task

_log = logging.getLogger(__name__)
AUDIO_DEVICE_SETTING = "audio_input_device"  # the store setting the settings page writes


class MicrophoneMissing(GuiError):
    """The microphone chosen in the settings is not connected now."""

    def __init__(self, name: str) -> None:
        super().__init__(f"audio input {name!r} not found")
        self.name = name


class AudioController(QObject):
    level = Signal(float, float)
    elapsed = Signal(float)
    recording = Signal(bool)
    capturing = Signal(bool)
    paused = Signal(bool)
    marker_added = Signal(float, str)
    recordings_changed = Signal(list)
    input_used = Signal(str)
    failed = Signal(object)
    taken = Signal(dict)

    def __init__(self, app: AppController, field: str = "") -> None:
        super().__init__()
        self.app = app
        self.field = field
        self.interview_id = ""
        self._session: Any = None
        self._player: Any = None
        self._meter = QTimer(self)
        self._meter.setInterval(100)
        self._meter.timeout.connect(self._poll)
        self._capturing = False
        self._finishing: Any = None  # the task sealing a stopped take, if one is running
        self._starting: Any = None  # the task opening the device, if one is running
        self._opened: Any = None  # the session that task made (read only after it ended)
        self._closed = False
        # A recording holds off the idle lock (nobody touches the computer while a witness speaks).
        self.recording.connect(lambda on: app.hold_idle(self, on))

    def bind(self, panel: Any, interview_id: str) -> None:
        """Wire a RecordingPanel's intents and displays to this controller."""
        from intake_app.gui.widgets.common import show_error

        self.interview_id = interview_id
        panel.record.connect(self.start)
        panel.pause.connect(self.pause)
        panel.resume.connect(self.resume)
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
        self.failed.connect(lambda exc: None if self._closed else show_error(panel, exc))
        self._refresh()
        self._show_stored_markers()

    def _show_stored_markers(self) -> None:
        """Markers of the takes already stored (kept sealed in each recording's row, also for a
        take recovered after a crash), labelled with their recording's number."""
        try:
            rows = self._rows()
        except handled_types() as exc:
            self.failed.emit(exc)
            return
        for n, row in enumerate(rows, start=1):
            for marker in row.markers:
                label = i18n.translate("AudioController", "{0} (recording {1})").format(marker.get("label", ""), n)
                self.marker_added.emit(float(marker.get("at", 0.0)), label)

    def _mine(self, info: dict[str, Any] | None) -> bool:
        return str((info or {}).get("field") or "") == self.field

    def _rows(self) -> list[Any]:
        """This controller's takes: those of its field, or (testimony audio) those of none."""
        return [r for r in self.app.store.recordings(self.interview_id) if self._mine(r.info)]

    def _payloads(self) -> list[Any]:
        mine = {r.id for r in self._rows()}
        return [p for p in self.app.store.payloads(self.interview_id, include_originals=False)
                if p.kind == "audio" and p.id in mine]

    def names(self) -> list[str]:
        out = []
        for n, p in enumerate(self._payloads(), start=1):
            out.append(i18n.translate("AudioController", "Recording {0} ({1}, {2} KB)").format(
                n, p.media_type, max(1, p.size // 1024)))
        return out

    def _refresh(self) -> None:
        try:
            self.recordings_changed.emit(self.names())
        except handled_types() as exc:
            self.failed.emit(exc)

    # -- recording ------------------------------------------------------------------------
    @property
    def is_recording(self) -> bool:
        return self._session is not None

    def start(self) -> None:
        if self._session is not None or self._starting is not None:
            return
        store, interview_id = self.app.store, self.interview_id
        audio_format = str(self.app.profile().audio_policy)
        # The input chosen in the settings (kept in the store); None is the system default.
        device = store.setting(AUDIO_DEVICE_SETTING) or None

        def work(ctx: TaskContext) -> Any:
            from intake_app import audio
            from intake_app.audio import session as session_mod
            try:
                session = session_mod.StoreRecording(store, interview_id, format=audio_format, device=device)
            except audio.DeviceNotFoundError as exc:
                if device is None:
                    raise
                raise MicrophoneMissing(device) from exc
            session.start()
            self._opened = session
            return session

        self._starting = run_task(work, on_done=self._started, on_error=self._error)

    def _started(self, session: Any) -> None:
        self._starting = self._opened = None
        if self._closed:  # stop_all() already kept (or dropped) it
            return
        self._session = session
        self._capturing = False
        self.input_used.emit(str(session.recorder.device.name))
        self.recording.emit(True)
        self._meter.start()

    def _poll(self) -> None:
        session = self._session
        if session is None:
            return
        status = session.recorder.status()
        peak = max(status.level.peak or (0.0,))
        rms = max(status.level.rms or (0.0,))
        self.level.emit(float(peak), float(rms))
        self.elapsed.emit(float(status.elapsed))
        capturing = status.state in ("recording", "paused")
        if capturing != self._capturing:
            self._capturing = capturing
            self.capturing.emit(capturing)
        if status.state == "stopped":  # the device vanished or the disk filled: keep what we have
            self.stop()

    def pause(self) -> None:
        if self._session is not None:
            self._session.recorder.pause()
            self.paused.emit(True)

    def resume(self) -> None:
        if self._session is not None:
            self._session.recorder.resume()
            self.paused.emit(False)

    def add_marker(self, label: str) -> None:
        if self._session is not None:
            marker = self._session.recorder.add_marker(label)
            self.marker_added.emit(float(marker.at), label)

    def stop(self) -> None:
        session, self._session = self._session, None
        self._meter.stop()
        if session is None:
            return
        self._capturing = False
        self.capturing.emit(False)

        def work(ctx: TaskContext) -> Any:
            finished = session.finish()  # seals the blobs and attaches the take to the testimony
            return finished, self._answer(finished)

        self._finishing = run_task(work, on_done=self._finished, on_error=self._error)

    def _answer(self, finished: Any) -> dict[str, Any] | None:
        """For a field's take: mark it as the field's (in its sealed description) and make the
        field's answer, with the audio's SHA-256 so the archive can match it in the bundle."""
        if not self.field:
            return None
        import hashlib

        store, info = self.app.store, finished.info.to_json()
        store.link_recording_journal(finished.recording_id, info={**info, "field": self.field})
        row = next(r for r in store.recordings(finished.testimony_id) if r.id == finished.recording_id)
        digest, size = hashlib.sha256(), 0
        with store.open_blob(row.blob_id) as blob:  # decrypted in memory, a chunk at a time
            while chunk := blob.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        return {"ref": finished.recording_id, "media_type": str(row.media_type), "size": size,
                "duration_s": round(float(finished.info.duration)), "sha256": digest.hexdigest()}

    def _finished(self, result: Any) -> None:
        finished, answer = result
        self._finishing = None
        if self._closed:
            return
        self.recording.emit(False)
        self._refresh()
        if answer is not None:
            self.taken.emit(answer)
        if getattr(finished, "error", None) is not None:
            self.failed.emit(finished.error)  # stopped early; what was captured is kept

    def _error(self, exc: BaseException) -> None:
        self._finishing = self._starting = self._opened = None
        self._session = None
        self._meter.stop()
        if self._closed:
            return
        self.recording.emit(False)
        self.failed.emit(exc)

    # -- deleting a take -------------------------------------------------------------------
    def delete(self, index: int) -> None:
        """Delete take ``index`` (the panel asked the person to confirm first)."""
        if self._session is not None:
            return
        try:
            payloads = self._payloads()
            if 0 <= index < len(payloads):
                self.stop_playback()
                self.app.store.delete_recording(payloads[index].id)
        except handled_types() as exc:
            self.failed.emit(exc)
        self._refresh()

    # -- playback ----------------------------------------------------------------------------
    def play(self, index: int) -> None:
        self.stop_playback()
        payloads = self._payloads()
        if not 0 <= index < len(payloads):
            return
        store, blob_id = self.app.store, payloads[index].blob_id

        def work(ctx: TaskContext) -> Any:
            from intake_app import audio
            player = audio.Playback(store.open_blob(blob_id))  # decrypted into memory only
            self._player = player
            player.play()
            player.wait()
            return player

        run_task(work, on_error=self.failed.emit)

    def stop_playback(self) -> None:
        player, self._player = self._player, None
        if player is not None:
            player.stop()

    def stop_all(self) -> None:
        """Before the app locks (the store is still open): stop playback, stop the recording and
        keep what was recorded, sealed in the store; wait for a take already being sealed."""
        self._closed = True
        self.stop_playback()
        starting, self._starting = self._starting, None
        if starting is not None:  # Record was just pressed: let the device open, then stop it
            starting.wait()
        session, self._session = self._session or self._opened, None
        self._opened = None
        self._meter.stop()
        finishing, self._finishing = self._finishing, None
        if session is not None:
            try:
                answer = self._answer(session.finish())
                if answer is not None:
                    self.taken.emit(answer)  # the field keeps its answer, saved with the page
            except (*handled_types(), RuntimeError) as exc:  # type: ignore[misc]
                # Whatever was sealed before the failure is recovered at the next unlock.
                _log.warning("a recording could not be closed before locking (%s)", type(exc).__name__)
        if finishing is not None:
            finishing.wait()
        self.app.hold_idle(self, False)
