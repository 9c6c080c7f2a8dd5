# SPDX-License-Identifier: GPL-3.0-or-later
"""Recipients and identities: X25519, ML-KEM-768+X25519 hybrid, and scrypt passphrases.

Spec sections: age-encryption.org/v1 "X25519 recipient stanza", "scrypt recipient stanza", and
the ``mlkem768x25519`` stanza (age v1.3, HPKE with the X-Wing KEM MLKEM768-X25519, HKDF-SHA256,
ChaCha20-Poly1305, info ``age-encryption.org/mlkem768x25519``).

Error contract of :meth:`unwrap`: returns the 16-byte file key, raises
:class:`IncorrectIdentityError` when no stanza is for this identity (the caller tries the next
one), and :class:`HeaderError` for a stanza of this identity's type that is malformed (wrong
argument count or length, non-canonical base64, a file key that is not 16 bytes, a low-order
X25519 share): those are fatal for the whole file, as in the reference implementation.

Never: logs or exposes key material except through ``str(identity)``, which returns the secret
key string on purpose (for writing identity files).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from intake_crypto.age import _bech32
from intake_crypto.age._errors import (
    HeaderError,
    IncorrectIdentityError,
    KeyFormatError,
    WorkFactorTooLargeError,
)
from intake_crypto.age._format import FILE_KEY_SIZE, Stanza, b64decode, b64encode, hkdf

X25519_LABEL = b"age-encryption.org/v1/X25519"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
HYBRID_LABEL = b"age-encryption.org/mlkem768x25519"
_ZERO_NONCE = bytes(12)
_WRAPPED_SIZE = FILE_KEY_SIZE + 16
_MLKEM_CT = 1088
_MLKEM_PK = 1184
_HYBRID_ENC = _MLKEM_CT + 32
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")
MAX_WORK_FACTOR = 22  # age's default limit for reading; scrypt then needs 4 GiB (128 * r * N)


@runtime_checkable
class Recipient(Protocol):
    """Something a file key can be wrapped to. ``labels`` decide which recipients may share a file."""

    labels: frozenset[str]

    def wrap(self, file_key: bytes) -> list[Stanza]: ...


@runtime_checkable
class Identity(Protocol):
    """Something that can unwrap a file key from a header's stanzas (see module error contract)."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes: ...


def _seal(key: bytes, file_key: bytes) -> bytes:
    return ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)


def _open(key: bytes, body: bytes, kind: str) -> bytes:
    if len(body) != _WRAPPED_SIZE:
        raise HeaderError(f"invalid {kind} stanza: wrapped file key has the wrong size")
    try:
        return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        raise IncorrectIdentityError(f"{kind} stanza is not for this identity") from None


def _multi_unwrap(stanzas: Sequence[Stanza], one: Callable[[Stanza], bytes], what: str) -> bytes:
    mismatch: PassphraseMismatchError | None = None
    for stanza in stanzas:
        try:
            return one(stanza)
        except PassphraseMismatchError as exc:
            mismatch = exc
        except IncorrectIdentityError:
            continue
    raise mismatch or IncorrectIdentityError(f"no stanza matched the {what} identity")


def _x25519_exchange(private: x25519.X25519PrivateKey, share: bytes, kind: str) -> bytes:
    try:
        return private.exchange(x25519.X25519PublicKey.from_public_bytes(share))
    except ValueError:
        # cryptography refuses the all-zero shared secret of low-order points (spec requires it).
        raise HeaderError(f"invalid {kind} stanza: low-order X25519 share") from None


def _checked_x25519_public(raw: bytes, kind: str) -> x25519.X25519PublicKey:
    """``raw`` as an X25519 public key, refusing low-order points: with those every shared secret
    is all zeros, and encryption used to fail with a bare ``ValueError`` (review R13)."""
    public = x25519.X25519PublicKey.from_public_bytes(raw)
    try:
        x25519.X25519PrivateKey.generate().exchange(public)
    except ValueError:
        raise KeyFormatError(f"{kind} public key is a low-order X25519 point") from None
    return public


def _raw_public(key: x25519.X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# --- X25519 --------------------------------------------------------------------------------


class X25519Recipient:
    """An ``age1...`` recipient (spec: "X25519 recipient stanza")."""

    labels: frozenset[str] = frozenset()

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise KeyFormatError("X25519 public key must be 32 bytes")
        self._key = _checked_x25519_public(public_key, "X25519")
        self._public = public_key

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = x25519.X25519PrivateKey.generate()
        share = _raw_public(ephemeral.public_key())
        secret = ephemeral.exchange(self._key)
        key = hkdf(secret, share + self._public, X25519_LABEL)
        return [Stanza("X25519", (b64encode(share),), _seal(key, file_key))]

    def __str__(self) -> str:
        return _bech32.encode("age", self._public)

    def __repr__(self) -> str:
        return f"X25519Recipient({self})"


class X25519Identity:
    """An ``AGE-SECRET-KEY-1...`` identity."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise KeyFormatError("X25519 secret key must be 32 bytes")
        self._secret = secret
        self._private = x25519.X25519PrivateKey.from_private_bytes(secret)
        self._public = _raw_public(self._private.public_key())

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._public)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes:
        return _multi_unwrap(stanzas, self._unwrap, "X25519")

    def _unwrap(self, stanza: Stanza) -> bytes:
        if stanza.type != "X25519":
            raise IncorrectIdentityError("not an X25519 stanza")
        if len(stanza.args) != 1:
            raise HeaderError("invalid X25519 stanza: wrong number of arguments")
        share = b64decode(stanza.args[0])
        if len(share) != 32:
            raise HeaderError("invalid X25519 stanza: share is not 32 bytes")
        secret = _x25519_exchange(self._private, share, "X25519")
        return _open(hkdf(secret, share + self._public, X25519_LABEL), stanza.body, "X25519")

    def __str__(self) -> str:
        return _bech32.encode("age-secret-key-", self._secret).upper()

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient()})"


# --- ML-KEM-768 + X25519 hybrid -------------------------------------------------------------


class HybridRecipient:
    """An ``age1pq1...`` post-quantum hybrid recipient (ML-KEM-768 + X25519, X-Wing via HPKE)."""

    labels: frozenset[str] = frozenset({"postquantum"})

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != _MLKEM_PK + 32:
            raise KeyFormatError("hybrid public key must be 1216 bytes")
        try:
            mlkem_key = mlkem.MLKEM768PublicKey.from_public_bytes(public_key[:_MLKEM_PK])
        except ValueError:
            raise KeyFormatError("invalid ML-KEM-768 public key") from None
        self._key = hpke.MLKEM768X25519PublicKey(
            mlkem_key, _checked_x25519_public(public_key[_MLKEM_PK:], "hybrid recipient's X25519")
        )
        self._bytes = public_key

    def wrap(self, file_key: bytes) -> list[Stanza]:
        sealed = _SUITE.encrypt(file_key, self._key, info=HYBRID_LABEL)
        enc, body = sealed[:_HYBRID_ENC], sealed[_HYBRID_ENC:]
        return [Stanza("mlkem768x25519", (b64encode(enc),), body)]

    def __str__(self) -> str:
        return _bech32.encode("age1pq", self._bytes)

    def __repr__(self) -> str:
        return f"HybridRecipient({str(self)[:20]}...)"


class HybridIdentity:
    """An ``AGE-SECRET-KEY-PQ-1...`` identity: a 32-byte seed expanded with SHAKE256 into an
    ML-KEM-768 seed (64 bytes) and an X25519 private key (32 bytes)."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise KeyFormatError("hybrid identity seed must be 32 bytes")
        self._seed = seed
        expanded = hashlib.shake_256(seed).digest(96)
        self._mlkem = mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
        self._private = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(32))

    def recipient(self) -> HybridRecipient:
        pk = self._mlkem.public_key().public_bytes_raw() + _raw_public(self._x25519.public_key())
        return HybridRecipient(pk)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes:
        return _multi_unwrap(stanzas, self._unwrap, "hybrid")

    def _unwrap(self, stanza: Stanza) -> bytes:
        if stanza.type != "mlkem768x25519":
            raise IncorrectIdentityError("not an mlkem768x25519 stanza")
        if len(stanza.args) != 1:
            raise HeaderError("invalid mlkem768x25519 stanza: wrong number of arguments")
        enc = b64decode(stanza.args[0])
        if len(enc) != _HYBRID_ENC:
            raise HeaderError("invalid mlkem768x25519 stanza: enc is not 1120 bytes")
        if len(stanza.body) != _WRAPPED_SIZE:
            raise HeaderError("invalid mlkem768x25519 stanza: wrapped file key has the wrong size")
        # HPKE would also fail on a low-order share, but as a tag failure; the spec treats it
        # as a malformed stanza, so check the X25519 half first.
        _x25519_exchange(self._x25519, enc[_MLKEM_CT:], "mlkem768x25519")
        try:
            return _SUITE.decrypt(enc + stanza.body, self._private, info=HYBRID_LABEL)
        except (InvalidTag, ValueError):
            raise IncorrectIdentityError("mlkem768x25519 stanza is not for this identity") from None

    def __str__(self) -> str:
        return _bech32.encode("age-secret-key-pq-", self._seed).upper()

    def __repr__(self) -> str:
        return "HybridIdentity(...)"


# --- scrypt --------------------------------------------------------------------------------


def _scrypt_key(passphrase: str, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


class ScryptRecipient:
    """A passphrase (spec: "scrypt recipient stanza"). Must be the only recipient of a file.

    ``work_factor`` is log2 of scrypt's N; 18 is age's default (about a second).
    """

    def __init__(self, passphrase: str, work_factor: int = 18) -> None:
        # At most what ScryptIdentity (and age) open by default: a writer that went up to 30 made
        # files, key files included, that this code's own readers refuse (review R14).
        if not 1 <= work_factor <= MAX_WORK_FACTOR:
            raise KeyFormatError(f"scrypt work factor must be between 1 and {MAX_WORK_FACTOR}")
        if not passphrase:
            raise KeyFormatError("passphrase must not be empty")
        self._passphrase = passphrase
        self.work_factor = work_factor
        # A unique label: scrypt recipients can share a file with no other recipient.
        self.labels = frozenset({"scrypt:" + os.urandom(8).hex()})

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(16)
        key = _scrypt_key(self._passphrase, salt, self.work_factor)
        return [Stanza("scrypt", (b64encode(salt), str(self.work_factor)), _seal(key, file_key))]

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self.work_factor})"


class PassphraseMismatchError(IncorrectIdentityError):
    """The per-identity cause when an scrypt stanza does not open with this passphrase."""


class ScryptIdentity:
    """A passphrase to open an scrypt file; refuses work factors above ``max_work_factor``."""

    def __init__(self, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR) -> None:
        self._passphrase = passphrase
        self.max_work_factor = max_work_factor

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes:
        return _multi_unwrap(stanzas, self._unwrap, "passphrase")

    def _unwrap(self, stanza: Stanza) -> bytes:
        if stanza.type != "scrypt":
            raise IncorrectIdentityError("not an scrypt stanza")
        if len(stanza.args) != 2:
            raise HeaderError("invalid scrypt stanza: wrong number of arguments")
        salt = b64decode(stanza.args[0])
        if len(salt) != 16:
            raise HeaderError("invalid scrypt stanza: salt is not 16 bytes")
        if not _DECIMAL.fullmatch(stanza.args[1]):
            raise HeaderError(f"invalid scrypt work factor {stanza.args[1][:20]!r}")
        work_factor = int(stanza.args[1])
        if work_factor > self.max_work_factor:
            raise WorkFactorTooLargeError(work_factor, self.max_work_factor)
        if len(stanza.body) != _WRAPPED_SIZE:
            raise HeaderError("invalid scrypt stanza: wrapped file key has the wrong size")
        key = _scrypt_key(self._passphrase, salt, work_factor)
        try:
            return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            raise PassphraseMismatchError("incorrect passphrase") from None

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self.max_work_factor})"


# --- parsing -------------------------------------------------------------------------------


def parse_recipient(text: str) -> X25519Recipient | HybridRecipient:
    """An ``age1...`` (X25519) or ``age1pq1...`` (hybrid) recipient. Raises :class:`KeyFormatError`.

    Recipients are lower case, as age requires (it refuses ``AGE1...``; review R10).
    """
    text = text.strip()
    if text != text.lower():
        raise KeyFormatError("recipient must be lower case")
    hrp, data = _bech32.decode(text)
    if hrp == "age":
        return X25519Recipient(data)
    if hrp == "age1pq":
        return HybridRecipient(data)
    raise KeyFormatError(f"unknown recipient type {hrp!r}")


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """One ``AGE-SECRET-KEY-1...`` or ``AGE-SECRET-KEY-PQ-1...`` line. Raises :class:`KeyFormatError`."""
    if text != text.upper():
        raise KeyFormatError("identity must be upper case")
    hrp, data = _bech32.decode(text)
    if hrp == "age-secret-key-":
        return X25519Identity(data)
    if hrp == "age-secret-key-pq-":
        return HybridIdentity(data)
    raise KeyFormatError(f"unknown identity type {hrp!r}")


def parse_identities(text: str) -> list[X25519Identity | HybridIdentity]:
    """The identities of an age identity file (``#`` comments and empty lines ignored).

    Raises :class:`KeyFormatError` naming the line number (never the line's content).
    """
    identities: list[X25519Identity | HybridIdentity] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(parse_identity(line))
        except KeyFormatError as exc:
            raise KeyFormatError(f"identity file line {number}: {exc}") from None
    if not identities:
        raise KeyFormatError("no identities found")
    return identities


def parse_recipients(text: str) -> list[X25519Recipient | HybridRecipient]:
    """The recipients of an age recipients file (``#`` comments and empty lines ignored)."""
    recipients: list[X25519Recipient | HybridRecipient] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            recipients.append(parse_recipient(line))
        except KeyFormatError as exc:
            raise KeyFormatError(f"recipients file line {number}: {exc}") from None
    if not recipients:
        raise KeyFormatError("no recipients found")
    return recipients
