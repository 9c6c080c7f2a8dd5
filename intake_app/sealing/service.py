# SPDX-License-Identifier: GPL-3.0-or-later
"""Seal one testimony into a bundle, and open or verify bundles: the glue of forms and crypto.

Separation (research/evidence.md section 6): answers are split by the *sensitivity class of
their form field* (``FormDefinition.split_by_sensitivity``), never by field names. Identity-class
answers go only into ``identity.age``; content and restricted-content answers into
``content.age``. Originals of attachments (with their metadata, original file names and hashes)
go only to the identity side; their stripped copies, under random names, to the content side;
the original-hash to clean-hash derivation is recorded on the identity side only (R-SP-4/5).
The two sides share a fresh 128-bit random link id (R-SP-1), never returned to the caller.

Guarantees: a seal either produces a complete bundle at ``out`` (atomically renamed into place
when ``out`` is a path) or raises and leaves nothing there. Payloads stream: memory stays flat
for any audio length. Never: writes plaintext to disk, or puts identity-class values, original
file names or hashes of originals on the content side.
"""

from __future__ import annotations

import io
import os
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

import nacl.signing

import intake_crypto as crypto
from intake_app import __version__
from intake_app.text.errors import IntakeError
from intake_crypto import CanonicalJSONError, canonical
from intake_crypto.bundle import bundle as _bundle
from intake_crypto.bundle.bundle import InnerFile, OpenReport, SideSpec
from intake_crypto.bundle.enrolment import Enrolment
from intake_crypto.bundle.manifest import ALLOWED_SENSITIVITY, FileEntry, build_manifest
from intake_crypto.bundle.profile import ArchiveProfile

EXTENSIONS = {
    "audio/flac": "flac", "audio/x-flac": "flac", "audio/ogg": "ogg", "audio/opus": "opus",
    "audio/wav": "wav", "audio/x-wav": "wav", "audio/mpeg": "mp3", "audio/mp4": "m4a",
    "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "text/plain": "txt",
    "application/pdf": "pdf", "video/mp4": "mp4",
}


class SealError(IntakeError):
    """The testimony cannot be sealed as given."""


class AnswersInvalidError(SealError):
    def __init__(self, message: str, problems: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class FormNotAcceptedError(SealError):
    def __init__(self, form_id: str, version: str) -> None:
        super().__init__(f"the archive profile does not accept form {form_id}@{version}")
        self.form_id, self.version = form_id, version


class BundleTooLargeError(SealError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"bundle of {size} bytes exceeds the archive's limit of {limit}")
        self.size, self.limit = size, limit


class EnrolmentMismatchError(SealError):
    """The device's enrolment was made by another archive (``which == "archive"``) or for another
    device key (``"device"``)."""

    def __init__(self, which: str) -> None:
        super().__init__(f"the enrolment is for another {which}")
        self.which = which


class FormLike(Protocol):
    """What the service needs from ``forms.FormDefinition``."""

    @property
    def id(self) -> str: ...

    @property
    def version(self) -> str: ...

    def validate(self, answers: dict[str, Any]) -> list[Any]: ...

    def split_by_sensitivity(self, answers: dict[str, Any]) -> dict[str, dict[str, Any]]: ...

    def consent_summary(self, answers: dict[str, Any]) -> dict[str, Any]: ...


Sensitivity = Literal["identity", "content", "restricted-content"]


def default_sensitivity(kind: str, original: bool) -> Sensitivity:
    """The class a payload has unless its caller says more: originals are identity (their
    metadata and hashes link a person, R-SP-5), a voice identifies (R-SP-6), and a stripped
    attachment copy is content unless its form field makes it restricted-content."""
    if original:
        return "identity"
    return "restricted-content" if kind in ("audio", "consent-audio") else "content"


class SensitivityError(SealError):
    """A payload claims a sensitivity class its kind may not have (e.g. audio as content)."""

    def __init__(self, kind: str, sensitivity: str) -> None:
        super().__init__(f"a {kind} payload cannot be {sensitivity!r}")
        self.kind, self.sensitivity = kind, sensitivity


@dataclass(frozen=True)
class PayloadSource:
    """One payload. ``name`` is the caller's label (e.g. the original file name); it is written
    only on the identity side, for originals. Stripped copies name their original in
    ``derived_from``. ``sensitivity`` defaults by kind (:func:`default_sensitivity`) and is
    written into the manifest; audio MUST be restricted-content, originals identity, and a
    stripped copy content or restricted-content (SPEC.md 2.7), else :class:`SensitivityError`."""

    name: str
    open: Callable[[], BinaryIO]
    size: int
    media_type: str
    kind: Literal["audio", "consent-audio", "attachment"]
    """``consent-audio``: the witness's spoken consent (SPEC 2.4 ``consent/``), never published."""
    original: bool = False
    derived_from: str | None = None
    sensitivity: Sensitivity | None = None
    sha256: str | None = None
    """The SHA-256 (hex) of exactly the bytes ``open()`` yields, when the caller knows it from a
    source it trusts to return those bytes (the store's kept hash of an authenticated blob,
    issue 24): the manifest states it and the payload is not hashed again. None: hashed while
    sealing."""

    def __post_init__(self) -> None:
        if self.sensitivity is None:
            object.__setattr__(self, "sensitivity", default_sensitivity(self.kind, self.original))
        allowed = {"identity"} if self.original else ALLOWED_SENSITIVITY.get(self.kind, frozenset())
        if self.sensitivity not in allowed:
            raise SensitivityError("original" if self.original else self.kind, str(self.sensitivity))


@dataclass(frozen=True)
class SealResult:
    bundle_id: str
    sha256: str
    size: int


SECTION_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")


def _top_key(problem: Any) -> str:
    return re.split(r"[.\[]", str(getattr(problem, "path", "")), maxsplit=1)[0]


def _random_path(folder: str, media_type: str) -> str:
    # Parameters (``audio/ogg; codecs=opus``) do not change the extension.
    base = media_type.split(";", 1)[0].strip().lower()
    return f"{folder}/{secrets.token_hex(16)}.{EXTENSIONS.get(base, 'bin')}"


def _json_file(path: str, value: Any, kind: str, sensitivity: Sensitivity) -> InnerFile:
    try:
        data = canonical(value)
    except CanonicalJSONError as exc:
        raise AnswersInvalidError(f"answers cannot be stored as canonical JSON: {exc}") from exc
    return InnerFile(path, len(data), lambda: io.BytesIO(data), "application/json", kind, sensitivity=sensitivity)


def _once(key: nacl.signing.SigningKey | Callable[[], nacl.signing.SigningKey]) -> Callable[[], nacl.signing.SigningKey]:
    """``key`` as a callable that produces it at most once."""
    if isinstance(key, nacl.signing.SigningKey):
        return lambda: key
    made: list[nacl.signing.SigningKey] = []

    def get() -> nacl.signing.SigningKey:
        if not made:
            made.append(key())
        return made[0]
    return get


def _load_form(form_id: str, form_version: str) -> FormLike:
    import intake_forms as forms

    form: FormLike = forms.load_form(form_id, form_version)
    return form


def seal_testimony(
    profile: ArchiveProfile,
    form_id: str,
    form_version: str,
    answers: dict[str, Any],
    payloads: Sequence[PayloadSource],
    device_key: nacl.signing.SigningKey | Callable[[], nacl.signing.SigningKey],
    out: BinaryIO | Path,
    *,
    interviewer_role: str,
    captured_at: datetime,
    captured_ended: datetime | None = None,
    form: FormLike | None = None,
    workers: int | None = None,
    sealed_identity: Mapping[str, bytes] | None = None,
    fsync: bool = True,
    identity_sealing: Sequence[Any] | None = None,
    enrolment: Enrolment | None = None,
) -> SealResult:
    """Seal one testimony for ``profile`` (see module docstring).

    ``sealed_identity`` maps top-level answer keys to identity sections the store sealed to the
    identity recipients when they were saved (``{key: age ciphertext}``); this machine cannot
    read them any more, so they are carried as they are (``sealed/<key>.age`` on the identity
    side) and their absence from ``answers`` is not a validation problem. ``identity_sealing``
    replaces what ``identity.age`` is sealed to (under a k-of-n profile: the testimony's
    :class:`intake_crypto.bundle.threshold.PreparedThreshold`, to which its sections were sealed). ``fsync`` (for a path
    ``out``) makes the bundle durable before it is renamed into place.

    ``enrolment`` (issue 19): the archive's enrolment of ``device_key``; it is carried in both
    manifests (version 3) and its interviewer code replaces any ``interviewer_code`` answer (the
    code comes from the enrolment, not from free text). It must be signed by ``profile``'s key
    for this device key, else :class:`EnrolmentMismatchError`. Without it the bundle is sealed
    all the same (no testimony is lost) and the archive reports an unknown device.

    ``device_key`` may be a callable returning the key (issue 24): it is called only when the
    first manifest is signed, after that side's files were encrypted, so a caller still running
    the key's passphrase KDF in another thread overlaps it with the encryption. If it raises
    (e.g. a wrong passphrase), the seal fails and leaves nothing at ``out``.
    """
    signer = _once(device_key)
    if enrolment is not None:
        if enrolment.profile_public_key != bytes(profile.profile_public_key):
            raise EnrolmentMismatchError("archive")
        if enrolment.device_public_key != bytes(signer().verify_key):
            raise EnrolmentMismatchError("device")
        if "interviewer_code" in answers:
            answers = {**answers, "interviewer_code": enrolment.interviewer_code}
    sealed = dict(sealed_identity or {})
    for key, blob in sealed.items():
        if not SECTION_KEY.fullmatch(key) or not isinstance(blob, bytes) or not blob.startswith(b"age-encryption.org/v1\n"):
            raise SealError("a sealed identity section is malformed")
    form = form if form is not None else _load_form(form_id, form_version)
    if form.id != form_id or form.version != form_version:
        raise SealError("the form definition does not match the requested id and version")
    if profile.accepted_forms and not {form_id, f"{form_id}@{form_version}"} & set(profile.accepted_forms):
        raise FormNotAcceptedError(form_id, form_version)
    problems = [p for p in form.validate(answers) if _top_key(p) not in sealed]
    if problems:
        raise AnswersInvalidError("the answers do not satisfy the form", problems)
    split = form.split_by_sensitivity(answers)
    unknown = set(split) - {"identity", "content", "restricted-content"}
    if unknown:
        raise SealError(f"unknown sensitivity classes {sorted(unknown)}")
    estimate = sum(p.size for p in payloads)
    if estimate > profile.max_bundle_bytes:
        raise BundleTooLargeError(estimate, profile.max_bundle_bytes)

    bundle_id, link_id = secrets.token_hex(16), secrets.token_hex(16)
    sealed_at = datetime.now(UTC)
    restricted = split.get("restricted-content", {})
    # answers.json is as sensitive as the most sensitive answers it holds.
    content_files = [_json_file("answers.json", {
        "content": split.get("content", {}), "restricted-content": restricted,
    }, "answers", "restricted-content" if restricted else "content")]
    identity_answers = split.get("identity", {})
    identity_files = [_json_file("identity.json", {"identity": identity_answers}, "identity-answers", "identity")]
    for key, blob in sorted(sealed.items()):
        identity_files.append(InnerFile(f"sealed/{key}.age", len(blob), partial(io.BytesIO, blob),
                                        "application/x-age-encryption", "sealed-identity", sensitivity="identity"))
    by_name: dict[str, str] = {}
    derived: list[tuple[str, str]] = []  # (original path, derived path)
    for p in payloads:
        if p.original:
            path = _random_path("originals", p.media_type)
            identity_files.append(InnerFile(path, p.size, p.open, p.media_type, "original", p.name, "identity",
                                            sha256=p.sha256))
            by_name[p.name] = path
        else:
            kind = p.kind
            path = _random_path({"audio": "audio", "consent-audio": "consent"}.get(kind, "attachments"), p.media_type)
            content_files.append(InnerFile(path, p.size, p.open, p.media_type, kind, sensitivity=p.sensitivity,
                                           sha256=p.sha256))
            if p.derived_from is not None:
                derived.append((p.derived_from, path))
    derivation_pairs = []
    for original_name, derived_path in derived:
        if original_name not in by_name:
            raise SealError("a stripped copy names an original that is not among the payloads")
        derivation_pairs.append((by_name[original_name], derived_path))

    common: dict[str, Any] = {
        "link_id": link_id, "form_id": form_id, "form_version": form_version, "captured_started": captured_at,
        "captured_ended": captured_ended, "sealed_at": sealed_at, "interviewer_role": interviewer_role,
        "tool_version": __version__, "enrolment": enrolment,
    }
    consent = form.consent_summary(answers)
    # The length prediction signs with a throwaway key of the same size (an enrolment names the
    # real key, so with one the real key is used): the device key is first needed at the end of
    # the content side, after its encryption (issue 24).
    length_key = signer() if enrolment is not None else nacl.signing.SigningKey.generate()

    def content_manifest(entries: list[FileEntry], key: Callable[[], nacl.signing.SigningKey] = signer) -> bytes:
        return build_manifest(side="content", files=entries, bundle_id=bundle_id, consent=consent,
                              device_key=key(), **common)

    content_spec = SideSpec(
        [crypto.parse_recipient(r) for r in profile.content_recipients], content_files, content_manifest,
        length_manifest=lambda entries: content_manifest(entries, lambda: length_key),
    )

    def identity_manifest(entries: list[FileEntry], key: Callable[[], nacl.signing.SigningKey] = signer) -> bytes:
        hashes = {e.path: e.sha256 for e in entries + content_spec.entries}
        derivations = [
            {"original": o, "original_sha256": hashes[o], "derived": d, "derived_sha256": hashes[d]}
            for o, d in derivation_pairs
        ]
        anonymous = not identity_answers and not sealed and not any(e.kind == "original" for e in entries)
        return build_manifest(side="identity", files=entries, anonymous=anonymous,
                              derivations=derivations, device_key=key(), **common)

    # k-of-n custodians (issue 23, SPEC 2.13): one ThresholdRecipient with a fresh key per bundle.
    sealing = list(identity_sealing) if identity_sealing is not None else profile.identity_sealing_recipients()
    identity_spec = SideSpec(sealing, identity_files, identity_manifest,
                             length_manifest=lambda entries: identity_manifest(entries, lambda: length_key))
    return _write(out, bundle_id, content_spec, identity_spec, profile.max_bundle_bytes, workers, fsync)


def _write(out: BinaryIO | Path, bundle_id: str, content: SideSpec, identity: SideSpec, limit: int,
           workers: int | None, fsync: bool = True) -> SealResult:
    if isinstance(out, (str, Path)):
        target = Path(out)
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                result = _write_stream(fh, bundle_id, content, identity, limit, workers)
                fh.flush()
                if fsync:
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
            return result
        finally:
            tmp.unlink(missing_ok=True)
    return _write_stream(out, bundle_id, content, identity, limit, workers)


def _write_stream(fh: BinaryIO, bundle_id: str, content: SideSpec, identity: SideSpec, limit: int,
                  workers: int | None) -> SealResult:
    digest, size = _bundle.write_bundle(fh, bundle_id=bundle_id, content=content, identity=identity, workers=workers)
    if size > limit:
        raise BundleTooLargeError(size, limit)
    return SealResult(bundle_id, digest, size)


def open_bundle(path: Path | str, identities: Sequence[Any], out_dir: Path | str, *,
                strict_keys: bool = True) -> OpenReport:
    """Decrypt what the identities allow and, after every check passed, move it into ``out_dir``."""
    return _bundle.read_bundle(path, identities, Path(out_dir), strict_keys=strict_keys)


def verify_bundle(path: Path | str, identities: Sequence[Any], *, strict_keys: bool = True) -> OpenReport:
    """The same checks as :func:`open_bundle`; no plaintext is written anywhere."""
    return _bundle.read_bundle(path, identities, None, strict_keys=strict_keys)
