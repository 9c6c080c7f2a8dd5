# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes over 4 GiB (issue 21 item 4): a 96 kHz / 24-bit stereo FLAC passes 4 GiB after about
three hours, so nothing on the way may hold a size or a sample count in 32 bits. Checked here
without writing gigabytes (the disk is shared): the bundle's tar header for members of 5 and
9 GiB (octal, then GNU base-256), read back by our strict reader and by Python's ``tarfile``;
and the FLAC STREAMINFO patch a recovered take gets, whose 36-bit sample count must keep the
bits above 32. (The store's encrypted blobs count chunks and bytes in 64 bits: ``>IQ`` per
chunk with 64 KiB data, ``>QB`` chunk index; the FLAC spec's 36 bits last 198 h at 96 kHz.)"""

from __future__ import annotations

import io
import re
import tarfile

import numpy as np
import pytest
import soundfile as sf

from intake_app.audio.recovery import flac_total_samples_patch
from intake_app.audio.stream import PatchedReader
from intake_crypto.bundle import _tar


@pytest.mark.parametrize("size", [4 * 2**30 + 1, 5 * 2**30, 9 * 2**30 + 7])
def test_bundle_members_over_4_gib_have_exact_sizes(size: int) -> None:
    block = _tar.header("content/audio/x.flac", size)
    member = _tar.parse_header(block, re.compile(r".+"))
    assert member is not None and member.size == size
    assert tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape").size == size  # an independent reader


def test_flac_sample_count_above_32_bits_survives_the_header_patch() -> None:
    out = io.BytesIO()
    with sf.SoundFile(out, "w", samplerate=96000, channels=2, format="FLAC", subtype="PCM_24") as f:
        f.write(np.zeros((4096, 2), dtype=np.int32))
    frames = 2**33 + 12345  # about 25 hours at 96 kHz
    patch = flac_total_samples_patch(io.BytesIO(out.getvalue()), frames)
    data = PatchedReader(io.BytesIO(out.getvalue()), patch).read()
    bits = int.from_bytes(data[8 + 10:8 + 18], "big")  # STREAMINFO (RFC 9639 §8.2), parsed here
    assert (bits >> 44, ((bits >> 36) & 0x1F) + 1, bits & 0xFFFFFFFFF) == (96000, 24, frames)
