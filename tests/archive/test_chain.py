# SPDX-License-Identifier: GPL-3.0-or-later
"""One continuous, signed custody log per bundle from transfer to export: fetch starts it, the
opening carries it forward and adds capture and seal (derived from the verified manifest),
validation and decryption; the bag carries it and fixity continues it. Tampering anywhere in the
joined chain is caught, a history cut off and re-signed is caught against the earlier copy, and
an opening refuses to start from a fetch log that does not verify."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nacl.signing
import pytest
from lxml import etree

from intake_app.archive import chain, custody, fetch, premis
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer, staff_token
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import key_id, read_signing_key, unb64
from tests.bundle_support import StandInForm

CANARY = "CANARY-NAME-李-chain"
FETCH_TYPES = ["receipt", "transfer", "validation", "fixity check", "ingest"]
OPEN_TYPES = ["capture", "seal", "validation", "decryption"]


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


@pytest.fixture(scope="module")
def fetched(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(archive, fetched bundle, fetch custodian's key file): one real bundle through a real receiver."""
    tmp = tmp_path_factory.mktemp("chain")
    arc = tmp / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase",
                "--receiver-onion", "e" * 56 + ".onion")
    assert r.returncode == 0, r.stderr
    profile = load_profile(arc / "profile.json")
    audio = b"fLaC" * 300
    bundle = tmp / "a.tib"
    seal_testimony(profile, "standin", "1", {"witness_name": CANARY, "account": "I saw it."},
                   [PayloadSource("r.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), bundle, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, 1, 30, tzinfo=timezone(timedelta(hours=8))),
                   form=StandInForm({"witness_name": "identity", "account": "content"}))
    fetch_key = tmp / "fetch.key"
    assert _intake("archive", "custody-key", str(fetch_key), "--no-passphrase").returncode == 0
    server = ReceiverServer(arc, read_signing_key(arc / "keys" / "receipt-signing.key", None), Limits()).start()
    try:
        client.submit(bundle, profile, tor=None, insecure_direct_url=server.url)
        sc = fetch.StaffClient("127.0.0.1", server.port, staff_token(arc))
        fetch.fetch(arc, sc, profile.receipt_public_key, read_signing_key(fetch_key, None))
    finally:
        server.stop()
    sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
    return arc, arc / "incoming" / f"{sha}.tib", fetch_key


def test_one_log_from_transfer_to_export_verifies_as_a_whole(fetched: tuple[Path, Path, Path],
                                                             tmp_path: Path) -> None:
    arc, tib, fetch_key = fetched
    sha = tib.name.removesuffix(".tib")
    incoming = arc / "incoming" / f"{sha}.custody"
    key = tmp_path / "custodian.key"
    assert _intake("archive", "custody-key", str(key), "--no-passphrase").returncode == 0
    opened, bag = tmp_path / "opened", tmp_path / "bag"
    r = _intake("open", str(tib), "--key", str(arc / "keys" / "content.key"), "--out", str(opened),
                "--custody-key", str(key))
    assert r.returncode == 0, r.stderr
    events = custody.verify_log(opened)
    assert [e.type for e in events] == FETCH_TYPES + OPEN_TYPES
    capture, seal, validation = events[5], events[6], events[7]
    # Derived events carry the manifest's own times (UTC) and say where they come from.
    assert capture.at == "1989-06-03T17:30:00Z" and capture.detail["started"] == "1989-06-04T01:30:00+08:00"
    assert capture.detail["source"] == chain.DERIVED_SOURCE and seal.detail["source"] == chain.DERIVED_SOURCE
    device = json.loads((opened / "verification.json").read_text())["sides"]["content"]["device_key"]
    text = custody.log_path(opened).read_text()
    assert device and device not in text and key_id(unb64(device, 32)) not in text  # no cross-testimony link
    assert validation.detail["bundle_sha256"] == sha and validation.detail["receipt"] == "passed"
    assert validation.detail["carried_log_head"] == events[4].hash
    assert {events[0].object, events[4].object} == {sha} and capture.object == validation.object != sha
    for args in (("export-bag", str(opened), "--out", str(bag)), ("fixity", str(bag))):
        r = _intake(*args, "--custody-key", str(key), "--no-passphrase")
        assert r.returncode == 0, r.stderr
    meta = bag / "data" / "metadata"
    whole = custody.verify_log(meta)
    assert [e.type for e in whole] == FETCH_TYPES + OPEN_TYPES + ["export", "fixity check"]
    # Two custodians signed it; both keys trusted: the whole chain verifies. The opener alone: not.
    keys = [bytes(read_signing_key(k, None).verify_key) for k in (fetch_key, key)]
    assert len(custody.verify_log(meta, keys)) == len(whole)
    with pytest.raises(custody.CustodyTamperedError, match="untrusted") as info:
        custody.verify_log(meta, keys[1:])
    assert info.value.line == 1
    r = _intake("archive", "custody-verify", str(meta), "--continues", str(incoming), "--continues", str(opened))
    assert r.returncode == 0, r.stderr
    assert "11 events" in r.stdout and "ingest" in r.stdout and "capture" in r.stdout
    xml = (meta / "premis.xml").read_bytes()
    assert premis.validate(xml) == []
    ns = {"p": premis.NS}
    doc = etree.fromstring(xml)
    ids = {e.findtext("p:objectIdentifierType", namespaces=ns): e.findtext("p:objectIdentifierValue", namespaces=ns)
           for e in doc.iterfind("p:object/p:objectIdentifier", ns)}
    assert ids["intake-bundle-sha256"] == sha and ids["intake-bundle-id"] == capture.object
    # The bag's PREMIS is regenerated by fixity: every event up to and including the fixity check.
    assert [e.text for e in doc.iterfind("p:event/p:eventType", ns)] == FETCH_TYPES + OPEN_TYPES + ["export",
                                                                                                  "fixity check"]
    assert CANARY not in (meta / custody.LOG_NAME).read_text(encoding="utf-8")


def test_tampering_anywhere_in_the_joined_chain_is_caught(fetched: tuple[Path, Path, Path], tmp_path: Path) -> None:
    arc, tib, _ = fetched
    incoming = arc / "incoming" / f"{tib.name.removesuffix('.tib')}.custody"
    key = nacl.signing.SigningKey.generate()
    opened = tmp_path / "opened"
    from intake_app.archive import bag

    report = _open_with_key(tib, arc, opened, key)
    assert report
    out = bag.export_bag(opened, tmp_path / "bag", key)
    meta = out / "data" / "metadata"
    lines = custody.log_path(meta).read_text(encoding="utf-8").splitlines()

    def copy_with(new_lines: list[str]) -> Path:
        d = tmp_path / f"copy{len(list(tmp_path.glob('copy*')))}"
        d.mkdir()
        custody.log_path(d).write_text("\n".join(new_lines) + "\n", encoding="utf-8")
        return d

    # An edit in the carried fetch part of the bag's copy (transfer said "direct", now "tor").
    edited = json.loads(lines[1])
    edited["body"]["detail"]["via"] = "tor"
    d = copy_with([lines[0], json.dumps(edited), *lines[2:]])
    with pytest.raises(custody.CustodyTamperedError) as info:
        custody.verify_log(d)
    assert info.value.line == 2
    r = _intake("archive", "custody-verify", str(d))
    assert r.returncode != 0 and "altered" in r.stderr
    # A derived capture event moved to another date and re-hashed: the signature no longer fits.
    edited = json.loads(lines[5])
    edited["body"]["at"] = "1990-01-01T00:00:00Z"
    edited["hash"] = custody._digest(edited["body"])
    with pytest.raises(custody.CustodyTamperedError) as info:
        custody.verify_log(copy_with([*lines[:5], json.dumps(edited), *lines[6:]]))
    assert info.value.line in (6, 7)
    # The fetch part dropped and the rest re-signed by an insider's own key: the log verifies on
    # its own, but it does not continue the fetch's log, and that is caught.
    forged = tmp_path / "forged"
    for e in custody.verify_log(meta)[len(FETCH_TYPES):]:
        custody.append(forged, key, e.type, obj=e.object, outcome=e.outcome, **e.detail)
    assert custody.verify_log(forged)
    with pytest.raises(custody.CustodyTamperedError, match="does not continue"):
        chain.verify_continues(incoming, forged)
    r = _intake("archive", "custody-verify", str(forged), "--continues", str(incoming))
    assert r.returncode != 0 and "does not continue" in r.stderr
    # Records appended to the bag's copy by someone else still continue it; removing one does not.
    with pytest.raises(custody.CustodyTamperedError):
        chain.verify_continues(opened, copy_with([*lines[:3], *lines[4:]]))


def _open_with_key(tib: Path, arc: Path, out: Path, key: nacl.signing.SigningKey) -> bool:
    from intake_app.archive import report as verification
    from intake_app.archive.desk import read_identities
    from intake_app.sealing.service import open_bundle

    chain.check_carried(tib)
    result = open_bundle(tib, read_identities(arc / "keys" / "content.key", None), out)
    data = verification.write(result, tib, out)
    return bool(chain.record_opening(tib, out, result, data, key))


def test_an_opening_refuses_a_fetch_log_that_does_not_verify(fetched: tuple[Path, Path, Path],
                                                            tmp_path: Path) -> None:
    arc, tib, _ = fetched
    src = arc / "incoming" / f"{tib.name.removesuffix('.tib')}.custody"
    copy = tmp_path / "arc"
    (copy / "incoming").mkdir(parents=True)
    (copy / "profile.json").write_bytes((arc / "profile.json").read_bytes())
    bundle = copy / "incoming" / tib.name
    bundle.write_bytes(tib.read_bytes())
    (copy / "incoming" / src.name).mkdir()
    log = custody.log_path(copy / "incoming" / src.name)
    log.write_text(custody.log_path(src).read_text().replace('"ingest"', '"export"'), encoding="utf-8")
    key = tmp_path / "k"
    assert _intake("archive", "custody-key", str(key), "--no-passphrase").returncode == 0
    out = tmp_path / "opened"
    r = _intake("open", str(bundle), "--key", str(arc / "keys" / "content.key"), "--out", str(out),
                "--custody-key", str(key))
    assert r.returncode != 0 and "altered" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists() or not any(out.iterdir())  # nothing opened


def test_fixity_refuses_to_sign_on_top_of_a_falsified_record(fetched: tuple[Path, Path, Path],
                                                            tmp_path: Path) -> None:
    """Evidence review: a record falsified in a bag (and the bag's manifests made to match) used
    to get a signed "fixity check: success" on top; now nothing is signed and fixity fails."""
    import bagit

    from intake_app.archive import bag

    arc, tib, _ = fetched
    key_file = tmp_path / "k"
    assert _intake("archive", "custody-key", str(key_file), "--no-passphrase").returncode == 0
    key = read_signing_key(key_file, None)
    opened = tmp_path / "opened"
    assert _open_with_key(tib, arc, opened, key)
    out = bag.export_bag(opened, tmp_path / "bag", key)
    log = custody.log_path(out / "data" / "metadata")
    lines = log.read_text(encoding="utf-8").splitlines()
    edited = json.loads(lines[1])
    edited["body"]["detail"]["via"] = "hand"
    log.write_text("\n".join([lines[0], json.dumps(edited), *lines[2:]]) + "\n", encoding="utf-8")
    bagit.Bag(str(out)).save(manifests=True)  # the falsifier keeps the bag itself valid
    before = log.read_bytes()
    r = _intake("fixity", str(out), "--custody-key", str(key_file), "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "no fixity event was signed" in r.stderr
    assert log.read_bytes() == before
