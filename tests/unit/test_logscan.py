# SPDX-License-Identifier: GPL-3.0-or-later
"""The suite-wide log scan (tests/fixtures/logscan.py) must be able to fail: it sees DEBUG
records of any logger and recognises every kind of secret it looks for."""

from __future__ import annotations

import base64
import logging

import intake_crypto as crypto
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


def test_stripping_a_photo_logs_none_of_its_exif(caplog) -> None:  # type: ignore[no-untyped-def]
    # Pillow at DEBUG printed every EXIF tag it read (the camera owner's name): found by the log scan.
    import io

    from PIL import Image

    from intake_app.sealing.metadata import strip_metadata

    owner = canary("camera owner")
    exif = Image.Exif()
    exif[315] = owner  # Artist
    photo = io.BytesIO()
    Image.new("RGB", (8, 8)).save(photo, "JPEG", exif=exif.tobytes())
    caplog.set_level(logging.DEBUG)
    photo.seek(0)
    stripped = strip_metadata(photo, "image/jpeg").read()
    assert owner.encode() not in stripped
    assert not logscan.secrets_in("\n".join(logscan._text(r) for r in caplog.records), [owner])
