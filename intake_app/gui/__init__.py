# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt GUI: widgets that talk only to controllers (see docs/DEVELOPING.md)."""

from intake_app.gui import translators as _translators  # noqa: F401  (Qt's translators follow i18n.install)
from intake_app.text.errors import add_provider as _add_provider

_add_provider("intake_app.gui.error_messages")
