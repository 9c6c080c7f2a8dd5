# SPDX-License-Identifier: GPL-3.0-or-later
"""Device enrolment: the archive's signed statement "this device key belongs to interviewer IV-07".

An enrolment is canonical JSON (SPEC.md 2.14)::

    {"format": "intake-enrolment", "version": 1, "profile_public_key": b64,
     "device_public_key": b64, "interviewer_code": "IV-07", "signature": b64}

signed (domain ``intake-enrolment-v1``, over every field but ``signature``) by the archive's
profile-signing key, the key whose fingerprint interviewers confirm by phone. The archive makes
it offline from the public key the device exports; the device imports it and carries it in the
manifest of every bundle it seals (manifest version 3, field ``enrolment``).

Guarantees: :func:`parse_enrolment` returns only byte-exact canonical enrolments of version 1
whose signature verifies with the profile key they name and whose code has the shape
:data:`CODE` (letters, a dash, digits: a pseudonym that cannot spell a name). Whether the
enrolment was made by *this* archive is :func:`device_status`'s question: it compares the named
profile key with the archive's own and the enrolled device key with the key that signed the
manifest. Never: holds a person's name, a private key, or anything but the three values above.

Not protected: whoever holds the archive's profile-signing key can enrol any key; a device
whose key is stolen together with its enrolment seals as that interviewer until the archive
stops trusting it (there is no revocation list yet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nacl.signing

from intake_crypto.bundle._bundle_errors import BundleError
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads
from intake_crypto.bundle.signing import b64, key_id, sign, unb64, verify

ENROLMENT_FORMAT = "intake-enrolment"
ENROLMENT_VERSION = 1
SIGNATURE_DOMAIN = "intake-enrolment-v1"
MAX_ENROLMENT_BYTES = 4096
# A pseudonymous code: 1-4 capital ASCII letters, a dash, 1-6 digits ("IV-07"). No room for a name.
CODE = re.compile(r"[A-Z]{1,4}-[0-9]{1,6}")
_FIELDS = {"format", "version", "profile_public_key", "device_public_key", "interviewer_code", "signature"}


class EnrolmentError(BundleError):
    """An enrolment is malformed, not signed by the key it names, or has a code that is not a pseudonym."""


class InterviewerCodeError(EnrolmentError):
    """The interviewer code is not of the shape ``IV-07`` (letters, dash, digits)."""


@dataclass(frozen=True)
class Enrolment:
    profile_public_key: bytes
    device_public_key: bytes
    interviewer_code: str
    signature: bytes

    def body(self) -> dict[str, object]:
        return {
            "format": ENROLMENT_FORMAT,
            "version": ENROLMENT_VERSION,
            "profile_public_key": b64(self.profile_public_key),
            "device_public_key": b64(self.device_public_key),
            "interviewer_code": self.interviewer_code,
        }

    def to_json_obj(self) -> dict[str, object]:
        return {**self.body(), "signature": b64(self.signature)}

    def to_json(self) -> bytes:
        return canonical(self.to_json_obj())

    @property
    def device_key_id(self) -> str:
        return key_id(self.device_public_key)


def check_code(code: str) -> str:
    """``code`` if it is a pseudonymous interviewer code (see :data:`CODE`), else raise."""
    if not isinstance(code, str) or not CODE.fullmatch(code):
        raise InterviewerCodeError("an interviewer code is 1-4 capital letters, a dash and 1-6 digits, e.g. IV-07")
    return code


def enrol(profile_key: nacl.signing.SigningKey, device_public_key: bytes, interviewer_code: str) -> Enrolment:
    """Sign an enrolment of ``device_public_key`` as ``interviewer_code`` with the profile key."""
    if len(device_public_key) != 32:
        raise EnrolmentError("a device key is a 32-byte Ed25519 public key")
    unsigned = Enrolment(bytes(profile_key.verify_key), bytes(device_public_key), check_code(interviewer_code), b"")
    return Enrolment(unsigned.profile_public_key, unsigned.device_public_key, unsigned.interviewer_code,
                     sign(profile_key, SIGNATURE_DOMAIN, unsigned.body()))


def from_obj(obj: object) -> Enrolment:
    """An enrolment from its JSON object (as carried inside a manifest); fully checked."""
    if not isinstance(obj, dict) or set(obj) != _FIELDS:
        raise EnrolmentError("not an enrolment")
    if obj.get("format") != ENROLMENT_FORMAT or obj.get("version") != ENROLMENT_VERSION:
        raise EnrolmentError("not an enrolment of a known version")
    try:
        result = Enrolment(unb64(obj["profile_public_key"], 32), unb64(obj["device_public_key"], 32),
                           check_code(obj["interviewer_code"]), unb64(obj["signature"], 64))
    except (TypeError, ValueError) as exc:
        raise EnrolmentError("an enrolment field is malformed") from exc
    if not verify(result.profile_public_key, SIGNATURE_DOMAIN, result.body(), result.signature):
        raise EnrolmentError("the enrolment's signature does not verify")
    return result


def parse_enrolment(data: bytes) -> Enrolment:
    """Parse enrolment file bytes (canonical JSON; a trailing newline is allowed)."""
    if len(data) > MAX_ENROLMENT_BYTES:
        raise EnrolmentError("an enrolment file is small; this one is too large")
    try:
        obj = strict_loads(data.rstrip(b"\n"), require_canonical=True)
    except CanonicalJSONError as exc:
        raise EnrolmentError("the enrolment is not canonical JSON") from exc
    return from_obj(obj)


@dataclass(frozen=True)
class DeviceStatus:
    """What an archive can say about the device that signed a manifest."""

    enrolled: bool
    interviewer_code: str | None
    device_key_id: str
    reason: str  # "enrolled", "not enrolled", "enrolled by another archive", "enrolment is for another device"


def device_status(device_public_key: bytes, enrolment: Enrolment | None, archive_profile_key: bytes) -> DeviceStatus:
    """Enrolled only if the archive's own profile key signed an enrolment of exactly this key."""
    kid = key_id(device_public_key)
    if enrolment is None:
        return DeviceStatus(False, None, kid, "not enrolled")
    if enrolment.profile_public_key != bytes(archive_profile_key):
        return DeviceStatus(False, None, kid, "enrolled by another archive")
    if enrolment.device_public_key != bytes(device_public_key):
        return DeviceStatus(False, None, kid, "enrolment is for another device")
    return DeviceStatus(True, enrolment.interviewer_code, kid, "enrolled")
