# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the external programs the app runs (tor and its pluggable transports) are found.

Guarantees: in a frozen build (``make dist``), :func:`tool_path` returns the copy shipped inside
the bundle (``<bundle>/tools/``) before anything on ``PATH``, so a user needs no system tor and a
planted ``tor`` earlier on ``PATH`` is not used. From a source tree it falls back to ``PATH`` and
the usual system directories. ``$INTAKE_TOOLS_DIR`` overrides the bundle directory (tests, and
packagers who place the tools elsewhere).
Never: downloads or installs a program, or runs one (it only finds them).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

TOOLS_ENV = "INTAKE_TOOLS_DIR"
# Debian installs tor in /usr/bin and some distributions in /usr/sbin, which a user's PATH may lack.
SYSTEM_DIRS = "/usr/local/bin:/usr/bin:/usr/sbin:/opt/homebrew/bin"


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_tools_dir() -> Path | None:
    """The directory holding the bundled programs, or None when there is none."""
    explicit = os.environ.get(TOOLS_ENV)
    if explicit:
        return Path(explicit)
    base = getattr(sys, "_MEIPASS", None)
    if base is not None:
        return Path(base) / "tools"
    return None


def tool_path(name: str) -> str | None:
    """The program to run for ``name`` (``tor``, ``obfs4proxy``, ``snowflake-client``), bundled first."""
    exe = name + ".exe" if sys.platform == "win32" else name
    bundled = bundle_tools_dir()
    if bundled is not None:
        candidate = bundled / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name) or shutil.which(name, path=SYSTEM_DIRS)
