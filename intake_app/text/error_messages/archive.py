# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for archive errors: custody logs, bags, fixity."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.archive import bag, custodians, custody, fetch, integrity, link, release, staff_onion, virus
from intake_app.archive import desk as archive_desk
from intake_app.text.errors import for_edge, with_details
from intake_app.text.i18n import translate

MESSAGES: dict[type, Callable[[BaseException], tuple[str, str]]] = {
    custody.CustodyTamperedError: lambda e: (
        translate("Errors", "The custody log has been altered (record {0}).").format(getattr(e, "line", "?")),
        with_details(translate("Errors", "Do not use this record's history; compare it with a backup copy and "
                                         "report it."), getattr(e, "reason", ""))),
    custody.CustodyUntrustedSignerError: lambda e: (
        translate("Errors", "Record {0} of the custody log is signed by key {1}, which is not a custodian "
                            "registered by the archive.").format(getattr(e, "line", "?"), getattr(e, "agent", "")[:12]),
        translate("Errors", "Do not trust this history: anyone can sign a chain with a key of their own. "
                            "Compare it with the archive's copy and report it.")),
    custodians.UnregisteredCustodianKeyError: lambda e: (
        translate("Errors", "Your custody key {0} is not registered by this archive, so it cannot sign custody "
                            "events; nothing was signed.").format(getattr(e, "key_id", "")),
        translate("Errors", "Ask whoever holds the archive's profile-signing key to register your custody key.")),
    custodians.CustodianRegisterError: lambda e: (
        translate("Errors", "The archive's custodian register is missing, damaged or not signed by the archive."),
        for_edge(cli=translate("Errors", "Register the custodians with: intake archive custodian-add (signed with the "
                            "archive's profile-signing key)."), gui=translate("Errors", "Ask whoever holds the archive's profile-signing key to register the custodians."))),
    custody.CustodyError: lambda e: (
        translate("Errors", "The custody log cannot be used."),
        translate("Errors", "Check the directory and the event type.")),
    archive_desk.CustodyKeyMissing: lambda e: (
        translate("Errors", "There is no custody key at {0}.").format(getattr(e, "path", "")),
        translate("Errors", "Choose your existing custody key file, or give a new passphrase twice to create one.")),
    staff_onion.StaffAccessError: lambda e: (
        translate("Errors", "The staff onion key cannot be used."),
        with_details(translate("Errors", "Check the name, the key text and that no key of that name exists yet."), e)),
    integrity.IntegrityError: lambda e: (
        translate("Errors", "The opened files are not what the collecting device signed ({0}); nothing was bagged.")
        .format(" ".join(x for x in (getattr(e, "side", ""), getattr(e, "file", "")) if x) or "-"),
        translate("Errors", "Open the bundle again from the archive's copy into a new folder; never edit an "
                            "opened folder. The refusal is recorded in the custody log.")),
    bag.BagExportError: lambda e: _bag_export(e),
    virus.VirusFoundError: lambda e: (
        translate("Errors", "The virus check found something in the opened files; nothing was bagged."),
        with_details(translate("Errors", "Do not open these files. Report it to whoever looks after the archive's "
                                         "machines; the finding is recorded in the custody log."),
                     "; ".join(f"{p}: {n}" for p, n in getattr(e, "found", [])))),
    virus.VirusCheckUnavailable: lambda e: (
        translate("Errors", "The virus check could not be made; nothing was bagged."),
        with_details(translate("Errors", "Check that ClamAV and its signatures are installed correctly, then try "
                                         "again."), getattr(e, "database", ""))),
    release.ReleaseError: lambda e: _release(e),
    bag.FixityError: lambda e: (
        translate("Errors", "This bag failed its fixity check: {0}").format(getattr(e, "path", "")),
        translate("Errors", "Restore the bag from another copy; do not repair it in place.")),
    link.LinkError: lambda e: (
        translate("Errors", "These two openings cannot be linked."),
        with_details(translate("Errors", "Give the content custodian's opening first, then the identity "
                                         "custodian's."), e)),
    fetch.LogForkError: lambda e: (
        translate("Errors", "The receiver's log does not match the one this archive verified before "
                  "(a fork or rollback); nothing was fetched."),
        with_details(translate("Errors", "Report this: the receiver may be compromised. Keep ARCHIVE/log-seen as "
                                         "evidence."), e)),
    fetch.TooFewCosignaturesError: lambda e: (
        translate("Errors", "The receiver's log is not confirmed by enough of the witnesses named in this "
                            "archive's profile; nothing was fetched."),
        with_details(translate("Errors", "Check that the receiver reaches its witnesses. If they refused its log, "
                                         "the receiver may be showing a fork: report it."), e)),
    fetch.ClientCheckpointError: lambda e: (
        translate("Errors", "A checkpoint from an interviewer's device cannot be checked: it is not a checkpoint "
                            "signed by this archive's receipt key, or this archive has verified none yet. Nothing "
                            "was fetched."),
        translate("Errors", "Ask the interviewer to print it again from the device, and fetch once without it first.")),
    fetch.FetchIntegrityError: lambda e: (
        translate("Errors", "A downloaded bundle does not match its receipt; it was not kept."),
        translate("Errors", "Report this: the receiver or the connection may be compromised.")),
    fetch.FetchError: lambda e: (
        translate("Errors", "The receiver could not be used."),
        with_details(translate("Errors", "Check the receiver address, tor and the staff credential."), e)),
}


def _bag_export(e: BaseException) -> tuple[str, str]:
    reason = getattr(e, "reason", "")
    if reason == "embargo":
        return (translate("Errors", "No public copy: the witness's embargo has not ended."),
                translate("Errors", "A public copy can be made once the embargo date has passed. "
                                    "An embargo until the witness's death is never lifted by the app."))
    if reason == "consent":
        return (translate("Errors", "No public copy: the witness did not agree to publish the text."),
                translate("Errors", "Make a preservation bag instead; it is not published."))
    if reason == "k_anonymity":
        return (translate("Errors", "No public copy: too few testimonies in the archive share this one's "
                                    "published details (k-anonymity), even with every detail withheld."),
                translate("Errors", "Wait until the archive holds more testimonies of this kind, or lower k "
                                    "only after a documented decision."))
    if reason == "nothing_public":
        return (translate("Errors", "No public copy: none of this testimony's answers may be published."),
                translate("Errors", "Make a preservation bag instead; it is not published."))
    return (translate("Errors", "The bag cannot be made."),
            with_details(translate("Errors", "Use a new, empty output directory and an opened bundle."), e))


def _release(e: BaseException) -> tuple[str, str]:
    reason = getattr(e, "reason", "")
    again = translate("Errors", "Do not release it; prepare and review it again and report this.")
    known = {
        "not_release_custodian": (
            translate("Errors", "A key that prepares, reviews or releases a public copy must be registered by the "
                                "archive with the role release."),
            for_edge(cli=translate("Errors", "Register it with: intake archive custodian-add --role release."), gui=translate("Errors", "Ask whoever holds the archive's profile-signing key to register this key with the role release."))),
        "same_key": (
            translate("Errors", "The public copy cannot be released on one custodian's word: the reviewer used "
                                "the same key as the one who prepared it."),
            for_edge(cli=translate("Errors", "A second custodian, with a different registered key, must review and sign: "
                                "intake archive review."), gui=translate("Errors", "A second custodian, with a different registered key, must unlock their own key and press “2. Review and sign”."))),
        "not_reviewed": (
            translate("Errors", "No second custodian has reviewed and signed this public copy."),
            for_edge(cli=translate("Errors", "A second custodian must review and sign it first: intake archive review."), gui=translate("Errors", "A second custodian must first unlock their own key and press “2. Review and sign”."))),
        "bad_signature": (translate("Errors", "A signature on this public copy's review does not verify."), again),
        "changed": (translate("Errors", "This public copy was changed after it was prepared or reviewed."), again),
        "bad_redaction": (
            translate("Errors", "That redaction cannot be made: the field is not published, or its text does not "
                                "contain that passage."),
            translate("Errors", "Check the field path and copy the passage exactly as it is published.")),
        "not_empty": (translate("Errors", "The output directory is not empty."),
                      translate("Errors", "Use a new, empty output directory.")),
        "no_index": (
            translate("Errors", "The archive has no publication index, so it cannot count how many testimonies "
                                "share the published details."),
            for_edge(cli=translate("Errors", "Rebuild it from the content openings: intake archive publish-index."), gui=translate("Errors", "Press “Rebuild the publication index” on this tab and choose the folder that holds the archive's content openings."))),
        "index_shrinks": (
            translate("Errors", "These openings hold fewer testimonies than the archive's publication index "
                                "counts; a partial index would weaken the k-anonymity check."),
            for_edge(cli=translate("Errors", "Name every folder of content openings, or replace the index on purpose with "
                                "--replace."), gui=translate("Errors", "Choose the folder that holds every content opening of this archive."))),
        "not_archive": (
            translate("Errors", "This folder is not an archive: it holds no archive profile."),
            for_edge(cli=translate("Errors", "Give the archive's directory with --archive."),
                     gui=translate("Errors", "Choose the archive's folder (“Archive folder”) and try again."))),
        "no_openings": (
            translate("Errors", "The folder of content openings does not exist."),
            translate("Errors", "Choose the folder that holds every content opening of this archive.")),
        "stale_index": (
            translate("Errors", "The archive's publication index is older than its openings."),
            for_edge(cli=translate("Errors", "Rebuild it from the content openings: intake archive publish-index."), gui=translate("Errors", "Press “Rebuild the publication index” on this tab and choose the folder that holds the archive's content openings."))),
    }
    return known.get(reason) or (
        translate("Errors", "This is not a proposal for a public copy, or its review record is damaged."),
        for_edge(cli=translate("Errors", "Make a new proposal with intake archive publish."), gui=translate("Errors", "Choose a new, empty proposal folder and press “1. Propose” again.")))
