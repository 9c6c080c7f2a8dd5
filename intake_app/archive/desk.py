# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive staff's desk, Qt-free: open a key file, verify or open a sealed bundle, and turn
the outcome into a list of named checks (passed / failed / not checked), plus a BagIt export of
an opened bundle, both recorded in the bundle's signed custody log.

This is what the GUI's archive mode calls. Custody is the archive area's service, the same one
the command line uses: a custodian's Ed25519 custody key (created on first use with a
passphrase, :func:`unlock_custody_key`), the hash-chained signed log continued from the fetch's
log (:mod:`intake_app.archive.chain`), and the PREMIS-carrying bag of
:func:`intake_app.archive.bag.export_bag`. Guarantees: verifying writes nothing; opening writes
plaintext only into the directory the staff member chose, and only after every check passed
(the bundle service's guarantee) and the carried custody log verified. Never: keeps a
passphrase or an age key after the call returns (the custody key is returned to the caller,
which decides how long to hold it); writes plaintext outside the chosen directory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.home import paths
from intake_app.sealing import service as bundle_service
from intake_app.text.errors import IntakeError

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
    # Which device sealed it (issue 19): {"status": "enrolled", "interviewer_code": "IV-07", ...},
    # {"status": "unknown", "reason": ...} or {"status": "not checked", ...}; see archive/report.py.
    device: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(c.status != "failed" for c in self.checks)

    @property
    def error(self) -> BaseException | None:
        return next((c.error for c in self.checks if c.error is not None), None)


class CustodyKeyMissing(IntakeError):
    """No custody key file at the path, and no passphrase was given to create one."""

    def __init__(self, path: str) -> None:
        super().__init__(f"no custody key at {path}")
        self.path = path


@dataclass(frozen=True)
class CustodyKeyInfo:
    """What staff see about their custody key: where it is and its key id (never the key)."""

    path: str
    key_id: str
    created: bool


@dataclass
class CustodyState:
    """A custody log as shown to staff: its events, and whether the whole chain verified."""

    events: list[dict[str, str]]
    intact: bool
    error: BaseException | None = None


def default_custody_key_path() -> Path:
    return paths.home() / "keys" / "custody.key"


def unlock_custody_key(path: Path | str, passphrase: str | None, *,
                       create: bool = False) -> tuple[nacl.signing.SigningKey, CustodyKeyInfo]:
    """Read the custody key at ``path``; with ``create`` and no file there, make a new one
    protected by ``passphrase`` (the same format as ``intake archive custody-key``)."""
    from intake_crypto.bundle.signing import key_id, read_signing_key, write_signing_key

    target = Path(path)
    if target.exists():
        key = read_signing_key(target, passphrase)
        return key, CustodyKeyInfo(str(target), key_id(bytes(key.verify_key)), False)
    if not create or not passphrase:
        raise CustodyKeyMissing(str(target))
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = nacl.signing.SigningKey.generate()
    write_signing_key(target, key, passphrase)
    return key, CustodyKeyInfo(str(target), key_id(bytes(key.verify_key)), True)


def read_identities(path: Path | str, passphrase: str | None) -> list[Any]:
    """The age identities in a key file (passphrase-protected or not)."""
    from intake_crypto.age.keyfile import read_identity_file

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
        from intake_app.archive import report as verification

        report.device = verification.device(result, verification.archive_profile_key(path))
    return report


def verify(path: Path | str, identities: Sequence[Any]) -> DeskReport:
    """Run every check without writing plaintext anywhere."""
    try:
        result = bundle_service.verify_bundle(Path(path), identities, strict_keys=False)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a red check with its typed error
        return _report(Path(path), None, exc)
    return _report(Path(path), result, None)


def open_into(path: Path | str, identities: Sequence[Any], out_dir: Path | str,
              custody_key: nacl.signing.SigningKey | None = None) -> DeskReport:
    """Check, then write what the keys open into ``out_dir`` (only if every check passed); with a
    custody key, continue the bundle's custody log there (capture, seal, validation, decryption)."""
    from intake_app.archive import chain

    if custody_key is not None:
        chain.check_carried(path)  # a fetch log that does not verify stops the opening (raises)
    try:
        result = bundle_service.open_bundle(Path(path), identities, Path(out_dir), strict_keys=False)
    except Exception as exc:  # noqa: BLE001 - as in verify()
        return _report(Path(path), None, exc)
    report = _report(Path(path), result, None)
    from intake_app.archive import report as verification  # the same report ``intake open`` writes

    data = verification.write(result, Path(path), Path(out_dir))
    from intake_app.archive import sip  # the submission as received travels into the AIP (issue 21)

    sip.keep(Path(path), Path(out_dir), data)
    report.device = data["device"]
    if custody_key is not None:
        chain.record_opening(Path(path), Path(out_dir), result, data, custody_key)
        from intake_app.archive import virus

        # ClamAV over what was written, before anyone opens a file: a signed event the custody
        # list shows ("virus check ... failure" when something was found; issue 21).
        virus.check_opening(out_dir, custody_key)
    own = chain.own_archive(path)
    if own is not None and report.ok:  # the archive's publication index stays up to date (issue 18)
        from intake_app.archive import release

        release.count_opening(own, out_dir)
    return report


def export_bagit(opened_dir: Path | str, bag_dir: Path | str, custody_key: nacl.signing.SigningKey,
                 organization: str | None = None, archive: Path | str | None = None) -> Path:
    """The archive's preservation bag of an opened bundle (BagIt 1.0 with SHA-256 and SHA-512, the
    custody log and its PREMIS XML inside), with a signed ``export`` event; as ``intake export-bag``.
    Every opened file is re-checked against its side's device-signed manifest first
    (``IntegrityError`` and a signed failure event otherwise). With ``archive`` (the archive the
    bundle was opened from) the custody log's signers and the custody key must be registered
    custodians of it (issue 19)."""
    from intake_app.archive import bag

    return bag.export_bag(opened_dir, bag_dir, custody_key, organization=organization, archive=archive)


def custody_state(directory: Path | str, archive: Path | str | None = None) -> CustodyState:
    """The custody log in ``directory``, verified from its first record to its last; with
    ``archive`` (the archive it was opened from) every signer must be in its custodian register."""
    from intake_app.archive import custodians, custody

    if not custody.log_path(directory).exists():
        return CustodyState([], True)
    try:
        events = custody.verify_log(directory, custodians.registered_keys(archive))
    except custody.CustodyError as exc:
        return CustodyState([], False, exc)
    return CustodyState([{"seq": str(e.seq), "at": e.at, "event": e.type, "outcome": e.outcome,
                          "agent": e.agent[:12]} for e in events], True)


@dataclass(frozen=True)
class FetchOutcome:
    """What a fetch brought: how many new bundles, how many were already here."""

    fetched: int
    already: int


def fetch_bundles(archive_dir: Path | str, token_file: Path | str, custody_key: nacl.signing.SigningKey, *,
                  staff_onion: str = "", onion_auth_dir: Path | str | None = None,
                  torrc_extra: Sequence[str] = ()) -> FetchOutcome:
    """Download new sealed bundles into ``ARCHIVE/incoming`` as ``intake fetch`` does (receipts and
    log inclusion checked, custody log started, nothing decrypted). Over Tor normally; for the
    local demo archive (its profile names no onion) from its receiver run on loopback for the call."""
    from intake_app.archive import demo, fetch
    from intake_crypto.bundle.profile import load_profile

    archive = Path(archive_dir)
    if not staff_onion and not load_profile(archive / "profile.json").receiver_onion:
        server = demo.start_receiver(archive)  # creates the demo's staff token on first start
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
            result = fetch.fetch_from(archive, token, custody_key, receiver_url=server.url)
        finally:
            server.stop()
    else:
        token = Path(token_file).read_text(encoding="utf-8").strip()
        result = fetch.fetch_from(archive, token, custody_key, staff_onion=staff_onion or None,
                                  onion_auth_dir=Path(onion_auth_dir) if onion_auth_dir else None,
                                  torrc_extra=torrc_extra)
    return FetchOutcome(len(result.fetched), len(result.already))


def incoming_bundles(archive_dir: Path | str) -> list[tuple[str, int, str]]:
    """Fetched bundles waiting in ``ARCHIVE/incoming``: (SHA-256, size, path)."""
    from intake_app.archive import fetch

    archive = Path(archive_dir)
    return [(sha, size, str(archive / "incoming" / f"{sha}.tib")) for sha, size in fetch.incoming(archive)]
