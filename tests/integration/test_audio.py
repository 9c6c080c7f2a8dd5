# SPDX-License-Identifier: GPL-3.0-or-later
"""Audio recorded for real: a private PulseAudio server with a null sink (``tests/fixtures/pulse.py``),
a known sine (sox) and synthetic speech (espeak-ng) played into it, recorded through the project
into encrypted blobs, then decrypted in memory and measured (duration, rate, frequency, level).
Also: kill -9 mid-recording and recovery, the audio server vanishing ("unplug"), a full disk
(a real, tiny tmpfs), playback and export. Seconds of audio, not minutes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from intake_app.audio import (
    JOURNAL_CHUNK_SIZE,
    DeviceLostError,
    DiskFullError,
    Playback,
    Recorder,
    RecordingInfo,
    export_recording,
    find_input_device,
    list_input_devices,
    read_journal,
    recover_recording,
)
from intake_app.sealing.finalize import finalize
from intake_app.store.blobs import BlobReader, BlobWriter, new_blob_key, recover, sealed_chunk_size
from intake_app.store.errors import BlobWriteError
from intake_app.text.errors import user_message
from tests.integration.store_record_child import kill_mid_take

pytestmark = pytest.mark.audio
REPO = Path(__file__).resolve().parents[2]
RATE = 48000


def dominant_frequency(x: np.ndarray, rate: int) -> float:
    mono = x.mean(axis=1) if x.ndim == 2 else x
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(len(mono))))
    return float(np.fft.rfftfreq(len(mono), 1 / rate)[int(np.argmax(spectrum))])


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x.astype(np.float64)))))


@pytest.fixture
def key() -> bytes:
    return bytes(new_blob_key())


@pytest.fixture
def blob_dir(tmp_path: Path) -> Path:
    d = tmp_path / "blobs"
    d.mkdir(mode=0o700)
    return d


def record(
    blob_dir: Path, key: bytes, seconds: float, fmt: str, **kw: object
) -> tuple[RecordingInfo, Path, int]:
    audio = BlobWriter(blob_dir, key, chunk_size=16 * 1024)
    rec = Recorder(audio, format=fmt, max_seconds=seconds, disk_path=blob_dir, **kw)  # type: ignore[arg-type]
    rec.start()
    assert rec.wait(timeout=seconds + 30), "the recording did not end"
    info = rec.stop()
    ref = audio.close()
    return info, audio.path, ref.size


def decode(
    path: Path, key: bytes, info: RecordingInfo | None, size: int | None = None
) -> tuple[np.ndarray, int]:
    with Playback(BlobReader(path, key, chunk_size=16 * 1024, expected_size=size), info) as pb:
        return pb.read(), pb.samplerate


def test_devices_are_listed_with_names(pulse) -> None:
    names = [d.name for d in list_input_devices()]
    assert "pulse" in names and "default" in names
    assert find_input_device(None).is_default
    assert find_input_device("pulse").name == "pulse"
    out = subprocess.run(
        [sys.executable, "-m", "intake_app", "audio", "devices"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0 and "pulse" in out.stdout and "*" in out.stdout


@pytest.mark.parametrize("fmt", ["flac", "opus"])
def test_sine_recorded_into_encrypted_blob(
    pulse, tmp_path: Path, blob_dir: Path, key: bytes, fmt: str
) -> None:
    pulse.play_sine(tmp_path, 1000, 30, amplitude=0.5)
    events: list[str] = []
    info, path, size = record(blob_dir, key, 3.0, fmt, on_event=lambda kind, _d: events.append(kind))
    assert info.stop_reason == "max_seconds" and info.complete
    assert info.dropped_frames == 0
    assert info.sensitivity == "restricted-content"
    # Nothing readable on disk: no codec magic, no second file.
    raw = path.read_bytes()
    assert b"fLaC" not in raw and b"OggS" not in raw and b"OpusHead" not in raw
    assert sorted(os.listdir(blob_dir)) == [path.name]
    x, rate = decode(path, key, info, size)
    assert rate == RATE
    assert abs(len(x) / rate - 3.0) <= 0.02 * 3.0
    assert x.shape[1] == info.channels == 2
    tail = x[RATE // 2 :]  # the first moments may precede paplay's stream
    assert abs(dominant_frequency(tail, rate) - 1000) < 2
    assert 20 * np.log10(rms(tail) / (0.5 / np.sqrt(2))) == pytest.approx(0, abs=1.0)
    assert "level" in events and "stopped" in events
    if fmt == "flac":
        assert info.header_patch, "libsndfile's STREAMINFO rewrite must be kept beside the blob"


def test_speech_recorded_as_opus(pulse, tmp_path: Path, blob_dir: Path, key: bytes) -> None:
    text = "This is a test of the testimony recorder. " * 3
    pulse.play_speech(tmp_path, text)
    info, path, size = record(blob_dir, key, 3.0, "opus")
    x, rate = decode(path, key, info, size)
    assert abs(len(x) / rate - 3.0) <= 0.06
    # Speech: clearly above silence, energy mostly in the voice band.
    assert rms(x) > 0.01
    mono = x.mean(axis=1)
    power = np.abs(np.fft.rfft(mono)) ** 2
    freqs = np.fft.rfftfreq(len(mono), 1 / rate)
    voice = power[(freqs > 80) & (freqs < 5000)].sum()
    assert voice / power.sum() > 0.8


def test_pause_resume_markers_and_meter(pulse, tmp_path: Path, blob_dir: Path, key: bytes) -> None:
    pulse.play_sine(tmp_path, 440, 30, amplitude=0.25)
    audio = BlobWriter(blob_dir, key, chunk_size=16 * 1024)
    journal = BlobWriter(blob_dir, key, chunk_size=JOURNAL_CHUNK_SIZE)
    rec = Recorder(audio, format="flac", journal=journal, max_seconds=2.0)
    rec.start()
    while rec.elapsed < 0.5:
        time.sleep(0.02)
    m1 = rec.add_marker("question 3")
    rec.pause()
    paused_at = rec.elapsed
    time.sleep(1.0)
    assert rec.elapsed == paused_at and rec.status().state == "paused"
    rec.resume()
    assert rec.wait(timeout=30)
    status = rec.status()
    assert status.level.peak[0] == pytest.approx(0.25, abs=0.02)
    assert status.level.rms[0] == pytest.approx(0.25 / np.sqrt(2), abs=0.02)
    info = rec.stop()
    ref = audio.close()
    jref = journal.close()
    assert info.frames == 2 * RATE  # pauses are not in the file
    assert [(m.label, m.at) for m in info.markers] == [("question 3", m1.at)]
    assert 0.5 <= m1.at < 1.0
    with BlobReader(journal.path, key, chunk_size=JOURNAL_CHUNK_SIZE, expected_size=jref.size) as jr:
        events = read_journal(jr.read())
    kinds = [e["event"] for e in events]
    assert kinds[:2] == ["start", "marker"] and "pause" in kinds and "resume" in kinds and kinds[-1] == "end"
    assert b"question 3" not in journal.path.read_bytes()
    # The stored description round-trips through JSON.
    assert RecordingInfo.from_json(info.to_json()).to_json() == info.to_json()
    x, _ = decode(audio.path, key, info, ref.size)
    assert len(x) == 2 * RATE


def test_playback_seek_play_and_export(pulse, tmp_path: Path, blob_dir: Path, key: bytes) -> None:
    pulse.play_sine(tmp_path, 500, 30, amplitude=0.5)
    info, path, size = record(blob_dir, key, 2.0, "flac")
    full, _ = decode(path, key, info, size)
    with Playback(BlobReader(path, key, chunk_size=16 * 1024), info) as pb:
        assert pb.duration == pytest.approx(2.0)
        pb.seek(1.25)
        part = pb.read(0.5)
        assert np.array_equal(part, full[int(1.25 * RATE) : int(1.75 * RATE)])  # FLAC is lossless
        pb.seek(1.5)
        pb.play()  # real output into the null sink
        assert pb.wait(timeout=20)
        assert pb.error is None and pb.position == pytest.approx(2.0)
    out = io.BytesIO()
    with BlobReader(path, key, chunk_size=16 * 1024) as r:
        export_recording(r, info, out)
    exported = out.getvalue()
    assert exported[:4] == b"fLaC"
    with sf.SoundFile(io.BytesIO(exported)) as f:
        assert f.frames == 2 * RATE and f.samplerate == RATE  # STREAMINFO complete after the patch


def test_kill_9_mid_recording_keeps_audio_and_markers(
    pulse, tmp_path: Path, blob_dir: Path, key: bytes
) -> None:
    pulse.play_sine(tmp_path, 1000, 60, amplitude=0.5)
    keyfile = tmp_path / "key"
    keyfile.write_bytes(key)
    chunk = 4096
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.audio_child", str(blob_dir), str(keyfile), "flac", str(chunk)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        names = dict(child.stdout.readline().split() for _ in range(2))
        assert child.stdout.readline().strip() == "recording"
        assert child.stdout.readline().strip() == "marked"
        audio_path = blob_dir / names["blob"]
        sealed = sealed_chunk_size(chunk)  # a new blob's format (version 2)
        deadline = time.monotonic() + 30
        while audio_path.stat().st_size < 20 * sealed and time.monotonic() < deadline:
            time.sleep(0.1)
        child.kill()  # SIGKILL: no cleanup, no flush
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    durable = audio_path.stat().st_size // sealed
    assert durable >= 20
    # What the store does on the next unlock: recover both blobs, then describe the recording.
    ref = recover(audio_path, key, chunk_size=chunk)
    jref = recover(blob_dir / names["journal"], key, chunk_size=JOURNAL_CHUNK_SIZE)
    assert ref.recovered and jref.recovered
    assert ref.size >= (durable - 1) * (chunk - 12)
    with BlobReader(blob_dir / names["journal"], key, chunk_size=JOURNAL_CHUNK_SIZE) as jr:
        journal = jr.read()
    with BlobReader(audio_path, key, chunk_size=chunk) as r:
        info = recover_recording(r, journal)
    assert not info.complete and info.format == "flac" and info.samplerate == RATE
    assert info.frames > RATE  # more than a second survived
    assert [m.label for m in info.markers] == ["question 3"]
    x, rate = decode_chunked(audio_path, key, chunk, info)
    assert len(x) == info.frames
    assert abs(dominant_frequency(x[RATE // 2 :], rate) - 1000) < 2
    # Even without the description, playback copes with the unfinished header.
    x2, _ = decode_chunked(audio_path, key, chunk, None)
    assert len(x2) == info.frames


def decode_chunked(path: Path, key: bytes, chunk: int, info: RecordingInfo | None) -> tuple[np.ndarray, int]:
    with Playback(BlobReader(path, key, chunk_size=chunk), info) as pb:
        return pb.read(), pb.samplerate


def test_unplugged_device_gives_clear_error_and_keeps_audio(
    pulse, tmp_path: Path, blob_dir: Path, key: bytes
) -> None:
    pulse.play_sine(tmp_path, 1000, 60, amplitude=0.5)
    audio = BlobWriter(blob_dir, key, chunk_size=16 * 1024)
    rec = Recorder(audio, format="flac", stall_seconds=3.0)
    rec.start()
    while rec.elapsed < 1.5:
        time.sleep(0.05)
    pulse.kill()
    assert rec.wait(timeout=20), "the recorder did not notice the device vanishing"
    assert isinstance(rec.error, DeviceLostError)
    info = rec.stop()
    assert info.stop_reason == "device_lost" and info.frames >= 1.5 * RATE
    ref = audio.close()
    message, hint = user_message(rec.error)
    assert "disconnected" in message and "kept" in message and hint
    x, rate = decode(audio.path, key, info, ref.size)
    assert len(x) == info.frames
    assert abs(dominant_frequency(x[RATE // 2 :], rate) - 1000) < 2


def test_low_disk_warns_then_stops_cleanly(pulse, tmp_path: Path, blob_dir: Path, key: bytes) -> None:
    pulse.play_sine(tmp_path, 1000, 30, amplitude=0.5)
    events: list[tuple[str, dict]] = []
    free = __import__("shutil").disk_usage(blob_dir).free
    audio = BlobWriter(blob_dir, key, chunk_size=16 * 1024)
    rec = Recorder(
        audio, format="opus", disk_path=blob_dir, disk_warn_bytes=free * 4, disk_stop_bytes=free * 2,
        on_event=lambda k, d: events.append((k, d)),
    )  # fmt: skip
    rec.start()
    assert rec.wait(timeout=30)
    assert isinstance(rec.error, DiskFullError)
    info = rec.stop()
    assert info.stop_reason == "disk_full" and info.frames > 0
    ref = audio.close()
    assert any(k == "error" and d["reason"] == "disk_full" for k, d in events)
    x, _ = decode(audio.path, key, info, ref.size)
    assert len(x) == info.frames
    # A warning (not a stop) when only the warning threshold is crossed.
    events.clear()
    audio2 = BlobWriter(blob_dir, key, chunk_size=16 * 1024)
    rec2 = Recorder(audio2, format="opus", max_seconds=1.0, disk_path=blob_dir, disk_warn_bytes=free * 4,
                    on_event=lambda k, d: events.append((k, d)))  # fmt: skip
    rec2.start()
    assert rec2.wait(timeout=30)
    assert rec2.stop().stop_reason == "max_seconds" and rec2.status().warnings == ["disk_low"]
    audio2.close()
    assert any(k == "warning" for k, _ in events)


@pytest.fixture
def tiny_disk(tmp_path: Path):
    mnt = tmp_path / "tiny"
    mnt.mkdir(mode=0o700)
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=96k,mode=0700", "tmpfs", str(mnt)],
            check=False,
            capture_output=True,
        ).returncode
    ):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_really_full_disk_stops_and_keeps_sealed_chunks(
    pulse, tmp_path: Path, tiny_disk: Path, key: bytes
) -> None:
    pulse.play_sine(tmp_path, 1000, 60, amplitude=0.5)
    chunk = 4096
    audio = BlobWriter(tiny_disk, key, chunk_size=chunk)
    rec = Recorder(audio, format="flac")  # no early warning: the disk really fills
    rec.start()
    assert rec.wait(timeout=60)
    assert isinstance(rec.error, DiskFullError)
    info = rec.stop()
    assert info.stop_reason == "disk_full" and not info.complete
    message, _ = user_message(rec.error)
    assert "full" in message and "kept" in message
    with pytest.raises(BlobWriteError):
        audio.close()  # no room even for the final chunk
    size_before = audio.path.stat().st_size
    with pytest.raises(BlobWriteError) as full:
        recover(audio.path, key, chunk_size=chunk)  # still no room for the final chunk...
    sealed = sealed_chunk_size(chunk)  # a new blob's format (version 2)
    assert (
        full.value.disk_full and audio.path.stat().st_size // sealed == size_before // sealed
    )  # nothing lost
    subprocess.run(["mount", "-o", "remount,size=1m", str(tiny_disk)], check=True)  # space freed
    ref = recover(audio.path, key, chunk_size=chunk)  # what the next unlock does
    assert ref.recovered and ref.chunks == size_before // sealed + 1
    with BlobReader(audio.path, key, chunk_size=chunk) as r:
        described = recover_recording(r)
    assert described.frames > RATE // 2
    x, rate = decode_chunked(audio.path, key, chunk, described)
    assert abs(dominant_frequency(x[RATE // 4 :], rate) - 1000) < 3


# -- through the store and the command line -------------------------------------------------
STORE_PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def store_with_testimony(intake_home: Path, tmp_path: Path) -> tuple[Path, str, Path]:
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF

    store = Store.create(intake_home, STORE_PASSPHRASE, kdf=TEST_KDF)
    tid = store.create_testimony("testimony", "1.0.0")
    store.lock()
    pw = tmp_path / "pw"
    pw.write_text(STORE_PASSPHRASE + "\n")
    return intake_home, tid, pw


def stored_audio(home: Path, tid: str) -> tuple[list, np.ndarray, int]:
    from intake_app.store import Store

    store = Store.open(home, STORE_PASSPHRASE)
    try:
        audio = [p for p in store.payloads(tid) if p.kind == "audio"]
        assert len(audio) == 1
        with Playback(store.open_blob(audio[0].blob_id)) as pb:
            return audio, pb.read(), pb.samplerate
    finally:
        store.lock()


def test_cli_records_into_a_testimony(pulse, tmp_path: Path, store_with_testimony) -> None:
    home, tid, pw = store_with_testimony
    pulse.play_sine(tmp_path, 1000, 30, amplitude=0.5)
    out = subprocess.run(
        [sys.executable, "-m", "intake_app", "store", "record", tid[:8], "--seconds", "2",
         "--format", "opus", "--passphrase-file", str(pw)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Recorded 2.0 s" in out.stdout
    audio, x, rate = stored_audio(home, tid)
    assert audio[0].media_type.startswith("audio/ogg")
    assert abs(len(x) / rate - 2.0) <= 0.04
    assert abs(dominant_frequency(x[RATE // 2 :], rate) - 1000) < 2
    # Nothing in plaintext anywhere under the home directory.
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"OggS" not in data and b"OpusHead" not in data, path


def test_cli_flac_in_the_store_is_complete(pulse, tmp_path: Path, store_with_testimony) -> None:
    """The stored FLAC states its length and MD5 by itself (the header patch was applied)."""
    from intake_app.store import Store

    home, tid, pw = store_with_testimony
    pulse.play_sine(tmp_path, 1000, 30, amplitude=0.5)
    out = subprocess.run(
        [sys.executable, "-m", "intake_app", "store", "record", tid, "--seconds", "2",
         "--format", "flac", "--passphrase-file", str(pw)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    store = Store.open(home, STORE_PASSPHRASE)
    try:
        (audio,) = [p for p in store.payloads(tid) if p.kind == "audio"]
        with store.open_blob(audio.blob_id) as r:
            data = r.read()
        assert len([p for p in (home / "store" / "blobs").iterdir()]) == 2  # audio and journal
    finally:
        store.lock()
    assert data[:4] == b"fLaC" and data[26:42] != bytes(16)  # MD5 present
    with sf.SoundFile(io.BytesIO(data)) as f:
        assert f.frames == 2 * RATE and f.samplerate == RATE
        x = f.read()
    assert abs(dominant_frequency(x[RATE // 2 :], RATE) - 1000) < 2


def test_cli_unknown_device_is_a_plain_error(pulse, store_with_testimony) -> None:
    _, tid, pw = store_with_testimony
    out = subprocess.run(
        [sys.executable, "-m", "intake_app", "store", "record", tid, "--seconds", "1", "--device", "no such mic",
         "--passphrase-file", str(pw)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 1
    assert "no audio input called" in out.stderr.lower() and "Traceback" not in out.stderr


def test_cli_killed_mid_recording_is_recovered_on_next_unlock(
    pulse, tmp_path: Path, store_with_testimony
) -> None:
    from intake_app.audio.session import recover_recordings
    from intake_app.store import Store

    home, tid, pw = store_with_testimony
    pulse.play_sine(tmp_path, 1000, 60, amplitude=0.5)
    child = subprocess.Popen(
        [sys.executable, "-m", "intake_app", "store", "record", tid, "--seconds", "60", "--format", "flac",
         "--passphrase-file", str(pw)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        blobs = home / "store" / "blobs"
        deadline = time.monotonic() + 60
        # Wait until a few audio chunks are sealed on disk (64 KiB each).
        while time.monotonic() < deadline:
            sizes = [p.stat().st_size for p in blobs.glob("*")] if blobs.exists() else []
            if sizes and max(sizes) >= 3 * sealed_chunk_size(64 * 1024):
                break
            time.sleep(0.2)
        child.kill()
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    store = Store.open(home, STORE_PASSPHRASE)  # unlock: the store recovers the torn blobs
    try:
        found = recover_recordings(store)
        assert [f.testimony_id for f in found] == [tid]
        info = found[0].info
        assert not info.complete and info.format == "flac" and info.frames > RATE
        audio = [p for p in store.payloads(tid) if p.kind == "audio"]
        assert len(audio) == 1 and audio[0].media_type == "audio/flac"
        with Playback(store.open_blob(audio[0].blob_id), info) as pb:
            x = pb.read()
        assert len(x) == info.frames
        assert abs(dominant_frequency(x[RATE // 2 :], RATE) - 1000) < 2
        assert recover_recordings(store) == []  # once only
    finally:
        store.lock()


def test_store_recording_markers_are_listed_from_the_store(pulse, tmp_path: Path, store_with_testimony) -> None:
    """A take through StoreRecording: its row references the journal and holds the sealed
    description, so markers list from the database, after a lock too; no label on disk."""
    from intake_app.audio.session import StoreRecording
    from intake_app.store import Store

    home, tid, _ = store_with_testimony
    label = "CANARY-marker-Muxidi-question-7"
    pulse.play_sine(tmp_path, 1000, 30, amplitude=0.5)
    store = Store.open(home, STORE_PASSPHRASE)
    try:
        take = StoreRecording(store, tid, format="opus")
        take.start()
        deadline = time.monotonic() + 30
        while take.recorder.elapsed < 0.8 and time.monotonic() < deadline:
            time.sleep(0.05)
        take.recorder.add_marker(label)
        while take.recorder.elapsed < 1.5 and time.monotonic() < deadline:
            time.sleep(0.05)
        finished = take.finish()
    finally:
        store.lock()
    store = Store.open(home, STORE_PASSPHRASE)
    try:
        (row,) = store.recordings(tid)
        assert row.id == finished.recording_id and row.journal_blob_id == finished.journal_blob
        assert [m["label"] for m in row.markers] == [label]
        assert RecordingInfo.from_json(row.info or {}).frames == finished.info.frames
        assert row.info is not None and row.info["sensitivity"] == "restricted-content"
    finally:
        store.lock()
    for path in home.rglob("*"):
        if path.is_file():
            assert label.encode() not in path.read_bytes(), path
    out = subprocess.run(
        [sys.executable, "-m", "intake_app", "--home", str(home), "store", "show", tid[:8], "--passphrase-file",
         str(store_with_testimony[2])],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    shown = json.loads(out.stdout)["recordings"]
    assert [[m["label"] for m in r["markers"]] for r in shown] == [[label]]


def test_store_recording_killed_markers_listed_after_recovery(
    pulse, tmp_path: Path, store_with_testimony
) -> None:
    from intake_app.audio.session import recover_recordings
    from intake_app.store import Store

    home, tid, pw = store_with_testimony
    pulse.play_sine(tmp_path, 1000, 60, amplitude=0.5)
    names = kill_mid_take(home, pw, tid)
    store = Store.open(home, STORE_PASSPHRASE)
    try:
        (found,) = recover_recordings(store)
        assert found.testimony_id == tid and found.journal_blob == names["journal"]
        (row,) = store.recordings(tid)
        assert row.blob_id == names["blob"] and row.journal_blob_id == names["journal"]
        assert [m["label"] for m in row.markers] == ["question 3"]
        assert row.info is not None and row.info["complete"] is False and row.info["stop_reason"] == "recovered"
        assert row.info["frames"] == found.info.frames > RATE
        assert store.purge_orphan_blobs() == []  # audio and journal are both referenced now
    finally:
        store.lock()


def test_finalised_recording_is_restricted_content_in_the_manifest(
    pulse, tmp_path: Path, intake_home: Path
) -> None:
    """A real take, finalised by the store: the content manifest's audio entry says
    restricted-content, and the bundle's audio is the take."""
    import nacl.signing

    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.audio.session import StoreRecording
    from intake_app.sealing.service import open_bundle
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
    pulse.play_sine(tmp_path, 1000, 30, amplitude=0.5)
    store = Store.create(intake_home, STORE_PASSPHRASE, kdf=TEST_KDF)
    try:
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
        take = StoreRecording(store, tid, format="opus", max_seconds=1.0)
        take.start()
        take.recorder.wait(30)
        take.finish()
        entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate())
        out = tmp_path / "b.tib"
        store.export_bundle(entry.id, out)
    finally:
        store.lock()
    report = open_bundle(out, [content], tmp_path / "opened")
    manifest = report.sides["content"].manifest
    assert manifest is not None and manifest.version == 2
    (audio,) = [e for e in manifest.raw["files"] if e["kind"] == "audio"]
    assert audio["sensitivity"] == "restricted-content" and audio["path"].endswith(".ogg")
    assert audio["media_type"].startswith("audio/ogg")
    data, rate = sf.read(io.BytesIO((tmp_path / "opened" / "content" / audio["path"]).read_bytes()))
    assert rate == RATE and abs(len(data) / rate - 1.0) <= 0.02


def test_kill_9_in_near_silence_loses_about_a_second_at_most(pulse, store_with_testimony) -> None:
    """Silence compresses to almost nothing in FLAC: a 64 KiB chunk would take minutes to fill,
    so without checkpoints a crash lost everything since the last full chunk (here: all of it).
    The recorder seals the chunk in progress every second of audio; after kill -9 at ~4 s the
    recovered take is at most ~1.5 s shorter than what the recorder had said it had."""
    from intake_app.audio.session import recover_recordings
    from intake_app.store import Store

    home, tid, pw = store_with_testimony  # nothing is played: the null sink's monitor is silent
    names = kill_mid_take(home, pw, tid, seconds=4.0)
    at = float(names["at"])
    assert (home / "store" / "blobs" / names["blob"]).stat().st_size == sealed_chunk_size(64 * 1024)  # one short chunk
    store = Store.open(home, STORE_PASSPHRASE)
    try:
        (found,) = recover_recordings(store)
        assert at - 1.5 <= found.info.duration <= at + 0.1, (found.info.duration, at)
        (audio,) = [p for p in store.payloads(tid) if p.kind == "audio"]
        with Playback(store.open_blob(audio.blob_id), found.info) as pb:
            x = pb.read()
        assert len(x) == found.info.frames and not np.any(x)  # the silence, decoded
        assert [m["label"] for m in store.recordings(tid)[0].markers] == ["question 3"]
    finally:
        store.lock()
