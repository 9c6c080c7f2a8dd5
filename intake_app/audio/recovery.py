# SPDX-License-Identifier: GPL-3.0-or-later
"""Make sense of a recording whose recorder died (crash, ``kill -9``, power loss).

The store recovers the blob itself on the next unlock (it cuts the torn tail and seals a final
chunk, so the blob is readable up to its last complete chunk). What is left here is audio:
:func:`recover_recording` decodes what survived, counts its samples, and builds the FLAC header
patch a clean stop would have written (total samples; the MD5 stays "unknown", as RFC 9639
allows, because the audio that was lost can no longer be hashed). Markers and pauses come from
the journal blob, which is fsynced event by event.

Never writes anything: the result is a :class:`RecordingInfo` for the store to keep.
"""

from __future__ import annotations

import io
from typing import Any

from intake_app.audio.errors import AudioDecodeError
from intake_app.audio.info import RecordingInfo
from intake_app.audio.journal import read_journal
from intake_app.audio.stream import HeaderPatch, PatchedReader

SF_COUNT_MAX = 0x7FFFFFFFFFFFFFFF
_FORMAT_NAMES = {"FLAC": "flac", "OGG": "opus"}
STREAMINFO_TOTAL_OFFSET = 21  # fLaC + block header (8) + 13 bytes into STREAMINFO


def count_frames(stream: Any, patch: HeaderPatch | None = None) -> tuple[str, int, int, int]:
    """(format, samplerate, channels, frames) by decoding the whole stream.

    A stream cut short ends in a torn frame that libsndfile reports as an error, after the
    frames before it decoded fine: the count stops there (found to within 64 samples by a second,
    finer pass over the last block), so everything decodable is kept and nothing else.
    """
    first = _decodable(stream, patch, 65536, 0)
    fmt, samplerate, channels, frames, failed = first
    if failed:
        frames = _decodable(stream, patch, 64, frames)[3]
    return fmt, samplerate, channels, frames


def _decodable(
    stream: Any, patch: HeaderPatch | None, block: int, skip: int
) -> tuple[str, int, int, int, bool]:
    import soundfile as sf

    stream.seek(0)
    try:
        f = sf.SoundFile(PatchedReader(stream, patch, close_raw=False))
    except sf.LibsndfileError as exc:
        raise AudioDecodeError(str(exc)) from exc
    with f:
        fmt = _FORMAT_NAMES.get(f.format)
        if fmt is None or (fmt == "opus" and f.subtype != "OPUS"):
            raise AudioDecodeError(f"{f.format}/{f.subtype} is not a recording format of this app")
        frames = 0
        failed = False
        try:
            while frames < skip:
                frames += len(f.read(min(65536, skip - frames), dtype="int16"))
            while True:
                got = len(f.read(block, dtype="int16"))
                if not got:
                    break
                frames += got
        except sf.LibsndfileError:
            failed = True
        return fmt, int(f.samplerate), int(f.channels), frames, failed


def flac_total_samples_patch(stream: Any, frames: int) -> HeaderPatch:
    """The STREAMINFO bytes that record ``frames`` as the total number of samples."""
    stream.seek(STREAMINFO_TOTAL_OFFSET)
    head = stream.read(1)
    if len(head) != 1:
        raise AudioDecodeError("FLAC header too short")
    patched = bytes([(head[0] & 0xF0) | ((frames >> 32) & 0x0F)]) + (frames & 0xFFFFFFFF).to_bytes(4, "big")
    return HeaderPatch([(STREAMINFO_TOTAL_OFFSET, patched)])


def recover_recording(stream: Any, journal: bytes | None = None) -> RecordingInfo:
    """Describe a recovered recording: ``stream`` is the decrypted, seekable audio blob (e.g. a
    ``BlobReader``), ``journal`` the plaintext of its journal blob when there is one."""
    events = read_journal(journal) if journal else []
    for event in reversed(events):
        if event.get("event") == "end":
            # The recorder finished; only the database update was lost.
            return RecordingInfo.from_json({k: v for k, v in event.items() if k != "event"})
    fmt, samplerate, channels, frames = count_frames(stream)
    patch = flac_total_samples_patch(stream, frames) if fmt == "flac" else HeaderPatch()
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    import soundfile as sf

    from intake_app.audio.info import BIT_DEPTHS, Marker

    with sf.SoundFile(PatchedReader(stream, None, close_raw=False)) as f:
        bit_depth = BIT_DEPTHS.get(f.subtype, 0)
    stream.seek(0)

    markers = [Marker(float(e["at"]), str(e.get("label", ""))) for e in events if e.get("event") == "marker"]
    return RecordingInfo(
        format=fmt,
        samplerate=samplerate,
        channels=channels,
        frames=frames,
        bytes=size,
        header_patch=patch,
        markers=[m for m in markers if m.at <= frames / samplerate],
        stop_reason="recovered",
        complete=False,
        bit_depth=bit_depth,
    )
