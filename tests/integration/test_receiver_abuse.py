# SPDX-License-Identifier: GPL-3.0-or-later
"""The three cheap lock-outs of security-review F6 and F7, run against a real receiver on
loopback with its DEFAULT limits (``Limits()``), each followed by an honest submission with the
real client that must end in a verified receipt.

1. 100 empty upload claims (more than the 64 slots): the old receiver kept each for 48 h.
2. Claims of the largest allowed size, and of absurd sizes, on a bundle the archive already
   holds: the old receiver counted the claimed sizes against the quota. The answers must not
   tell whether the bundle is stored.
3. Idle and trickling request bodies declaring 16 MiB, plus connections that send nothing, on
   every connection the receiver serves: the old receiver held a declared 16 MiB body ~2.3 h.

No duration is asserted: a cut is observed as the socket closing, and the figures are printed.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import nacl.signing
import pytest

from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer
from intake_crypto.bundle import receipt as receipts

pytestmark = [pytest.mark.timeout(600)]

KEY = nacl.signing.SigningKey(b"\x5a" * 32)
DEFAULTS = Limits()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[ReceiverServer]:
    srv = ReceiverServer(tmp_path / "archive", KEY, DEFAULTS).start()
    yield srv
    srv.stop()


def _profile(key: nacl.signing.SigningKey = KEY) -> SimpleNamespace:
    return SimpleNamespace(receiver_onion="", receipt_public_key=bytes(key.verify_key))


def _honest_submission(srv: ReceiverServer, path: Path, size: int = 140_000, key: nacl.signing.SigningKey = KEY) -> None:
    """What a submitter's app does; submit() verifies the receipt and its log inclusion proof."""
    path.write_bytes(os.urandom(size))
    result = client.submit(path, _profile(key), tor=None, insecure_direct_url=srv.url)
    receipts.verify_submission(result.proof, bytes(key.verify_key), hashlib.sha256(path.read_bytes()).hexdigest(), size)
    assert (srv.state.inbox.directory / f"{result.bundle_sha256}.tib").read_bytes() == path.read_bytes()


def _exchange(port: int, raw: bytes) -> tuple[int, dict[str, object]]:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(raw)
        data = b""
        while b"\r\n\r\n" not in data or len(data.partition(b"\r\n\r\n")[2]) < _length(data):
            more = sock.recv(65536)
            if not more:
                break
            data += more
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), json.loads(body)


def _length(data: bytes) -> int:
    for line in data.partition(b"\r\n\r\n")[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 0


def _claim(port: int, size: int, sha256: str) -> tuple[int, dict[str, object]]:
    body = json.dumps({"size": size, "sha256": sha256, "salt": "5a" * 32}).encode()
    return _exchange(port, b"POST /v1/uploads HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


def test_empty_claims_do_not_lock_out_submitters(receiver: ReceiverServer, intake_home: Path, tmp_path: Path) -> None:
    answers = [_claim(receiver.port, 1 << 20, secrets.token_hex(32)) for _ in range(DEFAULTS.max_open_uploads + 36)]
    # Every claim is answered (the slowest empty claim gives its slot up), and none costs quota.
    assert {status for status, _ in answers} == {201}
    assert receiver.state.inbox.used_bytes() == 0
    held = len(list(receiver.state.inbox.partial.glob("*.json")))
    assert held <= DEFAULTS.max_open_uploads
    print(f"\n100 empty claims answered 201; {held} held at the end (slots: {DEFAULTS.max_open_uploads}); quota used: 0")
    _honest_submission(receiver, tmp_path / "honest.tib")
    # And after the reservation time the remaining empty claims are gone entirely.
    receiver.state.inbox.expire_idle(now=time.time() + DEFAULTS.reservation_seconds + 1)
    assert not list(receiver.state.inbox.partial.glob("*.json")) or all(
        json.loads(p.read_text())["done"] for p in receiver.state.inbox.partial.glob("*.json"))


def test_claims_on_a_stored_bundle_take_no_quota_and_reveal_nothing(tmp_path: Path, intake_home: Path) -> None:
    # Default limits, and a second receiver whose quota is small enough that counting claims would bite.
    for name, limits in (("defaults", DEFAULTS), ("small-quota", Limits(quota_bytes=4 << 20))):
        key = nacl.signing.SigningKey.generate()  # two archives, two logs
        srv = ReceiverServer(tmp_path / name, key, limits).start()
        try:
            stored = tmp_path / f"{name}-stored.tib"
            _honest_submission(srv, stored, key=key)
            known = hashlib.sha256(stored.read_bytes()).hexdigest()  # from a copy of the file (the log shows no hash)
            fresh = secrets.token_hex(32)
            for size in (limits.max_bundle_bytes + 1, 8 << 30):
                assert _claim(srv.port, size, known)[0] == _claim(srv.port, size, fresh)[0] == 413
            big = min(limits.max_bundle_bytes, limits.quota_bytes - srv.state.inbox.used_bytes())
            shapes = set()
            for i in range(70):
                status, answer = _claim(srv.port, big, known if i % 2 else fresh)
                assert status == 201, answer
                shapes.add((tuple(sorted(answer)), answer["received"], answer["chunk_size"]))
                upload = str(answer["upload_id"])
                status_answer = _exchange(srv.port, f"GET /v1/uploads/{upload} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                assert status_answer == (200, {"received": 0, "size": big, "done": False, "ahead": limits.ahead_bytes}), status_answer
            assert shapes == {(("ahead", "chunk_size", "received", "upload_id"), 0, limits.chunk_bytes)}  # stored or not: alike
            assert srv.state.inbox.used_bytes() == stored.stat().st_size  # bytes on disk, never claims
            _honest_submission(srv, tmp_path / f"{name}-honest.tib", key=key)
            # The stored bundle sent again in full is accepted and kept once, and gets a new entry under
            # its new salt: the earlier receipt (index, day) would tell the sender it was there (F2).
            again = client.submit(stored, _profile(key), tor=None, insecure_direct_url=srv.url)
            assert again.receipt.log_index == 2 and len(srv.state.log) == 3
            assert srv.state.inbox.used_bytes() == stored.stat().st_size + 140_000
        finally:
            srv.stop()


def test_idle_and_trickling_bodies_are_cut_and_submitters_get_through(receiver: ReceiverServer, intake_home: Path,
                                                                     tmp_path: Path) -> None:
    port = receiver.port
    status, answer = _claim(port, 16 << 20, secrets.token_hex(32))
    assert status == 201
    upload = answer["upload_id"]
    put = (f"PUT /v1/uploads/{upload}?offset=0 HTTP/1.1\r\nHost: x\r\nX-Chunk-SHA256: {'0' * 64}\r\n"
           f"Content-Length: {16 << 20}\r\n\r\n").encode()
    idle_bodies, silent, trickles = 96, 28, 4  # 128 = DEFAULTS.max_connections
    sockets: list[tuple[str, socket.socket]] = []
    for kind, count in (("idle body", idle_bodies), ("silent", silent), ("trickle", trickles)):
        for _ in range(count):
            sock = socket.create_connection(("127.0.0.1", port), timeout=120)
            if kind != "silent":
                sock.sendall(put)
            sockets.append((kind, sock))
    stop_trickling = threading.Event()

    def trickle(sock: socket.socket) -> None:
        # 512 bytes a second: a quarter of the minimum rate, forever.
        try:
            while not stop_trickling.wait(1.0):
                sock.sendall(b"\0" * 512)
        except OSError:
            pass

    for kind, sock in sockets:
        if kind == "trickle":
            threading.Thread(target=trickle, args=(sock,), daemon=True).start()
    # An honest submitter starts while every connection is taken; it meets "busy", retries, and gets through.
    honest: list[BaseException | None] = []

    def submit() -> None:
        try:
            _honest_submission(receiver, tmp_path / "during.tib")
            honest.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, asserted there
            honest.append(exc)

    submitter = threading.Thread(target=submit)
    started = time.monotonic()
    submitter.start()
    cut = {"idle body": 0, "silent": 0, "trickle": 0}
    for kind, sock in sockets:
        try:
            while sock.recv(65536):
                pass  # an answer (e.g. 503 busy) then the close; only the close counts
            cut[kind] += 1
        except (ConnectionResetError, BrokenPipeError):
            cut[kind] += 1
        except TimeoutError:
            pass
        finally:
            sock.close()
    all_cut = time.monotonic() - started
    stop_trickling.set()
    submitter.join(timeout=300)
    assert honest == [None]
    assert cut == {"idle body": idle_bodies, "silent": silent, "trickle": trickles}
    print(f"\n{sum(cut.values())} attacking connections (16 MiB bodies idle or at 512 B/s, silent sockets) all cut "
          f"after {all_cut:.0f} s (old receiver: ~2.3 h); {receiver.httpd.refused_busy} connections answered busy "
          f"meanwhile; the honest submission during the attack got its receipt")
    _honest_submission(receiver, tmp_path / "after.tib")
    # Nothing of the refused bodies was kept.
    assert receiver.state.inbox.status(str(upload))["received"] == 0
