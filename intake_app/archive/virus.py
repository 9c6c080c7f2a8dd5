# SPDX-License-Identifier: GPL-3.0-or-later
"""Virus check of opened files with ClamAV (``clamscan``), before they are bagged for preservation
(issue 21, evidence-review.md §2 "no format identification or virus check at ingest").

An interviewer's attachments (PDFs, photos, documents from a witness's family) come from outside;
once opened on the archive's offline machine a member of staff may open them. ClamAV is the
scanner Archivematica runs in its own transfer; Debian packages it (``clamav``). Its signature
database is not part of the package: an offline archive machine gets it copied from a machine
that runs ``freshclam``. The scan names the database files it used by SHA-256, so the PREMIS
event says exactly which signatures the files were checked against.

Guarantees: :func:`scan` runs ``clamscan`` (found like every external program, by
:func:`intake_app.tools.tool_path`) read-only over the given directory, with the file-size
limits raised to ClamAV's maximum and every file over them reported as *not scanned*, never as
clean; a missing program or database raises :class:`VirusCheckUnavailable` (nothing is claimed).
Never: deletes, moves or quarantines a file; fetches signatures.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake_app.text.errors import IntakeError
from intake_app.tools import tool_path

DEFAULT_DATABASE = Path("/var/lib/clamav")
DATABASE_SUFFIXES = (".cvd", ".cld", ".cud", ".hdb", ".hsb", ".mdb", ".msb", ".ndb", ".ldb", ".cdb",
                     ".idb", ".fp", ".sfp", ".ign2", ".yar", ".yara", ".pdb", ".wdb", ".ftm", ".cbc", ".crb")
# ClamAV cannot scan files of 2 GiB or more; below that, lift its default limits (100 MB a file):
# recordings are large. A file over a limit is reported with this name when --alert-exceeds-max is on.
LIMIT = "2000M"
EXCEEDED = "Heuristics.Limits.Exceeded"
_FOUND = re.compile(r"^(?P<path>.+): (?P<name>\S+) FOUND$")
_VERSION = re.compile(r"ClamAV (?P<engine>[0-9][0-9A-Za-z.\-]*)")


class VirusCheckUnavailable(IntakeError):
    """No virus check can be made: ClamAV is not installed, or it has no signature database."""

    def __init__(self, reason: str, database: str = "") -> None:
        super().__init__(f"no virus check: {reason}")
        self.reason = reason
        """``no_scanner``, ``no_database`` or ``failed``."""
        self.database = database


class VirusFoundError(IntakeError):
    """ClamAV found something in an opened file: nothing is bagged."""

    def __init__(self, found: list[tuple[str, str]]) -> None:
        super().__init__("virus check: " + "; ".join(f"{p}: {n}" for p, n in found))
        self.found = found
        """(path relative to the scanned directory, signature name) for each file found."""


@dataclass(frozen=True)
class ScanResult:
    engine: str
    """``ClamAV 1.4.6``."""
    databases: tuple[tuple[str, str], ...]
    """(file name, SHA-256) of every signature file used."""
    found: tuple[tuple[str, str], ...] = ()
    not_scanned: tuple[str, ...] = field(default=())
    """Files over ClamAV's size limits (2 GiB): checked by nothing, said so."""

    @property
    def clean(self) -> bool:
        return not self.found

    def detail(self) -> dict[str, Any]:
        """The custody event's detail (becomes the PREMIS event's detail)."""
        out = {"tool": self.engine,
               "signatures": "; ".join(f"{name} sha256:{digest}" for name, digest in self.databases)}
        if self.found:
            out["found"] = "; ".join(f"{p}: {n}" for p, n in self.found)
        if self.not_scanned:
            out["not_scanned"] = "; ".join(self.not_scanned)
        return out


def database_files(database: Path) -> list[Path]:
    """The signature files ``clamscan -d database`` would load (a directory or one file)."""
    if database.is_file():
        return [database] if database.suffix in DATABASE_SUFFIXES else []
    if not database.is_dir():
        return []
    return sorted(p for p in database.iterdir() if p.is_file() and p.suffix in DATABASE_SUFFIXES)


def _sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def scan(directory: Path | str, database: Path | str | None = None) -> ScanResult:
    """Scan every file under ``directory`` with ClamAV against ``database`` (default
    ``/var/lib/clamav``). Raises :class:`VirusCheckUnavailable` when no scan can be made."""
    root = Path(directory)
    db = Path(database) if database is not None else DEFAULT_DATABASE
    program = tool_path("clamscan")
    if program is None:
        raise VirusCheckUnavailable("no_scanner")
    files = database_files(db)
    if not files:
        raise VirusCheckUnavailable("no_database", str(db))
    version = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=60, check=False)
    match = _VERSION.search(version.stdout)
    engine = f"ClamAV {match.group('engine')}" if match else "ClamAV"
    run = subprocess.run(
        [program, "--no-summary", "--infected", "--stdout", "--recursive", "--database", str(db),
         f"--max-filesize={LIMIT}", f"--max-scansize={LIMIT}", "--alert-exceeds-max=yes", "--", str(root)],
        capture_output=True, text=True, timeout=3600, check=False)
    found: list[tuple[str, str]] = []
    over: list[str] = []
    for line in run.stdout.splitlines():
        m = _FOUND.match(line.strip())
        if not m:
            continue
        path = Path(m.group("path"))
        rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        name = m.group("name")
        if name.startswith(EXCEEDED):
            over.append(rel)
        else:
            found.append((rel, name))
    # 0: nothing found; 1: something found; anything else: the scan itself failed.
    if run.returncode not in (0, 1) or (run.returncode == 1 and not found and not over):
        raise VirusCheckUnavailable("failed", (run.stderr.strip().splitlines() or [""])[-1])
    return ScanResult(engine=engine, databases=tuple((p.name, _sha256(p)) for p in files),
                      found=tuple(sorted(found)), not_scanned=tuple(sorted(over)))


def check_available(database: Path | str | None = None) -> None:
    """Raise :class:`VirusCheckUnavailable` when :func:`scan` could not run (no ClamAV, no signatures)."""
    if tool_path("clamscan") is None:
        raise VirusCheckUnavailable("no_scanner")
    db = Path(database) if database is not None else DEFAULT_DATABASE
    if not database_files(db):
        raise VirusCheckUnavailable("no_database", str(db))


def check_opening(opened: Path | str, key: Any = None,
                  database: Path | str | None = None) -> ScanResult | None:
    """Scan what ``intake open`` (or the archive desk) just wrote, before anyone opens a file.
    With a custody ``key`` the result is a signed ``virus check`` event in the opening's custody
    log, on the object its last event names (the bundle, or an identity opening's manifest), with
    outcome ``failure`` when something was found. Nothing is deleted: the opening stays as the
    device sealed it. None when no check can be made (nothing claimed); raises
    :class:`VirusCheckUnavailable` (reason ``failed``) when ClamAV could not scan."""
    from intake_app.archive import custody

    root = Path(opened)
    try:
        result = scan(root, database)
    except VirusCheckUnavailable as exc:
        if exc.reason == "failed":
            raise
        return None
    if key is not None and custody.log_path(root).is_file():
        events = custody.verify_log(root)
        custody.append(root, key, "virus check", obj=events[-1].object if events else "",
                       outcome="success" if result.clean else "failure", **result.detail())
    return result
