# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's own private bridges, carried in its signed profile (``intake archive bridges``).

Guarantees: every line is checked by :func:`intake_app.transport.bridges.parse_bridge_line` and
stored in its normalised form; the profile is re-signed with the archive's profile-signing key
(which must be the one the profile names) and replaced atomically, so it is never half written
or unsigned. Its fingerprint does not change (it is a digest of the signing key).
Never: publishes, logs or sends the lines anywhere; signs a profile with another key.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import nacl.signing

from intake_app.home import paths
from intake_app.text.errors import IntakeError
from intake_app.transport.bridges import Bridge, BridgeError, parse_bridge_line
from intake_crypto.bundle.profile import ArchiveProfile, load_profile


class ArchiveBridgesError(IntakeError):
    """The archive's profile-signing key does not match its profile."""


def normalise(lines: Sequence[str]) -> tuple[str, ...]:
    """Each line checked and normalised (raises a ``BridgeError``); duplicates dropped, order kept."""
    out: list[str] = []
    for line in lines:
        text = parse_bridge_line(line).line()
        if text not in out:
            out.append(text)
    return tuple(out)


def usable(profile: ArchiveProfile) -> tuple[list[Bridge], int]:
    """The profile's bridges this app can use, and how many it cannot (a transport it does not
    ship, e.g. one a newer app version adds): those are skipped, never an error that would stop
    the user from trying other ways."""
    found, skipped = [], 0
    for line in profile.bridges:
        try:
            found.append(parse_bridge_line(line))
        except BridgeError:
            skipped += 1
    return found, skipped


def set_bridges(archive: Path, profile_key: nacl.signing.SigningKey, lines: Sequence[str]) -> ArchiveProfile:
    """Replace the archive's private bridges with ``lines`` and re-sign ``ARCHIVE/profile.json``."""
    path = Path(archive) / "profile.json"
    profile = load_profile(path)
    if bytes(profile_key.verify_key) != profile.profile_public_key:
        raise ArchiveBridgesError("this is not the archive's profile-signing key")
    updated = dataclasses.replace(profile, bridges=normalise(lines), signature=b"").signed(profile_key)
    paths.write_private(path, updated.to_json(), mode=0o644)  # public and signed, as archive init writes it
    return load_profile(path)
