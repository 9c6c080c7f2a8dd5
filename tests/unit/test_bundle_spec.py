# SPDX-License-Identifier: GPL-3.0-or-later
"""intake_crypto/SPEC.md Part 2's worked example is what the code produces, and the committed example
bundle opens to exactly the inner tars the example describes."""

from __future__ import annotations

import tarfile
from pathlib import Path

import intake_crypto as crypto
from intake_app.sealing.service import open_bundle, verify_bundle
from tests import bundle_example as ex

SPEC = Path(__file__).resolve().parents[2] / "intake_crypto" / "SPEC.md"


def test_spec_worked_example_matches_the_code() -> None:
    expected = ex.markdown().replace("### ", "#### ")
    assert expected in SPEC.read_text(encoding="utf-8"), "regenerate with: python -m tests.bundle_example"


def test_example_vector_decrypts_to_the_described_inner_tars(tmp_path: Path) -> None:
    keys = ex.keys()
    tars = ex.inner_tars()
    with tarfile.open(ex.VECTOR) as outer:
        assert [m.name for m in outer.getmembers()] == ["BUNDLE", "content.age", "identity.age"]
        for side in ("content", "identity"):
            ciphertext = outer.extractfile(f"{side}.age").read()  # type: ignore[union-attr]
            assert crypto.decrypt_bytes(ciphertext, [keys[side]]) == tars[side]
    report = verify_bundle(ex.VECTOR, [keys["content"], keys["identity"]])
    assert report.bundle_id == ex.BUNDLE_ID and report.link_id == ex.LINK_ID
    open_bundle(ex.VECTOR, [keys["content"]], tmp_path / "out")
    assert (tmp_path / "out" / "content" / ex.AUDIO_PATH).read_bytes() == ex.AUDIO
    assert ex.profile().fingerprint() in SPEC.read_text(encoding="utf-8")


def test_manifest_version_1_vector_still_opens(tmp_path: Path) -> None:
    """The example as sealed before per-file sensitivity existed (manifest version 1): the same
    inner tars as then, it verifies and opens, and its files read with the implied classes."""
    import hashlib

    keys = ex.keys()
    with tarfile.open(ex.V1_VECTOR) as outer:
        for side in ("content", "identity"):
            ciphertext = outer.extractfile(f"{side}.age").read()  # type: ignore[union-attr]
            inner = crypto.decrypt_bytes(ciphertext, [keys[side]])
            assert hashlib.sha256(inner).hexdigest() == ex.V1_INNER_SHA256[side]
            assert ex.V1_INNER_SHA256[side] in SPEC.read_text(encoding="utf-8")
    report = verify_bundle(ex.V1_VECTOR, [keys["content"], keys["identity"]])
    content, identity = report.sides["content"].manifest, report.sides["identity"].manifest
    assert content is not None and identity is not None
    assert (content.version, identity.version) == (1, 1)
    assert "sensitivity" not in content.raw["files"][0]
    assert {f.kind: f.sensitivity for f in content.files} == {"answers": "restricted-content",
                                                             "audio": "restricted-content"}
    assert {f.sensitivity for f in identity.files} == {"identity"}
    open_bundle(ex.V1_VECTOR, [keys["content"]], tmp_path / "out")
    assert (tmp_path / "out" / "content" / ex.AUDIO_PATH).read_bytes() == ex.AUDIO


def test_current_vector_states_each_files_sensitivity() -> None:
    keys = ex.keys()
    report = verify_bundle(ex.VECTOR, [keys["content"], keys["identity"]])
    content, identity = report.sides["content"].manifest, report.sides["identity"].manifest
    assert content is not None and identity is not None
    assert (content.version, identity.version) == (2, 2)
    assert {f["kind"]: f["sensitivity"] for f in content.raw["files"]} == {
        "answers": "content", "audio": "restricted-content"}
    assert [f["sensitivity"] for f in identity.raw["files"]] == ["identity"]
