# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-file sensitivity in manifests (SPEC.md 2.7, manifest version 2): sealing writes it, every
reader checks it, audio is restricted-content and nothing less, version 1 manifests still read."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

from intake_app.sealing.service import (
    PayloadSource,
    SensitivityError,
    open_bundle,
    seal_testimony,
    verify_bundle,
)
from intake_crypto.bundle._bundle_errors import BundleIntegrityError, ManifestError, UnknownVersionError
from intake_crypto.bundle._canonical import canonical
from intake_crypto.bundle.manifest import (
    MANIFEST_VERSION,
    SIGNATURE_DOMAIN,
    FileEntry,
    build_manifest,
    parse_manifest,
)
from intake_crypto.bundle.signing import b64, sign
from tests.bundle_support import StandInForm, make_archive
from tests.unit.test_bundle_seal_open import _canonical_inner, _outer

DEVICE = nacl.signing.SigningKey(bytes(range(32)))
AUDIO_PATH = "audio/" + "a" * 32 + ".flac"
VOICE = b"fLaC" + bytes(200)
FORM = StandInForm({"account": "content", "place": "restricted-content", "name": "identity"})


def _content_manifest(files: list[FileEntry]) -> bytes:
    return build_manifest(
        side="content", link_id="cd" * 16, form_id="standin", form_version="1",
        captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime.now(UTC),
        interviewer_role="interviewer", tool_version="test", files=files, device_key=DEVICE,
        bundle_id="ab" * 16, consent={},
    )


def _resigned(obj: dict[str, Any]) -> bytes:
    """A manifest the device really signed, whatever its fields say (what a buggy or hostile
    sealer could produce): the check must come from the rules, not the signature."""
    body = {k: v for k, v in obj.items() if k != "signature"}
    return canonical({**body, "signature": b64(sign(DEVICE, SIGNATURE_DOMAIN, body))})


def _audio_entry(sensitivity: Any = None) -> FileEntry:
    import hashlib

    return FileEntry(AUDIO_PATH, hashlib.sha256(VOICE).hexdigest(), len(VOICE), "audio/flac", "audio",
                     sensitivity=sensitivity)


def _seal(tmp_path: Path, answers: dict[str, Any], payloads: list[PayloadSource]) -> tuple[Any, Path]:
    archive = make_archive("classic")
    out = tmp_path / "b.tib"
    seal_testimony(archive.profile, "standin", "1", answers, payloads, DEVICE, out, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=timezone(timedelta(hours=8))), form=FORM)
    return archive, out


def _payloads() -> list[PayloadSource]:
    photo, clean = b"ORIGINAL-JPEG-with-exif", b"stripped-jpeg"
    return [
        PayloadSource("rec-1.flac", lambda: io.BytesIO(VOICE), len(VOICE), "audio/flac", "audio"),
        PayloadSource("rec-2.opus", lambda: io.BytesIO(b"OggS-opus"), 9, "audio/ogg; codecs=opus", "audio"),
        PayloadSource("photo.jpg", lambda: io.BytesIO(photo), len(photo), "image/jpeg", "attachment", original=True),
        PayloadSource("clean", lambda: io.BytesIO(clean), len(clean), "image/jpeg", "attachment",
                      derived_from="photo.jpg"),
    ]


def test_sealed_manifests_are_version_2_and_state_every_files_class(tmp_path: Path) -> None:
    archive, path = _seal(tmp_path, {"account": "I saw the tanks.", "place": "Muxidi", "name": "W"}, _payloads())
    report = open_bundle(path, [archive.content_key, archive.identity_key], tmp_path / "out")
    content, identity = report.sides["content"].manifest, report.sides["identity"].manifest
    assert content is not None and identity is not None
    assert content.version == identity.version == MANIFEST_VERSION == 2
    by_kind: dict[str, set[str]] = {}
    for entry in content.raw["files"]:
        by_kind.setdefault(entry["kind"], set()).add(entry["sensitivity"])
    # answers.json holds a restricted-content answer ("place"), so it is restricted-content.
    assert by_kind == {"answers": {"restricted-content"}, "audio": {"restricted-content"},
                       "attachment": {"content"}}
    assert {e["sensitivity"] for e in identity.raw["files"]} == {"identity"}
    # The parsed entries carry the same class as the signed JSON (a round trip).
    assert [f.sensitivity for f in content.files] == [e["sensitivity"] for e in content.raw["files"]]
    # A media type with parameters still gets its real extension (not .bin).
    assert sorted(Path(f.path).suffix for f in content.files if f.kind == "audio") == [".flac", ".ogg"]
    written = json.loads((tmp_path / "out" / "content" / "manifest.json").read_bytes())
    assert written == content.raw


def test_answers_without_restricted_values_are_content(tmp_path: Path) -> None:
    archive, path = _seal(tmp_path, {"account": "I saw the tanks."}, [])
    content = verify_bundle(path, [archive.content_key]).sides["content"].manifest
    assert content is not None
    assert [(f.kind, f.sensitivity) for f in content.files] == [("answers", "content")]


def test_payload_source_defaults_and_refusals() -> None:
    def make(kind: Any, **kw: Any) -> PayloadSource:
        return PayloadSource("x", lambda: io.BytesIO(b""), 0, "audio/flac", kind, **kw)

    assert make("audio").sensitivity == "restricted-content"
    assert make("attachment").sensitivity == "content"
    assert make("attachment", original=True).sensitivity == "identity"
    assert make("attachment", sensitivity="restricted-content").sensitivity == "restricted-content"
    for kind, kw in [("audio", {"sensitivity": "content"}), ("audio", {"sensitivity": "identity"}),
                     ("attachment", {"sensitivity": "identity"}),
                     ("attachment", {"original": True, "sensitivity": "content"})]:
        with pytest.raises(SensitivityError):
            make(kind, **kw)


def test_a_writer_cannot_emit_audio_as_content() -> None:
    with pytest.raises(ManifestError, match="kind 'audio'"):
        _content_manifest([_audio_entry("content")])
    assert json.loads(_content_manifest([_audio_entry()]))["files"][0]["sensitivity"] == "restricted-content"


@pytest.mark.parametrize("claim", ["content", "identity", "secret", None, 1, ["restricted-content"]])
def test_reader_refuses_audio_not_marked_restricted(claim: Any) -> None:
    obj = json.loads(_content_manifest([_audio_entry()]))
    obj["files"][0]["sensitivity"] = claim
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(obj))
    del obj["files"][0]["sensitivity"]  # version 2 requires the member
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(obj))


def test_side_rules_for_other_kinds() -> None:
    import hashlib

    digest = hashlib.sha256(b"").hexdigest()
    content = json.loads(_content_manifest([FileEntry("attachments/" + "b" * 32 + ".jpg", digest, 0, "image/jpeg",
                                                      "attachment")]))
    content["files"][0]["sensitivity"] = "identity"  # nothing on the content side is identity
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(content))
    identity = json.loads(build_manifest(
        side="identity", link_id="cd" * 16, form_id="standin", form_version="1",
        captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime.now(UTC),
        interviewer_role="interviewer", tool_version="test", device_key=DEVICE, anonymous=False, derivations=[],
        files=[FileEntry("originals/" + "c" * 32 + ".jpg", digest, 0, "image/jpeg", "original", "IMG.jpg")],
    ))
    assert identity["files"][0]["sensitivity"] == "identity"
    identity["files"][0]["sensitivity"] = "restricted-content"
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(identity))


def test_version_1_manifests_read_with_the_implied_class() -> None:
    obj = json.loads(_content_manifest([_audio_entry()]))
    for entry in obj["files"]:
        del entry["sensitivity"]
    obj["version"] = 1
    parsed = parse_manifest(_resigned(obj))
    assert parsed.version == 1
    assert [f.sensitivity for f in parsed.files] == ["restricted-content"]
    # A version 1 manifest with a sensitivity member is not version 1.
    obj["files"][0]["sensitivity"] = "restricted-content"
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(obj))
    for version in (0, 4, "2", True):  # 3 exists since issue 19 (enrolled devices)
        obj["version"] = version
        with pytest.raises(UnknownVersionError):
            parse_manifest(_resigned(obj))


@pytest.mark.parametrize("claim", ["content", "identity"])
def test_verify_and_open_refuse_a_bundle_whose_audio_claims_a_lesser_class(tmp_path: Path, claim: str) -> None:
    archive = make_archive("classic")
    obj = json.loads(_content_manifest([_audio_entry()]))
    obj["files"][0]["sensitivity"] = claim
    bad = tmp_path / "bad.tib"
    bad.write_bytes(_outer(archive, _canonical_inner([(AUDIO_PATH, VOICE), ("manifest.json", _resigned(obj))])))
    with pytest.raises(BundleIntegrityError, match=f"kind 'audio' on the content side cannot be '{claim}'"):
        verify_bundle(bad, [archive.content_key])
    out = tmp_path / "out"
    with pytest.raises(BundleIntegrityError, match="manifest refused"):
        open_bundle(bad, [archive.content_key], out)
    assert not any(out.iterdir())  # nothing of the refused bundle was written
    # The same bundle with the class it must have opens (the refusal is about the class only).
    good = tmp_path / "good.tib"
    good.write_bytes(_outer(archive, _canonical_inner([(AUDIO_PATH, VOICE),
                                                       ("manifest.json", _content_manifest([_audio_entry()]))])))
    assert verify_bundle(good, [archive.content_key]).sides["content"].files[0].sensitivity == "restricted-content"
