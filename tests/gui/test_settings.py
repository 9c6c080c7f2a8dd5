# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer settings over the real store, audio server and archive profiles: changing the
passphrase (then only the new one unlocks), the panic wipe (nothing left, no canary anywhere),
the microphone choice (kept in the store, used by the recorder, a missing one said plainly),
and replacing the archive profile (new fingerprint confirmed; refused while bundles sealed for
the current archive wait)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.canary import assert_no_canaries, canary, default_roots
from tests.gui import answers
from tests.gui.conftest import PASSPHRASE

pytestmark = pytest.mark.gui

NEW_PASSPHRASE = "a different passphrase 6/4"



def _settings(window):  # type: ignore[no-untyped-def]
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.settings)
    return page


def _unlock(qtbot, window, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen.passphrase.clear()
    qtbot.keyClicks(window.lock_screen.passphrase, passphrase)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)


def test_changed_passphrase_unlocks_and_the_old_one_no_longer_does(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = _settings(window)
    s = page.settings
    # The two new ones differ: said at once, nothing changes.
    qtbot.keyClicks(s.old_pass, PASSPHRASE)
    qtbot.keyClicks(s.new_pass, NEW_PASSPHRASE)
    qtbot.keyClicks(s.new_again, NEW_PASSPHRASE + "x")
    qtbot.mouseClick(s.pass_button, Qt.MouseButton.LeftButton)
    assert "not the same" in s.pass_message.text()
    # A wrong current passphrase: refused by the store, nothing changes.
    s.old_pass.clear()
    s.new_again.clear()
    qtbot.keyClicks(s.old_pass, "not my passphrase")
    qtbot.keyClicks(s.new_again, NEW_PASSPHRASE)
    qtbot.mouseClick(s.pass_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.pass_button.isEnabled() and bool(s.pass_message.text()), timeout=60000)
    assert "does not unlock" in s.pass_message.text() and "Traceback" not in s.pass_message.text()
    # The right one.
    qtbot.keyClicks(s.old_pass, PASSPHRASE)
    qtbot.mouseClick(s.pass_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.pass_button.isEnabled() and bool(s.pass_message.text()), timeout=120000)
    assert "was changed" in s.pass_message.text(), s.pass_message.text()
    assert not s.old_pass.text() and not s.new_pass.text()  # no passphrase left in the widgets

    window.lock_now()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen)
    _unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: "passphrase" in window.lock_screen.message.text().lower(), timeout=60000)
    assert window.stack.currentWidget() is window.lock_screen and not window.controller.is_unlocked
    _unlock(qtbot, window, NEW_PASSPHRASE)
    # Back where the lock found the interviewer: the settings tab.
    qtbot.waitUntil(lambda: window.mode_page is not None
                    and window.mode_page.tabs.currentWidget() is window.mode_page.settings, timeout=120000)
    # The device key (which signs bundles) was re-encrypted too: the unlock loaded it.
    assert window.controller.store.device_key() is not None


def test_panic_wipe_needs_a_deliberate_confirmation_and_leaves_nothing(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home: Path, capfd) -> None:
    from tests.gui.flows import finalised_interview

    start = time.time()
    witness, interviewer = canary("witness"), canary("interviewer")
    window = demo_window
    finalised_interview(qtbot, window, capfd, interviewer=interviewer, witness=witness)
    window.go_home()
    for path in ("store/keyslot.json", "store/store.db", "keys/device.key", "demo-archive/keys/identity.key",
                 "config/gui.json"):
        assert (intake_home / path).exists(), path  # there is something to wipe
    page = _settings(window)
    s = page.settings
    assert not s.wipe_button.isEnabled()
    qtbot.keyClicks(s.wipe_entry, s.wipe_code)
    assert not s.wipe_button.isEnabled()  # the number alone is not enough
    s.wipe_entry.clear()
    s.wipe_understand.setChecked(True)
    assert not s.wipe_button.isEnabled()  # nor the box alone
    wrong = f"{(int(s.wipe_code) + 1) % 10000:04d}"
    qtbot.keyClicks(s.wipe_entry, wrong)
    qtbot.keyClick(s.wipe_entry, Qt.Key.Key_Return)
    assert not s.wipe_button.isEnabled() and window.controller.is_unlocked
    s.wipe_entry.clear()
    qtbot.keyClicks(s.wipe_entry, s.wipe_code)
    assert s.wipe_button.isEnabled()
    qtbot.mouseClick(s.wipe_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run
                    and window.first_run.pages.currentIndex() == 0, timeout=60000)
    assert not window.controller.is_unlocked and window.mode_page is None
    assert window.controller.is_first_run()
    assert list(intake_home.iterdir()) == []  # store, keys, outbox, receipts, settings, demo archive: gone
    assert_no_canaries([witness, interviewer], full=[intake_home], recent=default_roots(), since=start)
    assert not window.bar.lock.isVisible() and not window.bar.demo.isVisible()
    # The app starts again from its first run, as on a fresh computer.
    from tests.gui.conftest import first_run

    first_run(qtbot, window)
    assert window.controller.is_unlocked and window.controller.store.list_testimonies() == []


@pytest.mark.audio
def test_microphone_choice_is_kept_in_the_store_and_used(qtbot, demo_window, pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = _settings(window)
    s = page.settings
    qtbot.waitUntil(lambda: s.mic_combo.count() > 1 and s.mic_rescan.isEnabled(), timeout=30000)
    assert s.mic_combo.currentData() == ""  # the system default until something is chosen
    names = [m.name for m in s.microphones]
    # A named input that is not the system default (the PulseAudio server offers several).
    chosen = next(m.name for m in s.microphones if not m.is_default)
    s.mic_combo.setCurrentIndex(s.mic_combo.findData(chosen))
    qtbot.mouseClick(s.mic_save, Qt.MouseButton.LeftButton)
    assert "Saved" in s.mic_message.text()

    # Kept inside the encrypted store: still chosen after locking and unlocking.
    window.lock_now()
    _unlock(qtbot, window, PASSPHRASE)
    # Back where the lock found the interviewer: the settings tab.
    qtbot.waitUntil(lambda: window.mode_page is not None
                    and window.mode_page.tabs.currentWidget() is window.mode_page.settings, timeout=120000)
    page = window.mode_page
    s = page.settings
    qtbot.waitUntil(lambda: s.mic_combo.count() > 1, timeout=30000)
    assert s.mic_combo.currentData() == chosen, (names, s.mic_combo.currentText())

    # The recorder uses it.
    page.tabs.setCurrentWidget(page.list)
    page.new_interview()
    editor = page.editor
    editor.go(1)
    editor.views[1].set_answers(answers.consent("en"))
    recording_step = next(i for i, st in enumerate(editor.steps) if st.kind == "recording")
    editor.go(recording_step)
    assert editor.current == recording_step, editor.message.text()
    panel = editor.views[recording_step]
    player = pulse.play_sine(tmp_path, 440.0, 20.0)
    try:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.stop_button.isEnabled(), timeout=20000)
        assert panel.input_label.text() == f"Input: {chosen}"
        qtbot.waitUntil(lambda: panel.meter.value() > 30, timeout=20000)  # the sine is heard through it
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.recordings.count() == 1, timeout=30000)
    finally:
        player.terminate()

    # A chosen input that is gone is said plainly, and nothing is recorded.
    window.controller.store.set_setting("audio_input_device", "USB microphone that was unplugged")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(object, "errorBox") is not None, timeout=20000)
    box = panel.findChild(object, "errorBox")
    assert "is not connected" in box.text() and "Settings" in box.informativeText()
    assert panel.record_button.isEnabled() and panel.recordings.count() == 1


def test_replacing_the_archive_shows_the_new_fingerprint_and_waits_for_sealed_bundles(  # type: ignore[no-untyped-def]
        qtbot, demo_window, tmp_path: Path, capfd) -> None:
    from intake_app.archive.setup import create_archive
    from tests.gui.flows import finalised_interview

    window = demo_window
    demo_fp = window.controller.profile_info().fingerprint
    other = create_archive(tmp_path / "other", "Second test archive", passphrase=None, receiver_onion="")
    new_fp = str(other.profile.fingerprint())
    assert new_fp != demo_fp

    page = finalised_interview(qtbot, window, capfd)  # a bundle sealed for the demo archive waits
    page.tabs.setCurrentWidget(page.settings)
    s = page.settings
    assert demo_fp in s.archive_current.text()
    s.read_profile_file(str(other.profile_path))
    qtbot.waitUntil(lambda: s.pending_box.isVisible(), timeout=60000)
    assert s.new_name.text() == "Second test archive" and new_fp in s.new_fingerprint.text()
    assert not s.use_button.isEnabled()  # not before the fingerprint was read with the archive
    s.new_confirm.setChecked(True)
    qtbot.mouseClick(s.use_button, Qt.MouseButton.LeftButton)
    assert "sealed for the current archive" in s.archive_message.text() and ": 1." in s.archive_message.text()
    assert window.controller.profile_info().fingerprint == demo_fp  # nothing changed

    # Send the waiting bundle to the demo archive, then the change goes through.
    page.tabs.setCurrentWidget(page.outbox)
    qtbot.mouseClick(page.outbox.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outbox.table.item(0, 2) is not None
                    and page.outbox.table.item(0, 2).text().startswith("Receipt verified"), timeout=120000)
    page.tabs.setCurrentWidget(page.settings)
    qtbot.mouseClick(s.use_button, Qt.MouseButton.LeftButton)
    assert "From now on" in s.archive_message.text(), s.archive_message.text()
    assert new_fp in s.archive_current.text() and "Second test archive" in s.archive_current.text()
    assert window.controller.profile_info().fingerprint == new_fp
    assert window.controller.store.setting("profile_fingerprint") == new_fp  # new interviews seal for it
    assert not window.bar.demo.isVisible()  # no longer labelled as the demo
    # The outbox now goes over Tor: no longer "sending directly", and Connect can be pressed.
    assert page.outbox.connect_button.isEnabled() and "Not connected" in page.outbox.tor_status.text()
    # Kept across a restart: pinned inside the encrypted store, and the plaintext settings file
    # does not name it (security review F3).
    assert window.controller.store.pinned_profile().fingerprint() == new_fp
    from intake_app.gui.controllers.settings import GuiSettings

    assert str(other.profile_path) not in GuiSettings.file().read_text(encoding="utf-8")


@pytest.mark.audio
def test_96_khz_chosen_in_the_settings_records_96_khz_24_bit(qtbot, demo_window, pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: the quality setting (48 kHz by default, 96 kHz selectable) is kept inside the
    store and the next take is FLAC at 96 kHz / 24-bit, its sealed description saying so."""
    import io

    import soundfile as sf

    window = demo_window
    page = _settings(window)
    s = page.settings
    qtbot.waitUntil(lambda: s.rate_combo.isVisible() and s.rate_combo.height() > 0, timeout=30000)
    assert s.rate_combo.currentData() == "48000" and s.rate_combo.count() == 2  # the default
    s.rate_combo.setFocus()
    qtbot.keyClick(s.rate_combo, Qt.Key.Key_Down)  # as a person picks the next entry
    qtbot.waitUntil(lambda: "Saved" in s.mic_message.text(), timeout=10000)
    assert s.rate_combo.currentData() == "96000"
    assert window.controller.store.setting("audio_samplerate") == "96000"  # in the encrypted store

    page.tabs.setCurrentWidget(page.list)
    page.new_interview()
    editor = page.editor
    editor.go(1)
    editor.views[1].set_answers(answers.consent("en"))
    recording_step = next(i for i, st in enumerate(editor.steps) if st.kind == "recording")
    editor.go(recording_step)
    assert editor.current == recording_step, editor.message.text()
    panel = editor.views[recording_step]
    player = pulse.play_sine(tmp_path, 440.0, 20.0)
    try:
        qtbot.waitUntil(lambda: panel.record_button.isVisible() and panel.record_button.height() > 0, timeout=20000)
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.stop_button.isEnabled(), timeout=20000)
        qtbot.waitUntil(lambda: panel.meter.value() > 30, timeout=20000)  # audio arrives
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.recordings.count() == 1, timeout=30000)
    finally:
        player.terminate()
    store = window.controller.store
    (row,) = store.recordings(editor.interview_id)
    assert (row.info["samplerate"], row.info["bit_depth"], row.info["lossy"]) == (96000, 24, False)
    with store.open_blob(row.blob_id) as blob, sf.SoundFile(io.BytesIO(blob.read())) as f:
        assert (f.format, f.subtype, f.samplerate) == ("FLAC", "PCM_24", 96000) and f.frames > 0
