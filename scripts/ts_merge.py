#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Resolve merge conflicts in ``i18n/*.ts`` after merging branches that both added strings.

Usage, in a merge with conflicted .ts files::

    python scripts/ts_merge.py            # takes every translation from both sides, then
                                          # re-extracts the strings and fills them in

Steps: for every conflicted ``.ts``, read the finished translations of "ours" and "theirs" (git
index stages 2 and 3) into one table (source text -> translation; theirs wins a disagreement,
which is printed), check out "ours", run ``python -m scripts.i18n_build --update`` so the
catalogues hold exactly the strings in the merged code, then fill unfinished entries from the
table. Entries still unfinished are printed (the translation test fails on them).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def _finished(text: str) -> dict[str, str]:
    """Source text -> finished translation of a ``.ts`` file's text, all contexts together."""
    from i18n_build import catalogue_of

    return {source: text for messages in catalogue_of(text).values() for source, text in messages.items()}


def main() -> int:
    conflicted = [p for p in _git("diff", "--name-only", "--diff-filter=U").split() if p.endswith(".ts")]
    tables: dict[str, dict[str, str]] = {}
    for path in conflicted:
        ours = _finished(_git("show", f":2:{path}"))
        theirs = _finished(_git("show", f":3:{path}"))
        for source in sorted(set(ours) & set(theirs)):
            if ours[source] != theirs[source]:
                print(f"{path}: both sides translate {source[:60]!r}; taking theirs: {theirs[source]!r}")
        tables[path] = {**ours, **theirs}
        _git("checkout", "--ours", "--", path)
    subprocess.run([sys.executable, "-m", "scripts.i18n_build", "--update"], cwd=ROOT, check=True)
    for path in sorted(ROOT.glob("i18n/*.ts")):
        rel = path.relative_to(ROOT).as_posix()
        table = tables.get(rel)
        if table is None:
            _git("checkout", "--", rel)  # not in conflict: keep the merge's file (lupdate only re-escapes it)
            continue
        tree = ET.parse(path)
        missing = []
        for message in tree.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") != "unfinished":
                continue
            value = table.get(source.text or "")
            if value is None:
                missing.append(source.text or "")
                continue
            translation.text = value
            del translation.attrib["type"]
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
        _git("add", rel)
        for text in missing:
            print(f"{rel}: still unfinished: {text[:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
