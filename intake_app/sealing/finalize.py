# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealing a stored testimony into the outbox: the orchestration between the store, the form
engine and the bundle service (code review change 9, issue 25).

``finalize(store, testimony_id, profile)`` pins the profile, checks the testimony is a draft,
reads its answers, payloads and sealed identity sections from the store, validates the content
answers against the form (``forms``), and seals with ``intake_app.sealing.service.seal_testimony``
straight into a new store blob (``Store.seal_into_outbox``), which records the outbox entry once
the blob is complete and durable (issue 24: no intermediate file, no second copy). The store only reads and writes rows and blobs; it never imports the form
engine or the bundle format.

Guarantees: payloads reach the bundle service as decrypting blob readers (plaintext only in
memory); the sealed bundle exists only as a store blob (ciphertext for the archive inside the
store's encryption), discarded on failure; only the pinned profile is ever sealed to (security review
F12).

Never: hands the bundle service plaintext the store cannot read (identity answers and attachment
originals travel as sealed on save); seals to custodians that are no longer the profile's.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast

import intake_forms as forms
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_app.store.errors import IdentityUnavailableError, InvalidStateError

if TYPE_CHECKING:
    from intake_app.store import OutboxEntry, Store

SEALED_MEDIA_TYPE = "application/octet-stream"  # age ciphertext sealed to the identity recipients


def finalize(
    store: Store,
    testimony_id: str,
    profile: Any,
    device_key: Any = None,
    *,
    interviewer_role: str = "interviewer",
) -> OutboxEntry:
    """Seal the latest version into a bundle in the outbox; the testimony becomes 'final'.

    ``device_key`` defaults to the device signing key loaded when the store was unlocked.
    ``profile`` must be the pinned profile (``Store.set_profile``), else ``ProfileMismatchError``
    and nothing is sealed. The bundle service validates the content answers; identity answers
    were sealed on save and cannot be checked again here; they travel as the sealed sections
    (``seal_testimony(sealed_identity=...)``).
    """
    if device_key is None:
        device_key = store.device_key()
    # Only ever seal to the profile this store is bound to (security review F12); the first
    # profile a store seals to is pinned.
    store.set_profile(profile)
    summary = store.testimony(testimony_id)
    if summary.status != "draft":
        raise InvalidStateError(testimony_id, summary.status, "draft")
    answers = store.answers(testimony_id)
    form = _ContentChecks(forms.load_form(summary.form_id, summary.form_version))
    # The bundle streams straight into a new store blob (issue 24): no file outside the store,
    # no second copy, no read-back; the blob holds ciphertext for the archive inside the store's
    # own encryption (hiding how many bundles wait and how large they are).
    def seal(out: BinaryIO) -> tuple[str, str]:
        result = seal_testimony(
            profile,
            summary.form_id,
            summary.form_version,
            answers,
            payload_sources(store, testimony_id),
            device_key,
            out,
            interviewer_role=interviewer_role,
            captured_at=_dt.datetime.fromisoformat(summary.created_at),
            form=form,
            sealed_identity=store.sealed_identity(testimony_id),
            identity_sealing=identity_sealing(store, testimony_id, profile),
            # The archive's enrolment of this device, if it has one (issue 19); the key given
            # must be the store's own for it to apply.
            enrolment=store.enrolment(bytes(device_key.verify_key)),
        )
        return result.bundle_id, result.sha256

    return store.seal_into_outbox(testimony_id, seal, number=summary.number)


def payload_sources(store: Store, testimony_id: str) -> list[PayloadSource]:
    """What goes into the bundle, as the bundle service's ``PayloadSource``s.

    Recordings and stripped attachment copies go to the content side (random names there). To
    the identity side go the attachment originals and the identity answer sections, both *as
    sealed on save* (age ciphertext to the identity recipients): the bundle encrypts them once
    more, so the identity custodian runs ``age -d`` twice. The store cannot hand over plaintext
    it is unable to read.

    Each source carries its blob's kept SHA-256 when the store has one (issue 24): the bundle
    service then states it in the manifest instead of hashing the payload again; the store's
    authenticated per-chunk decryption is what ties the bytes read now to the bytes hashed when
    they were written (docs/store.md, "Kept payload hashes").
    """
    sources = []
    payloads = store.payloads(testimony_id, include_originals=True)
    originals = {p.id: p for p in payloads if p.original}
    audio = [p for p in payloads if p.kind == "audio" and not p.original]
    # A take that answers the consent form (verbal consent, ``field`` in its sealed description)
    # is sealed as ``consent-audio``: the archive never publishes it (issue 18).
    consent_takes = {r.id for r in store.recordings(testimony_id)
                     if _answers_consent(str((r.info or {}).get("field") or ""))}
    stripped = [p for p in payloads if p.kind == "attachment" and not p.original]
    for n, p in enumerate(audio, start=1):
        name = f"audio-{n:03d}{_extension(p.media_type)}"
        original = originals.get(p.id)
        sealed_name = f"{name}.original.age" if original else None
        # A voice identifies a person: every recording is restricted-content (R-SP-6), and the
        # manifest says so. An imported file's tags were removed; its original goes to the
        # identity side (security-review F5).
        kind: Literal["audio", "consent-audio"] = "consent-audio" if p.id in consent_takes else "audio"
        sources.append(PayloadSource(name, _opener(store, p.blob_id), p.size, p.media_type, kind,
                                     derived_from=sealed_name, sensitivity="restricted-content", sha256=p.sha256))
        if original is not None and sealed_name is not None:
            sources.append(PayloadSource(sealed_name, _opener(store, original.blob_id), original.size,
                                         SEALED_MEDIA_TYPE, "audio", original=True, sensitivity="identity",
                                         sha256=original.sha256))
    for n, p in enumerate(stripped, start=1):
        name = f"attachment-{n:03d}{_extension(p.media_type)}"
        original = originals.get(p.id)
        sealed_name = f"{name}.original.age" if original else None
        # A sound file added as an attachment carries a voice too (R-SP-6).
        sensitivity: Literal["restricted-content", "content"] = (
            "restricted-content" if p.media_type.startswith("audio/") else "content")
        sources.append(PayloadSource(name, _opener(store, p.blob_id), p.size, p.media_type, "attachment",
                                     derived_from=sealed_name, sensitivity=sensitivity, sha256=p.sha256))
        if original is not None and sealed_name is not None:
            sources.append(PayloadSource(sealed_name, _opener(store, original.blob_id), original.size,
                                         SEALED_MEDIA_TYPE, "attachment", original=True, sensitivity="identity",
                                         sha256=original.sha256))
    return sources


def identity_sealing(store: Store, testimony_id: str, profile: Any) -> Any:
    """Under a k-of-n profile, what ``identity.age`` is sealed to: this testimony's prepared
    one-time key (its sections and originals are sealed to it), so the rebuilt E opens all of
    them; None otherwise (the profile's recipients). Custodians that are no longer the profile's
    are refused (:class:`IdentityUnavailableError`), never sealed to silently."""
    prepared = store.prepared_threshold(testimony_id)
    if prepared is None or not getattr(profile, "threshold_mode", False):
        return None
    pol = prepared.policy()
    if (set(prepared.custodians) != set(profile.identity_custodians)
            or pol.threshold != profile.identity_threshold):
        raise IdentityUnavailableError("identity details were sealed for other custodians")
    return [prepared]


def _opener(store: Store, blob_id: str) -> Callable[[], BinaryIO]:
    def open_() -> BinaryIO:
        return cast(BinaryIO, store.open_blob(blob_id))  # a BlobReader: a read-only binary file

    return open_


class _ContentChecks:
    """The form, validated on what this machine can still read.

    Identity answers were sealed on save; a problem reported at an identity-class leaf field
    (e.g. "required") is about data the store deliberately no longer has, so it is dropped.
    Every other problem (content, restricted-content, structure) is kept.
    """

    def __init__(self, form: Any) -> None:
        self._form = form
        self.id = form.id
        self.version = form.version

    def validate(self, answers: dict[str, Any]) -> list[Any]:
        return [p for p in self._form.validate(answers) if not self._identity_leaf(str(p.path))]

    def _identity_leaf(self, path: str) -> bool:
        try:
            field = self._form.field(re.sub(r"\[\d+\]", "", path))
        except (KeyError, ValueError):
            return False
        return _all_identity(field)

    def split_by_sensitivity(self, answers: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return self._form.split_by_sensitivity(answers)  # type: ignore[no-any-return]

    def consent_summary(self, answers: dict[str, Any]) -> dict[str, Any]:
        return self._form.consent_summary(answers)  # type: ignore[no-any-return]


def _answers_consent(field: str) -> bool:
    """A take's ``field`` mark (``"consent.consent_audio"``: the consent step's field) names an
    answer of the consent form: the step ``consent`` or the form's ``consent_audio`` field."""
    return field.startswith("consent.") or field == "consent_audio" or field.endswith(".consent_audio")


def _all_identity(field: Any) -> bool:
    if field.type == "form":
        children = list(forms.load_form(field.form).fields)
        return bool(children) and all(_all_identity(c) for c in children)
    children = list(getattr(field, "fields", None) or ())
    if children:
        return all(_all_identity(c) for c in children)
    return bool(field.sensitivity == "identity")


_EXT = {
    "audio/flac": ".flac",
    "audio/ogg": ".opus",
    "audio/opus": ".opus",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}


def _extension(media_type: str) -> str:
    return _EXT.get(media_type, ".bin")
