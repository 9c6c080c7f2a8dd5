# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for bundle, profile, manifest and signing-key errors (see the package docstring)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from intake_app.archive import setup as archive_setup
from intake_app.cli import bundle as cli_bundle
from intake_app.sealing import audio_lossless
from intake_app.sealing import metadata as metadata_strip
from intake_app.sealing import service as bundle_service
from intake_app.text.errors import for_edge
from intake_app.text.i18n import translate
from intake_crypto.bundle import _bundle_errors as E
from intake_crypto.bundle import enrolment as enrolments


def _side(exc: Any) -> str:
    side = getattr(exc, "side", None)
    if side == "content":
        return translate("Errors", "the content part (content.age)")
    if side == "identity":
        return translate("Errors", "the identity part (identity.age)")
    return translate("Errors", "the bundle")


def _tampered_hint() -> str:
    return translate("Errors", "Do not use this copy. Ask for the bundle to be sent again and keep this one for inquiry.")


MESSAGES: dict[type, Callable[[Any], tuple[str, str]]] = {
    E.BundleError: lambda e: (
        translate("Errors", "The bundle could not be processed."),
        translate("Errors", "Nothing was written. Please report this to the archive's support contact."),
    ),
    E.ProfileError: lambda e: (
        translate("Errors", "The archive profile cannot be used."),
        translate("Errors", "Ask the archive for a fresh copy of its profile."),
    ),
    E.ProfileFormatError: lambda e: (
        translate("Errors", "This file is not a valid archive profile."),
        translate("Errors", "Ask the archive for a fresh copy of its profile."),
    ),
    E.ProfileNameError: lambda e: (
        translate("Errors", "The archive profile was refused: its name holds line breaks, control characters "
                            "or markup, which could show a false fingerprint."),
        translate("Errors", "Do not use it. Ask the archive for a fresh copy and compare the fingerprint by phone."),
    ),
    E.ProfileSignatureError: lambda e: (
        translate("Errors", "The archive profile's signature is not valid: it was changed or damaged."),
        translate("Errors", "Do not use it. Ask the archive for a fresh copy and compare the fingerprint by phone."),
    ),
    E.ProfileFingerprintError: lambda e: (
        translate("Errors", "The profile's fingerprint is not the one you gave."),
        translate("Errors", "Check each digit with the archive by phone. If they differ, do not use this profile."),
    ),
    E.ProfilePrivateKeyError: lambda e: (
        translate("Errors", "The archive profile contains a private key and was refused."),
        translate("Errors", "Private keys must never be shared. Tell the archive at once; it should make new keys."),
    ),
    E.SigningKeyError: lambda e: (
        translate("Errors", "A signing key file could not be read."),
        translate("Errors", "Check that you chose the right key file."),
    ),
    E.PassphraseRequiredError: lambda e: (
        translate("Errors", "The key file is protected by a passphrase."),
        for_edge(cli=translate("Errors", "Give the passphrase with --passphrase-file or type it when asked."), gui=translate("Errors", "Type the passphrase when asked.")),
    ),
    E.WrongKeyPassphraseError: lambda e: (
        translate("Errors", "The passphrase does not open the key file."),
        translate("Errors", "Check the passphrase and try again."),
    ),
    E.ManifestError: lambda e: (
        translate("Errors", "The bundle's manifest is not valid."),
        _tampered_hint(),
    ),
    E.BundleFormatError: lambda e: (
        translate("Errors", "The bundle is damaged or was changed: {0} is not well-formed.").format(_side(e)),
        _tampered_hint(),
    ),
    E.UnsafeMemberError: lambda e: (
        translate("Errors", "The bundle holds an unsafe entry in {0} and was refused.").format(_side(e)),
        _tampered_hint(),
    ),
    E.UnknownVersionError: lambda e: (
        translate("Errors", "The bundle uses a format version this program does not know."),
        translate("Errors", "Update the program, then try again."),
    ),
    E.BundleSizeError: lambda e: (
        translate("Errors", "A size inside {0} is impossible.").format(_side(e)),
        _tampered_hint(),
    ),
    E.BundleIntegrityError: lambda e: (
        translate("Errors", "The contents of {0} do not match its signed manifest: it was changed.").format(_side(e)),
        _tampered_hint(),
    ),
    E.BundleTamperedError: lambda e: (
        translate("Errors", "{0} failed its integrity check: the bundle was changed or damaged.").format(_side(e)),
        _tampered_hint(),
    ),
    E.BundleTruncatedError: lambda e: (
        translate("Errors", "The bundle is incomplete: {0} ends too early.").format(_side(e)),
        translate("Errors", "The transfer was probably cut off. Ask for the bundle to be sent again."),
    ),
    E.NoMatchingKeyError: lambda e: (
        translate("Errors", "Wrong key: a key you gave opens no part of this bundle."),
        translate("Errors", "Use the archive's content key and/or identity key for this bundle."),
    ),
    E.OutputDirError: lambda e: (
        translate("Errors", "The output folder {0} cannot be used: it must be new or empty.").format(e.path),
        translate("Errors", "Choose a new folder."),
    ),
    E.PayloadMismatchError: lambda e: (
        translate("Errors", "A recording or attachment changed while it was being sealed."),
        translate("Errors", "Nothing was sealed. Try again."),
    ),
    enrolments.EnrolmentError: lambda e: (
        translate("Errors", "This is not a valid device enrolment from an archive."),
        translate("Errors", "Ask the archive for the enrolment file again."),
    ),
    enrolments.InterviewerCodeError: lambda e: (
        translate("Errors", "An interviewer code is 1-4 capital letters, a dash and 1-6 digits, e.g. IV-07."),
        translate("Errors", "Use a pseudonymous code; never a name. Nothing was signed."),
    ),
    bundle_service.EnrolmentMismatchError: lambda e: (
        translate("Errors", "This device's enrolment belongs to another archive or another device. Nothing was "
                            "sealed."),
        translate("Errors", "Ask the archive this device seals for to enrol it again."),
    ),
    bundle_service.SealError: lambda e: (
        translate("Errors", "The testimony could not be sealed."),
        translate("Errors", "Nothing was sealed. Check the answers and files, then try again."),
    ),
    bundle_service.AnswersInvalidError: lambda e: (
        translate("Errors", "The answers do not satisfy the form ({0} problems).").format(len(e.problems)),
        for_edge(cli=translate("Errors", "Check the answers with 'intake forms check', then try again."), gui=translate("Errors", "Correct the answers the app marks, then try again.")),
    ) if e.problems else (
        translate("Errors", "The testimony could not be sealed."),
        translate("Errors", "Nothing was sealed. Check the answers and files, then try again."),
    ),
    bundle_service.FormNotAcceptedError: lambda e: (
        translate("Errors", "The archive does not accept this form ({0}, version {1}).").format(e.form_id, e.version),
        translate("Errors", "Use a form the archive's profile lists."),
    ),
    bundle_service.BundleTooLargeError: lambda e: (
        translate("Errors", "The bundle would be larger than the archive accepts ({0} bytes).").format(e.limit),
        translate("Errors", "Use compact audio (Opus) or split the testimony."),
    ),
    metadata_strip.UnsupportedAttachmentError: lambda e: (
        translate("Errors", "Files of type {0} cannot be cleaned of hidden metadata, so they are refused.").format(
            e.media_type),
        translate("Errors", "Convert it to JPEG, PNG, WebP, plain text, FLAC, Opus, WAV, MP3 or a plain PDF (without attached files, scripts or forms) first."),
    ),
    metadata_strip.DamagedAttachmentError: lambda e: (
        translate("Errors", "The file is damaged or not of type {0}.").format(e.media_type),
        translate("Errors", "Check the file and try again."),
    ),
    # A FLAC or WAV whose clean copy is read in place changed while it was sealed (issue 24).
    audio_lossless.MalformedAudioError: lambda e: (
        translate("Errors", "The file is damaged or not of type {0}.").format(e.media_type),
        translate("Errors", "Check the file and try again."),
    ),
    archive_setup.ArchiveDirError: lambda e: (
        translate("Errors", "The archive folder {0} must be new or empty.").format(e.path),
        translate("Errors", "Choose a new folder."),
    ),
    archive_setup.OnionAddressError: lambda e: (
        translate("Errors", "The receiver address {0} is not a v3 .onion address.").format(e.path),
        translate("Errors", "Check the address, or leave the option out to create a new onion service."),
    ),
    cli_bundle.CliInputError: lambda e: (
        translate("Errors", "The file {0} cannot be used here.").format(e.path),
        for_edge(cli=translate("Errors", "Check the command's options (intake COMMAND --help)."), gui=translate("Errors", "Choose another file and try again.")),
    ),
}
