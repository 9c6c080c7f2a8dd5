# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``testimony`` composite: a whole interview validated, split and summarised in one call."""

from __future__ import annotations

import copy
import json

import intake_forms as forms
from tests.unit.forms.example import CANARY_CONTACT, CANARY_NAME, CANARY_VICTIM, full_interview


def test_a_complete_interview_is_valid() -> None:
    problems = forms.load_form("testimony").validate(full_interview())
    assert problems == [], [str(p) for p in problems]


def test_problems_in_parts_carry_the_part_in_their_path() -> None:
    answers = full_interview()
    answers["events_witnessed"]["events"][0]["time_start"] = {
        "local": "1989-04-16T02:30", "zone": "Asia/Shanghai", "qualifier": "exact"}
    del answers["consent"]["legal_risk_understood"]
    found = {(p.path, p.code) for p in forms.load_form("testimony").validate(answers)}
    assert found == {("events_witnessed.events[0].time_start", "time_nonexistent"),
                     ("consent.legal_risk_understood", "required")}


def test_only_session_consent_and_closing_notes_are_required() -> None:
    """Testimony 1.1.0: closing notes are required in interviewer mode (ICC rule 111, evidence-review
    R-IC-4: "anything to clarify or add?"); 1.0.0 accepted an interview without them."""
    answers = full_interview()
    minimal = {k: answers[k] for k in ("session_record", "consent", "closing_notes")}
    assert forms.load_form("testimony").validate(minimal) == []
    assert {p.path for p in forms.load_form("testimony").validate({})} == {"session_record", "consent", "closing_notes"}
    without = {k: answers[k] for k in ("session_record", "consent")}
    assert [(p.path, p.code) for p in forms.load_form("testimony").validate(without)] == [("closing_notes", "required")]


def test_split_keeps_identity_apart_across_all_parts() -> None:
    answers = full_interview()
    before = copy.deepcopy(answers)
    sides = forms.load_form("testimony").split_by_sensitivity(answers)
    assert answers == before
    identity = json.dumps(sides["identity"], ensure_ascii=False)
    content = json.dumps(sides["content"], ensure_ascii=False)
    restricted = json.dumps(sides["restricted-content"], ensure_ascii=False)
    assert CANARY_NAME in identity and CANARY_CONTACT in identity
    assert CANARY_NAME not in content + restricted and CANARY_CONTACT not in content + restricted
    # victims' names are restricted content, never plain content (R-SP-9)
    assert CANARY_VICTIM in restricted and CANARY_VICTIM not in content + identity
    # the voice recording is restricted, the 1989 time is content with its derived UTC
    assert "testimony-1.flac" in restricted
    end = sides["content"]["events_witnessed"]["events"][0]["time_end"]
    assert end["zone"] == "Asia/Shanghai" and end["utc"] == "1989-06-03T16:00:00Z"


def test_consent_summary_of_a_whole_interview() -> None:
    summary = forms.load_form("testimony").consent_summary(full_interview())
    assert summary["valid"] is True
    assert summary["identity_given"] is True
    assert summary["scopes"]["publish_voice"] == "no"
    assert summary["scopes"]["legal_risk_understood"] is True
    assert summary["embargo"]["embargo_until"] == "2039-06-04"
    assert summary["pseudonym"] == "Old Lin"
    assert CANARY_NAME not in json.dumps(summary, ensure_ascii=False)


def test_anonymous_interview_is_flagged() -> None:
    answers = full_interview()
    for part in ("witness_identity", "victim_record"):
        del answers[part]
    answers["session_record"].pop("interviewer_name")
    answers["session_record"].pop("present")
    summary = forms.load_form("testimony").consent_summary(answers)
    assert summary["identity_given"] is False


def test_self_submission_with_consent_inside() -> None:
    from tests.unit.forms.example import consent_answers

    form = forms.load_form("self_submission")
    answers = {"consent": dict(consent_answers("zh_TW"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "我在六部口。", "where": {"code": "BJ_LIUBUKOU"}, "when": "1989-06-04"}
    answers["consent"].pop("consent_audio")
    assert form.validate(answers) == []
    assert form.consent_summary(answers)["identity_given"] is False
    answers["name"] = CANARY_NAME
    sides = form.split_by_sensitivity(answers)
    assert sides["identity"]["name"] == CANARY_NAME
    assert CANARY_NAME not in json.dumps(sides["content"], ensure_ascii=False)
    missing = {p.path for p in form.validate({"consent": answers["consent"], "how_known": ["SAW"]})}
    assert missing == {"account"}


def test_media_refs_follow_field_sensitivity() -> None:
    answers = full_interview()
    answers["documents"] = {"items": [{
        "item_id": forms.new_ref(), "kind": "photo", "source": "witness_supplied",
        "original_file": {"ref": "IMG_0412.JPG", "media_type": "image/jpeg", "sha256": "ef" * 32},
        "clean_copy": {"ref": "3f9a.jpg", "media_type": "image/jpeg"},
        "provenance": "Taken by a classmate on 4 June, kept in a drawer since.",
    }]}
    form = forms.load_form("testimony")
    assert form.validate(answers) == []
    refs = {(m.path, m.ref, m.sensitivity) for m in form.media_refs(answers)}
    assert refs == {
        ("consent.consent_audio", "consent.flac", "restricted-content"),
        ("testimony_narrative.recordings[0].audio", "testimony-1.flac", "restricted-content"),
        ("documents.items[0].original_file", "IMG_0412.JPG", "identity"),
        ("documents.items[0].clean_copy", "3f9a.jpg", "restricted-content"),
    }


def test_identity_data_needs_the_matching_consent() -> None:
    form = forms.load_form("testimony")
    answers = full_interview()
    answers["consent"]["followup_contact"] = "no"
    [problem] = form.validate(answers)
    assert (problem.path, problem.code) == ("witness_identity.contact", "needs_consent")
    assert "The archive may contact me again" in problem.message("en")
    assert "檔案館可以再次與我聯絡" in problem.message("zh_TW")
    answers["witness_identity"]["successor"] = "a cousin"
    assert ("witness_identity.successor", "needs_consent") in {(p.path, p.code) for p in form.validate(answers)}
    answers["consent"]["posthumous"] = "successor"
    del answers["witness_identity"]["contact"]
    assert form.validate(answers) == []

