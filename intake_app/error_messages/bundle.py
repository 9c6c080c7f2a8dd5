# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for bundle errors (see the package docstring)."""

MESSAGES: dict = {}
