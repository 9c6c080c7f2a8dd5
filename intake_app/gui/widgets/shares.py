# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's third tab (issue 23): custodian shares for one bundle whose identity side is
sealed k-of-n. A custodian releases their share into a file (encrypted to the requester's public
key); a requester reveals the identity side into a folder from K share files. Each step states
its purpose, is first logged in the archive's public reveal log and then signed into the
bundle's custody log. Shares travel as files (USB); nothing here shows a share or a key."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.shares import SharesController
from intake_app.gui.widgets.common import Retranslating, TaskProgress, show_error
from intake_app.gui.widgets.file_dialogs import existing_directory, open_file, open_files, save_file
from intake_app.text.errors import IntakeError


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SharesTab(Retranslating):
    def __init__(self, controller: SharesController, archive_dir: QLineEdit, progress: TaskProgress,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.archive_dir, self.progress = controller, archive_dir, progress
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.bundle, self.bundle_pick = QLineEdit(), QPushButton()
        self.bundle.setObjectName("sharesBundle")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("sharesPurpose")
        self.archive_pass = _password()
        self.archive_pass.setObjectName("sharesArchivePassphrase")
        self.bundle_label, self.purpose_label, self.archive_pass_label = QLabel(), QLabel(), QLabel()
        common = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.bundle, 1)
        row.addWidget(self.bundle_pick)
        common.addRow(self.bundle_label, row)
        common.addRow(self.purpose_label, self.purpose)
        common.addRow(self.archive_pass_label, self.archive_pass)
        for label, edit in ((self.bundle_label, self.bundle), (self.purpose_label, self.purpose),
                            (self.archive_pass_label, self.archive_pass)):
            label.setBuddy(edit)
        # Release: one custodian, one bundle.
        self.release_box = QGroupBox()
        self.my_key, self.my_key_pick, self.my_pass = QLineEdit(), QPushButton(), _password()
        self.my_key.setObjectName("custodianKey")
        self.my_pass.setObjectName("custodianPassphrase")
        self.requester = QLineEdit()
        self.requester.setObjectName("requesterRecipient")
        self.release_button = QPushButton()
        self.release_button.setObjectName("releaseShare")
        self.release_qr_button = QPushButton()
        self.release_qr_button.setObjectName("releaseShareQr")
        self.my_key_label, self.my_pass_label, self.requester_label = QLabel(), QLabel(), QLabel()
        release = QFormLayout(self.release_box)
        row = QHBoxLayout()
        row.addWidget(self.my_key, 1)
        row.addWidget(self.my_key_pick)
        release.addRow(self.my_key_label, row)
        release.addRow(self.my_pass_label, self.my_pass)
        release.addRow(self.requester_label, self.requester)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.release_qr_button)
        buttons.addStretch(1)
        release.addRow(buttons)
        for label, edit in ((self.my_key_label, self.my_key), (self.my_pass_label, self.my_pass),
                            (self.requester_label, self.requester)):
            label.setBuddy(edit)
        # Reveal: K share files and the requester's own key.
        self.reveal_box = QGroupBox()
        self.share_list = QListWidget()
        self.share_list.setObjectName("shareFiles")
        self.share_list.setMinimumHeight(70)
        self.add_shares, self.remove_share = QPushButton(), QPushButton()
        self.req_key, self.req_key_pick, self.req_pass = QLineEdit(), QPushButton(), _password()
        self.req_key.setObjectName("requesterKey")
        self.req_pass.setObjectName("requesterPassphrase")
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealIdentity")
        self.shares_label, self.req_key_label, self.req_pass_label = QLabel(), QLabel(), QLabel()
        reveal = QFormLayout(self.reveal_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_shares)
        buttons.addWidget(self.remove_share)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.share_list)
        column.addLayout(buttons)
        reveal.addRow(self.shares_label, column)
        row = QHBoxLayout()
        row.addWidget(self.req_key, 1)
        row.addWidget(self.req_key_pick)
        reveal.addRow(self.req_key_label, row)
        reveal.addRow(self.req_pass_label, self.req_pass)
        reveal.addRow(self.reveal_button)
        for label, edit in ((self.req_key_label, self.req_key), (self.req_pass_label, self.req_pass)):
            label.setBuddy(edit)
        self.status = QLabel()
        self.status.setObjectName("sharesStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(common)
        layout.addWidget(self.release_box)
        layout.addWidget(self.reveal_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.bundle_pick.clicked.connect(self._pick_bundle)
        self.my_key_pick.clicked.connect(lambda: self._pick_key(self.my_key))
        self.req_key_pick.clicked.connect(lambda: self._pick_key(self.req_key))
        self.add_shares.clicked.connect(self._pick_shares)
        self.remove_share.clicked.connect(self._remove_share)
        self.release_button.clicked.connect(self._pick_share_out)
        self.release_qr_button.clicked.connect(self._pick_share_qr)
        self.reveal_button.clicked.connect(self._pick_reveal_dir)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "For an archive whose witnesses' identities need several custodians: release your share of one "
            "bundle, or reveal one bundle's identity from enough shares. Each step is first recorded in the "
            "archive's public reveal log, then signed into the bundle's custody log."))
        self.bundle_label.setText(self.tr("Bu&ndle (.tib):"))
        self.purpose_label.setText(self.tr("Purp&ose (recorded):"))
        self.archive_pass_label.setText(self.tr("Archive keys passphrase:"))
        self.archive_pass.setPlaceholderText(self.tr("leave empty if the archive's keys have no passphrase"))
        self.purpose.setPlaceholderText(self.tr("e.g. the request or decision that asks for this"))
        self.bundle_pick.setText(self.tr("Choose…"))
        self.bundle_pick.setAccessibleName(self.tr("Choose a bundle file"))
        self.release_box.setTitle(self.tr("Release my share (custodian)"))
        self.my_key_label.setText(self.tr("My custodian &key file:"))
        self.my_pass_label.setText(self.tr("Its passphrase:"))
        self.requester_label.setText(self.tr("Requester's public key:"))
        self.requester.setPlaceholderText(self.tr("age1… (the share is readable only with that key)"))
        self.my_key_pick.setText(self.tr("Choose…"))
        self.my_key_pick.setAccessibleName(self.tr("Choose your custodian key file"))
        self.release_button.setText(self.tr("Release my share &into a file…"))
        self.release_qr_button.setText(self.tr("Release my share as &QR pictures…"))
        self.reveal_box.setTitle(self.tr("Reveal the identity (requester)"))
        self.shares_label.setText(self.tr("Share files or QR pictures:"))
        self.add_shares.setText(self.tr("&Add share files or pictures…"))
        self.remove_share.setText(self.tr("Remove"))
        self.req_key_label.setText(self.tr("My key file (the shares' recipient):"))
        self.req_pass_label.setText(self.tr("Its passphrase:"))
        self.req_key_pick.setText(self.tr("Choose…"))
        self.req_key_pick.setAccessibleName(self.tr("Choose your key file"))
        self.reveal_button.setText(self.tr("Re&veal into a folder…"))

    # -- actions ----------------------------------------------------------------------------
    def _pick_bundle(self) -> None:
        path = open_file(self, self.tr("Bundle"), self.tr("Sealed bundle (*.tib)"))
        if path:
            self.bundle.setText(path)

    def _pick_key(self, edit: QLineEdit) -> None:
        path = open_file(self, self.tr("Key file"))
        if path:
            edit.setText(path)

    def _pick_shares(self) -> None:
        for path in open_files(self, self.tr("Share files or QR pictures"),
                               self.tr("Shares (*.age *.share *.png *.jpg *.jpeg);;All files (*)")):
            self.share_list.addItem(path)

    def _remove_share(self) -> None:
        row = self.share_list.currentRow()
        if row >= 0:
            self.share_list.takeItem(row)

    def _pick_share_out(self) -> None:
        path = save_file(self, self.tr("Save the share as"))
        if path:
            self.release_into(path)

    def _pick_share_qr(self) -> None:
        path = save_file(self, self.tr("Save the share as QR pictures"), name_filter=self.tr("PNG picture (*.png)"))
        if path:
            self.release_into("", qr=path if path.lower().endswith(".png") else path + ".png")

    def _pick_reveal_dir(self) -> None:
        path = existing_directory(self, self.tr("Reveal into folder"))
        if path:
            self.reveal_into(path)

    @staticmethod
    def _take(edit: QLineEdit) -> str | None:
        text = edit.text()
        edit.clear()  # passphrases are not kept on screen once used
        return text or None

    def release_into(self, out: str, qr: str = "") -> None:
        try:
            task = self.controller.release(self.bundle.text(), self.my_key.text(), self._take(self.my_pass),
                                           self.requester.text(), out, self.purpose.text(), self.archive_dir.text(),
                                           self._take(self.archive_pass), qr=qr)
        except IntakeError as exc:
            show_error(self, exc)
            return
        self.progress.follow(task, self.tr("Releasing your share…"))
        task.done.connect(self._released)
        task.error.connect(lambda exc: show_error(self, exc))

    def _released(self, done: Any) -> None:
        if len(done.pictures) > 1:
            self.status.setText(self.tr(
                "Share {0} does not fit one QR code: it was saved as {1} numbered pictures, {2} to {3}. Print or "
                "give all of them together ({4} of {5} shares open this bundle). The release is in the reveal log "
                "and the custody log.").format(done.index, len(done.pictures), done.pictures[0].name,
                                               done.pictures[-1].name, done.threshold, done.total))
            return
        self.status.setText(self.tr("Share {0} written ({1} of {2} shares open this bundle). The release is in "
                                    "the reveal log and the custody log.").format(done.index, done.threshold,
                                                                                  done.total))

    def reveal_into(self, out_dir: str) -> None:
        shares = [self.share_list.item(i).text() for i in range(self.share_list.count())]
        try:
            task = self.controller.reveal(self.bundle.text(), shares, self.req_key.text(), self._take(self.req_pass),
                                          out_dir, self.purpose.text(), self.archive_dir.text(),
                                          self._take(self.archive_pass))
        except IntakeError as exc:
            show_error(self, exc)
            return
        self.progress.follow(task, self.tr("Opening the identity side…"))
        task.done.connect(lambda _report: self.status.setText(self.tr(
            "The identity side was opened into {0}. The reveal is in the reveal log and the custody log.")
            .format(out_dir)))
        task.error.connect(lambda exc: show_error(self, exc))
