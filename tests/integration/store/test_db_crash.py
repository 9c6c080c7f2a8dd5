# SPDX-License-Identifier: GPL-3.0-or-later
"""A real ``kill -9`` during database transactions: committed work survives whole, the
transaction in flight vanishes whole, and the database passes its integrity checks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import intake_forms as forms
from intake_app.store import Store
from intake_app.store.keyslot import TEST_KDF

PASS = "crash test"
VERSION = str(forms.load_form("session_record").version)

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from intake_app.store import Store
    home, mode, version = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    s = Store.open(home, "crash test")
    if mode == "commits":
        i = 0
        while True:
            tid = s.create_testimony("session_record", version)
            s.save_answers(tid, {"interviewer_code": f"code-{i}", "not_recorded_reason": "x" * 2000})
            w = s.new_blob_writer(chunk_size=4096)
            w.write(bytes([i % 256]) * 20000)
            s.add_recording(tid, w.close(), "audio/flac")
            print(tid, i, flush=True)
            i += 1
    else:  # one big transaction that never commits
        with s._write() as conn:
            for i in range(10**9):
                conn.execute(
                    "INSERT INTO testimonies (id, form_id, form_version, status, key, created_at, updated_at)"
                    " VALUES (?, 'session_record', '1.1.0', 'draft', ?, 't', 't')",
                    (f"big{i:013d}", b"k" * 32),
                )
                if i == 3000:
                    print("in transaction", flush=True)
    """
)


def _child(home: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home), mode, VERSION], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _integrity(store: Store) -> None:
    assert store._query("PRAGMA integrity_check") == [("ok",)]
    assert store._query("PRAGMA cipher_integrity_check") == []
    assert store._query("PRAGMA foreign_key_check") == []


@pytest.fixture
def home(tmp_path: Path) -> Path:
    Store.create(tmp_path, PASS, kdf=TEST_KDF).lock()
    return tmp_path


def test_kill_9_between_and_during_commits(home: Path) -> None:
    proc = _child(home, "commits")
    assert proc.stdout is not None
    done = [proc.stdout.readline().split() for _ in range(25)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    s = Store.open(home, PASS)
    try:
        _integrity(s)
        for tid, i in done:
            assert s.answers(tid)["interviewer_code"] == f"code-{i}"
            (payload,) = s.payloads(tid)
            with s.open_blob(payload.blob_id) as r:
                assert r.read() == bytes([int(i) % 256]) * 20000
        # Whatever was in flight is either absent or consistent; no blob is left 'writing'.
        assert s._query("SELECT count(*) FROM blobs WHERE state = 'writing'") == [(0,)]
        assert len(s.list_testimonies()) >= len(done)
        # The store goes on working.
        tid = s.create_testimony("session_record", VERSION)
        s.save_answers(tid, {"interviewer_code": "after"})
    finally:
        s.lock()


def test_kill_9_inside_a_transaction_rolls_it_back(home: Path) -> None:
    s = Store.open(home, PASS)
    keep = s.create_testimony("session_record", VERSION)
    s.lock()
    proc = _child(home, "big")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "in transaction"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    s = Store.open(home, PASS)
    try:
        _integrity(s)
        assert [t.id for t in s.list_testimonies()] == [keep]
    finally:
        s.lock()
