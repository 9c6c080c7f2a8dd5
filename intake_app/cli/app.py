# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake app``: start the desktop app (Qt is imported only when this command runs)."""

from __future__ import annotations

import argparse

from intake_app.cli.common import Cli


def _run(args: argparse.Namespace) -> int:
    from intake_app.gui.app import run

    return run(lang=args.lang, idle_minutes=args.idle_minutes, witness=args.witness)


def register(cli: Cli) -> None:
    parser = cli.command("app", _run, help="start the desktop app (interviewer, self-submission, archive)")
    parser.add_argument("--idle-minutes", type=int, default=None, metavar="N",
                        help="lock after N minutes without input (default 5)")
    parser.add_argument("--witness", action="store_true",
                        help="start in witness mode: one witness's own testimony, no passphrase, nothing kept")
