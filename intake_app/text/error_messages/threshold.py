# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for the k-of-n identity reveal (issue 23): policy, shares, ceremony."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.archive import identity_migration, reveal, reveal_log, share_qr
from intake_app.archive import setup as archive_setup
from intake_app.text.errors import for_edge
from intake_app.text.i18n import translate
from intake_crypto.bundle import threshold


def _policy(e: BaseException) -> tuple[str, str]:
    problem = getattr(e, "problem", "")
    if problem == "threshold":
        message = translate("Errors", "The threshold must be at least 2 and at most the number of custodians.")
    elif problem == "duplicate":
        message = translate("Errors", "A custodian is listed twice.")
    elif problem == "kind":
        message = for_edge(cli=translate("Errors", "Custodian keys must be post-quantum (age1pq1…), or all classic with --classic."), gui=translate("Errors", "Custodian keys must be post-quantum (age1pq1…), or all of them classic."))
    else:
        message = translate("Errors", "A custodian key is not an age recipient.")
    return message, for_edge(cli=translate("Errors", "Give each custodian's public key from 'intake keygen', separated by commas."), gui=translate("Errors", "Give each custodian's public key, separated by commas."))


MESSAGES: dict[type, Callable[[BaseException], tuple[str, str]]] = {
    archive_setup.CustodianPolicyError: _policy,
    threshold.ThresholdError: lambda e: (
        translate("Errors", "The custodian shares of this bundle cannot be used."),
        translate("Errors", "Check that the files are the right bundle and share files.")),
    threshold.ThresholdFormatError: lambda e: (
        translate("Errors", "A share file or the bundle's custodian header is malformed."),
        translate("Errors", "Ask the custodian for a fresh share of this bundle.")),
    threshold.ShareMismatchError: lambda e: (
        translate("Errors", "Share {0} is forged, damaged or for another bundle; nothing was opened.").format(
            getattr(e, "index", "?")),
        translate("Errors", "Ask custodian {0} for a fresh share of this bundle, and report this one.").format(
            getattr(e, "index", "?"))),
    threshold.NotEnoughSharesError: lambda e: (
        translate("Errors", "Not enough shares: {0} valid of the {1} needed; nothing was opened.").format(
            getattr(e, "have", "?"), getattr(e, "need", "?")),
        translate("Errors", "{0} more custodian share(s) are needed.").format(getattr(e, "missing", "?"))),
    threshold.NotACustodianError: lambda e: (
        translate("Errors", "Your key is not one of this bundle's custodians."),
        translate("Errors", "Use the custodian key named in the archive's profile.")),
    reveal_log.RevealLogError: lambda e: (
        translate("Errors", "The archive's reveal log cannot be read or does not verify."),
        translate("Errors", "Nothing was released or opened. Check the archive folder and its receipt key.")),
    reveal_log.RevealLogForkError: lambda e: (
        translate("Errors", "A logged share release or reveal (entry {0}) is missing from the archive's reveal "
                            "log, or the log was rewritten.").format(getattr(e, "index", "?")),
        translate("Errors", "Treat this as tampering: keep the custody logs and report it to the other custodians.")),
    reveal_log.RevealNotLoggedError: lambda e: (
        translate("Errors", "Custody event {0} records a share release or reveal that is not in the archive's reveal "
                            "log.").format(getattr(e, "seq", "?")),
        translate("Errors", "Treat this as tampering: keep the custody logs and report it to the other custodians.")),
    reveal_log.RevealLogRewrittenError: lambda e: (
        translate("Errors", "The archive's public receipt log anchored a reveal log of {0} entries (at its entry "
                            "{1}) that the current reveal log does not extend: the reveal log was rewritten.").format(
            getattr(e, "size", "?"), getattr(e, "index", "?")),
        translate("Errors", "Treat this as tampering: keep the custody logs and report it to the other custodians.")),
    reveal_log.CopyDivergedError: lambda e: (
        translate("Errors", "The copy's reveal log does not continue this archive's: another step was logged here "
                            "after the copy was made, or the copy is of another archive."),
        translate("Errors", "Nothing was imported. Keep the copy and its custody log; report it to the other "
                            "custodians.")),
    share_qr.NotAShareCodeError: lambda e: (
        translate("Errors", "No custodian share was found in this picture."),
        translate("Errors", "Take the picture again with the whole QR code in view, sharp and well lit, or use the "
                            "share file.")),
    share_qr.IncompleteShareSetError: lambda e: (
        translate("Errors", "This share is drawn on {0} pictures; picture(s) {1} are missing. Nothing was opened.")
        .format(getattr(e, "total", "?"), getattr(e, "missing", "?")),
        translate("Errors", "Give every picture of the numbered set.")),
    share_qr.ShareSetMismatchError: lambda e: (
        translate("Errors", "These share pictures do not fit together: damaged, or from different shares. Nothing "
                            "was opened."),
        translate("Errors", "Take the pictures again, or ask the custodian for a fresh share.")),
    reveal.ReceiptLogMismatchError: lambda e: (
        translate("Errors", "The archive's receipt log does not match a signed checkpoint of it: it was changed."),
        translate("Errors", "Treat this as tampering: keep the custody logs and report it to the other custodians.")),
    identity_migration.MigrationError: lambda e: (
        {"already": translate("Errors", "This archive already seals identity to custodians."),
         "no-key": translate("Errors", "This archive has no identity key to retire."),
         "not-migrated": translate("Errors", "New bundles are still sealed to this identity key; move the archive "
                                             "to custodians first.")}.get(getattr(e, "problem", ""),
                                                                          translate("Errors", "The identity key cannot be changed.")),
        translate("Errors", "Nothing was changed.")),
    reveal.NotThresholdSealedError: lambda e: (
        translate("Errors", "This bundle's identity side is not sealed to custodians."),
        for_edge(cli=translate("Errors", "Open it with the archive's identity key (intake open)."), gui=translate("Errors", "Open it with the archive's identity key on the tab “2. Check, open and export”."))),
}
