# SPDX-License-Identifier: GPL-3.0-or-later
"""Store benchmark (``python -m benches.store_bench [--quick]``).

Measures, each against a reference in the same run (ratios, not absolute promises):

* add N testimonies (create + answers sealed with the testimony key, one transaction each,
  ``synchronous=FULL``) and list them, against the same rows in a plain SQLite file with the
  same durability settings;
* blob write throughput (secretstream chunks, fsync per chunk) against writing the same bytes
  unencrypted with the same fsync cadence, and blob read (decrypt) against a plain read;
* unlock time with the default Argon2id parameters (the ~1 s target) and with the test ones;

and reports the process's peak RSS. Everything happens in a private temporary home removed
at the end; the data are synthetic (no canaries needed).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from intake_app.store import Store
from intake_app.store.blobs import DEFAULT_CHUNK_SIZE, BlobReader, BlobWriter, data_per_chunk, new_blob_key
from intake_app.store.keyslot import TEST_KDF, KdfParams

ANSWERS = {"interviewer_code": "IC-1", "place_region": "Haidian", "not_recorded_reason": "x" * 400}


def _form_version() -> str:
    import intake_forms as forms

    return str(forms.load_form("session_record").version)


def bench_records(root: Path, n: int) -> dict[str, float]:
    version = _form_version()
    store = Store.create(root / "enc", "bench", kdf=TEST_KDF)
    t0 = time.perf_counter()
    for _ in range(n):
        tid = store.create_testimony("session_record", version)
        store.save_answers(tid, ANSWERS)
    add = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows = store.list_testimonies()
    listed = time.perf_counter() - t0
    assert len(rows) == n
    store.lock()

    # Reference: plain SQLite, same WAL + synchronous=FULL, same two transactions per testimony.
    import json
    import secrets

    conn = sqlite3.connect(root / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, form TEXT, updated TEXT)")
    conn.execute("CREATE TABLE v (tid TEXT, version INT, content BLOB)")
    conn.execute("CREATE INDEX t_by_update ON t(updated)")
    conn.execute("CREATE INDEX v_by_tid ON v(tid, version)")
    t0 = time.perf_counter()
    for _ in range(n):
        tid = secrets.token_hex(8)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, 'session_record', 'now')", (tid,))
        conn.execute("COMMIT")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO v VALUES (?, 1, ?)", (tid, json.dumps(ANSWERS).encode()))
        conn.execute("UPDATE t SET updated = 'later' WHERE id = ?", (tid,))
        conn.execute("COMMIT")
    ref_add = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.execute(
        "SELECT t.id, (SELECT count(*) FROM v WHERE v.tid = t.id) FROM t ORDER BY updated DESC"
    ).fetchall()
    ref_list = time.perf_counter() - t0
    conn.close()
    return {"add_s": add, "add_ref_s": ref_add, "list_s": listed, "list_ref_s": ref_list}


def bench_blobs(root: Path, size: int) -> dict[str, float]:
    data = os.urandom(1 << 20)
    key = new_blob_key()
    d = root / "blobs"
    d.mkdir()
    t0 = time.perf_counter()
    w = BlobWriter(d, key)
    for _ in range(size >> 20):
        w.write(data)
    ref = w.close()
    enc = time.perf_counter() - t0

    # Reference: the same bytes, unencrypted, fsynced at the same cadence (every chunk).
    chunk = data_per_chunk(DEFAULT_CHUNK_SIZE)
    t0 = time.perf_counter()
    fd = os.open(d / "plain", os.O_WRONLY | os.O_CREAT, 0o600)
    view = memoryview(data)
    for _ in range(size >> 20):
        for start in range(0, len(view), chunk):
            os.write(fd, view[start : start + chunk])
            os.fsync(fd)
    os.close(fd)
    plain = time.perf_counter() - t0

    t0 = time.perf_counter()
    with BlobReader(d / ref.name, key) as r:
        while r.read(1 << 20):
            pass
    dec = time.perf_counter() - t0
    t0 = time.perf_counter()
    with open(d / "plain", "rb") as f:
        while f.read(1 << 20):
            pass
    plain_read = time.perf_counter() - t0
    return {"write_s": enc, "write_ref_s": plain, "read_s": dec, "read_ref_s": plain_read,
            "file_overhead": ref.file_size / size - 1}


def bench_unlock(root: Path, params: KdfParams, label: str) -> float:
    home = root / f"unlock-{label}"
    Store.create(home, "bench", kdf=params).lock()
    t0 = time.perf_counter()
    Store.open(home, "bench").lock()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="1,000 testimonies and 32 MiB (CI smoke run)")
    ap.add_argument("-n", type=int, default=10_000, help="testimonies to add and list")
    ap.add_argument("--mib", type=int, default=128, help="blob size in MiB")
    args = ap.parse_args()
    n, mib = (1000, 32) if args.quick else (args.n, args.mib)
    root = Path(tempfile.mkdtemp(prefix="store-bench-"))
    try:
        r = bench_records(root, n)
        print(f"add {n} testimonies: {r['add_s']:.2f} s ({n / r['add_s']:.0f}/s); plain SQLite same "
              f"durability {r['add_ref_s']:.2f} s; ratio {r['add_s'] / r['add_ref_s']:.2f}")
        print(f"list {n} testimonies: {r['list_s'] * 1000:.0f} ms; plain SQLite {r['list_ref_s'] * 1000:.0f} ms;"
              f" ratio {r['list_s'] / max(r['list_ref_s'], 1e-9):.2f}")
        b = bench_blobs(root, mib << 20)
        print(f"blob write {mib} MiB: {mib / b['write_s']:.0f} MiB/s encrypted+fsync per chunk vs "
              f"{mib / b['write_ref_s']:.0f} MiB/s plain+same fsync; ratio {b['write_s'] / b['write_ref_s']:.2f}; "
              f"file overhead {b['file_overhead'] * 100:.2f}%")
        print(f"blob read {mib} MiB: {mib / b['read_s']:.0f} MiB/s decrypt vs {mib / b['read_ref_s']:.0f} MiB/s "
              f"plain read; ratio {b['read_s'] / b['read_ref_s']:.2f}")
        default = bench_unlock(root, KdfParams(), "default")
        cheap = bench_unlock(root, TEST_KDF, "test")
        print(f"unlock with default Argon2id ({KdfParams().opslimit} passes, {KdfParams().memlimit >> 20} MiB): "
              f"{default:.2f} s; with test parameters {cheap:.3f} s; ratio {default / cheap:.0f}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak RSS: {rss / 1024:.0f} MiB (includes Argon2id's {KdfParams().memlimit >> 20} MiB)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
