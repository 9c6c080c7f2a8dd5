# SPDX-License-Identifier: GPL-3.0-or-later
"""Typed exceptions of the encrypted local store.

They carry data and an English developer message; the CLI and GUI turn them into translated
text through ``intake_app/text/error_messages/store.py``. None of them ever carries plaintext
testimony or identity data (messages name files by their random names at most).
"""

from __future__ import annotations

from intake_app.text.errors import IntakeError


class StoreError(IntakeError):
    """Root of every store error."""


class StoreNotFoundError(StoreError):
    """There is no store in this home directory (``intake store init`` first)."""


class StoreExistsError(StoreError):
    """``init`` was asked to create a store where one already exists."""


class WrongPassphraseError(StoreError):
    """The passphrase did not unlock the store."""

    def __init__(self, failures: int = 0, delay: float = 0.0) -> None:
        super().__init__(f"wrong passphrase (consecutive failures: {failures}, next delay {delay:.0f}s)")
        self.failures = failures
        self.delay = delay


class StoreLockedError(StoreError):
    """The store was locked (idle timeout or on demand); unlock it again."""


class StoreCorruptError(StoreError):
    """The database or its key file is damaged or not a store at all."""


class StoreVersionError(StoreError):
    """The database was written by a newer version of the app."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found} is newer than this app supports ({supported})")
        self.found = found
        self.supported = supported


class StoreFullError(StoreError):
    """The disk is full; the operation was rolled back and nothing already stored was lost."""


class RecordNotFoundError(StoreError):
    """No testimony (or other record) with that id."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"no {kind} with id {ident}")
        self.kind = kind
        self.ident = ident


class InvalidStateError(StoreError):
    """The record is not in a state that allows this (e.g. editing a finalised testimony)."""

    def __init__(self, ident: str, state: str, wanted: str) -> None:
        super().__init__(f"record {ident} is {state}; this needs {wanted}")
        self.ident = ident
        self.state = state
        self.wanted = wanted


class IdentityUnavailableError(StoreError):
    """Identity fields were given but there are no identity recipients to seal them to."""


class BlobError(StoreError):
    """Root of errors about encrypted blob files."""


class BlobMissingError(BlobError):
    """A blob file the database refers to is not on disk."""

    def __init__(self, name: str) -> None:
        super().__init__(f"blob {name} is missing")
        self.name = name


class BlobCorruptError(BlobError):
    """A blob chunk failed authentication (wrong key, damage or tampering)."""

    def __init__(self, name: str, chunk: int) -> None:
        super().__init__(f"blob {name}: chunk {chunk} failed authentication")
        self.name = name
        self.chunk = chunk


class BlobTruncatedError(BlobError):
    """A blob has no final chunk (its writer was killed); run recovery to make it readable."""

    def __init__(self, name: str, complete_chunks: int) -> None:
        super().__init__(f"blob {name} is unfinished ({complete_chunks} complete chunks); recover it")
        self.name = name
        self.complete_chunks = complete_chunks


class BlobWriteError(BlobError):
    """Writing a blob failed (disk full, I/O error); the partial file was removed."""

    def __init__(self, name: str, reason: str, disk_full: bool = False) -> None:
        super().__init__(f"blob {name}: write failed: {reason}")
        self.name = name
        self.reason = reason
        self.disk_full = disk_full


class ProfileMismatchError(StoreError):
    """The archive profile given is not the one this store is bound to (pinned when it was first
    confirmed); nothing was sealed or changed (security review F12). Names and fingerprints only:
    both are public."""

    def __init__(self, pinned_name: str, pinned_fingerprint: str, offered_fingerprint: str) -> None:
        super().__init__(f"this store is bound to the archive with fingerprint {pinned_fingerprint}; "
                         f"the profile given has fingerprint {offered_fingerprint}")
        self.pinned_name = pinned_name
        self.pinned_fingerprint = pinned_fingerprint
        self.offered_fingerprint = offered_fingerprint


class EnrolmentNotForThisStoreError(StoreError):
    """An enrolment file was not made for this device by the archive this store is bound to:
    ``which`` is ``"archive"`` (another archive's key signed it), ``"device"`` (another device's
    key is enrolled) or ``"no-archive"`` (the store is not bound to an archive yet)."""

    def __init__(self, which: str) -> None:
        super().__init__(f"the enrolment does not match this store ({which})")
        self.which = which


class ProfileReplaceRefusedError(StoreError):
    """Replacing the pinned profile would strand material sealed for the current archive (bundles
    waiting to be sent, drafts with sealed identity answers or originals)."""

    def __init__(self, waiting: int) -> None:
        super().__init__(f"{waiting} interviews hold material sealed for the current archive")
        self.waiting = waiting
