# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake forms ...``: listing, showing, checking answers (exit codes) and exporting."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import intake_forms as forms
from intake_app.cli import main
from intake_app.text import i18n
from tests.unit.forms.test_validation import good_session


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def test_list_shows_id_version_and_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh_TW", "forms", "list"]) == 0
    out = capsys.readouterr().out
    for form in forms.list_forms():
        assert f"{form.id}\t{form.version}\t{form.title('zh_TW')}" in out
    assert "訪談記錄" in out


def test_show_in_each_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "show", "consent", "--lang", "zh_CN"]) == 0
    assert "我了解：如果法院或政府强制要求，档案馆无法为我保密" in capsys.readouterr().out
    assert main(["--lang", "en", "forms", "show", "session_record"]) == 0
    out = capsys.readouterr().out
    assert "interviewer_name [text, identity, optional]" in out
    assert "(only if interpreter_used is true)" in out
    assert "languages [multi_choice (languages), content, required]" in out


def test_check_valid_answers_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(good_session()), encoding="utf-8")
    assert main(["forms", "check", "session_record", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_check_invalid_answers_prints_one_problem_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = dict(good_session(), mode="walk_in", recording="none")
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    before = path.read_bytes()
    assert main(["--lang", "zh_CN", "forms", "check", "session_record", str(path)]) == 3
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["mode: 访谈方式：“walk_in”不在可选项之中。", "not_recorded_reason: 未录音原因：此项必须填写。"]
    assert path.read_bytes() == before


def test_check_with_old_version(tmp_path: Path) -> None:
    from tests.unit.forms.test_migration import OLD

    path = tmp_path / "old.json"
    path.write_text(json.dumps(OLD), encoding="utf-8")
    assert main(["forms", "check", "session_record", str(path), "--version", "1.0.0"]) == 0
    assert main(["forms", "check", "session_record", str(path)]) == 3


@pytest.mark.parametrize("argv", [["forms", "show", "nope"], ["forms", "check", "nope", "x.json"]])
def test_unknown_form_is_a_plain_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert 'There is no form "nope".' in err and "Traceback" not in err


def test_broken_json_is_a_plain_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["--lang", "zh_TW", "forms", "check", "session_record", str(path)]) == 1
    assert "無法使用這些答案" in capsys.readouterr().err


def test_missing_file_is_a_plain_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check", "session_record", str(tmp_path / "absent.json")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_export_markdown(tmp_path: Path) -> None:
    out = tmp_path / "consent.md"
    assert main(["forms", "export", "consent", "--format", "markdown", "--lang", "zh_TW", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 知情同意")
    assert "無法保證絕對保密" in text
    assert "`legal_risk_understood`" in text


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_every_form_exports_with_every_label(lang: str) -> None:
    from intake_forms.export import to_markdown

    for form in forms.list_forms():
        text = to_markdown(form, lang)
        for _path, field in form.walk():
            assert field.label(lang) in text, (form.id, field.id)
            if field.type == "consent":
                assert field.wording[lang] in text


def test_vocab_lists_codes_and_labels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "vocab", "act_types", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "K01_SHOT\t枪击致死\t[a]" in out
    assert main(["forms", "vocab"]) == 0
    assert "places_beijing\t" in capsys.readouterr().out
    assert main(["forms", "vocab", "no_such_list"]) == 1
    assert 'The list of choices "no_such_list" is missing.' in capsys.readouterr().err


def test_migrate_a_testimony_part_names_the_victim_by_its_number(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 18 item 4: answers made with witness_identity 1.0.0 (a relation naming the victim's record id)
    move to 1.1.0 (its number) with the testimony at hand; written to a new 0600 file, never over the input;
    an id the testimony does not hold is a plain error and nothing is written."""
    from tests.unit.forms.example import full_interview

    answers = full_interview()
    victim_id = answers["victim_record"]["victims"][0]["victim_id"]
    answers["witness_identity"]["relations_to_victims"][0]["victim"] = victim_id
    old = tmp_path / "old.json"
    old.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    assert main(["forms", "check", "testimony", str(old)]) == 3
    capsys.readouterr()
    out = tmp_path / "new.json"
    assert main(["forms", "migrate", "testimony", str(old), "--part", "witness_identity", "--from", "1.0.0",
                 "--out", str(out)]) == 0
    migrated = json.loads(out.read_text(encoding="utf-8"))
    assert migrated["witness_identity"]["relations_to_victims"][0]["victim"] == 1
    assert (out.stat().st_mode & 0o777) == 0o600 and json.loads(old.read_text(encoding="utf-8")) == answers
    assert main(["forms", "check", "testimony", str(out)]) == 0
    assert main(["forms", "migrate", "testimony", str(old), "--part", "witness_identity", "--from", "1.0.0",
                 "--out", str(out)]) != 0  # never over an existing file
    answers["witness_identity"]["relations_to_victims"][0]["victim"] = forms.new_ref()
    old.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["forms", "migrate", "testimony", str(old), "--part", "witness_identity", "--from", "1.0.0"]) != 0
    captured = capsys.readouterr()
    assert "cannot be moved" in captured.err and "Traceback" not in captured.err and captured.out == ""
