# SPDX-License-Identifier: GPL-3.0-or-later
"""Staff access to the receiver through a second onion service that only authorised staff can
reach: Tor v3 onion client authorisation ("restricted discovery").

The receiver machine publishes the staff onion from ``ARCHIVE/staff-onion/`` (a HiddenServiceDir
with ``authorized_clients/NAME.auth`` files); a staff member's tor holds the matching x25519
private key in its ``ClientOnionAuthDir`` (``NAME.auth_private``). Without that key tor cannot
even decrypt the service's descriptor, so the staff onion cannot be reached, its address alone is
no use to anyone. The staff bearer token is still required on top (two factors: the onion key to
reach the service, the token to use it). The interviewers' public onion (``ARCHIVE/onion``) is
unaffected.

Keys are x25519 (PyNaCl), written in tor's formats (base32, no padding, as tor's
``hs_client_auth`` parser expects): ``descriptor:x25519:PUBLIC`` on the service side and
``ADDRESS:descriptor:x25519:PRIVATE`` on the client side. Guarantees: files 0600 in 0700
directories, never overwritten. Never: writes a private key anywhere but the client's auth dir.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from pathlib import Path

import nacl.public

from intake_app.home import paths
from intake_app.text.errors import IntakeError
from intake_app.transport.onion import (
    create_onion_service_dir,
    public_key_from_onion_address,
    read_onion_address,
)

STAFF_ONION_DIR = "staff-onion"
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


class StaffAccessError(IntakeError):
    """A staff client key or name cannot be used (bad name, bad key text, file already there)."""


@dataclass(frozen=True)
class ClientKey:
    """An onion client-authorisation key pair, base32 as tor writes it."""

    public: str
    private: str

    @classmethod
    def generate(cls) -> ClientKey:
        key = nacl.public.PrivateKey.generate()
        return cls(b32(bytes(key.public_key)), b32(bytes(key)))


def b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def _check_key(text: str) -> str:
    text = text.strip().upper()
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise StaffAccessError("not a base32 x25519 key") from exc
    if len(raw) != 32:
        raise StaffAccessError("an x25519 key is 32 bytes")
    return text


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise StaffAccessError(f"client name {name!r}: use letters, digits, '-' or '_' (at most 64)")
    return name


def _write_new(path: Path, text: str) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)  # tor refuses auth dirs readable by others
    try:
        paths.create_private(path, (text + "\n").encode("ascii"))
    except FileExistsError as exc:
        raise StaffAccessError(f"{path} already exists") from exc


def staff_onion_dir(archive: Path | str) -> Path:
    return Path(archive) / STAFF_ONION_DIR


def create_staff_onion(archive: Path | str) -> str:
    """Make ``ARCHIVE/staff-onion`` (fresh key) unless it exists; return its address."""
    directory = staff_onion_dir(archive)
    if (directory / "hs_ed25519_public_key").exists():
        return read_onion_address(directory)
    return create_onion_service_dir(directory)


def authorize_client(archive: Path | str, name: str, public_key: str) -> Path:
    """Let the holder of ``public_key`` reach the staff onion (tor reads it when it (re)starts)."""
    path = staff_onion_dir(archive) / "authorized_clients" / f"{_check_name(name)}.auth"
    _write_new(path, f"descriptor:x25519:{_check_key(public_key)}")
    return path


def authorized_clients(archive: Path | str) -> list[str]:
    d = staff_onion_dir(archive) / "authorized_clients"
    return sorted(p.stem for p in d.glob("*.auth")) if d.is_dir() else []


def write_client_key(auth_dir: Path | str, onion_address: str, name: str, private_key: str) -> Path:
    """The staff side: ``AUTH_DIR/NAME.auth_private`` for tor's ``ClientOnionAuthDir``."""
    public_key_from_onion_address(onion_address)  # raises on a mistyped address
    label = onion_address.strip().lower().removesuffix(".onion")
    path = Path(auth_dir) / f"{_check_name(name)}.auth_private"
    _write_new(path, f"{label}:descriptor:x25519:{_check_key(private_key)}")
    return path


def service_torrc_lines(archive: Path | str, port: int) -> list[str]:
    """torrc lines publishing the receiver's port as the staff onion too (client auth applies)."""
    return [f"HiddenServiceDir {staff_onion_dir(archive)}", f"HiddenServicePort 80 127.0.0.1:{port}"]


def client_torrc_lines(auth_dir: Path | str) -> list[str]:
    return [f"ClientOnionAuthDir {Path(auth_dir).resolve()}"]
