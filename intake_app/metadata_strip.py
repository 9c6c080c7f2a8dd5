# SPDX-License-Identifier: GPL-3.0-or-later
"""Remove identifying metadata from attachments before their copy goes to the content side.

``strip_metadata(src, media_type)`` returns a new readable stream positioned at 0:

- ``image/jpeg``, ``image/png``, ``image/webp``: decoded with Pillow and re-encoded with no
  EXIF (GPS, device serial, timestamps), XMP, IPTC, ICC profile, comments or text chunks; the
  EXIF orientation is applied to the pixels first so the picture still looks right. JPEG and
  WebP are re-encoded at quality 95 (a visible-quality-preserving, lossy step: the untouched
  original stays on the identity side). Multi-frame images and decompression bombs are refused.
- ``text/plain``: passed through unchanged after checking it is UTF-8 (plain text has no
  metadata container; its words are reviewed under R-SP-7).
- everything else (PDF, office documents, HEIC, TIFF, GIF, video, archives...) is refused with
  :class:`UnsupportedAttachmentError`: we cannot promise to strip them, so we do not pretend.

Guarantees: the result holds the image in memory only (``io.BytesIO``); nothing is written to
disk. Never: returns the original bytes of an image.
"""

from __future__ import annotations

import io
import logging
import warnings
from typing import BinaryIO

from intake_app.errors import IntakeError

# Pillow's debug logging prints every EXIF tag it reads, e.g. the camera owner's name: keep it quiet
# even when a developer turns debug logging on (found by the suite's log scan, tests/fixtures/logscan.py).
logging.getLogger("PIL").setLevel(logging.INFO)

MAX_TEXT_BYTES = 64 * 1024 * 1024
MAX_IMAGE_BYTES = 256 * 1024 * 1024
_IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
STRIPPED_TYPES = tuple(_IMAGE_FORMATS)
PASSTHROUGH_TYPES = ("text/plain",)


class AttachmentError(IntakeError):
    """An attachment cannot be prepared for the content side."""

    def __init__(self, message: str, media_type: str) -> None:
        super().__init__(message)
        self.media_type = media_type


class UnsupportedAttachmentError(AttachmentError):
    """No safe way to strip this format's metadata; it is refused."""


class DamagedAttachmentError(AttachmentError):
    """The file does not decode as the format it claims to be."""


def strip_metadata(src: BinaryIO, media_type: str) -> BinaryIO:
    """A metadata-free copy of ``src`` (see module docstring)."""
    if media_type in _IMAGE_FORMATS:
        return _strip_image(src, media_type)
    if media_type in PASSTHROUGH_TYPES:
        data = src.read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise UnsupportedAttachmentError("text attachment is too large", media_type)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DamagedAttachmentError("text attachment is not UTF-8", media_type) from exc
        return io.BytesIO(data)
    raise UnsupportedAttachmentError(f"cannot strip metadata from {media_type}", media_type)


def _strip_image(src: BinaryIO, media_type: str) -> BinaryIO:
    from PIL import Image, ImageOps

    data = src.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise UnsupportedAttachmentError("image is too large", media_type)
    fmt = _IMAGE_FORMATS[media_type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.format != fmt:
                    raise DamagedAttachmentError(f"file is {img.format}, not {fmt}", media_type)
                if getattr(img, "n_frames", 1) != 1:
                    raise UnsupportedAttachmentError("animated or multi-frame images are refused", media_type)
                img.load()
                clean = ImageOps.exif_transpose(img)
                # A fresh image from raw pixels carries none of the source's info/metadata.
                mode = clean.mode if clean.mode in ("RGB", "RGBA", "L", "LA", "P", "1") else "RGB"
                if fmt == "JPEG" and mode not in ("RGB", "L"):
                    mode = "RGB"
                pixels = clean.convert(mode)
                fresh = Image.new(pixels.mode, pixels.size)
                fresh.paste(pixels)
                if pixels.mode == "P" and pixels.getpalette() is not None:
                    fresh.putpalette(pixels.getpalette() or [])
                out = io.BytesIO()
                options: dict[str, object] = {}
                if fmt in ("JPEG", "WEBP"):
                    options["quality"] = 95
                fresh.save(out, format=fmt, **options)
    except AttachmentError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DamagedAttachmentError(f"image cannot be decoded: {exc}", media_type) from exc
    out.seek(0)
    return out
