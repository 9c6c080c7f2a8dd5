# SPDX-License-Identifier: GPL-3.0-or-later
"""Imported audio and PDFs reach the content side and the public bag without their metadata
(security-review F5), through the commands an interviewer types: ``intake store add --audio
--attach`` then ``store finalize`` / ``store export``, and ``intake seal --audio --attach``.

The inputs are real FLAC, Ogg Opus, WAV and MP3 files (``tests/fixtures/tagged_media``) with a
canary in every tag field (Vorbis comments, ID3v1/v2, APE, RIFF LIST/INFO, bext, iXML), in an
embedded picture, in a FLAC APPLICATION block and in an unknown WAV chunk; and a PDF with the
canary in its document information, XMP, PieceInfo, an annotation's author and the EXIF of the
JPEG it shows (``write_tagged_pdf``). The file names hold the canary too. The archive opens each
side with its own key, as two custodians would, and makes the public derivative: the canary is
nowhere on the content side nor in the public bag; the original, tags and all, is on the identity
side only, byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nacl.signing
import numpy as np
import pytest
import soundfile as sf

import intake_crypto as crypto
from intake_app.archive import bag
from intake_app.sealing.service import open_bundle
from tests.archive.test_public_derivative import _answers
from tests.bundle_support import LOW_WORK_FACTOR, make_archive
from tests.fixtures.tagged_media import CANARY, FORMATS, tone, write_tagged, write_tagged_pdf
from tests.integration.store.conftest import PASSPHRASE, run_cli

FAST_KDF = ["--kdf-ops", "1", "--kdf-mem-mib", "8"]


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _holding_canary(root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in _files(root) if CANARY in p.read_bytes()]


def _plain(data: bytes, key: Any) -> bytes:
    return crypto.decrypt_bytes(data, [key]) if data.startswith(b"age-encryption.org/") else data


def _tagged_inputs(inputs: Path) -> list[Path]:
    files = []
    for suffix in FORMATS:
        path = inputs / f"CANARYAUDIOTAG-voice{suffix}"  # the file name is a canary too
        write_tagged(path)
        files.append(path)
    return files


def _check_sides(tib: Path, archive: Any, out: Path, inputs: list[Path], pdf: Path | None = None) -> None:
    content, identity = out / "content", out / "identity"
    open_bundle(tib, [archive.content_key], content)
    open_bundle(tib, [archive.identity_key], identity)
    assert _holding_canary(content) == [], "a tag reached the content side"
    audio = sorted(p for p in _files(content) if p.parent.name == "audio")
    assert len(audio) == len(inputs)
    if pdf is not None:
        (document,) = [p for p in _files(content) if p.suffix == ".pdf"]
        assert document.read_bytes().startswith(b"%PDF-")
        inputs = [*inputs, pdf]
    for path in audio:  # each copy is still sound: the whole take, at its rate and channel count
        data, rate = sf.read(path)
        assert rate == 48000 and abs(len(data) - len(tone())) < 4096 and np.abs(data).max() > 0.1
    # The store seals an original on import (age to the identity recipients), so the identity
    # custodian decrypts it once more; ``intake seal`` puts it in the bundle as it is.
    originals = sorted(_plain(p.read_bytes(), archive.identity_key) for p in _files(identity)
                       if p.parent.name == "originals")
    assert originals == sorted(p.read_bytes() for p in inputs), "the originals are on the identity side"
    public = bag.export_bag(content, out / "public", nacl.signing.SigningKey.generate(), derivative="public")
    assert _files(public) and _holding_canary(public) == []


def _write_answers(inputs: Path) -> Path:
    path = inputs / "a.json"
    path.write_text(json.dumps(_answers(1, "CANARY-NAME 王明", publish_text="yes", publish_voice="yes",
                                        embargo="none"), ensure_ascii=False), encoding="utf-8")
    return path


def test_store_add_audio_reaches_the_content_side_without_tags(intake_home: Path, inputs: Path,
                                                               passfile: Path, tmp_path: Path) -> None:
    archive = make_archive("classic")
    profile = inputs / "profile.json"
    profile.write_bytes(archive.profile.to_json())
    pp = ["--passphrase-file", str(passfile)]
    r = run_cli(intake_home, "store", "init", *pp, *FAST_KDF, "--profile", str(profile))
    assert r.returncode == 0, r.stderr
    audio = _tagged_inputs(inputs)
    pdf = inputs / "CANARYAUDIOTAG-scan.pdf"
    write_tagged_pdf(pdf)
    r = run_cli(intake_home, "store", "add", *pp, "--form", "self_submission", "--answers", str(_write_answers(inputs)),
                *[a for path in audio for a in ("--audio", str(path))], "--attach", str(pdf))
    assert r.returncode == 0, r.stderr
    tid = r.stdout.strip()
    r = run_cli(intake_home, "store", "finalize", tid, *pp, "--profile", str(profile))
    assert r.returncode == 0, r.stderr
    tib = tmp_path / "b.tib"
    r = run_cli(intake_home, "store", "export", tid, *pp, "--out", str(tib))
    assert r.returncode == 0, r.stderr
    _check_sides(tib, archive, tmp_path / "opened", audio, pdf)
    # Nothing on this machine holds the tags in plaintext (the store keeps the original sealed).
    assert _holding_canary(intake_home) == []


def test_seal_audio_reaches_the_content_side_without_tags(intake_home: Path, inputs: Path, passfile: Path,
                                                          tmp_path: Path) -> None:
    archive = make_archive("hybrid")
    profile = inputs / "profile.json"
    profile.write_bytes(archive.profile.to_json())
    audio = _tagged_inputs(inputs)
    pdf = inputs / "CANARYAUDIOTAG-scan.pdf"
    write_tagged_pdf(pdf)
    tib = tmp_path / "b.tib"
    r = run_cli(intake_home, "seal", "--profile", str(profile), "--form", "self_submission",
                "--answers", str(_write_answers(inputs)), *[a for path in audio for a in ("--audio", str(path))],
                "--attach", str(pdf),
                "--out", str(tib), "--passphrase-file", str(passfile), "--role", "witness",
                "--scrypt-work-factor", str(LOW_WORK_FACTOR))
    assert r.returncode == 0, r.stderr
    _check_sides(tib, archive, tmp_path / "opened", audio, pdf)
    assert _holding_canary(intake_home) == []


@pytest.mark.parametrize(("name", "body", "message"), [
    ("voice.m4a", b"\0\0\0\x20ftypM4A \0\0\0\0" + CANARY * 50, "cannot be cleaned of hidden metadata"),
    ("voice.flac", b"fLaC" + CANARY * 500, "damaged or not of type audio/flac"),
    ("voice.mp3", b"ID3\x04\0\0\0\0\0\x10" + CANARY * 50, "damaged or not of type audio/mpeg"),
])
def test_audio_that_cannot_be_cleaned_is_refused(intake_home: Path, inputs: Path, passfile: Path,
                                                 tmp_path: Path, name: str, body: bytes, message: str) -> None:
    archive = make_archive("classic")
    profile = inputs / "profile.json"
    profile.write_bytes(archive.profile.to_json())
    pp = ["--passphrase-file", str(passfile)]
    assert run_cli(intake_home, "store", "init", *pp, *FAST_KDF, "--profile", str(profile)).returncode == 0
    (inputs / name).write_bytes(body)
    answers = _write_answers(inputs)
    r = run_cli(intake_home, "store", "add", *pp, "--form", "self_submission", "--answers", str(answers),
                "--audio", str(inputs / name))
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr
    r = run_cli(intake_home, "store", "list", *pp)
    assert r.returncode == 0 and "no testimonies" in r.stdout
    r = run_cli(intake_home, "seal", "--profile", str(profile), "--form", "self_submission", "--answers", str(answers),
                "--audio", str(inputs / name), "--out", str(tmp_path / "b.tib"), *pp,
                "--scrypt-work-factor", str(LOW_WORK_FACTOR))
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "b.tib").exists()
    r = run_cli(intake_home, "--lang", "zh_CN", "store", "add", *pp, "--form", "self_submission",
                "--answers", str(answers), "--audio", str(inputs / name))
    assert r.returncode == 1 and message not in r.stderr and "Traceback" not in r.stderr
    assert _holding_canary(intake_home) == []
    assert PASSPHRASE  # the store was opened with the fixture's passphrase
