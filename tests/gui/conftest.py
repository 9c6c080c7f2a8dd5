# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for GUI tests: a fresh INTAKE_HOME, English, and a main window that is closed
(and its worker threads finished) after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app import i18n


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def make_window(qtbot, intake_home: Path, english: None):  # type: ignore[no-untyped-def]
    """Build a MainWindow over a fresh home; ``idle_ms`` shortens the idle lock for a test."""
    from intake_app.gui.app import apply_fonts
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.controllers.tasks import wait_all
    from intake_app.gui.main_window import MainWindow

    windows = []

    def build(idle_ms: int | None = None) -> MainWindow:
        apply_fonts("en")
        window = MainWindow(AppController(), idle_ms=idle_ms)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield build
    wait_all()
