# SPDX-License-Identifier: GPL-3.0-or-later
"""The submitting side: a resumable, chunked upload of a sealed bundle to the archive, and its receipt.

Guarantees: each chunk carries its SHA-256 and counts as sent only when the receiver acknowledges
that same hash; the upload's state (receiver URL, upload ID, acknowledged offset) is kept in a
:class:`~intake_app.transport.state.TransportState` (the encrypted store in the app, this process's
memory otherwise) so a lost circuit, a restart of the receiver or (with the store) of the app
resumes from the last acknowledged chunk; SOCKS connects run under our own deadline (PySocks with
a socket timeout), with retries and exponential backoff under an overall deadline; :func:`submit`
returns only a receipt verified against the profile's receipt key with a verified log inclusion
proof. Never: writes a receipt, a bundle hash or upload state to a file (F2, F9: a locked
laptop must not lead to the testimony); deletes or changes the bundle; sends anything but the bundle's bytes, its size,
hash and the fresh salt of the receipt's commitment (intake_crypto/SPEC.md 3.3); talks to anything but the profile's onion service (or, for development, ``--insecure-direct``
to loopback).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import json
import os
import re
import secrets
import socket
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import socks

from intake_app.text.errors import IntakeError
from intake_app.transport import LOOPBACK_HOSTS
from intake_app.transport.state import MemoryState, TransportState
from intake_app.transport.tor import TorConnection
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog

_Body = TypeVar("_Body")

ProgressCallback = Callable[[int, int, str], None]
"""(bytes acknowledged, total bytes, phase) with phase in connecting|uploading|retrying|verifying|done."""

# Tor's SOCKS5 extended errors (tor-spec / proposal 304) for onion services.
ONION_ERRORS = {
    0xF0: "onion service descriptor not found",
    0xF1: "onion service descriptor is invalid",
    0xF2: "onion service introduction failed",
    0xF3: "onion service rendezvous failed",
    0xF4: "onion service needs client authorisation",
    0xF5: "onion service client authorisation is wrong",
    0xF6: "onion address is invalid",
    0xF7: "onion service introduction timed out",
}
_PERMANENT_SOCKS = {0xF1, 0xF4, 0xF5, 0xF6}
PIPELINE = 2  # chunk requests in flight: keeps the Tor stream busy while an acknowledgement travels back
# Tor circuits one upload's chunks are spread over (one connection each; SOCKS isolation): 3x to
# 5x one raw stream on the private network (README). After a relay on one circuit dies, the circuits
# still alive carry the rest and the finish while the broken one's worker reconnects holding no
# chunk; a chunk the receiver still writes from the broken circuit is taken over by the worker that
# sends it again (the receiver cuts the dead request: no wait for its slow-body limit), and a chunk
# refused (409) costs no circuit (tests/integration/test_transport_tor.py,
# tests/integration/test_receiver_supersede.py; issue 20 item 5: the stall and the hang of the
# "spread-flaky" scenario before those fixes).
SPREAD_CIRCUITS = 4
CIRCUITS = SPREAD_CIRCUITS
# A spread worker with nothing to send (the rest in flight elsewhere, or a chunk the receiver still
# writes from a broken circuit waiting) asks where the upload stands this often, so the receiver's
# keep-alive idle limit (inbox.Limits.header_seconds, 20 s) does not cut a circuit that works.
KEEPALIVE = 8.0
_IDLE = -1


class SubmitError(IntakeError):
    """Root of submission problems. The bundle is untouched and can be sent again."""


class ReceiverUnreachableError(SubmitError):
    """Could not reach the receiver before the deadline (tor, the onion service or the network)."""

    def __init__(self, detail: str, socks_code: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.socks_code = socks_code


class ReceiverRefusedError(SubmitError):
    """The receiver refused the bundle (too large, quota, disk full, malformed...)."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(f"receiver answered {status} {code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail


class ReceiptInvalidError(SubmitError):
    """The receiver answered, but its receipt or log proof did not verify."""


class LogInconsistentError(ReceiptInvalidError):
    """The archive's receipt log does not extend the checkpoint this client saw before (a fork or rollback)."""


class TooFewCosignaturesError(ReceiptInvalidError):
    """The receipt's checkpoint lacks the witness cosignatures the archive's profile requires
    (a receiver that forked its log cannot get them: the witnesses refuse the fork)."""


class InsecureDirectError(SubmitError):
    """--insecure-direct was given a URL that is not plain HTTP on loopback."""


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    via_tor: TorConnection | None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


def direct_endpoint(url: str) -> Endpoint:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
        raise InsecureDirectError("a connection without tor accepts only http:// on loopback")
    return Endpoint(parts.hostname, parts.port or 80, None)


def onion_endpoint(onion: str, tor: TorConnection) -> Endpoint:
    if not re.fullmatch(r"[a-z2-7]{56}\.onion", onion):
        raise ReceiverUnreachableError(f"not a v3 onion address: {onion!r}", 0xF6)
    return Endpoint(onion, 80, tor)


@dataclass
class RetryPolicy:
    connect_timeout: float = 60.0  # one SOCKS connect (tor itself gives up on onions after ~120 s)
    io_timeout: float = 120.0  # one read or write on an established connection
    deadline: float = 1800.0  # the whole submission
    first_backoff: float = 1.0
    max_backoff: float = 30.0


def _socks_code(exc: BaseException) -> int | None:
    m = re.match(r"0x([0-9a-f]{2})", str(getattr(exc, "msg", "") or exc))
    return int(m.group(1), 16) if m else None


class _Wire:
    """A minimal HTTP/1.1 client connection that allows pipelining (several requests in flight).

    ``http.client`` refuses a second request before the first answer is read; over Tor that idle
    round trip per chunk costs throughput, so chunk PUTs (idempotent) are pipelined here.
    """

    def __init__(self, endpoint: Endpoint, policy: RetryPolicy, remaining: float, isolation: str | None = None,
                 on_socket: Callable[[socket.socket], None] | None = None) -> None:
        """``isolation``: SOCKS credentials for this connection; tor (IsolateSOCKSAuth, its default)
        carries connections with different credentials on different circuits. ``on_socket`` is
        given the socket before the (possibly long) connect, so another thread can cut it."""
        self.endpoint = endpoint
        connect_timeout = max(1.0, min(policy.connect_timeout, remaining))
        tor = endpoint.via_tor
        if tor is None:
            sock = socket.create_connection((endpoint.host, endpoint.port), timeout=connect_timeout)
        else:
            sock = socks.socksocket()
            sock.set_proxy(socks.SOCKS5, tor.socks_host, tor.socks_port, rdns=True,
                           username=isolation, password=isolation)
            sock.settimeout(connect_timeout)  # covers the SOCKS handshake: tor answers only once connected
            if on_socket is not None:
                on_socket(sock)
            try:
                sock.connect((endpoint.host, endpoint.port))
            except BaseException:
                sock.close()
                raise
        sock.settimeout(policy.io_timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = sock
        self.rfile = sock.makefile("rb")
        self.will_close = False

    def send(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> None:
        body = body or b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.endpoint.host}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body)

    def receive(self) -> tuple[int, bytes]:
        status_line = self.rfile.readline(8192)
        if not status_line:
            raise http.client.RemoteDisconnected("receiver closed the connection")
        parts = status_line.split(None, 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
            raise http.client.BadStatusLine(status_line.decode("latin-1", "replace"))
        length, close = 0, False
        for _ in range(100):
            line = self.rfile.readline(8192)
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
            elif name.strip().lower() == "connection" and value.strip().lower() == "close":
                close = True
        if length > 1 << 20:
            raise http.client.HTTPException("answer too large")
        body = self.rfile.read(length)
        if len(body) != length:
            raise http.client.IncompleteRead(body, length - len(body))
        self.will_close = close
        return int(parts[1]), body

    def close(self) -> None:
        for closer in (self.rfile.close, self.sock.close):
            try:  # noqa: SIM105 - left as is while the transport client is being changed on another branch
                closer()
            except OSError:
                pass


def get(endpoint: Endpoint, path: str, policy: RetryPolicy, remaining: float) -> tuple[int, bytes]:
    """One GET on a fresh connection (e.g. the connection assistant's "does the archive answer")."""
    wire = _Wire(endpoint, policy, remaining)
    try:
        wire.send("GET", path, None, {"Connection": "close"})
        return wire.receive()
    finally:
        wire.close()


class _Retry(Exception):
    """Internal: the attempt failed in a way worth retrying."""


class Uploader:
    """One bundle's upload; usable again after a failure (its state is kept in ``state``)."""

    def __init__(self, bundle: Path, endpoint: Endpoint, *, policy: RetryPolicy | None = None,
                 progress: ProgressCallback | None = None, state: TransportState | None = None,
                 circuits: int | None = None) -> None:
        """``circuits``: how many tor circuits carry the chunks (default :data:`CIRCUITS` over tor, 1 direct)."""
        self.bundle = Path(bundle)
        self.circuits = max(1, circuits if circuits is not None else (CIRCUITS if endpoint.via_tor else 1))
        self.endpoint = endpoint
        self.policy = policy or RetryPolicy()
        self.progress = progress or (lambda _a, _b, _c: None)
        self.size = self.bundle.stat().st_size
        self.sha256 = _file_sha256(self.bundle)
        self.state: TransportState = state if state is not None else MemoryState()
        self.conn: _Wire | None = None
        self.attempts = 0
        self.resumed_from: list[int] = []
        self.sent = 0  # chunk bytes put on the wire (re-sent ones counted again)
        # What the upload went through (connects, answers, failures, backoffs), seconds since it
        # began: in memory only, for tests and diagnosis; never written (no offsets beyond chunk
        # positions, no addresses, nothing about the bundle but its chunk offsets).
        self.trace: deque[tuple[float, str]] = deque(maxlen=2000)
        self._t0 = time.monotonic()
        self._tag = secrets.token_hex(8)
        self._connects = 0

    def note(self, text: str) -> None:
        self.trace.append((round(time.monotonic() - self._t0, 2), text))

    # -- state ---------------------------------------------------------------------------------

    def _load_state(self) -> dict[str, Any] | None:
        state = self.state.upload_state(self.sha256)
        if not isinstance(state, dict):
            return None
        # A state without a commitment salt is from before receipts v2: start that upload again.
        return state if (state.get("url") == self.endpoint.url and state.get("size") == self.size
                         and isinstance(state.get("salt"), str)) else None

    def _save_state(self, state: dict[str, Any]) -> None:
        self.state.save_upload_state(self.sha256, dict(state))

    def forget_state(self) -> None:
        """Drop this upload's resume state (done, or the receiver no longer knows it)."""
        self.state.save_upload_state(self.sha256, None)

    # -- HTTP ----------------------------------------------------------------------------------

    def _wire(self, end: float) -> _Wire:
        if self.conn is None:
            try:
                # Fresh SOCKS credentials for each new connection: a fresh circuit, never one tor
                # still deems usable after a relay on it died.
                self._connects += 1
                self.conn = _Wire(self.endpoint, self.policy, end - time.monotonic(),
                                  isolation=f"intake-{self._tag}-{self._connects}")
            except socks.ProxyError as exc:
                raise self._socks_failure(exc) from exc
            except OSError as exc:
                raise _Retry(str(exc) or type(exc).__name__) from exc
        return self.conn

    @staticmethod
    def _socks_failure(exc: socks.ProxyError) -> Exception:
        code = _socks_code(exc)
        if code in _PERMANENT_SOCKS:
            return ReceiverUnreachableError(ONION_ERRORS.get(code or 0, str(exc)), code)
        return _Retry(ONION_ERRORS.get(code or 0, str(exc)))

    def _send(self, method: str, path: str, body: bytes | None, headers: dict[str, str], end: float) -> None:
        wire = self._wire(end)
        try:
            wire.send(method, path, body, headers)
        except OSError as exc:
            self._drop()
            raise _Retry(str(exc) or type(exc).__name__) from exc

    def _receive_raw(self) -> tuple[int, bytes]:
        """The status and body of the answer to what :meth:`_send` sent; a broken answer is a
        :class:`_Retry` (the connection dropped), and a connection the receiver closes is dropped."""
        assert self.conn is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        try:
            status, raw = self.conn.receive()
        except (OSError, ValueError, http.client.HTTPException) as exc:
            self._drop()
            raise _Retry(str(exc) or type(exc).__name__) from exc
        if self.conn is not None and self.conn.will_close:
            self._drop()
        return status, raw

    def _receive(self) -> tuple[int, dict[str, Any]]:
        status, raw = self._receive_raw()
        try:
            data = json.loads(raw) if raw else {}
        except ValueError as exc:
            self._drop()
            raise _Retry("receiver answered something that is not JSON") from exc
        return status, data if isinstance(data, dict) else {}

    def _request(self, method: str, path: str, body: bytes | None, headers: dict[str, str], end: float) -> tuple[int, dict[str, Any]]:
        self._send(method, path, body, headers, end)
        return self._receive()

    def close(self) -> None:
        self._drop()

    def present_checkpoint(self, receipt_public_key: bytes, witnesses: Sequence[tlog.Cosigner] = (),
                           witness_threshold: int = 0) -> None:
        """At the start of a contact, before any byte of the bundle is sent (issue 19 item 4): the
        receiver must prove that its current log extends the checkpoint this client saw last
        (:class:`LogInconsistentError` otherwise, and nothing is sent). A larger checkpoint is kept.
        With ``witness_threshold`` K the log's current checkpoint must carry K valid cosignatures of
        ``witnesses`` (:class:`TooFewCosignaturesError`, nothing sent): a receiver showing a fork
        that the witnesses refused never gets the bundle."""
        held = known_checkpoint(receipt_public_key, self.state)
        if held is None and witness_threshold <= 0:
            return
        origin = held.origin if held is not None else receipts.log_origin(receipt_public_key)
        status, raw = self._log_request("/v1/log/checkpoint", self._receive_raw)
        try:
            note = bytes(raw).decode("utf-8")
            current = tlog.open_checkpoint(note, origin, receipt_public_key)
        except (ValueError, tlog.TlogError) as exc:
            raise LogInconsistentError("the archive did not show a log checkpoint signed by its receipt key") from exc
        if status != 200:
            raise LogInconsistentError("the archive did not show its log")
        if held is not None:
            self.check_consistency(held, current)
        try:  # an empty log too: a receiver showing a log rolled back to nothing gets no bundle
            tlog.require_cosignatures(note, witnesses, witness_threshold)
        except tlog.TlogError as exc:
            raise TooFewCosignaturesError(str(exc)) from exc
        if held is not None and current.size > held.size:
            self.state.save_log_checkpoint(current.origin, note)

    def check_consistency(self, old: tlog.Checkpoint, new: tlog.Checkpoint) -> None:
        """Ask the receiver for a consistency proof between ``old`` and ``new``; raise if the log forked or shrank.

        A receipt may carry a checkpoint older than one this client already holds (two submissions
        answered concurrently): that is fine only if the older tree is a prefix of the newer one,
        which the receiver must prove; a log that really shrank or forked cannot.
        """
        if old.size > new.size:
            try:
                self.check_consistency(new, old)
            except LogInconsistentError as exc:
                raise LogInconsistentError(f"the archive's log went back from {old.size} to {new.size} entries") from exc
            return
        if old.size == new.size:
            if old.root != new.root:
                raise LogInconsistentError("the archive showed two different logs of the same size")
            return
        status, data = self._log_request(f"/v1/log/consistency?old={old.size}&new={new.size}", self._receive)
        proof = data.get("proof")
        if status != 200 or not isinstance(proof, list) or not all(isinstance(p, str) for p in proof):
            raise LogInconsistentError("the archive gave no consistency proof for its log")
        try:
            hashes = [base64.b64decode(p, validate=True) for p in proof]
            tlog.verify_consistency(old.size, new.size, old.root, new.root, hashes)
        except (ValueError, tlog.TlogError) as exc:
            raise LogInconsistentError("the archive's log does not extend the one it showed before") from exc

    def _log_request(self, path: str, receive: Callable[[], tuple[int, _Body]]) -> tuple[int, _Body]:
        """GET a log resource (a checkpoint, a proof) and read the answer with ``receive``, retried
        with backoff for at most five minutes of the deadline; :class:`ReceiverUnreachableError` after."""
        end = time.monotonic() + min(self.policy.deadline, 300.0)
        backoff = self.policy.first_backoff
        while True:
            try:
                self._send("GET", path, None, {}, end)
                return receive()
            except _Retry as exc:
                if time.monotonic() + backoff > end:
                    raise ReceiverUnreachableError(str(exc)) from exc
                time.sleep(backoff)
                backoff = min(backoff * 2, self.policy.max_backoff)

    def _drop(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    @staticmethod
    def _refused(status: int, data: dict[str, Any]) -> ReceiverRefusedError:
        return ReceiverRefusedError(status, str(data.get("error", "")), str(data.get("detail", "")))

    # -- the protocol --------------------------------------------------------------------------

    def run(self) -> receipts.SubmissionProof:
        end = time.monotonic() + self.policy.deadline
        backoff = self.policy.first_backoff
        last_error = "no attempt made"
        while True:
            self.attempts += 1
            try:
                return self._attempt(end)
            except _Retry as exc:
                last_error = str(exc)
                self.note(f"attempt {self.attempts} failed: {last_error}")
            if time.monotonic() + backoff > end:
                self._drop()
                raise ReceiverUnreachableError(last_error)
            self.progress(self._acked(), self.size, "retrying")
            time.sleep(backoff)
            backoff = min(backoff * 2, self.policy.max_backoff)

    def _acked(self) -> int:
        state = self._load_state()
        return int(state["received"]) if state else 0

    def _attempt(self, end: float) -> receipts.SubmissionProof:
        self.progress(self._acked(), self.size, "connecting")
        state = self._load_state()
        if state is not None:
            status, data = self._request("GET", f"/v1/uploads/{state['upload_id']}", None, {}, end)
            if status == 404:
                state = None  # the receiver expired or lost it: start again
            elif status != 200:
                raise self._refused(status, data)
            else:
                state["received"] = int(data["received"])
                self.resumed_from.append(state["received"])
        if state is None:
            salt = receipts.new_salt()  # per upload: the log's commitment to this bundle (F2)
            claim = {"size": self.size, "sha256": self.sha256, "salt": salt}
            status, data = self._request("POST", "/v1/uploads", json.dumps(claim).encode(),
                                         {"Content-Type": "application/json"}, end)
            if status == 429 or status >= 500 and data.get("error") not in ("storage-full", "quota-exceeded"):
                raise _Retry(str(data.get("detail", status)))
            if status != 201:
                raise self._refused(status, data)
            state = {"url": self.endpoint.url, "size": self.size, "upload_id": data["upload_id"],
                     "received": int(data["received"]), "chunk_size": int(data["chunk_size"]), "salt": salt}
        state["ahead"] = int(data.get("ahead", 0) or 0)
        self._save_state(state)
        if self.circuits > 1 and state["ahead"] > 0 and 0 < int(state["chunk_size"]) <= 16 << 20:
            first, self.conn = self.conn, None  # it carries chunks too (idle, it would time out)
            self.conn = _Spread(self, state, end, first).run()  # the finish goes over a circuit that works
        else:
            self._send_chunks(state, end)
        self.progress(self.size, self.size, "verifying")
        status, data = self._request("POST", f"/v1/uploads/{state['upload_id']}/finish", None, {}, end)
        if status == 409:
            raise _Retry("receiver lost the end of the upload")
        if status == 404:
            self.forget_state()
            raise _Retry("receiver forgot the upload")
        if status != 200:
            if status == 422:
                self.forget_state()
            raise self._refused(status, data)
        try:
            proof = receipts.SubmissionProof.from_json(data)
        except receipts.ReceiptError as exc:
            raise ReceiptInvalidError(str(exc)) from exc
        kept = state.get("salt")  # ours, never the receiver's word
        return proof.with_salt(kept if isinstance(kept, str) else None)

    def _send_chunks(self, state: dict[str, Any], end: float) -> None:
        """Send chunks with up to ``PIPELINE`` requests in flight; advance only on matching acknowledgements."""
        chunk_size = max(1 << 16, min(int(state["chunk_size"]), 16 << 20))
        in_flight: list[tuple[int, int, str]] = []  # (offset, length, sha256) sent, not yet acknowledged
        next_offset = int(state["received"])
        with open(self.bundle, "rb") as f:
            while int(state["received"]) < self.size:
                if time.monotonic() > end:
                    raise _Retry("deadline reached")
                while len(in_flight) < PIPELINE and next_offset < self.size:
                    f.seek(next_offset)
                    chunk = f.read(min(chunk_size, self.size - next_offset))
                    digest = hashlib.sha256(chunk).hexdigest()
                    self.progress(int(state["received"]), self.size, "uploading")
                    self._send("PUT", f"/v1/uploads/{state['upload_id']}?offset={next_offset}", chunk,
                               {"Content-Type": "application/octet-stream", "X-Chunk-SHA256": digest}, end)
                    self.sent += len(chunk)
                    in_flight.append((next_offset, len(chunk), digest))
                    next_offset += len(chunk)
                offset, length, digest = in_flight.pop(0)
                status, data = self._receive()
                if status == 200:
                    if data.get("chunk_sha256") != digest or int(data.get("received", -1)) != offset + length:
                        self._drop()
                        raise _Retry("acknowledgement does not match the chunk")
                    state["received"] = offset + length
                    self._save_state(state)
                    continue
                # Anything else: the receiver closes the connection; requests still in flight are void.
                self._drop()
                if status == 409 or (status == 400 and data.get("error") == "chunk-hash-mismatch"):
                    raise _Retry("receiver is at another offset")  # the next attempt asks where it stands
                if status == 404:
                    self.forget_state()
                    raise _Retry("receiver forgot the upload")
                if status == 429 or status >= 500 and data.get("error") != "storage-full":
                    raise _Retry(str(data.get("detail", status)))
                raise self._refused(status, data)
        self.progress(self.size, self.size, "uploading")


class _Spread:
    """One upload's chunks sent over ``uploader.circuits`` connections at once, each on its own tor
    circuit (its own SOCKS credentials), within the receiver's ``ahead`` window.

    A worker first has a connection, then takes the lowest chunk not yet acknowledged: a worker
    whose circuit broke gives its chunk back at once and reconnects (with a backoff and fresh
    credentials) holding no chunk, so the circuits still alive carry the whole rest of the upload
    meanwhile. A worker never leaves while chunks are unacknowledged (one in flight elsewhere
    may come back). When the upload is complete (or failed) connections still being set up are
    cut, and a connection that just carried a chunk is handed back to the uploader for the
    finish: after a relay died, a fresh circuit may take tor minutes to build (every new circuit
    can pick the dead relay until the consensus drops it), one that works is kept.
    Only this (the calling) thread saves the resume state and reports progress: the contiguous
    acknowledged part, as before, so resumption is unchanged (chunks acknowledged beyond it are
    sent again after a restart).
    """

    def __init__(self, uploader: Uploader, state: dict[str, Any], end: float, first: _Wire | None = None) -> None:
        self.up = uploader
        self.state = state
        self.end = end
        self.size = uploader.size
        self.chunk = int(state["chunk_size"])  # the receiver's: chunks ahead must start on its multiples
        self.window = max(self.chunk, int(state["ahead"]))
        self.cond = threading.Condition()
        self.prefix = int(state["received"])
        self.pending = set(range(self.prefix, self.size, self.chunk))  # chunk offsets to send (again)
        # Offsets the receiver refused (409) below their end (a receiver before chunk20's change still
        # writing them from a connection that broke; otherwise not seen from an honest client): taken
        # again only after this time, so workers do not keep sending them meanwhile.
        self.not_before: dict[int, float] = {}
        self.refusals: dict[int, int] = {}
        self.acked: dict[int, int] = {}
        self.failure: BaseException | None = None
        self.tag = secrets.token_hex(8)  # fresh credentials per attempt: fresh circuits
        self.first = first  # the uploader's open connection, worker 0's to begin with
        self.sockets: set[socket.socket] = set()  # every worker's socket, cut when the upload is over
        self.spare: _Wire | None = None  # a connection that works, for the finish

    def _length(self, offset: int) -> int:
        return min(self.chunk, self.size - offset)

    def _over(self) -> bool:
        """Called with the condition held."""
        return self.failure is not None or self.prefix >= self.size

    def _take(self) -> int | None:
        """The next chunk for a worker (None: the upload is over; :data:`_IDLE`: none for
        :data:`KEEPALIVE` seconds, the caller keeps its connection alive). Called with the condition held."""
        until = time.monotonic() + KEEPALIVE
        while not self._over():  # the deadline: run() sets ``failure`` and wakes this wait
            if time.monotonic() >= until:
                return _IDLE
            now = time.monotonic()
            for offset in sorted(self.pending):  # at most size / chunk offsets
                if offset + self._length(offset) > self.prefix + self.window:
                    break
                if self.not_before.get(offset, 0.0) <= now:
                    self.pending.discard(offset)
                    return offset
            self.cond.wait(0.5)  # the rest is in flight on other circuits (one may come back) or waits
        return None

    def _pause(self, seconds: float) -> bool:
        """Wait ``seconds`` (a backoff) unless the upload ends first; False when it is over."""
        until = min(time.monotonic() + seconds, self.end)
        with self.cond:
            while not self._over() and time.monotonic() < until:
                self.cond.wait(until - time.monotonic())
            return not self._over() and time.monotonic() < self.end

    def _done(self, offset: int, length: int) -> None:
        with self.cond:
            if offset >= self.prefix:
                self.acked[offset] = length
            while self.prefix in self.acked:
                self.prefix += self.acked.pop(self.prefix)
            self.cond.notify_all()

    def _give_back(self, offset: int, failure: BaseException | None = None, later: bool = False) -> None:
        """``later``: the receiver refused it (409) below its end: wait a while before sending it again."""
        with self.cond:
            self.pending.add(offset)
            if later:
                tries = self.refusals[offset] = self.refusals.get(offset, 0) + 1
                wait = min(self.up.policy.first_backoff * 2 ** (tries - 1), self.up.policy.max_backoff)
                self.not_before[offset] = time.monotonic() + wait
            if failure is not None and self.failure is None:
                self.failure = failure
            self.cond.notify_all()

    def _connect(self, index: int, connects: int) -> _Wire:
        def register(sock: socket.socket) -> None:
            with self.cond:
                self.sockets.add(sock)
                over = self._over()
            if over:  # the upload ended meanwhile: do not wait for tor
                _shut(sock)
        return _Wire(self.up.endpoint, self.up.policy, self.end - time.monotonic(),
                     isolation=f"intake-{self.tag}-{index}-{connects}", on_socket=register)

    def _forget(self, wire: _Wire | None) -> None:
        if wire is None:
            return
        with self.cond:
            self.sockets.discard(wire.sock)
            if self.spare is wire:
                self.spare = None
        wire.close()

    def _worker(self, index: int, fd: int, wire: _Wire | None) -> None:
        connects = 0
        backoff = self.up.policy.first_backoff
        upload_id = self.state["upload_id"]
        try:
            while True:
                if wire is None:  # a fresh circuit each time, and no chunk held while it is built
                    connects += 1
                    self.up.note(f"w{index} connect #{connects}")
                    try:
                        wire = self._connect(index, connects)
                        self.up.note(f"w{index} connected #{connects}")
                    except socks.ProxyError as exc:
                        problem: BaseException | None = self.up._socks_failure(exc)
                        self.up.note(f"w{index} connect failed: {problem}")
                        if isinstance(problem, ReceiverUnreachableError):
                            self._give_back_failure(problem)
                            return
                    except OSError as exc:
                        self.up.note(f"w{index} connect failed: {exc or type(exc).__name__}")
                    if wire is None:
                        if not self._pause(backoff):
                            return
                        backoff = min(backoff * 2, self.up.policy.max_backoff)
                        continue
                with self.cond:
                    offset = self._take()
                    known = self.prefix  # acknowledged before this request left: the receiver holds at least this
                if offset is None:
                    return
                if offset == _IDLE:
                    try:
                        wire.send("GET", f"/v1/uploads/{upload_id}", None, {})
                        status, _raw = wire.receive()
                    except (OSError, ValueError, http.client.HTTPException) as exc:
                        status, _raw = 0, str(exc).encode()
                    self.up.note(f"w{index} keeps its connection: {status}")
                    if status != 200 or wire.will_close:
                        self._forget(wire)
                        wire = None
                    continue
                length = self._length(offset)
                chunk = os.pread(fd, length, offset)
                digest = hashlib.sha256(chunk).hexdigest()
                problem = None
                status, data = 0, {}
                try:
                    wire.send("PUT", f"/v1/uploads/{upload_id}?offset={offset}", chunk,
                              {"Content-Type": "application/octet-stream", "X-Chunk-SHA256": digest})
                    with self.cond:
                        self.up.sent += length
                    status, raw = wire.receive()
                    answer = json.loads(raw) if raw else {}
                    data = answer if isinstance(answer, dict) else {}
                except socks.ProxyError as exc:
                    problem = self.up._socks_failure(exc)
                except (OSError, ValueError, http.client.HTTPException) as exc:
                    problem = _Retry(str(exc) or type(exc).__name__)
                self.up.note(f"w{index} chunk {offset // self.chunk}: "
                             + (f"{type(problem).__name__} {problem}" if problem is not None else f"{status} {data.get('error', '')}")
                             + (f" received {_int(data.get('received'))} end {offset + length}" if status == 409 else ""))
                if problem is None and status == 200 and data.get("chunk_sha256") == digest \
                        and data.get("end", data.get("received")) == offset + length:
                    if wire.will_close:
                        self._forget(wire)
                        wire = None
                    else:
                        with self.cond:
                            self.spare = wire  # the last connection known to work
                    self._done(offset, length)
                    backoff = self.up.policy.first_backoff
                    continue
                kept = problem is None and status == 409 and not wire.will_close
                if not kept:  # a 409 leaves the connection open (the receiver read the body): keep it
                    self._forget(wire)
                    wire = None
                if problem is None and status == 409 and _int(data.get("received")) >= offset + length:
                    self._done(offset, length)  # the receiver has it: the answer was lost before
                    continue
                fatal: BaseException | None = None
                if isinstance(problem, ReceiverUnreachableError):
                    fatal = problem
                elif problem is None and status == 409 and _int(data.get("received")) < known:
                    # It lost bytes it had acknowledged: ask anew. (Compared with what was known when
                    # the request left: answers on other circuits may have moved the prefix since.)
                    fatal = _Retry("receiver is at another offset")
                elif problem is None and status == 404:
                    self.up.forget_state()
                    fatal = _Retry("receiver forgot the upload")
                elif problem is None and status not in (200, 409, 429) and not (
                        status >= 500 and data.get("error") != "storage-full") \
                        and not (status == 400 and data.get("error") == "chunk-hash-mismatch"):
                    fatal = self.up._refused(status, data)
                # A 409 below the chunk's end (an older receiver may still write it from a circuit that
                # broke; a current one supersedes that request): that chunk waits, this worker goes on.
                self._give_back(offset, fatal, later=problem is None and status == 409)
                if fatal is not None:
                    self.up.note(f"w{index} stops: {fatal}")
                    return
                if kept:
                    continue
                self.up.note(f"w{index} waits {backoff:.0f} s")
                if not self._pause(backoff):
                    return
                backoff = min(backoff * 2, self.up.policy.max_backoff)
        finally:
            with self.cond:
                keep = wire is not None and wire is self.spare
            if wire is not None and not keep:
                self._forget(wire)

    def _give_back_failure(self, failure: BaseException) -> None:
        with self.cond:
            if self.failure is None:
                self.failure = failure
            self.cond.notify_all()

    def run(self) -> _Wire | None:
        """Send every chunk; return an open connection that carried the last of them (or None)."""
        fd = os.open(self.up.bundle, os.O_RDONLY)
        first, self.first = self.first, None
        if first is not None:
            self.sockets.add(first.sock)
        workers = [threading.Thread(target=self._worker, args=(i, fd, first if i == 0 else None), daemon=True,
                                    name=f"upload-circuit-{i}") for i in range(self.up.circuits)]
        try:
            for w in workers:
                w.start()
            saved = self.prefix
            while True:
                with self.cond:
                    self.cond.wait(0.5)
                    if self.failure is None and self.prefix < self.size and time.monotonic() > self.end:
                        # The one deadline check: it ends workers waiting in _take for a chunk and
                        # workers that cannot get a circuit alike (both wait on this condition).
                        self.failure = _Retry("deadline reached")
                        self.cond.notify_all()
                    prefix, failure = self.prefix, self.failure
                if prefix > saved:
                    self.state["received"] = saved = prefix
                    self.up._save_state(self.state)
                    self.up.progress(prefix, self.size, "uploading")
                if failure is not None or prefix >= self.size or not any(w.is_alive() for w in workers):
                    break
        finally:  # also when the progress callback raised: no worker outlives this call
            with self.cond:
                if self.failure is None and self.prefix < self.size:
                    self.failure = _Retry("upload incomplete")
                self.cond.notify_all()
                spare = self.spare
                cut = [s for s in self.sockets if spare is None or s is not spare.sock]
            for sock in cut:  # workers still waiting for tor to build a circuit: stop now
                _shut(sock)
            for w in workers:
                if w.is_alive() or w.ident is not None:
                    w.join()
            os.close(fd)
        if self.failure is not None and self.prefix < self.size:
            if spare is not None:
                spare.close()
            raise self.failure
        self.up.progress(self.size, self.size, "uploading")
        return spare


def _shut(sock: socket.socket) -> None:
    """Wake whatever waits on ``sock`` (a SOCKS reply from tor, an answer) and let it fail."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _int(value: object) -> int:
    """An integer from a receiver's answer, -1 when it is not one."""
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while data := f.read(1 << 20):
            digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True)
class SubmitResult:
    """A verified receipt, held in memory only: the caller keeps it (the store) or shows it (the CLI)."""

    receipt: receipts.Receipt
    proof: receipts.SubmissionProof  # with the commitment's salt: keep it with the receipt
    code: str
    bundle_sha256: str = ""  # what the verified receipt is for (a v2 receipt shows only a commitment)
    size: int = 0

    def to_bytes(self) -> bytes:
        """The kept form (JSON: code, receipt, checkpoint, inclusion proof, salt), e.g. for ``Store.record_receipt``."""
        return json.dumps({"code": self.code, **self.proof.to_json()}, indent=1).encode("utf-8")


def verify_and_store(proof: receipts.SubmissionProof, receipt_public_key: bytes, sha256: str, size: int,
                     uploader: Uploader | None = None, *, state: TransportState | None = None,
                     witnesses: Sequence[tlog.Cosigner] = (), witness_threshold: int = 0) -> SubmitResult:
    """Verify the receipt, its log proof and (with ``uploader``) the log's consistency with the last
    checkpoint this client saw; remember the larger checkpoint in ``state`` (the uploader's by
    default). With ``witness_threshold`` K the checkpoint must carry K valid cosignatures of
    ``witnesses`` (:class:`TooFewCosignaturesError`). The receipt itself is returned, never written anywhere."""
    try:
        receipt, checkpoint = receipts.verify_submission(proof, receipt_public_key, sha256, size,
                                                         witnesses=witnesses, witness_threshold=witness_threshold)
    except receipts.ReceiptWitnessError as exc:
        raise TooFewCosignaturesError(str(exc)) from exc
    except receipts.ReceiptError as exc:
        raise ReceiptInvalidError(str(exc)) from exc
    kept = state if state is not None else (uploader.state if uploader is not None else MemoryState())
    older = known_checkpoint(receipt_public_key, kept)
    if older is not None and uploader is not None:
        uploader.check_consistency(older, checkpoint)
    if older is None or checkpoint.size > older.size:
        kept.save_log_checkpoint(checkpoint.origin, proof.checkpoint_note)
    return SubmitResult(receipt, proof, receipt.code(), sha256.lower(), size)


def cosigners_of(profile: Any) -> list[tlog.Cosigner]:
    """The profile's witnesses (none for a profile without the field)."""
    return [tlog.Cosigner.parse(k) for k in getattr(profile, "witnesses", ())]


def known_checkpoint(receipt_public_key: bytes, state: TransportState) -> tlog.Checkpoint | None:
    """The largest verified checkpoint of this archive's log kept in ``state`` (``None`` if none or unverifiable)."""
    origin = receipts.log_origin(receipt_public_key)
    note = state.log_checkpoint(origin)
    if not note:
        return None
    try:
        return tlog.open_checkpoint(note, origin, receipt_public_key)
    except (ValueError, tlog.TlogError):
        return None  # not ours to judge


def submit(bundle_path: Path, profile: Any, *, tor: TorConnection | None, insecure_direct_url: str | None = None,
           progress: ProgressCallback | None = None, policy: RetryPolicy | None = None,
           state: TransportState | None = None) -> SubmitResult:
    """Send one sealed bundle to the profile's receiver and return its verified receipt.

    ``profile`` needs ``receiver_onion`` and ``receipt_public_key`` (a ``intake_crypto.bundle.profile.ArchiveProfile``).
    ``state`` keeps the upload's resume state and the log's checkpoint: the unlocked store in the
    app; by default memory for this one call (``intake submit``, one bundle per process). Nothing
    is written to disk either way.
    """
    if insecure_direct_url is not None:
        endpoint = direct_endpoint(insecure_direct_url)
    elif tor is not None:
        endpoint = onion_endpoint(profile.receiver_onion, tor)
    else:
        raise ReceiverUnreachableError("no tor connection and no direct loopback address")
    uploader = Uploader(Path(bundle_path), endpoint, policy=policy, progress=progress, state=state)
    # The checkpoint this client saw last is presented first: a forked or rolled-back log is
    # refused before the bundle is handed over (issue 19 item 4).
    try:
        uploader.present_checkpoint(bytes(profile.receipt_public_key), cosigners_of(profile),
                                    getattr(profile, "witness_threshold", 0))
    except BaseException:
        uploader.close()
        raise
    proof = uploader.run()
    result = verify_and_store(proof, bytes(profile.receipt_public_key), uploader.sha256, uploader.size, uploader,
                              witnesses=cosigners_of(profile), witness_threshold=getattr(profile, "witness_threshold", 0))
    uploader.close()
    uploader.forget_state()
    if progress:
        progress(uploader.size, uploader.size, "done")
    return result
