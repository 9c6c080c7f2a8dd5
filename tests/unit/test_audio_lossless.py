# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless metadata removal for FLAC and WAV (issue 24, security-review F5): real files made by
libsndfile and tagged with mutagen (a canary in every tag, picture and foreign block), plus an
ID3v2 tag before ``fLaC``, ID3v1 and APEv2 tags after the frames, bytes after the last frame,
and damaged metadata blocks."""

from __future__ import annotations

import io
import json
import struct
import tarfile
from pathlib import Path

import mutagen.flac
import numpy as np
import pytest
import soundfile as sf

import intake_crypto as crypto
from intake_app.cli import main
from intake_app.sealing import audio_lossless
from intake_app.sealing.metadata import DamagedAttachmentError, lossless_audio_plan, strip_metadata
from tests.bundle_support import LOW_WORK_FACTOR, make_archive
from tests.fixtures.tagged_media import CANARY, write_tagged
from tests.unit.forms.example import consent_answers


def _noise(seconds: float, rate: int = 48000, seed: int = 64) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(-(1 << 22), 1 << 22, size=(int(seconds * rate) + 17, 2), dtype=np.int32) << 8


def _flac24(path: Path, seconds: float = 2.0) -> None:
    """A tagged 24-bit stereo FLAC (the app's capture format), its length no multiple of a block."""
    sf.write(path, _noise(seconds), 48000, format="FLAC", subtype="PCM_24")
    from mutagen.flac import FLAC, MetadataBlock, Picture

    f = FLAC(path)
    f["ARTIST"], f["GPS"] = f"{CANARY.decode()} artist", f"{CANARY.decode()} 39.9N 116.4E"
    pic = Picture()
    pic.type, pic.mime, pic.data = 3, "image/png", b"\x89PNG" + CANARY
    f.add_picture(pic)
    app = MetadataBlock(b"TEST" + CANARY)
    app.code = 2
    f.metadata_blocks.append(app)
    f.save()


def _frames(flac: bytes) -> bytes:
    """The audio frames of a FLAC: everything after its last metadata block."""
    pos = flac.index(b"fLaC") + 4
    while True:
        last, length = flac[pos] & 0x80, int.from_bytes(flac[pos + 1:pos + 4], "big")
        pos += 4 + length
        if last:
            return flac[pos:]


def _id3v2(body: bytes) -> bytes:
    size = len(body)
    return b"ID3\x04\x00\x00" + bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F]) + body


def _ape(value: bytes) -> bytes:
    item = struct.pack("<II", len(value), 0) + b"Artist\0" + value
    return item + b"APETAGEX" + struct.pack("<IIII", 2000, len(item) + 32, 1, 0) + b"\0" * 8


def test_flac_is_cleaned_without_re_encoding(tmp_path: Path) -> None:
    """Every tag, the vendor string, the picture and the APPLICATION block are gone; STREAMINFO
    and the audio frames are the original's bytes; the samples are bit-identical."""
    src = tmp_path / "a.flac"
    _flac24(src)
    original = src.read_bytes()
    wrapped = _id3v2(b"TIT2" + CANARY) + original + _ape(CANARY + b" ape") + b"TAG" + CANARY.ljust(125, b"\0")
    vendor = mutagen.flac.FLAC(src).tags.vendor.encode()  # type: ignore[union-attr]
    assert vendor and vendor in original
    for tagged in (original, wrapped):
        clean = strip_metadata(io.BytesIO(tagged), "audio/flac").read()
        assert CANARY not in clean and vendor not in clean and b"ID3" not in clean[:3] and b"TAG" not in clean[-128:]
        assert _frames(clean) == _frames(original), "the frames are copied byte for byte"
        assert clean[8:42] == original[8:42], "STREAMINFO (with the samples' MD5) is kept"
        parsed = mutagen.flac.FLAC(io.BytesIO(clean))
        assert parsed.tags is None and not parsed.pictures
        assert [b.code for b in parsed.metadata_blocks] == [0]
        before, _ = sf.read(src, dtype="int32")
        after, _ = sf.read(io.BytesIO(clean), dtype="int32")
        assert before.dtype == after.dtype and np.array_equal(before, after)


def test_wav_keeps_only_fmt_and_data(tmp_path: Path) -> None:
    src = tmp_path / "a.wav"
    write_tagged(src)
    clean = strip_metadata(io.BytesIO(src.read_bytes()), "audio/wav").read()
    assert CANARY not in clean
    assert clean[12:16] == b"fmt " and clean[36:40] == b"data" and len(clean) == 44 + struct.unpack("<I", clean[40:44])[0]
    raw = src.read_bytes()
    data_at = raw.index(b"data") + 8
    assert clean[44:] == raw[data_at:data_at + len(clean) - 44], "the samples are copied byte for byte"
    assert np.array_equal(sf.read(src, dtype="int32")[0], sf.read(io.BytesIO(clean), dtype="int32")[0])


def test_bytes_after_the_last_frame_are_never_copied(tmp_path: Path) -> None:
    """Bytes after the last frame that are no known tag cannot be proved to be audio: the
    lossless path declines (its CRC-16 check sees them) and the re-encode cleans the file."""
    src = tmp_path / "a.flac"
    _flac24(src, 1.0)
    tagged = src.read_bytes() + b"trailer " + CANARY
    assert lossless_audio_plan(io.BytesIO(tagged), "audio/flac") is None
    clean = strip_metadata(io.BytesIO(tagged), "audio/flac").read()
    assert CANARY not in clean
    assert np.array_equal(sf.read(src, dtype="int32")[0], sf.read(io.BytesIO(clean), dtype="int32")[0])
    assert lossless_audio_plan(io.BytesIO(src.read_bytes()), "audio/flac") is not None


def _damaged(original: bytes) -> dict[str, bytes]:
    first_block = original.index(b"fLaC") + 4
    streaminfo_len = bytearray(original)
    streaminfo_len[first_block + 1:first_block + 4] = (33).to_bytes(3, "big")
    past_end = bytearray(original)
    past_end[first_block + 4 + 34 + 1:first_block + 4 + 34 + 4] = b"\xff\xff\xff"  # the second block's length
    no_streaminfo = bytearray(original)
    no_streaminfo[first_block] = (no_streaminfo[first_block] & 0x80) | 4
    forbidden = bytearray(original)
    forbidden[first_block + 4 + 34] = 127
    return {"STREAMINFO of 33 bytes": bytes(streaminfo_len), "block past the end": bytes(past_end),
            "no STREAMINFO first": bytes(no_streaminfo), "block type 127": bytes(forbidden),
            "cut inside the metadata": original[:first_block + 20]}


def test_malformed_metadata_blocks_are_refused(tmp_path: Path) -> None:
    src = tmp_path / "a.flac"
    _flac24(src, 0.5)
    for what, data in _damaged(src.read_bytes()).items():
        with pytest.raises(DamagedAttachmentError):
            strip_metadata(io.BytesIO(data), "audio/flac")
        with pytest.raises(audio_lossless.MalformedAudioError):
            audio_lossless.plan(io.BytesIO(data), "audio/flac")
        assert what


def test_cli_seal_refuses_a_malformed_flac_plainly(tmp_path: Path, intake_home: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """``intake seal`` of a FLAC with a damaged metadata block: exit 1, one plain translated
    message, no traceback, no bundle and no partial file."""
    archive = make_archive("classic")
    (tmp_path / "p.json").write_bytes(archive.profile.to_json())
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"], "account": "x"}
    answers["consent"].pop("consent_audio")
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    (tmp_path / "pass.txt").write_text("correct horse battery staple\n", encoding="utf-8")
    good = tmp_path / "good.flac"
    _flac24(good, 0.5)
    bad = tmp_path / "bad.flac"
    bad.write_bytes(_damaged(good.read_bytes())["block past the end"])
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main(["seal", "--profile", str(tmp_path / "p.json"), "--form", "self_submission", "--answers",
                 str(tmp_path / "a.json"), "--audio", str(bad), "--out", str(tmp_path / "t.tib"),
                 "--passphrase-file", str(tmp_path / "pass.txt"), "--scrypt-work-factor", str(LOW_WORK_FACTOR)])
    _, err = capsys.readouterr()
    assert code == 1 and "damaged" in err and "audio/flac" in err
    assert "Traceback" not in err and "MalformedAudio" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_cli_seal_carries_the_lossless_copy(tmp_path: Path, intake_home: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """``intake seal --audio`` of a tagged 24-bit FLAC: the content side holds the recording
    without a canary, frame for frame the original's, and the identity side the original."""
    archive = make_archive("classic")
    (tmp_path / "p.json").write_bytes(archive.profile.to_json())
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"], "account": "x"}
    answers["consent"].pop("consent_audio")
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    (tmp_path / "pass.txt").write_text("correct horse battery staple\n", encoding="utf-8")
    rec = tmp_path / "rec.flac"
    _flac24(rec, 3.0)
    tib = tmp_path / "t.tib"
    code = main(["seal", "--profile", str(tmp_path / "p.json"), "--form", "self_submission", "--answers",
                 str(tmp_path / "a.json"), "--audio", str(rec), "--out", str(tib),
                 "--passphrase-file", str(tmp_path / "pass.txt"), "--scrypt-work-factor", str(LOW_WORK_FACTOR)])
    _, err = capsys.readouterr()
    assert code == 0, err
    with tarfile.open(tib) as tf:
        sides = {side: crypto.decrypt_bytes(tf.extractfile(f"{side}.age").read(), [key])  # type: ignore[union-attr]
                 for side, key in (("content", archive.content_key), ("identity", archive.identity_key))}
    with tarfile.open(fileobj=io.BytesIO(sides["content"])) as inner:
        audio = [inner.extractfile(m).read() for m in inner.getmembers()  # type: ignore[union-attr]
                 if m.name.endswith(".flac")]
    assert len(audio) == 1 and CANARY not in sides["content"]
    assert _frames(audio[0]) == _frames(rec.read_bytes())
    assert rec.read_bytes() in sides["identity"]


@pytest.mark.parametrize(("subtype", "channels", "frames"), [
    ("PCM_U8", 1, 4801),  # odd data size: the pad byte is written fresh
    ("PCM_24", 3, 4800),  # WAVE_FORMAT_EXTENSIBLE
    ("FLOAT", 2, 4800),
])
def test_wav_layouts_are_copied_losslessly(tmp_path: Path, subtype: str, channels: int, frames: int) -> None:
    src = tmp_path / "a.wav"
    rng = np.random.default_rng(4)
    data = rng.uniform(-0.5, 0.5, size=(frames, channels)).astype("float32")
    sf.write(src, data, 48000, format="WAV", subtype=subtype)
    raw = src.read_bytes() + struct.pack("<4sI", b"LIST", len(CANARY)) + CANARY
    raw = raw[:4] + struct.pack("<I", len(raw) - 8) + raw[8:]
    plan = lossless_audio_plan(io.BytesIO(raw), "audio/wav")
    assert plan is not None
    clean = strip_metadata(io.BytesIO(raw), "audio/wav").read()
    assert CANARY not in clean and len(clean) % 2 == 0 and len(clean) == plan.size
    assert np.array_equal(sf.read(src, dtype="float64")[0], sf.read(io.BytesIO(clean), dtype="float64")[0])


def test_a_wav_this_module_cannot_prove_is_re_encoded(tmp_path: Path) -> None:
    """μ-law WAV (no plain PCM fmt) falls back to the re-encode: still no canary."""
    src = tmp_path / "a.wav"
    sf.write(src, np.zeros((4800, 1), dtype="float32"), 8000, format="WAV", subtype="ULAW")
    raw = src.read_bytes() + struct.pack("<4sI", b"zzzz", len(CANARY)) + CANARY
    raw = raw[:4] + struct.pack("<I", len(raw) - 8) + raw[8:]
    assert lossless_audio_plan(io.BytesIO(raw), "audio/wav") is None
    assert CANARY not in strip_metadata(io.BytesIO(raw), "audio/wav").read()


def test_a_file_changed_after_its_check_is_refused(tmp_path: Path) -> None:
    """``intake seal`` reads the clean copy in place: a tagger rewriting the file after the check
    (which shifts the audio bytes) or any write during the reading stops the seal."""
    src = tmp_path / "a.flac"
    _flac24(src, 1.0)
    with open(src, "rb") as fh:
        plan = lossless_audio_plan(fh, "audio/flac")
    assert plan is not None
    with plan.open(open(src, "rb")) as view:
        assert CANARY not in view.read()
    f = mutagen.flac.FLAC(src)
    f["COMMENT"] = CANARY.decode() * 50
    f.save()
    with pytest.raises(audio_lossless.MalformedAudioError) as caught:
        plan.open(open(src, "rb"))  # noqa: SIM115 - closed by the refusal
    assert caught.value.media_type == "audio/flac"
    _flac24(src, 8.0)  # larger than the view's 1 MiB buffer
    with open(src, "rb") as fh:
        plan = lossless_audio_plan(fh, "audio/flac")
    assert plan is not None and plan.size > 2 << 20
    view = plan.open(open(src, "rb"))  # noqa: SIM115 - closed below
    view.read(1000)
    with open(src, "r+b") as fh:
        fh.seek(0, 2)
        fh.write(b"appended")
    with pytest.raises(audio_lossless.MalformedAudioError):
        view.read()
    view.close()
