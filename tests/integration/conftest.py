# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

from collections.abc import Iterator

import nacl.signing
import pytest

from tests.start_support import private_display


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """A private X server for tests that start the app as a separate process."""
    yield from private_display()


@pytest.fixture
def key() -> nacl.signing.SigningKey:
    """A receiver's receipt-signing key (tests/integration/receiver_support.py)."""
    return nacl.signing.SigningKey.generate()
