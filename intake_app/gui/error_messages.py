# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for errors raised by the GUI controllers themselves (registered with intake_app.text.errors)."""

from intake_app.gui.controllers.app import (
    GuiError,
    NoProfile,
    PassphraseMismatch,
    PassphraseTooShort,
    ProfileFileChanged,
    ProfileNotConfirmed,
    ServiceMissing,
    WitnessProfileChanged,
)
from intake_app.gui.controllers.archive import CustodyKeyNeeded
from intake_app.gui.controllers.audio import MicrophoneMissing
from intake_app.gui.controllers.interviews import IdentityClosed
from intake_app.gui.controllers.preferences import ProfileInUse
from intake_app.gui.controllers.self_submit import WitnessNothingToTry
from intake_app.gui.controllers.shares import PurposeNeeded
from intake_app.gui.controllers.tasks import Cancelled
from intake_app.gui.controllers.transport import BridgesMissing, NotConnected, NothingToTry
from intake_app.text.i18n import translate

MESSAGES: dict = {
    WitnessNothingToTry: lambda e: (
        translate("Errors", "You said Tor is blocked where you are, but there is no bridge to try."),
        translate("Errors", "Paste bridge lines from a person you trust (or open a picture of their QR code), "
                            "then send again. Nothing was sent.")),
    NothingToTry: lambda e: (
        translate("Errors", "You said Tor is blocked where you are, but there is no bridge to try."),
        translate("Errors", "Paste bridge lines from a person you trust (or scan their QR code), then connect "
                            "again. Nothing was connected.")),
    BridgesMissing: lambda e: (
        translate("Errors", "No bridge lines were given for the bridges you chose."),
        translate("Errors", "Paste at least one bridge line (from Tor Browser or a person you trust), or choose "
                            "\"No bridges\". Nothing was connected.")),
    GuiError: lambda e: (
        translate("Errors", "This action could not be completed."),
        translate("Errors", "Go back one step and try again."),
    ),
    Cancelled: lambda e: (
        translate("Errors", "Stopped. Nothing was changed."),
        translate("Errors", "You can start again when you are ready."),
    ),
    CustodyKeyNeeded: lambda e: (
        translate("Errors", "Unlock your custody key first."),
        translate("Errors", "Every opening and export is signed into the bundle's custody log with your "
                            "custody key. Choose it (or create one) above and unlock it."),
    ),
    PurposeNeeded: lambda e: (
        translate("Errors", "State why this share or reveal is needed."),
        translate("Errors", "The purpose is recorded in the bundle's signed custody log. Nothing was released."),
    ),
    ServiceMissing: lambda e: (
        translate("Errors", "This part of the app is not available in this version."),
        translate("Errors", "Please use an updated version of the app, or ask the archive for help."),
    ),
    PassphraseTooShort: lambda e: (
        translate("Errors", "The passphrase is too short: use at least {0} characters.").format(e.minimum),
        translate("Errors", "A few ordinary words that only you know make a good passphrase."),
    ),
    PassphraseMismatch: lambda e: (
        translate("Errors", "The two passphrases are not the same."),
        translate("Errors", "Type the same passphrase in both boxes."),
    ),
    NoProfile: lambda e: (
        translate("Errors", "No archive has been chosen yet."),
        translate("Errors", "Import the archive's profile, or choose the demo archive."),
    ),
    ProfileFileChanged: lambda e: (
        translate("Errors", "The archive profile file was changed after you confirmed it: {0}").format(e.path),
        translate("Errors", "This app does not use the changed file. It keeps sealing for the archive you "
                            "confirmed (fingerprint {0}). Someone may have replaced the file. If the archive "
                            "really sent you a new profile, check its fingerprint with the archive by phone, "
                            "then choose it under Interviewer \u2192 Settings \u2192 Archive.").format(e.pinned_fingerprint),
    ),
    WitnessProfileChanged: lambda e: (
        translate("Errors", "The archive profile offered to witnesses on this computer was changed."),
        translate("Errors", "It is no longer the archive you confirmed (fingerprint {0}). Someone may have "
                            "replaced it while the app was locked; a witness who used it since may have sent "
                            "their testimony elsewhere. Under Settings, turn \"Prepare this computer for "
                            "witnesses\" off and on again to restore it.").format(e.pinned_fingerprint),
    ),
    ProfileNotConfirmed: lambda e: (
        translate("Errors", "The archive profile file is not the one you confirmed: {0}").format(e.path),
        translate("Errors", "This app does not use it, and nothing is sealed until you choose the archive's "
                            "profile again and check its fingerprint with the archive by phone."),
    ),
    IdentityClosed: lambda e: (
        translate("Errors", "The identity of this witness is already sealed and cannot be changed here."),
        translate("Errors", "Write the correction in the interviewer notes; the archive's identity custodians "
                            "will apply it."),
    ),
    NotConnected: lambda e: (
        translate("Errors", "Not connected to Tor yet."),
        translate("Errors", "Press \"Connect\" in the outbox and wait until it says connected, then send again."),
    ),
    ProfileInUse: lambda e: (
        translate("Errors", "Interviews holding material sealed for the current archive, which the new "
                            "archive could not open: {0}.").format(e.waiting),
        translate("Errors", "Finish them and send them to the current archive first, then change the archive."),
    ),
    MicrophoneMissing: lambda e: (
        translate("Errors", "The microphone chosen in the settings (\u201c{0}\u201d) is not connected.").format(e.name),
        translate("Errors", "Connect it, or choose another input under Settings \u2192 Microphone, then record "
                            "again."),
    ),
}
