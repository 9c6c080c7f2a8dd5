# SPDX-License-Identifier: GPL-3.0-or-later
"""Preservation audio (issue 21 item 4, evidence-review.md §4): takes are FLAC at 48 kHz / 24-bit
by default (96 kHz selectable), recorded for real through the private PulseAudio server
(``tests/fixtures/pulse.py``) from a null sink that carries 32-bit float audio, so that a
16-bit capture would lose what a 24-bit one keeps.

The done-when of issue 21: a 10-minute 48 kHz / 24-bit recording seals, opens and verifies bit
for bit. It runs in real time (ten minutes of audio take ten minutes), through the path the
record page takes (a warm :class:`LiveInput`, :class:`StoreRecording` into the encrypted store),
then the store seals the testimony into a bundle, the bundle is exported and opened with the
archive's content key (every signature and hash checked), and the opened FLAC is compared with
the take in the store: same file bytes, same samples (24 bits each), and its STREAMINFO
(rate, depth, length, MD5 of the samples) read without libsndfile agrees.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from intake_app.sealing.finalize import finalize

pytestmark = pytest.mark.audio

PASSPHRASE = "correct horse battery staple"
TEN_MINUTES = 600.0
BLOCK = 1 << 18  # frames per block when comparing (bounded memory for long takes)


@pytest.fixture
def hires(pulse) -> Iterator[Callable[[int, float], Any]]:  # type: ignore[no-untyped-def]
    """A second null sink that carries 32-bit float audio at the rate asked for, made the
    default source (its monitor) for the test; ``play(rate, seconds)`` streams a 997 Hz sine
    into it from sox through pacat (nothing written to disk). Undone afterwards."""
    made: list[str] = []

    def play(rate: int, seconds: float) -> Any:
        sink = f"hires{rate}"
        if sink not in made:
            made.append(pulse.pactl("load-module", "module-null-sink", f"sink_name={sink}",
                                    "format=float32le", f"rate={rate}", "channels=2").strip())
        pulse.pactl("set-default-source", f"{sink}.monitor")
        sox = subprocess.Popen(
            ["sox", "-n", "-t", "raw", "-e", "floating-point", "-b", "32", "-r", str(rate), "-c", "2", "-",
             "synth", str(seconds), "sine", "997", "vol", "0.4"],
            env=pulse.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        pacat = subprocess.Popen(
            ["pacat", f"--device={sink}", "--format=float32le", f"--rate={rate}", "--channels=2"],
            env=pulse.env, stdin=sox.stdout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert sox.stdout is not None
        sox.stdout.close()  # pacat holds the pipe now
        pulse.players.extend([sox, pacat])
        return pacat

    try:
        yield play
    finally:
        pulse.stop_players()
        if pulse.running():
            pulse.pactl("set-default-source", pulse.source)
            for module in made:
                pulse.pactl("unload-module", module)


def _store(home: Path) -> tuple[Any, str, Any]:
    """A real store (SQLCipher, encrypted blobs) with an archive profile and a session record."""
    import nacl.signing

    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF
    from intake_crypto.bundle.profile import ArchiveProfile

    content, identity = crypto.X25519Identity.generate(), crypto.X25519Identity.generate()
    pk = nacl.signing.SigningKey.generate()
    profile = ArchiveProfile(
        name="Test archive", content_recipients=(str(content.recipient()),),
        identity_recipients=(str(identity.recipient()),), receiver_onion="",
        receipt_public_key=bytes(nacl.signing.SigningKey.generate().verify_key),
        profile_public_key=bytes(pk.verify_key),
    ).signed(pk)
    store = Store.create(home, PASSPHRASE, kdf=TEST_KDF)
    store.set_profile(profile)
    tid = store.create_testimony("session_record", str(forms.load_form("session_record").version))
    store.save_answers(tid, {
        "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
        "interviewer_code": "IC-9", "place_region": "Beijing",
        "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
        "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none",
    })
    return store, tid, (profile, content)


def _record(store: Any, tid: str, seconds: float, rate: int) -> Any:
    """One take as the record page makes it: the input opened warm, Record from the next block."""
    from intake_app.audio import LiveInput
    from intake_app.audio.info import FORMATS
    from intake_app.audio.session import StoreRecording

    source = LiveInput(None, samplerate=rate, dtype=FORMATS["flac"][2])
    source.open()
    try:
        deadline = time.monotonic() + 30
        while source.delivered == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        take = StoreRecording(store, tid, format="flac", source=source, since=source.delivered)
        take.start()
        t0 = time.monotonic()
        while time.monotonic() - t0 < seconds and not take.recorder.wait(0.5):
            store.touch()  # a recording is activity: the store does not lock on idle meanwhile
        return take.finish()
    finally:
        source.close()


def _samples_digest(f: sf.SoundFile) -> tuple[str, str, int, bool]:
    """(SHA-256 of the int32 samples, MD5 of them as FLAC defines it (24-bit little-endian,
    interleaved), frames, whether any sample uses bits below the top 16)."""
    sha, md5, frames, fine = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0, False
    while True:
        block = f.read(BLOCK, dtype="int32", always_2d=True)
        if not len(block):
            break
        sha.update(block.tobytes())
        s24 = (block >> 8).astype("<i4")
        md5.update(s24.view(np.uint8).reshape(-1, 4)[:, :3].tobytes())
        fine = fine or bool(np.any(s24 & 0xFF))
        frames += len(block)
    return sha.hexdigest(), md5.hexdigest(), frames, fine


def _streaminfo(data: bytes) -> tuple[int, int, int, int, str]:
    """(rate, channels, bits per sample, total samples, MD5) from a FLAC's STREAMINFO, parsed
    here (RFC 9639 §8.2) rather than by libsndfile, which wrote it."""
    assert data[:4] == b"fLaC" and data[4] & 0x7F == 0  # STREAMINFO comes first
    bits = int.from_bytes(data[8 + 10:8 + 18], "big")
    rate, channels = bits >> 44, ((bits >> 41) & 0x7) + 1
    bps, total = ((bits >> 36) & 0x1F) + 1, bits & 0xFFFFFFFFF
    return rate, channels, bps, total, data[8 + 18:8 + 34].hex()


def _seal_open_verify(store: Any, tid: str, keys: Any, tmp_path: Path) -> tuple[bytes, dict[str, Any]]:
    """Seal the testimony, export the bundle, open it with the content key (every check), and
    return the opened audio's bytes and its manifest entry."""
    import nacl.signing

    from intake_app.sealing.service import open_bundle

    profile, content = keys
    entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate())
    out = tmp_path / "b.tib"
    store.export_bundle(entry.id, out)
    report = open_bundle(out, [content], tmp_path / "opened")  # raises on any failed check
    out.unlink()
    manifest = report.sides["content"].manifest
    assert manifest is not None
    (audio,) = [e for e in manifest.raw["files"] if e["kind"] == "audio"]
    path = tmp_path / "opened" / "content" / audio["path"]
    data = path.read_bytes()
    path.unlink()  # never leave a large file behind on the shared disk
    return data, audio


def _stored_take(store: Any, tid: str) -> bytes:
    (row,) = store.recordings(tid)
    with store.open_blob(row.blob_id) as blob:  # decrypted in memory
        return bytes(blob.read())


def test_24_bit_take_keeps_what_16_bits_would_lose(pulse, hires, tmp_path: Path, intake_home: Path) -> None:  # type: ignore[no-untyped-def]
    """A short take from a float source: the FLAC is 24-bit, its samples use the 8 bits a
    16-bit capture drops, and its sealed description says 48 kHz / 24-bit, lossless."""
    hires(48000, 30)
    store, tid, _keys = _store(intake_home)
    try:
        done = _record(store, tid, 3.0, 48000)
        data = _stored_take(store, tid)
        (row,) = store.recordings(tid)
    finally:
        store.lock()
    with sf.SoundFile(io.BytesIO(data)) as f:
        assert (f.format, f.subtype, f.samplerate) == ("FLAC", "PCM_24", 48000)
        _sha, _md5, frames, fine = _samples_digest(f)
    assert fine, "no sample uses the low 8 of its 24 bits: captured at 16 bits"
    assert frames == done.info.frames > 0
    assert row.info["bit_depth"] == 24 and row.info["samplerate"] == 48000 and row.info["lossy"] is False


@pytest.mark.timeout(TEN_MINUTES + 900)  # ten minutes of real time, then seal, open and compare
def test_ten_minute_48k_24_bit_take_seals_opens_and_verifies_bit_for_bit(  # type: ignore[no-untyped-def]
    pulse, hires, tmp_path: Path, intake_home: Path
) -> None:
    hires(48000, TEN_MINUTES + 60)
    store, tid, keys = _store(intake_home)
    try:
        done = _record(store, tid, TEN_MINUTES, 48000)
        info = done.info
        stored = _stored_take(store, tid)
        opened, entry = _seal_open_verify(store, tid, keys, tmp_path)
    finally:
        store.lock()
    # Every frame the input delivered was written: nothing dropped in ten minutes.
    assert done.error is None and info.stop_reason == "requested"
    assert info.dropped_frames == 0 and info.paused_frames == 0
    assert info.frames == info.delivered_frames
    assert info.duration >= TEN_MINUTES and (info.samplerate, info.bit_depth) == (48000, 24)
    # The bundle carries the take as the store kept it, byte for byte, under its manifest hash.
    assert hashlib.sha256(opened).hexdigest() == hashlib.sha256(stored).hexdigest() == entry["sha256"]
    assert entry["size"] == len(opened) and entry["media_type"] == "audio/flac"
    # ... and sample for sample, 24 bits each, with the low bits in use.
    with sf.SoundFile(io.BytesIO(stored)) as a, sf.SoundFile(io.BytesIO(opened)) as b:
        assert (b.format, b.subtype, b.samplerate, b.channels) == ("FLAC", "PCM_24", 48000, info.channels)
        sha_a, md5_a, frames_a, fine = _samples_digest(a)
        sha_b, md5_b, frames_b, _ = _samples_digest(b)
    assert sha_a == sha_b and md5_a == md5_b and frames_a == frames_b == info.frames and fine
    # STREAMINFO, read without libsndfile: the rate, depth and length, and the MD5 libFLAC
    # computed while encoding equals the MD5 of the samples decoded now.
    rate, channels, bps, total, md5 = _streaminfo(opened)
    assert (rate, channels, bps, total) == (48000, info.channels, 24, info.frames)
    assert md5 == md5_b
    del stored, opened
