# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference integrity in a whole testimony (issue 21 item 5; evidence-review.md R-FO-3, probe
``dangling_refs``: a random ``torture.detention_ref`` and ``victim_refs`` were "valid" and sealed).
A reference must name a record of the same testimony; the rules are data (``testimony.yaml``
``references``) checked at load time, and the check runs wherever the testimony is validated,
so at sealing too."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

import intake_forms as forms
from intake_forms.errors import DefinitionError
from intake_forms.registry import Registry
from tests.unit.forms.example import full_interview


def test_a_whole_interview_with_real_references_is_valid() -> None:
    answers = full_interview()
    assert forms.load_form("testimony").validate(answers) == []


def test_dangling_references_are_refused_with_a_plain_message() -> None:
    form = forms.load_form("testimony")
    answers = copy.deepcopy(full_interview())
    detention_id = forms.new_ref()
    answers["detention"] = {"detentions": [{"detention_id": detention_id}]}
    answers["torture"] = {"detention_ref": forms.new_ref()}  # no such detention
    answers["events_witnessed"]["events"][0]["victim_refs"] = [{"ref": forms.new_ref()}]  # no such victim
    problems = [p for p in form.validate(answers) if p.code == "ref_dangling"]
    assert {p.path for p in problems} == {"torture.detention_ref", "events_witnessed.events[0].victim_refs[0].ref"}
    text = next(p for p in problems if p.path == "torture.detention_ref").message("zh_TW")
    assert "本證言中沒有" in text
    answers["torture"]["detention_ref"] = detention_id  # the real detention: fine
    answers["events_witnessed"]["events"][0]["victim_refs"] = [
        {"ref": answers["victim_record"]["victims"][0]["victim_id"]}]
    assert [p for p in form.validate(answers) if p.code == "ref_dangling"] == []


def test_a_reference_rule_naming_no_record_reference_is_a_definition_error(tmp_path: Path) -> None:
    root = tmp_path / "forms"
    for name in ("definitions", "schema", "vocabularies"):
        shutil.copytree(Path(forms.__file__).with_name(name), root / name)
    testimony = root / "definitions" / "testimony.yaml"
    text = testimony.read_text(encoding="utf-8")
    testimony.write_text(text.replace("to: detention.detentions.detention_id", "to: detention.detentions.nowhere"),
                         encoding="utf-8")
    with pytest.raises(DefinitionError, match="detention.detentions.nowhere"):
        Registry(root).load("testimony")


def test_a_witness_who_took_part_must_have_been_cautioned() -> None:
    """R-IC-10, probe ``participated_no_warning``: sok PARTICIPATED without the caution was valid."""
    form = forms.load_form("testimony")
    answers = copy.deepcopy(full_interview())
    answers["events_witnessed"]["events"][0]["sok"] = "PARTICIPATED"
    problems = [p for p in form.validate(answers) if p.code == "needs_caution"]
    assert [p.path for p in problems] == ["session_record.self_incrimination_warned"]
    assert "took part" in problems[0].message("en") and "入罪" in problems[0].message("zh_CN")
    answers["session_record"].update(self_incrimination_risk=True, self_incrimination_warned=True)
    assert form.validate(answers) == []


def test_the_witness_names_a_victim_by_its_number_and_no_id_crosses_to_the_identity_side() -> None:
    """Issue 18 item 4: ``relations_to_victims`` (sealed identity) names the victim by its number in the
    content side's victim records, so the two sides of a testimony hold no common id; a number beyond the
    victims recorded is a dangling reference, a record id there is refused."""
    form = forms.load_form("testimony")
    answers = copy.deepcopy(full_interview())
    victim_id = answers["victim_record"]["victims"][0]["victim_id"]
    split = form.split_by_sensitivity(answers)
    assert victim_id in repr(split["content"]) and victim_id not in repr(split["identity"])
    relation = answers["witness_identity"]["relations_to_victims"][0]
    relation["victim"] = 2  # one victim recorded
    problems = [(p.path, p.code) for p in form.validate(answers)]
    assert problems == [("witness_identity.relations_to_victims[0].victim", "ref_dangling")]
    answers["victim_record"]["victims"].append(dict(answers["victim_record"]["victims"][0], victim_id=forms.new_ref()))
    assert form.validate(answers) == []
    for wrong in (victim_id, 0, True, "2"):
        relation["victim"] = wrong
        assert [(p.path, p.code) for p in form.validate(answers)] == [
            ("witness_identity.relations_to_victims[0].victim", "position_invalid")]


def test_a_position_rule_must_end_at_a_repeatable_group(tmp_path: Path) -> None:
    root = tmp_path / "forms"
    for name in ("definitions", "schema", "vocabularies"):
        shutil.copytree(Path(forms.__file__).with_name(name), root / name)
    testimony = root / "definitions" / "testimony.yaml"
    text = testimony.read_text(encoding="utf-8")
    testimony.write_text(text.replace("to: victim_record.victims, by: position",
                                      "to: victim_record.victims.victim_id, by: position"), encoding="utf-8")
    with pytest.raises(DefinitionError, match="victim_record.victims.victim_id is not a repeatable group"):
        Registry(root).load("testimony")


def test_every_reference_the_interviewer_picks_names_a_record_of_this_testimony() -> None:
    """Issue 18: the references the interviewer now picks from the records entered (a detained person's or a
    harassed relative's victim record, documents a torture or victim record links) are checked like the
    others: a victim or document of another testimony is refused; a person_ref may name a record by id."""
    form = forms.load_form("testimony")
    answers = copy.deepcopy(full_interview())
    victim = answers["victim_record"]["victims"][0]["victim_id"]
    answers["documents"] = {"items": [{"item_id": forms.new_ref(), "kind": "photo"}]}
    answers["detention"] = {"detentions": [{"detention_id": forms.new_ref(), "subject_ref": forms.new_ref()}]}
    answers["family_persecution"] = {"incidents": [{"subject_ref": forms.new_ref()}]}
    answers["torture"] = {"record_refs": [{"ref": forms.new_ref()}]}
    dangling = {p.path for p in form.validate(answers) if p.code == "ref_dangling"}
    assert dangling == {"detention.detentions[0].subject_ref", "family_persecution.incidents[0].subject_ref",
                        "torture.record_refs[0].ref"}
    answers["detention"]["detentions"][0]["subject_ref"] = victim
    answers["family_persecution"]["incidents"][0]["subject_ref"] = victim
    answers["torture"]["record_refs"][0]["ref"] = answers["documents"]["items"][0]["item_id"]
    assert not [p for p in form.validate(answers) if p.code == "ref_dangling"]
