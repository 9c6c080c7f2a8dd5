# SPDX-License-Identifier: GPL-3.0-or-later
"""The connection assistant: find a way to the archive's onion from a network that may block Tor.

Qt-free, so the CLI (``intake connect``) and the GUI share it. :func:`plan` orders the ways to
try: direct Tor (only when the user allows it), the archive's own private bridges (from its
signed profile), the user's bridges, then the bridges built into the app; bridges are grouped
by transport, one attempt per transport, so a blocked transport does not hide a working one.
:class:`ConnectionAssistant` tries them one after the other, each with a fresh tor data
directory; an attempt whose bootstrap makes no progress for ``stall_seconds`` is stopped and the
next one tried. It succeeds only once the archive's onion answers with a checkpoint signed by
the profile's receipt key (so a fake service does not count).

Guarantees: with ``allow_direct=False`` no attempt runs without ``UseBridges 1`` (checked again
right before tor starts, :class:`DirectNotAllowedError` otherwise); every attempt's tor is
stopped and its directory (torrc with bridge lines, state, log) deleted when it is given up.
Never: logs bridge lines; contacts anything but tor's own SOCKS port.
"""

from __future__ import annotations

import dataclasses
import http.client
import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import socks

from intake_app.text.errors import IntakeError
from intake_app.text.i18n import translate
from intake_app.transport import bridges as bridge_lines
from intake_app.transport import client, tor
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog

DEFAULT_STALL_SECONDS = 60.0
DEFAULT_ANSWER_SECONDS = 180.0  # after bootstrap: the onion's descriptor fetch and a first answer
# The store setting holding the way that worked (bridge lines included: inside the encrypted store
# only); the app's outbox (gui/controllers/transport.py) and ``intake connect --store`` share it.
ROUTE_SETTING = "connect_route"
DEFAULT_PARALLEL = 3  # bridge attempts run at the same time (each a tor process of its own)

DIRECT = "direct"
ARCHIVE_BRIDGES = "archive-bridges"
USER_BRIDGES = "your-bridges"
BUILT_IN = "built-in"

# The bridges shipped with the app (Tor Browser's default Snowflake bridges, in the syntax of
# Debian's snowflake-client 2.5.1: one front=). They reach the public Tor network; tests never
# use them. They go stale: refresh them from Tor Browser's pt_config.json at each release.
_SNOWFLAKE_OPTIONS = (
    "url=https://1098762253.rsc.cdn77.org/ front=www.phpmyadmin.net "
    "ice=stun:stun.l.google.com:19302,stun:stun.antisip.com:3478,stun:stun.bluesip.net:3478,"
    "stun:stun.dus.net:3478,stun:stun.epygi.com:3478 utls-imitate=hellorandomizedalpn"
)
BUILT_IN_LINES = tuple(
    f"snowflake {address} {fp} fingerprint={fp} {_SNOWFLAKE_OPTIONS}"
    for address, fp in (("192.0.2.3:80", "2B280B23E1107BB62ABFC40DDCC8824814F80A72"),
                        ("192.0.2.4:80", "8838024498816A039FCBBAB14E6F40A0843051FA"))
)


class AssistantError(IntakeError):
    """Root of connection-assistant problems."""


class NoWayFoundError(AssistantError):
    """Every attempt was tried and none reached the archive; ``tried`` is how many ran."""

    def __init__(self, tried: int) -> None:
        super().__init__(f"no way to the archive worked ({tried} tried)")
        self.tried = tried


class DirectNotAllowedError(AssistantError):
    """An attempt without bridges was about to run although the user said Tor is blocked."""


class NoArchiveOnionError(AssistantError):
    """The profile names no onion address (a local demo archive): there is nothing to reach."""


class AssistantCancelledError(AssistantError):
    pass


@dataclass(frozen=True)
class Attempt:
    way: str  # DIRECT, ARCHIVE_BRIDGES, USER_BRIDGES or BUILT_IN
    bridges: tuple[bridge_lines.Bridge, ...] = ()
    # The way that worked last time: tried first, on its own (not part of what the way is).
    remembered: bool = dataclasses.field(default=False, compare=False, repr=False)

    @property
    def transport(self) -> str:
        """"obfs4", "snowflake", "plain" (a bridge without transport) or "" (direct)."""
        if not self.bridges:
            return ""
        return self.bridges[0].transport or "plain"


@dataclass(frozen=True)
class Event:
    """What the assistant reports: ``kind`` is "trying", "progress", "stalled", "failed",
    "unavailable", "connected" (tor bootstrapped), "answered" (the archive answered) or "stopped"
    (tried at the same time as another way, which answered first)."""

    index: int
    total: int
    attempt: Attempt
    kind: str
    percent: int = 0
    phase: str = ""
    detail: str = ""
    cause: str = ""  # why tor could not start (a :data:`tor.START_FAILURES` kind), said in words by describe


EventCallback = Callable[[Event], None]


def _by_transport(way: str, found: Iterable[bridge_lines.Bridge]) -> list[Attempt]:
    groups: dict[str, list[bridge_lines.Bridge]] = {}
    for bridge in found:
        groups.setdefault(bridge.transport, []).append(bridge)
    return [Attempt(way, tuple(group)) for group in groups.values()]


def built_in_bridges() -> list[bridge_lines.Bridge]:
    return [bridge_lines.parse_bridge_line(line) for line in BUILT_IN_LINES]


def plan(*, allow_direct: bool, archive_bridges: Sequence[bridge_lines.Bridge] = (),
         user_bridges: Sequence[bridge_lines.Bridge] = (), use_built_in: bool = True) -> list[Attempt]:
    """The attempts, in the order they are tried."""
    attempts = [Attempt(DIRECT)] if allow_direct else []
    attempts += _by_transport(ARCHIVE_BRIDGES, archive_bridges)
    attempts += _by_transport(USER_BRIDGES, user_bridges)
    if use_built_in:
        attempts += _by_transport(BUILT_IN, built_in_bridges())
    return attempts


def route(attempt: Attempt) -> str:
    """The way that worked, as text to remember (inside the encrypted store only: bridge lines
    show that this computer circumvents censorship)."""
    return json.dumps({"way": attempt.way, "bridges": [b.line() for b in attempt.bridges]}, sort_keys=True)


def prefer(attempts: Sequence[Attempt], remembered: str | None) -> list[Attempt]:
    """``attempts`` with the remembered way first, if it is one of them. Only the order changes:
    a remembered direct connection is not tried when the plan has none (Tor is blocked now),
    and a remembered bridge the person has since removed is not tried again."""
    out = list(attempts)
    if not remembered:
        return out
    try:
        data = json.loads(remembered)
        key = (str(data["way"]), tuple(str(line) for line in data["bridges"]))
    except (ValueError, KeyError, TypeError):
        return out
    for i, attempt in enumerate(out):
        if (attempt.way, tuple(b.line() for b in attempt.bridges)) == key:
            return [dataclasses.replace(out.pop(i), remembered=True)] + out
    return out


def plan_for(profile: Any, *, allow_direct: bool, user_bridges: Sequence[bridge_lines.Bridge] = (),
             use_built_in: bool = True, remembered: str | None = None) -> tuple[list[Attempt], int]:
    """The attempts for ``profile`` (its private bridges from the signed profile included), the
    remembered way first; and how many of the archive's lines this app cannot use (skipped)."""
    from intake_app.transport import archive_bridges

    archive, skipped = archive_bridges.usable(profile)
    attempts = plan(allow_direct=allow_direct, archive_bridges=archive, user_bridges=user_bridges,
                    use_built_in=use_built_in)
    return prefer(attempts, remembered), skipped


def attempt_name(attempt: Attempt) -> str:
    """A short name of the way: "direct Tor connection", "your bridges (obfs4)"..."""
    return {
        DIRECT: translate("Connect", "direct Tor connection"),
        ARCHIVE_BRIDGES: translate("Connect", "the archive's private bridges ({0})"),
        USER_BRIDGES: translate("Connect", "your bridges ({0})"),
        BUILT_IN: translate("Connect", "the built-in bridges ({0})"),
    }[attempt.way].format(attempt.transport)


def phase_words(percent: int) -> str:
    """Tor's bootstrap phase in the person's language (tor reports it in English), by the
    percent ranges of tor's bootstrap tags."""
    if percent < 5:
        return translate("Connect", "starting")
    if percent < 14:
        return translate("Connect", "reaching a relay")
    if percent < 20:
        return translate("Connect", "greeting a relay")
    if percent < 75:
        return translate("Connect", "loading the network directory")
    if percent < 100:
        return translate("Connect", "building a circuit")
    return translate("Connect", "connected")


def start_failure_words(kind: str) -> str:
    """Why tor could not start, in the person's language, for a :data:`tor.START_FAILURES` kind
    (tor says it in English; zh-review F21). One table for the CLI, the GUI and the error messages."""
    reasons = {
        "permission_denied": translate("Connect", "the system did not allow Tor to use a file or a port"),
        "address_in_use": translate("Connect", "another program on this computer is already using a port Tor needs"),
        "bad_bridge": translate("Connect", "a bridge line is not valid"),
        "transport_missing": translate("Connect", "the program for these bridges (pluggable transport) is missing"),
        "bad_settings": translate("Connect", "Tor did not accept its settings"),
        "exited": translate("Connect", "Tor stopped unexpectedly"),
        "no_answer": translate("Connect", "Tor did not answer in time after starting"),
    }
    return reasons.get(kind) or translate("Connect", "the reason is in the technical details")


def describe(event: Event, stall_seconds: float, *, step: str | None = None) -> str:
    """One plain line for an event, for the CLI and the GUI alike: which way, what is happening,
    and that a stalled way is given up after ``stall_seconds``. ``step`` replaces the leading
    "Way 1 of 3:" (the CLI prints "[1/3]")."""
    if step is None:
        step = translate("Connect", "Way {0} of {1}:").format(event.index + 1, event.total)
    if event.kind == "trying":
        return f"{step} {explain(event.attempt)} " + translate(
            "Connect", "If it makes no progress for {0} s, it is given up and the next way is tried.").format(
            int(stall_seconds))
    if event.kind == "progress":
        return f"{step} " + translate("Connect", "{0}% ({1}).").format(event.percent, phase_words(event.percent))
    if event.kind == "stalled":
        return f"{step} " + translate("Connect", "No progress for a while (stuck at {0}%): giving this way up, "
                                                 "trying the next.").format(event.percent)
    if event.kind == "failed" and event.cause:  # tor could not start: say why, in words
        return f"{step} " + translate("Connect", "This way did not work ({0}): trying the next.").format(
            start_failure_words(event.cause))
    if event.kind == "failed":
        return f"{step} " + translate("Connect", "This way did not work: trying the next.")
    if event.kind == "unavailable":
        return f"{step} " + translate("Connect", "This way is not available in this installation: skipping it.")
    if event.kind == "connected":
        return f"{step} " + translate("Connect", "Connected to Tor; asking the archive...")
    if event.kind == "stopped":
        return f"{step} " + translate("Connect", "Another way reached the archive first: this one is stopped.")
    return f"{step} " + translate("Connect", "The archive answered. This way works: {0}.").format(
        attempt_name(event.attempt))


def explain(attempt: Attempt) -> str:
    """One plain sentence saying what this attempt is and when it helps."""
    if attempt.way == DIRECT:
        return translate("Connect", "Connecting to the Tor network directly (works where Tor is not blocked).")
    if attempt.way == ARCHIVE_BRIDGES:
        return translate("Connect", "Trying the archive's own private bridges ({0}), from its signed profile.").format(
            attempt.transport)
    if attempt.way == USER_BRIDGES:
        return translate("Connect", "Trying the bridges you gave ({0}).").format(attempt.transport)
    return translate("Connect", "Trying the bridges built into this app ({0}); they may be blocked in some places.").format(
        attempt.transport)


@dataclass
class Connected:
    """The way that worked, with its running tor (the caller closes it)."""

    attempt: Attempt
    connection: tor.TorConnection
    data_dir: Path

    def close(self) -> None:
        self.connection.close()
        tor.forget_tor_dir(self.data_dir)


def onion_answers(profile: Any, connection: tor.TorConnection, deadline: float,
                  cancel: threading.Event | None = None) -> bool:
    """True once the profile's onion answers with a checkpoint signed by the profile's receipt key."""
    endpoint = client.onion_endpoint(profile.receiver_onion, connection)
    key = bytes(profile.receipt_public_key)
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if cancel is not None and cancel.is_set():
            raise AssistantCancelledError("cancelled")
        remaining = end - time.monotonic()
        policy = client.RetryPolicy(connect_timeout=min(60.0, remaining), io_timeout=60.0)
        try:
            status, body = client.get(endpoint, "/v1/log/checkpoint", policy, remaining)
            if status == 200:
                tlog.open_checkpoint(body.decode("utf-8"), receipts.log_origin(key), key)
                return True
        except (OSError, socks.ProxyError, http.client.HTTPException, UnicodeDecodeError, ValueError, tlog.TlogError):
            pass
        time.sleep(1.0)
    return False


class ConnectionAssistant:
    """Tries the attempts until the archive's onion answers through one of them.

    Attempts that are safe together run at the same time, at most ``parallel`` at once: bridge
    attempts next to each other in the plan, each with its own tor and its own data directory
    (``attempt-N``: never two tors on one directory). A direct attempt runs on its own (it exists
    only when the person allowed it), and so does the way remembered from last time (it usually
    works: no other tor is started for nothing). The first attempt of a group whose archive
    answers wins; the others' tors are stopped at once ("stopped") and their directories removed.
    """

    def __init__(self, profile: Any, data_dir: Path, attempts: Sequence[Attempt], *, allow_direct: bool,
                 extra_lines: Sequence[str] = (), stall_seconds: float = DEFAULT_STALL_SECONDS,
                 answer_seconds: float = DEFAULT_ANSWER_SECONDS, on_event: EventCallback | None = None,
                 cancel: threading.Event | None = None, parallel: int = DEFAULT_PARALLEL) -> None:
        self.profile = profile
        self.data_dir = data_dir
        self.attempts = list(attempts)
        self.allow_direct = allow_direct
        self.extra_lines = list(extra_lines)
        self.stall_seconds = stall_seconds
        self.answer_seconds = answer_seconds
        self.on_event = on_event
        self.cancel = cancel or threading.Event()
        self.parallel = max(1, parallel)
        self._emit_lock = threading.Lock()
        self._live: dict[int, tor.TorConnection] = {}

    def _emit(self, event: Event) -> None:
        if self.on_event is not None:
            with self._emit_lock:  # one line at a time, whichever attempt's thread reports
                self.on_event(event)

    def _torrc(self, attempt: Attempt) -> list[str]:
        lines = self.extra_lines + bridge_lines.torrc_for_bridges(attempt.bridges)
        # tor takes the last value of an option, whose name it matches case-insensitively.
        values = [line.split()[1:2] for line in lines if line.split()[:1] and line.split()[0].lower() == "usebridges"]
        uses_bridges = bool(values) and values[-1] == ["1"]
        if not self.allow_direct and (not attempt.bridges or not uses_bridges):
            raise DirectNotAllowedError("an attempt without bridges was refused (Tor is blocked here)")
        return lines

    def groups(self) -> list[list[int]]:
        """The attempts' indexes, grouped into those run at the same time, in the plan's order."""
        out: list[list[int]] = []
        for index, attempt in enumerate(self.attempts):
            alone = attempt.way == DIRECT or attempt.remembered or not attempt.bridges
            if alone or not out or len(out[-1]) >= self.parallel or self._alone(out[-1][0]):
                out.append([index])
            else:
                out[-1].append(index)
        return out

    def _alone(self, index: int) -> bool:
        attempt = self.attempts[index]
        return attempt.way == DIRECT or attempt.remembered or not attempt.bridges

    def run(self) -> Connected:
        if not re.fullmatch(r"[a-z2-7]{56}\.onion", str(getattr(self.profile, "receiver_onion", "") or "")):
            raise NoArchiveOnionError("the profile names no onion address")
        for group in self.groups():
            if self.cancel.is_set():
                raise AssistantCancelledError("cancelled")
            connected = self._one(group[0], self.cancel) if len(group) == 1 else self._together(group)
            if connected is not None:
                self._emit(Event(self.attempts.index(connected.attempt), len(self.attempts), connected.attempt,
                                 "answered", 100))
                return connected
        raise NoWayFoundError(len(self.attempts))

    def _one(self, index: int, stop: threading.Event) -> Connected | None:
        """One attempt from start to end; its directory is removed unless it answered."""
        total = len(self.attempts)
        attempt = self.attempts[index]
        data_dir = self.data_dir / f"attempt-{index}"
        tor.forget_tor_dir(data_dir)
        self._emit(Event(index, total, attempt, "trying"))
        try:
            lines = self._torrc(attempt)
        except bridge_lines.TransportMissingError as exc:
            self._emit(Event(index, total, attempt, "unavailable", detail=exc.detail))
            return None
        connected = self._try(index, total, attempt, data_dir, lines, stop)
        if connected is None:
            tor.forget_tor_dir(data_dir)
        return connected

    def _together(self, group: list[int]) -> Connected | None:
        """Run the group's attempts at once; the first that answers wins, the others are stopped."""
        stop = threading.Event()
        lock = threading.Lock()
        won: list[Connected] = []
        errors: list[BaseException] = []
        stopped: set[int] = set()

        def runner(index: int) -> None:
            try:
                connected = self._one(index, stop)
            except AssistantCancelledError:
                if not self.cancel.is_set():
                    stopped.add(index)
                tor.forget_tor_dir(self.data_dir / f"attempt-{index}")
                return
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                errors.append(exc)
                stop.set()
                return
            if connected is None:
                return
            with lock:
                first = not won and not stop.is_set()
                if first:
                    won.append(connected)
                    stop.set()
            if not first:
                connected.close()
                stopped.add(index)

        threads = [threading.Thread(target=runner, args=(i,), daemon=True, name=f"connect-attempt-{i}") for i in group]
        for thread in threads:
            thread.start()
        halted = False
        while any(t.is_alive() for t in threads):
            if self.cancel.is_set() or stop.is_set():
                stop.set()
                if not halted:  # the others' tors go at once: their waits on tor end with it
                    halted = True
                    winner = won[0].connection if won else None
                    for index in group:
                        live = self._live.get(index)
                        if live is not None and live is not winner:
                            live.close()
            for thread in threads:
                thread.join(0.1)
        for index in sorted(stopped):
            self._emit(Event(index, len(self.attempts), self.attempts[index], "stopped"))
        if self.cancel.is_set() or errors:
            for connected in won:
                connected.close()
            if self.cancel.is_set():
                raise AssistantCancelledError("cancelled")
            raise errors[0]
        return won[0] if won else None

    def _try(self, index: int, total: int, attempt: Attempt, data_dir: Path, lines: list[str],
             stop: threading.Event) -> Connected | None:
        try:
            connection = tor.launch_tor(data_dir, extra_lines=lines, wait=False)
        except tor.TorError as exc:
            if stop.is_set():
                raise AssistantCancelledError("stopped") from exc
            kind = getattr(exc, "kind", "")  # an unknown cause is not worded: the line has no details under it
            self._emit(Event(index, total, attempt, "failed", detail=str(exc), cause="" if kind == "unknown" else kind))
            return None
        self._live[index] = connection
        try:
            if stop.is_set():
                raise AssistantCancelledError("stopped")
            if not self._bootstrap(index, total, attempt, connection, stop):
                connection.close()
                return None
            self._emit(Event(index, total, attempt, "connected", 100))
            answered = onion_answers(self.profile, connection, self.answer_seconds, stop)
            if not answered:
                if stop.is_set():
                    raise AssistantCancelledError("stopped")
                self._emit(Event(index, total, attempt, "failed", 100,
                                 detail="the archive's onion did not answer"))
                connection.close()
                return None
        except BaseException:
            connection.close()
            tor.forget_tor_dir(data_dir)
            raise
        finally:
            self._live.pop(index, None)
        return Connected(attempt, connection, data_dir)

    def _bootstrap(self, index: int, total: int, attempt: Attempt, connection: tor.TorConnection,
                   stop: threading.Event) -> bool:
        """Wait for 100 %; False when the attempt stalled (no new percent for ``stall_seconds``) or tor died."""
        assert connection.controller is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        best, phase = -1, ""
        last_progress = time.monotonic()
        while True:
            if stop.is_set():
                raise AssistantCancelledError("cancelled")
            if connection.process is not None and connection.process.poll() is not None:
                if stop.is_set():
                    raise AssistantCancelledError("stopped")
                self._emit(Event(index, total, attempt, "failed", max(best, 0), phase, "tor exited"))
                return False
            try:
                percent, phase = tor.bootstrap_status(connection.controller)
            except Exception as exc:  # stem raises several types when tor goes away
                if stop.is_set():
                    raise AssistantCancelledError("stopped") from exc
                self._emit(Event(index, total, attempt, "failed", max(best, 0), phase, str(exc)))
                return False
            if percent > best:
                best = percent
                last_progress = time.monotonic()
                self._emit(Event(index, total, attempt, "progress", percent, phase))
            if percent >= 100:
                return True
            if time.monotonic() - last_progress > self.stall_seconds:
                self._emit(Event(index, total, attempt, "stalled", best, phase))
                return False
            time.sleep(0.25)
