# SPDX-License-Identifier: GPL-3.0-or-later
"""Ed25519 signing keys (device, profile-signing and receipt-signing keys) and domain-separated
signatures over canonical JSON.

Key file format (SPEC.md Part 2, "Signing key files"): UTF-8 text with ``#`` comment lines and
exactly one line ``INTAKE-ED25519-SEED-1:<base64 of the 32-byte seed>``. A protected file is
that text encrypted with age's scrypt recipient (exactly what ``age -p`` produces), so the
standard ``age`` tool can recover it. Files are written 0600 via a private temporary name and
an atomic rename.

Guarantees: a signature is always over ``DOMAIN || 0x0A || canonical JSON``, so a signature
made for one purpose (manifest, profile, receipt) never verifies for another.
Never: writes an unprotected key unless the caller passes ``passphrase=None`` deliberately,
or logs key material.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import os
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.signing

from intake_crypto.bundle._bundle_errors import (
    PassphraseRequiredError,
    SigningKeyError,
    WrongKeyPassphraseError,
)
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical

SEED_PREFIX = "INTAKE-ED25519-SEED-1:"
AGE_MAGIC = b"age-encryption.org/v1\n"
DEFAULT_WORK_FACTOR = 18
MAX_KEY_FILE = 64 * 1024


def b64(data: bytes) -> str:
    """Standard base64 with padding (RFC 4648 section 4): the encoding of every key and signature."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int | None = None) -> bytes:
    """Strict inverse of :func:`b64`; with ``length`` the decoded size must match."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise ValueError("not canonical base64") from exc
    if b64(raw) != text or (length is not None and len(raw) != length):
        raise ValueError("not canonical base64 of the expected length")
    return raw


def signed_message(domain: str, body: Any) -> bytes:
    """The exact bytes an Ed25519 signature covers: ``domain``, a newline, canonical JSON."""
    return domain.encode("ascii") + b"\n" + canonical(body)


def sign(key: nacl.signing.SigningKey, domain: str, body: Any) -> bytes:
    return bytes(key.sign(signed_message(domain, body)).signature)


def verify(public_key: bytes, domain: str, body: Any, signature: bytes) -> bool:
    """True iff ``signature`` is a valid Ed25519 signature by ``public_key`` for (domain, body).

    A body outside the canonical JSON subset cannot have been signed: False, never an exception.
    """
    try:
        nacl.signing.VerifyKey(public_key).verify(signed_message(domain, body), signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, nacl.exceptions.TypeError,
            CanonicalJSONError):
        return False
    return True


def key_id(public_key: bytes) -> str:
    """A short, stable hex id of a public key (first 16 bytes of SHA-256), for logs and reports."""
    return hashlib.sha256(b"intake-key-id\n" + public_key).hexdigest()[:32]


def key_file_text(key: nacl.signing.SigningKey) -> str:
    public = b64(bytes(key.verify_key))
    return (
        f"# intake Ed25519 signing key; keep secret\n# public key: {public}\n{SEED_PREFIX}{b64(bytes(key))}\n"
    )


def parse_key_file_text(text: str) -> nacl.signing.SigningKey:
    seeds = [line[len(SEED_PREFIX) :] for line in text.splitlines() if line.startswith(SEED_PREFIX)]
    others = [
        ln
        for ln in text.splitlines()
        if ln.strip() and not ln.startswith("#") and not ln.startswith(SEED_PREFIX)
    ]
    if len(seeds) != 1 or others:
        raise SigningKeyError("not an intake signing key file")
    try:
        return nacl.signing.SigningKey(unb64(seeds[0].strip(), 32))
    except ValueError as exc:
        raise SigningKeyError("signing key seed is malformed") from exc


def write_signing_key(
    path: Path | str,
    key: nacl.signing.SigningKey,
    passphrase: str | None,
    *,
    work_factor: int = DEFAULT_WORK_FACTOR,
    replace: bool = False,
) -> None:
    """Write ``key`` to ``path`` (0600, atomically); age-scrypt protected unless passphrase is None.

    Refuses (``FileExistsError``) to replace an existing file unless ``replace`` is true (a
    passphrase change): a signing key that is silently overwritten is lost for good (review R16).
    """
    import intake_crypto as crypto

    text = key_file_text(key).encode("utf-8")
    data = (
        text
        if passphrase is None
        else crypto.encrypt_bytes(text, [crypto.ScryptRecipient(passphrase, work_factor=work_factor)])
    )
    write_private_file(Path(path), data, replace=replace)


def write_private_file(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Create ``path`` with mode 0600 through a temporary sibling and an atomic rename; an
    existing ``path`` is an error (``FileExistsError``) unless ``replace``.

    The app's ``intake_app.home.paths.write_private`` is the same write; ``intake_crypto/`` keeps this copy
    because it must stay auditable on its own and never import the app (import-linter)."""
    if not replace and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "refusing to replace an existing key file", str(path))
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def is_protected(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def read_signing_key(path: Path | str, passphrase: str | None) -> nacl.signing.SigningKey:
    """Read a signing key file written by :func:`write_signing_key` (or by hand with ``age -p``)."""
    import intake_crypto as crypto

    with open(path, "rb") as fh:
        data = fh.read(MAX_KEY_FILE + 1)
    if len(data) > MAX_KEY_FILE:
        raise SigningKeyError("signing key file is too large")
    if is_protected(data):
        if passphrase is None:
            raise PassphraseRequiredError("the signing key file is passphrase-protected")
        try:
            data = crypto.decrypt_bytes(data, [crypto.ScryptIdentity(passphrase)])
        except crypto.WrongPassphraseError as exc:
            raise WrongKeyPassphraseError("wrong passphrase for the signing key file") from exc
        except crypto.AgeError as exc:
            raise SigningKeyError(f"protected signing key file is damaged: {exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SigningKeyError("signing key file is not text") from exc
    return parse_key_file_text(text)
