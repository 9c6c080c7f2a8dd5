# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing with its work spread over two cores (issue 24): the SHA-256 sums in a helper thread,
the metadata stripping beside the form loading and the device key's KDF. Same bytes, same
checks, same plain errors; no thread outlives the seal."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.home import device
from intake_app.sealing.service import open_bundle
from intake_crypto.age._pipeline import Hasher
from tests.bundle_support import LOW_WORK_FACTOR, Archive, make_archive
from tests.fixtures.tagged_media import write_tagged
from tests.unit.forms.example import consent_answers

PASS = "correct horse battery staple 六四"
HELPERS = ("device-key", "bundle-hash")


def _helpers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(HELPERS)]


def test_hasher_gives_the_digests_of_inline_hashing_in_order_and_stops() -> None:
    pieces = [os.urandom(n) for n in (0, 1, 2047, 2048, 65536, 1 << 20, 131072 + 5)] * 3
    a, b = hashlib.sha256(), hashlib.sha256()
    with Hasher() as hasher:
        for i, piece in enumerate(pieces):
            hasher.update(a if i % 2 else b, piece)
        hasher.sync()
        assert a.hexdigest() == hashlib.sha256(b"".join(pieces[1::2])).hexdigest()
        assert b.hexdigest() == hashlib.sha256(b"".join(pieces[0::2])).hexdigest()
    assert not _helpers()
    with pytest.raises(RuntimeError), Hasher() as hasher:
        hasher.update(a, b"x" * 4096)
        raise RuntimeError("a read failed mid-seal")
    assert not _helpers()


class _BrokenDigest:
    def update(self, data: bytes, /) -> None:
        raise MemoryError("no memory for the hash")


def test_a_failing_hash_update_surfaces_and_never_blocks_the_producer() -> None:
    """No digest is read after a failed update, and the producer never waits on a dead thread."""
    good = hashlib.sha256()
    with pytest.raises(MemoryError), Hasher() as hasher:
        hasher.update(_BrokenDigest(), b"x" * 4096)
        for _ in range(100):  # far more than the queue holds
            try:
                hasher.update(good, b"y" * 4096)
            except MemoryError:
                break
        hasher.sync()
    assert not _helpers()


def _setup(tmp_path: Path) -> tuple[list[str], Archive]:
    archive = make_archive("classic")
    (tmp_path / "p.json").write_bytes(archive.profile.to_json())
    device.load_or_create_device_key(PASS, work_factor=LOW_WORK_FACTOR)
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"], "account": "x"}
    answers["consent"].pop("consent_audio")
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    (tmp_path / "right.txt").write_text(PASS + "\n", encoding="utf-8")
    return ["seal", "--profile", str(tmp_path / "p.json"), "--answers", str(tmp_path / "a.json"),
            "--out", str(tmp_path / "t.tib"), "--scrypt-work-factor", str(LOW_WORK_FACTOR),
            "--passphrase-file", str(tmp_path / "right.txt")], archive


def test_cli_seal_stops_plainly_when_stripping_fails_beside_the_kdf(tmp_path: Path, intake_home: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    common, _ = _setup(tmp_path)
    (tmp_path / "damaged.flac").write_bytes(b"fLaC" + os.urandom(50_000))
    code = main([*common, "--form", "self_submission", "--audio", str(tmp_path / "damaged.flac")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and err.strip()
    assert not (tmp_path / "t.tib").exists() and not list(tmp_path.glob(".t.tib*"))
    assert not _helpers()
    # A bad form while a good recording is being stripped: the same, and the stripping stops with it.
    write_tagged(tmp_path / "rec.flac")
    code = main([*common, "--form", "no_such_form", "--audio", str(tmp_path / "rec.flac")])
    err = capsys.readouterr().err
    assert code != 0 and "no_such_form" in err and "Traceback" not in err
    assert not (tmp_path / "t.tib").exists() and not _helpers()


def test_cli_seal_with_helpers_opens_to_the_same_bytes(tmp_path: Path, intake_home: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The bundle sealed with the hashing thread and the parallel stripping opens, every file
    matches its manifest hash, and the printed SHA-256 is the bundle's."""
    common, arch = _setup(tmp_path)
    write_tagged(tmp_path / "rec.flac")
    code = main([*common, "--form", "self_submission", "--audio", str(tmp_path / "rec.flac")])
    out = capsys.readouterr().out
    assert code == 0 and not _helpers()
    tib = tmp_path / "t.tib"
    assert hashlib.sha256(tib.read_bytes()).hexdigest() in out
    open_bundle(tib, [arch.content_key, arch.identity_key], tmp_path / "opened")
    manifest = json.loads((tmp_path / "opened" / "identity" / "manifest.json").read_text(encoding="utf-8"))
    originals = [f for f in manifest["files"] if f["kind"] == "original"]
    assert [f["sha256"] for f in originals] == [hashlib.sha256((tmp_path / "rec.flac").read_bytes()).hexdigest()]
    for side in ("content", "identity"):
        listed = json.loads((tmp_path / "opened" / side / "manifest.json").read_text(encoding="utf-8"))["files"]
        for entry in listed:
            data = (tmp_path / "opened" / side / entry["path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
