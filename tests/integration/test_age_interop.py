# SPDX-License-Identifier: GPL-3.0-or-later
"""Interop both ways with the real Debian ``age``/``age-keygen`` (X25519, passphrase) and the
npm reference implementation ``age-encryption`` 0.3.1 (hybrid, X25519, passphrase)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import intake_crypto as crypto
from intake_crypto.age import keyfile
from tests.fixtures.age_tools import AgeCli, Typage, run_pty

pytestmark = pytest.mark.interop

MIB = 1 << 20
SIZES = [0, 1, 65535, 65536, 65537, 3 * MIB + 12345]


def _data(size: int) -> bytes:
    return os.urandom(size)


def _ours_encrypt(data: bytes, recipients: list[crypto.Recipient], armor: bool = False) -> bytes:
    out = io.BytesIO()
    crypto.encrypt(io.BytesIO(data), out, recipients, armor=armor)
    return out.getvalue()


# --- Debian age -----------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True])
def test_x25519_with_age_cli(age_cli: AgeCli, tmp_path: Path, size: int, armor: bool) -> None:
    key = tmp_path / "key.txt"
    recipient = age_cli.generate(key)
    identities = crypto.parse_identities(key.read_text())
    data = _data(size)
    # ours -> age
    sealed = _ours_encrypt(data, [crypto.parse_recipient(recipient)], armor=armor)
    assert age_cli.run("-d", "-i", str(key), input=sealed).stdout == data
    # age -> ours
    args = ["-e", "-r", recipient] + (["-a"] if armor else [])
    theirs = age_cli.run(*args, input=data).stdout
    assert crypto.decrypt_bytes(theirs, identities) == data


def test_our_unprotected_identity_file_works_with_age(age_cli: AgeCli, tmp_path: Path) -> None:
    identity = crypto.X25519Identity.generate()
    key = tmp_path / "ours.key"
    keyfile.write_identity_file(key, [identity], None)
    data = _data(70000)
    sealed = crypto.encrypt_bytes(data, [identity.recipient()])
    assert age_cli.run("-d", "-i", str(key), input=sealed).stdout == data
    assert age_cli.run("-d", "-i", str(key), input=b"not age", check=False).returncode != 0


def test_age_rejects_tampered_output_of_ours(age_cli: AgeCli, tmp_path: Path) -> None:
    key = tmp_path / "key.txt"
    recipient = age_cli.generate(key)
    sealed = bytearray(crypto.encrypt_bytes(_data(200000), [crypto.parse_recipient(recipient)]))
    sealed[-5] ^= 1
    assert age_cli.run("-d", "-i", str(key), input=bytes(sealed), check=False).returncode != 0


@pytest.mark.parametrize("size", [0, 65536, 2 * MIB + 1])
def test_passphrase_ours_to_age(age_cli: AgeCli, tmp_path: Path, size: int) -> None:
    data = _data(size)
    sealed = tmp_path / "f.age"
    sealed.write_bytes(_ours_encrypt(data, [crypto.ScryptRecipient("interop pass", work_factor=12)]))
    out = tmp_path / "out"
    status, _ = run_pty([age_cli.age, "-d", "-o", str(out), str(sealed)], "interop pass")
    # age creates -o lazily, on the first plaintext byte
    assert status == 0 and (out.read_bytes() if out.exists() else b"") == data
    out.unlink(missing_ok=True)
    status, _ = run_pty([age_cli.age, "-d", "-o", str(out), str(sealed)], "wrong pass")
    assert status != 0 and (not out.exists() or out.read_bytes() == b"")


def test_passphrase_age_to_ours(age_cli: AgeCli, tmp_path: Path) -> None:
    data = _data(65537)
    plain, sealed = tmp_path / "p", tmp_path / "p.age"
    plain.write_bytes(data)
    status, _ = run_pty([age_cli.age, "-p", "-a", "-o", str(sealed), str(plain)], "from age")
    assert status == 0
    assert crypto.decrypt_bytes(sealed.read_bytes(), [crypto.ScryptIdentity("from age")]) == data
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.decrypt_bytes(sealed.read_bytes(), [crypto.ScryptIdentity("not it")])


def test_protected_identity_file_works_with_age(age_cli: AgeCli, tmp_path: Path) -> None:
    """Our passphrase-protected identity file is what `age -d -i` expects of an encrypted one."""
    identity = crypto.X25519Identity.generate()
    key = tmp_path / "ours.key.age"
    keyfile.write_identity_file(key, [identity], "key pass", work_factor=10)
    sealed = tmp_path / "f.age"
    sealed.write_bytes(crypto.encrypt_bytes(b"protected", [identity.recipient()]))
    out = tmp_path / "out"
    status, _ = run_pty([age_cli.age, "-d", "-i", str(key), "-o", str(out), str(sealed)], "key pass")
    assert status == 0 and out.read_bytes() == b"protected"


# --- typage (npm age-encryption) ------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["hybrid", "x25519"])
def test_typage_both_ways(typage: Typage, size: int, kind: str) -> None:
    their_identity, their_recipient = typage.keygen(kind)
    data = _data(size)
    # ours -> typage
    sealed = _ours_encrypt(data, [crypto.parse_recipient(their_recipient)])
    assert typage.run("decrypt", "-i", their_identity, input=sealed).stdout == data
    # typage -> ours
    theirs = typage.run("encrypt", "-r", their_recipient, input=data).stdout
    assert crypto.decrypt_bytes(theirs, [crypto.parse_identity(their_identity)]) == data


@pytest.mark.parametrize("kind", ["hybrid", "x25519"])
def test_typage_reads_our_keys(typage: Typage, kind: str) -> None:
    ours = crypto.HybridIdentity.generate() if kind == "hybrid" else crypto.X25519Identity.generate()
    data = _data(100000)
    theirs = typage.run("encrypt", "-r", str(ours.recipient()), "--armor", input=data).stdout
    assert crypto.decrypt_bytes(theirs, [ours]) == data
    sealed = _ours_encrypt(data, [ours.recipient()], armor=True)
    assert typage.run("decrypt", "-i", str(ours), "--armor", input=sealed).stdout == data


def test_typage_multiple_hybrid_recipients(typage: Typage) -> None:
    a, b = typage.keygen("hybrid"), typage.keygen("hybrid")
    data = _data(5000)
    sealed = _ours_encrypt(data, [crypto.parse_recipient(a[1]), crypto.parse_recipient(b[1])])
    for identity, _ in (a, b):
        assert typage.run("decrypt", "-i", identity, input=sealed).stdout == data


def test_typage_passphrase_both_ways(typage: Typage) -> None:
    data = _data(65536)
    theirs = typage.run("encrypt", "--passphrase", "p q", "--work-factor", "10", input=data).stdout
    assert crypto.decrypt_bytes(theirs, [crypto.ScryptIdentity("p q")]) == data
    sealed = _ours_encrypt(data, [crypto.ScryptRecipient("p q", work_factor=10)])
    assert typage.run("decrypt", "--passphrase", "p q", input=sealed).stdout == data


def test_typage_rejects_tampered_output_of_ours(typage: Typage) -> None:
    identity, recipient = typage.keygen("hybrid")
    sealed = bytearray(_ours_encrypt(_data(1000), [crypto.parse_recipient(recipient)]))
    sealed[-3] ^= 0x40
    assert typage.run("decrypt", "-i", identity, input=bytes(sealed), check=False).returncode != 0
