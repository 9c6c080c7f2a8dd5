# SPDX-License-Identifier: GPL-3.0-or-later
"""Build step: compile ``i18n/*.ts`` into ``.qm`` catalogues (``python -m intake_app.i18n_build``).

With ``--update`` it first re-extracts every translatable string from the sources into the
``.ts`` files (``pyside6-lupdate``), which is what a developer runs after changing strings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from intake_app.i18n import LANGUAGES, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / "intake_app").rglob("*.py") if "translations" not in p.parts)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"intake_{lang}.ts"


def update(ts_files: list[Path] | None = None, sources: list[Path] | None = None) -> None:
    """Re-extract strings into the given .ts files (default: the real ones)."""
    targets = ts_files or [ts_path(lang) for lang in LANGUAGES]
    srcs = sources or source_files()
    for ts in targets:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *map(str, srcs), "-ts", str(ts)],
            check=True, capture_output=True,
        )


def build() -> None:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            continue
        qm = TRANSLATIONS_DIR / f"intake_{lang}.qm"
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
