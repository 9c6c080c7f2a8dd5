# SPDX-License-Identifier: GPL-3.0-or-later
"""File to file, the age core reserves the output's blocks first (issue 24, ``posix_fallocate``)
and always cuts the file to what it wrote: the result is byte-identical to ``age``'s view of the
data, and a run that fails leaves no zero tail after the bytes it wrote. Real files, real
``age`` CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import intake_crypto as crypto
from intake_crypto.age._stream import CHUNK_SIZE, ENC_CHUNK_SIZE, SERIAL_BATCH_CHUNKS
from tests.fixtures.age_tools import AgeCli

SIZES = [1, CHUNK_SIZE, 3 * CHUNK_SIZE + 5, 5 << 20]


@pytest.mark.parametrize("size", SIZES)
def test_file_to_file_both_ways_with_the_age_cli(tmp_path: Path, age_cli: AgeCli, size: int) -> None:
    key = tmp_path / "k.txt"
    recipient = age_cli.generate(key)
    plain = tmp_path / "p.bin"
    plain.write_bytes(os.urandom(size))
    sealed = tmp_path / "c.age"
    with open(plain, "rb") as src, open(sealed, "wb") as dst:
        crypto.encrypt(src, dst, [crypto.parse_recipient(recipient)])
    assert age_cli.run("-d", "-i", str(key), str(sealed)).stdout == plain.read_bytes()
    theirs = tmp_path / "theirs.age"
    age_cli.run("-e", "-r", recipient, "-o", str(theirs), str(plain))
    opened = tmp_path / "o.bin"
    with open(theirs, "rb") as src, open(opened, "wb") as dst:
        crypto.decrypt(src, dst, crypto.parse_identities(key.read_text()))
    assert opened.read_bytes() == plain.read_bytes()


def test_a_failed_decryption_leaves_no_reserved_tail(tmp_path: Path, age_cli: AgeCli) -> None:
    """The last chunk is damaged: the chunks before it are written (as every streaming age does),
    and the file ends right there, not at the reserved plaintext length."""
    key = tmp_path / "k.txt"
    recipient = age_cli.generate(key)
    plain = os.urandom(4 * CHUNK_SIZE + 100)
    sealed = tmp_path / "c.age"
    age_cli.run("-e", "-r", recipient, "-o", str(sealed), input=plain)
    data = bytearray(sealed.read_bytes())
    data[-5] ^= 1
    sealed.write_bytes(data)
    opened = tmp_path / "o.bin"
    with pytest.raises(crypto.PayloadError), open(sealed, "rb") as src, open(opened, "wb") as dst:
        crypto.decrypt(src, dst, crypto.parse_identities(key.read_text()))
    written = opened.read_bytes()
    assert len(written) < len(plain) and len(written) % CHUNK_SIZE == 0
    assert written == plain[:len(written)]


def test_a_failed_encryption_leaves_no_reserved_tail(tmp_path: Path, age_cli: AgeCli) -> None:
    """The input file is cut short by another process while it is encrypted: the output ends at
    what was written (a complete age file of what was read), not at the reserved length."""
    key = tmp_path / "k.txt"
    recipient = age_cli.generate(key)
    plain = tmp_path / "p.bin"
    plain.write_bytes(os.urandom(8 * CHUNK_SIZE))
    sealed = tmp_path / "c.age"

    class ShrinkingFile(io.BufferedReader):
        """A real file that is cut short on disk after its first read (what a second process
        truncating it would do)."""

        reads = 0

        def readinto(self, buf: Any) -> int:
            ShrinkingFile.reads += 1
            if ShrinkingFile.reads == 2:
                os.truncate(plain, 2 * CHUNK_SIZE)
            return super().readinto(buf)

    with ShrinkingFile(io.FileIO(plain, "rb")) as src, open(sealed, "wb") as dst:
        crypto.encrypt(src, dst, [crypto.parse_recipient(recipient)])
    result = age_cli.run("-d", "-i", str(key), str(sealed), check=False)
    # What was read was sealed and closed properly; the file holds exactly that, no zero tail.
    read_before_the_cut = max(2, SERIAL_BATCH_CHUNKS) * CHUNK_SIZE  # the first read is one batch
    assert result.returncode == 0 and len(result.stdout) <= read_before_the_cut + ENC_CHUNK_SIZE
    assert sealed.stat().st_size < 8 * ENC_CHUNK_SIZE


def test_pipes_and_devices_are_written_as_before(tmp_path: Path, age_cli: AgeCli) -> None:
    key = tmp_path / "k.txt"
    recipient = age_cli.generate(key)
    plain = os.urandom(3 * CHUNK_SIZE)
    out = subprocess.run([sys.executable, "-m", "intake_app", "age", "-e", "-r", recipient], input=plain, capture_output=True, check=True,
                         timeout=120)
    assert age_cli.run("-d", "-i", str(key), input=out.stdout).stdout == plain
