# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the bundle tests: in-memory archives (real keys), a stand-in form, a payload stream.

The stand-in form declares a sensitivity class per field; the bundle service splits by that
class, so tests can prove the split follows sensitivity and not names (a field *named* "name"
can be content, one named "story" can be identity). The real forms are used where they exist.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import nacl.signing

import intake_crypto as crypto
from intake_crypto.bundle.profile import ArchiveProfile

LOW_WORK_FACTOR = 10  # explicit, low scrypt cost for tests; production default is 18


@dataclass
class Archive:
    profile: ArchiveProfile
    content_key: Any
    identity_key: Any
    profile_key: nacl.signing.SigningKey


def make_archive(kind: str = "classic") -> Archive:
    make = crypto.X25519Identity.generate if kind == "classic" else crypto.HybridIdentity.generate
    content, identity = make(), make()
    pk, rk = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    profile = ArchiveProfile(
        name="Test archive", content_recipients=(str(content.recipient()),),
        identity_recipients=(str(identity.recipient()),), receiver_onion="",
        receipt_public_key=bytes(rk.verify_key), profile_public_key=bytes(pk.verify_key),
    ).signed(pk)
    return Archive(profile, content, identity, pk)


class StandInForm:
    """A minimal form definition: field id -> sensitivity class."""

    def __init__(self, fields: dict[str, str], form_id: str = "standin", version: str = "1") -> None:
        self.id, self.version, self.fields = form_id, version, fields

    def validate(self, answers: dict[str, Any]) -> list[Any]:
        return [k for k in answers if k not in self.fields]

    def split_by_sensitivity(self, answers: dict[str, Any]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key, value in answers.items():
            out.setdefault(self.fields[key], {})[key] = value
        return out

    def consent_summary(self, answers: dict[str, Any]) -> dict[str, Any]:
        return {"scopes": ["archive"], "embargo_until": None}


class PatternStream(io.RawIOBase):
    """``size`` bytes of a cheap repeating pattern, produced on the fly (flat memory)."""

    def __init__(self, size: int, seed: int = 7) -> None:
        self._left = size
        self._block = bytes((i * 31 + seed) & 0xFF for i in range(1 << 20))

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        n = min(len(view), self._left, len(self._block))
        view[:n] = self._block[:n]
        self._left -= n
        return n
