# SPDX-License-Identifier: GPL-3.0-or-later
"""The receiving side (``intake serve``): a small HTTP service on loopback, published as an onion service.

HTTP API (all JSON unless said otherwise; errors are ``{"error": CODE, "detail": TEXT, ...}``):

Submitters (over the onion service)::

    POST /v1/uploads                 {"size": N, "sha256": HEX, "salt": HEX}  -> 201 {"upload_id", "received", "chunk_size"}
    GET  /v1/uploads/ID              -> {"received", "size", "done"}
    PUT  /v1/uploads/ID?offset=N     body = chunk bytes, header X-Chunk-SHA256: HEX
                                     -> {"received": N+len, "chunk_sha256": HEX}   (409 with "received" if
                                        the offset is not where the upload stands nor in its window
                                        ahead; its body is read and the connection kept. A PUT of a
                                        chunk another request is still writing supersedes that one:
                                        the older is cut unanswered, its bytes never count)
    POST /v1/uploads/ID/finish       -> {"receipt", "checkpoint", "inclusion_proof"}  (intake_crypto.bundle.receipt.SubmissionProof)

Anyone (the public receipt log)::

    GET /v1/log/checkpoint           -> text/plain signed checkpoint (C2SP tlog-checkpoint)
    GET /v1/log/entry?index=N        -> SubmissionProof JSON for entry N against the latest checkpoint
    GET /v1/log/consistency?old=M&new=N -> {"proof": [base64 ...]}
                                     (an entry may also be a reveal anchor: then
                                     {"entry", "checkpoint", "inclusion_proof"})

Anyone (the archive's reveal log, SPEC 2.13; read only: the receiver never appends to it, it
anchors each new head in the receipt log as an ``intake-reveal-anchor/v1`` leaf)::

    GET /v1/reveals/checkpoint       -> text/plain signed checkpoint of ARCHIVE/reveal-log
    GET /v1/reveals/entry?index=N    -> {"entry", "checkpoint", "inclusion_proof"}
    GET /v1/reveals/consistency?old=M&new=N -> {"proof": [base64 ...]}
    GET /v1/reveals/anchor           -> the receipt log's newest anchor: {"entry", "checkpoint",
                                        "inclusion_proof", "index"} (404 when none yet)

Archive staff (header ``Authorization: Bearer <token>``; the token is in ``ARCHIVE/staff-token``)::

    GET /v1/staff/bundles            -> {"bundles": [{"sha256", "size", "received", "log_index", "salt"}]}
    GET /v1/staff/bundles/SHA256     -> application/octet-stream, the sealed bundle

With ``staff_port`` set (``intake serve`` does so when ``ARCHIVE/staff-onion`` exists) the staff
endpoints are answered only on that second loopback listener, which tor publishes as the staff
onion with client authorisation (:mod:`intake_app.archive.staff_onion`); on the public listener
they answer 404 as if they did not exist, so the token alone no longer reaches the bundles.

Guarantees: listens on loopback only; stores ciphertext only (see :mod:`.inbox`); answers a
finished upload only after its receipt is in the log. Bounded under abuse: at most
``Limits.max_connections`` connections are served at once (more are answered 503 and closed
without a thread), and a connection that does not finish its request line and headers within
``header_seconds``, or whose declared body does not bring ``min_body_bytes_per_second`` over
every window of ``body_window_seconds`` from its first second (security-review F7), is cut, so
idle or slow clients cannot hold threads. ``stop()`` cuts the connections, then lets requests
already past their body (a finish moving a bundle into place and logging it) end, for at most
``drain_seconds``; a bundle is acknowledged only once it is stored and logged, and a finish cut
short is answered on the client's next try. Never logs addresses, upload IDs, hashes or
anything else that could link a submitter to a bundle; the HTTP server's access log is off.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import ipaddress
import json
import logging
import os
import secrets
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import nacl.signing

from intake_app.archive.reveal_log import RevealLogError, Watcher, anchors_in
from intake_app.transport import LOOPBACK_HOSTS
from intake_app.transport.inbox import (
    ChunkSupersededError,
    Inbox,
    InboxError,
    Limits,
    MalformedUploadError,
    OffsetConflictError,
    UnknownUploadError,
)
from intake_app.transport.ledger import ReceiptLog
from intake_app.transport.witness import Collector
from intake_crypto.bundle import tlog
from intake_crypto.bundle.receipt import SubmissionProof

log = logging.getLogger("intake.receiver")
API = "/v1"
_MAX_JSON = 64 << 10


def staff_token(archive: Path) -> str:
    """The staff credential, created (0600) on first use."""
    path = archive / "staff-token"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(32) + "\n")
    return path.read_text(encoding="utf-8").strip()


@dataclass
class ReceiverState:
    inbox: Inbox
    log: ReceiptLog
    staff_token: str
    staff_separate: bool = False  # staff endpoints only on the staff listener
    reveals: Watcher | None = None
    signing_key: nacl.signing.SigningKey | None = None

    def anchor_reveals(self) -> None:
        """Anchor the reveal log's new head (appended by a share release or a reveal, or
        imported from an offline copy) in the receipt log; a reveal log that does not verify or
        was rewritten is not anchored (and said so, without naming anything)."""
        if self.reveals is None:
            return
        try:
            self.reveals.anchor(self.log.texts, self.log.append_anchor)
        except RevealLogError:
            log.warning("the reveal log does not verify or was rewritten: not anchored")

    def reveal_log(self) -> tuple[list[bytes], str, list[str]]:
        """(leaf hashes, signed checkpoint, leaf texts) of the reveal log as served."""
        if self.reveals is None or self.signing_key is None:
            raise UnknownUploadError("no reveal log")
        self.anchor_reveals()
        try:
            with self.reveals.lock:  # the log and its note as one snapshot
                rl = self.reveals.log()
                note = self.reveals.note
                hashes, texts = (list(rl.hashes), list(rl.texts)) if rl is not None else ([], [])
        except RevealLogError as exc:
            raise RevealLogUnavailableError("the reveal log does not verify") from exc
        if rl is None:  # nothing revealed yet: the empty tree, signed now
            note = tlog.sign_checkpoint(tlog.Checkpoint(self.reveals.origin, 0, tlog.root_hash([])), self.signing_key)
        return hashes, note, texts


class RevealLogUnavailableError(InboxError):
    status, code = 503, "reveal-log-unavailable"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    staff_listener = False
    server_version = "intake-receiver"
    sys_version = ""
    state: ReceiverState

    server: _Server
    circuit: int | None = None  # the tor circuit this connection came on, when tor exports it

    def handle(self) -> None:
        """Learn the connection's tor circuit from tor's PROXY header (if any), admit it, serve it."""
        try:
            line = _take_proxy_line(self.connection)
        except (OSError, ValueError):
            self.close_connection = True
            return
        if line is not None:
            self.circuit = _circuit_of(line)
            if self.circuit is None:
                self.close_connection = True
                return
            if not self.server.admit_circuit(self.connection, self.circuit):
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.wfile.write(_BUSY_CIRCUIT)
                return
        super().handle()

    def log_message(self, format: str, *args: object) -> None:
        pass  # no access log: it would record timing and paths of submitters

    def handle_one_request(self) -> None:
        # A kept-alive connection gets the header allowance again for its next request.
        if isinstance(self.rfile, _MeteredReader):
            self.rfile = self.rfile.raw_stream  # type: ignore[assignment]
        self.server.set_deadline(self.connection, self.state.inbox.limits.header_seconds)
        super().handle_one_request()

    def _allow_body(self, length: int) -> None:
        """From now on the connection is judged by its body's pace, window by window (F7)."""
        if length <= 0:
            self.server.set_deadline(self.connection, self.state.inbox.limits.header_seconds)
            return
        meter = self.server.meter_body(self.connection, max(0, length))
        self.rfile = _MeteredReader(self.rfile, meter)  # type: ignore[assignment]

    def _allow_download(self, size: int) -> None:
        limits = self.state.inbox.limits
        self.server.set_deadline(self.connection, limits.header_seconds + size / limits.min_body_bytes_per_second)

    # -- plumbing ----------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str = "application/json", extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: object, extra: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(data).encode(), extra=extra)

    def _error(self, exc: InboxError) -> None:
        extra = {"Connection": "close"}  # the request body may be unread: never reuse this connection
        if "retry_after" in exc.extra:
            extra["Retry-After"] = str(exc.extra["retry_after"])
        if exc.status >= 500:
            log.warning("refused an upload: %s", exc.code)
        self._json(exc.status, {"error": exc.code, "detail": exc.detail, **exc.extra}, extra)

    def _length(self) -> int:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError as exc:
            raise MalformedUploadError("Content-Length required") from exc
        if length < 0:
            raise MalformedUploadError("negative Content-Length")
        return length

    def _discard_body(self, length: int) -> None:
        remaining = length
        while remaining:
            data = self.rfile.read(min(1 << 16, remaining))
            if not data:
                raise MalformedUploadError("body shorter than Content-Length")
            remaining -= len(data)

    def _read_json(self) -> dict[str, object]:
        length = self._length()
        if length > _MAX_JSON:
            raise MalformedUploadError("request too large")
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except ValueError as exc:
            raise MalformedUploadError("body is not JSON") from exc
        if not isinstance(data, dict):
            raise MalformedUploadError("body is not a JSON object")
        return data

    def _route(self) -> tuple[list[str], dict[str, list[str]]]:
        url = urllib.parse.urlsplit(self.path)
        if not url.path.startswith(API + "/"):
            return [], {}
        return url.path[len(API) + 1:].split("/"), urllib.parse.parse_qs(url.query)

    def _dispatch(self, method: str) -> None:
        try:
            declared = self.headers.get("Content-Length", "")
            self._allow_body(int(declared) if declared.isdigit() else 0)
            parts, query = self._route()
            handled = self._handle(method, parts, query)
            if not handled:
                self.close_connection = True
                self._json(404, {"error": "not-found", "detail": "no such endpoint"}, {"Connection": "close"})
        except InboxError as exc:
            self.close_connection = True  # the body may not have been read in full
            self._error(exc)
        except (ValueError, IndexError, KeyError):
            self.close_connection = True
            self._json(400, {"error": "bad-request", "detail": "malformed request"}, {"Connection": "close"})

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    # -- endpoints ----------------------------------------------------------------------------

    def _handle(self, method: str, parts: list[str], query: dict[str, list[str]]) -> bool:
        st = self.state
        if parts == ["uploads"] and method == "POST":
            body = self._read_json()
            self._json(201, st.inbox.create(body.get("size"), body.get("sha256"), body.get("salt"),
                                                 circuit=self.circuit))
        elif len(parts) == 2 and parts[0] == "uploads" and method == "GET":
            self._json(200, st.inbox.status(parts[1]))
        elif len(parts) == 2 and parts[0] == "uploads" and method == "PUT":
            offset = int(query["offset"][0])
            chunk_hash = self.headers.get("X-Chunk-SHA256", "")
            length = self._length()
            connection = self.connection
            try:
                answer = st.inbox.put_chunk(parts[1], offset, length, chunk_hash, self.rfile,  # type: ignore[arg-type]
                                            cut=lambda: self.server.cut_superseded(connection))
            except ChunkSupersededError:
                # A newer request for this chunk took its place and this connection was cut for it
                # (the client had given it up: its circuit broke): nothing to answer.
                self.close_connection = True
                return True
            except OffsetConflictError as exc:
                if length > st.inbox.limits.max_chunk_bytes:
                    raise
                # Refused before its body was read (the chunk lies outside the window, or the upload
                # is past it): the body is on its way anyway, so read it (paced and bounded like any
                # chunk) and keep the connection. A client spreading its upload over tor circuits
                # keeps that circuit: a new one may take tor minutes (issue 20 item 5).
                self._discard_body(length)
                self._json(exc.status, {"error": exc.code, "detail": exc.detail, **exc.extra})
                return True
            self._json(200, answer)
        elif len(parts) == 3 and parts[0] == "uploads" and parts[2] == "finish" and method == "POST":
            if self._length():
                self._read_json()
            self._json(200, self._finish(parts[1]).to_json())
        elif parts == ["log", "checkpoint"] and method == "GET":
            st.anchor_reveals()
            self._send(200, st.log.checkpoint().encode(), "text/plain; charset=utf-8")
        elif parts == ["log", "entry"] and method == "GET":
            index = int(query["index"][0])
            if not 0 <= index < len(st.log):
                raise UnknownUploadError("no such log entry")
            self._json(200, st.log.proof_for(index).to_json() if st.log.is_receipt(index) else st.log.leaf_proof(index))
        elif parts and parts[0] == "reveals" and method == "GET":
            return self._reveals(parts, query)
        elif parts == ["log", "consistency"] and method == "GET":
            self._json(200, {"proof": st.log.consistency(int(query["old"][0]), int(query["new"][0]))})
        elif parts and parts[0] == "staff" and method == "GET":
            if st.staff_separate and not self.staff_listener:
                return False  # not served here: only on the staff onion's listener
            if not self._staff_ok():
                self._json(401, {"error": "unauthorised", "detail": "staff credential required"},
                           {"WWW-Authenticate": "Bearer"})
            elif parts == ["staff", "bundles"]:
                self._json(200, {"bundles": self._staff_list()})
            elif len(parts) == 3 and parts[1] == "bundles":
                self._staff_fetch(parts[2])
            else:
                return False
        else:
            return False
        return True

    def _reveals(self, parts: list[str], query: dict[str, list[str]]) -> bool:
        st = self.state
        hashes, note, texts = st.reveal_log()
        if parts == ["reveals", "checkpoint"]:
            self._send(200, note.encode(), "text/plain; charset=utf-8")
        elif parts == ["reveals", "entry"]:
            index = int(query["index"][0])
            if not 0 <= index < len(hashes):
                raise UnknownUploadError("no such reveal log entry")
            self._json(200, {"entry": texts[index], "checkpoint": note, "inclusion_proof": [
                base64.b64encode(h).decode() for h in tlog.inclusion_proof(hashes, index)]})
        elif parts == ["reveals", "consistency"]:
            old, new = int(query["old"][0]), int(query["new"][0])
            if not 0 < old <= new <= len(hashes):
                raise ValueError("sizes outside the log")
            self._json(200, {"proof": [base64.b64encode(h).decode()
                                       for h in tlog.consistency_proof(hashes[:new], old)]})
        elif parts == ["reveals", "anchor"]:
            assert st.reveals is not None  # noqa: S101 - reveal_log() answered
            anchors = anchors_in(st.log.texts(), st.reveals.origin)
            if not anchors:
                raise UnknownUploadError("no reveal anchor yet")
            self._json(200, {**st.log.leaf_proof(anchors[-1].index), "index": anchors[-1].index})
        else:
            return False
        return True

    def _finish(self, upload_id: str) -> SubmissionProof:
        st = self.state
        done = st.inbox.done_index(upload_id)
        if done is not None:
            return st.log.proof_for(done)
        sha256, size, _new = st.inbox.finish(upload_id)
        salt = st.inbox.salt(upload_id)
        # Only this upload's salt finds an entry (the same client asking again); a stored bundle sent
        # with another salt gets its own new entry, so neither answer nor log is an existence oracle.
        index = st.log.find(sha256, size, salt)
        if index is None:
            index = st.log.append(sha256, size, salt)
        st.inbox.mark_done(upload_id, index)
        log.info("stored a bundle and logged its receipt")
        return st.log.proof_for(index)

    def _staff_ok(self) -> bool:
        header = self.headers.get("Authorization", "")
        given = header[7:] if header.startswith("Bearer ") else ""
        return bool(given) and hmac.compare_digest(given.encode(), self.state.staff_token.encode())

    def _staff_list(self) -> list[dict[str, object]]:
        """Each stored bundle with its first log entry and that entry's salt (staff only: the salt
        is what lets staff check the entry's commitment against the bundle)."""
        log_ = self.state.log
        first: dict[str, tuple[int, str | None, str]] = {}
        for r in log_.entries():
            opening = log_.opening(r.log_index)
            if opening is not None and str(opening["sha256"]) not in first:
                salt = opening.get("salt")
                first[str(opening["sha256"])] = (r.log_index, str(salt) if salt else None, r.received)
        out: list[dict[str, object]] = []
        for sha256, size in self.state.inbox.list_bundles():
            index, salt, received = first.get(sha256, (None, None, None))
            out.append({"sha256": sha256, "size": size, "received": received, "log_index": index, "salt": salt})
        return out

    def _staff_fetch(self, name: str) -> None:
        path = self.state.inbox.bundle_path(name.removesuffix(".tib"))
        if not path.exists():
            raise UnknownUploadError("no such bundle")
        size = path.stat().st_size
        self._allow_download(size)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        with open(path, "rb") as f:
            while data := f.read(1 << 20):
                self.wfile.write(data)


class _BodyMeter:
    """How much of a declared body has arrived, and where the current pace window started."""

    __slots__ = ("expected", "got", "window_got", "window_start")

    def __init__(self, expected: int, now: float) -> None:
        self.expected = expected
        self.got = 0
        self.window_start = now
        self.window_got = 0


class _MeteredReader:
    """The request's input stream, counting body bytes for the reaper (reads only, as rfile is used)."""

    def __init__(self, raw: object, meter: _BodyMeter) -> None:
        self._raw = raw
        self._meter = meter

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (fewer only at the end of the stream), counted as they come in."""
        if n < 0:
            raise ValueError("a body is read by its declared length")
        parts: list[bytes] = []
        while n > 0:
            data: bytes = self._raw.read1(n)  # type: ignore[attr-defined]
            if not data:
                break
            self._meter.got += len(data)
            parts.append(data)
            n -= len(data)
        return b"".join(parts)

    def readline(self, limit: int = -1) -> bytes:
        data: bytes = self._raw.readline(limit)  # type: ignore[attr-defined]
        self._meter.got += len(data)
        return data

    @property
    def raw_stream(self) -> object:
        return self._raw

    def __getattr__(self, name: str) -> object:
        return getattr(self._raw, name)


_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
         b"Connection: close\r\nContent-Length: 60\r\n\r\n"
         b'{"error": "busy", "detail": "too many connections; retry"}  ')


_CIRCUIT_BODY = b'{"error": "busy", "detail": "too many connections on this circuit; retry"}'
_BUSY_CIRCUIT = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
                 b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_CIRCUIT_BODY), _CIRCUIT_BODY))

# tor's HiddenServiceExportCircuitID haproxy: "PROXY TCP6 fc00:dead:beef:4dad::HI:LO ::1 SRCPORT DSTPORT\r\n",
# the circuit's global identifier in the source address's last 32 bits (tor's connection_edge.c).
_CIRCUIT_NET = ipaddress.IPv6Network("fc00:dead:beef:4dad::/64")
_PROXY_MAX = 107  # the longest PROXY protocol v1 line (haproxy's proxy-protocol.txt)


def _take_proxy_line(sock: socket.socket) -> bytes | None:
    """Consume a PROXY v1 line if the connection starts with one; ``None`` if it starts otherwise.

    Peeks, so an ordinary HTTP request (a local client, a tor without circuit export) is left
    untouched for the HTTP parser. The connection's header deadline bounds the wait (the reaper
    shuts the socket, and an empty peek ends this).
    """
    while True:
        data = sock.recv(_PROXY_MAX + 1, socket.MSG_PEEK)
        if not data:
            return None
        if not data.startswith(b"PROXY "[:len(data)]):
            return None  # not (the start of) a PROXY line: plain HTTP
        end = data.find(b"\n")
        if end >= 0:
            line = b""
            while len(line) < end + 1:
                more = sock.recv(end + 1 - len(line))
                if not more:
                    raise ValueError("connection closed inside its PROXY line")
                line += more
            return line
        if len(data) > _PROXY_MAX:
            raise ValueError("PROXY line too long")
        time.sleep(0.01)  # part of the line has arrived; the rest follows


def _circuit_of(line: bytes) -> int | None:
    """The tor circuit identifier in tor's PROXY line, or ``None`` if the line is not tor's."""
    parts = line.decode("ascii", "replace").split()
    if len(parts) != 6 or parts[:2] != ["PROXY", "TCP6"]:
        return None
    try:
        source = ipaddress.IPv6Address(parts[2])
    except ValueError:
        return None
    return int(source) & 0xFFFFFFFF if source in _CIRCUIT_NET else None


class _Server(ThreadingHTTPServer):
    """Bounds connections and their duration; tracks them so ``stop()`` really cuts keep-alive clients off."""

    daemon_threads = True
    request_queue_size = 128  # listen backlog: a burst waits in the kernel, then meets the connection bound

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], limits: Limits) -> None:
        super().__init__(address, handler)
        self.limits = limits
        self.deadlines: dict[socket.socket, float] = {}  # the open connections and when each must be done
        self.meters: dict[socket.socket, _BodyMeter] = {}  # connections reading a body, judged by pace
        self.circuits: dict[socket.socket, int] = {}  # tor circuit of each open connection (when tor tells)
        self.refused_circuit = 0
        self.sockets_lock = threading.Lock()
        self.refused_busy = 0
        self.cut_slow = 0
        self.superseded = 0  # connections cut because a newer request took over their chunk
        self._reaper_stop = threading.Event()
        threading.Thread(target=self._reap, daemon=True, name="receiver-reaper").start()

    def process_request(self, request: object, client_address: object) -> None:
        assert isinstance(request, socket.socket)  # noqa: S101 - narrows the type: the server's requests are sockets
        with self.sockets_lock:
            busy = len(self.deadlines) >= self.limits.max_connections
            if not busy:
                self.deadlines[request] = time.monotonic() + self.limits.header_seconds
        if busy:
            # Answered from the accept loop without a thread: a fresh socket's buffer takes these bytes.
            self.refused_busy += 1
            request.setblocking(False)
            with contextlib.suppress(OSError):
                request.send(_BUSY)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: object, client_address: object) -> None:
        assert isinstance(request, socket.socket)  # noqa: S101 - narrows the type: the server's requests are sockets
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.sockets_lock:
                self.deadlines.pop(request, None)
                self.meters.pop(request, None)
                self.circuits.pop(request, None)

    def admit_circuit(self, sock: socket.socket, circuit: int) -> bool:
        """Count ``sock`` against its tor circuit; False when that circuit already has its share (F6/F7)."""
        cap = self.limits.max_connections_per_circuit
        with self.sockets_lock:
            if cap and sum(1 for c in self.circuits.values() if c == circuit) >= cap:
                self.refused_circuit += 1
                return False
            self.circuits[sock] = circuit
        return True

    def cut_superseded(self, sock: socket.socket) -> None:
        """End a connection whose chunk a newer request took over (its client gave it up)."""
        with self.sockets_lock:
            if sock not in self.deadlines:
                return
            self.deadlines[sock] = float("inf")  # cut once; the handler thread removes it
            self.meters.pop(sock, None)
            self.superseded += 1
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # its blocked read returns at once

    def set_deadline(self, sock: socket.socket, seconds: float) -> None:
        with self.sockets_lock:
            self.meters.pop(sock, None)
            if sock in self.deadlines:
                self.deadlines[sock] = time.monotonic() + seconds

    def meter_body(self, sock: socket.socket, expected: int) -> _BodyMeter:
        meter = _BodyMeter(expected, time.monotonic())
        with self.sockets_lock:
            if sock in self.deadlines:
                self.deadlines[sock] = float("inf")  # no fixed deadline: the pace decides
                self.meters[sock] = meter
        return meter

    def _too_slow(self, meter: _BodyMeter, now: float) -> bool:
        """True when the window that just ended brought less than its share of what is left."""
        window = self.limits.body_window_seconds
        if now - meter.window_start < window:
            return False
        got = meter.got
        needed = min(self.limits.min_body_bytes_per_second * window, meter.expected - meter.window_got)
        if got - meter.window_got < needed:
            return True
        meter.window_start, meter.window_got = now, got
        return False

    def _reap(self) -> None:
        interval = max(0.05, min(1.0, self.limits.header_seconds / 4, self.limits.body_window_seconds / 4))
        while not self._reaper_stop.wait(interval):
            now = time.monotonic()
            with self.sockets_lock:
                late = [s for s, due in self.deadlines.items() if due < now]
                late += [s for s, meter in self.meters.items() if self._too_slow(meter, now)]
                for sock in late:
                    self.deadlines[sock] = float("inf")  # cut once; the handler thread removes it
                    self.meters.pop(sock, None)
            for sock in late:
                self.cut_slow += 1
                log.info("cut a connection that was too slow")
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # the handler's blocked read returns at once

    def server_close(self) -> None:
        self._reaper_stop.set()
        super().server_close()

    def handle_error(self, request: object, client_address: object) -> None:
        # socketserver's default prints a traceback naming the peer; a dropped connection is routine.
        log.debug("a connection ended abnormally")

    def cut_connections(self) -> None:
        with self.sockets_lock:
            for sock in list(self.deadlines):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def drain(self, seconds: float) -> bool:
        """Wait (at most ``seconds``) for the handler threads to end; True when all did."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            with self.sockets_lock:
                if not self.deadlines:
                    return True
            time.sleep(0.05)
        return False


class ReceiverServer:
    """The HTTP service; ``start()`` runs it in a thread, ``serve_forever()`` in the caller's."""

    def __init__(self, archive: Path, key: nacl.signing.SigningKey, limits: Limits,
                 host: str = "127.0.0.1", port: int = 0, *, staff_port: int | None = None,
                 witnesses: Collector | None = None) -> None:
        if host not in LOOPBACK_HOSTS:
            raise ValueError("the receiver listens on loopback only; tor publishes it")
        archive.mkdir(mode=0o700, parents=True, exist_ok=True)
        state = ReceiverState(Inbox(archive / "received", limits), ReceiptLog(archive / "log", key, witnesses), staff_token(archive),
                              staff_separate=staff_port is not None, reveals=Watcher(archive, bytes(key.verify_key)),
                              signing_key=key)
        state.anchor_reveals()  # steps logged while no receiver ran (offline, or imported copies)
        handler = type("Handler", (_Handler,), {"state": state})
        self.state = state
        self.httpd = _Server((host, port), handler, limits)
        self.staff_httpd: _Server | None = None
        if staff_port is not None:
            staff_handler = type("StaffHandler", (_Handler,), {"state": state, "staff_listener": True})
            self.staff_httpd = _Server((host, staff_port), staff_handler, limits)
        self._thread: threading.Thread | None = None
        self._serving: list[tuple[_Server, threading.Thread]] = []
        self._sweeper_stop = threading.Event()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def staff_port(self) -> int | None:
        return None if self.staff_httpd is None else int(self.staff_httpd.server_address[1])

    def _sweep(self) -> None:
        while not self._sweeper_stop.wait(max(1.0, min(60.0, self.state.inbox.limits.reservation_seconds / 4))):
            self.state.inbox.expire_idle()
            self.state.anchor_reveals()

    def _run(self, httpd: _Server) -> None:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        self._serving.append((httpd, thread))  # before start(): stop() asks the thread whether it runs
        thread.start()

    def start(self) -> ReceiverServer:
        self._run(self.httpd)
        self._thread = self._serving[0][1]
        if self.staff_httpd is not None:
            self._run(self.staff_httpd)
        threading.Thread(target=self._sweep, daemon=True).start()
        return self

    def serve_forever(self) -> None:
        threading.Thread(target=self._sweep, daemon=True).start()
        if self.staff_httpd is not None:
            self._run(self.staff_httpd)
        self._serving.append((self.httpd, threading.current_thread()))
        self.httpd.serve_forever()

    def stop(self, drain_seconds: float = 5.0) -> None:
        """Stop accepting, cut every connection, and give requests past their body time to end."""
        self._sweeper_stop.set()
        servers = [h for h in (self.httpd, self.staff_httpd) if h is not None]
        running = {id(h) for h, thread in self._serving if thread.is_alive()}
        for httpd in servers:
            if id(httpd) in running:  # shutdown() waits for serve_forever(), which may never have run
                httpd.shutdown()
            httpd.server_close()
            httpd.cut_connections()
        for httpd in servers:
            httpd.drain(drain_seconds)


def onion_torrc_lines(archive: Path, port: int) -> list[str]:
    """torrc lines publishing the receiver from ``ARCHIVE/onion`` with the PoW defence on."""
    onion = archive / "onion"
    # A circuit opening more streams than a client ever needs is closed (tor's own per-circuit bound);
    # tor tells the receiver each connection's circuit (a PROXY header) for its per-circuit limits.
    return [f"HiddenServiceDir {onion}", f"HiddenServicePort 80 127.0.0.1:{port}",
            "HiddenServicePoWDefensesEnabled 1", "HiddenServiceMaxStreams 16", "HiddenServiceMaxStreamsCloseCircuit 1",
            "HiddenServiceExportCircuitID haproxy"]


__all__ = ["HTTPStatus", "ReceiverServer", "onion_torrc_lines", "staff_token"]
