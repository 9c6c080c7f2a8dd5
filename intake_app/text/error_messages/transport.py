# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for transport errors: bridges, tor, the upload, receipts, the onion-service key."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.text import i18n
from intake_app.text.errors import for_edge, with_details
from intake_app.text.i18n import translate
from intake_app.transport import archive_bridges, assistant, bridges, client, onion, qr, tor, witness
from intake_crypto.bundle import receipt as receipts


def _reach_detail(detail: str) -> str:
    """Why the archive could not be reached, in the person's language: tor's onion-service
    failures by name; other (English) network details only in English (zh-review F21)."""
    onion_failures = {
        0xF0: translate("Errors", "the archive's onion service was not found (it may be offline)"),
        0xF1: translate("Errors", "the archive's onion service published an invalid descriptor"),
        0xF2: translate("Errors", "the introduction to the archive's onion service failed"),
        0xF3: translate("Errors", "the meeting point with the archive's onion service failed"),
        0xF4: translate("Errors", "the archive's onion service asks for client authorisation"),
        0xF5: translate("Errors", "the client authorisation for the archive's onion service is wrong"),
        0xF6: translate("Errors", "the archive's onion address is not valid"),
        0xF7: translate("Errors", "the introduction to the archive's onion service timed out"),
    }
    for code, english in client.ONION_ERRORS.items():
        if detail == english:
            return onion_failures[code]
    if i18n.current() == "en":
        return detail
    return translate("Errors", "the connection failed or timed out")


def _bridge(e: BaseException) -> tuple[str, str]:
    """What is wrong with a bridge line, in the person's language by kind; the parser's English
    detail only on the technical line (zh-review F21)."""
    line = getattr(e, "line", "")
    short = line if len(line) < 60 else line[:57] + "..."
    if isinstance(e, bridges.BridgeAddressError):
        what = translate("Errors", "its address or port is wrong")
    elif isinstance(e, bridges.BridgeFingerprintError):
        what = translate("Errors", "its fingerprint is wrong")
    elif isinstance(e, bridges.BridgeOptionError):
        what = translate("Errors", "a setting at its end is missing or wrong")
    else:
        what = translate("Errors", "it does not have the shape of a bridge line")
    return (translate("Errors", "This bridge line is not valid ({0}): {1}").format(what, short),
            with_details(translate("Errors", "Copy the bridge line again exactly as you received it, in one line."),
                         getattr(e, "detail", "")))


def _tor_start(e: BaseException) -> tuple[str, str]:
    """Why tor could not start, from a table of its known failures (:data:`tor.START_FAILURES`);
    tor's own English words only on the technical line."""
    reason = assistant.start_failure_words(getattr(e, "kind", ""))
    hints = {
        "address_in_use": translate("Errors", "Close the other program (another Tor or Tor Browser) or remove the "
                                              "port from the extra Tor settings, then try again."),
        "permission_denied": translate("Errors", "Use a port above 1024 in the extra Tor settings, and check that "
                                                 "the app's folder belongs to you, then try again."),
        "transport_missing": translate("Errors", "Reinstall the app, or install obfs4proxy and snowflake-client."),
    }
    hint = hints.get(getattr(e, "kind", ""),
                     translate("Errors", "Check the bridge lines and the extra tor settings, then try again."))
    return (translate("Errors", "Tor could not start: {0}.").format(reason), with_details(hint, getattr(e, "detail", "")))


MESSAGES: dict[type, Callable[[BaseException], tuple[str, str]]] = {
    qr.PictureUnreadableError: lambda e: (
        translate("Errors", "This file could not be opened as a picture."),
        translate("Errors", "Choose a photo or a saved picture of the QR code (PNG or JPEG).")),
    qr.NoQrCodeError: lambda e: (
        translate("Errors", "No QR code was found in this picture."),
        translate("Errors", "Take the picture again with the whole QR code in view, sharp and well lit, "
                            "or paste the bridge lines instead.")),
    qr.NoBridgeLinesError: lambda e: (
        translate("Errors", "The QR code in this picture holds no bridge line."),
        translate("Errors", "Ask the person who gave it to you for the QR code of their bridges.")),
    qr.NoEnrolmentQrError: lambda e: (
        translate("Errors", "No enrolment QR code was found in this picture."),
        translate("Errors", "Take the picture again with the whole QR code in view, sharp and well lit, "
                            "or use the enrolment file the archive gave you.")),
    qr.TooManyLinesError: lambda e: (
        translate("Errors", "These bridge lines do not fit in one QR code."),
        translate("Errors", "Print a card for fewer bridge lines (a few are enough), or hand the lines over "
                            "as a file.")),
    qr.NoCaptionFontError: lambda e: (
        translate("Errors", "The QR card was not written: no font for its Chinese caption is installed."),
        translate("Errors", "Install the Noto CJK fonts (Debian package fonts-noto-cjk), then try again.")),
    bridges.BridgeError: _bridge,
    bridges.UnsupportedTransportError: lambda e: (
        translate("Errors", "This app cannot use bridges of type \"{0}\".").format(getattr(e, "transport", "")),
        translate("Errors", "Ask for obfs4 or snowflake bridges, or use a plain bridge.")),
    bridges.TransportMissingError: lambda e: (
        translate("Errors", "The program for these bridges is not installed."),
        translate("Errors", "Reinstall the app, or install obfs4proxy and snowflake-client.")),
    archive_bridges.ArchiveBridgesError: lambda e: (
        translate("Errors", "This key cannot sign the archive's profile: it is not the archive's profile-signing key."),
        translate("Errors", "Use the archive directory whose profile.json belongs to this key.")),
    assistant.NoWayFoundError: lambda e: (
        translate("Errors", "None of the {0} ways tried reached the archive.").format(getattr(e, "tried", 0)),
        translate("Errors", "Ask someone you trust for bridge lines (obfs4 works best where Tor is blocked), "
                            "or scan their QR code, then try again with those lines.")),
    assistant.DirectNotAllowedError: lambda e: (
        translate("Errors", "A connection without a bridge was refused, because you said Tor is blocked here."),
        for_edge(cli=translate("Errors", "Give bridge lines with --bridge or --bridges-file."), gui=translate("Errors", "Paste bridge lines from a person you trust, then try again."))),
    assistant.NoArchiveOnionError: lambda e: (
        translate("Errors", "This archive profile names no onion address (a local demo archive), so there is nothing to connect to."),
        translate("Errors", "Ask the archive for its current profile.")),
    assistant.AssistantError: lambda e: (
        translate("Errors", "The connection assistant stopped."),
        with_details(translate("Errors", "Try again."), e)),
    tor.TorNotInstalledError: lambda e: (
        translate("Errors", "Tor is not installed on this computer."),
        for_edge(cli=translate("Errors", "Install tor, or start Tor Browser and use --tor-socks 127.0.0.1:9150."), gui=translate("Errors", "Install tor on this computer, then try again."))),
    tor.TorStartError: _tor_start,
    tor.TorBootstrapTimeoutError: lambda e: (
        translate("Errors", "Tor could not connect (stopped at {0}%: {1}).").format(
            getattr(e, "percent", 0), assistant.phase_words(getattr(e, "percent", 0))),
        translate("Errors", "Tor may be blocked here. Try bridges (snowflake or obfs4), then try again.")),
    tor.TorControlError: lambda e: (
        translate("Errors", "Could not use the running Tor's control port."),
        for_edge(cli=translate("Errors", "Check --tor-control and the Tor's control-port settings, or leave it out."), gui=translate("Errors", "Check the Tor settings, or leave the control port out."))),
    client.ReceiverUnreachableError: lambda e: (
        translate("Errors", "Could not reach the archive: {0}").format(_reach_detail(getattr(e, "detail", ""))),
        translate("Errors", "Nothing was lost: the bundle is still in the outbox and the upload resumes where it stopped.")),
    client.ReceiverRefusedError: lambda e: (
        translate("Errors", "The archive refused the bundle."),
        with_details(translate("Errors", "The bundle stays in the outbox. Contact the archive if this repeats."),
                     ": ".join(str(x) for x in (getattr(e, "code", ""), getattr(e, "detail", "")) if x))),
    client.ReceiptInvalidError: lambda e: (
        translate("Errors", "The archive's receipt could not be verified, so the bundle does not count as delivered."),
        translate("Errors", "The bundle stays in the outbox. Check that the profile is the archive's current one.")),
    witness.WitnessConfigError: lambda e: (
        translate("Errors", "The witness setting is not usable: {0}").format(e),
        translate("Errors", "Check the witness key, its name and its address.")),
    client.TooFewCosignaturesError: lambda e: (
        translate("Errors", "The archive's receipt was not confirmed by enough of the independent witnesses "
                            "its profile names, so the bundle does not count as delivered."),
        translate("Errors", "The bundle stays in the outbox. Try again later; if this repeats, tell the "
                            "archive's staff through another channel.")),
    client.LogInconsistentError: lambda e: (
        translate("Errors", "The archive's receipt log does not match what it showed before; the receipt is not accepted."),
        translate("Errors", "The bundle stays in the outbox. Tell the archive's staff through another channel.")),
    client.InsecureDirectError: lambda e: (
        for_edge(cli=translate("Errors", "--insecure-direct only accepts http:// addresses on this computer (loopback)."), gui=translate("Errors", "A connection without Tor is only allowed to http:// addresses on this computer (loopback).")),
        translate("Errors", "Use Tor to reach a real archive.")),
    receipts.ReceiptError: lambda e: (
        translate("Errors", "The receipt could not be verified."),
        with_details(translate("Errors", "Do not treat the bundle as delivered; send it again."), e)),
    onion.OnionDirExistsError: lambda e: (
        translate("Errors", "The archive already has an onion-service key."),
        translate("Errors", "Keep the existing key: the profile names its address.")),
    onion.OnionError: lambda e: (
        translate("Errors", "The onion-service key is not usable."),
        with_details(translate("Errors", "Restore the archive's onion directory from its backup."), e)),
}
