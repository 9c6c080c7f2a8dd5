# SPDX-License-Identifier: GPL-3.0-or-later
"""Passphrase-protected identity files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

import intake_crypto as crypto
from intake_crypto.age import keyfile


def test_protected_identity_file(tmp_path: Path) -> None:
    ids = [crypto.HybridIdentity.generate(), crypto.X25519Identity.generate()]
    path = tmp_path / "k.age"
    keyfile.write_identity_file(path, ids, "s3cret", work_factor=4)
    raw = path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"AGE-SECRET-KEY" not in raw and raw.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    back = keyfile.read_identity_file(path, "s3cret")
    assert [str(i) for i in back] == [str(i) for i in ids]
    with pytest.raises(crypto.WrongPassphraseError):
        keyfile.read_identity_file(path, "wrong")
    with pytest.raises(keyfile.PassphraseRequiredError):
        keyfile.read_identity_file(path, None)
    with pytest.raises(FileExistsError):
        keyfile.write_identity_file(path, ids, None)


def test_unprotected_identity_file(tmp_path: Path) -> None:
    identity = crypto.X25519Identity.generate()
    path = tmp_path / "k.txt"
    keyfile.write_identity_file(path, [identity], None)
    text = path.read_text()
    assert f"# public key: {identity.recipient()}" in text
    assert [str(i) for i in keyfile.read_identity_file(path, None)] == [str(identity)]


def test_malformed_identity_file_does_not_echo_content(tmp_path: Path) -> None:
    path = tmp_path / "k.txt"
    path.write_text("AGE-SECRET-KEY-1CANARYCANARY\n")
    with pytest.raises(crypto.KeyFormatError) as info:
        keyfile.read_identity_file(path, None)
    assert "CANARY" not in str(info.value)
