# SPDX-License-Identifier: GPL-3.0-or-later
"""The PREMIS ``capture`` event and ``DC-Date`` are the interview's start from the session record,
not the moment the record was made on the device (issue 21; evidence-review.md §3, §4 "Clock").

A real ``testimony`` (the composite form, session record and consent) is sealed with a device
capture time 14 days after the interview, opened with the real ``intake open`` and bagged with
``intake export-bag``. On commit 7d3c4a4 the capture event carried the device time (4 Dec for an
interview of 20 Nov). A session whose end is before its start is not relied on: the capture is
then dated from the manifest, and the event says which source it used.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import nacl.signing
from lxml import etree

import intake_forms as forms
from intake_app.archive import custody, premis
from intake_app.sealing.service import PayloadSource, seal_testimony
from intake_crypto.age.keyfile import write_identity_file
from tests.archive.test_signed_integrity import AUDIO, intake
from tests.bundle_support import make_archive
from tests.gui.answers import closing_notes, consent, session_record

DEVICE_TIME = datetime(2026, 12, 4, 18, 17, 46, tzinfo=UTC)  # when the record was made (store add)


class _BeforeTheRule:
    """The testimony form as the engine checked it before end-before-start was refused at sealing
    (issue 21): bundles sealed then exist and must still be dated sensibly."""

    def __init__(self, form: Any) -> None:
        self._form, self.id, self.version = form, form.id, form.version

    def validate(self, answers: dict[str, Any]) -> list[Any]:
        return [p for p in self._form.validate(answers) if p.code != "time_before"]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._form, name)


def _testimony(tmp: Path, end_local: str) -> Path:
    archive = make_archive("classic")
    form = _BeforeTheRule(forms.load_form("testimony"))
    c = consent()
    c["script_id"] = f"consent@1 sha256:{'0' * 64}"
    s = session_record("CANARY-INTERVIEWER")
    s.update(session_id="5" * 32, start={"local": "2026-11-20T14:00", "zone": "Asia/Taipei", "qualifier": "exact"},
             end={"local": end_local, "zone": "Asia/Taipei", "qualifier": "exact"})
    answers = {"consent": c, "session_record": s, "closing_notes": closing_notes()}
    assert form.validate(answers) == []
    root = tmp / "ARCHIVE"
    (root / "incoming").mkdir(parents=True)
    (root / "profile.json").write_bytes(archive.profile.to_json())
    tib = root / "incoming" / "t.tib"
    seal_testimony(archive.profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(AUDIO), len(AUDIO), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="interviewer", captured_at=DEVICE_TIME,
                   form=form)
    write_identity_file(tmp / "content.key", [archive.content_key], None)
    assert intake("archive", "custody-key", str(tmp / "custody.key"), "--no-passphrase").returncode == 0
    r = intake("open", str(tib), "--key", str(tmp / "content.key"), "--out", str(tmp / "C"),
               "--custody-key", str(tmp / "custody.key"))
    assert r.returncode == 0, r.stderr
    r = intake("export-bag", str(tmp / "C"), "--out", str(tmp / "BAG"), "--custody-key", str(tmp / "custody.key"),
               "--no-passphrase")
    assert r.returncode == 0, r.stderr
    return tmp / "BAG"


def _capture(bag_dir: Path) -> tuple[custody.Event, str, Any]:
    event = next(e for e in custody.verify_log(bag_dir / "data" / "metadata") if e.type == "capture")
    doc = etree.fromstring((bag_dir / "data" / "metadata" / "premis.xml").read_bytes())
    ns = {"p": premis.NS}
    when = next(e.findtext("p:eventDateTime", namespaces=ns) for e in doc.iterfind("p:event", ns)
                if e.findtext("p:eventType", namespaces=ns) == "capture")
    return event, str(when), bagit.Bag(str(bag_dir)).info


def test_capture_is_dated_from_the_session_record(tmp_path: Path) -> None:
    event, when, info = _capture(_testimony(tmp_path, "2026-11-20T16:30"))
    # 14:00 in Asia/Taipei (UTC+8) is 06:00 UTC.
    assert event.at == when == "2026-11-20T06:00:00Z"
    assert event.detail["session_end"] == "2026-11-20T08:30:00Z" and event.detail["session_zone"] == "Asia/Taipei"
    assert "session record" in event.detail["dated_from"] and "typed" in event.detail["dated_from"]
    assert event.detail["started"] == "2026-12-04T18:17:46Z"  # the device time is kept, named for what it is
    assert info["DC-Date"] == "2026-11-20T06:00:00Z"


def test_a_session_ending_before_it_starts_does_not_date_the_capture(tmp_path: Path) -> None:
    event, when, info = _capture(_testimony(tmp_path, "2026-11-20T09:00"))
    assert event.at == when == "2026-12-04T18:17:46Z"
    assert "manifest" in event.detail["dated_from"] and "session_start" not in event.detail
    assert info["DC-Date"] == "2026-12-04T18:17:46Z"
