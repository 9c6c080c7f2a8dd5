# SPDX-License-Identifier: GPL-3.0-or-later
"""Tor's bootstrap phase in the person's language (zh-review F21).

tor reports its progress as a percentage with an English summary ("Loading relay descriptors").
The summary is never shown: the percentage is mapped to a short translated phrase by the ranges
of tor's bootstrap tags (control-spec "BOOTSTRAP": conn_pt 1 … starting 0, conn 5, handshake 14,
onehop_create 20 … loading_descriptors 50, enough_dirinfo 75 … circuit_create 90, done 100), as
Tor Browser does. One table for the command line, the outbox and the error messages.

Qt-free and without stem, so the GUI can use it without loading the transport.
"""

from __future__ import annotations

from intake_app.i18n import translate


def phase_text(percent: int) -> str:
    """The bootstrap phase at ``percent`` in the current language (no English from tor)."""
    if percent < 5:
        return translate("Transport", "starting")
    if percent < 14:
        return translate("Transport", "reaching a relay")
    if percent < 20:
        return translate("Transport", "greeting a relay")
    if percent < 75:
        return translate("Transport", "loading the network directory")
    if percent < 100:
        return translate("Transport", "building a circuit")
    return translate("Transport", "connected")
