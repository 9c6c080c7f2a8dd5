# SPDX-License-Identifier: GPL-3.0-or-later
"""Imported recordings and the AIP (issue 21 item 4, evidence-review.md §4 FX-2):

* an imported 24-bit FLAC keeps every sample bit for bit through the metadata strip (F5), the
  seal, the opening and the preservation bag;
* an imported Opus or MP3 file is flagged lossy by itself, in the take's sealed description and
  in the bag's PREMIS (``significantProperties``), with no form answer needed; FLAC says lossless.

Real parts: libsndfile encodes the files, the real store (SQLCipher, encrypted blobs) imports
them, the store seals, the bundle is opened with the archive's keys and bagged."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import nacl.signing
import numpy as np
import pytest
import soundfile as sf
from lxml import etree

from intake_app.archive import bag, premis
from intake_app.sealing.finalize import finalize

PASSPHRASE = "correct horse battery staple"
RATE = 48000


def _encode(fmt: str, subtype: str, samples: np.ndarray, rate: int = RATE) -> bytes:
    out = io.BytesIO()
    with sf.SoundFile(out, "w", samplerate=rate, channels=samples.shape[1], format=fmt, subtype=subtype) as f:
        if fmt == "FLAC":
            f.artist = "Witness Name Canary"  # a tag the strip must remove (F5)
        f.write(samples)
    return out.getvalue()


def _sine_24(seconds: float) -> np.ndarray:
    """A stereo sine with noise as 24-bit integers (in int32's top 24 bits): the low bits vary."""
    rng = np.random.default_rng(4)
    t = np.arange(int(seconds * RATE)) / RATE
    x = 0.4 * np.sin(2 * np.pi * 997 * t)[:, None] + rng.normal(0, 1e-4, (len(t), 2))
    return (np.clip(x, -1, 1 - 2**-23) * 2**23).astype(np.int32) << 8


def _int32(data: bytes) -> tuple[np.ndarray, str, int]:
    with sf.SoundFile(io.BytesIO(data)) as f:
        return f.read(dtype="int32", always_2d=True), f.subtype, f.samplerate


@pytest.fixture
def sealed(intake_home: Path, tmp_path: Path) -> Any:
    """Import the files given into a real store's session record, seal, export, open both sides,
    and make the preservation bag. Returns (recordings' sealed descriptions, opened dir, bag)."""
    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.sealing.service import open_bundle
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF
    from tests.bundle_support import make_archive

    def run(files: list[tuple[bytes, str]]) -> tuple[list[dict[str, Any]], Path, Path]:
        archive = make_archive("classic")
        store = Store.create(intake_home, PASSPHRASE, kdf=TEST_KDF)
        try:
            store.set_profile(archive.profile)
            tid = store.create_testimony("session_record", str(forms.load_form("session_record").version))
            store.save_answers(tid, {
                "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
                "interviewer_code": "IC-9", "place_region": "Beijing",
                "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
                "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
                "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
                "copy_offered": "given", "others_present": "nobody", "inducement": "none",
            })
            for data, media_type in files:
                store.import_recording(tid, io.BytesIO(data), media_type)
            infos = [dict(r.info or {}) for r in store.recordings(tid)]
            entry = finalize(store, tid, archive.profile, nacl.signing.SigningKey.generate())
            tib = tmp_path / "b.tib"
            store.export_bundle(entry.id, tib)
        finally:
            store.lock()
        assert isinstance(archive.content_key, crypto.X25519Identity)
        opened = tmp_path / "opened"
        open_bundle(tib, [archive.content_key, archive.identity_key], opened)
        out = bag.export_bag(opened, tmp_path / "bag", nacl.signing.SigningKey.generate())
        return infos, opened, out

    return run


def _compression(bag_dir: Path) -> dict[str, str]:
    """originalName (audio files) -> the PREMIS significant property 'audio compression'."""
    xml = (bag_dir / "data" / "metadata" / "premis.xml").read_bytes()
    assert premis.validate(xml) == []  # the LoC schema and our profile
    ns = {"p": premis.NS}
    out = {}
    for obj in etree.fromstring(xml).iterfind("p:object", ns):
        value = obj.findtext("p:significantProperties/p:significantPropertiesValue", namespaces=ns)
        if value is not None:
            assert obj.findtext("p:significantProperties/p:significantPropertiesType", namespaces=ns) == "audio compression"
            out[str(obj.findtext("p:originalName", namespaces=ns))] = value
    return out


def test_imported_24_bit_flac_is_kept_bit_for_bit_through_strip_seal_open_and_bag(sealed) -> None:  # type: ignore[no-untyped-def]
    samples = _sine_24(2.0)
    flac = _encode("FLAC", "PCM_24", samples)
    infos, opened, bag_dir = sealed([(flac, "audio/flac")])
    (info,) = infos
    assert info["bit_depth"] == 24 and info["lossy"] is False and info["samplerate"] == RATE
    (path,) = (bag_dir / "data" / "objects" / "content" / "audio").iterdir()
    got, subtype, rate = _int32(path.read_bytes())
    assert (subtype, rate) == ("PCM_24", RATE)
    assert got.shape == samples.shape and np.array_equal(got, samples)  # every bit of every sample
    assert b"Witness Name Canary" not in path.read_bytes()  # the strip ran (F5)
    (first,) = (opened / "content" / "audio").iterdir()  # the opened bundle's file, as bagged
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()
    assert set(_compression(bag_dir).values()) == {"lossless"}


def test_imported_opus_and_mp3_are_flagged_lossy_in_the_store_and_the_aip(sealed) -> None:  # type: ignore[no-untyped-def]
    x = (_sine_24(2.0) >> 8).astype(np.float32) / 2**23
    opus = _encode("OGG", "OPUS", x)
    mp3 = _encode("MP3", "MPEG_LAYER_III", x)
    flac = _encode("FLAC", "PCM_24", _sine_24(1.0))
    infos, _opened, bag_dir = sealed([(opus, "audio/ogg"), (mp3, "audio/mpeg"), (flac, "audio/flac")])
    assert [(i["codec"], i["lossy"], i["bit_depth"]) for i in infos] == [
        ("OPUS", True, 0), ("MPEG_LAYER_III", True, 0), ("PCM_24", False, 24)]
    flags = _compression(bag_dir)
    by_ext = {name.rsplit(".", 1)[-1]: value for name, value in flags.items() if "/content/" in name}
    assert by_ext["flac"] == "lossless"
    lossy = [v for k, v in by_ext.items() if k != "flac"]
    assert len(lossy) == 2 and all(v.startswith("lossy") for v in lossy), flags
