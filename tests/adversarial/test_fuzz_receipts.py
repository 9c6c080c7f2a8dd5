# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzz what the client accepts from a receiver: receipts, signed notes, checkpoints and proofs.

Two attackers: someone on the path without the receipt key (edits bytes), and a compromised
receiver that holds the key and signs whatever text it likes. Either way the client must answer
with a ``intake_crypto.bundle.receipt.ReceiptError`` or a ``intake_crypto.bundle.tlog.TlogError``, never another exception,
and never accept a receipt for a bundle it did not send.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import nacl.signing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog
from tests.adversarial._fuzz import budget, mutated, mutated_json, typed

pytestmark = [pytest.mark.timeout(300)]

KEY = nacl.signing.SigningKey(b"\x11" * 32)
PUB = bytes(KEY.verify_key)
ORIGIN = receipts.log_origin(PUB)
DIGEST = hashlib.sha256(b"the bundle").hexdigest()
ROOTS = (receipts.ReceiptError, tlog.TlogError)


def _good_proof(n: int = 5, index: int = 3) -> receipts.SubmissionProof:
    texts = [receipts.Receipt.v1(hashlib.sha256(b"%d" % i).hexdigest(), 10 + i, "2026-01-01T00:00:00Z", i).text()
             for i in range(n)]
    texts[index] = receipts.Receipt.v1(DIGEST, 77, "2026-06-04T00:00:00Z", index).text()
    leaves = [tlog.leaf_hash(t.encode()) for t in texts]
    checkpoint = tlog.sign_checkpoint(tlog.Checkpoint(ORIGIN, n, tlog.root_hash(leaves)), KEY)
    return receipts.SubmissionProof(
        receipts.sign_receipt(receipts.Receipt.parse(texts[index]), KEY), checkpoint,
        tuple(base64.b64encode(h).decode() for h in tlog.inclusion_proof(leaves, index)))


GOOD = _good_proof()
_text_edits = st.sampled_from(["²", "١٢", "9" * 5000, "-1", "007", " ", "\n", "\n\n", "\ud800", "\u2014 ", "+", "",
                               "size", "log-index", "=", "A" * 44])


@st.composite
def _edited_text(draw: st.DrawFn, text: str) -> str:
    if draw(st.booleans()):
        raw = draw(mutated(text.encode("utf-8")))
        return raw.decode("utf-8", errors=draw(st.sampled_from(["replace", "surrogateescape"])))
    pos = draw(st.integers(0, len(text)))
    cut = draw(st.integers(0, 4))
    return text[:pos] + draw(st.one_of(_text_edits, st.text(max_size=6))) + text[pos + cut:]


def _check(proof: receipts.SubmissionProof) -> None:
    receipt, _ = receipts.verify_submission(proof, PUB, DIGEST, 77)
    # Whatever is accepted must name exactly the bundle we sent.
    assert receipt.bundle_sha256 == DIGEST and receipt.size == 77


@budget(800)
@given(data=st.data(), part=st.sampled_from(["receipt", "checkpoint"]))
def test_edited_notes_without_the_key_are_refused(data: st.DataObject, part: str) -> None:
    note = GOOD.receipt_note if part == "receipt" else GOOD.checkpoint_note
    edited = data.draw(_edited_text(note))
    proof = (receipts.SubmissionProof(edited, GOOD.checkpoint_note, GOOD.inclusion_proof) if part == "receipt"
             else receipts.SubmissionProof(GOOD.receipt_note, edited, GOOD.inclusion_proof))
    typed("receipt/note (edited)", lambda: _check(proof), *ROOTS)


def _sign_any(text: str) -> str:
    """What a compromised receiver can do: sign any text as a note (bypassing sign_note's checks)."""
    signature = KEY.sign(text.encode("utf-8", "surrogatepass")).signature
    blob = base64.b64encode(hashlib.sha256(ORIGIN.encode() + b"\n\x01" + PUB).digest()[:4] + signature).decode()
    return f"{text}\n\u2014 {ORIGIN} {blob}\n"


@budget(800)
@given(data=st.data(), part=st.sampled_from(["receipt", "checkpoint"]))
def test_texts_signed_by_a_compromised_receiver_give_typed_errors(data: st.DataObject, part: str) -> None:
    source = GOOD.receipt_note if part == "receipt" else GOOD.checkpoint_note
    text = source.rpartition("\n\n")[0] + "\n"
    note = _sign_any(data.draw(_edited_text(text)))
    proof = (receipts.SubmissionProof(note, GOOD.checkpoint_note, GOOD.inclusion_proof) if part == "receipt"
             else receipts.SubmissionProof(GOOD.receipt_note, note, GOOD.inclusion_proof))
    typed("receipt/checkpoint (signed)", lambda: _check(proof), *ROOTS)
    typed("checkpoint parse", lambda: tlog.Checkpoint.parse(text), tlog.TlogError)
    typed("receipt parse", lambda: receipts.Receipt.parse(text), receipts.ReceiptError)


@budget(800)
@given(data=st.data())
def test_receiver_answers_give_typed_errors(data: st.DataObject) -> None:
    answer: Any = data.draw(mutated_json(GOOD.to_json()))
    if data.draw(st.booleans()):
        answer = json.loads(json.dumps(answer))  # what actually arrives over the wire

    def check() -> None:
        _check(receipts.SubmissionProof.from_json(answer))

    typed("receipt answer (JSON)", check, *ROOTS)


_hashes = st.lists(st.one_of(st.binary(min_size=32, max_size=32), st.binary(max_size=40)), max_size=70)
_sizes = st.one_of(st.integers(-3, 40), st.integers(0, 2**64))


@budget(1500)
@given(index=_sizes, size=_sizes, proof=_hashes, leaf=st.binary(min_size=32, max_size=32),
       root=st.binary(min_size=32, max_size=32))
def test_random_inclusion_proofs_are_refused(index: int, size: int, proof: list[bytes], leaf: bytes, root: bytes) -> None:
    typed("inclusion proof", lambda: tlog.verify_inclusion(leaf, index, size, proof, root), tlog.TlogError)


@budget(1500)
@given(old=_sizes, new=_sizes, proof=_hashes, a=st.binary(min_size=32, max_size=32),
       b=st.binary(min_size=32, max_size=32))
def test_random_consistency_proofs_are_refused(old: int, new: int, proof: list[bytes], a: bytes, b: bytes) -> None:
    typed("consistency proof", lambda: tlog.verify_consistency(old, new, a, b, proof), tlog.TlogError)
