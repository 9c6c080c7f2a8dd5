# SPDX-License-Identifier: GPL-3.0-or-later
"""End before start is refused by the forms engine, so at sealing too (issue 21 item 5;
evidence-review.md R-IC-1(b), probe ``end_before_start``, and R-TM-6, probe ``event_end_before_start``).
Before this change both probes were "complete and valid" and such answers sealed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import nacl.signing
import pytest

import intake_forms as forms
from intake_app.sealing.service import AnswersInvalidError, PayloadSource, seal_testimony
from tests.bundle_support import make_archive
from tests.unit.forms.example import full_interview


def _at(local: str, zone: str = "Asia/Shanghai") -> dict[str, str]:
    return {"local": local, "zone": zone, "qualifier": "exact"}


def test_an_interview_ending_before_it_starts_is_refused_in_three_languages() -> None:
    form = forms.load_form("testimony")
    answers = full_interview()
    answers["session_record"]["start"] = _at("2026-11-20T14:00")
    answers["session_record"]["end"] = _at("2026-11-20T09:00")
    problems = form.validate(answers)
    assert [(p.path, p.code) for p in problems] == [("session_record.end", "time_before")]
    en, zh = problems[0].message("en"), problems[0].message("zh_CN")
    assert "2026-11-20T01:00:00Z" in en and "Start" in en and "开始时间" in zh
    # Across zones: 09:00 in Taipei is the same instant as 09:00 in Shanghai (+8 both), 08:30 is earlier.
    answers["session_record"]["end"] = _at("2026-11-20T14:00", "Asia/Taipei")
    assert form.validate(answers) == []
    answers["session_record"]["end"] = _at("2026-11-20T13:59", "Asia/Taipei")
    assert [p.code for p in form.validate(answers)] == ["time_before"]


def test_an_event_ending_before_it_starts_is_refused() -> None:
    form = forms.load_form("events_witnessed")
    event = {"time_start": _at("1989-06-04T01:00"), "time_end": _at("1989-06-04T00:30")}
    answers = {"events": [event]}
    codes = [(p.path, p.code) for p in form.validate(answers)]
    assert ("events[0].time_end", "time_before") in codes


def test_sealing_refuses_end_before_start(tmp_path: Path) -> None:
    archive = make_archive("classic")
    form = forms.load_form("testimony")
    answers = full_interview()
    answers["session_record"]["start"] = _at("2026-11-20T14:00")
    answers["session_record"]["end"] = _at("2026-11-20T09:00")
    out = tmp_path / "t.tib"
    with pytest.raises(AnswersInvalidError) as info:
        seal_testimony(archive.profile, form.id, form.version, answers,
                       [PayloadSource("r.flac", lambda: io.BytesIO(b"fLaC"), 4, "audio/flac", "audio")],
                       nacl.signing.SigningKey.generate(), out, interviewer_role="interviewer",
                       captured_at=datetime(2026, 11, 20, 6, tzinfo=UTC))
    assert any(p.code == "time_before" for p in info.value.problems)
    assert not out.exists()
    # The CLI says so in plain words, non-zero, no traceback.
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "intake_app", "forms", "check", "testimony", str(path)],
                       capture_output=True, text=True, check=False)
    assert r.returncode != 0 and "earlier than" in r.stdout + r.stderr and "Traceback" not in r.stderr
