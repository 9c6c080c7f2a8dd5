# SPDX-License-Identifier: GPL-3.0-or-later
"""Device enrolment in the interviewer's settings (issue 19 item 3), through real widgets.

The settings page shows this device's public key (to give to the archive) and says plainly that
the device is not enrolled; the archive enrols it offline with ``intake archive enrol`` (run as
the archive would, in another process); the interviewer imports the file through the app's file
dialog; the page then says "enrolled ... as interviewer IV-07", and a new interview's session
record shows IV-07 as its interviewer code, read-only. An enrolment signed by another archive
is refused with a plain message and changes nothing. Run against a real archive's profile (the
local demo archive enrols this device by itself: tests/gui/test_demo_enrolment.py): choosing a
real archive enrols nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nacl.signing
import pytest
from PySide6.QtCore import Qt

from intake_app.archive import demo
from intake_crypto.bundle import enrolment as enrolments
from intake_crypto.bundle.signing import unb64
from tests.gui.test_file_dialogs import _answer_dialog_with

pytestmark = pytest.mark.gui


def _real_archive_window(qtbot, make_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window past the first run with a real archive's profile (keys without a passphrase, so
    the test can enrol as the archive would); returns (window, archive folder)."""
    from intake_app.archive.setup import create_archive
    from tests.gui.flows import first_run_with_profile

    created = create_archive(tmp_path / "archive", "Field archive", passphrase=None)
    window = make_window()
    first_run_with_profile(qtbot, window, created.profile_path, str(created.profile.fingerprint()))
    return window, Path(created.profile_path).parent


def _settings(window):  # type: ignore[no-untyped-def]
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)
    return page


def test_enrol_this_device_and_the_interviewer_code_is_fixed(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, archive = _real_archive_window(qtbot, make_window, tmp_path)
    page = _settings(window)
    s = page.settings
    qtbot.waitUntil(lambda: s.enrol_button.isVisible() and s.enrol_button.height() > 0, timeout=10000)
    public = s.device_key.text()
    assert len(unb64(public, 32)) == 32
    assert "not enrolled" in s.enrol_state.text()

    # Another archive's enrolment of this very key: refused, plainly, nothing kept.
    fake = tmp_path / "fake.enrolment"
    fake.write_bytes(enrolments.enrol(nacl.signing.SigningKey.generate(), unb64(public, 32), "IV-01").to_json())
    _answer_dialog_with(fake, [])
    qtbot.mouseClick(s.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(s.enrol_message.text()), timeout=10000)
    assert "another archive" in s.enrol_message.text() and "Traceback" not in s.enrol_message.text()
    assert "intake " not in s.enrol_message.text()  # no command lines in the GUI
    assert "not enrolled" in s.enrol_state.text()

    # The archive (its keys have no passphrase here) enrols the key offline.
    enrolment = tmp_path / "iv07.enrolment"
    r = subprocess.run([sys.executable, "-m", "intake_app", "archive", "enrol",
                        "--archive", str(archive), "--device-key", public,
                        "--interviewer-code", "IV-07", "--out", str(enrolment), "--no-passphrase"],
                       check=False, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    _answer_dialog_with(enrolment, [])
    qtbot.mouseClick(s.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "IV-07" in s.enrol_state.text(), timeout=10000)
    assert "Enrolled as interviewer IV-07" in s.enrol_message.text()

    # A new interview: the session record's interviewer code is IV-07 and cannot be typed over.
    page = window.open_mode("interviewer")
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    view = page.editor.views[0]
    code = view.editor("interviewer_code")
    assert code.get() == "IV-07"
    assert code.widget.isReadOnly()
    code.widget.setFocus()
    qtbot.keyClicks(code.widget, "X")
    assert code.get() == "IV-07"


def test_enrol_this_device_from_a_picture_of_the_archives_qr_code(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Enrolment offline by QR (issue 19 item 3): the archive draws the enrolment as a QR code
    (``intake archive enrol --qr``); the interviewer picks the picture in the same file dialog."""
    window, archive = _real_archive_window(qtbot, make_window, tmp_path)
    page = _settings(window)
    s = page.settings
    qtbot.waitUntil(lambda: s.enrol_button.isVisible() and s.enrol_button.height() > 0, timeout=10000)
    public = s.device_key.text()
    # A picture with no QR code at all: a plain message, nothing kept.
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (200, 200), 255).save(blank)
    _answer_dialog_with(blank, [])
    qtbot.mouseClick(s.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(s.enrol_message.text()), timeout=10000)
    assert "No enrolment QR code" in s.enrol_message.text() and "intake " not in s.enrol_message.text()
    assert "not enrolled" in s.enrol_state.text()

    picture = tmp_path / "iv08.png"
    r = subprocess.run([sys.executable, "-m", "intake_app", "archive", "enrol",
                        "--archive", str(archive), "--device-key", public,
                        "--interviewer-code", "IV-08", "--qr", str(picture), "--no-passphrase"],
                       check=False, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    _answer_dialog_with(picture, [])
    qtbot.mouseClick(s.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "IV-08" in s.enrol_state.text(), timeout=10000)
    assert "Enrolled as interviewer IV-08" in s.enrol_message.text()


def test_the_archive_desk_says_enrolled_device_or_unknown_device(qtbot, english, intake_home: Path) -> None:  # type: ignore[no-untyped-def]
    """The archive desk (real ArchivePage) on bundles fetched into the demo archive's incoming/:
    one sealed by an enrolled device says "Sealed by enrolled device IV-07"; one sealed by a fresh
    key is an unknown device and never "All checks passed"."""
    from datetime import UTC, datetime

    import intake_forms as forms
    from intake_app.archive import profiles
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.widgets.archive import ArchivePage
    from intake_app.sealing import service as bundle_service
    from intake_crypto.bundle.signing import read_signing_key
    from tests.gui import answers
    from tests.gui.test_archive_mode import _verify

    profile_path = demo.ensure_demo_archive(intake_home)
    archive = profile_path.parent
    profile = profiles.load_profile(profile_path)
    (archive / "incoming").mkdir(exist_ok=True)
    device = nacl.signing.SigningKey.generate()
    enrolment = enrolments.enrol(read_signing_key(archive / "keys" / "profile-signing.key", None),
                                 bytes(device.verify_key), "IV-07")
    form = forms.load_form("session_record")
    bundles = {}
    for name, key, enrolled in (("enrolled", device, enrolment), ("fresh", nacl.signing.SigningKey.generate(), None)):
        bundles[name] = archive / "incoming" / f"{name}.tib"
        bundle_service.seal_testimony(profile, form.id, form.version,
                                      {**answers.session_record("IV name"), "session_id": forms.new_ref()}, [], key,
                                      bundles[name], interviewer_role="interviewer", captured_at=datetime.now(UTC),
                                      enrolment=enrolled)
    page = ArchivePage(AppController())
    qtbot.addWidget(page)
    page.show()
    report = _verify(qtbot, page, bundles["enrolled"], archive / "keys" / "content.key")
    assert report.ok and report.device["status"] == "enrolled"
    assert "All checks passed. Sealed by enrolled device IV-07." in page.summary.text()
    report = _verify(qtbot, page, bundles["fresh"], archive / "keys" / "content.key")
    assert report.ok and report.device["status"] == "unknown"
    assert "unknown device" in page.summary.text() and "All checks passed" not in page.summary.text()
