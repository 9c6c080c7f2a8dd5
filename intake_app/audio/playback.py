# SPDX-License-Identifier: GPL-3.0-or-later
"""Review a stored recording: decode from the decrypting blob reader, play, seek, export.

Guarantees: plaintext exists only in memory. libsndfile reads through :class:`PatchedReader`
over the store's ``BlobReader``, which decrypts one chunk at a time, so seeking into a three-hour
recording does not decrypt it all. ``export`` writes the exact file libsndfile meant to write
(header patch applied) to a stream the caller chose (the bundle, or an archive folder picked by
staff). Qt-free: the GUI polls ``position``/``playing`` or reads blocks with ``read``.

Never does: write a decoded or decrypted copy to disk on its own.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any, BinaryIO, Self

import numpy as np

from intake_app.audio.errors import AudioDecodeError, DeviceOpenError, RecordingStateError
from intake_app.audio.info import RecordingInfo
from intake_app.audio.recovery import SF_COUNT_MAX, count_frames, flac_total_samples_patch
from intake_app.audio.stream import HeaderPatch, PatchedReader

BLOCK = 4096


def export_recording(stream: Any, info: RecordingInfo | None, dst: BinaryIO) -> int:
    """Copy the recording's file (header patch applied) from ``stream`` into ``dst``; returns bytes."""
    reader = PatchedReader(stream, info.header_patch if info else None, close_raw=False)
    reader.seek(0)
    buf = bytearray(64 * 1024)
    total = 0
    try:
        while n := reader.readinto(buf):
            dst.write(memoryview(buf)[:n])
            total += n
    finally:
        buf[:] = bytes(len(buf))
    return total


class Playback:
    """Decode (and optionally play) one recording. ``stream``: seekable plaintext of the blob."""

    def __init__(
        self, stream: Any, info: RecordingInfo | None = None, *, device: str | int | None = None
    ) -> None:
        import soundfile as sf

        patch = info.header_patch if info else HeaderPatch()
        self._stream = stream
        try:
            self._file = sf.SoundFile(PatchedReader(stream, patch, close_raw=False))
            if self._file.frames >= SF_COUNT_MAX // 2:
                # A FLAC cut short by a crash and not yet described: count and patch it now.
                self._file.close()
                _, _, _, frames = count_frames(stream)
                patch = flac_total_samples_patch(stream, frames)
                stream.seek(0)
                self._file = sf.SoundFile(PatchedReader(stream, patch, close_raw=False))
        except sf.LibsndfileError as exc:
            raise AudioDecodeError(str(exc)) from exc
        self.info = info
        self.samplerate = int(self._file.samplerate)
        self.channels = int(self._file.channels)
        self.frames = int(self._file.frames)
        self._device = device
        self._lock = threading.Lock()
        self._pos = 0
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._paused = threading.Event()
        self.error: BaseException | None = None

    @property
    def duration(self) -> float:
        return self.frames / self.samplerate

    @property
    def position(self) -> float:
        """Seconds from the start of the next sample to be read or played."""
        return self._pos / self.samplerate

    @property
    def playing(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._paused.is_set()

    def seek(self, seconds: float) -> float:
        frame = max(0, min(self.frames, round(seconds * self.samplerate)))
        with self._lock:
            self._file.seek(frame)
            self._pos = frame
        return self.position

    def read(self, seconds: float | None = None, dtype: str = "float32") -> np.ndarray:
        """Decode from the current position (all of it when ``seconds`` is None), in memory."""
        frames = -1 if seconds is None else round(seconds * self.samplerate)
        with self._lock:
            data = self._file.read(frames, dtype=dtype, always_2d=True)
            self._pos += len(data)
        return np.asarray(data)

    # -- sound ----------------------------------------------------------------------------
    def play(self) -> None:
        """Play from the current position on the output device (returns at once)."""
        if self._thread is not None and self._thread.is_alive():
            self._paused.clear()
            return
        import sounddevice as sd

        try:
            out = sd.OutputStream(
                device=self._device, samplerate=self.samplerate, channels=self.channels, dtype="float32"
            )
            out.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceOpenError(str(self._device or "default"), str(exc)) from exc
        self._stop.clear()
        self._paused.clear()
        self._thread = threading.Thread(target=self._run, args=(out,), name="audio-playback", daemon=True)
        self._thread.start()

    def _run(self, out: Any) -> None:
        try:
            while not self._stop.is_set():
                if self._paused.is_set():
                    self._stop.wait(0.05)
                    continue
                block = self.read(BLOCK / self.samplerate)
                if not len(block):
                    break
                out.write(block)  # blocking write paces playback; not a real-time callback
        except Exception as exc:  # noqa: BLE001 - device vanished or decode failed: reported through .error
            self.error = exc
        finally:
            with contextlib.suppress(Exception):
                out.stop()
            with contextlib.suppress(Exception):
                out.close()

    def pause(self) -> None:
        if self._thread is None:
            raise RecordingStateError("not playing")
        self._paused.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def close(self) -> None:
        self.stop()
        self._file.close()
        self._stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
