# SPDX-License-Identifier: GPL-3.0-or-later
"""The archive's reveal log (issue 23 item 3, intake_crypto/SPEC.md 2.13 "Reveal log"): two writers that
each opened the log earlier both land in one consistent tree (the second re-reads under the file
lock); a torn last line is dropped; each event's proof verifies; changing or dropping an entry, or
editing the record kept in the custody event, is detected."""

from __future__ import annotations

import base64
from pathlib import Path

import nacl.signing
import pytest

from intake_app.archive.reveal_log import RevealLog, RevealLogForkError, RevealNotLoggedError, verify_events


def _record(n: int) -> dict[str, str]:
    return {"event": "share release", "bundle": f"{n:032x}", "purpose": "court order 7", "share": "1",
            "threshold": "2 of 3", "tid": "ab" * 16}


def test_writers_that_opened_the_log_earlier_share_one_tree(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    pub = bytes(key.verify_key)
    first, second = RevealLog(tmp_path, key, pub), RevealLog(tmp_path, key, pub)
    a = first.append(_record(1))
    b = second.append(_record(2))  # made before a was appended: must not sign a tree without it
    with open(tmp_path / "reveal-log" / "entries", "ab") as fh:
        fh.write(b"dG9ybg")  # a torn line from a crash, never acknowledged
    c = first.append(_record(3))
    assert (a.index, b.index, c.index) == (0, 1, 2)
    reader = RevealLog(tmp_path, None, pub)
    events = [(1, {**_record(1), **a.detail()}), (2, {**_record(2), **b.detail()}), (3, {**_record(3), **c.detail()})]
    assert verify_events(reader, events) == 3
    # The public leaf holds no bundle id, purpose or threshold id.
    raw = (tmp_path / "reveal-log" / "entries").read_bytes()
    leaves = b"".join(base64.b64decode(line) for line in raw.splitlines())
    for secret in (_record(1)["bundle"], "court order", "ab" * 16):
        assert secret.encode() not in leaves and secret.encode() not in raw

    # An edited record in the custody event no longer matches its commitment.
    with pytest.raises(RevealLogForkError):
        verify_events(reader, [(1, {**_record(1), **a.detail(), "purpose": "routine"})])
    # A step without a leaf is named.
    with pytest.raises(RevealNotLoggedError):
        verify_events(reader, [(4, _record(4))])
    # The archive drops entry 1 and signs a fresh checkpoint: every kept checkpoint exposes it.
    lines = raw.splitlines()
    (tmp_path / "reveal-log" / "entries").write_bytes(lines[0] + b"\n" + lines[2] + b"\n")
    RevealLog(tmp_path, key, pub).checkpoint()
    with pytest.raises(RevealLogForkError):
        verify_events(RevealLog(tmp_path, None, pub), events)
    # Entries changed without a new checkpoint: the signed checkpoint no longer matches.
    (tmp_path / "reveal-log" / "entries").write_bytes(raw)
    with pytest.raises(RevealLogForkError):
        verify_events(RevealLog(tmp_path, None, pub), events)
