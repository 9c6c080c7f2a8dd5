# SPDX-License-Identifier: GPL-3.0-or-later
# Bundle, profile, manifest and signing-key exceptions (owned by the bundle area; see SPEC.md Part 2).
from crypto._bundle_errors import (  # noqa: E402,F401
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
    ProfileFormatError,
    ProfilePrivateKeyError,
    ProfileSignatureError,
    SigningKeyError,
    UnknownVersionError,
    UnsafeMemberError,
    WrongKeyPassphraseError,
)
