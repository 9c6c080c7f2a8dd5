# SPDX-License-Identifier: GPL-3.0-or-later
"""k-of-n custodian sealing of one age file (SPEC.md 2.13, issue 23, evidence review AR-4).

A :class:`ThresholdRecipient` is an age recipient for a *set* of custodians and a threshold K.
Every time it wraps a file key it makes a fresh one-file ("ephemeral") age identity E of the
custodians' type (hybrid post-quantum or X25519), wraps the file key to E with an ordinary
stanza, and Shamir-splits E's 32-byte secret K-of-n (two 16-byte halves, each over GF(2^128),
with pycryptodome's ``Crypto.Protocol.SecretSharing.Shamir``). Share *i* goes into an
``intake-threshold-v1`` stanza, age-encrypted to custodian *i*, next to a SHA-256 commitment.

Guarantees: K-1 shares give no information on E's secret beyond what E's public stanza and the
commitments give computationally; a custodian's share opens this one file only; a share that
does not match its commitment is refused and named (:class:`ShareMismatchError`), never combined.
Once K shares are combined, E is a standard ``AGE-SECRET-KEY-(PQ-)1`` identity: ``age -d -i`` opens
the file. :meth:`ThresholdRecipient.prepare` does the split once and returns a secret-free
:class:`PreparedThreshold` (E's public recipient and the threshold stanzas): the collecting device
seals a testimony's identity sections to E on save and its ``identity.age`` with the same stanzas
at finalising (SPEC 2.13 "Sealing on the device"), so one E covers one testimony. Never: writes to
disk, keeps E's secret beyond the call, or reuses E beyond one file (one testimony when prepared).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from base64 import b64decode, b64encode
from binascii import Error as BinasciiError
from collections.abc import Sequence
from dataclasses import dataclass, field

from Crypto.Protocol.SecretSharing import Shamir

from intake_crypto.age._age import decrypt_bytes, encrypt_bytes
from intake_crypto.age._errors import AgeError, HeaderError, NoIdentityMatchError, RecipientsError
from intake_crypto.age._format import Header, Stanza
from intake_crypto.age._recipients import (
    HybridIdentity,
    HybridRecipient,
    Identity,
    X25519Identity,
    X25519Recipient,
)
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads

STANZA_TYPE = "intake-threshold-v1"
SHARE_FORMAT = "intake-threshold-share"
SHARE_VERSION = 1
COMMIT_DOMAIN = b"intake-threshold-v1 commitment\n"
MAX_CUSTODIANS = 255
SECRET_SIZE = 32
_HALF = 16
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")


class ThresholdError(AgeError):
    """A threshold-sealed file, share or policy is not usable."""


class ThresholdFormatError(ThresholdError):
    """The header's threshold stanzas, or a share file, are malformed."""


class ShareMismatchError(ThresholdError):
    """A share does not match its commitment (forged, corrupted, or for another file)."""

    def __init__(self, index: int, reason: str) -> None:
        super().__init__(f"share {index}: {reason}")
        self.index = index


class NotEnoughSharesError(ThresholdError):
    """Fewer than K distinct valid shares: ``missing`` more are needed."""

    def __init__(self, have: int, need: int) -> None:
        super().__init__(f"{have} valid share(s) of the {need} needed")
        self.have = have
        self.need = need
        self.missing = need - have


class NotACustodianError(ThresholdError):
    """None of the given identities is a custodian of this file."""


Custodian = HybridRecipient | X25519Recipient


def commitment(tid: bytes, index: int, value: bytes) -> bytes:
    """SHA-256(COMMIT_DOMAIN || tid (16) || index (1 byte) || share value (32))."""
    return hashlib.sha256(COMMIT_DOMAIN + tid + bytes([index]) + value).digest()


def _split(k: int, n: int, secret: bytes) -> list[bytes]:
    lo = Shamir.split(k, n, secret[:_HALF])
    hi = Shamir.split(k, n, secret[_HALF:])
    out: list[bytes] = []
    for i, ((ia, ya), (ib, yb)) in enumerate(zip(lo, hi, strict=True), start=1):
        if ia != i or ib != i:  # pragma: no cover - pycryptodome numbers shares 1..n
            raise ThresholdError("unexpected share numbering")
        out.append(bytes(ya) + bytes(yb))
    return out


def _combine(shares: Sequence[tuple[int, bytes]]) -> bytes:
    lo = Shamir.combine([(i, v[:_HALF]) for i, v in shares])
    hi = Shamir.combine([(i, v[_HALF:]) for i, v in shares])
    return bytes(lo) + bytes(hi)


class ThresholdRecipient:
    """K of the ``custodians`` (all hybrid or all X25519) are needed to open what this wraps."""

    def __init__(self, threshold: int, custodians: Sequence[Custodian]) -> None:
        n = len(custodians)
        if not 2 <= threshold <= n <= MAX_CUSTODIANS:
            raise RecipientsError(f"a threshold needs 2 <= K <= n <= {MAX_CUSTODIANS} (K={threshold}, n={n})")
        if len({str(c) for c in custodians}) != n:
            raise RecipientsError("a custodian is listed twice")
        kinds = {type(c) for c in custodians}
        if len(kinds) != 1:
            raise RecipientsError("post-quantum and classic custodians cannot be mixed")
        self.threshold = threshold
        self.custodians = tuple(custodians)
        self.postquantum = kinds == {HybridRecipient}
        self.labels: frozenset[str] = frozenset({"postquantum"}) if self.postquantum else frozenset()

    def prepare(self) -> PreparedThreshold:
        """A fresh one-file identity E, split and wrapped to the custodians at once; only E's
        public recipient and the threshold stanzas are returned (E's secret is dropped here)."""
        secret = os.urandom(SECRET_SIZE)
        ephemeral = HybridIdentity(secret) if self.postquantum else X25519Identity(secret)
        tid = os.urandom(16)
        k, n = self.threshold, len(self.custodians)
        stanzas: list[Stanza] = []
        for index, (value, custodian) in enumerate(zip(_split(k, n, secret), self.custodians, strict=True), start=1):
            body = encrypt_bytes(value, [custodian])
            args = (tid.hex(), str(k), str(n), str(index), commitment(tid, index, value).hex())
            stanzas.append(Stanza(STANZA_TYPE, args, body))
        recipient = ephemeral.recipient()
        del ephemeral, secret
        return PreparedThreshold(recipient, tuple(stanzas), tuple(str(c) for c in self.custodians))

    def wrap(self, file_key: bytes) -> list[Stanza]:
        return self.prepare().wrap(file_key)

    def __repr__(self) -> str:
        return f"ThresholdRecipient({self.threshold} of {len(self.custodians)})"


PREPARED_FORMAT = "intake-threshold-prepared"


@dataclass(frozen=True)
class PreparedThreshold:
    """One testimony's sealing key (SPEC 2.13 "Sealing on the device"): the public recipient of
    a one-testimony identity E whose secret no longer exists anywhere, plus E's threshold stanzas
    (its secret's shares, each encrypted to one custodian). Everything sealed to ``recipient``
    (identity sections, originals, the bundle's ``identity.age`` via :meth:`wrap`) opens with E,
    which only K custodians' shares rebuild. Holds no secret: it can be kept in the device's store."""

    recipient: HybridRecipient | X25519Recipient
    stanzas: tuple[Stanza, ...] = field(repr=False)
    custodians: tuple[str, ...] = ()

    @property
    def labels(self) -> frozenset[str]:
        return self.recipient.labels

    def wrap(self, file_key: bytes) -> list[Stanza]:
        """E's ordinary stanza for ``file_key`` followed by the (same, stored) threshold stanzas."""
        return [*self.recipient.wrap(file_key), *self.stanzas]

    def policy(self) -> Policy:
        """The policy a file sealed with :meth:`wrap` declares (checked as :func:`policy` does)."""
        kind = "mlkem768x25519" if isinstance(self.recipient, HybridRecipient) else "X25519"
        pol = policy(Header((Stanza(kind), *self.stanzas), b"", b""))
        assert pol is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        return pol

    def to_bytes(self) -> bytes:
        """Canonical JSON: format, version, recipient, custodians, stanzas ([args..., base64 body])."""
        return canonical({"format": PREPARED_FORMAT, "version": 1, "recipient": str(self.recipient),
                          "custodians": list(self.custodians),
                          "stanzas": [[*s.args, b64encode(s.body).decode()] for s in self.stanzas]})

    @classmethod
    def from_bytes(cls, raw: bytes) -> PreparedThreshold:
        from intake_crypto.age._recipients import parse_recipient

        try:
            obj = strict_loads(raw, require_canonical=True)
            if not isinstance(obj, dict) or set(obj) != {"format", "version", "recipient", "custodians", "stanzas"}:
                raise ThresholdFormatError("a prepared threshold has the wrong members")
            if obj["format"] != PREPARED_FORMAT or obj["version"] != 1:
                raise ThresholdFormatError("not a prepared threshold (version 1)")
            recipient = parse_recipient(str(obj["recipient"]))
            custodians = tuple(str(c) for c in obj["custodians"])
            stanzas = tuple(Stanza(STANZA_TYPE, tuple(str(a) for a in row[:-1]), b64decode(str(row[-1]), validate=True))
                            for row in obj["stanzas"])
        except (CanonicalJSONError, UnicodeDecodeError, ValueError, TypeError, IndexError, AgeError) as exc:
            if isinstance(exc, ThresholdFormatError):
                raise
            raise ThresholdFormatError("a prepared threshold is malformed") from exc
        prepared = cls(recipient, stanzas, custodians)
        if prepared.policy().total != len(custodians):
            raise ThresholdFormatError("a prepared threshold's custodians do not match its stanzas")
        return prepared


@dataclass(frozen=True)
class Slot:
    """One custodian's place in a file: the share encrypted to them and its commitment."""

    index: int
    commitment: bytes
    body: bytes = field(repr=False)


@dataclass(frozen=True)
class Policy:
    """What a threshold-sealed file's header says: its id, K, n, the slots, E's type."""

    tid: bytes
    threshold: int
    total: int
    slots: tuple[Slot, ...]
    postquantum: bool


@dataclass(frozen=True)
class Share:
    """A custodian's released share for one file (``tid``)."""

    tid: bytes
    index: int
    value: bytes = field(repr=False)

    def to_bytes(self) -> bytes:
        """Canonical JSON (SPEC 2.13): format, version, tid, index, share."""
        return canonical({"format": SHARE_FORMAT, "version": SHARE_VERSION, "tid": self.tid.hex(),
                          "index": self.index, "share": b64encode(self.value).decode()})

    @classmethod
    def from_bytes(cls, raw: bytes) -> Share:
        try:
            obj = strict_loads(raw, require_canonical=True)
        except (CanonicalJSONError, UnicodeDecodeError, ValueError) as exc:
            raise ThresholdFormatError("a share file is not canonical JSON") from exc
        if not isinstance(obj, dict) or set(obj) != {"format", "version", "tid", "index", "share"}:
            raise ThresholdFormatError("a share file has the wrong members")
        if obj["format"] != SHARE_FORMAT or obj["version"] != SHARE_VERSION:
            raise ThresholdFormatError("not an intake threshold share (version 1)")
        tid, index, share = obj["tid"], obj["index"], obj["share"]
        if not isinstance(tid, str) or not _HEX32.fullmatch(tid):
            raise ThresholdFormatError("a share file's tid is malformed")
        if not isinstance(index, int) or isinstance(index, bool) or not 1 <= index <= MAX_CUSTODIANS:
            raise ThresholdFormatError("a share file's index is malformed")
        try:
            value = b64decode(share, validate=True) if isinstance(share, str) else b""
        except (BinasciiError, ValueError) as exc:
            raise ThresholdFormatError("a share file's share is not base64") from exc
        if len(value) != SECRET_SIZE or b64encode(value).decode() != share:
            raise ThresholdFormatError("a share file's share is malformed")
        return cls(bytes.fromhex(tid), index, value)


def policy(header: Header) -> Policy | None:
    """The threshold policy of a parsed header, ``None`` if it has no threshold stanza.

    Raises :class:`ThresholdFormatError` for inconsistent stanzas (ids, K, n, indexes 1..n each
    exactly once, one ephemeral stanza of one type). The header MAC authenticates all of this
    only once the file key is known (:func:`open_identity` then checks it)."""
    ours = [s for s in header.stanzas if s.type == STANZA_TYPE]
    if not ours:
        return None
    others = [s for s in header.stanzas if s.type != STANZA_TYPE]
    if len(others) != 1 or others[0].type not in ("mlkem768x25519", "X25519"):
        raise ThresholdFormatError("a threshold file needs exactly one ephemeral stanza")
    slots: list[Slot] = []
    head: tuple[str, str, str] | None = None
    for s in ours:
        if len(s.args) != 5:
            raise ThresholdFormatError("a threshold stanza needs 5 arguments")
        tid, k, n, index, commit = s.args
        if not (_HEX32.fullmatch(tid) and _DECIMAL.fullmatch(k) and _DECIMAL.fullmatch(n)
                and _DECIMAL.fullmatch(index) and _HEX64.fullmatch(commit)):
            raise ThresholdFormatError("a threshold stanza argument is malformed")
        if head is None:
            head = (tid, k, n)
        elif head != (tid, k, n):
            raise ThresholdFormatError("threshold stanzas disagree on id, K or n")
        slots.append(Slot(int(index), bytes.fromhex(commit), s.body))
    assert head is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
    k_, n_ = int(head[1]), int(head[2])
    if not 2 <= k_ <= n_ <= MAX_CUSTODIANS or sorted(s.index for s in slots) != list(range(1, n_ + 1)):
        raise ThresholdFormatError("threshold stanzas do not number 1..n with 2 <= K <= n")
    return Policy(bytes.fromhex(head[0]), k_, n_, tuple(sorted(slots, key=lambda s: s.index)),
                  others[0].type == "mlkem768x25519")


def release(pol: Policy, identities: Sequence[Identity]) -> Share:
    """The share of the custodian holding one of ``identities``, checked against its commitment."""
    for slot in pol.slots:
        try:
            value = decrypt_bytes(slot.body, identities)
        except NoIdentityMatchError:
            continue
        except AgeError as exc:
            raise ShareMismatchError(slot.index, "the encrypted share is damaged") from exc
        if len(value) != SECRET_SIZE or not hmac.compare_digest(commitment(pol.tid, slot.index, value),
                                                               slot.commitment):
            raise ShareMismatchError(slot.index, "the share does not match its commitment")
        return Share(pol.tid, slot.index, value)
    raise NotACustodianError("none of these keys is a custodian of this file")


def combine(pol: Policy, shares: Sequence[Share]) -> HybridIdentity | X25519Identity:
    """E, from K distinct valid shares. A share for another file, with an index outside 1..n, or
    not matching its commitment raises :class:`ShareMismatchError` naming it; fewer than K
    distinct shares raise :class:`NotEnoughSharesError`. Extra valid shares are fine."""
    by_index = {s.index: s for s in pol.slots}
    good: dict[int, bytes] = {}
    for share in shares:
        if share.tid != pol.tid:
            raise ShareMismatchError(share.index, "the share is for another file")
        slot = by_index.get(share.index)
        if slot is None:
            raise ShareMismatchError(share.index, "no custodian has this number")
        if not hmac.compare_digest(commitment(pol.tid, share.index, share.value), slot.commitment):
            raise ShareMismatchError(share.index, "the share does not match its commitment")
        good[share.index] = share.value
    if len(good) < pol.threshold:
        raise NotEnoughSharesError(len(good), pol.threshold)
    chosen = sorted(good.items())[: pol.threshold]
    secret = _combine(chosen)
    return HybridIdentity(secret) if pol.postquantum else X25519Identity(secret)


def open_identity(header: Header, shares: Sequence[Share]) -> HybridIdentity | X25519Identity:
    """E for a threshold-sealed file, checked to unwrap its file key and verify its header MAC."""
    from intake_crypto.age._format import verify_mac

    pol = policy(header)
    if pol is None:
        raise ThresholdFormatError("this file is not sealed to custodians")
    ephemeral = combine(pol, shares)
    try:
        file_key = ephemeral.unwrap([s for s in header.stanzas if s.type != STANZA_TYPE])
        verify_mac(file_key, header)
    except AgeError as exc:  # commitments matched, so the header itself was changed
        raise HeaderError("the threshold header was modified") from exc
    return ephemeral
