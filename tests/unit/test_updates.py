# SPDX-License-Identifier: GPL-3.0-or-later
"""Update notices compare PEP 440 versions and never carry free text from the profile."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app import __version__
from intake_app.updates import UpdateNotice, compare_versions


@pytest.mark.parametrize(
    ("current", "announced", "latest", "major_or_minor"),
    [
        ("0.1.0", "0.1.1", "0.1.1", False),
        ("0.1.0", "0.2.0", "0.2.0", True),
        ("0.9.9", "1.0", "1.0", True),
        ("1.2.0", "1.10.0", "1.10.0", True),  # numeric, not string, order
        ("1.2.0rc1", "1.2.0", "1.2.0", False),
        ("1.2.0", "1.3.0rc1", "1.3.0rc1", True),
        ("0.1.0", " v0.1.2 ", "0.1.2", False),  # normalised: no stray spaces or "v"
        ("0.1.0+source", "0.1.1", "0.1.1", False),
    ],
)
def test_newer_versions_give_a_notice(current: str, announced: str, latest: str, major_or_minor: bool) -> None:
    notice = compare_versions(current, announced)
    assert notice == UpdateNotice(current=current, latest=latest, major_or_minor=major_or_minor)


@pytest.mark.parametrize(
    ("current", "announced"),
    [
        ("0.1.0", None),
        ("0.1.0", "0.1.0"),
        ("0.1.0", "0.1"),  # equal under PEP 440
        ("0.2.0", "0.1.9"),  # older: never suggest a downgrade
        ("1.2.0", "1.2.0rc1"),
        ("0.1.0+source", "0.1.0"),  # a developer build of the announced release
        ("0.1.0", ""),
        ("0.1.0", "latest"),
        ("0.1.0", "9.9.9 <a href='http://example.invalid'>click</a>"),
        ("0.1.0", "1.0\n\nPlease download from http://example.invalid"),
        ("not a version", "1.0"),
    ],
)
def test_no_notice_when_not_newer_or_not_a_version(current: str, announced: str | None) -> None:
    assert compare_versions(current, announced) is None


def test_the_installed_version_compares() -> None:
    assert compare_versions(__version__, __version__) is None
    notice = compare_versions(__version__, "999.0")
    assert notice is not None and notice.latest == "999.0" and notice.major_or_minor


@given(st.text(max_size=40))
def test_a_notice_only_ever_carries_a_version(announced: str) -> None:
    notice = compare_versions("0.1.0", announced)
    if notice is not None:
        assert all(c.isalnum() or c in ".+!-_" for c in notice.latest)
        assert len(notice.latest) <= len(announced.strip()) + 2
