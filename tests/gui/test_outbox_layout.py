# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox at 1024x600 (newcomer walk, session 5: "the outbox shows about two bundle rows"):
with sealed interviews waiting, the list of bundles is the page's main content and shows at
least six rows; the bridge settings fold into one line that says what is set, open with one
click and fit the small screen, in English and Simplified Chinese; while the connection
assistant runs its progress and steps stay in view with the settings folded; a failed
connection or a bridge problem opens the settings, since that is where the remedy is."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_app.text import i18n
from tests.gui.flows import finalised_interview
from tests.gui.layout_checks import SMALL, fits_small_screen

pytestmark = pytest.mark.gui

SEALED = 6


def _visible_rows(table: Any) -> float:
    return table.viewport().height() / table.rowHeight(0)


def _outbox_with_bundles(qtbot: Any, window: Any, capfd: Any) -> Any:
    for n in range(SEALED):
        page = finalised_interview(qtbot, window, capfd, witness=f"Witness {n}")
        window.go_home()
    page = window.open_mode("interviewer")
    page.tabs.setCurrentWidget(page.outbox)
    table = page.outbox.table
    qtbot.waitUntil(lambda: table.isVisible() and table.height() > 0)
    return page


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_bundle_list_is_the_outbox_main_content_at_1024x600(qtbot, demo_window, capfd,  # type: ignore[no-untyped-def]
                                                               lang: str) -> None:
    window = demo_window
    page = _outbox_with_bundles(qtbot, window, capfd)
    outbox = page.outbox
    window.bar.language.setCurrentIndex(window.bar.language.findData(lang))
    qtbot.waitUntil(lambda: i18n.current() == lang)
    window.resize(*SMALL)
    QApplication.processEvents()
    assert (window.width(), window.height()) == SMALL
    table = outbox.table
    assert table.rowCount() == SEALED
    # Six rows or more can be seen without scrolling; each sealed interview with its state.
    assert _visible_rows(table) >= 6, (table.viewport().height(), table.rowHeight(0))
    for row in range(SEALED):
        rect = table.visualRect(table.model().index(row, 2))
        assert table.viewport().rect().contains(rect), (row, rect, table.viewport().rect())
    # The settings are folded into one line that says what is set, and the screen is whole.
    assert not outbox.bridge_box.isVisible() and not outbox.blocked.isVisible()
    assert outbox.settings_toggle.isVisible() and outbox.settings_summary.isVisible()
    # The demo archive is reached without Tor: the line does not speak of Tor connecting.
    assert outbox.settings_summary.text() == outbox.tr("The demo archive is reached without Tor: bridges are not used.")
    assert fits_small_screen(window) == []

    # One click opens them (the list gives up its room for now), everything still fits; another folds them.
    qtbot.mouseClick(outbox.settings_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.bridge_box.isVisible() and outbox.bridge_save.height() > 0)
    assert outbox.blocked.isVisible() and outbox.bridge_lines.isVisible()
    assert fits_small_screen(window) == []
    qtbot.mouseClick(outbox.settings_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not outbox.bridge_box.isVisible())
    QApplication.processEvents()
    assert _visible_rows(table) >= 6


def test_folded_settings_say_what_is_set_and_open_where_the_remedy_is(qtbot, make_window, capfd,  # type: ignore[no-untyped-def]
                                                                      tmp_path) -> None:
    from tests.gui.test_enrolment import _real_archive_window

    window, _archive = _real_archive_window(qtbot, make_window, tmp_path)  # reached over Tor
    page = finalised_interview(qtbot, window, capfd)
    page.tabs.setCurrentWidget(page.outbox)
    outbox = page.outbox
    qtbot.waitUntil(lambda: outbox.table.isVisible() and outbox.table.height() > 0)
    assert not outbox.bridge_box.isVisible()
    assert "No bridges" in outbox.settings_summary.text()

    # Chosen and saved through the opened settings: the folded line names them.
    qtbot.mouseClick(outbox.settings_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.bridge_box.isVisible() and outbox.bridge_save.height() > 0)
    qtbot.mouseClick(outbox.bridge_buttons["obfs4"], Qt.MouseButton.LeftButton)
    from tests.gui.test_outbox_tor import OBFS4

    qtbot.keyClicks(outbox.bridge_lines, OBFS4)
    qtbot.mouseClick(outbox.blocked, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert page.controller.transport.bridge_lines() == ("obfs4", [OBFS4])
    qtbot.mouseClick(outbox.settings_toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not outbox.bridge_box.isVisible())
    summary = outbox.settings_summary.text()
    assert "obfs4" in summary and "1" in summary and "never" in summary.lower(), summary

    # The assistant's progress and steps, as the transport reports them, stay in view folded.
    outbox.set_tor_state("starting", 30, "")
    outbox.show_attempt("Way 1 of 1: the bridges you gave (obfs4)")
    QApplication.processEvents()
    assert outbox.tor_progress.isVisible() and outbox.attempt_log.isVisible()
    assert "Way 1 of 1" in outbox.attempt_log.text() and not outbox.bridge_box.isVisible()
    # No way worked: the advice speaks of the bridges, so they open.
    outbox.set_tor_state("failed", 0, "")
    qtbot.waitUntil(lambda: outbox.bridge_box.isVisible() and outbox.stall_advice.isVisible())
