# SPDX-License-Identifier: GPL-3.0-or-later
"""Trust anchors in the GUI (issue 19; security review F3 and F4).

F3: the profile confirmed by phone is pinned inside the encrypted store. A file swapped at the
path it came from (another archive's profile, same name) is never used: after a restart the app
says plainly that the file changed, keeps the confirmed archive, and the bundle it seals opens
with the ORIGINAL archive's identity key, never with the attacker's.

F4: a profile whose name draws a fake "Fingerprint:" line is refused with a plain message, and
every label that shows a profile's name or fingerprint is plain text (never markup).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import PASSPHRASE


def _error_box(window: Any) -> Any:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "errorBox" and widget.isVisible():
            return widget
    return window.findChild(object, "errorBox")


def _restart_and_unlock(qtbot: Any, make_window: Any, old: Any) -> Any:
    """Quit (lock and close the window), then start the app again and unlock it by typing."""
    old._drop_mode_page()
    old.controller.lock()
    old.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    return window


def test_a_profile_file_swapped_after_confirmation_is_never_used(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path, capfd) -> None:
    import intake_crypto as crypto
    from intake_app.archive.setup import create_archive
    from intake_app.gui.controllers.settings import GuiSettings
    from intake_app.sealing import service as bundle_service
    from tests.gui.flows import finalised_interview, first_run_with_profile

    real = create_archive(tmp_path / "real", "Witness Archive", passphrase=None, receiver_onion="")
    attacker = create_archive(tmp_path / "evil", "Witness Archive", passphrase=None, receiver_onion="")
    real_fp, evil_fp = str(real.profile.fingerprint()), str(attacker.profile.fingerprint())
    assert real_fp != evil_fp
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    picked = downloads / "archive-profile.json"
    shutil.copyfile(real.profile_path, picked)

    window = make_window()
    first_run_with_profile(qtbot, window, picked, real_fp)
    # The plaintext settings file does not say which archive (or where its profile was).
    assert str(picked) not in GuiSettings.file().read_text(encoding="utf-8")

    # Someone with access to the user's files swaps the profile at that path.
    shutil.copyfile(attacker.profile_path, picked)
    window = _restart_and_unlock(qtbot, make_window, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=60000)
    qtbot.waitUntil(lambda: _error_box(window) is not None and _error_box(window).isVisible(), timeout=10000)
    box = _error_box(window)
    assert "changed after you confirmed it" in box.text() and str(picked) in box.text()
    assert real_fp in box.informativeText() and "does not use the changed file" in box.informativeText()
    assert box.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert window.controller.profile_info().fingerprint == real_fp

    # The settings page shows the confirmed archive, not the file's.
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    page.tabs.setCurrentWidget(page.settings)
    assert real_fp in page.settings.archive_current.text() and evil_fp not in page.settings.archive_current.text()
    window.go_home()

    # Seal an interview with an identity answer: it is for the ORIGINAL archive only.
    page = finalised_interview(qtbot, window, capfd, witness="CANARY-PINNED-NAME")
    store = window.controller.store
    entry = store.outbox()[0]
    bundle = tmp_path / "b.tib"
    store.export_bundle(entry.id, bundle)

    def key(archive: Any, name: str) -> Any:
        return crypto.parse_identities((archive.directory / "keys" / f"{name}.key").read_text())[0]

    opened = tmp_path / "opened"
    bundle_service.open_bundle(bundle, [key(real, "content"), key(real, "identity")], opened)
    sealed = [p for p in (opened / "identity").rglob("*") if p.is_file() and p.name != "manifest.json"
              and not p.name.endswith(".json")]
    assert sealed
    names = [crypto.decrypt_bytes(p.read_bytes(), [key(real, "identity")]) for p in sealed]
    assert any(b"CANARY-PINNED-NAME" in v for v in names), [p.name for p in sealed]
    with pytest.raises(crypto.AgeError):
        crypto.decrypt_bytes(sealed[0].read_bytes(), [key(attacker, "identity")])
    with pytest.raises(Exception) as refused:  # the attacker's keys open nothing of it
        bundle_service.verify_bundle(bundle, [key(attacker, "content"), key(attacker, "identity")])
    assert isinstance(refused.value, (crypto.AgeError, crypto.BundleError)), refused.value


def test_a_name_drawing_a_fake_fingerprint_line_is_refused_and_names_are_plain_text(  # type: ignore[no-untyped-def]
        qtbot, demo_window, tmp_path: Path) -> None:
    from intake_app.archive.setup import create_archive
    from tests.fixtures.crafted_profile import crafted_profile

    window = demo_window
    demo_fp = window.controller.profile_info().fingerprint
    evil = create_archive(tmp_path / "evil", "Evil", passphrase=None, receiver_onion="")
    fake = crafted_profile(evil.directory, evil.profile,
                           f"Demo\nFingerprint: {demo_fp}\x1b[8m<b>x</b>", tmp_path / "crafted.json")

    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    page.tabs.setCurrentWidget(page.settings)
    s = page.settings
    s.read_profile_file(str(fake))
    qtbot.waitUntil(lambda: bool(s.archive_message.text()), timeout=60000)
    assert "its name holds line breaks, control characters or markup" in s.archive_message.text()
    assert not s.pending_box.isVisible()
    assert window.controller.profile_info().fingerprint == demo_fp  # nothing changed

    # Every label showing a profile's name or fingerprint is plain text: never markup.
    for label in (s.archive_current, s.new_name, s.new_fingerprint, window.first_run.prof_name,
                  window.first_run.fingerprint, window.modes.profile_label):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def _earlier_version_home(intake_home: Path, profile: Any, path: Path) -> None:
    """A home as an earlier version left it: the store remembers the confirmed fingerprint and
    identity keys, and the plaintext gui.json names the profile file's path."""
    from intake_app.gui.controllers.settings import GuiSettings
    from intake_app.store import Store
    from intake_app.store.keyslot import TEST_KDF

    store = Store.create(intake_home, PASSPHRASE, kdf=TEST_KDF, with_device_key=True)
    try:
        store.set_profile(profile)
        store.set_setting("profile_json", None)  # earlier versions kept no copy of the profile
    finally:
        store.lock()
    GuiSettings.file().parent.mkdir(parents=True, exist_ok=True)
    GuiSettings.file().write_text(json.dumps({"lang": "en", "profile_path": str(path), "demo": False}),
                                  encoding="utf-8")


@pytest.mark.parametrize("swapped", [False, True], ids=["same-file", "swapped-file"])
def test_an_earlier_versions_profile_path_is_pinned_only_if_it_is_the_confirmed_profile(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path, tmp_path: Path, swapped: bool) -> None:
    from intake_app.archive.setup import create_archive
    from intake_app.gui.controllers.settings import GuiSettings

    real = create_archive(tmp_path / "real", "Witness Archive", passphrase=None, receiver_onion="")
    attacker = create_archive(tmp_path / "evil", "Witness Archive", passphrase=None, receiver_onion="")
    picked = tmp_path / "archive-profile.json"
    shutil.copyfile(real.profile_path, picked)
    _earlier_version_home(intake_home, real.profile, picked)
    if swapped:
        shutil.copyfile(attacker.profile_path, picked)

    window = make_window()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    if not swapped:  # the same file, with the confirmed fingerprint: pinned without a word
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=60000)
        assert window.controller.store.pinned_profile().fingerprint() == real.profile.fingerprint()
        assert _error_box(window) is None or not _error_box(window).isVisible()
    else:  # another archive's profile at that path: not used; the person chooses again
        qtbot.waitUntil(lambda: _error_box(window) is not None and _error_box(window).isVisible(), timeout=60000)
        box = _error_box(window)
        assert "not the one you confirmed" in box.text() and str(picked) in box.text()
        assert window.stack.currentWidget() is window.first_run and window.first_run.pages.currentIndex() == 2
        assert window.controller.store.pinned_profile() is None
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    # Either way the plaintext settings file no longer names the profile's path.
    assert str(picked) not in GuiSettings.file().read_text(encoding="utf-8")
