# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 23 end to end with the real ``intake`` CLI: an archive whose identity sides open only
with 2 of 3 custodians (hybrid keys). No file in the archive folder opens identity.age; one
share opens nothing and says one more is needed; any two open it; a corrupted share is named;
every release and the reveal are signed events in the custody log."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from itertools import combinations
from pathlib import Path

import pytest

import intake_crypto as crypto
from intake_app.archive import custody
from intake_crypto.bundle.profile import load_profile
from tests.unit.forms.example import CANARY_NAME, consent_answers

pytestmark = pytest.mark.slow


def _intake(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "en_US.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True,
                          text=True, env=env, timeout=300)


def _ok(home: Path, *args: str) -> str:
    r = _intake(home, *args)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def ceremony(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("threshold")
    home = tmp / "home"
    home.mkdir(mode=0o700)
    people = {}
    for who in ("c1", "c2", "c3", "requester"):
        recipient = _ok(home, "keygen", "--out", str(tmp / f"{who}.key"), "--no-passphrase").strip().splitlines()[-1]
        assert recipient.startswith("age1pq1")
        (tmp / f"{who}.pub").write_text(recipient + "\n")
        _ok(home, "archive", "custody-key", str(tmp / f"{who}.custody"), "--no-passphrase")
        people[who] = tmp / f"{who}.key"
    arch = tmp / "archive"
    out = _ok(home, "archive", "init", str(arch), "--name", "Threshold Archive", "--no-passphrase",
              "--receiver-onion", "a" * 56 + ".onion",
              "--identity-custodians", ",".join(str(tmp / f"c{i}.pub") for i in (1, 2, 3)), "--threshold", "2")
    assert "2 of 3" in out
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "I was at Liubukou.", "name": CANARY_NAME}
    answers["consent"].pop("consent_audio")
    (tmp / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    (tmp / "pass").write_text("device passphrase 六四\n", encoding="utf-8")
    _ok(home, "seal", "--profile", str(arch / "profile.json"), "--form", "self_submission", "--answers",
        str(tmp / "a.json"), "--out", str(tmp / "b.tib"), "--passphrase-file", str(tmp / "pass"),
        "--scrypt-work-factor", "10")
    (tmp / "log").mkdir()
    return {"tmp": tmp, "home": home, "arch": arch, "bundle": tmp / "b.tib", "log": tmp / "log"}


def _share(c: dict[str, Path], who: str, out: Path) -> subprocess.CompletedProcess[str]:
    tmp = c["tmp"]
    return _intake(c["home"], "archive", "share", "--bundle", str(c["bundle"]), "--key", str(tmp / f"{who}.key"),
                   "--to", (tmp / "requester.pub").read_text().strip(), "--out", str(out),
                   "--custody-key", str(tmp / f"{who}.custody"), "--no-custody-passphrase",
                   "--log", str(c["log"]), "--purpose", "tribunal request 2026-17", "--archive", str(c["arch"]))


def _reveal(c: dict[str, Path], shares: list[Path], out: Path) -> subprocess.CompletedProcess[str]:
    tmp = c["tmp"]
    return _intake(c["home"], "archive", "reveal", "--bundle", str(c["bundle"]),
                   *[a for s in shares for a in ("--share", str(s))], "--key", str(tmp / "requester.key"),
                   "--out", str(out), "--custody-key", str(tmp / "requester.custody"), "--no-custody-passphrase",
                   "--log", str(c["log"]), "--purpose", "tribunal request 2026-17", "--archive", str(c["arch"]))


def test_the_profile_is_signed_version_2_and_no_identity_key_exists(ceremony: dict[str, Path]) -> None:
    arch = ceremony["arch"]
    profile = load_profile(arch / "profile.json")
    assert profile.identity_threshold == 2 and len(profile.identity_custodians) == 3
    assert profile.identity_recipients == ()
    assert b'"version":2' in (arch / "profile.json").read_bytes()
    assert not (arch / "keys" / "identity.key").exists()
    # No single file in the archive folder opens identity.age.
    with tarfile.open(ceremony["bundle"]) as tf:
        identity_age = tf.extractfile("identity.age").read()  # type: ignore[union-attr]
    for path in arch.rglob("*.key"):
        try:
            ids = crypto.parse_identities(path.read_text())
        except (crypto.AgeError, UnicodeDecodeError):
            continue  # signing keys are not age identities
        with pytest.raises(crypto.NoIdentityMatchError):
            crypto.decrypt_bytes(identity_age, ids)


def test_one_share_opens_nothing_and_any_two_open_the_identity(ceremony: dict[str, Path]) -> None:
    tmp = ceremony["tmp"]
    shares = {}
    for who in ("c1", "c2", "c3"):
        shares[who] = tmp / f"{who}.share.age"
        r = _share(ceremony, who, shares[who])
        assert r.returncode == 0, r.stderr
        assert CANARY_NAME.encode() not in shares[who].read_bytes()
    with tarfile.open(ceremony["bundle"]) as tf:
        bundle_id = json.loads(tf.extractfile("BUNDLE").read())["bundle_id"]  # type: ignore[union-attr]
    r = _reveal(ceremony, [shares["c1"]], tmp / "one")
    assert r.returncode == 1 and "1 more" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp / "one").exists() or not any((tmp / "one").iterdir())
    for n, pair in enumerate(combinations(("c1", "c2", "c3"), 2)):
        out = tmp / f"opened{n}"
        r = _reveal(ceremony, [shares[w] for w in pair], out)
        assert r.returncode == 0, r.stderr
        identity = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
        assert CANARY_NAME.encode() in identity
        assert not (out / "content").exists()  # the reveal opens the identity side only
        # Issue 18 item 1: the revealed identity names no bundle id or sealed-file hash; its own report
        # and custody log (signed by the requester's custody key) name the identity manifest instead.
        for secret in (bundle_id, hashlib.sha256(ceremony["bundle"].read_bytes()).hexdigest()):
            assert secret.encode() not in identity
        report = json.loads((out / "verification.json").read_text(encoding="utf-8"))
        assert report["identity_manifest"] == "intake-identity:sha256:" + hashlib.sha256(
            (out / "identity" / "manifest.json").read_bytes()).hexdigest()
        assert {e.object for e in custody.verify_log(out)} == {report["identity_manifest"]}
    events = custody.verify_log(ceremony["log"])
    releases = [e for e in events if e.type == "share release"]
    reveals = [e for e in events if e.type == "decryption"]
    assert sorted(e.detail["share"] for e in releases) == ["1", "2", "3"]
    assert [e.detail["shares"] for e in reveals] == ["1,2", "1,3", "2,3"]
    assert all(e.detail["purpose"] == "tribunal request 2026-17" for e in releases + reveals)


def test_a_corrupted_share_is_named_and_nothing_is_opened(ceremony: dict[str, Path]) -> None:
    tmp = ceremony["tmp"]
    good, bad = tmp / "x1.share.age", tmp / "x2.share.age"
    assert _share(ceremony, "c1", good).returncode == 0
    assert _share(ceremony, "c2", bad).returncode == 0
    # The requester's own copy is altered: re-encrypt a share with one bit flipped (a forged share).
    ids = crypto.parse_identities((tmp / "requester.key").read_text())
    raw = json.loads(crypto.decrypt_bytes(bad.read_bytes(), ids))
    import base64
    value = bytearray(base64.b64decode(raw["share"]))
    value[5] ^= 1
    raw["share"] = base64.b64encode(bytes(value)).decode()
    from intake_crypto.bundle._canonical import canonical
    forged = crypto.encrypt_bytes(canonical(raw), [crypto.parse_recipient((tmp / "requester.pub").read_text().strip())],
                                  armor=True)
    bad.write_bytes(forged)
    r = _reveal(ceremony, [good, bad], tmp / "forged")
    assert r.returncode == 1 and "Share 2" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp / "forged").exists() or not any((tmp / "forged").iterdir())


def test_a_non_custodian_cannot_release_a_share(ceremony: dict[str, Path]) -> None:
    r = _share(ceremony, "requester", ceremony["tmp"] / "nope.share.age")
    assert r.returncode == 1 and "not one of this bundle's custodians" in r.stderr
    assert not (ceremony["tmp"] / "nope.share.age").exists()


def test_every_release_and_reveal_is_in_the_public_reveal_log_and_removing_one_is_detected(
        ceremony: dict[str, Path]) -> None:
    """Item 3: each share release and each reveal appended a leaf to ARCHIVE/reveal-log before
    the share was written or the identity opened; a leaf says nothing about which bundle, which
    custodian or why; the custody events prove their leaves; an archive that rewrites its log
    without one (and signs a new checkpoint with its own key) is caught by verify-reveals."""
    import base64 as b64

    from intake_app.archive.reveal_log import RevealLog
    from intake_crypto.bundle.signing import read_signing_key

    tmp, arch = ceremony["tmp"], ceremony["arch"]
    s1, s2 = tmp / "log1.share.age", tmp / "log2.share.age"
    assert _share(ceremony, "c1", s1).returncode == 0
    assert _share(ceremony, "c2", s2).returncode == 0
    assert _reveal(ceremony, [s1, s2], tmp / "logged").returncode == 0
    entries = (arch / "reveal-log" / "entries").read_bytes().splitlines()
    texts = [b64.b64decode(e).decode() for e in entries]
    assert len(texts) >= 3 and all(t.startswith("intake-reveal/v1\ncommitment ") for t in texts)
    events = [e for e in custody.verify_log(ceremony["log"]) if e.type in ("share release", "decryption")]
    bundle_id = events[-1].object
    public = b"".join(p.read_bytes() for p in (arch / "reveal-log").iterdir())
    for secret in (bundle_id, "tribunal", events[-1].detail["tid"]):
        assert secret.encode() not in public and secret.encode() not in b"".join(t.encode() for t in texts)
    assert all("reveal_log_index" in e.detail for e in events)
    # The revealed folder's own identity-side log (issue 18 item 1) may be named too: it holds no reveal step.
    ok = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch), "--log", str(ceremony["log"]),
                 "--log", str(tmp / "logged"))
    assert ok.returncode == 0, ok.stderr
    assert f"All {len(events)} logged" in ok.stdout

    # The archive hides the reveal: drops its leaf and signs a fresh checkpoint with its own key.
    reveal_index = int(events[-1].detail["reveal_log_index"])
    kept = [e for i, e in enumerate(entries) if i != reveal_index]
    saved = (arch / "reveal-log" / "entries").read_bytes(), (arch / "reveal-log" / "checkpoint").read_bytes()
    try:
        (arch / "reveal-log" / "entries").write_bytes(b"".join(e + b"\n" for e in kept))
        RevealLog(arch, read_signing_key(arch / "keys" / "receipt-signing.key", None),
                  bytes(load_profile(arch / "profile.json").receipt_public_key)).checkpoint()
        bad = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch),
                      "--log", str(ceremony["log"]))
        assert bad.returncode == 1 and "Traceback" not in bad.stderr, bad.stderr
        assert f"entry {reveal_index}" in bad.stderr or "reveal log" in bad.stderr.lower(), bad.stderr
    finally:
        (arch / "reveal-log" / "entries").write_bytes(saved[0])
        (arch / "reveal-log" / "checkpoint").write_bytes(saved[1])


def test_a_reveal_step_missing_from_the_reveal_log_is_flagged(ceremony: dict[str, Path]) -> None:
    """Software that skipped the reveal log (a modified copy) leaves custody events without a
    leaf: verify-reveals names them instead of counting them as fine."""
    import shutil

    from intake_crypto.bundle.signing import read_signing_key

    tmp = ceremony["tmp"]
    s1 = tmp / "skip1.share.age"
    assert _share(ceremony, "c1", s1).returncode == 0
    copy = tmp / "log-copy"
    shutil.copytree(ceremony["log"], copy)
    key = read_signing_key(tmp / "c2.custody", None)
    custody.append(copy, key, "share release", obj="0" * 32, event="share release", purpose="none given",
                   share="2", threshold="2 of 3", tid="0" * 32)
    bad = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(ceremony["arch"]), "--log", str(copy))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "not in the archive" in bad.stderr, bad.stderr
