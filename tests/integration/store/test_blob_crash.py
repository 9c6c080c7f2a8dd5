# SPDX-License-Identifier: GPL-3.0-or-later
"""A real ``kill -9`` of a process writing a blob: everything it reported durable survives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intake_app.store import blobs
from intake_app.store.blobs import BlobReader, recover

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from intake_app.store.blobs import BlobWriter
    key = bytes.fromhex(sys.argv[2])
    w = BlobWriter(Path(sys.argv[1]), key, chunk_size=4096, version=int(sys.argv[3]))
    print(w.name, flush=True)
    i = 0
    while True:
        block = (b"%08d" % i) * 125  # 1000 bytes, position-dependent
        w.write(block)
        i += 1
        if i % 7 == 0:
            print(w.durable_size, flush=True)
    """
)


def _expected(n: int) -> bytes:
    return b"".join((b"%08d" % i) * 125 for i in range(n // 1000 + 1))[:n]


@pytest.mark.parametrize("version", blobs.VERSIONS)
def test_kill_9_during_blob_write(tmp_path: Path, version: int) -> None:
    key = blobs.new_blob_key()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path), bytes(key).hex(), str(version)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    name = proc.stdout.readline().strip()
    durable = 0
    for _ in range(300):
        durable = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert durable > 200_000
    path = tmp_path / name
    ref = recover(path, key, chunk_size=4096, version=version)
    assert ref.recovered
    assert ref.size >= durable  # nothing reported durable was lost
    assert ref.size % blobs.data_per_chunk(4096) == 0  # only the unsealed tail went
    with BlobReader(path, key, chunk_size=4096, expected_size=ref.size, version=version) as reader:
        assert reader.read() == _expected(ref.size)
