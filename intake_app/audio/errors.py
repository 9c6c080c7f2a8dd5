# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed exceptions of the audio area.

They carry data and an English developer message; the CLI and GUI turn them into translated text
through ``intake_app/text/error_messages/audio.py``. None carries audio or testimony content: devices
are named by the names the operating system gives them, recordings by their random blob names.
"""

from __future__ import annotations

from intake_app.text.errors import IntakeError


class AudioError(IntakeError):
    """Root of every audio error."""


class NoInputDeviceError(AudioError):
    """The system has no audio input device at all (or no audio server is reachable)."""


class DeviceNotFoundError(AudioError):
    """No input device matches the name the user gave."""

    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(f"no input device named {name!r}; available: {', '.join(available) or 'none'}")
        self.name = name
        self.available = available


class DeviceOpenError(AudioError):
    """The device exists but could not be opened with the requested settings."""

    def __init__(self, device: str, reason: str) -> None:
        super().__init__(f"could not open input device {device!r}: {reason}")
        self.device = device
        self.reason = reason


class DeviceLostError(AudioError):
    """The input device (or the audio server) went away while recording; what was captured is kept."""

    def __init__(self, device: str, seconds_kept: float) -> None:
        super().__init__(f"input device {device!r} vanished; {seconds_kept:.1f} s of audio kept")
        self.device = device
        self.seconds_kept = seconds_kept


class DiskFullError(AudioError):
    """The disk filled up (or came close); recording stopped cleanly and what was captured is kept."""

    def __init__(self, free_bytes: int, seconds_kept: float) -> None:
        super().__init__(f"disk nearly full ({free_bytes} bytes free); {seconds_kept:.1f} s of audio kept")
        self.free_bytes = free_bytes
        self.seconds_kept = seconds_kept


class UnsupportedFormatError(AudioError):
    """An audio format or sample rate this app does not record or cannot read."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"unsupported audio format: {detail}")
        self.detail = detail


class RecordingStateError(AudioError):
    """The recorder or player was asked to do something its state does not allow."""


class AudioDecodeError(AudioError):
    """A stored recording could not be decoded (damaged, or not audio)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"the recording could not be decoded: {detail}")
        self.detail = detail


class RecordingWriteError(AudioError):
    """Writing the encrypted recording failed for a reason other than a full disk (I/O error)."""

    def __init__(self, reason: str, seconds_kept: float) -> None:
        super().__init__(f"writing the recording failed: {reason}; {seconds_kept:.1f} s of audio kept")
        self.reason = reason
        self.seconds_kept = seconds_kept
