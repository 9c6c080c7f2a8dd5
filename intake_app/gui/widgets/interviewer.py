# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer mode: the list of interviews with their states, the interview editor, and the
outbox (Tor, bridges, uploads, receipts).

Rows show only a neutral label, the state and dates: never a witness's name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import handled_types, user_message
from intake_app.gui.controllers.app import AppController
from intake_app.gui.controllers.interviews import STATES, InterviewsController
from intake_app.gui.controllers.preferences import PreferencesController
from intake_app.gui.widgets.common import Retranslating, TaskProgress, show_error
from intake_app.gui.widgets.interview_editor import InterviewEditor
from intake_app.gui.widgets.outbox import OutboxPanel
from intake_app.gui.widgets.settings_page import SettingsPage


class InterviewList(Retranslating):
    """Signals: new_requested(), open_requested(str id)."""

    new_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("interviewTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(lambda row, _c: self._open(row))
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("newInterview")
        self.open_button.setObjectName("openInterview")
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        v = QVBoxLayout(self)
        v.addLayout(row)
        v.addWidget(self.empty)
        v.addWidget(self.table, 1)
        self.ids: list[str] = []
        self.rows: list[tuple[str, str, str, str]] = []
        self.retranslate()

    def state_name(self, state: str) -> str:
        names = {
            "draft": self.tr("Draft"), "finalised": self.tr("Finalised"), "outbox": self.tr("In outbox"),
            "sent": self.tr("Sent"), "receipt_verified": self.tr("Receipt verified"),
        }
        return names.get(state, state)

    def set_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        """rows: (id, label, state, updated)."""
        self.rows = rows
        self.ids = [r[0] for r in rows]
        self.table.setRowCount(len(rows))
        for i, (_id, label, state, updated) in enumerate(rows):
            for col, text in enumerate((label, self.state_name(state), updated)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.open_requested.emit(self.ids[row])

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Interview"), self.tr("State"), self.tr("Last change")])
        self.table.setAccessibleName(self.tr("Interviews"))
        self.new_button.setText(self.tr("&New interview"))
        self.open_button.setText(self.tr("&Open"))
        self.empty.setText(self.tr("No interviews yet. Press \"New interview\" to begin."))
        if self.rows:
            self.set_rows(self.rows)


class InterviewerPage(Retranslating):
    closed = Signal()

    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.controller = InterviewsController(app)
        self.tabs = QTabWidget()
        self.list = InterviewList()
        self.outbox = OutboxPanel()
        self.settings = SettingsPage(PreferencesController(app))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.tabs.addTab(self.list, "")
        self.tabs.addTab(self.outbox, "")
        self.tabs.addTab(self.settings, "")
        self.progress = TaskProgress()
        self.editor: InterviewEditor | None = None
        v = QVBoxLayout(self)
        v.addWidget(self.stack, 1)
        v.addWidget(self.progress)
        self.list.new_requested.connect(self.new_interview)
        self.list.open_requested.connect(self.open_interview)
        transport = self.controller.transport
        transport.tor_state.connect(self.outbox.set_tor_state)
        self.outbox.connect_tor.connect(self._connect)
        self.outbox.send.connect(self.send)
        self.outbox.send_all.connect(self.send_all)
        self.outbox.bridges_changed.connect(self._bridges)
        try:
            self.outbox.set_bridges(*transport.bridge_lines())
        except handled_types() as exc:
            show_error(self, exc)
        self._show_connection()
        # Another archive chosen in the settings: the demo is reached directly, a real one over Tor.
        app.profile_changed.connect(self._profile_changed)
        self.retranslate()
        self.refresh()

    def _show_connection(self) -> None:
        state = self.controller.transport.state()
        self.outbox.set_tor_state(state, 100 if state in ("direct", "ready") else 0, "")

    def _profile_changed(self, _info: object) -> None:
        self._show_connection()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.list.set_rows(self.controller.rows())
            self.outbox.set_rows(self.controller.outbox_rows())
        except handled_types() as exc:
            show_error(self, exc)

    def new_interview(self) -> None:
        try:
            interview_id = self.controller.create()
        except handled_types() as exc:
            show_error(self, exc)
            return
        self.open_interview(interview_id)

    def open_interview(self, interview_id: str) -> None:
        if self.controller.state(interview_id) != "draft":
            self.tabs.setCurrentWidget(self.outbox)
            return
        try:
            editor = InterviewEditor(self.controller, interview_id)
        except handled_types() as exc:
            show_error(self, exc)
            return
        self.editor = editor
        editor.finished.connect(self._editor_done)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)

    def _editor_done(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.stack.setCurrentWidget(self.tabs)
        self.refresh()

    # -- outbox -----------------------------------------------------------------------------
    def _connect(self) -> None:
        task = self.controller.transport.connect()
        self.progress.follow(task, self.tr("Connecting to Tor…"))
        task.error.connect(lambda exc: show_error(self, exc))

    def _bridges(self, kind: str, lines: list[str]) -> None:
        try:
            self.controller.transport.save_bridges(kind, lines)
        except handled_types() as exc:
            self.outbox.bridge_problem(" ".join(user_message(exc)))

    def send(self, bundle_id: str) -> None:
        task = self.controller.send(bundle_id)
        task.gui_progress.connect(lambda done, total, b=bundle_id: self.outbox.show_progress(b, done, total))
        self.progress.follow(task, self.tr("Sending…"))
        task.done.connect(lambda _r: self.refresh())
        task.error.connect(lambda exc: (show_error(self, exc), self.refresh()))

    def send_all(self) -> None:
        for row in self.outbox.rows:
            if row[3] != "receipt_verified":
                self.send(row[0])

    def place(self) -> tuple[str, int]:
        """Where the interviewer is, to return there after unlock: (interview id, step) in the
        editor, else ("", tab index)."""
        if self.editor is None:
            return "", self.tabs.currentIndex()
        return self.editor.interview_id, self.editor.current

    def return_to(self, where: object) -> None:
        if not isinstance(where, tuple) or len(where) != 2:
            return
        interview_id, step = where
        if not interview_id:
            if isinstance(step, int):
                self.tabs.setCurrentIndex(step)
            return
        try:
            self.open_interview(str(interview_id))
        except handled_types() as exc:
            show_error(self, exc)
            return
        if self.editor is not None and isinstance(step, int) and step > 0:
            self.editor.go(step)

    def shutdown(self) -> None:
        try:
            self.app.profile_changed.disconnect(self._profile_changed)
        except (RuntimeError, TypeError):
            pass
        if self.editor is not None:
            self.editor.shutdown()
        self.controller.transport.close()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Interviews"))
        self.tabs.setTabText(1, self.tr("O&utbox"))
        self.tabs.setTabText(2, self.tr("S&ettings"))
        _ = STATES
