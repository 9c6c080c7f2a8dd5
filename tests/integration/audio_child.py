# SPDX-License-Identifier: GPL-3.0-or-later
"""A recording process for the kill -9 test: records from the default input into a blob in DIR
with the key in KEYFILE (as the store would hand it a writer), and a journal beside it.

Usage: python -m tests.integration.audio_child DIR KEYFILE FORMAT CHUNK_SIZE
Prints "blob NAME" and "journal NAME", then "recording" once audio arrives, then "marked" after
the first marker. Runs until killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from intake_app.audio import JOURNAL_CHUNK_SIZE, Recorder
from intake_app.store.blobs import BlobWriter


def main() -> None:
    directory, keyfile, fmt, chunk = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    key = keyfile.read_bytes()
    audio = BlobWriter(directory, key, chunk_size=chunk)
    journal = BlobWriter(directory, key, chunk_size=JOURNAL_CHUNK_SIZE)
    print("blob", audio.name, flush=True)
    print("journal", journal.name, flush=True)
    rec = Recorder(audio, format=fmt, journal=journal)
    rec.start()
    while rec.status().state != "recording":
        time.sleep(0.05)
    print("recording", flush=True)
    while rec.elapsed < 1.0:
        time.sleep(0.05)
    rec.add_marker("question 3")
    print("marked", flush=True)
    rec.wait()
    print("ended", rec.error, flush=True)


if __name__ == "__main__":
    main()
