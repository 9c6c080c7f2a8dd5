# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive side: custody log tamper evidence, PREMIS validity, BagIt export (library and the real
``bagit.py`` CLI), tampered bags, consent-driven public derivatives, the CLI end to end."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import bagit
import nacl.signing
import pytest
from lxml import etree

from intake_app.archive import bag, custody, premis
from intake_app.sealing.service import PayloadSource, open_bundle, seal_testimony
from tests.bundle_support import StandInForm, make_archive

BAGIT_CLI = Path(sys.executable).with_name("bagit.py")
CANARY = "CANARY-IDENTITY-王秀英-archive"


class ConsentForm(StandInForm):
    """Stands in for the witness's own form: its id is the one whose public fields are listed in
    intake_app.archive.publication (``what`` may be published, ``account`` never: restricted)."""

    def __init__(self, scopes: dict[str, str]) -> None:
        super().__init__({"witness_name": "identity", "account": "restricted-content", "what": "content"},
                         form_id="self_submission")
        self._scopes = {"embargo": "none", **scopes}

    def consent_summary(self, answers: dict[str, Any]) -> dict[str, Any]:
        return {"scopes": dict(self._scopes), "answered": sorted(self._scopes)}


def _opened(tmp: Path, scopes: dict[str, str], keys: str = "both") -> tuple[Path, str]:
    archive = make_archive("classic")
    audio = b"fLaC-voice-bytes" * 100
    tmp.mkdir(parents=True, exist_ok=True)
    tib = tmp / "b.tib"
    result = seal_testimony(
        archive.profile, "self_submission", "1",
        {"witness_name": CANARY, "account": "I saw the tanks.", "what": ["SHOOTING"]},
        [PayloadSource("rec-1.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
        nacl.signing.SigningKey.generate(), tib, interviewer_role="interviewer",
        captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=timezone(timedelta(hours=8))), form=ConsentForm(scopes))
    ids = {"both": [archive.content_key, archive.identity_key], "content": [archive.content_key]}[keys]
    out = tmp / "opened"
    open_bundle(tib, ids, out)
    return out, str(result.bundle_id)


@pytest.fixture
def key() -> nacl.signing.SigningKey:
    return nacl.signing.SigningKey.generate()


def test_custody_log_chains_and_detects_every_kind_of_tampering(tmp_path: Path, key: nacl.signing.SigningKey) -> None:
    for t in ("transfer", "ingest", "decryption", "fixity check"):
        custody.append(tmp_path, key, t, obj="b1", note="x")
    events = custody.verify_log(tmp_path, [bytes(key.verify_key)])
    assert [e.type for e in events] == ["transfer", "ingest", "decryption", "fixity check"]
    lines = custody.log_path(tmp_path).read_text().splitlines()

    def broken(new_lines: list[str]) -> custody.CustodyTamperedError:
        d = tmp_path / f"t{len(list(tmp_path.iterdir()))}"
        d.mkdir()
        custody.log_path(d).write_text("\n".join(new_lines) + "\n")
        with pytest.raises(custody.CustodyTamperedError) as info:
            custody.verify_log(d)
        return info.value

    edited = json.loads(lines[1])
    edited["body"]["outcome"] = "failure"
    assert broken([lines[0], json.dumps(edited), *lines[2:]]).line == 2
    assert broken([lines[0], *lines[2:]]).reason == "sequence broken"          # removed
    assert broken([lines[1], lines[0], *lines[2:]]).line == 1                  # reordered
    # Re-hashed edit: the hash fits but the signature does not.
    edited["hash"] = custody._digest(edited["body"])
    assert broken([lines[0], json.dumps(edited)]).reason in ("bad signature", "chain broken")
    # A forger with their own key re-signs a whole log: caught by the trusted-key check.
    forger = nacl.signing.SigningKey.generate()
    custody.append(tmp_path / "f", forger, "ingest", obj="b1")
    with pytest.raises(custody.CustodyTamperedError, match="untrusted"):
        custody.verify_log(tmp_path / "f", [bytes(key.verify_key)])
    with pytest.raises(custody.CustodyError):
        custody.append(tmp_path, key, "teleport", obj="b1")


def test_premis_xml_validates_and_a_broken_document_does_not(tmp_path: Path, key: nacl.signing.SigningKey) -> None:
    custody.append(tmp_path, key, "transfer", obj="b1", source="<script>&")
    custody.append(tmp_path, key, "decryption", obj="b1")
    xml = premis.to_xml(tmp_path, "b1")
    assert premis.validate(xml) == []
    doc = etree.fromstring(xml)
    ns = {"p": premis.NS}
    assert [e.text for e in doc.findall("p:event/p:eventType", ns)] == ["transfer", "decryption"]
    assert "source=<script>&" in [e.text for e in doc.iterfind(".//p:eventDetail", ns)]
    bad = xml.replace(b"<premis:eventDateTime>", b"<premis:eventDateTime>not-a-date", 1)
    assert premis.validate(bad)


def test_preservation_bag_validates_with_library_and_cli_and_tamper_is_caught(
        tmp_path: Path, key: nacl.signing.SigningKey) -> None:
    opened, bundle_id = _opened(tmp_path, {"publish_text": "yes", "publish_voice": "no"})
    out = bag.export_bag(opened, tmp_path / "bag", key)
    b = bagit.Bag(str(out))
    assert b.is_valid() and set(b.algorithms) == {"sha256", "sha512"}
    assert b.info["DC-Identifier"] == bundle_id
    assert (out / "data" / "objects" / "identity" / "manifest.json").is_file()
    assert premis.validate((out / "data" / "metadata" / "premis.xml").read_bytes()) == []
    assert custody.verify_log(out / "data" / "metadata")[-1].type == "export"
    cli = subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(out)], check=False, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    bag.fixity(out, key)  # records a fixity event and keeps the bag valid
    assert custody.verify_log(out / "data" / "metadata")[-1].type == "fixity check"
    assert subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(out)], check=False).returncode == 0
    answers = out / "data" / "objects" / "content" / "answers.json"
    answers.write_text(answers.read_text().replace("tanks", "tankz"))
    cli = subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(out)], check=False, capture_output=True, text=True)
    assert cli.returncode != 0
    with pytest.raises(bag.FixityError):
        bag.fixity(out, key)
    assert custody.verify_log(out / "data" / "metadata")[-1].outcome == "failure"


def test_public_derivative_follows_consent_and_never_holds_identity(
        tmp_path: Path, key: nacl.signing.SigningKey) -> None:
    opened, _ = _opened(tmp_path, {"publish_text": "yes", "publish_voice": "no"})
    out = bag.export_bag(opened, tmp_path / "pub", key, derivative="public")
    files = {p.relative_to(out / "data").as_posix() for p in (out / "data").rglob("*") if p.is_file()}
    assert "answers.json" in files and not any(f.startswith("audio/") for f in files)
    assert json.loads((out / "data" / "answers.json").read_text()) == {"content": {"what": ["SHOOTING"]}}
    assert all(CANARY not in p.read_text(errors="replace") for p in out.rglob("*") if p.is_file())
    # Voice consent alone publishes nothing yet: a recording is not marked consent or testimony,
    # and a consent recording must never be published (issue 18).
    voice, _ = _opened(tmp_path / "v", {"publish_text": "no", "publish_voice": "yes"})
    with pytest.raises(bag.BagExportError):
        bag.export_bag(voice, tmp_path / "pv", key, derivative="public")
    both, _ = _opened(tmp_path / "b", {"publish_text": "yes", "publish_voice": "yes"})
    files = {p.name for p in (bag.export_bag(both, tmp_path / "pb", key, derivative="public") / "data").rglob("*")}
    assert "answers.json" in files and not any(f.endswith(".flac") for f in files)
    none, _ = _opened(tmp_path / "n", {"publish_text": "no", "publish_voice": "no"})
    with pytest.raises(bag.BagExportError):
        bag.export_bag(none, tmp_path / "pn", key, derivative="public")


@pytest.mark.parametrize("embargo", [
    {"embargo": "until_date", "embargo_until": "2039-06-04"},
    {"embargo": "until_death"},
    {"embargo": "years_after_death", "embargo_years": "10"},
])
def test_an_embargo_that_stands_yields_no_public_copy(tmp_path: Path, key: nacl.signing.SigningKey,
                                                       embargo: dict[str, str]) -> None:
    opened, _ = _opened(tmp_path, {"publish_text": "yes", "publish_voice": "yes", **embargo})
    with pytest.raises(bag.BagExportError, match="embargo"):
        bag.export_bag(opened, tmp_path / "pub", key, derivative="public")
    assert not any((tmp_path / "pub").rglob("*.json"))
    lifted, _ = _opened(tmp_path / "l", {"publish_text": "yes", "embargo": "until_date", "embargo_until": "2001-01-01"})
    assert (bag.export_bag(lifted, tmp_path / "pl", key, derivative="public") / "data" / "answers.json").is_file()


def test_public_derivative_never_carries_the_link_id(tmp_path: Path, key: nacl.signing.SigningKey) -> None:
    opened, bundle_id = _opened(tmp_path, {"publish_text": "yes", "publish_voice": "yes"})
    link_id = json.loads((opened / "content" / "manifest.json").read_text())["link_id"]
    custody.append(opened, key, "decryption", obj=bundle_id)
    custody.append(opened, key, "link", obj=bundle_id, link_id=link_id)  # as `intake archive link` writes it
    pub = bag.export_bag(opened, tmp_path / "pub", key, derivative="public")
    assert not (pub / "data" / "metadata" / custody.LOG_NAME).exists()
    for path in pub.rglob("*"):
        if path.is_file():
            assert link_id.encode() not in path.read_bytes(), path
    xml = (pub / "data" / "metadata" / "premis.xml").read_bytes()
    # No custody events at all in public: each names the bundle id, its hash or an exact time.
    assert premis.validate(xml) == [] and b"decryption" not in xml and b">link<" not in xml
    assert bundle_id.encode() not in xml
    bag.fixity(pub, key)  # re-validated; nothing appended to a log it does not have
    assert bagit.Bag(str(pub)).is_valid() and not (pub / "data" / "metadata" / custody.LOG_NAME).exists()
    # The preservation bag keeps the whole signed history, link included.
    full = bag.export_bag(opened, tmp_path / "full", key)
    assert "link" in [e.type for e in custody.verify_log(full / "data" / "metadata")]


def test_cli_export_fixity_and_custody_verify(tmp_path: Path) -> None:
    opened, bundle_id = _opened(tmp_path, {"publish_text": "yes"}, keys="content")
    assert not (opened / "identity" / "answers.json").exists()

    def intake(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)

    k = tmp_path / "custody.key"
    assert intake("archive", "custody-key", str(k), "--no-passphrase").returncode == 0
    r = intake("export-bag", str(opened), "--out", str(tmp_path / "bag"), "--custody-key", str(k), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert intake("fixity", str(tmp_path / "bag"), "--custody-key", str(k), "--no-passphrase").returncode == 0
    r = intake("archive", "custody-verify", str(tmp_path / "bag" / "data" / "metadata"))
    assert r.returncode == 0 and "fixity check" in r.stdout
    r = intake("archive", "premis", str(opened), "--bundle-id", bundle_id)
    assert r.returncode == 0 and premis.validate(r.stdout.encode()) == []
    log = custody.log_path(opened)
    log.write_text(log.read_text().replace('"export"', '"ingest"'))
    r = intake("archive", "custody-verify", str(opened))
    assert r.returncode != 0 and "altered" in r.stderr
    # A non-empty output directory is refused with a plain message.
    r = intake("export-bag", str(opened), "--out", str(tmp_path / "bag"), "--custody-key", str(k), "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr
