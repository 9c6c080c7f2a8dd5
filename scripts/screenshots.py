#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the desktop app's main screens, in English and Simplified Chinese.

Run under a virtual screen: ``xvfb-run -a .venv/bin/python scripts/screenshots.py``. Uses a
throw-away INTAKE_HOME with the demo archive (never real data) and writes
``docs/screenshots/<screen>-<lang>.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from intake_app import i18n
    from intake_app.gui.app import apply_fonts, make_application
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.controllers.tasks import Task
    from intake_app.gui.main_window import MainWindow

    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(task: Task) -> object:
        box: list[object] = []
        loop = QEventLoop()
        task.done.connect(lambda r: (box.append(r), loop.quit()))
        task.error.connect(lambda e: (box.append(e), loop.quit()))
        loop.exec()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def shot(window: MainWindow, name: str, lang: str) -> None:
        settle()
        QCoreApplication.processEvents()
        path = OUT / f"{name}-{lang}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT))

    for lang in ("en", "zh_CN"):
        # A fresh, throw-away home per language, so the first run is shown in both.
        os.environ["INTAKE_HOME"] = tempfile.mkdtemp(prefix="intake-shots-")
        i18n.install(lang)
        apply_fonts(lang)
        controller = AppController()
        window = MainWindow(controller)
        window.resize(1100, 760)
        window.show()
        first = controller.is_first_run()
        if first:
            shot(window, "first-run", lang)
            window.first_run._language(lang)
            shot(window, "passphrase", lang)
            wait(controller.create_store(PASSPHRASE))
            info = wait(controller.create_demo_archive())
            window._profile_read(info)  # type: ignore[arg-type]
            shot(window, "archive-profile", lang)
            window._accept_profile()
        else:
            shot(window, "lock", lang)
            wait(controller.unlock(PASSPHRASE))
        shot(window, "modes", lang)
        # Witness mode last: it locks the interviewer's session before it opens.
        for name, mode in (("interviews", "interviewer"), ("archive", "archive"), ("self-submission", "self")):
            window.open_mode(mode)
            shot(window, name, lang)
            page = window.mode_page
            if name == "archive" and page is not None:
                page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
                shot(window, "archive-check", lang)
            if name == "interviews" and page is not None:
                page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
                shot(window, "outbox", lang)
                page.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
                settle(1500)  # the microphone list is read in a worker when the page is shown
                shot(window, "settings", lang)
                settings = page.settings  # type: ignore[attr-defined]
                settings.scroll.ensureWidgetVisible(settings.wipe_box)
                shot(window, "settings-wipe", lang)
                page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
                page.new_interview()  # type: ignore[attr-defined]
                shot(window, "interview-session", lang)
                editor = page.editor  # type: ignore[attr-defined]
                if editor is not None:
                    editor.go(1)
                    shot(window, "interview-consent", lang)
            if name == "self-submission" and page is not None:
                page._language(lang)  # type: ignore[attr-defined]
                shot(window, "self-explain", lang)
                page._show("consent0")  # type: ignore[attr-defined]
                shot(window, "self-form", lang)
        window.lock_now()
        shot(window, "lock", lang)
        window.close()
        window.deleteLater()
        settle()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
