# SPDX-License-Identifier: GPL-3.0-or-later
"""Windowed launcher of the frozen app on Windows and macOS: starts the GUI (``intake app``)."""

import sys


def main() -> int:
    from intake_app.cli import main as cli_main

    return cli_main(["app", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
