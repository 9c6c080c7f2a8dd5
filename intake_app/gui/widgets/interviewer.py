# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer mode: the list of interviews with their states, the interview editor, and the
outbox (Tor, bridges, uploads, receipts).

Rows show only a neutral label, the state and dates: never a witness's name.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.app import AppController
from intake_app.gui.controllers.interviews import STATES, InterviewsController
from intake_app.gui.controllers.preferences import PreferencesController
from intake_app.gui.controllers.tasks import Task
from intake_app.gui.widgets.common import Retranslating, TaskProgress, show_error
from intake_app.gui.widgets.interview_editor import InterviewEditor
from intake_app.gui.widgets.interview_viewer import InterviewViewer
from intake_app.gui.widgets.outbox import OutboxPanel
from intake_app.gui.widgets.receipt_export import ReceiptExportDialog
from intake_app.gui.widgets.settings_page import SettingsPage
from intake_app.text.errors import handled_types


class InterviewList(Retranslating):
    """Every interview on this machine with its state and receipt code, also after sending.

    Signals: new_requested(), open_requested(str id), delete_requested(str id),
    export_requested(str id). Copying a receipt code to the clipboard happens here.
    """

    new_requested = Signal()
    open_requested = Signal(str)
    delete_requested = Signal(str)
    export_requested = Signal(str)
    CLIPBOARD_CLEAR_MS = 120_000  # a copied receipt code leaves the clipboard after two minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("interviewTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # No row numbers: newest first, row "1" was Interview 2 beside its own number (walk, session 6).
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fixed modes, not a one-off resize: after a language switch the last column kept the width
        # of its new header text instead of filling the table (usability review §2.8).
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((fit, fit, fit, QHeaderView.ResizeMode.Stretch)):
            self.table.horizontalHeader().setSectionResizeMode(column, mode)
        # A double-click, or Enter on a row (activation): once. Listening to both activation and
        # double-click opened a sent interview's note twice and a viewer twice (walk, session 6).
        self.table.cellActivated.connect(lambda row, _c: self._open(row))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.delete_button, self.copy_button, self.export_button = QPushButton(), QPushButton(), QPushButton()
        self.new_button.setObjectName("newInterview")
        self.open_button.setObjectName("openInterview")
        self.delete_button.setObjectName("deleteDraft")
        self.copy_button.setObjectName("copyReceipt")
        self.export_button.setObjectName("exportReceipt")
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.copy_button.clicked.connect(self.copy_receipt)
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("receiptNote")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.export_button)
        v = QVBoxLayout(self)
        v.addLayout(row)
        v.addWidget(self.empty)
        v.addWidget(self.table, 1)
        v.addWidget(self.note)
        self.ids: list[str] = []
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.retranslate()

    def state_name(self, state: str) -> str:
        names = {
            "draft": self.tr("Draft"), "finalised": self.tr("Finalised"), "outbox": self.tr("In outbox"),
            "sent": self.tr("Sent"), "receipt_verified": self.tr("Sent, receipt verified"),
        }
        return names.get(state, state)

    def set_rows(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        """rows: (id, label, state, updated, receipt code)."""
        current = self.current_id()
        self.rows = rows
        self.ids = [r[0] for r in rows]
        self.table.setRowCount(len(rows))
        for i, (_id, label, state, updated, code) in enumerate(rows):
            for col, text in enumerate((label, self.state_name(state), code, updated)):
                item = QTableWidgetItem(text)
                if col == 2 and code:
                    item.setToolTip(self.tr("Right-click to copy or export the receipt code"))
                self.table.setItem(i, col, item)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(self.ids.index(current) if current in self.ids else 0)
        self._selection_changed()

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def current_row(self) -> tuple[str, str, str, str, str] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row[2] == "draft")
        self.copy_button.setEnabled(row is not None and bool(row[4]))
        self.export_button.setEnabled(row is not None and bool(row[4]))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.open_requested.emit(self.ids[row])

    def _emit(self, signal: Any) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def copy_receipt(self) -> None:
        row = self.current_row()
        if row is None or not row[4]:
            return
        code = row[4]
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(code)
        self.note.setText(self.tr(
            "Receipt code {0} copied. It is removed from the clipboard in two minutes; paste it only where it "
            "is safe.").format(code))
        QTimer.singleShot(self.CLIPBOARD_CLEAR_MS, lambda: clipboard.text() == code and clipboard.clear())

    def _context_menu(self, pos: QPoint) -> None:
        item = self.table.itemAt(pos)
        if item is None:
            return
        self.table.selectRow(item.row())
        row = self.current_row()
        if row is None:
            return
        menu = QMenu(self)
        menu.setObjectName("interviewMenu")
        menu.addAction(self.open_button.text().replace("&", ""), lambda: self._open(self.table.currentRow()))
        if row[4]:
            menu.addAction(self.tr("Copy receipt code"), self.copy_receipt)
            menu.addAction(self.tr("Export receipt code…"), lambda: self._emit(self.export_requested))
        if row[2] == "draft":
            menu.addAction(self.tr("Delete draft…"), lambda: self._emit(self.delete_requested))
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Interview"), self.tr("State"), self.tr("Receipt code"),
                                              self.tr("Last change")])
        self.table.setAccessibleName(self.tr("Interviews"))
        self.new_button.setText(self.tr("&New interview"))
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete draft…"))
        self.copy_button.setText(self.tr("Cop&y receipt code"))
        self.export_button.setText(self.tr("E&xport receipt code…"))
        self.empty.setText(self.tr("No interviews yet. Press \"New interview\" to begin."))
        self.note.clear()
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
        self.viewer: InterviewViewer | None = None
        self._connecting: Task | None = None
        self.list.new_requested.connect(self.new_interview)
        self.list.open_requested.connect(self.open_interview)
        self.list.delete_requested.connect(self.confirm_delete)
        self.list.export_requested.connect(self.export_receipt)
        transport = self.controller.transport
        transport.tor_state.connect(self.outbox.set_tor_state)
        transport.attempt_text.connect(self.outbox.show_attempt)
        self.outbox.connect_tor.connect(self._connect)
        self.outbox.cancel_tor.connect(self._cancel_connect)
        self.outbox.send.connect(self.send)
        self.outbox.send_all.connect(self.send_all)
        self.outbox.open_requested.connect(
            lambda entry_id: self.open_interview(self.controller.interview_of_bundle(entry_id)))
        self.outbox.bridges_changed.connect(self._bridges)
        self.outbox.bridges_qr.connect(self._bridges_qr)
        self.outbox.blocked.toggled.connect(self._blocked)
        try:
            self.outbox.set_bridges(*transport.bridge_lines())
            self.outbox.blocked.setChecked(transport.tor_blocked())
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
        """A draft opens in the editor; a finalised or sent one read-only while this machine still
        holds it; one destroyed here after its receipt says so and shows its receipt code."""
        try:
            state = self.controller.state(interview_id)
            if state != "draft":
                self._view(interview_id, state)
                return
            upgraded = self.controller.bring_up_to_date(interview_id)
            editor = InterviewEditor(self.controller, interview_id)
        except handled_types() as exc:
            show_error(self, exc)
            return
        if upgraded is not None:  # issue 21: a draft from before an update follows the new form
            editor.message.setText(self.tr(
                "This interview was started with version {0} of the form; it now follows version {1}. "
                "Your answers were kept; answer the new questions before sealing.").format(*upgraded))
        self.editor = editor
        editor.finished.connect(self._editor_done)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)

    def _row(self, interview_id: str) -> tuple[str, str, str, str, str]:
        return next((r for r in self.list.rows if r[0] == interview_id), (interview_id, "", "", "", ""))

    def _view(self, interview_id: str, state: str) -> None:
        _id, label, _state, _when, code = self._row(interview_id)
        if not self.controller.exists_here(interview_id):
            box = QMessageBox(self)
            box.setObjectName("sentNote")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Interview sent"))
            box.setText(self.tr("{0} was sent and its receipt verified. As the archive asks, its answers, "
                                "recordings and files were then deleted from this computer.").format(label))
            box.setInformativeText(self.tr("Receipt code: {0}").format(code) if code else "")
            box.open()
            return
        def describe() -> tuple[str, str, str, list[tuple[str, list[tuple[str, str]]]]]:
            row = next((r for r in self.controller.rows() if r[0] == interview_id), None)
            return (row[1] if row else label), self.list.state_name(state), code, self.controller.summary(interview_id)

        viewer = InterviewViewer(describe)
        self.viewer = viewer
        viewer.finished.connect(self._viewer_done)
        self.stack.addWidget(viewer)
        self.stack.setCurrentWidget(viewer)

    def _viewer_done(self) -> None:
        viewer, self.viewer = self.viewer, None
        if viewer is not None:
            self.stack.removeWidget(viewer)
            viewer.deleteLater()
        self.stack.setCurrentWidget(self.tabs)

    def confirm_delete(self, interview_id: str) -> None:
        label = self._row(interview_id)[1]
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete draft"))
        box.setText(self.tr("Delete {0}?").format(label))
        box.setInformativeText(self.tr("Its answers, recordings and files are deleted from this computer for good. "
                                       "This cannot be undone."))
        delete = box.addButton(self.tr("&Delete draft"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: button is delete and self._delete(interview_id))
        box.open()

    def _delete(self, interview_id: str) -> None:
        try:
            self.controller.delete_draft(interview_id)
        except handled_types() as exc:
            show_error(self, exc)
        self.refresh()

    def export_receipt(self, interview_id: str) -> None:
        _id, label, _state, _when, code = self._row(interview_id)
        if not code:
            return
        dialog = ReceiptExportDialog(label, code, self)
        dialog.export.connect(lambda path, passphrase: self._export(interview_id, path, passphrase))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    def _export(self, interview_id: str, path: str, passphrase: str | None) -> None:
        task = self.controller.export_receipt(interview_id, path, passphrase)
        self.progress.follow(task, self.tr("Saving the receipt code…"))
        task.done.connect(lambda _r: self.list.note.setText(self.tr("Receipt code saved to {0}.").format(path)))
        task.error.connect(lambda exc: show_error(self, exc))

    def _editor_done(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self.stack.setCurrentWidget(self.tabs)
        self.refresh()

    # -- outbox -----------------------------------------------------------------------------
    def _connect(self) -> None:
        """Run the connection assistant with the bridges and the "Tor is blocked" choice the
        screen shows (checked and saved first): never with other bridges, and never directly when
        bridges are chosen or Tor is said to be blocked."""
        kind, lines = self.outbox.bridge_selection()
        self.outbox.bridge_problem(None)
        try:
            task = self.controller.transport.connect(kind, lines, self.outbox.blocked.isChecked())
        except handled_types() as exc:
            self.outbox.bridge_problem(exc)
            return
        self.outbox.bridges_saved(kind)
        self._connecting = task
        task.done.connect(self._connect_ended)
        task.error.connect(self._connect_ended)
        task.error.connect(lambda exc: show_error(self, exc))

    def _connect_ended(self, _result: object) -> None:
        self._connecting = None

    def _cancel_connect(self) -> None:
        if self._connecting is not None:
            self._connecting.cancel()

    def _blocked(self, blocked: bool) -> None:
        """Kept at once (in the store): a witness session started later uses it too."""
        try:
            self.controller.transport.set_tor_blocked(blocked)
        except handled_types() as exc:
            show_error(self, exc)

    def _bridges_qr(self, path: str) -> None:
        try:
            lines = self.controller.transport.bridges_from_picture(path)
        except handled_types() as exc:
            self.outbox.bridge_problem(exc)
            return
        self.outbox.add_bridge_lines(lines)

    def _bridges(self, kind: str, lines: list[str]) -> None:
        try:
            self.controller.transport.save_bridges(kind, lines)
        except handled_types() as exc:
            self.outbox.bridge_problem(exc)
            return
        self.outbox.bridges_saved(kind)

    def send(self, bundle_id: str) -> None:
        """Send one bundle. Not connected yet: the connection assistant runs first (with the
        bridges and the "Tor is blocked" choice shown), then the bundle goes."""
        transport = self.controller.transport
        if not transport.is_demo and transport.state() != "ready":
            if self._connecting is None:
                self._connect()
            if self._connecting is not None:
                self._connecting.done.connect(
                    lambda _r, b=bundle_id: self.send(b) if transport.state() == "ready" else None)
            return
        task = self.controller.send(bundle_id)
        task.gui_progress.connect(lambda done, total, b=bundle_id: self.outbox.show_progress(b, done, total))
        self.progress.follow(task, self.tr("Sending…"))
        task.done.connect(lambda _r: self.refresh())
        task.error.connect(lambda exc: (show_error(self, exc), self.refresh()))

    def send_all(self) -> None:
        for row in self.outbox.rows:
            if row[3] in ("outbox", "sent"):
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
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.profile_changed.disconnect(self._profile_changed)
        if self.editor is not None:
            self.editor.shutdown()
        self.viewer = None
        self.controller.transport.close()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Interviews"))
        self.tabs.setTabText(1, self.tr("O&utbox"))
        self.tabs.setTabText(2, self.tr("S&ettings"))
        if self.list.rows or self.outbox.rows:
            self.refresh()  # the neutral labels ("Interview 7") are made in the current language
        _ = STATES
