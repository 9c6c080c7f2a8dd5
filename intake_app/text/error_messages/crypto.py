# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for the age core's errors (``crypto.AgeError`` and its subclasses).

Each failure a person can meet has its own words: a wrong passphrase, a file not encrypted to
this key, and a damaged or tampered file are different problems with different next steps.
"""

from __future__ import annotations

from collections.abc import Callable

import intake_crypto as crypto
from intake_app.text.errors import for_edge
from intake_app.text.i18n import translate
from intake_crypto.age import keyfile


def _work_factor(exc: BaseException) -> tuple[str, str]:
    assert isinstance(exc, crypto.WorkFactorTooLargeError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    return (
        translate(
            "Errors",
            "The file asks for an unusually expensive passphrase check (work factor {0}, limit {1}).",
        ).format(exc.required_work_factor, exc.max_work_factor),
        translate(
            "Errors",
            "It was refused to protect this computer. Only continue if you trust where the file came from.",
        ),
    )


def _payload(exc: BaseException) -> tuple[str, str]:
    assert isinstance(exc, crypto.PayloadError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    return (
        translate("Errors", "The encrypted file is damaged or has been tampered with."),
        translate(
            "Errors",
            "Do not rely on any partial output. Get a fresh copy of the file.",
        ),
    )


MESSAGES: dict[type[BaseException], Callable[[BaseException], tuple[str, str]]] = {
    crypto.AgeError: lambda exc: (
        translate("Errors", "The file could not be encrypted or decrypted."),
        translate("Errors", "Check the file and the keys, then try again."),
    ),
    crypto.HeaderError: lambda exc: (
        translate("Errors", "This is not a valid age-encrypted file, or its header is damaged."),
        translate("Errors", "Check that you chose the right file; if so, get a fresh copy."),
    ),
    crypto.UnsupportedVersionError: lambda exc: (
        translate("Errors", "This file uses a newer or unknown version of the age format."),
        translate("Errors", "Update this app, then try again."),
    ),
    crypto.WorkFactorTooLargeError: _work_factor,
    crypto.MacError: lambda exc: (
        translate("Errors", "The encrypted file's header has been modified or damaged."),
        translate("Errors", "Do not trust this file. Get a fresh copy from its source."),
    ),
    crypto.PayloadError: _payload,
    crypto.TruncatedPayloadError: lambda exc: (
        translate("Errors", "The encrypted file is incomplete: it ends too early."),
        translate(
            "Errors", "The copy or download was probably interrupted. Get a complete copy of the file."
        ),
    ),
    crypto.ArmorError: lambda exc: (
        translate("Errors", "The text-armored encrypted file is damaged (lines changed, added or cut)."),
        translate("Errors", "Copy the whole text again, from the BEGIN line to the END line, unchanged."),
    ),
    crypto.KeyFormatError: lambda exc: (
        translate("Errors", "A key is not written correctly (it may be mistyped or cut short)."),
        translate(
            "Errors",
            "Copy the key again exactly; recipients start with age1, secret keys with AGE-SECRET-KEY-.",
        ),
    ),
    crypto.RecipientsError: lambda exc: (
        translate("Errors", "These recipients cannot be used together."),
        translate(
            "Errors", "Use either one passphrase alone, or only post-quantum keys, or only classic keys."
        ),
    ),
    crypto.NoIdentityMatchError: lambda exc: (
        translate("Errors", "This file was not encrypted to any of the keys you gave."),
        translate("Errors", "Use the key (identity file) of one of the file's recipients."),
    ),
    crypto.WrongPassphraseError: lambda exc: (
        translate("Errors", "The passphrase is wrong."),
        translate("Errors", "Check the passphrase (and the keyboard layout) and try again."),
    ),
    keyfile.PassphraseRequiredError: lambda exc: (
        translate("Errors", "The key file is protected by a passphrase, and none was given."),
        for_edge(cli=translate("Errors", "Enter the passphrase when asked, or use --passphrase-file."), gui=translate("Errors", "Type the passphrase when asked.")),
    ),
}
