# SPDX-License-Identifier: GPL-3.0-or-later
"""The standalone verifier (``verifier/verify_bag.py``; issue 21 item 6) and the Archivematica
layout of a preservation AIP with the submission as received (items 2 and 3).

One real testimony (the real ``self_submission`` form) goes the whole way: sealed, submitted to a
real receiver, fetched (receipt, checkpoint and inclusion proof verified), opened and bagged with
the real ``intake`` CLI. The verifier, run as its own program, accepts the bag; then each attack
of evidence-review.md §2 is made on a copy (BagIt manifests regenerated each time, so the real
``bagit.py --validate`` still says valid) and the verifier must reject it.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import nacl.signing
import numpy as np
import pytest
import soundfile
from lxml import etree

import intake_forms as forms
from intake_app.archive import custody, fetch, premis
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer, staff_token
from intake_crypto.bundle import signing
from intake_crypto.bundle.manifest import SIGNATURE_DOMAIN
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.receipt import SubmissionProof, open_receipt
from intake_crypto.bundle.signing import b64, read_signing_key
from tests.archive.test_public_derivative import _answers

ROOT = Path(__file__).resolve().parents[2]
VERIFIER = ROOT / "verifier" / "verify_bag.py"
BAGIT_CLI = Path(sys.executable).with_name("bagit.py")


def _flac() -> bytes:
    """A real FLAC stream (half a second of a 440 Hz tone), so format identification has a real signature."""
    buf = io.BytesIO()
    tone = (np.sin(np.arange(24000) * 2 * np.pi * 440 / 48000) * 8000).astype("int16")
    soundfile.write(buf, tone, 48000, format="FLAC", subtype="PCM_16")
    return buf.getvalue()


AUDIO = _flac()
CANARY = "CANARY-NAME 王一明-verifier"


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


def _verify(bag: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Run exactly as an expert would: the file on its own, not as part of the project.
    return subprocess.run([sys.executable, "-I", str(VERIFIER), str(bag), *args], check=False,
                          capture_output=True, text=True, cwd=bag.parent)


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real bag from seal → submit → fetch → open → export-bag, and the keys to pin."""
    tmp = tmp_path_factory.mktemp("verifier")
    arc = tmp / "arc"
    r = _intake("archive", "init", str(arc), "--name", "Tiananmen Testimony Archive", "--classic",
                "--no-passphrase", "--receiver-onion", "e" * 56 + ".onion")
    assert r.returncode == 0, r.stderr
    profile = load_profile(arc / "profile.json")
    form = forms.load_form("self_submission")
    answers = _answers(1, CANARY, publish_text="yes", publish_voice="no", embargo="none")
    assert form.validate(answers) == []
    device = nacl.signing.SigningKey.generate()
    bundle = tmp / "a.tib"
    seal_testimony(profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(AUDIO), len(AUDIO), "audio/flac", "audio")],
                   device, bundle, interviewer_role="witness", captured_at=datetime(2026, 11, 20, 10, 5, 7, tzinfo=UTC))
    fetch_key, custodian = tmp / "fetch.key", tmp / "custodian.key"
    for k in (fetch_key, custodian):
        assert _intake("archive", "custody-key", str(k), "--no-passphrase").returncode == 0
    server = ReceiverServer(arc, read_signing_key(arc / "keys" / "receipt-signing.key", None), Limits()).start()
    try:
        for n in range(2):  # earlier submissions: the inclusion proof is a real path, not an empty one
            other = tmp / f"other{n}.tib"
            seal_testimony(profile, form.id, form.version, _answers(n + 2, f"other {n}", publish_text="no",
                                                                    publish_voice="no", embargo="none"),
                           [], nacl.signing.SigningKey.generate(), other, interviewer_role="witness",
                           captured_at=datetime(2026, 11, 19, 9, 0, tzinfo=UTC))
            client.submit(other, profile, tor=None, insecure_direct_url=server.url)
        client.submit(bundle, profile, tor=None, insecure_direct_url=server.url)
        sc = fetch.StaffClient("127.0.0.1", server.port, staff_token(arc))
        fetch.fetch(arc, sc, profile.receipt_public_key, read_signing_key(fetch_key, None))
    finally:
        server.stop()
    sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
    tib = arc / "incoming" / f"{sha}.tib"
    opened, bag = tmp / "opened", tmp / "bag"
    r = _intake("open", str(tib), "--key", str(arc / "keys" / "content.key"), "--key",
                str(arc / "keys" / "identity.key"), "--out", str(opened), "--custody-key", str(custodian))
    assert r.returncode == 0, r.stderr
    r = _intake("export-bag", str(opened), "--out", str(bag), "--custody-key", str(custodian), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    pins = ["--device-key", b64(bytes(device.verify_key)), "--receipt-key", b64(profile.receipt_public_key)]
    for k in (fetch_key, custodian):
        pins += ["--custody-key", b64(bytes(read_signing_key(k, None).verify_key))]
    return {"bag": bag, "sha": sha, "pins": pins, "arc": arc, "tib": tib, "custodian": custodian}


def _copy(chain: dict[str, Any], tmp_path: Path) -> Path:
    out = tmp_path / "bag"
    shutil.copytree(chain["bag"], out)
    return out


def _regenerate(bag_dir: Path) -> None:
    """What an attacker with file access does after a change: new BagIt manifests."""
    bagit.Bag(str(bag_dir)).save(manifests=True)
    assert subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(bag_dir)],
                          capture_output=True, check=False).returncode == 0  # bagit.py is fooled


def test_the_verifier_accepts_a_real_bag_and_names_what_it_checked(chain: dict[str, Any]) -> None:
    r = _verify(chain["bag"], *chain["pins"])
    assert r.returncode == 0, r.stdout
    assert "RESULT: all checks passed" in r.stdout and "FAIL" not in r.stdout
    assert "content: audio/" in r.stdout and "as signed" in r.stdout
    assert f"submission: {chain['sha']}.tib" in r.stdout and "included in the signed checkpoint" in r.stdout
    assert "custody log: 10 records chained and signed" in r.stdout
    assert "NOTE" not in r.stdout  # every key pinned
    unpinned = _verify(chain["bag"])  # without pins: passes, and says what was not pinned
    assert unpinned.returncode == 0 and unpinned.stdout.count("NOTE") == 3
    assert CANARY not in r.stdout + unpinned.stdout  # the identity side's values are not printed


def test_an_edited_answer_is_rejected(chain: dict[str, Any], tmp_path: Path) -> None:
    """Attack 4 (after export): SAW → RUMOUR in the bag, BagIt manifests regenerated."""
    bag = _copy(chain, tmp_path)
    answers = bag / "data" / "objects" / "content" / "answers.json"
    text = answers.read_text(encoding="utf-8")
    assert '"SAW"' in text
    answers.write_text(text.replace('"SAW"', '"RUMOUR"'), encoding="utf-8")
    _regenerate(bag)
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 1 and "FAIL  content: answers.json: not the file the device signed" in r.stdout


def test_swapped_audio_with_regenerated_manifests_is_rejected(chain: dict[str, Any], tmp_path: Path) -> None:
    """Attack 1: the audio is replaced by another of the same size; bagit.py says valid."""
    bag = _copy(chain, tmp_path)
    audio = next((bag / "data" / "objects" / "content" / "audio").iterdir())
    swapped = bytearray(audio.read_bytes())
    swapped[-2] ^= 0x55  # same size, another sample
    audio.write_bytes(bytes(swapped))
    _regenerate(bag)
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 1 and "not the file the device signed" in r.stdout


def _records(bag: Path) -> list[dict[str, Any]]:
    log = bag / "data" / "metadata" / custody.LOG_NAME
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_records(bag: Path, records: list[dict[str, Any]]) -> None:
    (bag / "data" / "metadata" / custody.LOG_NAME).write_text(
        "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records), encoding="utf-8")


def test_a_falsified_custody_record_is_rejected(chain: dict[str, Any], tmp_path: Path) -> None:
    """Attack 3: record 2 says the bundle came from another host."""
    bag = _copy(chain, tmp_path)
    records = _records(bag)
    records[1]["body"]["detail"]["source"] = "10.0.0.99"
    _write_records(bag, records)
    _regenerate(bag)
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 1 and "custody log record 2 (transfer): hash mismatch" in r.stdout


def test_a_custody_log_re_signed_with_a_fresh_key_is_rejected(chain: dict[str, Any], tmp_path: Path) -> None:
    """Attack 2: the whole log re-signed end to end by a key of the attacker's choosing, one
    record dropped: it chains and verifies by itself; the archive's pinned keys refuse it."""
    bag = _copy(chain, tmp_path)
    forger = nacl.signing.SigningKey.generate()
    prev, out = custody.GENESIS, []
    for seq, record in enumerate([r for r in _records(bag) if r["body"]["type"] != "transfer"], 1):
        body = dict(record["body"], seq=seq, prev=prev, agent=signing.key_id(bytes(forger.verify_key)),
                    agent_key=b64(bytes(forger.verify_key)))
        digest = hashlib.sha256(signing.canonical(body)).hexdigest()
        out.append({"body": body, "hash": digest, "sig": b64(signing.sign(forger, custody.DOMAIN, body))})
        prev = digest
    _write_records(bag, out)
    _regenerate(bag)
    assert custody.verify_log(bag / "data" / "metadata")  # the project's own check, unpinned, accepts it
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 1 and "record 1 (receipt): signed by a key not given with --custody-key" in r.stdout


def test_a_manifest_re_signed_by_another_device_is_rejected(chain: dict[str, Any], tmp_path: Path) -> None:
    """Attack 5: an asserted capture time, the manifest re-signed with a fresh device key."""
    bag = _copy(chain, tmp_path)
    other = nacl.signing.SigningKey.generate()
    for side in ("content", "identity"):
        path = bag / "data" / "objects" / side / "manifest.json"
        body = json.loads(path.read_bytes())
        del body["signature"]
        body["captured"]["started"] = "2019-01-01T00:00:00+08:00"
        body["device_public_key"] = b64(bytes(other.verify_key))
        body["signature"] = b64(signing.sign(other, SIGNATURE_DOMAIN, {k: v for k, v in body.items()
                                                                      if k != "signature"}))
        path.write_bytes(signing.canonical(body))
    _regenerate(bag)
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 1 and "signed by a device key not given with --device-key" in r.stdout


def test_a_swapped_submission_or_receipt_is_rejected(chain: dict[str, Any], tmp_path: Path) -> None:
    bag = _copy(chain, tmp_path)
    tib = bag / "data" / "objects" / "submission" / f"{chain['sha']}.tib"
    data = bytearray(tib.read_bytes())
    data[-1] ^= 1
    tib.write_bytes(bytes(data))
    _regenerate(bag)
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 1 and "the receipt names another file" in r.stdout
    bag2 = _copy(chain, tmp_path / "2")
    receipt = bag2 / "data" / "objects" / "submission" / f"{chain['sha']}.receipt.json"
    proof = json.loads(receipt.read_text())
    assert len(proof["inclusion_proof"]) == 1  # entry 2 of 3
    proof["inclusion_proof"] = [b64(hashlib.sha256(b"forged").digest())]
    receipt.write_text(json.dumps(proof))
    _regenerate(bag2)
    r = _verify(bag2, *chain["pins"])
    assert r.returncode == 1 and "FAIL  submission" in r.stdout


def test_the_verifier_imports_nothing_from_the_project() -> None:
    """Independence: standard library and ``cryptography`` only (an expert can check this line)."""
    tree = ast.parse(VERIFIER.read_text(encoding="utf-8"))
    roots = {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    roots |= {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert roots - {"__future__", "cryptography"} <= set(sys.stdlib_module_names), roots
    assert not roots & {"intake_crypto", "intake_app", "intake_forms", "nacl", "tests"}


def test_the_aip_has_the_archivematica_layout_and_the_submission(chain: dict[str, Any]) -> None:
    bag = chain["bag"]
    tree = sorted(p.relative_to(bag).as_posix() for p in bag.rglob("*") if p.is_file())
    objects = [p for p in tree if p.startswith("data/")]
    assert all(p.startswith(("data/objects/", "data/metadata/")) for p in objects), objects
    for name in ("premis.xml", "metadata.csv", "rights.csv", "custody.log"):
        assert f"data/metadata/{name}" in tree
    sha = chain["sha"]
    for name in (f"{sha}.tib", f"{sha}.receipt.json", "profile.json"):
        assert f"data/objects/submission/{name}" in tree
    assert (bag / "data" / "objects" / "submission" / f"{sha}.tib").read_bytes() == chain["tib"].read_bytes()
    assert subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(bag)], capture_output=True,
                          check=False).returncode == 0
    # premis.xml: valid (LoC schema and our profile); originalName names the files in the bag.
    xml = (bag / "data" / "metadata" / "premis.xml").read_bytes()
    assert premis.validate(xml) == []
    ns = {"p": premis.NS}
    doc = etree.fromstring(xml)
    names = [e.text for e in doc.iterfind("p:object/p:originalName", ns)]
    assert names and all(n in tree for n in names), names
    assert {n for n in objects if n.startswith(("data/objects/content/", "data/objects/identity/",
                                                 "data/objects/submission/"))
            and not n.endswith("manifest.json")} == set(names)
    # The receipt time, signed by the receiver, is the receipt event's time (trusted anchor).
    proof = SubmissionProof.from_json(json.loads((chain["arc"] / "incoming" / f"{sha}.receipt.json").read_text()))
    received = open_receipt(proof.receipt_note, load_profile(chain["arc"] / "profile.json").receipt_public_key).received
    receipt_event = next(e for e in doc.iterfind("p:event", ns) if e.findtext("p:eventType", namespaces=ns) == "receipt")
    # A version-2 receipt states the day only: recorded as such, never as a made-up time.
    assert len(received) == 10
    anchor = [d.text or "" for d in receipt_event.iterfind(".//p:eventDetail", ns) if premis.TIME_ANCHOR in (d.text or "")]
    assert len(anchor) == 1 and anchor[0].startswith(f"received={received};")
    # Rights from the consent scopes, in PREMIS and in rights.csv.
    acts = {e.findtext("p:rightsGranted/p:act", namespaces=ns): e.findtext("p:rightsGranted/p:restriction",
                                                                           namespaces=ns)
            for e in doc.iterfind("p:rights/p:rightsStatement", ns)}
    assert acts["publish_text"] == "Allow" and acts["publish_voice"] == "Disallow"
    with open(bag / "data" / "metadata" / "rights.csv", encoding="utf-8", newline="") as fh:
        rows = {row["grant_act"]: row for row in csv.DictReader(fh)}
    assert rows["publish_voice"]["grant_restriction"] == "Disallow" and rows["publish_text"]["basis"] == "Donor"
    assert all(row["file"] == "data/objects" for row in rows.values())
    with open(bag / "data" / "metadata" / "metadata.csv", encoding="utf-8", newline="") as fh:
        (dc,) = list(csv.DictReader(fh))
    assert dc["filename"] == "data/objects" and dc["dc.identifier"].startswith("urn:uuid:")
    assert CANARY not in "".join((bag / "data" / "metadata" / n).read_text(encoding="utf-8")
                                 for n in ("premis.xml", "metadata.csv", "rights.csv"))


def test_fixity_appends_its_event_to_premis_and_the_verifier_still_accepts(chain: dict[str, Any],
                                                                           tmp_path: Path) -> None:
    bag = _copy(chain, tmp_path)
    r = _intake("fixity", str(bag), "--custody-key", str(chain["custodian"]), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    xml = (bag / "data" / "metadata" / "premis.xml").read_bytes()
    assert premis.validate(xml) == []
    types = [e.text for e in etree.fromstring(xml).iterfind("p:event/p:eventType", {"p": premis.NS})]
    assert types[-2:] == ["export", "fixity check"]
    assert subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(bag)], capture_output=True,
                          check=False).returncode == 0
    r = _verify(bag, *chain["pins"])
    assert r.returncode == 0 and "custody log: 11 records" in r.stdout, r.stdout


def test_fixity_fails_on_a_swapped_submission_with_regenerated_manifests(chain: dict[str, Any],
                                                                         tmp_path: Path) -> None:
    bag = _copy(chain, tmp_path)
    tib = bag / "data" / "objects" / "submission" / f"{chain['sha']}.tib"
    data = bytearray(tib.read_bytes())
    data[100] ^= 1
    tib.write_bytes(bytes(data))
    _regenerate(bag)
    r = _intake("fixity", str(bag), "--custody-key", str(chain["custodian"]), "--no-passphrase")
    assert r.returncode != 0 and "submission as received" in r.stderr
    assert custody.verify_log(bag / "data" / "metadata")[-1].outcome == "failure"


def test_content_and_identity_become_separate_aips(chain: dict[str, Any], tmp_path: Path) -> None:
    opened = chain["bag"].parent / "opened"
    infos = {}
    for side in ("content", "identity"):
        out = tmp_path / side
        r = _intake("export-bag", str(opened), "--out", str(out), "--side", side, "--custody-key",
                    str(chain["custodian"]), "--no-passphrase")
        assert r.returncode == 0, r.stderr
        sides = {p.name for p in (out / "data" / "objects").iterdir() if p.is_dir()}
        # The receipt (log index, day) never goes into the identity AIP (issue 18, F2).
        assert sides == ({side, "submission"} if side == "content" else {side})
        infos[side] = bagit.Bag(str(out)).info
        verified = _verify(out, *chain["pins"])
        assert verified.returncode == 0, verified.stdout
        r = _intake("fixity", str(out), "--custody-key", str(chain["custodian"]), "--no-passphrase")
        assert r.returncode == 0, r.stderr
        xml = (out / "data" / "metadata" / "premis.xml").read_bytes()
        # Rights kept after fixity; the content manifest's consent (an embargo date) never in the identity AIP.
        assert premis.validate(xml) == [] and (b"publish_voice" in xml) == (side == "content")
        assert _verify(out, *chain["pins"]).returncode == 0
    assert infos["content"]["External-Identifier"] != infos["identity"]["External-Identifier"]
    # Issue 18 item 1: the identity AIP names no bundle (id, SHA-256) and shares no id with the content AIP
    # but the link id inside the signed manifests; its custody log is its own and names the identity manifest.
    bundle_id = str(infos["content"]["DC-Identifier"])
    identity_bytes = b"".join(p.read_bytes() for p in (tmp_path / "identity").rglob("*") if p.is_file())
    for secret in (bundle_id, chain["sha"], str(infos["content"]["External-Identifier"])):
        assert secret.encode() not in identity_bytes
    assert str(infos["identity"]["Bag-Group-Identifier"]).startswith("intake-identity:sha256:")
    assert "custody log names the identity manifest" in _verify(tmp_path / "identity", *chain["pins"]).stdout


def test_premis_names_pronom_formats_found_by_signature(chain: dict[str, Any]) -> None:
    """FLAC (fmt/279) and the sealed bundle (a tar: x-fmt/265) by byte signature; JSON, which
    PRONOM knows by extension only, gets no PUID rather than a wrong one."""
    ns = {"p": premis.NS}
    doc = etree.fromstring((chain["bag"] / "data" / "metadata" / "premis.xml").read_bytes())
    puids = {o.findtext("p:originalName", namespaces=ns):
             o.findtext("p:objectCharacteristics/p:format/p:formatRegistry/p:formatRegistryKey", namespaces=ns)
             for o in doc.iterfind("p:object", ns) if o.find("p:originalName", ns) is not None}
    flac = [v for k, v in puids.items() if k.endswith(".flac")]
    assert flac == ["fmt/279"], puids
    assert puids[f"data/objects/submission/{chain['sha']}.tib"] == "x-fmt/265"
    assert puids["data/objects/content/answers.json"] is None
