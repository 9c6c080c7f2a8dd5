# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing testimony into bundles: the bundle service (``service``: seal, open, verify), metadata
removal (``metadata``) and a witness's own submission (``self_submission``). Qt-free."""
