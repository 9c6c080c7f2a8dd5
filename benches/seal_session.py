# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing in an unlocked session (the GUI's Seal button) against ``age -e`` of the same file.

Usage: ``python -m benches.seal_session [--seconds 1265] [--flac FILE] [--repeat 5] [--import]
[--profile-out FILE] [--dir DIR]``

The interviewer's path (issue 24): the GUI unlocks the store and the device key once
(``Store.open(..., with_device_key=True)``); the Seal button then runs
``intake_app.sealing.finalize.finalize(store, testimony_id, profile)`` on a draft that holds the
recording as an encrypted blob. Each run is a separate process that, *untimed*, creates a store
in a fresh ``INTAKE_HOME`` (test KDF cost for the store, the default scrypt for the device key),
a draft with the bench answers and the recording (a live take written through
``new_blob_writer``, or with ``--import`` an imported file: clean copy + sealed original), syncs
the disk, and then times ``finalize`` alone: wall time, CPU time of the process (every thread),
peak RSS of the timed part (``/proc/self/clear_refs``). ``age -e`` of the same FLAC to the same
content recipient runs alternately, as its own process, in the same run (the reference).

``--profile-out FILE`` writes a cProfile of one extra finalize (not counted) to FILE.
Ratios are reference time / ours: above 1 we are faster. Not a test: figures depend on the
machine and its load (the load average is printed before and after).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benches._bytecode import use_cached_bytecode
from benches.seal_cli import bench_archive, make_flac
from benches.seal_cli import run as run_process

PASSPHRASE = "bench passphrase 1989"


def _cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def _sys() -> float:
    """System CPU alone: on this VM it is mostly the kernel's copy into new page-cache pages,
    which varies from run to run far more than the user time of the same work (issue 24)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_stime


def _peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def child(home: str, profile_path: str, answers_path: str, flac: str, imported: bool, profile_out: str) -> None:
    """One measured finalize, in its own process; prints a JSON line."""
    os.environ["INTAKE_HOME"] = home
    setup_start = time.perf_counter()
    from intake_app.sealing.finalize import finalize
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(profile_path)
    store = Store.create(Path(home), PASSPHRASE, kdf=TEST_KDF, with_device_key=True)
    try:
        store.set_profile(profile)
        answers = json.loads(Path(answers_path).read_text(encoding="utf-8"))
        tid = store.create_testimony("self_submission", _version("self_submission"))
        store.save_answers(tid, answers)
        if imported:
            store.import_recording(tid, Path(flac), "audio/flac")
        else:
            writer = store.new_blob_writer()
            with open(flac, "rb") as src:
                while chunk := src.read(1 << 20):
                    writer.write(chunk)
            store.add_recording(tid, writer.close(), "audio/flac")
        os.sync()
        setup = time.perf_counter() - setup_start
        if profile_out:
            import cProfile

            with cProfile.Profile() as prof:
                finalize(store, tid, profile)
            prof.dump_stats(profile_out)
            print(json.dumps({"setup": setup}))
            return
        Path("/proc/self/clear_refs").write_text("5")  # resets the peak RSS (VmHWM)
        cpu0, sys0, start = _cpu(), _sys(), time.perf_counter()
        entry = finalize(store, tid, profile)
        wall, cpu, sys_cpu = time.perf_counter() - start, _cpu() - cpu0, _sys() - sys0
        print(json.dumps({"setup": setup, "wall": wall, "cpu": cpu, "sys": sys_cpu, "rss_kib": _peak_kib(),
                          "bundle": entry.size}))
    finally:
        store.lock()


def _version(form_id: str) -> str:
    import intake_forms as forms

    return str(forms.load_form(form_id).version)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        home, profile_path, answers_path, flac, imported, profile_out = argv[1:7]
        child(home, profile_path, answers_path, flac, imported == "1", profile_out)
        return 0
    parser = argparse.ArgumentParser(prog="python -m benches.seal_session", description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=1265.0, help="length of the generated recording")
    parser.add_argument("--flac", help="use this FLAC instead of generating one")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each step; medians are printed")
    parser.add_argument("--import", dest="imported", action="store_true",
                        help="the draft holds an imported file (clean copy + sealed original)")
    parser.add_argument("--profile-out", help="write a cProfile of one extra finalize here")
    parser.add_argument("--dir", help="where to put the temporary files")
    args = parser.parse_args(argv)
    age = shutil.which("age")
    if not age:
        print("the age CLI is not installed (scripts/setup-system.sh --with-tests)", file=sys.stderr)
        return 1
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} CPUs, shared")
    with tempfile.TemporaryDirectory(prefix="seal-session-", dir=args.dir) as tmp:
        d = Path(tmp)
        flac = Path(args.flac) if args.flac else d / "recording.flac"
        if not args.flac:
            make_flac(flac, args.seconds)
        size = flac.stat().st_size
        archive, recipient = bench_archive(d)
        use_cached_bytecode(d / "pycache")
        profile_path = str(archive.directory / "profile.json")

        def seal_once(profile_out: str = "") -> dict[str, float]:
            home = d / "home"
            shutil.rmtree(home, ignore_errors=True)
            out = subprocess.run(
                [sys.executable, "-m", "benches.seal_session", "--child", str(home), profile_path,
                 str(d / "a.json"), str(flac), "1" if args.imported else "0", profile_out],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
            shutil.rmtree(home, ignore_errors=True)
            if out.returncode != 0:
                raise SystemExit(f"the measured finalize failed:\n{out.stderr}")
            return dict(json.loads(out.stdout.strip().splitlines()[-1]))

        if args.profile_out:
            seal_once(str(Path(args.profile_out).resolve()))
            print(f"cProfile of one finalize written to {args.profile_out}")
        ages: list[tuple[float, float, int]] = []
        ours: list[dict[str, float]] = []
        for _ in range(args.repeat):
            (d / "a.age").unlink(missing_ok=True)
            ages.append(run_process([age, "-e", "-r", recipient, "-o", str(d / "a.age"), str(flac)]))
            ours.append(seal_once())
        kind = "imported file (clean copy + sealed original)" if args.imported else "live take"
        print(f"recording: {size / 1e6:.0f} MB FLAC, {kind}; medians of {args.repeat} alternating runs")
        print(f"untimed set-up per run (store, draft, recording, sync): {statistics.median(o['setup'] for o in ours):.2f} s\n")
        print("| step | wall s | CPU s (user+sys) | ratio wall (age -e / this) | ratio CPU | peak RSS MiB |")
        print("|---|---|---|---|---|---|")
        ref_wall = statistics.median(r[0] for r in ages)
        ref_cpu = statistics.median(r[1] for r in ages)
        print(f"| age -e (reference, whole process) | {ref_wall:.2f} | {ref_cpu:.2f} | 1.00 | 1.00 |"
              f" {max(r[2] for r in ages) / 1024:.0f} |")
        wall = statistics.median(o["wall"] for o in ours)
        cpu = statistics.median(o["cpu"] for o in ours)
        rss = max(o["rss_kib"] for o in ours) / 1024
        print(f"| seal in an unlocked session ({kind}) | {wall:.2f} | {cpu:.2f} | {ref_wall / wall:.2f} |"
              f" {ref_cpu / cpu:.2f} | {rss:.0f} |")
        seals = " ".join(f"{o['wall']:.2f}" for o in ours)
        print(f"\nper run, wall s: age {' '.join(f'{r[0]:.2f}' for r in ages)}; seal {seals}")
        split = " ".join(f"{o['cpu'] - o['sys']:.2f}+{o['sys']:.2f}" for o in ours)
        print(f"per run, seal CPU s user+system: {split}; best wall {min(o['wall'] for o in ours):.2f}"
              f" (ratio {ref_wall / min(o['wall'] for o in ours):.2f})")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
