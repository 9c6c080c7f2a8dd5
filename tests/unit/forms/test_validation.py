# SPDX-License-Identifier: GPL-3.0-or-later
"""Answer validation: good answers pass, bad ones get the right code and message, nothing is lost."""

from __future__ import annotations

import copy
import re
import string
from typing import Any

import pytest

import intake_forms as forms
from intake_forms.messages import EXPECTED, MESSAGES

REF = "0123456789abcdef0123456789abcdef"


def good_session() -> dict[str, Any]:
    return {
        "session_id": REF,
        "mode": "field_interview",
        "interviewer_code": "IV-07",
        "interviewer_name": "CANARY-INTERVIEWER-NAME",
        "start": forms.make_time("2026-11-20T14:00", "Asia/Taipei"),
        "end": {"local": "2026-11-20T16:30", "zone": "Asia/Taipei", "qualifier": "exact"},
        "place_region": "Taiwan",
        "languages": ["CMN", {"code": "OTHER", "text": "Shandong dialect"}],
        "interpreter_used": False,
        "present": [{"role": "support_person", "name": "CANARY-PRESENT-NAME"}],
        "recording": "audio", "recording_notice": True,
        "interruptions": [{"paused": forms.make_time("2026-11-20T15:00", "Asia/Taipei"), "reason": "rest"}],
        "readback": "played_back", "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "copy_offered": "not_offered_unsafe",
        "others_present": "others", "inducement": "none",
    }


def codes(problems: list[forms.Problem]) -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in problems]


def test_good_answers_have_no_problems() -> None:
    assert forms.load_form("session_record").validate(good_session()) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"mode": "walk_in"}, ("mode", "unknown_code")),
    ({"mode": None}, ("mode", "required")),
    ({"languages": ["CMN", "CMN"]}, ("languages[1]", "duplicate_code")),
    ({"languages": [{"code": "OTHER"}]}, ("languages[0]", "other_text_missing")),
    ({"languages": "CMN"}, ("languages", "wrong_type")),
    ({"interpreter_used": "no"}, ("interpreter_used", "wrong_type")),
    ({"interpreter_used": True}, ("interpreter_code", "required")),
    ({"interpreter_used": True, "interpreter_code": "I1"}, ("interpretation_direction", "required")),  # R-IC-6
    ({"recording": "none"}, ("not_recorded_reason", "required")),
    ({"session_id": "Wang Weilin"}, ("session_id", "ref_invalid")),
    ({"place_region": "   "}, ("place_region", "text_blank")),
    ({"place_region": "x" * 81}, ("place_region", "text_too_long")),
    ({"start": {"local": "1989-06-04T01:00", "zone": "+08:00", "qualifier": "exact"}}, ("start", "time_fixed_offset")),
    ({"start": {"local": "1989-06-04T01:00", "zone": "Mars/Olympus", "qualifier": "exact"}},
     ("start", "time_unknown_zone")),
    ({"start": {"local": "1989-04-16T02:30", "zone": "Asia/Shanghai", "qualifier": "exact"}},
     ("start", "time_nonexistent")),
    ({"start": {"local": "1989-09-17T01:30", "zone": "Asia/Shanghai", "qualifier": "exact"}},
     ("start", "time_ambiguous")),
    ({"start": {"local": "1989-06-04T01:00", "zone": "Asia/Shanghai", "qualifier": "exact",
                "utc": "1989-06-03T17:00:00Z"}}, ("start", "time_utc_mismatch")),
    ({"start": {"local": "1989-06-04T01:00", "zone": "Asia/Shanghai"}}, ("start", "time_qualifier")),
    ({"start": {"local": "4 June, after midnight", "zone": "Asia/Shanghai", "qualifier": "approximate"}},
     ("start", "time_invalid_local")),
    ({"present": {"role": "relative"}}, ("present", "wrong_type")),
    ({"present": [{"role": "relative", "shoe_size": 42}]}, ("present[0].shoe_size", "unknown_field")),
    ({"present": [{"name": "x"}]}, ("present[0].role", "required")),
    ({"prior_testimony": [{"to_whom": "HRW", "when": "1989-13"}]}, ("prior_testimony[0].when", "date_invalid")),
    ({"signatures": {"witness": {"ref": "../../etc/passwd", "media_type": "image/png"}}},
     ("signatures.witness", "media_ref_invalid")),
    ({"signatures": {"witness": {"ref": "sig1.png", "media_type": "text/html"}}},
     ("signatures.witness", "media_type_invalid")),
    ({"signatures": {"witness": {"ref": "sig1.png", "media_type": "image/png", "sha256": "abc"}}},
     ("signatures.witness", "sha256_invalid")),
    ({"favourite_colour": "red"}, ("favourite_colour", "unknown_field")),
])
def test_bad_answers_get_the_right_problem(change: dict[str, Any], expected: tuple[str, str]) -> None:
    answers = good_session()
    answers.update(change)
    assert expected in codes(forms.load_form("session_record").validate(answers))


def test_time_with_unknown_qualifier_needs_no_clock_time() -> None:
    answers = good_session()
    answers["start"] = {"qualifier": "unknown", "zone": "Asia/Shanghai", "words": "凌晨"}
    assert forms.load_form("session_record").validate(answers) == []


def test_ambiguous_time_is_accepted_with_a_fold() -> None:
    answers = good_session()
    answers["start"] = forms.make_time("1989-09-17T01:30", fold=1)
    assert forms.load_form("session_record").validate(answers) == []


def test_validation_never_changes_the_answers() -> None:
    answers = good_session()
    answers.update({"mode": "walk_in", "languages": ["CMN", "CMN"], "extra": {"nested": ["typed text"]}})
    before = copy.deepcopy(answers)
    problems = forms.load_form("session_record").validate(answers)
    assert problems
    assert answers == before


def test_answers_that_are_not_an_object_give_a_problem_not_an_exception() -> None:
    problems = forms.load_form("session_record").validate(["not", "an", "object"])
    assert codes(problems) == [("/", "not_an_object")]


def test_messages_are_translated_and_name_the_field() -> None:
    answers = good_session()
    answers["recording"] = "none"
    [problem] = [p for p in forms.load_form("session_record").validate(answers) if p.code == "required"]
    assert problem.message("en") == "Why not recorded: this answer is required."
    assert problem.message("zh_CN") == "未录音原因：此项必须填写。"
    assert problem.message("zh_TW") == "未錄音原因：此項必須填寫。"
    assert problem.message("fr") == problem.message("en")


def test_nonexistent_time_message_explains_the_clock_change() -> None:
    answers = good_session()
    answers["start"] = {"local": "1989-04-16T02:30", "zone": "Asia/Shanghai", "qualifier": "exact"}
    [problem] = forms.load_form("session_record").validate(answers)
    assert "did not exist in Asia/Shanghai" in problem.message("en")
    assert "时钟被拨快" in problem.message("zh_CN")
    assert "時鐘被撥快" in problem.message("zh_TW")


def test_every_message_exists_in_three_languages_with_the_same_placeholders() -> None:
    fields = string.Formatter()
    for code, texts in MESSAGES.items():
        assert set(texts) == {"en", "zh_CN", "zh_TW"}, code
        names = {lang: {f for _, f, _, _ in fields.parse(t) if f} for lang, t in texts.items()}
        assert names["en"] == names["zh_CN"] == names["zh_TW"], code
        assert "label" in names["en"], code
    for kind, texts in EXPECTED.items():
        assert set(texts) == {"en", "zh_CN", "zh_TW"}, kind


def test_every_problem_code_used_by_the_validator_has_a_message() -> None:
    from pathlib import Path

    from intake_forms import validation

    source = Path(validation.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'self\._add\([^,]+, "([a-z_]+)"', source))
    used |= {"date_invalid", "date_order", "time_invalid_local", "time_fixed_offset", "time_unknown_zone",
             "time_nonexistent", "time_ambiguous"}
    assert used <= set(MESSAGES), used - set(MESSAGES)


def test_hidden_fields_are_not_required_but_are_kept() -> None:
    answers = good_session()
    answers["not_recorded_reason"] = "typed before switching to audio"
    form = forms.load_form("session_record")
    assert form.validate(answers) == []
    assert form.split_by_sensitivity(answers)["content"]["not_recorded_reason"] == "typed before switching to audio"


def test_consent_checkbox_records_and_checks_the_wording() -> None:
    consent = forms.load_form("consent")
    answer = consent.consent_answer("legal_risk_understood", True, "zh_TW")
    assert "無法保證絕對保密" in answer["wording"]
    problems = consent.validate({"legal_risk_understood": answer})
    assert ("legal_risk_understood", "consent_wording") not in codes(problems)
    altered = dict(answer, wording="The archive guarantees absolute confidentiality.")
    assert ("legal_risk_understood", "consent_wording") in codes(consent.validate({"legal_risk_understood": altered}))
    refused = consent.consent_answer("legal_risk_understood", False, "en")
    assert ("legal_risk_understood", "consent_must_agree") in codes(
        consent.validate({"legal_risk_understood": refused}))


def test_consent_never_promises_absolute_confidentiality() -> None:
    consent = forms.load_form("consent")
    wording = consent.field("legal_risk_understood").wording
    assert "cannot guarantee absolute confidentiality" in wording["en"]
    assert "无法保证绝对保密" in wording["zh_CN"]
    assert "無法保證絕對保密" in wording["zh_TW"]
    for form in forms.list_forms():
        for _path, field in form.walk():
            for text in [*field.labels.values(), *field.helps.values(), *field.wording.values()]:
                assert not re.search(r"(?<!cannot )guarantee[sd]? (absolute |full )?confidentiality", text), text
                assert "保证绝对保密" not in text.replace("无法保证绝对保密", "")


def _event(**change: Any) -> dict[str, Any]:
    event = {"event_id": REF, "date": "1989-06-04", "place": {"code": "BJ_MUXIDI"}, "sok": "SAW",
             "acts": ["K01_SHOT"], "description": "…", "confidence": "probable"}
    event.update(change)
    return {"events": [event]}


@pytest.mark.parametrize(("change", "expected"), [
    ({"place": {"code": "BJ_NOWHERE"}}, "unknown_code"),
    ({"place": {}}, "required"),  # an empty object is no answer
    ({"place": {"text": "  "}}, "place_empty"),
    ({"place": {"text": "a lane behind the hotel", "lat": 39.9}}, "place_coordinates"),
    ({"place": {"text": "somewhere", "lat": 91, "lon": 116.3}}, "place_coordinates"),
    ({"place": "BJ_MUXIDI"}, "wrong_type"),
    ({"victims_count": {"min": 5, "max": 3}}, "range_order"),
    ({"victims_count": {"min": 2.5}}, "not_integer"),
    ({"victims_count": {"min": None, "max": None}}, "range_empty"),
    ({"victims_count": -1}, "number_too_small"),
    ({"victims_count": "many"}, "wrong_type"),
    ({"date": "1989-06-04/1989-06-03"}, "date_order"),
    ({"date": "June 4th"}, "date_invalid"),
    ({"acts": ["K01_SHOT", "NOT_AN_ACT"]}, "unknown_code"),
    ({"victim_refs": [{"ref": "Wang"}]}, "ref_invalid"),
])
def test_event_problems(change: dict[str, Any], expected: str) -> None:
    problems = forms.load_form("events_witnessed").validate(_event(**change))
    assert expected in {p.code for p in problems}, problems


def test_good_event_with_place_text_and_coordinates() -> None:
    answers = _event(place={"code": "OTHER", "text": "a lane behind the hotel", "lat": 39.9075, "lon": 116.3972},
                     victims_count={"min": 3, "max": 5}, time_words="凌晨")
    assert forms.load_form("events_witnessed").validate(answers) == []


def test_told_by_appears_only_for_hearsay_and_is_never_forced() -> None:
    form = forms.load_form("events_witnessed")
    assert form.validate(_event(sok="TOLD_NAMED")) == []  # R-FO-9: nobody has to be named
    assert form.field("events.told_by").show_if is not None


def test_empty_repeatable_group_that_is_required() -> None:
    problems = forms.load_form("events_witnessed").validate({"events": []})
    assert codes(problems) == [("events", "required")]


def test_consent_numbers_and_conditions() -> None:
    consent = forms.load_form("consent")
    found = {(p.path, p.code) for p in consent.validate({"embargo": "years_after_death", "embargo_years": 0.5})}
    assert ("embargo_years", "not_integer") in found and ("embargo_years", "number_too_small") in found
    found = {(p.path, p.code) for p in consent.validate({"embargo": "until_date"})}
    assert ("embargo_until", "required") in found
    found = {(p.path, p.code) for p in consent.validate({"method": "written"})}
    assert ("signature", "required") in found and ("consent_audio", "required") not in found
