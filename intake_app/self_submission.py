# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness's own submission, Qt-free: seal, send, verify the receipt, leave nothing behind.

The GUI's self-submission wizard collects answers (and, optionally, voice) in memory and calls
:func:`seal_and_submit`. Guarantees: the only file ever written is the sealed bundle
(ciphertext) in a private directory, and it is deleted once the receipt is verified or the
attempt failed; the receipt file and the upload's resume state are deleted too, so after the
call the machine holds nothing about this submission except what the person writes down (the
receipt code). A fresh signing key is generated for this one bundle and never stored: a
self-submission is not linked to any device. Never: writes answers or audio to disk.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake_app import bundle_service, paths

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SelfSubmitResult:
    code: str
    bundle_sha256: str


def seal_and_submit(profile: Any, form_id: str, form_version: str, answers: dict[str, Any],
                    payloads: Sequence[bundle_service.PayloadSource], *, tor: Any = None,
                    insecure_direct_url: str | None = None, progress: Progress | None = None) -> SelfSubmitResult:
    import nacl.signing

    from intake_app.transport.client import submit
    from intake_app.transport.state import MemoryState

    key = nacl.signing.SigningKey.generate()  # one bundle, one key; never written
    directory = paths.private_dir("outbox", "self")
    bundle = directory / f"{secrets.token_hex(16)}.tib"
    saved: Path | None = None
    sha256 = ""
    try:
        if progress:
            progress(0, 0, "sealing")
        sealed = bundle_service.seal_testimony(
            profile, form_id, form_version, answers, payloads, key, bundle,
            interviewer_role="self", captured_at=datetime.now(UTC),
        )
        sha256 = sealed.sha256
        # Resume state and the log's checkpoint in memory, dropped with this call: nothing kept.
        result = submit(bundle, profile, tor=tor, insecure_direct_url=insecure_direct_url, progress=progress,
                        state=MemoryState())
        return SelfSubmitResult(str(result.code), sealed.sha256)
    finally:
        upload_state = paths.home() / "transport" / "uploads" / f"{sha256}.json" if sha256 else None
        for leftover in (bundle, saved, upload_state):
            if leftover is not None:
                _remove(leftover)
        for state in directory.glob("*"):
            _remove(state)  # resume state of an interrupted upload names the bundle; not needed


def _remove(path: Path) -> None:
    try:
        if path.is_file():
            os.unlink(path)
    except FileNotFoundError:
        pass
