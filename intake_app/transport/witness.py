# SPDX-License-Identifier: GPL-3.0-or-later
"""A transparency-log witness (C2SP ``tlog-witness``) and the receiver's side that asks witnesses to cosign.

The witness (``intake witness serve``) is a small HTTP process any partner of the archive can run.
It knows the logs it witnesses by their receipt keys (from archive profiles) and keeps, per log
origin, the latest checkpoint it cosigned. Its one endpoint::

    POST /add-checkpoint   body: "old <size>\\n", up to 63 base64 consistency-proof lines, "\\n",
                           then the signed checkpoint note
      200  the witness's cosignature line (C2SP tlog-cosignature, Ed25519 cosignature/v1, timestamped)
      400  malformed body, or old size above the checkpoint's
      403  no signature by the log's key verifies
      404  unknown log origin
      409  ``text/x.tlog.size``: the size of the latest checkpoint it cosigned, when ``old`` is not it,
           or the same size with another root (a fork)
      422  the consistency proof from the cosigned checkpoint does not verify (a fork or rollback)

Guarantees: a checkpoint is cosigned only if it is signed by the log's key and proven consistent
with the last one cosigned for its origin; the check and the update of the state are one atomic
step (a lock), and the new checkpoint is on disk (0600, fsynced, renamed into place) before the
cosignature is sent, so a rolled-back or forked view never gets a cosignature after the true one.
The state directory is 0700. Never: cosigns for a log it does not know; logs request contents.

:class:`Collector` is the log's side (``intake serve --witness NAME=URL``): when the receipt log's
checkpoint advances it asks each configured witness with a consistency proof from the size that
witness last cosigned (learning it from a 409 answer), keeps only cosignature lines that verify
under the profile's key for that witness, and appends them to the checkpoint it serves.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import ipaddress
import logging
import os
import threading
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import nacl.signing

from intake_app.text.errors import IntakeError
from intake_app.transport import LOOPBACK_HOSTS
from intake_app.transport.socks_http import SocksHTTPConnection
from intake_crypto.bundle import tlog

log = logging.getLogger("intake.witness")
MAX_BODY = 64 << 10
MAX_PROOF_LINES = 63
SIZE_TYPE = "text/x.tlog.size"


class WitnessError(IntakeError):
    """Root of witness problems."""


class WitnessConfigError(WitnessError):
    """A witness setting is not usable (an address, a name not in the profile, a state directory)."""


class _Refusal(Exception):
    def __init__(self, status: int, body: str, content_type: str = "text/plain; charset=utf-8") -> None:
        super().__init__(body)
        self.status, self.body, self.content_type = status, body, content_type


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class Witness:
    """The witness's logic: the logs it knows, its key, its state directory (one file per origin)."""

    def __init__(self, name: str, key: nacl.signing.SigningKey, state_dir: Path, logs: dict[str, bytes],
                 clock: Callable[[], float] = time.time) -> None:
        self.cosigner = tlog.Cosigner(name, bytes(key.verify_key))
        self.cosigner.vkey()  # checks the name
        self.key, self.logs, self.clock = key, dict(logs), clock
        self.state_dir = Path(state_dir)
        self.state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.state_dir, 0o700)
        self._lock = threading.Lock()

    def _path(self, origin: str) -> Path:
        return self.state_dir / (hashlib.sha256(origin.encode("utf-8")).hexdigest() + ".checkpoint")

    def latest(self, origin: str) -> tlog.Checkpoint | None:
        """The latest checkpoint cosigned for ``origin`` (re-verified under the log's key), if any."""
        path = self._path(origin)
        if not path.exists():
            return None
        return tlog.open_checkpoint(path.read_text(encoding="utf-8"), origin, self.logs[origin])

    def add_checkpoint(self, body: bytes) -> str:
        """Handle one ``add-checkpoint`` body; the cosignature line, or a :class:`_Refusal`."""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Refusal(400, "body is not UTF-8\n") from exc
        head, sep, note = text.partition("\n\n")
        if not sep:
            raise _Refusal(400, "no checkpoint after the proof\n")
        lines = (head + "\n").split("\n")[:-1]
        if not lines or not lines[0].startswith("old "):
            raise _Refusal(400, "the body starts with an old size line\n")
        size_text = lines[0][4:]
        if size_text != "0" and (not size_text.isascii() or not size_text.isdigit() or size_text.startswith("0")
                                 or len(size_text) > 20):
            raise _Refusal(400, "malformed old size\n")
        old = int(size_text)
        if len(lines) - 1 > MAX_PROOF_LINES:
            raise _Refusal(400, "too many proof lines\n")
        try:
            proof = [base64.b64decode(p, validate=True) for p in lines[1:]]
        except ValueError as exc:
            raise _Refusal(400, "a proof line is not base64\n") from exc
        try:
            checkpoint_text, _sigs = tlog.split_note(note)
            shown = tlog.Checkpoint.parse(checkpoint_text)
        except tlog.TlogError as exc:
            raise _Refusal(400, "not a signed checkpoint\n") from exc
        public_key = self.logs.get(shown.origin)
        if public_key is None:
            raise _Refusal(404, "unknown log\n")
        try:
            tlog.open_checkpoint(note, shown.origin, public_key)
        except tlog.NoteSignatureError as exc:
            raise _Refusal(403, "no signature by the log's key verifies\n") from exc
        except tlog.TlogError as exc:
            raise _Refusal(400, "not a signed checkpoint\n") from exc
        if old > shown.size:
            raise _Refusal(400, "old size is above the checkpoint's size\n")
        with self._lock:  # check and update are one step (C2SP tlog-witness: no rollback race)
            try:
                latest = self.latest(shown.origin)
            except (OSError, UnicodeDecodeError, tlog.TlogError) as exc:
                log.warning("the witness state for a log cannot be read; nothing is cosigned for it")
                raise _Refusal(500, "witness state unreadable\n") from exc
            latest_size = latest.size if latest is not None else 0
            if old != latest_size:
                raise _Refusal(409, f"{latest_size}\n", SIZE_TYPE)
            if old == 0:
                if proof:  # the empty tree is a prefix of every tree: nothing to prove
                    raise _Refusal(400, "the proof must be empty from size 0\n")
            elif latest is not None:
                if old == shown.size:
                    if latest.root != shown.root:
                        log.warning("refused a checkpoint with the size of the cosigned one and another root")
                        raise _Refusal(409, f"{latest_size}\n", SIZE_TYPE)
                else:
                    try:
                        tlog.verify_consistency(old, shown.size, latest.root, shown.root, proof)
                    except tlog.ProofError as exc:
                        log.warning("refused a checkpoint that does not extend the cosigned one")
                        raise _Refusal(422, "consistency proof does not verify\n") from exc
            if latest is None or shown.size > latest.size:
                _write_private(self._path(shown.origin), note.encode("utf-8"))
            return tlog.cosign(checkpoint_text, self.cosigner.name, self.key, int(self.clock()))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "intake-witness"
    sys_version = ""
    witness: Witness

    def log_message(self, format: str, *args: object) -> None:
        pass  # no access log

    def _send(self, status: int, body: str, content_type: str = "text/plain; charset=utf-8") -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if urllib.parse.urlsplit(self.path).path.rstrip("/").rsplit("/", 1)[-1] != "add-checkpoint":
            self.close_connection = True
            self._send(404, "no such endpoint\n")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._send(400, "Content-Length required, at most 64 KiB\n")
            return
        body = self.rfile.read(length)
        try:
            self._send(200, self.witness.add_checkpoint(body))
        except _Refusal as refusal:
            self._send(refusal.status, refusal.body, refusal.content_type)

    def do_GET(self) -> None:
        self.close_connection = True
        self._send(404, "no such endpoint\n")


class WitnessServer:
    """The witness's HTTP listener (loopback only; publish it as an onion service or through a bastion)."""

    def __init__(self, witness: Witness, host: str = "127.0.0.1", port: int = 0) -> None:
        if host not in LOOPBACK_HOSTS:
            raise WitnessConfigError("the witness listens on loopback only")
        handler = type("Handler", (_Handler,), {"witness": witness})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.witness = witness
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> WitnessServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
        self.httpd.server_close()


# ---- the log's side ---------------------------------------------------------------------------


@dataclass
class WitnessEndpoint:
    cosigner: tlog.Cosigner
    url: str
    socks: tuple[str, int] | None = None  # a tor SOCKS port for a witness that is not on loopback
    cosigned_size: int = 0  # what this witness last cosigned for us, as far as we know


def endpoint(cosigner: tlog.Cosigner, url: str, socks: tuple[str, int] | None = None) -> WitnessEndpoint:
    """A witness's address: ``http://`` on loopback, or an onion (then only through tor's ``socks``)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "http" or not host:
        raise WitnessConfigError("a witness address is http://HOST:PORT")
    loopback = host in LOOPBACK_HOSTS
    with contextlib.suppress(ValueError):
        loopback = loopback or ipaddress.ip_address(host).is_loopback
    if not loopback and not (host.endswith(".onion") and socks is not None):
        # Contacting a witness directly would show it where the receiver runs.
        raise WitnessConfigError("a witness is reached on loopback or as an onion service through tor")
    return WitnessEndpoint(cosigner, url.rstrip("/"), None if loopback else socks)


class Collector:
    """Asks the configured witnesses to cosign each new checkpoint; used by the receipt log."""

    def __init__(self, witnesses: Sequence[WitnessEndpoint], timeout: float = 15.0) -> None:
        self.witnesses, self.timeout = list(witnesses), timeout

    def _post(self, w: WitnessEndpoint, body: bytes) -> tuple[int, str, str]:
        parts = urllib.parse.urlsplit(w.url)
        conn: http.client.HTTPConnection
        if w.socks is None:
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=self.timeout)
        else:
            conn = SocksHTTPConnection(parts.hostname or "", parts.port or 80, w.socks, self.timeout)
        try:
            conn.request("POST", parts.path + "/add-checkpoint", body=body,
                         headers={"Content-Type": "text/plain; charset=utf-8"})
            resp = conn.getresponse()
            data = resp.read(MAX_BODY).decode("utf-8", "replace")
            return resp.status, resp.getheader("Content-Type", ""), data
        finally:
            conn.close()

    def cosign(self, note: str, checkpoint: tlog.Checkpoint, proof: Callable[[int], list[bytes]]) -> str:
        """The cosignature lines the witnesses gave for ``note`` (each verified), to append to it.
        ``proof(old)`` is the consistency proof from tree size ``old`` to the checkpoint's.
        The witnesses are asked at the same time, so one that hangs costs at most ``timeout`` (twice,
        if it first names another size), not ``timeout`` for every witness in turn."""
        if not self.witnesses:
            return ""
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=len(self.witnesses), thread_name_prefix="witness") as pool:
            answers = list(pool.map(lambda w: self._cosign_one(w, note, checkpoint, proof), self.witnesses))
        return "".join(line for lines in answers for line in lines)

    def _cosign_one(self, w: WitnessEndpoint, note: str, checkpoint: tlog.Checkpoint,
                    proof: Callable[[int], list[bytes]]) -> list[str]:
        old = w.cosigned_size if w.cosigned_size <= checkpoint.size else 0
        for _attempt in range(2):
            path = proof(old) if 0 < old < checkpoint.size else []
            body = f"old {old}\n" + "".join(base64.b64encode(h).decode() + "\n" for h in path) + "\n" + note
            try:
                status, ctype, data = self._post(w, body.encode("utf-8"))
            except (OSError, http.client.HTTPException):
                log.warning("a witness could not be reached")
                return []
            if status == 409 and ctype.startswith(SIZE_TYPE) and data.strip().isdigit():
                told = int(data.strip())
                if told != old and told <= checkpoint.size:
                    old = told
                    continue
            if status != 200:
                log.warning("a witness refused the checkpoint (%d)", status)
                return []
            lines = [line + "\n" for line in data.split("\n") if line]
            good = [ln for ln in lines if tlog.valid_cosigners(note + ln, [w.cosigner])]
            if good:
                w.cosigned_size = checkpoint.size
            return good
        return []


__all__ = ["Collector", "Witness", "WitnessConfigError", "WitnessError", "WitnessServer", "endpoint"]
