# SPDX-License-Identifier: GPL-3.0-or-later
"""The app starts the way its users start it (issue 16; usability-review.md problem 1).

Each test runs the exact command line a person uses (`.venv/bin/intake app`, as the README and
the menu entry say, and `make run` itself) as a separate process on its own X server, waits for
the main window to appear on that display (found from outside with xdotool, not by importing
anything), then closes it with SIGTERM as a session manager would, and fails on any traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.start_support import private_display, start_and_close, title_in, user_env, window_geometry

INTAKE = Path(sys.executable).parent / "intake"

pytestmark = [pytest.mark.slow]


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_intake_app_opens_its_window_in_the_language_of_LANG(display: str, tmp_path: Path, lang: str) -> None:
    locale = {"en": "en_GB.UTF-8", "zh_CN": "zh_CN.UTF-8", "zh_TW": "zh_TW.UTF-8"}[lang]
    title = title_in(lang)
    if lang != "en":
        assert title != "Testimony Intake", "the title has a translation in the catalogue"
    start_and_close([str(INTAKE), "app"], user_env(display, tmp_path / "home", LANG=locale), title, display)


def test_intake_app_uses_the_language_saved_in_the_settings(display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = user_env(display, home, LANG="en_GB.UTF-8")
    # The language a user picked in the app is kept in the settings file; LANG says English.
    subprocess.run([sys.executable, "-c",
                    ("from intake_app.gui.controllers.settings import GuiSettings\n"
                    "s = GuiSettings.load(); s.lang = 'zh_TW'; s.save()")], env=env, check=True)
    start_and_close([str(INTAKE), "app"], env, title_in("zh_TW"), display)


def test_python_m_intake_app_opens_its_window(display: str, tmp_path: Path) -> None:
    start_and_close([sys.executable, "-m", "intake_app", "app"], user_env(display, tmp_path / "home"),
                     "Testimony Intake", display)


def test_make_run_opens_the_window(display: str, tmp_path: Path) -> None:
    """`make run` as the README says: it checks the setup (nothing to install here) and starts the app."""
    env = user_env(display, tmp_path / "home")
    env.pop("MAKEFLAGS", None)
    stderr = start_and_close(["make", "--no-print-directory", "run"], env, "Testimony Intake", display)
    assert "Error" not in stderr, stderr


@pytest.mark.parametrize("witness", [False, True])
def test_on_a_1024x600_screen_the_window_opens_inside_the_screen(tmp_path: Path, witness: bool) -> None:
    """On the smallest supported screen the window fits it from the start: it used to open at
    1100x760 on a 1024x600 screen, the language picker and the lower part of every page off the
    screen (walk, session 5; the fit tests resized the window by hand)."""
    seen: list[tuple[int, int, int, int]] = []
    for display in private_display("1024x600x24"):
        start_and_close([str(INTAKE), "app", *(["--witness"] if witness else [])],
                        user_env(display, tmp_path / "home"), "Testimony Intake", display,
                        while_open=lambda display=display: seen.append(window_geometry(display, "Testimony Intake")))
    ((x, y, width, height),) = seen
    assert x >= 0 and y >= 0 and x + width <= 1024 and y + height <= 600, seen


def test_the_services_and_the_cli_never_load_qt(tmp_path: Path) -> None:
    """The CLI and the services translate without Qt: no Qt module is imported (code-review change 1)."""
    probe = (
        "import sys\n"
        "from intake_app import cli\n"
        "from intake_app.text import errors, i18n\n"
        "import intake_app.store, intake_app.transport, intake_app.audio, intake_app.archive\n"
        "import intake_app.sealing.service, intake_app.sealing.self_submission\n"
        "i18n.install('zh_CN')\n"
        "assert i18n.translate('Errors', 'Something went wrong that the app did not expect.') != "
        "'Something went wrong that the app did not expect.'\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.replace("'", '"')) == []
