# SPDX-License-Identifier: GPL-3.0-or-later
"""Submission receipts: what the receiver signs, what the client checks, and the code the user keeps.

A receipt is a C2SP signed note (see :mod:`crypto.tlog`) by the archive's receipt key whose text is::

    intake-receipt/v1
    bundle-sha256 <64 hex>
    size <bytes>
    received <YYYY-MM-DDTHH:MM:SSZ>
    log-index <n>

The same text is the leaf data of entry ``n`` of the archive's receipt log, whose checkpoints are
signed by the same key under the origin :func:`log_origin`. Guarantees: :func:`verify_submission`
accepts only a receipt signed by the profile's key, naming the bundle's own hash and size, and
included (by a verified RFC 9162 proof) in a checkpoint signed by that key. Never: trusts a field
of the server's answer that it has not verified; stores anything (callers decide).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import nacl.signing

from crypto import tlog

HEADER = "intake-receipt/v1"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # receipt codes before v2 ("TI-…"), decoding only
# Receipt codes v2 ("T-…"): no look-alikes. No 0/O, 1/I/L, and no U (Crockford's choice); 30 symbols.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_CHECK_LEN = 12
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,19}")
_TIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")  # ASCII digits (R9)


class ReceiptError(Exception):
    """Root of receipt problems: the bundle is not known to have arrived."""


class ReceiptFormatError(ReceiptError):
    """The receipt text is malformed."""


class ReceiptSignatureError(ReceiptError):
    """The receipt or checkpoint is not signed by the archive's receipt key."""


class ReceiptMismatchError(ReceiptError):
    """The receipt names another bundle (hash or size differ)."""


class ReceiptProofError(ReceiptError):
    """The log inclusion proof does not verify."""


def log_origin(receipt_public_key: bytes) -> str:
    """The log's origin line (and note key name), derived from the receipt key so clients need no extra setting."""
    return "testimony-intake/receipts/" + hashlib.sha256(receipt_public_key).hexdigest()[:16]


@dataclass(frozen=True)
class Receipt:
    bundle_sha256: str
    size: int
    received: str
    log_index: int

    def text(self) -> str:
        return (
            f"{HEADER}\nbundle-sha256 {self.bundle_sha256}\nsize {self.size}\n"
            f"received {self.received}\nlog-index {self.log_index}\n"
        )

    def leaf_hash(self) -> bytes:
        return tlog.leaf_hash(self.text().encode("utf-8"))

    def code(self) -> str:
        """Short code for the user (v2): log index and about 59 bits of the leaf hash, both in
        :data:`CODE_ALPHABET` (no 0/O, 1/I/L look-alikes), e.g. ``T-3N-7KQ3-MX9P-2WFA``."""
        chars = _base30(int.from_bytes(self.leaf_hash()[:8], "big") % len(CODE_ALPHABET) ** _CODE_CHECK_LEN,
                        _CODE_CHECK_LEN)
        return f"T-{_base30(self.log_index)}-{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"

    def legacy_code(self) -> str:
        """The code as versions before v2 gave it: ``TI-<decimal index>-`` and 60 bits in Crockford base32."""
        value = int.from_bytes(self.leaf_hash()[:8], "big") >> 4
        chars = "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(12)))
        return f"TI-{self.log_index}-{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"

    def matches_code(self, text: str) -> bool:
        """True if ``text`` is this receipt's code, in either version, as a person may type it back."""
        try:
            parsed = parse_code(text)
        except ReceiptFormatError:
            return False
        own = self.code() if parsed.version == 2 else self.legacy_code()
        return parsed.log_index == self.log_index and parse_code(own).check == parsed.check

    @classmethod
    def parse(cls, text: str) -> Receipt:
        lines = text.split("\n")
        if len(lines) != 6 or lines[0] != HEADER or lines[5] != "":
            raise ReceiptFormatError("not an intake receipt")
        fields: dict[str, str] = {}
        for line, key in zip(lines[1:5], ("bundle-sha256", "size", "received", "log-index"), strict=True):
            name, _, value = line.partition(" ")
            if name != key or not value:
                raise ReceiptFormatError(f"expected {key}")
            fields[key] = value
        digest, size, index = fields["bundle-sha256"], fields["size"], fields["log-index"]
        # ASCII, canonical decimals of at most 20 digits (review finding R4: str.isdigit() took "²").
        if not re.fullmatch(r"[0-9a-f]{64}", digest) or not _DECIMAL.fullmatch(size) or not _DECIMAL.fullmatch(index):
            raise ReceiptFormatError("malformed receipt field")
        if not _TIME_RE.fullmatch(fields["received"]) or not _real_time(fields["received"]):
            raise ReceiptFormatError("malformed receipt time")
        return cls(digest, int(size), fields["received"], int(index))


def _base30(value: int, width: int = 1) -> str:
    digits = ""
    while value or len(digits) < width:
        value, digit = divmod(value, len(CODE_ALPHABET))
        digits = CODE_ALPHABET[digit] + digits
    return digits


@dataclass(frozen=True)
class ParsedCode:
    version: int  # 1: "TI-<decimal>-…" (Crockford), 2: "T-<base30>-…"
    log_index: int
    check: str  # the 12 hash characters, normalised


_LEGACY_READING = str.maketrans({"O": "0", "I": "1", "L": "1"})  # Crockford's decoding of look-alikes


def parse_code(text: str) -> ParsedCode:
    """Read a receipt code as a person may type it: any case, spaces or hyphens anywhere.

    ``T-<index>-XXXX-XXXX-XXXX`` (v2, :data:`CODE_ALPHABET`) and the older
    ``TI-<decimal index>-XXXX-XXXX-XXXX`` (Crockford base32; O is read as 0, I and L as 1) are
    both accepted, so codes handed out before v2 stay valid."""
    parts = [p for p in re.split(r"[\s\-–—]+", str(text).strip().upper()) if p]
    if len(parts) < 3:
        raise ReceiptFormatError("not a receipt code")
    prefix, index, check = parts[0], parts[1], "".join(parts[2:])
    if prefix in ("TI", "T1", "TL") and re.fullmatch(r"[0-9OIL]{1,20}", index):
        check = check.translate(_LEGACY_READING)
        if len(check) != 12 or any(c not in _CROCKFORD for c in check):
            raise ReceiptFormatError("not a receipt code")
        return ParsedCode(1, int(index.translate(_LEGACY_READING)), check)
    if prefix == "T" and index and all(c in CODE_ALPHABET for c in index + check) and len(check) == _CODE_CHECK_LEN:
        value = 0
        for c in index:
            value = value * len(CODE_ALPHABET) + CODE_ALPHABET.index(c)
        return ParsedCode(2, value, check)
    raise ReceiptFormatError("not a receipt code")


def _real_time(text: str) -> bool:
    """A calendar-valid UTC time (the pattern alone took month 13 or hour 25; review R9)."""
    try:
        datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sign_receipt(receipt: Receipt, key: nacl.signing.SigningKey) -> str:
    return tlog.sign_note(receipt.text(), log_origin(bytes(key.verify_key)), key)


def open_receipt(note: str, receipt_public_key: bytes) -> Receipt:
    """Verify the receipt's signature and parse it."""
    try:
        text = tlog.open_note(note, log_origin(receipt_public_key), receipt_public_key)
    except tlog.NoteFormatError as exc:
        raise ReceiptFormatError(str(exc)) from exc
    except tlog.NoteSignatureError as exc:
        raise ReceiptSignatureError(str(exc)) from exc
    return Receipt.parse(text)


@dataclass(frozen=True)
class SubmissionProof:
    """What the receiver returns after the last chunk: all text, so it can be stored and re-checked later."""

    receipt_note: str
    checkpoint_note: str
    inclusion_proof: tuple[str, ...]  # base64 hashes

    def to_json(self) -> dict[str, object]:
        return {
            "receipt": self.receipt_note,
            "checkpoint": self.checkpoint_note,
            "inclusion_proof": list(self.inclusion_proof),
        }

    @classmethod
    def from_json(cls, data: object) -> SubmissionProof:
        if not isinstance(data, dict):
            raise ReceiptFormatError("receipt answer is not an object")
        receipt, checkpoint, proof = data.get("receipt"), data.get("checkpoint"), data.get("inclusion_proof")
        if not isinstance(receipt, str) or not isinstance(checkpoint, str) or not isinstance(proof, list):
            raise ReceiptFormatError("receipt answer lacks a field")
        if not all(isinstance(p, str) for p in proof):
            raise ReceiptFormatError("inclusion proof is not a list of hashes")
        return cls(receipt, checkpoint, tuple(proof))


def verify_submission(
    proof: SubmissionProof,
    receipt_public_key: bytes,
    bundle_sha256: str | None = None,
    size: int | None = None,
) -> tuple[Receipt, tlog.Checkpoint]:
    """Check a receipt, its checkpoint and the inclusion proof; raise a :class:`ReceiptError` otherwise."""
    receipt = open_receipt(proof.receipt_note, receipt_public_key)
    if bundle_sha256 is not None and receipt.bundle_sha256 != bundle_sha256.lower():
        raise ReceiptMismatchError("the receipt names another bundle")
    if size is not None and receipt.size != size:
        raise ReceiptMismatchError("the receipt names another size")
    try:
        checkpoint = tlog.open_checkpoint(
            proof.checkpoint_note, log_origin(receipt_public_key), receipt_public_key
        )
    except tlog.NoteSignatureError as exc:
        raise ReceiptSignatureError(str(exc)) from exc
    except tlog.NoteFormatError as exc:
        raise ReceiptFormatError(str(exc)) from exc
    try:
        hashes: Sequence[bytes] = [base64.b64decode(p, validate=True) for p in proof.inclusion_proof]
    except ValueError as exc:
        raise ReceiptFormatError("inclusion proof is not base64") from exc
    try:
        tlog.verify_inclusion(
            receipt.leaf_hash(), receipt.log_index, checkpoint.size, hashes, checkpoint.root
        )
    except tlog.ProofError as exc:
        raise ReceiptProofError(str(exc)) from exc
    return receipt, checkpoint
