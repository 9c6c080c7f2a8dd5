# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox: Tor status and bootstrap progress, bridge settings, sealed bundles with their
upload progress, and the receipts that came back.

The bundles are the page's main content: with bundles waiting, the bridge settings fold into one
line that says what is set (at 1024x600 the Tor and bridge boxes had left room for about two
bundle rows; newcomer walk, session 5). The connection's state, progress bar, Connect/Cancel and
the assistant's steps always stay in view.

The widget shows rows the outbox controller hands it and emits intents (connect, send, save
bridges); it never touches tor, the network or the store itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.widgets.common import Retranslating
from intake_app.gui.widgets.file_dialogs import open_file
from intake_app.text.errors import user_message

BRIDGE_KINDS = ("none", "obfs4", "snowflake", "custom")
ATTEMPT_LINES = 8  # the last steps of the connection assistant shown


class OutboxPanel(Retranslating):
    """Signals: connect_tor(), cancel_tor(), send(str bundle_id), send_all(),
    bridges_changed(str kind, list[str] lines), open_requested(str bundle_id).

    Connect uses the bridges shown and the "Tor is blocked where I am" choice (the page saves
    them first) and runs the connection assistant; each of its steps is shown in plain words
    (:meth:`show_attempt`). While it runs, the Connect button becomes Cancel; when no way
    worked the panel says that Tor may be blocked and suggests bridges.
    """

    connect_tor = Signal()
    cancel_tor = Signal()
    bridges_qr = Signal(str)  # the path of a picture of a QR code with bridge lines
    send = Signal(str)
    send_all = Signal()
    open_requested = Signal(str)  # a bundle's row double-clicked (or Enter): its interview, read only
    bridges_changed = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tor
        self.tor_box = QGroupBox()
        self.tor_status = QLabel()
        self.tor_status.setObjectName("torStatus")
        self.tor_status.setWordWrap(True)
        self.tor_progress = QProgressBar()
        self.tor_progress.setObjectName("torProgress")
        self.tor_progress.setRange(0, 100)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connectTor")
        self.connect_button.clicked.connect(self._connect_clicked)
        self.blocked = QCheckBox()
        self.blocked.setObjectName("torBlocked")
        self.attempt_log = QLabel()
        self.attempt_log.setObjectName("connectAttempts")
        self.attempt_log.setWordWrap(True)
        self.attempt_log.setTextFormat(Qt.TextFormat.PlainText)
        self.attempt_lines: list[str] = []
        self.stall_advice = QLabel()
        self.stall_advice.setObjectName("torStalled")
        self.stall_advice.setWordWrap(True)
        self.stall_advice.hide()
        # Once connected, the way that worked in one line (the steps before it stay in attempt_log).
        self.way_used = QLabel()
        self.way_used.setObjectName("connectWayUsed")
        self.way_used.setWordWrap(True)
        self.way_used.setTextFormat(Qt.TextFormat.PlainText)
        self.way_used.hide()
        # The bridge settings fold into one line (the toggle and a summary of what is set).
        self.settings_toggle = QToolButton()
        self.settings_toggle.setObjectName("bridgeSettingsToggle")
        self.settings_toggle.setCheckable(True)
        self.settings_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_toggle.clicked.connect(self._toggle_clicked)
        self.settings_summary = QLabel()
        self.settings_summary.setObjectName("bridgeSummary")
        self.settings_summary.setWordWrap(True)
        self.settings_summary.setTextFormat(Qt.TextFormat.PlainText)
        self._user_expanded: bool | None = None  # the person's own choice, once made
        tv = QVBoxLayout(self.tor_box)
        row = QHBoxLayout()
        row.addWidget(self.tor_progress, 1)
        row.addWidget(self.connect_button)
        tv.addWidget(self.tor_status)
        tv.addWidget(self.blocked)
        tv.addLayout(row)
        tv.addWidget(self.attempt_log)
        tv.addWidget(self.way_used)
        tv.addWidget(self.stall_advice)
        fold = QHBoxLayout()
        fold.addWidget(self.settings_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        fold.addWidget(self.settings_summary, 1)
        tv.addLayout(fold)
        tv.addStretch(1)
        # Bridges
        self.bridge_box = QGroupBox()
        self.bridge_group = QButtonGroup(self)
        self.bridge_buttons: dict[str, QRadioButton] = {}
        bv = QVBoxLayout(self.bridge_box)
        radios = QHBoxLayout()
        for i, kind in enumerate(BRIDGE_KINDS):
            radio = QRadioButton()
            radio.setObjectName(f"bridge_{kind}")
            self.bridge_group.addButton(radio, i)
            self.bridge_buttons[kind] = radio
            radios.addWidget(radio)
        self.bridge_lines = QPlainTextEdit()
        self.bridge_lines.setObjectName("bridgeLines")
        self.bridge_lines.setTabChangesFocus(True)
        self.bridge_lines.setMaximumHeight(80)
        self.bridge_help = QLabel()
        self.bridge_help.setWordWrap(True)
        self.bridge_save = QPushButton()
        self.bridge_save.setObjectName("saveBridges")
        self.bridge_save.clicked.connect(self._save_bridges)
        self.bridge_qr = QPushButton()
        self.bridge_qr.setObjectName("bridgesQr")
        self.bridge_qr.clicked.connect(self._qr_clicked)
        self.bridge_error = QLabel()
        self.bridge_error.setObjectName("inlineError")
        self.bridge_error.setWordWrap(True)
        self.bridge_status = QLabel()
        self.bridge_status.setObjectName("bridgeStatus")
        self.bridge_status.setWordWrap(True)
        bv.addLayout(radios)
        bv.addWidget(self.bridge_help)
        bv.addWidget(self.bridge_lines)
        bv.addWidget(self.bridge_error)
        bv.addWidget(self.bridge_status)
        brow = QHBoxLayout()
        brow.addStretch(1)
        brow.addWidget(self.bridge_qr)
        brow.addWidget(self.bridge_save)
        bv.addLayout(brow)
        self.bridge_group.idToggled.connect(lambda _i, _on: self._bridge_kind_changed())
        self.bridge_group.idToggled.connect(lambda _i, _on: self._edited())
        self.bridge_lines.textChanged.connect(self._edited)
        self.bridge_group.idToggled.connect(lambda _i, _on: self._summary_text())
        self.bridge_lines.textChanged.connect(self._summary_text)
        self.blocked.toggled.connect(lambda _on: self._summary_text())
        self.bridge_buttons["none"].setChecked(True)
        # Bundles
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("outboxTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)  # the interview's own number names the row
        # Header resize modes, not a one-off resizeColumnsToContents(): after a send the columns
        # shrank to their text and left the rest of the table blank (walk, session 5; the same
        # fix as the interviews table, usability-review §2.8).
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((fit, fit, fit, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendSelected")
        self.send_button.clicked.connect(self._send_selected)
        self.table.itemSelectionChanged.connect(self._update_send)
        # A double-click on a sent interview here showed nothing (walk, session 5): it opens the
        # interview as the Interviews list does (read only, or the note that it was deleted here).
        self.table.cellActivated.connect(self._activated)
        self.send_all_button = QPushButton()
        self.send_all_button.setObjectName("sendAll")
        self.send_all_button.clicked.connect(self.send_all.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.send_all_button)
        self.bars: dict[str, QProgressBar] = {}
        self.ids: list[str] = []
        self.rows: list[tuple[str, str, str, str, str]] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.tor_box, 1)
        top.addWidget(self.bridge_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_tor_state("off", 0, "")
        self._set_expanded(True)  # nothing to send yet: the room is the settings'
        self.retranslate()

    def retranslate(self) -> None:
        self.tor_box.setTitle(self.tr("Connection (Tor)"))
        self._connect_text()
        self.tor_progress.setAccessibleName(self.tr("Tor connection progress"))
        self.blocked.setText(self.tr("Tor is &blocked where I am: never connect without a bridge"))
        self.blocked.setToolTip(self.tr(
            "Tick this in mainland China and wherever Tor is blocked or watched: the app then only tries "
            "bridges (the archive's own, yours, then the built-in ones) and never a direct connection."))
        self.attempt_log.setAccessibleName(self.tr("What the connection assistant is doing"))
        self.bridge_box.setTitle(self.tr("Bridges (if Tor is blocked where you are)"))
        names = self._kind_names()
        for kind, radio in self.bridge_buttons.items():
            radio.setText(names[kind])
            radio.setAccessibleName(self.tr("Bridges: {0}").format(names[kind]))
        self.bridge_help.setText(self.tr(
            "In mainland China Tor is blocked: paste the Snowflake or obfs4 bridge lines you got from Tor "
            "Browser or a trusted person, one per line. Connect uses the bridges chosen here, and never "
            "connects without them."))
        self._stall_text()
        self.bridge_lines.setAccessibleName(self.tr("Bridge lines"))
        self.bridge_save.setText(self.tr("Save &bridges"))
        self.bridge_qr.setText(self.tr("Read a &QR code picture…"))
        self.bridge_qr.setToolTip(self.tr("Bridge lines from a photo or saved picture of a QR code a trusted "
                                          "person or the archive gave you"))
        self.table.setHorizontalHeaderLabels([self.tr("Interview"), self.tr("Size"), self.tr("State"),
                                              self.tr("Progress")])
        self.table.setAccessibleName(self.tr("Bundles waiting to be sent"))
        self.send_button.setText(self.tr("&Send selected"))
        self.send_all_button.setText(self.tr("Send &all"))
        self._tor_text()
        self._toggle_text()
        self._summary_text()
        if getattr(self, "_bridge_problem", None) is not None:
            expanded = self.settings_expanded()
            self.bridge_problem(self._bridge_problem)
            self._set_expanded(expanded)  # a language change opens nothing
        self._status_text()
        if getattr(self, "rows", None):
            self.set_rows(self.rows)

    def _kind_names(self) -> dict[str, str]:
        return {"none": self.tr("No bridges"), "obfs4": self.tr("obfs4"), "snowflake": self.tr("Snowflake"),
                "custom": self.tr("Custom lines")}

    # -- folding the settings ---------------------------------------------------------------
    def settings_expanded(self) -> bool:
        return self.settings_toggle.isChecked()

    def _set_expanded(self, on: bool) -> None:
        """Show the bridge settings (and "Tor is blocked where I am") or fold them into one line."""
        self.settings_toggle.setChecked(on)
        self.bridge_box.setVisible(on)
        self.blocked.setVisible(on)
        self.settings_summary.setVisible(not on)
        self._toggle_text()

    def _toggle_clicked(self, on: bool) -> None:
        self._user_expanded = on  # kept from now on: the page no longer folds or opens by itself
        self._set_expanded(on)

    def _toggle_text(self) -> None:
        on = self.settings_toggle.isChecked()
        self.settings_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.settings_toggle.setText(self.tr("Bridge settings"))
        self.settings_toggle.setAccessibleName(self.tr("Hide the bridge settings") if on else
                                               self.tr("Show the bridge settings"))

    def _summary_text(self) -> None:
        """What the folded settings hold, in one line: the bridges shown and the "blocked" choice."""
        kind, lines = self.bridge_selection()
        blocked = self.blocked.isChecked()
        if getattr(self, "_tor", ("off",))[0] == "direct":
            # "Tor connects directly" beside "sending directly, without Tor" read as a contradiction (walk, session 6).
            text = self.tr("The demo archive is reached without Tor: bridges are not used.")
        elif kind == "none":
            text = self.tr("No bridges, and Tor is blocked where you are: add bridges before connecting.") \
                if blocked else self.tr("No bridges: Tor connects directly.")
        else:
            text = self.tr("Bridges: {0} (lines: {1}).").format(self._kind_names()[kind], len(lines))
            if blocked:
                text += " " + self.tr("Never connects without a bridge.")
        self.settings_summary.setText(text)

    def _show_way(self) -> None:
        """The assistant's steps while it runs or after it failed; once connected, the way that
        worked in one line, so the bundles keep the room."""
        ready = getattr(self, "_tor", ("off",))[0] == "ready"
        last = self.attempt_lines[-1] if self.attempt_lines else ""
        self.way_used.setText(last if ready else "")
        self.way_used.setVisible(ready and bool(last))
        self.attempt_log.setVisible(not ready and bool(self.attempt_lines))

    # -- Tor ------------------------------------------------------------------------------
    def set_tor_state(self, state: str, percent: int, phase: str) -> None:
        """state: off | starting | ready | direct | failed."""
        previous = getattr(self, "_tor", ("off", 0, ""))
        self._tor = (state, percent, phase)
        self.tor_progress.setValue(percent)
        self.connect_button.setEnabled(state in ("off", "failed", "starting"))
        if state == "failed" and previous[0] == "starting":
            self.stall_advice.show()  # no way worked: say what to try next
            self._set_expanded(True)  # the advice speaks of the bridges: show them
        elif state != "failed":
            self.stall_advice.hide()
        self._connect_text()
        self._tor_text()
        self._bridges_editable()
        self._show_way()
        self._summary_text()

    def _bridges_editable(self) -> None:
        """While tor starts or runs, the bridges shown are the ones it uses: they cannot be changed
        until it stops, so the screen never shows other bridges than those in use."""
        state = getattr(self, "_tor", ("off",))[0]
        editable = state not in ("starting", "ready")
        for radio in self.bridge_buttons.values():
            radio.setEnabled(editable)
        self.bridge_save.setEnabled(editable)
        self.bridge_qr.setEnabled(editable)
        self.blocked.setEnabled(editable)
        self._bridge_kind_changed()
        self._status_text()

    def _status_text(self) -> None:
        if getattr(self, "_tor", ("off",))[0] in ("starting", "ready"):
            self.bridge_status.setText(self.tr(
                "These bridges are in use. To change them, stop the connection first (Cancel, or lock the app)."))
        elif getattr(self, "_saved_kind", None) == "none":
            self.bridge_status.setText(self.tr("No bridges: Tor connects directly."))
        elif getattr(self, "_saved_kind", None) is not None:
            self.bridge_status.setText(self.tr("Bridges saved. They are used every time you connect."))
        else:
            self.bridge_status.clear()

    def _connect_text(self) -> None:
        if getattr(self, "_tor", ("off",))[0] == "starting":
            self.connect_button.setText(self.tr("&Cancel"))
            self.connect_button.setAccessibleName(self.tr("Stop connecting to Tor"))
        else:
            self.connect_button.setText(self.tr("&Connect"))
            self.connect_button.setAccessibleName(self.tr("Connect to Tor"))

    def _connect_clicked(self) -> None:
        if self._tor[0] == "starting":
            self.connect_button.setEnabled(False)  # until the worker stopped its tor
            self.cancel_tor.emit()
        else:
            self._connecting_kind = self.bridge_selection()[0]
            self.attempt_lines = []
            self.attempt_log.clear()
            self._show_way()
            self._stall_text()
            self.connect_tor.emit()

    def show_attempt(self, line: str) -> None:
        """One step of the connection assistant (already in the person's language)."""
        self.attempt_lines = (self.attempt_lines + [line])[-ATTEMPT_LINES:]
        self.attempt_log.setText("\n".join(self.attempt_lines))
        self._show_way()

    def _stall_text(self) -> None:
        if getattr(self, "_connecting_kind", "none") == "none" and not self.blocked.isChecked():
            self.stall_advice.setText(self.tr(
                "No way worked: Tor may be blocked where you are. Tick \"Tor is blocked where I am\", choose "
                "Snowflake or obfs4 bridges on the right and paste their lines, then Connect again."))
        else:
            self.stall_advice.setText(self.tr(
                "No way worked: these bridges may be blocked or offline. Paste other bridge lines (or try the "
                "other kind), then Connect again."))

    def _tor_text(self) -> None:
        state, percent, phase = getattr(self, "_tor", ("off", 0, ""))
        texts = {
            "off": self.tr("Not connected. Nothing is sent until you connect."),
            "starting": self.tr("Connecting to Tor… {0}% ({1})").format(percent, phase) if phase else
            self.tr("Connecting to Tor… {0}%").format(percent),
            "ready": self.tr("Connected to Tor."),
            "direct": self.tr("Demo archive on this computer: sending directly, without Tor (not anonymous)."),
            "failed": self.tr("Could not connect to Tor. Try bridges, then connect again."),
        }
        self.tor_status.setText(texts.get(state, ""))

    # -- bridges ----------------------------------------------------------------------------
    def set_bridges(self, kind: str, lines: list[str]) -> None:
        self.bridge_buttons.get(kind, self.bridge_buttons["none"]).setChecked(True)
        self.bridge_lines.setPlainText("\n".join(lines))
        self._bridge_kind_changed()

    def _qr_clicked(self) -> None:
        path = open_file(self, self.tr("Picture of a QR code with bridge lines"),
                         self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.bridge_problem(None)
            self.bridges_qr.emit(path)

    def add_bridge_lines(self, lines: list[str]) -> None:
        """Lines read from a QR code: added to those shown (the kind becomes "Custom lines"
        unless every line is of the kind chosen). Saved when Connect or Save is pressed."""
        kind, shown = self.bridge_selection()
        merged = shown + [line for line in lines if line not in shown]
        kinds = {line.split()[0] for line in merged}
        if kind == "none" or kinds != {kind}:
            kind = kinds.pop() if len(kinds) == 1 and next(iter(kinds)) in BRIDGE_KINDS else "custom"
        self.set_bridges(kind, merged)
        self.bridge_status.setText(self.tr("{0} bridge lines read from the QR code. Connect (or Save) uses them.")
                                   .format(len(lines)))

    def bridge_problem(self, problem: BaseException | None) -> None:
        """Show why the bridges shown cannot be used (kept, so it follows a language change)."""
        self._bridge_problem = problem
        self.bridge_error.setText("\n".join(t for t in user_message(problem) if t) if problem is not None else "")
        if problem is not None:
            self.bridge_status.clear()
            self._set_expanded(True)  # the message is in the settings: open them

    def bridge_selection(self) -> tuple[str, list[str]]:
        """The bridges shown: the kind chosen and the non-empty lines pasted."""
        kind = BRIDGE_KINDS[max(0, self.bridge_group.checkedId())]
        lines = [ln.strip() for ln in self.bridge_lines.toPlainText().splitlines() if ln.strip()]
        return kind, lines if kind != "none" else []

    def bridges_saved(self, kind: str) -> None:
        self.bridge_problem(None)
        self._saved_kind = kind
        self._status_text()

    def _bridge_kind_changed(self) -> None:
        kind = BRIDGE_KINDS[max(0, self.bridge_group.checkedId())]
        self.bridge_lines.setEnabled(kind != "none" and self.bridge_save.isEnabled())

    def _edited(self) -> None:
        """A change not saved yet: "Bridges saved" no longer describes what is shown."""
        if getattr(self, "_saved_kind", None) is not None:
            self._saved_kind = None
            self._status_text()

    def _save_bridges(self) -> None:
        self.bridge_problem(None)
        self._saved_kind = None
        self._status_text()
        self.bridges_changed.emit(*self.bridge_selection())

    # -- bundles ---------------------------------------------------------------------------
    def state_text(self, state: str, code: str) -> str:
        names = {"outbox": self.tr("Waiting to be sent"), "sent": self.tr("Sent, waiting for the receipt"),
                 "destroyed": self.tr("Receipt verified: {0}"),
                 "receipt_verified": self.tr("Receipt verified: {0}")}
        return names.get(state, state).format(code)

    def set_rows(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        """rows: (entry id, label, size text, state, receipt code)."""
        if self._user_expanded is None and bool(rows) != bool(self.rows):
            self._set_expanded(not rows)  # bundles waiting: they are the page's main content
        self.rows = rows
        self.table.setRowCount(len(rows))
        self.ids = [r[0] for r in rows]
        self.bars = {}
        for i, (bundle_id, label, size, state, code) in enumerate(rows):
            for col, text in enumerate((label, size, self.state_text(state, code))):
                self.table.setItem(i, col, QTableWidgetItem(text))
            bar = QProgressBar()
            bar.setRange(0, 1000)
            done = state in ("sent", "receipt_verified")
            bar.setValue(1000 if done else 0)
            if done:
                bar.setFormat(self.tr("100 % (done)"))
            bar.setAccessibleName(self.tr("Upload progress of {0}").format(label))
            self.table.setCellWidget(i, 3, bar)
            self.bars[bundle_id] = bar
        if rows:
            self.table.selectRow(0)
        self._update_send()

    def _update_send(self) -> None:
        """Send only what still waits: a bundle whose receipt came back is done."""
        row = self.table.currentRow()
        waiting = [r for r in self.rows if r[3] in ("outbox", "sent")]
        self.send_button.setEnabled(0 <= row < len(self.rows) and self.rows[row][3] in ("outbox", "sent"))
        self.send_all_button.setEnabled(bool(waiting))

    def show_progress(self, bundle_id: str, done: int, total: int) -> None:
        bar = self.bars.get(bundle_id)
        if bar is not None and total > 0:
            bar.setValue(int(1000 * min(done, total) / total))

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.ids):
            self.open_requested.emit(self.ids[row])

    def _send_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.send.emit(self.ids[row])
