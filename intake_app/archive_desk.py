# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive staff's desk, Qt-free: open a key file, verify or open a sealed bundle, and turn
the outcome into a list of named checks (passed / failed / not checked), plus a BagIt export of
an opened bundle and a small custody log of what was done.

This is what the GUI's archive mode calls; the full archive-side tools (fetch from the
receiver, PREMIS events, archival packages) belong to the archive area. Guarantees: verifying
writes nothing; opening writes plaintext only into the directory the staff member chose, and
only after every check passed (the bundle service's guarantee). Never: keeps a passphrase or a
key after the call returns; writes plaintext outside the chosen directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake_app import bundle_service

# The checks shown to staff, in the order the bundle reader performs them.
CHECKS: tuple[str, ...] = ("structure", "key", "encryption", "signature", "hashes")


@dataclass
class Check:
    id: str
    status: str  # "passed" | "failed" | "skipped"
    error: BaseException | None = None


@dataclass
class DeskReport:
    """The outcome of a verify or open: named checks, what each side held, where files went."""

    bundle: str
    checks: list[Check]
    bundle_id: str = ""
    sides: dict[str, dict[str, Any]] = field(default_factory=dict)
    written_to: str = ""

    @property
    def ok(self) -> bool:
        return all(c.status != "failed" for c in self.checks)

    @property
    def error(self) -> BaseException | None:
        return next((c.error for c in self.checks if c.error is not None), None)


def read_identities(path: Path | str, passphrase: str | None) -> list[Any]:
    """The age identities in a key file (passphrase-protected or not)."""
    from crypto.keyfile import read_identity_file

    return list(read_identity_file(Path(path), passphrase))


def _failed_check(exc: BaseException) -> str:
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"NoMatchingKeyError", "NoIdentityMatchError", "IncorrectIdentityError"}:
        return "key"
    if names & {"ManifestSignatureError", "ManifestError"}:
        return "signature"
    if names & {"BundleIntegrityError", "PayloadMismatchError", "BundleTamperedError"}:
        return "hashes"
    if names & {"MacError", "PayloadError", "HeaderError", "AgeError"}:
        return "encryption"
    return "structure"


def _report(path: Path, result: Any | None, exc: BaseException | None) -> DeskReport:
    if exc is None:
        checks = [Check(c, "passed") for c in CHECKS]
    else:
        failed = _failed_check(exc)
        index = CHECKS.index(failed)
        checks = [Check(c, "passed" if i < index else "failed" if i == index else "skipped", exc if i == index else None)
                  for i, c in enumerate(CHECKS)]
    report = DeskReport(str(path), checks)
    if result is not None:
        report.bundle_id = str(result.bundle_id)
        for name, side in result.sides.items():
            report.sides[name] = {
                "opened": bool(side.opened), "reason": side.reason,
                "files": [getattr(f, "path", str(f)) for f in side.files],
                "form": getattr(side.manifest, "form_id", "") if side.manifest is not None else "",
            }
        report.written_to = str(result.written_to or "")
    return report


def verify(path: Path | str, identities: Sequence[Any]) -> DeskReport:
    """Run every check without writing plaintext anywhere."""
    try:
        result = bundle_service.verify_bundle(Path(path), identities, strict_keys=False)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a red check with its typed error
        return _report(Path(path), None, exc)
    return _report(Path(path), result, None)


def open_into(path: Path | str, identities: Sequence[Any], out_dir: Path | str) -> DeskReport:
    """Check, then write what the keys open into ``out_dir`` (only if every check passed)."""
    try:
        result = bundle_service.open_bundle(Path(path), identities, Path(out_dir), strict_keys=False)
    except Exception as exc:  # noqa: BLE001 - as in verify()
        return _report(Path(path), None, exc)
    report = _report(Path(path), result, None)
    from intake_app.archive import report as verification  # the same report ``intake open`` writes

    verification.write(result, Path(path), Path(out_dir))
    record_event(Path(out_dir), "decryption", bundle=report.bundle_id, outcome="success")
    return report


def export_bagit(opened_dir: Path | str, bag_dir: Path | str) -> Path:
    """Copy an opened bundle into a new BagIt (RFC 8493) bag with SHA-256 and SHA-512 manifests."""
    import shutil

    import bagit

    source, bag = Path(opened_dir), Path(bag_dir)
    if bag.exists() and any(bag.iterdir()):
        raise FileExistsError(bag)
    shutil.copytree(source, bag, dirs_exist_ok=True)
    bagit.make_bag(str(bag), {"Source-Organization": "Testimony Intake", "External-Description":
                              "Opened sealed testimony bundle"}, checksums=["sha256", "sha512"])
    record_event(source, "export", outcome="success", bag=str(bag))
    return bag


def record_event(directory: Path, event: str, **detail: str) -> None:
    """Append one custody event (PREMIS-style type, UTC time, outcome) to ``custody.jsonl``."""
    line = json.dumps({"event": event, "at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), **detail})
    with open(directory / "custody.jsonl", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def custody_events(directory: Path | str) -> list[dict[str, str]]:
    log = Path(directory) / "custody.jsonl"
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
