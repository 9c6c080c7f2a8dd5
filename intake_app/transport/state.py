# SPDX-License-Identifier: GPL-3.0-or-later
"""What the submitting side remembers between requests, and where: never in a plaintext file.

The transport client needs two things kept: an interrupted upload's resume state (receiver URL,
upload ID, acknowledged offset; keyed by the bundle's SHA-256) and the largest signed checkpoint
of each archive's receipt log it has seen (to detect a forked or rolled-back log). Both name a
bundle or a moment of submission, so on a seized, locked laptop they would lead to the published
testimony (security review F2, F9). They therefore live behind :class:`TransportState`:

- the encrypted store implements it (``intake_app.store.transport_state``): kept inside SQLCipher,
  readable only while the store is unlocked, removed by every wipe;
- :class:`MemoryState` keeps them in this process only (``intake submit`` without a store, a
  witness's self-submission): nothing is written; an upload resumes after a lost circuit but not
  after the process ends.

Receipts themselves are never kept by the transport: :func:`intake_app.transport.client.submit`
returns the verified receipt and the caller decides (the store records it with its outbox entry;
the CLI prints the code).
"""

from __future__ import annotations

import copy
import threading
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class TransportState(Protocol):
    """Where the transport keeps upload resume state and log checkpoints."""

    def upload_state(self, bundle_sha256: str) -> dict[str, Any] | None:
        """The resume state saved for this bundle, or ``None``."""
        ...

    def save_upload_state(self, bundle_sha256: str, state: dict[str, Any] | None) -> None:
        """Keep (or, with ``None``, forget) the resume state of this bundle's upload."""
        ...

    def log_checkpoint(self, origin: str) -> str | None:
        """The largest verified checkpoint (a signed note) kept for the log named ``origin``."""
        ...

    def save_log_checkpoint(self, origin: str, note: str) -> None:
        """Keep ``note`` as the log's checkpoint; the caller has verified it is larger."""
        ...


class MemoryState:
    """:class:`TransportState` in this process's memory only: nothing reaches the disk."""

    def __init__(self) -> None:
        self._uploads: dict[str, dict[str, Any]] = {}
        self._checkpoints: dict[str, str] = {}
        self._lock = threading.Lock()

    def upload_state(self, bundle_sha256: str) -> dict[str, Any] | None:
        with self._lock:
            state = self._uploads.get(bundle_sha256)
            return copy.deepcopy(state) if state is not None else None

    def save_upload_state(self, bundle_sha256: str, state: dict[str, Any] | None) -> None:
        with self._lock:
            if state is None:
                self._uploads.pop(bundle_sha256, None)
            else:
                self._uploads[bundle_sha256] = copy.deepcopy(state)

    def log_checkpoint(self, origin: str) -> str | None:
        with self._lock:
            return self._checkpoints.get(origin)

    def save_log_checkpoint(self, origin: str, note: str) -> None:
        with self._lock:
            self._checkpoints[origin] = note
