# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviews stay in view after sending (usability-review problem 10): the Interviews list keeps
a sent interview under its own number with its state and receipt code, which can be copied (button
and context menu) and exported (encrypted by default, plain text only after a warning); numbers are
never given twice; a draft can be deleted (after a confirmation, its data gone from the store);
a finalised interview opens read-only. Driven through the real window against the demo archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox

from tests.fixtures.canary import canary
from tests.gui.flows import finalised_interview
from tests.gui.test_file_dialogs import _answer_dialog_with

pytestmark = pytest.mark.gui


def _send_first(qtbot: Any, page: Any, capfd: Any) -> str:
    page.tabs.setCurrentWidget(page.outbox)
    qtbot.mouseClick(page.outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = page.outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: T")) or \
            page.findChild(QMessageBox, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=120000)
    box = page.findChild(QMessageBox, "errorBox")
    assert box is None, (box.text(), box.informativeText(), capfd.readouterr().err[-2000:])
    return str(page.outbox.rows[0][4])


def _context_menu(qtbot: Any, table: Any, row: int, col: int) -> QMenu:
    """Right-click a cell (the event a right mouse click sends) and return the menu shown."""
    rect = table.visualRect(table.model().index(row, col))
    pos = rect.center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())


def _choose(qtbot: Any, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_sent_interview_stays_listed_with_its_receipt(qtbot, demo_window, capfd, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import intake_crypto as crypto

    page = finalised_interview(qtbot, demo_window, capfd)
    code = _send_first(qtbot, page, capfd)
    assert code.startswith("T-2-")  # receipt codes v2 (no 0/O, 1/I/L look-alikes)
    # The outbox row keeps the interview's label and shows the upload as done.
    outbox = page.outbox
    assert outbox.table.item(0, 0).text() == "Interview 1"
    bar = outbox.table.cellWidget(0, 3)
    assert bar.value() == bar.maximum() and "100" in bar.text()

    # The Interviews list still shows it, sent with its receipt code (not "No interviews yet").
    page.tabs.setCurrentWidget(page.list)
    listing = page.list
    assert not listing.empty.isVisible()
    assert len(listing.rows) == 1
    _id, label, state, _when, listed_code = listing.rows[0]
    assert (label, state, listed_code) == ("Interview 1", "receipt_verified", code)
    assert listing.table.item(0, 1).text() == "Sent, receipt verified"
    assert listing.table.item(0, 2).text() == code
    assert not listing.delete_button.isEnabled()  # only drafts can be deleted

    # Copy with the button, then with the context menu.
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(listing.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == code
    assert code in listing.note.text()
    clipboard.clear()
    menu = _context_menu(qtbot, listing.table, 0, 2)
    assert "Delete draft…" not in [a.text() for a in menu.actions()]
    _choose(qtbot, menu, "Copy receipt code")
    qtbot.waitUntil(lambda: clipboard.text() == code)

    # Opening it: the demo archive's profile deletes the local copy after the receipt; the app
    # says so and shows the code instead of silently doing nothing.
    cell = listing.table.visualRect(listing.table.model().index(0, 0)).center()
    qtbot.mouseClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "sentNote") is not None)
    note = page.findChild(QMessageBox, "sentNote")
    assert "deleted from this computer" in note.text() and code in note.informativeText()
    note.done(0)

    # Export, encrypted (the default): the file holds no readable code and opens with the passphrase.
    encrypted = tmp_path / "receipt.txt.age"
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.encrypted.isChecked() and not dialog.warning.isVisible()
    assert "evidence" in dialog.intro.text()
    qtbot.keyClicks(dialog.passphrase, "paper and pencil")
    qtbot.keyClicks(dialog.repeat, "paper and pencil")
    qtbot.keyClicks(dialog.path, str(encrypted))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: encrypted.exists() and "saved" in listing.note.text(), timeout=60000)
    raw = encrypted.read_bytes()
    assert code.encode() not in raw and raw.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert encrypted.stat().st_mode & 0o077 == 0
    plain = crypto.decrypt_bytes(raw, [crypto.ScryptIdentity("paper and pencil")])
    assert code.encode() in plain

    # Plain text only after choosing it, with the warning shown; a mismatched passphrase is refused first.
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.passphrase, "one passphrase")
    qtbot.keyClicks(dialog.repeat, "another one")
    qtbot.keyClicks(dialog.path, str(tmp_path / "never.txt"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text() and dialog.isVisible()
    qtbot.mouseClick(dialog.plain, Qt.MouseButton.LeftButton)
    assert dialog.warning.isVisible() and "unencrypted" in dialog.warning.text()
    assert not dialog.passphrase.isEnabled()
    # The file chosen in the app's own file dialog (which forgets the folders it saw).
    text_file = tmp_path / "receipt.txt"
    seen: list[str] = []
    _answer_dialog_with(text_file, seen)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)  # returns when the chooser closed
    assert seen == ["fileDialog"] and dialog.path.text() == str(text_file)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(text_file.exists, timeout=60000)
    assert code in text_file.read_text()
    assert not (tmp_path / "never.txt").exists()


def _new_and_close(qtbot: Any, page: Any) -> None:
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)


def test_numbers_are_not_reused_and_a_draft_can_be_deleted(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    qtbot.mouseClick(window.modes.buttons["interviewer"], Qt.MouseButton.LeftButton)
    page = window.mode_page
    store = window.controller.store
    _new_and_close(qtbot, page)
    assert [(r[1], r[2]) for r in page.list.rows] == [("Interview 1", "draft")]
    # Something typed and saved into the draft (content sealed with the draft's key).
    first_id = page.list.rows[0][0]
    qtbot.mouseClick(page.list.open_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.views[0].set_answers({"interviewer_code": canary("code")})
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)
    assert store._query("SELECT count(*) FROM answer_versions WHERE testimony_id = ?", (first_id,))[0][0] >= 1
    assert not page.list.copy_button.isEnabled() and not page.list.export_button.isEnabled()

    # Delete asks first; "Keep it" keeps it.
    assert page.list.delete_button.isEnabled()
    qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "confirmDelete")
    assert box is not None and "Interview 1" in box.text() and "cannot be undone" in box.informativeText()
    assert box.defaultButton().text().replace("&", "") == "Keep it"
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert [r[1] for r in page.list.rows] == ["Interview 1"]
    box.deleteLater()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "confirmDelete") is None)

    # From the context menu this time, then confirmed: the draft and its data are gone.
    menu = _context_menu(qtbot, page.list.table, 0, 0)
    _choose(qtbot, menu, "Delete draft…")
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "confirmDelete") is not None)
    box = page.findChild(QMessageBox, "confirmDelete")
    qtbot.mouseClick(box.findChild(object, "confirmDeleteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.list.rows)
    assert page.list.empty.isVisible()
    assert store.list_testimonies() == []
    for table in ("testimonies", "answer_versions", "recordings", "attachments"):
        assert store._query(f"SELECT count(*) FROM {table}") == [(0,)], table  # noqa: S608 - table names from the tuple above

    # The next interview gets a new number, not the deleted one's.
    _new_and_close(qtbot, page)
    assert [r[1] for r in page.list.rows] == ["Interview 2"]


def test_finalised_interview_opens_read_only(qtbot, demo_window, capfd) -> None:  # type: ignore[no-untyped-def]
    page = finalised_interview(qtbot, demo_window, capfd, witness="Read Only Witness")
    listing = page.list
    assert listing.rows[0][2] == "outbox" and not listing.delete_button.isEnabled()
    qtbot.mouseClick(listing.open_button, Qt.MouseButton.LeftButton)
    viewer = page.viewer
    assert viewer is not None and page.stack.currentWidget() is viewer
    assert page.editor is None  # not the editor: nothing can change
    text = viewer.text.toPlainText()
    assert "IV-1" in text and "Hong Kong" in text  # content answers of the session record
    assert "Read Only Witness" not in text and "sealed for the archive" in text
    assert "Read only" in viewer.title.text() and "Interview 1" in viewer.title.text()
    assert viewer.text.isReadOnly() and not viewer.findChildren(QLineEdit)
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tabs and page.viewer is None


def _double_click_row(qtbot: Any, table: Any, row: int) -> None:
    cell = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def _notes(page: Any) -> list[QMessageBox]:
    QApplication.processEvents()
    return [b for b in page.findChildren(QMessageBox, "sentNote") if b.isVisible()]


def _one_viewer_then_close(qtbot: Any, page: Any, label: str) -> None:
    qtbot.waitUntil(lambda: page.viewer is not None and page.viewer.isVisible())
    assert page.stack.count() == 2, page.stack.count()  # the tabs and one viewer, not two
    assert label in page.viewer.title.text() and "Read only" in page.viewer.title.text()
    qtbot.mouseClick(page.viewer.close_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tabs and page.stack.count() == 1


def test_a_double_click_on_a_sent_or_waiting_interview_opens_it_once(qtbot, demo_window, capfd) -> None:  # type: ignore[no-untyped-def]
    """Newcomer walk, session 5: "a double-click on a sent interview showed nothing". In the
    outbox it did nothing at all; in the Interviews list it opened the note (or the viewer)
    twice, one on top of the other. Both lists now open it once: a sent interview deleted here
    after its receipt says so with its receipt code, one still held opens read only."""
    window = demo_window
    page = finalised_interview(qtbot, window, capfd, witness="First Witness")
    window.go_home()
    page = finalised_interview(qtbot, window, capfd, witness="Second Witness")
    outbox = page.outbox
    page.tabs.setCurrentWidget(outbox)
    qtbot.waitUntil(lambda: outbox.table.isVisible() and outbox.table.height() > 0)
    first = next(i for i, r in enumerate(outbox.rows) if r[1] == "Interview 1")
    outbox.table.selectRow(first)
    qtbot.mouseClick(outbox.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.rows[first][3] == "receipt_verified"
                    or page.findChild(QMessageBox, "errorBox") is not None, timeout=120000)
    assert page.findChild(QMessageBox, "errorBox") is None
    code = outbox.rows[first][4]
    waiting = next(i for i, r in enumerate(outbox.rows) if r[1] == "Interview 2")

    # The outbox: the sent one says it was deleted here, with its code; the waiting one opens read only.
    _double_click_row(qtbot, outbox.table, first)
    qtbot.waitUntil(lambda: bool(_notes(page)))
    notes = _notes(page)
    assert len(notes) == 1 and "Interview 1 was sent" in notes[0].text() and code in notes[0].informativeText()
    notes[0].done(0)
    _double_click_row(qtbot, outbox.table, waiting)
    _one_viewer_then_close(qtbot, page, "Interview 2")
    assert page.tabs.currentWidget() is outbox  # back where the interviewer was

    # The Interviews list: the same, once each.
    page.tabs.setCurrentWidget(page.list)
    table = page.list.table
    qtbot.waitUntil(lambda: table.isVisible() and table.height() > 0)
    # No row numbers beside the interviews' own (newest first, row "1" read as Interview 2; walk, session 6).
    assert not table.verticalHeader().isVisible() and not outbox.table.verticalHeader().isVisible()
    sent = next(i for i, r in enumerate(page.list.rows) if r[2] == "receipt_verified")
    _double_click_row(qtbot, table, sent)
    qtbot.waitUntil(lambda: bool(_notes(page)))
    qtbot.wait(200)
    notes = _notes(page)
    assert len(notes) == 1, [n.text() for n in notes]
    notes[0].done(0)
    held = next(i for i, r in enumerate(page.list.rows) if r[2] == "outbox")
    _double_click_row(qtbot, table, held)
    _one_viewer_then_close(qtbot, page, "Interview 2")
