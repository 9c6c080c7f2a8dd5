# SPDX-License-Identifier: GPL-3.0-or-later
"""Witness mode (issue 17, usability-review step 3 and problems 6, 7), driven through the real
widgets of the real main window:

- from the first screen of an empty home ("Give my own testimony"): no passphrase, no profile
  import by the witness, the demo archive chosen in the wizard, nothing remembered;
- from the interviewer's mode chooser: the interviewer's session is locked first and the lock
  screen is what remains afterwards, never the unlocked chooser.

Each journey: consent one scope per screen (R-CS-5), each choice on the summary, one changed
there, the sealed consent read back at the archive (no interviewer notes, no ISO time to type, no
reference codes), a short recording from the private PulseAudio server, a photo with EXIF GPS
and a hidden camera text dropped on the attachments panel, the summary, sending to the local
demo archive, the receipt code typed back, and then a canary scan: nothing the witness typed
or said is anywhere in INTAKE_HOME or the temp, RAM and cache directories.
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import pytest
import soundfile
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from intake_app.gui.controllers.self_submit import WITNESS_CONSENT_SCREENS, _depends_on
from tests.fixtures.canary import assert_no_canaries, canary, default_roots
from tests.gui.test_file_dialogs import qt_settings_dir  # noqa: F401 - a fixture shared with that module

pytestmark = [pytest.mark.gui]

INTERVIEWER_WORDS = ("Murad", "Boston College", "Understanding check", "Ask for example", "Replaces consent",
                     "32 letters", "Consent given at", "Read this aloud", "Read the withdrawal text",
                     "Rape", "sexual violence")


def _texts(widget: QWidget) -> str:
    """Every text a person can see on a page (labels, buttons, list and combo entries)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

    out = []
    for w in widget.findChildren(QWidget):
        if not w.isVisibleTo(widget):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
    return "\n".join(out)


def _photo(directory: Path, secret: str) -> Path:
    from PIL import Image

    directory.mkdir()
    photo = directory / "Zhang family, June 1989.jpg"
    exif = Image.Exif()
    exif[0x013B] = secret  # Artist: a hidden name in the camera data
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 30.0)})  # Tiananmen Square
    logging.disable(logging.DEBUG)  # the test's own camera (PIL) would log the secret it writes
    try:
        Image.new("RGB", (64, 48), (200, 30, 30)).save(photo, exif=exif.tobytes())
    finally:
        logging.disable(logging.NOTSET)
    return photo


# Not always the first (most protective) entry: the sealed answers must be the choices made,
# not what a default would give. Field id -> option code, chosen with the keyboard.
CHOSEN = {"publish_voice": "altered_voice_only", "publish_face": "blurred_only", "legal_use": "yes",
          "share_tribunal": "yes", "willing_to_testify": "ask_me_first", "embargo": "until_death",
          "third_party_names": "deceased_only"}


def _choose(qtbot: Any, combo: QComboBox, code: str | None) -> None:
    """Choose ``code`` (or the first entry after "(choose)": the most protective) with the keyboard."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    while code is not None and combo.currentData() != code:
        assert combo.currentIndex() < combo.count() - 1, (code, combo.currentData())
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def _answer_consent(qtbot: Any, page: Any) -> dict[str, Any]:
    """Every consent screen, as a witness does it: tick each "I agree", choose each answer with
    the keyboard (the most protective, or the one in :data:`CHOSEN`), then Next; the first attempt
    without an answer is refused inline. Then the summary: every choice in words, one changed
    through "Change" (back on the summary straight after), the typed phrase. Returns the choices
    made (field id -> code, or True for a statement agreed to)."""
    assert page.current() == "consent0"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "consent0"
    assert page.consent_views[0].problem_texts()  # says why, on the screen
    made: dict[str, Any] = {}
    seen = 0
    total = len(page.consent_views)
    while page.current().startswith("consent") and page.current() != "consent_summary":
        view = page.pages.currentWidget()
        seen += 1
        assert view.title.text().startswith(f"Consent: {seen} of {total} — "), view.title.text()
        # One scope, and below it only its own follow-ups (shown only for some answer of it).
        ids = [s.id for s in view.spec.fields]
        assert ids[0] == WITNESS_CONSENT_SCREENS[seen - 1], ids
        assert all(_depends_on(s) in ids[:i + 1] for i, s in enumerate(view.spec.fields[1:])), ids
        # Each follow-up in place below its question, greyed until it applies (nothing is chosen yet).
        assert not [s.id for s in view.spec.fields[1:] if view.is_shown(s.id)], ids
        text = _texts(view)
        for word in INTERVIEWER_WORDS:
            assert word not in text, (word, page.current())
        for spec in view.spec.fields:
            if not view.is_shown(spec.id):
                continue
            widget = view.editor(spec.id).widget
            box = widget.findChild(QCheckBox)
            combo = widget if isinstance(widget, QComboBox) else widget.findChild(QComboBox)
            if box is not None and spec.required:
                qtbot.waitUntil(lambda b=box: b.isVisible() and b.height() > 0, timeout=10000)
                view.scroll_area.ensureWidgetVisible(box)
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))  # on the box
                assert box.isChecked()
                made[spec.id] = True
            elif combo is not None and spec.required:
                assert combo.currentIndex() == 0  # nothing chosen in advance
                _choose(qtbot, combo, CHOSEN.get(spec.id))
                made[spec.id] = combo.currentData()
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        assert seen < 40, (page.current(), page.pages.currentWidget().problem_texts())
    # One screen per scope (evidence.md R-CS-5): CS01-CS21 less CS07 (the pseudonym, on CS06's screen),
    # the consent script's "informed" and the proxy relationship (R-CS-10).
    assert seen == total == len(WITNESS_CONSENT_SCREENS) == 22, seen
    # Every scope of the consent form (evidence.md §2.2) was asked and answered by the witness.
    assert {"informed", "archive_preserve", "access_researchers", "publish_text", "publish_voice", "publish_face",
            "attribution", "legal_use", "share_tribunal", "identity_to_tribunal", "willing_to_testify",
            "share_un_ngo", "media_education", "unesco_dossier", "embargo", "followup_contact", "posthumous",
            "third_party_names", "withdrawal_understood", "legal_risk_understood", "machine_processing"} <= set(made)
    assert {k: made[k] for k in CHOSEN} == CHOSEN
    legal = page.consent_views[WITNESS_CONSENT_SCREENS.index("legal_use")]
    assert legal.is_shown("truth_declaration")  # legal use "yes": the declaration of truth applies (R-IC-7)

    # The choices in plain words, each of them (R-CS-5), then one changed through "Change".
    assert page.current() == "consent_summary"
    _summary_says(page, made)
    assert not page.next_button.isEnabled()
    qtbot.keyClicks(page.confirm_phrase, "I agree")
    n = next(i for i, v in enumerate(page.consent_views) if "access_researchers" in {s.id for s in v.spec.fields})
    change = page.change_buttons[n]
    page.choices_scroll.ensureWidgetVisible(change)
    qtbot.waitUntil(lambda: change.isVisible() and change.height() > 0, timeout=10000)
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    assert page.current() == f"consent{n}" and "summary" in page.next_button.text()
    combo = page.consent_views[n].editor("access_researchers").widget
    combo = combo if isinstance(combo, QComboBox) else combo.findChild(QComboBox)
    assert combo.currentData() == "no"  # the choice as it was made
    _choose(qtbot, combo, "yes")
    made["access_researchers"] = "yes"
    given = page._consent_filled["given_at"]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page._consent_filled["given_at"] is not given  # the consent time is taken again, as now
    assert page.current() == "consent_summary"  # straight back, not through the screens after it
    _summary_says(page, made)
    assert not page.confirm_phrase.text() and not page.next_button.isEnabled()  # confirmed again, as now
    qtbot.keyClicks(page.confirm_phrase, "I agree")
    assert page.next_button.isEnabled()
    qtbot.keyClick(page.confirm_phrase, Qt.Key.Key_Return)
    return made


def _summary_says(page: Any, made: dict[str, Any]) -> None:
    """The summary names every choice made with its answer, in the words of the screens."""
    import html

    text = page.choices_text()
    for view in page.consent_views:
        for spec in view.spec.fields:
            if spec.id not in made:
                continue
            answer = "Yes, I agree" if made[spec.id] is True else next(
                o.label("en") for o in spec.options if o.code == made[spec.id])
            row = f"<b>{html.escape(spec.label('en'))}</b><br>{html.escape(answer)}</p>"
            assert row in text, (spec.id, answer)


def _past_the_warning(qtbot: Any, page: Any) -> None:
    """The warning before the part about what happened (R-MC-9; its own tests:
    tests/gui/test_witness_warning.py): "Skip this part" first, then "Continue", which goes on."""
    from PySide6.QtWidgets import QPushButton

    assert page.current() == "warning_WHAT_HAPPENED"
    screen = page.pages.currentWidget()
    go_on = screen.findChild(QPushButton, "continueSection")
    qtbot.waitUntil(lambda: go_on.isVisible() and go_on.height() > 0, timeout=10000)
    assert "violence" in _texts(screen) and not page.next_button.isVisible()
    qtbot.mouseClick(go_on, Qt.MouseButton.LeftButton)


def _witness_journey(qtbot: Any, window: Any, page: Any, pulse: Any, tmp_path: Path, *, choose_demo: bool,
                     demo: bool = True) -> dict[str, Any]:
    story = canary("story")
    typed = "CANARY-typed-" + canary("t").split("-")[2]  # ASCII, typed key by key
    name = canary("name")
    camera = canary("camera")
    photo = _photo(tmp_path / "inputs", camera)

    # No way out of witness mode to the interviewer's screens.
    assert not window.bar.isVisible()
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    if choose_demo:
        assert page.current() == "archive"
        assert not page.next_button.isEnabled()
        qtbot.mouseClick(page.archive_demo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.next_button.isEnabled(), timeout=120000)
        assert page.archive_fpr.text().startswith("Fingerprint:")
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "explain" and "risks" in page.explain.text()
    assert page.demo_banner.isVisible() == demo
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    consent = _answer_consent(qtbot, page)
    _past_the_warning(qtbot, page)

    # Voice: no interviewer's marker box; a short take from the private PulseAudio server.
    assert page.current() == "voice"
    assert not page.voice.marker_text.isVisible() and not page.voice.markers.isVisible()
    if pulse is not None:
        player = pulse.play_speech(tmp_path, "I was on Chang'an Avenue that night.")
        try:
            qtbot.mouseClick(page.voice.record_button, Qt.MouseButton.LeftButton)
            assert "Starting the microphone" in page.voice.state.text()
            qtbot.waitUntil(lambda: page.voice.stop_button.isEnabled(), timeout=20000)
            assert "speak now" in page.voice.state.text()
            qtbot.waitUntil(lambda: page.voice.elapsed.text() >= "0:00:02", timeout=20000)
            qtbot.mouseClick(page.voice.stop_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: page.voice.recordings.count() == 1, timeout=30000)
        finally:
            player.terminate()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    # The questions: no sexual-violence codes, no interviewer fields; type the account and a name.
    assert page.current() == "questions"
    view = page.form_view
    text = _texts(view)
    for word in INTERVIEWER_WORDS:
        assert word not in text, word
    how = view.editor("how_known").widget
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "questions" and view.problem_texts()  # "how do you know" is needed
    from PySide6.QtWidgets import QListWidget

    listing = how if isinstance(how, QListWidget) else how.findChild(QListWidget)
    item = listing.item(0)
    rect = listing.visualItemRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() != Qt.CheckState.Checked:
        item.setCheckState(Qt.CheckState.Checked)
    account = view.editor("account").widget
    assert isinstance(account, QPlainTextEdit)
    account.setFocus()
    qtbot.keyClicks(account, typed + " ")
    account.insertPlainText(story)  # typed through an input method (QTest sends only ASCII keys)
    name_box = view.editor("name").widget
    assert isinstance(name_box, QLineEdit)
    name_box.setFocus()
    name_box.insert(name)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "files", view.problem_texts()

    # A photo with GPS and a hidden name, dropped on the panel; listed without its file name.
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    page.files.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                    Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: page.files.list.count() == 1, timeout=30000)
    assert "Zhang" not in page.files.list.item(0).text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    # The summary before sending.
    assert page.current() == "review"
    summary = page.summary.text()
    takes = 1 if pulse is not None else 0
    assert "Your choices" in summary and f"Recordings: {takes}" in summary and "Photos or documents: 1" in summary
    assert typed in summary
    assert ("demo" in page.send_text.text()) == demo and ("through Tor" in page.send_text.text()) != demo
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current() == "receipt" or bool(page.send_error.text()), timeout=600000)
    assert not page.send_error.text()
    code = page.receipt_code.text()
    assert page.form_view is None and page.consent_views == [] and not page.summary.text()
    assert not page.choices_text().strip()  # answers dropped
    assert page.controller.audio.takes == [] and page.controller.attachments == []
    assert code.startswith("T-") and not set(code[2:]) & set("01ILOU"), code

    # Finish only after the code was typed back (its last 4 characters).
    assert not page.finish_button.isEnabled()
    qtbot.keyClicks(page.confirm_code, "ZZZZ" if not code.endswith("ZZZZ") else "2222")
    assert not page.finish_button.isEnabled() and page.confirm_problem.text()
    page.confirm_code.clear()
    qtbot.keyClicks(page.confirm_code, code[-4:].lower())
    assert page.finish_button.isEnabled()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    return {"story": story, "typed": typed, "name": name, "camera": camera, "inputs": str(photo.parent),
            "consent": consent}


def _tree(home: Path) -> set[str]:
    """Every path under the home except the demo archive (the archive's side: it receives ciphertext)."""
    return {str(p.relative_to(home)) for p in home.rglob("*") if "demo-archive" not in p.relative_to(home).parts}


def _nothing_stays(home: Path, before: set[str], secrets: dict[str, Any], since: float) -> None:
    received = [p for p in (home / "demo-archive" / "received").rglob("*") if p.is_file()]
    assert received  # the archive got it (ciphertext)
    # Not a file, not even an empty folder (outbox/self, receipts, transport/uploads, tor).
    assert _tree(home) - before == set()
    if Path("/dev/shm").is_dir():
        assert not list(Path("/dev/shm").glob("intake-*"))
    canaries = [secrets[k] for k in ("story", "typed", "name", "camera")]
    assert_no_canaries(canaries, full=[home], recent=default_roots(), since=since, exclude=[Path(secrets["inputs"])])


def _sealed_consent_is(home: Path, tmp_path: Path, made: dict[str, Any]) -> None:
    """At the archive (the demo archive's keys), after the canary scan: the bundle's consent
    answers are exactly the choices made, the app's own entries besides (text id, language, on
    screen, the time), and valid against the consent form."""
    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.sealing import service as bundle_service
    from tests.gui.test_witness_warning import _content_answers

    (bundle,) = [p for p in (home / "demo-archive" / "received").rglob("*.tib")]
    keys = home / "demo-archive" / "keys"
    identities = [crypto.parse_identities((keys / f"{n}.key").read_text())[0] for n in ("content", "identity")]
    opened = tmp_path / "opened"
    bundle_service.open_bundle(bundle, identities, opened)
    content = _content_answers(opened)
    consent = content["consent"]
    asked = {k: (v.get("agreed") if isinstance(v, dict) else v) for k, v in consent.items()
             if k not in ("script_id", "script_lang", "method", "given_at")}
    assert asked == made, (asked, made)
    assert consent["method"] == "click" and consent["script_lang"] == "en"
    assert consent["script_id"].startswith("consent@") and consent["given_at"]["zone"]
    assert forms.load_form("consent").validate(consent) == []
    # As the archive checks it: `intake forms check consent` on the sealed consent answers.
    from intake_app.cli import main

    answers = tmp_path / "consent-answers.json"
    answers.write_text(json.dumps(consent))
    assert main(["forms", "check", "consent", str(answers)]) == 0
    answers.unlink()
    # The signed manifest names self_submission 1.1.0, whose consent help says how it was asked: one
    # choice per screen, nothing ticked in advance (R-CS-5).
    manifest = json.loads((opened / "content" / "manifest.json").read_text())
    assert manifest["form"] == {"id": "self_submission", "version": "1.1.0"}


@pytest.mark.audio
def test_witness_on_an_empty_computer(qtbot, make_window, intake_home: Path, pulse, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      canary_clock) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.first_run
    before = _tree(intake_home)
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    assert page is not None and window.stack.currentWidget() is page
    secrets = _witness_journey(qtbot, window, page, pulse, tmp_path, choose_demo=True)

    # Back at the very first screen; no store, no settings, no profile remembered.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run, timeout=10000)
    assert window.first_run.pages.currentIndex() == 0 and window.mode_page is None
    assert not (intake_home / "store").exists() or not any((intake_home / "store").iterdir())
    assert not (intake_home / "config").exists() or not any((intake_home / "config").iterdir())
    assert not window.controller.is_unlocked and not window.controller.settings.profile_path
    _nothing_stays(intake_home, before, secrets, canary_clock)
    _sealed_consent_is(intake_home, tmp_path, secrets["consent"])


@pytest.mark.audio
def test_witness_from_the_interviewers_chooser_ends_locked(qtbot, demo_window, intake_home: Path, pulse,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, canary_clock) -> None:
    window = demo_window
    before = _tree(intake_home)
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    # The interviewer's session is locked before the witness sees anything.
    assert not window.controller.is_unlocked
    assert page is not None and window.stack.currentWidget() is page
    assert not window.bar.home.isVisible() and not window.bar.lock.isVisible()
    secrets = _witness_journey(qtbot, window, page, pulse, tmp_path, choose_demo=False)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert not window.controller.is_unlocked and window.mode_page is None
    _nothing_stays(intake_home, before, secrets, canary_clock)
    _sealed_consent_is(intake_home, tmp_path, secrets["consent"])


def test_leaving_without_sending_locks_and_keeps_nothing(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.next_button, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the hidden "Home"
    assert window.mode_page is page and window.stack.currentWidget() is page
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert not window.controller.is_unlocked and window.mode_page is None


def test_panic_key_in_witness_mode_ends_it(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = window.open_mode("self")
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    window.activateWindow()  # the person's window has the keyboard
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(page.next_button, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen, timeout=10000)
    assert window.mode_page is None


@pytest.mark.audio
def test_recording_holds_off_the_idle_timeout(qtbot, make_window, intake_home: Path, pulse, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(idle_ms=1500)
    first = window.first_run
    qtbot.mouseClick(first.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.archive_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.next_button.isEnabled(), timeout=120000)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # "I understand — continue"
    _answer_consent(qtbot, page)
    _past_the_warning(qtbot, page)
    player = pulse.play_sine(tmp_path, 440.0, 20.0)
    try:
        qtbot.mouseClick(page.voice.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.voice.stop_button.isEnabled(), timeout=20000)
        qtbot.waitUntil(lambda: page.voice.meter.value() > 0, timeout=20000)
        qtbot.wait(4000)  # well past the idle time, nobody touching anything
        assert window.mode_page is page and page.voice.stop_button.isEnabled()
        qtbot.mouseClick(page.voice.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.voice.recordings.count() == 1, timeout=30000)
    finally:
        player.terminate()
    # The voice is kept in memory, whole: nothing was cut at the idle time (usability problem 3).
    data, _media, _ext = page.controller.audio.takes[0]
    seconds = soundfile.info(io.BytesIO(bytes(data))).duration
    assert seconds > 1.5 * 2, seconds  # past the idle time, twice
    # Every frame PulseAudio delivered between Record and Stop is in it (the recorder's counts,
    # no wall clock): nothing lost at the start (issue 17 item 3) nor on the way.
    (info,) = page.controller.audio.storage.infos
    assert info.frames == soundfile.info(io.BytesIO(bytes(data))).frames
    assert info.dropped_frames == 0 and info.overflows == 0, info
    assert info.frames == info.delivered_frames - info.paused_frames > 0, info
    # Not recording any more: the idle timeout ends the session and clears it.
    qtbot.waitUntil(lambda: window.mode_page is None, timeout=10000)
    assert window.stack.currentWidget() is window.first_run


def test_intake_app_witness_starts_in_witness_mode(qtbot, intake_home: Path, english: None,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """``intake app --witness``: the parser takes the flag and the app opens straight into witness mode."""
    from PySide6.QtWidgets import QApplication

    from intake_app.cli import build_parser
    from intake_app.gui import app as gui_app
    from intake_app.gui.main_window import MainWindow
    from intake_app.gui.widgets.self_submit import SelfSubmitWizard

    args = build_parser().parse_args(["app", "--witness"])
    assert args.witness is True
    seen: dict[str, Any] = {}

    def look(_app: Any) -> int:  # instead of the event loop: look at the window run() built and showed
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["page"], seen["bar"] = window.stack.currentWidget(), window.bar.isVisible()
        seen["is_wizard"] = isinstance(seen["page"], SelfSubmitWizard)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    assert gui_app.run(lang="en", witness=True) == 0
    assert seen["is_wizard"] and seen["bar"] is False


def test_witness_opens_the_archives_profile_and_must_compare_its_fingerprint(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path, tmp_path: Path, qt_settings_dir: Path) -> None:  # noqa: F811
    """On a witness's own computer with a real archive's profile file: chosen in the app's own
    file dialog, its fingerprint shown, Next only once the witness says it matches; neither
    the profile nor its folder is remembered anywhere."""
    from intake_app.archive.setup import create_archive
    from tests.gui.test_file_dialogs import _answer_dialog_with

    folder = canary("witness folder")
    created = create_archive(tmp_path / folder / "archive", "Test archive", passphrase=None, receiver_onion="")
    window = make_window()
    before = _tree(intake_home)
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    seen: list[str] = []
    _answer_dialog_with(Path(created.profile_path), seen)
    qtbot.mouseClick(page.archive_open, Qt.MouseButton.LeftButton)  # returns when the dialog closed
    assert seen == ["fileDialog"]
    qtbot.waitUntil(lambda: page.archive_confirm.isVisible(), timeout=60000)
    assert page.archive_name.text() == "Test archive"
    assert str(created.profile.fingerprint()) in page.archive_fpr.text()
    assert not page.demo_banner.isVisible()
    assert not page.next_button.isEnabled()
    qtbot.mouseClick(page.archive_confirm, Qt.MouseButton.LeftButton, pos=QPoint(10, page.archive_confirm.height() // 2))
    assert page.next_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current() == "explain"
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run, timeout=10000)
    assert _tree(intake_home) - before == set()
    assert not window.controller.settings.profile_path
    assert_no_canaries([folder], full=[intake_home, qt_settings_dir])


def test_the_bridge_help_follows_the_archive_the_witness_chose(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path, tmp_path: Path, qt_settings_dir: Path) -> None:  # noqa: F811
    """The sending page's "Tor is blocked where I am" and bridge lines are for a real archive
    reached over Tor: hidden once the witness chooses the demo (sent directly, without Tor), shown
    again when they then open a real archive's file (walk, session 5: the box was set once, from
    the archive the computer was prepared with, so the demo showed it and a real archive chosen
    after a prepared demo would not)."""
    from intake_app.archive.setup import create_archive
    from tests.gui.test_file_dialogs import _answer_dialog_with

    created = create_archive(tmp_path / "archive", "Test archive", passphrase=None, receiver_onion="")
    window = make_window()
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert not page.connection_box.isHidden()
    qtbot.mouseClick(page.archive_demo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.next_button.isEnabled(), timeout=120000)
    assert page.connection_box.isHidden()
    _answer_dialog_with(Path(created.profile_path), [])
    qtbot.mouseClick(page.archive_open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.archive_confirm.isVisible(), timeout=60000)
    assert page.archive_name.text() == "Test archive"
    assert not page.connection_box.isHidden()


def test_the_sending_page_fits_1024x600_with_the_bridge_help_and_progress(  # type: ignore[no-untyped-def]
        qtbot, make_window, intake_home: Path, tmp_path: Path, qt_settings_dir: Path) -> None:  # noqa: F811
    """With a real archive (the bridge help shown) and the sending progress showing, the page fits
    1024x600 and the summary of what will be sent keeps room to be read (walk, session 5: it
    needed 604 px and left the summary two lines)."""
    from intake_app.archive.setup import create_archive
    from tests.gui.layout_checks import fits_small_screen
    from tests.gui.test_file_dialogs import _answer_dialog_with

    created = create_archive(tmp_path / "archive", "Test archive", passphrase=None, receiver_onion="")
    window = make_window()
    qtbot.mouseClick(window.first_run.witness_button, Qt.MouseButton.LeftButton)
    page = window.mode_page
    qtbot.mouseClick(page.lang_buttons["en"], Qt.MouseButton.LeftButton)
    _answer_dialog_with(Path(created.profile_path), [])
    qtbot.mouseClick(page.archive_open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.archive_confirm.isVisible(), timeout=60000)
    page._show("review")
    page.progress.setVisible(True)  # as while sending
    qtbot.waitUntil(lambda: page.summary.isVisible())
    assert not page.connection_box.isHidden()
    assert fits_small_screen(window) == []
    assert page.summary.visibleRegion().boundingRect().height() >= 100
