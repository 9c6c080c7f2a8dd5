# SPDX-License-Identifier: GPL-3.0-or-later
"""Exceptions of the age core, rooted at :class:`AgeError`; and :class:`CryptoError`, the one root of
every exception ``intake_crypto/`` raises (``AgeError``, ``BundleError``, ``ReceiptError``, ``TlogError``
and the canonical-JSON error all derive from it).

Each class maps one-to-one onto an ``expect:`` value of the C2SP CCTV age vectors:

===========================  ===================
class                        CCTV ``expect:``
===========================  ===================
:class:`HeaderError`         ``header failure``
:class:`MacError`            ``HMAC failure``
:class:`PayloadError`        ``payload failure``
:class:`ArmorError`          ``armor failure``
:class:`NoIdentityMatchError` ``no match`` (:class:`WrongPassphraseError` for a passphrase)
===========================  ===================

Exceptions carry data and an English developer message; they never carry user-interface prose
and never contain key material or plaintext.
"""

from __future__ import annotations

from collections.abc import Sequence


class CryptoError(Exception):
    """Root of every exception defined in ``intake_crypto/`` (age core, bundle, receipt, log, JSON)."""


class AgeError(CryptoError):
    """Root of every error raised by the age core."""


class HeaderError(AgeError):
    """The header is malformed or a recipient stanza is invalid (spec: "header failure")."""


class UnsupportedVersionError(HeaderError):
    """The file is not age v1 (its first line is not ``age-encryption.org/v1``)."""


class WorkFactorTooLargeError(HeaderError):
    """An scrypt stanza asks for more work than the identity allows (a denial-of-service guard)."""

    def __init__(self, required: int, maximum: int) -> None:
        super().__init__(f"scrypt work factor {required} exceeds the maximum of {maximum}")
        self.required_work_factor = required
        self.max_work_factor = maximum


class MacError(AgeError):
    """The header MAC does not verify: the header was tampered with or the file key is wrong."""


class PayloadError(AgeError):
    """The encrypted payload is truncated, corrupt or has trailing data (spec: "payload failure").

    Plaintext of the chunks before the failing one may already have been written; the failing
    chunk's plaintext never is.
    """

    def __init__(self, message: str, chunk_index: int | None = None) -> None:
        super().__init__(message)
        self.chunk_index = chunk_index


class TruncatedPayloadError(PayloadError):
    """The payload ends before its final chunk (or before its nonce)."""


class ArmorError(AgeError):
    """The ASCII armor is malformed (spec: "armor failure")."""


class KeyFormatError(AgeError):
    """A recipient or identity string is malformed (bad Bech32, wrong prefix or length)."""


class RecipientsError(AgeError):
    """The set of recipients given to encrypt is not allowed (none, or scrypt mixed with others,
    or post-quantum recipients mixed with classic ones)."""


class IncorrectIdentityError(AgeError):
    """One identity does not match one file: the per-identity cause inside
    :class:`NoIdentityMatchError`. Not raised by :func:`intake_crypto.decrypt` on its own."""


class NoIdentityMatchError(AgeError):
    """None of the identities could unwrap the file key (spec: "no match")."""

    def __init__(self, errors: Sequence[BaseException] = (), message: str | None = None) -> None:
        causes = "; ".join(str(e) for e in errors) or "no identities given"
        super().__init__(message or f"no identity matched any of the recipients ({causes})")
        self.errors = list(errors)


class WrongPassphraseError(NoIdentityMatchError):
    """The file is passphrase-encrypted (one scrypt stanza) and the passphrase does not open it."""

    def __init__(self, errors: Sequence[BaseException] = ()) -> None:
        super().__init__(errors, "incorrect passphrase")
