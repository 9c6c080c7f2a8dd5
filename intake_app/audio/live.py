# SPDX-License-Identifier: GPL-3.0-or-later
"""An input stream kept open ("warm") while a record page is shown, so Record loses nothing.

Why: an audio server (PulseAudio through ALSA) takes about a second to deliver the first block
after a stream is opened. A recorder that opened its stream when Record was pressed lost that
second (and the store's set-up before it): the witness's first words (issue 17 item 3). A
:class:`LiveInput` is opened when the record page is shown; the page's level meter then shows
what the microphone hears, the honest "microphone on" signal. Pressing Record attaches a
:class:`~intake_app.audio.recorder.Recorder` to it, which writes every block delivered from
then on; Stop detaches it. Nothing is kept while no recorder is attached (the blocks only move
the meter), and nothing is ever written anywhere by this class.

Guarantees: the PortAudio callback never blocks; ``delivered`` counts every frame PortAudio
handed over, ``overflows`` its overflow flags. Qt-free; sounddevice is imported on ``open()``.
"""

from __future__ import annotations

import atexit
import contextlib
import math
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np

from intake_app.audio.devices import InputDevice, find_input_device
from intake_app.audio.errors import DeviceOpenError

BLOCK_FRAMES = 1024  # ~21 ms at 48 kHz: a smooth meter, few callbacks
# Room in the audio server's buffer for a GUI (or a garbage collection) holding the interpreter:
# half a second of audio is queued before anything could overflow.
LATENCY_SECONDS = 0.5
# Blocks kept (in memory, only while no recorder is attached) so that a recorder attached a
# moment after Record was pressed (the store makes its blobs first) still starts at the press.
PREROLL_SECONDS = 5.0

# PortAudio is not thread-safe for opening and closing streams: a page's warm-up (in a worker)
# and another page's close (on the GUI thread) must not run into each other inside ALSA.
_PORTAUDIO = threading.RLock()
# Open streams, held here until closed: a stream that Python collects while PortAudio still runs
# its callback would crash the process (e.g. a page whose controller went away uncleanly).
_OPEN: set[Any] = set()


@atexit.register
def _close_all() -> None:
    """At exit, no stream left running into an audio server that may already be gone."""
    with _PORTAUDIO:
        for stream in list(_OPEN):
            with contextlib.suppress(Exception):
                stream.abort()
                stream.close()
        _OPEN.clear()

Consumer = Callable[[np.ndarray, int, Any], None]


def full_scale(dtype: Any) -> float:
    """The value of 1.0 (0 dBFS) for a sample type."""
    kind = np.dtype(dtype)
    return float(np.iinfo(kind).max) + 1.0 if kind.kind == "i" else 1.0


class LiveInput:
    """One open input stream. ``attach(consumer)`` routes its blocks; ``level`` is the meter."""

    def __init__(
        self,
        device: str | int | None = None,
        *,
        samplerate: int = 48000,
        channels: int | None = None,
        dtype: str = "int32",  # what a FLAC take (24-bit) records from; Opus passes float32
        resolved: InputDevice | None = None,
    ) -> None:
        self.device = resolved or find_input_device(device)  # reads PortAudio's list: no lock needed
        self.samplerate = int(samplerate)
        self.channels = int(channels or min(2, self.device.max_channels))
        if not 1 <= self.channels <= self.device.max_channels:
            raise DeviceOpenError(self.device.name, f"{self.channels} channels not available")
        self.dtype = dtype
        self._scale = full_scale(dtype)
        self._consumer: Consumer | None = None
        self._ring: deque[tuple[int, np.ndarray]] = deque(
            maxlen=math.ceil(PREROLL_SECONDS * self.samplerate / BLOCK_FRAMES) + 1)
        self._lock = threading.Lock()
        self._open_lock = threading.Lock()
        self._stream: Any = None
        self._closed = False  # close() is final
        self.delivered = 0  # frames PortAudio handed over since open()
        self.overflows = 0
        self.peak = 0.0  # the latest block's peak, linear full scale (while no recorder is attached)
        self.finished = threading.Event()  # the stream ended on its own (device gone)

    @property
    def is_open(self) -> bool:
        return self._stream is not None

    def open(self) -> None:
        import sounddevice as sd

        with self._open_lock, _PORTAUDIO:  # the page's warm-up and a quick Record may race
            if self._closed:
                # Closed before a worker got to open it (a page shown and hidden at once): an
                # open stream now would have no owner left to close it.
                raise DeviceOpenError(self.device.name, "closed")
            if self._stream is not None:
                return
            self._open(sd)

    def _open(self, sd: Any) -> None:
        self.finished.clear()
        try:
            stream = sd.InputStream(
                device=self.device.index,
                samplerate=self.samplerate,
                channels=self.channels,
                dtype=self.dtype,
                blocksize=BLOCK_FRAMES,
                latency=LATENCY_SECONDS,
                callback=self._callback,
                finished_callback=self.finished.set,
            )
            _OPEN.add(stream)
            stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceOpenError(self.device.name, str(exc)) from exc
        self._stream = stream

    def attach(self, consumer: Consumer, since: int | None = None) -> None:
        """Hand every block to ``consumer`` (one at a time, ``status`` None for replayed ones):
        from frame ``since`` of this stream (a ``delivered`` value read when Record was pressed;
        up to ``PREROLL_SECONDS`` back), else from the next block on."""
        with self._lock:
            if since is not None:
                for start, block in self._ring:
                    cut = max(0, since - start)
                    if cut < len(block):
                        consumer(block[cut:], len(block) - cut, None)
            self._ring.clear()
            self._consumer = consumer

    def detach(self) -> None:
        """No more blocks to the consumer; returns after any block being handed over."""
        with self._lock:
            self._consumer = None

    def _callback(self, indata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        start = self.delivered
        self.delivered += frames
        if status.input_overflow:
            self.overflows += 1
        with self._lock:
            consumer = self._consumer
            if consumer is not None:
                consumer(indata, frames, status)
                return
            self._ring.append((start, indata.copy()))
        self.peak = float(np.max(np.abs(indata))) / self._scale if frames else 0.0

    def __del__(self) -> None:
        if "_open_lock" in self.__dict__:  # a constructor that raised (no such device) opened nothing
            self.close()

    def close(self) -> None:
        with self._open_lock:
            self._closed = True
            stream, self._stream = self._stream, None
        self.detach()
        with self._lock:
            self._ring.clear()
        if stream is not None:
            with _PORTAUDIO:
                with contextlib.suppress(Exception):  # a vanished device may fail to stop; it is gone anyway
                    stream.abort()
                with contextlib.suppress(Exception):
                    stream.close()
                _OPEN.discard(stream)
