# SPDX-License-Identifier: GPL-3.0-or-later
"""The age v1 file format (c2sp.org/age), complete and strict, for Testimony Intake.

Public API: streaming :func:`encrypt`/:func:`decrypt` over binary file objects, the in-memory
:func:`encrypt_bytes`/:func:`decrypt_bytes`, X25519 (``age1...``), post-quantum hybrid
ML-KEM-768+X25519 (``age1pq1...``) and scrypt passphrase recipients and identities, and the
typed exceptions rooted at :class:`AgeError`. Every exception ``intake_crypto/`` defines (age, bundle,
receipt, log) derives from :class:`CryptoError`, so a caller can catch one root.
``intake_crypto/SPEC.md`` Part 1 is normative.

This package imports only the standard library, ``cryptography`` and PyNaCl; it never prints,
never translates, and never writes a file except where a caller passes one in.
"""

from intake_crypto.age._age import decrypt, decrypt_bytes, encrypt, encrypt_bytes, read_header
from intake_crypto.age._errors import (
    AgeError,
    ArmorError,
    CryptoError,
    HeaderError,
    IncorrectIdentityError,
    KeyFormatError,
    MacError,
    NoIdentityMatchError,
    PayloadError,
    RecipientsError,
    TruncatedPayloadError,
    UnsupportedVersionError,
    WorkFactorTooLargeError,
    WrongPassphraseError,
)
from intake_crypto.age._format import Stanza
from intake_crypto.age._recipients import (
    HybridIdentity,
    HybridRecipient,
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    parse_identities,
    parse_identity,
    parse_recipient,
    parse_recipients,
)

# Bundle, profile, manifest and signing-key exceptions (owned by the bundle area; see SPEC.md Part 2).
from intake_crypto.bundle._bundle_errors import (
    BundleError,
    BundleFormatError,
    BundleIntegrityError,
    BundleSizeError,
    BundleTamperedError,
    BundleTruncatedError,
    ManifestError,
    ManifestSignatureError,
    NoMatchingKeyError,
    OutputDirError,
    PassphraseRequiredError,
    PayloadMismatchError,
    ProfileError,
    ProfileFingerprintError,
    ProfileFormatError,
    ProfileNameError,
    ProfilePrivateKeyError,
    ProfileSignatureError,
    SigningKeyError,
    UnknownVersionError,
    UnsafeMemberError,
    WrongKeyPassphraseError,
)

# Canonical JSON (SPEC 2.1): what every signature and commitment of the archive format is over.
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical

__all__ = [
    "AgeError",
    "ArmorError",
    "BundleError",
    "BundleFormatError",
    "BundleIntegrityError",
    "BundleSizeError",
    "BundleTamperedError",
    "BundleTruncatedError",
    "CanonicalJSONError",
    "CryptoError",
    "HeaderError",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "IncorrectIdentityError",
    "KeyFormatError",
    "MacError",
    "ManifestError",
    "ManifestSignatureError",
    "NoIdentityMatchError",
    "NoMatchingKeyError",
    "OutputDirError",
    "PassphraseRequiredError",
    "PayloadError",
    "PayloadMismatchError",
    "ProfileError",
    "ProfileFingerprintError",
    "ProfileFormatError",
    "ProfileNameError",
    "ProfilePrivateKeyError",
    "ProfileSignatureError",
    "Recipient",
    "RecipientsError",
    "ScryptIdentity",
    "ScryptRecipient",
    "SigningKeyError",
    "Stanza",
    "TruncatedPayloadError",
    "UnknownVersionError",
    "UnsafeMemberError",
    "UnsupportedVersionError",
    "WorkFactorTooLargeError",
    "WrongKeyPassphraseError",
    "WrongPassphraseError",
    "X25519Identity",
    "X25519Recipient",
    "canonical",
    "decrypt",
    "decrypt_bytes",
    "encrypt",
    "encrypt_bytes",
    "parse_identities",
    "parse_identity",
    "parse_recipient",
    "parse_recipients",
    "read_header",
]
