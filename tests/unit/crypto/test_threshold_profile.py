# SPDX-License-Identifier: GPL-3.0-or-later
"""Profile version 2 (SPEC 2.9, 2.13): custodians and K are signed; malformed policies refused;
version 1 bytes are unchanged."""

from __future__ import annotations

import json

import nacl.signing
import pytest

import intake_crypto as crypto
from intake_crypto.bundle import profile as P
from intake_crypto.bundle.threshold import ThresholdRecipient


def _signed(custodians: tuple[str, ...], k: int, **extra: object) -> tuple[P.ArchiveProfile, nacl.signing.SigningKey]:
    key = nacl.signing.SigningKey.generate()
    p = P.ArchiveProfile(name="K of n", content_recipients=(str(crypto.HybridIdentity.generate().recipient()),),
                         identity_recipients=(), receiver_onion="", receipt_public_key=b"r" * 32,
                         profile_public_key=bytes(key.verify_key), identity_custodians=custodians,
                         identity_threshold=k, **extra)  # type: ignore[arg-type]
    return p.signed(key), key


def _resign(obj: dict[str, object], key: nacl.signing.SigningKey) -> bytes:
    from intake_crypto.bundle.signing import b64, sign

    obj.pop("signature", None)
    obj["signature"] = b64(sign(key, P.SIGNATURE_DOMAIN, obj))
    from intake_crypto.bundle._canonical import canonical

    return canonical(obj)


def test_version_2_round_trips_and_seals_to_a_threshold_recipient() -> None:
    custodians = tuple(str(crypto.HybridIdentity.generate().recipient()) for _ in range(3))
    p, _ = _signed(custodians, 2)
    q = P.parse_profile(p.to_json())
    assert q.identity_custodians == custodians and q.identity_threshold == 2 and q.threshold_mode
    assert json.loads(p.to_json())["version"] == 2
    (r,) = q.identity_sealing_recipients()
    assert isinstance(r, ThresholdRecipient) and r.threshold == 2 and not q.classic


def test_the_threshold_is_signed() -> None:
    custodians = tuple(str(crypto.HybridIdentity.generate().recipient()) for _ in range(3))
    p, _ = _signed(custodians, 2)
    forged = p.to_json().replace(b'"threshold":2', b'"threshold":3')
    with pytest.raises(crypto.ProfileSignatureError):
        P.parse_profile(forged)


@pytest.mark.parametrize("change", ["k1", "k4", "identity_too", "mixed", "v1_with_custodians", "dup"])
def test_bad_policies_are_refused(change: str) -> None:
    hybrid = [str(crypto.HybridIdentity.generate().recipient()) for _ in range(3)]
    p, key = _signed(tuple(hybrid), 2)
    obj = json.loads(p.to_json())
    pol = obj["identity_custodians"]
    if change == "k1":
        pol["threshold"] = 1
    elif change == "k4":
        pol["threshold"] = 4
    elif change == "identity_too":
        obj["identity_recipients"] = [str(crypto.HybridIdentity.generate().recipient())]
    elif change == "mixed":
        pol["recipients"][2] = str(crypto.X25519Identity.generate().recipient())
    elif change == "v1_with_custodians":
        obj["version"] = 1
    elif change == "dup":
        pol["recipients"][2] = pol["recipients"][0]
    with pytest.raises(crypto.ProfileFormatError):
        P.parse_profile(_resign(obj, key))


def test_a_profile_without_custodians_stays_version_1() -> None:
    key = nacl.signing.SigningKey.generate()
    p = P.ArchiveProfile(name="single", content_recipients=(str(crypto.X25519Identity.generate().recipient()),),
                         identity_recipients=(str(crypto.X25519Identity.generate().recipient()),), receiver_onion="",
                         receipt_public_key=b"r" * 32, profile_public_key=bytes(key.verify_key)).signed(key)
    obj = json.loads(p.to_json())
    assert obj["version"] == 1 and "identity_custodians" not in obj and not p.threshold_mode
