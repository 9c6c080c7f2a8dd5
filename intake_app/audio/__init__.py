# SPDX-License-Identifier: GPL-3.0-or-later
"""Audio: record testimony straight into the encrypted store, meter it, review it.

* :mod:`devices` lists input devices (names as the system gives them) and finds the default.
* :class:`Recorder` records one take from a device into an append-only encrypted blob (the
  store's ``BlobWriter``) as FLAC (lossless, the archive default) or Ogg Opus (compact), with a
  level meter, elapsed time, pause/resume, markers, and clean stops on a vanished device or a
  filling disk. No plaintext ever touches the disk.
* :class:`LiveInput` is an input stream kept open while a record page is shown (the meter),
  so that Record writes from the next block and loses nothing of the server's start-up.
* :class:`RecordingInfo` describes a take (format, length, markers, header patch): the store
  keeps it beside the blob. Voice identifies a person: recordings are ``restricted-content``.
* :func:`recover_recording` describes a take whose recorder was killed, from the recovered blob.
* :class:`Playback` and :func:`export_recording` decrypt into memory only, with seeking.

Qt-free; sounddevice is imported only when a stream is opened.
"""

from intake_app.audio.devices import InputDevice, find_input_device, list_input_devices, refresh
from intake_app.audio.errors import (
    AudioDecodeError,
    AudioError,
    DeviceLostError,
    DeviceNotFoundError,
    DeviceOpenError,
    DiskFullError,
    NoInputDeviceError,
    RecordingStateError,
    RecordingWriteError,
    UnsupportedFormatError,
)
from intake_app.audio.info import FORMATS, MEDIA_TYPES, SENSITIVITY, Marker, RecordingInfo
from intake_app.audio.journal import JOURNAL_CHUNK_SIZE, read_journal
from intake_app.audio.live import LiveInput
from intake_app.audio.playback import Playback, export_recording
from intake_app.audio.recorder import Level, Recorder, RecorderStatus
from intake_app.audio.recovery import recover_recording
from intake_app.audio.stream import AppendOnlySink, HeaderPatch, PatchedReader

__all__ = [
    "FORMATS",
    "JOURNAL_CHUNK_SIZE",
    "MEDIA_TYPES",
    "SENSITIVITY",
    "AppendOnlySink",
    "AudioDecodeError",
    "AudioError",
    "DeviceLostError",
    "DeviceNotFoundError",
    "DeviceOpenError",
    "DiskFullError",
    "HeaderPatch",
    "InputDevice",
    "Level",
    "LiveInput",
    "Marker",
    "NoInputDeviceError",
    "PatchedReader",
    "Playback",
    "Recorder",
    "RecorderStatus",
    "RecordingInfo",
    "RecordingStateError",
    "RecordingWriteError",
    "UnsupportedFormatError",
    "export_recording",
    "find_input_device",
    "list_input_devices",
    "read_journal",
    "recover_recording",
    "refresh",
]
