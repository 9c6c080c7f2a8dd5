# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's custodian shares (issue 23 item 2 and 4) through the real widgets: an archive
whose identity sides need 2 of 3 custodians (hybrid keys), a bundle holding a canary name. A
custodian releases a share into a file (typed fields, the file dialog's answer); one share
reveals nothing and says one more is needed; a second custodian's share and the reveal open the
identity side, and the canary appears only then. Every step is in the bundle's custody log and
in the archive's public reveal log; a release without a stated purpose is refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.gui.test_archive_mode import _create_custody_key, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


@pytest.fixture
def kofn(tmp_path: Path) -> dict[str, Any]:
    import nacl.signing

    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.archive.setup import create_archive
    from intake_app.sealing import service as bundle_service
    from intake_crypto.age.keyfile import write_identity_file
    from tests.fixtures.canary import canary
    from tests.unit.forms.example import consent_answers

    keys = {}
    for who in ("c1", "c2", "c3", "requester"):
        identity = crypto.HybridIdentity.generate()
        write_identity_file(tmp_path / f"{who}.key", [identity], None)
        keys[who] = str(identity.recipient())
    arch = tmp_path / "archive"
    created = create_archive(arch, "Two of three", passphrase=None, receiver_onion="",
                             identity_custodians=tuple(keys[c] for c in ("c1", "c2", "c3")), threshold=2)
    name = canary("name").replace("-證詞", "")
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "I was at Muxidi.", "name": name}
    answers["consent"].pop("consent_audio")
    form = forms.load_form("self_submission")
    (arch / "incoming").mkdir()
    bundle = arch / "incoming" / "b.tib"
    bundle_service.seal_testimony(created.profile, form.id, form.version, answers, [],
                                  nacl.signing.SigningKey.generate(), bundle, interviewer_role="self",
                                  captured_at=datetime.now(UTC))
    return {"arch": arch, "bundle": bundle, "keys": keys, "tmp": tmp_path, "name": name}


def _holds(root: Path, text: str) -> bool:
    return root.exists() and any(text.encode() in p.read_bytes() for p in root.rglob("*") if p.is_file())


def _release(qtbot, page: Any, k: dict[str, Any], who: str,  # noqa: F811  # type: ignore[no-untyped-def]
             purpose: str = "tribunal request 2026-17") -> Path:
    tab = page.shares
    out = k["tmp"] / f"{who}.share"
    tab.my_key.setText(str(k["tmp"] / f"{who}.key"))
    tab.requester.setText(k["keys"]["requester"])
    tab.purpose.setText(purpose)
    tab.status.setText("")
    tab.release_into(str(out))
    qtbot.waitUntil(lambda: bool(tab.status.text()) or tab.findChild(object, "errorBox") is not None,
                    timeout=60000)
    return out


def _reveal(qtbot, page: Any, k: dict[str, Any], shares: list[Path], out: Path) -> Any:  # noqa: F811  # type: ignore[no-untyped-def]
    tab = page.shares
    tab.share_list.clear()
    for s in shares:
        tab.share_list.addItem(str(s))
    tab.req_key.setText(str(k["tmp"] / "requester.key"))
    tab.status.setText("")
    tab.reveal_into(str(out))
    qtbot.waitUntil(lambda: bool(tab.status.text()) or tab.findChild(object, "errorBox") is not None,
                    timeout=60000)
    return tab.findChild(object, "errorBox")


def test_release_and_reveal_in_archive_mode(qtbot, page, kofn) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    from intake_app.archive import custody

    k = kofn
    page.archive_dir.setText(str(k["arch"]))
    page.tabs.setCurrentIndex(2)
    tab = page.shares
    qtbot.waitUntil(lambda: tab.isVisible() and tab.height() > 0)
    tab.bundle.setText(str(k["bundle"]))
    _create_custody_key(qtbot, page, k["tmp"] / "custody.key")

    # No purpose: refused, nothing written.
    tab.my_key.setText(str(k["tmp"] / "c1.key"))
    tab.requester.setText(k["keys"]["requester"])
    tab.purpose.setText("  ")
    tab.release_into(str(k["tmp"] / "nopurpose.share"))
    box = tab.findChild(object, "errorBox")
    assert box is not None and "State why" in box.text()
    box.deleteLater()
    qtbot.waitUntil(lambda: tab.findChild(object, "errorBox") is None)
    assert not (k["tmp"] / "nopurpose.share").exists()

    one = _release(qtbot, page, k, "c1")
    assert tab.findChild(object, "errorBox") is None and "Share 1 written" in tab.status.text(), tab.status.text()
    assert one.is_file() and k["name"].encode() not in one.read_bytes()

    box = _reveal(qtbot, page, k, [one], k["tmp"] / "one")
    assert box is not None and "1 more" in box.informativeText(), (box.text(), box.informativeText())
    assert not _holds(k["tmp"] / "one", k["name"])
    box.deleteLater()
    qtbot.waitUntil(lambda: tab.findChild(object, "errorBox") is None)

    two = _release(qtbot, page, k, "c3")
    assert "Share 3 written" in tab.status.text()
    assert not _holds(k["arch"], k["name"])  # nothing in the archive folder holds the name
    out = k["tmp"] / "two"
    out.mkdir()
    assert _reveal(qtbot, page, k, [one, two], out) is None
    assert "opened" in tab.status.text()
    assert _holds(out, k["name"])
    assert tab.my_pass.text() == "" and tab.req_pass.text() == ""

    events = custody.verify_log(k["bundle"].with_suffix(".custody"))
    assert [e.type for e in events] == ["share release", "share release", "decryption"]
    assert all(e.detail["purpose"] == "tribunal request 2026-17" for e in events)
    from intake_app.archive.reveal import verify_reveals
    from intake_app.archive.reveal_log import RevealLog
    from intake_crypto.bundle.profile import load_profile

    log = RevealLog(k["arch"], None, bytes(load_profile(k["arch"] / "profile.json").receipt_public_key))
    assert verify_reveals(log, [k["bundle"].with_suffix(".custody")]) == 3


def test_a_share_released_as_qr_pictures_and_revealed_from_them_through_the_file_dialogs(  # type: ignore[no-untyped-def]
        qtbot, page, kofn) -> None:  # noqa: F811
    """Paper shares in archive mode: "Release my share as QR pictures…" (the save dialog answered
    with a name) draws a post-quantum share as a numbered set of pictures and says so; the
    requester adds the pictures with "Add share files or pictures…" (the open dialog answered
    once per picture) next to another custodian's share file, and the reveal opens the identity
    side; without one of the pictures it names the missing one and opens nothing."""
    from PySide6.QtCore import Qt

    from tests.gui.test_file_dialogs import _answer_dialog_with

    k = kofn
    page.archive_dir.setText(str(k["arch"]))
    page.tabs.setCurrentIndex(2)
    tab = page.shares
    qtbot.waitUntil(lambda: tab.isVisible() and tab.height() > 0)
    tab.bundle.setText(str(k["bundle"]))
    _create_custody_key(qtbot, page, k["tmp"] / "custody.key")

    tab.my_key.setText(str(k["tmp"] / "c1.key"))
    tab.requester.setText(k["keys"]["requester"])
    tab.purpose.setText("tribunal request 2026-17")
    tab.status.setText("")
    seen: list[str] = []
    _answer_dialog_with(k["tmp"] / "paper.png", seen)
    qtbot.mouseClick(tab.release_qr_button, Qt.MouseButton.LeftButton)
    assert seen == ["fileDialog"], seen
    qtbot.waitUntil(lambda: bool(tab.status.text()) or tab.findChild(object, "errorBox") is not None, timeout=60000)
    assert tab.findChild(object, "errorBox") is None
    assert "does not fit one QR code" in tab.status.text() and "3 numbered pictures" in tab.status.text()
    pictures = [k["tmp"] / f"paper-{i}.png" for i in (1, 2, 3)]
    assert all(p.is_file() for p in pictures)
    other = _release(qtbot, page, k, "c2")
    assert other.is_file()

    tab.share_list.clear()
    for path in (pictures[1], other, pictures[0]):
        _answer_dialog_with(path, seen)
        qtbot.mouseClick(tab.add_shares, Qt.MouseButton.LeftButton)
    assert [tab.share_list.item(i).text() for i in range(tab.share_list.count())] == [
        str(pictures[1]), str(other), str(pictures[0])]
    box = _reveal_listed(qtbot, tab, k, k["tmp"] / "short")
    assert box is not None and "3 are missing" in box.text(), (box.text(), box.informativeText())
    assert not _holds(k["tmp"] / "short", k["name"])
    box.deleteLater()
    qtbot.waitUntil(lambda: tab.findChild(object, "errorBox") is None)

    _answer_dialog_with(pictures[2], seen)
    qtbot.mouseClick(tab.add_shares, Qt.MouseButton.LeftButton)
    out = k["tmp"] / "paper-open"
    out.mkdir()
    assert _reveal_listed(qtbot, tab, k, out) is None
    assert "opened" in tab.status.text() and _holds(out, k["name"])
    assert seen == ["fileDialog"] * 5


def _reveal_listed(qtbot, tab: Any, k: dict[str, Any], out: Path) -> Any:  # type: ignore[no-untyped-def]
    tab.req_key.setText(str(k["tmp"] / "requester.key"))
    tab.status.setText("")
    tab.reveal_into(str(out))
    qtbot.waitUntil(lambda: bool(tab.status.text()) or tab.findChild(object, "errorBox") is not None,
                    timeout=60000)
    return tab.findChild(object, "errorBox")
