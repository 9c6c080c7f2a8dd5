# SPDX-License-Identifier: GPL-3.0-or-later
"""What a preservation bag claims, checked with independent tools (issue 21; evidence-review.md
§1.8 R-AR-3, R-AR-5, R-AR-6, §5, §6 gap 8).

A real ``self_submission`` testimony is sealed into the archive's ``incoming/``, opened by two
custodians (content key only, identity key only) with the real ``intake`` CLI, and each opening
is bagged with ``intake export-bag``. Then: ``bagit.txt`` declares BagIt 1.0 and the real
``bagit.py --validate`` accepts it; ``Source-Organization`` is the archive's name from its
profile (never the software's); each bag has its own identifier; ``premis.xml`` validates
against the official LoC PREMIS 3.0 schema and our profile, types its agents (person, software,
organization) and has one file object per payload file whose size and SHA-256 are those
``sha256sum`` computes from the file in the bag, and whose format is its media type.
On commit 7d3c4a4: ``BagIt-Version: 0.97``, ``Source-Organization: Testimony Intake``, the
identity bag's ``External-Identifier: intake-bundle:``, every agent ``person``, no file object.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import bagit
from lxml import etree

from intake_app.archive import premis
from tests.archive.test_signed_integrity import BAGIT_CLI, _open, _sealed, intake

NS = {"p": premis.NS}


def _bag(case: dict[str, Any], opened: Path, out: Path, *extra: str) -> Path:
    r = intake("export-bag", str(opened), "--out", str(out), "--custody-key", str(case["custody"]),
               "--no-passphrase", *extra)
    assert r.returncode == 0, r.stderr
    return out


def _sha256sum(path: Path) -> str:
    return subprocess.run(["sha256sum", str(path)], check=True, capture_output=True, text=True).stdout.split()[0]


def test_preservation_bags_claim_only_what_holds(tmp_path: Path) -> None:
    case = _sealed(tmp_path)
    content = _bag(case, _open(case, tmp_path / "C", ("content",)), tmp_path / "BAG-C",
                   "--archive", str(case["archive"]))
    identity = _bag(case, _open(case, tmp_path / "I", ("identity",)), tmp_path / "BAG-I")  # name from the opening
    ids = set()
    for b in (content, identity):
        assert (b / "bagit.txt").read_text(encoding="utf-8") == \
            "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
        r = subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(b)], check=False,
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        info = bagit.Bag(str(b)).info
        assert info["Source-Organization"] == "Test archive"  # the profile's name (tests/bundle_support.py)
        assert str(info["External-Identifier"]).startswith("urn:uuid:")
        ids.add(str(info["External-Identifier"]))
        report = json.loads((b / "data" / "objects" / "verification.json").read_text(encoding="utf-8"))
        if b == content:
            bundle_id = report["bundle_id"]
            assert info["DC-Identifier"] == bundle_id and info["Bag-Group-Identifier"] == f"intake-bundle:{bundle_id}"
        else:  # an identity AIP names its identity manifest, never the bundle (issue 18 item 1)
            assert "bundle_id" not in report and "bundle_sha256" not in report
            assert info["DC-Identifier"] == info["Bag-Group-Identifier"] == report["identity_manifest"]

        xml = (b / "data" / "metadata" / "premis.xml").read_bytes()
        assert premis.validate(xml) == []  # the LoC PREMIS 3.0 XSD and our profile
        doc = etree.fromstring(xml)
        kinds = {a.findtext("p:agentIdentifier/p:agentIdentifierType", namespaces=NS): a.findtext("p:agentType", namespaces=NS)
                 for a in doc.iterfind("p:agent", NS)}
        assert kinds == {"intake-ed25519-key-id": "person", "intake-software": "software",
                         "intake-archive-name": "organization"}
        files = {o.findtext("p:objectIdentifier/p:objectIdentifierValue", namespaces=NS): o
                 for o in doc.iterfind("p:object", NS)
                 if o.get("{http://www.w3.org/2001/XMLSchema-instance}type") == "premis:file"}
        side = "content" if b == content else "identity"
        signed = json.loads((b / "data" / "objects" / side / "manifest.json").read_text(encoding="utf-8"))["files"]
        assert sorted(files) == sorted(f"{side}/{f['path']}" for f in signed) and files
        for f in signed:
            obj, on_disk = files[f"{side}/{f['path']}"], b / "data" / "objects" / side / f["path"]
            chars = obj.find("p:objectCharacteristics", NS)
            assert chars is not None
            assert chars.findtext("p:size", namespaces=NS) == str(on_disk.stat().st_size)
            assert chars.findtext("p:fixity/p:messageDigest", namespaces=NS) == _sha256sum(on_disk)
            assert chars.findtext("p:format/p:formatDesignation/p:formatName", namespaces=NS) == f["media_type"]
        if side == "content":
            assert "Sound" in str(info["DC-Type"]) and "audio/flac" in str(info["DC-Format"])
        else:
            assert info["DC-Type"] == "Text" and "audio" not in str(info["DC-Format"])
    assert len(ids) == 2  # the content and the identity AIP each have their own identifier
