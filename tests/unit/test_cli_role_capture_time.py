# SPDX-License-Identifier: GPL-3.0-or-later
"""``--role`` and ``--captured-at`` are checked, not free text (issue 19, "--role and --captured-at
are free strings"): a role outside the list, a time that is not ISO 8601 with its UTC offset, or
one in the future is a plain usage error (exit 2, no traceback), before any key is read."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


SEAL = ("seal", "--profile", "p.json", "--form", "session_record", "--answers", "a.json", "--out", "b.tib")


@pytest.mark.parametrize(("args", "said"), [
    (("--role", "Wang Li, Beijing"), "is not a role; choose one of: interviewer, witness, self"),
    (("--captured-at", "yesterday"), "is not a date and time"),
    (("--captured-at", "2024-06-04"), "is not a date and time"),
    (("--captured-at", "2024-06-04T10:00"), "has no time zone"),
    (("--captured-at", "2024-13-04T10:00+08:00"), "is not a date and time"),
    (("--captured-at", "2999-06-04T10:00+08:00"), "is in the future"),
])
def test_seal_refuses_a_free_text_role_or_a_bad_capture_time(args: tuple[str, ...], said: str) -> None:
    r = _intake(*SEAL, *args)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert said in r.stderr


def test_store_finalize_refuses_a_free_text_role() -> None:
    r = _intake("store", "finalize", "x", "--profile", "p.json", "--role", "any text")
    assert r.returncode == 2 and "Traceback" not in r.stderr and "is not a role" in r.stderr


def test_the_refusal_is_said_in_the_users_language() -> None:
    r = _intake("--lang", "zh_CN", *SEAL, "--captured-at", "2024-06-04T10:00")
    assert r.returncode == 2 and "没有时区" in r.stderr
    r = _intake("--lang", "zh_TW", *SEAL, "--role", "x")
    assert r.returncode == 2 and "不是可用的角色" in r.stderr
