# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``intake`` command line (also ``python -m intake_app``).

Each area registers its sub-commands in its own module here (``register(cli)``), so areas do not
edit each other's code. Handlers return an exit code. Typed errors become one plain, translated
line on stderr (and a hint) with a non-zero exit; ``--debug`` adds the traceback for developers.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from intake_app import __version__, i18n
from intake_app.cli.common import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, Cli

# Modules that contribute sub-commands, in the order they appear in --help.
COMMAND_MODULES = (
    "app",
    "keys",
    "bundle",
    "forms",
    "store",
    "audio",
    "transport",
    "archive",
    "threshold",
)


def build_parser() -> argparse.ArgumentParser:
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
    for name in COMMAND_MODULES:
        importlib.import_module(f"intake_app.cli.{name}").register(cli)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.home:
        os.environ["INTAKE_HOME"] = os.path.abspath(args.home)
    i18n.install(i18n.choose(args.lang))
    if args.debug:
        # Only to the terminal: the app never writes a log file (THREAT_MODEL.md, "Logs").
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_ERROR
    from intake_app.errors import handled_types, user_message

    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print(i18n.translate("Cli", "Interrupted; nothing was lost."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`intake forms vocab | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (*handled_types(), OSError) as exc:  # a bad path is a plain message, never a traceback
        if args.debug:
            import traceback

            traceback.print_exc()
        message, hint = user_message(exc)
        print(f"intake: {message}", file=sys.stderr)
        if hint:
            print(f"intake: {hint}", file=sys.stderr)
        return EXIT_ERROR
