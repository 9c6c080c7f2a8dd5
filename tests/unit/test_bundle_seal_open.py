# SPDX-License-Identifier: GPL-3.0-or-later
"""Seal and open bundles with real keys: round trips, separation, tampering, keys, hostile tars."""

from __future__ import annotations

import hashlib
import io
import os
import random
import tarfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

import intake_crypto as crypto
from intake_app.sealing.service import PayloadSource, open_bundle, seal_testimony, verify_bundle
from intake_crypto.bundle import _tar
from intake_crypto.bundle import bundle as B
from intake_crypto.bundle._bundle_errors import (
    BundleError,
    BundleFormatError,
    BundleIntegrityError,
    NoMatchingKeyError,
    OutputDirError,
    UnknownVersionError,
    UnsafeMemberError,
    WrongKeyPassphraseError,
)
from intake_crypto.bundle._canonical import canonical
from intake_crypto.bundle.manifest import FileEntry, build_manifest
from tests.bundle_support import Archive, StandInForm, make_archive

KINDS = ["classic"] + (["hybrid"] if hasattr(crypto, "HybridIdentity") else [])
CANARY_NAME = "CANARY-WITNESS-王秀英-7f3a"
CANARY_PHONE = "CANARY-PHONE-+86-138-0013-8000"
CANARY_FILENAME = "CANARY-IMG_20240604_home_of_wang.jpg"
ORIGINAL = b"CANARY-ORIGINAL-BYTES exif gps 39.9 116.4 serial 12345" * 20
CLEAN = b"stripped copy of the photo"
# Field *names* are deliberately misleading: the split must follow the declared sensitivity.
FORM = StandInForm({"name": "content", "story": "identity", "witness_name": "identity",
                    "phone": "identity", "account": "content", "place": "restricted-content"})
ANSWERS = {"witness_name": CANARY_NAME, "phone": CANARY_PHONE, "story": "CANARY-STORY-IS-IDENTITY",
           "name": "a content field called name", "account": "I saw the tanks on Chang'an Avenue.",
           "place": "Muxidi"}


def _payloads(audio: bytes) -> list[PayloadSource]:
    return [
        PayloadSource("rec-1.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio"),
        PayloadSource(CANARY_FILENAME, lambda: io.BytesIO(ORIGINAL), len(ORIGINAL), "image/jpeg", "attachment",
                      original=True),
        PayloadSource("clean", lambda: io.BytesIO(CLEAN), len(CLEAN), "image/jpeg", "attachment",
                      derived_from=CANARY_FILENAME),
    ]


def _seal(archive: Archive, out: Path, *, audio: bytes = b"RIFF-audio" * 1000, answers: dict[str, Any] | None = None,
          device: nacl.signing.SigningKey | None = None) -> Any:
    return seal_testimony(
        archive.profile, "standin", "1", dict(ANSWERS if answers is None else answers), _payloads(audio),
        device or nacl.signing.SigningKey.generate(), out, interviewer_role="interviewer",
        captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=timezone(timedelta(hours=8))), form=FORM,
    )


@pytest.fixture(scope="module", params=KINDS)
def sealed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Archive, Path, Any]:
    archive = make_archive(request.param)
    path = tmp_path_factory.mktemp(f"sealed-{request.param}") / "b.tib"
    result = _seal(archive, path)
    return archive, path, result


def _decrypt_member(path: Path, member: str, identity: Any) -> bytes:
    with tarfile.open(path) as outer:
        data = outer.extractfile(member).read()  # type: ignore[union-attr]
    return crypto.decrypt_bytes(data, [identity])


def test_round_trip_opens_both_sides_and_everything_verifies(sealed: tuple[Archive, Path, Any], tmp_path: Path) -> None:
    archive, path, result = sealed
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and result.size == path.stat().st_size
    out = tmp_path / "out"
    report = open_bundle(path, [archive.content_key, archive.identity_key], out)
    assert report.bundle_id == result.bundle_id and all(s.opened for s in report.sides.values())
    assert sorted(p.name for p in out.iterdir()) == ["content", "identity"]
    content = {str(p.relative_to(out / "content")) for p in (out / "content").rglob("*") if p.is_file()}
    assert "answers.json" in content and "manifest.json" in content
    audio = [p for p in (out / "content" / "audio").iterdir()]
    assert len(audio) == 1 and audio[0].read_bytes() == b"RIFF-audio" * 1000
    (clean,) = list((out / "content" / "attachments").iterdir())
    assert clean.read_bytes() == CLEAN
    (original,) = list((out / "identity" / "originals").iterdir())
    assert original.read_bytes() == ORIGINAL
    ident = report.sides["identity"].manifest
    assert ident is not None and ident.raw["derivations"][0]["original_sha256"] == hashlib.sha256(ORIGINAL).hexdigest()
    assert ident.raw["derivations"][0]["derived_sha256"] == hashlib.sha256(CLEAN).hexdigest()
    content_manifest = report.sides["content"].manifest
    assert content_manifest is not None and content_manifest.raw["captured"]["started"] == "1989-06-04T01:30:00+08:00"
    assert not list(out.glob(".intake-staging-*"))


def test_canary_identity_values_never_in_content_plaintext(sealed: tuple[Archive, Path, Any]) -> None:
    archive, path, _ = sealed
    content = _decrypt_member(path, "content.age", archive.content_key)
    identity = _decrypt_member(path, "identity.age", archive.identity_key)
    for secret in (CANARY_NAME, CANARY_PHONE, "CANARY-STORY-IS-IDENTITY", CANARY_FILENAME):
        assert secret.encode() not in content
        assert secret.encode() in identity
    assert hashlib.sha256(ORIGINAL).hexdigest().encode() not in content  # R-SP-5
    assert b"CANARY-ORIGINAL-BYTES" not in content
    assert b"a content field called name" in content and b"a content field called name" not in identity
    assert b"Muxidi" in content  # restricted-content stays with the content
    raw = path.read_bytes()
    for secret in (CANARY_NAME, CANARY_PHONE, "CANARY", "Muxidi", "interviewer", "standin"):
        assert secret.encode() not in raw


def test_each_key_reads_only_its_side(sealed: tuple[Archive, Path, Any], tmp_path: Path) -> None:
    archive, path, _ = sealed
    with pytest.raises(crypto.NoIdentityMatchError):
        _decrypt_member(path, "identity.age", archive.content_key)
    with pytest.raises(crypto.NoIdentityMatchError):
        _decrypt_member(path, "content.age", archive.identity_key)
    report = open_bundle(path, [archive.content_key], tmp_path / "c")
    assert report.sides["content"].opened and not report.sides["identity"].opened
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["content"]
    report = open_bundle(path, [archive.identity_key], tmp_path / "i")
    assert report.sides["identity"].opened and not report.sides["content"].opened
    assert sorted(p.name for p in (tmp_path / "i").iterdir()) == ["identity"]


def test_wrong_and_missing_keys_are_refused_and_write_nothing(sealed: tuple[Archive, Path, Any], tmp_path: Path) -> None:
    archive, path, _ = sealed
    other = make_archive("classic")
    out = tmp_path / "out"
    with pytest.raises(NoMatchingKeyError):
        open_bundle(path, [other.content_key], out)
    with pytest.raises(NoMatchingKeyError):  # one good key, one that opens nothing
        open_bundle(path, [archive.content_key, other.identity_key], out)
    with pytest.raises(NoMatchingKeyError):
        verify_bundle(path, [])
    assert not out.exists() or not any(out.iterdir())


def test_output_dir_must_be_new_or_empty(sealed: tuple[Archive, Path, Any], tmp_path: Path) -> None:
    archive, path, _ = sealed
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x").write_text("keep me")
    with pytest.raises(OutputDirError):
        open_bundle(path, [archive.content_key], tmp_path / "busy")
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["x"]


def _regions(data: bytes) -> dict[str, list[int]]:
    """Byte offsets of interesting regions of a bundle, found from its own structure."""
    regions: dict[str, list[int]] = {"outer headers": [], "BUNDLE": [], "tar padding": [], "end": []}
    pos = 0
    while pos < len(data):
        block = data[pos:pos + 512]
        if block == bytes(512):
            regions["end"] += [pos, pos + 511, pos + 1023]
            break
        m = _tar.parse_header(block, B._NAME_RULES["outer"])
        assert m is not None
        regions["outer headers"] += [pos, pos + 1, pos + 100, pos + 124, pos + 130, pos + 148, pos + 156, pos + 257, pos + 300]
        start = pos + 512
        if m.name == "BUNDLE":
            regions["BUNDLE"] += [start, start + 20, start + m.size - 1]
        else:
            body = data[start:start + m.size]
            hdr_end = body.index(b"\n---") + 1
            mac_line = body.index(b"\n", hdr_end) + 1
            first_stanza = body.index(b"-> ") + 3
            regions[f"{m.name} header"] = [start + first_stanza, start + first_stanza + 10, start + hdr_end - 2]
            regions[f"{m.name} mac"] = [start + hdr_end + 5, start + mac_line - 2]
            regions[f"{m.name} nonce"] = [start + mac_line, start + mac_line + 15]
            payload = start + mac_line + 16
            regions[f"{m.name} payload"] = [payload, payload + 600, payload + 1100, (payload + start + m.size) // 2]
            regions[f"{m.name} padding and tag"] = [start + m.size - 100, start + m.size - 17, start + m.size - 1]
        if m.size % 512:
            regions["tar padding"] += [start + m.size, start + m.size + (-m.size % 512) - 1]
        pos = start + m.size + (-m.size % 512)
    return {k: v for k, v in regions.items() if v}


def test_single_byte_flips_anywhere_are_rejected(sealed: tuple[Archive, Path, Any], tmp_path: Path) -> None:
    archive, path, _ = sealed
    data = path.read_bytes()
    regions = _regions(data)
    assert {"content.age header", "identity.age payload", "tar padding", "end"} <= set(regions)
    rng = random.Random(1989)  # noqa: S311 - reproducible byte positions to corrupt, not a secret
    positions = {p for v in regions.values() for p in v} | {rng.randrange(len(data)) for _ in range(40)}
    bad = tmp_path / "bad.tib"
    out = tmp_path / "out"
    keys = [archive.content_key, archive.identity_key]
    for pos in sorted(positions):
        flipped = bytearray(data)
        flipped[pos] ^= 1 << rng.randrange(8)
        bad.write_bytes(flipped)
        with pytest.raises(BundleError):
            open_bundle(bad, keys, out)
        assert not out.exists() or not any(out.iterdir()), f"flip at {pos} left files behind"


def test_truncation_and_trailing_data_are_rejected(sealed: tuple[Archive, Path, Any], tmp_path: Path) -> None:
    archive, path, _ = sealed
    data = path.read_bytes()
    bad = tmp_path / "bad.tib"
    for cut in (len(data) - 1, len(data) - 1024, len(data) // 2, 700, 10):
        bad.write_bytes(data[:cut])
        with pytest.raises(BundleError):
            verify_bundle(bad, [archive.content_key, archive.identity_key])
    bad.write_bytes(data + bytes(512))
    with pytest.raises(BundleFormatError):
        verify_bundle(bad, [archive.content_key])


# --- hand-crafted hostile bundles: valid age, valid signature, hostile inner or outer structure ---
def _manifest(device: nacl.signing.SigningKey, files: list[FileEntry], side: str = "content",
              bundle_id: str = "ab" * 16) -> bytes:
    common: dict[str, Any] = {
        "side": side, "link_id": "cd" * 16, "form_id": "standin", "form_version": "1",
        "captured_started": datetime.now(UTC), "captured_ended": None, "sealed_at": datetime.now(UTC),
        "interviewer_role": "interviewer", "tool_version": "test", "files": files, "device_key": device,
    }
    if side == "content":
        return build_manifest(bundle_id=bundle_id, consent={}, **common)
    return build_manifest(anonymous=True, derivations=[], **common)


def _inner(members: list[tuple[tarfile.TarInfo, bytes]], pad: bool = True) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for info, data in members:
            tf.addfile(info, io.BytesIO(data) if info.isreg() else None)
    raw = buf.getvalue()
    return raw


def _canonical_inner(members: list[tuple[str, bytes]]) -> bytes:
    out = b"".join(_tar.header(n, len(d)) + d + _tar.padding(len(d)) for n, d in members) + _tar.END_OF_ARCHIVE
    return out + bytes(_tar.padded_tar_length(len(out), B.MIN_INNER_PADDED) - len(out))


def _outer(archive: Archive, content_plain: bytes, bundle_json: bytes | None = None) -> bytes:
    meta = bundle_json if bundle_json is not None else B.bundle_json("ab" * 16)
    age = crypto.encrypt_bytes(content_plain, [crypto.parse_recipient(archive.profile.content_recipients[0])])
    return (_tar.header("BUNDLE", len(meta)) + meta + _tar.padding(len(meta))
            + _tar.header("content.age", len(age)) + age + _tar.padding(len(age)) + _tar.END_OF_ARCHIVE)


def _reg(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o644
    return info, data


def _special(name: str, kind: bytes, linkname: str = "") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    return info, b""


HOSTILE = {
    "traversal": [_reg("../../escape.txt", b"x")],
    "absolute": [_reg("/tmp/escape.txt", b"x")],
    "symlink": [_special("audio/" + "a" * 32 + ".flac", tarfile.SYMTYPE, "/etc/passwd")],
    "hardlink": [_special("audio/" + "a" * 32 + ".flac", tarfile.LNKTYPE, "/etc/passwd")],
    "device": [_special("audio/" + "a" * 32 + ".flac", tarfile.CHRTYPE)],
    "fifo": [_special("audio/" + "a" * 32 + ".flac", tarfile.FIFOTYPE)],
    "directory": [_special("audio", tarfile.DIRTYPE)],
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_inner_members_are_refused_and_nothing_escapes(case: str, tmp_path: Path) -> None:
    archive = make_archive("classic")
    inner = _inner(HOSTILE[case])
    bad = tmp_path / "hostile.tib"
    bad.write_bytes(_outer(archive, inner))
    out = tmp_path / "deep" / "out"
    with pytest.raises(UnsafeMemberError):
        open_bundle(bad, [archive.content_key], out)
    assert not any(out.iterdir())
    assert not (tmp_path / "escape.txt").exists() and not Path("/tmp/escape.txt").exists()


def test_duplicate_names_and_size_disagreements_are_refused(tmp_path: Path) -> None:
    archive = make_archive("classic")
    device = nacl.signing.SigningKey.generate()
    audio = "audio/" + "b" * 32 + ".flac"
    data = b"voice"
    entry = FileEntry(audio, hashlib.sha256(data).hexdigest(), len(data), "audio/flac", "audio")
    good = _manifest(device, [entry])
    cases = {
        "duplicate": ([(audio, data), (audio, data), ("manifest.json", good)], UnsafeMemberError),
        "size differs": ([(audio, data + b"!"), ("manifest.json", good)], BundleIntegrityError),
        "extra file": ([(audio, data), ("answers.json", b"{}"), ("manifest.json", good)], BundleIntegrityError),
        "missing file": ([("manifest.json", good)], BundleIntegrityError),
        "manifest not last": ([("manifest.json", good), (audio, data)], UnsafeMemberError),
        "no manifest": ([(audio, data)], BundleIntegrityError),
        # (an identity manifest cannot list audio/...: a path carries its kind, and identity
        # manifests hold identity-class kinds only, so it lists nothing here)
        "other side's manifest": ([(audio, data), ("manifest.json", _manifest(device, [], "identity"))],
                                  BundleIntegrityError),
        "other bundle id": ([(audio, data), ("manifest.json", _manifest(device, [entry], bundle_id="ef" * 16))],
                            BundleIntegrityError),
    }
    for name, (members, error) in cases.items():
        bad = tmp_path / f"{name}.tib"
        bad.write_bytes(_outer(archive, _canonical_inner(members)))
        with pytest.raises(error):
            verify_bundle(bad, [archive.content_key])
        with pytest.raises(error):
            open_bundle(bad, [archive.content_key], tmp_path / name)
        assert not any((tmp_path / name).iterdir()), name
    ok = tmp_path / "ok.tib"
    ok.write_bytes(_outer(archive, _canonical_inner([(audio, data), ("manifest.json", good)])))
    assert verify_bundle(ok, [archive.content_key]).sides["identity"].reason == "absent"


def test_absurd_sizes_and_unknown_versions_are_refused(tmp_path: Path) -> None:
    archive = make_archive("classic")
    huge = _tar.header("audio/" + "c" * 32 + ".flac", 2**40) + b"tiny"
    bad = tmp_path / "huge.tib"
    bad.write_bytes(_outer(archive, huge + bytes(70000)))
    with pytest.raises(BundleFormatError, match="larger than the bundle"):
        verify_bundle(bad, [archive.content_key])
    v2 = canonical({"bundle_id": "ab" * 16, "format": B.BUNDLE_FORMAT, "version": 2})
    bad.write_bytes(_outer(archive, _canonical_inner([]), bundle_json=v2))
    with pytest.raises(UnknownVersionError):
        verify_bundle(bad, [archive.content_key])


def test_nonzero_inner_padding_is_refused(tmp_path: Path) -> None:
    archive = make_archive("classic")
    device = nacl.signing.SigningKey.generate()
    inner = bytearray(_canonical_inner([("manifest.json", _manifest(device, []))]))
    inner[-1] = 1
    bad = tmp_path / "pad.tib"
    bad.write_bytes(_outer(archive, bytes(inner)))
    with pytest.raises(BundleIntegrityError):
        verify_bundle(bad, [archive.content_key])
    short = _canonical_inner([("manifest.json", _manifest(device, []))])[:-512]
    bad.write_bytes(_outer(archive, short))
    with pytest.raises(BundleIntegrityError):
        verify_bundle(bad, [archive.content_key])


def test_anonymous_testimony_has_an_identity_side_that_says_so(tmp_path: Path) -> None:
    archive = make_archive("classic")
    path = tmp_path / "anon.tib"
    seal_testimony(archive.profile, "standin", "1", {"account": "I was there."}, [], nacl.signing.SigningKey.generate(),
                   path, interviewer_role="self", captured_at=datetime.now().astimezone(), form=FORM)
    report = verify_bundle(path, [archive.content_key, archive.identity_key])
    manifest = report.sides["identity"].manifest
    assert manifest is not None and manifest.raw["anonymous"] is True
    # Both sides are padded to at least one age chunk, so an empty identity side is not smaller.
    with tarfile.open(path) as tf:
        sizes = {m.name: m.size for m in tf.getmembers()}
    assert sizes["identity.age"] >= B.MIN_INNER_PADDED


def test_seal_leaves_nothing_when_a_payload_lies_about_its_size(tmp_path: Path) -> None:
    archive = make_archive("classic")
    liar = PayloadSource("a.flac", lambda: io.BytesIO(b"short"), 50, "audio/flac", "audio")
    with pytest.raises(BundleError):
        seal_testimony(archive.profile, "standin", "1", {}, [liar], nacl.signing.SigningKey.generate(),
                       tmp_path / "x.tib", interviewer_role="i", captured_at=datetime.now().astimezone(), form=FORM)
    assert list(tmp_path.iterdir()) == []


def test_naive_capture_times_are_refused(tmp_path: Path) -> None:
    archive = make_archive("classic")
    with pytest.raises(BundleError):
        seal_testimony(archive.profile, "standin", "1", {}, [], nacl.signing.SigningKey.generate(),
                       tmp_path / "x.tib", interviewer_role="i", captured_at=datetime(1989, 6, 4), form=FORM)
    assert list(tmp_path.iterdir()) == []


def test_same_device_key_appears_in_both_manifests(tmp_path: Path) -> None:
    archive = make_archive("classic")
    device = nacl.signing.SigningKey.generate()
    path = tmp_path / "b.tib"
    _seal(archive, path, device=device)
    report = verify_bundle(path, [archive.content_key, archive.identity_key])
    for side in report.sides.values():
        assert side.manifest is not None and side.manifest.device_public_key == bytes(device.verify_key)
    assert os.stat(path).st_mode & 0o777 == 0o600


class _WriteOnly(io.RawIOBase):
    """A destination that cannot seek or read (like the store's blob writer or a socket)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, b: Any) -> int:
        self.data += bytes(b)
        return len(b)


def test_seal_streams_to_a_write_only_destination_in_one_pass(tmp_path: Path) -> None:
    archive = make_archive("classic")
    sink = _WriteOnly()
    result = _seal(archive, sink, audio=os.urandom(200_000))  # type: ignore[arg-type]
    assert result.size == len(sink.data) and result.sha256 == hashlib.sha256(sink.data).hexdigest()
    (tmp_path / "b.tib").write_bytes(sink.data)
    assert verify_bundle(tmp_path / "b.tib", [archive.content_key, archive.identity_key]).bundle_id == result.bundle_id


def test_a_device_key_still_unlocking_is_awaited_only_to_sign(tmp_path: Path) -> None:
    """``intake seal`` hands over the device key as a callable while its KDF runs (issue 24): it is
    asked for once, only after the content side's payload was read and encrypted, and the bundle
    opens signed by that key; a callable that fails (a wrong passphrase) leaves nothing behind."""
    archive = make_archive("classic")
    key = nacl.signing.SigningKey.generate()
    events: list[str] = []
    audio = b"RIFF-audio" * 1000

    def unlock() -> nacl.signing.SigningKey:
        events.append("key")
        return key

    payloads = _payloads(audio)
    payloads[0] = PayloadSource("rec-1.flac", lambda: events.append("audio read") or io.BytesIO(audio),  # type: ignore[func-returns-value]
                                len(audio), "audio/flac", "audio")
    out = tmp_path / "b.tib"
    seal_testimony(archive.profile, "standin", "1", dict(ANSWERS), payloads, unlock, out, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=UTC), form=FORM)
    assert events == ["audio read", "key"]
    report = verify_bundle(out, [archive.content_key, archive.identity_key])
    for side in ("content", "identity"):
        manifest = report.sides[side].manifest
        assert manifest is not None and manifest.device_public_key == bytes(key.verify_key)

    def wrong_passphrase() -> nacl.signing.SigningKey:
        raise WrongKeyPassphraseError("wrong passphrase")

    bad = tmp_path / "bad.tib"
    with pytest.raises(WrongKeyPassphraseError):
        seal_testimony(archive.profile, "standin", "1", dict(ANSWERS), _payloads(audio), wrong_passphrase, bad,
                       interviewer_role="interviewer", captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=UTC), form=FORM)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.tib"]
