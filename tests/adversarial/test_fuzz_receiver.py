# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzz the receiver with raw, malformed HTTP requests over real sockets on loopback.

Every request is bytes on a TCP socket to a running :class:`ReceiverServer` (no HTTP library
on the client side, so request lines, headers and bodies can be wrong in every way). After
each one the server must have answered with a well-formed HTTP status below 500 (or, for input
that is not HTTP at all, closed the connection) and must not have hit an unexpected exception
in a handler thread. At the end a real client still uploads a bundle and gets a verified
receipt, and the store holds only bundles whose name is their SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import nacl.signing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer
from tests.adversarial._fuzz import TALLY, budget

pytestmark = [pytest.mark.timeout(300)]

KEY = nacl.signing.SigningKey(b"\x21" * 32)
STATUS = re.compile(rb"HTTP/1\.[01] (\d{3}) ")
# http.server answers a request line it cannot place (e.g. HTTP/2.0) HTTP/0.9 style: the error page only.
BARE_ERROR = re.compile(rb"<!DOCTYPE HTML>.*Error code: (\d{3})", re.DOTALL)


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    archive = tmp_path_factory.mktemp("fuzz-receiver") / "archive"
    limits = Limits(chunk_bytes=64 << 10, max_chunk_bytes=1 << 20, max_bundle_bytes=8 << 20,
                    uploads_per_minute=10**6, max_open_uploads=10**6, min_free_bytes=0)
    srv = ReceiverServer(archive, KEY, limits).start()
    errors: list[BaseException] = []
    original = srv.httpd.handle_error

    def record(request: Any, address: Any) -> None:
        # Called by socketserver from inside the except block of a handler thread.
        exc = sys.exc_info()[1]
        if exc is not None:
            errors.append(exc)
        original(request, address)

    srv.httpd.handle_error = record  # type: ignore[method-assign]
    ids = [_create(srv.port, 1000)["upload_id"] for _ in range(3)]
    yield SimpleNamespace(srv=srv, errors=errors, ids=ids, archive=archive, token=srv.state.staff_token)
    srv.stop()


def _exchange(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        try:
            sock.sendall(request)
            sock.shutdown(socket.SHUT_WR)  # the server sees the end of what we send, never waits for more
        except OSError:
            pass  # it may close early on an oversize request line; what it answered is still readable
        chunks = []
        try:
            while data := sock.recv(65536):
                chunks.append(data)
        except ConnectionResetError:
            pass
        return b"".join(chunks)


def _create(port: int, size: int) -> dict[str, Any]:
    body = json.dumps({"size": size, "sha256": "0" * 64, "salt": "5a" * 32}).encode()
    answer = _exchange(port, b"POST /v1/uploads HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    return json.loads(answer.split(b"\r\n\r\n", 1)[1])  # type: ignore[no-any-return]


_methods = st.sampled_from([b"GET", b"POST", b"PUT", b"DELETE", b"HEAD", b"get", b"", b"P\x00T", b"GET GET"])
_numbers = st.sampled_from([b"0", b"1", b"-1", b"abc", b"", b"99999999999999999999", b"1e3", "٣".encode(), b"0x10",
                            b"4" * 5000, b"%00", b"1&offset=2"])
_versions = st.sampled_from([b"HTTP/1.1", b"HTTP/1.0", b"HTTP/2.0", b"HTTP/1.1x", b"", b"HTTP/0.9", b"HTTP/1.10"])


@st.composite
def _target(draw: st.DrawFn, ids: list[str]) -> bytes:
    upload = draw(st.one_of(st.sampled_from([i.encode() for i in ids]), st.sampled_from(
        [b"", b"..", b"../../etc", b"%2e%2e", b"A" * 21, b"x" * 70, b"\xff\xfe"])))
    return draw(st.sampled_from([
        b"/v1/uploads", b"/v1/uploads/" + upload, b"/v1/uploads/" + upload + b"?offset=" + draw(_numbers),
        b"/v1/uploads/" + upload + b"/finish", b"/v1/log/checkpoint", b"/v1/log/entry?index=" + draw(_numbers),
        b"/v1/log/consistency?old=" + draw(_numbers) + b"&new=" + draw(_numbers), b"/v1/staff/bundles",
        b"/v1/staff/bundles/" + b"0" * 64, b"/v1/staff/bundles/../../profile.json", b"/", b"*",
        b"http://evil/v1/uploads", b"/v1//uploads", b"/v1/uploads?" + b"a=" * 2000, b"/" + b"a" * 70_000,
    ]))


@st.composite
def _request(draw: st.DrawFn, ids: list[str], token: str) -> bytes:
    body = draw(st.one_of(
        st.binary(max_size=300),
        st.sampled_from([b"{}", b"[]", b'{"size": 5, "sha256": "' + b"a" * 64 + b'"}', b'{"size": -1}',
                         b'{"size": 1e999}', b'{"size": 99999999999999999999999}', b"\xff", b"{" * 5000,
                         b'{"size": ' + b"9" * 5000 + b"}"])))
    headers: list[bytes] = [b"Host: receiver"]
    length = draw(st.sampled_from(["true", "true", "missing", "short", "long", "negative", "junk", "huge", "twice"]))
    value = {"true": b"%d" % len(body), "short": b"%d" % max(0, len(body) - 3), "long": b"%d" % (len(body) + 50),
             "negative": b"-5", "junk": b"ten", "huge": b"9" * 30, "twice": b"%d" % len(body)}.get(length)
    if value is not None:
        headers.append(b"Content-Length: " + value)
    if length == "twice":
        headers.append(b"Content-Length: 0")
    if draw(st.booleans()):
        digest = hashlib.sha256(body).hexdigest().encode()
        headers.append(b"X-Chunk-SHA256: " + draw(st.sampled_from([digest, digest.upper(), b"0" * 64, b"", b"zz"])))
    extra = draw(st.lists(st.sampled_from([
        b"Transfer-Encoding: chunked", b"Expect: 100-continue", b"Connection: keep-alive", b"Connection: close",
        b"Authorization: Bearer " + token.encode(), b"Authorization: Bearer wrong", b"Authorization: Basic x",
        b"X-Long: " + b"a" * 70_000, b"no colon here", b" folded: header", b"Content-Type: application/json",
    ]), max_size=3))
    headers += extra
    if draw(st.integers(0, 20)) == 0:
        headers += [b"X-%d: y" % i for i in range(150)]  # more headers than http.server allows
    line = b" ".join(p for p in (draw(_methods), draw(_target(ids)), draw(_versions)) if p)
    ending = draw(st.sampled_from([b"\r\n", b"\r\n", b"\n"]))
    request = line + ending + ending.join(headers) + ending + ending + body
    if draw(st.integers(0, 10)) == 0:  # pipelining: a second request on the same connection
        request += b"GET /v1/log/checkpoint HTTP/1.1\r\nHost: x\r\n\r\n"
    return request


def test_receiver_answers_raw_malformed_requests(receiver: SimpleNamespace, intake_home: Path, tmp_path: Path) -> None:
    port = receiver.srv.port

    @budget(400)
    @given(request=_request(receiver.ids, receiver.token))
    def one(request: bytes) -> None:
        TALLY["receiver HTTP request"]["tried"] += 1
        answer = _exchange(port, request)
        assert not receiver.errors, f"a handler failed: {receiver.errors[0]!r}"
        if not answer:
            TALLY["receiver HTTP request"]["closed without answer"] += 1
            return
        status = STATUS.match(answer) or BARE_ERROR.match(answer)
        if status is None:
            # "GET /path" (no version, or HTTP/0.9): http.server answers with the bare body.
            first = request.split(b"\n", 1)[0].rstrip(b"\r").split(b" ")
            assert len(first) == 2 or first[-1] == b"HTTP/0.9", answer[:80]
            assert answer.startswith((b"{", b"testimony-intake/receipts/")), answer[:80]
            TALLY["receiver HTTP request"]["HTTP/0.9 answers"] += 1
            return
        code = int(status.group(1))
        assert code < 500 or code in (501, 505, 507), f"server error {code}"
        TALLY["receiver HTTP request"]["rejected" if code >= 400 else "accepted"] += 1

    one()
    # It still serves a real client, and stored nothing that is not a whole, hash-named bundle.
    bundle = tmp_path / "good.tib"
    bundle.write_bytes(os.urandom(200_000))
    result = client.submit(bundle, SimpleNamespace(receiver_onion="", receipt_public_key=bytes(KEY.verify_key)),
                           tor=None, insecure_direct_url=receiver.srv.url)
    assert result.bundle_sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    for stored in (receiver.archive / "received").glob("*.tib"):
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == stored.stem
    assert not receiver.errors
