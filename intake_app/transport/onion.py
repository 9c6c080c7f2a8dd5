# SPDX-License-Identifier: GPL-3.0-or-later
"""Tor v3 onion-service keys written in tor's own ``HiddenServiceDir`` file formats.

Guarantees: :func:`create_onion_service_dir` makes a fresh Ed25519 key with libsodium (PyNaCl),
writes ``hs_ed25519_secret_key``, ``hs_ed25519_public_key`` and ``hostname`` exactly as tor
0.4.x does, with the directory at mode 0700 and the files at 0600, and returns the address that
tor will publish for that key (checked against a real tor in the tests).
Never: overwrites an existing key (it raises :class:`OnionDirExistsError` instead), or writes the
secret key anywhere but inside the directory.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

import nacl.signing

from intake_app.home import paths
from intake_app.text.errors import IntakeError

SECRET_KEY_FILE = "hs_ed25519_secret_key"  # noqa: S105 - a file name (tor's), not a secret
PUBLIC_KEY_FILE = "hs_ed25519_public_key"
HOSTNAME_FILE = "hostname"
# tor's key files: a 32-byte tag (NUL-padded) followed by the key material (src/lib/crypt_ops/crypto_format.c).
_SECRET_TAG = b"== ed25519v1-secret: type0 ==\x00\x00\x00"
_PUBLIC_TAG = b"== ed25519v1-public: type0 ==\x00\x00\x00"
_VERSION = b"\x03"


class OnionError(IntakeError):
    """Root of onion-service key problems."""


class OnionDirExistsError(OnionError):
    def __init__(self, directory: Path) -> None:
        super().__init__(f"{directory} already holds an onion service key")
        self.directory = directory


class BadOnionAddressError(OnionError):
    def __init__(self, address: str) -> None:
        super().__init__(f"not a valid v3 onion address: {address!r}")
        self.address = address


def onion_address_from_public_key(public_key: bytes) -> str:
    """``<56 base32 chars>.onion`` for an Ed25519 public key (rend-spec-v3 section 6)."""
    if len(public_key) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    checksum = hashlib.sha3_256(b".onion checksum" + public_key + _VERSION).digest()[:2]
    return base64.b32encode(public_key + checksum + _VERSION).decode("ascii").lower() + ".onion"


def public_key_from_onion_address(address: str) -> bytes:
    """The Ed25519 public key inside a v3 address; raises :class:`BadOnionAddressError` if the checksum fails."""
    label = address.strip().lower().removesuffix(".onion")
    if len(label) != 56:
        raise BadOnionAddressError(address)
    try:
        raw = base64.b32decode(label.upper())
    except ValueError as exc:
        raise BadOnionAddressError(address) from exc
    public_key, version = raw[:32], raw[34:]
    if version != _VERSION or onion_address_from_public_key(public_key) != label + ".onion":
        raise BadOnionAddressError(address)
    return public_key


def _expanded_secret_key(seed: bytes) -> bytes:
    # tor stores the "expanded" Ed25519 secret (ref10 format): the clamped scalar followed by the
    # nonce prefix, i.e. SHA-512(seed) with the RFC 8032 clamping applied to the first half.
    h = bytearray(hashlib.sha512(seed).digest())
    h[0] &= 248
    h[31] &= 127
    h[31] |= 64
    return bytes(h)


def create_onion_service_dir(directory: Path) -> str:
    """Create a tor v3 ``HiddenServiceDir`` at ``directory`` with a fresh key; return its address.

    The directory may exist if it is empty; its mode is set to 0700 (tor refuses anything looser).
    """
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
    if any((directory / name).exists() for name in (SECRET_KEY_FILE, PUBLIC_KEY_FILE, HOSTNAME_FILE)):
        raise OnionDirExistsError(directory)
    key = nacl.signing.SigningKey.generate()
    public = bytes(key.verify_key)
    address = onion_address_from_public_key(public)
    paths.create_private(directory / SECRET_KEY_FILE, _SECRET_TAG + _expanded_secret_key(bytes(key)))
    paths.create_private(directory / PUBLIC_KEY_FILE, _PUBLIC_TAG + public)
    paths.create_private(directory / HOSTNAME_FILE, (address + "\n").encode("ascii"))
    return address


def read_onion_address(directory: Path) -> str:
    """The address of an existing ``HiddenServiceDir`` (derived from its public key, not trusted from ``hostname``)."""
    data = (Path(directory) / PUBLIC_KEY_FILE).read_bytes()
    if len(data) != 64 or not data.startswith(_PUBLIC_TAG):
        raise OnionError(f"{directory} does not hold a tor v3 public key")
    return onion_address_from_public_key(data[32:])
