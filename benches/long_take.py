# SPDX-License-Identifier: GPL-3.0-or-later
"""A long take in real time (10 or 30 minutes): are all the frames kept, and what does it cost?

Usage: ``python -m benches.long_take [--minutes 10] [--format flac] [--rate 48000|96000] [--memory]``
(``--memory``: the witness alone's path, the take held only in memory as ``MemoryTakes`` does).

Starts a private PulseAudio server with a null sink (as the tests do, ``tests/fixtures/pulse.py``)
and plays a tone into it for the whole take (a null sink delivers no frames without a playing
stream). In a child process it creates a real store (SQLCipher, encrypted blobs), opens the
input warm (:class:`intake_app.audio.LiveInput`, as the record page does), and records through
:class:`intake_app.audio.session.StoreRecording` (the path the GUI takes) for ``--minutes`` of
wall time, then stops and seals. Reported: frames PulseAudio delivered to the recorder, frames
written (and paused, dropped, overflows), seconds of audio against wall time, peak RSS of the
recording process (``wait4``), the sealed audio's size and the size of the blobs on disk, and the
take's rate and bits per sample (FLAC: 24-bit since issue 21; the tone played is 16-bit, so the
size is a lower bound: a real microphone's noise floor fills the low bits, see docs/audio.md).

The result is the recorder's own count, which the tests check too: "delivered == written" means
nothing was lost between PortAudio and the file. Wall time is only reported (a loaded machine
can stretch it). Not a test: it takes real time (``make bench`` does not run it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "long take bench passphrase"


def child(home: str, minutes: float, fmt: str, rate: int = 48000, memory: bool = False) -> None:
    """Inside the measured process: store, warm input, one take of ``minutes`` wall time."""
    from intake_app.audio import LiveInput
    from intake_app.audio.info import FORMATS
    from intake_app.audio.session import StoreRecording
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF

    store = Store.create(Path(home), PASSPHRASE, kdf=TEST_KDF)
    tid = store.create_testimony("testimony", "1.0.0")
    source = LiveInput(None, samplerate=rate, dtype=FORMATS[fmt][2])
    source.open()
    while source.delivered == 0:  # the page is shown; the witness is speaking
        time.sleep(0.01)
    if memory:  # the witness alone: the take only in memory (gui.controllers.audio.MemoryTakes)
        from intake_app.gui.controllers.audio import MemoryTakes

        takes = MemoryTakes(fmt)
        held = takes.begin(source, fmt, source.delivered)
        recorder = held.recorder
    else:
        take = StoreRecording(store, tid, format=fmt, source=source, since=source.delivered)
        take.start()
        recorder = take.recorder
    t0 = time.monotonic()
    while time.monotonic() - t0 < minutes * 60:
        time.sleep(1.0)
        if recorder.wait(0):
            break  # stopped on its own (device lost, disk full): reported below
    if memory:
        takes.finish(held)
        info, error = takes.infos[-1], None
    else:
        finished = take.finish()
        info, error = finished.info, finished.error
    wall = time.monotonic() - t0
    source.close()
    blobs = sum(p.stat().st_size for p in store.blob_dir.iterdir())
    print(json.dumps({
        "wall_s": round(wall, 2), "audio_s": round(info.duration, 2), "delivered": info.delivered_frames,
        "written": info.frames, "paused": info.paused_frames, "dropped": info.dropped_frames,
        "overflows": info.overflows, "stop_reason": info.stop_reason, "audio_bytes": info.bytes,
        "blob_dir_bytes": blobs, "samplerate": info.samplerate, "bit_depth": info.bit_depth, "error": type(error).__name__ if error else None, "memory": memory,
    }))  # fmt: skip
    store.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=10.0, help="10 or 30 (any length works)")
    parser.add_argument("--format", default="flac", choices=("flac", "opus"))
    parser.add_argument("--rate", type=int, default=48000, choices=(48000, 96000), help="FLAC only: 48000 or 96000")
    parser.add_argument("--memory", action="store_true", help="record as the witness alone does: in memory only")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], float(args.child[1]), args.child[2], int(args.child[3]), args.child[4] == "memory")
        return 0

    from tests.fixtures.pulse import PulseServer

    root = Path(tempfile.mkdtemp(prefix="intake-bench-pulse-"))
    os.chmod(root, 0o700)
    server = PulseServer(root)
    server.start()
    try:
        player = server.play_sine(root, 440.0, args.minutes * 60 + 60, amplitude=0.3)
        time.sleep(1.0)
        with tempfile.TemporaryDirectory(prefix="intake-bench-home-") as home:
            env = {**os.environ, **server.client_env(), "INTAKE_HOME": home}
            proc = subprocess.Popen(
                [sys.executable, "-m", "benches.long_take", "--child", home, str(args.minutes), args.format,
                 str(args.rate if args.format == "flac" else 48000), "memory" if args.memory else "store"],
                stdout=subprocess.PIPE, text=True, env=env,
            )  # fmt: skip
            out = proc.stdout.read() if proc.stdout else ""
            _, status, usage = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit("the recording process failed")
        player.terminate()
        result = json.loads(out.strip().splitlines()[-1])
        result["peak_rss_mib"] = round(usage.ru_maxrss / 1024, 1)
        result["kept_all_delivered"] = result["written"] == result["delivered"] - result["paused"]
        print(json.dumps(result, indent=2))
        return 0 if result["kept_all_delivered"] and not result["dropped"] else 1
    finally:
        server.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
