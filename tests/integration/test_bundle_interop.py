# SPDX-License-Identifier: GPL-3.0-or-later
"""A bundle opens with standard tools alone (SPEC.md Part 2, "Opening with standard tools"):
GNU ``tar -xf``, then Debian's ``age -d -i KEY`` (classic profile) or the npm reference
``age-encryption`` (hybrid profile), then ``tar -xf`` again; and the files match the manifest.
Also: a passphrase-protected archive key made by ``intake archive init`` opens with ``age -d``."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

import intake_crypto as crypto
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_crypto.age import keyfile
from tests.bundle_support import LOW_WORK_FACTOR, StandInForm, make_archive
from tests.fixtures.age_tools import AgeCli, Typage, run_pty

pytestmark = pytest.mark.interop

FORM = StandInForm({"witness": "identity", "account": "content"})
AUDIO = bytes(range(256)) * 1200  # > one age chunk, so the payload has several STREAM chunks


def _seal(kind: str, tmp_path: Path) -> tuple[Any, Path]:
    archive = make_archive(kind)
    tib = tmp_path / "b.tib"
    seal_testimony(archive.profile, "standin", "1", {"witness": "CANARY-NAME", "account": "I saw it."},
                   [PayloadSource("r.flac", lambda: io.BytesIO(AUDIO), len(AUDIO), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="interviewer",
                   captured_at=datetime.now().astimezone(), form=FORM)
    return archive, tib


def _tar_x(archive: Path, into: Path) -> None:
    into.mkdir()
    subprocess.run(["tar", "-xf", str(archive), "-C", str(into)], check=True, capture_output=True, timeout=60)


def _check_side(inner_dir: Path, side: str) -> dict[str, Any]:
    manifest = json.loads((inner_dir / "manifest.json").read_bytes())
    assert manifest["side"] == side
    for entry in manifest["files"]:
        data = (inner_dir / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
    return manifest  # type: ignore[no-any-return]


def test_classic_bundle_opens_with_tar_and_debian_age(age_cli: AgeCli, tmp_path: Path) -> None:
    archive, tib = _seal("classic", tmp_path)
    _tar_x(tib, tmp_path / "outer")
    assert sorted(p.name for p in (tmp_path / "outer").iterdir()) == ["BUNDLE", "content.age", "identity.age"]
    for side, key in (("content", archive.content_key), ("identity", archive.identity_key)):
        keyfile.write_identity_file(tmp_path / f"{side}.key", [key], None)
        plain = tmp_path / f"{side}.tar"
        age_cli.run("-d", "-i", str(tmp_path / f"{side}.key"), "-o", str(plain), str(tmp_path / "outer" / f"{side}.age"))
        _tar_x(plain, tmp_path / side)
        _check_side(tmp_path / side, side)
    (audio,) = (tmp_path / "content" / "audio").iterdir()
    assert audio.read_bytes() == AUDIO
    assert b"CANARY-NAME" in (tmp_path / "identity" / "identity.json").read_bytes()
    assert b"CANARY-NAME" not in (tmp_path / "content.tar").read_bytes()
    # The content key is not an identity key, with the standard tool too.
    wrong = age_cli.run("-d", "-i", str(tmp_path / "content.key"), str(tmp_path / "outer" / "identity.age"), check=False)
    assert wrong.returncode != 0


def test_hybrid_bundle_opens_with_tar_and_the_reference_typescript_age(typage: Typage, tmp_path: Path) -> None:
    archive, tib = _seal("hybrid", tmp_path)
    _tar_x(tib, tmp_path / "outer")
    for side, key in (("content", archive.content_key), ("identity", archive.identity_key)):
        ciphertext = (tmp_path / "outer" / f"{side}.age").read_bytes()
        plain = typage.run("decrypt", "-i", str(key), input=ciphertext).stdout
        (tmp_path / f"{side}.tar").write_bytes(plain)
        _tar_x(tmp_path / f"{side}.tar", tmp_path / side)
        _check_side(tmp_path / side, side)
    (audio,) = (tmp_path / "content" / "audio").iterdir()
    assert audio.read_bytes() == AUDIO


def test_archive_init_key_files_open_with_age_and_a_passphrase(age_cli: AgeCli, tmp_path: Path) -> None:
    from intake_app.archive.setup import create_archive

    created = create_archive(tmp_path / "arch", "Interop archive", classic=True, passphrase="pass phrase 1989",
                             receiver_onion="", work_factor=LOW_WORK_FACTOR)
    code, _ = run_pty([age_cli.age, "-d", "-o", str(tmp_path / "content.txt"),
                       str(created.directory / "keys" / "content.key")], "pass phrase 1989")
    assert code == 0
    identities = crypto.parse_identities((tmp_path / "content.txt").read_text())
    assert str(identities[0].recipient()) == created.profile.content_recipients[0]
    code, _ = run_pty([age_cli.age, "-d", "-o", str(tmp_path / "sign.txt"),
                       str(created.directory / "keys" / "profile-signing.key")], "pass phrase 1989")
    assert code == 0 and "INTAKE-ED25519-SEED-1:" in (tmp_path / "sign.txt").read_text()
