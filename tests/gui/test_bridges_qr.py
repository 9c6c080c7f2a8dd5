# SPDX-License-Identifier: GPL-3.0-or-later
"""Bridges from people (issue 20, item 2): the archive prints its private bridge lines as a QR
card (``intake archive bridges --qr-card``), and the card is read back through the outbox's
"Read a QR code picture…" button (the real file dialog) with the same lines; a picture without a
QR code gives a plain message and changes nothing; ``intake connect --bridges-qr`` says the same
on the command line and exits non-zero."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_file_dialogs import _answer_dialog_with
from tests.gui.test_outbox_tor import _interviewer

pytestmark = pytest.mark.gui

DEAD_PLAIN = "192.0.2.7:9001 0123456789ABCDEF0123456789ABCDEF01234567"
OBFS4 = ("obfs4 192.0.2.8:443 89ABCDEF0123456789ABCDEF0123456789ABCDEF "
         "cert=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA iat-mode=0")


def _intake(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "intake_app", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


def _card(tmp_path: Path) -> Path:
    """The archive's admin adds two private bridges to the signed profile and prints the card."""
    from intake_app.archive.setup import create_archive

    archive = tmp_path / "archive"
    create_archive(archive, "QR archive", passphrase=None, receiver_onion="")
    card = tmp_path / "card.png"
    done = _intake("archive", "bridges", str(archive), "--add", DEAD_PLAIN, "--add", OBFS4, "--no-passphrase",
                   "--qr-card", str(card), home=tmp_path / "admin")
    assert done.returncode == 0, done.stderr
    assert "QR card written" in done.stderr and "Traceback" not in done.stderr
    assert card.stat().st_mode & 0o077 == 0  # not readable by other users of the admin's computer
    return card


def _read_qr(qtbot, outbox, picture: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer_dialog_with(picture, seen)
    qtbot.mouseClick(outbox.bridge_qr, Qt.MouseButton.LeftButton)  # returns when the dialog closed
    assert seen == ["fileDialog"], seen


def test_the_archive_s_qr_card_is_read_back_by_the_outbox(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = _card(tmp_path)
    page = _interviewer(qtbot, make_window())
    outbox, transport = page.outbox, page.controller.transport
    qtbot.waitUntil(lambda: outbox.bridge_qr.isVisible() and outbox.bridge_qr.height() > 0)

    # A picture without a QR code: a plain message, nothing changed.
    blank = tmp_path / "holiday.png"
    from PIL import Image
    Image.new("RGB", (400, 300), (200, 180, 160)).save(blank)
    _read_qr(qtbot, outbox, blank)
    assert "No QR code was found in this picture." in outbox.bridge_error.text()
    assert "Traceback" not in outbox.bridge_error.text()
    assert outbox.bridge_lines.toPlainText() == "" and outbox.bridge_buttons["none"].isChecked()
    # Not a picture at all.
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    _read_qr(qtbot, outbox, text)
    assert "could not be opened as a picture" in outbox.bridge_error.text()

    # The card: the same lines, in the same order, shown as custom lines (two kinds).
    _read_qr(qtbot, outbox, card)
    assert outbox.bridge_error.text() == ""
    assert outbox.bridge_lines.toPlainText().splitlines() == [DEAD_PLAIN, OBFS4]
    assert outbox.bridge_buttons["custom"].isChecked()
    assert "2 bridge lines read from the QR code" in outbox.bridge_status.text()
    # Kept (in the store) once saved, like pasted lines.
    qtbot.mouseClick(outbox.bridge_save, Qt.MouseButton.LeftButton)
    assert transport.bridge_lines() == ("custom", [DEAD_PLAIN, OBFS4])


def test_connect_reads_bridges_from_a_qr_picture_and_refuses_one_without(tmp_path: Path) -> None:
    from intake_app.archive.setup import create_archive

    created = create_archive(tmp_path / "a2", "Another archive", passphrase=None, receiver_onion="")
    blank = tmp_path / "blank.png"
    from PIL import Image
    Image.new("L", (200, 200), 255).save(blank)
    done = _intake("connect", "--profile", str(created.profile_path), "--no-direct", "--no-built-in",
                   "--bridges-qr", str(blank), home=tmp_path / "home")
    assert done.returncode != 0 and done.stdout == ""
    assert "No QR code was found in this picture." in done.stderr and "Traceback" not in done.stderr
    # The card is read by the same service.
    card = _card(tmp_path)
    from intake_app.transport import qr
    assert qr.lines_from_picture(card) == [DEAD_PLAIN, OBFS4]
    # An archive without bridge lines has no card to print.
    plain = tmp_path / "plain"
    shutil.copytree(tmp_path / "a2", plain)
    done = _intake("archive", "bridges", str(plain), "--qr-card", str(tmp_path / "none.png"), home=tmp_path / "admin")
    assert done.returncode != 0 and "no bridge lines" in done.stderr and not (tmp_path / "none.png").exists()


def test_the_witness_reads_bridges_from_the_qr_card_on_the_sending_page(  # type: ignore[no-untyped-def]
        qtbot, make_window, tmp_path: Path) -> None:
    """The witness's sending page offers the same QR import; the lines land in the witness's
    bridge box (memory only), a picture without a QR code gives the plain message."""
    from intake_app.archive.setup import create_archive
    from tests.gui.flows import first_run_with_profile
    from tests.gui.test_witness_connect import _to_review

    card = _card(tmp_path)
    created = create_archive(tmp_path / "real", "Real archive", passphrase=None)
    window = make_window()
    first_run_with_profile(qtbot, window, created.profile_path, str(created.profile.fingerprint()))
    qtbot.mouseClick(window.modes.buttons["self"], Qt.MouseButton.LeftButton)
    witness = window.mode_page
    _to_review(qtbot, witness)
    assert witness.connection_box.isVisible()
    qtbot.waitUntil(lambda: witness.witness_qr.isVisible() and witness.witness_qr.height() > 0)
    blank = tmp_path / "blank.png"
    from PIL import Image
    Image.new("L", (300, 300), 255).save(blank)
    for picture in (blank, card):
        seen: list[str] = []
        _answer_dialog_with(picture, seen)
        qtbot.mouseClick(witness.witness_qr, Qt.MouseButton.LeftButton)
        assert seen == ["fileDialog"], seen
        if picture is blank:
            assert "No QR code was found in this picture." in witness.send_error.text()
            assert witness.witness_bridges.toPlainText() == ""
    assert witness.send_error.text() == ""
    assert witness.witness_bridges.toPlainText().splitlines() == [DEAD_PLAIN, OBFS4]
