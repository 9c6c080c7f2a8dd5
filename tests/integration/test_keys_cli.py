# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake keygen`` and ``intake age`` against the real age CLI (the CLI is driven for real,
in a subprocess, with files and pipes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import intake_crypto as crypto
from intake_crypto.age import keyfile
from tests.fixtures.age_tools import AgeCli, Typage, run_pty

pytestmark = pytest.mark.interop

LOW_WF = ["--scrypt-work-factor", "10"]


def intake(
    *args: str, input: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "intake_app", *args],
        input=input,
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
    )


def test_keygen_x25519_unprotected_works_with_age(age_cli: AgeCli, tmp_path: Path) -> None:
    key = tmp_path / "k.txt"
    res = intake("keygen", "--x25519", "--out", str(key), "--no-passphrase")
    assert res.returncode == 0
    recipient = res.stdout.decode().strip()
    assert recipient.startswith("age1") and b"not protected" in res.stderr
    data = os.urandom(70000)
    sealed = intake("age", "-r", recipient, input=data)
    assert sealed.returncode == 0, sealed.stderr
    assert age_cli.run("-d", "-i", str(key), input=sealed.stdout).stdout == data
    # and the other way, through stdin/stdout
    theirs = age_cli.run("-e", "-r", recipient, "-a", input=data).stdout
    res = intake("age", "-d", "-i", str(key), input=theirs)
    assert res.returncode == 0 and res.stdout == data


def test_keygen_refuses_to_overwrite(tmp_path: Path) -> None:
    key = tmp_path / "k.txt"
    key.write_text("keep me")
    res = intake("keygen", "--out", str(key), "--no-passphrase")
    assert res.returncode != 0 and key.read_text() == "keep me"
    assert len(res.stderr.decode().strip().splitlines()) == 1


def test_keygen_hybrid_protected(tmp_path: Path, typage: Typage) -> None:
    key, pf = tmp_path / "k.age", tmp_path / "pass"
    pf.write_text("long passphrase\n")
    res = intake("keygen", "--out", str(key), "--passphrase-file", str(pf), *LOW_WF)
    assert res.returncode == 0, res.stderr
    recipient = res.stdout.decode().strip()
    assert recipient.startswith("age1pq1") and b"AGE-SECRET-KEY" not in key.read_bytes()
    assert len(keyfile.read_identity_file(key, "long passphrase")) == 1
    data = os.urandom(100)
    theirs = typage.run("encrypt", "-r", recipient, input=data).stdout
    res = intake("age", "-d", "-i", str(key), "--passphrase-file", str(pf), input=theirs)
    assert res.returncode == 0 and res.stdout == data
    pf.write_text("wrong\n")
    res = intake("age", "-d", "-i", str(key), "--passphrase-file", str(pf), input=theirs)
    assert res.returncode == 1 and res.stdout == b""
    assert res.stderr.decode().splitlines()[0] == "intake: The passphrase is wrong."


def test_passphrase_file_to_age_tty(age_cli: AgeCli, tmp_path: Path) -> None:
    pf, plain, sealed, out = tmp_path / "p", tmp_path / "m", tmp_path / "m.age", tmp_path / "out"
    pf.write_text("tty pass\n")
    plain.write_bytes(os.urandom(65537))
    res = intake("age", "-p", "--passphrase-file", str(pf), "-o", str(sealed), *LOW_WF, str(plain))
    assert res.returncode == 0, res.stderr
    status, _ = run_pty([age_cli.age, "-d", "-o", str(out), str(sealed)], "tty pass")
    assert status == 0 and out.read_bytes() == plain.read_bytes()
    # age -p -> intake age -d --passphrase-file
    sealed2 = tmp_path / "m2.age"
    status, _ = run_pty([age_cli.age, "-p", "-o", str(sealed2), str(plain)], "tty pass")
    assert status == 0
    res = intake("age", "-d", "--passphrase-file", str(pf), str(sealed2))
    assert res.returncode == 0 and res.stdout == plain.read_bytes()


def test_intake_age_prompts_on_a_tty(tmp_path: Path) -> None:
    plain, sealed, out = tmp_path / "m", tmp_path / "m.age", tmp_path / "o"
    plain.write_bytes(b"typed at a terminal")
    argv = [sys.executable, "-m", "intake_app", "age", "-p", *LOW_WF, "-o", str(sealed), str(plain)]
    status, seen = run_pty(argv, "typed")
    assert status == 0, seen
    status, seen = run_pty(
        [sys.executable, "-m", "intake_app", "age", "-d", "-o", str(out), str(sealed)], "typed"
    )
    assert status == 0 and out.read_bytes() == b"typed at a terminal"


def test_recipients_file_and_armor(age_cli: AgeCli, tmp_path: Path) -> None:
    k1, k2 = tmp_path / "k1", tmp_path / "k2"
    rfile = tmp_path / "recipients"
    rfile.write_text(f"# staff\n{age_cli.generate(k1)}\n\n{age_cli.generate(k2)}\n")
    res = intake("age", "-e", "-a", "-R", str(rfile), input=b"to both")
    assert res.returncode == 0 and res.stdout.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    for key in (k1, k2):
        assert age_cli.run("-d", "-i", str(key), input=res.stdout).stdout == b"to both"


def test_tampered_file_leaves_no_output(tmp_path: Path) -> None:
    identity = crypto.X25519Identity.generate()
    key = tmp_path / "k"
    keyfile.write_identity_file(key, [identity], None)
    sealed = bytearray(crypto.encrypt_bytes(os.urandom(5 * 65536), [identity.recipient()]))
    sealed[-100] ^= 1
    src, out = tmp_path / "f.age", tmp_path / "out"
    src.write_bytes(bytes(sealed))
    res = intake("age", "-d", "-i", str(key), "-o", str(out), str(src))
    assert res.returncode == 1 and not out.exists()
    assert (
        res.stderr.decode().splitlines()[0]
        == "intake: The encrypted file is damaged or has been tampered with."
    )


def test_output_over_an_existing_file_or_link(tmp_path: Path) -> None:
    # Found in the crypto review (O2): -o kept an existing file's 0644 mode for plaintext,
    # followed a symlink there, and deleted the old file when decryption failed.
    identity = crypto.X25519Identity.generate()
    key = tmp_path / "k"
    keyfile.write_identity_file(key, [identity], None)
    good, bad = tmp_path / "good.age", tmp_path / "bad.age"
    good.write_bytes(crypto.encrypt_bytes(b"secret testimony", [identity.recipient()]))
    damaged = bytearray(good.read_bytes())
    damaged[-3] ^= 1
    bad.write_bytes(bytes(damaged))
    existing = tmp_path / "existing.txt"
    existing.write_bytes(b"old contents")
    existing.chmod(0o644)
    assert intake("age", "-d", "-i", str(key), "-o", str(existing), str(bad)).returncode == 1
    assert existing.read_bytes() == b"old contents"  # untouched by a failed run
    assert intake("age", "-d", "-i", str(key), "-o", str(existing), str(good)).returncode == 0
    assert existing.read_bytes() == b"secret testimony" and existing.stat().st_mode & 0o777 == 0o600
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"not to be overwritten")
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    assert intake("age", "-d", "-i", str(key), "-o", str(link), str(good)).returncode == 0
    assert elsewhere.read_bytes() == b"not to be overwritten"
    assert not link.is_symlink() and link.read_bytes() == b"secret testimony"
    assert intake("age", "-d", "-i", str(key), "-o", os.devnull, str(good)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["age", "-d", "-r", "age1xyz"], "for encryption"),
        (["age", "-e"], "at least one recipient"),
        (["age", "-r", "age1notakey"], "not written correctly"),
    ],
)
def test_usage_errors(args: list[str], fragment: str) -> None:
    res = intake(*args)
    assert res.returncode != 0 and fragment in res.stderr.decode()


def test_messages_are_translated(tmp_path: Path) -> None:
    res = intake("--lang", "zh_CN", "age", "-r", "age1notakey")
    assert res.returncode == 1
    line = res.stderr.decode().splitlines()[0]
    assert line.startswith("intake: ") and "key" not in line.lower()


def test_keygen_asks_on_the_terminal(tmp_path: Path) -> None:
    key = tmp_path / "k.age"
    argv = [sys.executable, "-m", "intake_app", "keygen", "--out", str(key), *LOW_WF]
    status, seen = run_pty(argv, "asked twice")
    assert status == 0, seen
    assert b"age1pq1" in seen and b"AGE-SECRET-KEY" not in key.read_bytes()
    assert len(keyfile.read_identity_file(key, "asked twice")) == 1
