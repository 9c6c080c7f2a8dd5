# SPDX-License-Identifier: GPL-3.0-or-later
"""The application controller: first run, unlock and lock, language, the archive profile.

It owns the open store and the loaded archive profile; widgets only see what it chooses to
hand out (names, fingerprints, states). Locking drops every reference to the open store and
asks the store to forget its keys. Services are imported where they are used (a mode's services
load when it opens), always with a plain import statement, so mypy and import-linter see every
edge and a missing one fails loudly.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from intake_app.gui.controllers.settings import GuiSettings
from intake_app.gui.controllers.tasks import Task, TaskContext, crash_handler, run_task, wait_all
from intake_app.home import paths
from intake_app.text import i18n
from intake_app.text.errors import IntakeError, handled_types

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from intake_app.archive.profiles import ArchiveProfile
    from intake_app.store import Store

MIN_PASSPHRASE = 8
DEMO_SETTING = "profile_demo"  # inside the encrypted store: the pinned profile is the local demo


class GuiError(IntakeError):
    """Root of errors the GUI controllers raise themselves."""


class ServiceMissing(GuiError):
    """A service this screen needs is not part of this build yet."""

    def __init__(self, service: str) -> None:
        super().__init__(f"service {service} is not available")
        self.service = service


class PassphraseTooShort(GuiError):
    def __init__(self, minimum: int) -> None:
        super().__init__(f"passphrase shorter than {minimum}")
        self.minimum = minimum


class PassphraseMismatch(GuiError):
    """The two passphrase fields differ."""


class NoProfile(GuiError):
    """No archive profile has been chosen yet."""


class ProfileFileChanged(GuiError):
    """The profile file the person confirmed was changed (or replaced) since; the app keeps using
    the confirmed profile pinned in the store and never the file (security review F3)."""

    def __init__(self, path: str, pinned_fingerprint: str, file_fingerprint: str) -> None:
        super().__init__(f"the profile file {path} changed since it was confirmed")
        self.path = path
        self.pinned_fingerprint = pinned_fingerprint
        self.file_fingerprint = file_fingerprint


class WitnessProfileChanged(GuiError):
    """The profile offered to witnesses on the lock screen (``witness-profile.json``) is not the
    one pinned in the store: someone may have replaced it while the store was locked."""

    def __init__(self, pinned_fingerprint: str) -> None:
        super().__init__("the witness profile file is not the pinned profile")
        self.pinned_fingerprint = pinned_fingerprint


class ProfileNotConfirmed(GuiError):
    """(A store of an earlier version, which kept only the profile's path.) The file at that path
    is not the profile whose fingerprint was confirmed: it is not used; the person chooses and
    confirms the archive's profile again."""

    def __init__(self, path: str, file_fingerprint: str) -> None:
        super().__init__(f"the profile file {path} is not the confirmed profile")
        self.path = path
        self.file_fingerprint = file_fingerprint


@dataclass(frozen=True)
class ProfileInfo:
    """What a person needs to see about an archive profile before trusting it."""

    path: str
    name: str
    fingerprint: str
    demo: bool
    # The exact bytes that were checked and shown: these, never the file again, get pinned.
    data: bytes = field(default=b"", repr=False, compare=False)


class AppController(QObject):
    """Signals:
        about_to_lock(): the store is still open for a moment: save what is typed, stop and keep
            a running recording, drop every screen showing data.
        locked(): the store was locked; every screen showing data must be dropped.
        unlocked(): the store is open again.
        recordings_recovered(list[tuple[int, float]]): after an unlock, the takes a crash cut
            short that were recovered and attached, as (interview number, seconds).
        language_changed(str lang): a new catalogue is installed.
        profile_changed(object ProfileInfo | None).
        profile_alert(object GuiError): after an unlock, the confirmed profile's file was changed
            (ProfileFileChanged: the pinned profile stays in use) or an earlier version's profile
            could not be matched to the confirmed fingerprint (ProfileNotConfirmed: choose again).
        wiped(): a panic wipe destroyed everything; the app starts again from its first run.
    """

    about_to_lock = Signal()
    locked = Signal()
    wiped = Signal()
    unlocked = Signal()
    recordings_recovered = Signal(list)
    language_changed = Signal(str)
    profile_changed = Signal(object)
    profile_alert = Signal(object)

    def __init__(self, settings: GuiSettings | None = None, *, store_options: dict[str, Any] | None = None,
                 tor_extra_lines: list[str] | None = None) -> None:
        """``store_options`` go to ``Store.create`` (e.g. cheaper KDF parameters in tests);
        ``tor_extra_lines`` are added to the private tor's configuration (a test network)."""
        super().__init__()
        self.settings = settings or GuiSettings.load()
        self._store_options = dict(store_options or {})
        self.tor_extra_lines = list(tor_extra_lines or [])
        self._store: Store | None = None
        self._profile: ArchiveProfile | None = None
        self._profile_info: ProfileInfo | None = None
        self._profile_source = ""
        self._passphrase_for_device: str | None = None
        self._recovered: list[tuple[int, float]] = []
        self._opening: tuple[Any, str, bool, GuiError | None] = (None, "", False, None)
        self._idle_holds: set[int] = set()  # id()s of what holds off the idle lock (a recording, a seal)
        # A send holds it off only while its progress comes: id() -> when it last moved.
        self._idle_progress: dict[int, float] = {}
        self.idle_window = 300.0  # seconds of the idle lock (the main window sets its own)

    # -- language -------------------------------------------------------------------------
    def set_language(self, lang: str, persist: bool = True) -> None:
        """Switch the catalogue; ``persist=False`` leaves no trace (self-submission)."""
        if lang not in i18n.LANGUAGES:
            return
        i18n.install(lang)
        if persist:
            self.settings.lang = lang
            self.settings.save()
        self.language_changed.emit(lang)

    # -- first run, unlock, lock -------------------------------------------------------------
    def is_first_run(self) -> bool:
        from intake_app import store as store_mod

        return not store_mod.store_exists(paths.home())

    @staticmethod
    def check_new_passphrase(first: str, second: str) -> None:
        if len(first) < MIN_PASSPHRASE:
            raise PassphraseTooShort(MIN_PASSPHRASE)
        if first != second:
            raise PassphraseMismatch("passphrases differ")

    def create_store(self, passphrase: str) -> Task:
        def work(ctx: TaskContext) -> Store:
            from intake_app import store as store_mod

            ctx.status(i18n.translate("AppController", "Creating the encrypted store…"))
            # The device key (which signs every manifest) shares the store's passphrase.
            return store_mod.Store.create(paths.home(), passphrase, with_device_key=True, **self._store_options)

        return run_task(work, on_done=self._opened)

    def unlock(self, passphrase: str) -> Task:
        def work(ctx: TaskContext) -> Store:
            from intake_app import store as store_mod

            store = store_mod.Store.open(paths.home(), passphrase, with_device_key=True)
            self._recovered = self._recover_recordings(ctx, store)
            self._opening = self._pinned_profile(store)
            return store

        return run_task(work, on_done=self._opened)

    @staticmethod
    def _recover_recordings(ctx: TaskContext, store: Store) -> list[tuple[int, float]]:
        """In the unlock worker, as ``intake store record`` does: attach the takes a crash or
        ``kill -9`` cut short (the store has already recovered their blobs) and link journals.
        A failure never blocks the unlock; the next unlock tries again."""
        from intake_app.audio import session

        ctx.status(i18n.translate("AppController", "Checking for recordings cut short…"))
        try:
            found = session.recover_recordings(store)
            if not found:
                return []
            # The same neutral numbers as the interview list ("Interview 3"), never names.
            order = sorted(store.list_testimonies(), key=lambda s: (s.created_at, s.id))
        except handled_types():
            return []
        numbers = {s.id: n for n, s in enumerate(order, start=1)}
        return [(numbers.get(f.testimony_id, 0), float(f.info.duration)) for f in found]

    def _pinned_profile(self, store: Any) -> tuple[Any, str, bool, GuiError | None]:
        """In the unlock worker: the profile pinned in the store (never the file it came from),
        where its file was, whether it is the demo, and an alert for the person, if any.

        The file is only looked at to warn when it changed. A store of an earlier version kept
        only the file's path (in ``gui.json``) and the confirmed fingerprint: the file is
        pinned if it still has that fingerprint and identity keys, else it is not used."""
        from intake_app.archive import profiles
        try:
            pinned = store.pinned_profile()
        except handled_types() as exc:
            crash_handler(exc)
            pinned = None
        demo = store.setting(DEMO_SETTING) == "1"
        if pinned is not None:
            source = store.profile_source()
            alert: GuiError | None = None
            if source and not demo:
                differs, file_fp = profiles.file_differs(source, pinned)
                if differs:
                    alert = ProfileFileChanged(source, _fingerprint(pinned), file_fp)
            return pinned, source, demo, alert
        legacy = self.settings.profile_path
        if not legacy:
            return None, "", False, None
        try:
            _data, profile = profiles.read_profile_file(legacy)
        except (OSError, *handled_types()):  # type: ignore[misc]
            return None, "", False, ProfileNotConfirmed(legacy, "")
        confirmed = store.setting("profile_fingerprint") or ""
        remembered = set(store.identity_recipients())
        if confirmed and confirmed == _fingerprint(profile) and (
                not remembered or remembered == set(profile.identity_recipients)):
            store.set_profile(profile, source=legacy)
            if self.settings.demo:
                store.set_setting(DEMO_SETTING, "1")
            return profile, legacy, bool(self.settings.demo), None
        return None, "", False, ProfileNotConfirmed(legacy, _fingerprint(profile))

    def _opened(self, store: Any) -> None:
        self._store = store
        (self._profile, self._profile_source, demo, alert), self._opening = self._opening, (None, "", False, None)
        self._profile_info = None
        self.settings.demo = demo
        if self.settings.profile_path:  # an earlier version's plaintext trace: moved into the store
            self.settings.profile_path = ""
            self.settings.save()
        self.unlocked.emit()
        recovered, self._recovered = self._recovered, []
        if recovered:
            self.recordings_recovered.emit(recovered)
        if alert is not None:
            self.profile_alert.emit(alert)
        self._check_witness_profile()

    # -- witnesses on this computer while the store is locked (issue 17) --------------------------
    def _check_witness_profile(self) -> None:
        from intake_app.home import witness_profile
        if self._profile is not None and not witness_profile.matches(self._profile):
            self.profile_alert.emit(WitnessProfileChanged(_fingerprint(self._profile)))

    def witnesses_prepared(self) -> bool:
        from intake_app.home import witness_profile
        return witness_profile.is_prepared()

    def prepare_for_witnesses(self, on: bool) -> None:
        """Offer (or stop offering) witness mode on the lock screen with the pinned profile: its
        exact canonical bytes from the store, never a file re-read (review F3)."""
        from intake_app.home import witness_profile
        from intake_app.store.settings import PINNED_PROFILE
        if not on:
            witness_profile.withdraw()
            return
        raw = self.store.setting(PINNED_PROFILE)
        if not raw or self._profile is None:
            raise NoProfile("no archive profile chosen")
        witness_profile.prepare(raw.encode("utf-8"))

    @property
    def is_unlocked(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        if self._store is None:
            raise GuiError("the store is locked")
        return self._store

    # -- idle lock ---------------------------------------------------------------------------
    def hold_idle(self, owner: object, on: bool) -> None:
        """While anything holds it (a recording: a witness speaking touches nothing), the idle
        lock waits. A lock by the person (Lock, Ctrl+Shift+L, F12) still locks at once."""
        if on:
            self._idle_holds.add(id(owner))
        else:
            self._idle_holds.discard(id(owner))

    def hold_idle_while(self, task: Task, *, while_progressing: bool = False) -> Task:
        """A seal or a send the person waits for, touching nothing (a bundle over Tor from far
        away takes minutes), holds off the idle lock until it ends, as a recording does: the idle
        lock used to fire in the middle, close tor and stop the send (walk, session 5). With
        ``while_progressing`` (a send) the hold lasts only while progress comes: a send that has
        not moved for a whole idle period lets the lock fire. Lock and the panic keys still lock at
        once (and stop the task's connection). Connected on the GUI thread before the task's
        queued results can arrive, so its end is never missed."""
        key = id(task)
        if while_progressing:
            self._idle_progress[key] = time.monotonic()

            def moved(_done: int, _total: int) -> None:
                if key in self._idle_progress:
                    self._idle_progress[key] = time.monotonic()

            task.gui_progress.connect(moved)
        else:
            self._idle_holds.add(key)

        def ended(_result: object) -> None:
            self._idle_holds.discard(key)
            self._idle_progress.pop(key, None)

        task.done.connect(ended)
        task.error.connect(ended)
        return task

    @property
    def idle_held(self) -> bool:
        now = time.monotonic()
        return bool(self._idle_holds) or any(now - last < self.idle_window for last in self._idle_progress.values())

    def lock(self) -> None:
        """Save and stop what the screens hold while the store is still open, then forget the
        store's keys and tell every screen to drop what it shows."""
        if self._store is not None:
            try:
                self.about_to_lock.emit()
            except Exception as exc:  # noqa: BLE001 - locking must never be blocked by a failing save
                crash_handler(exc)
        self._idle_holds.clear()
        self._idle_progress.clear()
        store, self._store = self._store, None
        self._profile, self._profile_info = None, None  # locked: not even which archive
        if store is not None:
            try:
                store.lock()
            except Exception as exc:  # noqa: BLE001 - locking must never be blocked by a failing close
                crash_handler(exc)
        self.locked.emit()

    def wipe(self) -> Task:
        """Panic wipe: lock first (keys zeroed, every screen with data dropped, tor stopped),
        then destroy everything under INTAKE_HOME in a worker (no passphrase needed)."""
        self.lock()
        # Stop every worker first (a tor still starting, an upload) so none writes under
        # INTAKE_HOME while it is being removed; they all stop at their next progress point.
        wait_all(10000)

        def work(ctx: TaskContext) -> Any:
            from intake_app.home import panic

            remaining = panic.panic_wipe(paths.home())
            # A process that was still closing (tor) may have written a last file: once more.
            return panic.panic_wipe(paths.home()) if remaining else remaining

        return run_task(work, on_done=self._wiped)

    def _wiped(self, _remaining: Any) -> None:
        # The settings file is gone; keep only the language in memory (nothing is written).
        self.settings = GuiSettings(lang=self.settings.lang)
        self._profile = None
        self._profile_info = None
        self.wiped.emit()

    # -- archive profile ----------------------------------------------------------------
    def read_profile(self, path: str | Path) -> Task:
        """Load and check a profile file (signature verified by the bundle service)."""
        def work(ctx: TaskContext) -> ProfileInfo:
            from intake_app.archive import profiles as _profiles
            data, profile = _profiles.read_profile_file(Path(path))
            return ProfileInfo(str(path), str(profile.name), _fingerprint(profile), demo=False, data=data)

        return run_task(work)

    def accept_profile(self, info: ProfileInfo) -> None:
        """Pin the profile whose fingerprint the person confirmed: its bytes as read and shown
        (``info.data``), kept inside the encrypted store; its file is never read again. Another
        archive is refused while material sealed for the current one waits
        (``ProfileReplaceRefusedError``)."""
        store = self.store
        from intake_app.archive import profiles as _profiles
        profile = _profiles.parse_profile(info.data)
        store.replace_profile(profile, source=info.path)
        store.set_setting(DEMO_SETTING, "1" if info.demo else None)
        self.settings.demo = info.demo
        if self.settings.profile_path:
            self.settings.profile_path = ""
            self.settings.save()
        self._profile = profile
        self._profile_source = info.path
        self._profile_info = ProfileInfo(info.path, info.name, info.fingerprint, info.demo)
        if info.demo:
            self._enrol_with_demo(profile)
        self.profile_changed.emit(self._profile_info)

    def _enrol_with_demo(self, profile: Any) -> None:
        """The local demo archive enrols this device as a real archive would (issue 19: signed by
        its profile key, kept through the same check as an enrolment file), so its desk names the
        device that sealed a demo bundle instead of "unknown device" (newcomer walk, session 5).
        Only for the demo chosen on this computer; a real archive's enrolment stays its own act.
        If it cannot be done, the device stays unenrolled, as before: the demo still works."""
        from intake_app.archive import demo as _demo

        store = self.store
        try:
            device = bytes(store.device_key().verify_key)
            data = _demo.enrol_device(_demo.demo_directory(paths.home()), device,
                                      bytes(profile.profile_public_key))
            store.import_enrolment(data)
        except (OSError, ValueError, *handled_types()) as exc:
            _log.info("the demo archive did not enrol this device: %s", type(exc).__name__)

    def create_demo_archive(self) -> Task:
        """A local demo archive under INTAKE_HOME (no passphrase, labelled demo)."""
        def work(ctx: TaskContext) -> ProfileInfo:
            from intake_app.archive import demo

            ctx.status(i18n.translate("AppController", "Creating the demo archive…"))
            profile_path = demo.ensure_demo_archive(paths.home())
            from intake_app.archive import profiles as _profiles
            data, profile = _profiles.read_profile_file(profile_path)
            return ProfileInfo(str(profile_path), str(profile.name), _fingerprint(profile), demo=True, data=data)

        return run_task(work)

    def profile_info(self) -> ProfileInfo | None:
        if self._profile_info is None and self._profile is not None:
            self._profile_info = ProfileInfo(self._profile_source, str(self._profile.name),
                                             _fingerprint(self._profile), self.settings.demo)
        return self._profile_info

    def profile(self) -> Any:
        """The ``ArchiveProfile`` pinned in the open store (confirmed by the person, signature
        checked); never re-read from a file."""
        if self._profile is None:
            raise NoProfile("no archive profile chosen")
        return self._profile

    def demo_directory(self) -> Path:
        """Where the local demo archive lives (under INTAKE_HOME)."""
        from intake_app.archive import demo as _demo
        return Path(_demo.demo_directory(paths.home()))


def _load_profile(path: Path) -> ArchiveProfile:
    from intake_app.archive import profiles

    return profiles.load_profile(path)


def _fingerprint(profile: ArchiveProfile) -> str:
    fp = profile.fingerprint()
    return str(fp)
