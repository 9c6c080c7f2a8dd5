# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox's connection panel: bridge lines are checked with plain messages and only valid
ones are kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import require

pytestmark = pytest.mark.gui

OBFS4 = ("obfs4 192.0.2.3:443 0123456789ABCDEF0123456789ABCDEF01234567 "
         "cert=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA iat-mode=0")


def _interviewer(qtbot, window):  # type: ignore[no-untyped-def]
    from tests.gui.conftest import first_run

    first_run(qtbot, window)
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    return page


def test_bridge_lines_are_checked_and_kept(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    require("intake_app.transport.bridges", "intake_app.archive_setup")
    page = _interviewer(qtbot, make_window())
    outbox = page.outbox
    outbox.bridge_buttons["obfs4"].setChecked(True)
    outbox.bridge_lines.setPlainText("obfs4 not-an-address")
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert outbox.bridge_error.text() and "Traceback" not in outbox.bridge_error.text()
    assert page.app.settings.bridge_kind == "none"  # nothing bad was kept
    outbox.bridge_lines.setPlainText(OBFS4)
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert page.app.settings.bridge_kind == "obfs4" and page.app.settings.bridges == [OBFS4], \
        outbox.bridge_error.text()
