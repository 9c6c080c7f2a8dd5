# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the app keeps its files.

Every file the app writes lives under one home directory: ``$INTAKE_HOME`` when set (the
``--home`` option sets it), otherwise the platform's per-user data directory. Directories are
created with mode 0700 so other local users cannot list them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "testimony-intake"
HOME_ENV = "INTAKE_HOME"


def home() -> Path:
    """The app's home directory (not created)."""
    explicit = os.environ.get(HOME_ENV)
    if explicit:
        return Path(explicit).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_dir(*parts: str) -> Path:
    """A directory under the home, created 0700 (parents too) if missing.

    ``mkdir(parents=True)`` creates missing parents with the default mode (0755 under the usual
    umask): the home and every directory between it and ``path`` are set to 0700 as well."""
    root = home()
    path = root.joinpath(*parts)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for i in range(len(parts) + 1):
        os.chmod(root.joinpath(*parts[:i]), 0o700)
    return path


def config_dir() -> Path:
    return private_dir("config")


def store_dir() -> Path:
    return private_dir("store")


def keys_dir() -> Path:
    return private_dir("keys")


def tor_dir() -> Path:
    return private_dir("tor")


def outbox_dir() -> Path:
    return private_dir("outbox")


def fsync_dir(directory: Path) -> None:
    """Make a new, renamed or removed entry of ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist: ``FileExistsError``, and a link there is not followed)
    holding ``data``, mode 0600, synced. If writing fails the half-written file is removed.
    The sibling of :func:`write_private` for files that are made once and never replaced."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def write_private(path: Path, data: bytes, *, sync_dir: bool = False, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically: written 0600 to a fresh temporary file beside it
    (``.<name>.<random>.tmp``, created exclusively, never following a link), synced, then renamed
    over it (a reader sees the old file or the new one, never half of one). The temporary file is
    removed if writing fails. With ``sync_dir`` the directory is synced too, so that the rename
    itself survives a power cut (key slots). ``mode`` is for the few files that are public by
    design (an archive's signed ``profile.json``, 0644 as ``archive init`` makes it); the
    temporary file is 0600 until it is complete either way.

    The one atomic write of the app; ``intake_crypto.bundle.signing.write_private_file`` is the same write for
    ``intake_crypto/``, which must not import the app."""
    path = Path(path)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if mode != 0o600:
                os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if sync_dir:
        fsync_dir(path.parent)
