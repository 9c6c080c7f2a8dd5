# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a receipt code to a file the person chose, encrypted with a passphrase by default.

A receipt code links whoever holds it to one upload at the archive. A plain-text file with it on a
seized laptop or USB stick is evidence that its owner gave or collected testimony, so the default
is an age file (scrypt passphrase, ASCII armour) that ``age -d`` or this app opens; plain text is
written only when the person chose it after a warning. Files are created with mode 0600 and
replaced atomically. Qt-free.
"""

from __future__ import annotations

from pathlib import Path

import intake_crypto as crypto
from intake_app.home import paths
from intake_app.text.errors import IntakeError


class ReceiptExportError(IntakeError):
    """The receipt code could not be written where the person chose."""


def receipt_text(code: str) -> bytes:
    return f"Testimony Intake receipt code: {code}\n".encode()


def export_receipt(code: str, path: Path, passphrase: str | None, *, work_factor: int = 18) -> Path:
    """Write ``code`` to ``path``: age-encrypted to ``passphrase``, or plain text when it is None."""
    if not code:
        raise ReceiptExportError("no receipt code to export")
    data = receipt_text(code)
    if passphrase is not None:
        if not passphrase:
            raise ReceiptExportError("empty passphrase")
        data = crypto.encrypt_bytes(data, [crypto.ScryptRecipient(passphrase, work_factor)], armor=True)
    try:
        paths.write_private(path, data)
    except OSError as exc:
        raise ReceiptExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
