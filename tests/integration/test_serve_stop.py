# SPDX-License-Identifier: GPL-3.0-or-later
"""A service manager stops ``intake serve`` (SIGTERM): it must end within 10 s at any stage, with
exit code 0 and no traceback, and keep every upload it acknowledged.

Run as an operator runs it: the real command line in a subprocess, the real ``tor`` (whose
network is unreachable: its only bridge is a closed loopback port, so it never finishes
bootstrapping), and real HTTP on loopback for uploads in flight. The 10 s bound is the
requirement itself (systemd's default stop timeout is 90 s; a stop that hangs is what failed).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle.profile import load_profile
from tests.fixtures.tornet import free_port

pytestmark = [pytest.mark.timeout(300)]
CHUNK = 64 << 10
STOP_WITHIN = 10.0


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}


def _archive(tmp: Path) -> Path:
    archive = tmp / "archive"
    done = subprocess.run([sys.executable, "-m", "intake_app", "archive", "init", str(archive), "--name", "stop",
                           "--no-passphrase"], capture_output=True, text=True, env=_env(tmp / "home-admin"),
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return archive


def _serve(archive: Path, home: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "intake_app", "serve", "--archive", str(archive), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(home))


def _listening(proc: subprocess.Popen[str]) -> int:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("listening http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
    return int(line.rsplit(":", 1)[1])


def _stop(proc: subprocess.Popen[str]) -> str:
    """SIGTERM; the process must be gone within STOP_WITHIN seconds with code 0; return its stderr."""
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=STOP_WITHIN)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError(f"intake serve still running {STOP_WITHIN:.0f} s after SIGTERM") from None
    err = proc.stderr.read() if proc.stderr else ""
    assert code == 0, err
    assert "Traceback" not in err, err
    return err


def _tor_processes_for(directory: Path) -> list[int]:
    """PIDs of tor processes holding a file under ``directory`` open (its data directory's lock;
    the configuration came on stdin, so the command line names no file)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "exe").resolve().name != "tor":
                    continue
                if any(os.readlink(fd).startswith(str(directory) + os.sep) for fd in (entry / "fd").iterdir()):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _call(port: int, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers={"Content-Length": str(len(body)), **(headers or {})})
        answer = conn.getresponse()
        return answer.status, json.loads(answer.read() or b"{}")
    finally:
        conn.close()


def _put(port: int, upload: str, offset: int, data: bytes) -> tuple[int, dict]:
    return _call(port, "PUT", f"/v1/uploads/{upload}?offset={offset}", data,
                 {"X-Chunk-SHA256": hashlib.sha256(data).hexdigest()})


def _claim(port: int, data: bytes) -> str:
    status, answer = _call(port, "POST", "/v1/uploads",
                           json.dumps({"size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "salt": "5a" * 32}).encode())
    assert status == 201, answer
    return str(answer["upload_id"])


def _finish_and_verify(port: int, upload: str, data: bytes, receipt_key: bytes) -> int:
    status, answer = _call(port, "POST", f"/v1/uploads/{upload}/finish")
    assert status == 200, answer
    proof = receipts.SubmissionProof.from_json(answer).with_salt("5a" * 32)  # the salt _claim sent
    receipt = receipts.verify_submission(proof, receipt_key, hashlib.sha256(data).hexdigest(), len(data))[0]
    return receipt.log_index


@pytest.mark.slow
def test_sigterm_while_tor_bootstraps_against_an_unreachable_network(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    unreachable = tmp_path / "unreachable.torrc"
    unreachable.write_text(f"UseBridges 1\nBridge 127.0.0.1:{free_port()}\n", encoding="utf-8")
    proc = _serve(archive, tmp_path / "home-serve", "--listen", "127.0.0.1:0", "--torrc-extra", str(unreachable))
    assert proc.stderr is not None
    seen = []
    while not any(line.startswith("Tor: ") for line in seen):  # tor runs and reports its bootstrap
        line = proc.stderr.readline()
        assert line, "intake serve ended before tor reported progress"
        seen.append(line)
    torrc = archive / "tor"
    assert _tor_processes_for(torrc)
    _stop(proc)
    assert proc.stdout is not None and "listening" not in proc.stdout.read()  # it never served
    assert not _tor_processes_for(torrc)  # and left no tor behind


@pytest.mark.slow
def test_sigterm_with_uploads_in_flight_keeps_every_acknowledged_byte(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    receipt_key = load_profile(archive / "profile.json").receipt_public_key
    proc = _serve(archive, tmp_path / "home-serve", "--no-tor", "--listen", "127.0.0.1:0")
    port = _listening(proc)
    try:
        # A: a whole submission with the real client command; acknowledged with its receipt code.
        done_bundle = tmp_path / "a.tib"
        done_bundle.write_bytes(os.urandom(3 * CHUNK + 11))
        sent = subprocess.run([sys.executable, "-m", "intake_app", "submit", str(done_bundle), "--profile",
                               str(archive / "profile.json"), "--insecure-direct", f"http://127.0.0.1:{port}"],
                              capture_output=True, text=True, env=_env(tmp_path / "home-a"), timeout=120, check=False)
        assert sent.returncode == 0, sent.stderr
        # B: one chunk acknowledged, the second half sent when the stop comes.
        partial = os.urandom(3 * CHUNK)
        upload_b = _claim(port, partial)
        assert _put(port, upload_b, 0, partial[:CHUNK])[0] == 200
        half = socket.create_connection(("127.0.0.1", port), timeout=30)
        chunk = partial[CHUNK:2 * CHUNK]
        half.sendall((f"PUT /v1/uploads/{upload_b}?offset={CHUNK} HTTP/1.1\r\nHost: x\r\n"
                      f"X-Chunk-SHA256: {hashlib.sha256(chunk).hexdigest()}\r\nContent-Length: {CHUNK}\r\n\r\n").encode()
                     + chunk[:CHUNK // 2])
        # C: every byte acknowledged, not finished yet.
        whole = os.urandom(2 * CHUNK)
        upload_c = _claim(port, whole)
        assert _put(port, upload_c, 0, whole)[0] == 200
    except BaseException:
        proc.kill()
        raise
    _stop(proc)
    half.close()  # its half chunk was never acknowledged

    again = _serve(archive, tmp_path / "home-serve", "--no-tor", "--listen", "127.0.0.1:0")
    port = _listening(again)
    try:
        # A is stored and logged: its log entry verifies against the archive's receipt key.
        status, answer = _call(port, "GET", "/v1/log/entry?index=0")
        assert status == 200
        # Its public entry shows a commitment; the archive's private openings hold the CLI's salt.
        salt = json.loads((archive / "log" / "openings").read_text().splitlines()[0])["salt"]
        receipts.verify_submission(receipts.SubmissionProof.from_json(answer).with_salt(salt), receipt_key,
                                   hashlib.sha256(done_bundle.read_bytes()).hexdigest(), done_bundle.stat().st_size)
        assert (archive / "received" / f"{hashlib.sha256(done_bundle.read_bytes()).hexdigest()}.tib").read_bytes() \
            == done_bundle.read_bytes()
        # B resumes from its acknowledged chunk (the cut half chunk was dropped) and completes.
        b_now = _call(port, "GET", f"/v1/uploads/{upload_b}")[1]
        assert (b_now["received"], b_now["size"], b_now["done"]) == (CHUNK, len(partial), False)
        assert _put(port, upload_b, CHUNK, partial[CHUNK:])[0] == 200
        assert _finish_and_verify(port, upload_b, partial, receipt_key) == 1
        # C, fully sent before the stop, finishes now.
        assert _finish_and_verify(port, upload_c, whole, receipt_key) == 2
    finally:
        _stop(again)


def test_a_finish_cut_between_storing_and_logging_is_completed_on_the_next_try(tmp_path: Path) -> None:
    """The stop's drain is bounded: a finish may be cut after the bundle moved into place and before
    its receipt was logged. The client's next finish must then log it, not fail."""
    import nacl.signing

    from intake_app.transport.inbox import Limits
    from intake_app.transport.receiver import ReceiverServer

    key = nacl.signing.SigningKey.generate()
    srv = ReceiverServer(tmp_path / "archive", key, Limits()).start()
    data = os.urandom(CHUNK + 5)
    upload = _claim(srv.port, data)
    assert _put(srv.port, upload, 0, data)[0] == 200
    srv.state.inbox.finish(upload)  # stored under its hash, not logged: where a cut finish stops
    srv.stop()
    again = ReceiverServer(tmp_path / "archive", key, Limits()).start()
    try:
        assert _finish_and_verify(again.port, upload, data, bytes(key.verify_key)) == 0
        assert len(list((tmp_path / "archive" / "received").glob("*.tib"))) == 1
    finally:
        again.stop()
