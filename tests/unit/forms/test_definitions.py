# SPDX-License-Identifier: GPL-3.0-or-later
"""Every definition and vocabulary file is valid against its schema and complete in three languages."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

import intake_forms as forms
from intake_forms.registry import PACKAGE_DIR, Registry

DEFINITIONS = sorted((PACKAGE_DIR / "definitions").glob("*.yaml")) + sorted(
    (PACKAGE_DIR / "definitions" / "archive").glob("*.yaml"))
VOCABULARIES = sorted((PACKAGE_DIR / "vocabularies").glob("*.yaml"))
FORM_SCHEMA = json.loads((PACKAGE_DIR / "schema" / "form.schema.json").read_text(encoding="utf-8"))
VOCAB_SCHEMA = json.loads((PACKAGE_DIR / "schema" / "vocabulary.schema.json").read_text(encoding="utf-8"))
LANGS = ("en", "zh_CN", "zh_TW")
CJK = re.compile(r"[\u3400-\u9fff]")

REQUIRED_FORMS = {
    "session_record", "consent", "witness_identity", "witness_profile", "testimony_narrative", "events_witnessed",
    "victim_record", "detention", "torture", "perpetrators", "family_persecution", "documents", "closing_notes",
    "self_submission", "testimony",
}


def test_schemas_are_valid_json_schemas() -> None:
    jsonschema.Draft202012Validator.check_schema(FORM_SCHEMA)
    jsonschema.Draft202012Validator.check_schema(VOCAB_SCHEMA)


@pytest.mark.parametrize("path", DEFINITIONS, ids=lambda p: p.name)
def test_definition_validates_against_schema(path: Path) -> None:
    jsonschema.Draft202012Validator(FORM_SCHEMA).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", VOCABULARIES, ids=lambda p: p.name)
def test_vocabulary_validates_against_schema(path: Path) -> None:
    jsonschema.Draft202012Validator(VOCAB_SCHEMA).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_the_required_forms_exist() -> None:
    assert {f.id for f in forms.list_forms()} >= REQUIRED_FORMS


def _all_fields() -> list[tuple[str, str, forms.Field]]:
    out = []
    for form in forms.list_forms():
        for path, field in form.walk():
            out.append((form.id, path, field))
    return out


def test_every_label_and_help_exists_in_three_languages() -> None:
    missing = []
    for form in forms.list_forms():
        for lang in LANGS:
            if not form.title(lang).strip() or not form.description(lang).strip():
                missing.append((form.id, "title/description", lang))
        for path, field in form.walk():
            for lang in LANGS:
                if not field.labels.get(lang, "").strip() or not field.helps.get(lang, "").strip():
                    missing.append((form.id, path, lang))
            # A Chinese label that is really English means a copy-paste slip.
            for lang in ("zh_CN", "zh_TW"):
                if not CJK.search(field.labels[lang]):
                    missing.append((form.id, path, f"{lang} label has no Chinese"))
            for option in field.options:
                if any(not option.labels.get(lang) for lang in LANGS):
                    missing.append((form.id, f"{path}:{option.code}", "option"))
            if field.type == "consent":
                missing += [(form.id, path, f"wording {lang}") for lang in LANGS if not field.wording.get(lang)]
    assert not missing


def test_every_field_declares_a_known_sensitivity() -> None:
    for _form, _path, field in _all_fields():
        assert field.sensitivity in forms.SENSITIVITIES


IDENTIFYING = re.compile(
    r"(^|_)(name|names|name_hanzi|name_latin|aliases|contact|contacts|address|birth_date|birthplace|residence|"
    r"phone|email|signature|signatures|id_number|passport|face|intermediary|successor|original_file|"
    r"original_sha256|original_filename|extracted_metadata|physical_original|place_exact|portrait)($|_)")
# Names that are deliberately not identity (evidence.md R-SP-9/10): victims' and perpetrators'
# names are restricted content; a pseudonym is content by design (CS07).
NOT_IDENTITY = {("victim_record", "victims.name_hanzi"), ("victim_record", "victims.name_latin"),
                ("perpetrators", "records.name"), ("consent", "pseudonym")}


def test_identifying_fields_are_identity() -> None:
    wrong = []
    for form_id, path, field in _all_fields():
        leaf = path.rsplit(".", 1)[-1]
        # Choices and yes/no answers (e.g. the consent scope "publish_face") carry no identity.
        data_carrier = field.type not in ("group", "form", "choice", "multi_choice", "boolean", "consent", "range")
        if not data_carrier or (form_id, path) in NOT_IDENTITY:
            continue
        if IDENTIFYING.search(leaf) and field.sensitivity != "identity":
            wrong.append((form_id, path, field.sensitivity))
    assert not wrong


def test_victim_and_perpetrator_names_are_never_plain_content() -> None:
    for form_id, path in NOT_IDENTITY - {("consent", "pseudonym")}:
        if form_id in {f.id for f in forms.list_forms()}:
            assert forms.load_form(form_id).field(path).sensitivity == "restricted-content"


def test_voice_and_audio_are_restricted_content_or_identity() -> None:
    found = 0
    for form_id, path, field in _all_fields():
        if field.type == "audio":
            found += 1
            assert field.sensitivity in ("restricted-content", "identity"), (form_id, path)
            if field.sensitivity == "identity":
                assert "signature" in path or "sig" in path, (form_id, path)
    assert found >= 3


def test_choice_fields_resolve_their_vocabularies() -> None:
    for form in forms.list_forms():
        for _path, field in form.walk():
            for vocab in field.vocabularies:
                assert forms.load_vocabulary(vocab).entries


def _copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "forms"
    for sub in ("schema", "vocabularies"):
        shutil.copytree(PACKAGE_DIR / sub, root / sub)
    (root / "definitions").mkdir()
    return root


def _write(root: Path, name: str, data: dict) -> None:
    (root / "definitions" / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _minimal(**field: object) -> dict:
    base = {"id": "answer", "type": "text", "required": False, "sensitivity": "content",
            "label": {"en": "A", "zh_CN": "甲", "zh_TW": "甲"}, "help": {"en": "H", "zh_CN": "说", "zh_TW": "說"}}
    base.update(field)
    return {"id": "mini", "version": "1.0.0", "title": base["label"], "description": base["help"], "fields": [base]}


def test_a_field_without_sensitivity_is_rejected(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    data = _minimal()
    del data["fields"][0]["sensitivity"]
    _write(root, "mini.yaml", data)
    with pytest.raises(forms.DefinitionError, match="sensitivity"):
        Registry(root)


def test_a_missing_translation_is_rejected(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    data = _minimal()
    del data["fields"][0]["help"]["zh_TW"]
    _write(root, "mini.yaml", data)
    with pytest.raises(forms.DefinitionError, match="zh_TW"):
        Registry(root)


def test_a_group_less_protected_than_its_members_is_rejected(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    child = _minimal(sensitivity="identity")["fields"][0]
    data = _minimal(type="group", fields=[child])
    _write(root, "mini.yaml", data)
    with pytest.raises(forms.DefinitionError, match="at least identity"):
        Registry(root).load("mini")


def test_an_unknown_vocabulary_is_rejected(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    _write(root, "mini.yaml", _minimal(type="choice", vocabulary="no_such_list"))
    with pytest.raises(forms.DefinitionError, match="no_such_list"):
        Registry(root).load("mini")


def test_show_if_must_name_an_existing_field(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    _write(root, "mini.yaml", _minimal(show_if={"field": "ghost", "equals": "x"}))
    with pytest.raises(forms.DefinitionError, match="ghost"):
        Registry(root).load("mini")


@pytest.mark.parametrize("folder", ["definitions", "vocabularies"])
def test_a_yaml_file_with_a_python_tag_builds_nothing_and_is_refused(tmp_path: Path, folder: str) -> None:
    """A definition or vocabulary file is loaded with a safe loader (issue 25, ruff S506): a
    ``!!python/object/apply`` tag that an unsafe loader would run (here ``os.mkdir``) is refused as
    a DefinitionError, and nothing runs."""
    root = _copy_tree(tmp_path)
    canary = tmp_path / "ran"
    evil = f'id: !!python/object/apply:os.mkdir ["{canary}"]\nversion: "1.0.0"\n'
    (root / folder / "mini.yaml").write_text(evil, encoding="utf-8")
    with pytest.raises(forms.DefinitionError):
        if folder == "definitions":
            Registry(root)  # every definition file is read when the registry is made
        else:
            Registry(root).vocabulary("mini")
    assert not canary.exists()


def test_unknown_form_raises_form_not_found() -> None:
    with pytest.raises(forms.FormNotFoundError):
        forms.load_form("no_such_form")
    with pytest.raises(forms.FormNotFoundError):
        forms.load_form("session_record", "9.9.9")
    assert issubclass(forms.FormNotFoundError, forms.FormError)


def test_a_check_must_name_existing_single_answers(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    data = _minimal()
    data["checks"] = [{"when_answered": "answer", "requires": {"field": "ghost", "equals": "yes"}}]
    _write(root, "mini.yaml", data)
    with pytest.raises(forms.DefinitionError, match="ghost"):
        Registry(root).load("mini")


def test_checking_on_load_checks_the_form_loaded_and_names_and_ids_up_front(tmp_path: Path) -> None:
    """Issue 24: the package's registry schema-checks a definition when it is first loaded (so
    sealing one testimony does not check two dozen forms), with the same checks and messages;
    a registry over any other directory still refuses a broken file when it is made."""
    root = _copy_tree(tmp_path)
    _write(root, "mini.yaml", _minimal())
    broken = _minimal()
    broken["id"] = "other"
    del broken["fields"][0]["sensitivity"]
    _write(root, "other.yaml", broken)
    with pytest.raises(forms.DefinitionError, match="sensitivity"):
        Registry(root)
    lazy = Registry(root, check_on_load=True)
    assert lazy.load("mini").id == "mini"
    with pytest.raises(forms.DefinitionError, match="sensitivity"):
        lazy.load("other")
    with pytest.raises(forms.DefinitionError, match="sensitivity"):
        lazy.load("other")  # still refused the second time: nothing half-loaded was kept
    # File names and ids are checked for every file when the registry is made, lazily or not.
    misnamed = _minimal()
    misnamed["id"] = "mini2"
    _write(root, "mini3.yaml", misnamed)
    with pytest.raises(forms.DefinitionError, match="file name must be"):
        Registry(root, check_on_load=True)
    (root / "definitions" / "mini3.yaml").unlink()
    _write(root, "noid.yaml", {"version": "1.0.0"})
    with pytest.raises(forms.DefinitionError, match="id"):
        Registry(root, check_on_load=True)


def test_every_shipped_definition_passes_the_schema_when_loaded() -> None:
    """The default registry checks on load: load every form and version it ships, afresh."""
    registry = Registry()
    for form_id in registry.form_ids():
        for version in registry.versions(form_id):
            assert registry.load(form_id, version).version == version
    assert not registry._unchecked


def test_the_package_registry_reads_only_the_definitions_it_hands_out(tmp_path: Path) -> None:
    """Issue 24: checking on load, a registry takes each file's id and version from its own
    top-level lines and reads a definition whole only when that form is loaded, so a testimony
    is sealed without reading two dozen forms it does not use; the form it hands out is still
    read whole and schema-checked, and a file it cannot read is refused when it is loaded."""
    root = _copy_tree(tmp_path)
    _write(root, "mini.yaml", _minimal())
    header = 'id: other\nversion: "1.0.0"\n'
    (root / "definitions" / "other.yaml").write_text(header + "fields: [unclosed\n", encoding="utf-8")
    lazy = Registry(root, check_on_load=True)
    assert lazy.versions("other") == ["1.0.0"]
    assert lazy.load("mini").id == "mini"
    with pytest.raises(forms.DefinitionError, match="cannot read"):
        lazy.load("other")
    with pytest.raises(forms.DefinitionError, match="cannot read"):
        Registry(root)  # a registry over another directory still reads every file when made
    # The header lines are parsed by the safe loader too: a python tag there runs nothing.
    canary = tmp_path / "ran"
    (root / "definitions" / "other.yaml").write_text(
        f'id: !!python/object/apply:os.mkdir ["{canary}"]\nversion: "1.0.0"\n', encoding="utf-8")
    with pytest.raises(forms.DefinitionError):
        Registry(root, check_on_load=True)
    assert not canary.exists()
