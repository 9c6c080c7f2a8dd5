# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file, module and symbol the documents cite exists (issue 25: after the renames of the
layout change, docs kept citing ``crypto.profile``, ``bundle_service``, ``bundled.SYSTEM_DIRS``
and line numbers that had moved).

What is checked, in the README, CONTRIBUTING, THREAT_MODEL, ``docs/*.md``, ``packaging/README.md``
and ``intake_crypto/{SPEC,DESIGN,REVIEW}.md``, inside backticks:

* ``path/to/file.py`` (from the repository root or the document's folder) is a file;
* ``path/to/file.py::symbol`` and ``package.module::symbol`` name a module that exists and a
  top-level name in it (``Class.member`` for a member); a test (``test_x``) included;
* ``intake_app.x.y`` / ``intake_crypto.x`` / ``intake_forms.x`` (a module, or a module's name)
  resolves;
* no citation carries a line number (``file.py:42``): lines move, symbols are looked up;
* no citation uses a name the layout change retired (``crypto.profile``, ``bundle_service``);

and every relative Markdown link ``[text](path)`` points at a file or folder of the repository.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [
    "README.md", "CONTRIBUTING.md", "THREAT_MODEL.md", "packaging/README.md",
    "intake_crypto/SPEC.md", "intake_crypto/DESIGN.md", "intake_crypto/REVIEW.md",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md")),
]
PACKAGES = ("intake_app", "intake_crypto", "intake_forms", "scripts", "benches", "tests", "verifier")

CODE = re.compile(r"`([^`\n]+)`")
FILE = re.compile(r"^([\w./-]+\.py)(?:::([\w.]+))?$")
LINE_NUMBER = re.compile(r"^[\w./-]+\.(?:py|md|toml|sh|spec)(?::\d+|#L\d+)")
DOTTED = re.compile(r"^((?:" + "|".join(PACKAGES) + r")(?:\.\w+)+)(?:::([\w.]+))?(?:\(\))?$")
# The names the layout change retired (``crypto`` -> ``intake_crypto``, ``forms`` -> ``intake_forms``,
# loose modules into packages): a citation by one of them is stale whether or not it resolves.
OLD_NAME = re.compile(
    r"^(?:crypto|forms)\.(?!md\b)[a-z_]|^(?:intake_app\.)?(?:bundle_service|metadata_strip|archive_desk|archive_setup"
    r"|bundled|i18n_build)(?:\.|::|$)")
LINK = re.compile(r"\]\(([^)\s]+)\)")
# Cited on purpose though not in this tree: programs of other projects.
ELSEWHERE = {"bagit.py"}


@functools.cache
def _names(path: Path) -> dict[str, set[str]]:
    """Top-level names of a module (definitions, assignments, imports) -> members of each class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}

    def members(body: list[ast.stmt]) -> set[str]:
        found: set[str] = set()
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Assign):
                found.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                found.add(node.target.id)
        return found

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                out[node.name] = members(node.body)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                out[node.name] = set()
            elif isinstance(node, ast.Assign):
                out.update({t.id: set() for t in node.targets if isinstance(t, ast.Name)})
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                out[node.target.id] = set()
            elif isinstance(node, ast.Import | ast.ImportFrom):
                out.update({(a.asname or a.name).split(".")[0]: set() for a in node.names})
            elif isinstance(node, ast.If | ast.Try):  # TYPE_CHECKING blocks, optional imports
                visit(node.body)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
                visit(node.orelse)

    visit(tree.body)
    return out


def _has(path: Path, symbol: str) -> bool:
    first, _, rest = symbol.partition(".")
    names = _names(path)
    if first not in names:
        return False
    return not rest or rest.split(".")[0] in names[first]


def _module_file(dotted: str) -> Path | None:
    base = ROOT.joinpath(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _check_dotted(dotted: str, symbol: str | None) -> str | None:
    """None if ``dotted`` (and ``symbol``) resolve: the longest module prefix, then names in it."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        module = _module_file(".".join(parts[:cut]))
        if module is None:
            continue
        rest = ".".join([*parts[cut:], *([symbol] if symbol else [])])
        if not rest or _has(module, rest):
            return None
        return f"{dotted}{'::' + symbol if symbol else ''}: no {rest!r} in {module.relative_to(ROOT)}"
    return f"{dotted}: no such module"


def _problems(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    problems = []
    for cited in CODE.findall(text):
        cited = cited.strip()
        if OLD_NAME.match(cited):
            problems.append(f"{cited}: a name retired by the layout change (intake_crypto, intake_forms, intake_app.<part>)")
            continue
        if LINE_NUMBER.match(cited):
            problems.append(f"{cited}: a line number (cite file.py::symbol)")
            continue
        if m := FILE.match(cited):
            file, symbol = m.groups()
            if file in ELSEWHERE:
                continue
            target = next((p for p in (ROOT / file, path.parent / file) if p.is_file()), None)
            if target is None:
                problems.append(f"{cited}: no such file")
            elif symbol and not _has(target, symbol):
                problems.append(f"{cited}: no {symbol!r} in {target.relative_to(ROOT)}")
        elif (m := DOTTED.match(cited)) and (problem := _check_dotted(*m.groups())):
            problems.append(problem)
    for link in LINK.findall(text):
        if re.match(r"^[a-z]+:|^#", link):
            continue
        target = (path.parent / link.split("#")[0]).resolve()
        if not target.exists() or ROOT not in (target, *target.parents):
            problems.append(f"[...]({link}): no such file in the repository")
    name = path.relative_to(ROOT) if ROOT in path.parents else path.name
    return [f"{name}: {p}" for p in problems]


def test_every_file_module_and_symbol_the_documents_cite_exists() -> None:
    problems = [p for document in DOCUMENTS for p in _problems(ROOT / document)]
    assert not problems, "\n".join(problems)


def test_the_checker_notices_what_went_stale(tmp_path: Path) -> None:
    # The kinds of reference issue 25 found stale: each must be reported, and the right ones not.
    stale = [
        "`intake_app/bundled.py`", "`bundled.py::SYSTEM_DIRS`", "`intake_app.tools::SYSTEM_DIR`",
        "`intake_crypto.nosuch`", "`intake_app/tools.py:42`", "`intake_app/store/records.py::Records.setting`",
        "`intake_app.bundle_service`", "`crypto.profile`", "`bundled.SYSTEM_DIRS`", "[x](../nowhere.md)",
    ]
    (tmp_path / "stale.md").write_text(" ".join(stale) + "\n", encoding="utf-8")
    assert len(_problems(tmp_path / "stale.md")) == len(stale)
    good = (
        "`intake_app/tools.py::SYSTEM_DIRS` `intake_app.tools::tool_path` `intake_crypto.bundle.profile`"
        " `intake_app.store.records.Records` `intake_app/store/settings.py::Settings.setting`"
        " `intake_crypto.encrypt()` `tests/unit/test_doc_references.py::test_the_checker_notices_what_went_stale`\n"
    )
    (tmp_path / "good.md").write_text(good, encoding="utf-8")
    assert _problems(tmp_path / "good.md") == []
