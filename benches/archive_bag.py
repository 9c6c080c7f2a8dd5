# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive side: ``export-bag`` and ``fixity`` of an opened testimony holding one large audio
file, against the Library of Congress ``bagit.py`` CLI and coreutils ``sha256sum``/``sha512sum``
on the same data, in the same run.

Usage: ``python -m benches.archive_bag [--size 256MiB] [--repeat 1] [--dir DIR]``

Rows (each a separate process timed from spawn to exit):
- export: ours = ``intake_app.archive.bag.export_bag`` (copy the opened folder into a new bag,
  SHA-256 + SHA-512 manifests, custody log + PREMIS, then a full validation) against the
  reference ``cp -r`` + ``bagit.py --sha256 --sha512`` + ``bagit.py --validate`` of the same folder.
- fixity: ours = ``intake_app.archive.bag.fixity`` (full validation, a signed custody event, the
  manifests updated for the one file that changed) against ``sha256sum -c`` + ``sha512sum -c``
  of the bag's manifests (the least work any fixity check of both manifests must do).
Peak RSS: our steps report their own ``VmHWM`` (exact for the process); reference steps are
sampled from ``/proc/PID/status`` every 5 ms until they exit (``ru_maxrss`` from ``wait4`` would
include the parent's peak across vfork+exec on Linux). Ratios are reference time divided by
ours (above 1: we are faster). The CPU is shared with other work: read ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MIB = 1 << 20


def parse_size(text: str) -> int:
    units = {"kib": 1 << 10, "mib": MIB, "gib": 1 << 30, "": 1}
    t = text.strip().lower()
    number = t.rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(float(number) * units[t[len(number):]])


def vm_hwm_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _poll_hwm(pid: int, stop: threading.Event, seen: list[int]) -> None:
    # VmHWM of the exec'd image only (exec starts a new mm), sampled until the process exits.
    status = Path(f"/proc/{pid}/status")
    while not stop.is_set():
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    seen.append(int(line.split()[1]))
        except (OSError, ValueError):
            pass
        stop.wait(0.005)


def run(argv: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """(seconds, peak RSS KiB): our children print ``VMHWM <kib>`` (exact); others are sampled
    from /proc while they run (a lower bound of their peak, up to the last sample)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            cwd=cwd)
    stop, seen = threading.Event(), [0]
    sampler = threading.Thread(target=_poll_hwm, args=(proc.pid, stop, seen), daemon=True)
    sampler.start()
    out = proc.stdout.read() if proc.stdout else b""
    stop.set()  # stdout closed: the process is exiting; its /proc entry stays until we reap it
    sampler.join()
    _, status, _usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(argv)}")
    reported = [int(line.split()[1]) for line in out.decode().splitlines() if line.startswith("VMHWM ")]
    return elapsed, reported[-1] if reported else max(seen)


def child(op: str, a: str, b: str) -> None:
    from intake_app.archive import bag, custody
    from intake_crypto.bundle.signing import read_signing_key, write_signing_key

    if op == "setup":  # a custody key and the opening's log, as `intake open --custody-key` leaves it
        import nacl.signing

        key = nacl.signing.SigningKey.generate()
        write_signing_key(Path(b), key, None)
        for event in ("capture", "seal", "validation", "decryption"):
            custody.append(a, key, event, obj="b" * 32, note="bench")
    elif op == "export":
        bag.export_bag(a, b, read_signing_key(Path(a).parent / "custody.key", None))
    elif op == "fixity":
        bag.fixity(a, read_signing_key(Path(b), None))
    print(f"VMHWM {vm_hwm_kib()}", flush=True)


def make_opened(d: Path, size: int) -> Path:
    opened = d / "opened"
    audio = opened / "content" / "audio"
    audio.mkdir(parents=True)
    (opened / "content" / "answers.json").write_text(json.dumps({"account": "bench"}), encoding="utf-8")
    (opened / "verification.json").write_text("{}", encoding="utf-8")
    with open(audio / "testimony.flac", "wb") as f:
        f.writelines(os.urandom(min(16 * MIB, size - off)) for off in range(0, size, 16 * MIB))
    # A device-signed manifest, as a real opening has (export and fixity re-check it; issue 21).
    import hashlib
    from datetime import UTC, datetime

    import nacl.signing

    from intake_crypto.bundle.manifest import FileEntry, build_manifest

    def entry(rel: str, media: str, kind: str) -> FileEntry:
        path = opened / "content" / rel
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(MIB):
                h.update(chunk)
        return FileEntry(rel, h.hexdigest(), path.stat().st_size, media, kind)

    when = datetime(2026, 11, 20, 10, tzinfo=UTC)
    (opened / "content" / "manifest.json").write_bytes(build_manifest(
        side="content", link_id="0" * 32, form_id="testimony", form_version="1.0.0", captured_started=when,
        captured_ended=None, sealed_at=when, interviewer_role="bench", tool_version="bench",
        files=[entry("answers.json", "application/json", "answers"), entry("audio/testimony.flac", "audio/flac", "audio")],
        device_key=nacl.signing.SigningKey.generate(), bundle_id="b" * 32, consent={"scopes": {"archive": "yes"}}))
    return opened


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benches.archive_bag", description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="256MiB")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs (default 1)")
    parser.add_argument("--dir", help="where to put the temporary files")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    bagit_cli = Path(sys.executable).with_name("bagit.py")
    size = parse_size(args.size)
    ours = [sys.executable, "-m", "benches.archive_bag", "--child"]
    print(f"archive bag export and fixity with {size / MIB:.0f} MiB of audio vs bagit.py / sha*sum; "
          f"{os.cpu_count()} CPUs, shared; load average {os.getloadavg()[0]:.2f} at start; best of {args.repeat}")
    print()
    print("| step | seconds | MB/s | ratio reference/ours | peak RSS MiB |")
    print("|---|---|---|---|---|")
    best: dict[str, tuple[float, int]] = {}

    def keep(name: str, result: tuple[float, int]) -> None:
        old = best.get(name, (float("inf"), 0))
        best[name] = (min(old[0], result[0]), max(old[1], result[1]))

    with tempfile.TemporaryDirectory(prefix="bag-bench-", dir=args.dir) as tmp:
        d = Path(tmp)
        opened = make_opened(d, size)
        run([*ours, "setup", str(opened), str(d / "custody.key")])
        for _ in range(args.repeat):
            for leftover in (d / "bag", d / "ref"):
                shutil.rmtree(leftover, ignore_errors=True)
            # Reference export: copy, make the bag in place, validate it.
            parts = [run(["cp", "-r", str(opened), str(d / "ref")]),
                     run([sys.executable, str(bagit_cli), "--quiet", "--sha256", "--sha512", str(d / "ref")]),
                     run([sys.executable, str(bagit_cli), "--quiet", "--validate", str(d / "ref")])]
            keep("export: cp + bagit.py make + validate (reference)",
                 (sum(p[0] for p in parts), max(p[1] for p in parts)))
            keep("export: intake export-bag", run([*ours, "export", str(opened), str(d / "bag")]))
            parts = [run(["sha256sum", "--quiet", "-c", "manifest-sha256.txt"], cwd=d / "bag"),
                     run(["sha512sum", "--quiet", "-c", "manifest-sha512.txt"], cwd=d / "bag")]
            keep("fixity: sha256sum -c + sha512sum -c (reference)",
                 (sum(p[0] for p in parts), max(p[1] for p in parts)))
            keep("fixity: bagit.py --validate (reference)",
                 run([sys.executable, str(bagit_cli), "--quiet", "--validate", str(d / "bag")]))
            keep("fixity: intake fixity", run([*ours, "fixity", str(d / "bag"), str(d / "custody.key")]))
    for name, (t, rss) in best.items():
        kind = name.split(":")[0]
        reference = best[next(n for n in best if n.startswith(kind) and "(reference)" in n)][0]
        print(f"| {name} | {t:.2f} | {size / t / 1e6:.0f} | {reference / t:.2f} | {rss / 1024:.0f} |", flush=True)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
