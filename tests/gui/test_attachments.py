# SPDX-License-Identifier: GPL-3.0-or-later
"""Attachments dropped on the interview: stored encrypted, listed without their file names,
with the metadata note shown; the photo's hidden camera text never reaches the disk in clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.fixtures.canary import assert_no_canaries, canary
from tests.gui import answers

pytestmark = pytest.mark.gui


def test_drop_a_photo(qtbot, demo_window, intake_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    secret = canary("camera owner")
    photo = tmp_path / "Wang family 1989.jpg"
    exif = Image.Exif()
    exif[0x013B] = secret  # Artist
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo, exif=exif.tobytes())

    window = demo_window
    page = window.open_mode("interviewer")
    page.new_interview()
    editor = page.editor
    editor.views[1] = editor.views.get(1) or editor._build(1)
    editor.go(1)
    editor.views[1].set_answers(answers.consent("en"))
    step = next(i for i, s in enumerate(editor.steps) if s.kind == "attachments")
    editor.go(step)
    panel = editor.views[step]
    assert "removed" in panel.note.text()

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=30000)
    assert "Wang" not in panel.list.item(0).text() and "image/jpeg" in panel.list.item(0).text()
    assert_no_canaries([secret], full=[intake_home], exclude=[tmp_path])
