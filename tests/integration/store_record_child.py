# SPDX-License-Identifier: GPL-3.0-or-later
"""A recording process for the store-level kill -9 tests: unlocks the store in HOME with the
passphrase in PASSFILE, records from the default input into testimony TID through
``StoreRecording`` (the path the GUI and the CLI use), and sets one marker.

Usage: python -m tests.integration.store_record_child HOME PASSFILE TID [FORMAT]
Prints "blob NAME" and "journal NAME", then "recording" once audio arrives, then "marked" after
the first marker, then "at SECONDS" (audio recorded so far) four times a second. Runs until killed (a 10-minute cap keeps a forgotten child from running on).

:func:`kill_mid_take` runs it from a test and kills it with SIGKILL once a few audio chunks are
sealed on disk (a writer killed for real, not a simulated crash).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from intake_app.store.blobs import sealed_chunk_size

REPO = Path(__file__).resolve().parents[2]
FLAC_SEALED_CHUNK = sealed_chunk_size(64 * 1024)  # StoreRecording's FLAC chunk, sealed (format v2)


def kill_mid_take(
    home: Path, passfile: Path, tid: str, chunks: int = 3, *, seconds: float | None = None
) -> dict[str, str]:
    """Record into ``tid`` in a child process and ``kill -9`` it once ``chunks`` FLAC chunks are
    sealed on disk, or (with ``seconds``) once it has recorded that much audio. Returns the blob
    names it printed (``blob``, ``journal``) and, with ``seconds``, ``at``: the audio recorded
    when it was killed, as it last said."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.store_record_child", str(home), str(passfile), tid, "flac"],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        names = dict(child.stdout.readline().split() for _ in range(2))
        assert child.stdout.readline().strip() == "recording"
        assert child.stdout.readline().strip() == "marked"
        audio = home / "store" / "blobs" / names["blob"]
        deadline = time.monotonic() + 60
        if seconds is not None:
            at = 0.0
            while at < seconds and time.monotonic() < deadline:
                at = float(child.stdout.readline().split()[1])
            names["at"] = str(at)
        while seconds is None and audio.stat().st_size < chunks * FLAC_SEALED_CHUNK and time.monotonic() < deadline:
            time.sleep(0.1)
        child.kill()  # SIGKILL: no cleanup, no flush
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return names


def main() -> None:
    from intake_app.audio.session import StoreRecording
    from intake_app.store import Store

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
    while not rec.wait(0.25):
        print("at", round(rec.elapsed, 3), flush=True)
    print("ended", rec.error, flush=True)


if __name__ == "__main__":
    main()
