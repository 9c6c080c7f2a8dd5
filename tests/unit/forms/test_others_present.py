# SPDX-License-Identifier: GPL-3.0-or-later
"""Session record 1.2.0 (issue 21 item 5). ICC rule 111 (evidence-review R-IC-1(a)): "nobody else was present" is an
answer, told apart from a question nobody answered. Session record 1.2.0 asks it
(``others_present``: nobody / others; the list of persons is required when there were others).
Answers made with 1.1.0 migrate: a listed person makes the answer "others"; an empty list leaves
it unanswered (never guessed as "nobody"), so the draft shows the question before sealing.
ICC rule 112(1)(a) (R-IC-9): a recorded interview says whether the witness was told first
(``recording_notice``); answers from 1.1.0 leave it unanswered."""

from __future__ import annotations

import copy
from typing import Any

import intake_forms as forms
from tests.unit.forms.test_validation import good_session

NEW_IN_1_3 = ("readback_language", "readback_by", "signed")  # session_record 1.3.0 (test_form_rules_21.py)
OPEN_IN_1_3 = {(k, "required") for k in NEW_IN_1_3}


def _problems(answers: dict[str, Any], version: str | None = None) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in forms.load_form("session_record", version).validate(answers)}


def _without(answers: dict[str, Any], *keys: str) -> dict[str, Any]:
    out = copy.deepcopy(answers)
    for k in keys:
        out.pop(k, None)
    return out


def test_nobody_else_is_an_answer_and_silence_is_not() -> None:
    nobody = dict(_without(good_session(), "present"), others_present="nobody")
    assert _problems(nobody) == set()
    assert _problems(_without(nobody, "others_present")) == {("others_present", "required")}


def test_others_present_needs_the_list_of_who() -> None:
    others = dict(_without(good_session(), "present"), others_present="others")
    assert _problems(others) == {("present", "required")}
    assert _problems(good_session()) == set()  # others, listed


def test_the_question_is_asked_in_three_languages() -> None:
    field = forms.load_form("session_record").field("others_present")
    assert {"en", "zh_CN", "zh_TW"} <= set(field.labels)
    assert field.label("zh_TW") == "是否有其他人在場？"
    assert [o.code for o in field.options] == ["nobody", "others"]


def test_1_1_0_answers_stay_valid_under_1_1_0_and_migrate() -> None:
    listed = _without(good_session(), "others_present", "recording_notice", *NEW_IN_1_3)  # as 1.1.0 asked
    empty = _without(listed, "present")
    assert _problems(listed, "1.1.0") == set() and _problems(empty, "1.1.0") == set()
    before = copy.deepcopy(listed)
    migrated = forms.migrate_answers("session_record", listed, "1.1.0")
    assert listed == before  # the input is untouched
    assert migrated == {**listed, "others_present": "others"}
    # What 1.1.0 never asked (was the witness told of the recording? and 1.3.0's read-back and
    # signature answers) is open, nothing else.
    assert _problems(migrated) == {("recording_notice", "required"), *OPEN_IN_1_3}
    # An empty list said nothing: the question stays open, and the draft says so.
    still_open = forms.migrate_answers("session_record", empty, "1.1.0")
    assert "others_present" not in still_open
    assert _problems(still_open) == {("others_present", "required"), ("recording_notice", "required"), *OPEN_IN_1_3}


def test_a_recorded_interview_says_whether_the_witness_was_told_first() -> None:
    """ICC rule 112(1)(a) (evidence-review R-IC-9): asked whenever audio or video is recorded."""
    for recording in ("audio", "video"):
        told = dict(good_session(), recording=recording)
        assert _problems(told) == set()
        assert _problems(_without(told, "recording_notice")) == {("recording_notice", "required")}
    not_recorded = dict(_without(good_session(), "recording_notice"), recording="none",
                        not_recorded_reason="The witness asked not to be recorded.")
    assert _problems(not_recorded) == set()  # nothing to tell when nothing is recorded
    field = forms.load_form("session_record").field("recording_notice")
    assert field.label("zh_CN").startswith("提问前已告知证人")


def test_1_0_0_answers_migrate_through_both_rules() -> None:
    old = {"mode": "field", "interviewer": "IV-07", "present": [{"role": "lawyer"}]}
    migrated = forms.migrate_answers("session_record", old, "1.0.0")
    assert migrated["others_present"] == "others" and migrated["mode"] == "field_interview"
