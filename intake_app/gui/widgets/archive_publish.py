# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's third tab: a public copy needs two custodians (issue 18, evidence.md R-SP-13).

The unlocked custody key proposes a public copy of an opened testimony (k-anonymised); a second
custodian, with their own key unlocked, lists passages to cut from the narrative and signs the
review; then the copy can be released. The same services as ``intake archive publish``,
``review`` and ``release``; refusals are shown in plain words on the tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.gui.controllers.archive import ArchiveController
from intake_app.gui.widgets.common import Retranslating, TaskProgress
from intake_app.text.errors import user_message


class PublishTab(Retranslating):
    def __init__(self, controller: ArchiveController, archive_dir: Callable[[], str], progress: TaskProgress,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self._archive_dir, self.progress = controller, archive_dir, progress
        self.opened, self.proposal, self.public = QLineEdit(), QLineEdit(), QLineEdit()
        self.openings = QLineEdit()
        self.openings.setObjectName("publishOpenings")
        self.index_button = QPushButton()
        self.index_button.setObjectName("publishRebuildIndex")
        self.opened.setObjectName("publishOpened")
        self.proposal.setObjectName("publishProposal")
        self.public.setObjectName("publishOut")
        self.k = QSpinBox()
        self.k.setObjectName("publishK")
        self.k.setRange(2, 1000)
        self.k.setValue(5)
        self.passages = QPlainTextEdit()
        self.passages.setObjectName("publishPassages")
        self.passages.setMaximumHeight(90)
        self.propose_button, self.review_button, self.release_button = QPushButton(), QPushButton(), QPushButton()
        self.propose_button.setObjectName("publishPropose")
        self.review_button.setObjectName("publishReview")
        self.release_button.setObjectName("publishRelease")
        self.status = QLabel()
        self.status.setObjectName("publishStatus")
        self.status.setWordWrap(True)
        self.decisions = QListWidget()
        self.decisions.setObjectName("publishDecisions")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, edit in zip(self.labels, (self.opened, self.proposal, self.k, self.passages, self.public),
                               strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        for b in (self.propose_button, self.review_button, self.release_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.index_intro = QLabel()
        self.index_intro.setWordWrap(True)
        self.index_label = QLabel()
        self.index_label.setBuddy(self.openings)
        index_row = QHBoxLayout()
        index_row.addWidget(self.index_label)
        index_row.addWidget(self.openings, 1)
        index_row.addWidget(self.index_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.index_intro)
        layout.addLayout(index_row)
        layout.addWidget(self.status)
        layout.addWidget(self.decisions, 1)
        self.propose_button.clicked.connect(self.propose)
        self.review_button.clicked.connect(self.review)
        self.release_button.clicked.connect(self.release)
        self.index_button.clicked.connect(self.rebuild_index)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("A public copy needs two custodians: one proposes it, a second reviews, cuts "
                                   "what must not be published and signs, then it can be released. Unlock "
                                   "your own custody key above for each step."))
        for label, text in zip(self.labels, (self.tr("Opened testi&mony folder:"), self.tr("Proposal (workin&g folder):"),
                                             self.tr("S&hared by at least k testimonies:"),
                                             self.tr("Passages to cut (one per l&ine):"),
                                             self.tr("Public copy fol&der:")), strict=True):
            label.setText(text)
        self.propose_button.setText(self.tr("&1. Propose"))
        self.review_button.setText(self.tr("&2. Review and sign"))
        self.release_button.setText(self.tr("&3. Release"))
        self.index_intro.setText(self.tr("The publication index counts how many of the archive's testimonies share "
                                         "each published detail. Every testimony opened from the archive's incoming "
                                         "folder on the tab “2. Check, open and export” is added to it. To count testimonies opened elsewhere, choose "
                                         "the folder that holds all of the archive's content openings."))
        self.index_label.setText(self.tr("Folder of the content openings:"))
        self.index_button.setText(self.tr("Rebuild the publication inde&x"))

    def _run(self, task: Any, text: str, done: str) -> None:
        self.status.setText("")
        self.progress.follow(task, text)
        task.done.connect(lambda _r: self._done(done))
        task.error.connect(self._failed)

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.decisions.clear()
        try:
            rows = self.controller.public_decisions(self.proposal.text())
        except Exception:  # noqa: BLE001 - nothing to list yet is not an error here
            rows = []
        for d in rows:
            self.decisions.addItem(f"{d.get('item', '')}  {d.get('decision', '')}  {d.get('reason', '')}".rstrip())

    def _failed(self, exc: BaseException) -> None:
        message, hint = user_message(exc)
        self.status.setText(f"{message} {hint}".strip())

    def rebuild_index(self) -> None:
        task = self.controller.rebuild_publication_index(self._archive_dir(), self.openings.text())
        self.status.setText("")
        self.progress.follow(task, self.tr("Counting the content openings…"))
        task.done.connect(lambda count: self.status.setText(
            self.tr("The publication index was rebuilt: it counts {0} testimonies.").format(int(count))))
        task.error.connect(self._failed)

    def propose(self) -> None:
        self._run(self.controller.propose_public(self.opened.text(), self.proposal.text(), self._archive_dir(),
                                                 self.k.value()),
                  self.tr("Proposing a public copy…"),
                  self.tr("Proposed. A second custodian must now unlock their key, review and sign."))

    def review(self) -> None:
        passages = self.passages.toPlainText().splitlines()
        self._run(self.controller.review_public(self.opened.text(), self.proposal.text(), self._archive_dir(),
                                                passages),
                  self.tr("Reviewing…"), self.tr("Reviewed and signed. The public copy can now be released."))

    def release(self) -> None:
        self._run(self.controller.release_public(self.opened.text(), self.proposal.text(), self._archive_dir(),
                                                 self.public.text()),
                  self.tr("Releasing…"), self.tr("Released."))
