# SPDX-License-Identifier: GPL-3.0-or-later
"""The submission as received (the SIP): the sealed ``.tib`` exactly as the receiver logged it,
its signed receipt with the log inclusion proof and checkpoint (``SHA.receipt.json``), and the
archive's ``profile.json`` (which names the receipt key), kept with the opening and carried into
the preservation bag under ``objects/submission/`` (evidence-review.md §5, §6 gap 8; issue 21).

``intake open`` calls :func:`keep` when it opened the content side of a bundle from
``ARCHIVE/incoming/`` and the receipt verified; ``export-bag`` calls :func:`carry` for a bag that
holds the content side. An identity opening or AIP never holds the receipt: it names the log
index and day, which a receipt code also gives (issue 18, F2). The receipt's ``received`` time, signed by
the receiver's key, is the trusted time anchor recorded in PREMIS (:mod:`premis`).

Guarantees: a submission is kept or carried only after its receipt, checkpoint and inclusion proof
verify against the profile's receipt key and name the file's own SHA-256 and size; the ``.tib`` is
copied byte for byte (still sealed: nothing in it is readable without the archive's keys).
Never: decrypts anything; carries a submission whose hash is not the one the opening recorded.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake_app.text.errors import IntakeError
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle.profile import load_profile

DIR = "submission"


class SubmissionError(IntakeError):
    """The submission beside an opening does not verify (or is not the bundle that was opened)."""


@dataclass(frozen=True)
class Submission:
    sha256: str
    size: int
    received: str  # the receiver's signed time (UTC)
    log_index: int
    checkpoint_size: int
    files: tuple[tuple[str, str, int], ...]  # (name, sha256, size) of each file kept


def _sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def verify(folder: Path, expected_sha256: str | None = None) -> Submission:
    """Check the submission in ``folder`` (one ``.tib``, its receipt, ``profile.json``)."""
    tibs = sorted(folder.glob("*.tib"))
    if len(tibs) != 1:
        raise SubmissionError(f"{folder}: expected one sealed bundle")
    tib = tibs[0]
    sha, size = _sha256(tib), tib.stat().st_size
    if expected_sha256 is not None and sha != expected_sha256:
        raise SubmissionError(f"{tib}: not the bundle that was opened")
    proof_file = folder / (tib.name.removesuffix(".tib") + ".receipt.json")
    try:
        profile = load_profile(folder / "profile.json")
        proof = receipts.SubmissionProof.from_json(json.loads(proof_file.read_text(encoding="utf-8")))
        rec, checkpoint = receipts.verify_submission(proof, profile.receipt_public_key, sha, size)
    except (receipts.ReceiptError, ValueError, OSError) as exc:
        raise SubmissionError(f"{folder}: receipt does not verify ({exc})") from exc
    files = tuple((p.name, _sha256(p), p.stat().st_size) for p in (tib, proof_file, folder / "profile.json"))
    return Submission(sha, size, rec.received, rec.log_index, checkpoint.size, files)


def keep(bundle: Path | str, opened: Path | str, data: dict[str, Any]) -> Submission | None:
    """Copy the submission into ``opened/submission/`` when the opening verified its receipt
    (``data`` is the verification report); None when there was no receipt to keep."""
    src = Path(bundle)
    if (data.get("receipt") or {}).get("status") != "passed":
        return None
    # Only with the content side: the receipt names the log index and day, which an identity
    # opening must not hold (issue 18, F2: the receipt code gives them too).
    if not ((data.get("sides") or {}).get("content") or {}).get("opened"):
        return None
    dest = Path(opened) / DIR
    dest.mkdir(mode=0o700)
    sha = str(data["bundle_sha256"])
    shutil.copyfile(src, dest / f"{sha}.tib")
    shutil.copyfile(src.with_name(src.name.removesuffix(".tib") + ".receipt.json"), dest / f"{sha}.receipt.json")
    shutil.copyfile(src.parent.parent / "profile.json", dest / "profile.json")
    return verify(dest, sha)


def carry(opened: Path, objects: Path) -> Submission | None:
    """Verify ``opened/submission/`` and copy it to ``objects/submission/`` (None if absent)."""
    src = opened / DIR
    if not src.is_dir() or not (objects / "content").is_dir():  # never into an identity-only AIP (F2)
        return None
    try:
        expected = json.loads((opened / "verification.json").read_text(encoding="utf-8")).get("bundle_sha256")
    except (OSError, ValueError, AttributeError):
        expected = None
    if not isinstance(expected, str):
        raise SubmissionError(f"{opened}: the opening recorded no bundle hash")
    verify(src, expected)
    shutil.copytree(src, objects / DIR, symlinks=False)
    return verify(objects / DIR, expected)  # what was copied
