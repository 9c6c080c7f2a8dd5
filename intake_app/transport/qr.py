# SPDX-License-Identifier: GPL-3.0-or-later
"""Bridge lines and device enrolments on a QR code: read from a picture, and drawn for hand-over.

Bridges from people, not only from the internet (issue 20): an archive prints its private
bridge lines as a QR card (``intake archive bridges --qr-card``) and hands it to people it
trusts; a person in a censored place photographs or saves it, and the app reads the lines from
that picture (the outbox's bridge settings, the witness's sending page, ``intake connect
--bridges-qr``). A device enrolment travels the same way (``intake archive enrol --qr``; the
settings' "Device enrolment" box and ``intake store enrol`` take the picture), so enrolment works
offline without a file transfer.

Decoder: zxing-cpp (maintained, manylinux wheels with no system library to load, reads QR codes
in photos that are rotated, skewed or low in contrast); pyzbar was not chosen: its last release
is from 2022 and it loads Debian's libzbar0 through ctypes, one more thing to carry in the
frozen app. The card is drawn with segno (pure Python).

Guarantees: every line read is checked by :func:`intake_app.transport.bridges.parse_bridge_line`
(a bad line raises its typed ``BridgeError``); a picture without a QR code, or one that cannot
be opened, raises a typed :class:`QrError`. The card is written atomically with mode 0600.
Never: keeps the picture or the lines it read; sends or logs them.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from pathlib import Path

from intake_app import paths
from intake_app.errors import IntakeError
from intake_app.transport.bridges import Bridge, parse_bridge_lines


class QrError(IntakeError):
    """Root of QR code problems."""


class PictureUnreadableError(QrError):
    """The file is not a picture this app can open (PNG, JPEG...)."""


class NoQrCodeError(QrError):
    """The picture holds no QR code that could be read."""


class NoBridgeLinesError(QrError):
    """The QR code holds text, but no bridge line."""


class TooManyLinesError(QrError):
    """The lines do not fit in one QR code."""


class NoEnrolmentQrError(QrError):
    """The picture holds no QR code with a device enrolment (issue 19)."""


def _decode(path: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    try:
        with _quiet(), Image.open(path) as picture:
            picture.load()
            grey = picture.convert("L")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PictureUnreadableError(f"cannot open the picture: {exc}") from exc
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    texts = [result.text for result in found if result.valid and result.text]
    if not texts:
        raise NoQrCodeError("no QR code in the picture")
    return texts


class _quiet:
    """PIL logs each chunk of a PNG at DEBUG; the picture's metadata stays out of logs."""

    def __enter__(self) -> None:
        self._level = logging.root.manager.disable
        logging.disable(logging.DEBUG)

    def __exit__(self, *exc: object) -> None:
        logging.disable(self._level)


def bridges_from_picture(path: Path | str) -> list[Bridge]:
    """The bridge lines in the QR code(s) of the picture at ``path``, checked, in order."""
    out: list[Bridge] = []
    for text in _decode(Path(path)):
        for bridge in parse_bridge_lines(text):
            if bridge not in out:
                out.append(bridge)
    if not out:
        raise NoBridgeLinesError("the QR code holds no bridge line")
    return out


def lines_from_picture(path: Path | str) -> list[str]:
    """As :func:`bridges_from_picture`, as normalised lines."""
    return [bridge.line() for bridge in bridges_from_picture(path)]


def write_card(lines: Sequence[str], out: Path | str, *, scale: int = 8) -> None:
    """Write a PNG with one QR code holding ``lines`` (one per line) to ``out`` (mode 0600)."""
    import segno

    text = "\n".join(lines)
    try:
        code = segno.make_qr(text, error="m")
    except segno.DataOverflowError as exc:
        raise TooManyLinesError(f"{len(lines)} lines do not fit in one QR code") from exc
    _write_png(code, out, scale)


def write_enrolment_qr(enrolment_json: bytes, out: Path | str, *, scale: int = 6) -> None:
    """Write a PNG with one QR code holding a device enrolment (its canonical JSON, about 300
    bytes: error correction M fits it) to ``out`` (mode 0600), for ``intake archive enrol --qr``."""
    import segno

    _write_png(segno.make_qr(enrolment_json.strip().decode("utf-8"), error="m"), out, scale)


def enrolment_from_file(path: Path | str, limit: int = 8192) -> bytes:
    """The enrolment bytes in ``path``: the enrolment file itself, or a picture (PNG, JPEG...) of
    its QR code. The bytes are checked by whoever imports them (:func:`crypto.enrolment.parse_enrolment`)."""
    with open(path, "rb") as fh:
        data = fh.read(limit)
    if data.lstrip().startswith(b"{"):
        return data
    try:
        texts = _decode(Path(path))
    except NoQrCodeError as exc:
        raise NoEnrolmentQrError("no QR code in the picture") from exc
    for text in texts:
        if text.lstrip().startswith("{"):
            return text.strip().encode("utf-8")
    raise NoEnrolmentQrError("the QR code holds no enrolment")


def _write_png(code: object, out: Path | str, scale: int) -> None:
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4)  # type: ignore[attr-defined]
    paths.write_private(Path(out), buffer.getvalue())


def texts_in_picture(path: Path | str) -> list[str]:
    """The text of every QR code in the picture at ``path`` (raises :class:`QrError` like the
    bridge readers); used for custodian shares on paper (:mod:`intake_app.archive.share_qr`)."""
    return _decode(Path(path))
