# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's private bridge lines in its signed profile (intake_crypto/SPEC.md 2.9, issue 20):
covered by the signature, one line each (no torrc injection), absent rather than empty."""

from __future__ import annotations

import json

import nacl.signing
import pytest

from intake_crypto import ProfileFormatError, ProfileSignatureError, X25519Identity
from intake_crypto.bundle._canonical import canonical
from intake_crypto.bundle.profile import SIGNATURE_DOMAIN, ArchiveProfile, parse_profile
from intake_crypto.bundle.signing import b64, sign

OBFS4 = "obfs4 192.0.2.10:443 " + "A" * 40 + " cert=" + "Q" * 70 + " iat-mode=0"
PLAIN = "[2001:db8::1]:9001 " + "B" * 40
BAD = [
    OBFS4 + "\nUseBridges 0",  # a second torrc line
    OBFS4 + "\r",
    "Bridge " + OBFS4,
    "obfs4  192.0.2.10:443",  # double space
    " " + PLAIN,
    "obfs4 example.org:443 " + "A" * 40,  # not an IP address
    "obfs4",
    "",
    "obfs4 192.0.2.10:443 cert=\u00e9",
    "x" * 1501,
]


def _profile(key: nacl.signing.SigningKey, bridges: tuple[str, ...] = ()) -> ArchiveProfile:
    return ArchiveProfile(name="Archive", content_recipients=(str(X25519Identity.generate().recipient()),),
                          identity_recipients=(str(X25519Identity.generate().recipient()),), receiver_onion="",
                          receipt_public_key=bytes(nacl.signing.SigningKey.generate().verify_key),
                          profile_public_key=bytes(key.verify_key), bridges=bridges)


def test_bridges_round_trip_and_are_signed() -> None:
    key = nacl.signing.SigningKey.generate()
    signed = _profile(key, (OBFS4, PLAIN)).signed(key)
    loaded = parse_profile(signed.to_json())
    assert loaded.bridges == (OBFS4, PLAIN)
    # Changing, adding or removing a bridge breaks the signature.
    for bridges in ([OBFS4], [OBFS4, PLAIN, "192.0.2.99:1 " + "C" * 40], [PLAIN, OBFS4.replace("443", "444")]):
        doc = json.loads(signed.to_json()) | {"bridges": bridges}
        with pytest.raises(ProfileSignatureError):
            parse_profile(canonical(doc))
    doc = json.loads(signed.to_json())
    del doc["bridges"]
    with pytest.raises(ProfileSignatureError):
        parse_profile(canonical(doc))


def test_a_profile_without_bridges_has_no_bridges_field() -> None:
    key = nacl.signing.SigningKey.generate()
    data = _profile(key).signed(key).to_json()
    assert b"bridges" not in data and parse_profile(data).bridges == ()
    body = json.loads(data) | {"bridges": []}
    body.pop("signature")
    with pytest.raises(ProfileFormatError):  # one encoding per profile: absent, never empty
        parse_profile(canonical({**body, "signature": b64(sign(key, SIGNATURE_DOMAIN, body))}))


@pytest.mark.parametrize("line", BAD)
def test_lines_that_are_not_one_bridge_line_are_refused_when_read_and_never_signed(line: str) -> None:
    key = nacl.signing.SigningKey.generate()
    with pytest.raises(ProfileFormatError):
        _profile(key, (line,)).signed(key)
    body = _profile(key).body() | {"bridges": [line]}
    with pytest.raises(ProfileFormatError):  # even with a valid signature
        parse_profile(canonical({**body, "signature": b64(sign(key, SIGNATURE_DOMAIN, body))}))


def test_duplicates_and_too_many_are_refused() -> None:
    key = nacl.signing.SigningKey.generate()
    with pytest.raises(ProfileFormatError):
        _profile(key, (OBFS4, OBFS4)).signed(key)
    many = tuple(f"192.0.2.{i}:443 " + "D" * 40 for i in range(33))
    with pytest.raises(ProfileFormatError):
        _profile(key, many).signed(key)
