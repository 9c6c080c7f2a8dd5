# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode end to end with real keys and a real sealed bundle: a custody key created in the
GUI, verify (every check green), a tampered copy (a red check and a plain message), open into a
folder (signed custody events), a BagIt export that the Library of Congress ``bagit`` tool
validates, and a custody log that ``intake archive custody-verify`` accepts."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def sealed(intake_home: Path) -> tuple[Path, Path]:
    """(bundle, demo archive directory): session-record answers sealed to the demo archive."""
    import nacl.signing

    import intake_forms as forms
    from intake_app.archive import demo, profiles
    from intake_app.sealing import service as bundle_service

    profile_path = demo.ensure_demo_archive(intake_home)
    profile = profiles.load_profile(profile_path)
    form = forms.load_form("session_record")
    answers = {
        "session_id": forms.new_ref(), "mode": "field_interview", "interviewer_code": "IV-1",
        "start": {"local": "2026-11-20T10:00", "zone": "Asia/Hong_Kong", "qualifier": "exact"},
        "end": {"local": "2026-11-20T12:00", "zone": "Asia/Hong_Kong", "qualifier": "exact"},
        "place_region": "Hong Kong", "languages": ["YUE"], "interpreter_used": False, "recording": "none",
        "not_recorded_reason": "The witness asked not to be recorded.", "readback": "read_back",
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none", "interviewer_name": "Interviewer Name Canary",
    }
    assert not form.validate(answers)
    bundle = intake_home / "one.tib"
    bundle_service.seal_testimony(profile, form.id, form.version, answers, [], nacl.signing.SigningKey.generate(),
                                  bundle, interviewer_role="interviewer", captured_at=datetime.now(UTC))
    return bundle, profile_path.parent


@pytest.fixture
def page(qtbot, english, intake_home):  # type: ignore[no-untyped-def]
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.widgets.archive import ArchivePage

    app = AppController()
    widget = ArchivePage(app)
    widget.app_controller = app  # for the lock test below
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _verify(qtbot, page: Any, bundle: Path, key: Path) -> Any:  # type: ignore[no-untyped-def]
    page.bundle.setText(str(bundle))
    page.key.setText(str(key))
    page._report = None
    page.verify()
    qtbot.waitUntil(lambda: page._report is not None, timeout=60000)
    return page._report


def _create_custody_key(qtbot, page: Any, path: Path, passphrase: str = "custody pass 1") -> str:  # type: ignore[no-untyped-def]
    page.custody_path.setText(str(path))
    assert page.custody_repeat.isVisibleTo(page)  # no key there yet: a new one needs the passphrase twice
    page.custody_pass.setText(passphrase)
    page.custody_repeat.setText(passphrase)
    page.unlock_custody_key()
    qtbot.waitUntil(lambda: page.controller.custody_info is not None, timeout=60000)
    assert page.custody_pass.text() == "" and page.custody_repeat.text() == ""
    assert path.is_file() and passphrase.encode() not in path.read_bytes()
    key_id = str(page.controller.custody_info.key_id)
    assert key_id in page.custody_status.text()
    return key_id


def test_verify_open_and_export(qtbot, page, sealed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bundle, archive = sealed
    _create_custody_key(qtbot, page, tmp_path / "custody.key")
    report = _verify(qtbot, page, bundle, archive / "keys" / "content.key")
    assert report.ok
    assert [page.check_marks[c].objectName() for c in page.check_marks] == ["checkOk"] * 5
    assert "the testimony (content)" in page.summary.text()

    report = _verify(qtbot, page, bundle, archive / "keys" / "identity.key")
    assert report.ok and "the identity" in page.summary.text()

    out = tmp_path / "opened"
    page.key.setText(str(archive / "keys" / "content.key"))
    page._report = None
    page.open_into(str(out))
    qtbot.waitUntil(lambda: page._report is not None, timeout=60000)
    assert page._report.ok and page._report.written_to
    assert page.bag_button.isEnabled()
    assert any("decryption" in page.custody.item(i).text() for i in range(page.custody.count()))
    opened_text = "".join(p.read_text(errors="ignore") for p in out.rglob("*") if p.is_file())
    assert "Interviewer Name Canary" not in opened_text  # identity stays on the identity side

    bag = tmp_path / "bag"
    page.export_bagit(str(bag))
    qtbot.waitUntil(lambda: any("export" in page.custody.item(i).text() for i in range(page.custody.count())),
                    timeout=60000)
    import bagit

    assert bagit.Bag(str(bag)).is_valid()


def test_an_identity_opening_at_the_desk_names_no_bundle(qtbot, page, sealed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 18 item 1: the identity custodian opens the identity side in archive mode and bags it; neither
    the opened folder nor the bag names the bundle id (the sealed file's plaintext) or its SHA-256: the
    report and the custody log name the identity manifest (fails on 1de7913: both named the bundle)."""
    import hashlib
    import json
    import tarfile

    from intake_app.archive import custody

    bundle, archive = sealed
    _create_custody_key(qtbot, page, tmp_path / "custody.key")
    out = tmp_path / "identity"
    page.bundle.setText(str(bundle))
    page.key.setText(str(archive / "keys" / "identity.key"))
    page._report = None
    page.open_into(str(out))
    qtbot.waitUntil(lambda: page._report is not None, timeout=60000)
    assert page._report.ok and page._report.written_to
    bag = tmp_path / "bag"
    page.export_bagit(str(bag))
    qtbot.waitUntil(lambda: any("export" in page.custody.item(i).text() for i in range(page.custody.count())),
                    timeout=60000)
    with tarfile.open(bundle) as tf:
        bundle_id = json.loads(tf.extractfile("BUNDLE").read())["bundle_id"]  # type: ignore[union-attr]
    written = b"".join(p.read_bytes() for root in (out, bag) for p in root.rglob("*") if p.is_file())
    assert b"Interviewer Name Canary" in written  # the check can see: this is the identity side
    for secret in (bundle_id, hashlib.sha256(bundle.read_bytes()).hexdigest()):
        assert secret.encode() not in written
    ident = json.loads((out / "verification.json").read_text(encoding="utf-8"))["identity_manifest"]
    assert {e.object for e in custody.verify_log(out)} == {ident}


def test_tampered_bundle_shows_a_red_check_and_a_plain_message(qtbot, page, sealed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bundle, archive = sealed
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "tampered.tib"
    bad.write_bytes(bytes(data))
    report = _verify(qtbot, page, bad, archive / "keys" / "content.key")
    assert not report.ok
    marks = [page.check_marks[c].objectName() for c in page.check_marks]
    assert "checkBad" in marks
    assert "Traceback" not in page.summary.text() and page.summary.text()


def test_wrong_passphrase_for_a_key_is_said_plainly(qtbot, page, sealed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from intake_crypto.age.keyfile import read_identity_file, write_identity_file

    bundle, archive = sealed
    protected = tmp_path / "protected.key"
    write_identity_file(protected, read_identity_file(archive / "keys" / "content.key", None), "right passphrase")
    page.bundle.setText(str(bundle))
    page.key.setText(str(protected))
    page.passphrase.setText("wrong passphrase")
    page.verify()
    qtbot.waitUntil(lambda: page.findChild(object, "errorBox") is not None, timeout=60000)
    assert page.passphrase.text() == ""  # not kept on screen


def test_the_gui_custody_log_is_signed_and_verifies_with_the_cli(qtbot, page, sealed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bundle, archive = sealed
    # Opening before a custody key is unlocked is refused: the desk does nothing unrecorded.
    out = tmp_path / "opened"
    page.bundle.setText(str(bundle))
    page.key.setText(str(archive / "keys" / "content.key"))
    page.open_into(str(out))
    qtbot.waitUntil(lambda: page.findChild(object, "errorBox") is not None, timeout=60000)
    assert not out.exists() or not any(out.iterdir())
    key_file = tmp_path / "keys" / "custody.key"
    key_id = _create_custody_key(qtbot, page, key_file)
    page.key.setText(str(archive / "keys" / "content.key"))
    page._report = None
    page.open_into(str(out))
    qtbot.waitUntil(lambda: page._report is not None, timeout=60000)
    assert page._report.ok
    bag = tmp_path / "bag"
    page.export_bagit(str(bag))
    qtbot.waitUntil(lambda: any("export" in page.custody.item(i).text() for i in range(page.custody.count())),
                    timeout=60000)
    assert page.custody_verdict.objectName() == "checkOk" and "5 signed events" in page.custody_verdict.text()
    assert not (out / "custody.jsonl").exists()  # the old unsigned log is gone

    def intake(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)

    for log_dir in (out, bag / "data" / "metadata"):
        r = intake("archive", "custody-verify", str(log_dir))
        assert r.returncode == 0, r.stderr
        assert "decryption" in r.stdout and key_id[:12] in r.stdout
    r = intake("archive", "custody-verify", str(bag / "data" / "metadata"), "--continues", str(out))
    assert r.returncode == 0, r.stderr
    # The GUI-made key is the CLI's format: it signs a fixity check with its passphrase.
    (tmp_path / "pass").write_text("custody pass 1\n")
    r = intake("fixity", str(bag), "--custody-key", str(key_file), "--passphrase-file", str(tmp_path / "pass"))
    assert r.returncode == 0, r.stderr
    # A tampered log shows red in the GUI and fails the CLI check.
    log = out / "custody.log"
    log.write_text(log.read_text().replace('"decryption"', '"export"'))
    page._refresh_custody()
    assert page.custody_verdict.objectName() == "checkBad" and "altered" in page.custody_verdict.text()
    assert intake("archive", "custody-verify", str(out)).returncode != 0
    # Locking the app drops the unlocked custody key; openings are refused again.
    page.app_controller.locked.emit()
    assert page.controller.custody_info is None and page.custody_unlock.isEnabled()
    assert page.controller._custody_key is None
