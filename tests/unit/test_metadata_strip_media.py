# SPDX-License-Identifier: GPL-3.0-or-later
"""``metadata_strip`` on real audio files with a canary in every tag field, in an embedded
picture and in unknown chunks, and on a PDF with the canary in its document information, XMP,
PieceInfo, an annotation's author and an embedded JPEG's EXIF (security-review F5)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from intake_app.sealing.metadata import (
    DamagedAttachmentError,
    UnsupportedAttachmentError,
    _check_audio_clean,
    strip_metadata,
)
from tests.fixtures.tagged_media import CANARY, FORMATS, write_tagged, write_tagged_pdf


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_no_tag_survives_and_the_sound_does(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / f"a{suffix}"
    media = write_tagged(src)
    tagged = src.read_bytes()
    clean = strip_metadata(io.BytesIO(tagged), media).read()
    assert CANARY not in clean
    before, rate = sf.read(io.BytesIO(tagged), dtype="int32")
    after, rate_after = sf.read(io.BytesIO(clean), dtype="int32")
    assert rate == rate_after and before.shape == after.shape
    if suffix in (".flac", ".wav"):
        assert np.array_equal(before, after), "lossless formats keep every sample"
    else:  # a second lossy generation: the same sound, not the same samples
        corr = np.corrcoef(before.astype(float), after.astype(float))[0, 1]
        assert corr > 0.9


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_the_check_sees_tags(tmp_path: Path, suffix: str) -> None:
    """The mutagen re-read would refuse a copy that still held the tags (the check can fail)."""
    src = tmp_path / f"a{suffix}"
    media = write_tagged(src)
    container = {".flac": "FLAC", ".opus": "OGG", ".wav": "WAV", ".mp3": "MP3"}[suffix]
    with pytest.raises(UnsupportedAttachmentError):
        _check_audio_clean(src.read_bytes(), container, media)


def test_wrong_or_damaged_audio_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "a.flac"
    write_tagged(src)
    with pytest.raises(DamagedAttachmentError):
        strip_metadata(io.BytesIO(src.read_bytes()), "audio/mpeg")  # a FLAC is not an MP3
    with pytest.raises(DamagedAttachmentError):
        strip_metadata(io.BytesIO(b"fLaC" + CANARY * 100), "audio/flac")
    with pytest.raises(UnsupportedAttachmentError):
        strip_metadata(io.BytesIO(b"\0\0\0\x20ftypM4A " + CANARY), "audio/mp4")


def test_pdf_loses_its_metadata_and_keeps_its_page(tmp_path: Path) -> None:
    import pikepdf
    from pikepdf import PdfImage

    src = tmp_path / "scan.pdf"
    write_tagged_pdf(src)
    clean = strip_metadata(io.BytesIO(src.read_bytes()), "application/pdf").read()
    assert CANARY not in clean
    with pikepdf.open(io.BytesIO(clean)) as pdf:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root and len(pdf.pages) == 1
        page = pdf.pages[0]
        assert "/Metadata" not in page.obj and "/PieceInfo" not in page.obj
        (note,) = page.obj.Annots
        assert str(note.Contents) == "see photo" and "/T" not in note  # the note stays, its author goes
        picture = PdfImage(page.Resources.XObject.Im0).as_pil_image()
        assert picture.size == (16, 16) and not picture.getexif()


def test_pdf_check_sees_metadata_and_what_cannot_be_cleaned_is_refused(tmp_path: Path) -> None:
    from intake_app.sealing.metadata import _check_pdf_clean

    src = tmp_path / "scan.pdf"
    write_tagged_pdf(src)
    with pytest.raises(UnsupportedAttachmentError):
        _check_pdf_clean(src.read_bytes(), "application/pdf")  # the check can fail
    attached = tmp_path / "attached.pdf"
    write_tagged_pdf(attached, embedded_file=True)
    with pytest.raises(UnsupportedAttachmentError):
        strip_metadata(io.BytesIO(attached.read_bytes()), "application/pdf")
    with pytest.raises(DamagedAttachmentError):
        strip_metadata(io.BytesIO(b"%PDF-1.4 /Author (" + CANARY + b")"), "application/pdf")
