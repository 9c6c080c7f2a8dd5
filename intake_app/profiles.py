# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive profile as the app sees it: loaded with its signature checked.

A thin, Qt-free door to ``crypto.profile`` for the GUI's controllers (which may not import
``crypto`` themselves). Never: accepts a profile whose signature fails or that holds a private key
(``crypto.profile.load_profile`` raises ``ProfileError`` for both).
"""

from __future__ import annotations

from pathlib import Path

from crypto.profile import ArchiveProfile
from crypto.profile import load_profile as _load

__all__ = ["ArchiveProfile", "load_profile"]


def load_profile(path: Path | str) -> ArchiveProfile:
    """The checked ``crypto.profile.ArchiveProfile`` at ``path``."""
    return _load(Path(path))
