# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up of the ``intake`` command line against ``age`` and a bare Python, same run.

Usage: ``python -m benches.cli_startup [--repeat 9]``

Runs ``python -c pass``, ``intake --version``, ``intake --help``, ``intake age -d`` of a 1 KB
file and ``age -d`` of the same file, each ``--repeat`` times as separate processes, and prints
the fastest wall time and the CPU time (user + system, from ``wait4``) of that run, plus the
Python work over a bare interpreter. The children use byte-compiled modules, as an installed copy
does (`benches/_bytecode.py`). Not a test: figures depend on the machine and its load
(printed first).
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

from benches._bytecode import use_cached_bytecode


def run(argv: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(argv)}")
    return elapsed, usage.ru_utime + usage.ru_stime


def best(argv: list[str], repeat: int) -> tuple[float, float]:
    return min(run(argv) for _ in range(repeat))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benches.cli_startup", description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9, help="fastest of this many runs (default 9)")
    parser.add_argument("--gui", action="store_true",
                        help="also time the desktop app to its first screen (needs a display: run under xvfb-run)")
    args = parser.parse_args(argv)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, cpus: {os.cpu_count()}")
    python = sys.executable
    intake = [python, "-m", "intake_app"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        use_cached_bytecode(work / "pycache")
        key = work / "key.txt"
        subprocess.run([*intake, "keygen", "--x25519", "--no-passphrase", "-o", str(key)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        (work / "small").write_bytes(os.urandom(1000))
        sealed = work / "small.age"
        subprocess.run([*intake, "age", "-e", "-i", str(key), "-o", str(sealed), str(work / "small")], check=True)
        cases: list[tuple[str, list[str]]] = [
            ("python -c pass", [python, "-c", "pass"]),
            ("intake --version", [*intake, "--version"]),
            ("intake --help", [*intake, "--help"]),
            ("intake age -d (1 KB)", [*intake, "age", "-d", "-i", str(key), "-o", os.devnull, str(sealed)]),
        ]
        if shutil.which("age"):
            cases.append(("age -d (1 KB)", ["age", "-d", "-i", str(key), "-o", os.devnull, str(sealed)]))
        base = None
        print(f"{'command':24} {'wall s':>8} {'cpu s':>8} {'python work s':>14}")
        for name, command in cases:
            wall, cpu = best(command, args.repeat)
            if base is None:
                base = cpu
            extra = f"{cpu - base:14.3f}" if name.startswith("intake") else ""
            print(f"{name:24} {wall:8.3f} {cpu:8.3f} {extra}")
        if args.gui:
            gui_first_screen(python, min(args.repeat, 3))
    return 0


def gui_first_screen(python: str, repeat: int) -> None:
    """``python -m intake_app.gui.smoke``: the app from spawn to its first main window, then exit.
    Prints the fastest whole process (wall, CPU) and the fastest time the app itself reports
    from QApplication to the window being exposed (polled every 50 ms)."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run([python, "-m", "intake_app.gui.smoke", "--timeout", "60"], capture_output=True, text=True,
                              check=True)
        wall = time.perf_counter() - start
        shown = [line for line in proc.stdout.splitlines() if "window shown after" in line]
        runs.append((wall, float(shown[0].split("after ")[1].split(" s")[0]) if shown else float("nan")))
    wall = min(r[0] for r in runs)
    print(f"{'intake app, first screen':24} {wall:8.3f} {'':>8} (QApplication to window: {min(r[1] for r in runs):.2f} s;"
          f" fastest of {repeat})")


if __name__ == "__main__":
    raise SystemExit(main())
