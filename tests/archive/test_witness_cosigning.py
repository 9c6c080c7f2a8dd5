# SPDX-License-Identifier: GPL-3.0-or-later
"""Witness cosigning of the receipt log (issue 19 item 4; security-review F10; SPEC 3.5).

Real witnesses: ``intake witness serve`` processes on loopback, keys from ``intake witness keygen``,
named in the archive's signed profile by ``intake archive witnesses``. The receiver asks them to
cosign each new checkpoint (C2SP tlog-witness ``add-checkpoint``); the client (``intake submit``,
the function the app's outbox calls) and staff ``intake fetch`` accept a receipt only when its
checkpoint carries valid cosignatures (C2SP cosignature/v1) by K of the profile's N witnesses.

The forking receiver is the lying receiver of ``test_fetch_fork`` (a loopback proxy over two real
receivers holding the real receipt key). Before this work its victim got a valid receipt for a
bundle it then dropped (``test_fetch_fork``); now the witness refuses the fork (409, its protocol's
answer), so the fork's checkpoint has no cosignature and the client refuses the receipt.
"""

from __future__ import annotations

import base64
import http.client
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.text.errors import user_message
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer, staff_token
from intake_app.transport.state import MemoryState
from intake_app.transport.witness import Collector, endpoint
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key
from tests.archive.test_fetch_fork import LyingReceiver, _bundle, _intake


class WitnessProcess:
    """``intake witness serve`` on loopback, as a partner runs it."""

    def __init__(self, key: Path, state: Path, *profiles: Path) -> None:
        args = [sys.executable, "-m", "intake_app", "witness", "serve", "--key", str(key), "--state", str(state),
                "--listen", "127.0.0.1:0", "--no-passphrase"]
        for p in profiles:
            args += ["--profile", str(p)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("listening "):
            self.proc.kill()
            raise AssertionError("witness did not start: " + (self.proc.stderr.read() if self.proc.stderr else ""))
        self.url = line.split()[1]
        self.vkey = self.proc.stdout.readline().strip()

    def post(self, body: str) -> tuple[int, str, str]:
        host, port = self.url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("POST", "/add-checkpoint", body=body.encode("utf-8"))
        resp = conn.getresponse()
        out = resp.status, resp.getheader("Content-Type", ""), resp.read().decode("utf-8")
        conn.close()
        return out

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Serve:
    """``intake serve --no-tor`` with ``--witness NAME=URL`` settings."""

    def __init__(self, archive: Path, *extra: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "intake_app", "serve", "--archive", str(archive),
                                      "--no-tor", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("listening "):
            self.proc.kill()
            raise AssertionError("intake serve did not start: " + (self.proc.stderr.read() if self.proc.stderr else ""))
        self.url = line.split()[1]

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=60)


def _archive(tmp_path: Path) -> Path:
    archive = tmp_path / "archive"
    r = _intake("archive", "init", str(archive), "--name", "Test", "--classic", "--no-passphrase",
                "--receiver-onion", "a" * 56 + ".onion")
    assert r.returncode == 0, r.stderr
    assert _intake("archive", "custody-key", str(tmp_path / "k"), "--no-passphrase").returncode == 0
    return archive


def _witness_key(tmp_path: Path, name: str) -> tuple[Path, str]:
    key = tmp_path / "witnesses" / name.replace("/", "_")
    key.parent.mkdir(exist_ok=True)
    r = _intake("witness", "keygen", str(key), "--name", name, "--no-passphrase")
    assert r.returncode == 0, r.stderr
    vkey = r.stdout.strip()
    assert (key.parent / (key.name + ".vkey")).read_text().strip() == vkey
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    return key, vkey


@pytest.fixture
def witnesses() -> Iterator[list[WitnessProcess]]:
    running: list[WitnessProcess] = []
    yield running
    for w in running:
        w.stop()


def _forge(note: str, name: str) -> str:
    """``note`` with one bit flipped in the signature of ``name``'s cosignature."""
    out = []
    for line in note.split("\n"):
        if line.startswith(f"\u2014 {name} "):
            blob = bytearray(base64.b64decode(line.split(" ")[2]))
            blob[-1] ^= 1
            line = f"\u2014 {name} {base64.b64encode(bytes(blob)).decode()}"
        out.append(line)
    return "\n".join(out)


def test_receipts_need_k_of_n_witness_cosignatures_and_a_forged_one_does_not_count(
        tmp_path: Path, witnesses: list[WitnessProcess], intake_home: Path) -> None:
    archive = _archive(tmp_path)
    fingerprint = load_profile(archive / "profile.json").fingerprint()
    keys = [_witness_key(tmp_path, f"witness.example/w{i}") for i in range(3)]
    r = _intake("archive", "witnesses", str(archive), *[a for _, v in keys for a in ("--add", v)],
                "--threshold", "2", "--no-passphrase")
    assert r.returncode == 0, r.stderr
    profile = load_profile(archive / "profile.json")
    assert profile.witness_threshold == 2 and len(profile.witnesses) == 3
    assert profile.fingerprint() == fingerprint  # re-signed by the same profile key
    # Two of the three witnesses run (the third is offline): 2 of 3 is enough.
    for key, _ in keys[:2]:
        witnesses.append(WitnessProcess(key, tmp_path / f"state-{key.name}", archive / "profile.json"))
    closed = f"http://127.0.0.1:{_closed_port()}"
    serve = Serve(archive, *[a for i, w in enumerate(witnesses) for a in ("--witness", f"witness.example/w{i}={w.url}")],
                  "--witness", f"witness.example/w2={closed}")
    try:
        bundle, _sha = _bundle(tmp_path / "a.tib", 1)
        r = _intake("submit", str(bundle), "--profile", str(archive / "profile.json"), "--insecure-direct", serve.url)
        assert r.returncode == 0, r.stderr
        got = client.submit(_bundle(tmp_path / "b.tib", 2)[0], profile, tor=None, insecure_direct_url=serve.url)
        cosigners = profile.cosigners()
        assert {c.name for c in tlog.valid_cosigners(got.proof.checkpoint_note, cosigners)} == {
            "witness.example/w0", "witness.example/w1"}
        # Each witness keeps its state private: a 0700 directory, the cosigned checkpoint 0600.
        for w in keys[:2]:
            state = tmp_path / f"state-{w[0].name}"
            assert oct(state.stat().st_mode & 0o777) == "0o700"
            (kept,) = state.iterdir()
            assert oct(kept.stat().st_mode & 0o777) == "0o600" and kept.read_text().split("\n")[1] == "2"

        # A forged cosignature (one bit of w1's signature) leaves one valid: below the threshold.
        forged = receipts.SubmissionProof(got.proof.receipt_note, _forge(got.proof.checkpoint_note,
                                                                          "witness.example/w1"),
                                          got.proof.inclusion_proof, got.proof.salt)
        with pytest.raises(receipts.ReceiptWitnessError):
            receipts.verify_submission(forged, profile.receipt_public_key, got.bundle_sha256, got.size,
                                       witnesses=cosigners, witness_threshold=2)
        with pytest.raises(client.TooFewCosignaturesError):
            client.verify_and_store(forged, profile.receipt_public_key, got.bundle_sha256, got.size,
                                    witnesses=cosigners, witness_threshold=2)
        # A cosignature made by another key under w2's name does not count either.
        import nacl.signing

        impostor = tlog.cosign(tlog.split_note(got.proof.checkpoint_note)[0], "witness.example/w2",
                               nacl.signing.SigningKey.generate(), 1_700_000_000)
        assert len(tlog.valid_cosigners(forged.checkpoint_note + impostor, cosigners)) == 1

        # Staff fetch checks the same threshold: 2 of 3 met.
        fetch_args = ("fetch", "--archive", str(archive), "--receiver", serve.url, "--custody-key",
                      str(tmp_path / "k"), "--no-passphrase", "--token-file", str(archive / "staff-token"))
        r = _intake(*fetch_args)
        assert r.returncode == 0 and "New bundles fetched: 2 " in r.stdout, r.stderr

        # The archive now asks for all three: the offline witness is missing, so the client and
        # staff refuse, in plain words, and the bundle stays in the outbox.
        r = _intake("archive", "witnesses", str(archive), "--threshold", "3", "--no-passphrase")
        assert r.returncode == 0, r.stderr
        c = tmp_path / "c.tib"
        _bundle(c, 3)
        r = _intake("submit", str(c), "--profile", str(archive / "profile.json"), "--insecure-direct", serve.url)
        assert r.returncode != 0 and "Traceback" not in r.stderr
        assert "not confirmed by enough of the independent witnesses" in r.stderr and c.exists()
        r = _intake(*fetch_args)
        assert r.returncode != 0 and "Traceback" not in r.stderr
        assert "not confirmed by enough of the witnesses" in r.stderr
    finally:
        serve.stop()


def _closed_port() -> int:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


def test_a_forking_receiver_is_refused_by_the_witness_so_client_and_staff_refuse_the_fork(
        tmp_path: Path, witnesses: list[WitnessProcess], intake_home: Path) -> None:
    archive = _archive(tmp_path)
    key_path, vkey = _witness_key(tmp_path, "witness.example/partner")
    assert _intake("archive", "witnesses", str(archive), "--add", vkey, "--no-passphrase").returncode == 0
    profile = load_profile(archive / "profile.json")
    assert profile.witness_threshold == 1
    witness = WitnessProcess(key_path, tmp_path / "witness-state", archive / "profile.json")
    witnesses.append(witness)
    assert witness.vkey == vkey
    (cosigner,) = profile.cosigners()

    def collector() -> Collector:
        return Collector([endpoint(cosigner, witness.url)])

    key = read_signing_key(archive / "keys" / "receipt-signing.key", None)
    receiving = tmp_path / "receiving"
    receiving.mkdir()
    staff_token(receiving)
    honest = ReceiverServer(receiving, key, Limits(), witnesses=collector()).start()
    servers = [honest]
    liar = LyingReceiver({"honest": honest})
    fetch_args = ("fetch", "--archive", str(archive), "--receiver", liar.url, "--custody-key", str(tmp_path / "k"),
                  "--no-passphrase", "--token-file", str(receiving / "staff-token"))
    try:
        for n in range(2):
            client.submit(_bundle(tmp_path / f"a{n}.tib", n)[0], profile, tor=None, insecure_direct_url=liar.url)
        # The attacker forks here: a private copy of the log (2 entries), same key, same witness.
        honest.stop()
        shutil.copytree(receiving, tmp_path / "fork")
        honest = ReceiverServer(receiving, key, Limits(), witnesses=collector()).start()
        forked = ReceiverServer(tmp_path / "fork", key, Limits(), witnesses=collector()).start()
        servers[:] = [honest, forked]
        liar.backends = {"honest": honest, "fork": forked}
        client.submit(_bundle(tmp_path / "o.tib", 7)[0], profile, tor=None, insecure_direct_url=liar.url)
        r = _intake(*fetch_args)
        assert r.returncode == 0 and "New bundles fetched: 3 " in r.stdout, r.stderr

        # A stale view (the log as it was at 2 entries) gets no cosignature either: refused.
        liar.view = "fork"
        with pytest.raises(client.TooFewCosignaturesError):
            client.submit(_bundle(tmp_path / "s.tib", 8)[0], profile, tor=None, insecure_direct_url=liar.url)
        assert len(forked.state.log) == 2
        # The attacker's private fork gets an entry of its own (a tree of 3 with another root), and
        # the victim is shown it. The witness cosigned the honest tree of 3 and refuses the fork's:
        # its checkpoint carries no cosignature, and the client refuses it, in plain words.
        forked.state.log.append("ab" * 32, 1000, "cd" * 32)
        liar.view = "fork"
        victim_state = MemoryState()
        victim_bundle, victim = _bundle(tmp_path / "v.tib", 9)
        with pytest.raises(client.TooFewCosignaturesError) as caught:
            client.submit(victim_bundle, profile, tor=None, insecure_direct_url=liar.url, state=victim_state)
        message, hint = user_message(caught.value)
        assert "not confirmed by enough of the independent witnesses" in message and "outbox" in hint
        # Refused before any byte was sent: the fork never got the victim's bundle.
        assert not forked.state.inbox.bundle_path(victim).exists() and len(forked.state.log) == 3
        # What the witness answered the forking receiver: 409 and its own size (C2SP tlog-witness).
        fork_note = forked.state.log.checkpoint()
        assert tlog.valid_cosigners(fork_note, [cosigner]) == []
        status, ctype, body = witness.post("old 3\n\n" + fork_note)
        assert (status, ctype, body) == (409, "text/x.tlog.size", "3\n")
        # The fork grows; its own consistency proof from 3 does not start at the tree the witness cosigned.
        forked.state.log.append("ef" * 32, 1001, "cd" * 32)
        fork_note = forked.state.log.checkpoint()
        proof = "".join(p + "\n" for p in forked.state.log.consistency(3, 4))
        status, _, _ = witness.post("old 3\n" + proof + "\n" + fork_note)
        assert status == 422
        # Staff shown the fork: refused before any download, plain message.
        before = sorted(p.name for p in (archive / "incoming").iterdir())
        r = _intake(*fetch_args)
        assert r.returncode != 0 and "Traceback" not in r.stderr
        assert "not confirmed by enough of the witnesses" in r.stderr
        assert sorted(p.name for p in (archive / "incoming").iterdir()) == before
        # The honest log goes on being cosigned and fetched.
        liar.view = "honest"
        client.submit(_bundle(tmp_path / "h.tib", 12)[0], profile, tor=None, insecure_direct_url=liar.url)
        r = _intake(*fetch_args)
        assert r.returncode == 0 and "New bundles fetched: 1 " in r.stdout, r.stderr
        assert victim not in {p.stem for p in (archive / "incoming").glob("*.tib")}
    finally:
        liar.stop()
        for s in servers:
            s.stop()


def test_a_profile_without_witnesses_keeps_its_bytes_and_needs_no_cosignature(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    before = (archive / "profile.json").read_bytes()
    profile = load_profile(archive / "profile.json")
    assert profile.witnesses == () and profile.witness_threshold == 0 and b"witnesses" not in before
    assert profile.to_json() == before
    _key, vkey = _witness_key(tmp_path, "witness.example/once")
    assert _intake("archive", "witnesses", str(archive), "--add", vkey, "--no-passphrase").returncode == 0
    assert _intake("archive", "witnesses", str(archive), "--remove", "witness.example/once",
                   "--no-passphrase").returncode == 0
    assert (archive / "profile.json").read_bytes() == before
    # Bad input: a plain message, no traceback, the profile untouched.
    r = _intake("archive", "witnesses", str(archive), "--add", "not-a-key", "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "witness" in r.stderr
    r = _intake("archive", "witnesses", str(archive), "--add", vkey, "--threshold", "2", "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert (archive / "profile.json").read_bytes() == before
    assert os.path.exists(archive / "profile.json")


def test_serve_refuses_a_clear_net_or_unknown_witness(tmp_path: Path) -> None:
    """A witness reached directly over the internet would learn where the receiver runs: refused,
    as is a name the profile does not hold; plain messages, no traceback."""
    archive = _archive(tmp_path)
    _key, vkey = _witness_key(tmp_path, "witness.example/w0")
    assert _intake("archive", "witnesses", str(archive), "--add", vkey, "--no-passphrase").returncode == 0
    for spec, said in (("witness.example/w0=http://192.0.2.7:8080", "onion service through tor"),
                       ("witness.example/other=http://127.0.0.1:9", "named in the profile")):
        r = _intake("serve", "--archive", str(archive), "--no-tor", "--witness", spec)
        assert r.returncode != 0 and "Traceback" not in r.stderr and said in r.stderr, r.stderr
