# SPDX-License-Identifier: GPL-3.0-or-later
"""Exceptions of the sealed bundle, the archive profile, manifests and signing keys.

All are rooted at :class:`BundleError` (separate from ``AgeError``, which the age core raises);
both derive from :class:`crypto.CryptoError`.
They carry data and an English developer message; the app's edges translate them. They never
carry plaintext testimony or identity values.
"""

from __future__ import annotations

from intake_crypto.age._errors import CryptoError


class BundleError(CryptoError):
    """Root of every bundle, profile, manifest and signing-key error."""


# --- archive profile -------------------------------------------------------------------------
class ProfileError(BundleError):
    """The archive profile cannot be used."""


class ProfileFormatError(ProfileError):
    """The profile is not a well-formed version-1 archive profile."""


class ProfileNameError(ProfileFormatError):
    """The profile's ``name`` holds a control character, a line break, a bidirectional-text
    control or ``<``/``>``: text that could draw a false line (e.g. a fake "Fingerprint:") next
    to the real one where the name is shown."""


class ProfileSignatureError(ProfileError):
    """The profile's signature does not verify with its profile-signing key."""


class ProfileFingerprintError(ProfileSignatureError):
    """The profile verifies, but its fingerprint is not the one expected (typed by a person after
    reading it out by phone, or pinned earlier): it is not the confirmed archive's profile."""


class ProfilePrivateKeyError(ProfileError):
    """The profile holds private key material; it must never be shared like that."""


# --- signing keys ----------------------------------------------------------------------------
class SigningKeyError(BundleError):
    """A signing-key file is unreadable or malformed."""


class PassphraseRequiredError(SigningKeyError):
    """The key file is passphrase-protected and no passphrase was given."""


class WrongKeyPassphraseError(SigningKeyError):
    """The passphrase does not open the key file."""


# --- manifest --------------------------------------------------------------------------------
class ManifestError(BundleError):
    """A manifest is malformed."""


class ManifestSignatureError(ManifestError):
    """The device signature over the manifest does not verify."""


# --- bundle structure and contents ------------------------------------------------------------
class BundleFormatError(BundleError):
    """The file is not a well-formed sealed bundle."""

    def __init__(self, message: str, *, side: str | None = None) -> None:
        super().__init__(message)
        self.side = side


class UnsafeMemberError(BundleFormatError):
    """A tar member is unsafe: a path that escapes, a link, a device, a duplicate or an odd name."""


class UnknownVersionError(BundleFormatError):
    """The bundle or manifest declares a format version this code does not know."""


class BundleSizeError(BundleFormatError):
    """A size is absurd or larger than the limits allow."""


class BundleIntegrityError(BundleFormatError):
    """The contents disagree with the signed manifest (hash, size or file list): tampered."""


class BundleTamperedError(BundleFormatError):
    """An encrypted part failed authentication: the bundle was changed or damaged."""


class BundleTruncatedError(BundleFormatError):
    """The bundle ends too early."""


class NoMatchingKeyError(BundleError):
    """None of the given keys opens any encrypted part of the bundle."""


class OutputDirError(BundleError):
    """The output directory cannot be used (exists and is not empty, or is not a directory)."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class PayloadMismatchError(BundleError):
    """While sealing, a payload stream yielded a different number of bytes than declared."""
