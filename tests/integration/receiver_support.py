# SPDX-License-Identifier: GPL-3.0-or-later
"""A real receiver on loopback with small chunks, for the tests that talk to it directly (its
receipt-signing key is the ``key`` fixture of this folder's conftest)."""

from __future__ import annotations

from pathlib import Path

import nacl.signing

from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer

CHUNK = 64 << 10


def start_receiver(archive: Path, key: nacl.signing.SigningKey, **limits: object) -> ReceiverServer:
    """A started receiver over ``archive`` with chunks of ``CHUNK`` and any other limits given."""
    return ReceiverServer(archive, key, Limits(**{"chunk_bytes": CHUNK, **limits})).start()  # type: ignore[arg-type]
