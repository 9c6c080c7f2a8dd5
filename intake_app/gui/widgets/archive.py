# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode: unlock (or create) the custodian's custody key; fetch new sealed bundles from the
receiver (first tab); check a sealed bundle with a content or identity key, see every check at a
glance (green / red), open it into a folder, list the bundle's signed custody log (and whether it
verifies) and export a BagIt bag (second tab)."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.app import AppController
from intake_app.gui.controllers.archive import ArchiveController
from intake_app.gui.controllers.shares import SharesController
from intake_app.gui.widgets.archive_publish import PublishTab
from intake_app.gui.widgets.common import Retranslating, TaskProgress, readable, scrolling, show_error
from intake_app.gui.widgets.file_dialogs import existing_directory, open_file, save_file
from intake_app.gui.widgets.shares import SharesTab
from intake_app.text.errors import IntakeError, user_message

CHECK_IDS = ("structure", "key", "encryption", "signature", "hashes")


class ArchivePage(Retranslating):
    closed = Signal()

    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = ArchiveController()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.bundle = QLineEdit()
        self.bundle.setObjectName("bundlePath")
        self.bundle_pick = QPushButton()
        self.key = QLineEdit()
        self.key.setObjectName("keyPath")
        self.key_pick = QPushButton()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("keyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # The custody key signs every opening and export into the bundle's custody log.
        self.custody_key_box = QGroupBox()
        self.custody_path = QLineEdit(self.controller.default_custody_key_path())
        self.custody_path.setObjectName("custodyKeyPath")
        self.custody_pick = QPushButton()
        self.custody_pass = QLineEdit()
        self.custody_pass.setObjectName("custodyPassphrase")
        self.custody_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.custody_repeat = QLineEdit()
        self.custody_repeat.setObjectName("custodyRepeat")
        self.custody_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.custody_unlock = QPushButton()
        self.custody_unlock.setObjectName("custodyUnlock")
        self.custody_status = QLabel()
        self.custody_status.setObjectName("custodyKeyStatus")
        self.custody_status.setWordWrap(True)
        self.custody_path_label, self.custody_pass_label, self.custody_repeat_label = QLabel(), QLabel(), QLabel()
        key_form = QFormLayout(self.custody_key_box)
        key_row = QHBoxLayout()
        key_row.addWidget(self.custody_path, 1)
        key_row.addWidget(self.custody_pick)
        self.custody_path_label.setBuddy(self.custody_path)
        self.custody_pass_label.setBuddy(self.custody_pass)
        self.custody_repeat_label.setBuddy(self.custody_repeat)
        key_form.addRow(self.custody_path_label, key_row)
        key_form.addRow(self.custody_pass_label, self.custody_pass)
        key_form.addRow(self.custody_repeat_label, self.custody_repeat)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.custody_unlock)
        unlock_row.addWidget(self.custody_status, 1)
        key_form.addRow(unlock_row)
        self.verify_button, self.open_button, self.bag_button = QPushButton(), QPushButton(), QPushButton()
        self.verify_button.setObjectName("verifyButton")
        self.open_button.setObjectName("openButton")
        self.bag_button.setObjectName("bagitButton")
        self.bag_button.setEnabled(False)
        self.form = QFormLayout()
        self.bundle_label, self.key_label, self.pass_label = QLabel(), QLabel(), QLabel()
        for label, edit, pick in ((self.bundle_label, self.bundle, self.bundle_pick),
                                  (self.key_label, self.key, self.key_pick)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(pick)
            label.setBuddy(edit)
            self.form.addRow(label, row)
        self.pass_label.setBuddy(self.passphrase)
        self.form.addRow(self.pass_label, self.passphrase)
        buttons = QHBoxLayout()
        for b in (self.verify_button, self.open_button, self.bag_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.report_box = QGroupBox()
        grid = QGridLayout(self.report_box)
        self.check_names: dict[str, QLabel] = {}
        self.check_marks: dict[str, QLabel] = {}
        for i, cid in enumerate(CHECK_IDS):
            name, mark = QLabel(), QLabel()
            mark.setObjectName("checkNone")
            mark.setProperty("check", cid)
            grid.addWidget(name, i, 0)
            grid.addWidget(mark, i, 1)
            self.check_names[cid], self.check_marks[cid] = name, mark
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reportSummary")
        grid.addWidget(self.summary, len(CHECK_IDS), 0, 1, 2)
        grid.setRowStretch(len(CHECK_IDS) + 1, 1)  # checks stay together at the top on tall screens
        self.custody_box = QGroupBox()
        self.custody = QListWidget()
        self.custody.setObjectName("custodyList")
        self.custody_verdict = QLabel()
        self.custody_verdict.setObjectName("custodyVerdict")
        self.custody_verdict.setWordWrap(True)
        custody_layout = QVBoxLayout(self.custody_box)
        custody_layout.addWidget(self.custody)
        custody_layout.addWidget(self.custody_verdict)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.progress = TaskProgress()
        # Fetch: new sealed bundles from the receiver into ARCHIVE/incoming, checked and logged.
        self.archive_dir = QLineEdit(self.controller.default_archive_dir(app.settings))
        self.archive_dir.setObjectName("fetchArchiveDir")
        self.archive_pick = QPushButton()
        self.token_file = QLineEdit()
        self.token_file.setObjectName("fetchTokenFile")
        self.token_pick = QPushButton()
        self.staff_onion = QLineEdit()
        self.staff_onion.setObjectName("fetchStaffOnion")
        self.auth_dir = QLineEdit()
        self.auth_dir.setObjectName("fetchAuthDir")
        self.auth_pick = QPushButton()
        self.fetch_button = QPushButton()
        self.fetch_button.setObjectName("fetchButton")
        self.fetch_status = QLabel()
        self.fetch_status.setObjectName("fetchStatus")
        self.fetch_status.setWordWrap(True)
        self.incoming_list = QListWidget()
        self.incoming_list.setObjectName("incomingList")
        self.use_button = QPushButton()
        self.use_button.setObjectName("useIncoming")
        self.archive_label, self.token_label = QLabel(), QLabel()
        self.onion_label, self.auth_label = QLabel(), QLabel()
        fetch_form = QFormLayout()
        for label, edit, pick in ((self.archive_label, self.archive_dir, self.archive_pick),
                                  (self.token_label, self.token_file, self.token_pick),
                                  (self.onion_label, self.staff_onion, None),
                                  (self.auth_label, self.auth_dir, self.auth_pick)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            if pick is not None:
                row.addWidget(pick)
            label.setBuddy(edit)
            fetch_form.addRow(label, row)
        fetch_buttons = QHBoxLayout()
        fetch_buttons.addWidget(self.fetch_button)
        fetch_buttons.addWidget(self.fetch_status, 1)
        fetch_tab = QWidget()
        fetch_layout = QVBoxLayout(fetch_tab)
        fetch_layout.addLayout(fetch_form)
        fetch_layout.addLayout(fetch_buttons)
        fetch_layout.addWidget(self.incoming_list, 1)
        use_row = QHBoxLayout()
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        fetch_layout.addLayout(use_row)
        check_tab = QWidget()
        check_layout = QVBoxLayout(check_tab)
        check_layout.addLayout(self.form)
        check_layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.report_box, 1)
        row.addWidget(self.custody_box, 1)
        check_layout.addLayout(row, 1)
        check_layout.addWidget(self.missing)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("archiveTabs")
        self.tabs.addTab(fetch_tab, "")
        self.tabs.addTab(check_tab, "")
        self.shares = SharesTab(SharesController(self.controller.custody_key), self.archive_dir,
                                self.progress)
        self.tabs.addTab(scrolling(self.shares, "sharesScroll"), "")
        self.publish_tab = PublishTab(self.controller, self.archive_dir.text, self.progress)
        self.tabs.addTab(self.publish_tab, "")  # a public copy needs two custodians (issue 18)
        # The page scrolls as a whole when the window is small (1024x600): before, its parts
        # forced the window to 777-819 px. On wide screens it stays a readable width.
        self.custody.setMinimumHeight(110)
        self.incoming_list.setMinimumHeight(110)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.custody_key_box)
        column.addWidget(self.tabs, 1)
        self.scroll = scrolling(readable(body, 1100), "archiveScroll")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.progress)
        self.custody_pick.clicked.connect(self._pick_custody_key)
        self.custody_path.textChanged.connect(lambda _t: self._show_custody_key())
        self.custody_unlock.clicked.connect(self.unlock_custody_key)
        # A bound method, not a lambda: Qt drops the connection when the page is destroyed (the
        # main window deletes it on lock); the controller forgets the key on lock either way.
        self.controller.custody_key_changed.connect(self._on_custody_key_changed)
        app.locked.connect(self.controller.forget_custody_key)
        self.bundle_pick.clicked.connect(self._pick_bundle)
        self.key_pick.clicked.connect(self._pick_key)
        self.verify_button.clicked.connect(self.verify)
        self.open_button.clicked.connect(self._pick_open_dir)
        self.bag_button.clicked.connect(self._pick_bag_dir)
        self.archive_pick.clicked.connect(self._pick_archive_dir)
        self.token_pick.clicked.connect(self._pick_token)
        self.auth_pick.clicked.connect(self._pick_auth_dir)
        self.archive_dir.textChanged.connect(lambda _t: self._refresh_incoming())
        self.fetch_button.clicked.connect(self.fetch)
        self.use_button.clicked.connect(self.use_selected)
        self.incoming_list.itemActivated.connect(lambda _item: self.use_selected())
        self._report: Any = None
        self._fetched: Any = None
        self._app = app
        self.retranslate()

    def shutdown(self) -> None:
        """The page is being dropped (lock, Home): forget the custody key now and stop listening
        to the app, so a later lock never reaches widgets that are already deleted."""
        with contextlib.suppress(RuntimeError, TypeError):
            self._app.locked.disconnect(self.controller.forget_custody_key)
        self.controller.forget_custody_key()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Archive: check and open sealed bundles"))
        self.custody_key_box.setTitle(self.tr("Your custody key (signs the custody log)"))
        self.custody_path_label.setText(self.tr("Custody key fi&le:"))
        self.custody_pass_label.setText(self.tr("Custody key pa&ssphrase:"))
        self.custody_repeat_label.setText(self.tr("&Repeat (new key only):"))
        self.custody_pick.setText(self.tr("Choose…"))
        self.custody_pick.setAccessibleName(self.tr("Choose a custody key file"))
        self.custody_path.setAccessibleName(self.tr("Custody key file"))
        self.custody_pass.setAccessibleName(self.tr("Custody key passphrase"))
        self.custody_repeat.setAccessibleName(self.tr("Repeat the new custody key passphrase"))
        self.bundle_label.setText(self.tr("&Bundle (.tib):"))
        self.key_label.setText(self.tr("&Key file:"))
        self.pass_label.setText(self.tr("Key &passphrase:"))
        self.passphrase.setPlaceholderText(self.tr("leave empty if the key has no passphrase"))
        self.bundle_pick.setText(self.tr("Choose…"))
        self.key_pick.setText(self.tr("Choose…"))
        self.bundle_pick.setAccessibleName(self.tr("Choose a bundle file"))
        self.key_pick.setAccessibleName(self.tr("Choose a key file"))
        self.bundle.setAccessibleName(self.tr("Bundle file"))
        self.key.setAccessibleName(self.tr("Key file (content or identity key)"))
        self.passphrase.setAccessibleName(self.tr("Key passphrase"))
        self.verify_button.setText(self.tr("&Verify"))
        self.open_button.setText(self.tr("&Open into a folder…"))
        self.bag_button.setText(self.tr("&Export to BagIt…"))
        self.report_box.setTitle(self.tr("Verification report"))
        names = {
            "structure": self.tr("Bundle structure is valid"),
            "key": self.tr("This key opens the bundle"),
            "encryption": self.tr("Encryption intact (not altered)"),
            "signature": self.tr("Signed by the collecting device"),
            "hashes": self.tr("Every file matches its recorded hash"),
        }
        for cid, label in names.items():
            self.check_names[cid].setText(label)
        self.custody_box.setTitle(self.tr("Custody events"))
        self.missing.setText(self.tr(
            "Each opening here continues the bundle's signed custody log, started when it was fetched; "
            "the BagIt bag carries it with its PREMIS record."))
        self.tabs.setTabText(0, self.tr("1. &Fetch from the receiver"))
        self.tabs.setTabText(1, self.tr("2. &Check, open and export"))
        self.tabs.setTabText(2, self.tr("3. Custodian &shares"))
        self.tabs.setTabText(3, self.tr("4. Publish (t&wo custodians)"))
        self.archive_label.setText(self.tr("&Archive folder:"))
        self.token_label.setText(self.tr("Staff &token file:"))
        self.onion_label.setText(self.tr("Staff o&nion (optional):"))
        self.auth_label.setText(self.tr("Onion client ke&y folder (optional):"))
        self.token_file.setPlaceholderText(self.tr("default: staff-token in the archive folder"))
        self.staff_onion.setPlaceholderText(self.tr("default: the profile's onion address"))
        self.auth_dir.setPlaceholderText(self.tr("needed for a staff onion with client authorisation"))
        for pick in (self.archive_pick, self.token_pick, self.auth_pick):
            pick.setText(self.tr("Choose…"))
        self.archive_pick.setAccessibleName(self.tr("Choose the archive folder"))
        self.token_pick.setAccessibleName(self.tr("Choose the staff token file"))
        self.auth_pick.setAccessibleName(self.tr("Choose the onion client key folder"))
        self.archive_dir.setAccessibleName(self.tr("Archive folder (profile.json; bundles go to incoming)"))
        self.token_file.setAccessibleName(self.tr("Staff token file"))
        self.staff_onion.setAccessibleName(self.tr("Staff onion address"))
        self.auth_dir.setAccessibleName(self.tr("Onion client key folder"))
        self.fetch_button.setText(self.tr("Fetch &new bundles"))
        self.use_button.setText(self.tr("Check the &selected bundle"))
        self.incoming_list.setAccessibleName(self.tr("Fetched bundles, still sealed"))
        self._show_fetched()
        self._refresh_incoming()
        self._show_report()
        self._show_custody_key()
        self._refresh_custody()

    # -- actions ----------------------------------------------------------------------------
    def _pick_custody_key(self) -> None:
        path = save_file(self, self.tr("Custody key file"), self.custody_path.text())
        if path:
            self.custody_path.setText(path)

    def unlock_custody_key(self) -> None:
        passphrase, repeat = self.custody_pass.text(), self.custody_repeat.text()
        self.custody_pass.clear()  # passphrases are not kept on screen once used
        self.custody_repeat.clear()
        try:
            task = self.controller.unlock_custody_key(self.custody_path.text(), passphrase, repeat)
        except IntakeError as exc:
            show_error(self, exc)
            return
        self.progress.follow(task, self.tr("Unlocking the custody key…"))
        task.error.connect(lambda exc: show_error(self, exc))

    def _on_custody_key_changed(self, _info: object) -> None:
        self._show_custody_key()

    def _show_custody_key(self) -> None:
        info = self.controller.custody_info
        new = not self.controller.custody_key_exists(self.custody_path.text())
        self.custody_repeat.setVisible(new and info is None)
        self.custody_repeat_label.setVisible(new and info is None)
        self.custody_unlock.setText(self.tr("&Create custody key") if new else self.tr("&Unlock custody key"))
        self.custody_unlock.setEnabled(info is None)
        # Once unlocked, the passphrase row and the button step aside: room for the tabs at 1024x600.
        for widget in (self.custody_pass_label, self.custody_pass, self.custody_unlock):
            widget.setVisible(info is None)
        if info is not None:
            self.custody_status.setText(self.tr("Unlocked: key {0}. Openings and exports are signed with it.")
                                        .format(info.key_id))
        elif new:
            self.custody_status.setText(self.tr("No custody key there yet: give a new passphrase twice to create it."))
        else:
            self.custody_status.setText(self.tr("Locked. Openings and exports need it unlocked."))

    def _pick_archive_dir(self) -> None:
        path = existing_directory(self, self.tr("Archive folder"))
        if path:
            self.archive_dir.setText(path)

    def _pick_token(self) -> None:
        path = open_file(self, self.tr("Staff token file"))
        if path:
            self.token_file.setText(path)

    def _pick_auth_dir(self) -> None:
        path = existing_directory(self, self.tr("Onion client key folder"))
        if path:
            self.auth_dir.setText(path)

    def fetch(self) -> None:
        task = self.controller.fetch(self.archive_dir.text(), self.token_file.text(), self.staff_onion.text(),
                                     self.auth_dir.text())
        self.progress.follow(task, self.tr("Fetching new bundles (checking each receipt)…"))
        task.done.connect(self._on_fetched)
        task.error.connect(lambda exc: show_error(self, exc))

    def _on_fetched(self, outcome: Any) -> None:
        self._fetched = outcome
        self._show_fetched()
        self._refresh_incoming()

    def _show_fetched(self) -> None:
        if self._fetched is None:
            self.fetch_status.setText(self.tr("Bundles stay sealed; each is checked against its receipt and logged."))
        else:
            self.fetch_status.setText(self.tr("New bundles fetched: {0} ({1} already here).")
                                      .format(self._fetched.fetched, self._fetched.already))

    def _refresh_incoming(self) -> None:
        self.incoming_list.clear()
        try:
            bundles = self.controller.incoming(self.archive_dir.text())
        except OSError:
            bundles = []
        for sha256, size, path in bundles:
            item = QListWidgetItem(self.tr("{0}…  {1} KiB").format(sha256[:16], max(1, size // 1024)))
            item.setData(256, path)  # Qt.UserRole
            item.setToolTip(sha256)
            self.incoming_list.addItem(item)
        if self.incoming_list.count():
            self.incoming_list.setCurrentRow(self.incoming_list.count() - 1)
        self.use_button.setEnabled(self.incoming_list.count() > 0)

    def use_selected(self) -> None:
        item = self.incoming_list.currentItem()
        if item is None:
            return
        self.bundle.setText(str(item.data(256)))
        self.shares.bundle.setText(str(item.data(256)))
        if not self.key.text():
            self.key.setText(self.controller.demo_content_key(self.archive_dir.text()))
        self.tabs.setCurrentIndex(1)

    def _pick_bundle(self) -> None:
        path = open_file(self, self.tr("Bundle"), self.tr("Sealed bundle (*.tib)"))
        if path:
            self.bundle.setText(path)

    def _pick_key(self) -> None:
        path = open_file(self, self.tr("Key file"))
        if path:
            self.key.setText(path)

    def _pick_open_dir(self) -> None:
        path = existing_directory(self, self.tr("Open into folder"))
        if path:
            self.open_into(path)

    def _pick_bag_dir(self) -> None:
        path = existing_directory(self, self.tr("Export BagIt bag into folder"))
        if path:
            self.export_bagit(path)

    def _passphrase(self) -> str | None:
        text = self.passphrase.text()
        self.passphrase.clear()  # not kept on screen once used
        return text or None

    def verify(self) -> None:
        task = self.controller.verify(self.bundle.text(), self.key.text(), self._passphrase())
        self.progress.follow(task, self.tr("Checking the bundle…"))
        task.done.connect(self._show)
        task.error.connect(lambda exc: show_error(self, exc))

    def open_into(self, out_dir: str) -> None:
        task = self.controller.open(self.bundle.text(), self.key.text(), self._passphrase(), out_dir)
        self.progress.follow(task, self.tr("Opening the bundle…"))
        task.done.connect(self._show)
        task.error.connect(lambda exc: show_error(self, exc))

    def export_bagit(self, bag_dir: str) -> None:
        task = self.controller.export_bagit(bag_dir)
        self.progress.follow(task, self.tr("Writing the BagIt bag…"))
        task.done.connect(lambda _p: self._refresh_custody())
        task.error.connect(lambda exc: show_error(self, exc))

    def _show(self, report: Any) -> None:
        self._report = report
        self.bag_button.setEnabled(bool(report.ok and report.written_to))
        self._show_report()
        self._refresh_custody()

    def _refresh_custody(self) -> None:
        self.custody.clear()
        state = self.controller.custody()
        if state is None:
            self.custody_verdict.setText("")
            return
        for event in state.events:
            self.custody.addItem(f"{event['seq']:>3}  {event['at']}  {event['event']}  {event['outcome']}  "
                                 f"{event['agent']}")
        if state.intact:
            self.custody_verdict.setObjectName("checkOk")
            self.custody_verdict.setText(self.tr("✔ Custody log verified: {0} signed events, chain intact.")
                                         .format(len(state.events)))
        else:
            message, hint = user_message(state.error) if state.error else ("", "")
            self.custody_verdict.setObjectName("checkBad")
            self.custody_verdict.setText(self.tr("✘ Custody log does not verify.") + f" {message} {hint}".rstrip())
        self.custody_verdict.style().unpolish(self.custody_verdict)
        self.custody_verdict.style().polish(self.custody_verdict)

    def _show_report(self) -> None:
        report = self._report
        for cid in CHECK_IDS:
            mark = self.check_marks[cid]
            status = "none"
            if report is not None:
                status = next((c.status for c in report.checks if c.id == cid), "skipped")
            text = {"passed": self.tr("✔ passed"), "failed": self.tr("✘ failed"),
                    "skipped": self.tr("– not checked"), "none": ""}[status]
            mark.setText(text)
            mark.setObjectName({"passed": "checkOk", "failed": "checkBad"}.get(status, "checkNone"))
            mark.setAccessibleName(f"{self.check_names[cid].text()}: {text}")
            mark.style().unpolish(mark)
            mark.style().polish(mark)
        if report is None:
            self.summary.setText("")
        elif report.ok:
            opened = [s for s, d in report.sides.items() if d.get("opened")]
            sides = ", ".join(self._side_name(s) for s in opened) or self.tr("nothing")
            where = self.tr(" Written to {0}.").format(report.written_to) if report.written_to else ""
            opened_text = self.tr("This key opened: {0}.").format(sides) + where
            device = getattr(report, "device", {}) or {}
            if device.get("status") == "enrolled":
                self.summary.setText(self.tr("All checks passed. Sealed by enrolled device {0}.").format(
                    device.get("interviewer_code", "")) + " " + opened_text)
            elif device.get("status") == "unknown":
                # Never "All checks passed" for a device the archive did not enrol (issue 19).
                self.summary.setText(self.tr("The files and signatures are intact, but this bundle comes from an "
                                             "unknown device: the archive did not enrol the key that sealed it.")
                                     + " " + opened_text)
            else:
                self.summary.setText(self.tr("The files and signatures are intact; the sealing device was not "
                                             "checked (the bundle is not in an archive's incoming folder).")
                                     + " " + opened_text)
        else:
            message, hint = user_message(report.error) if report.error else ("", "")
            self.summary.setText(f"{message} {hint}".strip())

    def _side_name(self, side: str) -> str:
        return {"content": self.tr("the testimony (content)"), "identity": self.tr("the identity")}.get(side, side)

