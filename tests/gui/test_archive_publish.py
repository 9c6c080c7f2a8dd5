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

from intake_crypto.bundle.signing import b64, read_signing_key
from tests.archive.test_release import PLACES, THIRD_PARTY, _archive_of, _intake, _seal
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


def test_the_publication_index_keeps_up_with_openings_and_rebuilds_from_the_tab(qtbot, page: Any, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 18 item 2 follow-up: a testimony opened on the tab "2. Check, open and export" from
    the archive's incoming/ is counted in ARCHIVE/publication-index.json without any command
    (once, however often it is opened); a testimony opened elsewhere makes the index older than
    its openings, and the refusal on the Publish tab names the button, not a command; pressing
    "Rebuild the publication index" with the openings folder counts them all, and the proposal
    then goes ahead. The index stays 0600 and holds no bundle id, name or path."""
    import shutil
    import stat

    from intake_app.archive import release

    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    index = arc / release.INDEX_NAME
    assert json.loads(index.read_text(encoding="utf-8"))["forms"] == {}  # a new archive: nothing opened yet
    openings = tmp_path / "openings"
    opened = _archive_of(arc, tmp_path, PLACES)  # opened outside the archive's flows, then rebuilt by the CLI
    rows_before = sum(len(v) for v in json.loads(index.read_text(encoding="utf-8"))["forms"].values())
    assert rows_before == len(PLACES)

    # A new testimony fetched into incoming/ and opened in archive mode: counted without a command.
    _seal(arc, tmp_path / "elsewhere" / "openings", 9, when="1989-06-04", where=PLACES[1])
    tib = tmp_path / "elsewhere" / "tibs" / "9.tib"
    incoming = arc / "incoming"
    incoming.mkdir(exist_ok=True)
    shutil.copy(tib, incoming / "9.tib")
    key = tmp_path / "alice.key"
    _create_custody_key(qtbot, page, key, "alice pass 1")
    _register(arc, key, "alice pass 1")
    for n in (1, 2):  # opened twice: counted once
        page.bundle.setText(str(incoming / "9.tib"))
        page.key.setText(str(arc / "keys" / "content.key"))
        page._report = None
        page.open_into(str(openings / f"late{n}"))
        qtbot.waitUntil(lambda: page._report is not None, timeout=60000)
        assert page._report.ok
    doc = json.loads(index.read_text(encoding="utf-8"))
    assert sum(len(v) for v in doc["forms"].values()) == rows_before + 1, doc
    assert stat.S_IMODE(index.stat().st_mode) == 0o600
    text = index.read_text(encoding="utf-8") + (arc / release.SEEN_NAME).read_text(encoding="utf-8")
    manifest = json.loads((openings / "late1" / "content" / "manifest.json").read_text(encoding="utf-8"))
    assert str(manifest["bundle_id"]) not in text and "CANARY-NAME" not in text and str(tmp_path) not in text

    # Opened outside the archive's flows: the index is older; the tab says which button to press.
    other = _seal(arc, openings, 10, when="1989-06-04", where=PLACES[1])
    page.archive_dir.setText(str(arc))
    page.tabs.setCurrentIndex(3)
    tab = page.publish_tab
    tab.opened.setText(str(other))
    tab.proposal.setText(str(tmp_path / "proposal"))
    message = _click(qtbot, page, tab.propose_button, "older than its openings")
    assert "Rebuild the publication index" in message and "intake " not in message and "--" not in message
    assert not (tmp_path / "proposal").exists()

    tab.openings.setText(str(openings))
    message = _click(qtbot, page, tab.index_button, "was rebuilt")
    assert str(len(PLACES) + 2) in message, message
    doc = json.loads(index.read_text(encoding="utf-8"))
    assert sum(len(v) for v in doc["forms"].values()) == len(PLACES) + 2, doc
    # A folder holding fewer testimonies than the index counts is refused, in plain words.
    tab.openings.setText(str(opened[0].parent / "t0"))
    message = _click(qtbot, page, tab.index_button, "fewer testimonies")
    assert "intake " not in message and "--replace" not in message
    assert sum(len(v) for v in json.loads(index.read_text(encoding="utf-8"))["forms"].values()) == len(PLACES) + 2
    tab.openings.setText(str(tmp_path / "no such folder"))
    message = _click(qtbot, page, tab.index_button, "does not exist")
    page.archive_dir.setText("")  # no archive chosen: nothing is written anywhere else
    tab.openings.setText(str(openings))
    message = _click(qtbot, page, tab.index_button, "not an archive")
    assert "“Archive folder”" in message and "--archive" not in message and not Path(release.INDEX_NAME).exists()
    page.archive_dir.setText(str(arc))
    _click(qtbot, page, tab.propose_button, "Proposed")
