# SPDX-License-Identifier: GPL-3.0-or-later
"""Panic wipe: destroy everything this app keeps on this computer, without the passphrase.

Order matters. First the key material is destroyed (the store's key slot is crypto-shredded and
the device signing key overwritten, as ``intake store wipe`` does; then every other key file
under INTAKE_HOME: the demo archive's unprotected keys, onion-service keys, tor's control
cookie), so that whatever the file removal misses can no longer be decrypted. Then every file
and directory under INTAKE_HOME is removed: the store, sealed bundles in the outbox, receipts,
upload state, tor's data directory (guard choices show Tor use), the GUI settings (the archive
profile path and bridge lines) and the demo archive.

Guarantees: never asks for the passphrase; never touches anything outside INTAKE_HOME; keeps
INTAKE_HOME itself (an empty directory) so the app can start again from its first run.
What it cannot do (see THREAT_MODEL.md): erase blocks that flash wear levelling kept, swap or
hibernation images, backups or copies made elsewhere, or the memory of a running process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from intake_app.home import paths

# Small files that hold keys or credentials: overwritten before they are unlinked.
_KEY_SUFFIXES = (".key",)
_KEY_NAMES = ("hs_ed25519_secret_key", "control-cookie", "keyslot.json", "keyslot.json.new")
_MAX_SHRED = 1 << 20  # bigger files are not keys; removing them is enough once keys are gone


def _is_key_file(path: Path) -> bool:
    return path.name in _KEY_NAMES or path.name.endswith(_KEY_SUFFIXES)


def panic_wipe(home: Path | None = None) -> list[Path]:
    """Wipe INTAKE_HOME (``home``); returns the paths that could not be removed (normally none)."""
    from intake_app.store import wipe_store
    from intake_app.store.keyslot import shred_file

    home = Path(home) if home is not None else paths.home()
    if not home.is_dir():
        return []
    wipe_store(home)  # the store's key slot first, then the store, its outbox and the device key
    # os.walk never follows symbolic links: nothing outside INTAKE_HOME is overwritten.
    for directory, _dirs, files in os.walk(home, followlinks=False):
        for name in files:
            path = Path(directory) / name
            with contextlib.suppress(OSError):
                if _is_key_file(path) and not path.is_symlink() and path.stat().st_size <= _MAX_SHRED:
                    shred_file(path)
    for child in list(home.iterdir()):
        with contextlib.suppress(OSError):
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink()
    with contextlib.suppress(OSError):
        fd = os.open(home, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return sorted(Path(d) / n for d, dirs, files in os.walk(home) for n in (*dirs, *files))
