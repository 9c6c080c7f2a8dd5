# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox with an archive whose profile requires witness cosignatures (issue 19 item 4;
intake_crypto/SPEC.md 3.5), through the real window. The demo archive's profile names a witness
(``intake archive witnesses``, as the archive would), but its receiver gets no cosignature (no
witness is configured for it: as for a receiver that forked its log, which the witnesses refuse).
Sending is refused in plain words, before any byte of the bundle leaves, and the bundle stays in
the outbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from intake_app.archive import demo
from intake_app.home import paths
from tests.gui.conftest import first_run
from tests.gui.flows import finalised_interview

pytestmark = pytest.mark.gui


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


def test_the_outbox_refuses_a_log_the_witnesses_did_not_cosign(qtbot, make_window, capfd, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo.ensure_demo_archive(paths.home())
    directory = demo.demo_directory(paths.home())
    key = tmp_path / "wkey"
    r = _intake("witness", "keygen", str(key), "--name", "witness.example/partner", "--no-passphrase")
    assert r.returncode == 0, r.stderr
    r = _intake("archive", "witnesses", str(directory), "--add", r.stdout.strip(), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    window = make_window()
    first_run(qtbot, window)
    page = finalised_interview(qtbot, window, capfd)
    page.tabs.setCurrentWidget(page.outbox)
    qtbot.waitUntil(lambda: page.outbox.send_button.isVisible() and page.outbox.send_button.height() > 0,
                    timeout=10000)
    qtbot.mouseClick(page.outbox.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorBox") is not None, timeout=120000)
    box = page.findChild(QMessageBox, "errorBox")
    text = box.text() + " " + box.informativeText()
    assert "not confirmed by enough of the independent witnesses" in text and "outbox" in text
    assert "intake " not in text and "Traceback" not in text
    box.done(0)
    state = page.outbox.table.item(0, 2)
    assert state is not None and not state.text().startswith("Receipt verified")
    assert not list((Path(directory) / "received").glob("*.tib"))  # nothing was handed over
