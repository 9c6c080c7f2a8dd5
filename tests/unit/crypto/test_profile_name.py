# SPDX-License-Identifier: GPL-3.0-or-later
"""A profile's name is one line of plain text (security review F4; intake_crypto/SPEC.md 2.9)."""

from __future__ import annotations

import nacl.signing
import pytest

from intake_crypto import ProfileFormatError, ProfileNameError, X25519Identity
from intake_crypto.bundle._canonical import canonical
from intake_crypto.bundle.profile import SIGNATURE_DOMAIN, ArchiveProfile, check_name, parse_profile
from intake_crypto.bundle.signing import b64, sign

BAD = ["A\nFingerprint: 1", "A\rB", "A\x1b[8m", "A\tB", "A\x00", "A\x7f", "A\x85", "A\u2028B", "A\u2029B",
       "A\u202eB", "A\u2066B", "A\u200fB", "<b>A</b>", "A > B", "", "   ", "x" * 201]
GOOD = ["Witness Archive", "六四檔案館 – Hong Kong", "Archive (2026) & partners", "x" * 200]


def _profile(key: nacl.signing.SigningKey, name: str) -> ArchiveProfile:
    return ArchiveProfile(name=name, content_recipients=(str(X25519Identity.generate().recipient()),),
                          identity_recipients=(str(X25519Identity.generate().recipient()),), receiver_onion="",
                          receipt_public_key=bytes(nacl.signing.SigningKey.generate().verify_key),
                          profile_public_key=bytes(key.verify_key))


@pytest.mark.parametrize("name", BAD)
def test_names_that_could_draw_outside_their_place_are_refused_when_read_and_never_signed(name: str) -> None:
    key = nacl.signing.SigningKey.generate()
    with pytest.raises(ProfileNameError):
        _profile(key, name).signed(key)
    body = _profile(key, "ok").body() | {"name": name}
    data = canonical({**body, "signature": b64(sign(key, SIGNATURE_DOMAIN, body))})  # a valid signature
    with pytest.raises(ProfileNameError) as info:
        parse_profile(data)
    assert isinstance(info.value, ProfileFormatError)  # callers that catch format errors still do


@pytest.mark.parametrize("name", GOOD)
def test_ordinary_names_pass(name: str) -> None:
    key = nacl.signing.SigningKey.generate()
    assert check_name(name) == name
    assert parse_profile(_profile(key, name).signed(key).to_json()).name == name
