# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the SQLCipher 4 database with a raw key, and turning SQLite errors into store errors.

The key is handed to SQLCipher as a raw 256-bit key (``PRAGMA key = "x'…'"``), so SQLCipher's
own PBKDF2 is skipped: the passphrase cost is Argon2id in ``keyslot``. The database file begins
with SQLCipher's random salt, not the ``SQLite format 3`` header. Settings:

* ``cipher_memory_security = ON``: SQLCipher zeroes the memory it frees (page buffers, keys);
* ``secure_delete = ON``: deleted rows are overwritten inside the (encrypted) file;
* ``temp_store = MEMORY``: sorts and temporary tables never touch the disk;
* WAL journal with ``synchronous = FULL``: a committed transaction survives ``kill -9`` and
  power loss; an uncommitted one vanishes as a whole. The WAL is encrypted like the database.

What Python cannot guarantee: the hex key passes through an immutable ``str`` (the PRAGMA text)
that cannot be zeroed; it is dropped at once and freed by the garbage collector.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from intake_app.store.errors import StoreCorruptError, StoreError, StoreFullError

DB_NAME = "store.db"
DB_SIDE_FILES = ("-wal", "-shm", "-journal")


def now() -> str:
    """The time stamp every row carries (UTC, microseconds)."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path, key: bytearray) -> Any:
    """An open, keyed connection in autocommit mode (transactions are explicit, see ``tx``)."""
    if not path.exists():
        # SQLite would create it 0644; its -wal and -shm files copy the database's mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise StoreCorruptError(f"cannot open database: {exc}") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        # The first real read proves the key (SQLCipher checks page 1's HMAC).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlcipher3.Error as exc:
        conn.close()
        raise translate_error(exc) from None
    return conn


def translate_error(exc: BaseException) -> StoreError:
    """Map a SQLite/SQLCipher or OS error to a typed store error (no SQL text, no values)."""
    if isinstance(exc, StoreError):
        return exc
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return StoreFullError("disk full")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return StoreFullError("disk full")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in text or "malformed" in text:
        return StoreCorruptError(f"database unreadable ({name or text})")
    if isinstance(exc, OSError):
        return StoreError(f"I/O error: {exc.strerror or exc}")
    return StoreError(f"database error ({name or type(exc).__name__})")


@contextlib.contextmanager
def tx(conn: Any) -> Iterator[Any]:
    """One write transaction: commit on success, roll back on any error (typed on the way out)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.Error as exc:
        raise translate_error(exc) from None
    try:
        yield conn
    except BaseException as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, (sqlcipher3.Error, OSError)):
            raise translate_error(exc) from None
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise translate_error(exc) from None
