# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the external programs the app runs (tor and its pluggable transports) are found.

This module is the only place that looks programs up: ``transport/tor.py``, ``transport/bridges.py``
and ``smoke.py`` all call :func:`tool_path`, and :data:`SYSTEM_DIRS` is the only list of system
directories.

Guarantees: :func:`tool_path` searches, in this order and nowhere else,

1. the copy shipped inside a frozen build (``<bundle>/tools/``, ``make dist``), so a user needs no
   system tor and a planted ``tor`` earlier on ``PATH`` is not used;
2. ``$INTAKE_TOOLS_DIR`` (tests, and packagers who place the tools elsewhere);
3. ``PATH``;
4. :data:`SYSTEM_DIRS` (Debian installs tor in ``/usr/sbin``, which a user's PATH may lack).

Only an executable regular file counts at steps 1 and 2. Test: ``tests/unit/test_tools.py``.
Never: downloads or installs a program, or runs one (it only finds them).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

TOOLS_ENV = "INTAKE_TOOLS_DIR"
SYSTEM_DIRS: tuple[str, ...] = ("/usr/local/bin", "/usr/bin", "/usr/sbin", "/usr/local/sbin", "/opt/homebrew/bin")


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def tool_dirs() -> list[Path]:
    """The directories searched before ``PATH``: the frozen bundle's ``tools/``, then ``$INTAKE_TOOLS_DIR``."""
    dirs: list[Path] = []
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        dirs.append(Path(base) / "tools")
    explicit = os.environ.get(TOOLS_ENV)
    if explicit:
        dirs.append(Path(explicit))
    return dirs


def bundle_tools_dir() -> Path | None:
    """The first directory that may hold bundled programs, or None when there is none."""
    dirs = tool_dirs()
    return dirs[0] if dirs else None


def tool_path(name: str) -> str | None:
    """The program to run for ``name`` (``tor``, ``obfs4proxy``, ``snowflake-client``), bundled first."""
    exe = name + ".exe" if sys.platform == "win32" else name
    for directory in tool_dirs():
        candidate = directory / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name) or shutil.which(name, path=os.pathsep.join(SYSTEM_DIRS))
