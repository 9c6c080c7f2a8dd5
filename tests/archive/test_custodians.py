# SPDX-License-Identifier: GPL-3.0-or-later
"""Two custodians: each opening sees only its side; ``intake open`` writes the verification
report; ``intake archive link`` needs both openings of the same testimony and logs the act."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing

from intake_app.archive import custody
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_crypto.bundle.profile import load_profile
from tests.bundle_support import StandInForm

CANARY = "CANARY-NAME-王秀英-custodian"
FORM = StandInForm({"witness_name": "identity", "account": "content"})


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


def _seal(archive: Path, out: Path) -> None:
    audio = b"fLaC" * 500
    seal_testimony(load_profile(archive / "profile.json"), "standin", "1",
                   {"witness_name": CANARY, "account": "CONTENT-STORY tanks"},
                   [PayloadSource("r.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), out, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, tzinfo=UTC), form=FORM)


def _files(d: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in d.rglob("*") if p.is_file())


def test_custodians_see_only_their_side_and_link_needs_both(tmp_path: Path) -> None:
    arc = tmp_path / "arc"
    assert _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase",
                   "--receiver-onion", "b" * 56 + ".onion").returncode == 0
    _seal(arc, tmp_path / "a.tib")
    _seal(arc, tmp_path / "other.tib")
    keys = arc / "keys"
    c, i, o = tmp_path / "c", tmp_path / "i", tmp_path / "o"
    for bundle, key, out in ((tmp_path / "a.tib", "content.key", c), (tmp_path / "a.tib", "identity.key", i),
                             (tmp_path / "other.tib", "identity.key", o)):
        r = _intake("open", str(bundle), "--key", str(keys / key), "--out", str(out))
        assert r.returncode == 0, r.stderr
    assert not (c / "identity").exists() and CANARY not in _files(c) and "CONTENT-STORY" in _files(c)
    assert not (i / "content").exists() and CANARY in _files(i) and "CONTENT-STORY" not in _files(i)
    report = json.loads((c / "verification.json").read_text())
    assert report["sides"]["content"]["opened"] and report["sides"]["content"]["signature"] == "valid"
    assert not report["sides"]["identity"]["opened"] and report["receipt"]["status"] == "not checked"
    assert report["consent"]["scopes"] and "manifest signature: valid" in (c / "verification.txt").read_text()
    assert CANARY not in (i / "verification.json").read_text()

    k = tmp_path / "k"
    assert _intake("archive", "custody-key", str(k), "--no-passphrase").returncode == 0
    r = _intake("open", str(tmp_path / "a.tib"), "--key", str(keys / "content.key"), "--out", str(tmp_path / "c3"),
                "--custody-key", str(k))
    assert r.returncode == 0, r.stderr
    events = custody.verify_log(tmp_path / "c3")
    assert [e.type for e in events] == ["capture", "seal", "validation", "decryption"]
    assert events[0].at == "1989-06-04T00:00:00Z" and events[-1].detail["sides"] == "content"
    link = ("archive", "link", "--custody-key", str(k), "--no-passphrase")
    for a, b in ((c, c), (i, c), (c, o)):  # one side twice, wrong order, another testimony's identity
        r = _intake(*link, str(a), str(b))
        assert r.returncode != 0 and "cannot be linked" in r.stderr
        assert not custody.log_path(a).exists() and not custody.log_path(b).exists()
    r = _intake(*link, str(c), str(i))
    assert r.returncode == 0, r.stderr
    for d in (c, i):
        assert [e.type for e in custody.verify_log(d)] == ["link"]
    assert CANARY not in _files(c)  # linking copies nothing across


def test_summary_escapes_everything_and_uses_form_labels(tmp_path: Path) -> None:
    from intake_app.archive import summary

    d = tmp_path / "o" / "content"
    d.mkdir(parents=True)
    evil = "<script>alert(1)</script>&<img src=x onerror=y>"
    (d / "manifest.json").write_text(json.dumps({
        "bundle_id": evil, "form": {"id": "testimony", "version": "1.0.0"},
        "consent": {"scopes": {"script_lang": "zh_TW", "publish_text": evil}},
        "files": [{"path": evil, "kind": "audio", "media_type": "audio/flac", "size": 3}]}))
    (d / "answers.json").write_text(json.dumps({"session_record": {"x": evil}, evil: [evil]}))
    page = summary.render(tmp_path / "o")
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page
    assert 'lang="zh-TW"' in page and "訪談記錄" in page
    english = summary.render(tmp_path / "o", "en")
    assert 'lang="en"' in english and 'Session record' in english and "訪談記錄" not in english


def test_open_of_a_fetched_bundle_checks_receipt_and_log_inclusion(tmp_path: Path) -> None:
    import hashlib

    from intake_app.archive import fetch
    from intake_app.transport import client
    from intake_app.transport.inbox import Limits
    from intake_app.transport.receiver import ReceiverServer, staff_token
    from intake_crypto.bundle.signing import read_signing_key

    arc = tmp_path / "arc"
    assert _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase",
                   "--receiver-onion", "c" * 56 + ".onion").returncode == 0
    profile = load_profile(arc / "profile.json")
    _seal(arc, tmp_path / "a.tib")
    server = ReceiverServer(arc, read_signing_key(arc / "keys" / "receipt-signing.key", None), Limits()).start()
    try:
        client.submit(tmp_path / "a.tib", profile, tor=None, insecure_direct_url=server.url)
        sc = fetch.StaffClient("127.0.0.1", server.port, staff_token(arc))
        fetch.fetch(arc, sc, profile.receipt_public_key, nacl.signing.SigningKey.generate())
    finally:
        server.stop()
    sha = hashlib.sha256((tmp_path / "a.tib").read_bytes()).hexdigest()
    fetched = arc / "incoming" / f"{sha}.tib"
    r = _intake("open", str(fetched), "--key", str(arc / "keys" / "content.key"), "--out", str(tmp_path / "c"))
    assert r.returncode == 0, r.stderr
    rec = json.loads((tmp_path / "c" / "verification.json").read_text())["receipt"]
    assert rec["status"] == "passed" and rec["inclusion"] == "verified" and rec["log_index"] == 0
    # A receipt file altered after the fetch is reported as failed, not silently passed.
    receipt_file = arc / "incoming" / f"{sha}.receipt.json"
    data = json.loads(receipt_file.read_text())
    data["inclusion_proof"] = ["AAAA"]
    receipt_file.write_text(json.dumps(data))
    r = _intake("open", str(fetched), "--key", str(arc / "keys" / "content.key"), "--out", str(tmp_path / "c2"))
    assert json.loads((tmp_path / "c2" / "verification.json").read_text())["receipt"]["status"] == "failed"


def test_desk_opening_writes_the_same_verification_report(tmp_path: Path) -> None:
    from intake_app.archive import desk as archive_desk

    arc = tmp_path / "arc"
    assert _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase",
                   "--receiver-onion", "d" * 56 + ".onion").returncode == 0
    _seal(arc, tmp_path / "a.tib")
    ids = archive_desk.read_identities(arc / "keys" / "identity.key", None)
    report = archive_desk.open_into(tmp_path / "a.tib", ids, tmp_path / "i")
    assert report.ok
    data = json.loads((tmp_path / "i" / "verification.json").read_text())
    assert data["sides"]["identity"]["opened"] and not data["sides"]["content"]["opened"]
    assert CANARY not in (tmp_path / "i" / "verification.txt").read_text()
