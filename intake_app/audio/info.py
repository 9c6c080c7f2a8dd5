# SPDX-License-Identifier: GPL-3.0-or-later
"""What is known about a recording besides its audio: format, length, markers, header patch.

``RecordingInfo.to_json()`` is what the store keeps beside the audio blob (and what the journal's
last event holds). Audio is voice, and a voice identifies a person: every recording is
``restricted-content`` (``SENSITIVITY``), whatever form field it belongs to, and the bundle's
manifest must say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake_app.audio.stream import HeaderPatch

SENSITIVITY = "restricted-content"

# format name → (libsndfile format, subtype, PortAudio sample type)
FORMATS: dict[str, tuple[str, str, str]] = {
    # The preservation master (IASA TC-04: at least 48 kHz / 24-bit for new born-digital audio):
    # PortAudio hands 32-bit integer samples, libsndfile keeps their top 24 bits in the FLAC.
    "flac": ("FLAC", "PCM_24", "int32"),
    "opus": ("OGG", "OPUS", "float32"),  # compact and lossy: an access or low-bandwidth copy only
}
# Sample rates an interviewer may record at (the setting ``SAMPLERATE_SETTING``); the first is the
# default (witness mode and a store without the setting). Opus has no 96 kHz: it always records at 48.
SAMPLERATES: tuple[int, ...] = (48000, 96000)
SAMPLERATE_SETTING = "audio_samplerate"
# Bits per sample a libsndfile subtype stores (lossless PCM only); lossy codecs have none.
BIT_DEPTHS = {"PCM_S8": 8, "PCM_U8": 8, "PCM_16": 16, "PCM_24": 24, "PCM_32": 32}
# Codecs that throw sound away: a file in one is never a preservation master, and says so.
LOSSY_SUBTYPES = frozenset({"OPUS", "VORBIS", "MPEG_LAYER_I", "MPEG_LAYER_II", "MPEG_LAYER_III"})
LOSSY_MEDIA_TYPES = ("audio/ogg", "audio/opus", "audio/mpeg", "audio/mp3", "audio/aac", "audio/mp4", "audio/x-m4a")


def is_lossy_media_type(media_type: str) -> bool:
    """Whether audio of this media type is lossy (Ogg here means Opus or Vorbis: both lossy)."""
    base = media_type.split(";", 1)[0].strip().lower()
    return base in LOSSY_MEDIA_TYPES


def samplerate_for(audio_format: str, setting: str | int | None) -> int:
    """The rate a take records at: the setting if it is one of ``SAMPLERATES`` (FLAC), else 48 kHz."""
    try:
        rate = int(setting or SAMPLERATES[0])
    except (TypeError, ValueError):
        rate = SAMPLERATES[0]
    if audio_format != "flac" or rate not in SAMPLERATES:
        return SAMPLERATES[0]
    return rate
MEDIA_TYPES = {"flac": "audio/flac", "opus": "audio/ogg; codecs=opus"}
EXTENSIONS = {"flac": ".flac", "opus": ".opus"}


@dataclass(frozen=True)
class Marker:
    at: float  # seconds into the recorded audio
    label: str


@dataclass
class RecordingInfo:
    format: str
    samplerate: int
    channels: int
    frames: int
    bytes: int = 0
    header_patch: HeaderPatch = field(default_factory=HeaderPatch)
    markers: list[Marker] = field(default_factory=list)
    overflows: int = 0
    dropped_frames: int = 0
    # Frames the input handed to the recorder between Record and Stop; every one is written
    # (``frames``) unless paused (``paused_frames``), dropped (``dropped_frames``) or past
    # ``max_seconds``. 0 in descriptions made before this was counted (and in recovered takes).
    delivered_frames: int = 0
    paused_frames: int = 0
    stop_reason: str = "requested"
    device: str = ""
    complete: bool = True  # False: cut short (crash, disk) and recovered up to the last sealed chunk
    sensitivity: str = SENSITIVITY
    # Bits per sample of a lossless take (24 since issue 21; 16 before); 0 for a lossy codec.
    bit_depth: int = 24

    @property
    def lossy(self) -> bool:
        return self.format != "flac"

    @property
    def duration(self) -> float:
        return self.frames / self.samplerate if self.samplerate else 0.0

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.format]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "media_type": self.media_type,
            "samplerate": self.samplerate,
            "channels": self.channels,
            "frames": self.frames,
            "duration": round(self.duration, 6),
            "bytes": self.bytes,
            "header_patch": self.header_patch.to_json(),
            "markers": [{"at": m.at, "label": m.label} for m in self.markers],
            "overflows": self.overflows,
            "dropped_frames": self.dropped_frames,
            "delivered_frames": self.delivered_frames,
            "paused_frames": self.paused_frames,
            "stop_reason": self.stop_reason,
            "device": self.device,
            "complete": self.complete,
            "sensitivity": self.sensitivity,
            "bit_depth": self.bit_depth,
            "lossy": self.lossy,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> RecordingInfo:
        return cls(
            format=str(value["format"]),
            samplerate=int(value["samplerate"]),
            channels=int(value["channels"]),
            frames=int(value["frames"]),
            bytes=int(value.get("bytes", 0)),
            header_patch=HeaderPatch.from_json(value.get("header_patch")),
            markers=[Marker(float(m["at"]), str(m["label"])) for m in value.get("markers", [])],
            overflows=int(value.get("overflows", 0)),
            dropped_frames=int(value.get("dropped_frames", 0)),
            delivered_frames=int(value.get("delivered_frames", 0)),
            paused_frames=int(value.get("paused_frames", 0)),
            stop_reason=str(value.get("stop_reason", "requested")),
            device=str(value.get("device", "")),
            complete=bool(value.get("complete", True)),
            # Descriptions written before issue 21 have no depth: every FLAC take then was 16-bit.
            bit_depth=int(value.get("bit_depth", 16 if value["format"] == "flac" else 0)),
        )
