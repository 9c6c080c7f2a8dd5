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

from intake_app.errors import user_message
from intake_app.gui.controllers.archive import ArchiveController
from intake_app.gui.widgets.common import Retranslating, TaskProgress


class PublishTab(Retranslating):
    def __init__(self, controller: ArchiveController, archive_dir: Callable[[], str], progress: TaskProgress,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self._archive_dir, self.progress = controller, archive_dir, progress
        self.opened, self.proposal, self.public = QLineEdit(), QLineEdit(), QLineEdit()
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.decisions, 1)
        self.propose_button.clicked.connect(self.propose)
        self.review_button.clicked.connect(self.review)
        self.release_button.clicked.connect(self.release)
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
