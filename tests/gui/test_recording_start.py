# SPDX-License-Identifier: GPL-3.0-or-later
"""Record loses nothing (issue 17 item 3, "voice without loss"), through the real window, the real
store and the private PulseAudio server.

* The first words: the page's meter shows the microphone's sound before Record is pressed, and
  a sound under way when Record is pressed is in the take from its first 100 ms. The signal is
  0.4 s of 440 Hz, then 1000 Hz: before the input was kept open while the page is shown, the
  audio server's start-up (about a second) swallowed the 440 Hz part and the take began with
  1000 Hz (and the meter moved only after Record).
* Every frame the audio server delivered between Record and Stop is in the take: the recording's
  sealed description counts frames delivered, paused, dropped and written, and they agree.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile

from tests.gui.test_lock_recording import (
    assert_every_frame_kept,
    click,
    open_new_interview,
    to_recording_step,
)

pytestmark = [pytest.mark.gui, pytest.mark.audio]


def dominant_hz(samples: np.ndarray, samplerate: int) -> float:
    mono = samples.astype(np.float64).mean(axis=1) if samples.ndim == 2 else samples.astype(np.float64)
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(len(mono))))
    return float(np.fft.rfftfreq(len(mono), 1 / samplerate)[int(np.argmax(spectrum))])


def two_tones(path: Path) -> Path:
    """0.4 s of 440 Hz, then 4 s of 1000 Hz (48 kHz stereo, like the null sink)."""
    subprocess.run(["sox", "-n", "-r", "48000", "-c", "2", "-b", "16", str(path),
                    "synth", "0.4", "sine", "440", "vol", "0.5", ":",
                    "synth", "4", "sine", "1000", "vol", "0.5"], check=True, capture_output=True, timeout=60)
    return path


def test_a_sound_that_starts_with_record_is_in_the_first_100_ms(  # type: ignore[no-untyped-def]
        qtbot, demo_window, pulse, tmp_path: Path) -> None:
    window = demo_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    panel = to_recording_step(qtbot, editor)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.height() > 0 and panel.record_button.isEnabled())
    qtbot.wait(1500)  # the page is open (a person reads it before pressing Record)
    wav = two_tones(tmp_path / "two-tones.wav")
    player: Any = None
    try:
        player = pulse.play(wav)  # the witness starts speaking ...
        # ... the meter shows it before Record (the microphone is on while the page is shown) ...
        qtbot.waitUntil(lambda: panel.meter.value() > 0, timeout=10000)
        click(qtbot, panel.record_button)  # ... and the interviewer presses Record at once
        qtbot.waitUntil(lambda: panel.elapsed.text() >= "0:00:02", timeout=20000)
        click(qtbot, panel.stop_button)
        qtbot.waitUntil(lambda: panel.recordings.count() == 1, timeout=30000)
    finally:
        if player is not None:
            player.terminate()
    store = window.controller.store
    (row,) = store.recordings(editor.interview_id)
    with store.open_blob(row.blob_id) as blob:  # decrypted in memory
        audio, rate = soundfile.read(blob, dtype="int16", frames=rate_frames(row))  # type: ignore[arg-type]
    first = audio[: rate // 10]
    assert np.abs(first).max() > 1000, "the first 100 ms are silent: the start of the sound was lost"
    assert abs(dominant_hz(first, rate) - 440) < 30, dominant_hz(first, rate)
    assert_every_frame_kept(row.info)


def rate_frames(row: Any) -> int:
    return int(row.info["samplerate"]) // 2  # half a second is plenty

