# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers made with an older version of a form move to the current one without losing anything."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

import intake_forms as forms
from intake_forms.registry import PACKAGE_DIR, Registry

REF = "0123456789abcdef0123456789abcdef"

OLD = {
    "session_id": REF,
    "mode": "field",
    "interviewer": "IV-07",
    "start": {"local": "1989-06-04T01:00", "zone": "Asia/Shanghai", "qualifier": "approximate"},
    "end": {"local": "1989-06-04T03:00", "zone": "Asia/Shanghai", "qualifier": "approximate"},
    "place": "Hong Kong",
    "languages": ["YUE"],
    "recording": "audio",
}


def test_old_version_stays_loadable_and_its_answers_valid() -> None:
    old = forms.load_form("session_record", "1.0.0")
    assert old.version == "1.0.0"
    assert old.validate(OLD) == []
    assert forms.load_form("session_record").version != "1.0.0"


def test_old_answers_are_invalid_for_the_new_version_until_migrated() -> None:
    current = forms.load_form("session_record")
    problems = {(p.path, p.code) for p in current.validate(OLD)}
    assert ("interviewer", "unknown_field") in problems
    assert ("mode", "unknown_code") in problems


def test_migration_renames_and_maps_codes_without_losing_answers() -> None:
    before = copy.deepcopy(OLD)
    migrated = forms.migrate_answers("session_record", OLD, "1.0.0")
    assert before == OLD  # the input is untouched
    assert migrated["interviewer_code"] == "IV-07"
    assert migrated["place_region"] == "Hong Kong"
    assert migrated["mode"] == "field_interview"
    assert "interviewer" not in migrated and "place" not in migrated
    # every original value is still there, under its new name
    assert sorted(map(repr, migrated.values())) == sorted(
        map(repr, {**OLD, "mode": "field_interview"}.values()))
    current = forms.load_form("session_record")
    remaining = {p.code for p in current.validate(migrated)}
    # what 1.0.0 did not ask is now simply missing, nothing is malformed
    assert remaining == {"required"}
    assert current.migrate(OLD, "1.0.0") == migrated


def test_migration_to_the_same_version_is_a_copy() -> None:
    answers = {"mode": "field_interview"}
    result = forms.migrate_answers("session_record", answers, forms.load_form("session_record").version)
    assert result == answers and result is not answers


def test_no_rule_raises_migration_error() -> None:
    with pytest.raises(forms.MigrationError):
        forms.migrate_answers("session_record", OLD, "0.9.0")


def test_migration_refuses_to_overwrite_an_existing_answer() -> None:
    clash = dict(OLD, interviewer_code="IV-99")
    with pytest.raises(forms.MigrationError):
        forms.migrate_answers("session_record", clash, "1.0.0")


def test_move_into_a_group(tmp_path: Path) -> None:
    root = tmp_path / "f"
    import shutil

    for sub in ("schema", "vocabularies"):
        shutil.copytree(PACKAGE_DIR / sub, root / sub)
    (root / "definitions" / "archive").mkdir(parents=True)
    text = {"en": "A", "zh_CN": "甲", "zh_TW": "甲"}

    def leaf(i: str) -> dict:
        return {"id": i, "type": "text", "required": False, "sensitivity": "content", "label": text, "help": text}

    v1 = {"id": "mini", "version": "1.0.0", "title": text, "description": text, "fields": [leaf("where")]}
    v2 = {"id": "mini", "version": "2.0.0", "title": text, "description": text,
          "migrations": [{"from": "1.0.0", "to": "2.0.0", "move": {"where": "place.detail"}}],
          "fields": [{"id": "place", "type": "group", "required": False, "sensitivity": "content", "label": text,
                      "help": text, "fields": [leaf("detail")]}]}
    (root / "definitions" / "archive" / "mini@1.0.0.yaml").write_text(yaml.safe_dump(v1), encoding="utf-8")
    (root / "definitions" / "mini.yaml").write_text(yaml.safe_dump(v2), encoding="utf-8")
    registry = Registry(root)
    new = registry.load("mini").migrate({"where": "east end of the bridge"}, "1.0.0")
    assert new == {"place": {"detail": "east end of the bridge"}}
    assert registry.load("mini").validate(new) == []


def test_consent_wording_change_is_a_new_version_and_old_answers_keep_their_wording() -> None:
    """zh-review F1/F6: the Chinese consent wording changed in 1.1.0; an answer given with 1.0.0 keeps the
    wording the witness saw, stays valid against 1.0.0, and is not silently taken as agreement to 1.1.0."""
    old, new = forms.load_form("consent", "1.0.0"), forms.load_form("consent", "1.1.0")
    answer = old.consent_answer("withdrawal_understood", True, "zh_CN")
    assert "回执编号" in answer["wording"] and "封存" in answer["wording"]
    assert all(p.code != "consent_wording" for p in old.validate({"withdrawal_understood": answer}))
    migrated = forms.migrate_answers("consent", {"withdrawal_understood": answer, "embargo": "none"}, "1.0.0", "1.1.0")
    assert migrated["withdrawal_understood"] == answer and migrated["embargo"] == "none"
    assert ("withdrawal_understood", "consent_wording") in {(p.path, p.code) for p in new.validate(migrated)}
    fresh = new.consent_answer("withdrawal_understood", True, "zh_CN")
    assert "回执码" in fresh["wording"] and "封存" not in fresh["wording"]
    assert all(p.code != "consent_wording" for p in new.validate({"withdrawal_understood": fresh}))


def test_consent_1_2_0_says_zhengyan_and_answers_ticked_under_1_1_0_must_be_confirmed_again() -> None:
    """zh-review F18: testimony is 证言 / 證言 in 1.2.0 (not 证词 / 證詞). A box ticked under 1.1.0 keeps the wording
    the witness saw and stays valid against 1.1.0; after migration it is never taken as agreement to 1.2.0."""
    old, new = forms.load_form("consent", "1.1.0"), forms.load_form("consent")
    assert new.version == "1.2.0"
    for lang, old_word, new_word in (("zh_CN", "证词", "证言"), ("zh_TW", "證詞", "證言")):
        answer = old.consent_answer("archive_preserve", True, lang)
        assert old_word in answer["wording"]
        assert all(p.code != "consent_wording" for p in old.validate({"archive_preserve": answer}))
        for start in ("1.0.0", "1.1.0"):
            migrated = forms.migrate_answers("consent", {"archive_preserve": answer, "embargo": "none"}, start)
            assert migrated["archive_preserve"] == answer and migrated["embargo"] == "none"
            assert ("archive_preserve", "consent_wording") in {(p.path, p.code) for p in new.validate(migrated)}
        fresh = new.consent_answer("archive_preserve", True, lang)
        assert new_word in fresh["wording"] and old_word not in fresh["wording"]
        assert all(p.code != "consent_wording" for p in new.validate({"archive_preserve": fresh}))
    english = old.consent_answer("archive_preserve", True, "en")
    assert english == new.consent_answer("archive_preserve", True, "en")  # the English wording did not change


def test_witness_identity_1_0_0_relations_move_from_the_victim_id_to_its_number() -> None:
    """Issue 18 item 4: 1.0.0 named the victim of a relation by the content side's record id; 1.1.0 by
    its number in the testimony's victim records. The migration needs the testimony (the ids are in
    another part), keeps every other answer, and refuses an id the testimony does not hold."""
    from tests.unit.forms.example import full_interview

    testimony = full_interview()
    victim = testimony["victim_record"]["victims"][0]
    first, second = victim["victim_id"], forms.new_ref()
    testimony["victim_record"]["victims"] = [dict(victim, victim_id=first), dict(victim, victim_id=second)]
    old = {"link_id": REF, "name_hanzi": "王", "identity_basis": "introduced_by", "relations_to_victims": [
        {"victim": second, "relationship": "CLASSMATE"}, {"victim": first, "relationship": "SIBLING"}]}
    assert forms.load_form("witness_identity", "1.0.0").validate(old) == []
    before = copy.deepcopy(old)
    migrated = forms.migrate_answers("witness_identity", old, "1.0.0", root=testimony)
    assert old == before
    assert migrated == {"link_id": REF, "name_hanzi": "王", "identity_basis": "introduced_by", "relations_to_victims": [
        {"victim": 2, "relationship": "CLASSMATE"}, {"victim": 1, "relationship": "SIBLING"}]}
    testimony["witness_identity"] = migrated
    assert forms.load_form("testimony").validate(testimony) == []
    with pytest.raises(forms.MigrationError, match="give the testimony"):
        forms.migrate_answers("witness_identity", old, "1.0.0")
    with pytest.raises(forms.MigrationError, match="does not hold"):
        forms.migrate_answers("witness_identity", old, "1.0.0", root={"victim_record": {"victims": []}})
    unrelated = {"link_id": REF, "name_hanzi": "王"}  # no relation: nothing to look up
    assert forms.migrate_answers("witness_identity", unrelated, "1.0.0") == unrelated
