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
frozen app. The card is drawn with segno (pure Python); below the code it carries a printed
caption in English, simplified and traditional Chinese (what it is, for whom, keep it private),
whatever language the archive's staff use, because the person it is handed to reads it; it names
neither the archive nor testimony, so a card found in a search says no more than its code does. The
caption is set with Pillow in a Noto Sans CJK font (Debian's fonts-noto-cjk, found through
fontconfig); without such a font the card is not written (:class:`NoCaptionFontError`).

Guarantees: every line read is checked by :func:`intake_app.transport.bridges.parse_bridge_line`
(a bad line raises its typed ``BridgeError``); a picture without a QR code, or one that cannot
be opened, raises a typed :class:`QrError`. The card is written atomically with mode 0600.
Never: keeps the picture or the lines it read; sends or logs them.
"""

from __future__ import annotations

import io
import logging
import re
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from intake_app.home import paths
from intake_app.text import i18n
from intake_app.text.errors import IntakeError
from intake_app.tools import tool_path
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


class NoCaptionFontError(QrError):
    """No font that can print the card's Chinese caption is installed."""


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
    font_file, font_index = _caption_font()
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4)
    buffer.seek(0)
    paths.write_private(Path(out), _with_caption(buffer, caption_texts(), font_file, font_index))


def _caption_source() -> list[str]:
    # The English sources, written as translate() calls so that lupdate extracts them; the card
    # prints every language at once (caption_texts), not the one the app runs in.
    def translate(context: str, text: str) -> str:
        return text

    # Deliberately names neither the archive nor testimony: a card (or a photo of it) found in a
    # search must not say more about its holder than the bridge lines in the code already do.
    return [translate("BridgeCard", "Private Tor bridges: settings for reaching Tor where it is blocked."),
            translate("BridgeCard", "Only for the person this card was handed to. Read it with the app's QR code "
                                    "button, or enter the lines in its bridge settings."),
            translate("BridgeCard", "Keep this card private: do not share, post or photograph it. Anyone who sees it "
                                    "can have these bridges blocked. Destroy it when you no longer need it.")]


def caption_texts() -> list[list[str]]:
    """The card's caption: its paragraphs in each language the app speaks (English first)."""
    out: list[list[str]] = []
    for lang in i18n.LANGUAGES:
        catalogue = i18n.load_catalogue(lang).get("BridgeCard", {})
        out.append([catalogue.get(text) or text for text in _caption_source()])
    return out


def _caption_font() -> tuple[str, int]:
    """A Noto Sans CJK face (file, index in the collection) that prints English and Chinese."""
    fc_match = tool_path("fc-match")
    if fc_match:
        found = subprocess.run([fc_match, "-f", "%{file}\n%{index}", "Noto Sans CJK SC:style=Regular"],
                               capture_output=True, text=True, timeout=30, check=False).stdout.split("\n")
        if len(found) == 2 and "CJK" in Path(found[0]).name and found[1].isdigit():
            return found[0], int(found[1])
    for candidate in sorted(Path("/usr/share/fonts").rglob("NotoSansCJK-Regular.tt[cf]")):
        return str(candidate), 2 if candidate.suffix == ".ttc" else 0  # 2: the SC face of the collection
    raise NoCaptionFontError("no Noto Sans CJK font for the card's caption")


_TOKENS = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+\s*|\s+|.")


_NO_LINE_START = frozenset("。，、：；！？）」』.,:;!?)")  # kept at the end of the line before


def _wrap(text: str, width: int, measure: Callable[[str], float]) -> list[str]:
    """Greedy wrapping at ``width`` pixels: English between words, Chinese between characters."""
    lines: list[str] = []
    current = ""
    for token in _TOKENS.findall(text):
        if current and token not in _NO_LINE_START and measure(current + token.rstrip()) > width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _with_caption(qr_png: io.BytesIO, languages: list[list[str]], font_file: str, font_index: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    with _quiet(), Image.open(qr_png) as code:
        code_image = code.convert("L")
    width = max(code_image.width, 480)
    margin = width // 16
    size = max(14, width // 30)
    font = ImageFont.truetype(font_file, size, index=font_index)
    scratch = ImageDraw.Draw(Image.new("L", (1, 1)))

    def measure(text: str) -> float:
        return scratch.textlength(text, font=font)

    blocks = [[line for paragraph in paragraphs for line in _wrap(paragraph, width - 2 * margin, measure)]
              for paragraphs in languages]
    step = int(size * 1.45)
    height = code_image.height + sum(len(b) * step for b in blocks) + (len(blocks) + 1) * step // 2 + margin
    card = Image.new("L", (width, height), 255)
    card.paste(code_image, ((width - code_image.width) // 2, 0))
    draw = ImageDraw.Draw(card)
    y = code_image.height
    for block in blocks:
        for line in block:
            draw.text((margin, y), line, font=font, fill=0)
            y += step
        y += step // 2
    out = io.BytesIO()
    card.save(out, format="PNG")
    return out.getvalue()


def write_enrolment_qr(enrolment_json: bytes, out: Path | str, *, scale: int = 6) -> None:
    """Write a PNG with one QR code holding a device enrolment (its canonical JSON, about 300
    bytes: error correction M fits it) to ``out`` (mode 0600), for ``intake archive enrol --qr``."""
    import segno

    _write_png(segno.make_qr(enrolment_json.strip().decode("utf-8"), error="m"), out, scale)


def enrolment_from_file(path: Path | str, limit: int = 8192) -> bytes:
    """The enrolment bytes in ``path``: the enrolment file itself, or a picture (PNG, JPEG...) of
    its QR code. The bytes are checked by whoever imports them (:func:`intake_crypto.bundle.enrolment.parse_enrolment`)."""
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
