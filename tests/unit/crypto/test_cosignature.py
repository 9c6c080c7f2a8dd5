# SPDX-License-Identifier: GPL-3.0-or-later
"""C2SP tlog-cosignature (Ed25519 cosignature/v1) and the tlog-witness ``add-checkpoint`` rules
(SPEC 3.5), checked on the witness's logic without its HTTP listener (tests/archive/
test_witness_cosigning.py runs the real process)."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import nacl.signing
import pytest

from intake_app.transport.witness import Witness, _Refusal
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog

SEED = bytes(range(32))


def test_cosignature_line_is_the_c2sp_format() -> None:
    key = nacl.signing.SigningKey(SEED)
    body = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    line = tlog.cosign(body, "witness.example.com/w1", key, 1679315147)
    assert line.startswith("\u2014 witness.example.com/w1 ") and line.endswith("\n")
    blob = base64.b64decode(line.split(" ")[2])
    pub = bytes(key.verify_key)
    # key ID: SHA-256(name || "\n" || 0x04 || key)[:4]; then the u64 big-endian timestamp; then Ed25519
    assert blob[:4] == hashlib.sha256(b"witness.example.com/w1\n\x04" + pub).digest()[:4]
    assert int.from_bytes(blob[4:12], "big") == 1679315147
    message = b"cosignature/v1\ntime 1679315147\n" + body.encode()
    nacl.signing.VerifyKey(pub).verify(message, blob[12:])
    vkey = tlog.Cosigner("witness.example.com/w1", pub).vkey()
    assert vkey.split("+")[1] == blob[:4].hex() and base64.b64decode(vkey.split("+", 2)[2]) == b"\x04" + pub


@pytest.mark.parametrize("bad", [
    "",
    "name+00000000",
    "name+zz+AAAA",
    "na me+00000000+" + base64.b64encode(b"\x04" + bytes(32)).decode(),
    "name+00000000+" + base64.b64encode(b"\x04" + bytes(32)).decode(),  # wrong key ID
])
def test_a_malformed_witness_key_is_refused(bad: str) -> None:
    with pytest.raises(tlog.NoteFormatError):
        tlog.Cosigner.parse(bad)


def test_a_log_key_is_not_a_witness_key() -> None:
    pub = bytes(nacl.signing.SigningKey(SEED).verify_key)
    with pytest.raises(tlog.NoteFormatError):
        tlog.Cosigner.parse(tlog.verifier_key("w", pub))  # signature type 0x01, not 0x04


def _log(n: int, key: nacl.signing.SigningKey) -> tuple[list[bytes], str]:
    hashes = [tlog.leaf_hash(f"entry {i}\n".encode()) for i in range(n)]
    origin = receipts.log_origin(bytes(key.verify_key))
    return hashes, tlog.sign_checkpoint(tlog.Checkpoint(origin, n, tlog.root_hash(hashes)), key)


def _body(old: int, proof: list[bytes], note: str) -> bytes:
    return (f"old {old}\n" + "".join(base64.b64encode(p).decode() + "\n" for p in proof) + "\n" + note).encode()


def _status(witness: Witness, body: bytes) -> tuple[int, str]:
    try:
        witness.add_checkpoint(body)
    except _Refusal as refusal:
        return refusal.status, refusal.body
    return 200, ""


def test_add_checkpoint_answers_as_c2sp_tlog_witness(tmp_path: Path) -> None:
    log_key = nacl.signing.SigningKey.generate()
    wkey = nacl.signing.SigningKey(SEED)
    origin = receipts.log_origin(bytes(log_key.verify_key))
    witness = Witness("w.example/1", wkey, tmp_path / "state", {origin: bytes(log_key.verify_key)},
                      clock=lambda: 1_800_000_000)
    cosigner = tlog.Cosigner("w.example/1", bytes(wkey.verify_key))
    hashes, note3 = _log(3, log_key)
    # unknown origin: 404; not signed by the log's key: 403
    assert _status(witness, _body(0, [], _log(3, nacl.signing.SigningKey.generate())[1]))[0] == 404
    other = tlog.sign_note(tlog.split_note(note3)[0], origin, nacl.signing.SigningKey.generate())
    assert _status(witness, _body(0, [], other))[0] == 403
    # malformed: 400 (old size above the checkpoint's, a proof from 0, no blank line, leading zero)
    assert _status(witness, _body(4, [], note3))[0] == 400
    assert _status(witness, _body(0, [hashes[0]], note3))[0] == 400
    assert _status(witness, b"old 0\n" + note3.encode())[0] == 400
    assert _status(witness, _body(0, [], note3).replace(b"old 0", b"old 00"))[0] == 400
    # first contact: old 0, no proof; the cosignature verifies and carries the witness's time
    line = witness.add_checkpoint(_body(0, [], note3))
    assert tlog.valid_cosigners(note3 + line, [cosigner]) == [cosigner]
    assert int.from_bytes(base64.b64decode(line.split(" ")[2])[4:12], "big") == 1_800_000_000
    # old size not the cosigned one: 409 with the cosigned size
    assert _status(witness, _body(0, [], note3)) == (409, "3\n")
    # the same size again: cosigned; the same size with another root: 409
    assert _status(witness, _body(3, [], note3))[0] == 200
    fork_hashes, fork3 = _log(3, log_key)
    fork3 = tlog.sign_checkpoint(tlog.Checkpoint(origin, 3, tlog.root_hash(fork_hashes[:2] + [b"\x01" * 32])),
                                 log_key)
    assert _status(witness, _body(3, [], fork3)) == (409, "3\n")
    # growth with a valid proof: cosigned; a wrong proof: 422
    hashes5 = hashes + [tlog.leaf_hash(b"entry 3\n"), tlog.leaf_hash(b"entry 4\n")]
    note5 = tlog.sign_checkpoint(tlog.Checkpoint(origin, 5, tlog.root_hash(hashes5)), log_key)
    bad5 = tlog.sign_checkpoint(tlog.Checkpoint(origin, 5, tlog.root_hash([b"\x02" * 32] + hashes5[1:])), log_key)
    assert _status(witness, _body(3, tlog.consistency_proof(hashes5, 3), bad5))[0] == 422
    assert _status(witness, _body(3, tlog.consistency_proof(hashes5, 3), note5))[0] == 200
    # no rollback: a request from the old size after the update is a 409 naming 5
    assert _status(witness, _body(3, tlog.consistency_proof(hashes5, 3), note5)) == (409, "5\n")
    # a forged cosignature does not count; a threshold of 1 is then not met
    blob = bytearray(base64.b64decode(line.split(" ")[2].strip()))
    blob[20] ^= 0x80
    forged = note3 + f"\u2014 w.example/1 {base64.b64encode(bytes(blob)).decode()}\n"
    with pytest.raises(tlog.CosignatureError):
        tlog.require_cosignatures(forged, [cosigner], 1)
    assert tlog.require_cosignatures(note3 + line, [cosigner], 1) == [cosigner]


def test_a_damaged_state_cosigns_nothing(tmp_path: Path) -> None:
    """A witness whose record of a log is damaged must not start again from nothing (that would
    let a fork through): it refuses until its operator restores the state."""
    log_key, wkey = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey(SEED)
    origin = receipts.log_origin(bytes(log_key.verify_key))
    witness = Witness("w.example/1", wkey, tmp_path / "state", {origin: bytes(log_key.verify_key)})
    _hashes, note = _log(2, log_key)
    witness.add_checkpoint(_body(0, [], note))
    (kept,) = (tmp_path / "state").iterdir()
    kept.write_text("damaged\n")
    assert _status(witness, _body(2, [], note))[0] == 500
    assert _status(witness, _body(0, [], note))[0] == 500


def test_an_empty_log_is_cosigned_and_may_then_grow(tmp_path: Path) -> None:
    """The receiver has its empty log cosigned (clients check it before a first bundle); the
    empty tree is a prefix of every tree, so the next checkpoint needs no proof from 0. A log
    shown empty again after the witness cosigned a larger one is a rollback: 409."""
    log_key, wkey = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey(SEED)
    origin = receipts.log_origin(bytes(log_key.verify_key))
    witness = Witness("w.example/1", wkey, tmp_path / "state", {origin: bytes(log_key.verify_key)})
    _h0, empty = _log(0, log_key)
    assert _status(witness, _body(0, [], empty))[0] == 200
    _h2, two = _log(2, log_key)
    assert _status(witness, _body(0, [], two))[0] == 200
    assert _status(witness, _body(0, [], empty)) == (409, "2\n")
