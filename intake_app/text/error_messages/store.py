# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for store errors (see the package docstring). Never includes testimony content."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.store import errors as e
from intake_app.text.errors import for_edge, with_details
from intake_app.text.i18n import translate


def state_text(state: str) -> str:
    """A record's state in the person's language: the store's names (draft, final, receipted) are
    English and never go into a translated message as they are (zh-review F21)."""
    return {
        "draft": translate("Errors", "a draft"),
        "final": translate("Errors", "finalised"),
        "finalised": translate("Errors", "finalised"),
        "receipted": translate("Errors", "sent, with a verified receipt"),
    }.get(state, translate("Errors", "in another state"))


def _wrong_passphrase(exc: BaseException) -> tuple[str, str]:
    assert isinstance(exc, e.WrongPassphraseError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    hint = translate("Errors", "Check the passphrase (and the keyboard layout) and try again.")
    if exc.delay >= 1:
        hint = translate(
            "Errors", "After {0} failed attempts the store waits {1} seconds before the next try."
        ).format(exc.failures, int(exc.delay))
    return translate("Errors", "The passphrase does not unlock this store."), hint


def _blob_write(exc: BaseException) -> tuple[str, str]:
    assert isinstance(exc, e.BlobWriteError)  # noqa: S101 - narrows the type: the message table calls this only for that class
    if exc.disk_full:
        return (
            translate("Errors", "The disk is full; the file could not be stored."),
            translate("Errors", "Everything stored earlier is intact. Free some space and try again."),
        )
    return (
        translate("Errors", "A file could not be written to the store."),  # the system's reason is English
        with_details(translate("Errors", "Everything stored earlier is intact. Check the disk and try again."),
                     exc.reason),
    )


MESSAGES: dict[type[BaseException], Callable[[BaseException], tuple[str, str]]] = {
    e.StoreError: lambda exc: (
        translate("Errors", "The local store reported a problem."),
        translate("Errors", "Nothing stored earlier was changed. Please try again."),
    ),
    e.StoreNotFoundError: lambda exc: (
        translate("Errors", "There is no store here yet."),
        for_edge(cli=translate("Errors", "Create one with: intake store init"), gui=translate("Errors", "Set up the app first: its first start creates the store.")),
    ),
    e.StoreExistsError: lambda exc: (
        translate("Errors", "A store already exists here."),
        translate("Errors", "Use the existing store, or wipe it first if you really mean to start over."),
    ),
    e.WrongPassphraseError: _wrong_passphrase,
    e.StoreLockedError: lambda exc: (
        translate("Errors", "The store is locked."),
        translate("Errors", "Unlock it with your passphrase to continue."),
    ),
    e.StoreCorruptError: lambda exc: (
        translate("Errors", "The store's database is damaged or is not a store."),
        translate("Errors", "Do not delete anything. Contact the archive's support for help with recovery."),
    ),
    e.StoreVersionError: lambda exc: (
        translate("Errors", "This store was written by a newer version of the app."),
        translate("Errors", "Install the newest version of the app to open it."),
    ),
    e.StoreFullError: lambda exc: (
        translate("Errors", "The disk is full; the change was not saved."),
        translate("Errors", "Everything stored earlier is intact. Free some space and try again."),
    ),
    e.RecordNotFoundError: lambda exc: (
        translate("Errors", "There is no record with that id in the store."),
        for_edge(cli=translate("Errors", "List the records with: intake store list"), gui=translate("Errors", "Go back to the list and choose a testimony from it.")),
    ),
    e.InvalidStateError: lambda exc: (
        translate("Errors", "This record cannot be changed that way now (it is {0}).").format(
            state_text(str(getattr(exc, "state", "")))
        ),
        translate("Errors", "Finalised testimonies cannot be edited; add a note or start a new version."),
    ),
    e.IdentityUnavailableError: lambda exc: (
        translate("Errors", "Identity details cannot be saved without an archive profile."),
        translate("Errors", "Import the archive's profile first, so identity details can be sealed to it."),
    ),
    e.BlobError: lambda exc: (
        translate("Errors", "A stored file could not be read."),
        translate("Errors", "Other records are not affected. Contact the archive's support."),
    ),
    e.BlobMissingError: lambda exc: (
        translate("Errors", "A stored file is missing from the store."),
        translate("Errors", "Other records are not affected. Restore the store from a backup if you have one."),
    ),
    e.BlobCorruptError: lambda exc: (
        translate("Errors", "A stored file is damaged or was altered."),
        translate("Errors", "Other records are not affected. Contact the archive's support."),
    ),
    e.BlobTruncatedError: lambda exc: (
        translate("Errors", "A recording or file was interrupted before it was finished."),
        translate("Errors", "Open the store again to recover everything up to the interruption."),
    ),
    e.BlobWriteError: _blob_write,
    e.ProfileMismatchError: lambda exc: (
        translate("Errors", "This profile is for another archive: this store is bound to \u201c{0}\u201d "
                            "(fingerprint {1}), the profile given has fingerprint {2}. Nothing was sealed.").format(
            _one_line(getattr(exc, "pinned_name", "")), getattr(exc, "pinned_fingerprint", ""),
            getattr(exc, "offered_fingerprint", "")),
        for_edge(cli=translate("Errors", "Use the profile of the archive this store was set up for. To move the store to "
                            "another archive, check the new fingerprint with that archive by phone, then run: "
                            "intake store rebind --profile FILE --fingerprint \"DIGITS\""), gui=translate("Errors", "Use the profile of the archive this store was set up for. To move the store to another archive, ask the archive's support contact.")),
    ),
    e.EnrolmentNotForThisStoreError: lambda exc: _enrolment_refused(exc),
    e.ProfileReplaceRefusedError: lambda exc: (
        translate("Errors", "Interviews holding material sealed for the current archive, which the new "
                            "archive could not open: {0}.").format(getattr(exc, "waiting", 0)),
        translate("Errors", "Finish them and send them to the current archive first, then change the archive."),
    ),
}


def _enrolment_refused(exc: BaseException) -> tuple[str, str]:
    which = getattr(exc, "which", "")
    if which == "archive":
        message = translate("Errors", "This enrolment was signed by another archive, not the one this device "
                                      "seals for. It was not kept.")
    elif which == "device":
        message = translate("Errors", "This enrolment is for another device. It was not kept.")
    else:
        message = translate("Errors", "This device is not set up for an archive yet, so an enrolment cannot be "
                                      "checked. It was not kept.")
    return message, translate("Errors", "Give the archive this device's public key and ask for its enrolment "
                                        "file again.")


def _one_line(text: object) -> str:
    from intake_app.cli.common import one_line

    return one_line(text)
