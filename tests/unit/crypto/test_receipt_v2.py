# SPDX-License-Identifier: GPL-3.0-or-later
"""Receipts v2 (intake_crypto/SPEC.md 3.3, security-review F2): the leaf commits to a bundle with a salt.

The vector below is the one in SPEC 3.3, recomputed here with hashlib alone (not through
``intake_crypto.bundle.receipt``), so an independent verifier can check its own implementation against it."""

from __future__ import annotations

import base64
import hashlib

import nacl.signing
import pytest

from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog

SALT = bytes(range(32)).hex()
EMPTY_SHA = hashlib.sha256(b"").hexdigest()
VECTOR = "8ab3bdef21cb983236400b7f5f33c83b742ae42e816ec3abd43e921ac01c3b25"
TEXT = f"intake-receipt/v2\ncommitment {VECTOR}\nreceived-day 2026-06-04\nlog-index 5\n"


def test_the_spec_vector_recomputed_independently() -> None:
    data = b"intake-receipt-commitment/v2\n" + bytes(range(32)) + bytes.fromhex(EMPTY_SHA) + (1024).to_bytes(8, "big")
    assert hashlib.sha256(data).hexdigest() == VECTOR == receipts.commitment(SALT, EMPTY_SHA, 1024)
    receipt = receipts.Receipt.parse(TEXT)
    assert receipt.text() == TEXT and receipt.version == 2 and receipt.received == "2026-06-04"
    assert receipt.leaf_hash().hex() == "3d813ac9e9d81544b72ed2d6eaf6a87a5b27d3e38969e49dcaf40992cfa5c62c"
    assert receipt.code() == "T-7-C7F9-CBBN-CBRE"
    assert receipt.names(EMPTY_SHA, 1024, SALT)
    assert not receipt.names(EMPTY_SHA, 1025, SALT) and not receipt.names(EMPTY_SHA, 1024, "00" * 32)
    assert not receipt.names(EMPTY_SHA, 1024, None)


@pytest.mark.parametrize("bad", [
    TEXT.replace("received-day 2026-06-04", "received-day 2026-06-04T10:00:00Z"),  # no time of day
    TEXT.replace("received-day 2026-06-04", "received-day 2026-13-04"),
    TEXT.replace(VECTOR, VECTOR.upper()),
    TEXT.replace("log-index 5", "log-index 05"),
    TEXT + "size 1024\n",  # no size, no other line
    TEXT.replace("commitment", "bundle-sha256"),
    TEXT[:-1],
])
def test_malformed_v2_receipts_are_refused(bad: str) -> None:
    with pytest.raises(receipts.ReceiptFormatError):
        receipts.Receipt.parse(bad)


def _proof(key: nacl.signing.SigningKey, receipt: receipts.Receipt, salt: str | None) -> receipts.SubmissionProof:
    leaves = [tlog.leaf_hash(receipt.text().encode())]
    checkpoint = tlog.sign_checkpoint(tlog.Checkpoint(receipts.log_origin(bytes(key.verify_key)), 1,
                                                      tlog.root_hash(leaves)), key)
    return receipts.SubmissionProof(receipts.sign_receipt(receipt, key), checkpoint, (), salt)


def test_a_v2_receipt_is_delivery_only_with_the_salt_that_opens_it() -> None:
    key = nacl.signing.SigningKey.generate()
    pub = bytes(key.verify_key)
    receipt = receipts.Receipt(receipts.commitment(SALT, EMPTY_SHA, 1024), "2026-06-04", 0)
    good = _proof(key, receipt, SALT)
    assert receipts.verify_submission(good, pub, EMPTY_SHA, 1024)[0] == receipt
    receipts.verify_submission(good.with_salt(None), pub)  # signature and inclusion alone (staff, by index)
    for proof, sha, size in ((good.with_salt(None), EMPTY_SHA, 1024), (good.with_salt("11" * 32), EMPTY_SHA, 1024),
                             (good, "00" * 32, 1024), (good, EMPTY_SHA, 1023), (good, EMPTY_SHA, None)):
        with pytest.raises(receipts.ReceiptMismatchError):
            receipts.verify_submission(proof, pub, sha, size)
    # The kept form carries the salt; the receiver's public answer never does.
    assert receipts.SubmissionProof.from_json(good.to_json()).salt == SALT
    assert "salt" not in good.with_salt(None).to_json()
    with pytest.raises(receipts.ReceiptFormatError):
        receipts.SubmissionProof.from_json({**good.to_json(), "salt": "not hex"})


def test_version_1_receipts_still_verify() -> None:
    key = nacl.signing.SigningKey.generate()
    old = receipts.Receipt.v1(EMPTY_SHA, 1024, "2026-06-04T10:11:12Z", 0)
    proof = _proof(key, old, None)
    got, _ = receipts.verify_submission(proof, bytes(key.verify_key), EMPTY_SHA, 1024)
    assert got.version == 1 and got.bundle_sha256 == EMPTY_SHA and got.size == 1024
    with pytest.raises(receipts.ReceiptMismatchError):
        receipts.verify_submission(proof, bytes(key.verify_key), EMPTY_SHA, 1023)
    assert base64.b64encode(old.leaf_hash())  # the leaf is the v1 text, as logs before v2 hold it
