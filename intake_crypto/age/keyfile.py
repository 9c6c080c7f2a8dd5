# SPDX-License-Identifier: GPL-3.0-or-later
"""Identity files: the text ``age-keygen`` writes, optionally protected with a passphrase
the way ``age -p`` protects any file (the identity text encrypted to an scrypt recipient,
ASCII-armored). The age CLI reads both forms with ``age -d -i FILE``.

Guarantees: files are created with mode 0600 and never overwrite an existing file; the identity
text exists in plaintext only in memory. Never: writes an unprotected file unless the caller
passed ``passphrase=None`` explicitly.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Sequence
from pathlib import Path

from intake_crypto.age._age import decrypt, encrypt
from intake_crypto.age._armor import HEADER as ARMOR_HEADER
from intake_crypto.age._errors import AgeError
from intake_crypto.age._format import INTRO
from intake_crypto.age._recipients import (
    HybridIdentity,
    Identity,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    parse_identities,
)


class PassphraseRequiredError(AgeError):
    """The identity file is passphrase-protected and no passphrase was given."""


def identity_file_text(identities: Sequence[X25519Identity | HybridIdentity]) -> str:
    """The text of an age identity file (``age-keygen`` layout, with the public keys as comments)."""
    created = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"# created: {created}"]
    for identity in identities:
        lines.append(f"# public key: {identity.recipient()}")
        lines.append(str(identity))
    return "\n".join(lines) + "\n"


def is_protected(data: bytes) -> bool:
    """True if ``data`` is an age file (binary or armored) rather than identity text."""
    return data.startswith(INTRO[:-1]) or data.lstrip().startswith(ARMOR_HEADER)


def write_identity_file(
    path: str | os.PathLike[str],
    identities: Sequence[X25519Identity | HybridIdentity],
    passphrase: str | None,
    *,
    work_factor: int = 18,
) -> None:
    """Create ``path`` (0600, must not exist) holding ``identities``; encrypted with
    ``passphrase`` (scrypt, ``work_factor``) unless it is ``None``. Raises ``FileExistsError``."""
    text = identity_file_text(identities).encode("ascii")
    if passphrase is not None:
        out = io.BytesIO()
        encrypt(io.BytesIO(text), out, [ScryptRecipient(passphrase, work_factor)], armor=True, workers=1)
        text = out.getvalue()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def read_identity_file(
    path: str | os.PathLike[str], passphrase: str | None, *, max_work_factor: int = 22
) -> list[Identity]:
    """The identities in ``path``. Raises :class:`PassphraseRequiredError`,
    :class:`WrongPassphraseError`, :class:`KeyFormatError` or another :class:`AgeError`."""
    data = Path(path).read_bytes()
    if is_protected(data):
        if passphrase is None:
            raise PassphraseRequiredError(f"identity file {os.fspath(path)!r} is passphrase-protected")
        out = io.BytesIO()
        decrypt(io.BytesIO(data), out, [ScryptIdentity(passphrase, max_work_factor)], workers=1)
        data = out.getvalue()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = "\ufffd"  # parse_identities then reports a malformed line, never the content
    return list(parse_identities(text))
