# SPDX-License-Identifier: GPL-3.0-or-later
"""The recording journal: markers, pauses and the header patch, saved beside the audio blob.

Each event is one JSON line, padded with spaces to a whole number of blob chunks, so the store's
blob writer seals and fsyncs it the moment it is written: a marker survives ``kill -9`` just as
the audio before it does. The journal is itself an encrypted blob (small chunks); the store keeps
its key like any other. Never holds audio; labels are the interviewer's words and are treated as
testimony (restricted-content, like the voice).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any

from intake_app.audio.stream import AppendTarget
from intake_app.text.errors import IntakeError

JOURNAL_CHUNK_SIZE = 512  # small chunks: an event is durable at once without much padding


class Journal:
    def __init__(self, target: AppendTarget | None) -> None:
        self._target = target
        self._lock = threading.Lock()
        size = getattr(target, "chunk_size", None)
        if size:
            from intake_app.store.blobs import data_per_chunk

            self._record = data_per_chunk(int(size))
        else:
            self._record = 0
        self.error: BaseException | None = None

    def write(self, event: dict[str, Any]) -> None:
        if self._target is None:
            return
        line = (json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        if self._record:
            line += b" " * (-len(line) % self._record)
        with self._lock:
            try:
                self._target.write(line)
            except (OSError, IntakeError) as exc:  # disk full: the audio path reports it
                self.error = exc


def read_journal(data: bytes | Iterable[bytes]) -> list[dict[str, Any]]:
    """Events from a journal's plaintext (torn or blank lines are skipped)."""
    raw = data if isinstance(data, bytes) else b"".join(data)
    events = []
    for line in raw.split(b"\n"):
        line = line.strip()
        if not line:
            continue
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            events.append(value)
    return events
