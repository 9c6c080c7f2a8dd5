# SPDX-License-Identifier: GPL-3.0-or-later
"""Sub-commands for transport (placeholder until that area lands)."""

from intake_app.cli.common import Cli


def register(cli: Cli) -> None:
    pass
