# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for the outbox's own errors: a receipt export (bridges chosen without lines: the GUI's
own table, ``intake_app.gui.error_messages``, since that error is raised by a GUI controller)."""

from __future__ import annotations

from collections.abc import Callable

from intake_app.text.i18n import translate
from intake_app.transport.receipt_export import ReceiptExportError

MESSAGES: dict[type, Callable[[BaseException], tuple[str, str]]] = {
    ReceiptExportError: lambda e: (
        translate("Errors", "The receipt code could not be saved there."),
        translate("Errors", "Choose another folder (for example an encrypted USB stick) and try again.")),
}
