# SPDX-License-Identifier: GPL-3.0-or-later
"""RFC 9162 Merkle proofs, C2SP signed notes and checkpoints, and receipts (intake_crypto.bundle.tlog, intake_crypto.bundle.receipt)."""

from __future__ import annotations

import base64
import hashlib

import nacl.signing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog


def _leaves(n: int) -> list[bytes]:
    return [tlog.leaf_hash(b"entry %d" % i) for i in range(n)]


def test_rfc6962_known_root() -> None:
    # Test vector from the RFC 6962 reference (certificate-transparency-go merkle tests): the
    # 8 leaves "", 0x00, 0x10, 0x2021, 0x3031, 0x40414243, 0x5051525354555657, 0x606162636465666768696a6b6c6d6e6f.
    data = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43",
            b"\x50\x51\x52\x53\x54\x55\x56\x57", bytes(range(0x60, 0x70))]
    root = tlog.root_hash([tlog.leaf_hash(d) for d in data])
    assert root.hex() == "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    assert tlog.root_hash([]).hex() == hashlib.sha256(b"").hexdigest()


def test_every_inclusion_and_consistency_proof_verifies_up_to_17() -> None:
    for n in range(1, 18):
        leaves = _leaves(n)
        root = tlog.root_hash(leaves)
        for i in range(n):
            tlog.verify_inclusion(leaves[i], i, n, tlog.inclusion_proof(leaves, i), root)
        for m in range(1, n + 1):
            tlog.verify_consistency(m, n, tlog.root_hash(leaves[:m]), root, tlog.consistency_proof(leaves, m))


@given(st.integers(2, 40), st.data())
def test_tampered_proofs_are_rejected(n: int, data: st.DataObject) -> None:
    leaves = _leaves(n)
    root = tlog.root_hash(leaves)
    i = data.draw(st.integers(0, n - 1))
    proof = tlog.inclusion_proof(leaves, i)
    j = data.draw(st.integers(0, len(proof) - 1))
    bad = list(proof)
    bad[j] = bytes([bad[j][0] ^ 1]) + bad[j][1:]
    with pytest.raises(tlog.ProofError):
        tlog.verify_inclusion(leaves[i], i, n, bad, root)
    with pytest.raises(tlog.ProofError):
        tlog.verify_inclusion(leaves[i], (i + 1) % n, n, proof, root)  # the wrong position
    with pytest.raises(tlog.ProofError):
        tlog.verify_inclusion(leaves[i], i, n, proof[:-1], root)  # truncated
    m = data.draw(st.integers(1, n - 1))
    cproof = tlog.consistency_proof(leaves, m)
    with pytest.raises(tlog.ProofError):
        tlog.verify_consistency(m, n, tlog.leaf_hash(b"other"), root, cproof)


def test_signed_note_and_checkpoint_formats() -> None:
    key = nacl.signing.SigningKey(bytes(range(32)))
    cp = tlog.Checkpoint("example.com/log", 3, hashlib.sha256(b"x").digest())
    note = tlog.sign_checkpoint(cp, key)
    body, sig = note.split("\n\n")
    assert body + "\n" == "example.com/log\n3\n" + base64.b64encode(cp.root).decode() + "\n"
    assert sig.startswith("\u2014 example.com/log ") and sig.endswith("\n")
    blob = base64.b64decode(sig.split(" ")[2])
    assert blob[:4] == hashlib.sha256(b"example.com/log\n\x01" + bytes(key.verify_key)).digest()[:4]
    assert tlog.open_checkpoint(note, "example.com/log", bytes(key.verify_key)) == cp
    vkey = tlog.verifier_key("example.com/log", bytes(key.verify_key))
    assert vkey.split("+")[1] == blob[:4].hex()
    other = nacl.signing.SigningKey.generate()
    with pytest.raises(tlog.NoteSignatureError):
        tlog.open_checkpoint(note, "example.com/log", bytes(other.verify_key))
    with pytest.raises(tlog.TlogError):
        tlog.open_checkpoint(note.replace("\n3\n", "\n4\n"), "example.com/log", bytes(key.verify_key))


def _proof_for(key: nacl.signing.SigningKey, n: int, index: int, digest: str) -> receipts.SubmissionProof:
    texts = [receipts.Receipt.v1(hashlib.sha256(b"%d" % i).hexdigest(), 100 + i, "2026-01-01T00:00:00Z", i).text()
             for i in range(n)]
    texts[index] = receipts.Receipt.v1(digest, 5, "2026-01-01T00:00:00Z", index).text()
    leaves = [tlog.leaf_hash(t.encode()) for t in texts]
    origin = receipts.log_origin(bytes(key.verify_key))
    checkpoint = tlog.sign_checkpoint(tlog.Checkpoint(origin, n, tlog.root_hash(leaves)), key)
    return receipts.SubmissionProof(
        receipts.sign_receipt(receipts.Receipt.parse(texts[index]), key), checkpoint,
        tuple(base64.b64encode(h).decode() for h in tlog.inclusion_proof(leaves, index)),
    )


def test_receipt_verifies_and_forgeries_do_not() -> None:
    key = nacl.signing.SigningKey.generate()
    pub = bytes(key.verify_key)
    digest = hashlib.sha256(b"bundle").hexdigest()
    proof = _proof_for(key, 7, 4, digest)
    receipt, checkpoint = receipts.verify_submission(proof, pub, digest, 5)
    assert receipt.log_index == 4 and checkpoint.size == 7
    code = receipt.code()
    assert code.startswith("T-6-") and len(code) == len("T-6-XXXX-XXXX-XXXX")  # index 4 in CODE_ALPHABET

    forger = nacl.signing.SigningKey.generate()
    with pytest.raises(receipts.ReceiptSignatureError):
        receipts.verify_submission(_proof_for(forger, 7, 4, digest), pub, digest, 5)
    with pytest.raises(receipts.ReceiptMismatchError):
        receipts.verify_submission(proof, pub, hashlib.sha256(b"other").hexdigest(), 5)
    with pytest.raises(receipts.ReceiptMismatchError):
        receipts.verify_submission(proof, pub, digest, 6)
    # A tampered inclusion proof, a receipt text edited after signing, a proof from another log size.
    bad_hash = base64.b64encode(b"\x00" * 32).decode()
    tampered = receipts.SubmissionProof(proof.receipt_note, proof.checkpoint_note, (bad_hash,) + proof.inclusion_proof[1:])
    with pytest.raises(receipts.ReceiptProofError):
        receipts.verify_submission(tampered, pub, digest, 5)
    edited = receipts.SubmissionProof(proof.receipt_note.replace("size 5", "size 6"), proof.checkpoint_note,
                                      proof.inclusion_proof)
    with pytest.raises(receipts.ReceiptError):
        receipts.verify_submission(edited, pub)
    other_size = _proof_for(key, 9, 4, digest)
    mixed = receipts.SubmissionProof(proof.receipt_note, other_size.checkpoint_note, proof.inclusion_proof)
    with pytest.raises(receipts.ReceiptProofError):
        receipts.verify_submission(mixed, pub, digest, 5)
    with pytest.raises(receipts.ReceiptFormatError):
        receipts.SubmissionProof.from_json({"receipt": 1})


def test_receipt_parse_rejects_malformed_text() -> None:
    good = receipts.Receipt.v1("a" * 64, 1, "2026-01-01T00:00:00Z", 0).text()
    assert receipts.Receipt.parse(good).size == 1
    for bad in (good.replace("size 1", "size -1"), good.replace("a" * 64, "A" * 64), good[:-1],
                good.replace("intake-receipt/v1", "intake-receipt/v2"), good.replace("T00", " 00")):
        with pytest.raises(receipts.ReceiptFormatError):
            receipts.Receipt.parse(bad)
