# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness's own submission, Qt-free: seal, send, verify the receipt, leave nothing behind.

The GUI's witness mode collects answers, voice and attachments in memory and calls
:func:`seal_and_submit`. Guarantees: the only file ever written is the sealed bundle
(ciphertext, readable only with the archive's keys), in a
private scratch directory made for this one call (in RAM under ``/dev/shm`` where the system has
it, else the temp dir) and removed with everything in it when the call returns, sent or not.
The receipt is verified but never written: nothing under ``INTAKE_HOME`` (no ``receipts/``, no
``outbox/self/``, no ``transport/uploads/``) is created, so afterwards the machine holds nothing
about this submission except what the person writes down (the receipt code). A fresh signing key
is generated for this one bundle and never stored: a self-submission is not linked to any
device. Never: writes answers, audio or attachments to disk in the clear.
"""

from __future__ import annotations

import io
import mimetypes
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from intake_app.sealing import service as bundle_service

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SelfSubmitResult:
    code: str
    bundle_sha256: str


@dataclass
class Attachment:
    """A photo or document the witness added: the untouched original (sealed to the archive's
    identity side) and a copy without hidden data (camera, place, dates) for the content side.
    Held in memory only; :meth:`forget` overwrites both."""

    display_name: str
    media_type: str
    original: bytearray
    clean: bytearray

    def forget(self) -> None:
        for data in (self.original, self.clean):
            data[:] = bytes(len(data))


def read_attachment(path: str | Path) -> Attachment:
    """Read a file into memory and make its metadata-free copy (raises the typed
    :mod:`intake_app.sealing.metadata` errors for formats that cannot be cleaned)."""
    from intake_app.sealing.metadata import strip_metadata

    path = Path(path)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    original = bytearray(path.read_bytes())
    clean = bytearray(strip_metadata(io.BytesIO(bytes(original)), media_type).read())
    return Attachment(path.name, media_type, original, clean)


def attachment_payloads(attachments: Sequence[Attachment]) -> tuple[list[bundle_service.PayloadSource], list[dict[str, Any]]]:
    """Bundle payloads and the ``files`` answer for the attachments, with neutral names (the
    file's own name, which may identify someone, is not sent)."""
    payloads: list[bundle_service.PayloadSource] = []
    answer: list[dict[str, Any]] = []
    for n, item in enumerate(attachments, start=1):
        ext = mimetypes.guess_extension(item.media_type) or ".bin"
        name = f"attachment-{n:03d}{ext}"
        original_name = f"{name}.original"
        clean, original = bytes(item.clean), bytes(item.original)
        payloads.append(bundle_service.PayloadSource(
            name, partial(io.BytesIO, clean), len(clean), item.media_type, "attachment",
            derived_from=original_name, sensitivity="content"))
        payloads.append(bundle_service.PayloadSource(
            original_name, partial(io.BytesIO, original), len(original), item.media_type, "attachment",
            original=True, sensitivity="identity"))
        answer.append({"original_file": {"ref": original_name, "media_type": item.media_type, "size": len(original)}})
    return payloads, answer


def scratch_dir() -> Path:
    """A new private directory for one submission's ciphertext, in RAM where possible."""
    shm = Path("/dev/shm")  # noqa: S108 - RAM for ciphertext; mkdtemp below makes a private (0700), unguessable directory
    base = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
    return Path(tempfile.mkdtemp(prefix="intake-", dir=base))


def seal_and_submit(profile: Any, form_id: str, form_version: str, answers: dict[str, Any],
                    payloads: Sequence[bundle_service.PayloadSource], *, tor: Any = None,
                    insecure_direct_url: str | None = None, progress: Progress | None = None) -> SelfSubmitResult:
    import nacl.signing

    from intake_app.transport import client
    from intake_app.transport.state import MemoryState

    key = nacl.signing.SigningKey.generate()  # one bundle, one key; never written
    directory = scratch_dir()
    try:
        bundle = directory / f"{secrets.token_hex(16)}.tib"
        if progress:
            progress(0, 0, "sealing")
        sealed = bundle_service.seal_testimony(
            profile, form_id, form_version, answers, payloads, key, bundle,
            interviewer_role="self", captured_at=datetime.now(UTC),
        )
        if insecure_direct_url is not None:
            endpoint = client.direct_endpoint(insecure_direct_url)
        elif tor is not None:
            endpoint = client.onion_endpoint(profile.receiver_onion, tor)
        else:
            raise client.ReceiverUnreachableError("no tor connection and no direct loopback address")
        # Resume state and the log's checkpoint in memory only, dropped with this call.
        uploader = client.Uploader(bundle, endpoint, progress=progress, state=MemoryState())
        try:
            proof = uploader.run()
            code = _verified_code(client, proof, profile, uploader)
        finally:
            uploader.close()
        if progress:
            progress(uploader.size, uploader.size, "done")
        return SelfSubmitResult(code, sealed.sha256)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _verified_code(client: Any, proof: Any, profile: Any, uploader: Any) -> str:
    """As ``client.verify_and_store`` but keeping nothing: the receipt must be signed by the
    archive, name this bundle and sit in its log, consistent with any checkpoint seen before."""
    from intake_crypto.bundle import receipt as receipts

    key = bytes(profile.receipt_public_key)
    try:
        receipt, checkpoint = receipts.verify_submission(
            proof, key, uploader.sha256, uploader.size, witnesses=client.cosigners_of(profile),
            witness_threshold=getattr(profile, "witness_threshold", 0))
    except receipts.ReceiptWitnessError as exc:
        raise client.TooFewCosignaturesError(str(exc)) from exc
    except receipts.ReceiptError as exc:
        raise client.ReceiptInvalidError(str(exc)) from exc
    older = client.known_checkpoint(key, uploader.state)  # this call's memory: nothing kept before
    if older is not None:
        uploader.check_consistency(older, checkpoint)
    return str(receipt.code())
