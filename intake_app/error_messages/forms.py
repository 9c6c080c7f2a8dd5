# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages for forms errors (see the package docstring)."""

MESSAGES: dict = {}
