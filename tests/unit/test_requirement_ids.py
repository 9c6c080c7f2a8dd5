# SPDX-License-Identifier: GPL-3.0-or-later
"""Every requirement id the repository cites (``R-CS-5``, ``R-SP-13`` ...) is defined in
docs/requirements.md, so a newcomer's clone resolves each one without outside material (issue 25,
code-review.md: ids pointing outside the repository)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ID = re.compile(r"\bR-[A-Z]{2,3}-\d+\b")
SEARCHED = ("crypto", "forms", "intake_app", "tests", "docs", "scripts", "benches", "packaging", "i18n")
TOP = ("README.md", "THREAT_MODEL.md", "CONTRIBUTING.md")


def _defined() -> set[str]:
    text = (ROOT / "docs" / "requirements.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| (R-[A-Z]{2,3}-\d+) \|", text, flags=re.MULTILINE))


def _cited() -> dict[str, set[str]]:
    files = [ROOT / name for name in TOP]
    for folder in SEARCHED:
        files += [p for p in (ROOT / folder).rglob("*")
                  if p.is_file() and p.suffix in {".py", ".md", ".yaml", ".yml", ".ts", ".json", ".txt"}]
    cited: dict[str, set[str]] = {}
    for path in files:
        if path.name in {"requirements.md", Path(__file__).name} or "node_modules" in path.parts:
            continue
        for rid in ID.findall(path.read_text(encoding="utf-8", errors="replace")):
            cited.setdefault(rid, set()).add(str(path.relative_to(ROOT)))
    return cited


def test_every_cited_requirement_id_is_defined_in_the_repository() -> None:
    defined = _defined()
    assert len(defined) > 50
    missing = {rid: sorted(paths)[:3] for rid, paths in _cited().items() if rid not in defined}
    assert missing == {}


def test_the_check_sees_an_undefined_id() -> None:
    assert "R-ZZ-99" not in _defined()
    assert ID.findall("see R-ZZ-99 and R-CS-5") == ["R-ZZ-99", "R-CS-5"]
