# SPDX-License-Identifier: GPL-3.0-or-later
"""THREAT_MODEL.md names the test behind each claim; every named test must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    }


def test_every_test_named_in_the_threat_model_exists() -> None:
    text = (ROOT / "THREAT_MODEL.md").read_text(encoding="utf-8")
    references = REFERENCE.findall(text)
    assert len(references) > 40
    missing = [f"{path}::{name}" for path, name in references
               if not (ROOT / path).is_file() or name not in _test_names(ROOT / path)]
    assert not missing, f"THREAT_MODEL.md names tests that do not exist: {missing}"


def test_the_checker_notices_a_missing_test(tmp_path: Path) -> None:
    fake = tmp_path / "test_x.py"
    fake.write_text("def test_present():\n    pass\n", encoding="utf-8")
    assert _test_names(fake) == {"test_present"}
