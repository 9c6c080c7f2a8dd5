# SPDX-License-Identifier: GPL-3.0-or-later
"""Integrity after decryption (issue 21; evidence-review.md §2 attacks 1, 3 and 4, §6 gap 1).

A real ``self_submission`` testimony (the real form, answers it validates) is sealed, opened by a
custodian with the real ``intake`` CLI from the archive's ``incoming/``, and bagged. Then:

- attack 4: the opened folder is edited by hand (``how_known`` SAW → RUMOUR) and ``export-bag``
  is run: it must refuse, record a signed ``export`` failure, and leave no bag;
- attack 1: the audio inside a bag is changed and the BagIt manifests regenerated, so the real
  ``bagit.py --validate`` says valid: ``intake fixity`` must still fail and record the failure;
- attack 3: a custody record inside the bag is falsified and the manifests regenerated:
  ``fixity`` must not sign "success" over the broken chain.

On the code before this test (commit 7d3c4a4) all three passed the project's checks.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import nacl.signing
import pytest

import intake_forms as forms
from intake_app.archive import bag, custody, integrity
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_crypto.age.keyfile import write_identity_file
from tests.archive.test_public_derivative import _answers
from tests.bundle_support import make_archive

BAGIT_CLI = Path(sys.executable).with_name("bagit.py")
AUDIO = b"fLaC" + bytes(range(256)) * 64


def intake(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True,
                          text=True, env=env)


def _sealed(tmp: Path) -> dict[str, Any]:
    """A real self-submission sealed into ARCHIVE/incoming, with the archive's keys on disk."""
    archive = make_archive("classic")
    form = forms.load_form("self_submission")
    answers = _answers(1, "CANARY-NAME 王一明", publish_text="yes", publish_voice="no", embargo="none")
    assert form.validate(answers) == []
    root = tmp / "ARCHIVE"
    (root / "incoming").mkdir(parents=True)
    (root / "profile.json").write_bytes(archive.profile.to_json())
    tib = root / "incoming" / "b.tib"
    seal_testimony(archive.profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(AUDIO), len(AUDIO), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="witness",
                   captured_at=datetime(2026, 11, 20, 10, 5, 7, tzinfo=UTC))
    keys = tmp / "keys"
    keys.mkdir()
    write_identity_file(keys / "content.key", [archive.content_key], None)
    write_identity_file(keys / "identity.key", [archive.identity_key], None)
    custody_key = keys / "custody.key"
    assert intake("archive", "custody-key", str(custody_key), "--no-passphrase").returncode == 0
    return {"tib": tib, "keys": keys, "custody": custody_key, "archive": root}


def _open(case: dict[str, Any], out: Path, sides: tuple[str, ...] = ("content", "identity")) -> Path:
    keys = [a for side in sides for a in ("--key", str(case["keys"] / f"{side}.key"))]
    r = intake("open", str(case["tib"]), *keys, "--out", str(out), "--custody-key", str(case["custody"]))
    assert r.returncode == 0, r.stderr
    return out


def _export(case: dict[str, Any], opened: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return intake("export-bag", str(opened), "--out", str(out), "--custody-key", str(case["custody"]),
                  "--no-passphrase")


@pytest.fixture
def case(tmp_path: Path) -> dict[str, Any]:
    return _sealed(tmp_path)


def test_an_opened_folder_edited_by_hand_is_not_bagged(tmp_path: Path, case: dict[str, Any]) -> None:
    opened = _open(case, tmp_path / "C")
    answers = opened / "content" / "answers.json"
    text = answers.read_text(encoding="utf-8")
    assert '"SAW"' in text
    answers.write_text(text.replace('"SAW"', '"RUMOUR"'), encoding="utf-8")  # attack 4
    r = _export(case, opened, tmp_path / "BAG")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "not what the collecting device signed" in r.stderr and "answers.json" in r.stderr
    assert not (tmp_path / "BAG").exists() or not any((tmp_path / "BAG").iterdir())
    last = custody.verify_log(opened)[-1]
    assert (last.type, last.outcome) == ("export", "failure") and "changed" in last.detail["error"]
    r = intake("archive", "premis", str(opened), "--bundle-id", "x")  # nor described as if intact
    assert r.returncode != 0 and "not what the collecting device signed" in r.stderr
    # The same file restored byte for byte: the export goes through and says so.
    answers.write_text(text, encoding="utf-8")
    r = _export(case, opened, tmp_path / "BAG")
    assert r.returncode == 0, r.stderr
    last = custody.verify_log(opened)[-1]
    assert (last.type, last.outcome) == ("export", "success")


@pytest.mark.parametrize("edit", ["identity", "added", "removed", "manifest"])
def test_every_kind_of_change_to_an_opening_is_refused(tmp_path: Path, case: dict[str, Any], edit: str) -> None:
    opened = _open(case, tmp_path / "C")
    if edit == "identity":  # the witness's name, on the identity side
        target = opened / "identity" / "identity.json"
        target.write_text(target.read_text(encoding="utf-8").replace("王一明", "王二明"), encoding="utf-8")
    elif edit == "added":
        (opened / "content" / "audio" / "extra.flac").write_bytes(AUDIO)
    elif edit == "removed":
        next((opened / "content" / "audio").iterdir()).unlink()
    else:  # the signed manifest itself, edited to fit a changed answer
        m = opened / "content" / "manifest.json"
        m.write_bytes(m.read_bytes().replace(b'"size":', b'"size": ', 1))
    with pytest.raises(integrity.IntegrityError) as info:
        bag.export_bag(opened, tmp_path / "BAG", nacl.signing.SigningKey.generate())
    assert info.value.reason == {"identity": "changed", "added": "unlisted", "removed": "missing",
                                 "manifest": "bad_manifest"}[edit]
    if edit == "identity":
        assert "王" not in str(info.value) and "identity.json" not in str(info.value)  # no identity file names
    assert custody.verify_log(opened)[-1].outcome == "failure"


def _regenerate(bag_dir: Path) -> None:
    """What an insider does after changing a payload file: new BagIt manifests, tag manifests."""
    bagit.Bag(str(bag_dir)).save(manifests=True)


def _bagit_valid(bag_dir: Path) -> bool:
    r = subprocess.run([sys.executable, str(BAGIT_CLI), "--validate", str(bag_dir)], check=False,
                       capture_output=True, text=True)
    return r.returncode == 0


def test_changed_audio_with_regenerated_bag_manifests_fails_fixity(tmp_path: Path, case: dict[str, Any]) -> None:
    opened = _open(case, tmp_path / "C")
    assert _export(case, opened, tmp_path / "BAG").returncode == 0
    b = tmp_path / "BAG"
    r = intake("fixity", str(b), "--custody-key", str(case["custody"]), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    audio = next((b / "data" / "objects" / "content" / "audio").iterdir())
    audio.write_bytes(audio.read_bytes()[:-3] + b"cut")  # attack 1
    _regenerate(b)
    assert _bagit_valid(b), "the attack must pass bagit.py, or this test shows nothing"
    r = intake("fixity", str(b), "--custody-key", str(case["custody"]), "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "FIXITY FAILED" in r.stderr and "not as the device signed it" in r.stderr
    last = custody.verify_log(b / "data" / "metadata")[-1]
    assert (last.type, last.outcome) == ("fixity check", "failure")
    with pytest.raises(bag.FixityError):
        bag.fixity(b)  # without a custody key too


def test_fixity_never_signs_success_over_a_falsified_custody_record(tmp_path: Path, case: dict[str, Any]) -> None:
    opened = _open(case, tmp_path / "C")
    assert _export(case, opened, tmp_path / "BAG").returncode == 0
    b = tmp_path / "BAG"
    log = custody.log_path(b / "data" / "metadata")
    lines = log.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    record["body"]["detail"]["source"] = "10.0.0.99"  # attack 3
    log.write_text("\n".join([lines[0], json.dumps(record), *lines[2:]]) + "\n", encoding="utf-8")
    _regenerate(b)
    assert _bagit_valid(b)
    r = intake("fixity", str(b), "--custody-key", str(case["custody"]), "--no-passphrase")
    assert r.returncode != 0 and "record 2" in r.stderr
    after = [json.loads(line)["body"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert not any(b["type"] == "fixity check" and b["outcome"] == "success" for b in after)
