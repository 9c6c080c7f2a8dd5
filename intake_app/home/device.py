# SPDX-License-Identifier: GPL-3.0-or-later
"""The installation's device key: an Ed25519 key that signs every manifest this machine seals.

Guarantees: the key lives only in ``INTAKE_HOME/keys/device.key``, encrypted with age scrypt
under the caller's passphrase (the store passes its own), written 0600 through an atomic rename;
it is created on first use. Changing the passphrase rewrites the file atomically, so a crash
leaves either the old or the new file, never neither.
Never: writes the key unencrypted, or creates a second key when the existing one cannot be read
(a wrong passphrase is an error, not a reason to start over).
"""

from __future__ import annotations

from pathlib import Path

import nacl.signing

from intake_app.home import paths
from intake_crypto.bundle.signing import DEFAULT_WORK_FACTOR, read_signing_key, write_signing_key

DEVICE_KEY_NAME = "device.key"


def device_key_path() -> Path:
    return paths.keys_dir() / DEVICE_KEY_NAME


def load_or_create_device_key(passphrase: str, *, work_factor: int = DEFAULT_WORK_FACTOR) -> nacl.signing.SigningKey:
    """This installation's signing key; created (and saved encrypted) if there is none yet."""
    path = device_key_path()
    if path.exists():
        return read_signing_key(path, passphrase)
    key = nacl.signing.SigningKey.generate()
    write_signing_key(path, key, passphrase, work_factor=work_factor)
    return key


def change_device_key_passphrase(old: str, new: str, *, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
    """Re-encrypt the device key under ``new`` (raises if ``old`` does not open it)."""
    path = device_key_path()
    key = read_signing_key(path, old)
    write_signing_key(path, key, new, work_factor=work_factor, replace=True)
