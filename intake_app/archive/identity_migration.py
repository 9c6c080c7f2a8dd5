# SPDX-License-Identifier: GPL-3.0-or-later
"""Moving an archive from one identity key to k-of-n custodians (issue 23 item 5, SPEC 2.13).

:func:`migrate_identity`: the archive signs a version 2 profile (same profile key, so the same
fingerprint; devices confirm it as for any changed profile) whose new bundles are sealed k-of-n
to the custodians; ``keys/identity.key`` stays, so bundles sealed before still open with it.
:func:`retire_identity_key`: counts the bundles held here whose identity side only that key opens
and, once confirmed, overwrites and removes the key. Guarantees: the new profile is re-read and
checked before it replaces the old (written next to it, then renamed); the old profile is kept
as ``profile-v1.json``; nothing is removed without ``confirm``. Never: touches a bundle.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import nacl.signing

import intake_crypto as crypto
from intake_app.home import paths
from intake_app.text.errors import IntakeError
from intake_crypto import ProfileFingerprintError
from intake_crypto.bundle.profile import ArchiveProfile, load_profile, parse_profile
from intake_crypto.bundle.signing import read_signing_key

OLD_PROFILE = "profile-v1.json"
BUNDLE_DIRS = ("received", "incoming")


class MigrationError(IntakeError):
    """The archive cannot be migrated or its key retired as asked; ``problem`` says why:
    ``already`` (already k-of-n), ``no-key`` (no identity key to retire), ``not-migrated``."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


def threshold_profile(profile: ArchiveProfile, key: nacl.signing.SigningKey, custodians: tuple[str, ...],
                      threshold: int) -> ArchiveProfile:
    """``profile`` as a version 2 profile sealing identity K-of-n to ``custodians``, signed by ``key``."""
    from intake_app.archive.setup import _check_custodians

    canonical = _check_custodians(custodians, threshold, profile.classic)
    new = dataclasses.replace(profile, identity_recipients=(), identity_custodians=canonical,
                              identity_threshold=threshold, signature=b"")
    return parse_profile(new.signed(key).to_json())


@dataclass(frozen=True)
class Migrated:
    profile: ArchiveProfile
    old_profile: Path


def migrate_identity(directory: Path, custodians: tuple[str, ...], threshold: int,
                     passphrase: str | None) -> Migrated:
    """Sign ``directory``'s profile anew for k-of-n identity sealing (new bundles only)."""
    path = directory / "profile.json"
    current = load_profile(path)
    if current.threshold_mode:
        raise MigrationError("this archive already seals identity to custodians", "already")
    key = read_signing_key(directory / "keys" / "profile-signing.key", passphrase)
    new = threshold_profile(current, key, custodians, threshold)
    old = directory / OLD_PROFILE
    if not old.exists():
        old.write_bytes(path.read_bytes())
    data = new.to_json()
    if parse_profile(data).fingerprint() != current.fingerprint():  # what would be read back
        raise ProfileFingerprintError("profile fingerprint does not match the expected one")
    paths.write_private(path, data, mode=0o644)  # public and signed, as archive init writes it
    return Migrated(new, old)


def single_key_bundles(directory: Path) -> list[Path]:
    """The bundles under ``received/`` and ``incoming/`` whose identity side is sealed to a
    single key (not k-of-n): those the identity key alone opens."""
    from intake_crypto.bundle import threshold
    from intake_crypto.bundle.bundle import identity_header

    found: list[Path] = []
    for sub in BUNDLE_DIRS:
        folder = directory / sub
        for bundle in sorted(folder.glob("*.tib")) if folder.is_dir() else []:
            try:
                _, header = identity_header(bundle)
            except crypto.CryptoError:
                continue  # not a readable bundle: the key changes nothing for it
            if header is not None and threshold.policy(header) is None:
                found.append(bundle)
    return found


def retire_identity_key(directory: Path, *, confirm: bool) -> int:
    """How many bundles here only ``keys/identity.key`` opens; with ``confirm`` the key is then
    overwritten and removed (after which those bundles' identity sides are unreadable)."""
    key_path = directory / "keys" / "identity.key"
    if not key_path.exists():
        raise MigrationError("there is no identity key to retire", "no-key")
    if not load_profile(directory / "profile.json").threshold_mode:
        raise MigrationError("the archive still seals new bundles to this key; migrate first", "not-migrated")
    count = len(single_key_bundles(directory))
    if not confirm:
        return count
    size = key_path.stat().st_size
    with open(key_path, "r+b") as fh:
        fh.write(os.urandom(size))
        fh.flush()
        os.fsync(fh.fileno())
    key_path.unlink()
    return count
