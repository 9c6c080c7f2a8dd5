# SPDX-License-Identifier: GPL-3.0-or-later
"""How the age core hands its output to the kernel (issue 24, DESIGN.md "Where the system time
goes"): real files, real ``age`` CLI, the real ``intake age`` command.

- Every write asks the kernel for small page-cache folios: at most one sealed chunk per write
  when encrypting (the offsets the header leaves are not page-aligned, as with ``age -e``), at
  most 64 KiB - 16 when decrypting (so later offsets are unaligned the same way). Writes covering aligned 64 KiB or more made the kernel take large
  folios, whose pages a VM with free page reporting faults in again from its host: 1-3.7 s of
  system time per GiB instead of 0.3-0.45 s (measured, docs/crypto.md).
- The writes run in one helper thread from a fixed ring of buffers; a slow disk still gets
  every byte in order (no buffer is refilled while it is being written), a full disk stops the
  command with its plain message and leaves no thread behind, and a one-batch file is written
  without a thread.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import intake_crypto as crypto
from intake_crypto.age._stream import CHUNK_SIZE, ENC_CHUNK_SIZE, SERIAL_BATCH_CHUNKS
from intake_crypto.age._stream import sealed_size as crypto_sealed_size
from tests.fixtures.age_tools import AgeCli

SIZE = 3 * (1 << 20) + 5  # many batches, a short final chunk


class RecordingFile(io.FileIO):
    """A real file that notes the length and the thread of every write the kernel receives."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "wb")
        self.writes: list[tuple[int, str]] = []

    def write(self, data: Any) -> int:
        n = super().write(data)
        self.writes.append((n, threading.current_thread().name))
        return n


def _keys(tmp_path: Path, age_cli: AgeCli) -> tuple[Path, str]:
    key = tmp_path / "k.txt"
    return key, age_cli.generate(key)


@pytest.mark.parametrize("workers", [1, 2])
def test_encrypting_writes_at_most_one_sealed_chunk_at_a_time(tmp_path: Path, age_cli: AgeCli, workers: int) -> None:
    key, recipient = _keys(tmp_path, age_cli)
    plain = os.urandom(SIZE)
    (tmp_path / "p").write_bytes(plain)
    raw = RecordingFile(tmp_path / "c.age")
    with open(tmp_path / "p", "rb") as src, io.BufferedWriter(raw) as dst:
        crypto.encrypt(src, dst, [crypto.parse_recipient(recipient)], workers=workers)
    assert age_cli.run("-d", "-i", str(key), str(tmp_path / "c.age")).stdout == plain
    payload = [n for n, _ in raw.writes]
    assert max(payload) <= ENC_CHUNK_SIZE, sorted(set(payload))


@pytest.mark.parametrize("workers", [1, 2])
def test_decrypting_never_writes_a_whole_64_kib(tmp_path: Path, age_cli: AgeCli, workers: int) -> None:
    key, recipient = _keys(tmp_path, age_cli)
    plain = os.urandom(SIZE)
    sealed = tmp_path / "c.age"
    age_cli.run("-e", "-r", recipient, "-o", str(sealed), input=plain)
    raw = RecordingFile(tmp_path / "o")
    with open(sealed, "rb") as src, io.BufferedWriter(raw) as dst:
        crypto.decrypt(src, dst, crypto.parse_identities(key.read_text()), workers=workers)
    assert (tmp_path / "o").read_bytes() == plain
    sizes = [n for n, _ in raw.writes]
    assert max(sizes) <= CHUNK_SIZE - 16, sorted(set(sizes))


def test_the_writes_run_beside_the_cipher_and_a_one_batch_file_needs_no_thread(
    tmp_path: Path, age_cli: AgeCli
) -> None:
    _, recipient = _keys(tmp_path, age_cli)
    for size, threads in ((SERIAL_BATCH_CHUNKS * CHUNK_SIZE, {"MainThread"}), (SIZE, {"MainThread", "age-write"})):
        (tmp_path / "p").write_bytes(os.urandom(size))
        raw = RecordingFile(tmp_path / "c.age")
        with open(tmp_path / "p", "rb") as src, io.BufferedWriter(raw) as dst:
            crypto.encrypt(src, dst, [crypto.parse_recipient(recipient)])
        assert {name for _, name in raw.writes} == threads
    assert not [t for t in threading.enumerate() if t.name == "age-write"]


class SlowDisk(io.BytesIO):
    """A device that takes its time over every write (what a USB stick does)."""

    def write(self, data: Any) -> int:
        time.sleep(0.002)
        return super().write(bytes(data))


def test_a_slow_disk_gets_every_byte_in_order(tmp_path: Path) -> None:
    """While the helper thread is still writing a buffer, the cipher has moved on: the ring
    must never hand that buffer back to be refilled. The pool path (no ring) is the witness."""
    identity = crypto.X25519Identity.generate()
    plain = os.urandom(SIZE)
    key, nonce = os.urandom(16), os.urandom(16)
    outputs = []
    for workers, dst in ((1, SlowDisk()), (2, io.BytesIO())):
        crypto.encrypt(io.BytesIO(plain), dst, [identity.recipient()], workers=workers, _file_key=key, _nonce=nonce)
        data = dst.getvalue()
        outputs.append(data)
    payloads = [data[data.index(b"\n--- ") :].split(b"\n", 2)[2] for data in outputs]  # the header's wrap is random
    assert payloads[0] == payloads[1] and len(payloads[0]) == crypto_sealed_size(SIZE) + 16
    opened = SlowDisk()
    crypto.decrypt(io.BytesIO(outputs[0]), opened, [identity], workers=1)
    assert opened.getvalue() == plain


@pytest.mark.parametrize("op", ["-e", "-d"])
def test_a_full_disk_stops_intake_age_with_a_plain_message(tmp_path: Path, age_cli: AgeCli, op: str) -> None:
    """``/dev/full`` answers every write with ENOSPC, as a full disk does."""
    key, recipient = _keys(tmp_path, age_cli)
    plain = tmp_path / "p"
    plain.write_bytes(os.urandom(SIZE))
    sealed = tmp_path / "c.age"
    age_cli.run("-e", "-r", recipient, "-o", str(sealed), str(plain))
    args = ["-e", "-r", recipient, str(plain)] if op == "-e" else ["-d", "-i", str(key), str(sealed)]
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "age", "-o", "/dev/full", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "LANGUAGE": "en"},
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert "No space left on device" in result.stderr or "space" in result.stderr.lower(), result.stderr


def test_a_chunk_failing_midway_stops_the_writes_right_before_it(tmp_path: Path, age_cli: AgeCli) -> None:
    """Chunk 21 of 40 is damaged (inside a batch, after the helper thread has started): the file
    holds exactly chunks 0-20, nothing of 21 or after."""
    key, recipient = _keys(tmp_path, age_cli)
    plain = os.urandom(40 * CHUNK_SIZE)
    sealed = tmp_path / "c.age"
    age_cli.run("-e", "-r", recipient, "-o", str(sealed), input=plain)
    data = bytearray(sealed.read_bytes())
    payload_start = len(data) - 40 * ENC_CHUNK_SIZE
    data[payload_start + 21 * ENC_CHUNK_SIZE + 100] ^= 1
    sealed.write_bytes(data)
    opened = tmp_path / "o"
    with pytest.raises(crypto.PayloadError), open(sealed, "rb") as src, open(opened, "wb") as dst:
        crypto.decrypt(src, dst, crypto.parse_identities(key.read_text()), workers=1)
    assert opened.read_bytes() == plain[: 21 * CHUNK_SIZE]
    assert not [t for t in threading.enumerate() if t.name == "age-write"]
