#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the desktop app's main screens, in English, Simplified and Traditional Chinese, at 1280x800
and 1024x600, taken from the real start path.

Run under a virtual screen: ``xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python
scripts/screenshots.py``. For each language the app is started as ``intake --lang L app`` starts
it (``intake_app.cli.main``: settings, language, the real window and event loop) in a throw-away
INTAKE_HOME with the demo archive (never real data); the screens are reached with clicks on the
real buttons. Writes ``docs/screenshots/<screen>-<lang>.png`` (1280x800) and
``docs/screenshots/<screen>-<lang>-1024x600.png``.

Then each witness screen (``witness-*``), with the app started as the menu entry "Give my
testimony" starts it (``intake --lang L app --witness``) in another throw-away home: language,
the demo archive, before you begin, consent screens, the typed confirmation, the warning before
the part about what happened (R-MC-9), voice, questions
(sample answers), a photo, the review, sending to the local demo archive, the receipt code, and
the "Are you still there?" question. ``--witness-only`` takes only those; ``--only TEXT`` writes
only the pictures whose name contains TEXT (e.g. ``--witness-only --only warning``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase"
SIZES = ((1280, 800, ""), (1024, 600, "-1024x600"))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from intake_app import cli
    from intake_app.gui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(check: Callable[[], bool], ms: int = 120000) -> None:
        waited = 0
        while not check():
            settle(100)
            waited += 100
            if waited > ms:
                raise TimeoutError("the screen did not come")

    def click(widget: Any) -> None:
        until(lambda: widget.isVisible() and widget.isEnabled())
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        settle()

    args = sys.argv[1:]
    only = args[args.index("--only") + 1] if "--only" in args[:-1] else ""

    def shot(window: MainWindow, name: str, lang: str, before: Callable[[], None] | None = None) -> None:
        if only not in name:
            return
        for width, height, suffix in SIZES:
            window.resize(width, height)
            settle(300)
            if before is not None:
                before()
                settle(150)
            path = OUT / f"{name}-{lang}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))

    def tour(window: MainWindow, lang: str) -> None:
        fr = window.first_run
        shot(window, "first-run", lang)
        click(fr.lang_buttons[lang])
        QTest.keyClicks(fr.first, PASSPHRASE)
        QTest.keyClicks(fr.second, PASSPHRASE)
        shot(window, "passphrase", lang)
        click(fr.create_button)
        until(lambda: fr.pages.currentIndex() == 2)
        click(fr.demo_button)
        until(lambda: fr.checked.isVisible())
        shot(window, "archive-profile", lang)
        click(fr.accept_button)
        until(lambda: window.stack.currentWidget() is window.modes)
        shot(window, "modes", lang)

        click(window.modes.buttons["interviewer"])
        page: Any = window.mode_page
        shot(window, "interviews", lang)
        click(page.list.new_button)
        editor = page.editor
        shot(window, "interview-session", lang)
        session = editor.views[editor.current]
        session.editor("readback").set("read_back")
        session.editor("signed").set("no")  # "Did everyone sign?" no: the reason is asked (issue 21)
        shot(window, "interview-signed", lang,
             lambda: session.scroll_area.ensureWidgetVisible(session.editor("not_signed_reason").widget))
        click(editor.next)
        consent = editor.views[editor.current]
        method = consent.editor("method").box
        method.setCurrentIndex(method.findData("verbal_recorded"))
        shot(window, "interview-consent", lang,
             lambda: consent.scroll_area.ensureWidgetVisible(consent.editor("consent_audio").widget))
        if only in "interview-events" or only in "interview-detention":
            events_step(window, editor, lang)
            detention_step(window, editor, lang)
        window.go_home()
        settle()
        click(window.modes.buttons["interviewer"])
        page = window.mode_page
        page.tabs.setCurrentWidget(page.outbox)
        shot(window, "outbox", lang)
        page.tabs.setCurrentWidget(page.settings)
        settle(1500)  # the microphone list is read in a worker when the page is shown
        page.settings.witness_offer.setChecked(True)  # "Prepare this computer for witnesses"
        shot(window, "settings", lang)
        shot(window, "settings-witnesses", lang,
             lambda: page.settings.scroll.ensureWidgetVisible(page.settings.witness_offer_text))
        shot(window, "settings-wipe", lang, lambda: page.settings.scroll.ensureWidgetVisible(page.settings.wipe_box))
        window.go_home()
        settle()

        click(window.modes.buttons["archive"])
        page = window.mode_page
        shot(window, "archive", lang)
        page.tabs.setCurrentIndex(1)
        shot(window, "archive-check", lang)
        window.lock_now()
        settle()
        shot(window, "lock", lang)
        # "Give my own testimony" on the lock screen: the prepared archive, to be compared.
        click(window.lock_screen.witness_button)
        witness: Any = window.mode_page
        click(witness.lang_buttons[lang])
        shot(window, "witness-02-prepared-archive", lang)
        click(witness.leave_button)
        until(lambda: window.stack.currentWidget() is window.lock_screen)
        QTest.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
        QTest.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
        until(lambda: window.controller.is_unlocked)
        window.go_home()
        settle()
        # Witness mode last: it locks the interviewer's session before it opens.
        click(window.modes.buttons["self"])
        shot(window, "self-explain", lang)

    def events_step(window: MainWindow, editor: Any, lang: str) -> None:
        """The events step: an event's victims ticked among those recorded (issue 18)."""
        from tests.gui import answers  # valid sample answers built from the definitions

        editor.views[editor.current].set_answers(answers.consent(lang))
        click(editor.next)
        editor.anonymous.setChecked(True)  # "The witness stays anonymous"
        click(editor.next)
        victims_step = next(i for i, s in enumerate(editor.steps) if s.field_id == "victim_record")
        events_step = next(i for i, s in enumerate(editor.steps) if s.field_id == "events_witnessed")
        editor.go(victims_step)
        settle()
        if victims_step not in editor.views:
            raise RuntimeError((editor.current, editor.message.text()))
        repeat = editor.views[victims_step].editor("victims")
        for name, status in (("李某", "killed"), ("张某", "injured")):
            click(repeat.add)
            fields = {spec.id: ed for spec, ed, *_ in repeat.items[-1][1].rows}
            fields["name_hanzi"].set(name)
            fields["status"].set(status)
        editor.go(events_step)
        settle()
        events = editor.views[events_step]
        click(events.editor("events").add)
        picker = events.editor("victim_refs")
        picker.list.item(1).setCheckState(Qt.CheckState.Checked)
        shot(window, "interview-events", lang, lambda: events.scroll_area.ensureWidgetVisible(picker.widget))

    def detention_step(window: MainWindow, editor: Any, lang: str) -> None:
        """The detention step: its ill-treatment episodes ticked among those recorded (issue 21 item 5)."""
        torture_step = next(i for i, s in enumerate(editor.steps) if s.field_id == "torture")
        detention_step = next(i for i, s in enumerate(editor.steps) if s.field_id == "detention")
        editor.go(torture_step)
        settle()
        episodes = editor.views[torture_step].editor("episodes")
        for day in ("1989-06-10", "1989-06-12"):
            click(episodes.add)
            {spec.id: ed for spec, ed, *_ in episodes.items[-1][1].rows}["date"].set(day)
        editor.go(detention_step)
        settle()
        detention = editor.views[detention_step]
        click(detention.editor("detentions").add)
        ticks = detention.editor("torture_refs")
        ticks.list.item(1).setCheckState(Qt.CheckState.Checked)
        shot(window, "interview-detention", lang, lambda: detention.scroll_area.ensureWidgetVisible(ticks.widget))

    def answer_consent(page: Any) -> None:
        from PySide6.QtWidgets import QCheckBox, QComboBox

        while page.current().startswith("consent") and page.current() != "consent_summary":
            view = page.pages.currentWidget()
            for spec in view.spec.fields:
                if not view.is_shown(spec.id) or not spec.required:
                    continue
                widget = view.editor(spec.id).widget
                box = widget.findChild(QCheckBox)
                combo = widget if isinstance(widget, QComboBox) else widget.findChild(QComboBox)
                if box is not None:
                    box.setChecked(True)
                elif combo is not None:
                    combo.setCurrentIndex(1)
            if page.current() in ("consent0", "consent6"):  # the first; CS06 with the pseudonym below
                shot(page.window(), f"witness-05-{page.current()}", lang_now[0])
            click(page.next_button)

    lang_now = [""]

    def witness_tour(window: MainWindow, lang: str) -> None:
        from PIL import Image
        from PySide6.QtWidgets import QListWidget, QPushButton

        lang_now[0] = lang
        page: Any = window.mode_page
        shot(window, "witness-01-language", lang)
        click(page.lang_buttons[lang])
        click(page.archive_demo)
        until(lambda: page.next_button.isEnabled())
        shot(window, "witness-03-archive-chosen", lang)
        click(page.next_button)
        shot(window, "witness-04-explain", lang)
        click(page.next_button)
        answer_consent(page)
        shot(window, "witness-05-consent-summary", lang)
        page.confirm_phrase.setText(page._phrase())
        shot(window, "witness-05-consent-summary-typed", lang)
        click(page.next_button)
        # The warning before the part about what happened (graphic content): "Skip" first; go on.
        shot(window, "witness-05-warning", lang)
        click(page.pages.currentWidget().findChild(QPushButton, "continueSection"))
        shot(window, "witness-06-voice", lang)
        click(page.next_button)
        view = page.form_view
        how = view.editor("how_known").widget
        listing = how if isinstance(how, QListWidget) else how.findChild(QListWidget)
        listing.item(0).setCheckState(Qt.CheckState.Checked)
        sample = {"en": "(A sample answer for the screenshot.) That night I was on Chang'an Avenue.",
                  "zh_CN": "（截图用的示例回答。）那天夜里我在长安街上。",
                  "zh_TW": "（截圖用的範例回答。）那天夜裡我在長安街上。"}[lang]
        view.editor("account").widget.setPlainText(sample)
        shot(window, "witness-07-questions", lang)
        click(page.next_button)
        photo = Path(os.environ["INTAKE_HOME"]).parent / f"sample-photo-{lang}.jpg"
        Image.new("RGB", (64, 48), (200, 30, 30)).save(photo)
        page._add_files([str(photo)])
        until(lambda: page.files.list.count() == 1)
        photo.unlink()
        shot(window, "witness-08-files", lang)
        click(page.next_button)
        shot(window, "witness-09-review", lang)
        click(page.send_button)
        until(lambda: page.current() == "receipt" or bool(page.send_error.text()))
        shot(window, "witness-10-receipt", lang)
        page._warn_idle()  # what the idle timeout asks first when nobody touches anything
        shot(window, "witness-11-still-there", lang)
        page._still_here()
        page.finish()

    only_witness = "--witness-only" in sys.argv[1:]
    for lang in ("en", "zh_CN", "zh_TW"):
        home = tempfile.mkdtemp(prefix="intake-shots-")
        os.environ["INTAKE_HOME"] = home
        failures: list[BaseException] = []

        def drive_witness(lang: str = lang, failures: list[BaseException] = failures) -> None:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            try:
                witness_tour(window, lang)
            except BaseException as exc:  # noqa: BLE001 - reported after the event loop
                failures.append(exc)
            finally:
                window.close()
                window.deleteLater()
                QApplication.quit()

        QTimer.singleShot(0, drive_witness)
        code = cli.main(["--home", home, "--lang", lang, "app", "--witness"])
        if failures:
            raise failures[0]
        if code:
            return code
    if only_witness:
        return 0

    for lang in ("en", "zh_CN", "zh_TW"):
        home = tempfile.mkdtemp(prefix="intake-shots-")
        os.environ["INTAKE_HOME"] = home
        failures: list[BaseException] = []

        def drive(lang: str = lang, failures: list[BaseException] = failures) -> None:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            try:
                tour(window, lang)
            except BaseException as exc:  # noqa: BLE001 - reported after the event loop
                failures.append(exc)
            finally:
                window.close()
                window.deleteLater()
                QApplication.quit()

        QTimer.singleShot(0, drive)
        code = cli.main(["--home", home, "--lang", lang, "app"])
        if failures:
            raise failures[0]
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
