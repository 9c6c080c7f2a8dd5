# SPDX-License-Identifier: GPL-3.0-or-later
"""A tor for the app: launch a private ``tor`` (with stem) or attach to one that is already running.

Guarantees: a launched tor keeps its data under the directory it is given (``INTAKE_HOME/tor`` for
the client, ``ARCHIVE/tor`` for the receiver), created 0700, exits with this process
(``__OwningControllerProcess``), uses only the configuration written here plus the lines of
``--torrc-extra`` and bridges, and reports bootstrap progress as (percent, phase) through a
callback. Every wait has a deadline. Its configuration (bridge lines included) goes to tor on
its standard input and its log to a pipe that is read and dropped: no torrc and no notice log
(connection times) are ever written (security review F8, F16). With ``ephemeral`` (the client)
the directory is created afresh for the connection and removed when it closes (:func:`forget_tor_dir`).
Never: logs or stores anything about what is sent; asks the user for anything.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import stem
import stem.control
import stem.process

from intake_app.text.errors import IntakeError
from intake_app.tools import tool_path

BootstrapCallback = Callable[[int, str], None]
DEFAULT_BOOTSTRAP_DEADLINE = 300.0


class TorError(IntakeError):
    """Root of problems with the tor process or its control port."""


class TorNotInstalledError(TorError):
    pass


# tor's known start failures, recognised in its own (English) last words, so that the edges can
# say why in the person's language (zh-review F21, issue 22). First match wins: a port tor may not
# use is "permission denied", not "in use", though both end in "Failed to bind".
START_FAILURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("permission_denied", ("Permission denied",)),
    ("address_in_use", ("Address already in use", "Failed to bind one of the listener ports")),
    ("bad_bridge", ("Bridge line", "bridge line")),
    ("transport_missing", ("managed proxy", "ClientTransportPlugin", "No such file or directory")),
    ("bad_settings", ("Failed to parse/validate config", "Unknown option", "Reading config failed")),
    ("exited", ("tor exited while connecting",)),
    ("no_answer", ("no control port after starting tor",)),
)


def start_failure_kind(detail: str) -> str:
    """One of :data:`START_FAILURES`' kinds for tor's last words, else ``"unknown"``."""
    for kind, markers in START_FAILURES:
        if any(marker in detail for marker in markers):
            return kind
    return "unknown"


class TorStartError(TorError):
    """tor refused the configuration or exited; ``detail`` holds its last words (English, tor's
    own), ``kind`` what they mean (:func:`start_failure_kind`)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"tor did not start: {detail}")
        self.detail = detail
        self.kind = start_failure_kind(detail)


class TorBootstrapTimeoutError(TorError):
    def __init__(self, percent: int, phase: str) -> None:
        super().__init__(f"tor did not finish connecting (stuck at {percent}%: {phase})")
        self.percent = percent
        self.phase = phase


class TorControlError(TorError):
    """The control port given with --tor-control could not be reached or authenticated."""


@dataclass
class TorConnection:
    """A usable tor: where its SOCKS port is, and (when known) a controller for it."""

    socks_host: str
    socks_port: int
    controller: stem.control.Controller | None = None
    process: subprocess.Popen[bytes] | None = None
    forget_dir: Path | None = None  # removed once tor has exited (``launch_tor(ephemeral=True)``)
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.controller is not None:
            self.controller.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.forget_dir is not None:
            forget_tor_dir(self.forget_dir)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_host_port(text: str, *, any_port: bool = False) -> tuple[str, int]:
    """``HOST:PORT`` (host defaults to 127.0.0.1); with ``any_port`` port 0 means "pick a free one"."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not (0 if any_port else 1) <= int(port) < 65536:
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    return host or "127.0.0.1", int(port)


def read_torrc_extra(path: Path | None) -> list[str]:
    """Configuration lines of a ``--torrc-extra`` file (comments and blank lines dropped)."""
    if path is None:
        return []
    return [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _bootstrap_status(controller: stem.control.Controller) -> tuple[int, str]:
    status = controller.get_info("status/bootstrap-phase", "")
    percent, phase = 0, ""
    for token in status.split():
        if token.startswith("PROGRESS="):
            percent = int(token.split("=", 1)[1])
    if 'SUMMARY="' in status:
        phase = status.split('SUMMARY="', 1)[1].split('"', 1)[0]
    return percent, phase


def bootstrap_status(controller: stem.control.Controller) -> tuple[int, str]:
    """tor's bootstrap (percent, phase summary) right now."""
    return _bootstrap_status(controller)


def wait_for_bootstrap(controller: stem.control.Controller, progress: BootstrapCallback | None,
                       deadline: float = DEFAULT_BOOTSTRAP_DEADLINE, process: subprocess.Popen[bytes] | None = None) -> None:
    """Poll tor's bootstrap status until 100 %, reporting each change; raise after ``deadline`` seconds."""
    end = time.monotonic() + deadline
    last: tuple[int, str] = (-1, "")
    while True:
        if process is not None and process.poll() is not None:
            raise TorStartError("tor exited while connecting")
        try:
            current = _bootstrap_status(controller)
        except stem.ControllerError as exc:
            raise TorStartError(str(exc)) from exc
        if current != last:
            last = current
            if progress:
                progress(*current)
        if current[0] >= 100:
            return
        if time.monotonic() > end:
            raise TorBootstrapTimeoutError(*current)
        time.sleep(0.25)


def launch_tor(data_dir: Path, *, extra_lines: Iterable[str] = (), progress: BootstrapCallback | None = None,
               deadline: float = DEFAULT_BOOTSTRAP_DEADLINE, wait: bool = True, ephemeral: bool = False) -> TorConnection:
    """Start ``tor`` with its own data directory; return once bootstrapped (when ``wait``).

    The program is :func:`intake_app.tools.tool_path`'s: the bundled copy first, then PATH.
    With ``ephemeral`` whatever a crashed earlier tor left in ``data_dir`` is removed first and the
    whole directory is removed again when the connection closes (or the start fails).
    """
    tor_cmd = tool_path("tor")
    if tor_cmd is None:
        raise TorNotInstalledError("tor is not installed")
    if ephemeral:
        forget_tor_dir(data_dir)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    port_file = data_dir / "control-port"
    port_file.unlink(missing_ok=True)
    lines = [
        f"DataDirectory {data_dir / 'data'}",
        "SocksPort auto ExtendedErrors",
        "ControlPort auto",
        f"ControlPortWriteToFile {port_file}",
        "CookieAuthentication 1",
        f"CookieAuthFile {data_dir / 'control-cookie'}",
        "ShutdownWaitLength 0",
        "__ReloadTorrcOnSIGHUP 0",
        "AvoidDiskWrites 1",
        "Log notice stderr",  # a pipe read and dropped (start errors only): no log file on disk
        *extra_lines,
    ]
    (data_dir / "data").mkdir(mode=0o700, exist_ok=True)
    os.chmod(data_dir / "data", 0o700)
    for stale in ("torrc", "notice.log"):  # written by earlier versions
        (data_dir / stale).unlink(missing_ok=True)
    env = {**os.environ, "MALLOC_ARENA_MAX": "1"}
    # stem's launch_tor only handles its timeout from the main thread; we enforce our own deadline
    # by polling the control-port file instead, so this works from GUI worker threads too.
    # ``-f -``: the configuration (bridge lines) is read from standard input, never from a file.
    try:
        process = subprocess.Popen(
            [tor_cmd, "-f", "-", "--__OwningControllerProcess", str(os.getpid())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
        )
    except BaseException:
        if ephemeral:
            forget_tor_dir(data_dir)
        raise
    words: list[str] = []  # the last warnings and errors tor printed, in memory only
    try:
        assert process.stdin is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(("\n".join(lines) + "\n").encode("utf-8"))
        with contextlib.suppress(OSError):
            process.stdin.close()
        if process.stdout:  # tor's messages before and after it read the configuration
            threading.Thread(target=_drain, args=(process.stdout, words), daemon=True).start()
        end = time.monotonic() + min(deadline, 60.0)
        while not port_file.exists() or not port_file.read_text().strip():
            if process.poll() is not None:
                time.sleep(0.2)  # let the drain read tor's last words
                raise TorStartError(_last_words("\n".join(words)))
            if time.monotonic() > end:
                raise TorStartError("no control port after starting tor")
            time.sleep(0.05)
    except BaseException:  # also a signal that ends the caller (intake serve's SIGTERM): no tor left behind
        if process.poll() is None:
            process.kill()
            process.wait()
        if ephemeral:
            forget_tor_dir(data_dir)
        raise
    host, port = parse_host_port(port_file.read_text().strip().split("=", 1)[1])
    try:
        controller = stem.control.Controller.from_port(address=host, port=port)
        controller.authenticate()
        socks = controller.get_listeners(stem.control.Listener.SOCKS)
    except (stem.SocketError, stem.connection.AuthenticationFailure, stem.ControllerError) as exc:
        process.kill()
        process.wait()
        if ephemeral:
            forget_tor_dir(data_dir)
        raise TorStartError(str(exc)) from exc
    except BaseException:  # a signal ending the caller
        process.kill()
        process.wait()
        if ephemeral:
            forget_tor_dir(data_dir)
        raise
    # With DisableNetwork 1 tor opens no SOCKS listener yet; port 0 then means "not usable for traffic".
    socks_host, socks_port = socks[0] if socks else ("127.0.0.1", 0)
    connection = TorConnection(socks_host, socks_port, controller, process, data_dir if ephemeral else None)
    if wait:
        try:
            wait_for_bootstrap(controller, progress, deadline, process)
        except BaseException:
            connection.close()
            raise
    return connection


def forget_tor_dir(data_dir: Path) -> None:
    """Remove a stopped tor's directory: its state file (bridge addresses as guards), cached
    directory documents and control cookie (and an earlier version's torrc and notice log) would
    otherwise stay readable on disk, showing that and how this computer circumvented censorship.
    The next start bootstraps afresh."""
    shutil.rmtree(data_dir, ignore_errors=True)


def _drain(stream: Any, words: list[str]) -> None:
    """Read tor's log pipe to its end; keep only the last few warnings and errors, in memory."""
    with contextlib.suppress(OSError, ValueError):
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            if "[warn]" in line or "[err]" in line:
                words.append(line)
                del words[:-5]


def _last_words(text: str) -> str:
    lines = [line for line in text.splitlines() if "[warn]" in line or "[err]" in line]
    return " / ".join(line.split("] ", 1)[-1] for line in lines[-3:]) or text.strip()[-300:]


def attach_tor(socks: tuple[str, int], control: tuple[str, int] | None = None, *,
               progress: BootstrapCallback | None = None, password: str | None = None,
               deadline: float = DEFAULT_BOOTSTRAP_DEADLINE) -> TorConnection:
    """Use a tor that is already running (e.g. Tor Browser's 127.0.0.1:9150)."""
    controller = None
    if control is not None:
        try:
            controller = stem.control.Controller.from_port(address=control[0], port=control[1])
            controller.authenticate(password=password)
        except (stem.SocketError, stem.connection.AuthenticationFailure) as exc:
            raise TorControlError(str(exc)) from exc
        wait_for_bootstrap(controller, progress, deadline)
    elif progress:
        progress(100, "using a running tor")
    return TorConnection(socks[0], socks[1], controller)


def wait_for_onion_published(controller: stem.control.Controller, deadline: float = 120.0) -> bool:
    """Wait until tor reports an onion-service descriptor upload (HS_DESC UPLOADED). False on timeout."""
    uploaded = threading.Event()

    def on_event(event: Any) -> None:
        if event.action == stem.HSDescAction.UPLOADED:
            uploaded.set()

    controller.add_event_listener(on_event, stem.control.EventType.HS_DESC)
    try:
        return uploaded.wait(deadline)
    finally:
        controller.remove_event_listener(on_event)
