# SPDX-License-Identifier: GPL-3.0-or-later
"""Create an archive directory: its four keys, its onion service directory and its signed profile.

Layout (docs: interfaces, SPEC.md Part 2): ``profile.json`` (public, signed), ``keys/content.key``
and ``keys/identity.key`` (age identity files: hybrid ML-KEM-768+X25519 by default, X25519 with
``classic``), ``keys/receipt-signing.key`` and ``keys/profile-signing.key`` (Ed25519), all
age-scrypt protected unless the passphrase is ``None``; ``onion/`` (tor HiddenServiceDir, 0700)
and ``received/``. Guarantees: refuses a non-empty directory; key files are 0600 in 0700
directories; the profile written is re-read and checked before the call returns.
Never: puts private material in ``profile.json`` (``load_profile`` would refuse it).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.signing

import intake_crypto as crypto
from intake_app.text.errors import IntakeError
from intake_app.transport.archive_bridges import normalise as normalise_bridges
from intake_crypto.age.keyfile import write_identity_file
from intake_crypto.bundle.profile import ArchiveProfile, check_name, load_profile
from intake_crypto.bundle.signing import DEFAULT_WORK_FACTOR, write_signing_key


class ArchiveDirError(IntakeError):
    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class OnionAddressError(ArchiveDirError):
    """``--receiver-onion`` is not a v3 onion address."""


@dataclass(frozen=True)
class ArchiveCreated:
    directory: Path
    profile_path: Path
    profile: ArchiveProfile


def _private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def write_identity_key(path: Path, identity: Any, passphrase: str | None, work_factor: int) -> None:
    """An age identity file (as ``age-keygen`` writes it), age-scrypt protected as ``age -p`` does."""
    write_identity_file(path, [identity], passphrase, work_factor=work_factor)


def _onion(directory: Path) -> str:
    try:
        from intake_app.transport.onion import create_onion_service_dir
    except ImportError:  # transport not installed in this build: a local demo archive
        return ""
    return str(create_onion_service_dir(directory))


class CustodianPolicyError(IntakeError):
    """``--identity-custodians``/``--threshold`` do not make a usable k-of-n policy; ``problem`` is
    ``key``, ``duplicate``, ``threshold`` or ``kind``."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


def _check_custodians(texts: tuple[str, ...], threshold: int, classic: bool) -> tuple[str, ...]:
    if not texts and not threshold:
        return ()
    try:
        parsed = [crypto.parse_recipient(t) for t in texts]
    except crypto.KeyFormatError as exc:
        raise CustodianPolicyError("a custodian key is not an age recipient", "key") from exc
    canonical = tuple(str(r) for r in parsed)
    if len(set(canonical)) != len(canonical):
        raise CustodianPolicyError("a custodian is listed twice", "duplicate")
    if not 2 <= threshold <= len(canonical) <= 255:
        raise CustodianPolicyError("the threshold must be at least 2 and at most the number of custodians", "threshold")
    if any(isinstance(r, crypto.HybridRecipient) == classic for r in parsed):
        raise CustodianPolicyError("custodian keys must be of the archive's kind (post-quantum unless the archive is classic)", "kind")
    return canonical


def create_archive(
    directory: Path,
    name: str,
    *,
    classic: bool = False,
    passphrase: str | None,
    receiver_onion: str | None = None,
    audio_policy: str = "flac",
    max_bundle_bytes: int = 8 * 1024**3,
    work_factor: int = DEFAULT_WORK_FACTOR,
    identity_custodians: tuple[str, ...] = (),
    threshold: int = 0,
    bridges: Sequence[str] = (),
) -> ArchiveCreated:
    """With ``identity_custodians`` and ``threshold`` (issue 23) no ``keys/identity.key`` is made:
    every bundle's identity side opens only with ``threshold`` of the custodians' shares."""
    check_name(name)  # before any key or directory exists (security review F4)
    bridge_lines = normalise_bridges(bridges)  # likewise: a bad bridge line leaves nothing behind
    if receiver_onion and not re.fullmatch(r"[a-z2-7]{56}\.onion", receiver_onion):
        raise OnionAddressError("the receiver address is not a v3 .onion address", receiver_onion)
    custodians = _check_custodians(identity_custodians, threshold, classic)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ArchiveDirError("archive directory exists and is not empty", str(directory))
    _private_dir(directory)
    keys = _private_dir(directory / "keys")
    _private_dir(directory / "received")
    make = crypto.X25519Identity.generate if classic else crypto.HybridIdentity.generate
    content = make()
    write_identity_key(keys / "content.key", content, passphrase, work_factor)
    identity_recipients: tuple[str, ...] = ()
    if not custodians:
        identity = make()
        write_identity_key(keys / "identity.key", identity, passphrase, work_factor)
        identity_recipients = (str(identity.recipient()),)
    receipt_key, profile_key = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    write_signing_key(keys / "receipt-signing.key", receipt_key, passphrase, work_factor=work_factor)
    write_signing_key(keys / "profile-signing.key", profile_key, passphrase, work_factor=work_factor)
    onion = receiver_onion if receiver_onion is not None else _onion(directory / "onion")
    profile = ArchiveProfile(
        name=name,
        content_recipients=(str(content.recipient()),),
        identity_recipients=identity_recipients,
        identity_custodians=custodians,
        identity_threshold=threshold if custodians else 0,
        receiver_onion=onion,
        receipt_public_key=bytes(receipt_key.verify_key),
        profile_public_key=bytes(profile_key.verify_key),
        audio_policy="opus" if audio_policy == "opus" else "flac",
        max_bundle_bytes=max_bundle_bytes,
        bridges=bridge_lines,
    ).signed(profile_key)
    path = directory / "profile.json"
    path.write_bytes(profile.to_json())
    from intake_app.archive import release

    # A new archive has opened nothing: its empty publication index is complete, and each
    # opening through the archive's own flows adds to it (issue 18 item 2).
    release.build_index(directory, [])
    return ArchiveCreated(directory, path, load_profile(path))
