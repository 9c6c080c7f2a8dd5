# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for store tests: an unlocked store with cheap KDF parameters (the KDF cost is
measured in benches/store_bench.py, not here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app.store import Store
from intake_app.store.keyslot import TEST_KDF

PASSPHRASE = "correct horse battery staple 六四"


@pytest.fixture
def store(intake_home: Path) -> Iterator[Store]:
    s = Store.create(intake_home, PASSPHRASE, kdf=TEST_KDF, with_device_key=False)
    yield s
    s.lock()
