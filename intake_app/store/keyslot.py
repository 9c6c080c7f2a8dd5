# SPDX-License-Identifier: GPL-3.0-or-later
"""The store's key slot: passphrase → Argon2id → key-encryption key → wrapped data key.

``store/keyslot.json`` (beside the database) holds the Argon2id salt and parameters and the
*wrapped data key*: a random 32-byte data-encryption key (DEK) sealed with the key derived from
the passphrase (one libsodium secretstream message, XChaCha20-Poly1305, whose additional data
binds the KDF parameters, so editing them only makes unlocking fail). The DEK is the raw
SQLCipher key of the database; blob keys live inside the database. Hence:

* changing the passphrase (or raising the KDF cost) rewrites only this small file: nothing else
  is re-encrypted;
* a wrong passphrase is detected by the wrap's authenticator, before SQLCipher is touched, so
  it is never confused with a damaged database;
* destroying this file (overwritten with random bytes, fsynced, then removed) makes the
  database and every blob unreadable at once: crypto-shredding for the panic wipe.

``store/unlock.json`` counts consecutive failed unlocks; after a few, each further attempt
waits longer (see :func:`delay_for`). It is a brake on guessing at the keyboard; the real
protection against offline guessing is the Argon2id cost.

Never does: write the passphrase, the derived key or the DEK anywhere but process memory.
What Python cannot guarantee: the passphrase arrives as an immutable ``str`` (and its UTF-8
encoding as ``bytes``) that cannot be zeroed; the garbage collector frees it later.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from nacl._sodium import ffi, lib

from intake_app.home import paths
from intake_app.store import _secretstream as ss
from intake_app.store.errors import StoreCorruptError, WrongPassphraseError

KEYSLOT_NAME = "keyslot.json"
UNLOCK_STATE_NAME = "unlock.json"
KEY_BYTES = 32
SALT_BYTES = 16  # crypto_pwhash_SALTBYTES
_AD = b"intake-store-keyslot-v1"
FREE_FAILURES = 3
MAX_DELAY = 300.0


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults took ~0.9 s on the 2-core build machine (see README)."""

    opslimit: int = 3
    memlimit: int = 512 * 1024 * 1024
    alg: str = "argon2id13"

    def describe(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True).encode()


# Cheap parameters for tests and benchmarks that are not about the KDF.
TEST_KDF = KdfParams(opslimit=1, memlimit=8 * 1024 * 1024)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id straight into a zeroable buffer."""
    if params.alg != "argon2id13":
        raise StoreCorruptError(f"unknown KDF {params.alg}")
    if len(salt) != SALT_BYTES:
        raise StoreCorruptError("bad salt length")
    out = bytearray(KEY_BYTES)
    pw = passphrase.encode("utf-8")
    rc = lib.crypto_pwhash(
        ffi.from_buffer("unsigned char[]", out, require_writable=True),
        KEY_BYTES,
        pw,
        len(pw),
        salt,
        params.opslimit,
        params.memlimit,
        lib.crypto_pwhash_alg_argon2id13(),
    )
    if rc != 0:
        raise MemoryError("Argon2id could not allocate its memory")
    return out


def _b64(data: bytes | bytearray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def write_keyslot(directory: Path, passphrase: str, dek: bytearray, params: KdfParams) -> None:
    """Seal ``dek`` under a fresh salt and ``passphrase`` and replace the key slot atomically."""
    salt = bytes(ss.random_bytes(SALT_BYTES))
    kek = derive(passphrase, salt, params)
    try:
        wrapped = bytearray(ss.HEADERBYTES + len(dek) + ss.ABYTES)
        ss.seal(kek, dek, _AD + params.describe(), wrapped, ss.TAG_FINAL)
    finally:
        ss.zero(kek)
    doc = {
        "format": "intake-store-keyslot",
        "version": 1,
        "kdf": {**asdict(params), "salt": _b64(salt)},
        "wrapped_key": _b64(wrapped),
    }
    paths.write_private(directory / KEYSLOT_NAME, json.dumps(doc, indent=1).encode(), sync_dir=True)


def read_params(directory: Path) -> tuple[KdfParams, bytes, bytes]:
    try:
        doc = json.loads((directory / KEYSLOT_NAME).read_text(encoding="utf-8"))
        kdf = doc["kdf"]
        params = KdfParams(int(kdf["opslimit"]), int(kdf["memlimit"]), str(kdf["alg"]))
        return params, base64.b64decode(kdf["salt"]), base64.b64decode(doc["wrapped_key"])
    except FileNotFoundError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise StoreCorruptError(f"key slot unreadable: {exc}") from None


def unwrap(directory: Path, passphrase: str) -> tuple[bytearray, KdfParams]:
    """The DEK, or :class:`WrongPassphraseError` (no throttling here; see :func:`unlock`)."""
    params, salt, wrapped = read_params(directory)
    kek = derive(passphrase, salt, params)
    dek = bytearray(KEY_BYTES)
    try:
        if len(wrapped) != ss.HEADERBYTES + KEY_BYTES + ss.ABYTES:
            raise StoreCorruptError("wrapped key has the wrong length")
        ss.open_into(kek, wrapped, _AD + params.describe(), dek)
    except ss.OpenFailed:
        ss.zero(dek)
        raise WrongPassphraseError() from None
    finally:
        ss.zero(kek)
    return dek, params


def delay_for(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` consecutive failures."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(float(2 ** (failures - FREE_FAILURES + 1)), MAX_DELAY)


def read_failures(directory: Path) -> tuple[int, float]:
    try:
        doc = json.loads((directory / UNLOCK_STATE_NAME).read_text(encoding="utf-8"))
        return int(doc.get("failures", 0)), float(doc.get("last_failure", 0.0))
    except (FileNotFoundError, ValueError, TypeError, AttributeError):
        return 0, 0.0


def _write_failures(directory: Path, failures: int, when: float) -> None:
    paths.write_private(
        directory / UNLOCK_STATE_NAME, json.dumps({"failures": failures, "last_failure": when}).encode(), sync_dir=True
    )


def unlock(directory: Path, passphrase: str, wait=time.sleep) -> tuple[bytearray, KdfParams]:  # type: ignore[no-untyped-def]
    """Throttled :func:`unwrap`: waits out the delay earned by earlier failures, counts this one."""
    failures, last = read_failures(directory)
    remaining = delay_for(failures) - (time.time() - last)
    if remaining > 0:
        wait(remaining)
    try:
        result = unwrap(directory, passphrase)
    except WrongPassphraseError:
        failures += 1
        _write_failures(directory, failures, time.time())
        raise WrongPassphraseError(failures, delay_for(failures)) from None
    if failures:
        _write_failures(directory, 0, 0.0)
    return result


def shred(directory: Path) -> None:
    """Crypto-shredding: overwrite the key slot with random bytes, fsync, then remove it.

    On flash storage with wear levelling the old blocks may survive physically; the key slot is
    small and the wrapped key is still protected by the passphrase and Argon2id.
    """
    # a temporary file a power cut left behind holds a key slot too (".new": older versions)
    leftovers = sorted(directory.glob(f".{KEYSLOT_NAME}.*.tmp"))
    for path in (directory / KEYSLOT_NAME, directory / (KEYSLOT_NAME + ".new"), *leftovers):
        shred_file(path)
    paths.fsync_dir(directory)


def shred_file(path: Path) -> None:
    """Overwrite a small key file with random bytes (twice, fsynced), then remove it."""
    try:
        size = max(path.stat().st_size, 4096)
        fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return
    try:
        for _ in range(2):
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, bytes(ss.random_bytes(size)))
            os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
