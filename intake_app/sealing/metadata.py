# SPDX-License-Identifier: GPL-3.0-or-later
"""Remove identifying metadata from attachments before their copy goes to the content side.

``strip_metadata(src, media_type)`` returns a new readable stream positioned at 0:

- ``image/jpeg``, ``image/png``, ``image/webp``: decoded with Pillow and re-encoded with no
  EXIF (GPS, device serial, timestamps), XMP, IPTC, ICC profile, comments or text chunks; the
  EXIF orientation is applied to the pixels first so the picture still looks right. JPEG and
  WebP are re-encoded at quality 95 (a visible-quality-preserving, lossy step: the untouched
  original stays on the identity side). Multi-frame images and decompression bombs are refused.
- ``audio/flac`` and PCM ``audio/wav`` (issue 24): cleaned LOSSLESSLY without decoding
  (:mod:`intake_app.sealing.audio_lossless`): the copy keeps FLAC's STREAMINFO (and a well-formed
  SEEKTABLE) and the audio frames byte for byte, or WAV's ``fmt `` and ``data`` chunks; every
  other block, chunk and tag (Vorbis comments with their vendor string, PICTURE, APPLICATION,
  CUESHEET, PADDING, ID3v2 / ID3v1 / APE, LIST/INFO, bext, iXML, unknown chunks) is dropped. A
  damaged structure is refused (:class:`DamagedAttachmentError`); a well-formed file whose
  layout cannot be proved clean (e.g. bytes after the last FLAC frame that are no known tag)
  falls through to the re-encode below.
- other audio (``audio/ogg`` (Vorbis or Opus), ``audio/opus``, ``audio/mpeg``, and FLAC / WAV
  that fell through): decoded with libsndfile (``soundfile``) and re-encoded, block by block, into a
  fresh file of the same container, codec, sample rate and channel count. Nothing of the source
  container is copied: no Vorbis comments, FLAC PICTURE / APPLICATION blocks, Ogg comment
  headers or extra streams, WAV LIST/INFO, id3, bext or iXML chunks, ID3v1/v2 or APE tags, no
  unknown chunks. FLAC and PCM WAV keep every sample bit for bit (lossless); Ogg Vorbis, Opus
  and MP3 are lossy codecs, so the copy is a second generation at a high bit rate (see ``_LOSSY``;
  the untouched original stays on the identity side). Every cleaned audio copy (lossless or
  re-encoded) is then re-read with mutagen,
  an independent tag parser, and refused if any tag, picture or foreign chunk is found.
  Other audio (M4A/AAC, AIFF...) is refused.
- ``application/pdf``: rewritten with pikepdf (qpdf) without the document information
  dictionary (author, creator, producer, dates), without any XMP ``/Metadata`` stream (of the
  document, pages, images or fonts), ``/PieceInfo`` application data, markup annotations'
  author, dates and ids, and with APPn/COM segments (EXIF, GPS, XMP, ICC) cut out of every
  embedded JPEG image (lossless: the image data is not re-encoded). The rewrite keeps only the
  objects the current document uses, so earlier revisions (incremental updates) are gone, and
  the file identifier is derived from the content. PDFs that are encrypted, or that hold
  embedded files, JavaScript, forms (XFA) or JPEG 2000 images (whose boxes may hold metadata),
  are refused. The copy is then re-read and refused if any of these remains.
- ``text/plain``: passed through unchanged after checking it is UTF-8 (plain text has no
  metadata container; its words are reviewed under R-SP-7).
- everything else (office documents, HEIC, TIFF, GIF, M4A, video, archives...) is refused with
  :class:`UnsupportedAttachmentError`: we cannot promise to strip them, so we do not pretend.

Guarantees: the result holds the image or audio in memory only (``io.BytesIO``); nothing is written to
disk. Never: returns the original bytes of an image.
"""

from __future__ import annotations

import io
import logging
import warnings
from typing import BinaryIO, cast

from intake_app.sealing.audio_lossless import CleanPlan
from intake_app.text.errors import IntakeError

# Pillow's debug logging prints every EXIF tag it reads, e.g. the camera owner's name: keep it quiet
# even when a developer turns debug logging on (found by the suite's log scan, tests/fixtures/logscan.py).
logging.getLogger("PIL").setLevel(logging.INFO)

MAX_TEXT_BYTES = 64 * 1024 * 1024
MAX_PDF_BYTES = 256 * 1024 * 1024
MAX_IMAGE_BYTES = 256 * 1024 * 1024
# The re-encoded audio is held in memory (never plaintext on disk): about 4 h of 48 kHz mono FLAC.
MAX_AUDIO_BYTES = 1024 * 1024 * 1024
# media type -> (libsndfile container, subtypes it may hold)
_AUDIO_FORMATS: dict[str, tuple[str, frozenset[str]]] = {
    "audio/flac": ("FLAC", frozenset({"PCM_S8", "PCM_16", "PCM_24"})),
    "audio/ogg": ("OGG", frozenset({"VORBIS", "OPUS"})),
    "audio/opus": ("OGG", frozenset({"OPUS"})),
    "audio/wav": ("WAV", frozenset({"PCM_U8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE", "ULAW", "ALAW"})),
    "audio/x-wav": ("WAV", frozenset({"PCM_U8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE", "ULAW", "ALAW"})),
    "audio/mpeg": ("MP3", frozenset({"MPEG_LAYER_I", "MPEG_LAYER_II", "MPEG_LAYER_III"})),
}
# libsndfile compression level (0 = best) of the second generation of a lossy file. Measured on a
# 48 kHz mono voice-like signal: Opus 0.5 = about 133 kbit/s, Vorbis 0.3 = about 109 kbit/s,
# MP3 0.0 = about 132 kbit/s (VBR): at least twice what phone voice recorders use, so the copy
# keeps what the first generation kept, at a size the archive's bundle limit still allows
# (level 0.0 would make Opus about 260 kbit/s, four times a typical source).
_LOSSY = {"VORBIS": 0.3, "OPUS": 0.5, "MPEG_LAYER_I": 0.0, "MPEG_LAYER_II": 0.0, "MPEG_LAYER_III": 0.0}
# WAV chunks libsndfile writes itself, and that carry no tag: anything else in the copy is refused.
_WAV_CHUNKS = frozenset({"fmt ", "data", "fact", "PEAK", "cue ", "JUNK"})
# FLAC metadata blocks allowed in the copy: STREAMINFO, PADDING, SEEKTABLE, VORBIS_COMMENT
# (vendor string only, checked below).
_FLAC_BLOCKS = frozenset({0, 1, 3, 4})
_IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
STRIPPED_TYPES = tuple(_IMAGE_FORMATS) + tuple(_AUDIO_FORMATS) + ("application/pdf",)
AUDIO_TYPES = tuple(_AUDIO_FORMATS)
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
    if media_type in _AUDIO_FORMATS:
        return _strip_audio(src, media_type)
    if media_type == "application/pdf":
        return _strip_pdf(src, media_type)
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


def lossless_audio_plan(src: BinaryIO, media_type: str) -> CleanPlan | None:
    """The lossless clean copy of a FLAC or PCM WAV ``src`` (:mod:`intake_app.sealing.audio_lossless`:
    metadata blocks and chunks dropped, audio bytes copied, nothing re-encoded), checked by the
    same independent mutagen re-read as the re-encoded copies; ``None`` when the layout cannot be
    proved clean (then :func:`strip_metadata` re-encodes). A damaged structure raises
    :class:`DamagedAttachmentError`."""
    from intake_app.sealing import audio_lossless

    if media_type not in _AUDIO_FORMATS:
        return None
    try:
        plan = audio_lossless.plan(src, media_type)
    except audio_lossless.MalformedAudioError as exc:
        raise DamagedAttachmentError(f"audio metadata is malformed: {exc}", media_type) from exc
    except OSError as exc:
        raise DamagedAttachmentError(f"audio cannot be read: {exc}", media_type) from exc
    if plan is not None:
        view = plan.open(cast("BinaryIO", _Unclosed(src)))  # a raw stream over src that never closes it
        _check_audio_clean(view, _AUDIO_FORMATS[media_type][0], media_type)
    return plan


class _Unclosed(io.RawIOBase):
    """``src`` for a view that must not close it."""

    def __init__(self, src: BinaryIO) -> None:
        self._src = src

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, pos: int, whence: int = 0) -> int:
        return self._src.seek(pos, whence)

    def fileno(self) -> int:
        return self._src.fileno()

    def readinto(self, buf: object) -> int:
        data = self._src.read(len(memoryview(buf)))  # type: ignore[arg-type]
        memoryview(buf).cast("B")[:len(data)] = data  # type: ignore[arg-type]
        return len(data)


def _strip_audio(src: BinaryIO, media_type: str) -> BinaryIO:
    import soundfile as sf

    container, subtypes = _AUDIO_FORMATS[media_type]
    start = src.tell()
    plan = lossless_audio_plan(src, media_type)
    if plan is not None:
        if plan.size > MAX_AUDIO_BYTES:
            raise UnsupportedAttachmentError("audio file is too large", media_type)
        return io.BytesIO(plan.read_all(src))
    src.seek(start)
    out = io.BytesIO()
    try:
        with sf.SoundFile(src, "r") as dec:
            if dec.format != container or dec.subtype not in subtypes:
                raise DamagedAttachmentError(f"file is {dec.format}/{dec.subtype}, not {media_type}", media_type)
            options: dict[str, object] = {}
            if dec.subtype in _LOSSY:
                options["compression_level"] = _LOSSY[dec.subtype]
            out.name = f"copy.{container.lower()}"  # libsndfile sniffs nothing from it
            with sf.SoundFile(out, "w", samplerate=dec.samplerate, channels=dec.channels, subtype=dec.subtype,
                              format=container, **options) as enc:
                dtype = "int32" if dec.subtype.startswith("PCM") or dec.subtype in ("ULAW", "ALAW") else "float32"
                while True:
                    block = dec.read(65536, dtype=dtype, always_2d=True)
                    if not len(block):
                        break
                    enc.write(block)
                    if out.tell() > MAX_AUDIO_BYTES:
                        raise UnsupportedAttachmentError("audio file is too large", media_type)
    except AttachmentError:
        raise
    except (sf.LibsndfileError, RuntimeError, OSError, ValueError, TypeError) as exc:
        raise DamagedAttachmentError(f"audio cannot be decoded: {exc}", media_type) from exc
    data = out.getvalue()
    _check_audio_clean(data, container, media_type)
    return io.BytesIO(data)


def _check_audio_clean(data: bytes | BinaryIO, container: str, media_type: str) -> None:
    """Re-read the copy with mutagen (a parser independent of libsndfile): no tag may remain."""
    import mutagen
    from mutagen.apev2 import APEv2
    from mutagen.id3 import ID3

    def refuse(what: str) -> UnsupportedAttachmentError:
        return UnsupportedAttachmentError(f"the cleaned audio still holds {what}", media_type)

    def stream() -> BinaryIO:
        if isinstance(data, bytes):
            return io.BytesIO(data)
        data.seek(0)
        return data

    try:
        parsed = mutagen.File(stream())
    except mutagen.MutagenError as exc:
        raise refuse(f"a structure mutagen cannot read ({exc})") from exc
    if parsed is None:
        raise refuse("no structure mutagen recognises")
    tags = parsed.tags
    if tags is not None and len(list(tags.keys())) > 0:
        raise refuse("tags")
    if container == "FLAC":
        if getattr(parsed, "pictures", None):
            raise refuse("pictures")
        if any(b.code not in _FLAC_BLOCKS for b in parsed.metadata_blocks):
            raise refuse("foreign metadata blocks")
    if container == "WAV":
        chunks = _riff_chunks(stream())
        if not chunks <= _WAV_CHUNKS:
            raise refuse(f"chunks {sorted(chunks - _WAV_CHUNKS)}")
    for reader in (ID3, APEv2):
        try:
            found = reader(stream())
        except mutagen.MutagenError:
            continue
        if found is not None and len(found) > 0:
            raise refuse("ID3 or APE tags")


def _riff_chunks(src: BinaryIO) -> set[str]:
    """The ids of a RIFF/WAVE file's top-level chunks (a short or bad walk is reported as such)."""
    import struct

    end = src.seek(0, io.SEEK_END)
    src.seek(0)
    start = src.read(12)
    if start[:4] != b"RIFF" or start[8:12] != b"WAVE":
        return {"<not RIFF/WAVE>"}
    ids, pos = set(), 12
    while pos + 8 <= end:
        src.seek(pos)
        header = src.read(8)
        cid, size = header[:4], struct.unpack("<I", header[4:8])[0]
        ids.add(cid.decode("latin-1"))
        pos += 8 + size + (size & 1)
    if pos != end:
        ids.add("<trailing bytes>")
    return ids


# Keys that hold metadata wherever they appear in a PDF object, and the keys of markup
# annotations that name or date their author.
_PDF_METADATA_KEYS = ("/Metadata", "/PieceInfo", "/LastModified")
_PDF_ANNOT_KEYS = ("/T", "/M", "/CreationDate", "/NM")
# Catalog and name-tree entries that carry content we cannot clean: refused.
_PDF_REFUSED_NAMES = ("/EmbeddedFiles", "/JavaScript")


def _strip_pdf(src: BinaryIO, media_type: str) -> BinaryIO:
    import pikepdf

    data = src.read(MAX_PDF_BYTES + 1)
    if len(data) > MAX_PDF_BYTES:
        raise UnsupportedAttachmentError("PDF is too large", media_type)
    if not data.startswith(b"%PDF-"):
        raise DamagedAttachmentError("file is not a PDF", media_type)
    out = io.BytesIO()
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            _refuse_uncleanable_pdf(pdf, media_type)
            if "/Info" in pdf.trailer:
                del pdf.trailer["/Info"]
            for obj in pdf.objects:
                _clean_pdf_object(obj, media_type)
            pdf.save(out, deterministic_id=True, fix_metadata_version=False, compress_streams=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.disable)
    except AttachmentError:
        raise
    except pikepdf.PasswordError as exc:
        raise UnsupportedAttachmentError("encrypted PDFs are refused", media_type) from exc
    except (pikepdf.PdfError, OSError, ValueError, RuntimeError) as exc:
        raise DamagedAttachmentError(f"PDF cannot be read: {exc}", media_type) from exc
    clean = out.getvalue()
    _check_pdf_clean(clean, media_type)
    return io.BytesIO(clean)


def _refuse_uncleanable_pdf(pdf: object, media_type: str) -> None:
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)  # noqa: S101 - narrows the type: the caller opened it with pikepdf
    if pdf.is_encrypted:
        raise UnsupportedAttachmentError("encrypted PDFs are refused", media_type)
    root = pdf.Root
    names = root.get("/Names")
    if "/AcroForm" in root and "/XFA" in root.AcroForm:
        raise UnsupportedAttachmentError("PDF forms (XFA) are refused", media_type)
    if isinstance(names, pikepdf.Dictionary) and any(k in names for k in _PDF_REFUSED_NAMES):
        raise UnsupportedAttachmentError("PDFs with embedded files or scripts are refused", media_type)
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        if obj.get("/Type") == pikepdf.Name.Filespec or obj.get("/Subtype") == pikepdf.Name.FileAttachment \
                or obj.get("/S") == pikepdf.Name.JavaScript:
            raise UnsupportedAttachmentError("PDFs with embedded files or scripts are refused", media_type)
        if isinstance(obj, pikepdf.Stream) and "/JPXDecode" in _pdf_filters(obj):
            raise UnsupportedAttachmentError("PDFs with JPEG 2000 images are refused", media_type)


def _pdf_filters(stream: object) -> list[str]:
    import pikepdf

    f = stream.get("/Filter")  # type: ignore[attr-defined]
    if f is None:
        return []
    if isinstance(f, pikepdf.Array):
        return [str(x) for x in f]
    return [str(f)]


def _clean_pdf_object(obj: object, media_type: str) -> None:
    import pikepdf

    if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        return
    for key in _PDF_METADATA_KEYS:
        if key in obj:
            del obj[key]
    if obj.get("/Type") == pikepdf.Name.Annot or "/Subtype" in obj and "/Rect" in obj:
        for key in _PDF_ANNOT_KEYS:
            if key in obj and obj.get("/FT") is None:  # a form field's /T is its name, not an author
                del obj[key]
    if isinstance(obj, pikepdf.Stream) and _pdf_filters(obj) == ["/DCTDecode"]:
        obj.write(_jpeg_without_app_segments(obj.read_raw_bytes(), media_type), filter=pikepdf.Name.DCTDecode)


def _jpeg_without_app_segments(jpeg: bytes, media_type: str) -> bytes:
    """The JPEG with its APP1..APP15 (EXIF, XMP, ICC, Photoshop IRB...) and COM segments cut out;
    APP0 (JFIF: density only) and the image data are kept byte for byte."""
    import struct

    if jpeg[:2] != b"\xff\xd8":
        raise DamagedAttachmentError("an image inside the PDF is not a JPEG", media_type)
    out, pos = bytearray(b"\xff\xd8"), 2
    while pos + 4 <= len(jpeg):
        if jpeg[pos] != 0xFF:
            raise DamagedAttachmentError("an image inside the PDF is a damaged JPEG", media_type)
        marker = jpeg[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            out += jpeg[pos:]
            return bytes(out)
        length = struct.unpack(">H", jpeg[pos + 2:pos + 4])[0]
        if 0xE1 <= marker <= 0xEF or marker == 0xFE:
            pos += 2 + length
            continue
        out += jpeg[pos:pos + 2 + length]
        pos += 2 + length
    raise DamagedAttachmentError("an image inside the PDF is a damaged JPEG", media_type)


def _check_pdf_clean(data: bytes, media_type: str) -> None:
    """Re-read the copy: no document information, XMP, PieceInfo or JPEG APPn segment remains."""
    import pikepdf

    def refuse(what: str) -> UnsupportedAttachmentError:
        return UnsupportedAttachmentError(f"the cleaned PDF still holds {what}", media_type)

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if "/Info" in pdf.trailer:
            raise refuse("document information")
        for obj in pdf.objects:
            if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                continue
            if any(k in obj for k in _PDF_METADATA_KEYS):
                raise refuse("metadata streams")
            if isinstance(obj, pikepdf.Stream) and _pdf_filters(obj) == ["/DCTDecode"] \
                    and _jpeg_without_app_segments(obj.read_raw_bytes(), media_type) != obj.read_raw_bytes():
                raise refuse("image metadata")
