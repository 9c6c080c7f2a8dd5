# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive profile as the app sees it: loaded with its signature checked.

A thin, Qt-free door to ``intake_crypto.bundle.profile`` for the GUI's controllers (which may not import
``crypto`` themselves). Never: accepts a profile whose signature fails, that holds a private key
or whose name could draw text outside its place (``intake_crypto.bundle.profile`` raises a ``ProfileError``).

A profile is read from its file once, when the person picks it; the bytes that were checked and
shown are the bytes that get pinned in the store (:func:`read_profile_file`), so a file swapped
between showing the fingerprint and accepting it is never used (security review F3).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intake_crypto.bundle.profile import ArchiveProfile
from intake_crypto.bundle.profile import load_profile as _load

__all__ = ["ArchiveProfile", "load_profile"]


def load_profile(path: Path | str) -> ArchiveProfile:
    """The checked ``intake_crypto.bundle.profile.ArchiveProfile`` at ``path``."""
    return _load(Path(path))


def read_profile_file(path: Path | str) -> tuple[bytes, Any]:
    """The bytes of the profile file at ``path`` (read once) and the checked profile they hold."""
    from intake_crypto.bundle.profile import MAX_PROFILE_BYTES

    with open(path, "rb") as fh:
        data = fh.read(MAX_PROFILE_BYTES + 1)
    return data, parse_profile(data)


def parse_profile(data: bytes) -> Any:
    """The checked ``ArchiveProfile`` held by ``data``."""
    from intake_crypto.bundle.profile import parse_profile as _parse

    return _parse(bytes(data))


def file_differs(path: Path | str, pinned: Any) -> tuple[bool, str]:
    """Whether the file at ``path`` now holds something other than ``pinned`` (a profile other
    than it, canonically, or anything unreadable as a profile), and that file's fingerprint
    ("" when it is not a valid profile). A missing file does not differ: moving or deleting a
    downloaded profile is normal, and the pinned copy is what the app uses anyway."""
    from intake_crypto import ProfileError
    from intake_crypto.bundle.profile import MAX_PROFILE_BYTES

    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PROFILE_BYTES + 1)
    except FileNotFoundError:
        return False, ""
    except OSError:
        return True, ""
    try:
        profile = parse_profile(data)
    except ProfileError:
        return True, ""
    return profile.to_json() != pinned.to_json(), str(profile.fingerprint())
