# SPDX-License-Identifier: GPL-3.0-or-later
"""Submission receipts: what the receiver signs, what the client checks, and the code the user keeps.

A receipt (version 2) is a C2SP signed note (see :mod:`intake_crypto.bundle.tlog`) by the archive's receipt key
whose text is::

    intake-receipt/v2
    commitment <64 hex: SHA-256 of the domain, a 32-byte salt, the bundle's SHA-256 and size>
    received-day <YYYY-MM-DD>
    log-index <n>

The same text is the leaf data of entry ``n`` of the archive's public receipt log, whose
checkpoints are signed by the same key under the origin :func:`log_origin`. The salt is chosen
by the submitting client, sent to the archive inside the (onion-encrypted) upload, and kept by
the client with its receipt and by the archive with the bundle; nobody else can test a bundle
against the log (security-review F2). Version 1 receipts (``bundle-sha256``, ``size`` and the
arrival second in clear) are still read and verified, never written.

Guarantees: :func:`verify_submission` accepts only a receipt signed by the profile's key, whose
commitment opens (with the salt) to the bundle's own hash and size, included (by a verified RFC
9162 proof) in a checkpoint signed by that key. Never: trusts a field of the server's answer that
it has not verified; stores anything (callers decide).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import nacl.signing

from intake_crypto.age._errors import CryptoError
from intake_crypto.bundle import tlog

HEADER = "intake-receipt/v2"
HEADER_V1 = "intake-receipt/v1"  # read and verified, never written
COMMITMENT_DOMAIN = b"intake-receipt-commitment/v2\n"
SALT_BYTES = 32
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # receipt codes before v2 ("TI-…"), decoding only
# Receipt codes v2 ("T-…"): no look-alikes. No 0/O, 1/I/L, and no U (Crockford's choice); 30 symbols.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_CHECK_LEN = 12
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,19}")
_TIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")  # ASCII digits (R9)
_DAY_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class ReceiptError(CryptoError):
    """Root of receipt problems: the bundle is not known to have arrived."""


class ReceiptFormatError(ReceiptError):
    """The receipt text is malformed."""


class ReceiptSignatureError(ReceiptError):
    """The receipt or checkpoint is not signed by the archive's receipt key."""


class ReceiptMismatchError(ReceiptError):
    """The receipt names another bundle (hash or size differ)."""


class ReceiptProofError(ReceiptError):
    """The log inclusion proof does not verify."""


class ReceiptWitnessError(ReceiptError):
    """The checkpoint lacks the witness cosignatures the profile requires (SPEC 3.5)."""


def log_origin(receipt_public_key: bytes) -> str:
    """The log's origin line (and note key name), derived from the receipt key so clients need no extra setting."""
    return "testimony-intake/receipts/" + hashlib.sha256(receipt_public_key).hexdigest()[:16]


def new_salt() -> str:
    """A fresh commitment salt (32 bytes from the OS CSPRNG, hex): one per upload, chosen by the client."""
    import secrets

    return secrets.token_bytes(SALT_BYTES).hex()


def commitment(salt: str, bundle_sha256: str, size: int) -> str:
    """The log's commitment to a bundle: ``SHA-256(domain || salt || SHA-256 of the .tib || size)``.

    ``salt`` is 32 bytes in hex, ``bundle_sha256`` the bundle's SHA-256 in hex, ``size`` its bytes
    (8-byte big-endian). Without the salt nobody can test a candidate bundle against the log."""
    if not isinstance(salt, str) or not _HEX64.fullmatch(salt):
        raise ReceiptFormatError("the commitment salt is not 64 lowercase hex digits")
    if not _HEX64.fullmatch(bundle_sha256.lower()) or not 0 <= size < 1 << 64:
        raise ReceiptFormatError("malformed bundle hash or size")
    data = COMMITMENT_DOMAIN + bytes.fromhex(salt) + bytes.fromhex(bundle_sha256.lower()) + size.to_bytes(8, "big")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Receipt:
    """One log entry. Version 2 (written): ``commitment`` and the UTC day; version 1 (read only):
    ``bundle_sha256``, ``size`` and the arrival second in ``received``."""

    commitment: str | None
    received: str  # v2: YYYY-MM-DD; v1: YYYY-MM-DDTHH:MM:SSZ
    log_index: int
    bundle_sha256: str | None = None  # version 1 only
    size: int | None = None  # version 1 only

    @classmethod
    def v1(cls, bundle_sha256: str, size: int, received: str, log_index: int) -> Receipt:
        """A version 1 receipt (as logs before v2 hold them): hash, size and second in clear."""
        return cls(None, received, log_index, bundle_sha256, size)

    @property
    def version(self) -> int:
        return 1 if self.commitment is None else 2

    def text(self) -> str:
        if self.commitment is None:
            return (
                f"{HEADER_V1}\nbundle-sha256 {self.bundle_sha256}\nsize {self.size}\n"
                f"received {self.received}\nlog-index {self.log_index}\n"
            )
        return f"{HEADER}\ncommitment {self.commitment}\nreceived-day {self.received}\nlog-index {self.log_index}\n"

    def names(self, bundle_sha256: str, size: int, salt: str | None) -> bool:
        """True if this receipt is for the bundle with this hash and size (v2: opened with ``salt``)."""
        if self.commitment is None:
            return self.bundle_sha256 == bundle_sha256.lower() and self.size == size
        if salt is None:
            return False
        return commitment(salt, bundle_sha256, size) == self.commitment

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
        if lines and lines[0] == HEADER_V1:
            return cls._parse_v1(lines)
        if len(lines) != 5 or lines[0] != HEADER or lines[4] != "":
            raise ReceiptFormatError("not an intake receipt")
        fields = _fields(lines[1:4], ("commitment", "received-day", "log-index"))
        digest, day, index = fields["commitment"], fields["received-day"], fields["log-index"]
        if not _HEX64.fullmatch(digest) or not _DECIMAL.fullmatch(index):
            raise ReceiptFormatError("malformed receipt field")
        if not _DAY_RE.fullmatch(day) or not _real_day(day):
            raise ReceiptFormatError("malformed receipt day")
        return cls(digest, day, int(index))

    @classmethod
    def _parse_v1(cls, lines: list[str]) -> Receipt:
        if len(lines) != 6 or lines[5] != "":
            raise ReceiptFormatError("not an intake receipt")
        fields = _fields(lines[1:5], ("bundle-sha256", "size", "received", "log-index"))
        digest, size, index = fields["bundle-sha256"], fields["size"], fields["log-index"]
        # ASCII, canonical decimals of at most 20 digits (review finding R4: str.isdigit() took "²").
        if not _HEX64.fullmatch(digest) or not _DECIMAL.fullmatch(size) or not _DECIMAL.fullmatch(index):
            raise ReceiptFormatError("malformed receipt field")
        if not _TIME_RE.fullmatch(fields["received"]) or not _real_time(fields["received"]):
            raise ReceiptFormatError("malformed receipt time")
        return cls.v1(digest, int(size), fields["received"], int(index))


def _fields(lines: list[str], keys: tuple[str, ...]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line, key in zip(lines, keys, strict=True):
        name, _, value = line.partition(" ")
        if name != key or not value:
            raise ReceiptFormatError(f"expected {key}")
        fields[key] = value
    return fields


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


def _real_day(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_today() -> str:
    """The UTC day, the only time a version 2 receipt shows."""
    return datetime.now(UTC).strftime("%Y-%m-%d")


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
    salt: str | None = None  # the commitment's salt: held by the submitter and the archive, never public

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "receipt": self.receipt_note,
            "checkpoint": self.checkpoint_note,
            "inclusion_proof": list(self.inclusion_proof),
        }
        if self.salt is not None:
            out["salt"] = self.salt
        return out

    def with_salt(self, salt: str | None) -> SubmissionProof:
        return SubmissionProof(self.receipt_note, self.checkpoint_note, self.inclusion_proof, salt)

    @classmethod
    def from_json(cls, data: object) -> SubmissionProof:
        if not isinstance(data, dict):
            raise ReceiptFormatError("receipt answer is not an object")
        receipt, checkpoint, proof = data.get("receipt"), data.get("checkpoint"), data.get("inclusion_proof")
        if not isinstance(receipt, str) or not isinstance(checkpoint, str) or not isinstance(proof, list):
            raise ReceiptFormatError("receipt answer lacks a field")
        if not all(isinstance(p, str) for p in proof):
            raise ReceiptFormatError("inclusion proof is not a list of hashes")
        salt = data.get("salt")
        if salt is not None and (not isinstance(salt, str) or not _HEX64.fullmatch(salt)):
            raise ReceiptFormatError("the commitment salt is not 64 lowercase hex digits")
        return cls(receipt, checkpoint, tuple(proof), salt)


def verify_submission(
    proof: SubmissionProof,
    receipt_public_key: bytes,
    bundle_sha256: str | None = None,
    size: int | None = None,
    *,
    witnesses: Sequence[tlog.Cosigner] = (),
    witness_threshold: int = 0,
) -> tuple[Receipt, tlog.Checkpoint]:
    """Check a receipt, its checkpoint and the inclusion proof; raise a :class:`ReceiptError` otherwise.

    With ``bundle_sha256`` and ``size`` the receipt must be for that bundle: a version 2 receipt's
    commitment must open with ``proof.salt`` to them (without the salt it cannot, and is refused),
    a version 1 receipt must name them. ``size`` alone is checked only against a version 1 receipt.
    With ``witness_threshold`` K > 0 the checkpoint must carry valid cosignatures (C2SP
    cosignature/v1) by at least K of ``witnesses`` (:class:`ReceiptWitnessError` otherwise)."""
    receipt = open_receipt(proof.receipt_note, receipt_public_key)
    if receipt.commitment is None:
        if bundle_sha256 is not None and receipt.bundle_sha256 != bundle_sha256.lower():
            raise ReceiptMismatchError("the receipt names another bundle")
        if size is not None and receipt.size != size:
            raise ReceiptMismatchError("the receipt names another size")
    elif bundle_sha256 is not None:
        if proof.salt is None:
            raise ReceiptMismatchError("the receipt's commitment cannot be checked without its salt")
        if size is None or not receipt.names(bundle_sha256, size, proof.salt):
            raise ReceiptMismatchError("the receipt names another bundle")
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
    check_cosigned(proof.checkpoint_note, witnesses, witness_threshold)
    return receipt, checkpoint


def check_cosigned(checkpoint_note: str, witnesses: Sequence[tlog.Cosigner], threshold: int) -> None:
    """:class:`ReceiptWitnessError` unless ``threshold`` of ``witnesses`` cosigned the checkpoint."""
    try:
        tlog.require_cosignatures(checkpoint_note, witnesses, threshold)
    except tlog.TlogError as exc:
        raise ReceiptWitnessError(str(exc)) from exc
