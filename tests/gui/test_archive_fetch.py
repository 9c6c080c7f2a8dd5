# SPDX-License-Identifier: GPL-3.0-or-later
"""Archive mode's fetch tab with the real receiver and real receipts: an interviewer's bundle
reaches the demo archive's receiver; staff fetch it in the GUI (receipt and log inclusion checked,
custody log started, nothing decrypted), pick it from the list of fetched bundles, and open it —
the opening continues the custody log the fetch began."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.gui.test_archive_mode import _create_custody_key, page, sealed  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def _submit(bundle: Path, archive: Path) -> str:
    from intake_app.archive import demo
    from intake_app.transport import client
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(archive / "profile.json")
    server = demo.start_receiver(archive)
    try:
        result = client.submit(bundle, SimpleNamespace(receiver_onion="", receipt_public_key=profile.receipt_public_key),
                               tor=None, insecure_direct_url=server.url)
    finally:
        server.stop()
    return result.bundle_sha256


def test_fetch_pick_and_open_continue_one_custody_log(qtbot, page, sealed, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    bundle, archive = sealed
    sha256 = _submit(bundle, archive)
    page.archive_dir.setText(str(archive))
    assert page.incoming_list.count() == 0

    page.fetch()  # no custody key yet: refused with a plain message, nothing fetched
    qtbot.waitUntil(lambda: page.findChild(object, "errorBox") is not None, timeout=60000)
    assert not (archive / "incoming").exists() or not list((archive / "incoming").glob("*.tib"))
    page.findChild(object, "errorBox").deleteLater()

    _create_custody_key(qtbot, page, tmp_path / "custody.key")
    page.fetch()
    qtbot.waitUntil(lambda: "New bundles fetched: 1 (0 already here)" in page.fetch_status.text(), timeout=60000)
    assert page.incoming_list.count() == 1 and sha256[:16] in page.incoming_list.item(0).text()
    assert (archive / "incoming" / f"{sha256}.tib").read_bytes() == bundle.read_bytes()

    page.fetch()  # idempotent
    qtbot.waitUntil(lambda: "New bundles fetched: 0 (1 already here)" in page.fetch_status.text(), timeout=60000)

    page.use_selected()
    assert page.tabs.currentIndex() == 1 and page.bundle.text() == str(archive / "incoming" / f"{sha256}.tib")
    # The demo archive's own content key is filled in (a newcomer would not know where it is; walk).
    assert page.key.text() == str(archive / "keys" / "content.key")
    page._report = None
    page.open_into(str(tmp_path / "opened"))
    qtbot.waitUntil(lambda: page._report is not None, timeout=60000)
    assert page._report.ok
    events = [page.custody.item(i).text() for i in range(page.custody.count())]
    assert any(" ingest " in e for e in events) and any(" decryption " in e for e in events)
    assert page.custody_verdict.objectName() == "checkOk"
    # The submission as received (sealed file, receipt with proof and checkpoint) is kept with the
    # opening, for the AIP (issue 21).
    kept = tmp_path / "opened" / "submission"
    assert (kept / f"{sha256}.tib").read_bytes() == bundle.read_bytes()
    assert (kept / f"{sha256}.receipt.json").is_file() and (kept / "profile.json").is_file()
