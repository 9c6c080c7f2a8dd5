# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared plumbing for sub-command modules: command groups and passphrase input."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def one_line(text: object) -> str:
    """``text`` safe to print on one terminal line: control characters (ESC, CR, LF, TAB, C1),
    line separators and bidirectional-text controls are replaced by a space (security review
    F4: an archive name with a newline and ESC sequences drew a false "Fingerprint:" line and
    hid the real one). For any text that came from a file (names, labels), never for our own."""
    import unicodedata

    bidi = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in bidi else ch
                   for ch in str(text))


class Cli:
    """Hands out sub-parsers; nested groups (``intake store add``) are created once and shared."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self._top = parser.add_subparsers(dest="command", metavar="COMMAND")
        self._groups: dict[str, Any] = {}

    def command(self, name: str, handler: Handler, help: str, group: str | None = None) -> argparse.ArgumentParser:
        """Add ``intake NAME`` or ``intake GROUP NAME`` and bind it to ``handler``."""
        subparsers = self._top if group is None else self._group(group)
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser

    def _group(self, name: str) -> Any:
        if name not in self._groups:
            parser = self._top.add_parser(name, help=GROUP_HELP.get(name, name), description=GROUP_HELP.get(name))
            parser.set_defaults(handler=lambda _args, p=parser: (p.print_help(), EXIT_USAGE)[1])
            self._groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")
        return self._groups[name]


GROUP_HELP = {
    "archive": "create and run the archive's side: keys, profile, custody, links",
    "profile": "inspect archive profiles",
    "store": "the encrypted local store of testimonies",
    "audio": "audio devices and recordings",
    "forms": "form definitions and answer checking",
    "witness": "a witness that cosigns an archive's receipt log (run by a partner)",
}


def read_passphrase(path: str | None, prompt: str, confirm: bool = False) -> str:
    """A passphrase from ``--passphrase-file`` (first line) or the terminal, never from argv."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
        return text.splitlines()[0] if text else ""
    if not sys.stdin.isatty():
        raise SystemExit("intake: no terminal to ask for a passphrase; use --passphrase-file")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise SystemExit("intake: the passphrases did not match")
    return first


# The roles a manifest records for whoever collected a testimony (issue 19: no longer free text).
INTERVIEWER_ROLES = ("interviewer", "witness", "self")


def interviewer_role(text: str) -> str:
    """``--role``: one of :data:`INTERVIEWER_ROLES`, else a plain usage error (exit 2)."""
    from intake_app.text.i18n import translate

    if text not in INTERVIEWER_ROLES:
        raise argparse.ArgumentTypeError(translate("Cli", "{0} is not a role; choose one of: {1}").format(
            one_line(text), ", ".join(INTERVIEWER_ROLES)))
    return text


def capture_time(text: str) -> Any:
    """``--captured-at``: an ISO 8601 date and time with its UTC offset, not in the future
    (e.g. 2024-06-04T10:00+08:00), else a plain usage error (exit 2)."""
    from datetime import datetime, timedelta

    from intake_app.text.i18n import translate

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        when = None
    if when is None or len(text) < 16 or "T" not in text.upper():
        raise argparse.ArgumentTypeError(translate("Cli", "{0} is not a date and time; write it as "
                                                          "2024-06-04T10:00+08:00").format(one_line(text)))
    if when.tzinfo is None:
        raise argparse.ArgumentTypeError(translate("Cli", "{0} has no time zone; add it, e.g. "
                                                          "2024-06-04T10:00+08:00").format(one_line(text)))
    if when > datetime.now(when.tzinfo) + timedelta(minutes=5):
        raise argparse.ArgumentTypeError(translate("Cli", "{0} is in the future").format(one_line(text)))
    return when
