# SPDX-License-Identifier: GPL-3.0-or-later
"""Testimony Intake: everything that is not the crypto core or the form engine.

Sub-packages: ``store`` (encrypted local store), ``audio`` (recording into the store),
``transport`` (tor, upload, receiver), ``archive`` (archive-side tools), ``gui`` (Qt widgets,
which talk only to controllers and services) and ``cli`` (the ``intake`` command).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("testimony-intake")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
