# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point of the frozen app: the ``intake`` command, plus ``--smoke-test`` for the build checks.

``intake`` alone prints the help like the source tree's command; the desktop entry runs
``intake app``. ``intake --smoke-test [--home DIR]`` starts the GUI, waits until its first
window is on screen and exits 0 (see ``intake_app.gui.smoke``).
"""

import sys


def main() -> int:
    argv = sys.argv[1:]
    if argv[:1] == ["--smoke-test"]:
        from intake_app.gui.smoke import main as smoke_main

        return smoke_main(argv[1:])
    from intake_app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
