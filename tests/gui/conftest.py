# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for GUI tests: a fresh INTAKE_HOME, English, a main window over the real services
(cheap key-derivation costs, passed explicitly), and a helper that walks the first run with
the local demo archive. Windows are closed and worker threads finished after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from intake_app.text import i18n

PASSPHRASE = "correct horse battery"


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def _no_dialog_outlives_its_test(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Message boxes and dialogs a test left open are deleted after it: a window-modal box that
    stayed behind made the next test's file dialog fail (seen only when tests ran in sequence)."""
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
            widget.deleteLater()
    QApplication.processEvents()


def _controller_options() -> dict[str, Any]:
    from intake_app.store.keyslot import TEST_KDF

    return {"store_options": {"kdf": TEST_KDF}}


@pytest.fixture
def make_window(qtbot, intake_home: Path, english: None) -> Iterator[Callable[..., Any]]:  # type: ignore[no-untyped-def]
    """Build a MainWindow over a fresh home; ``idle_ms`` shortens the idle lock for a test."""
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.controllers.tasks import wait_all
    from intake_app.gui.main_window import MainWindow
    from intake_app.gui.theme import apply_fonts

    windows: list[Any] = []

    def build(idle_ms: int | None = None, **options: Any) -> MainWindow:
        apply_fonts("en")
        window = MainWindow(AppController(**_controller_options(), **options), idle_ms=idle_ms)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window._drop_mode_page()
        window.controller.lock()
    wait_all()
    from intake_app.gui.controllers.transport import close_all

    close_all()


@pytest.fixture
def demo_window(qtbot, make_window) -> Any:  # type: ignore[no-untyped-def]
    """A window past the first run: store created, demo archive chosen, mode chooser shown."""
    window = make_window()
    first_run(qtbot, window)
    return window


def first_run(qtbot, window: Any) -> None:  # type: ignore[no-untyped-def]
    fr = window.first_run
    qtbot.mouseClick(fr.lang_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fr.first, PASSPHRASE)
    qtbot.keyClicks(fr.second, PASSPHRASE)
    qtbot.mouseClick(fr.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.pages.currentIndex() == 2, timeout=60000)
    qtbot.mouseClick(fr.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fr.checked.isVisible(), timeout=120000)
    assert "demo" in fr.prof_name.text().lower()
    assert fr.fingerprint.text()
    qtbot.mouseClick(fr.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.modes, timeout=10000)
