# SPDX-License-Identifier: GPL-3.0-or-later
"""Start the desktop app (``intake app``): Qt application, fonts, language, main window.

Fonts: Noto Sans CJK (SC for Simplified, TC for Traditional Chinese) so Chinese renders with
the right glyph shapes; Qt scales for HiDPI screens by itself, with fractional factors kept.
"""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from intake_app import i18n
from intake_app.gui import keyboard, translators

FONT_FAMILIES = {
    "en": ("Noto Sans", "Noto Sans CJK SC", "DejaVu Sans"),
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei"),
    "zh_TW": ("Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "WenQuanYi Zen Hei"),
}

STYLE = """
QLabel#heading { font-size: 20pt; font-weight: 600; margin-bottom: 8px; }
QLabel#appTitle { font-size: 13pt; font-weight: 600; }
QLabel#demoBadge { background: #f4c542; color: #222; padding: 2px 8px; border-radius: 4px; font-weight: 600; }
QLabel#lockTitle { font-size: 24pt; font-weight: 600; }
QLabel#inlineError, QLabel#lockMessage { color: #b00020; }
QLabel#fingerprint { font-family: monospace; font-size: 15pt; padding: 6px; background: #f1f1f1; color: #111; }
QLabel#receiptCode { font-family: monospace; font-size: 26pt; font-weight: 700; padding: 10px;
                     background: #fffbe6; color: #111; border: 2px solid #c9a400; }
QLabel#checkOk { color: #0a7d32; font-weight: 600; }
QLabel#idleWarningText { background: #fff3cd; color: #222; border: 2px solid #c9a400; padding: 10px; font-size: 13pt; }
QLabel#checkBad { color: #b00020; font-weight: 600; }
QPushButton { padding: 6px 14px; }
QLabel#fieldHelp { color: palette(placeholder-text); }
QLabel#consentWording { background: #f7f7f2; color: #111; border-left: 4px solid #c9a400; padding: 8px; }
QLabel#sealedNote { font-size: 14pt; }
QLabel#dropZone { border: 2px dashed #888; border-radius: 8px; padding: 16px; }
""" + keyboard.FOCUS_STYLE


def install_look(app: QApplication) -> None:
    """The app's style sheet (with its visible focus) and keyboard handling; idempotent."""
    if app.styleSheet() != STYLE:
        app.setStyleSheet(STYLE)
    keyboard.install(app)


def apply_fonts(lang: str) -> None:
    """Pick the first installed family for ``lang`` as the application font."""
    app = QGuiApplication.instance()
    if app is None:
        return
    installed = set(QFontDatabase.families())
    families = [f for f in FONT_FAMILIES.get(lang, FONT_FAMILIES["en"]) if f in installed]
    if not families:
        return
    font = QFont(app.font())  # type: ignore[attr-defined]
    font.setFamilies(families + [f for f in FONT_FAMILIES["zh_CN"] if f in installed])
    if font.pointSize() < 11:
        font.setPointSize(11)  # older readers: a little larger than Qt's default
    app.setFont(font)  # type: ignore[attr-defined]


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
    window.show()
    restore_signals = close_on_signals(window)
    try:
        code = app.exec()
    finally:
        restore_signals()
    wait_all()
    close_all()
    return int(code)
