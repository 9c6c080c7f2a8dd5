# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing and opening a testimony with 1 GiB of audio, against ``age`` on the same data, same run.

Usage: ``python -m benches.bundle_seal [--size 1GiB] [--repeat 1] [--dir DIR]``

Steps, each a separate process timed from spawn to exit, peak RSS from ``wait4``:
``age -e`` of the audio file to the archive's X25519 content recipient (the reference), ``intake``
sealing a whole testimony (form answers, the audio, manifests, signatures, padding, both sides) to
a classic (X25519) and to a hybrid (ML-KEM-768+X25519) profile; then ``age -d`` of age's file
against ``intake`` opening (decrypt, verify, write into a new folder) and verifying (no writes) the
classic bundle. Our seal fsyncs the bundle before renaming it into place (``age`` does not);
the "no fsync" row shows that cost. Ratios are age's time divided by ours (above 1: we are faster). The CPU is shared
with other work while this runs: read the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1 << 20


def parse_size(text: str) -> int:
    units = {"kib": 1 << 10, "mib": MIB, "gib": 1 << 30, "": 1}
    t = text.strip().lower()
    number = t.rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(float(number) * units[t[len(number):]])


def run(argv: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(argv)}")
    return elapsed, usage.ru_maxrss


def child(args: list[str]) -> None:
    from datetime import datetime

    import nacl.signing

    import intake_crypto as crypto
    from intake_app.sealing.service import PayloadSource, open_bundle, seal_testimony, verify_bundle
    from intake_crypto.age.keyfile import read_identity_file
    from intake_crypto.bundle.profile import load_profile

    op, archive, a, b = args
    if op in ("seal", "seal-nosync"):
        audio = Path(a)
        source = PayloadSource("testimony.flac", lambda: open(audio, "rb"),  # noqa: SIM115
                               audio.stat().st_size, "audio/flac", "audio")
        seal_testimony(load_profile(Path(archive) / "profile.json"), "witness_profile", "1.0.0",
                       {"roles_1989": ["STUDENT"]}, [source], nacl.signing.SigningKey.generate(), Path(b),
                       interviewer_role="interviewer", captured_at=datetime.now().astimezone(),
                       fsync=op == "seal")
        return
    key = read_identity_file(Path(archive) / "keys" / "content.key", None)
    if op == "open":
        open_bundle(Path(a), key, Path(b))
    else:
        verify_bundle(Path(a), key)
    del crypto


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benches.bundle_seal", description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1GiB")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs (default 1)")
    parser.add_argument("--dir", help="where to put the temporary files")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    age = shutil.which("age")
    if not age:
        print("the age CLI is not installed (scripts/setup-system.sh --with-tests)", file=sys.stderr)
        return 1
    from intake_app.archive.setup import create_archive

    size = parse_size(args.size)
    ours = [sys.executable, "-m", "benches.bundle_seal", "--child"]
    print(f"bundle seal/open with {size / MIB:.0f} MiB of audio vs age; {os.cpu_count()} CPUs, shared;"
          f" load average {os.getloadavg()[0]:.2f} at start; best of {args.repeat}")
    print()
    print("| step | seconds | MB/s | ratio age/ours | peak RSS MiB |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="bundle-bench-", dir=args.dir) as tmp:
        d = Path(tmp)
        classic = create_archive(d / "classic", "Bench", classic=True, passphrase=None, receiver_onion="")
        hybrid = create_archive(d / "hybrid", "Bench", classic=False, passphrase=None, receiver_onion="")
        audio = d / "audio.flac"
        with open(audio, "wb") as f:
            f.writelines(os.urandom(min(16 * MIB, size - off)) for off in range(0, size, 16 * MIB))
        recipient = classic.profile.content_recipients[0]
        steps = {
            "age -e (reference)": lambda: [age, "-e", "-r", recipient, "-o", str(d / "age.age"), str(audio)],
            "intake seal, classic": lambda: [*ours, "seal", str(classic.directory), str(audio), str(d / "c.tib")],
            "intake seal, classic, no fsync": lambda: [*ours, "seal-nosync", str(classic.directory), str(audio),
                                                       str(d / "n.tib")],
            "intake seal, hybrid": lambda: [*ours, "seal", str(hybrid.directory), str(audio), str(d / "h.tib")],
            "age -d (reference)": lambda: [age, "-d", "-i", str(classic.directory / "keys" / "content.key"),
                                           "-o", str(d / "age.out"), str(d / "age.age")],
            "intake open, classic": lambda: [*ours, "open", str(classic.directory), str(d / "c.tib"), str(d / "opened")],
            "intake verify, classic": lambda: [*ours, "verify", str(classic.directory), str(d / "c.tib"), "-"],
        }
        best: dict[str, tuple[float, int]] = {}
        for _ in range(args.repeat):
            for name, make in steps.items():
                for leftover in (d / "opened", d / "age.out"):
                    shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
                t, rss = run(make())
                old = best.get(name, (float("inf"), 0))
                best[name] = (min(old[0], t), max(old[1], rss))
        for name, (t, rss) in best.items():
            reference = best["age -d (reference)" if ("open" in name or "verify" in name or "-d" in name)
                             else "age -e (reference)"][0]
            print(f"| {name} | {t:.2f} | {size / t / 1e6:.0f} | {reference / t:.2f} | {rss / 1024:.0f} |", flush=True)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
