# SPDX-License-Identifier: GPL-3.0-or-later
"""The layout shows the architecture (issue 25, code-review.md §1): every module of ``intake_app`` is in
a package named for its part, and no top-level package takes a name other distributions use
(``crypto``, ``forms``: PyPI has a ``crypto``)."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import intake_crypto
import intake_forms

ROOT = Path(__file__).resolve().parents[2]
TOP_LEVEL = {"__init__.py", "__main__.py", "_version.py", "tools.py"}


def test_intake_app_has_no_loose_modules() -> None:
    loose = {p.name for p in (ROOT / "intake_app").glob("*.py")} - TOP_LEVEL
    assert not loose, f"put these into a package of intake_app (see its docstring): {sorted(loose)}"


def test_the_packages_have_names_no_other_distribution_uses() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    assert include == ["intake_app*", "intake_crypto*", "intake_forms*"]
    assert Path(intake_crypto.__file__).parent == ROOT / "intake_crypto"
    assert Path(intake_forms.__file__).parent == ROOT / "intake_forms"
    for generic in ("crypto", "forms"):
        assert importlib.util.find_spec(generic) is None, f"a package called {generic!r} is importable"


def test_intake_crypto_is_two_parts_under_one_root() -> None:
    # Code review change 8: the age core and the archive format in folders of their own (the
    # import-linter contract "the age core is independent of the archive format" keeps them apart).
    crypto = ROOT / "intake_crypto"
    assert {p.name for p in crypto.glob("*.py")} == {"__init__.py"}
    for part, module in (("age", "_age.py"), ("bundle", "manifest.py")):
        assert (crypto / part / "__init__.py").is_file() and (crypto / part / module).is_file()
