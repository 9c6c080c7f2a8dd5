# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorder engine: input device → encoder → the store's encrypted blob, nothing in between.

Threads and guarantees:

* The input stream is a :class:`~intake_app.audio.live.LiveInput`: either one the caller keeps
  open while the record page is shown (``source=``; Record then writes from the very next block,
  nothing of the audio server's start-up is lost) or one the recorder opens itself. Every frame
  handed to the recorder between ``start()`` and ``stop()`` is counted (``delivered_frames``) and
  written, unless paused or dropped (both counted): the journal's end event says so.
* PortAudio's callback only copies the block and ``put_nowait``\\ s it on a bounded queue; it never
  blocks, allocates a file, encodes or locks. A full queue (the encoder fell behind) drops that
  block and counts it (``dropped_frames``); PortAudio's own ``input_overflow`` flags are counted
  too (``overflows``). Both are reported, never hidden.
* One encoder thread drains the queue, computes the level meter (peak and RMS per channel, per
  block), and writes through libsndfile (FLAC or Ogg Opus) into an :class:`AppendOnlySink`
  over the blob writer, which seals and fsyncs each full chunk. No plaintext file, not even a
  temporary one. A crash keeps everything up to the last sealed chunk.
* The device vanishing (PortAudio finishes the stream on its own, or no audio arrives for
  ``stall_seconds``) stops the recording cleanly with :class:`DeviceLostError`; the disk getting
  full (free space under ``disk_stop_bytes``, or the blob writer failing) stops it with
  :class:`DiskFullError`; ``disk_warn_bytes`` raises a warning event first. In every case the
  audio captured so far is kept and :meth:`Recorder.stop` returns its description.

Qt-free: the GUI polls :meth:`Recorder.status` (or passes ``on_event``, called from the encoder
thread). Elapsed time counts recorded audio (pauses excluded), so markers point into the file.
The recorder never closes the blob writer: the caller (the store) owns it.
"""

from __future__ import annotations

import contextlib
import math
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from intake_app.audio.errors import (
    AudioError,
    DeviceLostError,
    DeviceOpenError,
    DiskFullError,
    RecordingStateError,
    RecordingWriteError,
    UnsupportedFormatError,
)
from intake_app.audio.info import BIT_DEPTHS, FORMATS, SAMPLERATES, Marker, RecordingInfo
from intake_app.audio.journal import Journal
from intake_app.audio.live import LiveInput
from intake_app.audio.stream import AppendOnlySink, AppendTarget

DEFAULT_SAMPLERATE = SAMPLERATES[0]
BLOCK_FRAMES = 1024  # ~21 ms at 48 kHz: a smooth meter, few callbacks
# How far the encoder may fall behind before blocks drop (a slow disk, or the whole process held
# up for a while: the witness's 10-minute zh journey lost 12.7 s of audio on 2026-12-05 when 20 s
# were allowed, with PulseAudio delivering every frame on time). 60 s of 48 kHz stereo in 32-bit
# blocks is at most 23 MiB, held only while the encoder is behind.
QUEUE_SECONDS = 60.0
DISK_CHECK_SECONDS = 2.0


# Every second of audio the blob's partly filled chunk is sealed where it stands (see
# BlobWriter.checkpoint): a crash then loses about a second, whatever the bitrate (FLAC of
# near-silence takes minutes to fill a 64 KiB chunk). On the audio clock, not the wall clock.
CHECKPOINT_SECONDS = 1.0
OGG_PAGE_MS = 250.0  # an Ogg page at least every 250 ms: a crash loses less than a big page
_SFC_SET_OGG_PAGE_LATENCY_MS = 0x1302  # sndfile.h; soundfile has no wrapper for it


def open_encoder(sink: Any, format: str, samplerate: int, channels: int) -> Any:
    """A libsndfile writer for ``format`` ("flac" or "opus") over ``sink``, set up for recording."""
    import soundfile as sf

    fmt, subtype, _ = FORMATS[format]
    # Opus: libsndfile maps level 0.9 to ~64 kbit/s stereo (its default is ~125): compact enough
    # for slow uplinks and still clear speech. FLAC's level only trades CPU for size.
    level = 0.9 if format == "opus" else 0.5
    f = sf.SoundFile(
        sink,
        "w",
        samplerate=samplerate,
        channels=channels,
        format=fmt,
        subtype=subtype,
        compression_level=level,
    )
    if format == "opus":
        # libsndfile holds up to ~2 s of Opus per Ogg page by default; only whole pages decode
        # after a crash, so flush pages more often (a little container overhead, ~1 kbit/s).
        latency = sf._ffi.new("double*", OGG_PAGE_MS)
        sf._snd.sf_command(f._file, _SFC_SET_OGG_PAGE_LATENCY_MS, latency, sf._ffi.sizeof("double"))
    return f


@dataclass(frozen=True)
class Level:
    """Meter reading of the latest block, per channel, linear full scale (1.0 = clipping)."""

    peak: tuple[float, ...]
    rms: tuple[float, ...]

    @staticmethod
    def dbfs(value: float) -> float:
        return 20 * math.log10(value) if value > 0 else -math.inf


@dataclass
class RecorderStatus:
    state: str  # idle | waiting (device not delivering yet) | recording | paused | stopped
    elapsed: float
    level: Level
    overflows: int
    dropped_frames: int
    delivered_frames: int
    bytes_written: int
    warnings: list[str] = field(default_factory=list)
    error: AudioError | None = None


Event = Callable[[str, dict[str, Any]], None]


class Recorder:
    """Record one take. ``start()``, then ``pause()``/``resume()``/``add_marker()``, then ``stop()``."""

    def __init__(
        self,
        audio_out: AppendTarget,
        *,
        format: str = "flac",
        device: str | int | None = None,
        samplerate: int = DEFAULT_SAMPLERATE,
        channels: int | None = None,
        journal: AppendTarget | None = None,
        journal_context: dict[str, Any] | None = None,
        max_seconds: float | None = None,
        disk_path: Path | None = None,
        disk_warn_bytes: int = 500 * 1024 * 1024,
        disk_stop_bytes: int = 50 * 1024 * 1024,
        stall_seconds: float = 5.0,
        queue_seconds: float = QUEUE_SECONDS,
        on_event: Event | None = None,
        source: LiveInput | None = None,
        since: int | None = None,
    ) -> None:
        if format not in FORMATS:
            raise UnsupportedFormatError(format)
        if format == "opus" and samplerate not in (8000, 12000, 16000, 24000, 48000):
            raise UnsupportedFormatError(f"opus at {samplerate} Hz")
        self.format = format
        dtype = FORMATS[format][2]
        self.bit_depth = BIT_DEPTHS.get(FORMATS[format][1], 0)
        self._owns_source = source is None
        if source is None:
            source = LiveInput(device, samplerate=samplerate, channels=channels, dtype=dtype)
        elif source.dtype != dtype:
            raise UnsupportedFormatError(f"{format} from a {source.dtype} stream")
        self.source = source
        self._since = since  # the source's frame count when Record was pressed
        self.device = source.device
        self.samplerate = source.samplerate
        self.channels = source.channels
        self._sink = AppendOnlySink(audio_out)
        self._journal = Journal(journal)
        self._journal_context = dict(journal_context or {})
        self._max_frames = None if max_seconds is None else round(max_seconds * self.samplerate)
        self._disk_path = disk_path
        self._disk_warn = disk_warn_bytes
        self._disk_stop = disk_stop_bytes
        self._stall = stall_seconds
        self._on_event = on_event
        blocks = max(4, int(queue_seconds * self.samplerate / BLOCK_FRAMES))
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(maxsize=blocks)
        self._state = "idle"
        self._lock = threading.Lock()
        self._paused = False
        self._frames = 0
        self._overflows = 0
        self._dropped = 0
        self._delivered = 0
        self._paused_frames = 0
        self._level = Level((0.0,) * self.channels, (0.0,) * self.channels)
        self._markers: list[Marker] = []
        self._warnings: list[str] = []
        self._error: AudioError | None = None
        self._stop_reason = "requested"
        self._stop_requested = threading.Event()
        self._stream_finished = threading.Event()
        self._done = threading.Event()
        self._stream: Any = None
        self._thread: threading.Thread | None = None
        self._info: RecordingInfo | None = None
        self._first_block = threading.Event()

    # -- PortAudio side (real-time; must never block) -------------------------------------
    def _callback(self, indata: np.ndarray, frames: int, status: Any) -> None:
        self._delivered += frames
        if status is not None and status.input_overflow:
            self._overflows += 1
        try:
            self._queue.put_nowait(indata.copy())
        except queue.Full:
            self._dropped += frames

    # -- control ---------------------------------------------------------------------------
    def start(self) -> None:
        import soundfile as sf

        if self._state != "idle":
            raise RecordingStateError("a recorder records once")
        try:
            self._sf = open_encoder(self._sink, self.format, self.samplerate, self.channels)
        except (sf.LibsndfileError, RuntimeError, ValueError) as exc:
            raise UnsupportedFormatError(f"{self.format}: {exc}") from exc
        if self._sink.error is not None:
            raise self._sink_error()
        try:
            self.source.open()  # already open (warm) when the caller passed it
        except DeviceOpenError:
            self._close_quietly()
            raise
        self._stream_finished = self.source.finished
        self._started_at = time.monotonic()
        self._state = "waiting"
        self._stream = self.source
        self.source.attach(self._callback, since=self._since)
        self._journal.write(
            {
                "event": "start",
                "format": self.format,
                "samplerate": self.samplerate,
                "channels": self.channels,
                "bit_depth": self.bit_depth,
                **self._journal_context,
            }
        )
        self._thread = threading.Thread(target=self._encode_loop, name="audio-encoder", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        with self._lock:
            if self._state not in ("recording", "waiting"):
                raise RecordingStateError(f"cannot pause while {self._state}")
            self._paused = True
            self._state = "paused"
            at = self.elapsed
        self._journal.write({"event": "pause", "at": at})
        self._emit("paused", {"at": at})

    def resume(self) -> None:
        with self._lock:
            if self._state != "paused":
                raise RecordingStateError(f"cannot resume while {self._state}")
            self._paused = False
            self._state = "recording"
            at = self.elapsed
        self._journal.write({"event": "resume", "at": at})
        self._emit("resumed", {"at": at})

    def add_marker(self, label: str) -> Marker:
        """A named point in the recording (e.g. "question 3"), at the current recorded time."""
        if self._state in ("idle", "stopped"):
            raise RecordingStateError("markers need a running recording")
        marker = Marker(round(self.elapsed, 3), str(label))
        with self._lock:
            self._markers.append(marker)
        self._journal.write({"event": "marker", "at": marker.at, "label": marker.label})
        self._emit("marker", {"at": marker.at, "label": marker.label})
        return marker

    @property
    def elapsed(self) -> float:
        """Seconds of audio recorded (pauses excluded)."""
        return self._frames / self.samplerate

    def status(self) -> RecorderStatus:
        return RecorderStatus(
            state=self._state,
            elapsed=self.elapsed,
            level=self._level,
            overflows=self._overflows,
            dropped_frames=self._dropped,
            delivered_frames=self._delivered,
            bytes_written=self._sink.size,
            warnings=list(self._warnings),
            error=self._error,
        )

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the recording ended on its own (max_seconds, device lost, disk full)."""
        return self._done.wait(timeout)

    def stop(self) -> RecordingInfo:
        """Stop, flush the encoder, and describe what was recorded. Idempotent."""
        if self._info is not None:
            return self._info
        if self._state == "idle":
            raise RecordingStateError("not started")
        self._stop_requested.set()
        self._stop_stream()
        with contextlib.suppress(queue.Full):
            self._queue.put(None, timeout=1.0)
        assert self._thread is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        self._thread.join()
        return self._finish()

    @property
    def error(self) -> AudioError | None:
        return self._error

    # -- encoder thread -------------------------------------------------------------------
    def _encode_loop(self) -> None:
        next_disk_check = 0.0
        next_checkpoint = round(CHECKPOINT_SECONDS * self.samplerate)
        last_block = time.monotonic()
        try:
            while True:
                try:
                    block = self._queue.get(timeout=0.25)
                except queue.Empty:
                    block = None
                    if self._stop_requested.is_set():
                        break
                    if self._stream_finished.is_set() or time.monotonic() - last_block > self._stall_limit():
                        self._fail(DeviceLostError(self.device.name, self.elapsed), "device_lost")
                        break
                    continue
                if block is None:
                    break
                last_block = time.monotonic()
                if not self._first_block.is_set():
                    self._first_block.set()
                    if self._state == "waiting":
                        self._state = "recording"
                # Under the lock pause() takes: a block is either counted before the pause's time
                # is read or dropped as paused, never counted after pause() returned.
                with self._lock:
                    if self._paused:
                        self._paused_frames += len(block)
                        continue
                    if self._max_frames is not None:
                        block = block[: self._max_frames - self._frames]
                    try:
                        self._sf.write(block)
                    except Exception:
                        # A short write from the sink surfaces as an assertion inside soundfile.
                        if self._sink.error is None:
                            raise
                    if self._sink.error is not None:
                        raise self._sink_error()
                    self._frames += len(block)
                if self._frames >= next_checkpoint:
                    next_checkpoint = self._frames + round(CHECKPOINT_SECONDS * self.samplerate)
                    self._sink.checkpoint()
                    if self._sink.error is not None:
                        raise self._sink_error()
                self._meter(block)
                if self._max_frames is not None and self._frames >= self._max_frames:
                    self._stop_reason = "max_seconds"
                    break
                now = time.monotonic()
                if self._disk_path is not None and now >= next_disk_check:
                    next_disk_check = now + DISK_CHECK_SECONDS
                    if self._check_disk():
                        break
        except AudioError as exc:
            self._fail(exc, "disk_full" if isinstance(exc, DiskFullError) else "error")
        finally:
            self._stop_stream()
            self._done.set()

    def _stall_limit(self) -> float:
        # PulseAudio through ALSA takes a second or two to deliver the first block.
        return self._stall if self._first_block.is_set() else self._stall + 10.0

    def _meter(self, block: np.ndarray) -> None:
        x = block.astype(np.float32)
        if block.dtype == np.int16:
            x /= 32768.0
        elif block.dtype == np.int32:
            x /= 2147483648.0
        peak = np.max(np.abs(x), axis=0)
        rms = np.sqrt(np.mean(np.square(x), axis=0))
        level = Level(tuple(float(v) for v in peak), tuple(float(v) for v in rms))
        self._level = level
        if self._on_event is not None:
            self._emit("level", {"elapsed": self.elapsed, "peak": level.peak, "rms": level.rms})

    def _check_disk(self) -> bool:
        assert self._disk_path is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        try:
            free = shutil.disk_usage(self._disk_path).free
        except OSError:
            return False
        if free < self._disk_stop:
            self._fail(DiskFullError(free, self.elapsed), "disk_full")
            return True
        if free < self._disk_warn and "disk_low" not in self._warnings:
            self._warnings.append("disk_low")
            self._journal.write({"event": "warning", "what": "disk_low", "at": self.elapsed})
            self._emit("warning", {"what": "disk_low", "free_bytes": free})
        return False

    def _sink_error(self) -> AudioError:
        exc = self._sink.error
        disk_full = bool(getattr(exc, "disk_full", False)) or getattr(exc, "errno", None) == 28
        if disk_full:
            free = shutil.disk_usage(self._disk_path).free if self._disk_path else 0
            return DiskFullError(free, self.elapsed)
        return RecordingWriteError(str(exc), self.elapsed)

    def _fail(self, exc: AudioError, reason: str) -> None:
        self._error = exc
        self._stop_reason = reason
        self._emit("error", {"reason": reason, "elapsed": self.elapsed})

    def _emit(self, kind: str, data: dict[str, Any]) -> None:
        if self._on_event is not None:
            with contextlib.suppress(Exception):  # a GUI callback must not kill the encoder
                self._on_event(kind, data)

    # -- ending ---------------------------------------------------------------------------
    def _stop_stream(self) -> None:
        source, self._stream = self._stream, None
        if source is not None:
            source.detach()  # no block after this one reaches the queue
            if self._owns_source:
                source.close()

    def _close_quietly(self) -> None:
        with contextlib.suppress(Exception):
            self._sf.close()

    def _finish(self) -> RecordingInfo:
        import soundfile as sf

        try:
            if self._sink.error is None:
                self._sf.close()  # FLAC: writes the last frame, then rewrites STREAMINFO (the patch)
        except (sf.LibsndfileError, RuntimeError, AssertionError) as exc:
            if self._sink.error is None and self._error is None:
                self._fail(RecordingWriteError(str(exc), self.elapsed), "error")
        if self._sink.error is not None and self._error is None:
            try:
                raise self._sink_error()
            except AudioError as exc:
                self._fail(exc, "disk_full" if isinstance(exc, DiskFullError) else "error")
        self._state = "stopped"
        info = RecordingInfo(
            format=self.format,
            samplerate=self.samplerate,
            channels=self.channels,
            frames=self._frames,
            bytes=self._sink.size,
            header_patch=self._sink.patch,
            markers=list(self._markers),
            overflows=self._overflows,
            dropped_frames=self._dropped,
            delivered_frames=self._delivered,
            paused_frames=self._paused_frames,
            stop_reason=self._stop_reason,
            device=self.device.name,
            complete=self._sink.error is None,
            bit_depth=self.bit_depth,
        )
        self._journal.write({"event": "end", **info.to_json()})
        self._info = info
        self._emit("stopped", {"reason": self._stop_reason, "elapsed": self.elapsed})
        return info
