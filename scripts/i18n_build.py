# SPDX-License-Identifier: GPL-3.0-or-later
"""Build step: compile ``i18n/*.ts`` into ``.qm`` catalogues (``python -m scripts.i18n_build``).

Catalogues are split by area (``i18n/<area>_<lang>.ts``) so that people working on different
parts of the app never edit the same file. The area of a source file is its sub-package
(``intake_app/store/...`` → ``store``), and ``cli/<area>.py`` and ``error_messages/<area>.py``
belong to that area too; modules directly in ``intake_app/`` form the ``core`` area, and so do
the modules that were there before issue 25 moved them into packages (:data:`CORE`), so that no
translated string changed catalogue.

``--update`` re-extracts every translatable string into the ``.ts`` files (``pyside6-lupdate``),
which is what a developer runs after changing strings. English catalogues are filled from the
source text; Chinese entries stay "unfinished" until translated (a test fails on them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from intake_app.text.i18n import LANGUAGES, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "intake_app"
TS_DIR = ROOT / "i18n"
# Moved out of intake_app/ by issue 25; their strings stay in the core catalogues.
CORE_PACKAGES = ("home", "sealing", "text")
CORE = {"archive/desk.py", "archive/setup.py", "archive/demo.py", "archive/profiles.py", "gui/smoke.py",
        "transport/receipt_export.py"}


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def area_of(source: Path) -> str:
    parts = source.relative_to(PACKAGE).parts
    if parts[:2] == ("text", "error_messages"):
        parts = parts[1:]
    elif len(parts) == 1 or parts[0] in CORE_PACKAGES or "/".join(parts) in CORE:
        return "core"
    if len(parts) == 1:
        return "core"
    if parts[0] in ("cli", "error_messages") and len(parts) == 2:
        stem = Path(parts[1]).stem
        return "core" if stem in ("__init__", "common") else stem
    return parts[0]


def sources_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        if "translations" in path.parts:
            continue
        areas[area_of(path)].append(path)
    return dict(areas)


def ts_path(area: str, lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"{area}_{lang}.ts"


def _fill_english(ts: Path) -> None:
    tree = ET.parse(ts)  # (S314) the repository's own .ts files; expat refuses entity bombs, ElementTree loads no external entity (tests/unit/test_xml_inputs.py)
    changed = False
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        if translation.get("type") == "unfinished":
            numerus = message.get("numerus") == "yes"
            if numerus:
                for form in list(translation):
                    translation.remove(form)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = source.text
            else:
                translation.text = source.text
            del translation.attrib["type"]
            changed = True
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(directory: Path = TS_DIR) -> list[Path]:
    """Re-extract strings into ``directory``; returns the .ts files that hold any string."""
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for area, sources in sources_by_area().items():
        for lang in LANGUAGES:
            ts = ts_path(area, lang, directory)
            subprocess.run(
                [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                 *map(str, sources), "-ts", str(ts)],
                check=True, capture_output=True,
            )
            if "<message" not in ts.read_text(encoding="utf-8"):
                ts.unlink()
                continue
            if lang == "en":
                _fill_english(ts)
            written.append(ts)
    return written


def catalogue_of(ts: Path | str) -> dict[str, dict[str, str]]:
    """The finished translations of one ``.ts`` file (a path, or the file's text): context ->
    source -> translation."""
    root = ET.fromstring(ts) if isinstance(ts, str) else ET.parse(ts).getroot()  # (S314) the repository's own .ts files; expat refuses entity bombs, ElementTree loads no external entity (tests/unit/test_xml_inputs.py)
    catalogue: dict[str, dict[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = translation.text
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                text = forms[0].text if forms else None
            if text:
                catalogue.setdefault(name, {})[source] = text
    return catalogue


def build() -> None:
    """Compile every ``.ts`` into a ``.qm`` (Qt's translators) and a ``.json`` (:mod:`intake_app.text.i18n`)."""
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = TRANSLATIONS_DIR / f"{ts.stem}.qm"
        js = TRANSLATIONS_DIR / f"{ts.stem}.json"
        newest = ts.stat().st_mtime
        if not (qm.exists() and qm.stat().st_mtime >= newest):
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not (js.exists() and js.stat().st_mtime >= newest):
            js.write_text(json.dumps(catalogue_of(ts), ensure_ascii=False, sort_keys=True), encoding="utf-8")


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
