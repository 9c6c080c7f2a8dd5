# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``intake store`` commands end to end, with canaries in every kind of field and file,
then a scan of the home, temp and cache dirs for any plaintext copy."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import intake_crypto as crypto
from intake_app.store import Store
from tests.fixtures.canary import assert_no_canaries, canary, default_roots
from tests.fixtures.logscan import secrets_in
from tests.integration.store.conftest import PASSPHRASE, run_cli

FAST_KDF = ["--kdf-ops", "1", "--kdf-mem-mib", "8"]


def _init(home: Path, passfile: Path, identity: crypto.X25519Identity) -> None:
    r = run_cli(home, "store", "init", "--passphrase-file", str(passfile), *FAST_KDF)
    assert r.returncode == 0, r.stderr
    # The profile's identity recipients (a signed profile file arrives with intake_crypto.bundle.profile).
    s = Store.open(home, PASSPHRASE)
    s.set_profile(SimpleNamespace(identity_recipients=(str(identity.recipient()),), name="t",
                                  delete_after_receipt=False))
    s.lock()


def test_cli_round_trip_leaves_no_plaintext(
    intake_home: Path, inputs: Path, passfile: Path, canary_clock: float
) -> None:
    identity = crypto.X25519Identity.generate()
    _init(intake_home, passfile, identity)
    c = {k: canary(k) for k in ("ident_name", "ident_place", "ident_present", "content_code", "content_region",
                                "restricted", "note", "audio")}
    answers = {
        "interviewer_name": c["ident_name"],
        "place_exact": c["ident_place"],
        "present": [{"role": "witness", "code": "W1", "name": c["ident_present"]}],
        "interviewer_code": c["content_code"],
        "place_region": c["content_region"],
        "prior_testimony": [{"to_whom": c["restricted"]}],
    }
    (inputs / "a.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    audio = inputs / "voice.flac"
    from tests.fixtures.tagged_media import write_tagged

    write_tagged(audio)
    from mutagen.flac import FLAC

    tagged = FLAC(audio)
    tagged["ARTIST"] = c["audio"]  # the canary scan below looks for it everywhere
    tagged.save()
    # --debug: every logger at DEBUG on stderr, which must hold none of it either.
    r = run_cli(intake_home, "store", "add", "--passphrase-file", str(passfile), "--form", "session_record",
                "--answers", str(inputs / "a.json"), "--audio", str(audio), "--note", c["note"], debug=True)
    assert r.returncode == 0, r.stderr
    assert not secrets_in(r.stderr, c.values())
    tid = r.stdout.strip()

    r = run_cli(intake_home, "store", "list", "--passphrase-file", str(passfile), debug=True)
    assert r.returncode == 0 and tid in r.stdout and "identity=sealed" in r.stdout
    assert not secrets_in(r.stderr, c.values())
    r = run_cli(intake_home, "store", "show", tid[:6], "--passphrase-file", str(passfile), debug=True)
    assert r.returncode == 0, r.stderr
    assert not secrets_in(r.stderr, c.values())
    shown = json.loads(r.stdout)
    assert shown["answers"]["place_region"] == c["content_region"]
    assert shown["notes"] == [c["note"]]
    # Identity answers are not readable on this machine, not even by the user.
    for key in ("ident_name", "ident_place", "ident_present"):
        assert c[key] not in r.stdout

    # The identity custodian can read them.
    s = Store.open(intake_home, PASSPHRASE)
    sealed = s.sealed_identity(tid)
    copy, original = s.payloads(tid)
    with s.open_blob(copy.blob_id) as blob:
        assert c["audio"].encode() not in blob.read()  # security-review F5: tags removed
    with s.open_blob(original.blob_id) as blob:
        assert crypto.decrypt_bytes(blob.read(), [identity]) == audio.read_bytes()
    s.lock()
    assert json.loads(crypto.decrypt_bytes(sealed["interviewer_name"], [identity])) == c["ident_name"]

    assert_no_canaries(c.values(), full=[intake_home], recent=default_roots(), since=canary_clock,
                       exclude=[inputs])


def test_scanner_finds_planted_plaintext(intake_home: Path, tmp_path: Path, canary_clock: float) -> None:
    # The scan itself must be able to fail: plant each encoding and expect it found.
    secret = canary("planted")
    (intake_home / "leak-utf16.txt").write_bytes(secret.encode("utf-16-le"))
    import base64

    (tmp_path / "leak-b64.txt").write_bytes(b"x" + base64.b64encode(b"ab" + secret.encode()))
    with pytest.raises(AssertionError, match="plaintext found"):
        assert_no_canaries([secret], full=[intake_home], recent=default_roots(), since=canary_clock)
    from tests.fixtures.canary import scan

    found = scan([secret], full=[intake_home, tmp_path])
    assert {"utf-16-le", "base64"} <= {f.encoding.split("+")[0] for f in found}


def test_wrong_passphrase_is_a_message_not_a_traceback(intake_home: Path, inputs: Path, passfile: Path) -> None:
    identity = crypto.X25519Identity.generate()
    _init(intake_home, passfile, identity)
    bad = inputs / "bad.txt"
    bad.write_text("not the passphrase\n")
    r = run_cli(intake_home, "store", "list", "--passphrase-file", str(bad))
    assert r.returncode == 1
    assert "does not unlock" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(intake_home, "store", "list", "--passphrase-file", str(bad), lang="zh_CN")
    assert r.returncode == 1 and "密码" in r.stderr and "Traceback" not in r.stderr


def test_lock_and_wipe_commands(intake_home: Path, passfile: Path) -> None:
    r = run_cli(intake_home, "store", "lock")
    assert r.returncode == 1 and "no store" in r.stderr.lower()
    assert run_cli(intake_home, "store", "init", "--passphrase-file", str(passfile), *FAST_KDF).returncode == 0
    r = run_cli(intake_home, "store", "init", "--passphrase-file", str(passfile), *FAST_KDF)
    assert r.returncode == 1 and "already exists" in r.stderr
    assert run_cli(intake_home, "store", "lock").returncode == 0
    r = run_cli(intake_home, "store", "wipe")
    assert r.returncode == 2 and (intake_home / "store").exists()
    r = run_cli(intake_home, "store", "wipe", "--yes")
    assert r.returncode == 0 and not (intake_home / "store").exists()
    r = run_cli(intake_home, "store", "list", "--passphrase-file", str(passfile))
    assert r.returncode == 1 and "no store" in r.stderr.lower()


def test_bad_inputs_are_messages(intake_home: Path, inputs: Path, passfile: Path) -> None:
    assert run_cli(intake_home, "store", "init", "--passphrase-file", str(passfile), *FAST_KDF).returncode == 0
    (inputs / "bad.json").write_text("{not json")
    r = run_cli(intake_home, "store", "add", "--passphrase-file", str(passfile), "--form", "session_record",
                "--answers", str(inputs / "bad.json"))
    assert r.returncode == 2 and "JSON object" in r.stderr and "Traceback" not in r.stderr
    (inputs / "ok.json").write_text('{"interviewer_code": "x"}')
    r = run_cli(intake_home, "store", "add", "--passphrase-file", str(passfile), "--form", "session_record",
                "--answers", str(inputs / "ok.json"), "--audio", str(inputs / "missing.flac"))
    assert r.returncode == 2 and "cannot read" in r.stderr
    r = run_cli(intake_home, "store", "show", "ffff", "--passphrase-file", str(passfile))
    assert r.returncode == 1 and "no record" in r.stderr.lower() and "Traceback" not in r.stderr
    (inputs / "doc.pdf").write_bytes(b"%PDF-1.4 /Author (someone)")
    r = run_cli(intake_home, "store", "add", "--passphrase-file", str(passfile), "--form", "session_record",
                "--answers", str(inputs / "ok.json"), "--attach", str(inputs / "doc.pdf"))
    assert r.returncode == 1 and "Traceback" not in r.stderr and r.stderr.startswith("intake: ")
    # Nothing was half-added.
    r = run_cli(intake_home, "store", "list", "--passphrase-file", str(passfile))
    assert "no testimonies" in r.stdout
