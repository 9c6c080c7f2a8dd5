# SPDX-License-Identifier: GPL-3.0-or-later
"""Start the app as a person does and find its window from outside (xdotool on a private Xvfb)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from intake_app.text import i18n

ROOT = Path(__file__).resolve().parents[1]


def private_display(screen: str = "1280x800x24") -> Iterator[str]:
    """A private X server (never the developer's screen) of ``screen`` (WxHxDEPTH); yields its DISPLAY."""
    assert shutil.which("Xvfb") and shutil.which("xdotool"), "make test installs xvfb and xdotool"
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def title_in(lang: str) -> str:
    """The window title in ``lang``, from the compiled catalogues (the same ones the app loads)."""
    catalogue = i18n.load_catalogue(lang)
    return catalogue.get("MainWindow", {}).get("Testimony Intake", "Testimony Intake")


def user_env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "INTAKE_HOME")}
    env.update(DISPLAY=display, INTAKE_HOME=str(home), LANG="C.UTF-8")
    env.update(extra)
    return env


def windows(display: str, pid: int | None = None) -> list[tuple[str, str]]:
    """(window id, title) of the visible windows on ``display`` (of process ``pid`` if given)."""
    args = ["xdotool", "search", "--onlyvisible"] + (["--pid", str(pid)] if pid else []) + ["--name", "."]
    found = subprocess.run(args, check=False, capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
    result = []
    for wid in found.stdout.split():
        name = subprocess.run(["xdotool", "getwindowname", wid], check=False, capture_output=True, text=True,
                              env={**os.environ, "DISPLAY": display}).stdout.strip()
        result.append((wid, name))
    return result


def wait_for_window(display: str, process: subprocess.Popen[bytes], title: str, timeout: float = 90) -> int:
    """Wait until a visible window titled ``title`` is on the display; returns the pid that owns it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the app exited with {process.returncode} before its window appeared")
        for wid, name in windows(display):
            if name == title:
                owner = subprocess.run(["xdotool", "getwindowpid", wid], check=False, capture_output=True, text=True,
                                       env={**os.environ, "DISPLAY": display}).stdout.strip()
                return int(owner)
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} within {timeout} s; saw {windows(display)}")


def window_geometry(display: str, title: str) -> tuple[int, int, int, int]:
    """(x, y, width, height) of the visible window titled ``title``, from outside (xdotool)."""
    (wid,) = [w for w, name in windows(display) if name == title]
    shell = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid], check=True, capture_output=True,
                           text=True, env={**os.environ, "DISPLAY": display}).stdout
    values = dict(line.split("=", 1) for line in shell.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def start_and_close(command: list[str], env: dict[str, str], title: str, display: str, cwd: Path = ROOT,
                    while_open: Callable[[], None] | None = None) -> str:
    """Run ``command``, wait for its window, call ``while_open`` (if given), send SIGTERM to the
    app, return its stderr."""
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        app_pid = wait_for_window(display, process, title)
        if while_open is not None:
            while_open()
        os.kill(app_pid, signal.SIGTERM)  # a session manager's stop: the window closes, the store locks
        _, err = process.communicate(timeout=30)
    except BaseException:
        os.killpg(process.pid, signal.SIGKILL)
        _, err = process.communicate()
        print(err.decode(errors="replace"), file=sys.stderr)
        raise
    stderr = err.decode(errors="replace")
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert not windows(display), "a window outlived the app"
    return stderr
