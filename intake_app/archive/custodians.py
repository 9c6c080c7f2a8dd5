# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's custodian register: which keys may sign its custody logs, and in which roles.

``ARCHIVE/custodians.json`` is canonical JSON ``{"format": "intake-custodians", "version": 1,
"profile_public_key": b64, "custodians": [{"key": b64, "key_id": id, "roles": [...]}, ...],
"signature": b64}``, signed (domain ``intake-custodians-v1``) by the archive's profile-signing key,
the key whose fingerprint interviewers confirm by phone. Roles: ``custody`` (fetch, fixity),
``content``, ``identity`` (openings of each side), ``release`` (exports, links).

Guarantees: :func:`load_register` returns custodians only if the register's signature verifies
with the key of the archive's own (signature-checked) ``profile.json``; :func:`trusted_keys`
is what ``custody-verify --archive`` and every reader of a custody log for that archive accept
(issue 19; security review F13: a log re-signed end to end with a fresh key used to pass as
"intact"). Never: holds a private key or a person's name (key ids and role codes only).

Not protected: an attacker holding the archive's profile-signing key can register any key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.archive.custody import CustodyError
from intake_app.home import paths
from intake_crypto import canonical
from intake_crypto.bundle import signing

REGISTER_NAME = "custodians.json"
FORMAT = "intake-custodians"
VERSION = 1
DOMAIN = "intake-custodians-v1"
ROLES: tuple[str, ...] = ("custody", "content", "identity", "release")


class CustodianRegisterError(CustodyError):
    """The archive's custodian register is missing, malformed, or not signed by the archive."""

    def __init__(self, archive: str, reason: str) -> None:
        super().__init__(f"custodian register of {archive}: {reason}")
        self.archive = archive
        self.reason = reason


@dataclass(frozen=True)
class Custodian:
    key: bytes
    roles: tuple[str, ...]

    @property
    def key_id(self) -> str:
        return signing.key_id(self.key)


def register_path(archive: Path | str) -> Path:
    return Path(archive) / REGISTER_NAME


def _profile_key(archive: Path) -> bytes:
    from intake_crypto.bundle.profile import load_profile

    return bytes(load_profile(archive / "profile.json").profile_public_key)


def _body(profile_key: bytes, custodians: list[Custodian]) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "profile_public_key": signing.b64(profile_key),
        "custodians": [{"key": signing.b64(c.key), "key_id": c.key_id, "roles": sorted(c.roles)}
                       for c in sorted(custodians, key=lambda c: c.key)],
    }


def load_register(archive: Path | str) -> list[Custodian]:
    """The registered custodians of ``archive`` (raises :class:`CustodianRegisterError`)."""
    import json

    directory = Path(archive)
    path = register_path(directory)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CustodianRegisterError(str(directory), "no custodian register yet") from exc
    except (OSError, ValueError) as exc:
        raise CustodianRegisterError(str(directory), "unreadable") from exc
    profile_key = _profile_key(directory)
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise CustodianRegisterError(str(directory), "not a custodian register")
        custodians = []
        for entry in doc["custodians"]:
            roles = tuple(entry["roles"])
            if not roles or any(r not in ROLES for r in roles):
                raise CustodianRegisterError(str(directory), "unknown role")
            custodians.append(Custodian(signing.unb64(entry["key"], 32), roles))
        signature = signing.unb64(doc["signature"], 64)
        claimed = signing.unb64(doc["profile_public_key"], 32)
    except (KeyError, TypeError, ValueError) as exc:
        raise CustodianRegisterError(str(directory), "malformed") from exc
    if claimed != profile_key:
        raise CustodianRegisterError(str(directory), "signed for another archive")
    body = {k: v for k, v in doc.items() if k != "signature"}
    if body != _body(profile_key, custodians) or not signing.verify(profile_key, DOMAIN, body, signature):
        raise CustodianRegisterError(str(directory), "signature does not verify with the archive's profile key")
    return custodians


def trusted_keys(archive: Path | str) -> set[bytes]:
    """Every registered key (any role): the only signers a custody log of ``archive`` may have."""
    return {c.key for c in load_register(archive)}


def add_custodian(archive: Path | str, profile_key: nacl.signing.SigningKey, public_key: bytes,
                  roles: tuple[str, ...]) -> list[Custodian]:
    """Register ``public_key`` with ``roles`` (replacing its earlier roles), signed again by the
    archive's profile-signing key (which must be the one in ``profile.json``)."""
    directory = Path(archive)
    expected = _profile_key(directory)
    if bytes(profile_key.verify_key) != expected:
        raise CustodianRegisterError(str(directory), "this is not the archive's profile-signing key")
    if not roles or any(r not in ROLES for r in roles):
        raise CustodianRegisterError(str(directory), "unknown role")
    if len(public_key) != 32:
        raise CustodianRegisterError(str(directory), "a custodian key is 32 bytes (base64)")
    current = load_register(directory) if register_path(directory).exists() else []
    custodians = [c for c in current if c.key != public_key] + [Custodian(bytes(public_key), tuple(sorted(set(roles))))]
    body = _body(expected, custodians)
    doc = {**body, "signature": signing.b64(signing.sign(profile_key, DOMAIN, body))}
    paths.write_private(register_path(directory), canonical(doc))
    return load_register(directory)


# --- signer checks for every command that reads or extends a custody log (issue 19 item 2) ------
class UnregisteredCustodianKeyError(CustodyError):
    """The custody key a command would sign with is not in the archive's custodian register: its
    events would make the log fail every later check, so nothing is signed."""

    def __init__(self, archive: str, key_id: str) -> None:
        super().__init__(f"custody key {key_id} is not registered in {archive}")
        self.archive = archive
        self.key_id = key_id


def registered_keys(archive: Path | str | None) -> set[bytes] | None:
    """The keys of ``archive``'s register, or None when there is no archive or no register yet
    (callers then say that the signers were not checked). A register that exists but does not
    verify raises :class:`CustodianRegisterError`: it is never treated as absent."""
    if archive is None or not register_path(archive).exists():
        return None
    return trusted_keys(archive)


def check_signers(archive: Path | str | None, log_dir: Path | str | None = None,
                  signing_key: nacl.signing.SigningKey | None = None) -> bool:
    """Before a command reads or extends a custody log of ``archive``: every record of the log in
    ``log_dir`` (if it has one) must be signed by a registered custodian
    (:class:`~intake_app.archive.custody.CustodyUntrustedSignerError` otherwise) and so must
    ``signing_key`` (:class:`UnregisteredCustodianKeyError`). True when checked; False when the
    archive has no register (or none was named), so nothing could be checked."""
    from intake_app.archive import custody

    keys = registered_keys(archive)
    if keys is None:
        return False
    if log_dir is not None and custody.log_path(log_dir).is_file():
        custody.verify_log(log_dir, keys)
    if signing_key is not None and bytes(signing_key.verify_key) not in keys:
        raise UnregisteredCustodianKeyError(str(archive), signing.key_id(bytes(signing_key.verify_key))[:12])
    return True
