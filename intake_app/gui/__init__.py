# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt GUI: widgets that talk only to controllers (see docs/DEVELOPING.md)."""
