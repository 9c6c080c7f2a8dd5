# SPDX-License-Identifier: GPL-3.0-or-later
"""Blob files written by the release before format v2 (every store in the field has such files):
read, seek and recover with today's code, byte for byte (issue 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.store.blobs import BlobReader, recover
from intake_app.store.errors import BlobCorruptError, BlobTruncatedError

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_KEY = bytes(range(32))
GOLDEN_DATA = ("六四 testimony golden v1 " * 30).encode()[:600]


def _golden(tmp_path: Path, name: str) -> Path:
    """A blob file written by the v1 code of main 1ac02d7 (before format v2), chunk size 256:
    ``v1finished`` closed, ``v1unfinished`` a writer killed after a checkpoint at 500 bytes."""
    path = tmp_path / name
    path.write_bytes(bytes.fromhex((GOLDEN / f"{name}.hex").read_text().replace("\n", "")))
    return path


def test_v1_files_written_by_the_release_before_v2_still_read_and_recover(tmp_path: Path) -> None:
    path = _golden(tmp_path, "v1finished")
    with BlobReader(path, GOLDEN_KEY, chunk_size=256, expected_size=600, version=1) as reader:
        assert reader.read() == GOLDEN_DATA
        assert reader.seek(250) == 250 and reader.read(10) == GOLDEN_DATA[250:260]
    with pytest.raises((BlobCorruptError, BlobTruncatedError)):  # never plaintext under the wrong version
        BlobReader(path, GOLDEN_KEY, chunk_size=256, version=2)
    torn = _golden(tmp_path, "v1unfinished")
    ref = recover(torn, GOLDEN_KEY, chunk_size=256, version=1)
    assert ref.recovered and ref.size == 500 and ref.sha256 is None
    with BlobReader(torn, GOLDEN_KEY, chunk_size=256, expected_size=500, version=1) as reader:
        assert reader.read() == GOLDEN_DATA[:500]
