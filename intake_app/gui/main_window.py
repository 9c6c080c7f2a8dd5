# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: a top bar (language, home, lock) over one page at a time.

Pages: first run, lock screen, mode chooser, and the three modes. Mode pages are built when
opened and destroyed when the app locks, so a locked window holds no testimony in widgets.
Locking happens on the Lock button, the panic shortcut (Ctrl+Shift+L, or F12) and after
``idle_minutes`` without keyboard or mouse input, except while a recording runs (a witness
speaking touches nothing). Before the store locks, the open page saves what was typed and keeps
a running recording; after unlock the interviewer returns to the same interview and step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.app import AppController, GuiError, ProfileInfo
from intake_app.gui.theme import apply_fonts, install_look
from intake_app.gui.widgets.common import Retranslating, show_error
from intake_app.gui.widgets.file_dialogs import forget_file_dialog_history
from intake_app.gui.widgets.first_run import FirstRun
from intake_app.gui.widgets.language_picker import LanguagePicker
from intake_app.gui.widgets.lock import LockScreen
from intake_app.gui.widgets.modes import ModeChooser
from intake_app.text import i18n
from intake_app.text.errors import handled_types, user_message

PANIC_KEYS = ("Ctrl+Shift+L", "F12")
MIN_IDLE_MS = 2_000
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _mode_factory(mode: str) -> Callable[[AppController], QWidget]:
    # Imported on demand: a mode's page (and its services) load only when it is opened.
    if mode == "interviewer":
        from intake_app.gui.widgets.interviewer import InterviewerPage

        return InterviewerPage
    if mode == "self":
        from intake_app.gui.widgets.self_submit import SelfSubmitWizard

        return SelfSubmitWizard
    from intake_app.gui.widgets.archive import ArchivePage

    return ArchivePage


class _TopBar(Retranslating):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("appTitle")
        self.demo = QLabel()
        self.demo.setObjectName("demoBadge")
        self.demo.hide()
        self.home = QPushButton()
        self.home.setObjectName("homeButton")
        self.language_picker = LanguagePicker(compact=True)
        box = self.language_picker.box
        assert box is not None  # noqa: S101 - compact: a box
        self.language: QComboBox = box
        self.lock = QPushButton()
        self.lock.setObjectName("lockButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.title)
        row.addWidget(self.demo)
        row.addStretch(1)
        row.addWidget(self.home)
        row.addWidget(self.language_picker)
        row.addWidget(self.lock)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Testimony Intake"))
        self.demo.setText(self.tr("DEMO — not for real testimony"))
        self.home.setText(self.tr("&Home"))
        self.home.setAccessibleName(self.tr("Back to the start screen"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Language"))
        self.lock.setText(self.tr("&Lock"))
        self.lock.setAccessibleName(self.tr("Lock now"))
        self.lock.setToolTip(self.tr("Lock now (Ctrl+Shift+L or F12)"))


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController, idle_ms: int | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("mainWindow")
        self.bar = _TopBar()
        self.stack = QStackedWidget()
        self.first_run = FirstRun()
        self.lock_screen = LockScreen()
        self.modes = ModeChooser()
        for page in (self.first_run, self.lock_screen, self.modes):
            self.stack.addWidget(page)
        self.mode_page: QWidget | None = None
        self.mode_name = ""
        self._language_before_witness = ""
        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.bar)
        v.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The preferred size, cut to the screen: on a 1024x600 netbook the window used to open at
        # 1100x760, its language picker and lower part off the screen (walk, session 5). A screen
        # smaller than the preferred size gets a maximized window (app.run), so a window manager
        # fits its frame too.
        self.resize(self.start_size())

        # Idle lock: any input restarts the timer (an application-wide event filter). Minutes
        # may be a fraction in gui.json; never under MIN_IDLE_MS, so the app stays usable.
        try:
            minutes = float(controller.settings.idle_minutes or 5)
        except (TypeError, ValueError):
            minutes = 5.0
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms if idle_ms is not None else max(MIN_IDLE_MS, round(minutes * 60_000)))
        self.idle.timeout.connect(self._idle_timeout)
        controller.idle_window = self.idle.interval() / 1000
        self._resume: tuple[str, object] | None = None  # where to return after unlock (memory only)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        from intake_app.gui.keyboard import follow_reading_order

        install_look(QApplication.instance())  # type: ignore[arg-type]  # visible focus, Enter, Tab order
        follow_reading_order(self)
        for keys in PANIC_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(self.lock_now)

        self.bar.lock.clicked.connect(self.lock_now)
        self.bar.home.clicked.connect(self.go_home)
        self.bar.language_picker.chosen.connect(self._language_picked)
        self.controller.language_changed.connect(self._language_changed)
        self.controller.about_to_lock.connect(self._before_lock)
        self.controller.locked.connect(self._on_locked)
        self.controller.unlocked.connect(self._on_unlocked)
        self.controller.recordings_recovered.connect(self.modes.set_recovered)
        self.controller.profile_changed.connect(self._on_profile)
        # A changed profile file after unlock (review F3): said plainly, the pinned one stays.
        self.controller.profile_alert.connect(lambda exc: show_error(self, exc))
        self.controller.wiped.connect(self._on_wiped)
        self.lock_screen.unlock_requested.connect(self._unlock)
        self.lock_screen.wipe_requested.connect(self._wipe)
        self.lock_screen.witness_requested.connect(self.open_witness)
        self.first_run.language_chosen.connect(self.controller.set_language)
        self.first_run.passphrase_chosen.connect(self._create_store)
        self.first_run.profile_file_chosen.connect(self._read_profile)
        self.first_run.demo_requested.connect(self._demo)
        self.first_run.profile_confirmed.connect(self._accept_profile)
        self.first_run.witness_requested.connect(self.open_witness)
        self.modes.chosen.connect(self.open_mode)
        self._pending_profile: ProfileInfo | None = None
        self._language_changed(i18n.current())
        forget_file_dialog_history()  # in case the app was killed while a file dialog was open
        self._start()

    # -- start-up ---------------------------------------------------------------------------

    PREFERRED_SIZE = QSize(1100, 760)

    def start_size(self) -> QSize:
        """The preferred size, no larger than the screen's free area (panels excluded)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return self.PREFERRED_SIZE
        return self.PREFERRED_SIZE.boundedTo(screen.availableGeometry().size())

    def screen_is_small(self) -> bool:
        """True when the screen's free area cannot hold the preferred size (then the window opens maximized)."""
        return self.start_size() != self.PREFERRED_SIZE

    def _start(self) -> None:
        try:
            first = self.controller.is_first_run()
        except handled_types() as exc:  # e.g. the store service is missing: say so, stay calm
            show_error(self, exc)
            first = True
        if first:
            self.stack.setCurrentWidget(self.first_run)
            self._set_chrome(False)
        else:
            self._show_lock()

    def _set_chrome(self, unlocked: bool) -> None:
        self.bar.home.setVisible(unlocked)
        self.bar.lock.setVisible(unlocked)
        info = self.controller.profile_info() if unlocked else None
        self.bar.demo.setVisible(bool(info and info.demo))  # locked: not even which archive
        if unlocked:
            self.idle.start()
        else:
            self.idle.stop()

    # -- language ------------------------------------------------------------------------
    def _language_picked(self, code: str) -> None:
        if code != i18n.current():
            self.controller.set_language(code)

    def _language_changed(self, lang: str) -> None:
        apply_fonts(lang)
        self.bar.language_picker.show_current(lang)
        self.setWindowTitle(self.tr("Testimony Intake"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Testimony Intake"))
        super().changeEvent(event)

    # -- first run -----------------------------------------------------------------------------
    def _create_store(self, first: str, second: str) -> None:
        try:
            self.controller.check_new_passphrase(first, second)
        except GuiError as exc:
            self.first_run.passphrase_problem(user_message(exc)[0])
            return
        self.first_run.create_button.setEnabled(False)
        task = self.controller.create_store(first)
        self.first_run.progress.follow(task, self.tr("Creating the encrypted store…"))
        task.error.connect(lambda exc: self.first_run.passphrase_problem(user_message(exc)[0]))

    def _read_profile(self, path: str) -> None:
        task = self.controller.read_profile(path)
        self.first_run.progress.follow(task, self.tr("Checking the profile…"))
        task.done.connect(self._profile_read)
        task.error.connect(lambda exc: show_error(self, exc))

    def _demo(self) -> None:
        task = self.controller.create_demo_archive()
        self.first_run.progress.follow(task, self.tr("Creating the demo archive…"))
        task.done.connect(self._profile_read)
        task.error.connect(lambda exc: show_error(self, exc))

    def _profile_read(self, info: ProfileInfo) -> None:
        self._pending_profile = info
        self.first_run.show_profile(info.name, info.fingerprint, info.demo)

    def _accept_profile(self) -> None:
        if self._pending_profile is not None:
            try:
                self.controller.accept_profile(self._pending_profile)
            except handled_types() as exc:
                show_error(self, exc)
                return
            self._pending_profile = None
            self.go_home()

    def _on_profile(self, info: ProfileInfo | None) -> None:
        self.bar.demo.setVisible(bool(info and info.demo) and self.controller.is_unlocked)
        if info is not None:
            self.modes.set_profile(info.name, info.demo)

    # -- lock and unlock ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.idle.isActive():
            self.idle.start()
        return False

    def _idle_timeout(self) -> None:
        if self.controller.idle_held:  # a recording, a seal or a moving send: look again later
            self.idle.start()
            return
        self.lock_now()

    def lock_now(self) -> None:
        """Panic or idle: drop every page with data, forget the keys, show the lock screen."""
        if self.stack.currentWidget() is self.first_run and not self.controller.is_unlocked:
            return
        self.controller.lock()

    def _before_lock(self) -> None:
        """The store is still open: hide the page, then let it save what was typed and keep a
        running recording, and drop it. Nothing here may stop the lock."""
        self.stack.setCurrentWidget(self.lock_screen)
        self._close_dialogs()
        page, mode = self.mode_page, self.mode_name
        where = getattr(page, "place", None)
        try:
            self._resume = (mode, where()) if callable(where) else None
            self._drop_mode_page()
        except Exception as exc:  # noqa: BLE001 - report for developers; the lock goes on
            from intake_app.gui.controllers.tasks import crash_handler

            crash_handler(exc)
            self.mode_page, self.mode_name = None, ""

    @staticmethod
    def _close_dialogs() -> None:
        # A dialog left open (a file chooser showing folders, a message) must not outlive the lock.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _on_locked(self) -> None:
        self._close_dialogs()
        self.modes.set_recovered([])
        QGuiApplication.clipboard().clear()
        if self.mode_name == "self":  # panic key or lock in witness mode
            self._witness_done()
            return
        self._drop_mode_page()
        self._show_lock()

    def _show_lock(self) -> None:
        self._set_chrome(False)
        self.lock_screen.reset()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.passphrase.setFocus()

    def _unlock(self, passphrase: str) -> None:
        task = self.controller.unlock(passphrase)
        task.error.connect(lambda exc: self.lock_screen.reset(user_message(exc)[0]))

    def _on_unlocked(self) -> None:
        if self.stack.currentWidget() is self.first_run:
            self.first_run.store_created()
            return
        self._set_chrome(True)
        self.go_home()
        # Back to the interview and step of before the lock, once the unlock's news is in: a take
        # recovered after a crash is told on the start screen, so then the app stays there.
        QTimer.singleShot(0, self._return_after_unlock)

    def _return_after_unlock(self) -> None:
        resume, self._resume = self._resume, None
        if resume is None or self.stack.currentWidget() is not self.modes or not self.controller.is_unlocked:
            return
        if self.modes.recovered.isVisibleTo(self.modes):
            return
        mode, where = resume
        page = self.open_mode(mode)
        back = getattr(page, "return_to", None)
        if callable(back):
            back(where)

    def _wipe(self) -> None:
        """The panic wipe from the lock screen (confirmed there as in the settings)."""
        self._resume = None
        self.controller.wipe()

    def _on_wiped(self) -> None:
        """After a panic wipe: back to the very first screen, as on a fresh computer."""
        forget_file_dialog_history()  # folders the file dialog saw live outside INTAKE_HOME
        self._pending_profile = None
        self._resume = None
        self.first_run.reset()
        self._set_chrome(False)
        self.stack.setCurrentWidget(self.first_run)

    # -- modes -------------------------------------------------------------------------------
    def go_home(self) -> None:
        if not self.controller.is_unlocked:
            return
        if self.controller.profile_info() is None:
            self.first_run.show_profile_page()
            self.stack.setCurrentWidget(self.first_run)
            self._set_chrome(False)
            return
        self._set_chrome(True)
        self._on_profile(self.controller.profile_info())
        self._drop_mode_page()
        self.stack.setCurrentWidget(self.modes)
        self.modes.buttons["interviewer"].setFocus()

    def open_mode(self, mode: str) -> QWidget:
        if mode == "self":
            return self.open_witness()
        self._drop_mode_page()
        page = _mode_factory(mode)(self.controller)
        page.setObjectName(f"page_{mode}")
        self.mode_page, self.mode_name = page, mode
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        from intake_app.gui.keyboard import focus_first

        focus_first(page)  # Tab starts on the new page, not on the top bar
        close = getattr(page, "closed", None)
        if close is not None:
            close.connect(self.go_home)
        return page

    def open_witness(self) -> QWidget:
        """Witness mode, locked down: take what the witness needs (the archive profile, bridges,
        microphone), lock the interviewer's session, then show only the witness's wizard (no top
        bar, no way to any other screen). When it closes: the lock screen, or the first screen."""
        from intake_app.gui.controllers.self_submit import WitnessSetup
        from intake_app.gui.widgets.self_submit import SelfSubmitWizard

        # Unlocked: what the interviewer chose. Locked (the lock screen's entry) or no store: the
        # profile prepared for witnesses, compared by the witness; the store stays locked.
        setup = (WitnessSetup.from_app(self.controller) if self.controller.is_unlocked
                 else WitnessSetup.from_prepared(self.controller))
        if self.controller.is_unlocked:
            self.controller.lock()
        self._drop_mode_page()
        self._set_chrome(False)
        self.bar.hide()
        self._language_before_witness = i18n.current()  # the witness's choice is not kept
        page = SelfSubmitWizard(self.controller, setup, idle_ms=self.idle.interval())
        page.setObjectName("page_self")
        self.mode_page, self.mode_name = page, "self"
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.closed.connect(self._witness_done)
        return page

    def _witness_done(self) -> None:
        self._drop_mode_page()
        before, self._language_before_witness = self._language_before_witness, ""
        if before and before != i18n.current():  # the lock screen in the interviewer's language again
            self.controller.set_language(before, persist=False)
        self.bar.show()
        self.first_run.reset()
        self._start()

    def _drop_mode_page(self) -> None:
        page, self.mode_page, self.mode_name = self.mode_page, None, ""
        if page is not None:
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()
            self.stack.removeWidget(page)
            page.deleteLater()

    def closeEvent(self, event: QEvent) -> None:
        self._drop_mode_page()
        self.controller.lock()
        super().closeEvent(event)  # type: ignore[arg-type]
