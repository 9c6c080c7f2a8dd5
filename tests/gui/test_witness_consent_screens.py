# SPDX-License-Identifier: GPL-3.0-or-later
"""The witness's consent screens (evidence.md R-CS-5: one screen per scope; R-CS-1): every scope
of evidence.md §2.2 has a screen of its own, in the form's order, with only its own follow-ups
right below it; no interviewer matter is asked; and a consent question the list does not name (a
later consent version) still gets a screen of its own: nothing is ever left unasked or answered
for the witness. The whole journey
through the real widgets is in tests/gui/test_witness_mode.py."""

from __future__ import annotations

import dataclasses

import pytest

from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.self_submit import (
    APP_FILLED_CONSENT,
    WITNESS_CONSENT_SCREENS,
    consent_screens,
    witness_fields,
)

pytestmark = [pytest.mark.gui]


def _consent() -> form_model.FieldSpec:
    spec = form_model.load("self_submission")
    return next(f for f in spec.fields if f.id == "consent")


# evidence.md §2.2, CS01-CS21, with the follow-ups each scope's screen carries (CS07, the
# pseudonym, is CS06's follow-up; the declaration of truth is CS08's, R-IC-7; the embargo's date
# and years are CS15's).
SCOPES = {
    "archive_preserve": (), "access_researchers": (), "publish_text": (), "publish_voice": (),
    "publish_face": (), "attribution": ("pseudonym",), "legal_use": ("truth_declaration",),
    "share_tribunal": (), "identity_to_tribunal": (), "willing_to_testify": (), "share_un_ngo": (),
    "media_education": (), "unesco_dossier": (), "embargo": ("embargo_until", "embargo_years"),
    "followup_contact": (), "posthumous": (), "third_party_names": (), "withdrawal_understood": (),
    "legal_risk_understood": (), "machine_processing": (),
}


def test_one_screen_per_consent_scope_with_only_its_own_follow_ups() -> None:
    consent = _consent()
    screens = consent_screens(consent)
    asked = [f.id for f in witness_fields(consent.children, APP_FILLED_CONSENT)]
    placed = [f.id for screen in screens for f in screen.fields]
    assert sorted(placed) == sorted(asked) and len(placed) == len(set(placed))
    # In the form's order, which is evidence.md's (CS01-CS21), the consent script's "informed"
    # first and the proxy relationship (R-CS-10) last; both are questions of their own.
    assert [s.key for s in screens] == list(WITNESS_CONSENT_SCREENS)
    assert [s.key for s in screens] == [i for i in asked if i in WITNESS_CONSENT_SCREENS]
    assert [s.key for s in screens if s.key in SCOPES] == list(SCOPES)
    assert [s.key for s in screens if s.key not in SCOPES] == ["informed", "proxy_relationship"]
    assert len(screens) == 22
    for screen in screens:
        assert screen.fields[0].id == screen.key
        assert tuple(f.id for f in screen.fields[1:]) == SCOPES.get(screen.key, ()), screen
    # Interviewer matters are never asked of a witness alone (R-CS-2, -3, -4, -6, -8).
    assert not {"script_id", "script_lang", "method", "given_at", "understanding", "consent_audio", "signature",
                "supersedes"} & set(placed)


def test_a_consent_question_not_in_the_list_gets_a_screen_of_its_own() -> None:
    consent = _consent()
    template = next(f for f in consent.children if f.id == "machine_processing")
    new = dataclasses.replace(template, id="share_new_body")
    screens = consent_screens(dataclasses.replace(consent, children=[*consent.children, new]))
    assert [f.id for f in screens[-1].fields] == ["share_new_body"]
    assert sum(f.id == "share_new_body" for s in screens for f in s.fields) == 1
