# SPDX-License-Identifier: GPL-3.0-or-later
"""A complete, valid interview (``testimony`` composite) with canary strings in identity fields."""

from __future__ import annotations

from typing import Any

import intake_forms as forms

CANARY_NAME = "CANARY-WITNESS-NAME-王"
CANARY_CONTACT = "CANARY-SIGNAL-+852-0000"
CANARY_VICTIM = "CANARY-VICTIM-NAME"


def consent_answers(lang: str = "zh_CN") -> dict[str, Any]:
    consent = forms.load_form("consent")
    agree = {k: consent.consent_answer(k, True, lang)
             for k in ("informed", "archive_preserve", "withdrawal_understood", "legal_risk_understood")}
    return {
        "script_id": "consent-script-2026-1 sha256:" + "ab" * 32,
        "script_lang": lang,
        "method": "verbal_recorded",
        **agree,
        "access_researchers": "yes",
        "publish_text": "redacted_only",
        "publish_voice": "no",
        "publish_face": "no",
        "attribution": "pseudonym",
        "pseudonym": "Old Lin",
        "legal_use": "yes",
        "share_tribunal": "yes",
        "identity_to_tribunal": "ask_me_first",
        "willing_to_testify": "no",
        "share_un_ngo": "yes",
        "media_education": "no",
        "unesco_dossier": "yes",
        "embargo": "until_date",
        "embargo_until": "2039-06-04",
        "followup_contact": "yes",
        "posthumous": "keep",
        "third_party_names": "deceased_only",
        "machine_processing": "no",
        "consent_audio": {"ref": "consent.flac", "media_type": "audio/flac", "sha256": "cd" * 32},
        "given_at": forms.make_time("2026-11-20T14:05", "Asia/Taipei"),
        "understanding": "understood",
    }


def full_interview() -> dict[str, Any]:
    from tests.unit.forms.test_validation import good_session

    victim = forms.new_ref()
    event = forms.new_ref()
    return {
        "session_record": good_session(),
        "consent": consent_answers(),
        "witness_identity": {
            "link_id": forms.new_ref(),
            "name_hanzi": CANARY_NAME,
            "contact": [{"channel": "signal", "value": CANARY_CONTACT}],
            "identity_basis": "introduced_by",
            "relations_to_victims": [{"victim": 1, "relationship": "CLASSMATE"}],  # its number, not its id
        },
        "witness_profile": {"roles_1989": ["STUDENT", "RESCUER"], "age_band_1989": "18_22",
                            "city_1989": {"code": "CN_CHENGDU"}},
        "testimony_narrative": {
            "recordings": [{"audio": {"ref": "testimony-1.flac", "media_type": "audio/flac"}}],
            "narrative_lang": "CMN",
            "overall_sok": ["SAW", "HEARD"],
        },
        "events_witnessed": {"events": [{
            "event_id": event,
            "date": "1989-06-03/1989-06-04",
            "time_start": forms.make_time("1989-06-03T22:30", qualifier="approximate", words="晚上十点半左右"),
            "time_end": forms.make_time("1989-06-04T01:00", qualifier="approximate"),
            "place": {"code": "BJ_MUXIDI", "text": "east end of the bridge"},
            "sok": "SAW",
            "acts": ["K01_SHOT", "I05_ATTACK_MEDICS"],
            "description": "Soldiers fired along the avenue; we carried a wounded man to Fuxing Hospital.",
            "victims_count": {"min": 3, "max": 5},
            "victim_refs": [{"ref": victim}],
            "means": ["AUTO_RIFLE", "TRUCK"],
            "civilian_context": ["unarmed", "aiding_wounded", "no_warning"],
            "confidence": "certain",
        }]},
        "victim_record": {"victims": [{
            "victim_id": victim, "status": "killed", "name_hanzi": CANARY_VICTIM, "date": "1989-06-04",
            "place": {"code": "BJ_MUXIDI"}, "hospital": {"code": "H_FUXING"}, "reporter_relation": "CLASSMATE",
            "sok": "SAW", "confidence": "certain", "age": 21, "family_contact": forms.new_ref(),
        }]},
        "closing_notes": {"clarifications": "无", "consent_reconfirmed": True,
                          "support_offered": ["psychosocial"], "safety_level": "medium"},
    }
