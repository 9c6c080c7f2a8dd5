# SPDX-License-Identifier: GPL-3.0-or-later
"""Byte-compiled modules for the benchmarks' child processes, as an installed copy has them.

A developer shell (or CI) may set ``PYTHONDONTWRITEBYTECODE``; then every ``intake`` process
compiles the project's sources again, which adds 0.1-0.2 s of CPU to each run and is not what a
person running the installed app pays. :func:`use_cached_bytecode` drops that variable for the
children, points ``PYTHONPYCACHEPREFIX`` at ``directory`` (nothing is written into the source
tree) and compiles the project there once, before anything is timed.
"""

from __future__ import annotations

import compileall
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def use_cached_bytecode(directory: Path) -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(directory)
    previous = sys.pycache_prefix
    sys.pycache_prefix = str(directory)
    try:
        for package in ("intake_crypto", "intake_forms", "intake_app"):
            compileall.compile_dir(ROOT / package, quiet=1)
    finally:
        sys.pycache_prefix = previous
