# SPDX-License-Identifier: GPL-3.0-or-later
"""Widgets: they read state and emit intents; only controllers write (one family per module)."""
