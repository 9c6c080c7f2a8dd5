# SPDX-License-Identifier: GPL-3.0-or-later
"""Whatever arrives as answers, validation returns problems (never raises, never mutates), and
the split either works or raises the package's own typed error."""

from __future__ import annotations

import contextlib
import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import intake_forms as forms

FORM_IDS = [f.id for f in forms.list_forms()]
FIELD_IDS = sorted({path.rsplit(".", 1)[-1] for f in forms.list_forms() for path, _ in f.walk()})

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20), st.sampled_from(["1989-06-04", "1989-06-04T01:00", "Asia/Shanghai", "+08:00", "OTHER",
                                            "BJ_MUXIDI", "0123456789abcdef0123456789abcdef", "audio/flac"]),
)
keys = st.one_of(st.sampled_from(FIELD_IDS + ["local", "zone", "qualifier", "code", "text", "ref", "media_type",
                                              "agreed", "lang", "wording", "min", "max", "fold", "utc"]),
                 st.text(max_size=8))
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(keys, inner, max_size=5)), max_leaves=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form_id=st.sampled_from(FORM_IDS), answers=st.dictionaries(keys, json_values, max_size=8))
def test_validation_never_raises_and_never_mutates(form_id: str, answers: dict[str, Any]) -> None:
    form = forms.load_form(form_id)
    before = copy.deepcopy(answers)
    problems = form.validate(answers)
    assert repr(answers) == repr(before)  # repr: NaN != NaN
    for problem in problems:
        for lang in ("en", "zh_CN", "zh_TW"):
            assert problem.message(lang)
    with contextlib.suppress(forms.AnswersError):
        form.split_by_sensitivity(answers)
    summary = form.consent_summary(answers)
    assert summary["form"] == form_id


@settings(max_examples=100, deadline=None)
@given(answers=json_values)
def test_non_object_answers_are_a_problem(answers: Any) -> None:
    problems = forms.load_form("session_record").validate(answers)
    if not isinstance(answers, dict):
        assert [p.code for p in problems] == ["not_an_object"]
