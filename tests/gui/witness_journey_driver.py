# SPDX-License-Identifier: GPL-3.0-or-later
"""A witness alone, in Simplified (or, with ``--lang zh_TW``, Traditional) Chinese, driven inside a
separate process started like the menu entry ``intake app --witness`` (run by
tests/gui/test_journey_witness_zh.py and test_journey_witness_zh_tw.py; issue 17).

``python -m tests.gui.witness_journey_driver --home H --work W --sink S`` calls
``intake_app.cli.main(["--home", H, "app", "--witness"])`` with ``LANG=zh_CN.UTF-8`` (set by the
test), a short idle timeout in the settings file (as a user sets it), and drives the real window
from inside its event loop with mouse clicks, key presses and the input method's commit (QTest's
hands, see journey_driver.Hands): 简体中文 → the demo archive → "before you begin" → every consent
screen → the typed confirmation "我同意" → the warning before the part about what happened (R-MC-9:
"skip" first, in Chinese with 您; she continues) → a recording longer than the idle timeout (real
PulseAudio) → the questions answered in Chinese → a photo with EXIF GPS chosen in the app's file
dialog → the review page → send to the demo archive's receiver → "are you still there?" while
the code is written down → the receipt code confirmed by typing its last 4 characters → back at the first screen. The secrets (the Chinese answers, the
photo's hidden GPS datum and author, the folder the photo came from, the receipt code) are written
to ``W/result.json`` for the test's canary scan.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import secrets as _secrets
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QWidget,
)

from tests.gui.journey_driver import Hands, Speaker, click, type_into

IDLE_SECONDS = 12  # longer than any pause between two touches here (then it asks first), shorter than the take
# Words of the interviewer's form that a witness must never see (in Chinese and in English).
INTERVIEWER_WORDS = ("Murad", "Boston College", "Understanding check", "Replaces consent", "Consent given at",
                     "Read this aloud", "穆拉德", "波士顿学院", "理解确认", "性暴力", "强奸")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# What the witness reads, per script: the fingerprint label, "skip", "are you still there?", the
# receipt code, and the Chinese answers she types (zh_TW in Taiwan usage).
WORDS = {
    "zh_CN": {"fingerprint": "指纹", "skip": "跳过", "still_there": "您还在吗", "receipt": "回执码"},
    "zh_TW": {"fingerprint": "指紋", "skip": "跳過", "still_there": "您還在嗎", "receipt": "回執碼"},
}
ANSWERS = {
    "zh_CN": ("那天夜里我在长安街看见坦克开过来{0}号，有人倒在地上", "王秀英{0}", "微信号wxy{0}", "张家"),
    "zh_TW": ("那天夜裡我在長安街看見坦克開過來{0}號，有人倒在地上", "王秀英{0}", "微信號wxy{0}", "張家"),
}


def visible_texts(widget: QWidget) -> str:
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


def looks_chinese(page: Any, where: str) -> None:
    """What the witness reads is Chinese, polite (您, never 你), with no interviewer's words."""
    text = visible_texts(page.pages.currentWidget()) + "\n" + visible_texts(page)
    assert _HAN.search(text), (where, text[:300])
    assert "你" not in text, (where, [line for line in text.splitlines() if "你" in line])
    for word in INTERVIEWER_WORDS:
        assert word not in text, (where, word)


def photo_with_gps(directory: Path, author: str, datum: str) -> Path:
    from PIL import Image

    directory.mkdir(parents=True)
    photo = directory / "张家 1989年6月.jpg"
    exif = Image.Exif()
    exif[0x013B] = author  # Artist: a hidden name in the camera data
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 30.0),  # Tiananmen Square
                18: datum})  # GPSMapDatum: a marker travelling with the GPS block
    logging.disable(logging.DEBUG)  # PIL would log the secret it writes
    try:
        Image.new("RGB", (64, 48), (200, 30, 30)).save(photo, exif=exif.tobytes())
    finally:
        logging.disable(logging.NOTSET)
    return photo


def pick_in_dialog(path: Path) -> None:
    """When the app's file dialog has the keyboard: go to the photo's folder (typed, Enter), then
    type the file's name and press Enter, as a person who browses there does (the dialog then
    knows the folder: what it remembers is what the canary scan of the config folder looks at)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(25, look)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        for text in (str(path.parent), path.name):
            name.setFocus()
            name.selectAll()
            type_into(Hands(), name, text)
            QTest.keyClick(name, Qt.Key.Key_Return)
            QTest.qWait(200)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(25, look)


def answer_consent(hands: Any, page: Any) -> int:
    """Every consent screen: tick the box or take the first (most protective) choice with the
    keyboard, then Next."""
    seen = 0
    while page.current().startswith("consent") and page.current() != "consent_summary":
        view = page.pages.currentWidget()
        looks_chinese(page, page.current())
        for spec in view.spec.fields:
            if not view.is_shown(spec.id) or not spec.required:
                continue
            widget = view.editor(spec.id).widget
            box = widget.findChild(QCheckBox)
            combo = widget if isinstance(widget, QComboBox) else widget.findChild(QComboBox)
            if box is not None:
                hands.waitUntil(lambda b=box: b.isVisible() and b.height() > 0, timeout=10000)
                view.scroll_area.ensureWidgetVisible(box)
                hands.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
                assert box.isChecked(), page.current()
            elif combo is not None:
                combo.setFocus()
                hands.keyClick(combo, Qt.Key.Key_Down)
                assert combo.currentIndex() == 1, page.current()
        before = page.current()
        click(hands, page.next_button)
        assert page.current() != before, (before, view.problem_texts())
        seen += 1
        assert seen < 40
    return seen


def journey(hands: Any, window: Any, speaker: Any, work: Path, secrets: dict[str, str],
            take_seconds: int = 0, lang: str = "zh_CN") -> None:
    from intake_app.gui.widgets.self_submit import SelfSubmitWizard

    page = window.mode_page
    assert isinstance(page, SelfSubmitWizard) and window.stack.currentWidget() is page
    assert not window.bar.isVisible()  # no way to the interviewer's screens
    assert page.idle.interval() == IDLE_SECONDS * 1000  # the setting is what witness mode uses
    # The app started in Chinese (LANG); the witness still chooses, and chooses 简体中文 (or 繁體中文).
    words = WORDS[lang]
    assert _HAN.search(page.lang_heading.text()), page.lang_heading.text()
    click(hands, page.lang_buttons[lang])

    assert page.current() == "archive"
    looks_chinese(page, "archive")
    click(hands, page.archive_demo)
    hands.waitUntil(lambda: page.next_button.isEnabled(), timeout=120000)
    assert words["fingerprint"] in page.archive_fpr.text(), page.archive_fpr.text()
    click(hands, page.next_button)

    assert page.current() == "explain"
    looks_chinese(page, "explain")
    click(hands, page.next_button)

    screens = answer_consent(hands, page)
    assert screens == len(page.consent_views) == 22  # one screen per consent scope (evidence.md R-CS-5)

    assert page.current() == "consent_summary"
    looks_chinese(page, "consent_summary")
    assert not page.next_button.isEnabled()
    type_into(hands, page.confirm_phrase, "我同意")  # through the input method, as a person types Chinese
    assert page.next_button.isEnabled()
    hands.keyClick(page.confirm_phrase, Qt.Key.Key_Return)

    # The warning before the part about what happened (R-MC-9), in Chinese: "skip" first; she goes on.
    assert page.current() == "warning_WHAT_HAPPENED", page.current()
    screen = page.pages.currentWidget()
    skip = screen.findChild(QAbstractButton, "skipSection")
    go_on = screen.findChild(QAbstractButton, "continueSection")
    hands.waitUntil(lambda: go_on.isVisible() and go_on.height() > 0, timeout=10000)
    looks_chinese(page, "warning")
    assert "您" in visible_texts(screen) and words["skip"] in skip.text()
    assert skip.mapTo(screen, QPoint(0, 0)).y() < go_on.mapTo(screen, QPoint(0, 0)).y()
    click(hands, go_on)

    # Voice: longer than the idle timeout, nobody touching anything.
    assert page.current() == "voice"
    looks_chinese(page, "voice")
    take = max(take_seconds, IDLE_SECONDS + 5)
    player = speaker.play_sine(work, 330.0, take + 30)
    try:
        click(hands, page.voice.record_button)
        hands.waitUntil(lambda: page.voice.stop_button.isEnabled(), timeout=20000)
        hands.waitUntil(lambda: page.voice.meter.value() > 0, timeout=20000)
        for _ in range(take // 5):  # a person talking: the window stays as it is, nobody touches it
            hands.wait(5000)
            assert window.mode_page is page and page.voice.stop_button.isEnabled()  # not ended by the idle timeout
            assert not page.idle_warning.isVisible()  # nor asked "are you still there?" while speaking
        click(hands, page.voice.stop_button)
        hands.waitUntil(lambda: page.voice.recordings.count() == 1, timeout=60000)
    finally:
        player.terminate()
    import io

    import soundfile

    data, _media, _ext = page.controller.audio.takes[0]
    seconds = soundfile.info(io.BytesIO(bytes(data))).duration
    assert seconds > IDLE_SECONDS, seconds  # kept past the idle time
    # Every frame PulseAudio delivered between Record and Stop is in the take (the recorder's
    # counts, not a clock): nothing lost at the start nor on the way, however long she talks.
    (info,) = page.controller.audio.storage.infos
    assert info.frames == soundfile.info(io.BytesIO(bytes(data))).frames, info
    assert info.dropped_frames == 0 and info.overflows == 0, info
    assert info.frames == info.delivered_frames - info.paused_frames > 0, info
    secrets["seconds"] = f"{seconds:.1f}"
    click(hands, page.next_button)

    # The questions, answered in Chinese.
    assert page.current() == "questions"
    looks_chinese(page, "questions")
    view = page.form_view
    how = view.editor("how_known").widget
    listing = how if isinstance(how, QListWidget) else how.findChild(QListWidget)
    from tests.gui.test_consent_page import _show

    _show(view, listing)
    item = listing.item(0)
    rect = listing.visualItemRect(item)
    hands.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    if item.checkState() != Qt.CheckState.Checked:
        hands.keyClick(listing, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    account = view.editor("account").widget
    _show(view, account)
    type_into(hands, account, secrets["account"])
    name = view.editor("name").widget
    _show(view, name)
    type_into(hands, name, secrets["name"])
    contact = view.editor("contact").widget
    _show(view, contact)
    type_into(hands, contact, secrets["contact"])
    click(hands, page.next_button)
    assert page.current() == "files", view.problem_texts()

    # A photo with GPS, chosen in the app's own file dialog; listed without its file name.
    looks_chinese(page, "files")
    family = ANSWERS[lang][3]
    photo = photo_with_gps(work / (secrets["folder"] + "-照片"), secrets["author"], secrets["gps"])
    pick_in_dialog(photo)
    click(hands, page.files.pick)
    hands.waitUntil(lambda: page.files.list.count() == 1, timeout=60000)
    listed = page.files.list.item(0).text()
    assert "张家" not in listed and family not in listed, listed  # not the file's own name
    click(hands, page.next_button)

    # The review page, then Send.
    assert page.current() == "review"
    looks_chinese(page, "review")
    summary = page.summary.text()
    assert secrets["account"] in summary and secrets["name"] in summary, summary[:500]
    click(hands, page.send_button)
    hands.waitUntil(lambda: page.current() == "receipt" or bool(page.send_error.text()), timeout=600000)
    assert not page.send_error.text(), page.send_error.text()
    looks_chinese(page, "receipt")
    code = page.receipt_code.text()
    assert re.fullmatch(r"T-2(-[2-9A-HJKMNP-TV-Z]{4}){3}", code), code
    secrets["receipt"] = code
    assert page.form_view is None and page.consent_views == []  # answers dropped once sent

    # Writing the code down takes a while: the idle timeout asks first, in Chinese, about the code.
    hands.waitUntil(lambda: page.idle_warning.isVisible(), timeout=(IDLE_SECONDS + 10) * 1000)
    assert words["still_there"] in page.idle_warning_text.text() and words["receipt"] in page.idle_warning_text.text()
    click(hands, page.idle_continue)
    assert not page.idle_warning.isVisible() and page.receipt_code.text() == code

    # Finish only after typing the code's last 4 characters.
    assert not page.finish_button.isEnabled()
    type_into(hands, page.confirm_code, code[-4:])
    assert page.finish_button.isEnabled()
    click(hands, page.finish_button)
    # A witness alone ends on the very first screen: nothing kept, nothing to unlock.
    hands.waitUntil(lambda: window.stack.currentWidget() is window.first_run, timeout=10000)
    assert window.mode_page is None and not window.controller.is_unlocked


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--work", required=True, help="a folder for the test's own files and the result")
    parser.add_argument("--sink", required=True)
    parser.add_argument("--take-seconds", type=int, default=0,
                        help="how long the witness talks (default: just past the idle timeout)")
    parser.add_argument("--lang", choices=sorted(WORDS), default="zh_CN", help="the script the witness chooses")
    args = parser.parse_args(argv)
    from intake_app import cli
    from intake_app.gui.main_window import MainWindow

    home, work = Path(args.home), Path(args.work)
    (home / "config").mkdir(parents=True, exist_ok=True)
    os.environ["INTAKE_HOME"] = str(home)
    (home / "config" / "gui.json").write_text(json.dumps({"idle_minutes": IDLE_SECONDS / 60}), encoding="utf-8")
    token = _secrets.token_hex(4)
    secrets = {
        "account": ANSWERS[args.lang][0].format(token),
        "name": ANSWERS[args.lang][1].format(token),
        "contact": ANSWERS[args.lang][2].format(token),
        "author": f"CANARY-author-{token}-摄影",
        "gps": f"CANARY-gps-{token}",
        "folder": f"photos-{token}",  # Qt writes a folder's non-ASCII letters escaped
    }
    failures: list[str] = []

    def drive() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        try:
            journey(Hands(), window, Speaker(args.sink), work, secrets, args.take_seconds, args.lang)
        except BaseException:  # noqa: BLE001 - reported after the event loop ends
            failures.append(traceback.format_exc())
        finally:
            window.close()
            QApplication.quit()

    began = time.time()
    QTimer.singleShot(0, drive)
    code = cli.main(["--home", str(home), "app", "--witness"])
    (work / "result.json").write_text(json.dumps({"code": code, "failures": failures, "secrets": secrets,
                                                  "began": began}, ensure_ascii=False), encoding="utf-8")
    return 0 if code == 0 and not failures else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
