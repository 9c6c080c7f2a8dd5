# SPDX-License-Identifier: GPL-3.0-or-later
"""Transparency-log primitives: RFC 6962/9162 Merkle hashing and proofs, C2SP signed notes and checkpoints.

Guarantees: hashing follows RFC 9162 section 2.1 (leaf ``SHA-256(0x00 || data)``, node
``SHA-256(0x01 || left || right)``); proofs are verified with the RFC 9162 algorithms; notes follow
C2SP ``signed-note`` with Ed25519 keys (key ID ``SHA-256(name || 0x0A || 0x01 || key)[:4]``) and
checkpoints follow C2SP ``tlog-checkpoint``. Verification functions raise a :class:`TlogError`
subclass and never return a "false" that a caller could ignore.
Never: implements a primitive (SHA-256 from ``hashlib``, Ed25519 from PyNaCl), touches disk or network.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass

import nacl.exceptions
import nacl.signing

from intake_crypto.age._errors import CryptoError

HASH_SIZE = 32
_ED25519 = b"\x01"  # the signed-note signature type for Ed25519
_SIG_PREFIX = "\u2014 "  # em dash and space start every signature line
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,19}")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")  # C2SP signed-note: no ASCII control but newline
MAX_SIGNATURES = 100  # C2SP signed-note: verifiers SHOULD cap it and MUST accept 16 (as Go's note)


class TlogError(CryptoError):
    """Root of log, proof and note problems."""


class NoteFormatError(TlogError):
    """The text is not a well-formed signed note or checkpoint."""


class NoteSignatureError(TlogError):
    """No valid signature by the expected key."""


class ProofError(TlogError):
    """A Merkle inclusion or consistency proof does not verify."""


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than n (n >= 2)."""
    k = 1
    while k << 1 < n:
        k <<= 1
    return k


def root_hash(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH over already-hashed leaves (RFC 9162 section 2.1.1)."""
    n = len(leaf_hashes)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return leaf_hashes[0]
    k = _split(n)
    return node_hash(root_hash(leaf_hashes[:k]), root_hash(leaf_hashes[k:]))


def inclusion_proof(leaf_hashes: Sequence[bytes], index: int) -> list[bytes]:
    """PATH(index, D[0:n]) of RFC 9162 section 2.1.3.1 for the tree of all given leaves."""
    n = len(leaf_hashes)
    if not 0 <= index < n:
        raise ValueError("leaf index outside the tree")
    if n == 1:
        return []
    k = _split(n)
    if index < k:
        return inclusion_proof(leaf_hashes[:k], index) + [root_hash(leaf_hashes[k:])]
    return inclusion_proof(leaf_hashes[k:], index - k) + [root_hash(leaf_hashes[:k])]


def consistency_proof(leaf_hashes: Sequence[bytes], old_size: int) -> list[bytes]:
    """PROOF(m, D[0:n]) of RFC 9162 section 2.1.4.1."""
    n = len(leaf_hashes)
    if not 0 < old_size <= n:
        raise ValueError("old size outside the tree")

    def subproof(m: int, leaves: Sequence[bytes], complete: bool) -> list[bytes]:
        if m == len(leaves):
            return [] if complete else [root_hash(leaves)]
        k = _split(len(leaves))
        if m <= k:
            return subproof(m, leaves[:k], complete) + [root_hash(leaves[k:])]
        return subproof(m - k, leaves[k:], False) + [root_hash(leaves[:k])]

    return subproof(old_size, leaf_hashes, True)


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> None:
    """Check that ``leaf`` (a leaf hash) is entry ``index`` of the tree of ``size`` with ``root``."""
    if not 0 <= index < size:
        raise ProofError("leaf index outside the tree")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if len(p) != HASH_SIZE or sn == 0:
            raise ProofError("inclusion proof has the wrong shape")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0 or not hmac.compare_digest(r, root):
        raise ProofError("inclusion proof does not lead to the checkpoint's root")


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Check that the tree of ``new_size`` extends the tree of ``old_size`` (RFC 9162 section 2.1.4.2)."""
    if not 0 < old_size <= new_size:
        raise ProofError("sizes are not increasing")
    if old_size == new_size:
        if proof or not hmac.compare_digest(old_root, new_root):
            raise ProofError("equal sizes need equal roots and an empty proof")
        return
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is the first node
        path.insert(0, old_root)
    if not path or any(len(p) != HASH_SIZE for p in path):
        raise ProofError("consistency proof has the wrong shape")
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof is too long")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0 or not hmac.compare_digest(fr, old_root) or not hmac.compare_digest(sr, new_root):
        raise ProofError("consistency proof does not match the roots")


# ---- C2SP signed-note -------------------------------------------------------------------------


def _key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode("utf-8") + b"\n" + _ED25519 + public_key).digest()[:4]


def _check_name(name: str) -> None:
    if not name or any(c.isspace() for c in name) or "+" in name:
        raise NoteFormatError("a note key name must be non-empty, without spaces or '+'")


def verifier_key(name: str, public_key: bytes) -> str:
    """The C2SP vkey text ``<name>+<hex key id>+<base64(0x01 || key)>``."""
    _check_name(name)
    return f"{name}+{_key_id(name, public_key).hex()}+{base64.b64encode(_ED25519 + public_key).decode()}"


def sign_note(text: str, name: str, key: nacl.signing.SigningKey) -> str:
    """A signed note: ``text`` (must end in a newline), a blank line, one signature line."""
    _check_name(name)
    if not text.endswith("\n") or "\n\n" in text or _CONTROL.search(text):
        raise NoteFormatError("note text must end in a newline and contain no blank line or control character")
    signature = key.sign(text.encode("utf-8")).signature
    blob = base64.b64encode(_key_id(name, bytes(key.verify_key)) + signature).decode()
    return f"{text}\n{_SIG_PREFIX}{name} {blob}\n"


def open_note(note: str, name: str, public_key: bytes) -> str:
    """The note's text if one of its signatures is a valid Ed25519 signature by (name, key)."""
    _check_name(name)
    try:
        note.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate from JSON: not UTF-8 text (review finding R3)
        raise NoteFormatError("note is not UTF-8 text") from exc
    if _CONTROL.search(note):  # a MUST of C2SP signed-note that was not checked (review R11)
        raise NoteFormatError("note holds an ASCII control character other than newline")
    text, sep, sigs = note.rpartition("\n\n")
    if not sep or not sigs.endswith("\n"):
        raise NoteFormatError("no signature block")
    if sigs.count("\n") > MAX_SIGNATURES:
        raise NoteFormatError("note has too many signature lines")
    text += "\n"
    wanted = _key_id(name, public_key)
    verify = nacl.signing.VerifyKey(public_key)
    for line in sigs[:-1].split("\n"):
        if not line.startswith(_SIG_PREFIX):
            raise NoteFormatError("malformed signature line")
        parts = line[len(_SIG_PREFIX) :].split(" ")
        if len(parts) != 2:
            raise NoteFormatError("malformed signature line")
        try:
            blob = base64.b64decode(parts[1], validate=True)
        except ValueError as exc:
            raise NoteFormatError("signature is not base64") from exc
        if parts[0] != name or blob[:4] != wanted or len(blob) != 4 + 64:
            continue
        try:
            verify.verify(text.encode("utf-8"), blob[4:])
        except nacl.exceptions.BadSignatureError as exc:
            raise NoteSignatureError("the note's signature does not verify") from exc
        return text
    raise NoteSignatureError(f"the note carries no signature by {name}")


# ---- C2SP tlog-checkpoint ---------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        lines = text.split("\n")
        if len(lines) < 4 or lines[-1] != "" or not lines[0]:
            raise NoteFormatError("a checkpoint has an origin, a size and a root hash")
        if "" in lines[3:-1]:  # C2SP tlog-checkpoint: extension lines MUST be non-empty (R11)
            raise NoteFormatError("a checkpoint extension line is empty")
        size_text = lines[1]
        # ASCII digits only (str.isdigit() also takes "²" and "١٢") and at most 20 of them, so
        # int() can neither fail nor be made slow (review finding R4).
        if not _DECIMAL.fullmatch(size_text):
            raise NoteFormatError("checkpoint size is not a decimal number")
        try:
            root = base64.b64decode(lines[2], validate=True)
        except ValueError as exc:
            raise NoteFormatError("checkpoint root is not base64") from exc
        if len(root) != HASH_SIZE:
            raise NoteFormatError("checkpoint root is not a SHA-256 hash")
        return cls(lines[0], int(size_text), root)


def sign_checkpoint(checkpoint: Checkpoint, key: nacl.signing.SigningKey) -> str:
    """The checkpoint as a signed note, signed under its origin as key name."""
    return sign_note(checkpoint.text(), checkpoint.origin, key)


def open_checkpoint(note: str, origin: str, public_key: bytes) -> Checkpoint:
    """Verify a signed checkpoint from the log named ``origin``; return it parsed."""
    checkpoint = Checkpoint.parse(open_note(note, origin, public_key))
    if checkpoint.origin != origin:
        raise NoteFormatError("checkpoint is for another log")
    return checkpoint


# ---- C2SP tlog-cosignature (cosignature/v1, Ed25519) -------------------------------------------

_COSIGNATURE_V1 = b"\x04"  # the signed-note signature type (key ID byte) of an Ed25519 cosignature/v1
_MAX_TIMESTAMP = (1 << 63) - 1


class CosignatureError(TlogError):
    """A checkpoint does not carry the cosignatures a policy asks for."""


@dataclass(frozen=True)
class Cosigner:
    """A witness as a client knows it: its name and Ed25519 public key (C2SP tlog-cosignature)."""

    name: str
    public_key: bytes

    def key_id(self) -> bytes:
        return hashlib.sha256(self.name.encode("utf-8") + b"\n" + _COSIGNATURE_V1 + self.public_key).digest()[:4]

    def vkey(self) -> str:
        """The C2SP vkey text ``<name>+<hex key id>+<base64(0x04 || key)>``."""
        return f"{self.name}+{self.key_id().hex()}+{base64.b64encode(_COSIGNATURE_V1 + self.public_key).decode()}"

    @classmethod
    def parse(cls, vkey: str) -> Cosigner:
        """A cosigner from its vkey text; its key ID must be the one its name and key give."""
        if not isinstance(vkey, str) or vkey.count("+") < 2 or _CONTROL.search(vkey) or any(c.isspace() for c in vkey):
            raise NoteFormatError("a witness key is <name>+<key id>+<base64 key>")
        name, hex_id, b64key = vkey.split("+", 2)  # base64 may itself hold "+"
        _check_name(name)
        try:
            raw = base64.b64decode(b64key, validate=True)
            given_id = bytes.fromhex(hex_id)
        except ValueError as exc:
            raise NoteFormatError("a witness key is <name>+<key id>+<base64 key>") from exc
        if len(raw) != 33 or raw[:1] != _COSIGNATURE_V1:
            raise NoteFormatError("a witness key must be an Ed25519 cosignature/v1 key (type 0x04)")
        cosigner = cls(name, raw[1:])
        if len(given_id) != 4 or given_id != cosigner.key_id():
            raise NoteFormatError("the witness key's ID does not match its name and key")
        return cosigner


def cosigned_message(checkpoint_text: str, timestamp: int) -> bytes:
    """What an Ed25519 cosignature/v1 signs: ``cosignature/v1``, ``time <t>``, then the checkpoint body."""
    return f"cosignature/v1\ntime {timestamp}\n{checkpoint_text}".encode()


def cosign(checkpoint_text: str, name: str, key: nacl.signing.SigningKey, timestamp: int) -> str:
    """One note signature line: the cosignature by (``name``, ``key``) on the checkpoint body at ``timestamp``."""
    Checkpoint.parse(checkpoint_text)
    if not 0 <= timestamp <= _MAX_TIMESTAMP:
        raise NoteFormatError("a cosignature timestamp is a POSIX time below 2^63")
    cosigner = Cosigner(name, bytes(key.verify_key))
    signature = key.sign(cosigned_message(checkpoint_text, timestamp)).signature
    blob = cosigner.key_id() + timestamp.to_bytes(8, "big") + signature
    return f"{_SIG_PREFIX}{name} {base64.b64encode(blob).decode()}\n"


def split_note(note: str) -> tuple[str, list[str]]:
    """A signed note's text (ending in a newline) and its signature lines (each without its newline)."""
    text, sep, sigs = note.rpartition("\n\n")
    if not sep or not sigs.endswith("\n"):
        raise NoteFormatError("no signature block")
    if sigs.count("\n") > MAX_SIGNATURES:
        raise NoteFormatError("note has too many signature lines")
    lines = sigs[:-1].split("\n")
    if not all(line.startswith(_SIG_PREFIX) for line in lines):
        raise NoteFormatError("malformed signature line")
    return text + "\n", lines


def valid_cosigners(note: str, cosigners: Sequence[Cosigner]) -> list[Cosigner]:
    """The cosigners among ``cosigners`` whose cosignature on the note's checkpoint verifies.

    Lines by other keys are ignored (C2SP); a line that names a known cosigner and its key ID but
    does not verify counts for nothing (a forged cosignature)."""
    text, lines = split_note(note)
    good: list[Cosigner] = []
    for line in lines:
        parts = line[len(_SIG_PREFIX) :].split(" ")
        if len(parts) != 2:
            continue
        try:
            blob = base64.b64decode(parts[1], validate=True)
        except ValueError:
            continue
        for cosigner in cosigners:
            if cosigner in good or parts[0] != cosigner.name or blob[:4] != cosigner.key_id() or len(blob) != 76:
                continue
            timestamp = int.from_bytes(blob[4:12], "big")
            if timestamp > _MAX_TIMESTAMP:
                continue
            try:
                nacl.signing.VerifyKey(cosigner.public_key).verify(cosigned_message(text, timestamp), blob[12:])
            except nacl.exceptions.BadSignatureError:
                continue
            good.append(cosigner)
    return good


def require_cosignatures(note: str, cosigners: Sequence[Cosigner], threshold: int) -> list[Cosigner]:
    """The valid cosigners if at least ``threshold`` of ``cosigners`` cosigned the note, else :class:`CosignatureError`."""
    if threshold <= 0:
        return []
    good = valid_cosigners(note, cosigners)
    if len(good) < threshold:
        raise CosignatureError(f"the checkpoint carries {len(good)} valid witness cosignatures; "
                               f"{threshold} are required")
    return good
