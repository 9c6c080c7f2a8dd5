# SPDX-License-Identifier: GPL-3.0-or-later
"""The audio byte path without a sound server: libsndfile encoding into an append-only encrypted
blob, the FLAC header patch kept beside it, decoding through the patch, recovery of a stream cut
short, the journal, and the translated messages."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from intake_app.audio import (
    JOURNAL_CHUNK_SIZE,
    AppendOnlySink,
    DeviceLostError,
    DeviceNotFoundError,
    DiskFullError,
    HeaderPatch,
    Marker,
    PatchedReader,
    Playback,
    RecordingInfo,
    export_recording,
    read_journal,
    recover_recording,
)
from intake_app.audio.journal import Journal
from intake_app.audio.recorder import open_encoder
from intake_app.audio.recovery import SF_COUNT_MAX
from intake_app.store.blobs import BlobReader, BlobWriter, new_blob_key
from intake_app.text import i18n
from intake_app.text.errors import user_message

RATE = 48000


class Appended:
    """An append-only target that keeps bytes in memory (the blob writer's contract, minus crypto)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.data += data
        return len(data)


def sine(seconds: float, freq: float = 440.0, amplitude: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    x = (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.stack([x, x], axis=1)


def encode(target: object, fmt: str, subtype: str, x: np.ndarray) -> AppendOnlySink:
    sink = AppendOnlySink(target)  # type: ignore[arg-type]
    with open_encoder(sink, "flac" if fmt == "FLAC" else "opus", RATE, 2) as f:
        for i in range(0, len(x), 4800):
            f.write(x[i : i + 4800])
    return sink


def test_flac_streams_in_order_and_keeps_the_header_rewrite_as_a_patch() -> None:
    target = Appended()
    x = sine(2.0)
    sink = encode(target, "FLAC", "PCM_16", x)
    assert sink.error is None and sink.size == len(target.data)
    assert sink.patch and all(offset < 64 for offset, _ in sink.patch.parts)  # STREAMINFO only
    raw = bytes(target.data)
    with sf.SoundFile(io.BytesIO(raw)) as f:
        assert f.frames == SF_COUNT_MAX  # as streamed: "total samples unknown" (valid FLAC)
    with sf.SoundFile(PatchedReader(io.BytesIO(raw), sink.patch)) as f:
        assert f.frames == len(x)
        y = f.read(dtype="float32")
    assert np.max(np.abs(y - x)) < 1e-4
    # The patch survives its JSON form.
    again = HeaderPatch.from_json(sink.patch.to_json())
    out = io.BytesIO()
    info = RecordingInfo("flac", RATE, 2, len(x), header_patch=again)
    export_recording(io.BytesIO(raw), info, out)
    assert sf.info(io.BytesIO(out.getvalue())).frames == len(x)


def test_opus_needs_no_patch() -> None:
    target = Appended()
    sink = encode(target, "OGG", "OPUS", sine(1.0))
    assert not sink.patch
    with sf.SoundFile(io.BytesIO(bytes(target.data))) as f:
        assert f.frames == RATE


def test_encrypted_blob_holds_no_plaintext_and_decodes(tmp_path: Path) -> None:
    key = bytes(new_blob_key())
    writer = BlobWriter(tmp_path, key, chunk_size=4096)
    x = sine(1.5)
    sink = encode(writer, "FLAC", "PCM_16", x)
    ref = writer.close()
    assert b"fLaC" not in writer.path.read_bytes()
    info = RecordingInfo("flac", RATE, 2, len(x), header_patch=sink.patch)
    with Playback(BlobReader(writer.path, key, chunk_size=4096, expected_size=ref.size), info) as pb:
        assert pb.frames == len(x)
        pb.seek(1.0)
        assert len(pb.read(0.25)) == RATE // 4
        assert pb.position == pytest.approx(1.25)


@pytest.mark.parametrize(("fmt", "subtype"), [("FLAC", "PCM_16"), ("OGG", "OPUS")])
def test_stream_cut_short_is_recovered_up_to_the_last_whole_frame(fmt: str, subtype: str) -> None:
    target = Appended()
    encode(target, fmt, subtype, sine(4.0))
    cut = io.BytesIO(bytes(target.data[: len(target.data) // 2]))  # what a crash leaves
    info = recover_recording(cut)
    assert not info.complete and info.samplerate == RATE and info.channels == 2
    assert 1.5 * RATE <= info.frames < 2.5 * RATE  # about half of it, up to the last whole frame/page
    with Playback(cut, info) as pb:
        assert len(pb.read()) == info.frames


def test_not_audio_is_a_typed_error() -> None:
    from intake_app.audio import AudioDecodeError

    with pytest.raises(AudioDecodeError):
        recover_recording(io.BytesIO(b"this is not audio at all" * 100))


def test_journal_events_are_padded_to_whole_chunks_and_read_back(tmp_path: Path) -> None:
    key = bytes(new_blob_key())
    writer = BlobWriter(tmp_path, key, chunk_size=JOURNAL_CHUNK_SIZE)
    journal = Journal(writer)
    journal.write({"event": "start"})
    # Durable at once: the event filled whole chunks, so they are sealed and fsynced already.
    assert writer.durable_size == writer.size > 0
    journal.write({"event": "marker", "at": 1.5, "label": "问题三 question 3"})
    assert writer.durable_size == writer.size
    ref = writer.close()
    with BlobReader(writer.path, key, chunk_size=JOURNAL_CHUNK_SIZE, expected_size=ref.size) as r:
        events = read_journal(r.read() + b'{"event": "torn')
    assert events == [{"event": "start"}, {"event": "marker", "at": 1.5, "label": "问题三 question 3"}]
    assert "问题三".encode() not in writer.path.read_bytes()


def test_recording_info_round_trip_and_sensitivity() -> None:
    info = RecordingInfo("opus", RATE, 1, RATE * 3, markers=[Marker(1.25, "question 3")])
    assert info.duration == 3.0 and info.media_type.startswith("audio/ogg")
    value = info.to_json()
    assert value["sensitivity"] == "restricted-content"
    assert RecordingInfo.from_json(value).to_json() == value


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_audio_errors_have_plain_translated_messages(lang: str) -> None:
    i18n.install(lang)
    try:
        for exc in (
            DeviceLostError("USB mic", 12.0),
            DiskFullError(1000, 30.0),
            DeviceNotFoundError("usb", ["pulse", "default"]),
        ):
            message, hint = user_message(exc)
            assert message and hint
            assert "Something went wrong" not in message
            if lang != "en":
                assert not message.isascii()
        message, _ = user_message(DeviceLostError("USB mic", 12.0))
        assert "12" in message
    finally:
        i18n.install("en")
