# SPDX-License-Identifier: GPL-3.0-or-later
"""Under a k-of-n profile (issue 23, SPEC 2.13) the device has no single identity key to seal to:
it refuses to keep identity answers or originals rather than seal them to one custodian."""

from __future__ import annotations

from pathlib import Path

import pytest

import crypto
import forms
from intake_app.archive_setup import create_archive
from intake_app.store import Store
from intake_app.store.errors import IdentityUnavailableError


def test_a_threshold_profile_never_seals_identity_to_one_key(store: Store, tmp_path: Path) -> None:
    custodians = tuple(str(crypto.HybridIdentity.generate().recipient()) for _ in range(3))
    profile = create_archive(tmp_path / "arch", "K of n", passphrase=None, receiver_onion="",
                             identity_custodians=custodians, threshold=2).profile
    assert profile.identity_recipients == () and profile.identity_threshold == 2
    tid = store.create_testimony("session_record", str(forms.load_form("session_record").version))
    with pytest.raises(IdentityUnavailableError):
        store.save_answers(tid, {"interviewer_code": "IC-7", "place_exact": "No. 5 Xiyuan Road"}, profile=profile)
    assert store.testimony(tid).versions == 0
    (tmp_path / "t.txt").write_text("hello")
    with pytest.raises(IdentityUnavailableError):
        store.add_attachment(tid, tmp_path / "t.txt")
