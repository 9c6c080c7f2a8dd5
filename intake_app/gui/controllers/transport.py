# SPDX-License-Identifier: GPL-3.0-or-later
"""Getting bundles to the archive: Tor (with bridges) or, for the local demo archive only, a
direct loopback connection to a receiver this app starts itself.

Connect runs the connection assistant (:mod:`intake_app.transport.assistant`, the same service
as ``intake connect``): direct Tor only when the person allows it (no bridge kind chosen and
"Tor is blocked where I am" not ticked), the archive's private bridges from its signed profile,
the person's bridges, then the built-in ones; the way that worked is remembered inside the
encrypted store and tried first next time.

Signals:
    tor_state(str state, int percent, str phase): state is off | starting | ready | direct | failed.
    tor_failed(object exc): why connecting failed (a typed transport error).
    attempt_text(str line): one plain line per step of the assistant (which way, what happens).
Bundle uploads run as tasks whose progress is (bytes acknowledged, total bytes).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, Signal

from intake_app.gui.controllers.app import AppController, GuiError
from intake_app.gui.controllers.tasks import Cancelled, Task, TaskContext, run_task
from intake_app.home import paths


class NotConnected(GuiError):
    """A bundle was to be sent before Tor was connected."""


class BridgesMissing(GuiError):
    """A kind of bridge was chosen (Snowflake, obfs4, custom) but no bridge line was given.

    Never connect directly instead: from a censored network that is exactly the connection the
    person meant to avoid."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"no {kind} bridge lines")
        self.kind = kind


class NothingToTry(GuiError):
    """"Tor is blocked" is ticked, but there is no bridge to try (none given, none in the
    archive's profile, built-in ones off): nothing is started, never a direct connection."""


BRIDGE_KIND_SETTING = "bridge_kind"  # store settings (inside the encrypted database)
BRIDGES_SETTING = "bridges"
TOR_BLOCKED_SETTING = "tor_blocked"
ROUTE_SETTING = "connect_route"  # the way that worked last (bridge lines included): store only
_OPEN: set[TransportController] = set()


def close_all() -> None:
    """Stop every tor and demo receiver this process started (at exit and after tests)."""
    for controller in list(_OPEN):
        controller.close()


class TransportController(QObject):
    tor_state = Signal(str, int, str)
    tor_failed = Signal(object)
    attempt_text = Signal(str)
    # Seconds without bootstrap progress before a way is given up (tests shorten it), and whether
    # the bridges built into the app are tried (tests never reach the public Tor network).
    stall_seconds = 60.0
    use_built_in = True

    def __init__(self, app: AppController) -> None:
        super().__init__()
        self.app = app
        self._tor: Any = None
        self._demo: Any = None  # the local demo receiver (loopback), when the archive is the demo
        self._connecting: Task | None = None
        self._closed = False
        self.way = ""  # the way that worked, in words
        _OPEN.add(self)

    # -- the connection -------------------------------------------------------------------
    @property
    def is_demo(self) -> bool:
        return bool(self.app.settings.demo)

    def state(self) -> str:
        if self.is_demo:
            return "direct"
        return "ready" if self._tor is not None else "off"

    def bridge_lines(self) -> tuple[str, list[str]]:
        """The bridges chosen: kept inside the encrypted store (bridge lines show that this
        computer circumvents censorship, so they are not left readable on a locked laptop)."""
        store = self.app.store
        self._move_legacy_bridges(store)
        kind = store.setting(BRIDGE_KIND_SETTING) or "none"
        raw = store.setting(BRIDGES_SETTING)
        return kind, list(json.loads(raw)) if raw else []

    def _move_legacy_bridges(self, store: Any) -> None:
        """Earlier versions kept bridges in the plain settings file: move them into the store."""
        settings = self.app.settings
        if settings.bridges or settings.bridge_kind != "none":
            if store.setting(BRIDGE_KIND_SETTING) is None:
                store.set_setting(BRIDGE_KIND_SETTING, settings.bridge_kind)
                store.set_setting(BRIDGES_SETTING, json.dumps(list(settings.bridges)))
            settings.bridges, settings.bridge_kind = [], "none"
            settings.save()

    def save_bridges(self, kind: str, lines: list[str]) -> None:
        """Check the lines (raises the transport's typed bridge errors) and keep them in the store."""
        from intake_app.transport import bridges
        if kind != "none":
            if not lines:
                raise BridgesMissing(kind)
            for line in lines:
                bridges.parse_bridge_line(line)
        store = self.app.store
        store.set_setting(BRIDGE_KIND_SETTING, kind)
        store.set_setting(BRIDGES_SETTING, json.dumps(lines))

    @staticmethod
    def bridges_from_picture(path: str) -> list[str]:
        """Bridge lines from a picture of a QR code (checked; raises the QR and bridge errors)."""
        from intake_app.transport import qr
        return qr.lines_from_picture(path)

    def tor_blocked(self) -> bool:
        """The person said Tor is blocked where they are: never connect without a bridge."""
        return self.app.store.setting(TOR_BLOCKED_SETTING) == "1"

    def set_tor_blocked(self, blocked: bool) -> None:
        self.app.store.set_setting(TOR_BLOCKED_SETTING, "1" if blocked else "0")

    def remembered_route(self) -> str | None:
        """The way that worked last time (read from the encrypted store)."""
        return self.app.store.setting(ROUTE_SETTING) or None

    def plan(self) -> tuple[list[Any], bool]:
        """The assistant's attempts for the bridges saved, and whether direct Tor is allowed."""
        from intake_app.transport import assistant, bridges
        kind, lines = self.bridge_lines()
        if kind != "none" and not lines:
            raise BridgesMissing(kind)
        user = [bridges.parse_bridge_line(line) for line in lines] if kind != "none" else []
        # A bridge kind chosen means "not without it" (usability review problem 8).
        allow_direct = kind == "none" and not self.tor_blocked()
        attempts, _skipped = assistant.plan_for(self.app.profile(), allow_direct=allow_direct, user_bridges=user,
                                                use_built_in=self.use_built_in, remembered=self.remembered_route())
        if not attempts:
            raise NothingToTry("Tor is blocked and there is no bridge to try")
        return attempts, allow_direct

    def connect(self, kind: str | None = None, lines: list[str] | None = None,  # type: ignore[override]  # starts tor
                blocked: bool | None = None) -> Task:
        """Find a way to the archive with the connection assistant; progress is bootstrap percent.

        ``kind``, ``lines`` and ``blocked`` are what the screen shows: they are checked and saved
        first (raising the bridge errors, :class:`BridgesMissing` for a kind without lines and
        :class:`NothingToTry`, before anything starts), so what is shown is what is used.

        The assistant looks at the Cancel flag several times a second, so Cancel, locking and
        quitting stop a tor that cannot reach the network at once.
        """
        if self.is_demo:
            self.tor_state.emit("direct", 100, "")
        if kind is not None:
            self.save_bridges(kind, list(lines or []))
        if blocked is not None:
            self.set_tor_blocked(blocked)
        attempts, allow_direct = self.plan()
        profile = self.app.profile()
        extra = list(self.app.tor_extra_lines)
        stall = float(self.stall_seconds)
        data_dir = paths.tor_dir()

        def work(ctx: TaskContext) -> Any:
            from intake_app.transport import assistant, tor

            def on_event(event: Any) -> None:
                # The percent and its phase (in the person's language) go to the progress line;
                # every other step gets a line of its own.
                if event.kind in ("trying", "progress"):
                    self.tor_state.emit("starting", int(event.percent), assistant.phase_words(event.percent))
                if event.kind != "progress":
                    self.attempt_text.emit(assistant.describe(event, stall))

            helper = assistant.ConnectionAssistant(profile, data_dir, attempts, allow_direct=allow_direct,
                                                   extra_lines=extra, stall_seconds=stall, on_event=on_event,
                                                   cancel=ctx.cancel_event)
            try:
                try:
                    return helper.run()
                except assistant.AssistantCancelledError as exc:
                    raise Cancelled("cancelled by the user") from exc
            except BaseException:
                tor.forget_tor_dir(data_dir)  # no bridge line, state or log of the attempts left
                raise

        task = run_task(work, on_done=self._connected, on_error=self._failed)
        self._connecting = task
        self.tor_state.emit("starting", 0, "")
        return task

    def _failed(self, exc: BaseException) -> None:
        self._connecting = None
        if self._closed:
            return
        if isinstance(exc, Cancelled):  # the person stopped it: not a failure to explain
            self.tor_state.emit("off", 0, "")
            return
        self.tor_state.emit("failed", 0, "")
        self.tor_failed.emit(exc)

    def _connected(self, connected: Any) -> None:
        from intake_app.transport import assistant, tor
        self._connecting = None
        if self._closed:  # locked or left while tor was starting: nobody will use it
            connected.close()  # and its directory
            tor.forget_tor_dir(paths.tor_dir())
            return
        self._tor = connected
        self.way = assistant.attempt_name(connected.attempt)
        # Remembered inside the encrypted store only, tried first next time.
        self.app.store.set_setting(ROUTE_SETTING, assistant.route(connected.attempt))
        self.tor_state.emit("ready", 100, "")

    def _demo_url(self) -> str:
        if self._demo is None:
            from intake_app.archive import demo
            self._demo = demo.start_receiver(self.app.demo_directory())
        return str(self._demo.url)

    def submit_kwargs(self) -> dict[str, Any]:
        """How to reach the receiver: the demo's loopback URL, or the running tor."""
        if self.is_demo:
            return {"tor": None, "insecure_direct_url": self._demo_url()}
        if self._tor is None:
            raise NotConnected("not connected to tor")
        return {"tor": self._tor.connection, "insecure_direct_url": None}

    def close(self) -> None:
        self._closed = True
        if self._connecting is not None:
            self._connecting.cancel()  # the worker closes its tor when it sees the flag
        # The app's tor is ephemeral (``launch_tor(ephemeral=True)``): closing it removes its
        # directory, so nothing of a stopped tor stays on disk (bridge guards, cached documents).
        for thing in (self._tor, self._demo):
            stop = getattr(thing, "close", None) or getattr(thing, "stop", None)
            if callable(stop):
                stop()
        had_tor = self._tor is not None
        self._tor = self._demo = None
        if had_tor:
            from intake_app.transport import tor
            tor.forget_tor_dir(paths.tor_dir())
        _OPEN.discard(self)
