# SPDX-License-Identifier: GPL-3.0-or-later
"""The app starts the way its users start it (issue 16; usability-review.md problem 1).

Each test runs the exact command line a person uses (`.venv/bin/intake app`, as the README and
the menu entry say, and `make run` itself) as a separate process on its own X server, waits for
the main window to appear on that display (found from outside with xdotool, not by importing
anything), then closes it with SIGTERM as a session manager would, and fails on any traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app import i18n

ROOT = Path(__file__).resolve().parents[2]
INTAKE = Path(sys.executable).parent / "intake"

pytestmark = [pytest.mark.slow]



def _title(lang: str) -> str:
    """The window title in ``lang``, from the compiled catalogues (the same ones the app loads)."""
    catalogue = i18n.load_catalogue(lang)
    return catalogue.get("MainWindow", {}).get("Testimony Intake", "Testimony Intake")


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server for these tests (never the developer's screen)."""
    assert shutil.which("Xvfb") and shutil.which("xdotool"), "make test installs xvfb and xdotool"
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(10)


def _env(display: str, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "INTAKE_HOME")}
    env.update(DISPLAY=display, INTAKE_HOME=str(home), LANG="C.UTF-8")
    env.update(extra)
    return env


def _windows(display: str, pid: int | None = None) -> list[tuple[str, str]]:
    """(window id, title) of the visible windows on ``display`` (of process ``pid`` if given)."""
    args = ["xdotool", "search", "--onlyvisible"] + (["--pid", str(pid)] if pid else []) + ["--name", "."]
    found = subprocess.run(args, check=False, capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
    result = []
    for wid in found.stdout.split():
        name = subprocess.run(["xdotool", "getwindowname", wid], check=False, capture_output=True, text=True,
                              env={**os.environ, "DISPLAY": display}).stdout.strip()
        result.append((wid, name))
    return result


def _wait_for_window(display: str, process: subprocess.Popen[bytes], title: str, timeout: float = 90) -> int:
    """Wait until a visible window titled ``title`` is on the display; returns the pid that owns it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the app exited with {process.returncode} before its window appeared")
        for wid, name in _windows(display):
            if name == title:
                owner = subprocess.run(["xdotool", "getwindowpid", wid], check=False, capture_output=True, text=True,
                                       env={**os.environ, "DISPLAY": display}).stdout.strip()
                return int(owner)
        time.sleep(0.2)
    raise AssertionError(f"no window titled {title!r} within {timeout} s; saw {_windows(display)}")


def _start_and_close(command: list[str], env: dict[str, str], title: str, display: str) -> str:
    """Run ``command``, wait for its window, send SIGTERM to the app, return its stderr."""
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        app_pid = _wait_for_window(display, process, title)
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
    assert not _windows(display), "a window outlived the app"
    return stderr


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_intake_app_opens_its_window_in_the_language_of_LANG(display: str, tmp_path: Path, lang: str) -> None:
    locale = {"en": "en_GB.UTF-8", "zh_CN": "zh_CN.UTF-8", "zh_TW": "zh_TW.UTF-8"}[lang]
    title = _title(lang)
    if lang != "en":
        assert title != "Testimony Intake", "the title has a translation in the catalogue"
    _start_and_close([str(INTAKE), "app"], _env(display, tmp_path / "home", LANG=locale), title, display)


def test_intake_app_uses_the_language_saved_in_the_settings(display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(display, home, LANG="en_GB.UTF-8")
    # The language a user picked in the app is kept in the settings file; LANG says English.
    subprocess.run([sys.executable, "-c",
                    ("from intake_app.gui.controllers.settings import GuiSettings\n"
                    "s = GuiSettings.load(); s.lang = 'zh_TW'; s.save()")], env=env, check=True)
    _start_and_close([str(INTAKE), "app"], env, _title("zh_TW"), display)


def test_python_m_intake_app_opens_its_window(display: str, tmp_path: Path) -> None:
    _start_and_close([sys.executable, "-m", "intake_app", "app"], _env(display, tmp_path / "home"),
                     "Testimony Intake", display)


def test_make_run_opens_the_window(display: str, tmp_path: Path) -> None:
    """`make run` as the README says: it checks the setup (nothing to install here) and starts the app."""
    env = _env(display, tmp_path / "home")
    env.pop("MAKEFLAGS", None)
    stderr = _start_and_close(["make", "--no-print-directory", "run"], env, "Testimony Intake", display)
    assert "Error" not in stderr, stderr


def test_the_services_and_the_cli_never_load_qt(tmp_path: Path) -> None:
    """The CLI and the services translate without Qt: no Qt module is imported (code-review change 1)."""
    probe = (
        "import sys\n"
        "from intake_app import cli, errors, i18n\n"
        "import intake_app.store, intake_app.transport, intake_app.audio, intake_app.archive\n"
        "import intake_app.bundle_service, intake_app.self_submission\n"
        "i18n.install('zh_CN')\n"
        "assert i18n.translate('Errors', 'Something went wrong that the app did not expect.') != "
        "'Something went wrong that the app did not expect.'\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.replace("'", '"')) == []
