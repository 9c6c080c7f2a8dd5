# SPDX-License-Identifier: GPL-3.0-or-later
"""Getting bundles to the archive: Tor (with bridges) or, for the local demo archive only, a
direct loopback connection to a receiver this app starts itself.

Signals:
    tor_state(str state, int percent, str phase): state is off | starting | ready | direct | failed.
    tor_failed(object exc): why connecting failed (a typed transport error).
Bundle uploads run as tasks whose progress is (bytes acknowledged, total bytes).
"""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from intake_app import paths
from intake_app.gui.controllers.app import AppController, GuiError
from intake_app.gui.controllers.tasks import Cancelled, Task, TaskContext, run_task
from intake_app.transport.phases import phase_text as tor_phase_text  # noqa: F401 (the outbox widget uses it)


class NotConnected(GuiError):
    """A bundle was to be sent before Tor was connected."""


class BridgesMissing(GuiError):
    """A kind of bridge was chosen (Snowflake, obfs4, custom) but no bridge line was given.

    Never connect directly instead: from a censored network that is exactly the connection the
    person meant to avoid."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"no {kind} bridge lines")
        self.kind = kind


BRIDGE_KIND_SETTING = "bridge_kind"  # store settings (inside the encrypted database)
BRIDGES_SETTING = "bridges"
_OPEN: set[TransportController] = set()
# How often a connecting worker looks at the Cancel flag while tor bootstraps.
_CANCEL_POLL = 1.0


def close_all() -> None:
    """Stop every tor and demo receiver this process started (at exit and after tests)."""
    for controller in list(_OPEN):
        controller.close()


class TransportController(QObject):
    tor_state = Signal(str, int, str)
    tor_failed = Signal(object)

    def __init__(self, app: AppController) -> None:
        super().__init__()
        self.app = app
        self._tor: Any = None
        self._demo: Any = None  # the local demo receiver (loopback), when the archive is the demo
        self._connecting: Task | None = None
        self._closed = False
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

    def _torrc_lines(self) -> list[str]:
        from intake_app.transport import bridges
        kind, lines = self.bridge_lines()
        extra = list(self.app.tor_extra_lines)
        if kind == "none":
            return extra
        if not lines:
            raise BridgesMissing(kind)
        return extra + list(bridges.torrc_for_bridges(bridges.parse_bridge_line(line) for line in lines))

    def connect(self, kind: str | None = None, lines: list[str] | None = None) -> Task:  # type: ignore[override]  # starts tor
        """Start a private tor with the chosen bridges; progress is bootstrap percent.

        ``kind`` and ``lines`` are the bridges the screen shows: they are checked and saved
        first (raising the bridge errors, and :class:`BridgesMissing` for a kind without lines,
        before anything starts), so what is shown is what tor uses.

        The worker looks at the Cancel flag at least every second while tor bootstraps, so
        Cancel, locking and quitting stop a tor that cannot reach the network (a blocked
        country, a wrong bridge) at once instead of after the bootstrap deadline.
        """
        if self.is_demo:
            self.tor_state.emit("direct", 100, "")
        if kind is not None:
            self.save_bridges(kind, list(lines or []))
        torrc = self._torrc_lines()

        def work(ctx: TaskContext) -> Any:
            from intake_app.transport import tor
            last: list[tuple[int, str]] = [(-1, "")]

            def progress(percent: int, phase: str) -> None:
                if (percent, phase) != last[0]:
                    last[0] = (percent, phase)
                    self.tor_state.emit("starting", int(percent), str(phase))
                ctx.progress(percent, 100)

            connection = tor.launch_tor(paths.tor_dir(), extra_lines=torrc, wait=False, ephemeral=True)
            try:
                end = time.monotonic() + tor.DEFAULT_BOOTSTRAP_DEADLINE
                while True:
                    ctx.check()
                    try:
                        tor.wait_for_bootstrap(connection.controller, progress, _CANCEL_POLL, connection.process)
                        return connection
                    except tor.TorBootstrapTimeoutError:
                        if time.monotonic() > end:
                            raise
            except BaseException:
                connection.close()  # ephemeral: its directory goes with it (bridge lines, guards)
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

    def _connected(self, connection: Any) -> None:
        self._connecting = None
        if self._closed:  # locked or left while tor was starting: nobody will use it
            connection.close()  # and its directory
            return
        self._tor = connection
        self.tor_state.emit("ready", 100, "")

    def _demo_url(self) -> str:
        if self._demo is None:
            from intake_app import demo
            self._demo = demo.start_receiver(self.app.demo_directory())
        return str(self._demo.url)

    def submit_kwargs(self) -> dict[str, Any]:
        """How to reach the receiver: the demo's loopback URL, or the running tor."""
        if self.is_demo:
            return {"tor": None, "insecure_direct_url": self._demo_url()}
        if self._tor is None:
            raise NotConnected("not connected to tor")
        return {"tor": self._tor, "insecure_direct_url": None}

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
        self._tor = self._demo = None
        _OPEN.discard(self)
