# SPDX-License-Identifier: GPL-3.0-or-later
"""A seized, locked laptop after an interview was sent (issue 18 item 5; security review F2, F8,
F9, F16): through the real window, an interview is finalised and sent to the demo archive with
bridges saved; after the app locks, no file under INTAKE_HOME (nor a temp file the app wrote
meanwhile) holds the receipt code, the bundle's SHA-256, a bridge line or the submission time in
plaintext, in its bytes or its name; files are 0600 and directories 0700.

The demo archive (``INTAKE_HOME/demo-archive``) is left out of the scan: it stands in for the
archive's server (its receipt log names every bundle by design) and exists only in demo mode.
"""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path
from typing import Any

import pytest

from intake_crypto.bundle.receipt import utc_now
from tests.fixtures.traces import find_traces, loose_permissions, trace_patterns
from tests.gui.flows import finalised_interview

pytestmark = pytest.mark.gui


def _send_first(qtbot: Any, page: Any, capfd: Any) -> str:
    """Press Send in the outbox and wait for the verified receipt; return its code."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    page.tabs.setCurrentWidget(page.outbox)
    qtbot.mouseClick(page.outbox.send_button, Qt.MouseButton.LeftButton)

    def sent() -> bool:
        state = page.outbox.table.item(0, 2)
        return (state is not None and state.text().startswith("Receipt verified: ")) or \
            page.findChild(QMessageBox, "errorBox") is not None

    qtbot.waitUntil(sent, timeout=120000)
    box = page.findChild(QMessageBox, "errorBox")
    assert box is None, (box.text(), box.informativeText(), capfd.readouterr().err[-2000:])
    return str(page.outbox.rows[0][4])


def test_locked_laptop_after_sending_shows_no_receipt_hash_bridge_or_time(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home: Path, capfd) -> None:
    since = time.time() - 2.0
    window = demo_window
    fingerprint = secrets.token_hex(20).upper()
    bridge = f"192.0.2.{secrets.randbelow(200) + 20}:{secrets.randbelow(20000) + 20000} {fingerprint}"
    page = finalised_interview(qtbot, window, capfd)
    page.controller.transport.save_bridges("custom", [bridge])

    code = _send_first(qtbot, page, capfd)
    store: Any = window.controller.store
    entry = store.outbox()[0]
    assert entry.receipt_code == code
    raw = store._query("SELECT receipt FROM receipts WHERE code = ?", (code,))[0][0]
    # A v2 receipt shows only the UTC day (F2); the second of submission is what this test saw.
    received = utc_now()
    assert "received-day " in json.loads(raw)["receipt"]
    assert (intake_home / "demo-archive" / "received" / f"{entry.sha256}.tib").exists()  # it really went

    window.controller.lock()
    demo_archive = intake_home / "demo-archive"
    patterns = trace_patterns(code=code, sha256=entry.sha256, received=received,
                              bridges=(bridge, fingerprint, bridge.split()[0]))
    assert find_traces(patterns, intake_home, since=since, exclude=(demo_archive,)) == []
    assert loose_permissions(intake_home, exclude=(demo_archive,)) == []
    for gone in ("receipts", "transport", "tor"):
        assert not (intake_home / gone).exists(), gone
