# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzz what archive staff open: sealed bundles, their manifests and the archive profile.

Two kinds of hostile bundle: a real sealed bundle with random edits (mostly caught by age
authentication), and bundles built by an attacker who knows the archive's public recipients and
signs with a device key of their own, so every byte inside the encryption is theirs (inner tar
headers, claimed sizes, member lists, manifests, padding). Each must be refused with a
``crypto.BundleError`` (or open cleanly), write nothing outside the chosen output directory, and
leave that directory empty when refused. Manifests and profiles are also fuzzed directly with
type confusions, re-signed with the attacker's key so the checks after the signature run too.
Hand-written hostile tars (traversal, links, devices, duplicates, absurd sizes) are already in
``tests/unit/test_bundle_seal_open.py``; this file does not repeat them.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import nacl.signing
import pytest
from hypothesis import given
from hypothesis import strategies as st

import intake_crypto as crypto
from intake_app.sealing.service import PayloadSource, open_bundle, seal_testimony
from intake_crypto.bundle import _tar
from intake_crypto.bundle import bundle as B
from intake_crypto.bundle._canonical import canonical
from intake_crypto.bundle.manifest import FileEntry, build_manifest, parse_manifest
from intake_crypto.bundle.profile import parse_profile
from intake_crypto.bundle.signing import b64, sign
from tests.adversarial._fuzz import budget, mutated, mutated_json, typed
from tests.bundle_support import StandInForm, make_archive

pytestmark = [pytest.mark.timeout(300)]

ARCHIVE = make_archive("classic")
KEYS = [ARCHIVE.content_key, ARCHIVE.identity_key]
ATTACKER = nacl.signing.SigningKey(b"\x07" * 32)
FORM = StandInForm({"name": "identity", "account": "content"})
AUDIO = b"fLaC" + bytes(range(256)) * 8


def _sealed() -> bytes:
    out = io.BytesIO()
    seal_testimony(ARCHIVE.profile, "standin", "1", {"name": "Wang", "account": "I saw it."},
                   [PayloadSource("rec.flac", lambda: io.BytesIO(AUDIO), len(AUDIO), "audio/flac", "audio")],
                   ATTACKER, out, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=timezone(timedelta(hours=8))), form=FORM)
    return out.getvalue()


SEALED = _sealed()


def _tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _open_in_sandbox(data: bytes, parser: str, keys: list[Any] = KEYS) -> dict[str, str] | None:
    """Open ``data`` into a fresh folder; check nothing lands outside it; return what was opened."""
    with tempfile.TemporaryDirectory(prefix="fuzz-bundle-") as tmp:
        sandbox = Path(tmp)
        (sandbox / "in.tib").write_bytes(data)
        out = sandbox / "out"
        report = typed(parser, lambda: open_bundle(sandbox / "in.tib", keys, out), crypto.BundleError)
        assert sorted(p.name for p in sandbox.iterdir()) in (["in.tib"], ["in.tib", "out"]), "wrote outside out/"
        if report is None:
            assert not out.exists() or not any(out.iterdir()), "a refused bundle left files behind"
            return None
        assert not list(out.glob(".intake-staging-*"))
        return _tree(out)


with tempfile.TemporaryDirectory() as _tmp:
    _ORIGINAL = _open_in_sandbox(SEALED, "bundle (baseline)")
assert _ORIGINAL is not None and any(name.startswith("content/audio/") for name in _ORIGINAL)


@budget(400)
@given(data=st.data())
def test_mutated_sealed_bundles_are_refused_or_identical(data: st.DataObject) -> None:
    candidate = data.draw(mutated(SEALED, hot=1536))
    opened = _open_in_sandbox(candidate, "bundle tar (mutated)")
    if opened is not None:
        assert opened == _ORIGINAL  # an accepted edit cannot change a single opened byte


def _encode(obj: Any, key: nacl.signing.SigningKey, domain: str, resign: bool) -> bytes:
    if resign and isinstance(obj, dict):
        obj = {k: v for k, v in obj.items() if k != "signature"}
        with contextlib.suppress(ValueError, TypeError):
            obj["signature"] = b64(sign(key, domain, obj))
    try:
        return canonical(obj)
    except ValueError:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


# --- attacker-built bundles ---------------------------------------------------------------------
_names = st.one_of(
    st.builds(lambda d, h, e: f"{d}/{h}.{e}", st.sampled_from(["audio", "attachments"]),
              st.sampled_from(["a" * 32, "b" * 32, "0123456789abcdef" * 2]), st.sampled_from(["flac", "jpg", "x"])),
    st.sampled_from(["answers.json", "manifest.json", "identity.json", "../answers.json", "audio/../../x",
                     "audio//" + "a" * 32 + ".flac", "AUDIO/" + "a" * 32 + ".flac", "/etc/passwd", "sealed/x.age"]),
)


FAULTS = ("manifest-subset", "manifest-wrong-size", "manifest-wrong-hash", "manifest-empty", "manifest-mutated",
          "no-manifest", "claim-larger", "claim-smaller", "claim-huge", "pad-short", "pad-long", "pad-nonzero",
          "bundle-id", "bundle-v2", "bundle-noncanonical", "bundle-not-object", "duplicate-outer", "extra-outer",
          "reordered-outer", "outer-huge-claim", "trailing-block")


@st.composite
def _inner_tar(draw: st.DrawFn, faults: frozenset[str]) -> bytes:
    members = draw(st.lists(st.tuples(_names, st.binary(max_size=700)), max_size=4,
                            unique_by=lambda m: m[0]))
    entries = [FileEntry(n, hashlib.sha256(d).hexdigest(), len(d), "audio/flac", "audio")
               for n, d in members if n != "manifest.json"]
    if "manifest-subset" in faults:
        entries = entries[: len(entries) // 2]
    if "manifest-wrong-size" in faults and entries:
        e = entries[0]
        entries[0] = FileEntry(e.path, e.sha256, e.size + 1, e.media_type, e.kind)
    if "manifest-wrong-hash" in faults and entries:
        e = entries[0]
        entries[0] = FileEntry(e.path, "f" * 64, e.size, e.media_type, e.kind)
    if "manifest-empty" in faults:
        entries = []
    try:
        manifest = build_manifest(
            side="content", link_id="cd" * 16, form_id="standin", form_version="1",
            captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime.now(UTC),
            interviewer_role="interviewer", tool_version="x", files=entries, device_key=ATTACKER,
            bundle_id="ab" * 16, consent={},
        )
    except crypto.BundleError:  # paths the manifest itself refuses: send a broken manifest instead
        manifest = b"{}"
    if "manifest-mutated" in faults and manifest != b"{}":
        obj = draw(mutated_json(json.loads(manifest)))
        manifest = _encode(obj, ATTACKER, "intake-manifest-v1", resign=True)
    body = b""
    for name, payload in members:
        size = len(payload)
        if draw(st.booleans()):  # each claim fault hits some members, not all
            size += 513 if "claim-larger" in faults else 0
            size -= 1 if "claim-smaller" in faults and size else 0
            size = 2**45 if "claim-huge" in faults else size
        try:
            head = _tar.header(name, size)
        except crypto.BundleError:
            head = name.encode()[:100].ljust(512, b"\0")
        body += head + payload + _tar.padding(len(payload))
    if "no-manifest" not in faults:
        body += _tar.header("manifest.json", len(manifest)) + manifest + _tar.padding(len(manifest))
    body += _tar.END_OF_ARCHIVE
    target = _tar.padded_tar_length(len(body), B.MIN_INNER_PADDED)
    target += -512 if "pad-short" in faults else 512 if "pad-long" in faults else 0
    body = body.ljust(max(target, len(body)), b"\0")
    if "pad-nonzero" in faults:
        body = body[:-1] + b"\x01"
    return body


@st.composite
def _attacker_bundle(draw: st.DrawFn) -> bytes:
    # About a third of the bundles are well formed; the rest carry one to three faults.
    faults = frozenset(draw(st.one_of(st.just([]), st.lists(st.sampled_from(FAULTS), min_size=1, max_size=3))))
    recipient = crypto.parse_recipient(ARCHIVE.profile.content_recipients[0])
    content = crypto.encrypt_bytes(draw(_inner_tar(faults)), [recipient])
    meta = B.bundle_json("cd" * 16 if "bundle-id" in faults else "ab" * 16)
    if "bundle-v2" in faults:
        meta = canonical({"bundle_id": "ab" * 16, "format": B.BUNDLE_FORMAT, "version": 2})
    if "bundle-noncanonical" in faults:
        meta = meta.replace(b",", b", ")
    if "bundle-not-object" in faults:
        meta = b"[]"
    members = [("BUNDLE", meta), ("content.age", content)]
    if "duplicate-outer" in faults:
        members.append(("content.age", content))
    if "extra-outer" in faults:
        members.append(("identity.age", b"not age at all"))
    if "reordered-outer" in faults:
        members.reverse()
    out = b""
    for i, (name, data) in enumerate(members):
        size = 2**46 if "outer-huge-claim" in faults and i == len(members) - 1 else len(data)
        out += _tar.header(name, size) + data + _tar.padding(len(data))
    out += _tar.END_OF_ARCHIVE
    if "trailing-block" in faults:
        out += b"\0" * 512
    return out


@budget(500)
@given(candidate=_attacker_bundle())
def test_attacker_built_bundles_are_refused_or_consistent(candidate: bytes) -> None:
    opened = _open_in_sandbox(candidate, "bundle (attacker-built)", [ARCHIVE.content_key])
    if opened is not None:
        # Exactly the files the signed manifest lists, with its hashes, and nothing else.
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "b.tib").write_bytes(candidate)
            report = open_bundle(Path(tmp) / "b.tib", [ARCHIVE.content_key], Path(tmp) / "o")
        manifest = report.sides["content"].manifest
        assert manifest is not None
        listed = {f"content/{f.path}": f.sha256 for f in manifest.files}
        assert {k: v for k, v in opened.items() if k != "content/manifest.json"} == listed


def test_many_members_are_refused_with_bounded_work(tmp_path: Path) -> None:
    # 10 001 empty members, each a legal name: the reader stops at its member limit.
    names = [f"audio/{i:032x}.flac" for i in range(B._inner_tar.MAX_MEMBERS + 1)] if hasattr(B, "_inner_tar") else [
        f"audio/{i:032x}.flac" for i in range(10_001)]
    body = b"".join(_tar.header(n, 0) for n in names) + _tar.END_OF_ARCHIVE
    recipient = crypto.parse_recipient(ARCHIVE.profile.content_recipients[0])
    content = crypto.encrypt_bytes(body, [recipient])
    meta = B.bundle_json("ab" * 16)
    bundle = (_tar.header("BUNDLE", len(meta)) + meta + _tar.padding(len(meta))
              + _tar.header("content.age", len(content)) + content + _tar.padding(len(content)) + _tar.END_OF_ARCHIVE)
    (tmp_path / "many.tib").write_bytes(bundle)
    with pytest.raises(crypto.BundleSizeError, match="too many members"):
        open_bundle(tmp_path / "many.tib", [ARCHIVE.content_key], tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.tib", "out"]


# --- manifests and profiles directly ------------------------------------------------------------
_MANIFEST = json.loads(build_manifest(
    side="content", link_id="cd" * 16, form_id="standin", form_version="1",
    captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime.now(UTC),
    interviewer_role="interviewer", tool_version="x",
    files=[FileEntry("audio/" + "a" * 32 + ".flac", "0" * 64, 5, "audio/flac", "audio")],
    device_key=ATTACKER, bundle_id="ab" * 16, consent={"scopes": {"archive": "yes"}},
))
_IDENTITY_MANIFEST = json.loads(build_manifest(
    side="identity", link_id="cd" * 16, form_id="standin", form_version="1",
    captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=datetime(1989, 6, 5, tzinfo=UTC),
    sealed_at=datetime.now(UTC), interviewer_role="interviewer", tool_version="x",
    files=[FileEntry("originals/" + "b" * 32 + ".jpg", "1" * 64, 5, "image/jpeg", "original", "IMG.jpg")],
    device_key=ATTACKER, anonymous=False,
    derivations=[{"original": "o", "original_sha256": "1" * 64, "derived": "d", "derived_sha256": "2" * 64}],
))


@budget(1500)
@given(data=st.data(), base=st.sampled_from([_MANIFEST, _IDENTITY_MANIFEST]), resign=st.booleans())
def test_manifest_type_confusion_gives_typed_errors(data: st.DataObject, base: dict[str, Any], resign: bool) -> None:
    raw = _encode(data.draw(mutated_json(base)), ATTACKER, "intake-manifest-v1", resign)
    typed("manifest", lambda: parse_manifest(raw), crypto.BundleError)


@budget(600)
@given(data=st.data())
def test_manifest_bytes_give_typed_errors(data: st.DataObject) -> None:
    raw = data.draw(mutated(canonical(_MANIFEST)))
    typed("manifest (bytes)", lambda: parse_manifest(raw), crypto.BundleError)


_PROFILE = json.loads(ARCHIVE.profile.to_json())


@budget(1500)
@given(data=st.data(), resign=st.booleans())
def test_profile_type_confusion_gives_typed_errors(data: st.DataObject, resign: bool) -> None:
    raw = _encode(data.draw(mutated_json(_PROFILE)), ARCHIVE.profile_key, "intake-archive-profile-v1", resign)
    typed("profile", lambda: parse_profile(raw), crypto.BundleError)


@budget(600)
@given(data=st.data())
def test_profile_bytes_give_typed_errors(data: st.DataObject) -> None:
    raw = data.draw(mutated(ARCHIVE.profile.to_json()))
    profile = typed("profile (bytes)", lambda: parse_profile(raw), crypto.BundleError)
    if profile is not None:
        assert profile == ARCHIVE.profile  # a signature-valid edit can only be insignificant JSON
