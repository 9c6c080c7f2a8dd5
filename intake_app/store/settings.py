# SPDX-License-Identifier: GPL-3.0-or-later
"""The store's settings and the archive it is bound to: ``store.settings``.

Small preferences (``setting``/``set_setting``), the pinned archive profile (its canonical bytes
kept inside the encrypted store; the file it came from is never read again, security review
F3), this device's enrolment by that archive (issue 19), and where a testimony's identity
material is sealed on save (the profile's identity recipients, or under a k-of-n profile a
one-testimony key whose secret exists only as shares for the custodians, issue 23).

Guarantees: a different profile is refused unless the caller re-binds explicitly, and another
archive's profile is refused while material sealed for the current one waits; an enrolment is
kept only if the pinned profile's key signed it for this store's device key.
Never: holds testimony or identity data (settings are for preferences and public keys).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from intake_app.store.errors import (
    EnrolmentNotForThisStoreError,
    ProfileMismatchError,
    ProfileReplaceRefusedError,
)

if TYPE_CHECKING:
    from intake_app.store.records import Records
    from intake_app.store.store import StoreCore

PINNED_PROFILE = "profile_json"  # settings key: the confirmed profile's canonical bytes
PROFILE_SOURCE = "profile_source"  # settings key: where its file was (only inside the store)
THRESHOLD_SETTING = "identity_seal:"  # + testimony id: its PreparedThreshold (k-of-n profiles, issue 23)
ENROLMENT = "device_enrolment"  # settings key: the archive's enrolment of this device (issue 19)


class Settings:
    """Settings, the profile pin, the enrolment and the identity recipients: ``store.settings``.
    Reads testimonies through ``records`` only to count what waits for the pinned archive."""

    def __init__(self, core: StoreCore, records: Records) -> None:
        self._core = core
        self._records = records

    def set_profile(self, profile: Any, *, replace: bool = False, source: str | None = None) -> None:
        """Bind the store to the archive profile ``profile`` (pin it) and remember its identity
        recipients (public keys) for sealing on save.

        The profile's canonical bytes are kept inside the encrypted store (``profile_json``):
        from then on :meth:`pinned_profile` is the profile in use and the file it came from is
        never read again (security review F3). A different profile is refused with
        :class:`ProfileMismatchError` unless ``replace`` (the explicit re-binding flow, after
        the new fingerprint was confirmed; see :meth:`replace_profile`). The same profile again
        changes nothing but ``source``. ``source`` (where the file was, kept only in here, never
        in plain files) lets the app tell the person when that file later changes.
        """
        if not replace:
            self.check_profile(profile)
        to_json = getattr(profile, "to_json", None)
        fingerprint = profile.fingerprint() if callable(getattr(profile, "fingerprint", None)) else ""
        values = {
            "identity_recipients": json.dumps(list(profile.identity_recipients)),
            "profile_name": str(getattr(profile, "name", "")),
            "profile_fingerprint": str(fingerprint),
            "delete_after_receipt": "1" if getattr(profile, "delete_after_receipt", False) else "0",
        }
        if callable(to_json):
            values[PINNED_PROFILE] = bytes(to_json()).decode("utf-8")
        with self._core._write() as conn:
            for k, v in values.items():
                conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (k, v))
            if not callable(to_json):  # a bare set of recipients (tests, old callers): no pin
                conn.execute("DELETE FROM settings WHERE k = ?", (PINNED_PROFILE,))
            if source is not None:
                conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (PROFILE_SOURCE, source))

    def pinned_profile(self) -> Any:
        """The ``ArchiveProfile`` this store is bound to (its signature checked again), or None."""
        raw = self.setting(PINNED_PROFILE)
        if not raw:
            return None
        from intake_crypto.bundle.profile import parse_profile

        return parse_profile(raw.encode("utf-8"))

    def profile_source(self) -> str:
        """Where the pinned profile's file was when it was confirmed ("" if not known)."""
        return self.setting(PROFILE_SOURCE) or ""

    def check_profile(self, profile: Any) -> None:
        """Raise :class:`ProfileMismatchError` unless ``profile`` is the pinned one (byte for
        byte, canonically). A store with no pinned profile accepts any profile whose identity
        recipients match those remembered for sealed answers (or any, if none are remembered)."""
        pinned = self.pinned_profile()
        offered_fp = profile.fingerprint() if callable(getattr(profile, "fingerprint", None)) else ""
        if pinned is not None:
            to_json = getattr(profile, "to_json", None)
            if callable(to_json) and bytes(to_json()) == pinned.to_json():
                return
            raise ProfileMismatchError(pinned.name, pinned.fingerprint(), str(offered_fp))
        remembered = self.identity_recipients()
        if remembered and set(remembered) != set(profile.identity_recipients):
            raise ProfileMismatchError(self.setting("profile_name") or "", self.setting("profile_fingerprint") or "",
                                       str(offered_fp))

    def waiting_for_pinned_archive(self) -> int:
        """How many interviews hold material sealed for the pinned archive's keys: bundles in the
        outbox not yet received, and drafts whose identity answers or originals are sealed."""
        unsent = {str(r[0]) for r in self._core._query(
            "SELECT COALESCE(testimony_id, id) FROM outbox WHERE state IN ('queued', 'sent')")}
        drafts = set()
        for summary in self._records.list_testimonies():
            if summary.status != "draft" or str(summary.id) in unsent:
                continue
            if self._records.sealed_identity(summary.id) or any(
                    p.original for p in self._records.payloads(summary.id, include_originals=True)):
                drafts.add(str(summary.id))
        return len(unsent) + len(drafts)

    def replace_profile(self, profile: Any, *, source: str | None = None) -> None:
        """The explicit re-binding flow (its caller had the new fingerprint confirmed): pin
        ``profile`` instead of the current one. A profile with the same keys (identity, content,
        receipt) is always accepted; another archive is refused with
        :class:`ProfileReplaceRefusedError` while material sealed for the current one waits."""
        current = self.pinned_profile()
        same_keys = current is not None and (
            set(current.identity_recipients) == set(profile.identity_recipients)
            and set(current.identity_custodians) == set(getattr(profile, "identity_custodians", ()))
            and current.identity_threshold == getattr(profile, "identity_threshold", 0)
            and set(current.content_recipients) == set(profile.content_recipients)
            and bytes(current.receipt_public_key) == bytes(profile.receipt_public_key))
        if current is None:
            remembered = self.identity_recipients()
            same_keys = not remembered or set(remembered) == set(profile.identity_recipients)
        if not same_keys:
            waiting = self.waiting_for_pinned_archive()
            if waiting:
                raise ProfileReplaceRefusedError(waiting)
        self.set_profile(profile, replace=True, source=source)

    def setting(self, key: str) -> str | None:
        rows = self._core._query("SELECT v FROM settings WHERE k = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str | None) -> None:
        """Keep a small preference inside the encrypted store (``None`` forgets it), e.g. the
        chosen audio input. Never for testimony or identity."""
        with self._core._write() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE k = ?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO settings (k, v) VALUES (?, ?)", (key, str(value)))

    def _device_public(self, given: bytes | None) -> bytes:
        return bytes(given) if given is not None else bytes(self._core.device_key().verify_key)

    def import_enrolment(self, data: bytes, device_public_key: bytes | None = None) -> Any:
        """Keep the archive's enrolment of this device (issue 19) inside the encrypted store,
        after checking that the pinned profile's key signed it for this store's device key
        (:class:`EnrolmentNotForThisStoreError` otherwise; nothing is kept). Returns it."""
        from intake_crypto.bundle.enrolment import parse_enrolment

        enrolment = parse_enrolment(data)
        pinned = self.pinned_profile()
        if pinned is None:
            raise EnrolmentNotForThisStoreError("no-archive")
        if enrolment.profile_public_key != bytes(pinned.profile_public_key):
            raise EnrolmentNotForThisStoreError("archive")
        if enrolment.device_public_key != self._device_public(device_public_key):
            raise EnrolmentNotForThisStoreError("device")
        self.set_setting(ENROLMENT, enrolment.to_json().decode("utf-8"))
        return enrolment

    def enrolment(self, device_public_key: bytes | None = None) -> Any:
        """This device's enrolment by the pinned archive, or None (not enrolled, or enrolled by an
        archive the store is no longer bound to, or for another device key)."""
        raw = self.setting(ENROLMENT)
        if not raw:
            return None
        pinned = self.pinned_profile()
        if pinned is None:
            return None
        from intake_crypto.bundle.enrolment import EnrolmentError, parse_enrolment

        try:
            enrolment = parse_enrolment(raw.encode("utf-8"))
        except EnrolmentError:
            return None
        if enrolment.profile_public_key != bytes(pinned.profile_public_key):
            return None
        if enrolment.device_public_key != self._device_public(device_public_key):
            return None
        return enrolment

    def identity_recipients(self) -> tuple[str, ...]:
        raw = self.setting("identity_recipients")
        return tuple(json.loads(raw)) if raw else ()

    def prepared_threshold(self, testimony_id: str) -> Any:
        """This testimony's :class:`intake_crypto.bundle.threshold.PreparedThreshold` (issue 23, SPEC 2.13
        "Sealing on the device"), or None if nothing of it was sealed under a k-of-n profile."""
        raw = self.setting(THRESHOLD_SETTING + testimony_id)
        if not raw:
            return None
        from intake_crypto.bundle.threshold import PreparedThreshold

        return PreparedThreshold.from_bytes(raw.encode("utf-8"))

    def identity_recipients_for(self, testimony_id: str) -> tuple[str, ...]:
        """Where this testimony's identity material is sealed on save: the profile's identity
        recipients, or, under a k-of-n profile (version 2), the public recipient of a one-testimony
        key E made at the first need whose secret exists only as K-of-n shares encrypted to the
        custodians (kept here, secret-free). Empty if there is no profile to seal to."""
        remembered = self.identity_recipients()
        if remembered:
            return remembered
        profile = self.pinned_profile()
        if profile is None or not getattr(profile, "threshold_mode", False):
            return ()
        prepared = self.prepared_threshold(testimony_id)
        if prepared is None:
            import intake_crypto as crypto
            from intake_crypto.bundle.threshold import ThresholdRecipient

            custodians = [crypto.parse_recipient(r) for r in profile.identity_custodians]
            prepared = ThresholdRecipient(profile.identity_threshold, custodians).prepare()
            with self._core._write() as conn:
                conn.execute("INSERT OR IGNORE INTO settings (k, v) VALUES (?, ?)",
                             (THRESHOLD_SETTING + testimony_id, prepared.to_bytes().decode("utf-8")))
            prepared = self.prepared_threshold(testimony_id)
        return (str(prepared.recipient),)
