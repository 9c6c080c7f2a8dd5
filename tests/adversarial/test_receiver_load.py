# SPDX-License-Identifier: GPL-3.0-or-later
"""The receiver under load and abuse, on loopback with real sockets and the real client.

While honest submitters upload bundles, attackers at the same time: hold connections open with
request headers sent a byte at a time (slowloris), start chunk bodies and trickle them, open
far more connections than the receiver serves, claim absurd sizes, and send chunks whose hash,
offset or length is wrong. The receiver must keep its threads bounded, cut every slow
connection, answer the rest with typed errors, lose none of the honest bundles (each stored
under its own SHA-256 with a verified receipt), and keep no byte of an unacknowledged chunk.
Nothing here asserts a duration: the limits are shortened so the cuts happen within the test's
budget, and the figures are printed for THREAT_MODEL.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import nacl.signing
import pytest

from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer

pytestmark = [pytest.mark.timeout(300), pytest.mark.slow]

KEY = nacl.signing.SigningKey(b"\x33" * 32)
MAX_CONNECTIONS = 32
LIMITS = Limits(chunk_bytes=64 << 10, max_chunk_bytes=256 << 10, max_bundle_bytes=4 << 20, uploads_per_minute=10**6,
                max_open_uploads=10**6, min_free_bytes=0, max_connections=MAX_CONNECTIONS, header_seconds=2.0,
                min_body_bytes_per_second=32 << 10)
SLOWLORIS = 60
SLOW_BODIES = 20
FLOOD = 3 * MAX_CONNECTIONS
HONEST_BUNDLES = 8


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[SimpleNamespace]:
    archive = tmp_path / "archive"
    srv = ReceiverServer(archive, KEY, LIMITS).start()
    errors: list[BaseException] = []
    yield SimpleNamespace(srv=srv, archive=archive, errors=errors)
    srv.stop()


def _answer(sock: socket.socket) -> bytes:
    chunks = []
    try:
        while data := sock.recv(65536):
            chunks.append(data)
            if b"\r\n\r\n" in b"".join(chunks):
                head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                if len(body) >= length:
                    break
    except (ConnectionResetError, TimeoutError):
        pass
    return b"".join(chunks)


def _request(port: int, raw: bytes) -> tuple[int, dict[str, object]]:
    """One request; while the receiver is full (503 busy) ask again, as a real client would."""
    for _ in range(3000):
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            # Refused before it read our request: the answer is still there.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                sock.sendall(raw)
            answer = _answer(sock)
        head, _, body = answer.partition(b"\r\n\r\n")
        if head and not head.startswith(b"HTTP/1.1 503"):
            is_json = b"application/json" in head.lower()
            return int(head.split(b" ")[1]), json.loads(body) if is_json else {"text": body.decode()}
        time.sleep(0.1)
    raise AssertionError("the receiver never served this request")


def _create(port: int, size: int, sha256: str = "0" * 64) -> tuple[int, dict[str, object]]:
    body = json.dumps({"size": size, "sha256": sha256, "salt": "5a" * 32}).encode()
    return _request(port, b"POST /v1/uploads HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


def _put(port: int, upload_id: str, offset: int, body: bytes, *, sha256: str | None = None,
         length: int | None = None) -> tuple[int, dict[str, object]]:
    digest = sha256 or hashlib.sha256(body).hexdigest()
    head = (f"PUT /v1/uploads/{upload_id}?offset={offset} HTTP/1.1\r\nHost: x\r\nX-Chunk-SHA256: {digest}\r\n"
            f"Content-Length: {len(body) if length is None else length}\r\n\r\n").encode()
    return _request(port, head + body)


def _trickle(port: int, prefix: bytes, drip: bytes, outcome: Counter[str], lock: threading.Lock) -> None:
    """Send ``prefix``, then ``drip`` every 0.2 s until the receiver cuts the connection."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    except OSError:
        with lock:
            outcome["connect refused"] += 1
        return
    with sock:
        try:
            sock.sendall(prefix)
            for _ in range(1500):  # 300 s of dripping: far beyond any limit, so only a cut ends it early
                time.sleep(0.2)
                sock.sendall(drip)
            result = "never cut"
        except (BrokenPipeError, ConnectionResetError):
            result = "cut"
        except TimeoutError:
            result = "never cut"
        if result == "cut" or sock.recv(1 << 16) == b"":
            result = "cut"
    with lock:
        outcome[result] += 1


def _flood(port: int, count: int, outcome: Counter[str], lock: threading.Lock, held: list[socket.socket]) -> None:
    """Open ``count`` connections as fast as possible and send nothing on them: each is either
    served (and later cut for idling) or refused as busy."""
    for _ in range(count):
        try:
            held.append(socket.create_connection(("127.0.0.1", port), timeout=30))
        except OSError:
            with lock:
                outcome["connect failed"] += 1
    for sock in held:
        try:
            answer = sock.recv(1 << 16)
        except (ConnectionResetError, TimeoutError):
            answer = b""
        with lock:
            outcome["busy (503)" if answer.startswith(b"HTTP/1.1 503") else "cut idle" if not answer else "other"] += 1


def test_receiver_holds_under_slow_and_abusive_clients(receiver: SimpleNamespace, intake_home: Path,
                                                      tmp_path: Path) -> None:
    port = receiver.srv.port
    lock = threading.Lock()
    slow: Counter[str] = Counter()
    flooded: Counter[str] = Counter()
    held: list[socket.socket] = []
    peak_handlers = 0
    stop_watch = threading.Event()

    def watch_threads() -> None:
        # socketserver names each connection's thread after its target.
        nonlocal peak_handlers
        while not stop_watch.wait(0.02):
            handlers = sum(1 for t in threading.enumerate() if "process_request_thread" in t.name)
            peak_handlers = max(peak_handlers, handlers)

    # Uploads whose chunk bodies will be trickled (created before the attack, so they are real uploads).
    slow_ids = []
    for _ in range(SLOW_BODIES):
        status, created = _create(port, 1 << 20)
        assert status == 201
        slow_ids.append(str(created["upload_id"]))

    attackers = [threading.Thread(target=_trickle, args=(port, b"PUT /v1/uploads/x?offset=0 HTTP/1.1\r\nHost: ",
                                                         b"a", slow, lock)) for _ in range(SLOWLORIS)]
    attackers += [threading.Thread(target=_trickle, args=(
        port, (f"PUT /v1/uploads/{uid}?offset=0 HTTP/1.1\r\nHost: x\r\nX-Chunk-SHA256: {'1' * 64}\r\n"
               f"Content-Length: {64 << 10}\r\n\r\n").encode(), b"z" * 100, slow, lock)) for uid in slow_ids]
    attackers.append(threading.Thread(target=_flood, args=(port, FLOOD, flooded, lock, held)))
    watcher = threading.Thread(target=watch_threads)
    watcher.start()
    for t in attackers:
        t.start()

    # Honest submitters, at the same time, through the real client (which retries on 503 and cuts).
    bundles = []
    for i in range(HONEST_BUNDLES):
        path = tmp_path / f"honest-{i}.tib"
        path.write_bytes(os.urandom(150_000 + 40_000 * i))
        bundles.append(path)
    receipts: dict[str, str] = {}
    honest_errors: list[BaseException] = []

    def submit(path: Path) -> None:
        try:
            result = client.submit(path, SimpleNamespace(receiver_onion="", receipt_public_key=bytes(KEY.verify_key)),
                                   tor=None, insecure_direct_url=receiver.srv.url,
                                   policy=client.RetryPolicy(first_backoff=0.2, max_backoff=1.0, deadline=240))
            with lock:
                receipts[path.name] = result.bundle_sha256
        except BaseException as exc:  # noqa: BLE001 - reported below with the bundle's name
            honest_errors.append(exc)

    honest = [threading.Thread(target=submit, args=(p,)) for p in bundles]
    for t in honest:
        t.start()

    # Abuse that is answered at once, interleaved with the rest.
    typed: Counter[str] = Counter()
    status, _ = _create(port, 1 << 40)
    typed[f"size claim of 1 TiB -> {status}"] += 1
    assert status == 413
    status, made = _create(port, 1 << 20)
    assert status == 201
    uid = str(made["upload_id"])
    status, _ = _put(port, uid, 0, b"", length=1 << 40)
    typed[f"chunk Content-Length 1 TiB -> {status}"] += 1
    assert status == 413
    status, _ = _put(port, uid, 0, b"x" * 1000, sha256="2" * 64)
    typed[f"chunk with a wrong hash -> {status}"] += 1
    assert status == 400
    status, _ = _put(port, uid, 4096, b"x" * 1000)
    typed[f"chunk at a wrong offset -> {status}"] += 1
    assert status == 409
    answer = b"HTTP/1.1 503"
    while answer.startswith(b"HTTP/1.1 503"):  # shorter than declared: the receiver waits, then cuts it
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        sock.sendall(f"PUT /v1/uploads/{uid}?offset=0 HTTP/1.1\r\nHost: x\r\nX-Chunk-SHA256: {'3' * 64}\r\n"
                     f"Content-Length: 1400\r\n\r\n".encode() + b"x" * 1000)
        answer = _answer(sock)
        sock.close()
    assert answer == b"" or answer.startswith(b"HTTP/1.1 400"), answer[:80]
    typed["chunk shorter than its Content-Length -> cut"] += 1
    status, state = _request(port, f"GET /v1/uploads/{uid} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert status == 200 and state["received"] == 0  # nothing of a refused chunk counts

    for t in honest:
        t.join(timeout=280)
    for t in attackers:
        t.join(timeout=280)
    stop_watch.set()
    watcher.join()
    for sock in held:
        sock.close()

    assert not honest_errors, honest_errors
    # No honest bundle lost: each stored whole under its hash, with a verified receipt.
    stored = {p.stem for p in (receiver.archive / "received").glob("*.tib")}
    for path in bundles:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert receipts[path.name] == digest
        assert digest in stored
        assert hashlib.sha256((receiver.archive / "received" / f"{digest}.tib").read_bytes()).hexdigest() == digest
    assert len(stored) == HONEST_BUNDLES
    # Every slow client was cut (none outlived its allowance), the flood met a bound.
    assert slow["never cut"] == 0 and sum(slow.values()) == SLOWLORIS + SLOW_BODIES, slow
    assert flooded["busy (503)"] > 0 and flooded["other"] == 0, flooded
    assert receiver.srv.httpd.refused_busy > 0 and receiver.srv.httpd.cut_slow > 0
    # The receiver never ran more connection threads than its limit.
    assert 0 < peak_handlers <= MAX_CONNECTIONS
    # No byte of an unacknowledged chunk is kept.
    for uid in slow_ids:
        assert (receiver.archive / "received" / ".partial" / f"{uid}.part").stat().st_size == 0
    # It still serves.
    status, _ = _request(port, b"GET /v1/log/checkpoint HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 200
    print(f"\nreceiver load: {HONEST_BUNDLES} honest bundles stored with receipts, 0 lost; "
          f"slow clients {dict(slow)}; flood {dict(flooded)}; refused busy {receiver.srv.httpd.refused_busy}, "
          f"cut slow {receiver.srv.httpd.cut_slow}; peak connection threads {peak_handlers} "
          f"(limit {MAX_CONNECTIONS}); typed answers {dict(typed)}")
