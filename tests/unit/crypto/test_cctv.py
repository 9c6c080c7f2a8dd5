# SPDX-License-Identifier: GPL-3.0-or-later
"""Every C2SP CCTV age vector: success vectors decrypt to the payload hash; failure vectors raise
exactly the exception class their ``expect:`` maps to, and payload failures release exactly the
plaintext the vector says (the chunks before the failing one)."""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import intake_crypto as crypto

VECTORS = Path(__file__).resolve().parents[2] / "vectors" / "age-cctv"

EXPECT = {
    "success": None,
    "header failure": crypto.HeaderError,
    "HMAC failure": crypto.MacError,
    "payload failure": crypto.PayloadError,
    "armor failure": crypto.ArmorError,
    "no match": crypto.NoIdentityMatchError,
}


@dataclass
class Vector:
    name: str
    expect: str
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    body: bytes = b""


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    vector = Vector(path.name, "")
    compressed = False
    for line in head.decode().splitlines():
        key, _, value = line.partition(": ")
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib"
            compressed = True
    vector.body = zlib.decompress(body) if compressed else body
    return vector


def identities(vector: Vector) -> list[crypto.Identity]:
    ids: list[crypto.Identity] = [crypto.parse_identity(i) for i in vector.identities]
    ids += [crypto.ScryptIdentity(p) for p in vector.passphrases]
    return ids


ALL = sorted(p for p in VECTORS.iterdir() if p.name not in {"README.md", "LICENSE"})


def test_vectors_present() -> None:
    assert len(ALL) == 143


def expected_class(vector: Vector) -> type[crypto.AgeError] | None:
    cls = EXPECT[vector.expect]
    if cls is crypto.NoIdentityMatchError and vector.passphrases and b"\n-> scrypt " in vector.body:
        return crypto.WrongPassphraseError  # a passphrase that fails is not "not for you"
    return cls


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
@pytest.mark.parametrize("workers", [1, 2])
def test_cctv(path: Path, workers: int) -> None:
    vector = load(path)
    assert vector.expect in EXPECT, vector.expect
    out = io.BytesIO()
    cls = expected_class(vector)
    if cls is None:
        crypto.decrypt(
            io.BytesIO(vector.body), out, identities(vector), armor=vector.armored, workers=workers
        )
    else:
        with pytest.raises(crypto.AgeError) as info:
            crypto.decrypt(
                io.BytesIO(vector.body), out, identities(vector), armor=vector.armored, workers=workers
            )
        assert type(info.value) is cls or (
            cls in (crypto.HeaderError, crypto.PayloadError) and isinstance(info.value, cls)
        ), f"{type(info.value).__name__}: {info.value}"
        if cls is not crypto.PayloadError:
            assert out.getvalue() == b"", "plaintext released before a header/armor failure"
    if vector.payload is not None:
        assert hashlib.sha256(out.getvalue()).hexdigest() == vector.payload


ARMORED = [
    p
    for p in ALL
    if load(p).armored and load(p).body.lstrip().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
]


@pytest.mark.parametrize("path", ARMORED, ids=[p.name for p in ARMORED])
def test_armor_detected(path: Path) -> None:
    """Auto-detection (armor=None) gives the same outcome for armored vectors that start with
    the armor header (after optional whitespace)."""
    vector = load(path)
    out = io.BytesIO()
    cls = expected_class(vector)
    try:
        crypto.decrypt(io.BytesIO(vector.body), out, identities(vector))
    except crypto.AgeError as exc:
        assert cls is not None and isinstance(exc, cls)
    else:
        assert cls is None
