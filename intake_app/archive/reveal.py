# SPDX-License-Identifier: GPL-3.0-or-later
"""The reveal ceremony for archives whose identity sides are sealed k-of-n (issue 23, SPEC 2.13).

:func:`release_share`: one custodian, offline, one bundle: their share, checked against its
commitment, age-encrypted (armored) to the requester, and a signed ``share release`` event.
:func:`reveal`: K share files or QR pictures of them (:mod:`.share_qr`; decrypted with the requester's key) rebuild the bundle's one-time
identity key, which opens the identity side only; a signed ``decryption`` event (in the bundle's
custody log beside the sealed file) names the shares and the purpose, and the opening gets its
verification report and its own identity-side custody log, which name the identity manifest's
SHA-256 and never the bundle id or the sealed file's hash (issue 18 item 1). Guarantees: a share opens one bundle; a bad share is named and nothing is
opened; fewer than K shares open nothing and say how many more are needed; the event is written
before the command reports success. Never: writes a share or the recovered key in the clear, or
opens the content side.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.signing

import intake_crypto as crypto
from intake_app.archive import custody, share_qr
from intake_app.archive.reveal_log import RevealLog, verify_events
from intake_app.text.errors import IntakeError
from intake_crypto.bundle import threshold
from intake_crypto.bundle.bundle import identity_header


class NotThresholdSealedError(IntakeError):
    """The bundle's identity side is not sealed to custodians (or the bundle has none)."""


@dataclass(frozen=True)
class Released:
    bundle_id: str
    index: int
    threshold: int
    total: int
    pictures: tuple[Path, ...] = ()  # the QR pictures written (a numbered set if more than one)


def _policy(bundle: Path) -> tuple[str, Any, threshold.Policy]:
    bundle_id, header = identity_header(bundle)
    pol = threshold.policy(header) if header is not None else None
    if pol is None:
        raise NotThresholdSealedError("this bundle's identity side is not sealed to custodians")
    return bundle_id, header, pol


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _logged(reveal_log: RevealLog, record: dict[str, str]) -> dict[str, str]:
    """Append ``record``'s commitment to the public reveal log first (SPEC 2.13 "Reveal log");
    what the custody event keeps to prove it."""
    return reveal_log.append(record).detail()


def release_share(bundle: Path, identities: Sequence[Any], requester: str, out: Path | None,
                  key: nacl.signing.SigningKey, log_dir: Path, purpose: str,
                  reveal_log: RevealLog, qr: Path | None = None) -> Released:
    """Write this custodian's share of ``bundle`` to ``out``, encrypted to ``requester``, and log
    it: in the public reveal log (a commitment, before the share is written) and as a signed
    custody event that holds the record, its nonce and the checkpoint including it."""
    bundle_id, _, pol = _policy(bundle)
    to = crypto.parse_recipient(requester)
    share = threshold.release(pol, identities)
    sealed = crypto.encrypt_bytes(share.to_bytes(), [to], armor=True)
    custody.verify_log(log_dir)  # a broken log stops us before the share leaves
    if out is not None and out.exists():
        raise FileExistsError(str(out))
    if qr is not None:
        for name in share_qr.picture_names(qr, len(share_qr.parts(sealed))):
            if name.exists():
                raise FileExistsError(str(name))
    record: dict[str, Any] = {"event": "share release", "bundle": bundle_id, "purpose": purpose, "share": str(share.index),
              "threshold": f"{pol.threshold} of {pol.total}", "tid": pol.tid.hex()}
    proof: dict[str, Any] = _logged(reveal_log, record)
    if out is not None:
        _write_new(out, sealed)
    pictures = tuple(share_qr.write_pictures(sealed, qr)) if qr is not None else ()
    custody.append(log_dir, key, "share release", obj=bundle_id, **record, **proof)
    return Released(bundle_id, share.index, pol.threshold, pol.total, pictures)


def reveal(bundle: Path, share_files: Sequence[Path], identities: Sequence[Any], out_dir: Path,
           key: nacl.signing.SigningKey, log_dir: Path, purpose: str,
           reveal_log: RevealLog) -> Any:
    """Open the identity side of ``bundle`` into ``out_dir`` from K share files; log it (in the
    public reveal log before anything is opened, then as a signed custody event)."""
    from intake_app.sealing.service import open_bundle

    bundle_id, header, pol = _policy(bundle)
    shares = [threshold.Share.from_bytes(crypto.decrypt_bytes(data, identities))
              for data in share_qr.load_shares([Path(f) for f in share_files])]
    ephemeral = threshold.open_identity(header, shares)
    custody.verify_log(log_dir)
    used = ",".join(str(i) for i in sorted({s.index for s in shares}))
    record: dict[str, Any] = {"event": "reveal", "bundle": bundle_id, "purpose": purpose, "shares": used,
              "threshold": f"{pol.threshold} of {pol.total}", "tid": pol.tid.hex()}
    proof: dict[str, Any] = _logged(reveal_log, record)
    report = open_bundle(bundle, [ephemeral], out_dir, strict_keys=True)
    custody.append(log_dir, key, "decryption", obj=bundle_id, side="identity", mode="threshold reveal",
                   **record, **proof)
    # The opening itself proves what it holds as ``intake open`` does for an identity side: a
    # report and its own custody log naming the identity manifest, never the bundle id or the
    # sealed file's hash (issue 18 item 1; those stay in ``log_dir`` beside the sealed file).
    from intake_app.archive import chain
    from intake_app.archive import report as verification

    data = verification.write(report, bundle, out_dir)
    chain.record_opening(bundle, out_dir, report, data, key)
    return report


def verify_reveals(reveal_log: RevealLog, log_dirs: Sequence[Path]) -> int:
    """Every share release and reveal recorded in these custody logs is in the public reveal log
    (:func:`intake_app.archive.reveal_log.verify_events`); returns how many were checked."""
    # An identity opening's own log (its object the identity manifest) records the opening, not a
    # reveal step: that step's event is in the bundle's log, which names the bundle (issue 18 item 1).
    events = [(e.seq, e.detail) for d in log_dirs for e in custody.verify_log(d)
              if e.type in ("share release", "decryption") and not e.object.startswith(custody.IDENTITY_OBJECT_PREFIX)]
    return verify_events(reveal_log, events)


class ReceiptLogMismatchError(IntakeError):
    """The archive's receipt log files do not match a checkpoint of it (its own or one held)."""


@dataclass(frozen=True)
class AnchorCheck:
    anchors: int  # how many reveal log heads the receipt log anchors
    anchored: int  # the newest anchored reveal log size
    unanchored: int  # reveal log entries after it (the receiver anchors them when it runs)


def _receipt_texts(archive: Path, public_key: bytes, held: Sequence[str]) -> list[str]:
    """The archive's receipt log leaves, checked against its signed checkpoint and every
    checkpoint someone held (each must be a prefix: the log was only appended to)."""
    import base64

    from intake_crypto.bundle import receipt as receipts
    from intake_crypto.bundle import tlog

    path = archive / "log" / "entries"
    raw = path.read_bytes() if path.exists() else b""
    try:
        texts = [base64.b64decode(line, validate=True).decode("utf-8") for line in raw.splitlines()]
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReceiptLogMismatchError("the receipt log is damaged") from exc
    hashes = [tlog.leaf_hash(t.encode("utf-8")) for t in texts]
    notes = list(held)
    if (archive / "log" / "checkpoint").exists():
        notes.append((archive / "log" / "checkpoint").read_text(encoding="utf-8"))
    for note in notes:
        try:
            cp = tlog.open_checkpoint(note, receipts.log_origin(public_key), public_key)
        except tlog.TlogError as exc:
            raise ReceiptLogMismatchError("a receipt log checkpoint does not verify") from exc
        if cp.size > len(hashes) or tlog.root_hash(hashes[: cp.size]) != cp.root:
            raise ReceiptLogMismatchError("the receipt log does not extend a signed checkpoint")
    return texts


def verify_anchors(archive: Path, reveal_log: RevealLog, held: Sequence[str] = ()) -> AnchorCheck:
    """The reveal log against the public receipt log (SPEC 2.13 "Anchoring"): every head the
    receipt log anchors must be a prefix of the reveal log as it is now (a reveal log rewritten,
    even re-signed with the receipt key, fails with ``RevealLogRewrittenError``). The receipt
    log itself must extend its checkpoint and every checkpoint in ``held`` (devices' and staff
    fetch's), which is what keeps the archive from dropping an anchor."""
    from intake_app.archive.reveal_log import check_anchors

    texts = _receipt_texts(archive, reveal_log.public_key, held)
    if (reveal_log.dir / "checkpoint").exists():
        reveal_log.current()
    anchors = check_anchors(reveal_log, texts)
    last = anchors[-1].size if anchors else 0
    return AnchorCheck(len(anchors), last, len(reveal_log.hashes) - last)


def verify_served(client: Any, public_key: bytes, log_dirs: Sequence[Path], reveal_notes: Sequence[str],
                  receipt_notes: Sequence[str]) -> Any:
    """The receiver's reveal log as anyone outside the archive checks it (``intake archive
    verify-reveals --receiver``): it must extend every reveal checkpoint held (given, or kept in
    these custody logs' events) and its newest anchor, whose receipt checkpoint must be
    consistent with every receipt checkpoint held. Returns :class:`fetch.ServedReveals`."""
    import base64

    from intake_app.archive import fetch
    from intake_app.archive.reveal_log import origin
    from intake_crypto.bundle import receipt as receipts
    from intake_crypto.bundle import tlog

    held = list(reveal_notes) + [e.detail["reveal_checkpoint"] for d in log_dirs for e in custody.verify_log(d)
                                 if e.type in ("share release", "decryption") and "reveal_checkpoint" in e.detail]
    try:
        reveal_cps = [tlog.open_checkpoint(n, origin(public_key), public_key) for n in held]
        receipt_cps = [tlog.open_checkpoint(n, receipts.log_origin(public_key), public_key) for n in receipt_notes]
    except tlog.TlogError as exc:
        raise ReceiptLogMismatchError("a checkpoint held is not signed by the archive's receipt key") from exc

    def same_receipt_log(_note: str, shown: tlog.Checkpoint) -> None:
        for cp in receipt_cps:
            old, new = (cp, shown) if cp.size <= shown.size else (shown, cp)
            try:
                if old.size == new.size:
                    if old.root != new.root:
                        raise tlog.ProofError("two trees of one size")
                    continue
                answer = client.json(f"/v1/log/consistency?old={old.size}&new={new.size}")
                tlog.verify_consistency(old.size, new.size, old.root, new.root,
                                        [base64.b64decode(h, validate=True) for h in answer["proof"]])
            except (fetch.ReceiverAnswerError, tlog.TlogError, ValueError, KeyError, TypeError) as exc:
                raise ReceiptLogMismatchError("the served receipt log does not extend a checkpoint held") from exc

    return fetch.check_served_reveals(client, public_key, reveal_cps, same_receipt_log)


def custody_dir(bundle: Path) -> Path:
    """Where a bundle's custody log is: next to it (``incoming/<sha>.custody``, as the fetch starts it)."""
    return bundle.with_suffix(".custody")


def archive_reveal_log(archive: Path, passphrase: str | None) -> RevealLog:
    """The archive folder's reveal log, able to append (its receipt key unlocked with ``passphrase``)."""
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import read_signing_key

    profile = load_profile(archive / "profile.json")
    key = read_signing_key(archive / "keys" / "receipt-signing.key", passphrase)
    return RevealLog(archive, key, bytes(profile.receipt_public_key))
