# SPDX-License-Identifier: GPL-3.0-or-later
"""Form rules of issue 21 item 5 and issue 18 item 4 (evidence-review §1.1, §1.5, §1.7).

- torture 1.1.0 / family_persecution 1.1.0: each episode / incident has an app-made id, so
  ``detention.torture_refs`` and ``victim_record.family_persecution_refs`` name records of this
  testimony (a dangling reference is refused at sealing, FO-3); older answers get ids by migration.
- victim_record 1.1.0: the witness's certainty about each victim (FO-7) and a date of death apart
  from the date it happened (§1.7).
- session_record 1.3.0: the read-back's language and reader (R-IC-5); "did everyone sign?" answered
  on the content side, the reason required when not (R-IC-2).
- testimony 1.1.0: closing notes required (R-IC-4); each part's version pinned (FO-10).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import intake_forms as forms
from intake_app.cli import main
from tests.unit.forms.example import full_interview
from tests.unit.forms.test_validation import good_session

ACT = "P02_SURVEILLANCE"


def _codes(form: str, answers: Any, version: str | None = None) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in forms.load_form(form, version).validate(answers)}


def _with_torture_and_family(answers: dict[str, Any]) -> tuple[str, str]:
    episode, incident = forms.new_ref(), forms.new_ref()
    answers["torture"] = {"episodes": [{"episode_id": episode, "date": "1989-06-10"}]}
    answers["family_persecution"] = {"incidents": [{"incident_id": incident, "subject": "self", "acts": [ACT]}]}
    answers["detention"] = {"detentions": [{"detention_id": forms.new_ref(), "subject": "self", "arrest_date": "1989-06",
                                            "torture_refs": [{"ref": episode}]}]}
    answers["victim_record"]["victims"][0]["family_persecution_refs"] = [{"ref": incident}]
    return episode, incident


def test_a_detention_and_a_victim_name_episodes_and_incidents_of_this_testimony() -> None:
    """Issue 18 item 4 / FO-3: the old forms had no ids to name, so any typed id was accepted."""
    answers = full_interview()
    episode, incident = _with_torture_and_family(answers)
    assert forms.load_form("testimony").validate(answers) == []
    answers["detention"]["detentions"][0]["torture_refs"] = [{"ref": forms.new_ref()}]
    answers["victim_record"]["victims"][0]["family_persecution_refs"] = [{"ref": forms.new_ref()}]
    assert _codes("testimony", answers) == {
        ("detention.detentions[0].torture_refs[0].ref", "ref_dangling"),
        ("victim_record.victims[0].family_persecution_refs[0].ref", "ref_dangling")}
    problem = next(p for p in forms.load_form("testimony").validate(answers) if "torture_refs" in p.path)
    assert "Episode" in problem.message("en") and "经过记录" in problem.message("zh_CN")
    assert episode and incident


def test_episodes_and_incidents_must_carry_their_id() -> None:
    assert _codes("torture", {"episodes": [{"date": "1989-06-10"}]}) == {("episodes[0].episode_id", "required")}
    old = {"episodes": [{"date": "1989-06-10"}]}
    assert _codes("torture", old, "1.0.0") == set()


@pytest.mark.parametrize(("form", "list_key", "id_key", "entry"), [
    ("torture", "episodes", "episode_id", {"date": "1989-06-10"}),
    ("family_persecution", "incidents", "incident_id", {"subject": "witness", "sok": "EXPERIENCED"}),
])
def test_migration_gives_each_old_entry_a_fresh_random_id(form: str, list_key: str, id_key: str,
                                                           entry: dict[str, Any]) -> None:
    old = {list_key: [dict(entry), dict(entry)]}
    before = copy.deepcopy(old)
    migrated = forms.migrate_answers(form, old, "1.0.0")
    assert old == before  # the input is untouched
    ids = [e[id_key] for e in migrated[list_key]]
    assert len(set(ids)) == 2 and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert [{k: v for k, v in e.items() if k != id_key} for e in migrated[list_key]] == old[list_key]
    assert forms.migrate_answers(form, migrated, "1.1.0") == migrated  # an id already there is kept


def test_intake_forms_migrate_gives_a_testimony_s_episodes_ids(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """What an interviewer runs on an exported 1.0.0 testimony: one part at a time."""
    answers = full_interview()
    answers["torture"] = {"episodes": [{"date": "1989-06-10"}]}
    old = tmp_path / "t.json"
    old.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "migrated.json"
    assert main(["forms", "migrate", "testimony", str(old), "--part", "torture", "--from", "1.0.0",
                 "--out", str(out)]) == 0
    migrated = json.loads(out.read_text(encoding="utf-8"))
    assert len(migrated["torture"]["episodes"][0]["episode_id"]) == 32
    assert "Traceback" not in capsys.readouterr().err


def test_a_victim_has_a_certainty_and_a_date_of_death_apart_from_the_injury() -> None:
    """FO-7 / §1.7: victims had a source of knowledge but no certainty, and one date for injury and death."""
    answers = full_interview()
    victim = answers["victim_record"]["victims"][0]
    victim.update(status="killed", date="1989-06-04", date_of_death="1989-06-07~")
    assert forms.load_form("testimony").validate(answers) == []
    del victim["confidence"]
    assert _codes("testimony", answers) == {("victim_record.victims[0].confidence", "required")}
    victim.update(confidence="probable", date_of_death="not a date")
    assert _codes("testimony", answers) == {("victim_record.victims[0].date_of_death", "date_invalid")} or \
        {c for _, c in _codes("testimony", answers)} <= {"date_invalid", "edtf_invalid", "invalid_date"}
    field = forms.load_form("victim_record").field("victims.confidence")
    assert [o.code for o in field.options][:3] == ["certain", "probable", "possible"]
    assert field.label("zh_CN") == "证人确定程度" and field.label("zh_TW") == "證人確定程度"
    death = forms.load_form("victim_record").field("victims.date_of_death")
    assert death.type == "date" and death.label("zh_TW") == "去世日期"


def test_victim_records_of_1_0_0_migrate_with_the_certainty_left_open() -> None:
    victim = {k: v for k, v in full_interview()["victim_record"]["victims"][0].items() if k != "confidence"}
    old = {"victims": [victim]}
    assert _codes("victim_record", old, "1.0.0") == set()
    migrated = forms.migrate_answers("victim_record", old, "1.0.0")
    assert migrated == old  # nothing guessed from the source of knowledge
    assert _codes("victim_record", migrated) == {("victims[0].confidence", "required")}


def test_who_did_not_sign_and_why_is_required_when_someone_did_not_sign() -> None:
    """R-IC-2, probe ``no_signatures_no_reason``: no signatures and no reason was valid. The signatures
    are sealed to the identity side when saved, so the rule rests on the interviewer's answer."""
    signed = good_session()
    assert _codes("session_record", signed) == set()
    unsigned = dict(signed, signed="no")
    assert _codes("session_record", unsigned) == {("not_signed_reason", "required")}
    assert _codes("session_record", dict(unsigned, not_signed_reason="The witness: signing is unsafe.")) == set()
    assert _codes("session_record", {k: v for k, v in signed.items() if k != "signed"}) == {("signed", "required")}
    field = forms.load_form("session_record").field("signed")
    assert field.sensitivity == "content" and field.label("zh_TW") == "是否所有人都已簽名？"


def test_the_read_back_records_its_language_and_who_read_it() -> None:
    """R-IC-5: no "by whom", no "in which language"."""
    session = good_session()
    for key in ("readback_language", "readback_by"):
        assert _codes("session_record", {k: v for k, v in session.items() if k != key}) == {(key, "required")}
    declined = {k: v for k, v in session.items() if k not in ("readback_language", "readback_by")}
    declined["readback"] = "declined"
    assert _codes("session_record", declined) == set()  # nothing was read back


def test_session_records_of_1_2_0_migrate_without_guessing_a_signature() -> None:
    old = {k: v for k, v in good_session().items() if k not in ("readback_language", "readback_by", "signed")}
    assert _codes("session_record", old, "1.2.0") == set()
    migrated = forms.migrate_answers("session_record", old, "1.2.0")
    assert "signed" not in migrated  # never "yes" from silence
    assert _codes("session_record", migrated) == {
        ("signed", "required"), ("readback_language", "required"), ("readback_by", "required")}
    with_reason = forms.migrate_answers("session_record", dict(old, not_signed_reason="unsafe"), "1.2.0")
    assert with_reason["signed"] == "no"


def test_the_self_incrimination_caution_gives_the_words_to_say_in_three_languages() -> None:
    """R-IC-10: a witness who took part is cautioned; the words are plain, 您 in Chinese."""
    field = forms.load_form("session_record").field("self_incrimination_warned")
    assert "could be used against you" in field.help("en")
    assert "您可以不回答" in field.help("zh_CN") and "您可以不回答" in field.help("zh_TW")
    answers = full_interview()
    answers["testimony_narrative"]["overall_sok"] = ["PARTICIPATED"]
    problem = next(p for p in forms.load_form("testimony").validate(answers) if p.code == "needs_caution")
    assert "Witness may incriminate themselves" in problem.message("en")
    assert "证人可能自证其罪" in problem.message("zh_CN") and "「證人可能自證其罪」" in problem.message("zh_TW")
    answers["session_record"].update(self_incrimination_risk=True, self_incrimination_warned=True)
    assert forms.load_form("testimony").validate(answers) == []


def test_the_composite_pins_each_part_so_its_version_names_every_part() -> None:
    """FO-10: a sealed manifest says ``testimony@1.1.0``; that names each part's version. Every part
    is pinned to the current version of its form (a part's new version needs a new composite)."""
    testimony = forms.load_form("testimony")
    assert testimony.version == "1.1.0"
    parts = {f.id: f.form_version for f in testimony.fields if f.type == "form"}
    assert parts and all(v == forms.load_form(f.form or "").version
                         for f in testimony.fields if f.type == "form" for v in [f.form_version])
    assert parts["session_record"] == "1.3.0" and parts["torture"] == "1.1.0"
    # A part validated under its pinned version, not whatever is current: the archived composite
    # still loads, and a definition pinning a version that does not exist is refused.
    assert forms.load_form("testimony", "1.0.0").version == "1.0.0"


def test_a_composite_draft_migrates_part_by_part_from_its_pinned_versions() -> None:
    """Issue 21: testimony 1.0.0's parts are pinned as they were when 1.1.0 replaced it, so a
    1.0.0 draft moves to the current version with each part's own rules; a part skipped (an
    identity section sealed on save) and parts not answered stay as they are."""
    import intake_forms as forms
    from intake_forms.errors import FormNotFoundError

    old = {"torture": {"episodes": [{"date": "1989-06-12"}, {"date": "1989-06-20", "episode_id": "a" * 32}]},
           "witness_identity": {"name_latin": "CANARY"}, "closing_notes": {"clarifications": "x"}}
    new = forms.migrate_composite("testimony", old, "1.0.0")
    first, second = new["torture"]["episodes"]
    assert len(first["episode_id"]) == 32 and second["episode_id"] == "a" * 32
    assert new["witness_identity"] == old["witness_identity"] and new["closing_notes"] == old["closing_notes"]
    assert "episode_id" not in old["torture"]["episodes"][0]  # the input is never modified
    assert forms.migrate_composite("testimony", old, "1.0.0", skip=frozenset({"torture"}))["torture"] == old["torture"]
    assert forms.migrate_composite("testimony", new, forms.load_form("testimony").version) == new
    with pytest.raises(FormNotFoundError):
        forms.migrate_composite("testimony", old, "0.9.0")
