# SPDX-License-Identifier: GPL-3.0-or-later
"""A recording process for the store-level kill -9 tests: unlocks the store in HOME with the
passphrase in PASSFILE, records from the default input into testimony TID through
``StoreRecording`` (the path the GUI and the CLI use), and sets one marker.

Usage: python -m tests.integration.store_record_child HOME PASSFILE TID [FORMAT]
Prints "blob NAME" and "journal NAME", then "recording" once audio arrives, then "marked" after
the first marker. Runs until killed (a 10-minute cap keeps a forgotten child from running on).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from intake_app.audio.session import StoreRecording
from intake_app.store import Store


def main() -> None:
    home, passfile, tid = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    fmt = sys.argv[4] if len(sys.argv) > 4 else "flac"
    store = Store.open(home, passfile.read_text(encoding="utf-8").strip(), idle_seconds=None)
    take = StoreRecording(store, tid, format=fmt, max_seconds=600)
    print("blob", take.audio_blob, flush=True)
    print("journal", take.journal_blob, flush=True)
    take.start()
    rec = take.recorder
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
