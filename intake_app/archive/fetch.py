# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake fetch``: download new sealed bundles from the receiver's staff API, check each one
against its receipt and the public log (signature, hash, size, inclusion proof), keep it sealed in
``ARCHIVE/incoming`` and start its custody log (see :mod:`intake_app.archive.chain`).

Guarantees: a bundle appears under ``incoming/SHA256.tib`` only after its bytes hashed to the
logged value and its receipt's inclusion proof verified; its custody log then records receipt,
transfer, validation, fixity check and ingest (a failed check is recorded as a failure event and
nothing is kept); a partial download never has the final name; running again fetches nothing
already there (idempotent). Never: decrypts anything, sends
the staff credential anywhere but the configured receiver, follows redirects.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.signing
import socks

from intake_app.archive import custodians, custody
from intake_app.home import paths
from intake_app.text.errors import IntakeError
from intake_app.transport import LOOPBACK_HOSTS
from intake_app.transport.socks_http import SocksHTTPConnection
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog


class FetchError(IntakeError):
    """The receiver could not be reached or answered something unexpected."""


class ClientCheckpointError(FetchError):
    """A checkpoint handed in from an interviewer's device cannot be checked: not signed by the
    archive's receipt key, or the archive has no verified checkpoint of its own yet."""


class ReceiverAnswerError(FetchError):
    """The receiver answered with an HTTP error status."""


class FetchIntegrityError(FetchError):
    """A downloaded bundle did not match its receipt or log entry (nothing kept)."""

    def __init__(self, sha256: str, detail: str) -> None:
        super().__init__(f"{sha256}: {detail}")
        self.sha256 = sha256
        self.detail = detail


class TooFewCosignaturesError(FetchError):
    """A checkpoint of the receiver's log lacks the witness cosignatures the archive's profile requires
    (a receiver showing a fork cannot get them; SPEC 3.5). Nothing is fetched."""


class LogForkError(FetchError):
    """The receiver's log does not extend the checkpoint this archive verified before, or no longer
    holds a receipt already fetched: a fork or a rollback (security-review F10). Nothing is fetched."""

    def __init__(self, held: tlog.Checkpoint, shown: tlog.Checkpoint, detail: str) -> None:
        super().__init__(f"{detail} (verified before: {held.size} entries, root {_b64(held.root)}; "
                         f"receiver now shows: {shown.size} entries, root {_b64(shown.root)})")
        self.held, self.shown, self.detail = held, shown, detail


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@dataclass
class FetchResult:
    fetched: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)


class StaffClient:
    """The staff side of the receiver's HTTP API, direct (loopback) or through a tor SOCKS port."""

    def __init__(self, host: str, port: int, token: str, *, socks_addr: tuple[str, int] | None = None,
                 timeout: float = 120.0) -> None:
        self.host, self.port, self.token, self.socks, self.timeout = host, port, token, socks_addr, timeout

    def _conn(self) -> http.client.HTTPConnection:
        if self.socks is None:
            return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return SocksHTTPConnection(self.host, self.port, (self.socks[0], self.socks[1]), self.timeout)

    def _get(self, path: str, staff: bool) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        conn = self._conn()
        headers = {"Authorization": f"Bearer {self.token}"} if staff else {}
        try:
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
        except (OSError, socks.ProxyError, http.client.HTTPException) as exc:
            conn.close()
            raise FetchError(f"receiver unreachable: {exc}") from exc
        if resp.status != 200:
            conn.close()
            raise ReceiverAnswerError(f"receiver answered {resp.status} for {path.split('?')[0]}")
        return conn, resp

    def json(self, path: str, staff: bool = False) -> Any:
        conn, resp = self._get(path, staff)
        try:
            return json.loads(resp.read(1 << 22))
        except json.JSONDecodeError as exc:
            raise FetchError("receiver answered something that is not JSON") from exc
        finally:
            conn.close()

    def text(self, path: str) -> str:
        conn, resp = self._get(path, False)
        try:
            return resp.read(1 << 16).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FetchError("receiver answered something that is not text") from exc
        finally:
            conn.close()

    def download(self, sha256: str, dest: Path, expected_size: int) -> str:
        """Stream a bundle into ``dest``; return its SHA-256 (hex)."""
        conn, resp = self._get(f"/v1/staff/bundles/{sha256}", True)
        h, n = hashlib.sha256(), 0
        try:
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                while chunk := resp.read(1 << 20):
                    n += len(chunk)
                    if n > expected_size:
                        raise FetchIntegrityError(sha256, "more bytes than the log entry says")
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        finally:
            conn.close()
        if n != expected_size:
            raise FetchIntegrityError(sha256, "size differs from the log entry")
        return h.hexdigest()


class _LogView:
    """The receiver's log as this archive has verified it: the pinned checkpoint, moved forward only
    by a verified consistency proof; any other answer is a :class:`LogForkError` on record."""

    def __init__(self, archive: Path, client: StaffClient, receipt_public_key: bytes,
                 key: nacl.signing.SigningKey, witnesses: Sequence[tlog.Cosigner] = (),
                 witness_threshold: int = 0) -> None:
        self.dir, self.client, self.public_key, self.key = archive / "log-seen", client, receipt_public_key, key
        self.witnesses, self.witness_threshold = list(witnesses), witness_threshold
        self.origin = receipts.log_origin(receipt_public_key)
        self.pinned: tlog.Checkpoint | None = None
        path = self.dir / "checkpoint"
        if path.exists():  # written only after verification; re-verified at every read
            self.pinned = tlog.open_checkpoint(path.read_text(encoding="utf-8"), self.origin, receipt_public_key)

    def fork(self, shown: tlog.Checkpoint, detail: str) -> LogForkError:
        held = self.pinned or shown
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        custody.append(self.dir, self.key, "validation", obj=self.origin, outcome="failure",
                       check="receipt log consistency", error=detail, held_size=str(held.size),
                       held_root=_b64(held.root), shown_size=str(shown.size), shown_root=_b64(shown.root))
        return LogForkError(held, shown, detail)

    def _prove(self, old: tlog.Checkpoint, new: tlog.Checkpoint) -> None:
        try:
            answer = self.client.json(f"/v1/log/consistency?old={old.size}&new={new.size}")
        except ReceiverAnswerError as exc:
            raise tlog.ProofError(f"no consistency proof: {exc}") from exc
        proof = answer.get("proof") if isinstance(answer, dict) else None
        if not isinstance(proof, list) or not all(isinstance(p, str) for p in proof):
            raise tlog.ProofError("no consistency proof")
        try:
            hashes = [base64.b64decode(p, validate=True) for p in proof]
        except ValueError as exc:
            raise tlog.ProofError("consistency proof is not base64") from exc
        tlog.verify_consistency(old.size, new.size, old.root, new.root, hashes)

    def cosigned(self, note: str) -> None:
        """The receiver's checkpoint must carry the cosignatures the profile requires (SPEC 3.5)."""
        try:
            tlog.require_cosignatures(note, self.witnesses, self.witness_threshold)
        except tlog.TlogError as exc:
            raise TooFewCosignaturesError(str(exc)) from exc

    def advance(self, note: str, shown: tlog.Checkpoint) -> None:
        """Accept ``shown`` only if it and the pinned checkpoint are one log; pin it if larger."""
        self.cosigned(note)
        old = self.pinned
        if old is not None:
            try:
                if shown.size >= old.size:
                    self._prove(old, shown)
                else:
                    self._prove(shown, old)
            except tlog.TlogError as exc:
                raise self.fork(shown, "the receiver's log does not extend the one verified before") from exc
        if old is None or shown.size > old.size:
            self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            paths.write_private(self.dir / "checkpoint", note.encode("utf-8"))
            self.pinned = shown

    def advance_proven(self, note: str, shown: tlog.Checkpoint) -> None:
        """Pin a larger checkpoint a client saw, once proven (a client's may predate witnesses)."""
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        paths.write_private(self.dir / "checkpoint", note.encode("utf-8"))
        self.pinned = shown

    def check_client(self, note: str) -> tlog.Checkpoint:
        """A checkpoint a client saw (gossip, issue 19 item 4): it must be signed by the receipt key
        and be one log with the pinned checkpoint, which the receiver must prove; a larger one is
        pinned after its proof. A client shown a private fork is caught here, even when the
        receiver shows staff only the honest log."""
        try:
            seen = tlog.open_checkpoint(note, self.origin, self.public_key)
        except (ValueError, tlog.TlogError) as exc:
            raise ClientCheckpointError(f"a client's checkpoint is not signed by the archive's receipt key: {exc}") from exc
        held = self.pinned
        if held is None:
            raise ClientCheckpointError("no verified checkpoint of the archive's own yet to compare a client's with")
        try:
            if seen.size == held.size:
                if seen.root != held.root:
                    raise tlog.ProofError("two different trees of the same size")
            elif seen.size < held.size:
                self._prove(seen, held)
            else:
                self._prove(held, seen)
        except tlog.TlogError as exc:
            raise self.fork(seen, "a client was shown a log that is not the one this archive verified") from exc
        if seen.size > held.size:
            self.advance_proven(note, seen)  # proven just now: pin it
        return seen

    def check_held(self, incoming: Path) -> None:
        """Every receipt already fetched must still be in the log, in a tree consistent with the pin."""
        for path in sorted(incoming.glob("*.receipt.json")):
            try:
                held, _ = receipts.verify_submission(
                    receipts.SubmissionProof.from_json(json.loads(path.read_text(encoding="utf-8"))), self.public_key)
            except (OSError, ValueError, receipts.ReceiptError) as exc:
                raise FetchError(f"a kept receipt does not verify: {path.name}") from exc
            note = ""
            try:
                entry = receipts.SubmissionProof.from_json(self.client.json(f"/v1/log/entry?index={held.log_index}"))
                now, checkpoint = receipts.verify_submission(entry, self.public_key)
                note = entry.checkpoint_note
            except (receipts.ReceiptError, ReceiverAnswerError) as exc:
                raise self.fork(self.pinned or tlog.Checkpoint(self.origin, 0, b""),
                                f"the receiver's log no longer proves entry {held.log_index}") from exc
            if now.text() != held.text():
                raise self.fork(checkpoint, f"entry {held.log_index} of the receiver's log is no longer the receipt "
                                            f"of bundle {path.name.removesuffix('.receipt.json')}")
            self.advance(note, checkpoint)


@dataclass(frozen=True)
class ServedReveals:
    note: str  # the served reveal checkpoint (signed note)
    checkpoint: tlog.Checkpoint
    anchored: int | None  # the size of the newest anchored head, None before the first anchor
    anchor_index: int | None  # its entry in the receipt log


def check_served_reveals(client: StaffClient, public_key: bytes, held: Sequence[tlog.Checkpoint],
                         receipt_checkpoint: Any) -> ServedReveals:
    """The receiver's reveal log (SPEC 2.13 "Anchoring"), as anyone can check it: the served
    checkpoint is signed by the receipt key; it extends every reveal checkpoint in ``held``
    (consistency proofs, ``RevealLogForkError`` naming the held size); the receipt log's newest
    anchor is included in a signed receipt checkpoint, handed to ``receipt_checkpoint(note, cp)``
    (which must check it against the receipt log the caller trusts), and the served reveal log
    extends the anchored head (``RevealLogRewrittenError``)."""
    from intake_app.archive import reveal_log

    origin = reveal_log.origin(public_key)
    note = client.text("/v1/reveals/checkpoint")
    try:
        shown = tlog.open_checkpoint(note, origin, public_key)
    except tlog.TlogError as exc:
        raise FetchError(f"the receiver's reveal checkpoint is not signed by the archive's receipt key: {exc}") from exc

    def extends(old_size: int, old_root: bytes) -> bool:
        if old_size == 0 or old_size == shown.size:
            return old_size != shown.size or old_root == shown.root
        if old_size > shown.size:
            return False
        try:
            answer = client.json(f"/v1/reveals/consistency?old={old_size}&new={shown.size}")
            hashes = [base64.b64decode(h, validate=True) for h in answer["proof"]]
            tlog.verify_consistency(old_size, shown.size, old_root, shown.root, hashes)
        except (ReceiverAnswerError, tlog.TlogError, ValueError, KeyError, TypeError):
            return False
        return True

    for cp in held:
        if not extends(cp.size, cp.root):
            raise reveal_log.RevealLogForkError(cp.size, "the served reveal log does not extend a checkpoint held")
    try:
        anchor = client.json("/v1/reveals/anchor")
    except ReceiverAnswerError:
        return ServedReveals(note, shown, None, None)  # nothing anchored yet
    try:
        found = reveal_log.anchors_in([str(anchor["entry"])], origin)
        index = int(anchor["index"])
        receipt_origin = receipts.log_origin(public_key)
        cp = tlog.open_checkpoint(str(anchor["checkpoint"]), receipt_origin, public_key)
        tlog.verify_inclusion(tlog.leaf_hash(str(anchor["entry"]).encode("utf-8")), index, cp.size,
                              [base64.b64decode(h, validate=True) for h in anchor["inclusion_proof"]], cp.root)
    except (tlog.TlogError, ValueError, KeyError, TypeError) as exc:
        raise FetchError(f"the receiver's reveal anchor does not verify: {exc}") from exc
    if not found:
        raise FetchError("the receiver's reveal anchor is not an anchor of this archive's reveal log")
    receipt_checkpoint(str(anchor["checkpoint"]), cp)
    if not extends(found[0].size, found[0].root):
        raise reveal_log.RevealLogRewrittenError(index, found[0].size)
    return ServedReveals(note, shown, found[0].size, index)


def _reveals(view: _LogView) -> None:
    """Staff fetch's check of the served reveal log against its anchor and the reveal checkpoint
    this archive pinned before (``log-seen/reveal-checkpoint``): any failure is a ``validation``
    failure on record in ``log-seen`` and stops the fetch before a download."""
    from intake_app.archive import reveal_log

    origin = reveal_log.origin(view.public_key)
    pin_path = view.dir / "reveal-checkpoint"
    held = [tlog.open_checkpoint(pin_path.read_text(encoding="utf-8"), origin, view.public_key)] \
        if pin_path.exists() else []
    try:
        served = check_served_reveals(view.client, view.public_key, held, view.advance)
    except reveal_log.RevealLogError as exc:
        detail = ("the served reveal log does not extend its anchored head"
                  if isinstance(exc, reveal_log.RevealLogRewrittenError) else "reveal log shrank or forked")
        view.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        custody.append(view.dir, view.key, "validation", obj=origin, outcome="failure", check="reveal log anchor",
                       error=detail)
        raise
    if served.checkpoint.size:
        view.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        paths.write_private(pin_path, served.note.encode("utf-8"))


def fetch(archive: Path, client: StaffClient, receipt_public_key: bytes, key: nacl.signing.SigningKey,
          client_checkpoints: Sequence[str] = (), *, witnesses: Sequence[tlog.Cosigner] = (),
          witness_threshold: int = 0) -> FetchResult:
    """Fetch every bundle not yet in ``archive/incoming``; see the module docstring. The custody
    key must be a registered custodian of ``archive`` when it has a register (issue 19). With
    ``witness_threshold`` K (the profile's) every checkpoint the receiver shows must carry K valid
    cosignatures of ``witnesses`` (:class:`TooFewCosignaturesError`, before any download)."""
    custodians.check_signers(archive, None, key)
    incoming = archive / "incoming"
    incoming.mkdir(mode=0o700, parents=True, exist_ok=True)
    result = FetchResult()
    view = _LogView(archive, client, receipt_public_key, key, witnesses, witness_threshold)
    note = client.text("/v1/log/checkpoint")
    try:
        latest = tlog.open_checkpoint(note, view.origin, receipt_public_key)
    except tlog.TlogError as exc:
        raise FetchError(f"the receiver's checkpoint is not signed by the archive's receipt key: {exc}") from exc
    view.advance(note, latest)
    view.check_held(incoming)
    for seen in client_checkpoints:  # checkpoints interviewers' devices saw (gossip), before any download
        view.check_client(seen)
    _reveals(view)
    listing = client.json("/v1/staff/bundles", staff=True)
    for entry in listing.get("bundles", []) if isinstance(listing, dict) else []:
        sha256, size, index = str(entry.get("sha256", "")), entry.get("size"), entry.get("log_index")
        salt = entry.get("salt")
        if not re.fullmatch(r"[0-9a-f]{64}", sha256) or not isinstance(size, int) or not isinstance(index, int):
            continue  # not (yet) in the log: a receipt is what makes it fetchable
        final = incoming / f"{sha256}.tib"
        if final.exists():
            result.already.append(sha256)
            continue
        log_dir = incoming / f"{sha256}.custody"
        # The public entry shows only a salted commitment; the staff listing's salt opens it (F2).
        proof = receipts.SubmissionProof.from_json(client.json(f"/v1/log/entry?index={index}"))
        proof = proof.with_salt(salt if isinstance(salt, str) and re.fullmatch(r"[0-9a-f]{64}", salt) else None)
        try:
            _receipt, checkpoint = receipts.verify_submission(proof, receipt_public_key, sha256, size)
        except receipts.ReceiptError as exc:
            custody.append(log_dir, key, "validation", obj=sha256, outcome="failure",
                           check="receipt signature and log inclusion proof", error=str(exc))
            raise FetchIntegrityError(sha256, f"receipt or log proof invalid: {exc}") from exc
        view.advance(proof.checkpoint_note, checkpoint)
        partial = incoming / f".{sha256}.partial"
        try:
            try:
                got = client.download(sha256, partial, size)
            except FetchIntegrityError as exc:
                custody.append(log_dir, key, "fixity check", obj=sha256, outcome="failure", algorithm="SHA-256",
                               error=exc.detail)
                raise
            if got != sha256:
                custody.append(log_dir, key, "fixity check", obj=sha256, outcome="failure", algorithm="SHA-256",
                               expected=sha256, got=got)
                raise FetchIntegrityError(sha256, "content hash differs from the receipt")
            receipt_bytes = json.dumps(proof.to_json()).encode("utf-8")
            (incoming / f"{sha256}.receipt.json").write_bytes(receipt_bytes)
            os.replace(partial, final)
        finally:
            partial.unlink(missing_ok=True)
        # The log of a bundle: what the receipt says, the transfer, the checks, then ingest.
        # The receipt file is pinned by its hash (it holds the salt, so the hash is in no public log);
        # not by log index or day: this log travels into identity openings, and a receipt code
        # names the index (issue 18, F2).
        receipt_digest = hashlib.sha256(receipt_bytes).hexdigest()
        custody.append(log_dir, key, "receipt", obj=sha256, receipt_sha256=receipt_digest)
        custody.append(log_dir, key, "transfer", obj=sha256, size=str(size), via="tor" if client.socks else "direct",
                       source=client.host)
        custody.append(log_dir, key, "validation", obj=sha256, check="receipt signature and log inclusion proof",
                       receipt_sha256=receipt_digest)
        custody.append(log_dir, key, "fixity check", obj=sha256, algorithm="SHA-256", digest=got, size=str(size))
        custody.append(log_dir, key, "ingest", obj=sha256, stored_as=f"incoming/{sha256}.tib",
                       receipt_file=f"incoming/{sha256}.receipt.json")
        result.fetched.append(sha256)
    return result


def fetch_from(archive: Path, token: str, key: nacl.signing.SigningKey, *, receiver_url: str | None = None,
               tor_socks: tuple[str, int] | None = None, staff_onion: str | None = None,
               torrc_extra: Sequence[str] = (), onion_auth_dir: Path | None = None,
               client_checkpoints: Sequence[str] = ()) -> FetchResult:
    """Fetch into ``archive`` the way ``intake fetch`` does: from a loopback ``receiver_url``, or over
    Tor (a running tor's SOCKS port, else a tor started for this fetch in ``ARCHIVE/fetch-tor``
    with ``torrc_extra`` lines and, for a staff onion, the client key in ``onion_auth_dir``)."""
    custodians.check_signers(archive, None, key)  # before tor starts (issue 19)
    import urllib.parse

    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(archive / "profile.json")
    policy: dict[str, Any] = {"witnesses": profile.cosigners(), "witness_threshold": profile.witness_threshold}
    if receiver_url:
        parts = urllib.parse.urlsplit(receiver_url)
        if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
            raise FetchError("a receiver address other than an onion must be http:// on loopback; use tor otherwise")
        client = StaffClient(parts.hostname, parts.port or 80, token)
        return fetch(archive, client, profile.receipt_public_key, key, client_checkpoints, **policy)
    onion = staff_onion or profile.receiver_onion
    if not onion:
        raise FetchError("the profile names no onion address; give the receiver's local address on the receiving machine")
    if tor_socks is not None:
        return fetch(archive, StaffClient(onion, 80, token, socks_addr=tor_socks), profile.receipt_public_key, key,
                     client_checkpoints, **policy)
    from intake_app.archive import staff_onion as staff_onion_keys
    from intake_app.transport import tor

    lines = list(torrc_extra)
    if onion_auth_dir is not None:
        lines += staff_onion_keys.client_torrc_lines(onion_auth_dir)
    connection = tor.launch_tor(archive / "fetch-tor", extra_lines=lines)
    try:
        client = StaffClient(onion, 80, token, socks_addr=(connection.socks_host, connection.socks_port))
        return fetch(archive, client, profile.receipt_public_key, key, client_checkpoints, **policy)
    finally:
        connection.close()


def incoming(archive: Path) -> list[tuple[str, int]]:
    """The fetched bundles kept sealed in ``ARCHIVE/incoming``: (SHA-256, size), oldest first."""
    directory = archive / "incoming"
    found = [p for p in directory.glob("*.tib") if re.fullmatch(r"[0-9a-f]{64}", p.stem)] if directory.is_dir() else []
    return [(p.stem, p.stat().st_size) for p in sorted(found, key=lambda p: p.stat().st_mtime)]
