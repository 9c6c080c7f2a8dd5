# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive profile a witness uses while the interviewer's store is locked (issue 17).

The interviewer's own profile is pinned inside the encrypted store (security review F3), which
a witness cannot open. "Prepare this computer for witnesses" (interviewer's settings) writes a
copy of the pinned profile's exact bytes to ``INTAKE_HOME/witness-profile.json`` (0600); the
lock screen's "Give my own testimony" reads it. Nothing else is in it: a profile holds only the
archive's public keys, name and address.

Who can swap it: anyone who can write to INTAKE_HOME (the computer's user account, malware
running as that user). Three things limit that:

- the witness sees the profile's fingerprint and must tick that it matches the one the archive
  published before going on (as on a witness's own computer);
- at the next unlock the app compares the file with the pinned profile and tells the
  interviewer plainly when they differ (:func:`matches`);
- a profile file is signed by the archive's own key, so a swapped file cannot keep the real
  fingerprint.

Limit: a swap made between the interviewer's lock and a witness who does not compare the
fingerprint seals that witness's testimony to the attacker's key; the interviewer learns of it
only at the next unlock. The file also says, to anyone reading the disk, which archive this
computer sends to (the locked store does not): the interviewer is told before preparing.
Tests: ``tests/gui/test_witness_entries.py``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from intake_app.archive import profiles
from intake_app.home import paths

FILE_NAME = "witness-profile.json"


def path(home: Path | None = None) -> Path:
    return Path(home if home is not None else paths.home()) / FILE_NAME


def is_prepared(home: Path | None = None) -> bool:
    return path(home).is_file()


def prepare(data: bytes, home: Path | None = None) -> Path:
    """Write the checked profile bytes ``data`` (parsed first: never a broken file), 0600, atomically."""
    profiles.parse_profile(data)
    target = path(home)
    target.parent.mkdir(parents=True, exist_ok=True)
    paths.write_private(target, data)
    return target


def withdraw(home: Path | None = None) -> None:
    with contextlib.suppress(FileNotFoundError):
        path(home).unlink()


def read(home: Path | None = None) -> tuple[bytes, Any] | None:
    """The prepared profile's bytes and the checked profile, or None when there is none.
    A file that does not parse raises the profile's own typed error."""
    target = path(home)
    if not target.is_file():
        return None
    return profiles.read_profile_file(target)


def matches(pinned: Any, home: Path | None = None) -> bool:
    """True when there is no prepared file, or it holds the profile pinned in the store."""
    from intake_app.text.errors import handled_types

    try:
        found = read(home)
    except Exception as exc:  # unreadable or broken: not the pinned one
        if not isinstance(exc, (OSError, ValueError, *handled_types())):
            raise
        return False
    if found is None:
        return True
    return str(found[1].fingerprint()) == str(pinned.fingerprint())
