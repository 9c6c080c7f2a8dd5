# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``intake`` command line (also ``python -m intake_app``).

Each area registers its sub-commands in its own module here (``register(cli)``), so areas do not
edit each other's code. Registration is lazy: ``intake age ...`` imports only the module that
defines ``age`` (start-up is a person waiting), ``intake --version`` none, and ``intake --help``
(or anything unknown) every module, so the help lists every command. :data:`COMMAND_MODULES`
names each module's top-level commands; a test checks it against what ``register`` adds. Handlers return an exit code. Typed errors become one plain, translated
line on stderr (and a hint) with a non-zero exit; ``--debug`` adds the traceback for developers.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from intake_app import __version__
from intake_app.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, Cli
from intake_app.text import i18n

# Modules that contribute sub-commands, in the order they appear in --help, with the top-level
# commands (or command groups) each one adds. A group may be shared ("archive", "store").
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "app": ("app",),
    "keys": ("keygen", "age"),
    "bundle": ("archive", "profile", "seal", "open", "verify"),
    "forms": ("forms",),
    "store": ("store",),
    "audio": ("audio", "store"),
    "transport": ("submit", "verify-receipt", "connect", "archive", "serve"),
    "archive": ("archive", "export-bag", "fetch", "fixity"),
    "threshold": ("archive",),
    "witness": ("witness", "archive"),
}

_TOP_OPTIONS_WITH_VALUE = ("--home", "--lang")


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules ``argv`` needs: those defining its command, none for ``--version``
    before any command, all of them for ``--help``, no command or an unknown one."""
    everything = tuple(COMMAND_MODULES)
    args = iter(argv)
    for arg in args:
        if arg == "--version":
            return ()
        if arg in _TOP_OPTIONS_WITH_VALUE:
            next(args, None)
            continue
        if arg.startswith("-"):
            if arg.startswith(tuple(f"{o}=" for o in _TOP_OPTIONS_WITH_VALUE)) or arg == "--debug":
                continue
            return everything  # -h, --help, "--" or a mistake: argparse needs every command
        needed = tuple(module for module, names in COMMAND_MODULES.items() if arg in names)
        return needed or everything
    return everything


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``intake`` parser with the commands of ``modules`` (default: every module)."""
    parser = argparse.ArgumentParser(
        prog="intake",
        description="Collect, seal and submit testimony; open and preserve it at the archive.",
    )
    parser.add_argument("--version", action="version", version=f"intake {__version__}")
    parser.add_argument("--home", metavar="DIR", help="keep every file the app writes under DIR (sets INTAKE_HOME)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages (default: from LANG)")
    parser.add_argument("--debug", action="store_true",
                        help="show tracebacks and debug logs on stderr (for developers; may reveal paths; never written to a file)")
    cli = Cli(parser)
    for name in COMMAND_MODULES if modules is None else modules:
        importlib.import_module(f"intake_app.cli.{name}").register(cli)
    return parser


def _lang_option(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(modules_for(argv))
    # The language before parsing, so that the checks of option values (--role, --captured-at)
    # are said in it; --lang takes its final effect below.
    i18n.install(i18n.choose(_lang_option(argv)))
    args = parser.parse_args(argv)
    if args.home:
        os.environ["INTAKE_HOME"] = os.path.abspath(args.home)
    i18n.install(i18n.choose(args.lang))
    if args.debug:
        import logging

        # Only to the terminal: the app never writes a log file (THREAT_MODEL.md, "Logs").
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_ERROR
    from intake_app.text.errors import handled_types, user_message

    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print(i18n.translate("Cli", "Interrupted; nothing was lost."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`intake forms vocab | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # Only then are the message tables loaded (they import every service: start-up stays
        # light); a bad path is a plain message, never a traceback.
        if not isinstance(exc, (*handled_types(), OSError)):
            raise
        if args.debug:
            import traceback

            traceback.print_exc()
        message, hint = user_message(exc, edge="cli")
        print(f"intake: {message}", file=sys.stderr)
        if hint:
            print(f"intake: {hint}", file=sys.stderr)
        return EXIT_ERROR
