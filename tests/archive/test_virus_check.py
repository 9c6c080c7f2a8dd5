# SPDX-License-Identifier: GPL-3.0-or-later
"""A virus check before files are bagged for preservation (issue 21, evidence-review.md §2 "no
format identification or virus check at ingest").

Real parts: the real ``clamscan`` (Debian's ``clamav``) with a signature file written here (the
public signature database is not reachable from the test machine, and a test must not depend on
which viruses it knows), a real self-submission sealed into the archive's ``incoming/``, opened
and bagged with the real ``intake`` CLI as a custodian does.

- a document carrying the test signature: ``export-bag`` refuses, exits non-zero with a plain
  message naming the file, leaves no bag and no traceback, and signs a ``virus check`` failure
  into the custody log;
- clean files: the bag's PREMIS has a ``virus check`` event (LoC ``vir``) naming ClamAV and the
  signature file's SHA-256, and the bag validates;
- no signatures at all: the bag is made, the command warns that no check was made, and nothing
  in the bag claims one.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import nacl.signing
from lxml import etree

import intake_forms as forms
from intake_app.archive import custody, premis, virus
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_crypto.age.keyfile import write_identity_file
from tests.archive.test_public_derivative import _answers
from tests.archive.test_signed_integrity import AUDIO, intake
from tests.bundle_support import make_archive

MARK = b"INTAKE-TEST-VIRUS-7f3a9c"  # the test signature's bytes (a ClamAV .ndb body signature)
PREMIS = "{http://www.loc.gov/premis/v3}"


def _signatures(directory: Path) -> Path:
    db = directory / "signatures"
    db.mkdir()
    (db / "intake-test.ndb").write_text(f"Intake.Test.Virus:0:*:{MARK.hex()}\n", encoding="ascii")
    return db


def _opened(tmp: Path, document: bytes) -> dict[str, Any]:
    """A self-submission with one attached document, sealed into ARCHIVE/incoming and opened."""
    archive = make_archive("classic")
    form = forms.load_form("self_submission")
    answers = _answers(1, "CANARY-NAME 王一明", publish_text="yes", publish_voice="no", embargo="none")
    root = tmp / "ARCHIVE"
    (root / "incoming").mkdir(parents=True)
    (root / "profile.json").write_bytes(archive.profile.to_json())
    tib = root / "incoming" / "b.tib"
    seal_testimony(archive.profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(AUDIO), len(AUDIO), "audio/flac", "audio"),
                    PayloadSource("letter.txt", lambda: io.BytesIO(document), len(document), "text/plain",
                                  "attachment")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="witness",
                   captured_at=datetime(2026, 11, 20, 10, 5, 7, tzinfo=UTC))
    keys = tmp / "keys"
    keys.mkdir()
    write_identity_file(keys / "content.key", [archive.content_key], None)
    custody_key = keys / "custody.key"
    assert intake("archive", "custody-key", str(custody_key), "--no-passphrase").returncode == 0
    opened = tmp / "opened"
    r = intake("open", str(tib), "--key", str(keys / "content.key"), "--out", str(opened),
               "--custody-key", str(custody_key))
    assert r.returncode == 0, r.stderr
    return {"opened": opened, "custody": custody_key, "tib": tib, "keys": keys}


def test_intake_open_checks_what_it_wrote_and_keeps_it(tmp_path: Path) -> None:
    """Before anyone opens a file: ``intake open`` scans what it wrote. A finding is a signed
    failure event, a plain warning naming the file, exit 1; the opening itself stays (nothing lost)."""
    case = _opened(tmp_path, b"a letter from the family\n" + MARK + b"\n")
    db = _signatures(tmp_path)
    again = tmp_path / "again"
    r = intake("open", str(case["tib"]), "--key", str(case["keys"] / "content.key"), "--out", str(again),
               "--custody-key", str(case["custody"]), "--virus-db", str(db))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "virus check found something" in r.stderr and "Intake.Test.Virus" in r.stderr and "attachments/" in r.stderr
    assert (again / "content" / "manifest.json").is_file()  # kept: the opening is as the device sealed it
    (event,) = [e for e in custody.verify_log(again) if e.type == "virus check"]
    assert event.outcome == "failure"
    clean = tmp_path / "clean"
    r = intake("open", str(case["tib"]), "--key", str(case["keys"] / "content.key"), "--out", str(clean),
               "--virus-db", str(tmp_path / "no-such-signatures"))
    assert r.returncode == 0 and "no virus check was made" in r.stderr


def _export(case: dict[str, Any], out: Path, *extra: str) -> Any:
    return intake("export-bag", str(case["opened"]), "--out", str(out), "--custody-key", str(case["custody"]),
                  "--no-passphrase", *extra)


def test_a_document_the_virus_check_finds_is_not_bagged(tmp_path: Path) -> None:
    case = _opened(tmp_path, b"a letter from the family\n" + MARK + b"\nend\n")
    db = _signatures(tmp_path)
    out = tmp_path / "bag"
    r = _export(case, out, "--virus-db", str(db))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert "virus check found something" in r.stderr and "Intake.Test.Virus" in r.stderr
    assert "attachments/" in r.stderr  # which file, so a custodian can find it
    assert not out.exists() or not any(out.iterdir())
    (event,) = [e for e in custody.verify_log(case["opened"]) if e.type == "virus check"]
    assert event.outcome == "failure" and "Intake.Test.Virus" in event.detail["found"]
    assert event.detail["tool"].startswith("ClamAV ")


def test_clean_files_are_bagged_with_a_signed_virus_check_in_premis(tmp_path: Path) -> None:
    case = _opened(tmp_path, b"a letter from the family, nothing else\n")
    db = _signatures(tmp_path)
    out = tmp_path / "bag"
    r = _export(case, out, "--virus-db", str(db))
    assert r.returncode == 0, r.stderr
    assert "no virus check" not in r.stderr
    assert bagit.Bag(str(out)).is_valid()
    xml = (out / "data" / "metadata" / "premis.xml").read_bytes()
    assert premis.validate(xml) == []  # LoC PREMIS 3 schema and the project's stricter profile
    tree = etree.fromstring(xml)
    (event,) = [e for e in tree.iter(f"{PREMIS}event") if e.findtext(f"{PREMIS}eventType") == "virus check"]
    assert event.find(f"{PREMIS}eventType").get("valueURI").endswith("/eventType/vir")
    assert event.findtext(f".//{PREMIS}eventOutcome") == "success"
    details = [d.text for d in event.iter(f"{PREMIS}eventDetail")]
    digest = virus._sha256(db / "intake-test.ndb")
    assert any(d.startswith("signatures=intake-test.ndb sha256:" + digest) for d in details), details
    scanners = [a for a in tree.iter(f"{PREMIS}agent")
                if a.findtext(f".//{PREMIS}agentIdentifierType") == "intake-virus-scanner"]
    assert len(scanners) == 1 and scanners[0].findtext(f".//{PREMIS}agentType") == "software"


def test_without_signatures_the_bag_is_made_and_claims_no_check(tmp_path: Path) -> None:
    case = _opened(tmp_path, b"a letter\n" + MARK + b"\n")
    empty = tmp_path / "no-signatures"
    empty.mkdir()
    out = tmp_path / "bag"
    r = _export(case, out, "--virus-db", str(empty))
    assert r.returncode == 0, r.stderr
    assert "no virus check was made" in r.stderr and str(empty) in r.stderr
    assert not [e for e in custody.verify_log(case["opened"]) if e.type == "virus check"]
    assert b"virus check" not in (out / "data" / "metadata" / "premis.xml").read_bytes()
