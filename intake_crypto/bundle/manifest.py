# SPDX-License-Identifier: GPL-3.0-or-later
"""The manifest inside each encrypted side of a bundle (``manifest.json``, last inner member).

A manifest is canonical JSON (RFC 8785 subset, see ``intake_crypto/bundle/_canonical.py``) listing every
payload file of its side with SHA-256 and size, the form id and version, capture times with
their UTC offset, the interviewer role, the tool version, the collecting device's Ed25519 public
key and its signature (domain ``intake-manifest-v1``) over every other field. From manifest
version 2 each file entry also states its ``sensitivity`` class (``identity``, ``content`` or
``restricted-content``; SPEC.md 2.7): audio is always ``restricted-content`` (a voice
identifies), everything on the identity side is ``identity``.

Guarantees: :func:`parse_manifest` returns only manifests that are byte-exact canonical JSON,
version 1 or 2, well-typed, whose file sensitivities obey the rules of SPEC.md 2.7 (an audio
file claiming ``content`` is refused), and correctly signed by the key they name. Version 1
manifests (sealed before the field existed) are read with the conservative implied class:
``identity`` on the identity side, ``restricted-content`` for every content-side file.
:func:`build_manifest` writes version 2, or version 3 when the device carries an archive's
enrolment (``intake_crypto/bundle/enrolment.py``; the ``enrolment`` field, whose device key must be the key
that signs the manifest). The signature proves which device sealed the side; whether that
device is trusted is the archive's decision: :meth:`Manifest.device_status` says "enrolled
device IV-07" only for an enrolment signed by the archive's own profile key for this very key.
Never: carries identity-class values on the content side (the bundle service decides what goes
where; the manifest only records paths, hashes, sizes and media types).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import nacl.signing

from intake_crypto.bundle._bundle_errors import ManifestError, ManifestSignatureError, UnknownVersionError
from intake_crypto.bundle._canonical import CanonicalJSONError, canonical, strict_loads
from intake_crypto.bundle.enrolment import DeviceStatus, Enrolment, EnrolmentError, device_status
from intake_crypto.bundle.enrolment import from_obj as enrolment_from_obj
from intake_crypto.bundle.signing import b64, key_id, sign, unb64, verify

MANIFEST_FORMAT = "intake-manifest"
MANIFEST_VERSION = 2  # what build_manifest writes for a device that is not enrolled
ENROLLED_MANIFEST_VERSION = 3  # ... and for an enrolled one: version 2 plus ``enrolment`` (SPEC 2.14)
READABLE_VERSIONS = (1, 2, 3)  # what parse_manifest accepts
SIGNATURE_DOMAIN = "intake-manifest-v1"
MAX_MANIFEST_BYTES = 1024 * 1024
TOOL_NAME = "testimony-intake"

Side = Literal["content", "identity"]
Sensitivity = Literal["identity", "content", "restricted-content"]
HEX128 = re.compile(r"[0-9a-f]{32}")
HEX256 = re.compile(r"[0-9a-f]{64}")
# RFC 3339 date-time with an explicit offset (Z or +hh:mm), seconds precision (SPEC 2.1); the
# time zone is never implied. ASCII digits only: "\d" also matched "١٩٨٩" (review R9).
RFC3339 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})")


def is_rfc3339(text: object) -> bool:
    """True for an RFC 3339 time of the shape above that names a real moment (no month 13,
    hour 24 or offset of 24 hours, which the pattern alone let through; review R9)."""
    if not isinstance(text, str) or not RFC3339.fullmatch(text):
        return False
    try:
        datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return False
    return True
KINDS = {"answers", "identity-answers", "audio", "consent-audio", "attachment", "original", "sealed-identity"}
# ``consent-audio`` (SPEC 2.4, 2.7): the recording of a witness's spoken consent, kept apart from the
# testimony's ``audio`` so that no reader has to guess which take is which: a consent recording is
# never published (issue 18, evidence.md R-SP-13).
# The kind each member name carries (SPEC 2.4). Unchecked before review R19, so "audio/x.flac"
# could be listed as an "attachment" of class "content", past the rule that audio is
# restricted-content.
_KIND_OF_PATH = (
    (re.compile(r"answers\.json"), "answers"),
    (re.compile(r"identity\.json"), "identity-answers"),
    (re.compile(r"audio/.+"), "audio"),
    (re.compile(r"consent/.+"), "consent-audio"),
    (re.compile(r"attachments/.+"), "attachment"),
    (re.compile(r"originals/.+"), "original"),
    (re.compile(r"sealed/.+"), "sealed-identity"),
)


def kind_of_path(path: str) -> str | None:
    """The kind a member name implies, or None for a name no side allows."""
    for pattern, kind in _KIND_OF_PATH:
        if pattern.fullmatch(path):
            return kind
    return None

_COMMON = {
    "format",
    "version",
    "side",
    "link_id",
    "form",
    "captured",
    "sealed_at",
    "interviewer_role",
    "tool",
    "device_public_key",
    "files",
    "signature",
}
_SIDE_FIELDS: dict[str, set[str]] = {
    "content": {"bundle_id", "consent"},
    "identity": {"anonymous", "derivations"},
}
_FILE_FIELDS = {"path", "sha256", "size", "media_type", "kind"}  # version 1
_FILE_FIELDS_V2 = _FILE_FIELDS | {"sensitivity"}
SENSITIVITIES: tuple[Sensitivity, ...] = ("identity", "content", "restricted-content")
# Version 2 rules (SPEC.md 2.7): the classes each kind of file may claim. A voice identifies a
# person, so audio is restricted-content and nothing less; identity-side files are identity.
ALLOWED_SENSITIVITY: dict[str, frozenset[str]] = {
    "answers": frozenset({"content", "restricted-content"}),
    "attachment": frozenset({"content", "restricted-content"}),
    "audio": frozenset({"restricted-content"}),
    "consent-audio": frozenset({"restricted-content"}),
    "identity-answers": frozenset({"identity"}),
    "original": frozenset({"identity"}),
    "sealed-identity": frozenset({"identity"}),
}
_SIDE_SENSITIVITY: dict[str, frozenset[str]] = {
    "content": frozenset({"content", "restricted-content"}),
    "identity": frozenset({"identity"}),
}
# What a builder writes when the caller names no class: the most sensitive class the kind allows.
DEFAULT_SENSITIVITY: dict[str, Sensitivity] = {
    "answers": "restricted-content",
    "attachment": "restricted-content",
    "audio": "restricted-content",
    "consent-audio": "restricted-content",
    "identity-answers": "identity",
    "original": "identity",
    "sealed-identity": "identity",
}


def implied_sensitivity(side: str, kind: str) -> Sensitivity:
    """The class of a file in a version 1 manifest, which did not record it (conservative)."""
    return "identity" if side == "identity" else "restricted-content"


def rfc3339(moment: datetime) -> str:
    """``moment`` as RFC 3339 with its own offset; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ManifestError("capture times must carry a time zone")
    text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int
    media_type: str
    kind: str
    original_name: str | None = None  # identity side only: the name the file had on the device
    # The file's sensitivity class; None when building means "the default for its kind"
    # (DEFAULT_SENSITIVITY). Entries read from a manifest always carry one.
    sensitivity: Sensitivity | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "sha256": self.sha256,
            "size": self.size,
            "media_type": self.media_type,
            "kind": self.kind,
            "sensitivity": self.sensitivity if self.sensitivity is not None else DEFAULT_SENSITIVITY.get(self.kind),
        }
        if self.original_name is not None:
            d["original_name"] = self.original_name
        return d


@dataclass(frozen=True)
class Manifest:
    """A parsed, signature-checked manifest; ``raw`` is the JSON object as signed."""

    raw: dict[str, Any]

    @property
    def side(self) -> Side:
        side: Side = self.raw["side"]
        return side

    @property
    def link_id(self) -> str:
        return str(self.raw["link_id"])

    @property
    def bundle_id(self) -> str | None:
        value = self.raw.get("bundle_id")
        return None if value is None else str(value)

    @property
    def version(self) -> int:
        return int(self.raw["version"])

    @property
    def files(self) -> tuple[FileEntry, ...]:
        side = self.side
        return tuple(
            FileEntry(
                f["path"], f["sha256"], f["size"], f["media_type"], f["kind"], f.get("original_name"),
                f.get("sensitivity") or implied_sensitivity(side, f["kind"]),
            )
            for f in self.raw["files"]
        )

    @property
    def device_public_key(self) -> bytes:
        return unb64(self.raw["device_public_key"], 32)

    @property
    def device_key_id(self) -> str:
        return key_id(self.device_public_key)

    @property
    def enrolment(self) -> Enrolment | None:
        """The archive enrolment the device carried (version 3), checked when parsed; else None."""
        value = self.raw.get("enrolment")
        return None if value is None else enrolment_from_obj(value)

    def device_status(self, archive_profile_key: bytes) -> DeviceStatus:
        """Enrolled by the archive whose profile key is given, or an unknown device (and why)."""
        return device_status(self.device_public_key, self.enrolment, archive_profile_key)

    @property
    def form(self) -> tuple[str, str]:
        return (str(self.raw["form"]["id"]), str(self.raw["form"]["version"]))


def build_manifest(
    *,
    side: Side,
    link_id: str,
    form_id: str,
    form_version: str,
    captured_started: datetime,
    captured_ended: datetime | None,
    sealed_at: datetime,
    interviewer_role: str,
    tool_version: str,
    files: list[FileEntry],
    device_key: nacl.signing.SigningKey,
    bundle_id: str | None = None,
    consent: dict[str, Any] | None = None,
    anonymous: bool | None = None,
    derivations: list[dict[str, str]] | None = None,
    enrolment: Enrolment | None = None,
) -> bytes:
    """The signed, canonical manifest.json bytes for one side (version 3 with ``enrolment``)."""
    if enrolment is not None and enrolment.device_public_key != bytes(device_key.verify_key):
        raise ManifestError("the enrolment is for another device key")
    body: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION if enrolment is None else ENROLLED_MANIFEST_VERSION,
        "side": side,
        "link_id": link_id,
        "form": {"id": form_id, "version": form_version},
        "captured": {
            "started": rfc3339(captured_started),
            "ended": None if captured_ended is None else rfc3339(captured_ended),
        },
        "sealed_at": rfc3339(sealed_at),
        "interviewer_role": interviewer_role,
        "tool": {"name": TOOL_NAME, "version": tool_version},
        "device_public_key": b64(bytes(device_key.verify_key)),
        "files": [f.to_json() for f in sorted(files, key=lambda f: f.path)],
    }
    if enrolment is not None:
        body["enrolment"] = enrolment.to_json_obj()
    if side == "content":
        body["bundle_id"] = bundle_id
        body["consent"] = consent if consent is not None else {}
    else:
        body["anonymous"] = bool(anonymous)
        body["derivations"] = sorted(derivations or [], key=lambda d: d["original"])
    try:
        body["signature"] = b64(sign(device_key, SIGNATURE_DOMAIN, body))
        data = canonical(body)
    except CanonicalJSONError as exc:
        raise ManifestError(f"manifest value cannot be canonical JSON: {exc}") from exc
    # The builder runs the reader's checks too, so a sealer can never emit what openers refuse.
    parse_manifest(data)
    return data


def _check_file(entry: Any, side: str, version: int) -> None:
    required = _FILE_FIELDS_V2 if version >= 2 else _FILE_FIELDS
    allowed = required | {"original_name"} if side == "identity" else required
    if not isinstance(entry, dict) or not (required <= set(entry) <= allowed):
        raise ManifestError("file entry has unexpected fields")
    if not isinstance(entry["path"], str) or not HEX256.fullmatch(str(entry["sha256"])):
        raise ManifestError("file entry path or sha256 is malformed")
    size = entry["size"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ManifestError("file entry size is malformed")
    if not isinstance(entry["media_type"], str) or entry["kind"] not in KINDS:
        raise ManifestError("file entry media type or kind is malformed")
    if kind_of_path(entry["path"]) != entry["kind"]:
        raise ManifestError(f"file entry of kind {entry['kind']!r} has a path of another kind")
    if "original_name" in entry and not isinstance(entry["original_name"], str):
        raise ManifestError("original_name must be a string")
    if version >= 2:
        sensitivity = entry["sensitivity"]
        if not isinstance(sensitivity, str) or sensitivity not in SENSITIVITIES:
            raise ManifestError("file entry sensitivity is malformed")
        if sensitivity not in ALLOWED_SENSITIVITY[entry["kind"]] or sensitivity not in _SIDE_SENSITIVITY[side]:
            # e.g. audio claiming "content": a voice identifies, so it must be restricted-content.
            raise ManifestError(
                f"a file of kind {entry['kind']!r} on the {side} side cannot be {sensitivity!r} (SPEC.md 2.7)"
            )


# The checks of parse_manifest, as data: each rule is (what must hold of the manifest object,
# the message of the ManifestError when it does not), run in order by _check. A rule may also
# raise KeyError, TypeError, ValueError or AttributeError on a value of the wrong JSON type;
# parse_manifest turns those into a ManifestError too (review finding R2).
_Rule = tuple[Callable[[dict[str, Any]], object], str]
_DERIVATION_FIELDS = {"original", "original_sha256", "derived", "derived_sha256"}


def _derivation_ok(d: Any) -> bool:
    # Values were unchecked before review R12 (any JSON passed, e.g. a number as a path).
    return (
        isinstance(d, dict)
        and set(d) == _DERIVATION_FIELDS
        and isinstance(d["original"], str)
        and isinstance(d["derived"], str)
        and bool(HEX256.fullmatch(str(d["original_sha256"])) and HEX256.fullmatch(str(d["derived_sha256"])))
    )


def _files_ok(m: dict[str, Any]) -> bool:
    for entry in m["files"]:
        _check_file(entry, m["side"], m["version"])  # raises with its own message
    paths = [f["path"] for f in m["files"]]
    return paths == sorted(paths) and len(set(paths)) == len(paths)


_COMMON_RULES: tuple[_Rule, ...] = (
    (lambda m: HEX128.fullmatch(m["link_id"]), "link_id is malformed"),
    (lambda m: set(m["form"]) == {"id", "version"} and all(isinstance(v, str) and v for v in m["form"].values()),
     "form is malformed"),
    (lambda m: set(m["captured"]) == {"started", "ended"} and is_rfc3339(m["captured"]["started"]),
     "capture time is malformed"),
    (lambda m: m["captured"]["ended"] is None or is_rfc3339(m["captured"]["ended"]), "capture end time is malformed"),
    (lambda m: is_rfc3339(m["sealed_at"]) and isinstance(m["interviewer_role"], str),
     "sealed_at or interviewer_role is malformed"),
    (lambda m: set(m["tool"]) == {"name", "version"} and m["tool"]["name"] == TOOL_NAME
     and isinstance(m["tool"]["version"], str), "tool is malformed"),
    # unb64 raises ValueError on a bad key or signature ("manifest field is malformed: ..."); checked
    # here, in the place it always was, so that the first fault found stays the same.
    (lambda m: unb64(m["device_public_key"], 32) and unb64(m["signature"], 64), "key or signature is malformed"),
    (lambda m: isinstance(m["files"], list), "files must be a list"),
    (_files_ok, "file paths must be sorted and unique"),
)
_SIDE_RULES: dict[str, tuple[_Rule, ...]] = {
    "content": (
        (lambda m: HEX128.fullmatch(m["bundle_id"]) and isinstance(m["consent"], dict),
         "bundle_id or consent is malformed"),
    ),
    "identity": (
        (lambda m: isinstance(m["anonymous"], bool) and isinstance(m["derivations"], list),
         "anonymous or derivations is malformed"),
        (lambda m: all(_derivation_ok(d) for d in m["derivations"]), "derivation is malformed"),
        (lambda m: [d["original"] for d in m["derivations"]] == sorted(d["original"] for d in m["derivations"]),
         "derivations must be sorted by original (SPEC 2.7)"),
    ),
}


def _check(rules: tuple[_Rule, ...], obj: dict[str, Any]) -> None:
    """The one checker: the first rule that does not hold raises its ManifestError."""
    for holds, message in rules:
        if not holds(obj):
            raise ManifestError(message)


def parse_manifest(data: bytes) -> Manifest:
    """Parse and fully check manifest bytes (see module docstring)."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError("manifest is too large")
    try:
        obj = strict_loads(data, require_canonical=True)
    except CanonicalJSONError as exc:
        raise ManifestError(f"manifest is not canonical JSON: {exc}") from exc
    if not isinstance(obj, dict) or obj.get("format") != MANIFEST_FORMAT:
        raise ManifestError("not a manifest")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise UnknownVersionError(f"unknown manifest version {version!r}")
    side = obj.get("side")
    expected = _COMMON | {"enrolment"} if version >= ENROLLED_MANIFEST_VERSION else _COMMON
    if not isinstance(side, str) or side not in _SIDE_FIELDS or set(obj) != expected | _SIDE_FIELDS[side]:
        raise ManifestError("manifest fields do not match its side")
    if version >= ENROLLED_MANIFEST_VERSION:
        try:
            enrolment_from_obj(obj["enrolment"])
        except EnrolmentError as exc:
            raise ManifestError(f"the device's enrolment is malformed: {exc}") from exc
    try:
        _check(_COMMON_RULES + _SIDE_RULES[side], obj)
    # AttributeError: a field of the wrong JSON type (a list where an object belongs, null for a
    # key) reaches a method call; every such shape must be a ManifestError (review finding R2).
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, ManifestError):
            raise
        raise ManifestError(f"manifest field is malformed: {exc}") from exc
    body = {k: v for k, v in obj.items() if k != "signature"}
    if not verify(unb64(obj["device_public_key"], 32), SIGNATURE_DOMAIN, body, unb64(obj["signature"], 64)):
        raise ManifestSignatureError("manifest signature does not verify")
    return Manifest(obj)
