# SPDX-License-Identifier: GPL-3.0-or-later
"""User-facing texts for typed exceptions, one module per area, each exporting ``MESSAGES``:
``dict[type[BaseException], Callable[[BaseException], tuple[str, str]]]`` mapping an exception
class to (message, hint), both passed through ``translate("Errors", ...)`` with literal text."""
