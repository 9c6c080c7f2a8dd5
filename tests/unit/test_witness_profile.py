# SPDX-License-Identifier: GPL-3.0-or-later
"""The profile prepared for witnesses (intake_app/home/witness_profile.py; issue 17): only a profile
that parses is written, 0600; it matches only the pinned profile; withdrawing removes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.archive.setup import create_archive
from intake_app.home import witness_profile
from intake_app.text.errors import handled_types


def test_prepare_match_and_withdraw(tmp_path: Path) -> None:
    home = tmp_path / "home"
    real = create_archive(tmp_path / "real", "Archive", passphrase=None, receiver_onion="")
    other = create_archive(tmp_path / "other", "Archive", passphrase=None, receiver_onion="")
    assert witness_profile.matches(real.profile, home)  # nothing prepared: nothing to warn about
    with pytest.raises(handled_types()):
        witness_profile.prepare(b'{"not": "a profile"}', home)
    assert not witness_profile.is_prepared(home)  # a broken file is never written
    target = witness_profile.prepare(Path(real.profile_path).read_bytes(), home)
    assert target.stat().st_mode & 0o777 == 0o600
    assert witness_profile.matches(real.profile, home) and not witness_profile.matches(other.profile, home)
    target.write_bytes(b"garbage")  # swapped for something that is not a profile: not the pinned one
    assert not witness_profile.matches(real.profile, home)
    witness_profile.withdraw(home)
    assert not witness_profile.is_prepared(home)
    witness_profile.withdraw(home)  # twice is fine
