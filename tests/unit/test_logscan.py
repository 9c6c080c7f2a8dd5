# SPDX-License-Identifier: GPL-3.0-or-later
"""The suite-wide log scan (tests/fixtures/logscan.py) must be able to fail: it sees DEBUG
records of any logger and recognises every kind of secret it looks for."""

from __future__ import annotations

import base64
import logging

import crypto
from tests.fixtures import logscan
from tests.fixtures.canary import canary


def test_debug_records_of_any_logger_are_kept_and_secrets_recognised() -> None:
    secret = canary("log")
    start = len(logscan._RECORDS)
    logging.getLogger("stem.control").debug("a library's debug line")
    assert [r.getMessage() for r in logscan._RECORDS[start:]] == ["a library's debug line"]
    identity = crypto.X25519Identity.generate()
    for text in (f"saved {secret}", "value=" + base64.b64encode(b"xy" + secret.encode()).decode(),
                 f"key {identity}", "passphrase was correct horse battery staple"):
        record = logging.LogRecord("intake", logging.DEBUG, __file__, 1, "%s", (text,), None)
        assert logscan.secrets_in(logscan._text(record)), text
    try:
        raise ValueError(f"bad answer {secret}")
    except ValueError:
        import sys

        record = logging.LogRecord("intake", logging.DEBUG, __file__, 1, "failed", (), sys.exc_info())
    assert logscan.secrets_in(logscan._text(record)) == [secret]
    assert not logscan.secrets_in("stored a bundle and logged its receipt")
