# SPDX-License-Identifier: GPL-3.0-or-later
"""The worked example of intake_crypto/SPEC.md Part 2, rebuilt from fixed inputs.

``python -m tests.bundle_example`` prints the Markdown of the example; ``python -m
tests.bundle_example --vector`` also (re)writes ``tests/vectors/bundle/example-classic.tib``
(manifest version 2). ``example-classic-v1.tib`` is the same example as sealed with manifest
version 1 (before per-file sensitivity); it is kept, never rewritten, and must keep opening.
Everything here is deterministic except the age layer (age draws a fresh file key and
ephemeral share per file), which is why the vector file is committed: its inner tars decrypt
to exactly the bytes this module computes. ``tests/unit/test_bundle_spec.py`` checks that the
SPEC text and the vector still agree with the code.
"""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import nacl.signing

import intake_crypto as crypto
from intake_crypto.bundle import _tar
from intake_crypto.bundle import bundle as B
from intake_crypto.bundle._canonical import canonical
from intake_crypto.bundle.manifest import build_manifest
from intake_crypto.bundle.profile import ArchiveProfile
from intake_crypto.bundle.signing import b64, signed_message

VECTOR = Path(__file__).resolve().parent / "vectors" / "bundle" / "example-classic.tib"
V1_VECTOR = VECTOR.with_name("example-classic-v1.tib")
# SHA-256 of the padded inner tars inside V1_VECTOR (manifest version 1), as SPEC.md 2.12 stated them.
V1_INNER_SHA256 = {
    "content": "cad90c3ef39067db346e606cc88ecf3629a923e7798716f6637b9b876e0e85aa",
    "identity": "1fb0e31aef7ff84095b0b37346f0616b4d43307f4b389a10e9042b35c25612c5",
}
DEVICE_SEED = bytes(range(32))
PROFILE_SEED = bytes(range(32, 64))
RECEIPT_SEED = bytes(range(64, 96))
CONTENT_SECRET = hashlib.sha256(b"intake example content key").digest()
IDENTITY_SECRET = hashlib.sha256(b"intake example identity key").digest()
BUNDLE_ID = "00112233445566778899aabbccddeeff"
LINK_ID = "0123456789abcdef0123456789abcdef"
AUDIO_PATH = "audio/" + "5f" * 16 + ".flac"
AUDIO = b"fLaC" + bytes(60)
CAPTURED = datetime(1989, 6, 4, 1, 30, tzinfo=timezone(timedelta(hours=8)))
SEALED = datetime(2026, 6, 4, 12, 0, tzinfo=timezone.utc)  # noqa: UP017


def keys() -> dict[str, Any]:
    return {
        "device": nacl.signing.SigningKey(DEVICE_SEED),
        "profile": nacl.signing.SigningKey(PROFILE_SEED),
        "receipt": nacl.signing.SigningKey(RECEIPT_SEED),
        "content": crypto.X25519Identity(CONTENT_SECRET),
        "identity": crypto.X25519Identity(IDENTITY_SECRET),
    }


def profile() -> ArchiveProfile:
    k = keys()
    return ArchiveProfile(
        name="Example Archive", content_recipients=(str(k["content"].recipient()),),
        identity_recipients=(str(k["identity"].recipient()),), receiver_onion="",
        receipt_public_key=bytes(k["receipt"].verify_key), profile_public_key=bytes(k["profile"].verify_key),
        max_bundle_bytes=1024**3,
    ).signed(k["profile"])


def specs() -> tuple[B.SideSpec, B.SideSpec]:
    k = keys()
    answers = canonical({"content": {"account": "I saw the tanks."}, "restricted-content": {}})
    identity = canonical({"identity": {"name": "Example Witness"}})
    common: dict[str, Any] = {
        "link_id": LINK_ID, "form_id": "example", "form_version": "1.0.0", "captured_started": CAPTURED,
        "captured_ended": None, "sealed_at": SEALED, "interviewer_role": "interviewer", "tool_version": "0.1.0",
        "device_key": k["device"],
    }
    content = B.SideSpec(
        [k["content"].recipient()],
        [B.InnerFile("answers.json", len(answers), lambda: io.BytesIO(answers), "application/json", "answers",
                     sensitivity="content"),
         B.InnerFile(AUDIO_PATH, len(AUDIO), lambda: io.BytesIO(AUDIO), "audio/flac", "audio",
                     sensitivity="restricted-content")],
        lambda entries: build_manifest(side="content", files=entries, bundle_id=BUNDLE_ID,
                                       consent={"scopes": {"archive": "yes"}}, **common),
    )
    ident = B.SideSpec(
        [k["identity"].recipient()],
        [B.InnerFile("identity.json", len(identity), lambda: io.BytesIO(identity), "application/json",
                     "identity-answers", sensitivity="identity")],
        lambda entries: build_manifest(side="identity", files=entries, anonymous=False, derivations=[], **common),
    )
    return content, ident


def inner_tars() -> dict[str, bytes]:
    content, identity = specs()
    return {"content": b"".join(B.inner_tar_chunks(content)), "identity": b"".join(B.inner_tar_chunks(identity))}


def write_vector(path: Path = VECTOR) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    content, identity = specs()
    with open(path, "w+b") as fh:
        B.write_bundle(fh, bundle_id=BUNDLE_ID, content=content, identity=identity)


def _hex_lines(data: bytes, width: int = 32) -> str:
    return "\n".join(data[i:i + width].hex() for i in range(0, len(data), width))


def markdown() -> str:
    k = keys()
    p = profile()
    tars = inner_tars()
    content = tars["content"]
    manifest_at = content.index(_tar.header("manifest.json", 0)[:100])
    manifest_header = content[manifest_at:manifest_at + 512]
    size = int(manifest_header[124:135], 8)
    manifest = content[manifest_at + 512:manifest_at + 512 + size]
    body = {k2: v for k2, v in __import__("json").loads(manifest).items() if k2 != "signature"}
    end = manifest_at + 512 + size + len(_tar.padding(size)) + 1024
    message = signed_message("intake-manifest-v1", body)
    out = [
        "### Inputs",
        "",
        f"- device signing key seed (hex): `{DEVICE_SEED.hex()}`; public key (base64): `{b64(bytes(k['device'].verify_key))}`",
        f"- content identity: `{k['content']}`",
        f"- content recipient: `{k['content'].recipient()}`",
        f"- identity identity: `{k['identity']}`",
        f"- identity recipient: `{k['identity'].recipient()}`",
        f"- bundle id `{BUNDLE_ID}`, link id `{LINK_ID}`, captured `1989-06-04T01:30:00+08:00`, sealed `2026-06-04T12:00:00Z`",
        "- content files: `answers.json` (below; sensitivity `content`: its restricted-content object is empty) and",
        f"  `{AUDIO_PATH}` = `fLaC` followed by 60 zero bytes (sensitivity `restricted-content`, as all audio)",
        "",
        "### BUNDLE",
        "",
        "```",
        B.bundle_json(BUNDLE_ID).decode(),
        "```",
        "",
        "### answers.json (content side)",
        "",
        "```",
        canonical({"content": {"account": "I saw the tanks."}, "restricted-content": {}}).decode(),
        "```",
        "",
        f"SHA-256 of the audio file: `{hashlib.sha256(AUDIO).hexdigest()}`",
        "",
        "### Content manifest",
        "",
        "The signed message is the ASCII domain `intake-manifest-v1`, a line feed (0x0a), and the",
        f"canonical JSON of every field except `signature` ({len(message)} bytes; SHA-256",
        f"`{hashlib.sha256(message).hexdigest()}`). The resulting `manifest.json` ({size} bytes):",
        "",
        "```",
        manifest.decode(),
        "```",
        "",
        "### Tar header of manifest.json in the content inner tar (512 bytes, hex)",
        "",
        "```",
        _hex_lines(manifest_header),
        "```",
        "",
        "### Padding",
        "",
        f"The content inner tar ends its end-of-archive marker at byte {end}; the minimum is",
        f"{B.MIN_INNER_PADDED} bytes, so it is padded with zero bytes to {len(content)} bytes",
        f"(Padmé of {max(end, B.MIN_INNER_PADDED) // 512} blocks = {len(content) // 512} blocks).",
        f"SHA-256 of the whole padded content inner tar: `{hashlib.sha256(content).hexdigest()}`;",
        f"of the identity inner tar: `{hashlib.sha256(tars['identity']).hexdigest()}`.",
        "",
        "### Manifest version 1 vector",
        "",
        "`tests/vectors/bundle/example-classic-v1.tib` is the same example sealed with manifest version 1",
        "(no `sensitivity` members; `\"version\":1`). Readers MUST keep opening it. SHA-256 of its padded",
        f"content inner tar: `{V1_INNER_SHA256['content']}`;",
        f"of its identity inner tar: `{V1_INNER_SHA256['identity']}`.",
        "",
        "### Archive profile of the example",
        "",
        "Profile-signing key seed (hex) `" + PROFILE_SEED.hex() + "`; receipt key seed `" + RECEIPT_SEED.hex() + "`.",
        "",
        "```",
        p.to_json().decode(),
        "```",
        "",
        f"Fingerprint: `{p.fingerprint()}`",
    ]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if "--vector" in sys.argv:
        write_vector()
    sys.stdout.write(markdown())
