# SPDX-License-Identifier: GPL-3.0-or-later
"""The identity/content split follows declared sensitivity; consent flows into a summary."""

from __future__ import annotations

import json

import pytest

import intake_forms as forms
from tests.unit.forms.test_validation import good_session


def test_split_puts_names_on_the_identity_side_only() -> None:
    answers = good_session()
    split = forms.load_form("session_record").split_by_sensitivity(answers)
    assert set(split) == {"identity", "content", "restricted-content"}
    identity = json.dumps(split["identity"], ensure_ascii=False)
    content = json.dumps(split["content"], ensure_ascii=False) + json.dumps(split["restricted-content"])
    assert "CANARY-INTERVIEWER-NAME" in identity and "CANARY-PRESENT-NAME" in identity
    assert "CANARY" not in content
    # repeatable groups stay aligned on both sides
    assert split["identity"]["present"] == [{"name": "CANARY-PRESENT-NAME"}]
    assert split["content"]["present"] == [{"role": "support_person"}]
    assert split["content"]["interviewer_code"] == "IV-07"


def test_split_loses_nothing() -> None:
    answers = good_session()
    split = forms.load_form("session_record").split_by_sensitivity(answers)

    def leaves(value: object) -> list[str]:
        if isinstance(value, dict):
            if "local" in value or "code" in value:
                return [json.dumps(value, sort_keys=True)]
            return [x for v in value.values() for x in leaves(v)]
        if isinstance(value, list):
            return [x for v in value for x in leaves(v)]
        return [json.dumps(value)]

    assert sorted(leaves(answers)) == sorted(x for side in split.values() for x in leaves(side))


def test_split_refuses_unknown_fields() -> None:
    answers = dict(good_session(), witness_name="CANARY")
    with pytest.raises(forms.AnswersError):
        forms.load_form("session_record").split_by_sensitivity(answers)


def test_consent_summary_defaults_to_the_most_protective_values() -> None:
    summary = forms.load_form("consent").consent_summary({})
    scopes = summary["scopes"]
    assert scopes["publish_voice"] == "no"
    assert scopes["attribution"] == "anonymous"
    assert scopes["legal_use"] == "no"
    assert scopes["archive_preserve"] is False
    assert summary["answered"] == [] and summary["valid"] is False


def test_consent_summary_reports_scopes_embargo_and_pseudonym() -> None:
    consent = forms.load_form("consent")
    answers = {
        "publish_voice": "altered_voice_only",
        "attribution": "pseudonym",
        "pseudonym": "Old Lin",
        "embargo": "until_date",
        "embargo_until": "2049-06-04",
        "legal_risk_understood": consent.consent_answer("legal_risk_understood", True, "en"),
    }
    summary = consent.consent_summary(answers)
    assert summary["scopes"]["publish_voice"] == "altered_voice_only"
    assert summary["scopes"]["legal_risk_understood"] is True
    assert summary["pseudonym"] == "Old Lin"
    assert summary["embargo"] == {"embargo": "until_date", "embargo_until": "2049-06-04", "embargo_years": None}
    assert "pseudonym" in summary["answered"]
    json.dumps(summary)  # manifest-ready
