# SPDX-License-Identifier: GPL-3.0-or-later
"""One recording controller for every recording panel, with a storage strategy for its takes.

* :class:`StoreTakes` (the interviewer): takes stream straight into the encrypted store (no
  plaintext file, not even a temp file), with their journal; a field's takes (verbal consent,
  ``field="consent.consent_audio"``) are marked as that field's in their sealed description and
  kept apart from the testimony's audio (the recording step lists only takes of no field).
* :class:`MemoryTakes` (the witness alone): takes are kept in memory only (``bytearray``\\ s
  overwritten on delete and ``forget()``), never the store, never a file.

The input stream is kept open ("warm") while the panel is shown (:class:`LiveInput`): the meter
shows what the microphone hears, and Record writes from the very next block, so nothing of the
audio server's start-up (about a second) is lost (issue 17 item 3). The stream is closed when
the panel is hidden and no take runs.

Signals:
    level(float peak, float rms): linear 0..1 (1.0 = clipping), while the panel is shown.
    elapsed(float seconds)
    recording(bool on), paused(bool on)
    capturing(bool on): audio is arriving from the input (with a warm input: at once).
    marker_added(float seconds, str label)
    recordings_changed(list[str] names)
    input_used(str name): the input device a take records from (the system's name for it).
    failed(object exc): a typed audio error (device lost, disk full...), for a plain message.
    taken(dict value): (a field's takes) the kept take as the field's answer, a media reference:
        {"ref": recording id, "media_type", "size", "duration_s", "sha256"} (integers only: the
        sealed format's canonical JSON has no floats).

A recording holds off the idle lock (nobody touches the computer while a witness speaks).
"""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from intake_app.gui.controllers.app import AppController, GuiError
from intake_app.gui.controllers.tasks import TaskContext, run_task
from intake_app.text import i18n
from intake_app.text.errors import handled_types

_log = logging.getLogger(__name__)
AUDIO_DEVICE_SETTING = "audio_input_device"  # the store setting the settings page writes


class MicrophoneMissing(GuiError):
    """The microphone chosen in the settings is not connected now."""

    def __init__(self, name: str) -> None:
        super().__init__(f"audio input {name!r} not found")
        self.name = name


def _take_name(n: int, media_type: str, size: int) -> str:
    return i18n.translate("AudioController", "Recording {0} ({1}, {2} KB)").format(n, media_type, max(1, size // 1024))


class StoreTakes:
    """Takes sealed in the unlocked store, in testimony ``interview_id`` (set by ``bind``)."""

    def __init__(self, app: AppController, field: str = "") -> None:
        self.app = app
        self.field = field
        self.interview_id = ""

    def settings(self) -> tuple[str, str | None, int]:
        """(audio format, input device or None for the system default, sample rate), read on
        the GUI thread. The rate is the interviewer's setting (48 or 96 kHz) for FLAC; Opus
        always records at 48 kHz."""
        from intake_app.audio.info import SAMPLERATE_SETTING, samplerate_for

        store = self.app.store
        audio_format = str(self.app.profile().audio_policy)
        return (audio_format, store.setting(AUDIO_DEVICE_SETTING) or None,
                samplerate_for(audio_format, store.setting(SAMPLERATE_SETTING)))

    def begin(self, source: Any, audio_format: str, since: int | None) -> Any:
        """(worker) A started take from frame ``since`` of ``source``: an object with ``recorder``."""
        from intake_app.audio import session as session_mod

        session = session_mod.StoreRecording(self.app.store, self.interview_id, format=audio_format,
                                             source=source, since=since)
        session.start()
        return session

    def finish(self, session: Any) -> tuple[Any, dict[str, Any] | None]:
        """(worker) Seal the take and attach it to the testimony; a field's answer too."""
        finished = session.finish()
        return finished, self._answer(finished)

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

    def _mine(self, info: dict[str, Any] | None) -> bool:
        return str((info or {}).get("field") or "") == self.field

    def rows(self) -> list[Any]:
        """This controller's takes: those of its field, or (testimony audio) those of none."""
        return [r for r in self.app.store.recordings(self.interview_id) if self._mine(r.info)]

    def _payloads(self) -> list[Any]:
        mine = {r.id for r in self.rows()}
        return [p for p in self.app.store.payloads(self.interview_id, include_originals=False)
                if p.kind == "audio" and p.id in mine]

    def names(self) -> list[str]:
        return [_take_name(n, p.media_type, p.size) for n, p in enumerate(self._payloads(), start=1)]

    def stored_markers(self) -> list[tuple[float, str]]:
        """Markers of the takes already stored (also of a take recovered after a crash),
        labelled with their recording's number."""
        out = []
        for n, row in enumerate(self.rows(), start=1):
            for marker in row.markers:
                label = i18n.translate("AudioController", "{0} (recording {1})").format(marker.get("label", ""), n)
                out.append((float(marker.get("at", 0.0)), label))
        return out

    def delete(self, index: int) -> None:
        payloads = self._payloads()
        if 0 <= index < len(payloads):
            self.app.store.delete_recording(payloads[index].id)

    def opener(self, index: int) -> Callable[[], Any] | None:
        payloads = self._payloads()
        if not 0 <= index < len(payloads):
            return None
        return functools.partial(self.app.store.open_blob, payloads[index].blob_id)  # decrypted into memory only


class _Buffer:
    """The append-only target a memory take's recorder writes to."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.data += data
        return len(data)


class _MemoryTake:
    def __init__(self, recorder: Any, buffer: _Buffer) -> None:
        self.recorder, self.buffer = recorder, buffer


class MemoryTakes:
    """Takes in memory only (the witness alone): never the store, never a file."""

    def __init__(self, audio_format: str = "flac", device: str | None = None) -> None:
        self.format = audio_format
        self.device = device
        self.takes: list[tuple[bytearray, str, str]] = []  # (file bytes, media type, extension)
        self.infos: list[Any] = []  # each take's RecordingInfo (frames delivered and kept)

    def settings(self) -> tuple[str, str | None, int]:
        """The witness alone records at the default rate (48 kHz): no setting to get wrong."""
        from intake_app.audio.info import SAMPLERATES

        return self.format, self.device, SAMPLERATES[0]

    def begin(self, source: Any, audio_format: str, since: int | None) -> Any:
        from intake_app import audio

        buffer = _Buffer()
        recorder = audio.Recorder(buffer, format=audio_format, source=source, since=since)
        recorder.start()
        return _MemoryTake(recorder, buffer)

    def finish(self, take: _MemoryTake) -> tuple[Any, None]:
        from intake_app import audio

        info = take.recorder.stop()
        out = io.BytesIO()
        audio.export_recording(io.BytesIO(bytes(take.buffer.data)), info, out)  # header patch, in memory
        take.buffer.data[:] = bytes(len(take.buffer.data))
        self.takes.append((bytearray(out.getbuffer()), info.media_type, info.extension))
        self.infos.append(info)
        return take, None

    def names(self) -> list[str]:
        return [_take_name(n, media, len(data)) for n, (data, media, _ext) in enumerate(self.takes, start=1)]

    def stored_markers(self) -> list[tuple[float, str]]:
        return []

    def delete(self, index: int) -> None:
        """Forget take ``index`` (its bytes overwritten)."""
        if 0 <= index < len(self.takes):
            data, _media, _ext = self.takes.pop(index)
            data[:] = bytes(len(data))
            self.infos.pop(index)

    def opener(self, index: int) -> Callable[[], Any] | None:
        if not 0 <= index < len(self.takes):
            return None
        return functools.partial(io.BytesIO, bytes(self.takes[index][0]))

    def payloads(self) -> list[Any]:
        """The takes as bundle payloads (voice identifies a person: restricted content)."""
        from intake_app.sealing import service as bundle_service

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

    def wipe(self) -> None:
        for data, _media, _ext in self.takes:
            data[:] = bytes(len(data))
        self.takes = []
        self.infos = []


class RecordingController(QObject):
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

    def __init__(self, storage: Any, hold_idle: Callable[[object, bool], None] | None = None) -> None:
        super().__init__()
        self.storage = storage
        self._take: Any = None  # the running take (StoreRecording or a memory take)
        self._source: Any = None  # the warm input (LiveInput), while the panel is shown or a take runs
        self._source_key: tuple[str, str | None, int] | None = None
        self._shown = False
        self._player: Any = None
        self._meter = QTimer(self)
        self._meter.setInterval(100)
        self._meter.timeout.connect(self._poll)
        self._capturing = False
        self._finishing: Any = None  # the task sealing a stopped take, if one is running
        self._starting: Any = None  # the task starting a take, if one is running
        self._opened: Any = None  # the take that task made (read only after it ended)
        self._closed = False
        self._hold_idle = hold_idle
        if hold_idle is not None:
            self.recording.connect(lambda on: hold_idle(self, on))

    # -- the panel ----------------------------------------------------------------------------
    def bind(self, panel: Any, interview_id: str = "") -> None:
        """Wire a RecordingPanel's intents and displays to this controller."""
        from intake_app.gui.widgets.common import show_error

        if isinstance(self.storage, StoreTakes):
            self.storage.interview_id = interview_id
        self._closed = False
        panel.record.connect(self.start)
        panel.pause.connect(self.pause)
        panel.resume.connect(self.resume)
        panel.stop.connect(self.stop)
        panel.marker.connect(self.add_marker)
        panel.play.connect(self.play)
        panel.stop_playback.connect(self.stop_playback)
        panel.delete.connect(self.delete)
        panel.shown.connect(self.warm)
        panel.destroyed.connect(lambda *_: self.warm(False))
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
        try:
            for at, label in self.storage.stored_markers():
                self.marker_added.emit(at, label)
        except handled_types() as exc:
            self.failed.emit(exc)
        if panel.isVisible():
            self.warm(True)

    def names(self) -> list[str]:
        return list(self.storage.names())

    def _refresh(self) -> None:
        try:
            self.recordings_changed.emit(self.names())
        except handled_types() as exc:
            self.failed.emit(exc)

    # -- the warm input -------------------------------------------------------------------------
    def _input(self, key: tuple[str, str | None, int]) -> Any:
        """The LiveInput for (format, device, sample rate), made (not opened) on the GUI thread."""
        from intake_app import audio
        from intake_app.audio.info import FORMATS

        if self._source is not None and self._source_key == key:
            return self._source
        self._close_input()
        audio_format, device, samplerate = key
        try:
            source = audio.LiveInput(device, samplerate=samplerate,
                                     dtype=FORMATS.get(audio_format, FORMATS["flac"])[2])
        except audio.DeviceNotFoundError as exc:
            if device is None:
                raise
            raise MicrophoneMissing(device) from exc
        self._source, self._source_key = source, key
        return source

    def warm(self, shown: bool) -> None:
        """The panel was shown (open the input: the meter runs, Record loses nothing) or hidden
        (close it, unless a take runs)."""
        self._shown = shown
        if not shown:
            if self._take is None and self._starting is None:
                self._close_input()
                self._meter.stop()
            return
        if self._closed:
            return
        try:
            source = self._input(self.storage.settings())
        except (*handled_types(), GuiError):  # type: ignore[misc]
            return  # no microphone now: Record says why
        run_task(lambda ctx: source.open(), on_error=lambda exc: None)  # Record retries and reports
        self._meter.start()

    def _close_input(self) -> None:
        source, self._source, self._source_key = self._source, None, None
        if source is not None:
            # In a worker: closing waits for PortAudio (and any other page's opening), which the
            # GUI thread must not.
            run_task(lambda ctx: source.close(), on_error=lambda exc: None)

    # -- recording ------------------------------------------------------------------------
    @property
    def is_recording(self) -> bool:
        return self._take is not None

    def start(self) -> None:
        if self._take is not None or self._starting is not None:
            return
        storage = self.storage
        try:
            key = storage.settings()
            audio_format = key[0]
            source = self._input(key)
        except (*handled_types(), GuiError) as exc:  # type: ignore[misc]
            self.recording.emit(False)
            self.failed.emit(exc)
            return
        self._closed = False
        # The moment Record was pressed, in the warm input's frames: the take starts there, even
        # though the store needs a moment to make its blobs (nothing delivered after it is lost).
        since = source.delivered if source.is_open else None

        def work(ctx: TaskContext) -> Any:
            take = storage.begin(source, audio_format, since)  # opens the input if it is not warm yet
            self._opened = take
            return take

        self._starting = run_task(work, on_done=self._started, on_error=self._error)

    def _started(self, take: Any) -> None:
        self._starting = self._opened = None
        if self._closed:  # stop_all() already kept (or dropped) it
            return
        self._take = take
        self._capturing = False
        self.input_used.emit(str(take.recorder.device.name))
        self.recording.emit(True)
        self._meter.start()

    def _poll(self) -> None:
        take = self._take
        if take is None:
            source = self._source
            if source is not None and self._starting is None:
                if source.finished.is_set():  # the device went away: the next Record reopens it
                    self._close_input()
                    return
                self.level.emit(float(source.peak), 0.0)
            return
        status = take.recorder.status()
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
        if self._take is not None:
            self._take.recorder.pause()
            self.paused.emit(True)

    def resume(self) -> None:
        if self._take is not None:
            self._take.recorder.resume()
            self.paused.emit(False)

    def add_marker(self, label: str) -> None:
        if self._take is not None:
            marker = self._take.recorder.add_marker(label)
            self.marker_added.emit(float(marker.at), label)

    def stop(self) -> None:
        take, self._take = self._take, None
        if take is None:
            return
        if not self._shown:
            self._meter.stop()
        self._capturing = False
        self.capturing.emit(False)
        storage = self.storage
        self._finishing = run_task(lambda ctx: storage.finish(take), on_done=self._finished, on_error=self._error)

    def _finished(self, result: Any) -> None:
        finished, answer = result
        self._finishing = None
        if self._closed:
            return
        self.recording.emit(False)
        if not self._shown:
            self._close_input()
        elif self._source is not None and self._source.finished.is_set():
            self._close_input()  # the device went away: the next Record opens it afresh
        self._refresh()
        if answer is not None:
            self.taken.emit(answer)
        if getattr(finished, "error", None) is not None:
            self.failed.emit(finished.error)  # stopped early; what was captured is kept

    def _error(self, exc: BaseException) -> None:
        self._finishing = self._starting = self._opened = None
        self._take = None
        self._close_input()  # a failed device is opened afresh next time
        if not self._shown:
            self._meter.stop()
        if self._closed:
            return
        self.recording.emit(False)
        self.failed.emit(exc)

    # -- deleting a take -------------------------------------------------------------------
    def delete(self, index: int) -> None:
        """Delete take ``index`` (the panel asked the person to confirm first)."""
        if self._take is not None:
            return
        try:
            self.stop_playback()
            self.storage.delete(index)
        except handled_types() as exc:
            self.failed.emit(exc)
        self._refresh()

    # -- playback ----------------------------------------------------------------------------
    def play(self, index: int) -> None:
        self.stop_playback()
        try:
            opener = self.storage.opener(index)
        except handled_types() as exc:
            self.failed.emit(exc)
            return
        if opener is None:
            return

        def work(ctx: TaskContext) -> Any:
            from intake_app import audio

            player = audio.Playback(opener())  # decrypted into memory only
            self._player = player
            player.play()
            player.wait()
            return None

        run_task(work, on_error=self.failed.emit)

    def stop_playback(self) -> None:
        player, self._player = self._player, None
        if player is not None:
            player.stop()

    # -- ending --------------------------------------------------------------------------------
    def stop_all(self) -> None:
        """Before the app locks (the store is still open): stop playback, stop the recording and
        keep what was recorded; wait for a take already being finished; close the input."""
        self._closed = True
        self.stop_playback()
        starting, self._starting = self._starting, None
        if starting is not None:  # Record was just pressed: let the device open, then stop it
            starting.wait()
        take, self._take = self._take or self._opened, None
        self._opened = None
        self._meter.stop()
        finishing, self._finishing = self._finishing, None
        if take is not None:
            try:
                _finished, answer = self.storage.finish(take)
                if answer is not None:
                    self.taken.emit(answer)  # the field keeps its answer, saved with the page
            except (*handled_types(), RuntimeError) as exc:  # type: ignore[misc]
                # Whatever was sealed before the failure is recovered at the next unlock.
                _log.warning("a recording could not be closed before locking (%s)", type(exc).__name__)
        if finishing is not None:
            finishing.wait()
        self._close_input()
        if self._hold_idle is not None:
            self._hold_idle(self, False)


class AudioController(RecordingController):
    """The interviewer's recording controller: takes sealed in the store."""

    def __init__(self, app: AppController, field: str = "") -> None:
        super().__init__(StoreTakes(app, field), hold_idle=app.hold_idle)
        self.app = app
        self.field = field

    @property
    def interview_id(self) -> str:
        return str(self.storage.interview_id)

    @interview_id.setter
    def interview_id(self, value: str) -> None:
        self.storage.interview_id = value


class MemoryAudio(RecordingController):
    """The witness's recording controller: takes in memory only, never on disk."""

    storage: MemoryTakes

    def __init__(self, audio_format: str = "flac", device: str | None = None) -> None:
        """``device``: the input chosen in the interviewer settings, None for the system default."""
        super().__init__(MemoryTakes(audio_format, device))

    @property
    def format(self) -> str:
        return self.storage.format

    @format.setter
    def format(self, value: str) -> None:
        self.storage.format = value

    @property
    def takes(self) -> list[tuple[bytearray, str, str]]:
        return self.storage.takes

    def payloads(self) -> list[Any]:
        return self.storage.payloads()

    def answer(self) -> dict[str, Any] | None:
        return self.storage.answer()

    def forget(self) -> None:
        """Stop any take without keeping it; overwrite every take's bytes; close the input."""
        self.stop_playback()
        take, self._take = self._take, None
        if take is not None:
            take.recorder.stop()
            take.buffer.data[:] = bytes(len(take.buffer.data))
            self.recording.emit(False)  # releases the hold on the idle lock
        self.storage.wipe()
        self._meter.stop()
        self._close_input()
