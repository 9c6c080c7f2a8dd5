# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's controller: verify or open a bundle with a key file, export to BagIt.

All work runs in worker tasks through :mod:`intake_app.archive_desk`; passphrases are passed
straight to the key reader and not kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from intake_app.gui.controllers.app import service
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task


class ArchiveController(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.last_opened: Path | None = None

    @staticmethod
    def _desk() -> Any:
        return service("intake_app.archive_desk")

    def verify(self, bundle: str, key_file: str, passphrase: str | None) -> Task:
        def work(ctx: TaskContext) -> Any:
            desk = self._desk()
            ctx.status("")
            identities = desk.read_identities(key_file, passphrase or None)
            ctx.check()
            return desk.verify(bundle, identities)

        return run_task(work)

    def open(self, bundle: str, key_file: str, passphrase: str | None, out_dir: str) -> Task:
        def work(ctx: TaskContext) -> Any:
            desk = self._desk()
            identities = desk.read_identities(key_file, passphrase or None)
            ctx.check()
            report = desk.open_into(bundle, identities, out_dir)
            if report.ok:
                self.last_opened = Path(out_dir)
            return report

        return run_task(work)

    def export_bagit(self, bag_dir: str) -> Task:
        opened = self.last_opened

        def work(ctx: TaskContext) -> Any:
            if opened is None:
                raise FileNotFoundError("nothing opened yet")
            return self._desk().export_bagit(opened, bag_dir)

        return run_task(work)

    def custody(self) -> list[dict[str, str]]:
        if self.last_opened is None:
            return []
        return list(self._desk().custody_events(self.last_opened))
