# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake seal`` of one long FLAC recording against ``age -e`` of the same file, same run.

Usage: ``python -m benches.seal_cli [--seconds 1265] [--repeat 5] [--flac FILE] [--dir DIR]``

Makes (or takes) a 24-bit stereo 48 kHz FLAC of white noise (1265 s is about 178 MB, the
recording of issue 24), a classic demo archive and a device key (scrypt work factor 18, the
default), then runs, alternately and ``--repeat`` times each, as separate processes:

- ``age -e`` of the FLAC to the archive's content recipient (the reference);
- ``tar -c`` of the FLAC and a copy of it piped into ``age -e`` (the same bytes as a bundle holds:
  the original on the identity side, a stripped copy on the content side);
- ``intake seal`` with the FLAC as ``--audio`` (an imported file: form check, device-key KDF
  beside the encryption, the lossless clean copy (metadata blocks dropped, frames copied) on the
  content side and the original on the identity side, SHA-256 of every file and of the bundle,
  both sides encrypted, fsync);
- a live take (``--child-live``): what the app seals for its own recording, which carries no
  foreign metadata and has no original to keep: the same process start, profile, form, KDF
  and ``seal_testimony`` with the recording once, on the content side.

It prints the median wall time, the median CPU time (user + system, from ``wait4``; the figure
load distorts least), ratios (reference time / ours: above 1 we are faster) and the peak RSS,
with the load average before and after. Not a test: figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benches._bytecode import use_cached_bytecode


def run(argv: list[str] | str, env: dict[str, str] | None = None) -> tuple[float, float, int]:
    # The previous run's output is written back first (untimed): else each run pays for the
    # writeback of the one before, and the order of the steps decides the result (issue 24).
    os.sync()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env,
                            shell=isinstance(argv, str))
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark step failed: {argv}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def bench_archive(d: Path) -> tuple[Any, str]:
    """A classic demo archive in ``d/archive`` (no passphrase) and the bench's answers in
    ``d/a.json``: (the archive, its content recipient). Shared with ``benches.seal_session``."""
    from intake_app.archive.setup import create_archive
    from tests.unit.forms.example import consent_answers

    archive = create_archive(d / "archive", "Bench", classic=True, passphrase=None, receiver_onion="")
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "bench"}
    answers["consent"].pop("consent_audio")
    (d / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    return archive, archive.profile.content_recipients[0]


def make_flac(path: Path, seconds: float) -> None:
    import numpy as np
    import soundfile as sf

    rng = np.random.default_rng(1989)
    with sf.SoundFile(path, "w", samplerate=48000, channels=2, subtype="PCM_24", format="FLAC") as out:
        left = int(seconds * 48000)
        while left:
            n = min(left, 48000 * 10)
            out.write(rng.integers(-(1 << 22), 1 << 22, size=(n, 2), dtype=np.int32) << 8)
            left -= n


def live_take(args: list[str]) -> None:
    """Run inside the measured process: ``--child-live PROFILE ANSWERS FLAC OUT PASSFILE``."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import UTC, datetime

    import intake_forms as forms
    from intake_app.home.device import load_or_create_device_key
    from intake_app.sealing.service import PayloadSource, seal_testimony
    from intake_crypto.bundle.profile import load_profile

    profile_path, answers_path, flac, out, passfile = args
    passphrase = Path(passfile).read_text(encoding="utf-8").strip()
    with ThreadPoolExecutor(max_workers=1) as pool:
        unlocking = pool.submit(load_or_create_device_key, passphrase)
        profile = load_profile(profile_path)
        form = forms.load_form("self_submission")
        answers = json.loads(Path(answers_path).read_text(encoding="utf-8"))
        take = PayloadSource("take", lambda: open(flac, "rb"),  # noqa: SIM115 - the seal closes it
                             Path(flac).stat().st_size, "audio/flac", "audio")
        seal_testimony(profile, form.id, form.version, answers, [take], unlocking.result, Path(out),
                       interviewer_role="interviewer", captured_at=datetime.now(UTC), form=form)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child-live"]:
        live_take(argv[1:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benches.seal_cli", description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=1265.0, help="length of the generated recording")
    parser.add_argument("--flac", help="use this FLAC instead of generating one")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each step; medians are printed")
    parser.add_argument("--dir", help="where to put the temporary files")
    args = parser.parse_args(argv)
    age = shutil.which("age")
    if not age:
        print("the age CLI is not installed (scripts/setup-system.sh --with-tests)", file=sys.stderr)
        return 1
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} CPUs, shared")
    with tempfile.TemporaryDirectory(prefix="seal-bench-", dir=args.dir) as tmp:
        d = Path(tmp)
        flac = Path(args.flac) if args.flac else d / "recording.flac"
        if not args.flac:
            make_flac(flac, args.seconds)
        size = flac.stat().st_size
        archive, recipient = bench_archive(d)
        (d / "pass.txt").write_text("bench passphrase 1989\n", encoding="utf-8")
        (d / "copy").mkdir()
        shutil.copyfile(flac, d / "copy" / flac.name)
        use_cached_bytecode(d / "pycache")
        env = dict(os.environ, INTAKE_HOME=str(d / "home"))
        seal = [sys.executable, "-m", "intake_app", "seal", "--profile", str(archive.directory / "profile.json"),
                "--form", "self_submission", "--answers", str(d / "a.json"), "--audio", str(flac),
                "--out", str(d / "t.tib"), "--passphrase-file", str(d / "pass.txt")]
        run(seal, env)  # creates the device key (not timed)
        steps: dict[str, list[str] | str] = {
            "age -e (reference)": [age, "-e", "-r", recipient, "-o", str(d / "a.age"), str(flac)],
            "tar piped to age -e (same bytes as the bundle)": (
                f"tar -cf - -C {flac.parent} {flac.name} -C {d / 'copy'} {flac.name}"
                f" | {age} -e -r {recipient} -o {d / 't.age'}"),
            "intake seal (imported file: original + clean copy)": seal,
            "live take sealed once (the app's own recording)": [
                sys.executable, "-m", "benches.seal_cli", "--child-live", str(archive.directory / "profile.json"),
                str(d / "a.json"), str(flac), str(d / "t.tib"), str(d / "pass.txt")],
        }
        results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in steps}
        for _ in range(args.repeat):
            for name, step in steps.items():
                (d / "t.tib").unlink(missing_ok=True)
                results[name].append(run(step, env))
        print(f"recording: {size / 1e6:.0f} MB FLAC; medians of {args.repeat} alternating runs\n")
        print("| step | wall s | CPU s (user+sys) | ratio wall (age -e / this) | ratio CPU | peak RSS MiB |")
        print("|---|---|---|---|---|---|")
        ref_wall = statistics.median(r[0] for r in results["age -e (reference)"])
        ref_cpu = statistics.median(r[1] for r in results["age -e (reference)"])
        for name, rows in results.items():
            wall = statistics.median(r[0] for r in rows)
            cpu = statistics.median(r[1] for r in rows)
            rss = max(r[2] for r in rows) / 1024
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {ref_wall / wall:.2f} | {ref_cpu / cpu:.2f} | {rss:.0f} |")
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
