# SPDX-License-Identifier: GPL-3.0-or-later
"""Vocabulary codes are unique, stable (never removed) and labelled in three scripts."""

from __future__ import annotations

import re

import intake_forms as forms
from intake_forms.stable_codes import committed, current

CJK = re.compile(r"[\u3400-\u9fff]")


def test_codes_are_unique_within_each_vocabulary() -> None:
    for vocab in forms.list_vocabularies():
        codes = vocab.codes()
        assert len(codes) == len(set(codes)), vocab.id


def test_codes_never_collide_with_the_standard_codes() -> None:
    for vocab in forms.list_vocabularies():
        if vocab.id != "standard":
            assert not set(vocab.codes()) & set(forms.STANDARD_CODES), vocab.id
    assert forms.load_vocabulary("standard").codes() == forms.STANDARD_CODES


def test_no_committed_code_ever_disappears() -> None:
    now = set(current())
    gone = sorted(committed() - now)
    assert not gone, f"codes removed or renamed (deprecate them instead): {gone}"


def test_every_code_is_committed_as_stable() -> None:
    new = sorted(set(current()) - committed())
    assert not new, f"add to intake_forms/vocabularies/stable-codes.txt: python -m intake_forms.stable_codes >> ...: {new}"


def test_labels_exist_in_three_scripts() -> None:
    for vocab in forms.list_vocabularies():
        for lang in ("en", "zh_CN", "zh_TW"):
            assert vocab.title(lang)
        for entry in vocab.entries:
            assert entry.label("en").strip(), (vocab.id, entry.code)
            assert CJK.search(entry.labels["zh_CN"]), (vocab.id, entry.code)
            assert CJK.search(entry.labels["zh_TW"]), (vocab.id, entry.code)


def test_required_vocabularies_exist_with_expected_anchors() -> None:
    expected = {
        "witness_roles": {"STUDENT", "MEDIC", "FAMILY_KILLED", "SOLDIER"},
        "source_of_knowledge": {"SAW", "HEARD", "TOLD_NAMED", "RUMOUR"},
        "act_types": {"K01_SHOT", "D06_DISAPPEARED", "T01_INTERROGATION", "P02_SURVEILLANCE"},
        "places_beijing": {"BJ_MUXIDI", "BJ_LIUBUKOU", "BJ_TAM_SQUARE", "H_FUXING", "U_PKU"},
        "places_cities": {"CN_CHENGDU", "CN_SHANGHAI", "HK"},
        "military_units": {"GA27", "GA38", "AB15", "PAP_BJ", "UNIT_UNKNOWN"},
    }
    for vocab_id, codes in expected.items():
        assert codes <= set(forms.load_vocabulary(vocab_id).codes()), vocab_id


def test_act_types_map_to_rome_statute_article_7_paragraphs() -> None:
    acts = forms.load_vocabulary("act_types")
    for entry in acts.entries:
        assert entry.rome_statute, entry.code
        assert set(entry.rome_statute) <= set("abcdefghijk")
    by_code = {e.code: e.rome_statute for e in acts.entries}
    assert by_code["K01_SHOT"] == ("a",)
    assert by_code["D06_DISAPPEARED"] == ("i",)
    assert by_code["T01_INTERROGATION"] == ("f",)
    assert by_code["T04_SEXUAL"] == ("g",)
    assert "h" in by_code["P04_MOURNING_BAN"]
    assert "e" in by_code["D01_ARREST"]


def test_traditional_labels_use_taiwan_usage_where_research_asks() -> None:
    # R-FO-4: zh_TW uses 身分 (not 身份).
    for vocab in forms.list_vocabularies():
        for entry in vocab.entries:
            assert "身份" not in entry.labels["zh_TW"], (vocab.id, entry.code)
    for form in forms.list_forms():
        for _path, field in form.walk():
            assert "身份" not in field.labels["zh_TW"] + field.helps["zh_TW"], (form.id, field.id)


def test_every_mapped_paragraph_exists_in_the_article_7_vocabulary() -> None:
    paragraphs = {c.removeprefix("ART7_1_").lower() for c in forms.load_vocabulary("rome_statute_7").codes()}
    assert paragraphs == set("abcdefghijk")
    for entry in forms.load_vocabulary("act_types").entries:
        assert set(entry.rome_statute) <= paragraphs
