# SPDX-License-Identifier: GPL-3.0-or-later
"""The store's life cycle: create, unlock, lock (on demand and when idle), passphrase change,
panic wipe; and the blobs it owns.

Layout under ``INTAKE_HOME/store/`` (directories 0700, files 0600)::

    keyslot.json   Argon2id salt and cost + the wrapped data key (see ``keyslot``)
    unlock.json    consecutive failed unlocks (throttling)
    store.db       SQLCipher 4 database (+ -wal/-shm), keyed with the data key
    blobs/         chunk-encrypted files with random names (see ``blobs``); keys in the database

Guarantees: nothing is written in plaintext; a blob's key is committed to the database before
its first chunk is written (so a crash never leaves unreadable data behind), and blobs a crash
interrupted are recovered on the next unlock. ``lock()`` closes the database and zeroes the data
key; every later call raises :class:`StoreLockedError` until the store is opened again.
``wipe()`` / :func:`wipe_store` destroy the key slot first (crypto-shredding), then remove files.

What Python cannot guarantee after ``lock()``: copies of keys or plaintext that passed through
immutable ``bytes``/``str`` objects (passphrase, JSON answers given to or returned by the API,
SQLite result values) live until the garbage collector reuses their memory, and memory may have
been swapped out; use an encrypted swap. Key buffers owned here are ``bytearray`` and zeroed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Self

import sqlcipher3

from intake_app.home import paths
from intake_app.home.paths import fsync_dir
from intake_app.store import _secretstream as ss
from intake_app.store import db, keyslot, schema
from intake_app.store.blobs import (
    DEFAULT_CHUNK_SIZE,
    FORMAT_VERSION,
    BlobReader,
    BlobRef,
    BlobWriter,
    new_blob_key,
    recover,
)
from intake_app.store.db import now
from intake_app.store.errors import (
    BlobMissingError,
    RecordNotFoundError,
    StoreCorruptError,
    StoreError,
    StoreExistsError,
    StoreLockedError,
    StoreNotFoundError,
)
from intake_app.store.keyslot import KdfParams

STORE_DIR = "store"
BLOB_DIR = "blobs"
LOCK_REQUEST = "lock-request"
LOCK_POLL = 2.0


def store_directory(home: Path | None = None) -> Path:
    return (Path(home) if home is not None else paths.home()) / STORE_DIR


def store_exists(home: Path | None = None) -> bool:
    return (store_directory(home) / keyslot.KEYSLOT_NAME).exists()


def _private_dir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def request_lock(home: Path | None = None) -> bool:
    """Ask every process that has this store open to lock it (within ``LOCK_POLL`` seconds).

    Returns False when there is no store. The request is an empty file whose time stamp is
    compared with each open store's unlock time; it carries no data.
    """
    directory = store_directory(home)
    if not (directory / keyslot.KEYSLOT_NAME).exists():
        return False
    path = directory / LOCK_REQUEST
    path.touch(mode=0o600)
    os.utime(path)
    return True


def _lock_requested_since(directory: Path, since: float) -> bool:
    try:
        return (directory / LOCK_REQUEST).stat().st_mtime >= since
    except FileNotFoundError:
        return False


def wipe_store(home: Path | None = None) -> None:
    """Panic wipe without the passphrase: shred the key slot first, then remove every file
    (the store, sealed bundles waiting in the outbox, the device signing key)."""
    directory = store_directory(home)
    # The device signing key (encrypted with the same passphrase) would let whoever forces the
    # passphrase out of someone prove which bundles this laptop sealed: it goes too.
    keyslot.shred_file(directory.parent / "keys" / "device.key")
    if directory.exists():
        keyslot.shred(directory)  # from here on nothing below is readable by anyone
        shutil.rmtree(directory, ignore_errors=True)
    # Sealed bundles waiting for upload (ciphertext for the archive, but they show activity);
    # plaintext receipts and upload state of earlier versions (F2, F9) and a tor's data
    # directory (bridge lines, guards) that a crash left behind.
    for leftover in ("outbox", "receipts", "transport", "tor"):
        shutil.rmtree(directory.parent / leftover, ignore_errors=True)
    with contextlib.suppress(OSError):
        fsync_dir(directory.parent)


def _device_module() -> Any:
    try:
        from intake_app.home import device
    except ImportError:
        return None
    return device


class StoreCore:
    """An unlocked store. Create with :meth:`create` or :meth:`open`; all methods are thread-safe."""

    def __init__(
        self, home: Path, conn: Any, dek: bytearray, params: KdfParams, idle_seconds: float | None
    ) -> None:
        self.home = Path(home)
        self.directory = store_directory(self.home)
        self.blob_dir = _private_dir(self.directory / BLOB_DIR)
        self.kdf_params = params
        self._conn: Any = conn
        self._dek: bytearray | None = dek
        self._mutex = threading.RLock()
        self._idle_seconds = idle_seconds
        self._last_use = time.monotonic()
        self._opened_at = time.time()
        self._timer: threading.Timer | None = None
        self.recovered_blobs: list[BlobRef] = []
        self._lock_callbacks: list[Callable[[], None]] = []
        self._device_key: Any = None
        # Open decrypting readers (playback, sealing): locking closes them and zeroes their keys.
        self._readers: weakref.WeakSet[BlobReader] = weakref.WeakSet()
        self._arm_idle_timer(idle_seconds)

    # -- life cycle ---------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        home: Path | None = None,
        passphrase: str = "",
        *,
        kdf: KdfParams | None = None,
        idle_seconds: float | None = None,
        with_device_key: bool = False,
    ) -> Self:
        home = Path(home) if home is not None else paths.home()
        directory = _private_dir(store_directory(home))
        if (directory / keyslot.KEYSLOT_NAME).exists():
            raise StoreExistsError(str(directory))
        # A database without a key slot is an init that died before finishing: nobody can ever
        # read it (its key was never stored), so it is safe to start over.
        for suffix in ("", *db.DB_SIDE_FILES):
            with contextlib.suppress(FileNotFoundError):
                (directory / (db.DB_NAME + suffix)).unlink()
        params = kdf or KdfParams()
        dek = ss.random_bytes(keyslot.KEY_BYTES)
        conn = db.connect(directory / db.DB_NAME, dek)
        try:
            schema.migrate(conn)
            keyslot.write_keyslot(directory, passphrase, dek, params)
        except BaseException:
            conn.close()
            ss.zero(dek)
            raise
        store = cls(home, conn, dek, params, idle_seconds)
        store._adopt_plaintext()
        if with_device_key:
            store._load_device_key(passphrase)
        return store

    @classmethod
    def open(
        cls,
        home: Path | None = None,
        passphrase: str = "",
        *,
        idle_seconds: float | None = None,
        wait: Callable[[float], None] = time.sleep,
        with_device_key: bool = False,
    ) -> Self:
        home = Path(home) if home is not None else paths.home()
        directory = store_directory(home)
        if not (directory / keyslot.KEYSLOT_NAME).exists():
            raise StoreNotFoundError(str(directory))
        if not (directory / db.DB_NAME).exists():
            raise StoreCorruptError("the database file is missing")
        dek, params = keyslot.unlock(directory, passphrase, wait)
        try:
            conn = db.connect(directory / db.DB_NAME, dek)
        except BaseException:
            ss.zero(dek)
            raise
        try:
            schema.migrate(conn)
        except (sqlcipher3.Error, StoreError, OSError) as exc:
            conn.close()
            ss.zero(dek)
            raise db.translate_error(exc) from None
        store = cls(home, conn, dek, params, idle_seconds)
        store._recover_blobs()
        store._adopt_plaintext()
        if with_device_key:
            store._load_device_key(passphrase)
        return store

    def _adopt_plaintext(self) -> None:
        """Move plaintext traces of earlier versions inside (``Store`` does it with its
        transport-state part); the core alone has nothing to adopt."""

    def lock(self) -> None:
        """Close the database and zero the data key. Idempotent; safe from any thread."""
        with self._mutex:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            if self._dek is not None:
                ss.zero(self._dek)
                self._dek = None
            # A nacl SigningKey keeps its seed in immutable bytes: dropping the reference is
            # all Python allows.
            self._device_key = None
            for reader in list(self._readers):
                with contextlib.suppress(Exception):
                    reader.close()
            self._readers.clear()
        for callback in list(self._lock_callbacks):
            with contextlib.suppress(Exception):
                callback()

    def on_lock(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from the locking thread) when the store locks, e.g. on idle."""
        self._lock_callbacks.append(callback)

    @property
    def locked(self) -> bool:
        return self._conn is None

    def wipe(self) -> None:
        """Panic wipe: crypto-shred the key slot, lock, remove every file of the store."""
        keyslot.shred(self.directory)
        self.lock()
        wipe_store(self.home)

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under ``new`` (optionally with a higher KDF cost). Nothing else
        is re-encrypted. ``old`` is checked first (a WrongPassphraseError changes nothing)."""
        with self._session():
            dek, _ = keyslot.unwrap(self.directory, old)
            try:
                params = kdf or self.kdf_params
                keyslot.write_keyslot(self.directory, new, dek, params)
                self.kdf_params = params
            finally:
                ss.zero(dek)
            device = _device_module()
            if device is not None and (self.home / "keys" / "device.key").exists():
                device.change_device_key_passphrase(old, new)

    # -- device key -------------------------------------------------------------------------
    def _load_device_key(self, passphrase: str) -> None:
        """Unlock (or create) the device signing key with the store passphrase, kept until lock."""
        device = _device_module()
        if device is not None:
            self._device_key = device.load_or_create_device_key(passphrase)

    def device_key(self) -> Any:
        """The device's Ed25519 signing key (``nacl.signing.SigningKey``) for sealing bundles."""
        with self._session():
            if self._device_key is None:
                raise StoreError("the device key was not loaded with this store")
            return self._device_key

    def close(self) -> None:
        self.lock()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- idle lock and lock requests ----------------------------------------------------------
    def _arm_idle_timer(self, delay: float | None) -> None:
        # One daemon timer: fires at the idle deadline, and at least every LOCK_POLL seconds to
        # notice ``intake store lock`` from another process (a touched lock-request file).
        wait = LOCK_POLL if delay is None else min(delay, LOCK_POLL)
        timer = threading.Timer(wait, self._idle_check)
        timer.daemon = True
        self._timer = timer
        timer.start()

    def _idle_check(self) -> None:
        with self._mutex:
            if self._conn is None:
                return
            requested = _lock_requested_since(self.directory, self._opened_at)
            idle = time.monotonic() - self._last_use
            if not requested and (self._idle_seconds is None or idle < self._idle_seconds):
                self._arm_idle_timer(None if self._idle_seconds is None else self._idle_seconds - idle)
                return
        self.lock()

    def touch(self) -> None:
        """Count user activity (the GUI calls this on input) to postpone the idle lock."""
        self._last_use = time.monotonic()

    # -- plumbing for the record operations ------------------------------------------------
    @contextlib.contextmanager
    def _session(self) -> Iterator[Any]:
        """The connection, under the mutex, or StoreLockedError; counts as activity."""
        with self._mutex:
            if self._conn is None:
                raise StoreLockedError("the store is locked")
            self._last_use = time.monotonic()
            yield self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        with self._session() as conn, db.tx(conn):
            yield conn

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        with self._session() as conn:
            try:
                return list(conn.execute(sql, args).fetchall())
            except sqlcipher3.Error as exc:
                raise db.translate_error(exc) from None

    # -- blobs --------------------------------------------------------------------------
    def new_blob_writer(
        self, *, chunk_size: int = DEFAULT_CHUNK_SIZE, fsync_each_chunk: bool = True, keep_sha256: bool = True
    ) -> BlobWriter:
        """A writer for a new blob (format ``FORMAT_VERSION``) whose key is already committed to
        the database.

        Call :meth:`finish_blob` with the ``BlobRef`` from ``close()`` (the record helpers such
        as ``add_recording`` do it); it keeps the plaintext's SHA-256 the writer computed
        (``keep_sha256=False``: none, e.g. for a bundle whose digest its writer has). If the
        process dies first, the next unlock recovers the blob up to its last complete chunk
        (without a kept hash). ``fsync_each_chunk=False``: one fsync at ``close()`` instead (see
        :class:`BlobWriter`).
        """
        key = new_blob_key()
        try:
            writer = BlobWriter(self.blob_dir, key, chunk_size=chunk_size, fsync_each_chunk=fsync_each_chunk,
                                version=FORMAT_VERSION, keep_sha256=keep_sha256)
            try:
                with self._write() as conn:
                    conn.execute(
                        "INSERT INTO blobs (id, key, state, chunk_size, created_at, version)"
                        " VALUES (?, ?, 'writing', ?, ?, ?)",
                        (writer.name, bytes(key), chunk_size, now(), FORMAT_VERSION),
                    )
            except BaseException:
                writer.abort()
                raise
            return writer
        finally:
            ss.zero(key)

    def finish_blob(self, ref: BlobRef, conn: Any | None = None) -> None:
        def run(c: Any) -> None:
            state = "recovered" if ref.recovered else "complete"
            # Only a blob its writer closed cleanly has a kept hash (never a recovered one).
            sha256 = None if ref.recovered else ref.sha256
            cur = c.execute(
                "UPDATE blobs SET state = ?, size = ?, chunks = ?, sha256 = ? WHERE id = ?",
                (state, ref.size, ref.chunks, sha256, ref.name),
            )
            if cur.rowcount != 1:
                raise RecordNotFoundError("blob", ref.name)

        if conn is not None:
            run(conn)
        else:
            with self._write() as c:
                run(c)

    def open_blob(self, blob_id: str) -> BlobReader:
        """A decrypting reader (plaintext only in memory); the caller closes it."""
        rows = self._query("SELECT key, size, chunk_size, state, version FROM blobs WHERE id = ?", (blob_id,))
        if not rows:
            raise RecordNotFoundError("blob", blob_id)
        key = bytearray(rows[0][0])
        try:
            reader = BlobReader(self.blob_dir / blob_id, key, chunk_size=rows[0][2], expected_size=rows[0][1],
                                version=rows[0][4])
        finally:
            ss.zero(key)
        self._readers.add(reader)
        return reader

    def blob_sha256(self, blob_id: str) -> str | None:
        """The SHA-256 (hex) of a blob's plaintext as its writer computed it, if it kept one (a
        blob closed cleanly; None for a recovered blob, an older store's blobs, a bundle)."""
        rows = self._query("SELECT sha256 FROM blobs WHERE id = ?", (blob_id,))
        if not rows:
            raise RecordNotFoundError("blob", blob_id)
        return None if rows[0][0] is None else str(rows[0][0])

    def blob_size(self, blob_id: str) -> int:
        rows = self._query("SELECT size FROM blobs WHERE id = ?", (blob_id,))
        if not rows or rows[0][0] is None:
            raise RecordNotFoundError("blob", blob_id)
        return int(rows[0][0])

    def delete_blob(self, conn: Any, blob_id: str) -> None:
        """Forget a blob's key (inside the caller's transaction), then remove the file.

        Dropping the key row is what makes the content unreadable (``secure_delete`` overwrites
        it in the database); removing the file afterwards frees the space.
        """
        conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
        with contextlib.suppress(FileNotFoundError):
            (self.blob_dir / blob_id).unlink()

    @contextlib.contextmanager
    def discarded_on_failure(self) -> Iterator[list[str]]:
        """The blob names the block adds to the list are discarded if the block fails."""
        made: list[str] = []
        try:
            yield made
        except BaseException:
            for name in made:
                self.discard_blob(name)
            raise

    def write_blob(self, fill: Callable[[BlobWriter], object]) -> BlobRef:
        """A new blob holding what ``fill`` writes to it; if anything fails, neither its key nor
        its file is left."""
        writer = self.new_blob_writer()
        try:
            fill(writer)
            ref: BlobRef = writer.close()
        except BaseException:
            writer.abort()
            self.discard_blob(writer.name)
            raise
        self.finish_blob(ref)
        return ref

    def blob_from(self, source: BinaryIO | Path | bytes | bytearray) -> BlobRef:
        """A new blob holding the bytes of ``source`` (a file, a stream or bytes)."""
        def fill(writer: BlobWriter) -> None:
            if isinstance(source, (bytes, bytearray)):
                writer.write(source)
                return
            stream = open(source, "rb") if isinstance(source, Path) else source  # noqa: SIM115
            try:
                buf = bytearray(64 * 1024)
                while n := stream.readinto(buf):  # type: ignore[attr-defined]
                    writer.write(memoryview(buf)[:n])
                ss.zero(buf)
            finally:
                if isinstance(source, Path):
                    stream.close()

        return self.write_blob(fill)

    def discard_blob(self, blob_id: str) -> None:
        """Forget a blob nothing refers to (key first, then file), e.g. an abandoned copy.
        Best effort: if the database cannot be written, the row is cleaned up at a later unlock."""
        try:
            with self._write() as conn:
                self.delete_blob(conn, blob_id)
        except StoreError:
            pass  # a 'writing' row left behind is cleaned by recovery on the next unlock

    def purge_orphan_blobs(self) -> list[str]:
        """Delete blobs nothing refers to (e.g. a take or a seal a crash interrupted, after the
        audio service had its chance to attach recovered takes). Returns their names."""
        with self._write() as conn:
            rows = conn.execute(
                "SELECT id FROM blobs WHERE state != 'writing'"
                " AND id NOT IN (SELECT blob_id FROM recordings)"
                " AND id NOT IN (SELECT journal_blob_id FROM recordings WHERE journal_blob_id IS NOT NULL)"
                " AND id NOT IN (SELECT content_blob_id FROM attachments)"
                " AND id NOT IN (SELECT original_blob_id FROM attachments WHERE original_blob_id IS NOT NULL)"
                " AND id NOT IN (SELECT original_blob_id FROM recordings WHERE original_blob_id IS NOT NULL)"
                " AND id NOT IN (SELECT blob_id FROM outbox WHERE blob_id IS NOT NULL)"
            ).fetchall()
            for (blob_id,) in rows:
                self.delete_blob(conn, blob_id)
        return [r[0] for r in rows]

    def _recover_blobs(self) -> None:
        rows = self._query("SELECT id, key, chunk_size, version FROM blobs WHERE state = 'writing'")
        for blob_id, key, chunk_size, version in rows:
            kbuf = bytearray(key)
            try:
                ref = recover(self.blob_dir / blob_id, kbuf, chunk_size=chunk_size, version=version)
            except BlobMissingError:
                # Crashed before the file existed, or never used: nothing to keep.
                with self._write() as conn:
                    conn.execute("DELETE FROM blobs WHERE id = ? AND state = 'writing'", (blob_id,))
                continue
            except StoreError:
                continue  # left in 'writing' state; reading it reports the problem
            finally:
                ss.zero(kbuf)
            self.finish_blob(BlobRef(ref.name, ref.size, ref.chunks, ref.chunk_size, recovered=True, version=version))
            self.recovered_blobs.append(ref)
