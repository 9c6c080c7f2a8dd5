# SPDX-License-Identifier: GPL-3.0-or-later
"""Start the desktop app (``intake app``): Qt application, fonts, language, main window.

Fonts and the style sheet are in ``gui/theme.py`` (which the main window uses too, so that this
module and ``main_window`` no longer import each other); Qt scales for HiDPI screens by itself,
with fractional factors kept.
"""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.gui import translators
from intake_app.gui.theme import apply_fonts, install_look
from intake_app.text import i18n


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Testimony Intake")
    app.setOrganizationName("testimony-intake")
    install_look(app)
    translators.apply(i18n.current())  # a language chosen before the app existed (e.g. by the CLI)
    return app


_wakeup_sockets: list[socket.socket] = []
_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def close_on_signals(window: QWidget) -> Callable[[], None]:
    """SIGTERM, SIGINT and SIGHUP close the window as the user would (open pages dropped, store locked).

    Python runs signal handlers only when it gets control, which a Qt event loop rarely gives it;
    the signal's number is written to a socket that Qt watches (``signal.set_wakeup_fd``).
    Returns a function that puts the previous handlers back (after the event loop ends).
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {signum: signal.getsignal(signum) for signum in _SIGNALS}
    for signum in _SIGNALS:
        signal.signal(signum, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)  # owned here, not by the window

    def woken() -> None:
        try:
            reader.recv(64)
        except BlockingIOError:
            return
        window.close()
        QApplication.quit()

    notifier.activated.connect(woken)
    _wakeup_sockets[:] = [reader, writer]  # alive while the wake-up fd is in use

    def restore() -> None:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(previous_fd)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for sock in _wakeup_sockets:
            sock.close()
        _wakeup_sockets.clear()

    return restore


def run(lang: str | None = None, idle_minutes: int | None = None, witness: bool = False) -> int:
    """Build the window and run the event loop; returns the exit code."""
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.controllers.settings import GuiSettings
    from intake_app.gui.controllers.tasks import wait_all
    from intake_app.gui.controllers.transport import close_all
    from intake_app.gui.main_window import MainWindow

    app = make_application()
    settings = GuiSettings.load()
    if idle_minutes:
        settings.idle_minutes = idle_minutes
    chosen = lang or settings.lang or i18n.choose()
    i18n.install(chosen)
    apply_fonts(chosen)
    controller = AppController(settings)
    window = MainWindow(controller)
    if witness:
        window.open_witness()
    if window.screen_is_small():
        window.showMaximized()  # a window manager fits the frame too; without one the size is already cut
    else:
        window.show()
    restore_signals = close_on_signals(window)
    try:
        code = app.exec()
    finally:
        restore_signals()
    wait_all()
    close_all()
    return int(code)
