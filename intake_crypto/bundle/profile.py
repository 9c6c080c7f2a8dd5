# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive profile: the public, signed description of an archive that interviewers import.

Guarantees: :func:`load_profile` returns a profile only if it is a well-formed version-1
profile whose Ed25519 signature (domain ``intake-archive-profile-v1``, over the canonical JSON
of every field except ``signature``) verifies with its own ``profile_public_key``, and if no
field holds anything that looks like private key material. Its :meth:`ArchiveProfile.fingerprint`
is a digest of the profile-signing public key, printed as digits that people compare by phone
(digits read the same in Chinese and English): a matching fingerprint plus a valid signature
means the archive itself signed every field.

The optional ``witnesses`` field (``{"threshold": K, "keys": [vkey, ...]}``, SPEC 3.5) names
witnesses in the C2SP tlog-witness protocol, K of which must cosign the checkpoint of every
receipt; absent, receipts need no cosignature (profiles made before it keep their bytes).

The optional ``bridges`` field lists the archive's own private Tor bridge lines (signed like
every other field, so nobody can slip a bridge they run into a profile); it is absent, never
empty, when there are none, so profiles without bridges keep their bytes and signatures.
:func:`check_bridge_line` checks the shape of each line (one line of printable ASCII, an
``IP:PORT``); the app's transport code checks each transport's options before tor sees it.

Never: accepts unknown fields, floats, duplicate keys, a private key, or an unsigned profile;
never accepts (nor signs) a ``name`` that could draw text outside its place where it is shown
(:func:`check_name`: control characters, line breaks, bidirectional-text controls, ``<``, ``>``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import nacl.signing

from intake_crypto.age._errors import KeyFormatError
from intake_crypto.age._recipients import Recipient, parse_recipient
from intake_crypto.bundle._bundle_errors import (
    ProfileFingerprintError,
    ProfileFormatError,
    ProfileNameError,
    ProfilePrivateKeyError,
    ProfileSignatureError,
)
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads
from intake_crypto.bundle.signing import b64, sign, unb64, verify
from intake_crypto.bundle.tlog import Cosigner, TlogError

PROFILE_FORMAT = "intake-archive-profile"
PROFILE_VERSION = 1
THRESHOLD_PROFILE_VERSION = 2  # identity sealed k-of-n to custodians (SPEC 2.13)
SIGNATURE_DOMAIN = "intake-archive-profile-v1"
FINGERPRINT_DOMAIN = b"intake-archive-profile-fingerprint-v1\n"
MAX_PROFILE_BYTES = 256 * 1024
DEFAULT_MAX_BUNDLE_BYTES = 8 * 1024**3

# Anything that looks like a secret: age identities, our seed lines, PEM private keys.
_PRIVATE_PATTERNS = re.compile(r"AGE-SECRET-KEY-|AGE-PLUGIN-|INTAKE-ED25519-SEED|PRIVATE KEY", re.IGNORECASE)
# Bidirectional-text controls (embeddings, overrides, isolates, marks) reorder what is drawn.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MAX_NAME_CHARS = 200
_ONION = re.compile(r"^([a-z2-7]{56}\.onion)?$")
_FIELDS = {
    "format",
    "version",
    "name",
    "content_recipients",
    "identity_recipients",
    "receiver_onion",
    "receipt_public_key",
    "profile_public_key",
    "audio_policy",
    "max_bundle_bytes",
    "delete_after_receipt",
    "latest_app_version",
    "accepted_forms",
    "signature",
}
_OPTIONAL_FIELDS = {"bridges", "witnesses"}
MAX_WITNESSES = 32
MAX_BRIDGES = 32
MAX_BRIDGE_LINE_CHARS = 1500
# One line of printable ASCII words separated by single spaces: no newline can add a torrc line.
_BRIDGE_WORDS = re.compile(r"^[\x21-\x7e]+(?: [\x21-\x7e]+)*$")
_BRIDGE_ADDRESS = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]):\d{1,5}$")


@dataclass(frozen=True)
class ArchiveProfile:
    name: str
    content_recipients: tuple[str, ...]
    identity_recipients: tuple[str, ...]
    receiver_onion: str
    receipt_public_key: bytes
    profile_public_key: bytes
    audio_policy: Literal["flac", "opus"] = "flac"
    max_bundle_bytes: int = DEFAULT_MAX_BUNDLE_BYTES
    delete_after_receipt: bool = True
    latest_app_version: str | None = None
    accepted_forms: tuple[str, ...] = ()  # "form_id" or "form_id@version"; empty: any
    # Version 2 (issue 23): K of these custodians open a bundle's identity side; then
    # ``identity_recipients`` is empty (no single key opens any identity).
    identity_custodians: tuple[str, ...] = ()
    identity_threshold: int = 0
    bridges: tuple[str, ...] = ()  # the archive's private bridge lines; empty: the field is absent
    # Witnesses (C2SP tlog-witness vkeys) of which ``witness_threshold`` must cosign a receipt's
    # checkpoint (SPEC 3.5); empty: the field is absent and receipts need no cosignature.
    witnesses: tuple[str, ...] = ()
    witness_threshold: int = 0
    signature: bytes = field(default=b"", compare=False)

    # --- derived views ----------------------------------------------------------------------
    def body(self) -> dict[str, Any]:
        """The signed fields as a JSON object (everything except ``signature``)."""
        d = asdict(self)
        d.pop("signature")
        d.pop("identity_custodians")
        d.pop("identity_threshold")
        d.pop("witnesses")
        d.pop("witness_threshold")
        if self.witnesses:
            d["witnesses"] = {"threshold": self.witness_threshold, "keys": list(self.witnesses)}
        d["content_recipients"] = list(self.content_recipients)
        d["identity_recipients"] = list(self.identity_recipients)
        d["accepted_forms"] = list(self.accepted_forms)
        if self.bridges:
            d["bridges"] = list(self.bridges)
        else:
            d.pop("bridges")
        d["receipt_public_key"] = b64(self.receipt_public_key)
        d["profile_public_key"] = b64(self.profile_public_key)
        d["format"] = PROFILE_FORMAT
        d["version"] = PROFILE_VERSION
        if self.identity_threshold:
            d["version"] = THRESHOLD_PROFILE_VERSION
            d["identity_custodians"] = {"threshold": self.identity_threshold,
                                        "recipients": list(self.identity_custodians)}
        return d

    @property
    def threshold_mode(self) -> bool:
        """True when identity is sealed k-of-n to custodians (profile version 2)."""
        return self.identity_threshold > 0

    def cosigners(self) -> list[Cosigner]:
        """The witnesses as :class:`intake_crypto.bundle.tlog.Cosigner` (empty when the profile names none)."""
        return [Cosigner.parse(k) for k in self.witnesses]

    def identity_sealing_recipients(self) -> list[Recipient]:
        """What ``identity.age`` is encrypted to: the identity recipients, or one
        :class:`intake_crypto.bundle.threshold.ThresholdRecipient` over the custodians (SPEC 2.13)."""
        from intake_crypto.bundle.threshold import ThresholdRecipient

        if self.threshold_mode:
            custodians = [parse_recipient(r) for r in self.identity_custodians]
            return [ThresholdRecipient(self.identity_threshold, custodians)]
        return [parse_recipient(r) for r in self.identity_recipients]

    def to_json(self) -> bytes:
        """The canonical profile.json bytes (must be signed)."""
        if not self.signature:
            raise ProfileSignatureError("profile is not signed")
        return canonical({**self.body(), "signature": b64(self.signature)})

    def signed(self, key: nacl.signing.SigningKey) -> ArchiveProfile:
        """A copy signed by ``key`` (whose public key must be ``profile_public_key``); a name that
        :func:`check_name` refuses is never signed (so ``archive init`` refuses it)."""
        check_name(self.name)
        check_bridges(self.bridges)
        check_witnesses(self.witnesses, self.witness_threshold)
        if bytes(key.verify_key) != self.profile_public_key:
            raise ProfileSignatureError("signing key does not match profile_public_key")
        sig = sign(key, SIGNATURE_DOMAIN, self.body())
        return ArchiveProfile(**{**_fields(self), "signature": sig})

    def verify_signature(self) -> bool:
        return len(self.signature) == 64 and verify(
            self.profile_public_key, SIGNATURE_DOMAIN, self.body(), self.signature
        )

    def fingerprint(self) -> str:
        """Eight groups of five digits (about 132 bits) from SHA-256 of the profile-signing key."""
        return fingerprint_of_key(self.profile_public_key)

    def content_sha256(self) -> str:
        """SHA-256 (hex) of the canonical profile.json, to tell two versions apart."""
        return hashlib.sha256(self.to_json()).hexdigest()

    @property
    def classic(self) -> bool:
        """True when every recipient is X25519 (``age1...``), so age 1.1 tools can open bundles."""
        return all(not r.startswith("age1pq1")
                   for r in self.content_recipients + self.identity_recipients + self.identity_custodians)


def _fields(p: ArchiveProfile) -> dict[str, Any]:
    return {k: getattr(p, k) for k in p.__dataclass_fields__}


def fingerprint_of_key(public_key: bytes) -> str:
    digest = hashlib.sha256(FINGERPRINT_DOMAIN + public_key).digest()
    # Eight groups: each 4 digest bytes as a big-endian integer mod 100000 (bias below 2**-15).
    groups = [int.from_bytes(digest[i : i + 4], "big") % 100000 for i in range(0, 32, 4)]
    return " ".join(f"{g:05d}" for g in groups)


def check_name(name: object) -> str:
    """``name`` if it is one line of plain text a person can be shown safely, else
    :class:`ProfileNameError` (security review F4: a name holding a newline and "Fingerprint: ..."
    drew a false fingerprint line; ``<`` made Qt render it as rich text; ESC sequences hid the
    real line on a terminal). Refused: empty or blank, longer than ``MAX_NAME_CHARS``, any
    control character (Unicode category Cc, which covers ESC, CR, LF, TAB, NUL, DEL, C1), line
    and paragraph separators (Zl, Zp), bidirectional-text controls, ``<`` and ``>``."""
    if not isinstance(name, str) or not name.strip():
        raise ProfileNameError("name must be a non-empty string")
    if len(name) > MAX_NAME_CHARS:
        raise ProfileNameError(f"name is longer than {MAX_NAME_CHARS} characters")
    for ch in name:
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI or ch in "<>":
            raise ProfileNameError(f"name holds a character that is not allowed: U+{ord(ch):04X}")
    return name


def check_bridge_line(line: object) -> str:
    """``line`` if it has the shape of a Tor bridge line: ``[TRANSPORT] IP:PORT [FINGERPRINT]
    [key=value ...]`` on one line of printable ASCII, without the ``Bridge`` keyword; else
    :class:`ProfileFormatError`. A newline would let a profile add its own lines to the
    client's torrc (for instance ``UseBridges 0``), so none is accepted."""
    if not isinstance(line, str) or not line or len(line) > MAX_BRIDGE_LINE_CHARS:
        raise ProfileFormatError("a bridge line must be a non-empty string of at most "
                                 f"{MAX_BRIDGE_LINE_CHARS} characters")
    if not _BRIDGE_WORDS.fullmatch(line):
        raise ProfileFormatError("a bridge line must be one line of printable ASCII words")
    words = line.split(" ")
    if words[0].lower() == "bridge":
        raise ProfileFormatError("a bridge line in a profile is written without the word Bridge")
    if not (_BRIDGE_ADDRESS.fullmatch(words[0]) or (len(words) > 1 and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", words[0])
                                                    and _BRIDGE_ADDRESS.fullmatch(words[1]))):
        raise ProfileFormatError("a bridge line must start with IP:PORT or a transport name and IP:PORT")
    return line


def check_bridges(lines: tuple[str, ...]) -> tuple[str, ...]:
    if len(lines) > MAX_BRIDGES:
        raise ProfileFormatError(f"a profile holds at most {MAX_BRIDGES} bridge lines")
    if len(set(lines)) != len(lines):
        raise ProfileFormatError("bridges holds duplicates")
    for line in lines:
        check_bridge_line(line)
    return lines


def check_witnesses(keys: tuple[str, ...], threshold: int) -> tuple[str, ...]:
    """Witness vkeys (C2SP tlog-cosignature, Ed25519 type 0x04) and 1 <= threshold <= their number,
    or none and threshold 0; else :class:`ProfileFormatError`."""
    if not keys:
        if threshold:
            raise ProfileFormatError("a witness threshold needs witnesses")
        return keys
    if len(keys) > MAX_WITNESSES or len(set(keys)) != len(keys):
        raise ProfileFormatError(f"witnesses holds duplicates or more than {MAX_WITNESSES} keys")
    if isinstance(threshold, bool) or not isinstance(threshold, int) or not 1 <= threshold <= len(keys):
        raise ProfileFormatError("witnesses needs 1 <= threshold <= number of witnesses")
    names = set()
    for key in keys:
        try:
            names.add(Cosigner.parse(key).name)
        except TlogError as exc:
            raise ProfileFormatError(f"a witness key is malformed: {exc}") from exc
        check_name(key.split("+")[0])
    if len(names) != len(keys):
        raise ProfileFormatError("two witnesses have the same name")
    return keys


def _witnesses(obj: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    """``witnesses`` (optional): ``{"threshold": K, "keys": [vkey, ...]}``, present only when non-empty."""
    if "witnesses" not in obj:
        return (), 0
    value = obj["witnesses"]
    if not isinstance(value, dict) or set(value) != {"threshold", "keys"}:
        raise ProfileFormatError("witnesses must hold exactly threshold and keys")
    keys = _str_list(value, "keys", allow_empty=False)
    return check_witnesses(keys, value["threshold"]), int(value["threshold"])


def _find_private(value: Any) -> bool:
    # An explicit stack, not recursion: a profile nested a few hundred levels deep made the
    # recursive walk raise RecursionError before any field was checked (review R28).
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _PRIVATE_PATTERNS.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _str_list(obj: dict[str, Any], name: str, *, allow_empty: bool) -> tuple[str, ...]:
    value = obj.get(name)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ProfileFormatError(f"{name} must be a list of strings")
    if not value and not allow_empty:
        raise ProfileFormatError(f"{name} must not be empty")
    if len(set(value)) != len(value):
        raise ProfileFormatError(f"{name} holds duplicates")
    return tuple(value)


def _check_recipients(texts: tuple[str, ...]) -> None:
    """Each recipient parses and is written canonically (so comparing strings compares keys), and
    one side does not mix post-quantum with classic recipients, which age refuses to encrypt to.
    Before review R10 only the prefix ``age1`` was checked: a broken recipient surfaced only when
    a testimony was sealed, and ``"age1X"`` and ``"age1X "`` (one key) passed as disjoint."""
    kinds: set[type] = set()
    for text in texts:
        try:
            recipient = parse_recipient(text)
        except KeyFormatError as exc:
            raise ProfileFormatError(f"a recipient is not a valid age recipient: {exc}") from exc
        if str(recipient) != text:
            raise ProfileFormatError("a recipient is not in its canonical form")
        kinds.add(type(recipient))
    if len(kinds) > 1:
        raise ProfileFormatError("post-quantum and classic recipients cannot be mixed on one side")


def _custodians(obj: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    """``identity_custodians`` of a version 2 profile: ``{"threshold": K, "recipients": [...]}``
    with 2 <= K <= n <= 255 (SPEC 2.9, 2.13)."""
    value = obj.get("identity_custodians")
    if not isinstance(value, dict) or set(value) != {"threshold", "recipients"}:
        raise ProfileFormatError("identity_custodians must hold exactly threshold and recipients")
    recipients = _str_list(value, "recipients", allow_empty=False)
    k = value["threshold"]
    if not isinstance(k, int) or isinstance(k, bool) or not 2 <= k <= len(recipients) <= 255:
        raise ProfileFormatError("identity_custodians needs 2 <= threshold <= number of custodians <= 255")
    return recipients, k


def _onion(obj: dict[str, Any], version: int) -> str:
    onion = obj["receiver_onion"]
    if not isinstance(onion, str) or not _ONION.fullmatch(onion):  # "$" alone let a final "\n" in (R5)
        raise ProfileFormatError("receiver_onion must be a v3 .onion address or empty")
    return onion


def _policy(obj: dict[str, Any], version: int) -> str:
    if obj["audio_policy"] not in ("flac", "opus"):
        raise ProfileFormatError("audio_policy must be flac or opus")
    return str(obj["audio_policy"])


def _max_bytes(obj: dict[str, Any], version: int) -> int:
    value = obj["max_bundle_bytes"]
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ProfileFormatError("max_bundle_bytes must be a positive integer")
    return value


def _delete(obj: dict[str, Any], version: int) -> bool:
    if not isinstance(obj["delete_after_receipt"], bool):
        raise ProfileFormatError("delete_after_receipt must be true or false")
    return bool(obj["delete_after_receipt"])


def _latest(obj: dict[str, Any], version: int) -> str | None:
    latest = obj["latest_app_version"]
    if latest is not None and not isinstance(latest, str):
        raise ProfileFormatError("latest_app_version must be a string or null")
    return latest


def _bridges(obj: dict[str, Any], version: int) -> tuple[str, ...]:
    # Present only when non-empty: one profile, one encoding, one signature.
    return check_bridges(_str_list(obj, "bridges", allow_empty=False)) if "bridges" in obj else ()


# The checks of parse_profile, as data: (the ArchiveProfile field(s) it yields, how it is read and
# checked from the profile object and its version), run in this order by the one checker below, so
# that the first fault found, and its message, stay what they were. A reader may also raise
# KeyError, TypeError, ValueError or AttributeError on a value of the wrong JSON type;
# parse_profile turns those into a ProfileFormatError.
_Reader = Callable[[dict[str, Any], int], Any]
_READERS: tuple[tuple[tuple[str, ...], _Reader], ...] = (
    (("name",), lambda o, v: check_name(o["name"])),
    (("receiver_onion",), _onion),
    (("audio_policy",), _policy),
    (("max_bundle_bytes",), _max_bytes),
    (("delete_after_receipt",), _delete),
    (("latest_app_version",), _latest),
    (("content_recipients",), lambda o, v: _str_list(o, "content_recipients", allow_empty=False)),
    # A threshold profile (version 2) seals identity to custodians, so its list may be empty.
    (("identity_recipients",),
     lambda o, v: _str_list(o, "identity_recipients", allow_empty=v == THRESHOLD_PROFILE_VERSION)),
    (("accepted_forms",), lambda o, v: _str_list(o, "accepted_forms", allow_empty=True)),
    (("bridges",), _bridges),
    (("identity_custodians", "identity_threshold"),
     lambda o, v: _custodians(o) if v == THRESHOLD_PROFILE_VERSION else ((), 0)),
    (("witnesses", "witness_threshold"), lambda o, v: _witnesses(o)),
)


def _cross_checks(values: dict[str, Any], version: int) -> None:
    """What holds between fields: custodians replace identity recipients, each side parses as
    age recipients of one kind, and content and identity never share a recipient."""
    identity, custodians = values["identity_recipients"], values["identity_custodians"]
    if version == THRESHOLD_PROFILE_VERSION and identity:
        raise ProfileFormatError("a threshold profile has no identity recipients (custodians only)")
    for side in (values["content_recipients"], identity, custodians):
        _check_recipients(side)
    if set(values["content_recipients"]) & (set(identity) | set(custodians)):
        raise ProfileFormatError("content and identity recipients must differ")


def _read_fields(obj: dict[str, Any], version: int) -> dict[str, Any]:
    """The one checker: every reader in order, then the cross-field checks and the keys."""
    values: dict[str, Any] = {}
    for names, read in _READERS:
        value = read(obj, version)
        values.update(zip(names, value, strict=True) if len(names) > 1 else ((names[0], value),))
    _cross_checks(values, version)
    values["receipt_public_key"] = unb64(obj["receipt_public_key"], 32)
    values["profile_public_key"] = unb64(obj["profile_public_key"], 32)
    values["signature"] = unb64(obj["signature"], 64)
    return values


def parse_profile(data: bytes) -> ArchiveProfile:
    """Parse and check profile.json bytes (see module docstring)."""
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileFormatError("profile is too large")
    # A private key is refused before anything else, even if the JSON is otherwise broken.
    if _PRIVATE_PATTERNS.search(data.decode("utf-8", errors="replace")):
        raise ProfilePrivateKeyError("profile holds private key material")
    try:
        obj = strict_loads(data)
    except CanonicalJSONError as exc:
        raise ProfileFormatError(f"profile is not valid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise ProfileFormatError("profile must be a JSON object")
    if _find_private(obj):
        raise ProfilePrivateKeyError("profile holds private key material")
    if obj.get("format") != PROFILE_FORMAT:
        raise ProfileFormatError("not an archive profile")
    version = obj.get("version")
    # ``True == 1`` in Python: without the type check "version": true passed, and verified with
    # the signature made over "version": 1 (two byte strings, one signature; review R17).
    if (not isinstance(version, int) or isinstance(version, bool)
            or version not in (PROFILE_VERSION, THRESHOLD_PROFILE_VERSION)):
        raise ProfileFormatError(f"unknown profile version {version!r}")
    fields = _FIELDS | {"identity_custodians"} if version == THRESHOLD_PROFILE_VERSION else _FIELDS
    if not fields <= set(obj) <= fields | _OPTIONAL_FIELDS:
        raise ProfileFormatError(f"unexpected or missing fields: {sorted((set(obj) - _OPTIONAL_FIELDS) ^ fields)}")
    try:
        values = _read_fields(obj, version)
    except (ValueError, TypeError, AttributeError) as exc:
        if isinstance(exc, ProfileFormatError):
            raise
        raise ProfileFormatError(f"profile field is malformed: {exc}") from exc
    profile = ArchiveProfile(**values)
    if not profile.verify_signature():
        raise ProfileSignatureError("profile signature does not verify")
    return profile


def load_profile(path: Path | str, *, expected_fingerprint: str | None = None) -> ArchiveProfile:
    """Read, check and return the profile at ``path`` (raises a ``ProfileError`` subclass)."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_PROFILE_BYTES + 1)
    profile = parse_profile(data)
    if expected_fingerprint is not None and _digits(expected_fingerprint) != _digits(profile.fingerprint()):
        raise ProfileFingerprintError("profile fingerprint does not match the expected one")
    return profile


def _digits(text: str) -> str:
    # Decimal digits of any script count as their value: a Chinese input method types
    # full-width "４", which used to make a correct fingerprint mismatch (review R15). Other
    # "digits" (superscripts) stay as they are and so never match.
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text if ch.isdigit())
