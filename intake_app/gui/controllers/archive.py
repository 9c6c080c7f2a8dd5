# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's controller: unlock (or create) the custodian's custody key, fetch new sealed
bundles from the receiver, verify or open a bundle with a key file, export to BagIt, show the
bundle's custody log.

All work runs in worker tasks through :mod:`intake_app.archive.desk`; passphrases are passed
straight to the key readers and not kept. The unlocked custody key is held here, in memory only,
while archive mode is open: it signs every opening and export into the same hash-chained custody
log the command line writes (``intake archive custody-verify`` checks it). It is dropped when the
app locks (and with this controller when the page closes). Openings and exports are refused until
a custody key is unlocked, so nothing is done at the desk that the log does not record.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Signal

from intake_app.gui.controllers.app import GuiError
from intake_app.gui.controllers.settings import GuiSettings
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task


class CustodyKeyNeeded(GuiError):
    """An opening or export was asked for before a custody key was unlocked."""


class ArchiveController(QObject):
    """Signals:
    custody_key_changed(object): the unlocked key's public info (path, key id), or None when dropped.
    """

    custody_key_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.last_opened: Path | None = None
        self.last_archive: Path | None = None
        self._custody_key: Any = None  # nacl SigningKey, typed loosely: the GUI never imports nacl
        self.custody_info: Any = None

    @staticmethod
    def _desk() -> ModuleType:
        from intake_app.archive import desk as archive_desk

        return archive_desk

    # -- custody key -------------------------------------------------------------------------
    def default_custody_key_path(self) -> str:
        return str(self._desk().default_custody_key_path())

    @staticmethod
    def custody_key_exists(path: str) -> bool:
        return bool(path) and Path(path).is_file()

    def unlock_custody_key(self, path: str, passphrase: str, repeat: str | None = None) -> Task:
        """Unlock the key at ``path``; if there is none, create it (``repeat`` must match)."""
        create = not self.custody_key_exists(path)
        if create:
            from intake_app.gui.controllers.app import AppController

            AppController.check_new_passphrase(passphrase, repeat or "")

        def work(ctx: TaskContext) -> Any:
            return self._desk().unlock_custody_key(path, passphrase or None, create=create)

        task = run_task(work)
        task.done.connect(self._keep_key)
        return task

    def _keep_key(self, result: Any) -> None:
        self._custody_key, self.custody_info = result
        self.custody_key_changed.emit(self.custody_info)

    def forget_custody_key(self) -> None:
        self._custody_key, self.custody_info = None, None
        self.custody_key_changed.emit(None)

    def custody_key(self) -> Any:
        """The unlocked custody key (for the shares tab's tasks), or None."""
        return self._custody_key

    def _need_key(self) -> Any:
        if self._custody_key is None:
            raise CustodyKeyNeeded("unlock a custody key first")
        return self._custody_key

    # -- fetch ------------------------------------------------------------------------------
    @staticmethod
    def default_archive_dir(settings: GuiSettings) -> str:
        """Where fetched bundles go: the demo archive while the demo is in use, else nothing yet."""
        if getattr(settings, "demo", False):
            from intake_app.archive import demo as _demo
            from intake_app.home import paths
            return str(_demo.demo_directory(paths.home()))
        return ""

    def fetch(self, archive_dir: str, token_file: str, staff_onion: str = "", onion_auth_dir: str = "") -> Task:
        """Download new sealed bundles into ARCHIVE/incoming (over Tor; the demo from its loopback
        receiver), each checked against its receipt and logged; nothing is decrypted."""
        custody_key = self._custody_key

        def work(ctx: TaskContext) -> Any:
            if custody_key is None:
                raise CustodyKeyNeeded("unlock a custody key first")
            return self._desk().fetch_bundles(archive_dir, token_file or str(Path(archive_dir) / "staff-token"),
                                              custody_key, staff_onion=staff_onion.strip(),
                                              onion_auth_dir=onion_auth_dir or None)

        return run_task(work)

    @staticmethod
    def demo_content_key(archive_dir: str) -> str:
        """The demo archive's content key when ``archive_dir`` is the demo archive (its keys have no
        passphrase and sit beside the app; the demo says so everywhere), else "": a newcomer trying
        the whole flow on one computer did not know which key opens the demo's bundles (walk,
        session 5). A real archive's keys are never guessed."""
        from intake_app.archive import demo as _demo
        from intake_app.home import paths

        if not archive_dir:
            return ""
        try:
            if Path(archive_dir).resolve() != _demo.demo_directory(paths.home()).resolve():
                return ""
        except OSError:
            return ""
        key = Path(archive_dir) / "keys" / "content.key"
        return str(key) if key.is_file() else ""

    def incoming(self, archive_dir: str) -> list[tuple[str, int, str]]:
        """Fetched bundles waiting in ARCHIVE/incoming: (SHA-256, size, path)."""
        if not archive_dir or not Path(archive_dir).is_dir():
            return []
        return list(self._desk().incoming_bundles(archive_dir))

    # -- bundles ---------------------------------------------------------------------------
    def verify(self, bundle: str, key_file: str, passphrase: str | None) -> Task:
        def work(ctx: TaskContext) -> Any:
            desk = self._desk()
            ctx.status("")
            identities = desk.read_identities(key_file, passphrase or None)
            ctx.check()
            return desk.verify(bundle, identities)

        return run_task(work)

    def open(self, bundle: str, key_file: str, passphrase: str | None, out_dir: str) -> Task:
        custody_key = self._custody_key

        def work(ctx: TaskContext) -> Any:
            if custody_key is None:
                raise CustodyKeyNeeded("unlock a custody key first")
            desk = self._desk()
            identities = desk.read_identities(key_file, passphrase or None)
            ctx.check()
            report = desk.open_into(bundle, identities, out_dir, custody_key)
            if report.ok:
                from intake_app.archive import chain

                self.last_opened = Path(out_dir)
                # The archive whose incoming/ held it: its custodian register checks the export.
                self.last_archive = chain.own_archive(bundle)
            return report

        return run_task(work)

    def export_bagit(self, bag_dir: str) -> Task:
        opened, custody_key, archive = self.last_opened, self._custody_key, self.last_archive

        def work(ctx: TaskContext) -> Any:
            if opened is None:
                raise FileNotFoundError("nothing opened yet")
            if custody_key is None:
                raise CustodyKeyNeeded("unlock a custody key first")
            return self._desk().export_bagit(opened, bag_dir, custody_key, archive=archive)

        return run_task(work)

    # -- public copies: two keys (issue 18, R-SP-13) ------------------------------------------
    def _release_work(self, opened: str, fn: Any) -> Task:
        custody_key = self._custody_key

        def work(ctx: TaskContext) -> Any:
            if custody_key is None:
                raise CustodyKeyNeeded("unlock a custody key first")
            from intake_app.archive import release

            return fn(release, Path(opened), custody_key)

        return run_task(work)

    def propose_public(self, opened: str, proposal: str, archive_dir: str, k: int) -> Task:
        """The unlocked key proposes a public copy of ``opened`` (``intake archive publish``)."""
        return self._release_work(opened, lambda r, o, key: r.propose(o, proposal, archive_dir, key, k=k))

    def review_public(self, opened: str, proposal: str, archive_dir: str, passages: list[str]) -> Task:
        """The unlocked key (a second custodian's) reviews, cuts ``passages`` from the narrative
        and signs (``intake archive review``)."""
        return self._release_work(opened, lambda r, o, key: r.review(
            o, proposal, archive_dir, key, redact=r.narrative_redactions(proposal, passages)))

    def release_public(self, opened: str, proposal: str, archive_dir: str, out: str) -> Task:
        return self._release_work(opened, lambda r, o, key: r.release(o, proposal, out, archive_dir, key))

    @staticmethod
    def rebuild_publication_index(archive_dir: str, openings: str) -> Task:
        """Count every content opening under ``openings`` in the archive's publication index (as
        ``intake archive publish-index``; a folder holding fewer testimonies than the index
        counts is refused, the GUI never replaces it with less). The task's result: how many."""
        def work(ctx: TaskContext) -> Any:
            from intake_app.archive import release

            return release.build_index(archive_dir, [Path(openings)])

        return run_task(work)

    @staticmethod
    def public_decisions(proposal: str) -> list[dict[str, Any]]:
        """The review record's decisions (and the reviewer's redactions), for display."""
        from intake_app.archive import release

        doc = release.record(proposal)
        return list(doc.get("decisions") or []) + list((doc.get("review") or {}).get("redactions") or [])

    def custody(self) -> Any:
        """The opened bundle's custody log (events and whether it verified), or None."""
        if self.last_opened is None:
            return None
        return self._desk().custody_state(self.last_opened, self.last_archive)
