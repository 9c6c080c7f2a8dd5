# SPDX-License-Identifier: GPL-3.0-or-later
"""The witness's consent screens (usability review problem 7; evidence.md R-CS-1, R-CS-5): every
question the witness answers is on exactly one screen, a follow-up right below the question it
depends on, and a consent question the grouping does not name (a later consent version) still gets
a screen of its own: nothing is ever left unasked or answered for the witness. The whole journey
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


def test_every_witness_consent_question_is_on_exactly_one_of_a_few_screens() -> None:
    consent = _consent()
    screens = consent_screens(consent)
    asked = [f.id for f in witness_fields(consent.children, APP_FILLED_CONSENT)]
    placed = [f.id for screen in screens for f in screen.fields]
    assert sorted(placed) == sorted(asked) and len(placed) == len(set(placed))
    assert [s.key for s in screens] == [key for key, _ids in WITNESS_CONSENT_SCREENS]
    assert len(screens) <= 6 < len(asked)
    # Interviewer matters are never asked of a witness alone (R-CS-2, -3, -4, -6, -8).
    assert not {"script_id", "script_lang", "method", "given_at", "understanding", "consent_audio", "signature",
                "supersedes"} & set(placed)
    # A follow-up sits right below the question it depends on.
    for screen in screens:
        ids = [f.id for f in screen.fields]
        for follower, parent in (("pseudonym", "attribution"), ("truth_declaration", "legal_use"),
                                 ("embargo_until", "embargo"), ("embargo_years", "embargo_until")):
            if follower in ids:
                assert ids.index(follower) == ids.index(parent) + 1, ids


def test_a_consent_question_not_in_the_grouping_gets_a_screen_of_its_own() -> None:
    consent = _consent()
    template = next(f for f in consent.children if f.id == "machine_processing")
    new = dataclasses.replace(template, id="share_new_body")
    screens = consent_screens(dataclasses.replace(consent, children=[*consent.children, new]))
    assert [f.id for f in screens[-1].fields] == ["share_new_body"]
    assert sum(f.id == "share_new_body" for s in screens for f in s.fields) == 1
