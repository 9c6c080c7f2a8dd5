# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's Publish tab: a public copy needs two custodians (issue 18, evidence.md R-SP-13).

Real archive, real sealed and opened testimonies, custody keys created in the GUI and registered
with the CLI; the custodian clicks through the tab as a user does. One key cannot review its own
proposal (a plain message on the tab); a second key cuts a passage and signs; then the copy is
released without that passage.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crypto.signing import b64, read_signing_key
from tests.archive.test_release import PLACES, THIRD_PARTY, _archive_of, _intake
from tests.gui.test_archive_mode import _create_custody_key

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, english, intake_home):  # type: ignore[no-untyped-def]
    from intake_app.gui.controllers.app import AppController
    from intake_app.gui.widgets.archive import ArchivePage

    widget = ArchivePage(AppController())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _register(arc: Path, key: Path, passphrase: str) -> None:
    public = b64(bytes(read_signing_key(key, passphrase).verify_key))
    r = _intake("archive", "custodian-add", "--archive", str(arc), "--public-key", public, "--role", "release",
                "--no-passphrase")
    assert r.returncode == 0, r.stderr


def _click(qtbot, page: Any, button: Any, expect: str) -> str:  # type: ignore[no-untyped-def]
    tab = page.publish_tab
    tab.status.setText("")
    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0, timeout=10000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text() != "", timeout=60000)
    assert expect in tab.status.text(), tab.status.text()
    return str(tab.status.text())


def test_a_public_copy_needs_two_custodians_in_the_gui(qtbot, page: Any, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    target = _archive_of(arc, tmp_path, PLACES)[0]
    bob, alice = tmp_path / "bob.key", tmp_path / "alice.key"
    _create_custody_key(qtbot, page, bob, "bob pass 1")
    page.controller.forget_custody_key()  # as locking the app does: the next custodian's turn
    _create_custody_key(qtbot, page, alice, "alice pass 1")  # alice's key is the one unlocked now
    _register(arc, bob, "bob pass 1")
    _register(arc, alice, "alice pass 1")

    page.archive_dir.setText(str(arc))
    page.tabs.setCurrentIndex(3)
    tab = page.publish_tab
    tab.opened.setText(str(target))
    tab.proposal.setText(str(tmp_path / "proposal"))
    tab.public.setText(str(tmp_path / "public"))
    _click(qtbot, page, tab.propose_button, "Proposed")
    items = [tab.decisions.item(i).text() for i in range(tab.decisions.count())]
    assert any(i.startswith("content.account  publish") for i in items), items
    assert any("audio.audio  withheld" in i for i in items), items  # publish_voice was no

    tab.passages.setPlainText(THIRD_PARTY)
    message = _click(qtbot, page, tab.review_button, "second custodian")  # alice cannot review her own
    assert "Traceback" not in message and "intake " not in message.split(":")[0]
    _click(qtbot, page, tab.release_button, "No second custodian")
    assert not (tmp_path / "public").exists()

    page.controller.forget_custody_key()  # alice locks; bob unlocks his own key
    page.custody_path.setText(str(bob))
    page.custody_pass.setText("bob pass 1")
    page.unlock_custody_key()
    qtbot.waitUntil(lambda: page.controller.custody_info is not None, timeout=60000)
    _click(qtbot, page, tab.review_button, "Reviewed and signed")
    _click(qtbot, page, tab.release_button, "Released")
    published = json.loads((tmp_path / "public" / "data" / "answers.json").read_text(encoding="utf-8"))
    assert THIRD_PARTY not in published["content"]["account"] and "[…]" in published["content"]["account"]
