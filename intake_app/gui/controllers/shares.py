# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's custodian shares (issue 23): release this custodian's share of one bundle into
a file or QR pictures, or reveal one bundle's identity side from K share files or pictures. Both run in worker tasks through
the Qt-free :mod:`intake_app.archive.reveal`, are first appended to the archive's public reveal
log and then signed into the bundle's custody log with the unlocked custody key. Passphrases go
straight to the key readers and are not kept; the shares and keys are never written in the clear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from intake_app.gui.controllers.app import GuiError
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task


class PurposeNeeded(GuiError):
    """A share release or reveal was asked for without a stated purpose."""


class SharesController(QObject):
    def __init__(self, custody_key: Callable[[], Any]) -> None:
        super().__init__()
        self._custody_key = custody_key  # the archive controller's unlocked key, or None

    def _key(self) -> Any:
        from intake_app.gui.controllers.archive import CustodyKeyNeeded

        key = self._custody_key()
        if key is None:
            raise CustodyKeyNeeded("unlock a custody key first")
        return key

    def release(self, bundle: str, key_file: str, key_passphrase: str | None, requester: str, out: str,
                purpose: str, archive_dir: str, archive_passphrase: str | None, qr: str = "") -> Task:
        """Release into the share file ``out`` or, with ``qr``, as QR pictures (a numbered set
        beside ``qr`` when the share needs more than one code)."""
        if not purpose.strip():
            raise PurposeNeeded("state the purpose")
        custody_key = self._key()

        def work(ctx: TaskContext) -> Any:
            from intake_app.archive import desk as archive_desk
            from intake_app.archive import reveal

            identities = archive_desk.read_identities(key_file, key_passphrase or None)
            log = reveal.archive_reveal_log(Path(archive_dir), archive_passphrase or None)
            ctx.check()
            return reveal.release_share(Path(bundle), identities, requester.strip(), Path(out) if out else None,
                                        custody_key, reveal.custody_dir(Path(bundle)), purpose.strip(), log,
                                        qr=Path(qr) if qr else None)

        return run_task(work)

    def reveal(self, bundle: str, shares: Sequence[str], key_file: str, key_passphrase: str | None, out_dir: str,
               purpose: str, archive_dir: str, archive_passphrase: str | None) -> Task:
        if not purpose.strip():
            raise PurposeNeeded("state the purpose")
        custody_key = self._key()
        files = [Path(s) for s in shares]

        def work(ctx: TaskContext) -> Any:
            from intake_app.archive import desk as archive_desk
            from intake_app.archive import reveal

            identities = archive_desk.read_identities(key_file, key_passphrase or None)
            log = reveal.archive_reveal_log(Path(archive_dir), archive_passphrase or None)
            ctx.check()
            return reveal.reveal(Path(bundle), files, identities, Path(out_dir), custody_key,
                                 reveal.custody_dir(Path(bundle)), purpose.strip(), log)

        return run_task(work)
