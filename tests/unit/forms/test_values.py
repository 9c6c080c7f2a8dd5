# SPDX-License-Identifier: GPL-3.0-or-later
"""Local times with IANA zones (China's 1986-1991 daylight saving time) and EDTF dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import intake_forms as forms
from intake_forms.values import DateProblem, date_precision, parse_date


def test_4_june_1989_01_00_beijing_was_16_00_utc_on_3_june() -> None:
    instant = forms.local_to_utc("1989-06-04T01:00", "Asia/Shanghai")
    assert instant == datetime(1989, 6, 3, 16, 0, tzinfo=UTC)
    assert forms.utc_offset("1989-06-04T01:00", "Asia/Shanghai") == timedelta(hours=9)
    value = forms.make_time("1989-06-04T01:00")
    assert value == {"local": "1989-06-04T01:00", "zone": "Asia/Shanghai", "qualifier": "exact",
                     "utc": "1989-06-03T16:00:00Z", "tzdb": value["tzdb"]}
    assert value["tzdb"][:2] in ("19", "20")  # e.g. "2025b": the tz release that derived the UTC


def test_hu_yaobang_death_day_was_still_utc_plus_8() -> None:
    assert forms.utc_offset("1989-04-15T07:53", "Asia/Shanghai") == timedelta(hours=8)


def test_hong_kong_was_one_hour_behind_beijing_in_june_1989() -> None:
    beijing = forms.local_to_utc("1989-06-04T01:00", "Asia/Shanghai")
    hong_kong = forms.local_to_utc("1989-06-04T01:00", "Asia/Hong_Kong")
    assert hong_kong - beijing == timedelta(hours=1)


def test_nonexistent_spring_forward_time_is_refused() -> None:
    with pytest.raises(forms.TimeValueError) as info:
        forms.local_to_utc("1989-04-16T02:30", "Asia/Shanghai")
    assert info.value.code == "time_nonexistent"


def test_repeated_autumn_time_needs_a_fold_choice() -> None:
    with pytest.raises(forms.TimeValueError) as info:
        forms.local_to_utc("1989-09-17T01:30", "Asia/Shanghai")
    assert info.value.code == "time_ambiguous"
    first = forms.local_to_utc("1989-09-17T01:30", "Asia/Shanghai", fold=0)
    second = forms.local_to_utc("1989-09-17T01:30", "Asia/Shanghai", fold=1)
    assert (first.hour, second.hour) == (16, 17)


@pytest.mark.parametrize("zone", ["+08:00", "UTC+8", "Etc/GMT-8", "GMT+08:00", "CST"])
def test_fixed_offsets_are_refused(zone: str) -> None:
    with pytest.raises(forms.TimeValueError) as info:
        forms.local_to_utc("1989-06-04T01:00", zone)
    assert info.value.code == "time_fixed_offset"


def test_legacy_mainland_zone_names_are_normalised() -> None:
    assert forms.make_time("1989-06-04T01:00", "PRC")["zone"] == "Asia/Shanghai"
    assert forms.local_to_utc("1989-06-04T01:00", "Asia/Chongqing").hour == 16


@pytest.mark.parametrize("local", ["1989-06-04 01:00", "1989-06-04T24:30", "1989-06-31T01:00",
                                   "1989-06-04T01:00+08:00", "1989-06-04T01:00Z"])
def test_malformed_local_times_are_refused(local: str) -> None:
    with pytest.raises(forms.TimeValueError) as info:
        forms.local_to_utc(local, "Asia/Shanghai")
    assert info.value.code == "time_invalid_local"


@pytest.mark.parametrize(("text", "kind"), [
    ("1989-06-04", "exact"), ("1989-06", "month"), ("1989", "year"), ("1989-06-03/1989-06-04", "range"),
    ("1989-06/..", "range"), ("1989-06-04~", "about"), ("1989-06-04?", "about"), ("1989-06-XX", "unspecified"),
    ("[1989-06-03,1989-06-04]", "set"),
])
def test_edtf_dates_and_their_uncertainty(text: str, kind: str) -> None:
    assert date_precision(text) == kind


@pytest.mark.parametrize("text", ["1989-02-30", "1989-13", "4 June 1989", "1989-06-04T01:00", " 1989", "", "六四"])
def test_invalid_dates_are_refused(text: str) -> None:
    with pytest.raises(DateProblem) as info:
        parse_date(text)
    assert info.value.code == "date_invalid"


def test_reversed_interval_is_refused() -> None:
    with pytest.raises(DateProblem) as info:
        parse_date("1989-06-04/1989-06-03")
    assert info.value.code == "date_order"


def test_lunar_dates_convert_both_ways() -> None:
    assert forms.lunar_to_date(1989, 5, 1) == "1989-06-04"  # 己巳年五月初一
    assert forms.date_to_lunar("1989-06-04") == {"year": 1989, "month": 5, "day": 1, "leap": False}
    assert forms.lunar_to_date(1989, 3, 10) == "1989-04-15"  # Hu Yaobang's death
    # 1990 had a leap fifth month: the same month number twice, a month apart
    assert forms.lunar_to_date(1990, 5, 1, leap=True) == "1990-06-23"
    assert forms.lunar_to_date(1990, 5, 1) == "1990-05-24"


@pytest.mark.parametrize(("year", "month", "day", "leap"), [(1989, 5, 31, False), (1989, 5, 1, True), (1989, 13, 1, False)])
def test_impossible_lunar_dates_are_refused(year: int, month: int, day: int, leap: bool) -> None:
    with pytest.raises(DateProblem) as info:
        forms.lunar_to_date(year, month, day, leap)
    assert info.value.code == "lunar_invalid"


def test_plain_date_shortcut_agrees_with_the_edtf_package() -> None:
    import calendar

    from edtf import EDTFParseException, parse_edtf

    disagreements = []
    for year in ("0000", "0001", "1900", "1989", "1992", "2000", "9999"):
        for month in (None, "00", "01", "02", "06", "12", "13"):
            for day in (None, "00", "01", "28", "29", "30", "31", "32"):
                if month is None and day is not None:
                    continue
                text = year + (f"-{month}" if month else "") + (f"-{day}" if day else "")
                try:
                    parse_edtf(text)
                    reference = True
                except (EDTFParseException, ValueError):
                    reference = False
                if month == "02" and day == "29" and not calendar.isleap(int(year)):
                    reference = False  # the edtf package accepts 29 February in any year; we do not
                try:
                    parse_date(text)
                    ours = True
                except DateProblem:
                    ours = False
                if ours != reference:
                    disagreements.append(text)
    assert disagreements == []
