# SPDX-License-Identifier: GPL-3.0-or-later
"""CPU, memory and dropouts while recording 48 kHz stereo into the encrypted store, FLAC and Opus.

Usage: ``python -m benches.audio_record [--seconds 60] [--formats flac,opus]``

Starts a private PulseAudio server with a null sink (as the tests do), plays pink noise into it
(harder for FLAC than speech), and runs each measurement in its own process, recording
``--seconds`` of audio from the null sink's monitor through :class:`intake_app.audio.Recorder`
into an encrypted blob (sealed and fsynced chunk by chunk). The reference, in the same run, is a
process that opens the same input stream and throws the blocks away (what capturing alone costs
through PortAudio/ALSA/PulseAudio). Reported per format: CPU time as a percentage of one core
over the recording, the ratio to the reference, peak RSS (``wait4``), input overflows and
dropped samples, and bytes per second written. Not a test: figures depend on the machine and
its load (here two cores shared with other work).
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


def child(fmt: str, seconds: float, directory: str) -> None:
    """Inside the measured process: record (or only capture, for ``fmt == "capture"``)."""
    import sounddevice as sd

    from intake_app.audio import Recorder
    from intake_app.store.blobs import BlobWriter, new_blob_key

    frames = 0
    overflows = dropped = size = 0
    if fmt == "capture":
        count = {"frames": 0, "overflows": 0}

        def callback(indata, n, _t, status) -> None:  # type: ignore[no-untyped-def]
            count["frames"] += n
            count["overflows"] += bool(status.input_overflow)

        with sd.InputStream(samplerate=48000, channels=2, dtype="int16", blocksize=1024, callback=callback):
            while count["frames"] == 0:
                time.sleep(0.01)
            t0, c0 = time.monotonic(), time.process_time()
            while count["frames"] < seconds * 48000:
                time.sleep(0.05)
            wall, cpu = time.monotonic() - t0, time.process_time() - c0
        frames, overflows = count["frames"], count["overflows"]
    else:
        writer = BlobWriter(Path(directory), new_blob_key())
        rec = Recorder(writer, format=fmt, samplerate=48000, channels=2, max_seconds=seconds)
        rec.start()
        while rec.status().state != "recording":
            time.sleep(0.01)
        t0, c0 = time.monotonic(), time.process_time()
        rec.wait()
        info = rec.stop()
        ref = writer.close()
        wall, cpu = time.monotonic() - t0, time.process_time() - c0
        frames, overflows, dropped, size = info.frames, info.overflows, info.dropped_frames, ref.size
        writer.path.unlink()
    print(json.dumps({"wall": wall, "cpu": cpu, "frames": frames, "overflows": overflows,
                      "dropped": dropped, "bytes": size}))  # fmt: skip


def measure(fmt: str, seconds: float, directory: str) -> dict[str, float]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benches.audio_record", "--child", fmt, str(seconds), directory],
        stdout=subprocess.PIPE,
        text=True,
    )
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark child {fmt} failed")
    result = json.loads(out.strip().splitlines()[-1])
    result["rss_mib"] = usage.ru_maxrss / 1024
    return result


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], float(sys.argv[3]), sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--formats", default="flac,opus")
    args = parser.parse_args()

    from tests.fixtures.pulse import PulseServer

    root = Path(tempfile.mkdtemp(prefix="intake-bench-pulse-"))
    os.chmod(root, 0o700)
    server = PulseServer(root)
    server.start()
    os.environ.update(server.client_env())
    try:
        noise = root / "pink.wav"
        subprocess.run(
            ["sox", "-n", "-r", "48000", "-c", "2", "-b", "16", str(noise), "synth", str(args.seconds * 4 + 60),
             "pinknoise", "vol", "0.3"],
            check=True, capture_output=True,
        )  # fmt: skip
        server.play(noise)
        with tempfile.TemporaryDirectory(prefix="intake-bench-blobs-") as blobs:
            results = {name: measure(name, args.seconds, blobs) for name in ["capture", *args.formats.split(",")]}
    finally:
        server.stop()
    base = results["capture"]
    print(f"Recording {args.seconds:.0f} s of 48 kHz stereo pink noise per run; {os.cpu_count()} CPUs (shared)")
    print(f"{'run':<9} {'CPU % of one core':>17} {'ratio':>6} {'peak RSS MiB':>12} "
          f"{'overflows':>9} {'dropped':>7} {'kbit/s':>7}")  # fmt: skip
    for name, r in results.items():
        pct = 100 * r["cpu"] / r["wall"]
        ratio = r["cpu"] / base["cpu"] if base["cpu"] else float("nan")
        kbps = r["bytes"] * 8 / 1000 / (r["frames"] / 48000) if r["frames"] else 0.0
        print(f"{name:<9} {pct:>17.2f} {ratio:>6.2f} {r['rss_mib']:>12.1f} "
              f"{r['overflows']:>9.0f} {r['dropped']:>7.0f} {kbps:>7.0f}")  # fmt: skip
    print("CPU: process_time over the recording; peak RSS: wait4 (the whole process: Python, numpy, Qt core)")


if __name__ == "__main__":
    main()
