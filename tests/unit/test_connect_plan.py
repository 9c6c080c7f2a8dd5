# SPDX-License-Identifier: GPL-3.0-or-later
"""The connection assistant's plan: the order of the ways tried, and that no way without a
bridge ever runs when the user said Tor is blocked (checked before tor would start)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from intake_app.transport import assistant
from intake_app.transport.bridges import parse_bridge_line

OBFS4 = ("obfs4 192.0.2.10:443 " + "A" * 40 + " cert=" + "Q" * 70 + " iat-mode=0")
PLAIN = "192.0.2.11:9001 " + "B" * 40


def test_plan_order_and_grouping() -> None:
    archive = [parse_bridge_line(OBFS4)]
    user = [parse_bridge_line(PLAIN), parse_bridge_line(OBFS4.replace("192.0.2.10", "192.0.2.12"))]
    attempts = assistant.plan(allow_direct=True, archive_bridges=archive, user_bridges=user)
    assert [(a.way, a.transport) for a in attempts] == [
        ("direct", ""), ("archive-bridges", "obfs4"), ("your-bridges", "plain"), ("your-bridges", "obfs4"),
        ("built-in", "snowflake")]
    assert len(attempts[-1].bridges) == len(assistant.BUILT_IN_LINES)


def test_no_direct_attempt_when_tor_is_blocked() -> None:
    attempts = assistant.plan(allow_direct=False, user_bridges=[parse_bridge_line(PLAIN)], use_built_in=False)
    assert [a.way for a in attempts] == ["your-bridges"]
    assert assistant.plan(allow_direct=False, use_built_in=False) == []


ONION = SimpleNamespace(receiver_onion="a" * 56 + ".onion")


def test_a_direct_attempt_is_refused_before_tor_starts(tmp_path: Path) -> None:
    helper = assistant.ConnectionAssistant(ONION, tmp_path, [assistant.Attempt(assistant.DIRECT)], allow_direct=False)
    with pytest.raises(assistant.DirectNotAllowedError):
        helper.run()
    assert not (tmp_path / "attempt-0" / "torrc").exists()
    # an attempt that says "bridges" but has none is refused too
    empty = assistant.ConnectionAssistant(ONION, tmp_path, [assistant.Attempt(assistant.USER_BRIDGES)],
                                          allow_direct=False, extra_lines=["UseBridges 1"])
    with pytest.raises(assistant.DirectNotAllowedError):
        empty.run()
    assert not (tmp_path / "attempt-0" / "torrc").exists()


def test_every_attempt_has_an_explanation() -> None:
    for attempt in assistant.plan(allow_direct=True, archive_bridges=[parse_bridge_line(OBFS4)],
                                  user_bridges=[parse_bridge_line(PLAIN)]):
        assert assistant.explain(attempt).strip()


def test_a_demo_profile_without_onion_is_a_typed_error(tmp_path: Path) -> None:
    helper = assistant.ConnectionAssistant(SimpleNamespace(receiver_onion=""), tmp_path,
                                           [assistant.Attempt(assistant.DIRECT)], allow_direct=True)
    with pytest.raises(assistant.NoArchiveOnionError):
        helper.run()
    assert not (tmp_path / "attempt-0").exists()  # no tor was started


def test_the_remembered_way_is_tried_first_and_never_adds_a_way() -> None:
    user = [parse_bridge_line(PLAIN), parse_bridge_line(OBFS4)]
    attempts = assistant.plan(allow_direct=True, user_bridges=user, use_built_in=False)
    worked = attempts[2]
    assert (worked.way, worked.transport) == ("your-bridges", "obfs4")
    reordered = assistant.prefer(attempts, assistant.route(worked))
    assert reordered[0] == worked and sorted(map(repr, reordered)) == sorted(map(repr, attempts))
    # A remembered direct connection is not brought back once Tor is said to be blocked.
    blocked = assistant.plan(allow_direct=False, user_bridges=user, use_built_in=False)
    assert assistant.prefer(blocked, assistant.route(assistant.Attempt(assistant.DIRECT))) == blocked
    # A remembered bridge the person removed since is not tried; a damaged value changes nothing.
    only_plain = assistant.plan(allow_direct=False, user_bridges=user[:1], use_built_in=False)
    assert assistant.prefer(only_plain, assistant.route(worked)) == only_plain
    for damaged in ("", "{", "[]", '{"way": "direct"}', "null"):
        assert assistant.prefer(attempts, damaged) == attempts


def test_bridge_ways_run_together_direct_and_the_remembered_way_alone(tmp_path: Path) -> None:
    archive = [parse_bridge_line(OBFS4)]
    user = [parse_bridge_line(PLAIN), parse_bridge_line(OBFS4.replace("192.0.2.10", "192.0.2.12"))]
    attempts = assistant.plan(allow_direct=True, archive_bridges=archive, user_bridges=user)
    # direct, archive obfs4, your plain, your obfs4, built-in snowflake: direct alone, then three
    # bridge ways at once (the default bound), then the fourth.
    helper = assistant.ConnectionAssistant(ONION, tmp_path, attempts, allow_direct=True)
    assert helper.groups() == [[0], [1, 2, 3], [4]]
    assert assistant.ConnectionAssistant(ONION, tmp_path, attempts, allow_direct=True, parallel=1).groups() == \
        [[0], [1], [2], [3], [4]]
    # The way that worked last time goes first and on its own; the others then run together.
    preferred = assistant.prefer(attempts, assistant.route(attempts[2]))
    helper = assistant.ConnectionAssistant(ONION, tmp_path, preferred, allow_direct=True, parallel=4)
    assert preferred[0].remembered and helper.groups() == [[0], [1], [2, 3, 4]]
    # Tor blocked: no direct way at all, so the bridge ways start together.
    blocked = assistant.plan(allow_direct=False, archive_bridges=archive, user_bridges=user, use_built_in=False)
    assert assistant.ConnectionAssistant(ONION, tmp_path, blocked, allow_direct=False).groups() == [[0, 1, 2]]
