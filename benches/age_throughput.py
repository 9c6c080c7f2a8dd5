# SPDX-License-Identifier: GPL-3.0-or-later
"""Throughput of our age v1 implementation against the ``age`` CLI, same files, same run.

Usage: ``python -m benches.age_throughput [--max-size 1GiB] [--repeat 3] [--dir DIR]``

For each size (1 MiB, 256 MiB, 1 GiB, 2 GiB, up to ``--max-size``) it encrypts the same random
file to the same X25519 recipient with ``age -e``, with ``intake age -e`` (the whole command, as
a person runs it: default workers, i.e. OpenSSL in one thread plus a writer thread on fewer
than 4 CPUs) and with the core on a libsodium thread pool (``workers=N``), then decrypts the
file ``age`` produced with each. Every measurement is a separate process (so start-up counts),
timed from spawn to exit, runs interleaved so load changes hit all alike, each output a new
file; user and system CPU time and peak RSS come from ``wait4``. It prints the median of
``--repeat`` runs (seconds, user/system CPU), the ratio age time / intake time (above 1 means
intake is faster) and the largest peak RSS. The children use byte-compiled modules, as an
installed copy does (`benches/_bytecode.py`). Not a test: figures depend on the machine and its
load, printed at start and end (the machine's cores may be shared).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benches._bytecode import use_cached_bytecode

MIB = 1 << 20
SIZES = [1 * MIB, 256 * MIB, 1024 * MIB, 2048 * MIB]


def parse_size(text: str) -> int:
    units = {"kib": 1 << 10, "mib": MIB, "gib": 1 << 30, "k": 1 << 10, "m": MIB, "g": 1 << 30, "": 1}
    t = text.strip().lower()
    number = t.rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(float(number) * units[t[len(number) :]])


def run(argv: list[str]) -> tuple[float, float, float, int]:
    """(seconds from spawn to exit, user s, system s, peak RSS in KiB) of one process; raises
    if it failed."""
    # The previous run's output is written back first (untimed): else each run pays for the
    # writeback of the one before, and the order of the steps decides the result (issue 24).
    os.sync()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed ({proc.returncode}): {' '.join(argv)}")
    return elapsed, usage.ru_utime, usage.ru_stime, usage.ru_maxrss


def child(args: list[str]) -> None:
    """Run inside the measured process: ``--child encrypt|decrypt IN OUT KEY WORKERS``."""
    import intake_crypto as crypto

    op, src, dst, key, workers = args
    text = Path(key).read_text()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        if op == "encrypt":
            recipient = next(
                line.split(": ")[1] for line in text.splitlines() if line.startswith("# public key")
            )
            crypto.encrypt(fin, fout, [crypto.parse_recipient(recipient)], workers=int(workers))
        else:
            crypto.decrypt(fin, fout, crypto.parse_identities(text), workers=int(workers))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benches.age_throughput", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--max-size", default="1GiB", help="largest size to measure (default 1GiB)")
    parser.add_argument("--repeat", type=int, default=3, help="median of this many runs (default 3)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="threads for the parallel run"
    )
    parser.add_argument("--dir", help="where to put the temporary files (default: a temporary directory)")
    parser.add_argument(
        "--sink",
        choices=("file", "null"),
        default="file",
        help="write outputs to a file next to the input (default) or to /dev/null (crypto without disk writeback)",
    )
    parser.add_argument(
        "--realtime",
        action="store_true",
        help="run age and intake age at real-time priority (chrt -f 10; needs root): on a shared"
        " machine they get the CPUs as on an idle one (memory and disk stay shared); the pool"
        " column stays at normal priority",
    )
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    age, keygen = shutil.which("age"), shutil.which("age-keygen")
    if not age or not keygen:
        print("the age CLI is not installed (scripts/setup-system.sh --with-tests)", file=sys.stderr)
        return 1
    max_size = parse_size(args.max_size)
    sizes = [s for s in SIZES if s <= max_size] or [max_size]
    prefix = ["chrt", "-f", "10"] if args.realtime else []
    # The libsodium pool (both cores for seconds) stays at normal priority: not starving the others.
    ours = [sys.executable, "-m", "benches.age_throughput", "--child"]
    intake = [*prefix, sys.executable, "-m", "intake_app", "age"]
    print(
        f"age v1 throughput: ours vs {subprocess.run([age, '--version'], capture_output=True, text=True, check=True).stdout.strip()}"
        f" on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start"
        + (", age and intake age at real-time priority (chrt -f 10)" if args.realtime else "")
    )
    print(
        f"seconds spawn to exit (user + system CPU s), median of {args.repeat}; output to {args.sink};"
        " ratio = age time / intake time; RSS = largest peak resident set (MiB)"
    )
    print()
    print(
        f"| size | op | age | intake age | core w={args.workers} (libsodium pool) | ratio | RSS age | RSS intake | RSS w={args.workers} |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="age-bench-", dir=args.dir) as tmp:
        use_cached_bytecode(Path(tmp) / "pycache")
        d = Path(tmp)
        key = d / "key.txt"
        subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
        recipient = subprocess.run(
            [keygen, "-y", str(key)], check=True, capture_output=True, text=True
        ).stdout.strip()
        for size in sizes:
            plain, sealed = d / "plain", d / "sealed"
            out = d / "out" if args.sink == "file" else Path(os.devnull)
            with open(plain, "wb") as f:
                f.writelines(os.urandom(min(16 * MIB, size - offset)) for offset in range(0, size, 16 * MIB))
            subprocess.run([age, "-e", "-r", recipient, "-o", str(sealed), str(plain)], check=True)
            commands = {
                "encrypt": [
                    [*prefix, age, "-e", "-r", recipient, "-o", str(out), str(plain)],
                    [*intake, "-e", "-r", recipient, "-o", str(out), str(plain)],
                    [*ours, "encrypt", str(plain), str(out), str(key), str(args.workers)],
                ],
                "decrypt": [
                    [*prefix, age, "-d", "-i", str(key), "-o", str(out), str(sealed)],
                    [*intake, "-d", "-i", str(key), "-o", str(out), str(sealed)],
                    [*ours, "decrypt", str(sealed), str(out), str(key), str(args.workers)],
                ],
            }
            for op, argvs in commands.items():
                runs: list[list[tuple[float, float, float, int]]] = [[], [], []]
                for _ in range(args.repeat):
                    for i, cmd in enumerate(argvs):  # interleaved, so load changes hit all alike
                        if args.sink == "file":
                            out.unlink(missing_ok=True)
                        runs[i].append(run(cmd))
                medians = [tuple(statistics.median(r[k] for r in rs) for k in range(3)) for rs in runs]
                rss = [max(r[3] for r in rs) / 1024 for rs in runs]
                cells = [f"{m[0]:.2f} s ({m[1]:.2f} + {m[2]:.2f})" for m in medians]
                label = f"{size // MIB} MiB"
                print(
                    f"| {label} | {op} | {cells[0]} | {cells[1]} | {cells[2]} | {medians[0][0] / medians[1][0]:.2f} |"
                    f" {rss[0]:.0f} | {rss[1]:.0f} | {rss[2]:.0f} |",
                    flush=True,
                )
            for p in (plain, sealed, d / "out"):
                p.unlink(missing_ok=True)
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
