# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for audio errors (``intake_app.audio.AudioError`` and its subclasses).

When recording stops on its own (device gone, disk full), the message says first that what was
recorded so far is kept: the person in front of the witness needs to know nothing was lost.
"""

from __future__ import annotations

from collections.abc import Callable

from intake_app import audio
from intake_app.text.errors import for_edge
from intake_app.text.i18n import translate


def _seconds(exc: BaseException) -> str:
    return f"{float(getattr(exc, 'seconds_kept', 0.0)):.0f}"


MESSAGES: dict[type[BaseException], Callable[[BaseException], tuple[str, str]]] = {
    audio.AudioError: lambda exc: (
        translate("Errors", "There was a problem with the audio."),
        translate("Errors", "Check the microphone and try again."),
    ),
    audio.NoInputDeviceError: lambda exc: (
        translate("Errors", "No microphone or other audio input was found."),
        translate("Errors", "Connect a microphone, check that the sound system is running, then try again."),
    ),
    audio.DeviceNotFoundError: lambda exc: (
        translate("Errors", "There is no audio input called \u201c{0}\u201d.").format(
            getattr(exc, "name", "")
        ),
        for_edge(cli=translate("Errors", "Run \u201cintake audio devices\u201d to see the inputs; available: {0}"), gui=translate("Errors", "Choose one of this computer's audio inputs: {0}")).format(
            ", ".join(getattr(exc, "available", []))
        ),
    ),
    audio.DeviceOpenError: lambda exc: (
        translate("Errors", "The audio input \u201c{0}\u201d could not be opened.").format(
            getattr(exc, "device", "")
        ),
        translate("Errors", "Another program may be using it, or it does not support these settings."),
    ),
    audio.DeviceLostError: lambda exc: (
        translate(
            "Errors", "The microphone was disconnected during recording. The first {0} seconds are kept."
        ).format(_seconds(exc)),
        translate("Errors", "Reconnect the microphone and start a new recording to continue."),
    ),
    audio.DiskFullError: lambda exc: (
        translate("Errors", "The disk is full, so recording stopped. The first {0} seconds are kept.").format(
            _seconds(exc)
        ),
        translate("Errors", "Free some disk space (or send finished testimonies), then record again."),
    ),
    audio.RecordingWriteError: lambda exc: (
        translate("Errors", "The recording could not be saved. The first {0} seconds are kept.").format(
            _seconds(exc)
        ),
        translate("Errors", "The disk may be failing. Send or back up finished testimonies soon."),
    ),
    audio.UnsupportedFormatError: lambda exc: (
        translate("Errors", "This audio format or setting is not supported."),
        translate("Errors", "Use FLAC or Opus at 48000 Hz."),
    ),
    audio.AudioDecodeError: lambda exc: (
        translate("Errors", "The recording could not be played; it may be damaged."),
        translate(
            "Errors", "The encrypted original is unchanged. Report this to the archive's support contact."
        ),
    ),
    audio.RecordingStateError: lambda exc: (
        translate("Errors", "That cannot be done with the recording right now."),
        translate("Errors", "Start or resume the recording first."),
    ),
}
