# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for the outbox's own errors: bridges chosen without lines, a receipt export."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.gui.controllers.transport import BridgesMissing
from intake_app.i18n import translate
from intake_app.receipt_export import ReceiptExportError

MESSAGES: dict[type, Callable[[BaseException], tuple[str, str]]] = {
    BridgesMissing: lambda e: (
        translate("Errors", "No bridge lines were given for the bridges you chose."),
        translate("Errors", "Paste at least one bridge line (from Tor Browser or a person you trust), or choose "
                            "\"No bridges\". Nothing was connected.")),
    ReceiptExportError: lambda e: (
        translate("Errors", "The receipt code could not be saved there."),
        translate("Errors", "Choose another folder (for example an encrypted USB stick) and try again.")),
}
