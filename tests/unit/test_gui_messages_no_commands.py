# SPDX-License-Identifier: GPL-3.0-or-later
"""No message the GUI can show names a command line (issue 18, the rule for GUI messages).

A person using the app is never told to type ``intake …``, an option such as ``--replace``,
``make …`` or a path to a tool: the GUI names the button, page or menu to use instead. Errors
keep one (message, hint) pair as data; where the command line shows the same error, its hint
may name the command through :func:`intake_app.text.errors.for_edge` (``cli=`` rendering), which the
GUI never shows.

"Every message the GUI can show" is read from the sources, generically: each translatable
string (``translate(context, "…")``, ``self.tr("…")``) in every module of ``intake_app`` except
the command line's own (``intake_app/cli/``) and the ``cli=`` rendering of ``for_edge``, and
each one's zh_CN and zh_TW translation in the catalogues the GUI loads.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from intake_app.text import errors
from intake_app.text.i18n import load_catalogue

PACKAGE = Path(__file__).resolve().parents[2] / "intake_app"

COMMAND = re.compile(
    r"\bintake [a-z]"                       # intake archive publish-index, intake store init …
    r"|(?:^|[\s(“\"'「（])--[a-z]"          # --replace, --passphrase-file …
    r"|\bmake (?:setup|lock|test|check|install|run|build|translations)\b"
    r"|(?:\.venv/|/usr/s?bin/|bin/intake|python3? -m )"
)


def _gui_strings() -> list[tuple[str, str, str]]:
    """(file:line, context, English source) of every translatable string outside the CLI."""
    found: list[tuple[str, str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent)
        if rel.parts[1] == "cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        cli_only: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "for_edge":
                cli_args = [k.value for k in node.keywords if k.arg == "cli"] + node.args[:1]
                for arg in cli_args:
                    cli_only |= {id(n) for n in ast.walk(arg)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in cli_only:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            strings = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name == "translate" and len(strings) >= 2:
                found.append((f"{rel}:{node.lineno}", strings[0], strings[1]))
            elif name == "tr" and strings:
                found.append((f"{rel}:{node.lineno}", "", strings[0]))
    return found


def test_the_scan_sees_the_gui_strings_and_the_pattern_finds_commands() -> None:
    strings = _gui_strings()
    assert len(strings) > 500  # widgets, controllers, services and every error message
    assert any(src == "The archive has no publication index, so it cannot count how many testimonies share the "
               "published details." for _w, _c, src in strings)
    for bad in ("Rebuild it: intake archive publish-index.", "or replace it with --replace.", "run make setup",
                "「--replace」", "/usr/bin/tor --version"):
        assert COMMAND.search(bad), bad
    for fine in ("A few ordinary words that only you know make a good passphrase.", ("Tell the archive; it should "
                 "make new keys."), "Press “Rebuild the publication index” on the Publish page.", "2026-06-04 — 05"):
        assert not COMMAND.search(fine), fine


def test_no_message_the_gui_can_show_names_a_command_line() -> None:
    catalogues = {lang: load_catalogue(lang) for lang in ("zh_CN", "zh_TW")}
    offenders = []
    for where, context, source in _gui_strings():
        texts = [("en", source)]
        for lang, cat in catalogues.items():
            for ctx, messages in cat.items():
                if (not context or ctx == context) and source in messages:
                    texts.append((lang, messages[source]))
        offenders += [f"{where} [{lang}] {text!r}" for lang, text in texts if COMMAND.search(text)]
    assert not offenders, "messages the GUI can show that name a command line:\n" + "\n".join(offenders)


def test_an_error_shown_on_both_edges_names_the_command_only_on_the_command_line() -> None:
    from intake_app.archive.release import ReleaseError

    exc = ReleaseError("the archive has no publication index", "no_index")
    gui_message, gui_hint = errors.user_message(exc)
    cli_message, cli_hint = errors.user_message(exc, edge="cli")
    assert gui_message == cli_message
    assert "publish-index" in cli_hint and not COMMAND.search(gui_hint), (cli_hint, gui_hint)
    assert "Rebuild the publication index" in gui_hint


def test_no_technical_detail_the_gui_can_show_names_a_command_line() -> None:
    """An exception's English message reaches the GUI as "Technical details (for support)"
    (:func:`intake_app.text.errors.with_details`) or inside a message: the ones raised outside the
    command line's own modules name no option or command either."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent)
        if rel.parts[1] == "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                for arg in node.exc.args[:1]:
                    offenders += [f"{rel}:{node.lineno} {c.value!r}" for c in ast.walk(arg)
                                  if isinstance(c, ast.Constant) and isinstance(c.value, str) and COMMAND.search(c.value)]
    assert not offenders, "exception messages the GUI can show that name a command line:\n" + "\n".join(offenders)
