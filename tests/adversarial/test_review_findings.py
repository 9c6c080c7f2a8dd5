# SPDX-License-Identifier: GPL-3.0-or-later
"""Regression tests for the findings of the security review of ``crypto/`` (THREAT_MODEL.md,
"Review findings"). Each test failed before its fix; R1 (stanza limit) is tested with the age
fuzzing in ``test_fuzz_age.py``."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from datetime import UTC, datetime

import nacl.signing
import pytest

from crypto import receipt as receipts
from crypto import tlog
from crypto._bundle_errors import ManifestError, ProfileFormatError
from crypto._canonical import canonical
from crypto.manifest import build_manifest, parse_manifest
from crypto.profile import parse_profile
from crypto.signing import b64, sign
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
    good = receipts.Receipt("a" * 64, 1, "2026-01-01T00:00:00Z", 0).text()
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
