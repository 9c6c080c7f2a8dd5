# SPDX-License-Identifier: GPL-3.0-or-later
"""The version, a constant: reading it from the installed metadata (importlib.metadata) cost
tens of milliseconds at every start. pyproject.toml reads it from here (one source)."""

__version__ = "0.1.0"
