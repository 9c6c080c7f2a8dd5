# SPDX-License-Identifier: GPL-3.0-or-later
"""Regression tests for the findings of the security review of ``intake_crypto/`` (``intake_crypto/REVIEW.md``).
Each test failed before its fix; R1 (stanza limit) is tested with the age fuzzing in
``test_fuzz_age.py``."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

import intake_crypto as crypto
from intake_crypto.bundle import _tar, tlog
from intake_crypto.bundle import bundle as B
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle._bundle_errors import ManifestError, ProfileFormatError
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads
from intake_crypto.bundle._inner_tar import MAX_SEALED_SECTION, MAX_SEALED_TOTAL
from intake_crypto.bundle.manifest import FileEntry, build_manifest, parse_manifest
from intake_crypto.bundle.profile import parse_profile
from intake_crypto.bundle.signing import b64, read_signing_key, sign, write_signing_key
from tests.bundle_support import make_archive

DEVICE = nacl.signing.SigningKey(b"\x05" * 32)


def _manifest() -> dict[str, object]:
    return json.loads(build_manifest(
        side="content", link_id="cd" * 16, form_id="f", form_version="1",
        captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime(2026, 1, 1, tzinfo=UTC),
        interviewer_role="interviewer", tool_version="x", files=[], device_key=DEVICE, bundle_id="ab" * 16, consent={},
    ))


@pytest.mark.parametrize("field,value", [("form", ["id", "version"]), ("device_public_key", None),
                                         ("side", []), ("signature", 5), ("tool", ["name", "version"])])
def test_r2_manifest_fields_of_the_wrong_json_type_are_manifest_errors(field: str, value: object) -> None:
    obj = _manifest()
    obj[field] = value
    body = {k: v for k, v in obj.items() if k != "signature"}
    if field != "signature":
        obj["signature"] = b64(sign(DEVICE, "intake-manifest-v1", body))  # the attacker signs with their device key
    with pytest.raises(ManifestError):
        parse_manifest(canonical(obj))


def test_r3_a_note_with_a_lone_surrogate_is_a_format_error() -> None:
    key = nacl.signing.SigningKey(b"\x06" * 32)
    note = tlog.sign_note("origin\n1\n" + base64.b64encode(bytes(32)).decode() + "\n", "origin", key)
    with pytest.raises(tlog.NoteFormatError):
        tlog.open_note("\ud800" + note, "origin", bytes(key.verify_key))


@pytest.mark.parametrize("number", ["²", "١٢", "9" * 5000, "007"])
def test_r4_receipt_and_checkpoint_numbers_are_ascii_decimals(number: str) -> None:
    good = receipts.Receipt.v1("a" * 64, 1, "2026-01-01T00:00:00Z", 0).text()
    with pytest.raises(receipts.ReceiptFormatError):
        receipts.Receipt.parse(good.replace("size 1", f"size {number}"))
    with pytest.raises(receipts.ReceiptFormatError):
        receipts.Receipt.parse(good.replace("log-index 0", f"log-index {number}"))
    with pytest.raises(tlog.NoteFormatError):
        tlog.Checkpoint.parse(f"origin\n{number}\n" + base64.b64encode(hashlib.sha256().digest()).decode() + "\n")


def test_r5_an_onion_address_with_a_trailing_newline_is_refused() -> None:
    archive = make_archive("classic")
    for onion in ("a" * 56 + ".onion\n", "\n"):
        profile = dataclasses.replace(archive.profile, receiver_onion=onion).signed(archive.profile_key)
        with pytest.raises(ProfileFormatError):
            parse_profile(profile.to_json())


# --- R6: canonical JSON raised exceptions outside the typed trees -------------------------------
ARCHIVE = make_archive("classic")


def _outer(members: list[tuple[str, bytes]]) -> bytes:
    meta = B.bundle_json("ab" * 16)
    out = _tar.header("BUNDLE", len(meta)) + meta + _tar.padding(len(meta))
    for name, data in members:
        out += _tar.header(name, len(data)) + data + _tar.padding(len(data))
    return out + _tar.END_OF_ARCHIVE


def _inner(members: list[tuple[str, bytes]], manifest: bytes) -> bytes:
    body = b"".join(_tar.header(n, len(d)) + d + _tar.padding(len(d)) for n, d in members)
    body += _tar.header("manifest.json", len(manifest)) + manifest + _tar.padding(len(manifest)) + _tar.END_OF_ARCHIVE
    return body.ljust(_tar.padded_tar_length(len(body), B.MIN_INNER_PADDED), b"\0")


def _to(recipients: tuple[str, ...], plaintext: bytes) -> bytes:
    return crypto.encrypt_bytes(plaintext, [crypto.parse_recipient(r) for r in recipients])


def test_r6_a_manifest_key_with_a_lone_surrogate_is_a_bundle_error(tmp_path: Path) -> None:
    with pytest.raises(ManifestError):  # was UnicodeEncodeError from the UTF-16 sort key
        parse_manifest(b'{"\\ud800":1}')
    bundle = _outer([("content.age", _to(ARCHIVE.profile.content_recipients, _inner([], b'{"\\ud800":1,"a":2}')))])
    (tmp_path / "b.tib").write_bytes(bundle)
    with pytest.raises(crypto.BundleError):
        B.read_bundle(tmp_path / "b.tib", [ARCHIVE.content_key], tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("field,value", [("name", "Archive \ud800"), ("latest_app_version", "\udfff"),
                                         ("accepted_forms", ["\ud800"]), ("max_bundle_bytes", 2**60)])
def test_r6_profile_values_outside_canonical_json_are_profile_errors(field: str, value: object) -> None:
    obj = json.loads(ARCHIVE.profile.to_json())
    obj[field] = value
    with pytest.raises(ProfileFormatError):  # was CanonicalJSONError (a ValueError) from verify_signature
        parse_profile(json.dumps(obj).encode())


def test_r6_deep_nesting_never_escapes_as_recursion_error() -> None:
    # json.loads and canonical() share the stack; arrays nested around a string parsed, then
    # overflowed in canonical() (which adds frames for the string) in a band of two depths. The
    # band moves with the caller's depth, so sweep across it.
    for depth in range(300, 1100):
        with contextlib.suppress(CanonicalJSONError):
            strict_loads(b"[" * depth + b'"x"' + b"]" * depth, require_canonical=True)


# --- R7: sealed identity sections were held in memory without a total bound ---------------------
def test_r7_sealed_sections_are_bounded_in_total(tmp_path: Path) -> None:
    identity = ARCHIVE.profile.identity_recipients
    plain = bytes(MAX_SEALED_SECTION - 4096)  # each section is legal on its own
    count = MAX_SEALED_TOTAL // MAX_SEALED_SECTION + 1
    members = [(f"sealed/s{i}.age", _to(identity, plain)) for i in range(count)]
    entries = [FileEntry(n, hashlib.sha256(d).hexdigest(), len(d), "application/x-age-encryption", "sealed-identity")
               for n, d in members]
    manifest = build_manifest(
        side="identity", link_id="cd" * 16, form_id="f", form_version="1",
        captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime(2026, 1, 1, tzinfo=UTC),
        interviewer_role="interviewer", tool_version="x", files=entries, device_key=DEVICE, anonymous=False,
        derivations=[],
    )
    bundle = _outer([("content.age", _to(ARCHIVE.profile.content_recipients, b"not for this key")),
                     ("identity.age", _to(identity, _inner(members, manifest)))])
    (tmp_path / "b.tib").write_bytes(bundle)
    # Before the fix this opened, holding every section and its plaintext in memory at once.
    with pytest.raises(crypto.BundleSizeError):
        B.read_bundle(tmp_path / "b.tib", [ARCHIVE.identity_key], tmp_path / "out")
    assert not any((tmp_path / "out").iterdir())


# --- R8: the same scrypt recipient twice made a file nobody can open --------------------------
def test_r8_one_scrypt_recipient_twice_is_refused() -> None:
    r = crypto.ScryptRecipient("a passphrase", work_factor=2)
    with pytest.raises(crypto.RecipientsError):
        crypto.encrypt_bytes(b"x", [r, r])


# --- R9: times in manifests and receipts -----------------------------------------------------
def _resigned(obj: dict[str, Any]) -> bytes:
    obj = {k: v for k, v in obj.items() if k != "signature"}
    obj["signature"] = b64(sign(DEVICE, "intake-manifest-v1", obj))
    return canonical(obj)


@pytest.mark.parametrize("moment", ["2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z",
                                    "2026-01-01T00:00:00+24:00", "١٩٨٩-06-04T01:30:00+08:00",
                                    "2026-01-01T00:00:00.5Z"])
def test_r9_manifest_times_are_real_ascii_rfc3339_seconds(moment: str) -> None:
    for where in ("started", "sealed_at"):
        obj = _manifest()
        if where == "started":
            obj["captured"] = {"started": moment, "ended": None}
        else:
            obj["sealed_at"] = moment
        with pytest.raises(ManifestError):
            parse_manifest(_resigned(obj))


@pytest.mark.parametrize("moment", ["2026-13-45T25:61:61Z", "٢٠٢٦-01-01T00:00:00Z"])
def test_r9_receipt_times_are_real_ascii_times(moment: str) -> None:
    good = receipts.Receipt.v1("a" * 64, 1, "2026-01-01T00:00:00Z", 0).text()
    with pytest.raises(receipts.ReceiptFormatError):
        receipts.Receipt.parse(good.replace("2026-01-01T00:00:00Z", moment))


# --- R10: profile recipients were only checked for the prefix "age1" ------------------------------
def _profile_with(**changes: Any) -> bytes:
    return dataclasses.replace(ARCHIVE.profile, **changes).signed(ARCHIVE.profile_key).to_json()


def test_r10_profile_recipients_must_be_valid_canonical_and_unmixed() -> None:
    content, identity = ARCHIVE.profile.content_recipients[0], ARCHIVE.profile.identity_recipients[0]
    pq = str(crypto.HybridIdentity.generate().recipient())
    for changes in (
        {"content_recipients": ("age1notarecipient",)},                       # bad checksum
        {"identity_recipients": (content + " ",)},                            # the content key again
        {"content_recipients": (content, pq)},                                # classic mixed with PQ
        {"identity_recipients": (identity[:-1] + ("q" if identity[-1] != "q" else "p"),)},
    ):
        with pytest.raises(ProfileFormatError):
            parse_profile(_profile_with(**changes))
    assert parse_profile(ARCHIVE.profile.to_json()) == ARCHIVE.profile


def test_r10_upper_case_recipients_are_refused_as_age_does() -> None:
    recipient = ARCHIVE.profile.content_recipients[0]
    with pytest.raises(crypto.KeyFormatError):
        crypto.parse_recipient(recipient.upper())
    assert str(crypto.parse_recipient(recipient)) == recipient


# --- R11: signed notes -------------------------------------------------------------------------
NOTE_KEY = nacl.signing.SigningKey(b"\x08" * 32)
ROOT = base64.b64encode(hashlib.sha256().digest()).decode()


def _raw_note(text: str, extra_lines: int = 0) -> str:
    blob = base64.b64encode(tlog._key_id("origin", bytes(NOTE_KEY.verify_key)) + NOTE_KEY.sign(text.encode()).signature)
    other = base64.b64encode(b"\x00" * 68).decode()
    return text + "\n" + f"\u2014 other {other}\n" * extra_lines + f"\u2014 origin {blob.decode()}\n"


@pytest.mark.parametrize("control", ["\r", "\x00", "\x1b", "\t"])
def test_r11_notes_with_control_characters_are_refused(control: str) -> None:
    good = _raw_note(f"origin\n1\n{ROOT}\n")
    assert tlog.open_note(good, "origin", bytes(NOTE_KEY.verify_key))
    with pytest.raises(tlog.NoteFormatError):
        tlog.open_note(_raw_note(f"origin{control}\n1\n{ROOT}\n"), "origin", bytes(NOTE_KEY.verify_key))


def test_r11_notes_with_too_many_signatures_are_refused() -> None:
    assert tlog.open_note(_raw_note(f"origin\n1\n{ROOT}\n", 15), "origin", bytes(NOTE_KEY.verify_key))
    with pytest.raises(tlog.NoteFormatError):
        tlog.open_note(_raw_note(f"origin\n1\n{ROOT}\n", 100), "origin", bytes(NOTE_KEY.verify_key))


# --- R12: derivations in the identity manifest ------------------------------------------------------
def _identity_manifest() -> dict[str, Any]:
    return json.loads(build_manifest(
        side="identity", link_id="cd" * 16, form_id="f", form_version="1",
        captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime(2026, 1, 1, tzinfo=UTC),
        interviewer_role="interviewer", tool_version="x", files=[], device_key=DEVICE, anonymous=False,
        derivations=[{"original": f"originals/{c * 32}.jpg", "original_sha256": "1" * 64,
                      "derived": f"attachments/{c * 32}.jpg", "derived_sha256": "2" * 64} for c in "ab"],
    ))


@pytest.mark.parametrize("edit", ["number", "object", "short-hash", "unsorted"])
def test_r12_derivations_are_typed_and_sorted(edit: str) -> None:
    obj = _identity_manifest()
    d = obj["derivations"]
    if edit == "number":
        d[0]["original"] = 5
    elif edit == "object":
        d[0]["derived"] = {"path": "x"}
    elif edit == "short-hash":
        d[0]["derived_sha256"] = "2" * 63
    else:
        d.reverse()
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(obj))


# --- R16: write_signing_key silently replaced an existing key -------------------------------------
def test_r16_a_signing_key_file_is_never_silently_replaced(tmp_path: Path) -> None:
    first, second = nacl.signing.SigningKey(b"\x09" * 32), nacl.signing.SigningKey(b"\x0a" * 32)
    write_signing_key(tmp_path / "k", first, None)
    with pytest.raises(FileExistsError):
        write_signing_key(tmp_path / "k", second, None)
    assert bytes(read_signing_key(tmp_path / "k", None)) == bytes(first)
    write_signing_key(tmp_path / "k", second, None, replace=True)  # a passphrase change replaces on purpose
    assert bytes(read_signing_key(tmp_path / "k", None)) == bytes(second)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k"]


# --- R13: low-order X25519 recipients made encryption fail with a bare ValueError ------------------
def test_r13_low_order_recipients_are_key_format_errors() -> None:
    from intake_crypto.age import _bech32
    from intake_crypto.age._recipients import HybridRecipient

    for point in (bytes(32), (1).to_bytes(32, "little")):  # 0 and 1 have small order
        with pytest.raises(crypto.KeyFormatError):
            crypto.parse_recipient(_bech32.encode("age", point))
    hybrid = crypto.HybridIdentity(b"\x0b" * 32).recipient()._bytes
    with pytest.raises(crypto.KeyFormatError):
        HybridRecipient(hybrid[:-32] + bytes(32))


# --- R14: the scrypt writer allowed work factors its own readers refuse ----------------------------
def test_r14_scrypt_work_factor_is_capped_where_readers_stop() -> None:
    with pytest.raises(crypto.KeyFormatError):
        crypto.ScryptRecipient("a passphrase", work_factor=23)
    assert crypto.ScryptIdentity("x").max_work_factor == 22


# --- R15: a fingerprint typed with full-width digits did not match ---------------------------------
def test_r15_fingerprint_accepts_full_width_digits_and_still_refuses_wrong_ones(tmp_path: Path) -> None:
    from intake_crypto.bundle.profile import load_profile

    (tmp_path / "profile.json").write_bytes(ARCHIVE.profile.to_json())
    right = ARCHIVE.profile.fingerprint()
    full_width = right.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    assert load_profile(tmp_path / "profile.json", expected_fingerprint=full_width) == ARCHIVE.profile
    wrong = ("1" if right[0] != "1" else "2") + right[1:]
    for text in (wrong, right.replace(right[0], "¹", 1) if right[0] == "1" else "²" + right[1:]):
        with pytest.raises(crypto.ProfileSignatureError):
            load_profile(tmp_path / "profile.json", expected_fingerprint=text)


# --- R17: JSON true passed as version 1 (True == 1 in Python) --------------------------------------
def test_r17_true_is_not_version_one(tmp_path: Path) -> None:
    obj = json.loads(ARCHIVE.profile.to_json())
    obj["version"] = True  # the signature over "version": 1 verified for this too
    with pytest.raises(ProfileFormatError):
        parse_profile(json.dumps(obj).encode())
    meta = b'{"bundle_id":"' + b"ab" * 16 + b'","format":"intake-sealed-bundle","version":true}'
    with pytest.raises(crypto.UnknownVersionError):
        B._parse_bundle_json(meta)


def test_r11_checkpoint_extension_lines_are_not_empty() -> None:
    assert tlog.Checkpoint.parse(f"origin\n1\n{ROOT}\nextension\n").size == 1
    with pytest.raises(tlog.NoteFormatError):
        tlog.Checkpoint.parse(f"origin\n1\n{ROOT}\n\nextension\n")


# --- R18: errors quoted the first line of a non-age input (an identity file's secret key) --------------
@pytest.mark.parametrize("armor", [None, True])
def test_r18_errors_never_quote_a_non_age_input(armor: bool | None) -> None:
    identity = crypto.X25519Identity(b"\x0c" * 32)
    secret = str(identity)
    with pytest.raises(crypto.AgeError) as caught:
        crypto.decrypt_bytes((secret + "\n").encode(), [identity], armor=armor)
    assert secret[16:40] not in str(caught.value) and secret[16:40] not in repr(caught.value)


# --- R19: a manifest entry's kind was not tied to its path -------------------------------------------
@pytest.mark.parametrize("path,kind,sensitivity", [
    ("audio/" + "a" * 32 + ".flac", "attachment", "content"),      # a voice passed off as a content attachment
    ("attachments/" + "a" * 32 + ".jpg", "answers", "content"),
    ("answers.json", "audio", "restricted-content"),
])
def test_r19_a_file_kind_must_match_its_path(path: str, kind: str, sensitivity: str) -> None:
    obj = _manifest()
    obj["files"] = [{"kind": kind, "media_type": "x/y", "path": path, "sensitivity": sensitivity,
                     "sha256": "0" * 64, "size": 1}]
    with pytest.raises(ManifestError):
        parse_manifest(_resigned(obj))


# --- R20: answers.json claiming "content" while holding restricted-content answers ----------------------
@pytest.mark.parametrize("restricted,accepted", [({}, True), ({"voice_note": "names a neighbour"}, False)])
def test_r20_answers_claiming_content_must_hold_no_restricted_answers(tmp_path: Path, restricted: dict[str, str],
                                                                      accepted: bool) -> None:
    answers = canonical({"content": {"account": "I saw it."}, "restricted-content": restricted})
    entry = FileEntry("answers.json", hashlib.sha256(answers).hexdigest(), len(answers), "application/json",
                      "answers", sensitivity="content")
    manifest = build_manifest(
        side="content", link_id="cd" * 16, form_id="f", form_version="1",
        captured_started=datetime(1989, 6, 4, tzinfo=UTC), captured_ended=None, sealed_at=datetime(2026, 1, 1, tzinfo=UTC),
        interviewer_role="interviewer", tool_version="x", files=[entry], device_key=DEVICE, bundle_id="ab" * 16,
        consent={},
    )
    bundle = _outer([("content.age", _to(ARCHIVE.profile.content_recipients,
                                         _inner([("answers.json", answers)], manifest)))])
    (tmp_path / "b.tib").write_bytes(bundle)
    if accepted:
        B.read_bundle(tmp_path / "b.tib", [ARCHIVE.content_key], tmp_path / "out")
        assert (tmp_path / "out" / "content" / "answers.json").read_bytes() == answers
    else:
        with pytest.raises(crypto.BundleIntegrityError):
            B.read_bundle(tmp_path / "b.tib", [ARCHIVE.content_key], tmp_path / "out")
        assert not any((tmp_path / "out").iterdir())


# --- R28: a deeply nested profile made the private-key walk raise RecursionError --------------------
def test_r28_deeply_nested_profiles_are_profile_errors() -> None:
    base = ARCHIVE.profile.to_json()
    for depth in range(100, 1000, 50):
        with pytest.raises(crypto.ProfileError):
            parse_profile(base[:-1] + b',"x":' + b"[" * depth + b"]" * depth + b"}")
